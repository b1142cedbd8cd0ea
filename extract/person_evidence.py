"""The last word on people: a PERSON name stays unless the text or general knowledge shows it is a thing.

The counterpart of the organisation gate (extract/org_evidence.py). The model tags
names of games, products, services and works as people ("Pokemon Sword", "Xbox Live",
"Mortal Kombat", "Dolby Atmos", "Fallen Order" from "Star Wars Jedi: Fallen Order").
Earlier rules remove such names one pattern at a time; this gate, run on what
``entities.find_mentions`` returns, asks of every distinct PERSON name whether anything
shows it is a thing, and drops it when nothing shows it is a person.

What shows a person (over all mentions of the name, and of its last word standing alone):
a title ("Mr", "Dr"), an age, "who", a speech verb ("said", "told"), a relative ("’s
mother"), a job or a relative just before ("actress Mary Steenburgen", "my friend Helen"),
a job in apposition ("Koen Kleijn, an art historian"). Such a name always stays.

What shows a thing, even in a name that opens with a given name:
- its shape: an all-caps technical term in it ("UHD Smart"), a standard ("Dolby Atmos");
- the text: a model code right after it ("Dell Alienware AW3418DW"), one side of a colon
  title ("Star Wars Jedi: Fallen Order"), or, at every mention, the last word of a venue's,
  an award's or a place's name straight after it ("Mohegan Sun Arena", "the Philip K. Dick
  Award", "Van Buren counties": a person named only inside such a name is not mentioned).

What shows a thing in a name that opens with no given name (a one-word name included):
general knowledge, the name being or opening with a well-known product line, service or
game (products.yml: "Xbox Live", "Pokemon Sword", "Stadia", "Mac"), or having a well-known
company among its words ("Recent Samsung"). For one word: also a word of the language the
article writes in lowercase too ("Keyboard shortcuts"), or a word always written after
"the" ("The Mizen will be closed"); never a word of a kept person's full name ("Alexa" after
"Alexa Chung"). For longer names: also a plain English first word with no given name in it
("Parabolic Lightcloud", "Mortal Kombat", "Download Dashlane Password"; not "Brown RJ", a
surname and initials), or what
is said of a product or a work around it (a kind of product ending it or after it, a price,
"review", "bundle", "edition" after it; "download", "the new" before it; products.sold_here).

A lone word the model tagged PERSON that only a dropped name explained ("Order" after
"Fallen Order", "Dell" after "Dell Alienware") goes with it; if it is a well-known
company it becomes the organisation it names. Word lists are in person_evidence.yml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extract import products
# The organisation gate's helpers: its heads of things and venues, its well-known companies.
from extract.body_names import LEGAL_SUFFIX
from extract.credits import opens_credit
from extract.full_names import FullNames
from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_company, well_known_as_written
from extract.lexicon import is_plain_word
from extract.mentions import Mention
from extract.name_context import PERSON_AFTER, ends_in_body_word, person_word_before
from extract.name_patterns import PERSON_SUFFIXES
from extract.org_words import alternatives, word_lists
from extract.people_marks import AGE_AFTER, LEADER_BEFORE_GOVERNMENT

WORD_LISTS = Path(__file__).with_name("person_evidence.yml")
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
CAPS_TERM = re.compile(r"^[A-Z]{3,}$")  # "UHD", "HDR": a technical term, not a name
# A model code after the name: "Dell Alienware AW3418DW", "XPS 13"-like codes of letters and digits.
MODEL_CODE_AFTER = re.compile(r"[ \t]+(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{4,}\b")
# "Star Wars Jedi: Fallen Order": capitalised words, a colon, capitalised words, in running text.
# Two words at least before the colon: "three other Jews in Miami: Mordechai Korf" opens a list.
TITLE_BEFORE_COLON = re.compile(r"(?<=[a-z,;][ \t])[A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*)+:[ \t]+$")
TITLE_AFTER_COLON = re.compile(r":[ \t]+[A-Z]")
INITIALS = re.compile(r"^[A-Z]{1,3}\.?$")  # "Brown RJ", "Ruskin KJ": a surname and initials, as references write people
CAPITALISED_WORD_BEFORE = re.compile(r"[a-z,][ \t]+[A-Z][\w’'-]*[ \t]+$")


@dataclass(frozen=True)
class Marks:
    role_after: re.Pattern  # "Koen Kleijn, an art historian"
    kin_after: re.Pattern  # "Meghan’s mother"
    thing_after: re.Pattern  # "review", "bundle", "edition"
    head_after: re.Pattern  # "Arena", "Award", "Center": the last word of a place's or a thing's name
    title_before: re.Pattern  # "CoG Chairman Wycliffe Oparanya": a capitalised title just before
    region_last_words: frozenset[str]  # "Kano State": a region's last word (the organisation gate's list)
    place_noun_after: re.Pattern  # "the Sandy Row area", "Glan Clwyd and Wrexham Maelor hospitals"
    saints: frozenset[str]  # "St", "Saint": a name opening with one is a place's, a side's or a school's
    county_words: frozenset[str]  # "Co", "County": a name opening with one is an Irish county's
    weather_words: frozenset[str]  # "Storm", "Hurricane": a name opening with one is a storm's
    compass_points: frozenset[str]  # "Perthshire North": after a place, a constituency's or an area's name
    unit_heads: frozenset[str]  # "Major Investigation Team": a unit inside a body
    nation_last_words: frozenset[str]  # "Hospice UK", "Age Cymru": a national body's last word
    site_last_words: frozenset[str]  # "Catterick Garrison", "Clyde Tunnel": a place's or a building's last word


@functools.lru_cache(maxsize=4)
def marks(gazetteer: Gazetteer, path: Path = WORD_LISTS) -> Marks:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    heads = gazetteer.place_last_words | gazetteer.not_organisation_heads | word_lists(gazetteer).programme_heads
    people = alternatives(gazetteer.people_nouns)
    titles = gazetteer.titles - gazetteer.name_titles - set(data["titles_opening_names_of_things"])
    return Marks(
        role_after=re.compile(rf"^,\s+(?:a|an|the|his|her)\s+(?:[\w’'-]+\s+){{0,3}}(?:{people})\b"),
        kin_after=gazetteer.kin_of_pattern(),
        thing_after=re.compile(rf"^\s+(?:{alternatives(data['thing_words_after'])})\b"),
        head_after=re.compile(rf"[ \t]+(?:{alternatives(heads)})(?![\w’'-])"),
        region_last_words=word_lists(gazetteer).region_last_words,
        saints=frozenset(data["saints"]),
        county_words=frozenset(data["county_words"]),
        weather_words=frozenset(data["weather_words"]),
        compass_points=frozenset(data["compass_points"]),
        unit_heads=frozenset(data["unit_heads"]),
        nation_last_words=frozenset(data["nation_last_words"]),
        site_last_words=frozenset(data["site_last_words"]),
        place_noun_after=re.compile(rf"{LIST_GOES_ON}[ \t]+(?:{alternatives(data['place_nouns_after'])})(?![\w’'-])"),
        title_before=re.compile(rf"(?<![\w’'-])(?:{alternatives(t.capitalize() for t in titles)})\.?[ \t]+$"))


def gate(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Drop each PERSON name the text or general knowledge shows to be a thing, with the lone
    words only it explained."""
    names: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == "PERSON":
            names.setdefault(m.text, []).append(m)
    if not names:
        return mentions
    lists = marks(gazetteer)
    shown = {name for name, members in names.items()
             if any(shown_as_person(doc, text, m, gazetteer, lists) for m in members)}
    # "Steenburgen said" shows "Mary Steenburgen" too: a person's last name stands for them
    shown |= {name for name in names if len(name.split()) > 1 and name.split()[-1] in shown}
    things = {name for name, members in names.items()
              if name not in shown and not gazetteer.label_of(name) and len(name.split()) > 1
              and is_thing(text, name, members, gazetteer, lists)}
    # "Alexa" after "Alexa Chung": a word of a kept person's full name is that person
    kept_words = {w for name in names if len(name.split()) > 1 and name not in things for w in name.split()}
    things |= {name for name, members in names.items()
               if name not in shown and not gazetteer.label_of(name) and len(name.split()) == 1
               and name not in kept_words and is_thing(text, name, members, gazetteer, lists)}
    # a body's kind in apposition outweighs the plain words that make a name look like a thing's
    described = bodies_in_apposition(text, names, shown, gazetteer) | companies(names, shown) \
        | national_bodies(names, gazetteer, lists)
    things -= described
    # "Dŵr Cymru Welsh Water" is the water company, unless the words after it made it a thing
    # ("North-East Delhi Lok Sabha constituency" is a seat)
    described |= known_bodies_at_end(names, gazetteer) - things
    things |= {name for name in names if name not in shown and LEGAL_SUFFIX.match(name)}  # "Limited" alone
    things |= {name for name, members in names.items()
               if SEAT_AND_PARTY.fullmatch(name) and all(bracketed(text, m) for m in members)}
    # "Suna East MP Junet Mohamed": a seat named by a place and a compass point, its member's office
    # and the member's name after it, though the place looks like a given name
    things |= {name for name, members in names.items() if len(name.split()) > 1
               and name.split()[-1] in lists.compass_points and all(MEMBER_AFTER_SEAT.match(text, m.end) for m in members)}
    # "Cabinet Secretaries (CSs)": a title in the plural ends the name of a group of office-holders
    things |= {name for name in names if " " in name and plural_title(name.split()[-1], gazetteer)
               and not gazetteer.label_of(name)}
    # "Brig. Gen. Edwin Quilates": a title the model tagged alone names no one, whatever job is before
    # it; a surname that is also a title ("Bishop" after "Julie Bishop") stays
    things |= {name for name in names if " " not in name and name.lower() in gazetteer.titles
               and name not in kept_words and not gazetteer.is_first_name(name) and not gazetteer.label_of(name)}
    bodies = short_forms_of_bodies(names, mentions, shown | things, gazetteer) | described
    if bodies:  # "Betsi" after "Betsi Cadwaladr": the lone words only the body's short form explained go with it
        relabelled = [as_body(m, bodies) for m in mentions]
        bodies |= orphaned_words(mentions, relabelled, shown, gazetteer) - things
        mentions = [as_body(m, bodies) for m in mentions]
    if not things:
        return mentions
    kept = [m for m in mentions if not (m.label == "PERSON" and m.text in things)]
    orphans = orphaned_words(mentions, kept, shown, gazetteer)
    out = []
    for m in kept:
        if m.label == "PERSON" and m.text in orphans:
            if known_company(m.text, gazetteer):
                out.append(Mention("ORG", m.start, m.end, m.text))
            continue
        out.append(m)
    return out


