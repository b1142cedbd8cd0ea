"""The last word on organisations: a name stays ORG only when the text marks it as one.

The model calls ORG many names that are not bodies: products, programmes and
missions (often acronyms), vehicles, events, diseases, regions, teams inside an
agency, capitalised common phrases, people with rare first names. Earlier rules
remove such names one pattern at a time; this gate, the last step of
``entities.find_mentions``, asks the opposite question of every distinct ORG name in
an article: does anything in the text say it is an organisation? Evidence is
gathered over all its mentions (an acronym shares it with its spelt-out name):

- the name itself: a listed organisation (aliases.yml), an organisation's head word
  or legal suffix ("Council", "Inc", "Institute for …"), a state's chamber, an acronym
  the text spells out as a body's name;
- its context: its people and kind ("Jefferies analyst Jonathan …", "an analyst at
  Jefferies", "the firm IDC", "to companies A, B and C", "Tesla (NASDAQ: TSLA)",
  "told Reuters"), what it does and owns ("Boeing said", "Apple’s chief executive",
  "the Wild’s 4-1 win", "Lexus showed the concept"), a list with a kept body, or a
  kept longer name it opens ("Big Machine" of "Big Machine Records");
- news outlets and shops: a newsroom word ("Harpers magazine", "a Globe reporter"), the
  outlet in a dateline ("NAPA COUNTY, Calif. (KGO) --"), "at B&H, shoppers", "sold on X",
  a shop's discount ("X is taking up to $250 off"), a sponsor ("brought to you by X"), a
  round-up's credit lines ("[ Wired ]", where they also credit a well-known outlet);
- a list of proper names made mostly of kept bodies, even where the model tagged no
  neighbour ("Nvidia, Gigabyte, MSI, Asus, PNY and EVGA");
- marks no place or person has, which also beat a place label elsewhere: "a spokesperson
  for X", "shares in X", "a partner at X", "X, a group co-founded by", "X is a fish cake
  factory", "X’s chief executive", "Barcelona soccer player Gerard Pique", and in a sports
  report (a text with a score) a result ("Columbus beat Montreal", "X (6-5, 3-4)");
- last, where the text says nothing either way: a well-known organisation
  (known_organisations.yml: "shoppers on Etsy", "a claim on RTE"; it vouches for its own
  words, "Tom's Guide", and for its line, "Ubisoft games").

The same marks make an ORG of a name the model tagged as a place, a person or a work
(GPE, LOC, FAC, PERSON, PRODUCT, WORK_OF_ART, EVENT) that no earlier rule kept ("at
Ubisoft" GPE, "Kosmos, a group …" PERSON); never a country or nation (a national side is
no ORG) nor "London-based". A model name that runs on from a body into what it owns is the
body ("the Washington Post’s Fact Checker").

Against it: an acronym spelt out in lowercase words, as a programme or as a post ("hypersensitivity
pneumonitis (HP)", "Commercial Lunar Payload Services (CLPS)", "Inspector General of Police (IGP)"); a programme, a unit of
a named body, a department in a job title ("Project xCloud", "ESA Topical Team", "Head
of Fundamental Research at …"); a place the model tags GPE/LOC/NORP on another mention;
product contexts and things ("the new X", "X costs", "Payboo Credit Card", "Apple A10
Fusion", "Blue Origin’s Blue Moon", "Google Stadia"): an example of a kind of product ("streaming
services, such as CBS All Access"), one of many or someone's ("A DXA provides", "their
WordCamps"), a kind of thing in apposition ("MinnesotaCare, a health benefit"), what a person or
place owns ("Luboku’s Pale Blue Dot"), a place built for people or vehicles ("Union Station"), a
hospital or prison named only as where someone is taken ("taken to Suddie Public Hospital"), a
sponsor inside a venue's name ("Formerly Verizon Amphitheatre"). A maker named only inside its
product's name ("Nintendo Switch Lite", "ESPN+", "NBA 2K20") leaves the output, that mention only. A name that runs on into a job
is the body before it ("VFI Chief Executive"). A country stays a country, even where it stands
for its national side ("Wales coach Ryan Giggs").

A name of one word (not spelt as a brand, "TaskRabbit") or only of plain English words
("Blue Moon") needs evidence: the model's label alone is not enough for it. Other names
("Lockheed Martin") keep the model's word unless the text speaks against them. A name
the article also writes as a person, or after a title, becomes PERSON. Word lists are in
org_evidence.yml, compiled by org_words.py.
"""
from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.canonical import acronym_links, trim_to_initials
from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_organisation_names, known_organisations
from extract.lexicon import is_plain_token, is_plain_word
from extract.mentions import Mention, Spans, overlaps
from extract.name_context import in_title_case_line, names_an_office, preceding_word, sentence_start, token_at
from extract.name_edges import fix_edges, name_before_place
from extract.name_evidence import CALENDAR_WORDS, line_around
from extract.name_patterns import ACRONYM, LEGAL_SUFFIXES, ORG_HEADS, ORG_HEAD_WORD
from extract.org_words import NAME_WORDS, Lists, alternatives, word_lists
from extract.public_bodies import legislature

PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")
SMALL_WORDS = {"of", "and", "for", "the", "&", "on", "in", "at", "de", "du", "la", "le"}
LIST_JOINER = re.compile(r"^(?:\s*(?:,|,?\s+and|,?\s+or|&)\s+|\s*/\s*)(?:the\s+)?$")  # "American Prospect/Princeton"


