from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ConversationsConfig(AppConfig):
    name = "conversations"
    verbose_name = "Conversations with the tutor"

    def ready(self):
        from conversations import catalogue, progress, scenario_loader
        from learning import signals as learning_signals

        learning_signals.progress_sections.connect(progress.progress_section, dispatch_uid="conversations_progress")
        post_migrate.connect(
            lambda sender, **kwargs: catalogue.catalogue_ensure(),
            sender=self,
            weak=False,
            dispatch_uid="tutor_catalogue",
        )
        post_migrate.connect(
            lambda sender, **kwargs: scenario_loader.scenarios_ensure(),
            sender=self,
            weak=False,
            dispatch_uid="scenario_catalogue",
        )