def short_forms_of_bodies(names: dict[str, list[Mention]], mentions: list[Mention], settled: set[str],
                          gazetteer: Gazetteer) -> set[str]:
    """"Betsi Cadwaladr governs NHS services" after "Betsi Cadwaladr University Health Board": a full
    name nothing shows to be a person's that opens the longer name of a body in the same article
    (its last word says it is a body) is that body's short form; bodies are named after people."""
    bodies = [m.text for m in mentions if m.label == "ORG" and ends_in_body_word(m.text, gazetteer)]
    return {name for name in names if name not in settled and len(name.split()) > 1
            and not gazetteer.label_of(name)
            and any(b.startswith(name + " ") for b in bodies)}


def bodies_in_apposition(text: str, names: dict[str, list[Mention]], settled: set[str], gazetteer: Gazetteer) -> set[str]:
    """"Transport Focus, the passenger watchdog, described …": a name that opens with no given name
    and that a body's kind follows in apposition is that body's."""
    return {name for name, members in names.items() if name not in settled and not gazetteer.label_of(name)
            and not gazetteer.is_first_name(name.split()[0])
            and any(body_in_apposition(text, m.end, gazetteer) for m in members)}


def companies(names: dict[str, list[Mention]], shown: set[str]) -> set[str]:
    """"Alexander Dennis Limited", "JFN Ltd": a name ending in a company's legal suffix is the company's,
    whoever it is named after."""
    return {name for name in names if name not in shown and len(name.split()) > 1
            and LEGAL_SUFFIX.match(name.split()[-1])}


