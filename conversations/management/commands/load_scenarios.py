from django.core.management.base import BaseCommand

from conversations import scenario_loader


class Command(BaseCommand):
    help = "Install the built-in role-play scenarios that are missing (idempotent; existing rows are kept)."

    def handle(self, *args, **options):
        added = scenario_loader.scenarios_ensure()
        self.stdout.write(f"{added} scenario(s) added.")
