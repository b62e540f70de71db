import json
import socket

import pytest

from admin_tools.gateway import offline_data
from admin_tools.gateway.providers.offline import OfflineProvider, minimal_instance
from admin_tools.gateway.types import ChatRequest, Message, ModelSpec, ProviderReply, Usage

SPEC = ModelSpec(provider="offline", model_id="offline-tutor")
LANGUAGES = ("es", "fr", "de", "it", "pt", "en", "ja", "zh", "ko")


def ask(*turns: str, language="es", level="A2", topic="food", json_schema=None, on_delta=None) -> ProviderReply:
    """The tutor's reply after `turns`, which alternate learner, tutor, learner, …"""
    messages = tuple(Message("user" if i % 2 == 0 else "assistant", text) for i, text in enumerate(turns))
    request = ChatRequest(
        system="You are a tutor.",
        messages=messages,
        language=language,
        level=level,
        topic=topic,
        json_schema=json_schema,
    )
    return OfflineProvider().chat(SPEC, request, on_delta)


@pytest.fixture
def no_network(monkeypatch):
    """Outbound connections fail, as on a machine with no network."""

    def refuse(*args, **kwargs):
        raise OSError("network is unreachable")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "¡Hola! Vamos a practicar un poco. ¿Qué desayunas normalmente?"),
        ("fr", "Bonjour ! On va pratiquer un peu. Qu'est-ce que tu manges au petit-déjeuner ?"),
        ("de", "Hallo! Lass uns ein bisschen üben. Was isst du zum Frühstück?"),
        ("it", "Ciao! Facciamo un po' di pratica. Qual è il tuo piatto preferito?"),
        ("pt", "Olá! Vamos praticar um pouco. Qual é a sua comida favorita?"),
        ("en", "Hi! Let's practise a little. What is your favourite food?"),
        ("ja", "こんにちは！少し練習しましょう。好きな食べ物は何ですか？"),
        ("zh", "你好！我们来练习一下吧。你最喜欢吃什么？"),
        ("ko", "안녕하세요! 같이 연습해 봐요. 아침에 보통 뭘 먹어요?"),
    ],
)
def test_offline_tutor_opens_in_the_target_language_with_a_question_from_its_bank(language, expected, no_network):
    reply = OfflineProvider().chat(
        SPEC, ChatRequest(system="", messages=(), language=language, level="A2", topic="food")
    )

    assert reply.text == expected
    assert any(expected.endswith(question) for question in offline_data.QUESTIONS[language]["food"]["A"])


def test_offline_tutor_says_back_the_words_it_recognised_then_asks_the_next_question():
    assert ask("Me gusta la paella.").text == "Has mencionado: paella. ¿Cuál es tu comida favorita?"
    assert (
        ask("I don't really like cooking, but I love Italian pizza and pasta.", language="en", level="C1").text
        == "You mentioned: cooking, love, Italian, pizza. Should governments regulate what we eat?"
    )


def test_offline_tutor_reads_elided_articles_apart_in_french():
    reply = ask("J'aime l'école et les vacances à Paris.", language="fr", level="A1", topic="daily_life")

    assert reply.text.startswith("Tu as mentionné : école, vacances, Paris. ")


def test_offline_tutor_leaves_out_function_words_and_greetings():
    reply = ask(
        "Hallo! Ich habe gestern mit meiner Schwester Kuchen gebacken.", language="de", level="B2", topic="hobbies"
    )

    assert reply.text == (
        "Du hast erwähnt: gestern, Schwester, Kuchen, gebacken. Wie hast du dein Lieblingshobby entdeckt?"
    )


@pytest.mark.parametrize(
    ("language", "said", "expected"),
    [
        ("ja", "朝ごはんに寿司を食べました", "「朝ごはん、寿司」について話してくれましたね。"),
        ("zh", "我早上喝咖啡，吃饺子", "你提到了：早上、咖啡、饺子。"),
        ("ko", "저는 서울에서 비빔밥을 먹었어요", "서울, 비빔밥에 대해 이야기했네요."),
    ],
)
def test_offline_tutor_recognises_key_words_in_languages_without_spaces(language, said, expected):
    reply = ask(said, language=language, level="B1", topic="travel")

    assert reply.text.startswith(expected)


def test_offline_tutor_thanks_the_learner_when_it_recognised_nothing():
    assert ask("Sí, sí.", topic="travel", level="A1").text == "Gracias por tu mensaje. ¿Te gusta viajar?"


def test_offline_tutor_never_repeats_a_question_and_moves_on_to_the_next_topic():
    turns: list[str] = []
    replies = []
    for said in ["Me gusta la paella.", "Desayuno café con tostadas.", "Sí, mucho.", "No sé."]:
        turns.append(said)
        reply = ask(*turns, level="A1").text
        replies.append(reply)
        turns.append(reply)

    assert replies == [
        "Has mencionado: paella. ¿Cuál es tu comida favorita?",
        "Has mencionado: Desayuno, café, tostadas. ¿Qué desayunas normalmente?",
        "Gracias por tu mensaje. ¿Te gusta viajar?",
        "Gracias por tu mensaje. ¿Adónde quieres ir de vacaciones?",
    ]


