"""Property test: random interleavings of edits, pulls and pushes from 2–3 devices, under each policy. Devices
behave as WatermelonDB does (per-column merge of local changes on pull, local deletions kept until pushed).
After every push, each acknowledged write is on the server unless the policy says otherwise; once the edits
stop and every device syncs, all devices hold exactly the server's records."""

import time
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from sync.models import Change, Conflict
from sync.tests.conftest import SyncClient

pytestmark = pytest.mark.django_db

EDITABLE = ("back", "context", "suspended")
COLUMNS = ("front", "back", "context", "suspended")
POLICIES = ("server_wins", "client_wins", "latest_timestamp", "manual_review")


class SimDevice:
    """A device's local store and WatermelonDB's sync rules, over the real API."""

    def __init__(self, client: SyncClient, deck_id: str, name: str):
        self.client, self.deck_id, self.name = client, deck_id, name
        self.records: dict[str, dict] = {}  # id -> {"raw", "status", "changed"}
        self.created = 0

    def edit(self, index: int, column: str, value) -> None:
        live = sorted(rid for rid, r in self.records.items() if r["status"] != "deleted")
        if not live:
            return
        record = self.records[live[index % len(live)]]
        record["raw"][column] = value
        record["raw"]["updated_at"] = int(time.time() * 1000)
        record["changed"].add(column)
        if record["status"] == "synced":
            record["status"] = "updated"

    def create(self, back: str) -> None:
        self.created += 1
        rid = str(uuid.uuid4())
        raw = {
            "id": rid,
            "deck_id": self.deck_id,
            "kind": "word",
            "front": f"{self.name} {self.created}",
            "back": back,
            "context": "",
            "state": "new",
            "due": 1700000000000,
            "suspended": False,
            "updated_at": int(time.time() * 1000),
        }
        self.records[rid] = {"raw": raw, "status": "created", "changed": set()}

    def delete(self, index: int) -> None:
        live = sorted(rid for rid, r in self.records.items() if r["status"] != "deleted")
        if not live:
            return
        rid = live[index % len(live)]
        if self.records[rid]["status"] == "created":
            del self.records[rid]  # never pushed: WatermelonDB just drops it
        else:
            self.records[rid]["status"] = "deleted"

    def pull(self) -> None:
        changes = self.client.pull()["changes"]["cards"]
        for rid in changes["deleted"]:
            self.records.pop(rid, None)  # a remote deletion wins over local changes
        for raw in changes["updated"]:
            local = self.records.get(raw["id"])
            if local is None or local["status"] == "synced":
                self.records[raw["id"]] = {"raw": dict(raw), "status": "synced", "changed": set()}
            elif local["status"] != "deleted":  # local changes keep their columns, the rest is the server's
                local["raw"] = {**raw, **{column: local["raw"][column] for column in local["changed"]}}
                local["status"] = "updated"

    def push(self, policy: str) -> None:
        created = [r["raw"] for r in self.records.values() if r["status"] == "created"]
        updated = [
            {**r["raw"], "_changed": ",".join(sorted(r["changed"]))}
            for r in self.records.values()
            if r["status"] == "updated"
        ]
        deleted = [rid for rid, r in self.records.items() if r["status"] == "deleted"]
        if not (created or updated or deleted):
            return
        ids = [r["id"] for r in created + updated] + deleted
        before, cursor = _server(ids), self.client.cursor
        response = self.client.push({"cards": {"created": created, "updated": updated, "deleted": deleted}})
        assert response.status_code == 200, response.content
        after = _server(ids)
        for raw in created:
            assert after[raw["id"]]["values"] == _values(raw)
        for raw in updated:
            _check_update(policy, raw, before[raw["id"]], after[raw["id"]], cursor)
        for rid in deleted:
            _check_delete(policy, before[rid], after[rid], cursor)
        for rid in list(self.records):
            record = self.records[rid]
            if record["status"] == "deleted":
                del self.records[rid]
            else:
                record["status"], record["changed"] = "synced", set()

    def snapshot(self) -> dict:
        return {rid: _values(r["raw"]) for rid, r in self.records.items()}


