import pytest, json
from admin_tools.models import User
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db

CASES = [
 {"target_languages": [{"language": "es", "level": "Z9"}]},
 {"target_languages": [{"language": "xx", "level": "A1"}]},
 {"display_name": "x"*51},
 {"target_languages": [{"language": "es", "level": "A1"}, {"language": "es", "level": "B1"}]},
 {"target_languages": []},
 {"time_zone": "Mars/Olympus"},
 {"target_languages": [{"language": "es", "level": "A1"}, {"language": "fr", "level": "B1"}]},
 {"target_languages": "es"},
 {"daily_goal_xp": 15},
]
def test_explore(learner_client, learner):
    for c in CASES:
        r = learner_client.patch("/api/v1/profile", c, content_type="application/json")
        print(r.status_code, r.json())
    r = learner_client.patch("/api/v1/profile", "{bad", content_type="application/json")
    print(r.status_code, r.json())
    r = learner_client.get("/api/v1/languages")
    print(r.status_code, r.json())
    r = learner_client.get("/api/v1/children")
    print(r.status_code, r.json())
    for c in [{"username": "kid", "password": "1234", "target_languages": [{"language": "es", "level": "A1"}]},
              {"username": learner.username.upper(), "password": "135790", "target_languages": [{"language": "es", "level": "A1"}]},
              {"username": "kid", "password": "135790", "target_languages": []},
              {"username": "kid", "password": "135790"},
              {"username": "kid", "password": "135790", "target_languages": [{"language": "es", "level": "A1"}], "display_name": "Kiddo"},
              ]:
        r = learner_client.post("/api/v1/children", c, content_type="application/json")
        print(r.status_code, r.json())
    kid = User.objects.get(username="kid")
    r = learner_client.patch(f"/api/v1/children/{kid.pk}", {"password": "1234"}, content_type="application/json")
    print(r.status_code, r.json())
    r = learner_client.patch(f"/api/v1/children/{kid.pk}", {"password": "97531864", "daily_goal_xp": 50}, content_type="application/json")
    print(r.status_code, r.json())
    r = learner_client.get("/api/v1/children")
    print(r.status_code, r.json())
    r = learner_client.get("/api/v1/me")
    print(r.status_code, r.json())
    learner_client.force_login(kid)
    r = learner_client.post("/api/v1/children", {"username": "kid2", "password": "135790", "target_languages": [{"language": "es", "level": "A1"}]}, content_type="application/json")
    print(r.status_code, r.json())
    r = learner_client.get("/children/")
    print(r.status_code)
