"""What the words around a name say about it, where the model's label says otherwise.

News writing marks its names in fixed ways: an age after a person's name
("Braun, 38, said"), an organisation noun before a company's ("beauty company
Coty"), an employer before a job title and a person ("Jefferies analyst Jonathan
Matuszewski"), a job before or in apposition after a person's name ("center Casey
Mittelstadt", "Eswar Prasad, a trade professor at Cornell"), a post in apposition before
it ("The governor of Bayelsa, Douye Diri, said"), a common noun after the
name of a thing ("the Artist of the Decade award", "Walter Reed hospital"), a home
town after an age ("Tays, 32, of Franklin"), a wire dateline ("COLUMBIA, S.C. (AP) —"),
quotation marks around a title (“Mary Poppins”), coordination with other companies
("Uber or Lyft or Postmates"). Each rule reads structure, never a given article's
words; the word lists live in aliases.yml.
"""
from __future__ import annotations

import calendar
import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.credits import credited_names
from extract.full_names import FullNames, lone_unknown_name
from extract.gazetteer import Gazetteer
from extract.known_names import well_known_as_written
from extract.lexicon import is_plain_word
from extract.mentions import Mention, Spans
from extract.missed_people import place_at
from extract.name_context import in_title_case_line, listed_together, person_shape, person_word_before, token_at
from extract.name_patterns import ACRONYM, ORG_HEAD_WORD
from extract.org_words import word_lists
from extract.public_bodies import legislature

# ", 38," / ", 38 –" / ", 38)" after a name: a person's age (not "3-1", "5%", "2,000").
AGE_AFTER = re.compile(r",\s(?:[1-9]|[1-9]\d|1[01]\d)(?=(?:,|\s[–—-]\s|\)|\s(?:who|of|from|and|was|is|has|said)\b))")
AGE_AT = re.compile(f"(?={AGE_AFTER.pattern})")
# "an Apollo mission": after "a"/"an" a name describes the noun, it does not name a programme.
ARTICLE_BEFORE = re.compile(r"\ban? $")
CALENDAR_WORDS = {w for w in (*calendar.month_name, *calendar.day_name) if w}
_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# "Eswar Prasad, a trade professor at Cornell," / "Jane Doe, the former executive director"
APPOSITION_AFTER_NAME = re.compile(
    rf"(?<![\w’'.-])({_CAPITALISED}(?:\s[A-Z]\.)?\s(?:Mc|Mac|O’|O')?{_CAPITALISED})"
    r",\s(?:a|an|the)\s([^,.;:()\n]{1,60})")
# "beauty company Coty", "ride-hailing startup Lugg": an organisation noun, then a name.
NAME_AFTER_NOUN = re.compile(r"\b([a-z][a-z-]+) ([A-Z][\w’'&+!-]*(?: [A-Z][\w’'&+!-]*){0,3})")


def not_a_name_word(word: str) -> bool:
    return word.lower() in STOP_WORDS or word in CALENDAR_WORDS


