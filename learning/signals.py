"""What the learning app asks of the apps above it (DESIGN.md: a lower app sends a signal, a higher app's receiver
answers with its own data): the sections they add to a learner's progress page."""

from dataclasses import dataclass, field

from django.dispatch import Signal


@dataclass(frozen=True)
class ProgressSection:
    """A section of the progress page that another app renders: its template, and the template's context."""

    template: str
    context: dict = field(default_factory=dict)


# A progress page is being built. Arguments: learner (User), now (datetime). A receiver returns a
# ProgressSection for that learner, or None to add nothing; sections appear in the order receivers connected.
progress_sections = Signal()
