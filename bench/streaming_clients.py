"""The load bench/streaming.py puts on the stack and what it records of each reply: onboarded learners with a
session cookie, their conversations, one websocket client per conversation, and the baseline, direct `anthropic`
SDK calls to the same fake server."""

import asyncio
import json
import random
import threading
import time
from dataclasses import dataclass, field

from bench.streaming_processes import _Cpu

# A tutor's answer of 30 words: the fake sends one delta per word, as a hosted model sends a token or two.
REPLY = (
    "¡Qué bien! Yo también tomo café por la mañana, normalmente con leche y sin azúcar. "
    "En mi barrio hay una cafetería pequeña con churros muy ricos. ¿Y tú, dónde desayunas los domingos?"
)
LEARNER_SAYS = [
    "Hola, por la mañana siempre tomo un café con leche.",
    "Me gusta desayunar en casa con mi familia.",
    "Los domingos voy a una cafetería cerca del parque.",
    "¿Qué desayunas tú normalmente?",
]
FRAME_TIMEOUT = 60.0  # seconds a client waits for the next frame before it gives the reply up
MAX_RUN_SECONDS = 600.0

# --- the learners and their conversations


def _setup_learners(count: int):
    """`count` onboarded Spanish learners (strictness "none": no corrections call) and a session cookie each."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.test import Client
    from django.utils import timezone

    from admin_tools import services as admin_services
    from admin_tools.models import User
    from learning.models import Language, Profile

    spanish = Language.objects.get(code="es")
    learners, cookies = [], []
    for i in range(count):
        user = User.objects.create_user(f"bench-learner-{i}", f"bench-learner-{i}@example.com", "bench-password-1")
        admin_services.learner_role_grant(user=user)
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
        profile = Profile.objects.create(
            user=user, display_name=f"Learner {i}", onboarded_at=timezone.now(), correction_strictness="none"
        )
        profile.target_languages.create(language=spanish, level="A2")
        client = Client()
        client.force_login(user)
        learners.append(user)
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}")
    return learners, cookies


def _new_conversations(learners) -> list[int]:
    from conversations.models import Persona, TutorMode
    from conversations.services.conversations import conversation_start
    from learning.models import Language

    spanish = Language.objects.get(code="es")
    mode, persona = TutorMode.objects.get(slug="free-talk"), Persona.objects.get(slug="friendly-partner")
    return [
        conversation_start(owner=user, language=spanish, mode=mode, persona=persona, level="A2").pk for user in learners
    ]


def _direct_params(conversation_id: int, model) -> dict:
    """What the gateway's Anthropic provider sends for a first reply in a conversation: the same body."""
    from admin_tools.gateway import routing
    from admin_tools.gateway.providers.anthropic import _params
    from conversations import prompts
    from conversations.models import Conversation
    from learning.services import profile_get

    conversation = Conversation.objects.get(pk=conversation_id)
    conversation.messages.create(role="user", text=LEARNER_SAYS[0], status="complete")
    request = prompts.reply_request(conversation, profile=profile_get(user=conversation.owner), mistakes=[])
    return _params(routing.spec_for(model), request)


# --- one reply as the page saw it


@dataclass
class ReplySample:
    sent_ns: int
    placeholder_ns: int = 0  # the placeholder's message.created received
    message_id: int = 0
    first_ns: int = 0  # first reply.delta frame received
    done_ns: int = 0
    request_ns: int = 0  # the fake server read the provider request
    # per delta: (sent by the fake, received by the page, seq of its frame, last in its frame, in the final frame)
    deltas: list[tuple[int, int, int, bool, bool]] = field(default_factory=list)
    error: str = ""


@dataclass
class RunResult:
    conversations: int
    replies: list[ReplySample]
    seconds: float
    cpu: _Cpu | None = None
    in_flight: float = 0.0


def _expected_deltas() -> int:
    from tests.fakes.base import ScriptedReply

    return len(ScriptedReply(text=REPLY).deltas())


