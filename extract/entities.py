"""Organisation and person mentions: the model's entities, corrected by general rules.

The small English model mislabels and mis-cuts names in ways that follow
patterns: "Shona Robinson MSP" as ORG, "Dumfries" cut from "Dumfries and
Galloway Council", "GMB Scotland’s" with its possessive, a union name taken
for a person, a lowercase word taken for a name. Each rule here fixes one
such pattern for any text, not for a given article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.gazetteer import Gazetteer

LABELS = ("ORG", "PERSON")
# Words that end an organisation's name ("Dumfries and Galloway Council").
ORG_HEADS = (
    "Council|Councils|Authority|Authorities|Government|Union|Unions|Party|Committee|Commission|"
    "Agency|Board|Trust|Association|Federation|Institute|Institution|University|College|"
    "Department|Ministry|Police|Service|Bank|Group|Company|Corporation|Court|Parliament|"
    "Assembly|Foundation|Society|Network|Alliance|Coalition|Organisation|Organization|"
    "Executive|Convention|Congress|Confederation|Inc|Ltd|plc|LLC|Council’s")
_WORD = r"[A-Z][\w’'&-]*"
# Capitalised words, joined by "of", "and", "for", "&" (not "and the": that joins two names).
ORG_NAME = re.compile(
    rf"\b{_WORD}[ ]+(?:(?:{_WORD}|of|for|&|of[ ]the|and(?![ ]the\b))[ ]+)*(?:{ORG_HEADS})\b"
    rf"(?![ ]+(?:[A-Z]|(?:of|and|for|&)[ ]+[A-Z]))")
NOT_NAME_POS = {"SCONJ", "ADV", "DET", "PRON", "VERB", "AUX", "CCONJ", "ADP", "INTJ"}
PERSON_SUFFIXES = {"MSP", "MP", "MEP", "MS", "AM", "QC", "KC", "OBE", "MBE", "CBE", "Jr", "Sr"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
          "councillor", "cllr", "rev", "reverend", "mx"}
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


@dataclass
class Mention:
    label: str
    start: int
    end: int
    text: str


def find_mentions(doc, gazetteer: Gazetteer) -> list[Mention]:
    """ORG and PERSON mentions with corrected labels and edges, sorted by position."""
    text = doc.text
    mentions = [m for m in (fix_edges(text, e.label_, e.start_char, e.end_char) for e in doc.ents) if m]
    mentions = [m for m in mentions if m.label in LABELS or gazetteer.label_of(m.text)]
    mentions = merge_org_names(doc, mentions, gazetteer)
    mentions += missed_known_names(text, mentions, gazetteer)
    mentions = [relabel(m, gazetteer) for m in mentions]
    mentions = [m for m in mentions if m.label in LABELS and plausible(m, gazetteer)]
    mentions = relabel_from_context(mentions)
    mentions += acronyms_used_elsewhere(text, mentions)
    return sorted(dedupe(mentions), key=lambda m: (m.start, -m.end))


def fix_edges(text: str, label: str, start: int, end: int) -> Mention | None:
    """Trim a leading "the", a possessive, titles and name suffixes off a span."""
    span = text[start:end]
    if span.lower().startswith("the "):
        start, span = start + 4, span[4:]
    possessive = POSSESSIVE.search(span)
    if possessive and len(span) > 2:
        end, span = end - len(possessive.group()), span[: possessive.start()]
    words = span.split()
    if words and words[-1] in PERSON_SUFFIXES and len(words) > 1:
        label = "PERSON"
        end = start + span.rindex(words[-1]) - 1
        span = text[start:end].rstrip()
        end = start + len(span)
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        cut = span.index(words[1], len(words[0]))
        start, span, words = start + cut, span[cut:], words[1:]
    if not span.strip():
        return None
    return Mention(label, start, end, text[start:end])


def merge_org_names(doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Organisation names ending in a head word replace the fragments the model cut them into."""
    names = []
    for match in ORG_NAME.finditer(doc.text):
        mention = fix_edges(doc.text, "ORG", *without_leading_function_words(doc, *match.span()))
        if mention and len(mention.text.split()) > 1 and not joins_known_names(mention, gazetteer):
            names.append(mention)
    kept = [m for m in mentions if not any(overlaps(m, n) for n in names)]
    return kept + names


