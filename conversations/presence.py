"""How many pages have a conversation open, counted in the cache (Redis in production, so every web process
sees the same count). When the count falls to zero a reply still streaming is stopped after a short grace, so
a reload or a dropped connection that comes straight back does not lose the reply."""

from django.core.cache import cache

TIMEOUT = 6 * 3600  # a count left by a crashed process expires


def _key(conversation_id: int) -> str:
    return f"conversation-watchers:{conversation_id}"


def joined(conversation_id: int) -> int:
    cache.add(_key(conversation_id), 0, TIMEOUT)
    return cache.incr(_key(conversation_id))


def left(conversation_id: int) -> int:
    try:
        count = cache.decr(_key(conversation_id))
    except ValueError:  # expired
        return 0
    if count <= 0:
        cache.delete(_key(conversation_id))
    return max(count, 0)


def is_watched(conversation_id: int) -> bool:
    return (cache.get(_key(conversation_id)) or 0) > 0
