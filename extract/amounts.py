"""Money in news text, normalised to a number and an ISO 4217 currency.

    >>> parse_money("£77.5m")
    (77500000.0, 'GBP')
    >>> [(m.text, m.value, m.per) for m in find_money("a rise of 67p an hour")]
    [('67p an hour', 0.67, 'hour')]

A figure is money only when a currency is written with it ("£", "US$",
"euros", "67p", "USD"): bare numbers never are. Ranges ("£10-12m",
"between £2,205 and £2,751") give one record per end. Pure regular
expressions and tables, so it is fast and needs no model.
"""
from __future__ import annotations

import bisect
import math
import re

from .currency_countries import most_named
from .dollars import is_bare_dollar, local_dollar
from .numbers import DECIMAL_COMMA, DIGITS, NUMBER, SPACED_DIGITS, ends_a_figure, multiplier, parse_number, qualifier_before, split_scale
from .records import Money

# Symbols and codes written before the figure, longest first so that "US$"
# wins over "$".
PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "A$": "AUD", "AU$": "AUD", "Aus$": "AUD", "AUS$": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "SG$": "SGD", "NT$": "TWD", "R$": "BRL", "Mex$": "MXN",
    "$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$HK": "HKD", "$C": "CAD",
    "CN¥": "CNY", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
    "Rs.": "INR", "Rs": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN",
    "₪": "ILS", "₱": "PHP", "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS",
    "KSh": "KES", "Ksh": "KES", "KShs": "KES", "Kshs": "KES", "Tk": "BDT", "Tk.": "BDT",
    # The abbreviation's point, not a decimal one: "Ksh.92 million" is 92 million.
    "KSh.": "KES", "Ksh.": "KES", "KShs.": "KES", "Kshs.": "KES", "Sh.": "KES", "Shs.": "KES",
    # The Irish pound before the euro, in Irish archives: "IR£500,000".
    "IR£": "IEP",
    # East African papers write their shilling "Sh26.2 billion", "Shs50m": which one, the text says
    # (see SHILLING_FORMS)
    "Sh": "KES", "Shs": "KES",
    "Dh": "AED", "Dhs": "AED", "Rp": "IDR", "SFr": "CHF", "Sfr": "CHF",
    # Uganda's and Tanzania's shillings with their own letter: "UShs 2.3 trillion", "TSh 500,000".
    "UShs": "UGX", "USh": "UGX", "Ushs": "UGX", "TSh": "TZS", "TShs": "TZS", "Tsh": "TZS",
    # The dollars of the Caribbean, the Pacific and Namibia marked with their own letters.
    "J$": "JMD", "JA$": "JMD", "JM$": "JMD", "JMD$": "JMD", "TT$": "TTD", "G$": "GYD", "GY$": "GYD",
    "FJ$": "FJD", "Bds$": "BBD", "BDS$": "BBD", "B$": "BSD", "BZ$": "BZD", "EC$": "XCD", "N$": "NAD",
    # Ghanaian papers write the cedi "GHC1,200", "Ghc1200.00" or "¢60 million" as well as "GH¢".
    "GHC": "GHS", "Ghc": "GHS", "GHc": "GHS", "ghc": "GHS", "¢": "GHS",
    # Older newspaper archives (The Independent, 1990s) print "£500" as "pounds 500".
    "pounds ": "GBP",
    # "Euro 100 million", but only with a scale word: "Euro 2020" is a tournament.
    "Euro ": "EUR", "euro ": "EUR",
    # Ethiopian copy writes its currency first: "Birr 5.2 billion" (a scale keeps Birr the town out).
    "Birr ": "ETB",
}
_NEEDS_SCALE = {"Euro ", "euro ", "Birr "}
CODES = {
    "USD": "USD", "GBP": "GBP", "EUR": "EUR", "JPY": "JPY", "CNY": "CNY",
    "RMB": "CNY", "INR": "INR", "CHF": "CHF", "AUD": "AUD", "CAD": "CAD",
    "NZD": "NZD", "HKD": "HKD", "SGD": "SGD", "ZAR": "ZAR", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "RUB": "RUB", "BRL": "BRL", "MXN": "MXN",
    "KRW": "KRW", "TRY": "TRY", "PLN": "PLN", "AED": "AED", "SAR": "SAR",
    "NGN": "NGN", "KES": "KES", "ILS": "ILS", "TWD": "TWD", "GHS": "GHS",
    "PKR": "PKR", "BDT": "BDT", "LKR": "LKR", "EGP": "EGP", "UGX": "UGX",
    "TZS": "TZS", "ZMW": "ZMW", "MYR": "MYR", "IDR": "IDR", "THB": "THB", "MWK": "MWK", "PGK": "PGK", "ETB": "ETB",
    "JMD": "JMD", "TTD": "TTD", "GYD": "GYD", "FJD": "FJD", "BBD": "BBD", "BSD": "BSD",
    "BZD": "BZD", "XCD": "XCD", "NAD": "NAD", "NPR": "NPR", "MUR": "MUR", "PHP": "PHP",
}
# Capital letters before the digits: "R5bn" (rand), "N500m" (naira),
# "RM5 million" (ringgit). They count only where nothing else reads that way
# (see _plausible_letter).
LETTERS = {"R": "ZAR", "N": "NGN", "P": "PHP", "RM": "MYR", "K": "ZMW"}
# The currency's own name, which makes a small letter-led figure money where it is written just
# before it: "the rand was bid at R16.37 to the dollar", "Naira …: the old N200 and N500 notes".
LETTER_NAMES = {"R": r"rand", "N": r"naira", "P": r"pesos?", "RM": r"ringgit", "K": r"kwacha|kina"}
_LETTER_NAME_WINDOW = 200
# Currency names written after the figure (matched case-insensitively).
NAMES = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD",
    "new zealand dollars": "NZD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "dollars": "USD", "dollar": "USD", "bucks": "USD",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    "quid": "GBP", "euros": "EUR", "euro": "EUR",
    "swiss francs": "CHF", "francs": "CHF", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "roubles": "RUB",
    "rubles": "RUB", "rand": "ZAR", "lira": "TRY", "naira": "NGN",
    "shekels": "ILS", "zloty": "PLN", "dirhams": "AED", "riyals": "SAR",
    "kronor": "SEK", "kroner": "NOK", "pesos": "MXN", "cedis": "GHS", "cedi": "GHS",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "kwacha": "ZMW", "taka": "BDT", "birr": "ETB",
    # after a scale the Gulf's currencies go singular: "a 117 billion dirham deal"
    "dirham": "AED", "riyal": "SAR",
    "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
    "shillings": "KES",
    "jamaican dollars": "JMD", "trinidad and tobago dollars": "TTD", "tt dollars": "TTD",
    "guyana dollars": "GYD", "fiji dollars": "FJD", "fijian dollars": "FJD", "namibian dollars": "NAD",
    "barbados dollars": "BBD", "bahamian dollars": "BSD", "belize dollars": "BZD",
    "eastern caribbean dollars": "XCD",
    "indian rupees": "INR", "pakistani rupees": "PKR", "pakistan rupees": "PKR",
    "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "nepali rupees": "NPR",
    "philippine pesos": "PHP", "mexican pesos": "MXN", "zambian kwacha": "ZMW", "malawian kwacha": "MWK",
    # Samoa's tala, which Pacific papers write after a dollar sign: "$3 tālā an hour".
    "tala": "WST", "tālā": "WST",
}
# A shilling named without its country ("Sh26.2 billion", "37.1 billion shillings") is the
# shilling of the country the article names most (currency_countries.yml); Kenya's when it names
# none. A rupee likewise: Pakistani, Sri Lankan and Nepali papers write "Rs" as Indian ones do.
SHILLING_FORMS = {"Sh", "Shs", "Sh.", "Shs.", "shillings"}
RUPEE_FORMS = {"Rs", "Rs.", "rupees", "rupee"}

