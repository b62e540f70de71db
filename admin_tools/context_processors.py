from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from admin_tools import usage


def budget_banners(request: HttpRequest) -> dict:
    """`{{ budget_banners }}` in every template: the signed-in user's budget alerts to show (their own
    and their children's), one query, run only when a template reads it; none for visitors."""
    user = getattr(request, "user", None)

    def load() -> list[usage.Banner]:
        return usage.banners(user) if user is not None and user.is_authenticated else []

    return {"budget_banners": SimpleLazyObject(load)}
