from django.urls import path

from spaced_repetition import views, views_session

app_name = "spaced_repetition"
urlpatterns = [
    path("", views_session.session, name="session"),
    path("undo/", views_session.undo, name="undo"),
    path("decks/", views.deck_list, name="deck_list"),
    path("decks/<int:deck_id>/", views.deck_edit, name="deck_edit"),
    path("decks/<int:deck_id>/delete/", views.deck_delete, name="deck_delete"),
    path("decks/import/", views.deck_import, name="deck_import"),
    path("decks/<int:deck_id>/export/", views.deck_export, name="deck_export"),
    path("settings/", views.settings_edit, name="settings"),
    path("cards/", views.card_list, name="card_list"),
    path("cards/bulk/", views.card_bulk, name="card_bulk"),
    path("cards/new/", views.card_create, name="card_create"),
    path("cards/<int:card_id>/", views.card_detail, name="card_detail"),
    path("cards/<int:card_id>/edit/", views.card_edit, name="card_edit"),
    path("cards/<int:card_id>/delete/", views.card_delete, name="card_delete"),
    path("cards/<int:card_id>/grade/", views_session.grade, name="grade"),
    path("cards/<int:card_id>/suspend/", views_session.card_suspend, name="card_suspend"),
    path("cards/<int:card_id>/bury/", views_session.card_bury, name="card_bury"),
    path("cards/<int:card_id>/audio/", views.card_audio, name="card_audio"),
]