# Rate units: "£15 per hour", "$30bn a year", "$4.99/mo", "$6.99-a-month".
RATE_UNITS = {
    "hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour",
    "day": "day", "daily": "day", "night": "night",
    "week": "week", "wk": "week", "weekly": "week",
    "month": "month", "mo": "month", "monthly": "month",
    "year": "year", "yr": "year", "annum": "year", "pa": "year", "p.a.": "year",
    "annually": "year", "yearly": "year",
    "head": "head", "capita": "head", "person": "person", "share": "share",
    "w": "watt", "kw": "kilowatt", "bbl": "barrel", "kilo": "kg",
}
# Units after "a"/"an" ("£39,000 a year", "$2.52 a share"); "per" takes any word.
_ARTICLE_UNITS = (
    "hour|day|night|week|month|year|head|person|share|pupil|student|patient|"
    "household|worker|employee|customer|passenger|ticket|litre|liter|gallon|"
    "barrel|tonne|ton|mile|unit|kilo|kg|pop|piece|game|episode|visit|trip"
)
_SLASH_UNITS = r"hour|hr|h|day|week|wk|month|mo|year|yr|annum|head|person|share|kWh|MWh|kW|W|kg|litre|l|mile"

_PREFIX = "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True))
_CODE = "|".join(CODES)
_LETTER = "|".join(sorted(LETTERS, key=len, reverse=True))
_NAME = "|".join(n.replace(" ", r"\s+").replace(".", r"\.") for n in sorted(NAMES, key=len, reverse=True))
# Single letters count only attached ("£5m"); words may follow a space or hyphen.
_MULT = (r"(?:MM(?![\w'])|(?:\s|-)?(?i:thousand|millions?|billions?|trillion|mn|mln|mil|bn|bln|tn|trn|trln|tr|lakh[\s-]+crores?|lakhs?|crores?|crs?)\b"
         r"|[kKmMbBTt](?![\w'])"
         # a headline's capital after a space: "P605 M worth of shabu"
         r"|\s[MB](?![\w'&-]))")
