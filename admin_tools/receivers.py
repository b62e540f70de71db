from allauth.account.signals import user_logged_in

from admin_tools import services


def _on_login(sender, request, user, **kwargs):
    services.login_notice(user=user, user_agent=request.headers.get("User-Agent", "unknown device"))


def connect() -> None:
    user_logged_in.connect(_on_login, dispatch_uid="admin_tools_login_notice")
