"""Plain data records produced by the extraction stage.

Every record carries character offsets into the text it was extracted from
and the sentence it sits in, so each stored fact can be traced back.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class EntityMention:
    label: str  # "ORG" or "PERSON"
    text: str  # surface form as written
    start: int
    end: int
    canonical: str  # canonical name of the entity within this article
    sentence: str = ""
    role: str | None = None  # e.g. "senior organiser for public services"
    affiliation: str | None = None  # canonical ORG name the person speaks for


@dataclass
class Money:
    text: str
    start: int
    end: int
    value: float  # in currency units: "67p" -> 0.67
    currency: str  # ISO 4217: GBP, EUR, USD, ...
    per: str | None = None  # rate unit: "hour", "year", ...
    qualifier: str | None = None  # "more than", "over", "up to", ...
    sentence: str = ""


@dataclass
class Percent:
    text: str
    start: int
    end: int
    value: float
    points: bool = False  # "percentage points" rather than per cent
    qualifier: str | None = None
    sentence: str = ""


@dataclass
class Quote:
    text: str  # words inside the quotation marks
    start: int
    end: int
    speaker: str | None  # canonical entity name, or None when the text does not say
    speaker_label: str | None = None  # "PERSON" or "ORG"
    verb: str | None = None  # attribution verb lemma: "say", "add", "warn", ...
    sentence: str = ""


@dataclass
class Extraction:
    entities: list[EntityMention] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    percent: list[Percent] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # canonical name -> {"label": ..., "aliases": [...]} for this article
    aliases: dict[str, dict] = field(default_factory=dict)
    extractor_version: str = ""

    def to_json(self, doc_id: str) -> dict:
        """The JSON Lines object defined by shared/tools/score_extraction.py."""
        return {
            "id": doc_id,
            "extractor_version": self.extractor_version,
            "entities": [asdict(e) for e in self.entities],
            "money": [asdict(m) for m in self.money],
            "percent": [asdict(p) for p in self.percent],
            "quotes": [asdict(q) for q in self.quotes],
        }
