import pytest
from io import StringIO
from django.core.management import call_command

pytestmark = pytest.mark.django_db

def test_explore():
    out = StringIO(); call_command("seed_demo", stdout=out); print(repr(out.getvalue()))
    out = StringIO(); call_command("seed_demo", stdout=out); print(repr(out.getvalue()))