_RANGE_SEP = r"(?:\s?[-–—−]\s?|\s+to\s+|\s+and\s+)"

# "£1,900", "US$ 5bn", "$40-50 billion", "£10m to £12m", "$7.9 million dollars"
_SYMBOL_LED = re.compile(
    rf"(?:(?:(?<![\w/])|(?=[^A-Za-z]))(?P<pre>{_PREFIX})|(?<![A-Za-z])(?P<letter>{_LETTER})(?=\d)|\b(?P<code>{_CODE})\s?)\s?"
    rf"(?P<n1>{DECIMAL_COMMA}|{SPACED_DIGITS}|{DIGITS})(?P<m1>{_MULT})?"
    rf"(?:(?P<sep>{_RANGE_SEP})(?P<pre2>{_PREFIX}|(?:{_CODE})\s?)?\s?(?P<n2>{SPACED_DIGITS}|{DIGITS})(?P<m2>{_MULT})?)?"
    rf"(?P<suffix>\s+(?i:{_NAME})\b)?"
)
# The currency after the figure: "half a billion pounds", "67p" (hundredths),
# "50 cents", "5,000 euros", "5-10 million euros", "20 USD", "10 €", "60,000₩"
_NAME_LED = re.compile(
    rf"(?<![\w.,$£€¥₹%-])(?P<n1>{NUMBER})(?P<m1>{_MULT})?"
    rf"(?:(?P<sep>{_RANGE_SEP})(?P<n2>{NUMBER})(?P<m2>{_MULT})?)?"
    rf"(?:(?P<p>p)(?![\w'])(?!\.m\b)(?!\.\d)"
    rf"|(?P<hyphen>-)?\s?(?:(?P<uscents>U\.S\.\s+cents?)(?![\w])|(?P<name>(?i:{_NAME}|pence|penny|cents?))(?![\w])"
    rf"|(?P<code>{_CODE})\b|(?P<sign>[€¢$¥₹₩₽₺₦₪₱])(?!\s?\d)))"
)
_RATE = re.compile(
    rf"(?:\s*(?i:per)\s+(?P<per>(?!(?i:cent|centum|the|a|an)\b)[A-Za-z]+)"
    rf"|[\s-]+(?i:an?|each|every)[\s-]+(?P<article>(?i:{_ARTICLE_UNITS}))\b"
    rf"|\s?/\s?(?P<slash>(?i:{_SLASH_UNITS})|[a-z]{{2,12}})\b"
    rf"|\s+(?P<word>pa\b|p\.a\.|(?i:annually|yearly|hourly|weekly|monthly|daily)\b)"
    # "$2.53 in per-share earnings"
    rf"|\s+in\s+per-(?P<inper>share|head|capita|person)\b)"
    # "$38,373 a year ago" is a date, not a rate
    rf"(?!\s+(?i:ago|earlier|before|later|after|previously|prior)\b)"
)
# Video resolutions look like pence: "1080p", "720p".
_RESOLUTIONS = {144, 240, 360, 480, 540, 576, 720, 900, 1080, 1440, 2160, 4320}
# "243 pounds", "5,200 pounds of water vapour": pounds of weight, not money.
_WEIGHT_BEFORE = re.compile(
    r"(?i:weigh|weight|heav|light|scales|clocked\s+in|lbs|ounces|stone|lost|gained|shed|tons?\b|tonnes?\b)[^.!?\n]*$"
)
_MONEY_NOUN_AFTER = re.compile(
    r"\s+of\s+(?:\w+(?:'s|s')?\s+){0,2}?(?i:money|cash|funding|funds|taxpayers|public|investment|"
    r"savings|revenue|debt|spending|profit|income|capital|aid|support|assets|contracts?|deals?)\b"
)
# Capitalised, these are names: "50 Cent" the rapper, the Milwaukee Bucks.
_CAPITALISED_NAMES = {"Cent", "Cents", "Bucks", "Rand", "Quid"}
# Rand have cents too: "21 cents in every rand" in a South African budget story.
_CENT_CURRENCY = re.compile(r"[€$]|\b(?:[Ee]uro|EUR|USD|[Dd]ollar)|(?P<rand>\brand\b|(?<![\w$])R(?=\d))")
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
_SHARE_AFTER = re.compile(r"\s?(?:%|(?i:per\s?cent|percent)\b)")
# A conversion into dollars right after a figure: "8,000 pounds ($20,893)".
_CONVERTED = re.compile(r"\s*\((?:US|NZ|A|C|S|HK)?\$\s?\d")
_VAGUE_BEFORE = re.compile(r"\b(?i:several|few|many|some)\s+$")


