from admin_tools.routing import websocket_urlpatterns as admin_tools_ws
from conversations.routing import websocket_urlpatterns as conversations_ws

websocket_urlpatterns = [*admin_tools_ws, *conversations_ws]
