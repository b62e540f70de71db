"""What this app tells the apps above it (DESIGN.md: a lower app signals, the higher app's receiver calls its
own service). Both are sent after the transaction commits, so a receiver sees the stored rows."""

from django.dispatch import Signal

# A grade was recorded. Arguments: review_log (ReviewLog; its card and user are loaded).
# Sent once per stored log: a replayed client_review_id sends nothing.
review_graded = Signal()

# A grade was taken back: its log moved to ReviewUndo. Arguments: user, card, review_log_id, rating, reviewed_at.
# Sent once per grade taken back: a retried undo sends nothing.
review_undone = Signal()

# Rows were written without save() (a queryset update, a bulk_create), so no post_save went out. Arguments:
# model, pks. Unlike the two above it is sent inside the writing transaction, so that a receiver recording
# the change (the sync app's change feed) commits with the rows.
rows_changed = Signal()

# Rows were written without save() by a writer that holds them: instances (saved model instances, of one model
# or several). Sent inside the writing transaction, as rows_changed, so that the change feed records them all
# in one go without reading them back (a grade: its card and its log).
rows_saved = Signal()
