from datetime import timedelta

from django import template

register = template.Library()


def _amount(value: float, unit: str) -> str:
    shown = f"{value:.1f}".removesuffix(".0") if value < 10 else f"{value:.0f}"
    return f"{shown} {unit}{'' if shown == '1' else 's'}"


@register.filter
def interval(value: timedelta) -> str:
    """A scheduling interval the way a learner reads it on a grade button: "10 min", "4 days", "2.5 months"."""
    seconds = max(value.total_seconds(), 0)
    if seconds < 3600:
        return f"{max(round(seconds / 60), 1)} min"
    if seconds < 86400:
        return _amount(round(seconds / 3600), "hour")
    days = seconds / 86400
    if days < 30:
        return _amount(round(days), "day")
    if days < 365:
        return _amount(days / 30.4375, "month")
    return _amount(days / 365.25, "year")


@register.filter
def duration(duration_ms: int) -> str:
    """Time spent, from milliseconds: "45 s", "12 min"."""
    seconds = round(duration_ms / 1000)
    if seconds < 60:
        return f"{seconds} s"
    return f"{round(seconds / 60)} min"
