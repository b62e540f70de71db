"""What the learning app does when a lower app reports an event (DESIGN.md): call its own service, or queue
the task that calls it."""

from learning import tasks
from learning.gamification import services as gamification
from spaced_repetition import signals as review_signals


def _on_review_graded(sender, review_log, **kwargs):
    """The grade is committed (the signal is sent on commit); its XP is paid by a worker, off the request."""
    tasks.review_graded_record.delay(review_log.pk)


def _on_review_undone(sender, user, review_log_id, rating, **kwargs):
    gamification.review_undo_record(user=user, review_log_id=review_log_id, rating=rating)


def connect() -> None:
    review_signals.review_graded.connect(_on_review_graded, dispatch_uid="learning_review_graded")
    review_signals.review_undone.connect(_on_review_undone, dispatch_uid="learning_review_undone")
