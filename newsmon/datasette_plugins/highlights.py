"""Lay an article's stored facts over its text, for the article page.

The body is cut into paragraphs, each paragraph into quoted and unquoted
stretches, and each stretch into plain text and highlighted facts (entity
mentions, money, percentages). Everything stays plain text here: the
template escapes it, so scraped markup can never become HTML.
"""
# No "from __future__ import annotations": Datasette executes every file in
# the plugins directory outside sys.modules, where dataclasses cannot resolve
# string annotations.
import re
from dataclasses import dataclass, field

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class Highlight:
    start: int
    end: int
    kind: str  # "entity", "money", "percent" or "quote"
    fact: dict = field(default_factory=dict)  # the stored row, for labels and links


@dataclass
class Piece:
    text: str
    highlight: Highlight | None = None


@dataclass
class Stretch:
    pieces: list[Piece]
    quote: Highlight | None = None
    ends_quote: bool = False  # the quote's last stretch: where to say who spoke


def paragraph_ranges(body: str) -> list[tuple[int, int]]:
    ranges, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(body):
        ranges.append((start, match.start()))
        start = match.end()
    ranges.append((start, len(body)))
    return [(s, e) for s, e in ranges if body[s:e].strip()]


def placeable(spans: list[Highlight], length: int) -> list[Highlight]:
    """Spans inside the text, earliest first; a span overlapping an earlier one is dropped."""
    kept: list[Highlight] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not (0 <= span.start < span.end <= length):
            continue
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def cut(start: int, end: int, spans: list[Highlight]) -> list[tuple[int, int, Highlight | None]]:
    """The range [start, end) as consecutive parts, each inside one span (clipped) or none."""
    parts, at = [], start
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        s, e = max(span.start, start), min(span.end, end)
        if s > at:
            parts.append((at, s, None))
        parts.append((s, e, span))
        at = e
    if at < end:
        parts.append((at, end, None))
    return parts


def lay_out(body: str, quotes: list[Highlight], inline: list[Highlight]) -> list[list[Stretch]]:
    """Paragraphs of stretches of pieces covering the whole body text."""
    quotes = placeable(quotes, len(body))
    inline = placeable(inline, len(body))
    paragraphs = []
    for p_start, p_end in paragraph_ranges(body):
        stretches = []
        for s_start, s_end, quote in cut(p_start, p_end, quotes):
            pieces = [Piece(body[a:b], span) for a, b, span in cut(s_start, s_end, inline)]
            stretches.append(Stretch(pieces, quote, ends_quote=quote is not None and s_end == quote.end))
        paragraphs.append(stretches)
    return paragraphs
