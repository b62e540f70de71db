from asgiref.sync import async_to_sync
from channels.generic.websocket import JsonWebsocketConsumer

from admin_tools import realtime


class NotificationConsumer(JsonWebsocketConsumer):
    """Live notices for the signed-in user (new sign-ins now; alerts and unlocks later)."""

    def connect(self):
        user = self.scope["user"]
        if not user.is_authenticated:
            self.close()
            return
        group = realtime.user_group(user.pk)
        async_to_sync(self.channel_layer.group_add)(group, self.channel_name)
        self.groups.append(group)
        self.accept()

    def notify(self, event):
        self.send_json({key: event[key] for key in ("kind", "text", "level")})