def parse_money(text: str) -> tuple[float, str] | None:
    """The (value, currency) of one written amount, or None when it is not money.

    "£77.5m" -> (77500000.0, "GBP"), "67p" -> (0.67, "GBP").
    """
    found = find_money(text)
    return (found[0].value, found[0].currency) if found else None


def find_money(text: str) -> list[Money]:
    """Every amount of money in `text`, sorted by offset."""
    if not text:
        return []
    symbol_led = list(_symbol_led(text))  # already in text order, never overlapping
    found = symbol_led + [m for m in _name_led(text) if not _overlaps(m, symbol_led)]
    found.sort(key=lambda m: (m.start, m.end))
    local = local_dollar(text) if any(money.currency == "USD" for money in found) else None
    if local:
        for money in found:
            if money.currency == "USD" and is_bare_dollar(money.text):
                money.currency = local
    return found


def _symbol_led(text: str):
    pos = 0
    while True:
        match = _SYMBOL_LED.search(text, pos)
        if not match:
            return
        pos = match.end()
        if match.group("letter") and not _plausible_letter(match, text):
            continue
        if match.group("pre") in _NEEDS_SCALE and not match.group("m1"):
            continue
        if match.group("pre") == "pounds " and re.search(r"\d\s*$", text[max(0, match.start() - 3):match.start()]):
            continue  # "200 pounds 5 ounces" is a weight
        if _value(match, 1) is None or (match.group("n2") and _value(match, 2) is None):
            pos = match.start() + 1
            continue
        letter = match.group("letter")
        currency = LETTERS[letter] if letter else _prefix_currency(match.group("pre") or match.group("code"))
        if letter == "K":
            currency = most_named(text, "kwacha", "")
            if not currency:
                continue  # "K2 million" in a story naming no kwacha or kina country
        if (match.group("pre") or "").strip() in SHILLING_FORMS:
            currency = most_named(text, "shillings", "KES")
        elif (match.group("pre") or "").strip() in RUPEE_FORMS:
            currency = most_named(text, "rupees", "INR")
        currency = _named_after(match, currency)
        n1_end = match.end("m1") if match.group("m1") else match.end("n1")
        ends = _range_ends(text, match, currency)
        if ends is None:  # not a range after all: resume after the first figure
            pos = n1_end
            yield from _records(text, n1_end, [(match.start(), n1_end, _value(match, 1), currency)])
            continue
        yield from _records(text, match.end(), ends)


