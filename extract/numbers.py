"""Numbers as news writes them: "1,900", "77.5", "2½", "five", "twenty-one",
"one hundred and twenty", "half a", "a quarter of a", "one and a half".

Shared by the money and percentage finders. The regular expressions here
are fragments meant to be embedded in larger patterns; `parse_number` turns
what they matched into a float.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12,
}
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "quarter": 0.25, "quarters": 0.25,
    "third": 1 / 3, "thirds": 1 / 3,
}
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}

# Multipliers written after a figure: "£77.5m", "$6.5 billion", "£30k".
# Single letters only count when attached ("5m", not "5 m": that is metres).
MULTIPLIERS = {
    "k": 1e3, "thousand": 1e3,
    "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "billions": 1e9,
    "t": 1e12, "tn": 1e12, "tr": 1e12, "trn": 1e12, "trln": 1e12, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "crs": 1e7,
    "lakh crore": 1e12, "lakh crores": 1e12,
}

# Digits: "1,900", "2,205,000", "77.5", ".5", "10 000" (thin or no-break
# space only: a plain space between two figures usually separates them).
# Continental style, when unmistakable: "€39.821.000,00", "€1.500,50".
# Indian grouping, lakhs and crores in pairs: "Rs 1,01,272 crore", "₹12,50,000".
_CONTINENTAL = r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?![\d,])"
_CONTINENTAL_RE = re.compile(_CONTINENTAL)
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"
DIGITS = r"(?:" + _CONTINENTAL + r"|" + _INDIAN + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)[½¼¾⅓⅔]?"

# A decimal comma before a scale word, as South African and continental copy writes it ("R25,7
# billion", "€1,5 million"; a stray space after the comma too): never a thousands group, which has
# three digits. Read only right after a currency's mark.
DECIMAL_COMMA = r"\d{1,3},\s?\d{1,2}(?=\s?(?i:million|billion|trillion|bn|mn|tn)\b)"
_DECIMAL_COMMA_RE = re.compile(r"(\d{1,3}),\s?(\d{1,2})")
# A thousands point typed for a comma: "P944,407.000" in a list of "P356,776,000". Three zeros
# after comma groups are no decimals anyone writes.
_THOUSANDS_POINT_RE = re.compile(r"\d{1,3}(?:,\d{3})+\.000")

# Thousands grouped by a plain space, as South African and French-Canadian copy writes money
# ("R400 000"): read only right after a currency's mark, where no two numbers stand side by side.
SPACED_DIGITS = r"\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,])"

_WORD = "|".join(sorted(list(UNITS) + list(TENS) + ["hundred", "thousand", "million", "billion", "trillion"],
                        key=len, reverse=True))
# "a"/"an" is a number only before a scale or a fraction ("a million",
# "a quarter"); "half" and "quarter" start "half a billion", "a quarter of a".
_ARTICLE = r"an?(?=[\s-]+(?:hundred|thousand|million|billion|trillion|half|quarter|third)\b)"
_FRACTION = (r"(?:half|quarters?|thirds?)(?:\s+of)?"
             r"(?:\s+an?(?=\s+(?:hundred|thousand|million|billion|trillion|per\b|percent|percentage|cent\b|penny\b)))?")
# "and" joins only after a scale word ("one hundred and twenty") or before
# a fraction ("one and a half"): "between five and ten" stays two numbers.
_JOIN = (r"(?:[\s-]+"
         r"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+"
         r"|[\s-]+and[\s-]+(?=an?[\s-]+half\b))")
_TOKEN = rf"(?:{_ARTICLE}|{_FRACTION}|(?:{_WORD})\b)"
WORDS = rf"(?i:\b{_TOKEN}(?:{_JOIN}{_TOKEN})*)"

NUMBER = rf"(?:{DIGITS}|{WORDS})"

_SPLIT = re.compile(r"[\s\-]+")


def parse_digits(text: str) -> float | None:
    """ "1,900" -> 1900.0, "2½" -> 2.5, "10 000" -> 10000.0."""
    text = text.strip()
    fraction = 0.0
    if text and text[-1] in VULGAR_FRACTIONS:
        fraction = VULGAR_FRACTIONS[text[-1]]
        text = text[:-1]
    if _CONTINENTAL_RE.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA_RE.fullmatch(text):
        text = _DECIMAL_COMMA_RE.sub(r"\1.\2", text)
    elif _THOUSANDS_POINT_RE.fullmatch(text):
        text = text.replace(".", "")
    cleaned = re.sub(r"[, \u00a0\u202f\u2009]", "", text)
    if not cleaned:
        return fraction or None
    try:
        return float(cleaned) + fraction
    except ValueError:
        return None


def parse_number_words(text: str) -> float | None:
    """ "twenty-one" -> 21, "half a billion" -> 5e8, "one and a half" -> 1.5."""
    tokens = [t for t in _SPLIT.split(text.lower().strip()) if t]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    last_count = None  # the last plain count, which a fraction multiplies
    joined = False  # an "and" was just seen: a fraction after it is added
    seen = False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        prev = tokens[i - 1] if i else None
        if tok == "and":
            joined = True
            continue
        if tok == "of":
            continue
        if tok in ("a", "an"):
            if nxt in FRACTIONS or prev in FRACTIONS or prev == "of":
                continue
            current += 1
            last_count = 1
            seen = True
        elif tok in UNITS or tok in TENS:
            value = UNITS.get(tok, TENS.get(tok))
            current += value
            last_count = value
            seen = True
        elif tok in FRACTIONS:
            share = FRACTIONS[tok]
            if last_count is not None and not joined and current == last_count and prev not in ("a", "an"):
                current = last_count * share  # "three quarters"
            else:
                current += share  # "half", "one and a half"
            last_count = None
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            last_count = None
            seen = True
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0.0
            last_count = None
            seen = True
        else:
            return None
        joined = False
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """A figure in digits or in words, or None when it is not a number."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit() or text[0] == ".":
        return parse_digits(text)
    return parse_number_words(text)


