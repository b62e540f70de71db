import pytest
from django.urls import reverse

from admin_tools.tests.factories import UserFactory
from spaced_repetition import services
from spaced_repetition.models import Card, Deck, ReviewLog, ReviewSettings
from spaced_repetition.tests.factories import CardFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def log():
    card = CardFactory(front="el perro", deck__owner__username="lena")
    services.review_settings_update(user=card.deck.owner, desired_retention=0.85)
    return services.review_grade(card_id=card.pk, user=card.deck.owner, rating=3, duration_ms=1000)


def _url(model, view: str, *args) -> str:
    return reverse(f"admin:spaced_repetition_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [(Deck, "lena", 1), (Card, "perro", 1), (ReviewLog, "lena", 1), (ReviewSettings, "lena", 1), (Card, "gato", 0)],
)
def test_admin_lists_and_searches_every_model(admin_client, log, model, query, expected):
    response = admin_client.get(_url(model, "changelist"), {"q": query})
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected


def test_admin_filters_cards_and_logs(admin_client, log):
    assert admin_client.get(_url(Card, "changelist"), {"state__exact": "learning"}).context["cl"].result_count == 1
    assert admin_client.get(_url(Card, "changelist"), {"state__exact": "review"}).context["cl"].result_count == 0
    assert admin_client.get(_url(ReviewLog, "changelist"), {"rating__exact": "3"}).context["cl"].result_count == 1


def test_admin_change_pages_open(admin_client, log):
    for obj in (log.card.deck, log.card, ReviewSettings.objects.get()):
        assert admin_client.get(_url(type(obj), "change", obj.pk)).status_code == 200


def test_admin_keeps_the_review_log_append_only(admin_client, log):
    response = admin_client.get(_url(ReviewLog, "change", log.pk))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert 'name="_save"' not in response.text
    assert admin_client.post(_url(ReviewLog, "delete", log.pk), {"post": "yes"}).status_code == 403
    assert ReviewLog.objects.count() == 1
