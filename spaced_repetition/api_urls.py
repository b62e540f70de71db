from django.urls import path

from spaced_repetition import api

urlpatterns = [
    path("decks", api.DeckListApi.as_view(), name="api-decks"),
    path("decks/import", api.DeckImportApi.as_view(), name="api-deck-import"),
    path("decks/<int:deck_id>", api.DeckDetailApi.as_view(), name="api-deck"),
    path("decks/<int:deck_id>/export", api.DeckExportApi.as_view(), name="api-deck-export"),
    path("cards", api.CardListApi.as_view(), name="api-cards"),
    path("cards/<int:card_id>", api.CardDetailApi.as_view(), name="api-card"),
    path("cards/<int:card_id>/similar", api.CardSimilarApi.as_view(), name="api-card-similar"),
    path("review-queue", api.ReviewQueueApi.as_view(), name="api-review-queue"),
    path("reviews", api.ReviewCreateApi.as_view(), name="api-reviews"),
    path("reviews/<int:review_id>/undo", api.ReviewUndoApi.as_view(), name="api-review-undo"),
    path("review-stats", api.ReviewStatsApi.as_view(), name="api-review-stats"),
]
