from django.core.management.base import BaseCommand
from django.db import transaction

from admin_tools import services as account_services
from admin_tools.models import User
from learning import services
from learning.models import Language

PASSWORD = "practise-daily"
CHILD_PIN = "246810"
ACCOUNTS = [
    # e-mail, username, display name, language, level
    ("learner@example.com", "demo-learner", "Lena (demo learner)", "es", "A2"),
    ("parent@example.com", "demo-parent", "Paul (demo parent)", "fr", "B1"),
    ("admin@example.com", "demo-admin", "Ada (demo admin)", "de", "C1"),
]
CHILD = ("demo-kid", "Kim (demo child)", "es", "A1")


class Command(BaseCommand):
    help = "Create the demo learner, parent (with one child) and admin, once, and print their logins."

    @transaction.atomic
    def handle(self, *args, **options):
        created = False
        for email, username, name, code, level in ACCOUNTS:
            if User.objects.filter(username=username).exists():
                continue
            user = account_services.learner_account_create(email=email, username=username, password=PASSWORD)
            services.profile_onboard(
                profile=services.profile_get(user=user),
                target_languages=[(Language.objects.get(code=code), level)],
                display_name=name,
            )
            created = True
        admin = User.objects.get(username="demo-admin")
        if not admin.is_superuser:
            account_services.admin_role_grant(user=admin)
            admin.is_superuser = True
            admin.save(update_fields=["is_superuser"])
        username, name, code, level = CHILD
        if not User.objects.filter(username=username).exists():
            services.child_create(
                parent=User.objects.get(username="demo-parent"),
                username=username,
                password=CHILD_PIN,
                target_languages=[(Language.objects.get(code=code), level)],
                display_name=name,
            )
            created = True
        self.stdout.write(("Demo accounts created." if created else "Demo accounts already exist.") + " Sign in with:")
        rows = [
            (email, PASSWORD, note)
            for email, note in [
                ("learner@example.com", "learner"),
                ("parent@example.com", "parent of demo-kid"),
                ("admin@example.com", "admin: /admin/"),
            ]
        ] + [(CHILD[0], CHILD_PIN, "child (username + PIN)")]
        for login, secret, note in rows:
            self.stdout.write(f"  {login:<22} {secret:<16} {note}")
