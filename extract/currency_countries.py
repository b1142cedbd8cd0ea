"""Which country a story is set in, for the currencies news writes without their country: a bare
"$" (``dollars.py``), "Rs" and "rupees", "Sh" and "shillings" (``amounts.py``).

A reader tells the country from the names the story uses: its places and people count once each
mention, its own institutions, parties, unions and outlets twice (``currency_countries.yml``).
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

COUNTRY_NAMES = Path(__file__).with_name("currency_countries.yml")
WEIGHTS = {"places": 1, "bodies": 2}
# A name in capitals counts too: "SINGAPORE Technologies Engineering expects …" opens a lede.
_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")


class _Section:
    """The names of one kind of currency ("dollars", "rupees", "shillings"), compiled."""

    def __init__(self, countries: dict):
        self.exact: dict[str, tuple[str, int]] = {}
        self.stems: list[tuple[str, str, int]] = []
        patterns = []
        for code, kinds in countries.items():
            for kind, names in kinds.items():
                for name in names or []:
                    if name.endswith("*"):
                        self.stems.append((name[:-1], code, WEIGHTS[kind]))
                        patterns.append(re.escape(name[:-1]) + r"\w*")
                    else:
                        self.exact[name] = (code, WEIGHTS[kind])
                        patterns.append(re.escape(name))
        self.stems.sort(key=lambda stem: len(stem[0]), reverse=True)
        self.codes = list(countries)
        # Acronyms in capitals stay as written when they are names themselves ("NZEI", "PSDP", "1 NEWS").
        self.capital_names = {word for name in self.exact for word in name.split() if word.isupper()}
        alternatives = "|".join(sorted(patterns, key=len, reverse=True))
        self.pattern = re.compile(rf"\b(?:{alternatives})(?![\w$])")

    def lookup(self, name: str) -> tuple[str, int] | None:
        if name in self.exact:
            return self.exact[name]
        return next(((code, weight) for stem, code, weight in self.stems if name.startswith(stem)), None)

    def scores(self, text: str) -> dict[str, int]:
        text = _CAPITALS.sub(lambda w: w.group(0) if w.group(0) in self.capital_names else w.group(0).title(), text)
        scores = dict.fromkeys(self.codes, 0)
        for match in self.pattern.finditer(text):
            found = self.lookup(match.group(0))
            if found:
                scores[found[0]] += found[1]
        return scores


def _load() -> dict[str, _Section]:
    data = yaml.safe_load(COUNTRY_NAMES.read_text(encoding="utf-8"))
    return {kind: _Section(countries) for kind, countries in data.items()}


_SECTIONS = _load()


def country_scores(text: str, kind: str) -> dict[str, int]:
    """How much `text` names each country of `kind` ("dollars", "rupees", "shillings"), by currency code."""
    return _SECTIONS[kind].scores(text)


def most_named(text: str, kind: str, default: str) -> str:
    """The currency of the country `text` names most, `default` when it names none or two as often."""
    scores = country_scores(text, kind)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked[0] or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return default
    return max(scores, key=scores.get)
