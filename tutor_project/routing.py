from admin_tools.routing import websocket_urlpatterns as admin_tools_ws

websocket_urlpatterns = [*admin_tools_ws]
