"""The real client: WatermelonDB's synchronize() with its LokiJS adapter, under Node, against the live server.
Two devices of one learner create, update and delete on both sides, edit offline, and converge; a scenario
bookmarked offline on both ends as one bookmark."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conversations.models import Bookmark, Rating
from spaced_repetition import services as srs
from spaced_repetition.models import Card, Deck
from sync.models import SyncRun

NODE_DIR = Path(__file__).parent / "node"
NODE = shutil.which("node")
pytestmark = [
    pytest.mark.skipif(NODE is None, reason="node is not installed (the CI machine has Node 20)"),
    pytest.mark.skipif(
        not (NODE_DIR / "node_modules" / "@nozbe" / "watermelondb").is_dir(),
        reason="run `npm ci` in sync/tests/node (.ci/run does)",
    ),
    pytest.mark.django_db(transaction=True),
]

DECK = "0d0e0c00-0000-4000-8000-000000000001"
C1, C2, C3 = (f"0c0a0d00-0000-4000-8000-00000000000{n}" for n in (1, 2, 3))
LOG = "010a0900-0000-4000-8000-000000000001"
BOOKMARK_A, BOOKMARK_B = "0b0a0000-0000-4000-8000-00000000000a", "0b0a0000-0000-4000-8000-00000000000b"
RATING = "0a0a0000-0000-4000-8000-000000000001"


def card(front, back, due=1700000000000):
    return {"deck_id": DECK, "kind": "word", "front": front, "back": back, "context": "", "state": "new", "due": due}


class Device:
    def __init__(self, path: Path, base_url: str, token: str):
        self.path, self.base_url, self.token = path, base_url, token

    def __call__(self, *ops) -> list[dict]:
        proc = subprocess.run(
            [NODE, str(NODE_DIR / "device.js"), str(self.path), self.base_url, self.token],
            input=json.dumps(list(ops)),
            capture_output=True,
            text=True,
            timeout=60,
            cwd=NODE_DIR,
            env={"PATH": "/usr/bin:/bin", "NODE_ENV": "production"},
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        return json.loads(proc.stdout)["results"]


def _register(client, name: str) -> str:
    response = client.post("/api/v1/sync/devices", {"name": name, "platform": "node"}, content_type="application/json")
    assert response.status_code == 201, response.content
    return response.json()["token"]


def _mobile(raw: dict) -> dict:
    return {key: value for key, value in raw.items() if key not in ("_status", "_changed", "updated_at")}


def test_two_devices_converge_on_the_server_state(live_server, client, learner, tmp_path):
    client.force_login(learner)
    url = f"{live_server.url}/api/v1/sync"
    a = Device(tmp_path / "a.json", url, _register(client, "Phone A"))
    b = Device(tmp_path / "b.json", url, _register(client, "Phone B"))

    deck = {"name": "Viaje", "language": "es", "new_per_day": 10, "reviews_per_day": 100}
    results = a(
        {"op": "create", "table": "decks", "id": DECK, "fields": deck},
        {"op": "create", "table": "cards", "id": C1, "fields": card("hola", "hello")},
        {"op": "create", "table": "cards", "id": C2, "fields": card("adiós", "bye", due=1600000000000)},
        {"op": "sync"},
    )
    assert results[-1]["ok"] is True, results
    assert list(Card.objects.filter(deck__owner=learner).order_by("front").values_list("front", "back")) == [
        ("adiós", "bye"),
        ("hola", "hello"),
    ]

    results = b({"op": "sync"}, {"op": "dump"})
    assert results[0]["ok"] is True, results
    assert [(c["id"], c["front"], c["due"]) for c in results[1]["data"]["cards"]] == [
        (C1, "hola", 1700000000000),
        (C2, "adiós", 1600000000000),
    ]
    assert [d["name"] for d in results[1]["data"]["decks"]] == ["Viaje"]

    # B updates one card and deletes the other; A, offline, edits another column of the first and adds a card
    assert b(
        {"op": "update", "table": "cards", "id": C1, "fields": {"back": "hello (from B)"}},
        {"op": "delete", "table": "cards", "id": C2},
        {"op": "sync"},
    )[-1]["ok"]
    a(
        {"op": "update", "table": "cards", "id": C1, "fields": {"front": "¡hola!"}},
        {"op": "create", "table": "cards", "id": C3, "fields": card("gracias", "thanks")},
        {
            "op": "create",
            "table": "review_logs",
            "id": LOG,
            "fields": {"card_id": C1, "rating": 3, "state": "new", "reviewed_at": 1700000100000, "duration_ms": 4000},
        },
    )
    # meanwhile the learner renames the deck on the web
    srs.deck_update(deck=Deck.objects.get(uuid=DECK), name="Viaje a Madrid")

    assert a({"op": "sync"})[0]["ok"]
    results_b = b({"op": "sync"}, {"op": "unsynced"}, {"op": "dump"})
    results_a = a({"op": "sync"}, {"op": "unsynced"}, {"op": "dump"})
    assert results_b[0]["ok"] and results_a[0]["ok"], (results_a, results_b)
    assert results_a[1]["value"] is False and results_b[1]["value"] is False
    dump_a, dump_b = results_a[2]["data"], results_b[2]["data"]
    assert {t: [_mobile(r) for r in rows] for t, rows in dump_a.items()} == {
        t: [_mobile(r) for r in rows] for t, rows in dump_b.items()
    }
    assert [(c["id"], c["front"], c["back"], c["_status"]) for c in dump_a["cards"]] == [
        (C1, "¡hola!", "hello (from B)", "synced"),
        (C3, "gracias", "thanks", "synced"),
    ]
    assert [d["name"] for d in dump_b["decks"]] == ["Viaje a Madrid"]
    assert [(log["id"], log["rating"]) for log in dump_b["review_logs"]] == [(LOG, 3)]
    # the server holds the same state
    server = Card.objects.filter(deck__owner=learner).order_by("uuid").values_list("uuid", "front", "back")
    assert [(str(uuid), front, back) for uuid, front, back in server] == [
        (c["id"], c["front"], c["back"]) for c in dump_a["cards"]
    ]
    assert Deck.objects.get(uuid=DECK).name == "Viaje a Madrid"


def test_a_scenario_bookmarked_offline_on_two_devices_ends_as_one_bookmark(live_server, client, learner, tmp_path):
    client.force_login(learner)
    url = f"{live_server.url}/api/v1/sync"
    a = Device(tmp_path / "a.json", url, _register(client, "Phone A"))
    b = Device(tmp_path / "b.json", url, _register(client, "Phone B"))
    # B bookmarks a scenario offline; then A bookmarks it too, in a folder, rates it, and syncs first
    b({"op": "create", "table": "scenario_bookmarks", "id": BOOKMARK_B, "fields": {"scenario": "at-the-bank"}})
    results = a(
        {"op": "create", "table": "scenario_bookmarks", "id": BOOKMARK_A, "fields": {"scenario": "at-the-bank"}},
        {"op": "update", "table": "scenario_bookmarks", "id": BOOKMARK_A, "fields": {"folder": "Viajes"}},
        {
            "op": "create",
            "table": "scenario_ratings",
            "id": RATING,
            "fields": {"scenario": "at-the-bank", "stars": 5, "review": "Útil"},
        },
        {"op": "sync"},
    )
    assert results[-1]["ok"] is True, results
    assert [(str(u), s, f) for u, s, f in Bookmark.objects.values_list("uuid", "scenario__slug", "folder__name")] == [
        (BOOKMARK_A, "at-the-bank", "Viajes")
    ]
    assert [(str(u), s) for u, s in Rating.objects.values_list("uuid", "stars")] == [(RATING, 5)]

    # B's sync pulls A's bookmark beside its own and pushes its own, merged into A's (the older edit: A's folder
    # stays); its next sync drops the duplicate
    results = b({"op": "sync"}, {"op": "sync"}, {"op": "unsynced"}, {"op": "dump"})
    assert results[0]["ok"] and results[1]["ok"], results
    assert results[2]["value"] is False
    dump = results[3]["data"]
    assert [(r["id"], r["scenario"], r["folder"]) for r in dump["scenario_bookmarks"]] == [
        (BOOKMARK_A, "at-the-bank", "Viajes")
    ]
    assert [(r["id"], r["stars"], r["review"]) for r in dump["scenario_ratings"]] == [(RATING, 5, "Útil")]
    assert Bookmark.objects.count() == 1
    assert list(SyncRun.objects.filter(device__name="Phone B", kind="push").values_list("pushed", "conflicts")) == [
        (0, 1)  # its bookmark lost to A's newer one
    ]

    # B removes the bookmark; A hears of it
    assert b({"op": "delete", "table": "scenario_bookmarks", "id": BOOKMARK_A}, {"op": "sync"})[-1]["ok"]
    results = a({"op": "sync"}, {"op": "dump"})
    assert results[0]["ok"], results
    assert results[1]["data"]["scenario_bookmarks"] == []
    assert not Bookmark.objects.exists()
