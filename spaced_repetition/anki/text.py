"""Anki fields are HTML; our cards hold plain text that templates escape. These convert between the two."""

import html
import re
from html.parser import HTMLParser

SOUND_RE = re.compile(r"\[sound:([^\]]+)\]")
CLOZE_RE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
# tags that end a line when Anki shows the field
_BREAKS = {"br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
_HIDDEN = {"script", "style", "head", "title"}


class _TextParser(HTMLParser):
    """Keeps the text of an HTML fragment: no markup, no script or style content, entities decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(value: str) -> str:
    """The text a learner reads in an Anki field: tags dropped, line breaks kept, spaces collapsed."""
    parser = _TextParser()
    parser.feed(SOUND_RE.sub("", value))
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def text_to_html(value: str) -> str:
    """Our plain text as an Anki field: escaped, line breaks as <br>."""
    return "<br>".join(html.escape(line, quote=False) for line in value.split("\n"))


def cloze_question(value: str) -> str:
    """A cloze field with every deletion hidden, as "[…]" or its hint."""
    return CLOZE_RE.sub(lambda match: f"[{match.group(2) or '…'}]", value)


def cloze_answer(value: str) -> str:
    return CLOZE_RE.sub(lambda match: match.group(1), value)


def sounds(value: str) -> list[str]:
    """The media file names of the [sound:…] references in a field."""
    return SOUND_RE.findall(value)