@pytest.mark.parametrize(("level", "band"), [("", "A"), ("A1", "A"), ("B2", "B"), ("C1", "C"), ("c2", "C")])
def test_offline_tutor_asks_questions_of_the_learners_level_band(level, band):
    reply = ask("Hola.", level=level, topic="work")

    question = reply.text.removeprefix("Gracias por tu mensaje. ")
    assert question in offline_data.QUESTIONS["es"]["work"][band]


def test_offline_tutor_is_deterministic():
    first = ask("Ayer comí tacos con mis amigos.", topic="", level="B1")
    again = ask("Ayer comí tacos con mis amigos.", topic="", level="B1")

    assert first == again
    assert (
        first.text == "Has mencionado: Ayer, comí, tacos, amigos. ¿Cuál fue la mejor comida que probaste en un viaje?"
    )


def test_offline_tutor_without_a_topic_keeps_one_for_the_whole_conversation():
    first = ask("Ciao, sono andato al mare con l'amica.", language="it", level="", topic="")
    second = ask("Ciao, sono andato al mare con l'amica.", first.text, "Sì, molto.", language="it", level="", topic="")

    # Food, chosen from the opening message; the other food question of the band comes next.
    assert first.text == "Hai menzionato: andato, mare, amica. Qual è il tuo piatto preferito?"
    assert second.text == "Grazie per il tuo messaggio. Che cosa mangi a colazione?"
    assert offline_data.QUESTIONS["it"]["food"]["A"] == (
        "Qual è il tuo piatto preferito?",
        "Che cosa mangi a colazione?",
    )


def test_offline_tutor_answers_an_unknown_language_in_english():
    assert (
        ask("Ok!", language="nl", level="A1", topic="travel").text == "Thanks for your message. Do you like travelling?"
    )


def test_offline_tutor_streams_its_reply_word_by_word():
    deltas = []

    reply = ask("Me gusta la paella.", on_delta=deltas.append)

    assert deltas == ["Has", " mencionado:", " paella.", " ¿Cuál", " es", " tu", " comida", " favorita?"]
    assert "".join(deltas) == reply.text


def test_offline_tutor_counts_tokens_from_words_for_the_ledger():
    reply = ask("Me gusta la paella.")

    # In: "You are a tutor." (4) + "Me gusta la paella." (4); out: the reply's 8 words.
    assert reply.usage == Usage(input_tokens=8, output_tokens=8, cache_write_tokens=0, cache_read_tokens=0)
    assert (reply.request_id, reply.stop_reason) == ("", "end_turn")


def test_offline_tutor_gives_empty_corrections_for_an_analysis_request(no_network):
    schema = {
        "type": "object",
        "properties": {
            "corrections": {
                "type": "array",
                "items": {"type": "object", "properties": {"wrong": {"type": "string"}, "right": {"type": "string"}}},
            }
        },
        "required": ["corrections"],
    }

    reply = ask("Yo tengo veinte año.", json_schema=schema)

    assert reply.text == '{"corrections": []}'
    assert json.loads(reply.text) == {"corrections": []}


def test_minimal_instance_of_a_richer_schema_is_valid_and_smallest():
    schema = {
        "type": "object",
        "$defs": {"level": {"type": "string", "enum": ["A1", "A2", "B1"]}},
        "properties": {
            "corrections": {"type": "array", "items": {"type": "object"}},
            "score": {"type": "integer", "minimum": 1, "maximum": 10},
            "ratio": {"type": "number", "exclusiveMinimum": 0},
            "level": {"$ref": "#/$defs/level"},
            "summary": {"type": ["string", "null"], "minLength": 2},
            "fluent": {"type": "boolean"},
            "kind": {"const": "analysis"},
            "note": {"anyOf": [{"type": "null"}, {"type": "string"}]},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        },
    }

    assert minimal_instance(schema) == {
        "corrections": [],
        "score": 1,
        "ratio": 1,
        "level": "A1",
        "summary": "--",
        "fluent": False,
        "kind": "analysis",
        "note": None,
        "tags": [""],
    }


SCRIPT = {"opening": "Hotel Sol, ¿dígame?", "hint": "Di: «Tengo una reserva.»", "recognised": []}


def _scenario_reply(messages, **script) -> str:
    request = ChatRequest(system="role-play", messages=messages, language="es", script={**SCRIPT, **script})
    return OfflineProvider().chat(ModelSpec(provider="offline", model_id="offline"), request).text


def test_in_a_role_play_the_offline_tutor_opens_echoes_key_words_and_hints_when_stuck():
    assert _scenario_reply(()) == "Hotel Sol, ¿dígame?"
    said = (Message("assistant", "Hotel Sol, ¿dígame?"), Message("user", "Tengo una reserva para dos noches."))
    assert _scenario_reply(said, recognised=["la reserva", "la noche"]) == "Has mencionado: la reserva, la noche."
    assert _scenario_reply(said) == "Di: «Tengo una reserva.»"  # no key word used: the model phrase
