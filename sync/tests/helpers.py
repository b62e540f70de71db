import uuid

HISTORY = {"sync.SyncRun", "sync.Device"}  # a refused push is still in the device's history


def stored(db_rows) -> dict:
    """Every stored row except the sync history, to show a push wrote nothing."""
    return {label: rows for label, rows in db_rows().items() if label not in HISTORY}


def new_id() -> str:
    return str(uuid.uuid4())


def card_record(card, **fields) -> dict:
    """A card as a device pushes it: every column, some changed."""
    record = {
        "id": str(card.uuid),
        "deck_id": str(card.deck.uuid),
        "kind": card.kind,
        "front": card.front,
        "back": card.back,
        "context": card.context,
        "state": card.state,
        "due": int(card.due.timestamp() * 1000),
        "suspended": card.suspended,
    }
    record.update(fields)
    record["_status"] = "updated"
    record["_changed"] = ",".join(fields)
    return record


def table(created=(), updated=(), deleted=()) -> dict:
    return {"created": list(created), "updated": list(updated), "deleted": list(deleted)}
