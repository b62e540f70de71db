import pytest, re
from admin_tools.models import User
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db

def errors(r):
    return re.findall(r'(?s)<ul class="errorlist[^>]*>.*?</ul>', r.content.decode())

def mgmt(total, initial):
    return {"languages-TOTAL_FORMS": str(total), "languages-INITIAL_FORMS": str(initial), "languages-MIN_NUM_FORMS": "0", "languages-MAX_NUM_FORMS": "1000"}

def test_explore(learner_client, learner):
    r = learner_client.get("/profile/")
    pass
    data = {"display_name": "New name", "native_language": "de", **mgmt(2, 1), "languages-0-language": "es", "languages-0-level": "A2", "languages-1-language": "", "languages-1-level": "A1"}
    r = learner_client.post("/profile/", data)
    print(r.status_code, r.headers.get("Location"), errors(r))
    print(list(learner.profile.target_languages.values_list("language", "level")))
