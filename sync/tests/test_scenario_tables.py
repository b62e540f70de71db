"""Scenario bookmarks and ratings over sync: the learner's own only, scenarios by slug among those they may see, a
bookmark's folder by name, and one bookmark and rating per scenario even when two devices make one offline."""

import importlib
from uuid import UUID

import pytest
from django.apps import apps
from django.urls import reverse

from conversations.models import Bookmark, BookmarkFolder, Rating, Scenario, Visibility
from conversations.services import scenario_library as library
from conversations.tests.factories import ScenarioFactory
from learning.tests.factories import LearnerFactory
from sync import changes
from sync.models import Change, ChangeCounter
from sync.tests.helpers import new_id, stored, table

pytestmark = pytest.mark.django_db

LATER = 4102444800000  # 2100-01-01: a device edit newer than any server change


@pytest.fixture
def bank(db):
    return Scenario.objects.get(slug="at-the-bank")


@pytest.fixture
def gym(db):
    return Scenario.objects.get(slug="joining-a-gym")


def ms(value) -> int:
    return int(value.timestamp() * 1000)


def changed_ms(uuid) -> int:
    return ms(Change.objects.get(record=uuid).changed_at)


def rating(uuid, scenario="at-the-bank", stars=4, review="", **fields) -> dict:
    return {"id": uuid, "scenario": scenario, "stars": stars, "review": review, **fields}


def bookmark(uuid, scenario="at-the-bank", folder=None, **fields) -> dict:
    return {"id": uuid, "scenario": scenario, "folder": folder, **fields}


def test_pull_sends_the_callers_bookmarks_and_ratings_only(sync_client, learner, bank):
    mine = library.bookmark_set(user=learner, scenario=bank, folder_name="Errands")
    rated = library.rating_set(user=learner, scenario=bank, stars=4, review="Useful")
    other = LearnerFactory()
    library.bookmark_set(user=other, scenario=bank, folder_name="Errands")
    library.rating_set(user=other, scenario=bank, stars=1)
    body = sync_client.pull()["changes"]
    assert body["scenario_bookmarks"] == table(
        updated=[
            {
                "id": str(mine.uuid),
                "scenario": "at-the-bank",
                "folder": "Errands",
                "created_at": ms(mine.created_at),
                "updated_at": changed_ms(mine.uuid),
            }
        ]
    )
    assert body["scenario_ratings"] == table(
        updated=[
            {
                "id": str(rated.uuid),
                "scenario": "at-the-bank",
                "stars": 4,
                "review": "Useful",
                "created_at": ms(rated.created_at),
                "updated_at": changed_ms(rated.uuid),
            }
        ]
    )


def test_push_creates_updates_and_deletes_bookmarks_and_ratings(sync_client, learner, bank, gym):
    theirs = BookmarkFolder.objects.create(owner=LearnerFactory(), name="Viajes")  # another learner's, same name
    own = ScenarioFactory(owner=learner, slug="my-own-private-one")
    sync_client.pull()
    marked, marked_own, rated = new_id(), new_id(), new_id()
    response = sync_client.push(
        {
            "scenario_bookmarks": table(
                created=[bookmark(marked, folder="Viajes"), bookmark(marked_own, scenario="my-own-private-one")]
            ),
            "scenario_ratings": table(created=[rating(rated, scenario="joining-a-gym", stars=5, review="¡Genial!")]),
        }
    )
    assert response.status_code == 200, response.content
    assert response.json() == {"applied": 3, "conflicts": 0}
    folder = BookmarkFolder.objects.get(owner=learner)
    assert folder.name == "Viajes" and folder.pk != theirs.pk
    assert list(Bookmark.objects.order_by("scenario").values_list("uuid", "owner", "scenario", "folder")) == [
        (UUID(marked), learner.pk, bank.pk, folder.pk),
        (UUID(marked_own), learner.pk, own.pk, None),
    ]
    assert list(Rating.objects.values_list("uuid", "owner", "scenario", "stars", "review")) == [
        (UUID(rated), learner.pk, gym.pk, 5, "¡Genial!")
    ]

    sync_client.pull()  # as a sync does after its push
    response = sync_client.push(
        {
            "scenario_bookmarks": table(updated=[bookmark(marked, folder="", _changed="folder")]),  # out of its folder
            "scenario_ratings": table(updated=[rating(rated, "joining-a-gym", 3, "Bien", _changed="stars,review")]),
        }
    )
    assert response.json() == {"applied": 2, "conflicts": 0}
    assert Bookmark.objects.get(uuid=marked).folder is None
    assert list(Rating.objects.values_list("stars", "review")) == [(3, "Bien")]
    pulled = sync_client.pull()["changes"]
    assert [(r["id"], r["folder"]) for r in pulled["scenario_bookmarks"]["updated"]] == [(marked, None)]
    assert [(r["id"], r["stars"]) for r in pulled["scenario_ratings"]["updated"]] == [(rated, 3)]

    response = sync_client.push(
        {"scenario_bookmarks": table(deleted=[marked, marked_own]), "scenario_ratings": table(deleted=[rated])}
    )
    assert response.json() == {"applied": 3, "conflicts": 0}
    assert Bookmark.objects.count() == Rating.objects.count() == 0
    pulled = sync_client.pull()["changes"]
    assert sorted(pulled["scenario_bookmarks"]["deleted"]) == sorted([marked, marked_own])
    assert pulled["scenario_ratings"] == table(deleted=[rated])


