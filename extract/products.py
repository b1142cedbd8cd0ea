"""Names of products: what the article's own words say is sold, not a body that sells.

The model tags "Stadia", "Chromecast Ultra", "Nintendo Switch" and "Apple Arcade"
as organisations or people. News marks products in two fixed ways that hold for
any brand: a product line comes in tiers ("Stadia Pro", "Switch Lite", "MacBook
Air"), and a company's product is written as the company's name followed by a
common noun ("Apple Arcade", "Uber Money", "Amazon Music"). The tier words live
in aliases.yml.
"""
from __future__ import annotations

import re

from extract.entities import ACRONYM, ORG_HEAD_WORD, Mention
from extract.gazetteer import Gazetteer

_NAME_WORD = r"[A-Za-z][\w-]*"


def product_lines(text: str, gazetteer: Gazetteer) -> set[str]:
    """"Stadia" and "Google Stadia" from "Google Stadia Pro": names the article sells in tiers.

    Every trailing part of the name before the tier counts ("Nintendo Switch Lite" gives
    "Nintendo Switch" and "Switch"), never its first word alone when more follow: "Nintendo"
    stays a company."""
    if not gazetteer.product_tiers:
        return set()
    tiers = "|".join(sorted(map(re.escape, gazetteer.product_tiers)))
    lines = set()
    for match in re.finditer(rf"(?<![\w’'.-])({_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s(?:{tiers})(?![\w’'-])", text):
        words = match.group(1).split()
        for i in range(len(words)):
            line = " ".join(words[i:])
            if words[i][:1].isupper() and sells_in_tiers(line, gazetteer):
                lines.add(line)
    return lines


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
    """Drop names the article writes as product lines, in tiers or after their brand."""
    lines = product_lines(text, gazetteer)
    tiers = gazetteer.product_tiers
    brands = {m.text for m in mentions if m.label == "ORG" and len(m.text.split()) == 1}

    def is_product(m: Mention) -> bool:
        if m.titled or gazetteer.label_of(m.text):
            return False
        words = m.text.split()
        if len(words) > 1 and words[-1] in tiers:
            words = words[:-1]
        if any(" ".join(words[i:]) in lines for i in range(len(words))):
            return True
        return brand_and_common_noun(text, m, brands, gazetteer)
    return [m for m in mentions if not is_product(m)]


def brand_and_common_noun(text: str, m: Mention, brands: set[str], gazetteer: Gazetteer) -> bool:
    """"Apple Arcade", "Uber Money": a brand the article names alone, then words it also
    writes in lowercase as plain nouns (not "Cleveland Browns", "Lockheed Martin", nor a
    branch's place, "BBC Scotland")."""
    words = m.text.split()
    listed_brand = gazetteer.label_of(words[0]) == "ORG"
    if len(words) < 2 or not (words[0] in brands or listed_brand) or ORG_HEAD_WORD.search(m.text) \
            or words[-1] in gazetteer.organisation_last_words or words[-1] in gazetteer.not_product_words:
        return False
    rest = words[1:]
    if words[0] in brands and all(w.isalpha() and w[1:].islower() and lowercase_elsewhere(text, w) for w in rest):
        return True
    # A listed company's name before one or two more capitalised words is its product
    # ("Apple Arcade", "Amazon Alexa"), unless they end as a place or a team does.
    return listed_brand and len(rest) <= 2 and all(w.isalpha() and w[1:].islower() for w in rest) \
        and rest[-1] not in gazetteer.place_last_words and rest[-1] not in gazetteer.not_organisation_heads


def lowercase_elsewhere(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w@./#-]){re.escape(word.lower())}(?![\w-])", text) is not None
