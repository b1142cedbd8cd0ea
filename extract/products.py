"""Names of products: what the article's own words say is sold, not a body that sells.

The model tags "Stadia", "Chromecast Ultra", "Nintendo Switch" and "Apple Arcade"
as organisations or people. News marks products in fixed ways that hold for any
brand: a product line comes in tiers ("Stadia Pro", "Switch Lite", "MacBook Air"),
and a company's product is written as the company's name followed by a common noun
("Apple Arcade", "Uber Money", "Amazon Music"). The tier words live in aliases.yml.

An organisation name the article also writes the way only a product is written goes
too (``sold_names``), unless the article marks it as a body anywhere (the evidence
gate's own signals, a listed or well-known organisation, a head word or legal suffix):
a model number or version after it ("Galaxy S10", "Windows 10"), a kind of product
after it ("DualShock controllers", "the FaceTime camera"), buying, installing or
reviewing it ("pre-order the X", "X costs $299", "X owners"), "the new X", a maker
after it ("Stadia, the streaming service from Google"), a price right after it ("The Elgato
Stream Deck is $129"), or a technical standard ("Wi-Fi 6", "USB-C", "HDR10"). A line sold in
tiers that the article marks as a body is the maker ("Roku Ultra … Roku said").

Some names are products whatever the text says they do: well-known product lines, apps,
services, chips and games ("Xbox", "PlayStation Network", "HomePod", "Snapdragon"), and
technologies ("AI will replace doctors"). Those words live in products.yml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract.body_names import branch_of_listed_body, has_head_word
from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_organisations
from extract.mentions import Mention
from extract.name_patterns import ACRONYM, ORG_HEAD_WORD
from extract.org_marks import acts, marked_around, marked_before, modifies_next_word
from extract.org_words import alternatives, word_lists

WORD_LISTS = Path(__file__).with_name("products.yml")

_NAME_WORD = r"[A-Za-z][\w-]*"


def product_lines(text: str, gazetteer: Gazetteer) -> set[str]:
    """"Stadia" and "Google Stadia" from "Google Stadia Pro": names the article sells in tiers.

    Every trailing part of the name before the tier counts ("Nintendo Switch Lite" gives
    "Nintendo Switch" and "Switch"), never its first word alone when more follow: "Nintendo"
    stays a company."""
    if not gazetteer.product_tiers:
        return set()
    lines = set()
    for match in tiered_names(gazetteer.product_tiers).finditer(text):
        words = match.group(1).split()
        for i in range(len(words)):
            line = " ".join(words[i:])
            if words[i][:1].isupper() and sells_in_tiers(line, gazetteer):
                lines.add(line)
    return lines


@functools.lru_cache(maxsize=4)
def tiered_names(tiers: frozenset[str]) -> re.Pattern:
    """Up to three name words before a tier word ("Nintendo Switch Lite"), compiled once per list."""
    words = "|".join(sorted(map(re.escape, tiers)))
    return re.compile(rf"(?<![\w’'.-])({_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s(?:{words})(?![\w’'-])")


def sells_in_tiers(line: str, gazetteer: Gazetteer) -> bool:
    """Not a listed or head-worded organisation ("Disney Plus" is Disney's), not initials
    ("ESPN Plus"), not a person's full name and no common word opening a phrase; one word may
    be a given name too ("Mac Pro")."""
    first = line.split()[0]
    return not (gazetteer.label_of(line) or ACRONYM.match(line) or ORG_HEAD_WORD.search(line)
                or (gazetteer.is_first_name(first) and len(line.split()) > 1)
                or first.lower() in gazetteer.titles
                or first.lower() in COMMON_OPENERS)


# Words that open a phrase before a tier word without being part of a name ("The Pro", "New Max").
COMMON_OPENERS = {"the", "a", "an", "new", "our", "its", "their", "his", "her", "this", "that", "and", "or"}


def without_products(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Drop names the article writes as product lines, in tiers or after their brand; a line the
    article also marks as a body is its maker ("Roku Ultra … Roku said")."""
    lines = product_lines(text, gazetteer)
    makers = {line for line in lines if marked_as_body(text, line, list(occurrences_of(text, line)), gazetteer)}
    tiers = gazetteer.product_tiers
    brands = {m.text for m in mentions if m.label == "ORG" and len(m.text.split()) == 1}
    sold = sold_names(text, mentions, gazetteer)

    def is_product(m: Mention) -> bool:
        if m.titled or gazetteer.label_of(m.text):
            return False
        if m.label == "ORG" and (m.text in sold or well_known_product(m.text, gazetteer)
                                 or signals().technology.match(m.text)):
            return True
        words = m.text.split()
        if len(words) > 1 and words[-1] in tiers:
            words = words[:-1]
        elif m.text in makers:
            return False
        if any(" ".join(words[i:]) in lines for i in range(len(words))) or in_a_line(m.text, lines):
            return True
        return brand_and_common_noun(text, m, brands, gazetteer)
    return [m for m in mentions if not is_product(m)]


@functools.lru_cache(maxsize=1)
def well_known_products(path: Path = WORD_LISTS) -> frozenset[str]:
    return frozenset(map(name_key, yaml.safe_load(path.read_text(encoding="utf-8"))["product_lines"]))


def well_known_product(name: str, gazetteer: Gazetteer) -> bool:
    """"Xbox", "PlayStation Network": a product line no news story uses for a body, alone or opening
    a name that goes on with no line of business ("Xbox Game Studios") and is no well-known outlet
    ("Android Authority")."""
    words, lines, key = name.split(), well_known_products(), name_key(name)
    if key in known_organisations():
        return False  # known_organisations.yml vouches for it
    if key in lines:
        return True
    return any(name_key(" ".join(words[:i])) in lines for i in range(1, len(words))) \
        and not ORG_HEAD_WORD.search(name) and not any(w in gazetteer.not_product_words for w in words[1:])


def in_a_line(name: str, lines: set[str]) -> bool:
    """"MacBook Air" and "MacBooks" after "MacBook Pro": a model or the plural of a line the article sells."""
    words = name.split()
    return (name.endswith("s") and name[:-1] in lines) \
        or any(" ".join(words[:j]) in lines and all(w[:1].isupper() for w in words[j:]) for j in range(1, len(words)))


def brand_and_common_noun(text: str, m: Mention, brands: set[str], gazetteer: Gazetteer) -> bool:
    """"Apple Arcade", "Uber Money": a brand the article names alone, then words it also
    writes in lowercase as plain nouns (not "Cleveland Browns", "Lockheed Martin", nor a
    branch's place, "BBC Scotland")."""
    words = m.text.split()
    listed_brand = gazetteer.label_of(words[0]) == "ORG"
    if name_key(m.text) in known_organisations():
        return False  # known_organisations.yml vouches for it ("NHS Borders")
    if len(words) < 2 or not (words[0] in brands or listed_brand) or ORG_HEAD_WORD.search(m.text) \
            or words[-1] in gazetteer.organisation_last_words or words[-1] in gazetteer.not_product_words:
        return False
    rest = words[1:]
    if words[0] in brands and all(w.isalpha() and w[1:].islower() and lowercase_elsewhere(text, w) for w in rest):
        return True
    # A listed company's name before one or two more capitalised words is its product
    # ("Apple Arcade", "Amazon Alexa"), unless they end as a place or a team does. A body known
    # by its initials is a public body, union or broadcaster: the words after them name its
    # region or branch ("NHS Lothian", "NHS Borders", "BBC Alba"), a product only when the
    # article writes them as plain nouns too (the test above).
    return listed_brand and not branch_of_listed_body(m.text, gazetteer) and len(rest) <= 2 \
        and all(w.isalpha() and w[1:].islower() for w in rest) \
        and rest[-1] not in gazetteer.place_last_words and rest[-1] not in gazetteer.not_organisation_heads


def lowercase_elsewhere(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w@./#-]){re.escape(word.lower())}(?![\w-])", text) is not None


# --- names written the way only products are ----------------------------------------------------

@dataclass(frozen=True)
class Signals:
    noun_after: re.Pattern  # "DualShock controllers", "AirPower charging mat"
    purchase_before: re.Pattern  # "pre-order the X", "install X"
    purchase_after: re.Pattern  # "X costs", "X owners"
    newness_before: re.Pattern  # "the new X", "its latest X"
    maker_after: re.Pattern  # "X from Google", "X, the streaming service from Google"
    standard: re.Pattern  # "Wi-Fi 6", "USB-C", "HDR10"
    technology: re.Pattern  # "AI", "Bluetooth 5.0": never a body, whatever the text says it does
    heads: frozenset[str]  # "LC Convertible Concept", "St. Ives Apricot Scrub"
    standards: frozenset[str]
    kind_before: re.Pattern  # "Go-playing program AlphaZero", "password manager KeePass"


@functools.lru_cache(maxsize=1)
def signals(path: Path = WORD_LISTS) -> Signals:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names_too = data["standards_also_names"]  # "Lightning": a standard and a team
    return Signals(
        noun_after=re.compile(rf"^\s+(?:[a-z][a-z-]+\s+){{0,2}}(?:{alternatives(data['product_nouns'])})(?![\w-])"),
        purchase_before=re.compile(rf"(?<![\w-])(?i:{alternatives(data['purchase_before'])})\s+(?:the\s+|an?\s+)?$"),
        purchase_after=re.compile(rf"^\s+(?:{alternatives(data['purchase_after'])})(?![\w-])"),
        newness_before=re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:{alternatives(data['newness_words'])})\s+$"),
        maker_after=re.compile(rf"^(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?)?\s*(?:{alternatives(data['maker_words'])})"
                               rf"\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}})"),
        standard=re.compile(rf"^(?:{alternatives(data['standards'] + data['technologies'])})(?:\s+[\d.]+[a-z+]*)?$"),
        technology=re.compile(rf"^(?:{alternatives(set(data['standards'] + data['technologies']) - set(names_too))})"
                              rf"(?:\s+[\d.]+[a-z+]*)?$"),
        heads=frozenset(data["product_heads"]), standards=frozenset(data["standards"]),
        kind_before=re.compile(rf"(?:^|[\s(])(?:[\w-]+\s+)(?:{alternatives(data['kinds_before'])})\s+$"))


# A model number or version after a name ("iPhone 11", "Galaxy S10+", "Pixel 4a"), not a score
# ("Sabres 4, Wild 2", "Chelsea 2 Arsenal 1", "Wild 4-1"), a quantity, a year, or a maker's
# product's specification ("Satechi 72W … Charger", "Samsung 4K TV", "Mophie 3-in-1 Pad").
MODEL_AFTER = re.compile(
    r"^[ \u00a0](?:[A-Z]{1,3}\d{1,4}|\d{1,3})(?:[a-oq-z]|\+)?"
    r"(?![\w’'%-]|\s*[-–.,:/]\s*\d|\s*[(:]|,\s*[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*\s\d"
    r"|\s+[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*\s\d"
    r"|\s+(?:per|percent|million|billion|times|points?|goals?|runs?|years?|months?|weeks?|days?|minutes?|hours?|"
    r"people|of|to)\b)")
# The second team of a result: "Wild 4, Sabres 1:", "Chelsea 2 Arsenal 1".
SCORE_BEFORE = re.compile(r"\d,?\s+$")
MODEL_IN_NAME = re.compile(r"[ \u00a0](?:[A-Z]{1,3}\d{1,4}[A-Za-z+]?|\d{1,3}[A-Za-z+]?)$")
# Letters then digits in one word: a model or a format ("PS5", "HDR10", "RTX3080"), not "3M" or "G4S".
MODEL_WORD = re.compile(r"^[A-Z]{2,}\d+[A-Za-z]*$")
def sold_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """ORG names the article writes the way only a product is written, and never as a body."""
    names = {m.text for m in mentions if m.label == "ORG" and not m.titled}
    bodies = {m.text for m in mentions if m.label == "ORG"}
    sold = set()
    for name in names:
        occurrences = list(occurrences_of(text, name))
        if written_as_product(text, name, occurrences, bodies) \
                and not marked_as_body(text, name, occurrences, gazetteer, bodies - {name}):
            sold.add(name)
    return sold


NOT_BEFORE_NAME = re.compile(r"[\w’'@#/.-]")
NOT_AFTER_NAME = re.compile(r"[\w+-]|[’'](?!s\b)\w")


def occurrences_of(text: str, name: str):
    """Every whole-word occurrence of the name, a possessive included ("Satechi’s"): a plain
    search, as a pattern per name would be compiled for every article."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start and NOT_BEFORE_NAME.match(text, start - 1)) and not NOT_AFTER_NAME.match(text, end):
            yield Mention("ORG", start, end, name)
        start = text.find(name, start + 1)


def written_as_product(text: str, name: str, occurrences: list[Mention], bodies: set[str]) -> bool:
    lists = signals()
    if lists.standard.match(name) or MODEL_WORD.match(name) or MODEL_IN_NAME.search(name) or named_as_product(name):
        return True
    return any(sold_here(text[max(0, m.start - 40):m.start], text[m.end:m.end + 60], bodies - {name})
               for m in occurrences)


def sold_here(before: str, after: str, makers: set[str]) -> bool:
    """What the words around one occurrence say: a model number, a kind of product, a price, a
    maker, a kind of thing before it; "the new X" and "the release of X" only when X does not
    describe the plain noun after it ("the new Labour government", "the release of Boko Haram captives")."""
    lists = signals()
    return bool((MODEL_AFTER.match(after) and not SCORE_BEFORE.search(before))
                or lists.noun_after.match(after) or lists.purchase_after.match(after)
                or made_by_a_body(after, makers) or kind_before(before) or priced(before, after)
                or ((lists.newness_before.search(before) or lists.purchase_before.search(before))
                    and not modifies_next_word(after)))


# A price right after the name ("The Elgato Stream Deck is $129", "Fitbit Versa 3: $179", "Anker
# PowerCore (£19.99)"); not after a shop ("$49 at Target", "on sale at Kestrel for $20").
PRICE_AFTER = re.compile(r"^(?:\s+(?:is|are|was|costs?|now|drops\s+to|falls\s+to|down\s+to|for(?:\s+just|\s+only)?)"
                         r"|\s*[:(—–]|\s+[—–-])\s*[$£€]\s?\d")
SHOP_BEFORE = re.compile(r"\b(?:at|on|from|via|with)\s+(?:the\s+)?$")


def priced(before: str, after: str) -> bool:
    return bool(PRICE_AFTER.match(after)) and not SHOP_BEFORE.search(before)


def kind_before(before: str) -> bool:
    """"DeepMind’s Go-playing program AlphaZero", "password manager KeePass": a kind of thing before
    the name (not "app", "platform" or "service", which the gate counts as kinds of business)."""
    return bool(signals().kind_before.search(before))


def named_as_product(name: str) -> bool:
    """A kind of product ends the name ("LC Convertible Concept"), a standard follows its first
    word ("Monoprice Essentials USB", "Toaster-Shaped USB Hub") or a standard opens a variant of
    it ("GSM Unlocked", "USB Micro-B"; "USB Implementers Forum said" still marks a body)."""
    words = name.split()
    return len(words) > 1 and (words[-1] in signals().heads or any(w in signals().standards for w in words)) \
        and not ORG_HEAD_WORD.search(name)


def made_by_a_body(after: str, bodies: set[str]) -> bool:
    """"Stadia from Google", "Stadia, the streaming service from Google": the maker is a kept name."""
    maker = signals().maker_after.match(after)
    return bool(maker) and any(maker.group(1) == b or maker.group(1).startswith(b + " ") for b in bodies)


def marked_as_body(text: str, name: str, occurrences: list[Mention], gazetteer: Gazetteer,
                   makers: set[str] = frozenset()) -> bool:
    """The organisation evidence gate's own marks of a body, on any occurrence of the name; not
    a kind in apposition that names its maker ("Stadia, the streaming service from Google")."""
    lists = word_lists(gazetteer)
    if gazetteer.label_of(name) or name_key(name) in known_organisations() \
            or ORG_HEAD_WORD.search(name) or has_head_word(name, gazetteer, lists):
        return True
    return any(marked_around(text, m, lists)
               or marked_before(text, m, lists) or acts(text, m, lists, gazetteer)
               for m in occurrences if not made_by_a_body(text[m.end:m.end + 60], makers))
