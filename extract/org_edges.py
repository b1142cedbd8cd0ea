"""Where an organisation's name really starts and ends: a name run on into its place ("Zymplify in
Portstewart"), into what it owns ("the Washington Post's Fact Checker"), into a job ("VFI Chief
Executive") or into its organ ("the IMF Executive Board"), and modifiers the model put before it.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.body_names import has_head_word
from extract.gazetteer import Gazetteer, name_key
from extract.known_names import known_organisations
from extract.lexicon import is_plain_token, is_plain_word
from extract.mentions import Mention
from extract.name_context import sentence_start, token_at
from extract.name_edges import name_before_place
from extract.name_patterns import ACRONYM
from extract.org_words import Lists


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


# (not a group of people inside a body's name: "National Council for Children’s Television")
INNER_OWNER = re.compile(r"^(.+?)(?<!\bPeople)(?<!\bWomen)(?<!\bChildren)(?<!\bMen)['’]s?\s+(?=[A-Z])")
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
    """"the Obama National Security Council", "Key Security Council powers", "Across Cardiff Foodbank's
    centres": a person's surname, or a describing or function word that opens the sentence
    (describing_words, a stop word capitalised by its place), before a body's name the article
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
        describes = first in surnames or (first in lists.describing_words or first.lower() in STOP_WORDS) \
            and sentence_start(text, m.start)
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
    well-known name, a head word); a job of nothing ("Home Secretary") is no body at all, nor a job
    alone ("Paul Plummer, Chief Executive at the Rail Delivery Group")."""
    if m.label == "ORG" and lists.job_alone.fullmatch(m.text):
        return None
    job = lists.job_after_name.search(m.text) if m.label == "ORG" else None
    if not job:
        return m
    name = m.text[:job.start()]
    if re.search(r"\bof(?: the)?\s*$", name):
        return m  # "Office of the President", "Department of the Prime Minister": the job is its remit
    if ACRONYM.match(name) or gazetteer.lookup("ORG", name) or name_key(name) in known_organisations() \
            or has_head_word(name, gazetteer, lists):
        return Mention("ORG", m.start, m.start + len(name), name)
    return None


def body_of_organ(m: Mention, bodies: set[str], gazetteer: Gazetteer, lists: Lists) -> Mention:
    """"the IMF Executive Board", "Creative Scotland’s Board", "the Executive Board of the
    International Monetary Fund": a body's name run on into one of its governing organs names the
    body (the gold sets count the body, not its organ). Only a body the article names as such
    (``bodies``: its ORG names, not a word of the language the model tagged alone, "Federal"), by its
    initials, or that the alias file or the well-known list has;
    "the Quebec Treasury Board" or "Ghana Cocoa Board" open with no body and stay whole."""
    if m.label != "ORG":
        return m
    after = lists.organ_after.match(m.text)
    of = lists.organ_of.match(m.text) if not after else None
    name = after.group(1) if after else m.text[of.end():] if of else None
    if not name or not (name_key(name) in bodies and not is_plain_word(name, gazetteer.plain_words)
                        or ACRONYM.fullmatch(name) or gazetteer.lookup("ORG", name)
                        or name_key(name) in known_organisations()):
        return m  # "the Federal Executive Council": a word of the language describes the organ's body
    start = m.start if after else m.end - len(name)
    return Mention("ORG", start, start + len(name), name)