def national_bodies(names: dict[str, list[Mention]], gazetteer: Gazetteer, lists: Marks) -> set[str]:
    """"Hospice UK says", "Age Cymru warned": a name that a nation ends and no given name opens is
    a national body or a nation's branch of one; people are not named after the country they serve.
    A speech verb after it shows no person here (bodies speak too); a title before it would."""
    return {name for name, members in names.items() if not any(m.titled for m in members) and len(name.split()) > 1
            and name.split()[-1] in lists.nation_last_words and not gazetteer.is_first_name(name.split()[0])
            and not gazetteer.label_of(name)}


def plural_title(word: str, gazetteer: Gazetteer) -> bool:
    """"Secretaries", "Ministers": a role title in the plural (no surname: "Rogers" is no title's)."""
    lower = word.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else None
    return singular is not None and singular in gazetteer.role_titles and word[1:].islower()


def known_bodies_at_end(names: dict[str, list[Mention]], gazetteer: Gazetteer) -> set[str]:
    """"Dŵr Cymru Welsh Water": a name ending in a well-known organisation's name of two words or
    more is that organisation's, written with its name in another language before it. A body
    named after a person ("John Lewis") may end a person's name, so its end must not open with
    a given name."""
    def known_tail(words):
        return any(well_known_as_written(" ".join(words[i:])) and not gazetteer.is_first_name(words[i])
                   for i in range(1, len(words) - 1))
    return {name for name in names if known_tail(name.split())}


