"""What a call costs, from its token usage and the model's prices (USD per million tokens). No Django here.

`cost` prices a finished call exactly. `estimate` is what the gateway reserves in the budgets before the
call: an upper bound of what the call can cost, so calls that each fit the reservation cannot together pass
a blocking limit.
"""

import json
import math
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal

from admin_tools.gateway.types import ChatRequest, Prices, Usage

MICRO_DOLLAR = Decimal("0.000001")
MILLION = Decimal(1_000_000)
# Tokens the request carries besides its text: role markers per message, the request frame, and for a
# structured request the tool or format definition the provider adds around the schema.
TOKENS_PER_MESSAGE = 10
TOKENS_PER_REQUEST = 50
TOKENS_PER_SCHEMA = 500


def cost(usage: Usage, prices: Prices) -> Decimal:
    total = (
        usage.input_tokens * prices.input
        + usage.output_tokens * prices.output
        + usage.cache_write_tokens * prices.cache_write
        + usage.cache_read_tokens * prices.cache_read
    ) / MILLION
    return total.quantize(MICRO_DOLLAR, rounding=ROUND_HALF_UP)


def input_tokens_upper_bound(text: str) -> int:
    """More tokens than any current tokenizer makes of `text`: a token per three ASCII characters (text
    averages four), and two per other character (kana, hanzi, hangul and rare accented letters can take
    more than one)."""
    ascii_characters = sum(1 for character in text if ord(character) < 128)
    return math.ceil(ascii_characters / 3) + 2 * (len(text) - ascii_characters)


def estimate(request: ChatRequest, prices: Prices) -> Decimal:
    """An upper bound of the call's cost: every input token at the dearest input price (plain, cache
    write or cache read, whichever the provider ends up charging), and the full `max_tokens` of output."""
    texts = [request.system, request.context, *(message.content for message in request.messages)]
    tokens = sum(input_tokens_upper_bound(text) for text in texts)
    tokens += TOKENS_PER_REQUEST + TOKENS_PER_MESSAGE * len(request.messages)
    if request.json_schema is not None:
        tokens += TOKENS_PER_SCHEMA + input_tokens_upper_bound(json.dumps(request.json_schema, ensure_ascii=False))
    input_price = max(prices.input, prices.cache_write, prices.cache_read)
    total = (tokens * input_price + request.max_tokens * prices.output) / MILLION
    return total.quantize(MICRO_DOLLAR, rounding=ROUND_UP)
