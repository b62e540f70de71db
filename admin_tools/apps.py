from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AdminToolsConfig(AppConfig):
    name = "admin_tools"
    verbose_name = "Users, roles and system"

    def ready(self):
        from admin_tools import flags, receivers, registry, services

        # Groups hold permissions, which Django creates app by app after migrations: sync after each
        # app, so the last run sees every permission (a few queries each).
        post_migrate.connect(lambda **kwargs: services.roles_sync(), weak=False, dispatch_uid="roles_sync")
        post_migrate.connect(
            lambda sender, **kwargs: _has_table(kwargs.get("apps"), "featureflag") and flags.flags_ensure(),
            sender=self,
            weak=False,
            dispatch_uid="flags_ensure",
        )
        post_migrate.connect(
            lambda sender, **kwargs: registry.registry_ensure(), sender=self, weak=False, dispatch_uid="registry_ensure"
        )
        receivers.connect()


def _has_table(apps, model_name: str) -> bool:
    """Whether the schema migrate just reached (post_migrate's `apps`) has this admin_tools model: not
    after `migrate admin_tools <earlier>` went back before it. flush sends no `apps`: all tables exist."""
    return apps is None or model_name in apps.all_models["admin_tools"]