def body_in_apposition(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """", the passenger watchdog," right after a name: a kind of body (aliases.yml's organisation
    nouns) closing a phrase set off by commas; "Under Nadella, the company has grown" is a clause."""
    return bool(apposition_of_body(gazetteer).match(text, end, end + 80))


@functools.lru_cache(maxsize=4)
def apposition_of_body(gazetteer: Gazetteer) -> re.Pattern:
    return re.compile(rf",[ \t]+(?:the|a|an)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?(?:{alternatives(gazetteer.organisation_nouns)})"
                      rf"[ \t]*(?:[,.;)]|$)")


def as_body(m: Mention, bodies: set[str]) -> Mention:
    return Mention("ORG", m.start, m.end, m.text) if m.label == "PERSON" and m.text in bodies else m


def shown_as_person(doc, text: str, m: Mention, gazetteer: Gazetteer, lists: Marks) -> bool:
    """A title, an age, a relative, a job or a government at the name ("actress Mary Steenburgen", "my
    friend Helen", "the Legault government")."""
    if m.titled or titled_full_name(text, m, gazetteer, lists):
        return True
    after = text[m.end:m.end + 80]
    return bool(PERSON_AFTER.match(text, m.end) or AGE_AFTER.match(text, m.end) or lists.kin_after.match(text, m.end)
                or lists.role_after.match(after) or photographer(text, m, gazetteer)
                or person_word_before(doc, text, m.start, gazetteer) or leads_government(text, m))


def leads_government(text: str, m: Mention) -> bool:
    """"the Legault government": the surname names the leader (people_marks.leaders_naming_governments)."""
    match = LEADER_BEFORE_GOVERNMENT.match(text, max(0, m.start - 4))
    return bool(match) and match.span(1) == (m.start, m.end)


def photographer(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """"Credit: Rui Vieira/PA": a given name opening a picture credit is the photographer's."""
    return gazetteer.is_first_name(m.text.split()[0]) and opens_credit(text, m.start)


def titled_full_name(text: str, m: Mention, gazetteer: Gazetteer, lists: Marks) -> bool:
    """"CoG Chairman Wycliffe Oparanya": a capitalised title the model left outside the name, before
    a name of more than one word not all of the language (person_evidence.yml leaves out the
    titles that open names of things: "Star Wars Jedi")."""
    words = m.text.split()
    return len(words) > 1 and not all(is_plain_word(w, gazetteer.plain_words) for w in words) \
        and bool(lists.title_before.search(text, max(0, m.start - 30), m.start))


def is_thing(text: str, name: str, members: list[Mention], gazetteer: Gazetteer, lists: Marks) -> bool:
    words = name.split()
    given_first = len(words) > 1 and gazetteer.is_first_name(words[0])
    if thing_by_shape(text, name, members, lists) or any(thing_in_context(text, m) for m in members):
        return True
    if len(words) > 1 and words[-1] in lists.region_last_words:
        return True  # "Mohammed Gumel, Kano State;": where an appointee serves
    if len(words) > 1 and words[0] in lists.saints:
        return True  # "St Mirren", "St Andrews", "St Bartholomew’s": a saint's name names a place, a side or a school
    if len(words) > 1 and words[0] in lists.weather_words:
        return True  # "Storm Callum", "Typhoon Haiyan": a storm named as people are
    if len(words) > 1 and words[0] in lists.county_words:
        return True  # "Bray, Co Wicklow": an Irish county, as addresses write it
    if name_key(name) in word_lists(gazetteer).national_sides and (len(words) > 1 or not gazetteer.is_first_name(name)):
        # "Sri Lanka skipper Charith Asalanka", "Nigeria’s Finance Minister": a country, never a
        # person, unless it is a given name too ("Jordan", "Chad")
        return True
    if all(inside_longer_name(text, m, lists) for m in members):
        return True
    if not given_first and thing_by_knowledge(name, gazetteer):
        return True
    if not given_first and len(words) > 1 and words[-1].lower() in gazetteer.role_titles:
        return True  # "Lib Dem Councillor Abigail Bell": a party and a title, the name comes after
    if not given_first and len(words) > 1 and words[-1] in lists.compass_points:
        return True  # "Perthshire North MSP John Swinney", "Senator representing Yobe North": a constituency
    if len(words) > 1 and words[-1] in lists.unit_heads and all(is_plain_word(w, gazetteer.plain_words) for w in words):
        return True  # "Major Investigation Team": "Major" is a given name too, but the rest is plain words
    if not given_first and len(words) > 1 and words[-1] in lists.site_last_words:
        return True  # "Catterick Garrison", "Adlington Library": a place or a building, no surname
    if given_first:
        return False
    if len(words) < 2:
        return common_noun(name, text, gazetteer) or all(THE_BEFORE.search(text, max(0, m.start - 5), m.start) for m in members)
    return not_name_like(words, gazetteer) or any(sold_or_shown_as_work(text, m, lists) for m in members)


def thing_by_shape(text: str, name: str, members: list[Mention], lists: Marks) -> bool:
    """"UHD Smart": an all-caps technical term in a longer name; "Dolby Atmos": a standard."""
    words = name.split()
    # "RICARDO Santos held up his hands …": British papers set a report's first word in capitals.
    first = 1 if CAPS_TERM.match(words[0]) and all(opens_paragraph(text, m) for m in members) else 0
    if len(words) > 1 and not name.isupper() and any(
            CAPS_TERM.match(w) and not ROMAN_NUMERAL.match(w) and w not in PERSON_SUFFIXES for w in words[first:]):
        return True
    return bool(products.signals().standard.match(name))


def opens_paragraph(text: str, m: Mention) -> bool:
    return not text[text.rfind("\n", 0, m.start) + 1:m.start].strip()


# "Hassan Bin Abdul Karim (Pasir Gudang-PH)": a member's seat and party's initials in brackets
# after the name, as Malaysian parliamentary reports write them.
SEAT_AND_PARTY = re.compile(r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*-[A-Z]{2,4}")


MEMBER_AFTER_SEAT = re.compile(r"[ \t]+(?:MP|MPs|MSP|MS|MLA|MCA|MNA|TD|Senator|Rep\.?)[ \t]+[A-Z][a-z]")


def bracketed(text: str, m: Mention) -> bool:
    return text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"


def thing_in_context(text: str, m: Mention) -> bool:
    """A model code after it ("Dell Alienware AW3418DW"), or one side of a colon title
    ("Star Wars Jedi: Fallen Order")."""
    if MODEL_CODE_AFTER.match(text, m.end):
        return True
    if TITLE_BEFORE_COLON.search(text, max(0, m.start - 60), m.start):
        return True
    return bool(TITLE_AFTER_COLON.match(text, m.end)
                and CAPITALISED_WORD_BEFORE.search(text, max(0, m.start - 40), m.start))


# The names after it in its list, if any: "Ysbyty Gwynedd[, Glan Clwyd and Wrexham Maelor] hospitals".
LIST_GOES_ON = r"(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}){0,4}"


def inside_longer_name(text: str, m: Mention, lists: Marks) -> bool:
    """"Mohegan Sun Arena", "the Philip K. Dick Award", "Van Buren counties": the name runs into
    a venue's, an award's or a place's last word, and names no one (the annotation rules: a person
    named only inside an award's name is not mentioned); so does each name of a list that a common
    noun for places ends ("Ysbyty Gwynedd, Glan Clwyd and Wrexham Maelor hospitals")."""
    return bool(lists.head_after.match(text, m.end) or lists.place_noun_after.match(text, m.end))


def thing_by_knowledge(name: str, gazetteer: Gazetteer) -> bool:
    """A well-known product line, service or game, alone or opening the name ("Xbox Live",
    "Pokemon Sword", "Mac"); a well-known company as one of its words ("Recent Samsung",
    "Dell Alienware")."""
    words = name.split()
    lines = products.well_known_products()
    if name_key(name) in lines or any(name_key(" ".join(words[:i])) in lines for i in range(1, len(words))):
        return True
    return len(words) > 1 and any(known_company(w, gazetteer) for w in words if not INITIALS.match(w))


THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")  # "the Jedi", "the Force": nobody is called "the Smith"
LOWERCASE_WORD = re.compile(r"(?<![\w@./#-])[a-z][a-z-]+(?![\w-])")


@functools.lru_cache(maxsize=16)
def lowercase_words(text: str) -> frozenset[str]:
    """The lowercase words of the text, found once per article for all its names."""
    return frozenset(LOWERCASE_WORD.findall(text))


def common_noun(word: str, text: str, gazetteer: Gazetteer) -> bool:
    """"Keyboard shortcuts …", "Personal assistants": one word of the language, no given name, that
    the article also writes in lowercase is a common word given a capital."""
    return word[1:].islower() and not gazetteer.is_first_name(word) and is_plain_word(word, gazetteer.plain_words) \
        and word.lower() in lowercase_words(text)


def not_name_like(words: list[str], gazetteer: Gazetteer) -> bool:
    """"Parabolic Lightcloud", "Mortal Kombat": a plain English word first and no given name."""
    return is_plain_word(words[0], gazetteer.plain_words) and words[0][1:].islower() \
        and not any(gazetteer.is_first_name(w) for w in words) and not INITIALS.match(words[-1])


def sold_or_shown_as_work(text: str, m: Mention, lists: Marks) -> bool:
    """"Pokemon Sword and Shield review", "Get Pokemon Shield for $58.56", "Mortal Kombat 11":
    what is said of a product or a work."""
    after = text[m.end:m.end + 60]
    if products.named_as_product(m.text):  # "Jabra Elite Headphones", "LC Convertible Concept"
        return True
    return bool(lists.thing_after.match(after)) or products.sold_here(text[max(0, m.start - 40):m.start], after, set())


def orphaned_words(before: list[Mention], after: list[Mention], shown: set[str], gazetteer: Gazetteer) -> set[str]:
    """Lone PERSON words a dropped name explained and nothing else does ("Order" after
    "Fallen Order"): the test of ``full_names.lone_unknown_name``, before and after the drop."""
    words_before, names_after = FullNames.of(before).words, FullNames.of(after)
    lone = {m.text for m in after if m.label == "PERSON" and not m.titled and len(m.text.split()) == 1}
    return {w for w in lone if w in words_before and not names_after.explain(w) and w not in shown
            and not gazetteer.label_of(w)}
