"""The conversation websocket: the learner sends messages and stops replies; every page of the conversation
receives its events (realtime.py) as they happen.

An async consumer, so that forwarding a streamed batch never waits for the server's one thread for synchronous
code; what touches the database runs there through `database_sync_to_async`, calling the same services."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.core.exceptions import ValidationError

from conversations import presence, realtime, tasks
from conversations.models import Conversation, Message
from conversations.serializers import MessageInputSerializer
from conversations.services import replies


def _fields(error: ValidationError) -> dict:
    return error.message_dict if hasattr(error, "error_dict") else {"non_field_errors": error.messages}


class ConversationConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        pk = self.scope["url_route"]["kwargs"]["conversation_id"]
        self.conversation = await database_sync_to_async(
            lambda: Conversation.objects.for_user(self.scope["user"]).filter(pk=pk).first()
        )()
        if self.conversation is None:
            await self.close()  # before accept: the handshake is refused (HTTP 403)
            return
        group = realtime.group_name(self.conversation.pk)
        await self.channel_layer.group_add(group, self.channel_name)
        self.groups.append(group)
        await self.accept()
        # A reply already streaming: its text so far, then every later batch (seq tells the page which it has).
        self.seqs: dict[int, int] = {}  # the last batch this page has of each streaming reply
        for snapshot in await database_sync_to_async(self._joined)():
            await self._snapshot_send(snapshot)

    def _joined(self) -> list[dict]:
        presence.joined(self.conversation.pk)
        streaming = self.conversation.messages.filter(status=Message.Status.STREAMING)
        return [realtime.message_data(reply) for reply in streaming]

    def _stored(self, message_id: int) -> dict | None:
        message = self.conversation.messages.filter(pk=message_id).first()
        return realtime.message_data(message) if message is not None else None

    async def _snapshot_send(self, snapshot: dict) -> None:
        self.seqs[snapshot["id"]] = snapshot["seq"]
        await self.send_json({"type": "reply.snapshot", "message": snapshot})

    async def _in_sequence(self, delta: dict) -> bool:
        """Whether to pass a batch on. The worker sends a batch before it stores it, so a snapshot taken as the
        page connected can be one batch short of the first batch this consumer hears: then the stored state,
        which has that batch by now, goes out as a fresh snapshot first. The page never sees a gap."""
        last = self.seqs.get(delta["message_id"], 0)
        if delta["seq"] > last + 1:
            snapshot = await database_sync_to_async(self._stored)(delta["message_id"])
            if snapshot is None:
                return False
            await self._snapshot_send(snapshot)
            last = snapshot["seq"]
        if delta["seq"] <= last:
            return False
        self.seqs[delta["message_id"]] = delta["seq"]
        return True

    async def disconnect(self, code):
        if getattr(self, "conversation", None) is not None and self.groups:
            await database_sync_to_async(self._left)()

    def _left(self) -> None:
        if presence.left(self.conversation.pk) == 0:
            tasks.replies_stop_if_abandoned.apply_async(
                (self.conversation.pk,), countdown=settings.CONVERSATION_ABANDON_GRACE
            )

    async def receive_json(self, content, **kwargs):
        # In a thread of the shared pool, not the process's one thread for synchronous code: storing a message
        # takes a dozen statements, and the messages of many pages should not queue for one thread. This
        # consumer handles its own messages one at a time, so `self` is never used by two threads at once.
        answer = await database_sync_to_async(self._handle, thread_sensitive=False)(content)
        if answer is not None:
            await self.send_json(answer)

    def _handle(self, content) -> dict | None:
        """Do what the page asked; an error event for the page, or None."""
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "message.send":
            data = MessageInputSerializer(data=content)
            if not data.is_valid():
                return {"type": "error", "fields": data.errors}
            # Fresh (archived since? a role-play moved on?), with what message_send reads of it, in one statement.
            self.conversation = Conversation.objects.select_related("language", "owner", "play").get(
                pk=self.conversation.pk
            )
            try:
                replies.message_send(conversation=self.conversation, author=self.scope["user"], **data.validated_data)
            except ValidationError as error:
                return {"type": "error", "fields": _fields(error)}
            return None
        if kind == "reply.stop":
            reply = self.conversation.messages.filter(pk=content.get("message_id"), role=Message.Role.TUTOR).first()
            if reply is None:
                return {"type": "error", "fields": {"message_id": ["No such reply in this conversation."]}}
            replies.reply_cancel(reply=reply)
            return None
        return {"type": "error", "fields": {"type": ["Expected message.send or reply.stop."]}}

    async def dispatch(self, message):
        """As channels does, but without its database tidy-up before a forwarded event: that tidy-up is a hop to
        the process's one thread for synchronous code, so every batch of every stream would wait there behind
        whatever the pages asked (a message being stored, say). Forwarding does not touch the database; what
        does here goes through database_sync_to_async, which tidies up before and after itself."""
        if message["type"] == "forward":
            await self.forward(message)
        else:
            await super().dispatch(message)

    async def forward(self, event):
        event = event["event"]
        if event["type"] == "reply.delta" and not await self._in_sequence(event):
            return
        await self.send_json(event)
