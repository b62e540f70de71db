from django.urls import path

from conversations import api

urlpatterns = [
    path("tutor-modes", api.TutorModeListApi.as_view(), name="api-tutor-modes"),
    path("personas", api.PersonaListApi.as_view(), name="api-personas"),
    path("conversation-preferences", api.PreferencesApi.as_view(), name="api-conversation-preferences"),
    path("conversations", api.ConversationListApi.as_view(), name="api-conversations"),
    path("conversations/<int:conversation_id>", api.ConversationDetailApi.as_view(), name="api-conversation"),
    path("conversations/<int:conversation_id>/messages", api.MessageListApi.as_view(), name="api-messages"),
    path("conversations/<int:conversation_id>/export", api.ConversationExportApi.as_view(), name="api-export"),
    path("conversations/<int:conversation_id>/summary", api.ConversationReportApi.as_view(), name="api-report"),
    path("messages/<int:message_id>", api.MessageDetailApi.as_view(), name="api-message"),
    path("messages/<int:message_id>/stop", api.ReplyStopApi.as_view(), name="api-reply-stop"),
    path("messages/<int:message_id>/retry", api.ReplyRetryApi.as_view(), name="api-reply-retry"),
    path("messages/<int:message_id>/corrections", api.CorrectionListApi.as_view(), name="api-corrections"),
    path("messages/<int:message_id>/card", api.WordCardApi.as_view(), name="api-word-card"),
    path("messages/<int:message_id>/translation", api.TranslationApi.as_view(), name="api-translation"),
    path("corrections/<int:correction_id>/explain", api.CorrectionExplainApi.as_view(), name="api-explain"),
    path("corrections/<int:correction_id>/card", api.CorrectionCardApi.as_view(), name="api-correction-card"),
]