def _named_after(match, currency: str) -> str:
    """A dollar sign before another currency's name is that currency: "$3 tālā", "$5 Canadian dollars"."""
    suffix = " ".join((match.group("suffix") or "").lower().split())
    named = NAMES.get(suffix)
    if currency == "USD" and named and named != "USD" and suffix not in SHILLING_FORMS | RUPEE_FORMS:
        return named
    return currency


def _name_led(text: str):
    pos = 0
    while True:
        match = _NAME_LED.search(text, pos)
        if not match:
            return
        pos = match.end()
        currency, subunit = _name_currency(text, match)
        if _vague_scale(text, match):
            continue  # and so is every scale word inside it
        if currency is None or not _is_money_name(text, match) or ends_a_figure(text, match.start(), match.group("n1")):
            pos = match.start() + 1
            continue
        scale = 0.01 if subunit else 1.0
        if match.group("n2") and not _range_allowed(text, match):
            # "5 to 10 pounds"-style range refused: keep the figure next to the name
            start = match.start("n2")
            value = _value(match, 2)
            if value is None:
                continue
            yield from _records(text, match.end(), [(start, match.end(), value * scale, currency)])
            continue
        v1, v2 = _value(match, 1), _value(match, 2)
        if v1 is None or (match.group("n2") and v2 is None):
            pos = match.start() + 1
            continue
        if match.group("n2"):
            v1 = _carry_multiplier(match, v1, v2)
            first_end = match.end("m1") if match.group("m1") else match.end("n1")
            ends = [(match.start(), first_end, v1 * scale, currency),
                    (match.start("n2"), match.end(), v2 * scale, currency)]
        else:
            ends = [(match.start(), match.end(), v1 * scale, currency)]
        yield from _records(text, match.end(), ends)


def _records(text, end, ends):
    """Money records for the figures of one match: `ends` holds (start, end,
    value, currency) per figure; a rate written after `end` belongs to the
    last figure, and to the first too when the two make a range; a qualifier
    before the first belongs to the first."""
    if not all(math.isfinite(value) for _, _, value, _ in ends):
        return []  # a run of 400 digits is not an amount
    rate = _RATE.match(text, end)
    per = _rate_unit(rate) if rate else None
    shared = per if len(ends) > 1 and _is_true_range(text, ends) else None
    records = []
    for i, (s, e, value, currency) in enumerate(ends):
        qualifier = None
        if i == 0:
            found = qualifier_before(text, s)
            if found:
                qualifier, s = found
        last = i == len(ends) - 1
        if per and last:
            e = rate.end()
        records.append(Money(text=text[s:e], start=s, end=e, value=_round(value),
                             currency=currency, per=per if last else shared, qualifier=qualifier))
    return records


def _is_true_range(text, ends) -> bool:
    """ "£10-£12 an hour", "between £5 and £6 an hour", "from £10.42 to £11.44
    an hour" share the rate; "rose $7.88 to $115/barrel" does not."""
    (first_start, first_end, _, _), (second_start, _, _, _) = ends[0], ends[-1]
    between = text[first_end:second_start]
    if not re.fullmatch(r"\s*\w+\s*", between):
        return True  # a dash
    # "from approximately $350 to $600 an hour": a qualifier may come between
    return bool(re.search(r"(?i:\b(?:from|between)\s+(?:[a-z]+\s+){0,2})$", text[max(0, first_start - 40):first_start]))


