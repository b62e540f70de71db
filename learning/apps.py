from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learners and progress"

    def ready(self):
        from learning import receivers, services
        from learning.gamification import achievements

        post_migrate.connect(
            lambda sender, **kwargs: services.languages_ensure(), sender=self, weak=False, dispatch_uid="languages"
        )
        post_migrate.connect(
            lambda sender, **kwargs: achievements.achievements_ensure(),
            sender=self,
            weak=False,
            dispatch_uid="achievements",
        )
        receivers.connect()