@pytest.mark.parametrize("kind", ["private", "draft", "inactive", "unknown"])
@pytest.mark.parametrize("name", ["scenario_bookmarks", "scenario_ratings"])
def test_push_naming_a_scenario_the_learner_cannot_see_is_400_like_an_unknown_slug(sync_client, db_rows, kind, name):
    if kind in ("private", "draft"):
        ScenarioFactory(slug="hidden", visibility=kind)  # another learner's
    elif kind == "inactive":
        ScenarioFactory(slug="hidden", owner=None, is_builtin=True, visibility=Visibility.PUBLIC, is_active=False)
    sync_client.pull()
    before = stored(db_rows)
    record = rating(new_id(), "hidden") if name == "scenario_ratings" else bookmark(new_id(), "hidden", "Secret")
    response = sync_client.push({name: table(created=[record])})
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"changes": {name: {"scenario": ["Unknown: hidden."]}}}
    assert stored(db_rows) == before


@pytest.mark.parametrize(
    ("name", "record", "errors"),
    [
        (
            "scenario_ratings",
            rating(new_id(), stars=0),
            {"stars": ["Ensure this value is greater than or equal to 1."]},
        ),
        ("scenario_ratings", rating(new_id(), stars=6), {"stars": ["Ensure this value is less than or equal to 5."]}),
        ("scenario_ratings", rating(new_id(), stars="five"), {"stars": ["“five” value must be an integer."]}),
        (
            "scenario_ratings",
            rating(new_id(), review="é" * 2001),
            {"review": ["Ensure this value has at most 2000 characters (it has 2001)."]},
        ),
        ("scenario_ratings", rating(new_id(), scenario=7), {"scenario": ["Expected a string."]}),
        (
            "scenario_bookmarks",
            bookmark(new_id(), folder="x" * 61),
            {"folder": ["Ensure this value has at most 60 characters (it has 61)."]},
        ),
    ],
)
def test_push_of_an_invalid_rating_or_bookmark_is_400_with_the_field_message(
    sync_client, db_rows, name, record, errors
):
    sync_client.pull()
    before = stored(db_rows)
    response = sync_client.push({name: table(created=[record])})
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"changes": {name: {"0": errors}}}
    assert stored(db_rows) == before


