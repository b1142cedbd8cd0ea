"""What the words around a name say about it, where the model's label says otherwise.

News writing marks its names in fixed ways: an organisation noun before a company's ("beauty
company Coty"), an outlet spoken to ("told Deadline"), a common noun after the name of a thing
("the Artist of the Decade award", "Walter Reed hospital"), a programme's or a work's name
(“Mary Poppins”), a home town or an address ("Tays, 32, of Franklin"), coordination with other
companies ("Uber or Lyft or Postmates"), a capitalised common word opening a sentence or a
line. Each rule reads structure, never a given article's words; the word lists live in
aliases.yml. People marked by an age, a job, a post, a list or a table are found in
people_marks.py; datelines, bylines, headlines and subheadings in page_furniture.py;
photographers in credits.py.
"""
from __future__ import annotations

import calendar
import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.full_names import FullNames, lone_unknown_name
from extract.gazetteer import Gazetteer
from extract.known_names import well_known_as_written
from extract.lexicon import is_plain_word
from extract.mentions import Mention, Spans
from extract.missed_people import place_at
from extract.name_context import in_title_case_line, listed_together, token_at
from extract.name_patterns import ACRONYM, ORG_HEAD_WORD
from extract.org_words import word_lists
from extract.public_bodies import legislature


# "an Apollo mission": after "a"/"an" a name describes the noun, it does not name a programme.
ARTICLE_BEFORE = re.compile(r"\ban? $")
CALENDAR_WORDS = {w for w in (*calendar.month_name, *calendar.day_name) if w}
# "beauty company Coty", "ride-hailing startup Lugg": an organisation noun, then a name.
NAME_AFTER_NOUN = re.compile(r"\b([a-z][a-z-]+) ([A-Z][\w’'&+!-]*(?: [A-Z][\w’'&+!-]*){0,3})")


def not_a_name_word(word: str) -> bool:
    return word.lower() in STOP_WORDS or word in CALENDAR_WORDS


