import datetime as dt

import pytest
from allauth.usersessions.models import UserSession
from django.utils import timezone

from admin_tools.middleware import ACTIVITY_INTERVAL, SEEN_AT

pytestmark = pytest.mark.django_db


def test_session_activity_is_recorded_once_per_interval(learner_client, learner):
    learner_client.get("/")
    session = UserSession.objects.get(user=learner)
    first_seen = session.last_seen_at
    UserSession.objects.filter(pk=session.pk).update(last_seen_at=first_seen - dt.timedelta(hours=1))
    learner_client.get("/")  # within the interval: nothing written
    assert UserSession.objects.get(pk=session.pk).last_seen_at == first_seen - dt.timedelta(hours=1)
    session_data = learner_client.session
    key, seen_at = session_data[SEEN_AT]
    session_data[SEEN_AT] = (key, seen_at - ACTIVITY_INTERVAL)  # the interval has passed
    session_data.save()
    learner_client.get("/", HTTP_USER_AGENT="Tutor test browser")
    session.refresh_from_db()
    assert session.user_agent == "Tutor test browser"
    assert timezone.now() - session.last_seen_at < dt.timedelta(minutes=1)


def test_anonymous_requests_record_nothing(client):
    client.get("/accounts/login/")
    assert UserSession.objects.count() == 0