def _values(raw: dict) -> dict:
    return {column: raw[column] for column in COLUMNS}


def _server(ids: list[str]) -> dict:
    cards = {str(c["uuid"]): c for c in Card.objects.filter(uuid__in=ids).values("uuid", *COLUMNS)}
    seqs = dict(Change.objects.filter(record__in=ids).values_list("record", "seq"))
    return {rid: {"values": _values(cards[rid]) if rid in cards else None, "seq": seqs.get(_uuid(rid))} for rid in ids}


def _uuid(rid):
    return uuid.UUID(rid)


def _check_update(policy, raw, before, after, cursor):
    if before["values"] is None:  # deleted on the server: the deletion stands
        assert after["values"] is None
        return
    if before["seq"] <= cursor:  # no conflict: the write is kept, all of it
        assert after["values"] == _values(raw)
        return
    changed = set(raw["_changed"].split(","))
    if policy in ("server_wins", "manual_review"):
        assert after["values"] == before["values"]
    elif policy == "client_wins":
        assert after["values"] == {c: raw[c] if c in changed else before["values"][c] for c in COLUMNS}
    else:
        assert after["values"] in (before["values"], _values(raw))
    if policy == "manual_review" and after["values"] != _values(raw):
        assert Conflict.objects.filter(record=raw["id"], resolved_at__isnull=True).exists()


def _check_delete(policy, before, after, cursor):
    if before["values"] is None or before["seq"] <= cursor or policy in ("client_wins", "latest_timestamp"):
        assert after["values"] is None
    else:
        assert after["values"] == before["values"]


ops = st.lists(
    st.one_of(
        st.tuples(
            st.just("edit"),
            st.integers(0, 2),
            st.integers(0, 9),
            st.sampled_from(EDITABLE),
            st.sampled_from(["a", "b", "c"]),
        ),
        st.tuples(st.just("create"), st.integers(0, 2), st.sampled_from(["x", "y"])),
        st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 9)),
        st.tuples(st.just("pull"), st.integers(0, 2)),
        st.tuples(st.just("push"), st.integers(0, 2)),
    ),
    min_size=6,
    max_size=30,
)


@pytest.mark.parametrize("policy", POLICIES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(devices=st.integers(2, 3), steps=ops)
def test_devices_converge_without_losing_acknowledged_writes(django_settings_policy, policy, devices, steps):
    django_settings_policy(policy)
    learner = LearnerFactory()
    deck = DeckFactory(owner=learner)
    for n in range(2):
        CardFactory(deck=deck, front=f"server {n}", back="s")
    sims = [SimDevice(SyncClient(learner, f"d{n}"), str(deck.uuid), f"d{n}") for n in range(devices)]
    for sim in sims:
        sim.pull()
    for step in steps:
        sim = sims[step[1] % devices]
        if step[0] == "edit":
            value = step[4] != "a" if step[3] == "suspended" else step[4]
            sim.edit(step[2], step[3], value)
        elif step[0] == "create":
            sim.create(step[2])
        elif step[0] == "delete":
            sim.delete(step[2])
        elif step[0] == "pull":
            sim.pull()
        else:
            sim.push(policy)
    for _ in range(2):  # edits stop: every device syncs (pull, then push) until nothing moves
        for sim in sims:
            sim.pull()
            sim.push(policy)
    for sim in sims:
        sim.pull()
    server = {str(c["uuid"]): _values(c) for c in Card.objects.filter(deck=deck).values("uuid", *COLUMNS)}
    for sim in sims:
        assert sim.snapshot() == server


@pytest.fixture
def django_settings_policy(settings):
    def apply(policy):
        settings.SYNC_CONFLICT_POLICIES = {"cards": policy}

    return apply
