"""The words and records speaker attribution shares: the lexicon read from attribution.yml, a speech cue,
an attribution, and the parse relations that hold a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from extract.gazetteer import Gazetteer
from extract.records import EntityMention


SUBJECT_DEPS = ("nsubj",)
RELATIVE_PRONOUNS = {"that", "which", "who"}
QUOTE_PUNCTUATION = set("“”\"‘’'«»„")
PARAGRAPHS_OF_SPEAKER_MEMORY = 3
# A line of a page with no stop at its end and few words is a headline, standfirst, crosshead or
# caption, not a paragraph of the story.
HEADING_MAX_WORDS = 30
ENDS_SENTENCE = re.compile(r"[.!?:;,…][”\"’')\]]*\s*$")
# The links an embedded post carries after its text ("… from 2014. https://t.co/hF pic.twitter.com/KQ").
TRAILING_LINKS = re.compile(r"(?:\s+(?:https?://|www\.|pic\.twitter\.com/)\S+)+\s*$")


@lru_cache(maxsize=1)
def default_role_nouns() -> frozenset[str]:
    """Jobs and relations that stand for a person (aliases.yml's role_nouns, as the gazetteer reads them),
    for callers that give an Attributor no gazetteer's own."""
    return Gazetteer.load().role_nouns


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = yaml.safe_load((Path(__file__).with_name("attribution.yml")).read_text(encoding="utf-8"))
    return {
        "strong": set(data["speech_verbs"]["strong"]),
        "weak": set(data["speech_verbs"]["weak"]),
        "intent_verbs": set(data["speech_verbs"].get("intent") or ()),
        "blaming_verbs": set(data.get("blaming_verbs") or ()),
        "finite_only": set(data["speech_verbs"].get("finite_only") or ()),
        "spokes": set(data["spokes_nouns"]["people"]) | set(data["spokes_nouns"]["documents"])
        | set(data["spokes_nouns"]["court_documents"]) | set(data["spokes_nouns"]["publications"]),
        "spokespeople": set(data["spokes_nouns"]["people"]),
        "documents": set(data["spokes_nouns"]["documents"]),
        "texts": set(data["spokes_nouns"]["documents"]) | set(data["spokes_nouns"]["court_documents"])
        | set(data["spokes_nouns"]["publications"]),
        "findings": set(data["spokes_nouns"]["publications"]) | set(data["spokes_nouns"].get("findings") or ()),
        "written_documents": set(data["spokes_nouns"].get("written_documents") or ()),
        "ownerless_documents": set(data["spokes_nouns"]["court_documents"]) | set(data["spokes_nouns"]["publications"]),
        "organisation_nouns": {noun: [re.compile(p, re.I) for p in patterns or []]
                               for noun, patterns in data["organisation_nouns"].items()},
        "topic_nouns": set(data["topic_organisation_nouns"]),
        "not_topic_bodies": tuple(data.get("not_topic_bodies") or ()),
        "gender_words": {word: gender for gender, words in data["gender_words"].items() for word in words},
        "first_names": {name: gender for gender, names in data["first_names"].items() for name in names},
        "speech_nouns": set(data["speech_nouns"]),
        "idioms": {verb: {objects} if isinstance(objects, str) else set(objects)
                   for verb, objects in data["speech_idioms"].items()},
        "pronouns": {word: kind for kind, words in data["pronouns"].items() for word in words},
        "person_titles": set(data["person_titles"]),
        "honorifics": set(data.get("honorifics") or ()),
        "own_offices": set(data.get("own_offices") or ()),
        "portfolio_words": set(data.get("portfolio_words") or ()),
        "capitalised_ranks": set(data.get("capitalised_ranks") or ()),
        "office_postmodifiers": set(data.get("office_postmodifiers") or ()),
        "legislatures": set(data.get("legislatures") or ()),
        "heads_of_bodies": [tuple(office.split()) for office in data.get("heads_of_bodies") or ()],
        "office_synonyms": {office: set(words) for office, words in (data.get("office_synonyms") or {}).items()},
        # the words that may stand before a name ("Sir", "Mr", "Alderman"), built once, not per name
        "title_words": set(data["person_titles"]) | {w for words in data["gender_words"].values() for w in words},
        "owner_voices": set(data["owner_voices"]),
        "collective_voices": set(data.get("collective_voices") or ()),
        "membership_nouns": set(data.get("membership_nouns") or ()),
        "official_voices": set(data.get("official_voices") or ()),
        "official_kinds": set(data.get("official_kinds") or ()),
        "generic_bodies": set(data.get("generic_bodies") or ()),
        "issuing_verbs": set(data.get("issuing_verbs") or ()),
        "gerund_prepositions": set(data.get("gerund_prepositions") or ()),
        "speech_means": set(data.get("speech_means") or ()),
        "quoting_verbs": set(data.get("quoting_verbs") or ()),
        "aside_verbs": set(data.get("aside_verbs") or ()),
        "judging_verbs": set(data.get("judging_verbs") or ()),
        "showing_verbs": set(data.get("showing_verbs") or ()),
        "naming_verbs": set(data.get("naming_verbs") or ()),
        "self_named_bodies": set(data.get("self_named_bodies") or ()),
        "words_of": set(data.get("words_of") or ()),
        "person_nouns": set(data.get("person_nouns") or ()),
        "rank_words": set(data.get("rank_words") or ()),
        "former_words": set(data.get("former_words") or ()),
        "leaving_verbs": set(data.get("leaving_verbs") or ()),
        "name_particles": set(data.get("name_particles") or ()),
        "link_line": re.compile(r"\s*(?:%s)(?!\w)" % ("|".join(map(re.escape, data.get("link_line_openers") or ()))
                                                        or "(?!x)x"), re.I),
        "link_line_capitals": re.compile(r"\s*(?:%s)\s" % ("|".join(map(re.escape, data.get("link_line_capitals") or ()))
                                                           or "(?!x)x")),
    }


def heading_line(line: str) -> bool:
    """"Public ‘at risk’ unless policing budget grows, Federation warns": a headline, crosshead or
    caption rather than a paragraph of the story. A post's sentence followed by its links is no heading."""
    return not ENDS_SENTENCE.search(TRAILING_LINKS.sub("", line)) and len(line.split()) <= HEADING_MAX_WORDS


def normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'")).split())


def objects_of(token, prepositions) -> list:
    """The objects of the given prepositions under a token: "members of Unison" → [Unison]."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in prepositions
            for o in p.children if o.dep_ == "pobj"]


def one_entity(mentions, default=None):
    """The mention of the one entity, by canonical name, among ``mentions``; ``default`` when they
    name none or several (a speaker is never guessed between two)."""
    by_name = {m.canonical: m for m in mentions}
    return next(iter(by_name.values())) if len(by_name) == 1 else default


# What may end a clause whose subject follows its verb: "said the minister, Jane Doe."
INVERTED_SUBJECT_ENDS = {".", ",", ";", "!", "?"}


def word_closing_subject(subject):
    """The last word of the subject's phrase when its verb, or the verb's auxiliary, follows it at
    once, the phrase joining no two subjects: "GMB Scotland senior organiser Keir Greenaway warned" (the parse
    may head it with "GMB"); not "GMB and Keir Greenaway said", two speakers."""
    last = subject.right_edge
    verb = subject.head
    if verb.i < subject.i:
        return _word_closing_inverted_subject(subject, last)
    # Auxiliaries may stand between: "Head of the HSE Stephen Mulvany has said".
    if last.i >= verb.i or any(t.dep_ not in ("aux", "auxpass", "neg") for t in last.doc[last.i + 1:verb.i]) \
            or any(c.dep_ == "cc" for c in subject.children) and not _portfolio_joined(subject):
        return None
    return last


def _portfolio_joined(subject) -> bool:
    """"Scottish Tory finance and local government Craig Hoy said": an office's two fields joined by
    "and", which the parser takes for two subjects, the name closing the second. The first is a
    bare portfolio word in lower case (attribution.yml's portfolio_words), which is no one who speaks."""
    return subject.text in lexicon()["portfolio_words"] and subject.tag_ == "NN" \
        and not any(c.dep_ in ("det", "poss") for c in subject.children)


def _word_closing_inverted_subject(subject, last):
    """The last word of a subject after its verb when the phrase ends the clause: "“…,” said
    Federal Minister for Broadcasting and Information Fawad Chaudhry." (the parse heads it with
    "Minister", the name hangs from "for"); not "said Smith and Jones", two speakers."""
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and not (after.is_space or after.text in INVERTED_SUBJECT_ENDS) \
            or any(c.dep_ == "cc" for c in subject.children):
        return None
    # Not "says Stephen Langridge, artistic director of Glyndebourne": a description set off after
    # the name ends that phrase, not a name.
    return None if any(t.text == "," for t in doc[subject.left_edge.i:last.i]) else last


@dataclass
class Attribution:
    speaker: EntityMention | None
    verb: str | None
    cue: object = None  # the Cue it came from, where a speech verb gave it


@dataclass
class Cue:
    """A speech verb (or "according to") outside the quotes."""
    token: object  # spaCy Token
    verb: str
    strong: bool
    paragraph: int
    speaker: EntityMention | None = None
    unknown_name: bool = False  # the subject is a name no mention covers
    unnamed_person: bool = False  # the subject is someone unnamed: "one legal expert"
    for_organisation: bool = False  # the subject speaks for an organisation: "a UCEA spokesperson"
    by_text: bool = False  # the subject is a text, not one who speaks: "the statement read"
