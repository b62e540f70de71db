from decimal import Decimal

import pytest

from admin_tools.gateway import pricing
from admin_tools.gateway.types import ChatRequest, Message, Prices, Usage

# Claude Sonnet's published prices, USD per million tokens.
SONNET = Prices(input=Decimal("3"), output=Decimal("15"), cache_write=Decimal("3.75"), cache_read=Decimal("0.30"))
FREE = Prices()


def test_cost_prices_each_kind_of_token_at_its_own_price():
    usage = Usage(input_tokens=1234, output_tokens=567, cache_write_tokens=2048, cache_read_tokens=10_000)

    # 1234 × 3 + 567 × 15 + 2048 × 3.75 + 10000 × 0.30 = 3702 + 8505 + 7680 + 3000 = 22887 millionths
    assert pricing.cost(usage, SONNET) == Decimal("0.022887")


def test_cost_of_a_million_tokens_is_the_listed_price():
    assert pricing.cost(Usage(input_tokens=1_000_000), SONNET) == Decimal("3.000000")
    assert pricing.cost(Usage(output_tokens=1_000_000), SONNET) == Decimal("15.000000")
    assert pricing.cost(Usage(cache_read_tokens=1_000_000), SONNET) == Decimal("0.300000")


@pytest.mark.parametrize(
    ("price", "expected"),
    [("0.4999", "0.000000"), ("0.5", "0.000001"), ("1.5", "0.000002"), ("2.4999", "0.000002")],
)
def test_cost_rounds_half_up_to_the_micro_dollar(price, expected):
    assert pricing.cost(Usage(input_tokens=1), Prices(input=Decimal(price))) == Decimal(expected)


def test_cost_keeps_six_places():
    assert pricing.cost(Usage(), SONNET).as_tuple().exponent == -6
    assert str(pricing.cost(Usage(output_tokens=1), SONNET)) == "0.000015"


def test_cost_on_a_free_model_is_zero():
    usage = Usage(input_tokens=5000, output_tokens=800, cache_write_tokens=10, cache_read_tokens=20)

    assert pricing.cost(usage, FREE) == Decimal("0.000000")


def test_input_tokens_upper_bound_counts_ascii_by_thirds_and_other_characters_double():
    assert pricing.input_tokens_upper_bound("") == 0
    assert pricing.input_tokens_upper_bound("Hola") == 2  # ceil(4 / 3)
    assert pricing.input_tokens_upper_bound("¿Qué tal?") == 7  # ceil(7 / 3) + 2 × 2
    assert pricing.input_tokens_upper_bound("寿司が好きです") == 14


def test_estimate_reserves_input_at_the_dearest_input_price_and_all_max_tokens_of_output():
    request = ChatRequest(
        system="You are a tutor.",  # 16 ASCII characters: 6 tokens
        messages=(Message("user", "Hola"), Message("assistant", "¿Qué tal?")),  # 2 + 7 tokens
        max_tokens=1000,
    )

    # (6 + 2 + 7 + 50 per request + 10 per message × 2) = 85 tokens at 3.75 (cache write) = 318.75,
    # plus 1000 × 15 = 15000: 15318.75 millionths, rounded up.
    assert pricing.estimate(request, SONNET) == Decimal("0.015319")


def test_estimate_adds_the_schema_and_the_tool_overhead_to_a_structured_request():
    schema = {"type": "object"}  # '{"type": "object"}': 18 characters, 6 tokens
    plain = ChatRequest(system="Correct.", messages=(Message("user", "Hola"),), max_tokens=100)
    structured = ChatRequest(system="Correct.", messages=(Message("user", "Hola"),), max_tokens=100, json_schema=schema)

    extra = pricing.estimate(structured, SONNET) - pricing.estimate(plain, SONNET)

    assert extra == Decimal("0.001898")  # (500 + 6) × 3.75 = 1897.5 millionths


def test_estimate_is_at_least_the_cost_of_the_worst_case_call():
    context = "これは長いシナリオの説明です。" * 200  # 3000 characters of Japanese
    request = ChatRequest(system="You are a Japanese tutor.", context=context, messages=(Message("user", "はい"),))
    # Worst case: more than a token per character, all of it written to the cache, every output token used.
    worst = Usage(cache_write_tokens=int(len(context) * 1.5) + 100, output_tokens=request.max_tokens)

    assert pricing.estimate(request, SONNET) >= pricing.cost(worst, SONNET)


def test_estimate_on_a_free_model_is_zero():
    request = ChatRequest(system="s", messages=(Message("user", "Hola"),), max_tokens=4096)

    assert pricing.estimate(request, FREE) == Decimal("0.000000")


def test_tokens_estimate_is_a_token_per_four_characters_and_one_per_kana_hanzi_or_hangul():
    assert pricing.tokens_estimate("") == 0
    assert pricing.tokens_estimate("Hola") == 1
    assert pricing.tokens_estimate("¿Qué tal, Ana?") == 4  # ceil(14 / 4)
    assert pricing.tokens_estimate("寿司が好きです") == 7
    assert pricing.tokens_estimate("안녕 Ana") == 3  # 2 hangul + ceil(4 / 4)


def test_usage_estimate_takes_the_request_as_input_and_the_streamed_pieces_as_output():
    request = ChatRequest(
        system="You are a tutor.",  # 16 characters
        context="Scenario: a café.",  # 17
        messages=(Message("user", "Hola, ¿qué tal?"), Message("assistant", "Bien."), Message("user", "Y tú")),  # 25
    )
    # 58 characters in: 15 tokens; "Muy bien, gracias", 17 characters out: 5 tokens
    assert pricing.usage_estimate(request, ["Muy", " bien", ", gracias"]) == Usage(input_tokens=15, output_tokens=5)
    # at least a token a delta received: 5 deltas of one character each
    assert pricing.usage_estimate(request, ["a", "b", "c", "d", "e"]) == Usage(input_tokens=15, output_tokens=5)
    assert pricing.usage_estimate(request, []) == Usage(input_tokens=15, output_tokens=0)
    structured = ChatRequest(system="", messages=(), json_schema={"type": "object"})  # {"type": "object"}: 18
    assert pricing.usage_estimate(structured, []) == Usage(input_tokens=5, output_tokens=0)
