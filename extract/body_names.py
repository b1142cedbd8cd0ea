"""What an organisation's name says by itself: a head word or legal suffix ("… Council", "… Ltd"),
a public service or a listed body's branch ("NHS Tayside", "Unison Scotland"), an acronym the text
spells out ("the Convention of Scottish Local Authorities (Cosla)"), or only plain words and so a need
for evidence from the text ("Blue Moon").

The organisation gate, the product gate and the speaker names all read these.
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.canonical import trim_to_initials
from extract.gazetteer import Gazetteer, name_key
from extract.lexicon import is_plain_word
from extract.name_context import is_office_word, names_an_office
from extract.name_patterns import ACRONYM, LEGAL_SUFFIXES, ORG_HEAD_WORD
from extract.joined_names import remits_of_one_body
from extract.org_words import Lists


SMALL_WORDS = {"of", "and", "for", "the", "&", "on", "in", "at", "de", "du", "la", "le"}
BRAND_SPELLING = re.compile(r"^[A-Z][a-z]+[A-Z][a-z][\w]*$|^[A-Z]\w+\.(?:com|net|org|io|co)$")


def needs_evidence(name: str, gazetteer: Gazetteer) -> bool:
    """One word (not spelt as a brand: "TaskRabbit", "Moneycontrol.com"), or words all of the
    language ("Blue Moon", "Intensive Care", "Tomb Raider")."""
    words = [w.strip("’'.,") for w in name.split() if w.lower() not in SMALL_WORDS]
    if len(words) <= 1:
        return not BRAND_SPELLING.match(name)
    # "The Final Reflection and How Much": a capitalised function word is a word of the language too
    return all(w.lower() in STOP_WORDS or is_plain_word(w, gazetteer.plain_words) for w in words)


def has_head_word(name: str, gazetteer: Gazetteer, lists: Lists) -> bool:
    """"Ceres Robotics", "Institute for Transportation and Development Policy" (the head before
    "for"/"of"), "Manchester United"; not "Advanced Development Programs"."""
    words = name.split()
    if len(words) == 1 and lists.heads.fullmatch(name):
        return False  # "ministers in the Cabinet", "Minister of … Energy": a head word alone names no one body
    lead = re.split(r"\s(?:of|for|on|to)\s", name)[0]  # "Council on Foreign Relations", "Committee to Protect …"
    if lead != name and (ORG_HEAD_WORD.search(lead) or lists.heads.search(lead)):
        return True
    if public_service(words, lists):
        return True
    if len(words) > 1 and words[-1].isdigit() and words[-2] in lists.numbered_branches:
        return True  # "UAW Local 598", "Local 652": a union's branch named by its number
    if len(words) > 1 and lists.care_system_end.search(name):
        return True  # "Bon Secours Health System": a body, though "System" heads a programme's name
    if words[-1] in lists.programme_heads or words[-1] in gazetteer.not_organisation_heads:
        return False
    return bool(head_word_ends(name, lists)
                or (len(words) > 1 and words[-1] in gazetteer.organisation_last_words)
                # "the Communist party": a head word the writer left in lowercase
                or (len(words) > 1 and words[-1].islower() and ORG_HEAD_WORD.fullmatch(words[-1].capitalize()))
                # "Disney Channel", "Sony Music": a listed company's line of business
                or (len(words) > 1 and gazetteer.lookup("ORG", words[0]) is not None
                    and all(w in gazetteer.not_product_words for w in words[1:]))
                or branch_of_listed_body(name, gazetteer) or nation_branch(name, gazetteer)
                # "Fisheries and Oceans Canada", "Innovation, Science and Economic Development Canada"
                or remits_of_one_body(name, gazetteer))


def public_service(words: list[str], lists: Lists) -> bool:
    """"National Police Service", "Ghana Statistical Service", "Alberta Health Services": a public
    function before "Service(s)" names the body that performs it; "Commercial Lunar Payload
    Services" is a programme."""
    return len(words) > 1 and words[-1] in ("Service", "Services") and any(w in lists.public_functions for w in words[:-1])