async def _one_conversation(url, cookie, replies, think_s, rng, start_at, out):
    from websockets.asyncio.client import connect

    from tests.fakes.base import split_stamps

    expected = _expected_deltas()
    async with connect(
        url,
        origin="http://127.0.0.1",
        additional_headers={"Cookie": cookie},
        open_timeout=60,
        ping_interval=None,
        max_size=None,
    ) as ws:
        await asyncio.sleep(max(0.0, start_at - time.monotonic()))
        for index in range(replies):
            await asyncio.sleep(rng.uniform(0, think_s))
            sample = ReplySample(sent_ns=time.time_ns())
            out.append(sample)
            said = LEARNER_SAYS[index % len(LEARNER_SAYS)]
            await ws.send(json.dumps({"type": "message.send", "text": said, "timing": {}}))
            text, seqs, count = "", [], 0
            while True:
                try:
                    raw = await asyncio.wait_for(ws.recv(), FRAME_TIMEOUT)
                except TimeoutError:
                    sample.error = "timeout"
                    return
                now = time.time_ns()
                event = json.loads(raw)
                kind = event.get("type")
                if kind == "message.created" and event["message"]["role"] == "assistant":
                    sample.placeholder_ns, sample.message_id = now, event["message"]["id"]
                elif kind == "reply.delta" and event["message_id"] == sample.message_id:
                    clean, stamps = split_stamps(event["text"])
                    text += clean
                    seqs.append(event["seq"])
                    count += len(stamps)
                    final = count >= expected
                    if not sample.first_ns:
                        sample.first_ns = now
                        sample.request_ns = stamps[0][1] if stamps else 0
                    for i, (sent, _) in enumerate(stamps):
                        sample.deltas.append((sent, now, event["seq"], i == len(stamps) - 1, final))
                elif kind == "reply.done" and event["message"]["id"] == sample.message_id:
                    sample.done_ns = now
                    if event["message"]["status"] != "complete":
                        sample.error = f"status {event['message']['status']}"
                    elif seqs != list(range(1, len(seqs) + 1)):
                        sample.error = f"seq {seqs}"
                    elif text != REPLY or count != expected:
                        sample.error = f"text differs ({count} of {expected} deltas)"
                    break
                elif kind in ("reply.error", "error"):
                    sample.error = json.dumps(event)[:300]
                    break
                # message.created for the learner's message, corrections/analysis events: not timed


async def _stack_run(port, sessions, conversation_ids, replies, think_s, seed) -> list[ReplySample]:
    out: list[ReplySample] = []
    start_at = time.monotonic() + 1.0  # every socket is open before the first message
    clients = [
        _one_conversation(
            f"ws://127.0.0.1:{port}/ws/conversations/{conversation_id}/",
            cookie,
            replies,
            think_s,
            random.Random(seed * 1000 + i),
            start_at,
            out,
        )
        for i, (conversation_id, cookie) in enumerate(zip(conversation_ids, sessions, strict=True))
    ]
    results = await asyncio.wait_for(asyncio.gather(*clients, return_exceptions=True), MAX_RUN_SECONDS)
    for result in results:
        if isinstance(result, BaseException):
            out.append(ReplySample(sent_ns=0, error=f"{type(result).__name__}: {result}"))
    return out


def _in_flight(intervals: list[tuple[int, int]]) -> float:
    """Time-weighted mean number of replies in flight between the first send and the last done."""
    intervals = [(a, b) for a, b in intervals if a and b > a]
    if not intervals:
        return 0.0
    start, end = min(a for a, _ in intervals), max(b for _, b in intervals)
    return sum(b - a for a, b in intervals) / (end - start) if end > start else 0.0


# --- the baseline: the same server, read directly through the SDK


@dataclass
class DirectSample:
    started_ns: int
    first_ns: int = 0
    request_ns: int = 0
    deltas: list[tuple[int, int]] = field(default_factory=list)  # (sent by the fake, event received)
    error: str = ""


def _direct_run(url: str, params: dict, concurrency: int, calls_each: int, think_s: float, seed: int):
    import anthropic

    from tests.fakes.base import split_stamps

    client = anthropic.Anthropic(api_key="bench-key", base_url=url, max_retries=0, timeout=60.0)
    out: list[DirectSample] = []
    barrier = threading.Barrier(concurrency)

    def worker(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        barrier.wait()
        for _ in range(calls_each):
            time.sleep(rng.uniform(0, think_s))
            sample = DirectSample(started_ns=time.time_ns())
            out.append(sample)
            try:
                with client.messages.create(**params, stream=True) as stream:  # as the gateway's provider calls
                    for event in stream:
                        if event.type == "content_block_delta":
                            now = time.time_ns()
                            _, stamps = split_stamps(event.delta.text)
                            if not sample.first_ns:
                                sample.first_ns, sample.request_ns = now, stamps[0][1]
                            sample.deltas.extend((sent, now) for sent, _ in stamps)
            except Exception as error:  # reported, not raised: the run goes on
                sample.error = f"{type(error).__name__}: {error}"

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(MAX_RUN_SECONDS)
    client.close()
    return out
