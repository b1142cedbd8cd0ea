"""People the model missed or mislabelled, shown by how news writes a person: an age after the name
("Braun, 38, said"; "Tays, 32, of Franklin"), a job or post before it ("center Casey Mittelstadt",
"The governor of Bayelsa, Douye Diri, said"), a job in apposition after it ("Eswar Prasad, a trade
professor at Cornell"), a list of people, a tally ("Smith (3)") or a table row.
"""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteer
from extract.known_names import well_known_as_written
from extract.lexicon import is_plain_word
from extract.mentions import Mention, Spans
from extract.name_context import listed_together, person_word_before
from extract.name_evidence import names_ending_where, not_a_name_word, proper_nouns, tagged_as_other
from extract.name_patterns import ACRONYM, ORG_HEAD_WORD


# ", 38," / ", 38 –" / ", 38)" after a name: a person's age (not "3-1", "5%", "2,000").
AGE_AFTER = re.compile(r",\s(?:[1-9]|[1-9]\d|1[01]\d)(?=(?:,|\s[–—-]\s|\)|\s(?:who|of|from|and|was|is|has|said)\b))")
AGE_AT = re.compile(f"(?={AGE_AFTER.pattern})")
_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# "Eswar Prasad, a trade professor at Cornell," / "Jane Doe, the former executive director"
APPOSITION_AFTER_NAME = re.compile(
    rf"(?<![\w’'.-])({_CAPITALISED}(?:\s[A-Z]\.)?\s(?:Mc|Mac|O’|O')?{_CAPITALISED})"
    r",\s(?:a|an|the)\s([^,.;:()\n]{1,60})")


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
# "20-year-old American Bo Burnham", "31-year-old London comedienne Roison Conaty": a nationality,
# a home town or a job between the age and the name.
DESCRIBED_AFTER_AGE = re.compile(rf"\b\d{{1,3}}-year-old((?:[ \t][\w’'-]+){{1,2}}?)[ \t]({_FULL_NAME})(?![\w’'-])")


