"""The people an article names in full, and whether a lone word could be one of them ("Hagmann" for
"Katie Hagman"): the index the entity rules and the person gate share.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.canonical import one_edit_apart
from extract.mentions import Mention


@dataclass(frozen=True)
class FullNames:
    """The words and the surnames of the article's full PERSON names (two words or more),
    gathered once per list of mentions: every one-word name is tested against them."""
    words: frozenset[str]
    surnames: frozenset[str]

    @classmethod
    def of(cls, mentions: list[Mention]) -> "FullNames":
        full = [m.text.split() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1]
        return cls(frozenset(w for words in full for w in words), frozenset(words[-1] for words in full))

    def explain(self, word: str) -> bool:
        """A word of a full name, or a surname misspelt by one letter."""
        return word in self.words or near_surname(word, self.surnames)


def lone_unknown_name(mention: Mention, names: FullNames) -> bool:
    """One word tagged PERSON that no full name in the article explains ("Twitter", "Hope").

    News introduces people by their full name; a lone capitalised word the
    model calls a person with no such introduction and no title is far more
    often a company, a product or a sentence opener.
    """
    if mention.label != "PERSON" or len(mention.text.split()) > 1 or mention.titled:
        return False
    return not names.explain(mention.text)


def near_surname(word: str, surnames: set[str]) -> bool:
    return any(word == s or (len(word) >= 5 and one_edit_apart(word, s)) for s in surnames)
