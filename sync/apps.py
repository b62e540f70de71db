from django.apps import AppConfig


class SyncConfig(AppConfig):
    name = "sync"
    verbose_name = "Offline sync"

    def ready(self):
        from sync import receivers  # noqa: F401