@pytest.mark.parametrize(("b_stamp", "stars", "review"), [(1, 4, "From A"), (LATER, 2, "From B")])
def test_a_scenario_rated_offline_on_two_devices_ends_as_one_rating(
    learner, make_client, bank, db_rows, b_stamp, stars, review
):
    theirs = library.rating_set(user=LearnerFactory(), scenario=bank, stars=1)  # never merged with the learner's
    a, b = make_client(learner, "A"), make_client(learner, "B")
    a.pull(), b.pull()
    kept, duplicate = new_id(), new_id()
    assert a.push({"scenario_ratings": table(created=[rating(kept, stars=4, review="From A")])}).status_code == 200
    # B rated the same scenario offline; its sync pulls first (A's rating arrives beside its own), then pushes
    b.pull()
    cursor = b.cursor
    changes = {"scenario_ratings": table(created=[rating(duplicate, stars=2, review="From B", updated_at=b_stamp)])}
    response = b.push(changes)
    assert response.status_code == 200, response.content
    assert response.json() == {"applied": int(b_stamp == LATER), "conflicts": 1}  # latest_timestamp settles it
    assert list(Rating.objects.order_by("pk").values_list("uuid", "owner", "scenario", "stars", "review")) == [
        (theirs.uuid, theirs.owner_id, bank.pk, 1, ""),
        (UUID(kept), learner.pk, bank.pk, stars, review),
    ]
    # B's next pull: the server's rating, whichever version won, and B's own id deleted
    pulled = b.pull()["changes"]["scenario_ratings"]
    assert [(r["id"], r["stars"], r["review"]) for r in pulled["updated"]] == [(kept, stars, review)]
    assert pulled["deleted"] == [duplicate]
    before = stored(db_rows)
    retry = b.push(changes, last_pulled_at=cursor)  # the answer was lost: the same push again
    assert retry.json() == {"applied": 0, "conflicts": 0}
    assert stored(db_rows) == before


def test_a_bookmark_made_offline_of_one_bookmarked_on_the_web_is_merged(learner, sync_client, learner_client, bank):
    sync_client.pull()
    learner_client.post(reverse("conversations:scenario_bookmark", args=[bank.pk]), {"folder": "Errands"})
    web = Bookmark.objects.get(owner=learner)
    sync_client.pull()  # the device gets the web bookmark beside the one it made offline
    duplicate = new_id()
    record = bookmark(duplicate, folder="Holiday", updated_at=LATER)
    response = sync_client.push({"scenario_bookmarks": table(created=[record])}, strict=True)  # not a 409 forever
    assert response.json() == {"applied": 1, "conflicts": 1}
    assert list(Bookmark.objects.values_list("uuid", "scenario", "folder__name")) == [(web.uuid, bank.pk, "Holiday")]
    assert sorted(BookmarkFolder.objects.filter(owner=learner).values_list("name", flat=True)) == ["Errands", "Holiday"]
    pulled = sync_client.pull()["changes"]["scenario_bookmarks"]
    assert [(r["id"], r["folder"]) for r in pulled["updated"]] == [(str(web.uuid), "Holiday")]
    assert pulled["deleted"] == [duplicate]


def test_in_strict_mode_a_duplicate_waits_for_a_pull_only_if_the_server_record_changed_since(
    learner, sync_client, bank, db_rows
):
    sync_client.pull()
    web = library.rating_set(user=learner, scenario=bank, stars=2)  # after the device's pull
    changes = {"scenario_ratings": table(created=[rating(new_id(), stars=5, updated_at=LATER)])}
    before = stored(db_rows)
    assert sync_client.push(changes, strict=True).status_code == 409
    assert stored(db_rows) == before
    sync_client.pull()
    assert sync_client.push(changes, strict=True).json() == {"applied": 1, "conflicts": 1}
    assert list(Rating.objects.values_list("uuid", "stars")) == [(web.uuid, 5)]


def test_duplicates_within_one_push_keep_the_newest_or_the_pushed_record(learner, sync_client, bank, gym):
    on_server = library.rating_set(user=learner, scenario=gym, stars=2)
    sync_client.pull()
    old, new, again = new_id(), new_id(), new_id()
    response = sync_client.push(
        {
            "scenario_ratings": table(
                created=[
                    rating(new, stars=5, updated_at=LATER),
                    rating(old, stars=1, updated_at=1),
                    rating(again, "joining-a-gym", stars=1, updated_at=LATER),  # dropped: the push updates gym's
                ],
                updated=[rating(str(on_server.uuid), "joining-a-gym", stars=3, _changed="stars")],
            )
        }
    )
    assert response.json() == {"applied": 2, "conflicts": 0}
    assert sorted(Rating.objects.values_list("uuid", "scenario", "stars")) == sorted(
        [(UUID(new), bank.pk, 5), (on_server.uuid, gym.pk, 3)]
    )
    pulled = sync_client.pull()["changes"]["scenario_ratings"]
    assert sorted(r["id"] for r in pulled["updated"]) == sorted([new, str(on_server.uuid)])
    assert sorted(pulled["deleted"]) == sorted([old, again])


