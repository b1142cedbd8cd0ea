"""Percentages in news text, as numbers.

    >>> [(p.text, p.value) for p in find_percentages("a rise of five per cent")]
    [('five per cent', 5.0)]

Covers "5%", "5.63 per cent", "15 percent", "5pc" (UK press), "3 pct"
(wires), "3-5%" (two figures), "minus 0.5%", and percentage points
("2 percentage points", "0.5pp") with `points=True`.
Fractions ("four-fifths", "a third") are not percentages, and neither are basis
points ("25 basis points"): a figure counts when it is written as a percentage,
as the gold sets count them (tests/dev/README.md, "Percent"), and a bank's
"100 basis points [1%]" would otherwise be one change counted twice.
"""
from __future__ import annotations

import math
import re

from .numbers import NUMBER, ends_a_figure, parse_number, qualifier_before
from .records import Percent

# "%" may follow after a space; "pc" only attached and lower case ("5pc"),
# since "5 PC games" is not a share.
_PER_CENT = r"(?:\s?%(?!\d)|[\s-]?(?i:per[\s-]?cent|percent|pct)\b|pc\b)"
# Abbreviations only in lower case: "50 BP" is the oil company.
_POINTS = r"(?:[\s-]?(?:(?i:percentage[\s-]points?)|ppts?|pp)\b)"
_SIGN = r"(?:(?<![\w.,%)\]])[-−](?=\d)|\+(?=\d)|(?i:\bminus\s+))"
_RANGE_SEP = r"(?:\s?[-–—−]\s?|\s+to\s+|\s+and\s+)"

_PERCENT = re.compile(
    rf"(?<![\w.,%$£€])(?P<sign1>{_SIGN})?(?P<n1>{NUMBER})"
    rf"(?:(?P<sep>{_RANGE_SEP})(?P<sign2>{_SIGN})?(?P<n2>{NUMBER}))?"
    rf"(?:(?P<pp>{_POINTS})|(?P<pct>{_PER_CENT})(?P<pts>\s+points?\b)?)"
)
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")


def parse_percent(text: str) -> tuple[float, bool] | None:
    """(value, is it percentage points) of one written percentage, or None.

    "5.63 per cent" -> (5.63, False); "2 percentage points" -> (2.0, True).
    """
    found = find_percentages(text)
    return (found[0].value, found[0].points) if found else None


def find_percentages(text: str) -> list[Percent]:
    """Every percentage in `text`, sorted by offset."""
    found: list[Percent] = []
    if not text:
        return found
    pos = 0
    while True:
        match = _PERCENT.search(text, pos)
        if not match:
            return found
        records = _records(text, match)
        if records is None:
            pos = match.start() + 1
            continue
        found.extend(records)
        pos = match.end()


def _records(text, match):
    points = bool(match.group("pp") or match.group("pts"))
    v2 = _signed(match, 2)
    if match.group("n2") is None:
        ends = [(match.start(), match.end(), _signed(match, 1))]
    elif _is_range(text, match):
        n1_end = match.end("n1")
        ends = [(match.start(), n1_end, _signed(match, 1)), (match.start("sign2") if match.group("sign2") else match.start("n2"), match.end(), v2)]
    else:  # "in 2020 to 5%": only the figure next to the sign is a percentage
        start = match.start("sign2") if match.group("sign2") else match.start("n2")
        ends = [(start, match.end(), v2)]
    if any(value is None or not math.isfinite(value) for _, _, value in ends):
        return None
    records = []
    for i, (start, end, value) in enumerate(ends):
        qualifier = None
        if i == 0:
            found = qualifier_before(text, start)
            if found:
                qualifier, start = found
        records.append(Percent(text=text[start:end], start=start, end=end,
                               value=round(value, 6), points=points, qualifier=qualifier))
    return records


def _signed(match, which):
    number = match.group(f"n{which}")
    if number is None:
        return None
    value = parse_number(number)
    if value is None:
        return None
    return -value if (match.group(f"sign{which}") or "").strip() in ("-", "−", "minus", "Minus", "MINUS") else value


def _is_range(text, match) -> bool:
    """ "3-5%" and "between 3 and 5 per cent" are two figures; "and" needs
    "between" before it, and a year is never the first end of a range."""
    n1 = match.group("n1")
    if _YEARLIKE.fullmatch(n1):
        return False
    if ends_a_figure(text, match.start(), n1):
        return False  # "$9.49 billion - 29 per cent"
    sep = match.group("sep").strip().lower()
    if sep == "and":
        return bool(re.search(r"(?i:\bbetween\s+)$", text[max(0, match.start() - 12):match.start()]))
    return True