def _range_ends(text, match, currency):
    """[(start, end, value, currency)] for a symbol-led match, or None when
    what followed the first figure is not the other end of a range."""
    v1 = _value(match, 1)
    if not match.group("n2"):
        return [(match.start(), match.end(), v1, currency)]
    if not _range_allowed(text, match):
        return None
    v2 = _value(match, 2)
    pre2 = match.group("pre2")
    currency2 = _prefix_currency(pre2.strip()) if pre2 else currency
    v1 = _carry_multiplier(match, v1, v2)
    first_end = match.end("m1") if match.group("m1") else match.end("n1")
    return [(match.start(), first_end, v1, currency), (match.start("pre2") if pre2 else match.start("n2"), match.end(), v2, currency2)]


def _range_allowed(text, match) -> bool:
    """A dash joins any two figures; "to" needs a currency or multiplier on
    the second ("£10m to £12m"); "and" needs "between" before the first."""
    sep = match.group("sep").strip().lower()
    n1 = match.group("n1")
    if _YEARLIKE.fullmatch(n1) and not match.groupdict().get("pre"):
        return False
    if _SHARE_AFTER.match(text, match.end()):
        return False  # "$9.49 billion - 29 per cent up": a dash before a share
    has_own = bool(match.groupdict().get("pre2") or match.group("m2"))
    if sep == "and":
        return bool(re.search(r"(?i:\bbetween\s+)$", text[max(0, match.start() - 12):match.start()]))
    if sep == "to":
        return has_own or not match.groupdict().get("pre")
    return True


def _carry_multiplier(match, v1, v2):
    """ "£10-12m", "£10-£12m", "two to three billion dollars": the scale
    written on the second end belongs to both, unless the first end is
    already the larger number ("£500,000-£1m")."""
    if match.group("m1"):
        return v1
    base1, scale1 = split_scale(match.group("n1"))
    if match.group("m2"):
        base2, scale2 = parse_number(match.group("n2")), multiplier(match.group("m2"))
    else:
        base2, scale2 = split_scale(match.group("n2"))
    if scale1 != 1 or scale2 == 1 or base1 is None or base2 is None or base1 > base2:
        return v1
    return v1 * scale2


def _value(match, which):
    number = parse_number(match.group(f"n{which}") or "")
    if number is None:
        return None
    return number * multiplier(match.group(f"m{which}"))


def _prefix_currency(prefix: str) -> str:
    prefix = prefix.strip()
    return PREFIXES.get(prefix) or PREFIXES.get(prefix + " ") or CODES.get(prefix) or PREFIXES.get(prefix.replace(" ", ""), "USD")


def _plausible_letter(match, text: str) -> bool:
    """ "R5bn", "R1,500", "N500m", "P2.5 billion" are rand, naira and pesos;
    "R2" or "R0.9" (a robot, an infection rate), "N95" (a mask) and "P45"
    (a tax form) are not, unless the currency is named just before ("the rand
    fell to R16.40")."""
    if match.group("m1") or re.search(r"[,\s]\d{3}", match.group("n1")):
        return True  # a scale or a thousands group: "R5bn", "R1,500", "R400 000"
    if _RATE.match(text, match.end()):
        return True  # a price: "N145 per litre", "R12 a kilo"
    if match.group("letter") == "RM" and re.fullmatch(r"\d+\.\d\d", match.group("n1")):
        return True  # a price in sen: "closed at RM5.85"; RM and two decimals are no grade or room
    before = text[max(0, match.start() - _LETTER_NAME_WINDOW):match.start()]
    return bool(re.search(rf"\b(?i:{LETTER_NAMES[match.group('letter')]})\b", before))


