"""A candidate name in the text (Mention) and the index that keeps overlap checks cheap (Spans).

Every rule that finds, cuts or relabels a name works on these; they depend on nothing else here
but the alternation of names that org_words builds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extract.org_words import alternatives


@dataclass
class Mention:
    label: str
    start: int
    end: int
    text: str
    titled: bool = False  # written after a title ("Mr Swinney"): a person even when alone


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per stretch of text: the longer wins."""
    kept = Spans([])
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not kept.overlapping(m):
            kept.add(m)
    return kept.items


class Spans:
    """Mentions indexed by start, so overlap checks stay cheap on 100,000-word texts."""

    def __init__(self, mentions: list[Mention]):
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.longest = max((m.end - m.start for m in self.items), default=0)

    def add(self, mention: Mention) -> None:
        i = bisect.bisect_right(self.starts, mention.start)
        self.starts.insert(i, mention.start)
        self.items.insert(i, mention)
        self.longest = max(self.longest, mention.end - mention.start)

    def overlapping(self, mention: Mention) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, mention.start - self.longest)
        hi = bisect.bisect_left(self.starts, mention.end)
        return [m for m in self.items[lo:hi] if overlaps(m, mention)]


def not_yet_mentioned(found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The candidates that no mention covers, wholly or in part."""
    taken = Spans(mentions)
    return [m for m in found if not taken.overlapping(m)]


def occurrences_as_organisations(text: str, pattern: str) -> list[Mention]:
    """Every occurrence of a name the article has shown to be a body's, as an ORG candidate."""
    return [Mention("ORG", m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]


def unmentioned_occurrences(text: str, names, mentions: list[Mention]) -> list[Mention]:
    """Every occurrence, as a whole word, of names the article has shown to be bodies', that no
    mention covers yet: the ORG candidates a rule that found the names adds."""
    pattern = rf"(?<![\w’'&-])(?:{alternatives(names)})(?![\w’'&-])"
    return not_yet_mentioned(occurrences_as_organisations(text, pattern), mentions)