def untagged_people_by_age(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A given name and one or two surnames with an age just after or just before them is a person,
    where the model tagged nothing there. Looks back from each age only, not along the whole text."""
    spans = [m.span(1) for m in FULL_NAME_AFTER_AGE.finditer(text)]
    spans += [m.span(2) for m in DESCRIBED_AFTER_AGE.finditer(text)]
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
# The last word of a post's place written after it: "Governor, Lagos State".
PLACE_OF_POST = re.compile(r"\b(?:State|Province|County|Region|District|Division|Territory)$")
# Titles a company can hold too ("the market leader, Boston Dynamics"; "its founder, …" is not a post).
NOT_POSTS = {"leader", "star", "first", "founder", "boss", "general", "manager", "owner", "partner"}


def people_after_posts(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"The governor of Bayelsa, Douye Diri, has ordered", "Lagos State Governor, Babajide Sanwo-Olu,
    has sworn in": a name of two or three words the model tagged ORG, in apposition right after a
    post, is the post's holder."""
    people_ends = {p.end for p in mentions if p.label == "PERSON"}
    return [Mention("PERSON", m.start, m.end, m.text, titled=True)
            if holds_post_before(text, m, gazetteer, people_ends) else m for m in mentions]


def holds_post_before(text: str, m: Mention, gazetteer: Gazetteer, people_ends=frozenset()) -> bool:
    words = m.text.split()
    if m.label != "ORG" or not 2 <= len(words) <= 3 or ORG_HEAD_WORD.search(m.text) or gazetteer.label_of(m.text) \
            or well_known_as_written(m.text) or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    described = POST_BEFORE_NAME.search(text, max(0, m.start - 80), m.start)
    post = described or TITLE_POST_BEFORE_NAME.search(text, max(0, m.start - 60), m.start)
    # "Sir Tim Clark, President, Emirates Airline": a title between a person and a name is that
    # person's, and the name after it the body he holds it in (not a state or a province, the
    # post's place: "Governor, Lagos State")
    held = bool(post) and not described and post.start() - 2 in people_ends \
        and text[post.start() - 2:post.start()] == ", " and not PLACE_OF_POST.search(m.text)
    return bool(post) and not held and post.group(1).lower() in gazetteer.titles \
        and post.group(1).lower() not in NOT_POSTS


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
        and words[-1] not in gazetteer.care_provider_words \
        and not (initials and well_known_as_written(m.text)) \
        and all(re.fullmatch(name_word, w) for w in words[1:]) \
        and bool(re.fullmatch(name_word + ("|[A-Z]{2,3}" if initials and len(words) == 2 else ""), words[0]))


# A short note in brackets after a listed name: "Aminu Tambuwal (Sokoto), Simon Lalong (Plateau)".
TAG_AFTER = re.compile(r"[ \t]*\([^()\n]{1,30}\)")


def without_notes_in_brackets(text: str, ordered: list[Mention]) -> list[Mention]:
    """The names of a list without the notes in brackets after them ("Sokoto" in "Aminu Tambuwal
    (Sokoto)"), so that each listed name has the next name for its neighbour."""
    notes = [TAG_AFTER.match(text, m.end) for m in ordered]
    inside = [(n.start(), n.end()) for n in notes if n]
    return [m for m in ordered if not any(a <= m.start and m.end <= b for a, b in inside)]


def listed_with_tags(text: str, a: Mention, b: Mention) -> str | None:
    """The joiner of two neighbouring names in a list; where each carries its own note in brackets
    (a state, a party, a constituency) a comma joins a list, not an apposition, so the joiner is
    given with the bracket before it ("),")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    tag = TAG_AFTER.match(text, first.end)
    if tag is None or not TAG_AFTER.match(text, second.end):
        return listed_together(text, a, b)
    joiner = listed_together(text, Mention(first.label, first.start, tag.end(), text[first.start:tag.end()]), second)
    return ")" + joiner if joiner else None


def people_in_lists(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Eric Robinson and Boone Jenner also scored": two or three plain capitalised words
    tagged ORG, with no organisation word in them, listed with people, name a person too
    (the mirror of a company listed among companies), wherever the article writes them."""
    ordered = without_notes_in_brackets(text, sorted(mentions, key=lambda m: m.start))
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
            joiners = [listed_with_tags(text, m, n) if n and (n.label == "PERSON" or n.text in people) else None
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


def surnames_after_initialled_titles(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"headed by CJP Qazi Faez Isa" … "CJP Isa remarked": initials the article writes right before a
    person's full name are a title there ("CJP", "CS", "DCP"), and before that person's surname alone
    they are still the title, not a body's name: "CJP Isa" is the person. A listed body's initials
    stay a body ("SNP Smith" is no title)."""
    people = [m for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1]
    titled = {(before.group(1), m.text.split()[-1]) for m in people
              if (before := INITIALS_BEFORE.search(text, max(0, m.start - 12), m.start))
              and not gazetteer.label_of(before.group(1)) and not well_known_as_written(before.group(1))}
    if not titled:
        return mentions
    out = []
    for m in mentions:
        title, _, surname = m.text.partition(" ")
        if m.label == "ORG" and (title, surname) in titled:
            m = Mention("PERSON", m.start + len(title) + 1, m.end, surname, True)
        out.append(m)
    return out


# Initials right before a name, with their space: "CJP ", "CS ".
INITIALS_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z]{2,5})[ ]$")


# "the Legault government", "the Biden administration": a leader's surname names the government
# they lead (not "the Labour government", "the Queensland government", "the Kenyan government").
LEADER_BEFORE_GOVERNMENT = re.compile(r"\b[Tt]he[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:government|administration)\b")
NOT_LEADERS = {"GPE", "NORP", "LOC", "FAC"}


def leaders_naming_governments(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The surname before "government"/"administration" is the leader's when it is a known person's
    or a word of no language the model takes for no place or people; a body the model made of it
    gives way."""
    for match in LEADER_BEFORE_GOVERNMENT.finditer(text):
        start, end = match.span(1)
        word = match.group(1)
        span = doc.char_span(start, end, alignment_mode="expand")
        label = gazetteer.label_of(word)
        if span is None or any(t.ent_type_ in NOT_LEADERS for t in span) \
                or not (label == "PERSON" or label is None and not is_plain_word(word, gazetteer.plain_words)) \
                or any(m.label == "PERSON" and m.start <= start and end <= m.end for m in mentions):
            continue
        mentions = [m for m in mentions if m.end <= start or m.start >= end] + [Mention("PERSON", start, end, word)]
    return mentions