def _name_currency(text, match):
    """(ISO currency, is it a hundredth) for a name-led match."""
    if match.group("p"):
        number = match.group("n1")
        if not number[:1].isdigit() or match.group("n2") and not match.group("n2")[:1].isdigit():
            return None, False
        if "." not in number and parse_number(number) in _RESOLUTIONS:
            return None, False
        return "GBP", True
    if match.group("uscents"):
        return "USD", True  # "a loss of 56 U.S. cents per share": Canadian copy says whose cents
    if match.group("code"):
        return CODES[match.group("code")], False
    if match.group("sign"):
        sign = match.group("sign")
        return ("USD", True) if sign == "¢" else (PREFIXES[sign], False)
    name = " ".join(match.group("name").lower().split())
    if name in ("cents", "cent"):
        return _cents_currency(text, match.start()), True
    if name in ("pence", "penny"):
        return ("GBP" if name == "pence" or "£" in text else _cents_currency(text, match.start())), True
    if name in SHILLING_FORMS:
        return most_named(text, "shillings", "KES"), False
    if name in RUPEE_FORMS:
        return most_named(text, "rupees", "INR"), False
    if name == "kwacha":
        return most_named(text, "kwacha", "ZMW"), False
    return NAMES[name], False


def _cents_currency(text, start):
    """Cents belong to the dollars, euros or rand written nearest to them."""
    lo, hi = max(0, start - 1000), start + 300
    best = ("USD", float("inf"))
    for marker in _CENT_CURRENCY.finditer(text, lo, hi):
        distance = abs(marker.start() - start)
        if distance < best[1]:
            best = ("ZAR" if marker.group("rand") else "EUR" if marker.group(0) in ("€", "euro", "Euro", "EUR")
                    else "USD", distance)
    return best[0]


def _is_money_name(text, match) -> bool:
    """Weed out pounds of weight and adjectives such as "a 10-pound bag"."""
    name = (match.group("name") or "").lower()
    if match.group("name") in _CAPITALISED_NAMES:
        return False
    if name in ("cents", "cent", "pence", "penny"):
        # "a half-penny tax" and "a 50-cent coin" describe something
        return not match.group("hyphen")
    if not name.startswith("pound"):
        # "a billion-dollar company", "a million-euro home": a size, not an amount
        return not (match.group("hyphen") and not match.group("n1")[:1].isdigit() and not name.endswith("s"))
    if "sterling" in name:
        return True
    if match.group("hyphen"):
        return False
    after = text[match.end():match.end() + 60]
    if after.startswith(" of") and not _MONEY_NOUN_AFTER.match(after):
        return False
    if _CONVERTED.match(after):
        return True  # "8,000 pounds ($20,893)": the writer converts money, not weight
    large = bool(match.group("m1") or match.group("m2")) or re.search(
        r"(?i:thousand|million|billion|trillion)", match.group(0))
    if large:
        return True
    sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()), match.start() - 120)
    if _WEIGHT_BEFORE.search(text, max(0, sentence_start), match.start()):
        return False
    # Without a scale word, "pounds" is money only in an article that also
    # writes "£": American copy weighs things in pounds.
    return "£" in text


def _vague_scale(text, match) -> bool:
    """ "several hundred million dollars", "a few thousand pounds": no number is written."""
    return not match.group("n1")[:1].isdigit() and bool(_VAGUE_BEFORE.search(text, max(0, match.start() - 12), match.start()))


def _rate_unit(rate) -> str:
    unit = (rate.group("per") or rate.group("article") or rate.group("slash") or rate.group("word")
            or rate.group("inper"))
    key = unit if unit.lower() in ("kwh", "mwh") else unit.lower()
    return RATE_UNITS.get(key, key)


def _overlaps(money, taken) -> bool:
    """Does `money` overlap any record of `taken`, sorted by start?"""
    i = bisect.bisect_left(taken, money.end, key=lambda m: m.start)
    return i > 0 and taken[i - 1].end > money.start


def _round(value: float) -> float:
    """Hide float noise from multiplying: 77.5 * 1e6 is 77500000.0, not 77499999.99."""
    return round(value, 6)
