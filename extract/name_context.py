"""What the words in and around a name say about it: where a sentence starts, a title-case line,
the word before, a list it stands in, an office or a body's word in it.

The entity rules and the evidence gates (organisations, people, products) all read these, so they
depend on nothing but the gazetteer and the lexicon.
"""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteer
from extract.lexicon import is_plain_word
from extract.mentions import Mention
from extract.name_patterns import ORG_HEAD_WORD


def person_shape(words: list[str], gazetteer: Gazetteer) -> bool:
    """A given name and a surname: a known first name, or two or three words of no language,
    neither titles nor heads of a body's name ("Jeetil Patel", not "Royal College", "Prime Minister")."""
    if len(words) not in (2, 3) or any(w.lower() in gazetteer.titles or ORG_HEAD_WORD.fullmatch(w)
                                       for w in words):
        return False
    return gazetteer.is_first_name(words[0]) or not any(w.lower() in gazetteer.plain_words for w in words)


def in_title_case_line(text: str, start: int, end: int | None = None) -> bool:
    """A headline around text[start:end]: a short line whose every word of four letters or
    more is capitalised, with at least two such words besides the name (a line holding only a
    name, "Chicago Department of Public Health", is no headline)."""
    end = start if end is None else end
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    outside = text[line_start:start] + " " + text[end:line_end]
    long_words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text[line_start:line_end]) if len(w) >= 4]
    others = [w for w in re.findall(r"[A-Za-z][\w’'-]*", outside) if len(w) >= 4]
    return 3 <= len(long_words) <= 15 and len(others) >= 2 and all(w[0].isupper() for w in long_words)


WORD_BEFORE = re.compile(r"([A-Za-z][\w’'.-]*)([ \t]+)$")
SENTENCE_OPENS = re.compile(r"""(?:[.!?:]["”’']?\s+|\n\s*|\n\s*[“"‘])$""")


def sentence_start(text: str, start: int) -> bool:
    return start == 0 or bool(SENTENCE_OPENS.search(text[max(0, start - 4):start]))


def is_plain_word_name(name: str, gazetteer: Gazetteer) -> bool:
    return is_plain_word(name.strip("’'"), gazetteer.plain_words)


def names_an_office(name: str, gazetteer: Gazetteer) -> bool:
    """"Commissioner of Police", "Deputy Inspector-General of Police", "Inspectors of Police": only
    titles before "of" name a post and its holder, not the body the post is in (the Police); nor
    when a royal title heads it ("Kings of Leon" is a band)."""
    words = name.split()
    if "of" not in words[1:]:
        return False
    lead = words[:words.index("of")]
    return all(is_office_word(w, gazetteer) for w in lead)


def is_office_word(word: str, gazetteer: Gazetteer) -> bool:
    """"Inspector-General", "Commissioners", "Deputy": a title, its plural or its hyphenated parts."""
    offices = gazetteer.office_titles
    parts = re.split(r"[-–]", word.lower().rstrip("."))
    return all(part in offices or (part.endswith("s") and part[:-1] in offices) for part in parts)


WEB_ADDRESS = re.compile(r"\w\.(?:com|org|net|gov|edu|io|co|uk|tv|info|biz)\b", re.I)
LIST_JOINER = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&)\s+$")


def listed_together(text: str, a: Mention, b: Mention) -> str | None:
    """The words joining two neighbouring names in a list ("," or "and"), if that is all between them."""
    first, second = (a, b) if a.start < b.start else (b, a)
    joiner = LIST_JOINER.fullmatch(text, first.end, second.start) if 0 <= second.start - first.end < 8 else None
    return joiner.group().strip() if joiner else None


def ends_in_body_word(name: str, gazetteer: Gazetteer) -> bool:
    """"Stanford University", "Des Moines Register": a name its last word says is a body's."""
    last = name.split()[-1].rstrip(".")
    return bool(ORG_HEAD_WORD.fullmatch(last)) or last in gazetteer.organisation_last_words


def place_opening_outlet(short: list[str], long: list[str], outlet_last_words) -> bool:
    """"Yorkshire" before "Yorkshire Post", "Washington" before "Washington Post": a newspaper's
    leading words are where it is published; readers call the paper by its last word ("the Post")."""
    return len(long) > len(short) and long[-1] in outlet_last_words and long[:len(short)] == short


# What only a person has just after the name: an age ("Jadyn, 12,", "Katie (34)", "Foster, age 5",
# "Dan, a 19-year-old"), "who", a speech verb ("Geoff wrote"), "(not her real name)".
PERSON_AFTER = re.compile(
    r",?\s(?:\([1-9]\d?\)|ages?d?\s[1-9]\d?\b)|,\s[1-9]\d?,|,?\s(?:who|whose)\s"
    r"|,\san?\s(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b|\s\(not\s(?:his|her|their)\sreal\sname\)"
    r"|\s(?:said|says|told|added|explained|wrote|writes|tweeted|recalled|admitted|insisted)\b")
WORD_JUST_BEFORE = re.compile(r"(?<![\w’'-])([a-z][a-z-]*)[ \t]+$")
WORD_AND_COMMA_JUST_BEFORE = re.compile(r"(?<![\w’'-])([a-z][a-z-]*),[ \t]+$")  # "national officer, Des Quinn,"


def person_word_before(doc, text: str, start: int, gazetteer: Gazetteer, set_off: bool = False) -> bool:
    """"striker Neymar", "his wife Kali", "council leader Cammy Day", "the founders Merav Eitan
    and Gaston Zahr": a lowercase title, job or relative, or their plural, just before the name,
    in the same line, used as a noun (not "official MagSafe", "a first Premier League point",
    "Four speaker Audio"); with ``set_off``, a comma between them ("national officer, Des Quinn")."""
    before = (WORD_AND_COMMA_JUST_BEFORE if set_off else WORD_JUST_BEFORE).search(text, max(0, start - 30), start)
    if not before:
        return False
    word = before.group(1)
    return (word in gazetteer.person_words or (word.endswith("s") and word[:-1] in gazetteer.person_words)) \
        and (doc is None or used_as_noun(doc, before.start(1)))


def token_at(doc, char: int):
    """The token holding the character at ``char``; None past the text's end or on the
    whitespace that trails a token."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span else None


def used_as_noun(doc, start: int) -> bool:
    """A word the parse does not read as an adjective, a number or a counted noun: "official
    MagSafe", "a first Premier League point" and "Four speaker Audio" name no job; "striker Neymar"
    and "Salina South diver Keetan Munsell" do (the parse may take the job for a verb)."""
    token = token_at(doc, start)
    return token is not None and token.pos_ not in ("ADJ", "NUM") and not any(c.dep_ == "nummod" for c in token.children)


# A capitalised word right before a name, with the full stop of an initial or a short
# abbreviation ("J. Smith", "Sen. Smith"); "Ottawa. Nilsson made 35 saves" is a sentence's end
# and a line break a paragraph's, not a longer name's.
NAME_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)(\.?)(\s+)$")


def name_word_before(text: str, start: int) -> re.Match | None:
    before = NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and ("\n" in before.group(3) or (before.group(2) and len(before.group(1)) > 4)):
        return None
    return before


def preceding_word(text: str, start: int) -> str:
    """The word just before, on the same line: a headline's last word ("… a cash-strapped Welsh
    council") says nothing of the byline under it ("Richard Evans, Local democracy reporter")."""
    before = re.search(r"([\w-]+)[ \t]+$", text[max(0, start - 40):start])
    return before.group(1) if before else ""