def people_by_age(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name followed by an age ("Braun, 38 –") is a person wherever the article writes it."""
    aged = aged_names(text, mentions)
    return [Mention("PERSON", m.start, m.end, m.text, m.titled) if m.text in aged and m.label != "PERSON"
            else m for m in mentions]


def aged_names(text: str, mentions: list[Mention]) -> set[str]:
    names = {m.text for m in mentions if len(m.text.split()) <= 3 and not ORG_HEAD_WORD.search(m.text)
             and not ACRONYM.match(m.text) and m.text[:1].isupper()}
    return names_ending_where(text, names, AGE_AT)


# An age written next to a name the model left untagged: "Moses Boakye, 22, had …" late in a long
# list of defendants, "42-year-old Janice Porter".
_FULL_NAME = rf"{_CAPITALISED}(?:[ \t](?:Mc|Mac|O’|O')?{_CAPITALISED}){{1,2}}"
FULL_NAME_ENDING = re.compile(rf"(?<![\w’'.-])({_FULL_NAME})$")
FULL_NAME_AFTER_AGE = re.compile(rf"\b\d{{1,3}}-year-old[ \t]+({_FULL_NAME})(?![\w’'-])")


def untagged_people_by_age(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A given name and one or two surnames with an age just after or just before them is a person,
    where the model tagged nothing there. Looks back from each age only, not along the whole text."""
    spans = [m.span(1) for m in FULL_NAME_AFTER_AGE.finditer(text)]
    for age in AGE_AT.finditer(text):
        name = FULL_NAME_ENDING.search(text, max(0, age.start() - 60), age.start())
        if name:
            spans.append(name.span(1))
    found, taken = [], Spans(mentions)
    for start, end in spans:
        candidate = Mention("PERSON", start, end, text[start:end])
        words = candidate.text.split()
        if gazetteer.is_first_name(words[0]) and not gazetteer.label_of(candidate.text) \
                and not any(not_a_name_word(w) for w in words) and not taken.overlapping(candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


def people_in_apposition(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"First Last, a|the <job> …", untagged or tagged ORG: the job noun says it is a person.

    Returns the mentions with such ORGs relabelled, plus the untagged names found."""
    found, taken = [], Spans(mentions)
    relabel, widened = {}, set()
    for match in APPOSITION_AFTER_NAME.finditer(text):
        name, job = match.group(1), match.group(2).lower().split()
        if not any(word in gazetteer.role_nouns for word in job) or text[max(0, match.start() - 4):match.start()] == "the ":
            continue  # "disclosed by the Aspen Times, the former mayor argued": a paper, then the clause's subject
        # titled: the job makes it a person for good ("Marco Villa" is no football club).
        candidate = Mention("PERSON", match.start(1), match.end(1), name, titled=True)
        overlapping = taken.overlapping(candidate)
        if len(overlapping) == 1 and overlapping[0].label == "PERSON" and overlapping[0].end == candidate.end \
                and overlapping[0].start > candidate.start:
            # "He Jianxiong, the former executive director": the model kept only "Jianxiong".
            widened.add(overlapping[0].start)
            found.append(candidate)
            continue
        if not_a_name_word(name.split()[0]):
            continue
        if len(overlapping) == 1 and (overlapping[0].start, overlapping[0].end) == (candidate.start, candidate.end) \
                and not ORG_HEAD_WORD.search(name) and not gazetteer.label_of(name):
            relabel[candidate.start] = candidate  # the model's ORG "Eswar Prasad", or its PERSON
        elif not overlapping and proper_nouns(doc, candidate) and gazetteer.label_of(name) != "ORG":
            # ("to form a future non-Labour Welsh Government, the Tory leader in Wales has said": a listed body)
            found.append(candidate)
            taken.add(candidate)
    return [relabel.get(m.start, m) for m in mentions if m.start not in widened] + found


# "The governor of Bayelsa, ", "the state’s commissioner of police, ", "the Police Public Relations
# Officer, ": a post, then a comma, right before a name; group 1 is the post's last word.
POST_BEFORE_NAME = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s(?:[\w’'-]+\s){0,4}?([A-Za-z-]+)"
    r"(?:\sof\s(?:the\s)?[A-Za-z][\w-]*(?:\s[A-Z][\w-]*){0,2})?,\s$")
# "Lagos State Governor, ", "Home Secretary, ": a post written as a title, capitalised with its
# place or portfolio and no article, then a comma; group 1 is the title.
TITLE_POST_BEFORE_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s){0,3}([A-Z][a-z]+),\s$")
# Titles a company can hold too ("the market leader, Boston Dynamics"; "its founder, …" is not a post).
NOT_POSTS = {"leader", "star", "first", "founder", "boss", "general", "manager", "owner", "partner"}


def people_after_posts(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"The governor of Bayelsa, Douye Diri, has ordered", "Lagos State Governor, Babajide Sanwo-Olu,
    has sworn in": a name of two or three words the model tagged ORG, in apposition right after a
    post, is the post's holder."""
    return [Mention("PERSON", m.start, m.end, m.text, titled=True) if holds_post_before(text, m, gazetteer) else m
            for m in mentions]


def holds_post_before(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    words = m.text.split()
    if m.label != "ORG" or not 2 <= len(words) <= 3 or ORG_HEAD_WORD.search(m.text) or gazetteer.label_of(m.text) \
            or well_known_as_written(m.text) or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    post = POST_BEFORE_NAME.search(text, max(0, m.start - 80), m.start) \
        or TITLE_POST_BEFORE_NAME.search(text, max(0, m.start - 60), m.start)
    return bool(post) and post.group(1).lower() in gazetteer.titles and post.group(1).lower() not in NOT_POSTS


def organisations_after_nouns(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Untagged names right after an organisation noun ("company Coty") or right before an
    employee's job and a person's name ("Jefferies analyst Jonathan Matuszewski")."""
    people = {m.start: m for m in mentions if m.label == "PERSON"}
    found, taken = [], Spans(mentions)
    for match in NAME_AFTER_NOUN.finditer(text):
        noun, name = match.group(1), match.group(2)
        if noun not in gazetteer.organisation_nouns or not_a_name_word(name.split()[0]) \
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
    Express"), or a publication cited by its name alone ("according to The Wrap", "Deadline
    reports that"), that the model tagged as no organisation or person."""

    lists = word_lists(gazetteer)
    found, taken = [], Spans(mentions)
    cited = (cited_name(text, match, gazetteer) for match in lists.outlet_cited.finditer(text))
    for candidate in [Mention("ORG", m.start(1), m.end(1), m.group(1)) for m in lists.outlet_spoken_to.finditer(text)] \
            + [c for c in cited if c and not tagged_as_other(doc, c) and not place_named(doc, c)
               and not surname_of_person(c, mentions)]:
        if not taken.overlapping(candidate) and candidate.text not in gazetteer.not_names:  # "told Politics Scotland"
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


def place_named(doc, candidate: Mention) -> bool:
    """"according to Scotland": the model's place, the whole name."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and any(e.label_ in ("GPE", "LOC") and (e.start_char, e.end_char) == (candidate.start, candidate.end)
                                    for e in span.ents)


def surname_of_person(candidate: Mention, mentions: list[Mention]) -> bool:
    """"according to Verbinski": the article's person, by surname, though the model tagged no name here."""
    return any(m.label == "PERSON" and m.text.split()[-1] == candidate.text for m in mentions)


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
    """Dates, places, nationalities and figures the model did recognise stay what they are."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ("DATE", "TIME", "NORP", "CARDINAL", "MONEY", "PERCENT",
                                                    "ORDINAL", "QUANTITY", "LANGUAGE") for t in span)


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
    return token is not None and token.pos_ in ("VERB", "AUX", "ADV", "ADP", "CCONJ")


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
    """"Christopher Tays, 32, of Franklin": after a person's age, "of" introduces a home town."""
    return [m for m in mentions if not re.search(r"\b\d{1,3},\s+of\s+$", text[max(0, m.start - 12):m.start])]


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
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i == token.i - 1]
        first, last = words[0] if words else token, end_of_name(doc, token)
        if token.ent_type_ or not token.text[:1].isupper() or token.text.isupper() \
                or not_a_name_word(first.text) or any(i in by_token for i in range(first.i, last.i + 1)):
            continue
        start, end = first.idx, last.idx + len(last.text)
        candidate = Mention("ORG", start, end, doc.text[start:end])
        if not taken.overlapping(candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


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


# "COLUMBIA, S.C. (AP) —", "LONDON (Reuters) -": a wire story's dateline names a place.
DATELINE = re.compile(r"[A-Z][A-Z .’'-]+(?:,\s[A-Za-z. ]{2,20})?\s\([A-Za-z]{2,12}\)\s*[—–-]")


def datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    def is_dateline(m):
        line_start = text.rfind("\n", 0, m.start) + 1
        return m.text.isupper() and not text[line_start:m.start].strip() and DATELINE.match(text, m.start)
    return [m for m in mentions if not is_dateline(m)]


# "Sabres center Casey Mittelstadt", "striker Harry Kane": a job noun, then a first name and a surname.
NAME_AFTER_JOB = re.compile(r"\b([a-z][a-z-]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:Mc|Mac|O’|O'|D’|D')?[A-Z][a-z][\w’'-]*)\b")


def people_after_jobs(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Untagged "<job> First Last": a known first name after a title, a job or a relative
    (gazetteer.person_words) starts a person's name."""
    found, taken = [], Spans(mentions)
    for match in NAME_AFTER_JOB.finditer(text):
        job, first = match.group(1), match.group(2)
        if job not in gazetteer.person_words or not gazetteer.is_first_name(first):
            continue
        candidate = Mention("PERSON", match.start(2), match.end(3), text[match.start(2):match.end(3)], titled=True)
        if not taken.overlapping(candidate) and proper_nouns(doc, candidate) and not tagged_as_other(doc, candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


def plain_phrases_as_people(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Tomb Raider", "Fact Checker", "Quick Start Guide", "Watchdog Condemns Rail Hikes" tagged
    PERSON: words of the language, the first no given name, that the article never shortens to the
    last word as people are ("Scooter Braun … Braun said" stays), name a title, a product, a feature
    or a headline, not a person."""
    if not gazetteer.plain_words:
        return mentions

    def plain_phrase(m: Mention) -> bool:
        words = m.text.split()
        if m.label != "PERSON" or m.titled or not 2 <= len(words) <= 4 or gazetteer.label_of(m.text) \
                or gazetteer.is_first_name(words[0]) or not all(is_plain_word(w, gazetteer.plain_words) for w in words):
            return False
        return not re.search(rf"(?<!{re.escape(words[-2])}\s)(?<![\w’'-]){re.escape(words[-1])}(?![\w’'-])(?!\s+[A-Z])", text)
    verdicts: dict[tuple, bool] = {}  # one look at the text per name, not per mention
    for m in mentions:
        verdicts.setdefault((m.label, m.titled, m.text), plain_phrase(m))
    return [m for m in mentions if not verdicts[(m.label, m.titled, m.text)]]


def person_shaped(m: Mention, gazetteer: Gazetteer, initials: bool = False) -> bool:
    """Two or three plain capitalised words tagged ORG ("Boone Jenner", "Keetan Munsell"), with no
    organisation word in them and no listed name: what a person's name looks like; with
    ``initials``, also two or three capital initials before a surname ("RP Singh")."""
    words = m.text.split()
    name_word = r"(?:Mc|Mac|O’|O'|D’|D')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    return m.label == "ORG" and 2 <= len(words) <= 3 and not gazetteer.label_of(m.text) \
        and not ORG_HEAD_WORD.search(m.text) and words[-1] not in gazetteer.organisation_last_words \
        and not (initials and well_known_as_written(m.text)) \
        and all(re.fullmatch(name_word, w) for w in words[1:]) \
        and bool(re.fullmatch(name_word + ("|[A-Z]{2,3}" if initials and len(words) == 2 else ""), words[0]))


def people_in_lists(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Eric Robinson and Boone Jenner also scored": two or three plain capitalised words
    tagged ORG, with no organisation word in them, listed with people, name a person too
    (the mirror of a company listed among companies), wherever the article writes them."""
    ordered = sorted(mentions, key=lambda m: m.start)
    # "Big Machine" beside "Big Machine Records": the short form of an organisation's name.
    short_forms = {" ".join(m.text.split()[:k]) for m in mentions if m.label == "ORG"
                   for k in range(2, len(m.text.split()))}
    people = set()
    # "former cricketers Madan Lal, RP Singh and Sulakshana Naik": a list of people reads left to
    # right, one name making the next a person (initials open Indian names)
    for _ in range(3):
        found = len(people)
        for i, m in enumerate(ordered):
            if not person_shaped(m, gazetteer, initials=True) or m.text in short_forms \
                    or text[max(0, m.start - 4):m.start].lower() == "the ":
                continue  # "the Caribbean Air and Marine Branch": "the" names no person
            neighbours = [ordered[j] if 0 <= j < len(ordered) else None for j in (i - 1, i + 1)]
            joiners = [listed_together(text, m, n) if n and (n.label == "PERSON" or n.text in people) else None
                       for n in neighbours]
            # "Madan Lal, RP Singh and …": a person before the comma, the list going on with "and"
            goes_on = neighbours[1] is not None and person_shaped(neighbours[1], gazetteer, initials=True) \
                and (listed_together(text, m, neighbours[1]) or ",").endswith("and")
            full_name_before = neighbours[0] is not None and len(neighbours[0].text.split()) > 1
            if all(joiners) or any(j and j != "," for j in joiners) or joiners[0] == "," and goes_on and full_name_before:
                people.add(m.text)
        if len(people) == found:
            break
    # titled: the list makes it a person for good, as an age or a job would.
    return [Mention("PERSON", m.start, m.end, m.text, True) if m.text in people and person_shaped(m, gazetteer, True) else m
            for m in mentions]


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
    of a name listed among organisations)."""
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
        return bool(others) and all(t.ent_type_ in ("GPE", "LOC") and t.i not in org_tokens for t in others)
    return [m for m in mentions if not listed_with_places(m)]


def headline_phrases(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Amazon Liable for Defective Third-Party Products Rules CA Appellate Court": in a
    headline every word has a capital, so a long run of them is the headline, not a name; so is
    a whole line of five words or more that capitalises its little words ("IGP Urges Police To
    Assemble Evidence", "Microsoft Surprises With A New Laptop Launch")."""
    return [m for m in mentions if len(m.text.split()) < 4 or gazetteer.label_of(m.text)
            or not (in_title_case_line(text, m.start, m.end) or whole_headline(text, m))]


# "Losses Of Adani Group", "Condition of Adani Group": a subheading's plain words before "of" and a name.
SUBHEADING_OF = re.compile(r"^((?:[A-Z][a-z]+\s+){1,3})(?:of|Of)\s+(?:the\s+|The\s+)?(?=[A-Z])")


def subheadings_about_bodies(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Losses Of Adani Group" opening a line that goes on in lowercase words at most ("Condition of
    Adani Group shares") is a subheading about Adani Group, a name the article also gives alone; the
    plain words before "of" are no part of it ("Bank of America" keeps its head word)."""
    named = {m.text for m in mentions if m.label == "ORG"}
    out = []
    for m in mentions:
        lead = SUBHEADING_OF.match(m.text) if m.label == "ORG" else None
        if lead and m.text[lead.end():] in named and not ORG_HEAD_WORD.search(lead.group(1)) \
                and all(is_plain_word(w, gazetteer.plain_words) for w in lead.group(1).split()):
            before, after = line_around(text, m)
            if not before.strip() and re.fullmatch(r"[a-z ]*", after):
                m = Mention("ORG", m.start + lead.end(), m.end, m.text[lead.end():])
        out.append(m)
    return out


def line_around(text: str, m: Mention) -> tuple[str, str]:
    """The words of a mention's line before it and after it."""
    line_start, line_end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    return text[line_start:m.start], text[m.end:len(text) if line_end < 0 else line_end]


# Little words a name keeps in lowercase ("Committee to Protect Journalists") and a headline capitalises.
HEADLINE_LITTLE_WORDS = {"To", "With", "A", "An", "Before", "After", "Into", "Over", "Against", "Amid", "As"}


def whole_headline(text: str, m: Mention) -> bool:
    words = m.text.split()
    rest = "".join(line_around(text, m))
    return len(words) >= 5 and not rest.strip(" .:!?") and any(w in HEADLINE_LITTLE_WORDS for w in words[1:])


# "Duvan Portillo 1 assist.", "Neil Auguste 1 save": a player's tally in a results line.
TALLY_AFTER = re.compile(r"\s\d{1,3}\s(?:goals?|assists?|saves?|points?|rebounds?|tackles?|sacks?|runs?|hits?|"
                         r"strikeouts?|wickets?|touchdowns?|yards?|steals?|blocks?|catches|receptions?|interceptions?)\b")


def people_by_job_or_tally(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Two or three plain capitalised words tagged ORG right after a job noun ("diver Keetan
    Munsell") or before a player's tally ("Duvan Portillo 1 assist") are a person, wherever
    the article writes them (a given name need not be a known one)."""
    people = set()
    for m in mentions:
        if not person_shaped(m, gazetteer):
            continue
        # "the 51-member Congressional Black Caucus": a size, not a member's job.
        if person_word_before(doc, text, m.start, gazetteer) or TALLY_AFTER.match(text, m.end):
            people.add(m.text)
    return [Mention("PERSON", m.start, m.end, m.text, True) if m.text in people and person_shaped(m, gazetteer) else m
            for m in mentions]


# "DL Devaroe Lawrence 28 38% No stats registered.": a table row opens with a position's
# abbreviation, then a first name and a surname, then the player's figures.
TABLE_ROW_PERSON = re.compile(
    r"^[A-Z]{1,3}\s+((?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.)(?:-[A-Z][a-z]+)?\s(?:Mc|Mac|O’|O'|D’|D')?[A-Z][a-z][\w’'-]*)\s+\d",
    re.M)


def people_in_tables(doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """Players named in a table's rows are people, there and wherever the article repeats the
    full name ("Sione Takitaki played 6 snaps"), whatever the model made of the row."""
    names = {match.group(1) for match in TABLE_ROW_PERSON.finditer(text)}
    if not names:
        return mentions
    pattern = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    people = [Mention("PERSON", match.start(), match.end(), match.group(), titled=True)
              for match in re.finditer(rf"(?<![\w’'-])(?:{pattern})(?![\w’'-])", text)]
    taken = Spans(people)
    return [m for m in mentions if not taken.overlapping(m)] + people


def without_hashtag(text: str, mentions: list[Mention]) -> list[Mention]:
    """"#Browns Greedy Williams": a hashtag before a name is not part of it."""
    out = []
    for m in mentions:
        if m.start > 0 and text[m.start - 1] == "#" and " " in m.text:
            cut = m.text.index(" ") + 1
            m = Mention(m.label, m.start + cut, m.end, m.text[cut:], m.titled)
        out.append(m)
    return out


# The capitalised words that close a caption before a photo agency's credit ("… with Alex Salmond
# Jeff J Mitchell via Getty Images", "Oli Scarff/AFP via Getty Images"): the photographer's name
# ends them, glued to whatever name the caption ends in.
WORDS_BEFORE_AGENCY_CREDIT = re.compile(
    r"((?:[A-Z][\w’'-]*\.?[ \t]+)*[A-Z][\w’'-]*)(?:/[A-Z][\w-]*)?[ \t]+via[ \t]+Getty[ \t]+Images\b")


def photographers_before_credits(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The photographer of "… Alex Salmond Jeff J Mitchell via Getty Images" is the last two or three
    capitalised words that open with a given name; a name the model ran on into them ends before."""
    if "via Getty" not in text:
        return mentions
    for credit in WORDS_BEFORE_AGENCY_CREDIT.finditer(text):
        words = list(re.finditer(r"\S+", credit.group(1)))
        first = next((w for w in words[-3:-1] if gazetteer.is_first_name(w.group())), None)
        if first is None:
            continue
        start, end = credit.start(1) + first.start(), credit.end(1)
        mentions = [cut_before(m, start) for m in mentions if m.start < start or m.end <= start or m.start >= end]
        if not any(m.start == start and m.end == end for m in mentions):
            mentions.append(Mention("PERSON", start, end, text[start:end]))
    return mentions


GIVEN_NAME = re.compile(r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?")  # "Rui", "Jean-Paul"; not "AP" of "AP Photo"


def photographers_in_credits(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Credit: Rui Vieira/PA", "Picture: Jeff J Mitchell/Getty Images": a credited name of two or three
    words that opens with a given name and holds no title or body's word (name_context.person_shape) is
    the photographer's, whatever the model or the agencies' rule made of it."""
    body_heads = word_lists(gazetteer).heads  # "Picture: Johnston Press": a publisher named after its founder
    for parts in credited_names(text):
        for start, end in parts:
            end = start + len(text[start:end].rstrip("."))  # "Picture: Gary Anthony."
            name = Mention("PERSON", start, end, text[start:end])
            words = name.text.split()
            if not (GIVEN_NAME.fullmatch(words[0]) and gazetteer.is_first_name(words[0])
                    and person_shape(words, gazetteer)) \
                    or gazetteer.label_of(name.text) == "ORG" or body_heads.search(name.text) \
                    or any(m.label == "PERSON" and m.start <= start and end <= m.end for m in mentions):
                continue
            mentions = [m for m in mentions if m.end <= start or m.start >= end] + [name]
    return mentions


def cut_before(m: Mention, start: int) -> Mention:
    """A name running on into the next one ends where it starts."""
    if not m.start < start < m.end:
        return m
    end = m.start + len(m.text[:start - m.start].rstrip())
    return Mention(m.label, m.start, end, m.text[:end - m.start], m.titled)


# A byline set in capitals on a line of its own ("STEWART PATERSON", "By JANE DOE"), then the
# writer's job on the next line ("Political Correspondent").
CAPITALS_BYLINE = re.compile(r"(?m)^[ \t]*(?:By[ \t]+|BY[ \t]+)?([A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,2})[ \t]*\n\s*([^\n]{1,60})$")
# Print pages set the job on the byline's own line, often as a list item and before the writer's
# email: "- TED PESKETT Local Democracy Reporter ted.peskett@…", "JANE DOE Health Editor".
CAPITALS_BYLINE_WITH_JOB = re.compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]+)?(?:By[ \t]+|BY[ \t]+)?([A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,2})"
    r"[ \t]+((?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+)(?=[ \t]*(?:\S+@\S+[ \t]*)?$)")


# "By Faizan Bangash & News Desk", "By Segun James and Kunle Aderinokun": a byline's first name,
# two or three capitalised words after "By" at a line's start, up to "&", "and", a comma or the line's end.
BYLINE = re.compile(r"(?m)^[ \t]*By[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})[ \t]*(?=&|and\b|,|$)")


def writers_in_bylines(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The model may take a byline's name, run on into "& News Desk", for a body's: after "By" at a
    line's start, a given name or a word of no language opening two or three capitalised words
    with no body's word among them is the writer ("By News Desk", "By Staff Reporter" are none)."""
    for line in BYLINE.finditer(text):
        words = line.group(1).split()
        if ORG_HEAD_WORD.search(line.group(1)) or gazetteer.label_of(line.group(1)) \
                or any(w.lower() in STOP_WORDS or w.lower() in gazetteer.person_words for w in words) \
                or not (gazetteer.is_first_name(words[0]) or not is_plain_word(words[0], gazetteer.plain_words)):
            continue
        start, end = line.span(1)
        if any(m.start == start and m.end == end and m.label == "PERSON" for m in mentions):
            continue
        mentions = [m for m in mentions if m.end <= start or m.start >= end] + [Mention("PERSON", start, end, line.group(1))]
    return mentions


def bylines_in_capitals(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The model does not read a name set in capitals (it may take it for a body's); a byline's
    is a person's when it opens with a given name and the line after it, or the rest of its own
    line, names a job."""
    for line in (*CAPITALS_BYLINE.finditer(text), *CAPITALS_BYLINE_WITH_JOB.finditer(text)):
        words = line.group(1).split()
        job = line.group(2).lower().split()
        if gazetteer.is_first_name(words[0]) and job and job[-1] in gazetteer.role_nouns:
            start, end = line.span(1)
            mentions = [m for m in mentions if m.end <= start or m.start >= end] \
                + [Mention("PERSON", start, end, line.group(1))]
    return mentions
