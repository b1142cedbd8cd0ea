"""The well-known organisations list (known_organisations.yml): names a body is known by as written
("eBay", "Tesla"), and the seats of government that stand for one ("Holyrood", "Stormont").

The entity rules, the organisation gate and the people gates all consult it, so it depends on
nothing but the gazetteer's name key.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from extract.gazetteer import Gazetteer, name_key


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


WORD = re.compile(r"(?<![\w’'&.-])\w[\w&’'.+-]*")  # a word may follow "/": "REX/Shutterstock"
NAME_END = re.compile(r"(?![\w&/-]|['’][a-rt-z])")  # "Vox" not in "Voxel", "Vox’s" is Vox
WORD_TAIL = re.compile(r"(?:['’]s?|[.+-])+$")  # "DeepMind’s", "Apple.", "Dunkin'"


def first_word(name: str) -> str:
    return WORD_TAIL.sub("", WORD.match(name).group())


@functools.lru_cache(maxsize=1)
def known_organisation_index() -> dict[str, tuple[str, ...]]:
    """First word -> the well-known names it opens, longest first: one look-up per word of a
    text instead of a thousand-way pattern tried at every character."""
    index: dict[str, list[str]] = {}
    for name in sorted(set(known_organisation_names()), key=len, reverse=True):
        index.setdefault(first_word(name), []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def find_known_organisations(text: str):
    """(start, end) of each whole-word occurrence of a well-known name as written, left to right;
    a curly apostrophe is the list's straight one ("Sainsbury’s", "Barnardo’s")."""
    index, position = known_organisation_index(), 0
    for word in WORD.finditer(text):
        if word.start() < position:
            continue
        for name in index.get(WORD_TAIL.sub("", word.group()), ()):
            end = word.start() + len(name)
            if text[word.start():end].replace("’", "'") == name and NAME_END.match(text, end):
                yield word.start(), end
                position = end
                break


@functools.lru_cache(maxsize=1)
def recased_known_names() -> dict[str, str]:
    """"Easyjet" -> "easyJet", "Siptu" -> "SIPTU", "Bytedance" -> "ByteDance": the one-word names of
    at least four letters, as a house style writes them, a capital and then lowercase (British
    papers write a pronounceable acronym so, and recase a brand's inner capitals)."""
    names = set(known_organisation_names())
    recased = {}
    for name in names:
        if " " not in name and name.isalpha() and len(name) >= 4:
            variant = name[0].upper() + name[1:].lower()
            if variant != name and variant not in names:
                recased[variant] = name
    return recased


RECASED_WORD = re.compile(r"(?<![\w’'&.-])[A-Z][a-z]{3,}(?![\w&-])")


def find_recased_known_organisations(text: str):
    """(start, end) of each one-word well-known name written in the house style of
    ``recased_known_names``, not as the list spells it."""
    recased = recased_known_names()
    for word in RECASED_WORD.finditer(text):
        if word.group() in recased:
            yield word.start(), word.end()


def known_company(name: str, gazetteer: Gazetteer) -> bool:
    return gazetteer.lookup("ORG", name) is not None or name_key(name) in known_organisations()