def split_scale(text: str) -> tuple[float | None, float]:
    """A figure without its trailing scale word: "three billion" -> (3, 1e9),
    "77.5" -> (77.5, 1). Lets "two to three billion" share the billion."""
    words = [t for t in _SPLIT.split(text.lower().strip()) if t]
    if len(words) > 1 and words[-1] in SCALES and words[-1] != "hundred":
        return parse_number(" ".join(words[:-1])), SCALES[words[-1]]
    if len(words) == 1 and words[0] in SCALES and words[0] != "hundred":
        return 1.0, SCALES[words[0]]
    return parse_number(text), 1.0


_DIGIT_BEFORE = re.compile(r"\d\s?$")


def ends_a_figure(text: str, start: int, number: str) -> bool:
    """A scale word read alone right after a figure is that figure's tail, not "a billion": "P2.5
    billion pesos" (a prefix not recognised), "$9.49 billion - 29 per cent" (no range's first end)."""
    return not number[:1].isdigit() and bool(_DIGIT_BEFORE.search(text, max(0, start - 2), start))


def multiplier(word: str | None) -> float:
    """ "m" -> 1e6, "bn" -> 1e9, None -> 1."""
    if not word:
        return 1.0
    key = " ".join(word.lower().replace("-", " ").split())
    return MULTIPLIERS.get(key, 1.0)


# Hedges written just before a figure: "more than £1,900", "about 40%".
# A qualifier is kept in its own field and never changes the value.
_QUALIFIER_CORE = [
    r"(?:more|less|fewer|greater|higher|lower|bigger|smaller)\s+than",
    r"up\s+to", r"as\s+(?:much|little|many|few|high|low)\s+as", r"at\s+(?:least|most)",
    r"in\s+excess\s+of", r"upwards\s+of", r"close\s+to", r"north\s+of",
    r"nearly", r"almost", r"around", r"about", r"roughly", r"approximately", r"approx\.",
    r"some", r"over", r"under", r"below", r"above", r"circa", r"an\s+estimated",
    r"estimated", r"just", r"only", r"exactly", r"precisely",
]
# "just over", "well above", "no more than", "slightly less than"...
_QUALIFIER_MODIFIER = r"(?:just|well|slightly|much|far|a\s+little|a\s+bit|no|not|nearly|almost)\s+"
_QUALIFIER = re.compile(
    rf"(?i:(?<![\w-])((?:{_QUALIFIER_MODIFIER})?(?:{'|'.join(_QUALIFIER_CORE)}))\s+)$"
)
_QUALIFIER_WINDOW = 40  # longer than the longest qualifier


def qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The qualifier ending right before `start`, and the offset it begins at."""
    match = _QUALIFIER.search(text, max(0, start - _QUALIFIER_WINDOW), start)
    if not match:
        return None
    return " ".join(match.group(1).lower().split()), match.start(1)