def test_bookmarks_and_ratings_made_on_the_web_reach_the_next_pull(learner, sync_client, learner_client, bank):
    sync_client.pull()
    learner_client.post(reverse("conversations:scenario_bookmark", args=[bank.pk]), {"folder": "Errands"})
    learner_client.post(reverse("conversations:scenario_rate", args=[bank.pk]), {"stars": "5", "review": "Clear"})
    mark, rated = Bookmark.objects.get(owner=learner), Rating.objects.get(owner=learner)
    pulled = sync_client.pull()["changes"]
    assert [(r["id"], r["scenario"], r["folder"]) for r in pulled["scenario_bookmarks"]["updated"]] == [
        (str(mark.uuid), "at-the-bank", "Errands")
    ]
    assert [(r["id"], r["stars"], r["review"]) for r in pulled["scenario_ratings"]["updated"]] == [
        (str(rated.uuid), 5, "Clear")
    ]
    learner_client.post(reverse("conversations:scenario_bookmark", args=[bank.pk]), {"remove": "1"})
    assert sync_client.pull()["changes"]["scenario_bookmarks"] == table(deleted=[str(mark.uuid)])


def test_a_deleted_scenario_takes_its_bookmarks_and_ratings_off_the_devices(learner, sync_client):
    own = ScenarioFactory(owner=learner)
    mark = library.bookmark_set(user=learner, scenario=own)
    rated = library.rating_set(user=learner, scenario=own, stars=3)
    sync_client.pull()
    library.scenario_delete(scenario=own)
    pulled = sync_client.pull()["changes"]
    assert pulled["scenario_bookmarks"] == table(deleted=[str(mark.uuid)])
    assert pulled["scenario_ratings"] == table(deleted=[str(rated.uuid)])


def test_a_bookmark_of_a_scenario_made_private_since_still_syncs(learner, sync_client):
    scenario = ScenarioFactory(slug="was-public", visibility=Visibility.PUBLIC)  # another learner's
    mark = library.bookmark_set(user=learner, scenario=scenario)
    sync_client.pull()
    scenario.visibility = Visibility.PRIVATE
    scenario.save()
    # the device moves it to a folder: the scenario it names is one the learner's bookmark holds already
    response = sync_client.push(
        {"scenario_bookmarks": table(updated=[bookmark(str(mark.uuid), "was-public", "Later", _changed="folder")])}
    )
    assert response.status_code == 200, response.content
    assert Bookmark.objects.get(pk=mark.pk).folder.name == "Later"
    # but rating it now names a scenario the learner can no longer see
    response = sync_client.push({"scenario_ratings": table(created=[rating(new_id(), "was-public")])})
    assert response.json()["error"]["fields"] == {
        "changes": {"scenario_ratings": {"scenario": ["Unknown: was-public."]}}
    }


def test_backfill_puts_existing_bookmarks_and_ratings_in_the_feed_past_every_cursor(learner, bank):
    mark = library.bookmark_set(user=learner, scenario=bank)
    rated = library.rating_set(user=learner, scenario=bank, stars=4)
    Change.objects.filter(table__in=["scenario_bookmarks", "scenario_ratings"]).delete()  # rows from before sync
    # the migration ran before learners had counters of their own: it numbers the rows past the one shared counter
    top = ChangeCounter.objects.get_or_create(pk=changes.FLOOR_PK)[0].value
    migration = importlib.import_module("sync.migrations.0003_backfill_scenario_changes")
    migration.backfill(apps, None)
    assert sorted(
        Change.objects.filter(table__in=["scenario_bookmarks", "scenario_ratings"]).values_list(
            "table", "record", "user", "seq", "deleted"
        )
    ) == sorted([
        ("scenario_bookmarks", mark.uuid, learner.pk, top + 1, False),
        ("scenario_ratings", rated.uuid, learner.pk, top + 1, False),
    ])  # fmt: skip