def branch_of_listed_body(name: str, gazetteer: Gazetteer) -> bool:
    """"NHS Lothian", "NHS Ayrshire and Arran", "BBC Alba": a listed body known by its initials
    (a public body, a union, a broadcaster) before names no word of the language names its
    region or branch; not before a plain word, which says what it made ("AP Photo")."""
    words = name.split()
    rest = [w for w in words[1:] if w != "and"]
    return len(words) > 1 and bool(ACRONYM.match(words[0])) and gazetteer.lookup("ORG", words[0]) is not None \
        and bool(rest) and words[-1] != "and" \
        and all(w[:1].isupper() and not is_plain_word(w, gazetteer.plain_words) for w in rest)


def nation_branch(name: str, gazetteer: Gazetteer) -> bool:
    """"Scottish Tories", "Welsh Lib Dems": a nation's branch of a party (aliases.yml
    nation_branches), named as the listed party is."""
    return any(name.startswith(adjective + " ") and name[len(adjective) + 1:] in gazetteer.nation_branches
               for adjective in gazetteer.nation_adjectives)


def head_word_ends(name: str, lists: Lists) -> bool:
    """A head word ends the name, or only a country follows it ("Police Scotland"); one inside
    a longer name is part of something else ("Council Skies", an album; "Sports Authority Field")."""
    heads = [*ORG_HEAD_WORD.finditer(name), *lists.heads.finditer(name)]
    return any(not (rest := name[h.end():].strip(" .,")) or name_key(rest) in lists.national_sides for h in heads)


def spelt_out(text: str, names: set[str]) -> str | None:
    """The words an acronym in ``names`` abbreviates where the text defines it
    ("hypersensitivity pneumonitis (HP)" gives "hypersensitivity pneumonitis")."""
    acronyms = {n for n in names if ACRONYM.match(n)}
    for acronym, words in acronym_definitions(text) if acronyms else ():
        expansion = trim_to_initials(" ".join(words), acronym, SMALL_WORDS) if acronym in acronyms else None
        if expansion:
            return expansion
    return None


ACRONYM_IN_BRACKETS = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,9})\s*\)")
WORDS_BEFORE = re.compile(r"(?:[\w’'&-]+\s+){1,9}[\w’'&-]+$")


@functools.lru_cache(maxsize=16)
def acronym_definitions(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each "(ACRONYM)" with the up to ten words right before it ("Commercial Lunar Payload
    Services (CLPS)"), found once per text: a backtracking pattern run over the whole text for
    every name cost a third of extraction time."""
    found, last_end = [], 0
    for match in ACRONYM_IN_BRACKETS.finditer(text):
        words = WORDS_BEFORE.search(text, max(last_end, match.start() - 300), match.start())
        if words:
            found.append((match.group(1), tuple(words.group().split())))
            last_end = match.end()
    return tuple(found)


def organisation_expansion(expansion: str, gazetteer: Gazetteer, lists: Lists) -> bool:
    """"National Aeronautics and Space Administration" is a body; "hypersensitivity
    pneumonitis" (lowercase) and "Commercial Lunar Payload Services" (a programme) are not."""
    if not names_a_body(expansion, gazetteer, lists):
        return False
    # "Customs and Border Protection": plain words joined into one body's name
    return has_head_word(expansion, gazetteer, lists) or not needs_evidence(expansion, gazetteer) \
        or bool(re.search(r"\s(?:and|of|for|&)\s", expansion))


def names_a_body(expansion: str, gazetteer: Gazetteer, lists: Lists) -> bool:
    """Whether the words an acronym abbreviates could name a body at all: not lowercase words
    ("hypersensitivity pneumonitis (HP)"), a post ("Inspector General of Police (IGP)") or a
    programme of plain words ("Commercial Lunar Payload Services (CLPS)"). Capitalised plain words
    may name a company ("British American Tobacco (BAT)"): what the text says of it decides."""
    words = [w for w in expansion.split() if w.lower() not in SMALL_WORDS]
    # a post ends in its title too: "Treasury Cabinet Secretary (CS)" (not "Office of the President (OP)")
    if any(not w[:1].isupper() for w in words) or names_an_office(expansion, gazetteer) \
            or ("of" not in expansion.split() and is_office_word(words[-1], gazetteer)):
        return False
    return not (words[-1] in lists.programme_heads and not public_service(words, lists)
                and all(is_plain_word(w, gazetteer.plain_words) for w in words))


LEGAL_SUFFIX = re.compile(rf"^(?:{LEGAL_SUFFIXES})\.?$")
