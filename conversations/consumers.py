"""The conversation websocket: the learner sends messages and stops replies; every page of the conversation
receives its events (realtime.py) as they happen."""

from asgiref.sync import async_to_sync
from channels.generic.websocket import JsonWebsocketConsumer
from django.conf import settings
from django.core.exceptions import ValidationError

from conversations import presence, realtime, tasks
from conversations.models import Conversation, Message
from conversations.serializers import MessageInputSerializer
from conversations.services import replies


def _fields(error: ValidationError) -> dict:
    return error.message_dict if hasattr(error, "error_dict") else {"non_field_errors": error.messages}


class ConversationConsumer(JsonWebsocketConsumer):
    def connect(self):
        pk = self.scope["url_route"]["kwargs"]["conversation_id"]
        self.conversation = Conversation.objects.for_user(self.scope["user"]).filter(pk=pk).first()
        if self.conversation is None:
            self.close()  # before accept: the handshake is refused (HTTP 403)
            return
        group = realtime.group_name(self.conversation.pk)
        async_to_sync(self.channel_layer.group_add)(group, self.channel_name)
        self.groups.append(group)
        self.accept()
        presence.joined(self.conversation.pk)
        # A reply already streaming: its text so far, then every later batch (seq tells the page which it has).
        for reply in self.conversation.messages.filter(status=Message.Status.STREAMING):
            self.send_json({"type": "reply.snapshot", "message": realtime.message_data(reply)})

    def disconnect(self, code):
        if getattr(self, "conversation", None) is None or not self.groups:
            return
        if presence.left(self.conversation.pk) == 0:
            tasks.replies_stop_if_abandoned.apply_async(
                (self.conversation.pk,), countdown=settings.CONVERSATION_ABANDON_GRACE
            )

    def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "message.send":
            data = MessageInputSerializer(data=content)
            if not data.is_valid():
                self.send_json({"type": "error", "fields": data.errors})
                return
            self.conversation.refresh_from_db()
            try:
                replies.message_send(conversation=self.conversation, author=self.scope["user"], **data.validated_data)
            except ValidationError as error:
                self.send_json({"type": "error", "fields": _fields(error)})
        elif kind == "reply.stop":
            reply = self.conversation.messages.filter(pk=content.get("message_id"), role=Message.Role.TUTOR).first()
            if reply is None:
                self.send_json({"type": "error", "fields": {"message_id": ["No such reply in this conversation."]}})
                return
            replies.reply_cancel(reply=reply)
        else:
            self.send_json({"type": "error", "fields": {"type": ["Expected message.send or reply.stop."]}})

    def forward(self, event):
        self.send_json(event["event"])