def without_leading_function_words(doc, start: int, end: int) -> tuple[int, int]:
    """Drop a capitalised sentence opener ("Although the Scottish Government")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    for token in span:
        if token.pos_ not in NOT_NAME_POS and token.text.lower() != "the":
            return max(start, token.idx), end
    return end, end


def joins_known_names(mention: Mention, gazetteer: Gazetteer) -> bool:
    """"COSLA and Scottish Government" is two organisations, not one."""
    left, sep, _ = mention.text.partition(" and ")
    return bool(sep) and (bool(ACRONYM.match(left)) or gazetteer.label_of(left) is not None)


def missed_known_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Listed organisations the model did not tag at all."""
    found = []
    for variant in gazetteer.surface.get("ORG", ()):
        for match in re.finditer(rf"(?<![\w’']){re.escape(variant)}(?![\w])", text):
            candidate = Mention("ORG", match.start(), match.end(), variant)
            if not any(overlaps(candidate, m) for m in mentions + found):
                found.append(candidate)
    return found


def relabel(mention: Mention, gazetteer: Gazetteer) -> Mention:
    known = gazetteer.label_of(mention.text)
    if known and known != mention.label:
        return Mention(known, mention.start, mention.end, mention.text)
    return mention


def plausible(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Drop fragments: lowercase words, numbers, role abbreviations, buildings and schemes."""
    words = mention.text.split()
    if not words or not mention.text[0].isupper() and not mention.text[0].isdigit():
        return False
    if mention.text in gazetteer.not_names or not any(c.isalpha() for c in mention.text):
        return False
    if gazetteer.lookup(mention.label, mention.text):
        return True
    if mention.label == "ORG" and words[-1] in gazetteer.not_organisation_heads:
        return False
    if mention.label == "PERSON" and (ACRONYM.match(mention.text) or len(mention.text) < 2):
        return False
    return True


def relabel_from_context(mentions: list[Mention]) -> list[Mention]:
    """Use the article's other mentions: a surname is a person, an all-caps name an organisation."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    shouted = {m.text.casefold() for m in mentions if ACRONYM.match(m.text) and m.label == "ORG"}
    out = []
    for m in mentions:
        single = len(m.text.split()) == 1
        if m.label == "ORG" and single and not ACRONYM.match(m.text) and near_surname(m.text, surnames):
            m = Mention("PERSON", m.start, m.end, m.text)
        elif m.label == "PERSON" and single and m.text.casefold() in shouted:
            m = Mention("ORG", m.start, m.end, m.text)
        out.append(m)
    return out


def near_surname(word: str, surnames: set[str]) -> bool:
    from extract.canonical import one_edit_apart

    return any(word == s or (len(word) >= 5 and one_edit_apart(word, s)) for s in surnames)


def acronyms_used_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation's name in capitals ("UNISON" after "Unison") the model left untagged."""
    orgs = {m.text.casefold() for m in mentions if m.label == "ORG" and len(m.text.split()) == 1}
    found = []
    for match in re.finditer(r"\b[A-Z][A-Za-z]{1,15}\b", text):
        word = match.group()
        if word.casefold() in orgs and (word.isupper() or word[1:].islower()):
            candidate = Mention("ORG", match.start(), match.end(), word)
            if not any(overlaps(candidate, m) for m in mentions + found):
                found.append(candidate)
    return found


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per stretch of text: the longer wins."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(overlaps(m, k) for k in kept):
            kept.append(m)
    return kept
