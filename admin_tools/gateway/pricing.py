"""What a call costs, from its token usage and the model's prices (USD per million tokens). No Django here.

`cost` prices a finished call exactly. `estimate` is what the gateway reserves in the budgets before the
call: an upper bound of what the call can cost, so calls that each fit the reservation cannot together pass
a blocking limit. `usage_estimate` is a best guess of the tokens of a call whose provider never said (a server
that sends no usage, a stream abandoned before the usage came), so that call is still priced.
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
    ascii_characters = len(text) if text.isascii() else len(text.encode("ascii", "ignore"))
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


CHARACTERS_PER_TOKEN = 4  # what English and European text averages with current tokenizers


def _is_dense(character: str) -> bool:
    """Kana, CJK ideographs and hangul: about a token each."""
    code = ord(character)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF


def tokens_estimate(text: str) -> int:
    """About how many tokens `text` makes: one per four characters, one per kana, hanzi or hangul."""
    dense = sum(1 for character in text if _is_dense(character))
    return math.ceil((len(text) - dense) / CHARACTERS_PER_TOKEN) + dense


def usage_estimate(request: ChatRequest, pieces: list[str]) -> Usage:
    """The usage of a call the provider never reported: the request's text (system prompt, context, history and
    any schema) as input, and what streamed (`pieces`) as output, at least a token per delta received."""
    texts = [request.system, request.context, *(message.content for message in request.messages)]
    if request.json_schema is not None:
        texts.append(json.dumps(request.json_schema, ensure_ascii=False))
    output = max(tokens_estimate("".join(pieces)), len(pieces))
    return Usage(input_tokens=tokens_estimate("".join(texts)), output_tokens=output)
