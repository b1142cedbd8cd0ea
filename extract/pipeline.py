"""The extraction pipeline: spaCy once per text, then our own rules over its parse.

``Extractor`` is built once (model and alias file loaded) and run over many
texts with ``pipe``, which batches them through ``nlp.pipe`` inside
``nlp.memory_zone()`` so long runs do not grow spaCy's string store.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Iterable, Iterator

from extract import amounts, percentages, person_evidence, quotes, speaker_names
from extract.canonical import canonicalise
from extract.entities import find_mentions
from extract.gazetteer import Gazetteer
from extract.lexicon import english_words
from extract.mentions import Mention
from extract.model import load_model
from extract.records import EntityMention, Extraction
from extract.roles import find_role

# Bump when extraction behaviour changes: stored rows carry it, `newsmon reextract` uses it.
EXTRACTOR_VERSION = "newsmon-extract/0.21"
# spaCy parses long texts in one go up to here; longer ones go through in pieces.
CHUNK_CHARS = 100_000
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Extractor:
    def __init__(self, model: str | None = None, aliases_path: str | None = None):
        self.nlp = load_model(model)
        self.nlp.max_length = max(self.nlp.max_length, CHUNK_CHARS * 2)
        self.gazetteer = dataclasses.replace(Gazetteer.load(aliases_path), plain_words=english_words(self.nlp))
        meta = self.nlp.meta
        self.version = f"{EXTRACTOR_VERSION}+{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"

    def extract(self, text: str) -> Extraction:
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Extraction]:
        for batch in batches(map(encodable, texts), batch_size):
            with self.nlp.memory_zone():
                short = [for_model(t) if len(t) <= CHUNK_CHARS else "" for t in batch]
                for text, doc in zip(batch, self.nlp.pipe(short, batch_size=batch_size)):
                    yield self.from_doc(doc, text) if len(text) <= CHUNK_CHARS else self.long_text(text)

    def long_text(self, text: str) -> Extraction:
        """A very long text, extracted piece by piece at paragraph breaks, offsets kept."""
        merged = Extraction(extractor_version=self.version)
        for offset, piece in pieces(text, CHUNK_CHARS):
            part = self.from_doc(self.nlp(for_model(piece)), piece)
            shift(part, offset)
            merged.entities += part.entities
            merged.money += part.money
            merged.percent += part.percent
            merged.quotes += part.quotes
            for name, info in part.aliases.items():
                known = merged.aliases.setdefault(name, {"label": info["label"], "aliases": []})
                known["aliases"] = sorted(set(known["aliases"]) | set(info["aliases"]))
        return merged

    def from_doc(self, doc, text: str | None = None) -> Extraction:
        """``text`` is the text as given when the model read a copy made ``for_model``."""
        text = doc.text if text is None else text
        sentences = Sentences(doc, text)
        mentions = person_evidence.gate(doc, text, find_mentions(doc, self.gazetteer, text), self.gazetteer)
        spans = quotes.quoted_spans(text)  # once: the speakers' names and the quotes both need them
        mentions = sorted(mentions + speaker_names.names_of_speakers(doc, text, mentions, self.gazetteer, spans),
                          key=lambda m: (m.start, -m.end))
        entities = self.entity_mentions(doc, text, mentions, sentences)
        money = amounts.find_money(text)
        percent = percentages.find_percentages(text)
        for figure in (*money, *percent):
            figure.sentence = sentences.around(figure.start)
        return Extraction(
            entities=entities, money=money, percent=percent,
            quotes=quotes.find_quotes(doc, entities, text, spans, self.gazetteer.role_nouns),
            aliases=alias_table(entities), extractor_version=self.version)

    def entity_mentions(self, doc, text: str, mentions: list[Mention], sentences) -> list[EntityMention]:
        names = canonicalise(text, mentions, self.gazetteer)
        org_spans = [(m.start, m.end) for m in mentions if m.label == "ORG"]
        org_name = {(m.start, m.end): names[i] for i, m in enumerate(mentions) if m.label == "ORG"}
        out = []
        for i, m in enumerate(mentions):
            record = EntityMention(m.label, m.text, m.start, m.end, names[i], sentences.around(m.start))
            if m.label == "PERSON":
                role = find_role(doc, m.start, m.end, org_spans, self.gazetteer.role_titles, text)
                record.role = role.text
                record.affiliation = org_name.get(role.affiliation_span) if role.affiliation_span else None
            out.append(record)
        carry_roles(out)
        return out


def carry_roles(entities: list[EntityMention]) -> None:
    """A person's role, once stated, holds for their later mentions without one."""
    known: dict[str, tuple] = {}
    for e in entities:
        if e.label != "PERSON":
            continue
        if e.role or e.affiliation:
            known.setdefault(e.canonical, (e.role, e.affiliation))
        elif e.canonical in known:
            e.role, e.affiliation = known[e.canonical]


def alias_table(entities: list[EntityMention]) -> dict[str, dict]:
    table: dict[str, dict] = {}
    for e in entities:
        entry = table.setdefault(e.canonical, {"label": e.label, "aliases": set()})
        entry["aliases"].add(e.text)
    return {name: {"label": v["label"], "aliases": sorted(v["aliases"])} for name, v in table.items()}


class Sentences:
    """The sentence around a character offset, found by bisection."""

    def __init__(self, doc, text: str | None = None):
        spans = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
        self.starts = [s for s, _ in spans]
        self.spans = spans
        self.text = doc.text if text is None else text

    def around(self, offset: int) -> str:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return ""
        start, end = self.spans[i]
        return self.text[start:end].strip()


def encodable(text: str) -> str:
    """Lone surrogates (from badly decoded pages) cannot enter spaCy's string store.

    Each becomes U+FFFD, one character for one, so every offset still points
    into the text as given."""
    return LONE_SURROGATE.sub("\ufffd", text or "")


# A curly apostrophe inside a name, before its capital: "O’Neill", "D’Angelo", "N’Golo".
NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])’(?=[A-Z][a-z])")


def for_model(text: str) -> str:
    """The text as the model reads it. A curly apostrophe inside a name becomes a straight one:
    the model learnt names from text written with straight ones, and given "Cllr O’Halloran said"
    it splits the name, parses the surname as an adverb and loses the speaker. One character for
    one, so every offset still points into the text as given, which the rules read."""
    return NAME_APOSTROPHE.sub("'", text)


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Split at paragraph breaks (or hard at the limit) into pieces of at most ``limit`` characters."""
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def shift(extraction: Extraction, offset: int) -> None:
    for record in (*extraction.entities, *extraction.money, *extraction.percent, *extraction.quotes):
        record.start += offset
        record.end += offset
