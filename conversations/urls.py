from django.urls import path

from conversations import scenario_views as scenarios
from conversations import views

app_name = "conversations"
urlpatterns = [
    path("", views.conversation_list, name="list"),
    path("new/", views.conversation_new, name="new"),
    path("preferences/", views.preferences_edit, name="preferences"),
    path("<int:conversation_id>/", views.conversation_detail, name="detail"),
    path("<int:conversation_id>/messages/", views.message_create, name="message_create"),
    path("<int:conversation_id>/rename/", views.conversation_rename, name="rename"),
    path("<int:conversation_id>/archive/", views.conversation_archive, name="archive"),
    path("<int:conversation_id>/delete/", views.conversation_delete, name="delete"),
    path("<int:conversation_id>/export/", views.conversation_export, name="export"),
    path("<int:conversation_id>/summary/", views.conversation_report, name="report"),
    path("messages/<int:message_id>/stop/", views.reply_stop, name="reply_stop"),
    path("messages/<int:message_id>/retry/", views.reply_retry, name="reply_retry"),
    path("messages/<int:message_id>/card/", views.word_card, name="word_card"),
    path("messages/<int:message_id>/translate/", views.translate, name="translate"),
    path("corrections/<int:correction_id>/explain/", views.correction_explain, name="correction_explain"),
    path("corrections/<int:correction_id>/card/", views.correction_card, name="correction_card"),
    path("scenarios/", scenarios.scenario_list, name="scenario_list"),
    path("scenarios/new/", scenarios.scenario_new, name="scenario_new"),
    path("scenarios/<int:scenario_id>/", scenarios.scenario_detail, name="scenario_detail"),
    path("scenarios/<int:scenario_id>/start/", scenarios.scenario_start, name="scenario_start"),
    path("scenarios/<int:scenario_id>/edit/", scenarios.scenario_edit, name="scenario_edit"),
    path("scenarios/<int:scenario_id>/duplicate/", scenarios.scenario_duplicate, name="scenario_duplicate"),
    path("scenarios/<int:scenario_id>/delete/", scenarios.scenario_delete, name="scenario_delete"),
    path("scenarios/<int:scenario_id>/rate/", scenarios.scenario_rate, name="scenario_rate"),
    path("scenarios/<int:scenario_id>/bookmark/", scenarios.scenario_bookmark, name="scenario_bookmark"),
    path("plays/<int:play_id>/advance/", scenarios.play_advance, name="play_advance"),
    path("plays/<int:play_id>/finish/", scenarios.play_finish, name="play_finish"),
    path("plays/<int:play_id>/summary/", scenarios.play_summary, name="play_summary"),
    path("plays/<int:play_id>/cards/", scenarios.play_cards, name="play_cards"),
    path("paths/new/", scenarios.path_new, name="path_new"),
    path("paths/<int:path_id>/", scenarios.path_detail, name="path_detail"),
    path("paths/<int:path_id>/follow/", scenarios.path_follow, name="path_follow"),
]