def gate(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Keep each ORG name the text marks as an organisation; drop or relabel the rest."""
    lists = word_lists(gazetteer)
    mentions = [holder_of_job(owner_of_thing(before_its_place(doc, text, m, gazetteer), gazetteer, lists),
                              gazetteer, lists) for m in mentions]
    mentions = [m for m in mentions if m is not None and not page_furniture(text, m, lists)]
    mentions = without_leading_modifiers(doc, text, mentions, gazetteer, lists)
    # they still count as evidence for the name ("CBS News Battleground Tracker poll" is no body's act)
    in_products = {(m.start, m.end) for m in mentions if opens_product_name(text, m, gazetteer)}
    sports = sports_report(text)  # once per article: a result names a team only in a sports report
    mislabelled = mislabelled_bodies(doc, text, mentions, lists, sports) + bracketed_credits(text, mentions) \
        + names_around_places(doc, text, mentions, gazetteer, lists) + bodies_with_spokespeople(text, mentions, gazetteer)
    mislabelled += bodies_in_apposition(doc, text, mentions + mislabelled, gazetteer, lists)
    mentions = mentions + (team_nicknames(doc, text, mentions + mislabelled, lists) if sports else [])
    mislabelled += sides_before_their_people(doc, text, mentions + mislabelled, gazetteer, lists)
    sides = score_line_sides(text, mentions + mislabelled, lists)
    # the model's "Kilmarnock 0-1 Aberdeen", a whole results line, gives way to its two sides
    mentions = [m for m in mentions if not (SCORE.search(m.text) and any(overlaps(m, side) for side in sides))]
    mislabelled += sides
    # a name the alias file lists as no entity stays none, whatever marks it ("Firhill manager …")
    mislabelled = [m for m in mislabelled if m.text not in gazetteer.not_names]
    mentions = mentions + mislabelled
    groups = names_of_organisations(text, mentions)
    if not groups:
        return mentions  # no ORG mention, none inside a product's name
    verdicts = {key: verdict(doc, text, members, mentions, gazetteer, lists, sports) for key, members in groups.items()}
    # The mark that made a mislabelled name a candidate is evidence enough unless the text says otherwise.
    verdicts.update({key: "keep" for key in map(name_key, (m.text for m in mislabelled))
                     if verdicts.get(key) in ("unproven", "unopposed")})
    verdicts.update(units_and_things_of_bodies(text, groups, verdicts, lists))
    verdicts.update(products_of_brands(groups, verdicts, gazetteer, {name_key(m.text) for m in mislabelled}))
    verdicts.update(things_of_people_and_places(groups, verdicts, gazetteer))
    verdicts.update(surnames_of_people(groups, verdicts, gazetteer, mentions))
    # a short form is kept before lists pass evidence along ("defeats to Chelsea and Swansea" after
    # "Swansea City"), and again after them for the names the lists kept
    verdicts.update(short_forms_of_kept_names(groups, verdicts))
    verdicts.update(listed_with_organisations(text, groups, verdicts))
    verdicts.update(listed_among_kept_names(text, groups, verdicts, gazetteer))
    verdicts.update(short_forms_of_kept_names(groups, verdicts))
    verdicts.update(countries_standing_for_teams(groups, gazetteer, lists))
    verdicts.update({} if sports else places_of_councils(groups, verdicts, gazetteer))
    key_of = {id(m): key for key, members in groups.items() for m in members}
    out = []
    for m in mentions:
        decision = verdicts.get(key_of.get(id(m)))
        if decision in ("drop", "unproven") or m.label == "ORG" and (m.start, m.end) in in_products:
            continue
        if decision == "person":
            m = Mention("PERSON", m.start, m.end, m.text, m.titled)
        out.append(m)
    return out


def before_its_place(doc, text: str, m: Mention, gazetteer: Gazetteer) -> Mention:
    """"Zymplify in Portstewart", "Lochmaddy on North Uist", "Burnley at Turf Moor": a proper name the
    model ran on into where it is, written so once, is the name alone. A body named for where it
    works is written in the language's words ("Children in Scotland", "Committee on Standards")
    and, being its name, mostly more than once."""
    name = name_before_place(m)
    if name is None or text.count(m.text) > 1 \
            or any(plain_word_at(doc, gazetteer.plain_words, m.start + word.start())
                   for word in re.finditer(r"\S+", name.text)):
        return m
    return name


def plain_word_at(doc, plain_words: frozenset[str], char: int) -> bool:
    """The word at ``char`` is the language's, as written or as its lemma."""
    token = token_at(doc, char)
    return token is not None and is_plain_token(token, plain_words)


INNER_OWNER = re.compile(r"^(.+?)['’]s?\s+(?=[A-Z])")
PLURAL_OWNER_OF_HEAD = re.compile(r"(?<=s)['’]\s")  # "Chiefs’ Council": a plural's apostrophe alone


def owner_of_thing(m: Mention, gazetteer: Gazetteer, lists: Lists) -> Mention:
    """"the Washington Post’s Fact Checker", "Chinese Academy of Sciences’ FAST": the model's
    name runs on from a body into what it owns; the body is the organisation. Only an owner
    that is a listed or well-known body, or has a body's head word, and only when what it owns
    has none ("NASA’s Office of the Inspector General" stays whole)."""
    owner = INNER_OWNER.match(m.text) if m.label == "ORG" else None
    if not owner:
        return m
    name, owned = owner.group(1), m.text[owner.end():]
    if PLURAL_OWNER_OF_HEAD.match(m.text, len(name)) and lists.heads.fullmatch(owned):
        return m  # "National Police Chiefs’ Council", "Police Superintendents’ Association": whose body it is, named
    if has_head_word(owned, gazetteer, lists) or not (
            gazetteer.lookup("ORG", name) or name_key(name) in known_organisations()
            or has_head_word(name, gazetteer, lists)):
        return m
    return Mention("ORG", m.start, m.start + len(name), name)


def without_leading_modifiers(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer,
                              lists: Lists) -> list[Mention]:
    """"the Obama National Security Council", "Key Security Council powers": a person's surname, or
    a describing word that opens the sentence (describing_words), before a body's name the article
    also writes alone (or by its initials, "NSC") or that aliases.yml lists, only describes the body:
    the body is the rest. Not a place ("Denver Broncos"); "Scottish Labour", "Belfast Telegraph" stay whole.
    A family's name is the firm's own when the article writes the whole name again: "Thomson Reuters
    said", "a spokesman for Thomson Reuters", beside its chairman David Thomson (a description is
    written once)."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON"}
    families = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    bodies = {name_key(m.text) for m in mentions if m.label == "ORG"}
    out = []
    for m in mentions:
        first, _, rest = m.text.partition(" ") if m.label == "ORG" else ("", "", "")
        named_alone = rest[:1].isupper() and (name_key(rest) in bodies or initials(rest) in bodies
                                              or gazetteer.lookup("ORG", rest))
        describes = first in surnames or first in lists.describing_words and sentence_start(text, m.start)
        firm_of_family = first in families and text.count(m.text) > 1
        if named_alone and describes and not place_word_at(doc, m.start) and not firm_of_family:
            m = Mention("ORG", m.end - len(rest), m.end, rest)
        out.append(m)
    return out


def place_word_at(doc, start: int) -> bool:
    token = token_at(doc, start)
    return token is not None and token.ent_type_ in ("GPE", "LOC")


def initials(name: str) -> str:
    return name_key("".join(w[0] for w in name.split() if w[:1].isupper()))


def holder_of_job(m: Mention, gazetteer: Gazetteer, lists: Lists) -> Mention | None:
    """"VFI Chief Executive, Padraig Cribben, said": the model's name runs on into a job; the
    body is what comes before it, when that names a body by itself (an acronym, a listed or
    well-known name, a head word); a job of nothing ("Home Secretary") is no body at all."""
    job = lists.job_after_name.search(m.text) if m.label == "ORG" else None
    if not job:
        return m
    name = m.text[:job.start()]
    if ACRONYM.match(name) or gazetteer.lookup("ORG", name) or name_key(name) in known_organisations() \
            or has_head_word(name, gazetteer, lists):
        return Mention("ORG", m.start, m.start + len(name), name)
    return None


# --- makers inside their products' names ---------------------------------------------------

PLUS_AFTER = re.compile(r"\+(?!\w)| \+(?=[,.;:)]|\s*$)")  # "ESPN+", "the Disney +, Hulu bundle"
# Words the model left out after the name, on its line: "Switch Lite", "G-SYNC", "AW3418DW", "2K20"
RUN_ON = re.compile(r"(?:[ \u00a0](?:[A-Z][\w-]*|\d[\w-]*)){1,3}")
MODEL_CODE = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)(?![QH][1-4]$|FY|U\d\d)[A-Za-z\d]+$")  # not "Q3", "FY2020", "U21"


def opens_product_name(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """"Nintendo Switch Lite", "NVIDIA G-SYNC compatibility", "ESPN+", "NBA 2K20": the maker named
    only inside its product's name, which the model cut short, is no mention of the maker
    ("Nintendo said" still is). Not when the longer name is a body ("Sony Pictures")."""
    from extract import products  # products imports this module

    if m.label != "ORG":
        return False
    if PLUS_AFTER.match(text, m.end):
        return True
    run = RUN_ON.match(text, m.end)
    if not run:
        return False
    words = run.group().split()[:3]
    longer = f"{m.text} {' '.join(words)}"
    if gazetteer.lookup("ORG", longer) or name_key(longer) in known_organisations() or ORG_HEAD_WORD.search(longer):
        return False
    lines, signals = products.well_known_products(), products.signals()
    return any(name_key(" ".join([m.text] + words[:i])) in lines or name_key(" ".join(words[:i])) in lines
               for i in range(1, len(words) + 1)) \
        or any(MODEL_CODE.match(w) or w in signals.standards for w in words) \
        or products.named_as_product(longer) \
        or bool(signals.noun_after.match(text[run.end():run.end() + 60]))


# --- names the model labelled otherwise ----------------------------------------------------

OTHER_LABELS = ("GPE", "LOC", "FAC", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT")  # not NORP: "staff at British universities"


def mislabelled_bodies(doc, text: str, mentions: list[Mention], lists: Lists, sports: bool) -> list[Mention]:
    """Names the model tagged as a place, a person or a work, and no rule kept, that the text
    marks as a body in a way a place or a person never is ("Kosmos, a group co-founded by",
    "awarding missions to companies Astrobotic", "Barcelona soccer player Gerard Pique"):
    every mention of such a name becomes an ORG candidate for the gate."""
    taken = Spans(mentions)
    by_name: dict[str, list[Mention]] = {}
    labels: dict[str, set[str]] = {}
    for e in doc.ents:
        if e.label_ not in OTHER_LABELS and not (sports and town_called_a_people(e)):
            continue
        if taken.overlapping(Mention("ORG", e.start_char, e.end_char, "")):
            continue  # a name some rule already kept or relabelled
        m = fix_edges(text, "ORG", e.start_char, e.end_char)
        if m and m.text[:1].isupper() and name_key(m.text) not in lists.national_sides \
                and not re.match(r"-\w", text[m.end:m.end + 2]) \
                and not opens_longer_name(text, m):  # "London-based"; "Armagh City, Banbridge and … Council"
            by_name.setdefault(name_key(m.text), []).append(m)
            labels.setdefault(name_key(m.text), set()).add(e.label_)
    return [m for key, members in by_name.items()
            if any(marked_as_body(text, m, lists, labels[key] <= WORK_LABELS, sports) for m in members) for m in members]


def town_called_a_people(e) -> bool:
    """"four successive wins against Aberdeen": in a sports report the model calls a town's club a
    people (NORP) where it stands alone; not a nationality's shape ("Scottish", "Dutch", "Pakistani")
    nor a plural ("Republicans", "Catholics"), which are peoples."""
    return e.label_ == "NORP" and not NATIONALITY_ENDING.search(e.text) and not e.text.endswith("s")


# "a Co-op spokesperson", "a Penny Appeal spokeswoman": the name between "a" and the one who
# speaks for it; a person's spokesperson is written "Smith's spokesman", so the name is a body's
SPOKESPERSON_OF_NAME = re.compile(rf"(?<![\w’'-])[Aa]n?[ ]+({NAME_WORDS})[ ]+(?:spokesperson|spokesman|spokeswoman)\b")


def bodies_with_spokespeople(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names the model did not tag that speak through a spokesperson ("A Co-op spokesperson
    said"): every untagged occurrence of such a name becomes an ORG candidate for the gate.
    A capitalised kind of body alone ("a Government spokesperson", "a Council spokesman") only
    stands for a body named elsewhere."""
    found = not_yet_mentioned([Mention("ORG", m.start(1), m.end(1), m.group(1))
                               for m in SPOKESPERSON_OF_NAME.finditer(text)], mentions)
    names = {m.text for m in found if m.text not in gazetteer.organs_of_bodies
             and m.text.lower() not in gazetteer.organisation_nouns}
    if not names:
        return []
    return not_yet_mentioned(
        occurrences_as_organisations(text, rf"(?<![\w’'&-])(?:{alternatives(names)})(?![\w’'&-])"), mentions)


# What the model tagged a name as that an appositive kind of body does not overrule: a people, a date, a figure.
NOT_A_BODY_LABELS = ("NORP", "DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                     "LANGUAGE")
PLACE_LABELS = ("GPE", "LOC", "FAC")


def bodies_in_apposition(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> list[Mention]:
    """Names the model did not tag that the text calls a kind of body in apposition ("Poppyscotland,
    the charity for ex-servicemen", "Muslim Aid, the second-oldest British Muslim charity that …"):
    every untagged occurrence becomes an ORG candidate for the gate, so that "Poppyscotland
    announced" and "the charity said" find the body. Not a word of the language alone ("Separately,
    the company, which …"), a people or a date the model recognised, nor a place opening the sentence."""
    names = set()
    for match in lists.body_in_apposition.finditer(text):
        name = re.sub(r"^The[ ]+", "", match.group(1))
        words = name.split()
        if words[0].lower() in STOP_WORDS or words[0] in CALENDAR_WORDS or name in gazetteer.not_names \
                or len(words) == 1 and is_plain_word(name, gazetteer.plain_words):
            continue
        span = doc.char_span(match.end(1) - len(name), match.end(1), alignment_mode="expand")
        if span is None or any(t.ent_type_ in NOT_A_BODY_LABELS for t in span) \
                or any(t.ent_type_ in PLACE_LABELS for t in span) and opens_sentence(span):
            continue
        names.add(name)
    if not names:
        return []
    return not_yet_mentioned(
        occurrences_as_organisations(text, rf"(?<![\w’'&-])(?:{alternatives(names)})(?![\w’'&-])"), mentions)


def opens_sentence(span) -> bool:
    """"In Leven, the company that runs the site said …": a place opening the sentence, alone or after
    a preposition, is where the subject acts; only a name inside the sentence ("help came from
    Poppycare, the charity for …", which the model may take for a place) stands in apposition."""
    first = span.sent.start
    return span.start == first or span.start == first + 1 and span.doc[first].pos_ == "ADP"


# "Armagh City, Banbridge and Craigavon Borough Council": places listed into one body's name
LONGER_NAME_AFTER = re.compile(rf"(?:,[ ]+{NAME_WORDS})*,?[ ]+and[ ]+{NAME_WORDS}[ ]+(?:{ORG_HEADS})\b")


def opens_longer_name(text: str, m: Mention) -> bool:
    """The place is the first of those a body's name lists: the body is the whole name, not the place."""
    return bool(LONGER_NAME_AFTER.match(text, m.end))


def names_around_places(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer, lists: Lists) -> list[Mention]:
    """"India Cements", "Granules India": the model tagged only the place, and the parse joins it to
    an untagged capitalised word. The longer name is a body where the text says what it does or
    owns ("Shares of India Cements", "India Cements reported"): every mention becomes a candidate.
    After a job or a title the longer name is its holder's ("Eskom spokesperson Sikonathi Mantshantsha")."""
    taken = Spans(mentions)
    by_name: dict[str, list[Mention]] = {}
    people = []  # "Eskom spokesperson Sikonathi Mantshantsha": the holder of a job
    for e in doc.ents:
        if e.label_ not in ("GPE", "LOC"):
            continue
        start, end = e.start, e.end
        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                and joins_place_name(doc[end], gazetteer):
            end += 1
        while start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
                and joins_place_name(doc[start - 1], gazetteer):
            start -= 1
        m = Mention("ORG", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
        last = m.text.split()[-1]
        if (start, end) == (e.start, e.end) or taken.overlapping(m) or last in lists.programme_heads \
                or last in gazetteer.not_organisation_heads or last in gazetteer.place_last_words:
            continue
        if preceding_word(text, m.start).lower() in gazetteer.titles | gazetteer.role_nouns:
            people.append(Mention("PERSON", m.start, m.end, m.text))
            continue
        by_name.setdefault(name_key(m.text), []).append(m)
    return people + [m for members in by_name.values()
                     if any(acts(text, m, lists, gazetteer) or marked_around(text, m, lists) for m in members)
                     for m in members]


def joins_place_name(token, gazetteer: Gazetteer) -> bool:
    """A capitalised proper noun the model left untagged, not a title or a job ("Ireland Captain"),
    a day or a month."""
    return not token.ent_type_ and token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha() \
        and token.lower_ not in STOP_WORDS and token.lower_ not in gazetteer.role_nouns \
        and token.lower_ not in gazetteer.titles and token.text not in CALENDAR_WORDS


BRACKETED_CREDIT = re.compile(r"(?m)^[ \t]*\[[ \t]*([A-Z0-9][\w’'&.+-]*(?:[ \t]+[\w’'&.+-]+){0,3}?)[ \t]*\][ \t]*$")


def bracketed_credits(text: str, mentions: list[Mention]) -> list[Mention]:
    """"[ Wired ]" on a line of its own after each excerpt of a review round-up: where such lines
    name at least two sources and one is a well-known outlet, each credits the outlet quoted."""
    found = [Mention("ORG", c.start(1), c.end(1), c.group(1)) for c in BRACKETED_CREDIT.finditer(text)] \
        if "[" in text else []
    names = {name_key(m.text) for m in found}
    if len(names) < 2 or not names & known_organisations():
        return []
    return not_yet_mentioned(found, mentions)


def not_yet_mentioned(found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The candidates that no mention covers, wholly or in part."""
    taken = Spans(mentions)
    return [m for m in found if not taken.overlapping(m)]


def occurrences_as_organisations(text: str, pattern: str) -> list[Mention]:
    """Every occurrence of a name the article has shown to be a body's, as an ORG candidate."""
    return [Mention("ORG", m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]


WORK_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT"}
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def modifies_next_word(after: str) -> bool:
    """"led by PhD candidates": a name before a plain lowercase word describes it."""
    word = NEXT_WORD.match(after)
    return bool(word) and word.group(1) not in STOP_WORDS


SCORE = re.compile(r"(?<![\d.,-])\d{1,3}[-–]\d{1,3}(?![\d/-]|[.,]\d|\s*(?:percent|per\s+cent|%))")


def sports_report(text: str) -> bool:
    return bool(SCORE.search(text))


def side_of_score_line(text: str, m: Mention, lists: Lists) -> bool:
    """The name is one side of a results line ("Crystal Palace 0 - 2 Manchester United")."""
    line_start, line_end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    line = lists.score_line.match(text, line_start, len(text) if line_end < 0 else line_end)
    return bool(line) and (m.start, m.end) in (line.span(1), line.span(2))


NICKNAME_AFTER_THE = re.compile(r"(?<=\sthe )[A-Z][a-z]+s(?![\w’'-])(?![ \t]+[A-Z])")


def team_nicknames(doc, text: str, mentions: list[Mention], lists: Lists) -> list[Mention]:
    """"the Warriors secured a 112-80 victory", "Warriors coach Steve Kerr": in a sports report a
    capitalised plural written after "the" is a team's nickname, which the model often leaves
    untagged; each of its mentions becomes an ORG candidate, kept only on a team's marks. Not
    events, regions or peoples ("the Olympics", "the Highlands"), nor a name the model tags a
    nationality or a place."""
    words = {m.group() for m in NICKNAME_AFTER_THE.finditer(text)} - lists.not_team_plurals
    words -= {e.text for e in doc.ents if e.label_ in ("NORP", "GPE", "LOC", "EVENT")}
    words = {w for w in words if name_key(w) not in lists.national_sides}
    if not words:
        return []
    found = occurrences_as_organisations(text, rf"(?<![\w’'-])(?:{'|'.join(sorted(words))})(?![\w’'-])")
    return not_yet_mentioned(found, mentions)


# "Indian", "English", "Portuguese", "Dutch", "Pakistani": how a nationality the model tags NORP ends
NATIONALITY_ENDING = re.compile(r"(?:an|ish|ese|ch|i)$")


def sides_before_their_people(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer,
                              lists: Lists) -> list[Mention]:
    """"Aberdeen manager Barry Robson", "Interim Hearts manager Liam Fox", "Woking boss Neal Ardley":
    a name right before a team's job and the person who holds it is the side (or body) they work
    for, where the model leaves a town's club untagged, calls it a nationality or drops a plain word
    ("Celtic", "Hearts"). Each mention of that name becomes an ORG candidate. Not a country (a national
    side is no body), nor a nationality ("Indian captain"), nor a plain word the text never
    capitalises inside a sentence ("Project manager Jane Smith")."""
    people = {m.start for m in mentions if m.label == "PERSON"}
    nationalities = {e.text for e in doc.ents if e.label_ == "NORP" and NATIONALITY_ENDING.search(e.text)}
    # "Rovers boss Grant Murray" after "Raith Rovers": the last word of a longer name is its short form
    short_forms = {m.text.split()[-1] for m in mentions if m.label == "ORG" and " " in m.text}
    names = set()
    for match in lists.side_before_people.finditer(text):
        if match.end() not in people:
            continue
        start, name = match.start(1), match.group(1)
        if lists.team_job.fullmatch(f"{name.split()[-1]} {match.group(2)}"):
            continue  # "Head coach Freddie Kitchens": the capital opens the job, not a side
        first, _, rest = name.partition(" ")
        if rest and sentence_start(text, start) and describes_next_word(doc, start, first, gazetteer):
            start, name = start + len(first) + 1, rest.lstrip()  # "The", "Former", "Angry" open the sentence
        if name_key(name) in lists.national_sides or name in nationalities or "-" in name:
            continue  # "-": "All-Star guard Russell Westbrook", an honour, not a side
        if not proper_name(doc, text, start, name, gazetteer) or name in short_forms:
            continue
        names.add(name)
    if not names:
        return []
    found = occurrences_as_organisations(text, rf"(?<![\w’'&-])(?:{alternatives(names)})(?![\w’'&-])")
    return not_yet_mentioned(found, mentions)


def proper_name(doc, text: str, start: int, name: str, gazetteer: Gazetteer) -> bool:
    """"Aberdeen", "Woking", not "Project" ("Project manager Jane Smith"): a word the language does
    not know, words the model reads as proper nouns or tags as a name, or words the text writes with
    a capital where no sentence opens ("defeat to Hearts", "Interim Hearts manager")."""
    if not all(is_plain_word(w, gazetteer.plain_words) for w in name.split()):
        return True
    span = doc.char_span(start, start + len(name))
    if span is not None and (all(t.pos_ == "PROPN" for t in span) or any(t.ent_type_ for t in span)):
        return True
    return capitalised_inside_sentence(text, name)


def describes_next_word(doc, start: int, word: str, gazetteer: Gazetteer) -> bool:
    """"The", "Former", "Interim": a word opening a sentence before a name that is no part of it;
    not "Glasgow" of "Glasgow Warriors head coach Franco Smith", which the model tags."""
    token = token_at(doc, start)
    return word.lower() in STOP_WORDS or token is not None and not token.ent_type_ \
        and (token.pos_ != "PROPN" or is_plain_word(word, gazetteer.plain_words))


def capitalised_inside_sentence(text: str, name: str) -> bool:
    """"defeat to Hearts", "Interim Hearts manager": the text writes the word with a capital where
    no sentence opens, so it is a name there."""
    return any(not sentence_start(text, m.start())
               for m in re.finditer(rf"(?<![\w’'&-]){re.escape(name)}(?![\w’'&-])", text))


def score_line_sides(text: str, mentions: list[Mention], lists: Lists) -> list[Mention]:
    """Both sides of each results line, which the model often leaves untagged or calls a person
    ("Chelsea 1 - 0 Everton"): teams, unless a country (a national side is no body)."""
    taken = Spans([m for m in mentions if not SCORE.search(m.text)])  # not the model's name for the whole line
    sides = [Mention("ORG", *line.span(i), line.group(i)) for line in lists.score_line.finditer(text) for i in (1, 2)]
    return [m for m in sides if name_key(m.text) not in lists.national_sides and not taken.overlapping(m)]


def marked_as_body(text: str, m: Mention, lists: Lists, work: bool = False, sports: bool = False) -> bool:
    """Evidence no place or person has; a name the model only ever calls a work or a product
    ("articles published on Walikali", "told Vanity Fair") also takes a source or a newsroom word;
    in a sports report, a result names a team ("Columbus beat Montreal")."""
    before, after = text[max(0, m.start - 60):m.start], text[m.end:m.end + 80]
    # "19 points clear of the Ibrox side": a ground or a town before a side's noun only describes the side
    if sports and (lists.results_before.search(before) and not lists.side_noun_after.match(after)
                   or lists.results_after.search(after)) or side_of_score_line(text, m, lists):
        return True
    if work and (lists.employer_before.search(before) and not modifies_next_word(after)
                 or lists.newsroom_after.search(after)):
        return True
    return bool(lists.body_before.search(before) or lists.body_after.search(after)
                or listed_after_plural_noun(text, m, lists) or dateline_source(text, m))


def marked_around(text: str, m: Mention, lists: Lists, sports: bool = False) -> bool:
    """A body's marks in the words around one mention: ``marked_as_body``'s, a body's word after
    it, an employer's word before it, a shop's customers; the gate's verdict and the products
    rules (``products.marked_as_body``) both ask this."""
    return bool(marked_as_body(text, m, lists, sports=sports) or lists.marks_after.search(text[m.end:m.end + 80])
                or lists.employer_before.search(text[max(0, m.start - 60):m.start]) or shop_where_people_buy(text, m))


# --- grouping -------------------------------------------------------------------------------

def names_of_organisations(text: str, mentions: list[Mention]) -> dict[str, list[Mention]]:
    """ORG mentions grouped by name, an acronym with the name it abbreviates ("ESA" with
    "European Space Agency"): evidence for one is evidence for the other."""
    orgs = [m for m in mentions if m.label == "ORG"]
    links = acronym_links(text, orgs)
    groups: dict[str, list[Mention]] = {}
    for m in orgs:
        key = name_key(m.text)
        groups.setdefault(links.get(key, key), []).append(m)
    return groups


# --- one name --------------------------------------------------------------------------------

def verdict(doc, text, members, mentions, gazetteer, lists, sports) -> str:
    """"keep", "person", "drop" (the text says it is something else), "unproven" (nothing
    says it is a body) or "unopposed" (nothing either way, a name the language does not know)."""
    names = {m.text for m in members}
    well_known = any(name_key(n) in known_organisations() for n in names)
    if any(exchange_as_market(text, m, lists) for m in members):
        return "keep"  # "on Nasdaq", "stocks at the JSE": the exchange where shares trade, before its index
    if any(stock_index(text, m, lists) for m in members) and not any(marked_around(text, m, lists, sports) for m in members):
        return "drop"  # "the Nasdaq gained 0.94%": a market's index (in its headline too), unless a body's marks say otherwise
    if all(lists.venue_after.match(text, m.end) for m in members):
        return "drop"  # "Verizon Amphitheatre", "PNC Music Pavilion": a sponsor is part of the venue's name
    if any(gazetteer.lookup("ORG", n) for n in names):
        return "keep"
    if all(n.split()[-1] in lists.event_heads for n in names):
        return "drop"  # "Edinburgh Comedy Awards director Nica Burns": an event's people are its organisers'
    if all(len(n.strip(".’'")) == 1 for n in names):
        return "drop"  # "brand A over brand B": a letter names no body unless aliases.yml lists it
    if not well_known and (all(dateline_place(text, m) for m in members)
                           or story_opens_in_capitals(text, members, gazetteer)):
        return "drop"
    if all(BASED_AFTER.match(text, m.end) for m in members) and not well_known:
        return "drop"  # "the Dunmurry-based manufacturer Survitec": where a body is, not a body
    if any(m.titled for m in members) or person_elsewhere(names, mentions) \
            or any(lists.job_in_apposition.match(text, m.end) and not ORG_HEAD_WORD.search(m.text) for m in members) \
            or not (well_known or sports) and any(given_name_before_who(text, m, gazetteer) for m in members) \
            or not well_known and any(speaker_after_quote(text, m) for m in members):
        return "person"  # "Shaktikanta Das, Reserve Bank of India Governor, said": the body's job holder
    expansion = spelt_out(text, names)
    if expansion is not None and organisation_expansion(expansion, gazetteer, lists):
        return "keep"
    if expansion is not None and not names_a_body(expansion, gazetteer, lists):
        return "drop"
    if any(office_of_a_region(n, gazetteer, lists) for n in names):
        return "drop"  # "the Lagos State Commissioner of Police": a post, not the body it heads
    bodies = {m.text for m in mentions if m.label == "ORG"} - names
    if any(part_of_something(text, m, lists) or fragment(m.text, lists)
           or (m.text.split()[0] in bodies and lists.unit_heads.search(m.text)) for m in members):
        return "drop"
    if all(used_as_place(text, m, lists) for m in members) \
            or not well_known and site_without_its_body(text, members, mentions, gazetteer, lists):
        return "drop"
    if any(has_head_word(n, gazetteer, lists) for n in names) and not all(private_occasion(text, m) for m in members) \
            or any(legislature(doc, m) for m in members):
        return "keep"
    if any(defined_as_thing(text, m, lists) for m in members) and not well_known:
        return "drop"  # "Horizon Europe, the EU’s key funding programme": the text says what it is
    if any(marked_around(text, m, lists, sports) or owns_a_person(text, m, mentions, gazetteer) for m in members):
        return "keep"
    if place_elsewhere(doc, members):
        return "drop"
    if any(marked_before(text, m, lists) or acts(text, m, lists, gazetteer) for m in members):
        return "keep"
    # a well-known name vouches for its own words ("Tom’s Guide" is an outlet, not a guide)
    if any(sold_as_product(text, m, lists, well_known, sports) or one_of_many(doc, text, m)
           or not well_known and names_a_thing(m.text, gazetteer, lists) for m in members):
        return "drop"
    if any(acts_on_something(doc, m) for m in members):
        return "keep"  # after products: "the new Sportback will have quattro drive" acts too
    if well_known or any(masthead(text, m, lists) for m in members):
        return "keep"  # "shoppers on Etsy": readers know the name; a place or product context still wins
    if all(in_title_case_line(text, m.start, m.end) for m in members):
        return "unproven"  # "Smartphone Tech Only in its Infancy, Says Apple CEO": a headline capitalises every word
    if not sports and all(len(n.split()) > 1 and n.split()[-1] in lists.region_last_words for n in names):
        return "unproven"  # "the Osun State governorship election", "till Lagos State is rid of crime": the place
    return "unproven" if all(needs_evidence(n, gazetteer) for n in names) else "unopposed"


BASED_AFTER = re.compile(r"-based\b")
WHO_AFTER = re.compile(r",[ \t]+(?:who|whose)[ \t]")
FUNCTION_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?:of|for|the|to|at|in|on|from|with|by)[ \t]+$")


def given_name_before_who(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """"mum-of-two Leanne, who needed food vouchers": a given name standing alone, that ", who"
    follows, is a person introduced by first name as news introduces ordinary people; not in a
    sports report, where "Chelsea, who" is a side, nor after a preposition or an article ("the
    Minister for Justice, who")."""
    return len(m.text.split()) == 1 and gazetteer.is_first_name(m.text) and bool(WHO_AFTER.match(text, m.end)) \
        and not FUNCTION_WORD_BEFORE.search(text, max(0, m.start - 10), m.start)


# '"I saw a togetherness today," said McCann.': a quote closed, then the verb that gives its speaker
SAID_AFTER_QUOTE = re.compile(r"""[,!?]["”’'][ \t]+(?:said|says|added|admitted|insisted|explained)[ \t]+$""")


def speaker_after_quote(text: str, m: Mention) -> bool:
    """A lone name, not one readers know as a body, that speaks the quote just closed, the clause
    ending with it ('," said McCann.', '," said Guardiola, whose side …'), is a person: news gives
    a body's words to its spokesperson or to "the club", and the model often calls a surname a firm."""
    return len(m.text.split()) == 1 and not m.text.isupper() and text[m.end:m.end + 1] in (".", ",") \
        and bool(SAID_AFTER_QUOTE.search(text, max(0, m.start - 30), m.start))


def masthead(text: str, m: Mention, lists: Lists) -> bool:
    """"Evening Express", "Express & Star": a newspaper's name alone on the page's first line is the
    outlet's masthead (its last word a newspaper's, "Star", "Express"), whatever the words in it."""
    return not text[:m.start].strip() and bool(lists.masthead.match(text, m.start)) \
        and not line_around(text, m)[1].strip()


def office_of_a_region(name: str, gazetteer: Gazetteer, lists: Lists) -> bool:
    """"Lagos State Commissioner of Police", "Nakuru County Commander of Police": a region's name
    before a post ("Commissioner of Police", which names_an_office reads) opens the post's name."""
    words = name.split()
    regions = [i for i, w in enumerate(words[:-1]) if w in lists.region_last_words]
    return bool(regions) and names_an_office(" ".join(words[regions[-1] + 1:]), gazetteer)


def defined_as_thing(text: str, m: Mention, lists: Lists) -> bool:
    """"Horizon Europe, the EU’s key funding programme for research": a kind of thing in apposition
    says what the name is, beating the marks a body's name gets elsewhere ("organisations from
    Horizon Europe"); not where a body's kind comes first ("X, a charity running the scheme")."""
    return bool(lists.thing_in_apposition.match(text, m.end, m.end + 60)) \
        and not lists.marks_after.search(text[m.end:m.end + 80])


THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")  # "the Dow", "the tech-heavy Nasdaq"


INDEX_AFTER = re.compile(r"\s*(?:\d|[Ii]ndex|Composite|All[- ]Share|Top[- ]?\d)")  # "the FTSE 100", "the JSE All Share Index"


def exchange_as_market(text: str, m: Mention, lists: Lists) -> bool:
    """"the close of $133.70 on Nasdaq", "On NSE, the shares trade at", "stocks at the JSE": a stock
    exchange written as the market where shares trade is the exchange, a body; "on the FTSE 100"
    is its index."""
    return m.text in lists.exchange_names and bool(lists.market_before.search(text, max(0, m.start - 30), m.start)) \
        and not INDEX_AFTER.match(text, m.end)


def stock_index(text: str, m: Mention, lists: Lists) -> bool:
    """"the Dow", "Dow Jones fell 64.10 points": a stock index's short name after "the" or before its
    move; "Dow said it would cut jobs" is the company."""
    return m.text in lists.index_names and bool(
        THE_BEFORE.search(text, max(0, m.start - 40), m.start) or lists.index_move.match(text[m.end:m.end + 80]))


WORD = re.compile(r"(?<![\w’'&.-])\w[\w&’'.+-]*")  # a word may follow "/": "REX/Shutterstock"
NAME_END = re.compile(r"(?![\w&/-]|['’][a-rt-z])")  # "Vox" not in "Voxel", "Vox’s" is Vox


WORD_TAIL = re.compile(r"(?:['’]s?|[.+-])+$")  # "DeepMind’s", "Apple.", "Dunkin'"


def first_word(name: str) -> str:
    return WORD_TAIL.sub("", WORD.match(name).group())


@functools.lru_cache(maxsize=1)
def known_organisation_index() -> dict[str, tuple[str, ...]]:
    """First word -> the well-known names it opens, longest first: one look-up per word of a
    text instead of a thousand-way pattern tried at every character."""
    index: dict[str, list[str]] = {}
    for name in sorted(set(known_organisation_names()), key=len, reverse=True):
        index.setdefault(first_word(name), []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def find_known_organisations(text: str):
    """(start, end) of each whole-word occurrence of a well-known name as written, left to right;
    a curly apostrophe is the list's straight one ("Sainsbury’s", "Barnardo’s")."""
    index, position = known_organisation_index(), 0
    for word in WORD.finditer(text):
        if word.start() < position:
            continue
        for name in index.get(WORD_TAIL.sub("", word.group()), ()):
            end = word.start() + len(name)
            if text[word.start():end].replace("’", "'") == name and NAME_END.match(text, end):
                yield word.start(), end
                position = end
                break


OWN_DETERMINER = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:[a-z-]+\s+)?$")


def private_occasion(text: str, m: Mention) -> bool:
    """"my annual Guy Fawkes party", "a Halloween party": a head word the writer left in
    lowercase after someone's or an indefinite determiner is a gathering, not "the Communist party"."""
    last = m.text.split()[-1]
    return last.islower() and bool(OWN_DETERMINER.search(text[max(0, m.start - 30):m.start]))


def used_as_place(text: str, m: Mention, lists: Lists) -> bool:
    """"The body was taken to Suddie Public Hospital", "on the grounds of Jacobi Hospital": a
    hospital, prison or embassy named as where something happens, not as who acts."""
    return m.text.split()[-1] in lists.institution_heads \
        and bool(lists.place_use_before.search(text[max(0, m.start - 40):m.start]))


SHARE_BAR_SEPARATORS = re.compile(r"[\s|•·,/]+")


def page_furniture(text: str, m: Mention, lists: Lists) -> bool:
    """A social network in the page's invitation to follow it ("You can also follow us on
    Facebook, Twitter and Google +") or in a share bar ("Twitter | Facebook | Google+")."""
    if m.label != "ORG" or not lists.social_networks & set(m.text.split()):
        return False
    before, after = line_around(text, m)
    line = before + m.text + after
    names_only = SHARE_BAR_SEPARATORS.sub(" ", line).replace(" and ", " ").split()
    return bool(lists.reader_invitation.search(line)) or all(w in lists.social_networks for w in names_only)


def site_without_its_body(text: str, members: list[Mention], mentions: list[Mention], gazetteer: Gazetteer,
                          lists: Lists) -> bool:
    """A hospital, school or prison (site_heads) that nobody in the text works at or speaks for and
    that does nothing itself is the site where things happen ("ambulances queued at the
    Worcestershire Royal hospital", "outside Oxgangs Primary School"), not a body."""
    if not all(m.text.split()[-1] in lists.site_heads or m.text.split()[0] in lists.site_openers for m in members):
        return False
    return not any(marked_around(text, m, lists) or marked_before(text, m, lists) or acts(text, m, lists, gazetteer)
                   or owns_a_person(text, m, mentions, gazetteer) or person_of_body(text, m, mentions)
                   or bool(JOB_AT_BEFORE.search(text, max(0, m.start - 90), m.start)) for m in members)


OF_BEFORE = re.compile(r",?\s+of\s+(?:the\s+)?$")
# "Dr Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary", "Joel Schlabach, a teacher at
# eastern Indiana’s Richmond High School": a person's job at it, whatever the job's word.
JOB_AT_BEFORE = re.compile(r",\s+an?\s+[\w’' -]{2,50}?\s+at\s+(?:the\s+)?(?:[\w ]{2,30}['’]s\s+)?$")


def person_of_body(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"Patrick Liu-Shiu-Cheong of Victoria Hospital": a person named as of it is one of its people."""
    of = OF_BEFORE.search(text, max(0, m.start - 12), m.start)
    return bool(of) and any(p.label == "PERSON" and p.end == of.start() for p in mentions)


def part_of_something(text: str, m: Mention, lists: Lists) -> bool:
    """A programme ("Project xCloud"), a department in a job title ("Head of Fundamental
    Research at …") or a job title itself ("Head of Platform Solutions"). A unit inside a
    body the article names ("ESA Topical Team") is checked in ``verdict``."""
    words = m.text.split()
    if words[0] in lists.programme_openers and len(words) > 1:
        return True
    if lists.department.search(text[max(0, m.start - 40):m.start]) \
            and re.match(r"\s+(?:at|for|with)\s", text[m.end:m.end + 8]):
        return True
    return bool(lists.job_title.match(m.text))


def units_and_things_of_bodies(text: str, groups: dict[str, list[Mention]], verdicts: dict[str, str],
                               lists: Lists) -> dict[str, str]:
    """"Blue Origin's Blue Moon" (a thing a kept body owns): names nothing marks as bodies."""
    kept = {m.text for key, members in groups.items() if verdicts[key] == "keep" for m in members}
    if not kept:
        return {}
    owners = "|".join(map(re.escape, sorted(kept, key=len, reverse=True)))
    owned = re.compile(rf"(?:{owners})['’]s?\s+$")
    out = {}
    for key, members in groups.items():
        if verdicts[key] not in ("unopposed", "unproven"):
            continue
        for m in members:
            if owned.search(text[max(0, m.start - 60):m.start]):
                out[key] = "drop"
    return out


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
    if words[-1] in lists.programme_heads or words[-1] in gazetteer.not_organisation_heads:
        return False
    return bool(head_word_ends(name, lists)
                or (len(words) > 1 and words[-1] in gazetteer.organisation_last_words)
                # "the Communist party": a head word the writer left in lowercase
                or (len(words) > 1 and words[-1].islower() and ORG_HEAD_WORD.fullmatch(words[-1].capitalize()))
                # "Disney Channel", "Sony Music": a listed company's line of business
                or (len(words) > 1 and gazetteer.lookup("ORG", words[0]) is not None
                    and all(w in gazetteer.not_product_words for w in words[1:]))
                or branch_of_listed_body(name, gazetteer) or nation_branch(name, gazetteer))


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
    if any(not w[:1].isupper() for w in words) or names_an_office(expansion, gazetteer):
        return False
    return not (words[-1] in lists.programme_heads and not public_service(words, lists)
                and all(is_plain_word(w, gazetteer.plain_words) for w in words))


def place_elsewhere(doc, members: list[Mention]) -> bool:
    """"Inner Mongolia" tagged LOC in another sentence is a region here too."""
    keys = {name_key(m.text) for m in members}
    return any(e.label_ in PLACE_LABELS and name_key(e.text) in keys
               and not any(m.start < e.end_char and e.start_char < m.end for m in members) for e in doc.ents)


OWNER_OF_PERSON = re.compile(r"['’]s?\s+([A-Z][a-z]+)\s+[A-Z]")


def owns_a_person(text: str, m: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """"HBO's Casey Bloys and Showtime's Gary Levine": a name owning a person's full name (a known
    first name, the article's person) is that person's employer or side."""
    person = OWNER_OF_PERSON.match(text, m.end)
    return bool(person) and gazetteer.is_first_name(person.group(1)) \
        and any(p.label == "PERSON" and p.start == person.start(1) for p in mentions)


def listed_after_plural_noun(text: str, m: Mention, lists: Lists) -> bool:
    """"awarding missions to companies Astrobotic, Intuitive Machines and Orbit Beyond"."""
    return bool(lists.listed_bodies.search(text[max(0, m.start - 200):m.start]))


DATELINE_PLACE = re.compile(r"(?:^|\n)[A-Z][A-Za-z\d .,’'-]{1,60}\(\s*$")  # "WOLFSBURG, Germany, April 28 ("
DATELINE_DASH = re.compile(r"^\s*\)\s*(?:--|[-—–:])")  # "ISLAMABAD, May 25 (APP):" too


# "CHEHALIS —", "OAKLAND, Calif. —" opening a line: the place a wire story was filed from.
DATELINE_OPENING = re.compile(r"(?:^|\n)[ \t]*$")
DATELINE_PLACE_END = re.compile(r"^(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?[ \t]*(?:--|[—–])[ \t]")


def dateline_place(text: str, m: Mention) -> bool:
    """A name in capitals opening a line before a dash is the dateline's place, not a body acting."""
    return m.text.isupper() and len(m.text) > 3 and bool(DATELINE_OPENING.search(text[max(0, m.start - 8):m.start])) \
        and bool(DATELINE_PLACE_END.match(text[m.end:m.end + 30]))


# UK papers set a story's first word or words in capitals: "UNIONS have warned", "A COUNCIL chief
# criticised", "SCOTLAND'S teachers". The capitals are the paper's style, not an acronym's.
LEDE_IN_CAPITALS = re.compile(r"(?:^|\n)[ \t]*(?:(?:A|AN|THE)[ \t]+)?$")
RUNNING_ON = re.compile(r"(?:['’]S?)?[ \t]+[a-z]")
LINE_IN_CAPITALS = re.compile(r"[^a-z\n]*(?:\n|$)")


def story_opens_in_capitals(text: str, members: list[Mention], gazetteer: Gazetteer) -> bool:
    """A plain word of the language in capitals opening a story is that word ("UNIONS have warned"),
    and so is the same word opening the headline ("Council chief slams ..."), unless the article
    writes it as a name mid-sentence too ("beat Rangers", "while Aberdeen left"): a side, a party
    or a union named in capitals opens a story just the same."""
    lede = next((m for m in members if opens_line_in_capitals(text, m)), None)
    word = lede.text if lede else ""
    if not lede or " " in word or not is_plain_word(word.strip("’'"), gazetteer.plain_words) \
            or not all(LEDE_IN_CAPITALS.search(text, max(0, m.start - 12), m.start) for m in members):
        return False
    forms = {m.text for m in members} | {word.title()}
    as_name = re.compile(r"(?:\b[a-z]+|,)[ \t]+(?:%s)\b" % "|".join(map(re.escape, forms)))
    return not as_name.search(text)


def opens_line_in_capitals(text: str, m: Mention) -> bool:
    """"UNIONS have warned", "NURSES’ leaders": capitals opening a line that runs on in lower case,
    or a line all in capitals ("OWNED BY OUR READERS", a slogan or a headline); not a dateline's
    place ("CONCORD – House leader")."""
    return m.text.isupper() and bool(LEDE_IN_CAPITALS.search(text, max(0, m.start - 12), m.start)
                                     and (RUNNING_ON.match(text, m.end) or LINE_IN_CAPITALS.match(text, m.end)))


def dateline_source(text: str, m: Mention) -> bool:
    """"NAPA COUNTY, Calif. (KGO) --", "LONDON (Reuters) -", "ISLAMABAD, May 25 (APP):": the outlet
    that filed the story."""
    return bool(DATELINE_PLACE.search(text[max(0, m.start - 64):m.start]) and DATELINE_DASH.match(text[m.end:m.end + 8]))


def shop_where_people_buy(text: str, m: Mention) -> bool:
    """"Meanwhile, at B&H, shoppers can save $100": a retailer (its shoppers are named after it)."""
    return bool(re.search(r"\bat\s+$", text[max(0, m.start - 4):m.start])
                and re.match(r",?\s+(?:shoppers|customers|buyers)\b", text[m.end:m.end + 12]))


def marked_before(text: str, m: Mention, lists: Lists) -> bool:
    """"the chief executive of Ocado": a place has a "mayor of" too, so this counts only for a
    name no place shares ("an analyst at Jefferies", "told Reuters" are ``employer_before``)."""
    return bool(lists.marks_before.search(text[max(0, m.start - 60):m.start]))


def acts(text: str, m: Mention, lists: Lists, gazetteer: Gazetteer) -> bool:
    """What a body does or owns ("Boeing said", "Apple’s chief executive", "the Wild’s 4-1 win",
    "Ford’s Mustang"; not "Assassin’s Creed", a plain word seen once, opening a title)."""
    after = text[m.end:m.end + 80]
    # (an acronym is no word of the language: "TCS’s PAT", though "tc" is one)
    if lists.acts_after.search(after) and not (re.match(r"['’]s?\s+[A-Z]", after) and text.count(m.text) == 1
                                                and not m.text.isupper() and is_plain_word(m.text, gazetteer.plain_words)):
        return True
    # "TCS revenue at $6.7bn", "Safaricom shares rose": a company's own figures ("ASX shares" are
    # the exchange's listed companies', not its own)
    if m.text not in lists.exchange_names and lists.market_figures_after.match(text, m.end):
        return True
    return bool(lists.acts_before.search(text[max(0, m.start - 20):m.start]))


def acts_on_something(doc, m: Mention) -> bool:
    """The subject of a verb with an object: "Lexus showed the Concept", "Ford is rolling out
    an SUV". Things are mostly talked about; bodies act."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.head.pos_ != "VERB":
        return False
    return any(child.dep_ in ("dobj", "dative") for child in span.root.head.children)


def sold_as_product(text: str, m: Mention, lists: Lists, well_known: bool = False, sports: bool = False) -> bool:
    """"the new X", "X costs", "X console"; after a well-known maker a thing's kind names its
    line ("Ubisoft games"), and only what is said of a product counts. In a sports report "play
    Rangers on Wednesday" names an opponent, not a game played (fixture_verbs)."""
    after = text[m.end:m.end + 40]
    before = text[max(0, m.start - 40):m.start]
    product_before = lists.product_before.search(before)
    if product_before and sports and product_before.group().split()[0].lower() in lists.fixture_verbs:
        product_before = None
    return bool(product_before or lists.product_after_verbs.search(after)
                or (not well_known and (lists.product_after.search(after) or listed_as_product(text, m, lists)
                                        or lists.thing_in_apposition.match(text, m.end, m.end + 60))))


ONE_OF_MANY = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|[Yy]our|[Oo]ur|[Mm]y|[Hh]is)\s+$")


def one_of_many(doc, text: str, m: Mention) -> bool:
    """"A DXA provides more consistent results", "another HomePod": one of many things; a body
    takes "a" only to describe a noun ("a Google engineer", "a Reuters/Ipsos poll")."""
    if not ONE_OF_MANY.search(text[max(0, m.start - 12):m.start]):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ not in ("compound", "amod", "nmod", "npadvmod")


def listed_as_product(text: str, m: Mention, lists: Lists) -> bool:
    """"niche streaming services, such as CBS All Access", "other platforms like PlayStation
    Network, Xbox Live, and Steam": an example of a kind of thing a body runs."""
    before = text[max(0, m.start - 200):m.start]
    if BARE_COMMA.search(before) and not LIST_GOES_ON.match(text, m.end):
        return False  # "such as CBS All Access, Disney has made …": a new clause, not the list's last item
    return bool(lists.listed_products.search(before))


BARE_COMMA = re.compile(r",\s+$")
LIST_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\b")


MODEL_NUMBER = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d-]+$")


LEGAL_SUFFIX = re.compile(rf"^(?:{LEGAL_SUFFIXES})\.?$")


def fragment(name: str, lists: Lists) -> bool:
    """"Inc.", "Systems Inc.": a legal suffix after nothing but head words is a piece of a name."""
    words = name.split()
    return bool(LEGAL_SUFFIX.match(words[-1])) and all(
        ORG_HEAD_WORD.fullmatch(w.rstrip(".,")) or lists.heads.fullmatch(w.rstrip(".,")) for w in words[:-1])


def names_a_thing(name: str, gazetteer: Gazetteer, lists: Lists) -> bool:
    """"Payboo Credit Card", "Doobie Brothers Tour Dates", "GA @": a thing's head word last, or
    a word with no letter in it ("&" joins a firm's names: "Dundas & Wilson"); "Apple A10 Fusion",
    "LC500 Convertible": a model number in a longer name."""
    words = name.split()
    return words[-1] in lists.programme_heads or words[-1] in gazetteer.not_organisation_heads \
        or (len(words) > 1 and words[-1] in gazetteer.place_last_words and words[-1] not in lists.business_places) \
        or any(not re.search(r"[^\W\d_]", w) and not (w == "&" and joins_a_firms_names(words, gazetteer))
               for w in words) \
        or (len(words) > 1 and any(MODEL_NUMBER.match(w) for w in words))


def joins_a_firms_names(words: list[str], gazetteer: Gazetteer) -> bool:
    """"Dundas & Wilson", "Crowell & Moring LLP": "&" before a surname joins one firm's name; before
    a given name and a surname it joins two people ("Jonathan Nolan & Lisa Joy")."""
    i = words.index("&")
    rest = words[i + 1:]
    return len(words) <= 4 and i > 0 and bool(rest) and (len(rest) == 1 or not gazetteer.is_first_name(rest[0]))


def brand_and_product(name: str, brands: set[str], gazetteer: Gazetteer) -> bool:
    """"Google Stadia", "Ascom Unite Connect": a kept or listed company's name, then words that
    are not its line of business ("Disney Channel", "Sony Music" stay); "Verge’s Stadia": a
    thing with its owner."""
    owner = re.match(r"(.+?)['’]s?\s", name)
    if owner and (owner.group(1) in brands or gazetteer.lookup("ORG", owner.group(1))):
        return True
    words = name.split()
    return len(words) > 1 and words[0] in brands \
        and not all(w in gazetteer.not_product_words for w in words[1:])


def person_elsewhere(names: set[str], mentions: list[Mention]) -> bool:
    """A name the article also writes as a person ("Vasek Pospisil" and "Pospisil"), or a full name
    whose surname it writes after a title ("Humza Yousaf" and "Mr Yousaf"; not "Johnson & Johnson")."""
    people = {m.text for m in mentions if m.label == "PERSON"}
    titled = {m.text for m in mentions if m.label == "PERSON" and m.titled and " " not in m.text}
    return any(n in people or (2 <= len(n.split()) <= 3 and n.split()[-1] in titled
                               and "&" not in n and not ORG_HEAD_WORD.search(n)) for n in names)


# --- across names ------------------------------------------------------------------------------

def products_of_brands(groups: dict[str, list[Mention]], verdicts: dict[str, str], gazetteer: Gazetteer,
                       place_names=frozenset()) -> dict[str, str]:
    """Unopposed names that open with a one-word company the article keeps, or one listed; not
    with a city kept as its club ("Pittsburgh Post-Gazette" after "Pittsburgh coach Mike Tomlin")."""
    brands = {m.text for key, members in groups.items() if verdicts[key] == "keep" and key not in place_names
              for m in members if len(m.text.split()) == 1}
    return {key: "drop" for key, members in groups.items() if verdicts[key] == "unopposed"
            and any(brand_and_product(m.text, brands | {m.text.split()[0]} if gazetteer.lookup(
                "ORG", m.text.split()[0]) else brands, gazetteer) for m in members)}


def countries_standing_for_teams(groups: dict[str, list[Mention]], gazetteer: Gazetteer,
                                 lists: Lists) -> dict[str, str]:
    """A country stays a country, even where it stands for its national side ("Wales coach Ryan
    Giggs", "a 2-1 win over Russia") and whatever the model called it; a city standing for its
    club is a body, so only the names of countries go. Last, as lists and results vouch for teams."""
    return {key: "drop" for key, members in groups.items()
            if any(name_key(m.text) in lists.national_sides and not gazetteer.lookup("ORG", m.text) for m in members)}


SAINT = re.compile(r"(?:St\.?|Saint)\s")
# not "People’s Daily", "Women’s Aid"
OWNER_OF_REST = re.compile(r"^(.+?)(?<!\bPeople)(?<!\bWomen)(?<!\bChildren)(?<!\bMen)['’]s\s+(?=[A-Z])")


def things_of_people_and_places(groups: dict[str, list[Mention]], verdicts: dict[str, str],
                                gazetteer: Gazetteer) -> dict[str, str]:
    """"Luboku’s Pale Blue Dot", "Sheffield’s Residence Life", "Martha’s Vineyard": an unopposed
    name that is what someone or somewhere owns, when the owner is no body the article keeps or
    readers know ("Tom’s Guide" is well known; "the Washington Post’s Fact Checker" is cut to the
    Post before the gate)."""
    kept = {name_key(m.text) for key, members in groups.items() if verdicts[key] == "keep" for m in members}
    out = {}
    for key, members in groups.items():
        owner = OWNER_OF_REST.match(members[0].text) if verdicts[key] == "unopposed" else None
        if owner and name_key(owner.group(1)) not in kept and not known_company(owner.group(1), gazetteer) \
                and not SAINT.match(owner.group(1)):  # "St. Jude’s Research": a saint names institutions
            out[key] = "drop"
    return out


def places_of_councils(groups: dict[str, list[Mention]], verdicts: dict[str, str], gazetteer: Gazetteer) -> dict[str, str]:
    """"The leader of Aberdeen said" beside "Aberdeen City Council": the place that opens a kept
    council's name is the place, even where it stands for the council (the council is named in full);
    in a sports report it is the team (the caller asks only outside one). Not a body's own name
    before its governing council or its organ ("EIS Council", "U.N. Security Council": initials, or a listed body)."""
    places = {m.text.split()[0] for key, members in groups.items() if verdicts[key] == "keep"
              for m in members if len(m.text.split()) > 1 and m.text.split()[-1] == "Council"}
    places = {p for p in places if p.isalpha() and not p.isupper() and not gazetteer.lookup("ORG", p)}  # not "U.N."
    return {key: "drop" for key, members in groups.items()
            if all(m.text in places for m in members)}


def known_company(name: str, gazetteer: Gazetteer) -> bool:
    return gazetteer.lookup("ORG", name) is not None or name_key(name) in known_organisations()


def listed_with_organisations(text: str, groups: dict[str, list[Mention]], verdicts: dict[str, str]) -> dict[str, str]:
    """"Boeing, Lockheed Martin and Moon Express": a name listed next to a kept organisation,
    both written as proper names, is one too. Repeated so a list passes evidence along."""
    changed: dict[str, str] = {}
    ordered = sorted((m.start, m.end, key) for key, members in groups.items() for m in members)
    progress = True
    while progress:
        progress = False
        for (s1, e1, k1), (s2, e2, k2) in zip(ordered, ordered[1:]):
            if k1 == k2 or not LIST_JOINER.match(text[e1:s2]) or clause_after_comma(text, e1, s2, e2) \
                    or name_key(text[s1:e2]) in groups:  # "Post and Courier", a name the article also writes whole
                continue
            v1, v2 = changed.get(k1, verdicts[k1]), changed.get(k2, verdicts[k2])
            if v1 != v2 and {v1, v2} <= {"keep", "unopposed", "unproven"} and "unproven" in (v1, v2):
                changed[k1] = changed[k2] = "keep"
                progress = True
    return changed


def clause_after_comma(text: str, e1: int, s2: int, e2: int) -> bool:
    """"Asked by newspaper GP, Tegnell laughed": after a bare comma, a name that does not go on
    as a list ("GP, Tegnell and AFP", "GP, Tegnell.") opens a new clause."""
    return text[e1:s2].strip() == "," and not LIST_GOES_ON.match(text, e2) and not LIST_ENDS.match(text, e2)


LIST_ENDS = re.compile(r"\s*(?:[.;:)!?]|$)")
LIST_ITEM = r"[A-Z][\w’'&.+-]*(?:[ \t]+[A-Z][\w’'&.+-]*){0,3}"  # a list stays in its line
LIST_SEPARATOR = r"[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*/[ \t]*"
NAME_LIST = re.compile(rf"{LIST_ITEM}(?:(?:{LIST_SEPARATOR}){LIST_ITEM}){{2,}}")


def listed_among_kept_names(text: str, groups: dict[str, list[Mention]], verdicts: dict[str, str],
                            gazetteer: Gazetteer) -> dict[str, str]:
    """"from Nvidia, Gigabyte, MSI, Asus, PNY and EVGA": an item of a list of proper names
    whose other items are mostly kept organisations is one too, even where the model tagged
    no neighbour next to it (so ``listed_with_organisations`` sees no pair). A list of nothing
    but bodies outweighs the model calling the name a place elsewhere."""
    kept = {m.text for key, members in groups.items() if verdicts[key] == "keep" for m in members}
    out = {}
    for key, members in groups.items():
        if verdicts[key] not in ("unproven", "drop"):
            continue
        for m in members:
            items = list_around(text, m)
            others = [i for i in items if i != m.text]
            bodies = [i for i in others if i in kept or gazetteer.lookup("ORG", i)]
            if m.text in items and len(bodies) >= 2 and 2 * len(bodies) >= len(others) and (
                    verdicts[key] == "unproven" or len(bodies) >= 3 and len(bodies) == len(others)):
                out[key] = "keep"
    return out


def list_around(text: str, m: Mention) -> list[str]:
    """The items of the list of capitalised names ``m`` stands in, if it stands in one."""
    start, end = max(0, m.start - 200), min(len(text), m.end + 200)
    for match in NAME_LIST.finditer(text, start, end):
        if match.start() <= m.start and m.end <= match.end():
            return [list_item(i) for i in re.split(LIST_SEPARATOR, match.group()) if i.strip()]
    return []


def list_item(raw: str) -> str:
    """"Homejoy." at a sentence's end is "Homejoy"; "Tyvak Inc." keeps its full stop."""
    item = raw.strip()
    return item if LEGAL_SUFFIX.match(item.split()[-1]) else item.rstrip(".")


def surnames_of_people(groups: dict[str, list[Mention]], verdicts: dict[str, str], gazetteer: Gazetteer,
                       mentions: list[Mention]) -> dict[str, str]:
    """"Das said" after "Shaktikanta Das, Reserve Bank of India Governor,": a one-word name that
    ends a name the text shows to be a person's is that person; not a listed or well-known body
    ("Michael Dell, Dell Chairman," still leaves Dell the company). The model, reading a name it
    does not know, may call the full name a person and its later surname a body ("spokesperson
    Khulu Phasiwe" ... "Phasiwe said"): news names a person in full first, so a surname the model
    calls a body only after that is the person too; a one-word name the article writes before the
    person's full name is left to the rest of the evidence."""
    surnames = {members[0].text.split()[-1] for key, members in groups.items()
                if verdicts[key] == "person" and len(members[0].text.split()) > 1}
    first_named: dict[str, int] = {}
    for m in mentions:
        if m.label == "PERSON" and " " in m.text:
            first_named[m.text.split()[-1]] = min(m.start, first_named.get(m.text.split()[-1], m.start))
    return {key: "person" for key, members in groups.items()
            if verdicts[key] != "person"
            and (members[0].text in surnames
                 or verdicts[key] != "drop"
                 and all(m.text in first_named and m.start > first_named[m.text] for m in members))
            and not gazetteer.lookup("ORG", members[0].text) and key not in known_organisations()}


def short_forms_of_kept_names(groups: dict[str, list[Mention]], verdicts: dict[str, str]) -> dict[str, str]:
    """"Astrobotic" after "Astrobotic Technology", "Big Machine" after "Big Machine Records":
    the leading words of a kept name stand for it."""
    kept = [members[0].text.split() for key, members in groups.items()
            if verdicts[key] == "keep" and len(members[0].text.split()) > 1]
    return {key: "keep" for key, members in groups.items()
            if verdicts[key] == "unproven"
            and any(words[:len(m.text.split())] == m.text.split() and len(words) > len(m.text.split())
                    for m in members for words in kept)}