def organisations_after_nouns(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Untagged names right after an organisation noun or a business's kind ("company Coty",
    "miner Ferrexpo") or right before an employee's job and a person's name ("Jefferies analyst
    Jonathan Matuszewski")."""
    people = {m.start: m for m in mentions if m.label == "PERSON"}
    kinds = word_lists(gazetteer).business_kinds  # "electricals distributor Electrocomponents": untagged only
    found, taken = [], Spans(mentions)
    for match in NAME_AFTER_NOUN.finditer(text):
        noun, name = match.group(1), match.group(2)
        if noun not in gazetteer.organisation_nouns and noun not in gazetteer.opening_kinds \
                and noun not in kinds or not_a_name_word(name.split()[0]) \
                or name.rstrip("’'") in gazetteer.not_names:  # "hospital A&E": a listed non-entity stays one
            continue
        add_untagged(doc, Mention("ORG", match.start(2), match.end(2), name.rstrip("’'")), found, taken)
    for match in re.finditer(r"\b([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2}) ([a-z][a-z-]+) (?=[A-Z])", text):
        if match.group(2) in gazetteer.affiliation_roles and match.end() in people \
                and not not_a_name_word(match.group(1).split()[0]):
            add_untagged(doc, Mention("ORG", match.start(1), match.end(1), match.group(1)), found, taken)
    return found


def outlets_spoken_to(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A newspaper the article quotes from or speaks to, named after "the" ("told the Diss
    Express", "the Evening Express revealed"), or a publication cited by its name alone ("according to The Wrap", "Deadline
    reports that"), that the model tagged as no organisation or person."""

    lists = word_lists(gazetteer)
    found, taken = [], Spans(mentions)
    cited = (cited_name(text, match, gazetteer) for match in lists.outlet_cited.finditer(text))
    spoken_to = [(m.lastindex, m) for m in lists.outlet_spoken_to.finditer(text)]
    for candidate in [Mention("ORG", m.start(g), m.end(g), m.group(g)) for g, m in spoken_to] \
            + [c for c in cited if c and not tagged_as_other(doc, c) and not place_named(doc, c)
               and not surname_of_person(c, mentions)]:
        if not taken.overlapping(candidate) and candidate.text not in gazetteer.not_names:  # "told Politics Scotland"
            found.append(candidate)
            taken.add(candidate)
    return found


def platform_named_x(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"posted on X", "deleting his X account", "X, formerly known as Twitter": the platform whose
    name is one letter, which the model never tags and the gate drops as a letter ("brand A over
    brand B"); only where the words around it say it is the platform."""
    taken = Spans(mentions)
    found = []
    for match in word_lists(gazetteer).x_platform.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        candidate = Mention("ORG", match.start(group), match.end(group), "X")
        if not taken.overlapping(candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


POSSESSIVE_IN_NAME = re.compile(r"['’]s?(?:\s|$)")
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "told MPs", "according to CEOs": people, not a body
NAME_GOES_ON = re.compile(r"[ ][A-Z]")


def cited_name(text: str, match: re.Match, gazetteer: Gazetteer) -> Mention | None:
    """The source's name in an ``outlet_cited`` match, cut before a possessive ("told Deadline’s
    Mike Fleming"); none when it opens with a person's first name or title, a pronoun or a day,
    or ends as a place's or a thing's name does."""
    group = 1 if match.group(1) else 2
    start, name = match.start(group), match.group(group)
    if NAME_GOES_ON.match(text, match.end(group)):
        return None  # "according to Yavapai County Sheriff David Rhodes": more name than three words
    name = POSSESSIVE_IN_NAME.split(name, 1)[0]
    words = name.split()
    if not words or words == ["The"] or gazetteer.is_first_name(words[0]) or words[0].lower() in gazetteer.titles:
        return None
    first = words[1] if words[0] == "The" else words[0]
    if not_a_name_word(first) or any(w in CALENDAR_WORDS or PLURAL_ACRONYM.fullmatch(w) for w in words):
        return None
    if words[-1] in gazetteer.not_organisation_heads or words[-1] in gazetteer.place_last_words:
        return None  # "according to Wall Street": a place standing for its trade
    return Mention("ORG", start, start + len(name), name)


WEB_NAME = re.compile(r"\w\.(?:com|co|org|net|ng|ke|gh|za|in|pk|uk|ie|au|nz)\b")


def place_named(doc, candidate: Mention) -> bool:
    """"according to Scotland": the model's place, the whole name; never a site's address ("TUKO.co.ke")."""
    if WEB_NAME.search(candidate.text):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and any(e.label_ in ("GPE", "LOC") and (e.start_char, e.end_char) == (candidate.start, candidate.end)
                                    for e in span.ents)


def surname_of_person(candidate: Mention, mentions: list[Mention]) -> bool:
    """"according to Verbinski": the article's person, by surname, though the model tagged no name here."""
    return any(m.label == "PERSON" and m.text.split()[-1] == candidate.text for m in mentions)


def health_systems_untagged(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Bon Secours Health System has announced", "Evansville, Ind.-based Deaconess Health System":
    capitalised words before a health system's head (org_evidence.yml care_system_heads) name that
    system, which the model often leaves untagged or cuts to its first word. The name starts after
    a place describing it ("Ind.-based") and a sentence's "The". A mention inside the name gives way
    to it (the caller drops it); one that covers or crosses it stays, and the name is not added."""
    lists = word_lists(gazetteer)
    found = []
    for match in lists.care_system_name.finditer(text):
        start = match.start(1)
        described = re.match(r".*-(?:based|owned|backed)[ ]", match.group(1))
        start += described.end() if described else 0
        start += 4 if text.startswith("The ", start) else 0
        if start >= match.end(1):
            continue
        candidate = Mention("ORG", start, match.end(), text[start:match.end()])
        if not any(m.start < candidate.end and candidate.start < m.end
                   and not (candidate.start <= m.start and m.end <= candidate.end and m.text != candidate.text)
                   for m in mentions + found):
            found.append(candidate)
    return found


def add_untagged(doc, candidate: Mention, found: list[Mention], taken: Spans) -> None:
    if not taken.overlapping(candidate) and proper_nouns(doc, candidate, allow_nouns=True) \
            and not tagged_as_other(doc, candidate):
        found.append(candidate)
        taken.add(candidate)


def proper_nouns(doc, mention: Mention, allow_nouns: bool = False) -> bool:
    """The model parsed the words as a name (or, for a company's, at least as nouns)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    wanted = ("PROPN", "NOUN", "X") if allow_nouns else ("PROPN",)
    return span is not None and all(t.pos_ in wanted or t.is_punct for t in span)


def tagged_as_other(doc, mention: Mention) -> bool:
    """Dates, places, nationalities and figures the model did recognise stay what they are; a
    nationality after a capital "The" is a newspaper's title ("The Hindu reported", "The Australian")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    kinds = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "LANGUAGE") \
        + (() if mention.text.startswith("The ") else ("NORP",))
    return span is not None and any(t.ent_type_ in kinds for t in span)


def names_of_things(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"the Artist of the Decade award", "Walter Reed hospital": a name written before a common
    noun for a thing names that thing, here and wherever the article repeats it."""
    things = set()
    for m in mentions:
        after = re.match(r"\s([a-z]+)\b", text[m.end:m.end + 30])
        if not after or gazetteer.label_of(m.text):
            continue
        if after.group(1) in gazetteer.thing_nouns or (after.group(1) in gazetteer.event_nouns and owns_no_noun(text, m)):
            things.add(m.text)
    things |= programmes_named_untagged(text, mentions, gazetteer)
    return [m for m in mentions if m.text not in things]


def names_of_vessels(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"CalMac said MV Caledonian Isles … the Caledonian Isles will run": a name after a ship's
    prefix (aliases.yml vessel_prefixes) is a vessel's, with the prefix and wherever the article
    writes the name without it; the model takes ships for bodies or people."""
    if not gazetteer.vessel_prefixes:
        return mentions
    vessels = set(m.group(1) for m in vessel_name_after(gazetteer.vessel_prefixes).finditer(text))
    if not vessels:
        return mentions
    return [m for m in mentions if m.text not in vessels and without_vessel_prefix(m.text, gazetteer) not in vessels]


@functools.lru_cache(maxsize=4)
def vessel_name_after(prefixes: frozenset[str]) -> re.Pattern:
    """A prefix, then the ship's name: capitalised words, "of" or "the" inside ("Isle of Arran")."""
    word = r"[A-Z][\w’'-]*"
    return re.compile(rf"(?<![\w’'-])(?:{'|'.join(sorted(prefixes))}) ({word}(?: (?:of |the )*{word})*)")


def without_vessel_prefix(name: str, gazetteer: Gazetteer) -> str:
    first, _, rest = name.partition(" ")
    return rest if first in gazetteer.vessel_prefixes else name


def programmes_named_untagged(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """"The Artemis program …, Artemis will": the model tagged only the bare name, but the
    article also writes it before a programme noun."""
    names = {m.text for m in mentions if m.label == "ORG" and owns_no_noun(text, m) and not gazetteer.label_of(m.text)}
    if not names or not gazetteer.event_nouns:
        return set()
    return names_ending_where(text, names, programme_noun_at(gazetteer.event_nouns), after_article=False)


@functools.lru_cache(maxsize=4)
def programme_noun_at(nouns: frozenset[str]) -> re.Pattern:
    return re.compile(rf"(?=\s(?:{'|'.join(sorted(nouns))})\b)")


def names_ending_where(text: str, names: set[str], end: re.Pattern, after_article: bool = True) -> set[str]:
    """Each name written whole (not inside a longer word) just before a place ``end`` matches, the
    longest when several end there. ``after_article=False`` skips names after "a"/"an".

    Looks only where ``end`` matches, instead of compiling an alternation of every name of every
    article (which cost more than all of the rest of this module)."""
    found = set()
    for stop in end.finditer(text):
        at = stop.start()
        for name in sorted((n for n in names if text.endswith(n, 0, at)), key=len, reverse=True):
            start = at - len(name)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_’'-"):
                continue
            if not after_article and ARTICLE_BEFORE.search(text, max(0, start - 4), start):
                continue
            found.add(name)
            break
    return found


def owns_no_noun(text: str, m: Mention) -> bool:
    """"the Artemis program" names a programme; "a NASA mission", "SpaceX’s mission" are an
    organisation's."""
    return m.label == "ORG" and not ACRONYM.match(m.text) and not any(c.isupper() for c in m.text[1:2]) \
        and not re.search(r"\b(?:a|an)\s+$", text[max(0, m.start - 4):m.start])


def common_acronyms(doc, mentions: list[Mention]) -> list[Mention]:
    """"plans for an IPO", "a PBU in coverage": capitals after "a"/"an" standing as the noun
    itself are an abbreviation, not an organisation ("a NASA scientist" keeps NASA)."""
    kept = []
    for m in mentions:
        if ACRONYM.match(m.text) and re.search(r"\b(?:a|an)\s$", text_before(doc, m.start)):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not (span.root.dep_ in ("compound", "nmod", "amod") and span.root.head.i >= span.end):
                continue
        kept.append(m)
    return kept


def text_before(doc, start: int) -> str:
    """The four characters before start, read from the tokens: Doc.text rebuilds the whole
    text on every access."""
    token = token_at(doc, start)
    if token is None:
        return ""
    first = max(0, token.i - 3)
    before = "".join(t.text_with_ws for t in doc[first:token.i])
    return before[-4:]


def names_with_possessive_s(doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """"Lowe’s (LOW) stock", "Lowe’s reports earnings": a company named with its ’s.

    When every time the article writes the name it writes the ’s, and at least once
    nothing owned follows ("Lowe’s (LOW)", "Lowe’s reports"), the ’s is part of the name.
    """
    out = list(mentions)
    by_text: dict[str, list[int]] = {}
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    for i, m in enumerate(mentions):
        # One word: "Lowe’s", "McDonald’s"; never "Bernie Sanders’s" or a surname ("Maroon's").
        if m.label in ("ORG", "PERSON") and len(m.text.split()) == 1 and m.text not in surnames:
            by_text.setdefault(m.text, []).append(i)
    for name, indexes in by_text.items():
        if any(text[mentions[i].end:mentions[i].end + 2] not in ("’s", "'s") for i in indexes):
            continue
        if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![’']s)(?![\w-])", text)):
            continue  # the article also writes the bare name: the ’s is a possessive
        if not any(owns_nothing(doc, text, mentions[i].end + 2) for i in indexes):
            continue
        for i in indexes:
            m = mentions[i]
            out[i] = Mention("ORG", m.start, m.end + 2, text[m.start:m.end + 2])
    return out


def owns_nothing(doc, text: str, after: int) -> bool:
    rest = text[after:after + 3]
    if re.match(r"\s\((?:[A-Z]+:\s?)?[A-Z.]{1,6}\)", text[after:after + 20]) or rest.startswith((",", ".", ";", ":")) \
            or not rest.strip():
        return True
    token = token_at(doc, after + 1) if rest.startswith(" ") else None
    return token is not None and token.pos_ in ("VERB", "AUX", "ADV", "ADP", "CCONJ") and not gerund_before_noun(token)


def gerund_before_noun(token) -> bool:
    """"Dell's manufacturing plant": an -ing word describing the noun after it, what the name owns."""
    return token.tag_ == "VBG" and token.dep_ in ("compound", "amod") and token.head.i > token.i \
        and token.head.pos_ in ("NOUN", "PROPN")


def titles_of_works(text: str, mentions: list[Mention]) -> list[Mention]:
    """“Mary Poppins” and “Bambi”: a name that is all a quotation holds (but for a leading
    article: “The Survival of British Airways”) is a film's, a book's, a song's or a message's
    title, unless the article also writes it outside quotation marks."""
    quoted = {m.text for m in mentions if quoted_whole(text, m)}
    if not quoted:
        return mentions
    bare = {m.text for m in mentions if m.text in quoted and not quoted_whole(text, m)}
    return [m for m in mentions if m.text not in quoted or m.text in bare]


OPENS_QUOTATION = re.compile(r"[“\"‘](?:(?:The|A|An)\s)?$")


def quoted_whole(text: str, m: Mention) -> bool:
    return bool(OPENS_QUOTATION.search(text, max(0, m.start - 5), m.start)) \
        and bool(re.match(r"[,.!?]?[”\"’]", text[m.end:m.end + 2]))


def places_of_residence(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Christopher Tays, 32, of Franklin": after a person's age, "of" introduces a home town; so it
    does right after a person's name ("John Robertson, of Forest Way, had been drinking"), where a
    second person is never written: a name taken for a person there is the street or town."""
    people_ends = {m.end for m in mentions if m.label == "PERSON"}

    def home(m):
        before = text[max(0, m.start - 12):m.start]
        if re.search(r"\b\d{1,3},\s+of\s+$", before):
            return True
        after_name = re.search(r",[ \t]+of[ \t]+$", before)
        return m.label == "PERSON" and bool(after_name) and m.start - len(after_name.group()) in people_ends
    return [m for m in mentions if not home(m)]


# Where something happens, written as an address: "a fire at St Madoes, Perth", "in Hawkesbury
# Upton, near Old Sodbury", "near his home at Hazel Glen, Dunmurry".
LOCATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:at|in|near|outside|off)[ \t]+$")
HOME_BEFORE = re.compile(r"(?<![\w’'-])(?:home|house|flat|address|property|farm)[ \t]+(?:at|in|on|near)[ \t]+$")
TOWN_AFTER = re.compile(r",[ \t]+(?:near[ \t]+)?(?=[A-Z])")


def places_in_addresses(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A name written where something happens, with its town after a comma, is a place ("at St
    Madoes, Perth"); after "home at", so is the town ("Hazel Glen, Dunmurry"). A body's name (a
    head word, a listed name) stays: "staff at Tesco, Perth" work for Tesco."""
    places = set()
    for m in mentions:
        if gazetteer.label_of(m.text) or (m.label == "ORG" and ORG_HEAD_WORD.search(m.text)):
            continue
        before = text[max(0, m.start - 20):m.start]
        town = TOWN_AFTER.match(text, m.end)
        if HOME_BEFORE.search(before):
            places.add((m.start, m.end))
            if town:  # "Dunmurry" after "home at Hazel Glen, "
                places |= {(n.start, n.end) for n in mentions if n.start == town.end() and not gazetteer.label_of(n.text)}
        elif town and LOCATIVE_BEFORE.search(before) and (place_at(doc, town.end()) or "near" in town.group()):
            places.add((m.start, m.end))
    return [m for m in mentions if (m.start, m.end) not in places] if places else mentions


def common_words_opening_sentences(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Education advocacy groups estimated …": a capitalised common word opening a sentence,
    written in lowercase elsewhere in the article and never tagged mid-sentence, is no name."""
    def opens_sentence(m):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span[0].is_sent_start
    single = [m for m in mentions if len(m.text.split()) == 1 and m.label == "ORG" and m.text[1:].islower()
              and not gazetteer.label_of(m.text)]
    suspects = {m.text for m in single if opens_sentence(m)} - {m.text for m in single if not opens_sentence(m)}
    lowercase = {w for w in suspects if re.search(rf"\b{re.escape(w.lower())}\b", text)}
    return [m for m in mentions if m.text not in lowercase]


def capitalised_common_words(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"the Force", "Concept", "State": one capitalised word the model calls an organisation,
    that the article also writes in lowercase as a plain word (not in a web address), is a
    common word given a capital, not a name; not a chamber the capital names ("corrected the
    Assembly record" beside "assembly members")."""
    single = {m.text for m in mentions if m.label == "ORG" and len(m.text.split()) == 1 and m.text[1:].islower()
              and m.text.isalpha() and not gazetteer.label_of(m.text)}
    common = {w for w in single
              if re.search(rf"(?<![\w@./#-]){re.escape(w.lower())}(?![\w-])(?!\.[a-z])", text)}
    return [m for m in mentions if m.label != "ORG" or m.text not in common or legislature(doc, m)]


def organisations_in_lists(doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Marvel Entertainment, Lucasfilm and BamTech", "Uber or Lyft or Postmates": a proper noun
    coordinated with organisations, which the model missed or called a place, is one too."""
    by_token = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            by_token.update({t.i: m for t in span})
    found, taken = [], Spans(mentions)
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "PROPN" or token.i in by_token:
            continue
        labels = {by_token[t.i].label for t in conjuncts(token) if t.i in by_token}
        if labels != {"ORG"}:
            continue
        first, last = start_of_name(doc, token, by_token), end_of_name(doc, token)
        if token.ent_type_ or not token.text[:1].isupper() or token.text.isupper() \
                or not_a_name_word(first.text) or any(i in by_token for i in range(first.i, last.i + 1)):
            continue
        start, end = first.idx, last.idx + len(last.text)
        candidate = Mention("ORG", start, end, doc.text[start:end])
        if not taken.overlapping(candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


def start_of_name(doc, token, taken):
    """"Emirates Building Systems", "Rashtriya Swayamsevak Sangh": the capitalised proper nouns right
    before the member of the list that the parser makes part of its name (compounds of a word
    inside it) open the name, a place's name among them ("Emirates"); none an entity already holds."""
    first = token
    while first.i > 0 and (before := doc[first.i - 1]).dep_ == "compound" and before.pos_ == "PROPN" \
            and before.text[:1].isupper() and first.i <= before.head.i <= token.i and before.i not in taken:
        first = before
    return first


def end_of_name(doc, token):
    """"the Wales Audit Office and Health Inspectorate Wales": the parser may take only the first
    word of a name for the member of the list; the name goes on over the capitalised proper
    nouns right after it that no entity holds."""
    last = token
    while last.i + 1 < len(doc) and last.whitespace_ and doc[last.i + 1].pos_ == "PROPN" \
            and doc[last.i + 1].text[:1].isupper() and not doc[last.i + 1].ent_type_:
        last = doc[last.i + 1]
    return last


def conjuncts(token) -> list:
    """Every member of the coordination ("A, B and C") that token belongs to."""
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    members, stack = [], [root]
    while stack:
        current = stack.pop()
        members.append(current)
        stack.extend(c for c in current.children if c.dep_ == "conj")
    return members


def without_opening_gerund(doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Hosting Cook at Dreamforce “is our dream”": a sentence's opening -ing word that is no
    given name, before a surname the article gives someone else's first name ("Tim Cook"),
    is the verb before the name, not part of it ("Xiaoming Wang" stays whole)."""
    full_names = [m.text.split() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1]
    out = []
    for m in mentions:
        words = m.text.split()
        if len(words) > 1 and words[0].endswith("ing") and not gazetteer.is_first_name(words[0]) \
                and any(other[-1] == words[-1] and other[0] != words[0] for other in full_names):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span[0].is_sent_start:
                start = m.start + len(words[0]) + 1
                m = Mention(m.label, start, m.end, m.text[start - m.start:], m.titled)
        out.append(m)
    return out


def plain_words_capitalised_by_position(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Sacrifice is necessary…", "Grading on a Curve", a table heading "Linebacker": a word of
    the language tagged ORG once, only where a capital says nothing (a sentence's, a line's or a
    quotation's first word, after "a"/"an", or in a headline written in title case), is no name."""
    if not gazetteer.plain_words:
        return mentions
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.text] = counts.get(m.text, 0) + 1

    def capital_says_nothing(m: Mention) -> bool:
        words = m.text.split()
        if m.label != "ORG" or len(words) != 1 or counts[m.text] > 1 or not m.text[1:].islower() \
                or gazetteer.label_of(m.text) or not is_plain_word(m.text, gazetteer.plain_words) \
                or legislature(doc, m):  # "Parliament on Friday approved …": a chamber's name opens the line
            return False
        before = text[max(0, m.start - 4):m.start]
        if not before.strip() or before.rstrip()[-1:] in "“\"‘\n" or re.search(r"\b(?:a|an|A|An)\s$", before):
            return True
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return (span is not None and span[0].is_sent_start) or in_title_case_line(text, m.start, m.end)
    return [m for m in mentions if not capital_says_nothing(m)]


# ", Lockheed Martin," / " and Moon Express." : where a list item ends.
ITEM_END = re.compile(r"(?:,\s|\s(?:and|or)\s|[.;]|$)")


def whole_names_in_lists(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Intuitive Machines, Lockheed Martin, Masten Space Systems, Moon Express and OrbitBeyond":
    in a list of organisations each item is one whole name. The model's "Lockheed" runs on
    over the untagged capitalised word before the item's end; "Moon Express", between two
    organisations, is one too, even after a given name, when "Express" never stands alone."""

    ordered = sorted(mentions, key=lambda m: m.start)
    taken = Spans(mentions)
    out, relabelled = [], False
    for i, m in enumerate(ordered):
        joiners = [listed_together(text, m, ordered[j]) if 0 <= j < len(ordered) and ordered[j].label == "ORG"
                   else None for j in (i - 1, i + 1)]
        rest = re.match(r"((?:\s[A-Z][a-z][\w’'-]*){1,2})(?=,\s|\s(?:and|or)\s)", text[m.end:m.end + 40])
        if m.label == "ORG" and any(joiners) and rest:
            end = m.end + len(rest.group(1))
            longer = Mention("ORG", m.start, end, text[m.start:end])
            if not [o for o in taken.overlapping(longer) if o is not m] and listed_item(text, longer):
                m = longer
        elif m.label == "PERSON" and not m.titled and all(joiners) and len(m.text.split()) == 2 \
                and not gazetteer.label_of(m.text) and not stands_alone(text, m.text.split()[-1]):
            m = Mention("ORG", m.start, m.end, m.text)
            relabelled = True
        out.append(m)
    if relabelled:  # "Moon" alone was explained only by the "Moon Express" now an organisation
        names = FullNames.of(out)
        out = [m for m in out if gazetteer.label_of(m.text) or not lone_unknown_name(m, names)]
    return out


def listed_item(text: str, m: Mention) -> bool:
    """A list separator both before and after the name."""
    return bool(re.search(r"(?:,\s|\s(?:and|or)\s)$", text[max(0, m.start - 5):m.start])) \
        and bool(ITEM_END.match(text, m.end))


def stands_alone(text: str, word: str) -> bool:
    """"Express" in "Moon Express": whether the article writes the word on its own as a name."""
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
        if not re.search(r"[A-Z][\w’'-]*\s$", text[max(0, match.start() - 30):match.start()]) \
                and not re.match(r"\s[A-Z]", text[match.end():match.end() + 2]):
            return True
    return False


def places_in_lists(doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Turkey, Poland, and Bonaire, St Eustatius and Saba", "Madeira and the Azores": a name
    the model calls an organisation, coordinated only with places, is a place too (the mirror
    of a name listed among organisations); not in a list a body's phrase opens ("spells at
    Rochdale, Southport and Sligo": the places the model saw are clubs)."""
    from extract.org_marks import listed_after_body_phrase  # org_marks reads page furniture, which reads this module
    from extract.org_words import word_lists
    org_tokens = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and m.label == "ORG":
            org_tokens.update(t.i for t in span)

    def listed_with_places(m: Mention) -> bool:
        if m.label != "ORG" or gazetteer.label_of(m.text) or ORG_HEAD_WORD.search(m.text) or ACRONYM.match(m.text) \
                or well_known_as_written(m.text):  # "followed by Iberia and Aer Lingus": an airline among places
            return False
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        others = [t for t in conjuncts(span.root) if t.i not in range(span.start, span.end)]
        return bool(others) and all(t.ent_type_ in ("GPE", "LOC") and t.i not in org_tokens for t in others) \
            and not listed_after_body_phrase(doc.text, m, word_lists(gazetteer))  # "spells at Rochdale, … and Sligo"
    return [m for m in mentions if not listed_with_places(m)]


def without_hashtag(text: str, mentions: list[Mention]) -> list[Mention]:
    """"#Browns Greedy Williams": a hashtag before a name is not part of it."""
    out = []
    for m in mentions:
        if m.start > 0 and text[m.start - 1] == "#" and " " in m.text:
            cut = m.text.index(" ") + 1
            m = Mention(m.label, m.start + cut, m.end, m.text[cut:], m.titled)
        out.append(m)
    return out


