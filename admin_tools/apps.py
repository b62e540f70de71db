from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AdminToolsConfig(AppConfig):
    name = "admin_tools"
    verbose_name = "Users, roles and system"

    def ready(self):
        from admin_tools import receivers, services

        # Groups hold permissions, which Django creates app by app after migrations: sync after each
        # app, so the last run sees every permission (a few queries each).
        post_migrate.connect(lambda **kwargs: services.roles_sync(), weak=False, dispatch_uid="roles_sync")
        receivers.connect()
