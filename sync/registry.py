"""The synced tables: one `Table` entry each, and nothing else in the sync app names a model.

Adding a table later (content items) is one entry in TABLES, plus a uuid field on the model and, for existing
rows, a migration that records them in the change feed (see migrations/0002_backfill_changes.py and
0003_backfill_scenario_changes.py). Signals, pulls, pushes, conflicts and pruning all read this list.

On the wire every record has a string `id` (the row's uuid), its columns, and `updated_at` (ms since the
epoch, the time of its latest change on the server, from the change feed: a model needs no updated_at of its
own). Dates are ms-epoch numbers; foreign keys to other synced tables are the target's uuid (`card.deck_id` is
the deck's uuid); a catalogue row is named by its key (`scenario` is the scenario's slug).

Scenario bookmarks and ratings are one per learner and scenario (`merge_on`). A device that bookmarks or rates
offline a scenario the learner already has a bookmark or rating of (made on another device) pushes a new id for
it: the push merges that record into the server's one, settled by the table's policy as a conflict would be
(both default to latest_timestamp: the newer edit of a rating or a folder is the one meant), and the device's
next pull sends the server's record and the device's id as deleted, so the device keeps one.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings
from django.db import models

from conversations.models import Bookmark, BookmarkFolder, Conversation, Message, Persona, Rating, Scenario, TutorMode
from learning.models import Language, Profile
from spaced_repetition.models import Card, Deck, ReviewLog


class Policy(StrEnum):
    SERVER_WINS = "server_wins"
    CLIENT_WINS = "client_wins"
    LATEST_TIMESTAMP = "latest_timestamp"
    MANUAL_REVIEW = "manual_review"


@dataclass(frozen=True)
class Lookup:
    """A row a column names by a field unique among the rows it may name (a language by its code, a scenario by
    its slug, a folder of the learner by its name)."""

    model: type[models.Model]
    key: str
    # Only the rows the learner may see, by the model's own access rule (`model.objects.for_user(user)`), and
    # those the learner's rows of the table point at already (a scenario made private after they bookmarked it):
    # any other value is refused like an unknown one.
    for_user: bool = False
    # Only the learner's own rows, with this field as their owner; a value they have no row for makes one (a
    # bookmark's folder, by its name).
    owner: str = ""


@dataclass(frozen=True)
class Column:
    """One wire column. `ref` names the synced table a uuid points to; `lookup` the row the value is a key of;
    `readonly` columns are sent out but never taken from a push."""

    name: str
    field: str = ""
    ref: str = ""
    lookup: Lookup | None = None
    readonly: bool = False

    @property
    def model_field(self) -> str:
        return self.field or self.name.removesuffix("_id")

    @property
    def path(self) -> str:
        """What .values() reads for this column."""
        if self.ref:
            return f"{self.model_field}__uuid"
        if self.lookup:
            return f"{self.model_field}__{self.lookup.key}"
        return self.model_field


@dataclass(frozen=True)
class Table:
    name: str
    model: type[models.Model]
    owner: str  # the lookup from a row to its user, for for_user-style filters
    columns: tuple[Column, ...]
    policy: Policy = Policy.LATEST_TIMESTAMP
    # append-only: a push creates rows it does not have (deduped by id) and never updates or deletes one
    append_only: bool = False
    creatable: bool = True  # False: the server makes the row (one profile per learner); a push only updates it
    deletable: bool = True
    # the owner column set on a pushed create when no `ref` column carries the owner ("owner", "user")
    owner_field: str = ""
    # model fields a pushed create needs that no column gives
    create_defaults: dict = field(default_factory=dict)
    label: str = ""  # the column that names a record on the Sync conflicts page
    # The column that with the owner names one record (a unique constraint): a pushed create of an id the server
    # does not know, for a record the learner has, is merged into that record (see the module docstring).
    merge_on: str = ""

    @property
    def writable(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if not column.readonly)

    @property
    def configured_policy(self) -> Policy:
        return Policy(settings.SYNC_CONFLICT_POLICIES.get(self.name, self.policy))


TABLES: dict[str, Table] = {
    table.name: table
    for table in [
        Table(
            "profile_settings",
            Profile,
            label="display_name",
            owner="user",
            columns=tuple(Column(name) for name in Profile.EDITABLE_FIELDS),
            policy=Policy.LATEST_TIMESTAMP,
            creatable=False,
            deletable=False,
        ),
        Table(
            "decks",
            Deck,
            label="name",
            owner="owner",
            owner_field="owner",
            columns=(
                Column("name"),
                Column("language"),
                Column("new_per_day"),
                Column("reviews_per_day"),
                Column("created_at", readonly=True),
            ),
            policy=Policy.MANUAL_REVIEW,
        ),
        Table(
            "cards",
            Card,
            label="front",
            owner="deck__owner",
            columns=(
                Column("deck_id", ref="decks"),
                *(Column(name) for name in ("kind", "front", "back", "context", "state", "step", "stability")),
                *(Column(name) for name in ("difficulty", "due", "last_review", "suspended", "buried_until")),
                Column("created_at", readonly=True),
            ),
            policy=Policy.LATEST_TIMESTAMP,
        ),
        Table(
            "review_logs",
            ReviewLog,
            owner="user",
            owner_field="user",
            columns=(
                Column("card_id", ref="cards"),
                *(Column(name) for name in ("rating", "state", "reviewed_at", "duration_ms")),
            ),
            append_only=True,
            # a grade made on a device is history the web cannot undo: it has no state_before to restore
            create_defaults={"state_before": {}, "imported": True},
        ),
        Table(
            "conversations",
            Conversation,
            label="title",
            owner="owner",
            owner_field="owner",
            columns=(
                Column("language", lookup=Lookup(Language, "code")),
                Column("mode", lookup=Lookup(TutorMode, "slug")),
                Column("persona", lookup=Lookup(Persona, "slug")),
                *(Column(name) for name in ("level", "topic", "title", "status")),
                Column("started_at", readonly=True),
            ),
            policy=Policy.CLIENT_WINS,
        ),
        Table(
            "messages",
            Message,
            owner="conversation__owner",
            columns=(
                Column("conversation_id", ref="conversations"),
                Column("text"),
                *(Column(name, readonly=True) for name in ("role", "kind", "status", "created_at")),
            ),
            append_only=True,
            # a device writes the learner's side of a conversation; the tutor's replies come from the server
            create_defaults={"role": Message.Role.LEARNER, "status": Message.Status.COMPLETE},
        ),
        Table(
            "scenario_bookmarks",
            Bookmark,
            label="scenario",
            owner="owner",
            owner_field="owner",
            columns=(
                Column("scenario", lookup=Lookup(Scenario, "slug", for_user=True)),
                Column("folder", lookup=Lookup(BookmarkFolder, "name", owner="owner")),  # a name or null
                Column("created_at", readonly=True),
            ),
            policy=Policy.LATEST_TIMESTAMP,
            merge_on="scenario",
        ),
        Table(
            "scenario_ratings",
            Rating,
            label="scenario",
            owner="owner",
            owner_field="owner",
            columns=(
                Column("scenario", lookup=Lookup(Scenario, "slug", for_user=True)),
                Column("stars"),
                Column("review"),
                Column("created_at", readonly=True),
            ),
            policy=Policy.LATEST_TIMESTAMP,
            merge_on="scenario",
        ),
    ]
}

TABLE_OF_MODEL: dict[type[models.Model], Table] = {table.model: table for table in TABLES.values()}


def owner_id_path(table: Table) -> str:
    return f"{table.owner}_id"
