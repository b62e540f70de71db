from django.urls import path

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
]
