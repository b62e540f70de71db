"""What the learning app does when a lower app reports an event (DESIGN.md): call its own service."""

from learning.gamification import services as gamification
from spaced_repetition import signals as review_signals


def _on_review_graded(sender, review_log, **kwargs):
    gamification.review_record(review_log=review_log)


def _on_review_undone(sender, user, review_log_id, rating, **kwargs):
    gamification.review_undo_record(user=user, review_log_id=review_log_id, rating=rating)


def connect() -> None:
    review_signals.review_graded.connect(_on_review_graded, dispatch_uid="learning_review_graded")
    review_signals.review_undone.connect(_on_review_undone, dispatch_uid="learning_review_undone")
