"""Teams in a sports report: whether a text is one (it has a score), the sides of a score line
("Kilmarnock 0-1 Aberdeen"), nicknames ("the Dons"), a side named before its people ("Celtic
midfielder …"), a town the model calls a people, and a country standing for its national side, which
stays a country.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.gazetteer import Gazetteer, name_key
from extract.lexicon import is_plain_word
from extract.mentions import Mention, Spans, dedupe, not_yet_mentioned, occurrences_as_organisations, unmentioned_occurrences
from extract.name_context import sentence_start, token_at
from extract.org_words import Lists, alternatives


def town_called_a_people(e) -> bool:
    """"four successive wins against Aberdeen": in a sports report the model calls a town's club a
    people (NORP) where it stands alone; not a nationality's shape ("Scottish", "Dutch", "Pakistani")
    nor a plural ("Republicans", "Catholics"), which are peoples."""
    return e.label_ == "NORP" and not NATIONALITY_ENDING.search(e.text) and not e.text.endswith("s")


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


def league_teams(doc, text: str, gazetteer: Gazetteer, lists: Lists, sports: bool) -> list[Mention]:
    """"The Buffalo Bills are signing …": a North American league's team named by its place and
    nickname, which the model often leaves untagged; and "Derek Carr, Saints: four years", "the
    Chiefs": its nickname alone where the article is about the sport (it names a league, a result or
    a team in full). Every occurrence, tagged or not, is a team's name. A lone nickname only as a
    plural ("the Heat", "Magic" stay words) and with no other name's word next to it ("Saints Row"
    is a game, "Super Eagles" another side)."""
    nicknames = gazetteer.league_nicknames
    if not nicknames:
        return []
    names = alternatives(nicknames)
    found = []
    for match in re.finditer(rf"(?<![\w’'&.-])((?:[A-Z][\w.’'-]*[ ]){{1,2}})({names})(?![\w’'&-])", text):
        place = place_before_nickname(doc, text, match.start(1), match.group(1).split(), gazetteer)
        if place is not None:
            found.append(Mention("ORG", place, match.end(), text[place:match.end()]))
    if found or sports or lists.league_name.search(text):
        plurals = alternatives(n for n in nicknames if n.endswith("s"))
        alone = occurrences_as_organisations(text, rf"(?<![\w’'&.-])(?:{plurals})(?![\w’'&-])(?![ \t]+[A-Z])")
        found += [m for m in alone if not name_word_before(text, m.start)]
    return dedupe(found)


NAME_WORD_BEFORE = re.compile(r"([A-Z][\w’'.-]*)[ ]$")


def name_word_before(text: str, start: int) -> bool:
    """"Super Eagles": a capitalised word right before the nickname, other than "The" or "For",
    makes it the end of another name, which is no league team's."""
    word = NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(word) and word.group(1).lower() not in STOP_WORDS


def place_before_nickname(doc, text: str, start: int, words: list[str], gazetteer: Gazetteer) -> int | None:
    """Where the team's place starts in the capitalised words before its nickname ("Buffalo",
    "New England", "Kansas City"), past a function word or a plain word opening the sentence
    ("The", "Former"): a place the model tags, words not all of the language, or words capitalised
    inside a sentence; None when no place is left ("Former Bills") or a word is an honour's
    ("All-Pro Rams")."""
    while words and (words[0].lower() in STOP_WORDS or is_plain_word(words[0], gazetteer.plain_words)
                     and sentence_start(text, start)):
        start += len(words[0]) + 1
        words = words[1:]
    if not words or any("-" in w for w in words):
        return None
    span = doc.char_span(start, start + len(" ".join(words)), alignment_mode="expand")
    tagged = span is not None and any(t.ent_type_ in ("GPE", "LOC", "ORG") for t in span)
    return start if tagged or not sentence_start(text, start) \
        or not all(is_plain_word(w, gazetteer.plain_words) for w in words) else None


# "Indian", "English", "Portuguese", "Dutch", "Pakistani": how a nationality the model tags NORP ends
NATIONALITY_ENDING = re.compile(r"(?:an|ish|ese|ch|i)$")


def sides_before_their_people(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer,
                              lists: Lists) -> list[Mention]:
    """"Aberdeen manager Barry Robson", "Interim Hearts manager Liam Fox", "Woking boss Neal Ardley":
    a name right before a team's job and the person who holds it is the side (or body) they work
    for, where the model leaves a town's club untagged, calls it a nationality or drops a plain word
    ("Celtic", "Hearts"). So is a name before a body's job ("Investec analyst David Jeary", "RNIB
    chief executive Sally Harvey") that is no word of the language ("Executive chairman John Chen",
    "Trust chair" open a sentence with a plain word). Each mention of that name becomes an ORG
    candidate. Not a country (a national side is no body), nor a nationality ("Indian captain"),
    nor a plain word the text never capitalises inside a sentence ("Project manager Jane Smith")."""
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
        if lists.body_job.fullmatch(match.group(2)) and all(is_plain_word(w, gazetteer.plain_words) for w in name.split()):
            continue  # "Board chairman", "Party spokesman": a body's kind, which names the body elsewhere
        names.add(name)
    if not names:
        return []
    return unmentioned_occurrences(text, names, mentions)


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


def countries_standing_for_teams(groups: dict[str, list[Mention]], gazetteer: Gazetteer,
                                 lists: Lists) -> dict[str, str]:
    """A country stays a country, even where it stands for its national side ("Wales coach Ryan
    Giggs", "a 2-1 win over Russia") and whatever the model called it; a city standing for its
    club is a body, so only the names of countries go. Last, as lists and results vouch for teams."""
    return {key: "drop" for key, members in groups.items()
            if any(name_key(m.text) in lists.national_sides and not gazetteer.lookup("ORG", m.text) for m in members)}
