"""People the model missed or mislabelled, found from how the article writes about them: a lone
name the text elsewhere writes in full or after a title ("Mr Swinney"), a name typed as a place or a
work, a name shown as a person's by a pronoun or a role ("he said", "(@handle)"), a surname or an
acronym used again.
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.canonical import surname_of
from extract.full_names import FullNames, lone_unknown_name
from extract.gazetteer import Gazetteer
from extract.known_names import well_known_as_written
from extract.mentions import Mention, Spans
from extract.name_context import (PERSON_AFTER, in_title_case_line, is_plain_word_name, listed_together,
                                  name_word_before, person_word_before, token_at)
from extract.name_patterns import PERSON_SUFFIXES


# One scorer in the brackets after a result: "(Stokes, van der Weg og; Curran)", "(Boyd 2; John)",
# a name with the goals he scored, an own goal or a penalty.
SCORER = re.compile(r"(?:(?<=\()|(?<=[,;]\s))((?:(?:van|der|de|den|von|da|di|le)\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                    r"(?:\s+(?:\d{1,2}|og|pen))*(?=[,;]|$)")


def scorers_after_results(text: str, mentions: list[Mention], score_line: re.Pattern) -> list[Mention]:
    """"- FT: Hibs 2-1 Ross County (Stokes, van der Weg og; Curran)": a live page's results summary
    lists each side's scorers in brackets after the result, by surname alone, which the model
    rarely tags and no later rule would keep; they are players."""
    taken, found = Spans(mentions), []
    for line in score_line.finditer(text):
        if line.group(3) is None:
            continue
        for scorer in SCORER.finditer(text, line.start(3), line.end(3)):
            candidate = Mention("PERSON", *scorer.span(1), scorer.group(1))
            if not taken.overlapping(candidate):
                found.append(candidate)
    return found


# A Twitter handle ("— Dele (@dele_official)"): a person's when the name is no word of the
# language ("PFF Browns (@PFF_Browns)" is a team's account).
HANDLE_AFTER = re.compile(r"\s\(@\w+\)")


def people_shown_by_context(doc, text: str, mentions: list[Mention], names: FullNames,
                            gazetteer: Gazetteer) -> set[str]:
    """One-word names tagged PERSON that the article itself shows to be people: a job or a
    relative just before ("Brazil star Neymar", "his wife Kali", "my colleague Geoff"; a noun,
    not "official MagSafe"), or an age, "who", a speech verb, a relative ("Meghan’s mother")
    or a handle just after; "he"/"her" later in the sentence it is the subject of ("Rihanna had
    … in her career"); a given name's full name next to it in a list ("Bruno Mars, Drake"). News
    names a player, a child or a relative by one word; without such a mark a lone word is
    more often a firm or a thing."""
    shown = set()
    for m in mentions:
        if m.text in shown or not m.text.isalpha() or not lone_unknown_name(m, names):
            continue
        if PERSON_AFTER.match(text, m.end) or gazetteer.kin_of_pattern().match(text, m.end) \
                or (HANDLE_AFTER.match(text, m.end) and not is_plain_word_name(m.text, gazetteer)):
            shown.add(m.text)
            continue
        if person_word_before(doc, text, m.start, gazetteer) or pronoun_for(doc, text, m, mentions) \
                or listed_among_people(text, m, mentions, gazetteer):
            shown.add(m.text)
    return shown


# A personal pronoun later in the name's own sentence.
PRONOUN_AFTER = re.compile(r"[^.!?\n]{0,60}?\b(?:he|she|his|her|him)\b", re.I)


def pronoun_for(doc, text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"Rihanna also had 31 top ten songs in her career": the subject of its clause, then "he",
    "her" in the same sentence with no other name between (a town the model calls a person is
    where something happens, seldom a subject)."""
    after = PRONOUN_AFTER.match(text, m.end)
    if not after:
        return False
    token = token_at(doc, m.start)
    return token is not None and token.dep_ in ("nsubj", "nsubjpass") \
        and not any(m.end < o.start < after.end() for o in mentions)


def listed_among_people(text: str, m: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """"Bob Marley, Bruno Mars, Drake, The Eagles": next to it in a list, a full name that opens
    with a given name (not a game's title the model calls a person, "Samurai Shodown")."""
    return any((o.end < m.start and re.fullmatch(r",\s", text[o.end:m.start]))
               or (o.start > m.end and re.fullmatch(r",\s(?:and\s)?", text[m.end:o.start]))
               for o in mentions if o.label == "PERSON" and len(o.text.split()) > 1
               and gazetteer.is_first_name(o.text.split()[0]))


def acronyms_used_elsewhere(text: str, mentions: list[Mention], doc=None) -> list[Mention]:
    """An organisation's name in capitals ("UNISON" after "Unison") the model left untagged; not
    where the model tagged the word a place ("in Edinburgh" after one "Edinburgh’s" it called ORG):
    the evidence gate weighs those places."""
    orgs = {m.text.casefold() for m in mentions if m.label == "ORG" and len(m.text.split()) == 1}
    places = {e.start_char for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")} if doc is not None and orgs else set()
    found, taken = [], Spans(mentions)
    for match in re.finditer(r"\b[A-Z][A-Za-z]{1,15}\b", text):
        word = match.group()
        if word.casefold() in orgs and (word.isupper() or word[1:].islower()) and match.start() not in places:
            candidate = Mention("ORG", match.start(), match.end(), word)
            if not taken.overlapping(candidate):
                found.append(candidate)
                taken.add(candidate)
    return found


def surnames_used_elsewhere(text: str, mentions: list[Mention], titles=frozenset()) -> list[Mention]:
    """"O'Connor added" after "David O’Connor": a full name's surname the model left untagged.

    Speaker attribution needs every mention; a surname standing alone (not
    inside a longer capitalised name) refers back to the person.
    """
    surnames = {surname_of(m.text).replace("’", "'") for m in mentions
                if m.label == "PERSON" and len(m.text.split()) > 1 and len(surname_of(m.text)) > 2}
    surnames -= {s for s in surnames if not s[:1].isupper() or s.rstrip(".") in PERSON_SUFFIXES}
    if not surnames:
        return []
    pattern = "|".join(sorted((re.escape(s).replace("'", "['’]") for s in surnames), key=len, reverse=True))
    found, taken = [], Spans(mentions)
    for match in re.finditer(rf"(?<![\w’'-])(?:{pattern})(?![\w’'-])(?!\s+[A-Z])", text):
        before = name_word_before(text, match.start())
        if before and before.group(1).lower() not in titles:
            continue  # "Tom Smith": the end of another name
        candidate = Mention("PERSON", match.start(), match.end(), match.group(), titled=bool(before))
        if not taken.overlapping(candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


# One to three capitalised words after a title ("Cllr McColl", "Councillor Doreen Brophy-Lee",
# "Ms O’Sullivan"), stopping before a possessive "’s".
NAME_AFTER_TITLE = r"((?:[A-Z][\w-]*(?:[’'][A-Z][\w-]*)?)(?: [A-Z][\w-]*(?:[’'][A-Z][\w-]*)?){0,2})"


@functools.lru_cache(maxsize=4)
def after_surname_title(titles: frozenset[str]) -> re.Pattern:
    """The titles themselves anchor the match: any capitalised word before them ("Then Cllr McColl",
    "Labour Cllr Jane Brown") would otherwise be read as the title and the real one as the name."""
    written = "|".join(sorted((re.escape(t.capitalize()) for t in titles), key=len, reverse=True))
    return re.compile(rf"\b({written})\.? {NAME_AFTER_TITLE}")


def names_after_surname_titles(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"but again Cllr McColl fired back", "Councillor Doreen Brophy-Lee said": the name after a
    title that stands only before people (aliases.yml surname_titles), where the model tagged
    nothing; a title after it ("Mr President", "Mr Justice X") is no name."""
    if not gazetteer.surname_titles:
        return []
    found, taken = [], Spans(mentions)
    for match in after_surname_title(gazetteer.surname_titles).finditer(text):
        words = match.group(2).split()
        if words[0].lower() in gazetteer.titles:
            continue
        candidate = Mention("PERSON", match.start(2), match.end(2), match.group(2), titled=True)
        if not taken.overlapping(candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


# Where a full name may start: after no letter or mark of a word, or after a dash glued to it that
# a space sets off from the word before ("the woman she betrayed -Alice Bennett MBE"); not inside
# a hyphenated word ("Jean-Paul").
GLUED_BEFORE_NAME = r"(?:(?<![\w’'.-])|(?<=\s-))"


def full_names_of_lone_words(text: str, mentions: list[Mention], gazetteer: Gazetteer,
                             people=frozenset()) -> list[Mention]:
    """"Jeff Sanborn, president of …" untagged, then "Sanborn said" tagged ORG five times.

    News introduces a person by full name once; when a word the model tags on
    its own also stands after a known first name, that pair is the person. For
    a word the article shows to be a person (``people``: "Braun, 38,"), any
    capitalised word before it that is no title or common word is the first name.
    """
    in_full_names = {w for m in mentions if m.label == "PERSON" for w in m.text.split()[1:]}
    lone = {m.text for m in mentions if len(m.text.split()) == 1 and m.text.isalpha()
            and m.text[1:].islower() and m.text not in in_full_names and not gazetteer.label_of(m.text)}
    lone |= {p for p in people if len(p.split()) == 1 and p not in in_full_names}
    if not lone:
        return []
    pattern = "|".join(sorted(map(re.escape, lone), key=len, reverse=True))
    found, taken = [], Spans(mentions)
    for match in re.finditer(rf"{GLUED_BEFORE_NAME}([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s({pattern})(?![\w-])", text):
        first = match.group(1)
        before = name_word_before(text, match.start())
        known_first = all(gazetteer.is_first_name(part) for part in first.split("-"))
        if first.lower() in gazetteer.titles or (before and not after_title_phrase(text, match.start(), gazetteer)):
            continue
        if not known_first and (match.group(2) not in people or first.lower() in STOP_WORDS):
            continue
        candidate = Mention("PERSON", match.start(), match.end(), match.group())
        if not any(m.end - m.start >= candidate.end - candidate.start for m in taken.overlapping(candidate)):
            found.append(candidate)
    return found


def listed_full_names_missed(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Nicola Sturgeon, seen with John Swinney in Holyrood" in a caption the model skipped, then
    "Ms Sturgeon said": where the article names a listed person (aliases.yml) by a short form,
    each untagged occurrence of the full name listed for them is that person too, so their
    words go to the name the article gives in full."""
    full_names = {gazetteer.lookup("PERSON", m.text) for m in mentions if m.label == "PERSON"}
    found, taken = [], Spans(mentions)
    for name in sorted(n for n in full_names if n and len(n.split()) > 1):
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
            candidate = Mention("PERSON", match.start(), match.end(), name)
            if not taken.overlapping(candidate):
                found.append(candidate)
                taken.add(candidate)
    return found


# Not places ("San Diego"); a building ("FAC") is named by a plain word ("Park", "Road"), so a given
# name and a surname of no language tagged FAC are a person's ("from Vaughan Gething, who …").
OTHER_NAME_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "FAC")
PLAIN_NAME = re.compile(r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?")  # "Petrović" too
# "Serbia’s Novak Djokovic", "Britain’s Andy Murray": a country's own, named by first name and surname.
NAME_AFTER_POSSESSIVE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+['’]s\s+([A-Z][a-z]+\s+(?:Mc|Mac|O’|O')?[A-Z][a-z]+)(?![\w’'-])")


def people_the_model_labelled_otherwise(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Marcel Granollers" tagged PRODUCT, "Serbia’s Novak Djokovic" untagged: a known first name
    and a surname that is no word of the language make a person the model missed."""
    taken = Spans(mentions)
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in OTHER_NAME_LABELS]
    spans += [m.span(1) for m in NAME_AFTER_POSSESSIVE.finditer(text)
              if place_at(doc, m.start()) and not in_title_case_line(text, m.start(1), m.end(1))]
    spans += places_among_people(doc, text, mentions, gazetteer)
    found = []
    for start, end in spans:
        candidate = Mention("PERSON", start, end, text[start:end])
        if first_name_and_surname(candidate.text, gazetteer) and not taken.overlapping(candidate):
            found.append(candidate)
            taken.add(candidate)
    return found


def places_among_people(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """"Ivana Jelić and Pavle Petrović", "the founders Merav Eitan and Gaston Zahr": a name the
    model took for a place, listed with a person's full name or after a job, may be a person
    (the caller still asks for a known first name and a surname of no language)."""
    people = Spans([m for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1])
    found = []
    for e in doc.ents:
        if e.label_ != "GPE" or len(e) != 2:
            continue
        place = Mention("GPE", e.start_char, e.end_char, e.text)
        near = people.overlapping(Mention("GPE", max(0, place.start - 8), place.end + 8, ""))
        listed = any(listed_together(text, place, p) in ("and", ",") for p in near)
        # "Unite national officer, Des Quinn, added": a name set off by commas after a job is its holder
        set_off = text.startswith(",", place.end) and person_word_before(doc, text, place.start, gazetteer, set_off=True)
        if listed or set_off or person_word_before(doc, text, place.start, gazetteer):
            found.append((place.start, place.end))
    return found


# The words after a name of two words that may end it: one or two plain capitalised words on the
# same line, with no further capitalised word after them ("Chia Der Jiun said").
# (a sentence's full stop may end it: "more explosive Kusal Janith Perera.")
LAST_NAMES_AFTER = re.compile(r" ([A-Z][^\W\d_A-Z]{2,}(?:-[A-Z][^\W\d_A-Z]+)?(?: [A-Z][^\W\d_A-Z]{2,})?)(?![\w’'-])(?! +[A-Z])")


def last_names_left_out(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Chia Der Jiun said", "Kusal Janith Perera hadn't", "Lautimuia Afoa Uelese Vaai said": names
    of three or four words (Chinese, Sinhalese, Samoan) that the model cuts after two. A PERSON name
    of two plain capitalised words runs on over the one or two capitalised words right after it that
    are no word of the language, in no other mention nor tagged by the model as anything else (a
    Chinese given name of two words may end it: "Der Jiun"): a name ends where the words of no
    language do."""
    # the model may tag the last word a person of its own ("Kusal Janith" | "Perera"): it goes into the name
    others = Spans([m for m in mentions if m.label != "PERSON" or " " in m.text])
    grown = [with_last_names_after(doc, text, m, others, gazetteer) for m in mentions]
    ends = [(g.start, g.end) for g, m in zip(grown, mentions) if g is not m]
    return [g for g in grown if not any(start < g.start and g.end <= end for start, end in ends)]


def with_last_names_after(doc, text: str, mention: Mention, taken: Spans, gazetteer: Gazetteer) -> Mention:
    words = mention.text.split()
    if mention.label != "PERSON" or len(words) != 2 or not all(PLAIN_NAME.fullmatch(w) for w in words):
        return mention
    after = LAST_NAMES_AFTER.match(text, mention.end)
    if not after or taken.overlapping(Mention("PERSON", after.start(1), after.end(1), after.group(1))):
        return mention
    added = after.group(1).split()
    if any(is_plain_word_name(w, gazetteer) or w.lower() in STOP_WORDS or well_known_as_written(w)
           or gazetteer.label_of(w) for w in added) \
            or (len(added) == 2 and gazetteer.is_first_name(added[0])) \
            or tagged_otherwise(doc, after.start(1), after.end(1), "PERSON"):
        return mention  # (a given name and a surname after it are the next person's)
    return Mention("PERSON", mention.start, after.end(), text[mention.start:after.end()], mention.titled)


def tagged_otherwise(doc, start: int, end: int, label: str) -> bool:
    """A word the model gave an entity type other than ``label`` ("Kenya" GPE after a name)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ not in ("", label) for t in span)


def first_name_and_surname(name: str, gazetteer: Gazetteer) -> bool:
    words = name.split()
    return len(words) == 2 and all(PLAIN_NAME.fullmatch(w) for w in words) and gazetteer.is_first_name(words[0]) \
        and not is_plain_word_name(words[1], gazetteer) and not gazetteer.label_of(name) \
        and not well_known_as_written(words[0]) and not well_known_as_written(words[1])


def place_at(doc, start: int) -> bool:
    token = token_at(doc, start)
    return token is not None and token.ent_type_ in ("GPE", "NORP")


def after_title_phrase(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """"Deputy Director of Public Prosecution Eva-Marie Persson": the capitalised words before
    the name are a title ("Director") and what it is of, not the start of a longer name."""
    phrase = re.search(r"((?:[A-Z][\w’'-]*\.?|of|the|for|and)\s+){1,8}$", text[max(0, start - 80):start])
    return bool(phrase) and any(w.rstrip(".").lower() in gazetteer.titles for w in phrase.group().split()
                                if w[:1].isupper())


# The word after a lone given name that may be its surname: one plain capitalised word on the same
# line, with no further capitalised word after it ("Stewart Milne Group" is a firm's name).
SURNAME_AFTER = re.compile(r" ([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)(?![\w’'-])(?! +[A-Z])")


def surnames_left_out(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Stewart Prodger from Sepa’s flood unit said": the model tags only the given name and
    leaves the rare surname after it untagged; the lone given name is later dropped, and the
    person's words go to whoever was named before. A known given name tagged PERSON on its own,
    followed by a capitalised word that is no word of the language, no given name and in no other
    mention, is the person's full name."""
    taken = Spans(mentions)
    return [with_surname_after(text, m, taken, gazetteer) for m in mentions]


def with_surname_after(text: str, mention: Mention, taken: Spans, gazetteer: Gazetteer) -> Mention:
    if mention.label != "PERSON" or " " in mention.text or not gazetteer.is_first_name(mention.text):
        return mention
    after = SURNAME_AFTER.match(text, mention.end)
    if not after or taken.overlapping(Mention("PERSON", after.start(1), after.end(1), after.group(1))):
        return mention
    full = Mention("PERSON", mention.start, after.end(), text[mention.start:after.end()], mention.titled)
    return full if first_name_and_surname(full.text, gazetteer) and not gazetteer.is_first_name(after.group(1)) \
        else mention
