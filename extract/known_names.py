"""The well-known organisations list (known_organisations.yml): names a body is known by as written
("eBay", "Tesla"), and the seats of government that stand for one ("Holyrood", "Stormont").

The entity rules, the organisation gate and the people gates all consult it, so it depends on
nothing but the gazetteer's name key.
"""
from __future__ import annotations

import functools
from pathlib import Path

import yaml

from extract.gazetteer import name_key


KNOWN_ORGANISATIONS = Path(__file__).with_name("known_organisations.yml")


@functools.lru_cache(maxsize=1)
def known_organisations_file(path: Path = KNOWN_ORGANISATIONS) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def known_organisation_names(path: Path = KNOWN_ORGANISATIONS) -> tuple[str, ...]:
    return tuple(name for group in known_organisations_file(path)["organisations"] for name in group)


@functools.lru_cache(maxsize=1)
def seats_of_government(path: Path = KNOWN_ORGANISATIONS) -> frozenset[str]:
    return frozenset(known_organisations_file(path).get("seats_of_government") or ())


@functools.lru_cache(maxsize=1)
def known_organisations() -> frozenset[str]:
    return frozenset(map(name_key, known_organisation_names()))


def well_known_as_written(name: str) -> bool:
    """A name in known_organisations.yml exactly as the list spells it ("eBay", not "ebay")."""
    return name in known_names_as_written()


@functools.lru_cache(maxsize=1)
def known_names_as_written() -> frozenset[str]:
    return frozenset(known_organisation_names())
