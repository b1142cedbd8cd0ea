"""One entity row across articles: names looked up through the entity_aliases table.

The extractor decides which mentions within one article name one entity
(extract/canonical.py). Across articles the store decides, by looking up every
name that may identify an entity outside its own article under a key that
ignores case, punctuation, a leading "the" and a possessive ("UNISON",
"Unison's", "the Unison" are one key).

Names that join across articles:

- the canonical name the extractor gave the entity;
- an organisation's names from its article: case variants, acronyms it
  defined ("Scottish Joint Council (SJC)"), a company suffix;
- a person's full names. A surname alone ("Smith") or a titled surname
  ("Mr Smith") stays in its article: two Smiths in two stories are usually
  two people.

An acronym joins two organisations only when their full names do not
disagree: "ACC" for Aberdeen City Council in one story and for the Atlantic
Coast Conference in another stay two rows.

The row's display name is the curated alias file's canonical name when it
knows the entity (extract/aliases.yml), else the first name stored, upgraded
from an acronym to a full name once one is seen.
"""
from __future__ import annotations

import functools
import json
import re

import sqlite_utils

# Columns holding an entities.id: merging two entities re-points all of them.
ENTITY_REFERENCES = (("mentions", "entity_id"), ("mentions", "affiliation_id"),
                     ("quotes", "speaker_id"), ("money", "speaker_id"),
                     ("percentages", "speaker_id"), ("watch_matches", "entity_id"))


@functools.lru_cache(maxsize=1)
def default_gazetteer():
    # Imported here: it loads spaCy's stop words, which opening a database should not pay for.
    from extract.gazetteer import Gazetteer

    return Gazetteer.load()


@functools.lru_cache(maxsize=100_000)
def alias_key(name: str) -> str:
    """"The UNISON's" -> "unison"; "Coca-Cola" and "Coca Cola", "U.S." and "US" agree."""
    from extract.gazetteer import name_key

    key = name_key(name).replace("&", " and ")
    key = re.sub(r"[.'`]", "", key)
    return " ".join(re.sub(r"[^\w]+", " ", key).split())


def is_full_name(name: str) -> bool:
    return len(alias_key(name).split()) > 1


def is_acronym(name: str) -> bool:
    return len(name.split()) == 1 and name.isupper() and len(name) > 1


def respelt_full_names(name: str, aliases) -> list[str]:
    """"Katie Hagman" whom her article also calls "Hagmann": "Katie Hagmann" names her elsewhere.

    The extractor joined the one-letter variant within the article; the full name it
    implies lets the same person join an article that spells her name the other way.
    """
    from extract.canonical import one_edit_apart

    words = name.split()
    if len(words) < 2 or len(words[-1]) < 5:
        return []
    return [" ".join(words[:-1] + [alias]) for alias in aliases
            if len(alias.split()) == 1 and alias != words[-1] and one_edit_apart(alias, words[-1])]


def joining_names(label: str, name: str, aliases, gazetteer) -> list[str]:
    """The names that may identify this entity in other articles: canonical name, full names, others."""
    names = [name]
    if label == "PERSON":
        aliases = list(aliases) + respelt_full_names(name, aliases)
    for alias in aliases:
        if label == "PERSON":
            words = alias.split()
            if len(words) < 2 or words[0].rstrip(".").lower() in gazetteer.titles:
                continue  # a surname or "Mr Smith": only its own article knows who that is
        elif not any(c.isupper() for c in re.sub(r"^[Tt]he\s+", "", alias)):
            continue  # "the union" describes, it does not name
        names.append(alias)
    unique = {}
    # Full names are the stronger evidence, so they are looked up before acronyms and short names.
    for n in [name] + sorted(names[1:], key=lambda n: not is_full_name(n)):
        if alias_key(n):
            unique.setdefault(alias_key(n), n)
    return list(unique.values())


def full_name_keys(names) -> set[str]:
    return {alias_key(n) for n in names if is_full_name(n)}


def registered_full_names(db: sqlite_utils.Database, entity: int) -> set[str]:
    return {row[0] for row in db.execute(
        "select alias_key from entity_aliases where entity_id = ? and alias_key like '% %'", [entity])}


def owner(db: sqlite_utils.Database, label: str, key: str) -> int | None:
    row = db.execute("select entity_id from entity_aliases where label = ? and alias_key = ?",
                     [label, key]).fetchone()
    return row[0] if row else None


def find_entity(db: sqlite_utils.Database, label: str, names: list[str], known: str | None) -> int | None:
    """The stored entity these names identify, or None. ``names`` starts with the canonical name;
    ``known`` is the alias file's name for it."""
    if known and owner(db, label, alias_key(known)) is not None:
        return owner(db, label, alias_key(known))  # the alias file decided
    new_full = full_name_keys(names)
    for other in names:
        found = owner(db, label, alias_key(other))
        # A full name is evidence enough; a short name must not contradict the full names.
        if found is not None and (is_full_name(other) or not disagreeing_full_names(db, found, new_full)):
            return found
    return None


def disagreeing_full_names(db: sqlite_utils.Database, entity: int, new_full: set[str]) -> bool:
    """True when both sides have full names and share none: one acronym, two organisations."""
    old_full = registered_full_names(db, entity)
    return bool(new_full and old_full and not new_full & old_full)


def known_name(gazetteer, label: str, names) -> str | None:
    for n in names:
        known = gazetteer.lookup(label, n)
        if known:
            return known
    return None


def register(db: sqlite_utils.Database, entity: int, label: str, names, article_id: int | None) -> None:
    """Claim each key for the entity; a key another entity already holds stays with it."""
    db.conn.executemany(
        "insert or ignore into entity_aliases (label, alias_key, entity_id, alias, article_id) values (?, ?, ?, ?, ?)",
        [(label, alias_key(n), entity, n, article_id) for n in names if alias_key(n)])


def entity_id(db: sqlite_utils.Database, label: str, name: str, aliases=(), *,
              article_id: int | None = None, gazetteer=None) -> int:
    """The id of the stored entity this article's (label, name, aliases) names, created if new."""
    gazetteer = gazetteer or default_gazetteer()
    aliases = sorted(set(aliases) | {name})
    names = joining_names(label, name, aliases, gazetteer)
    known = known_name(gazetteer, label, aliases)
    found = find_entity(db, label, names, known)
    if found is None:
        found = same_name(db, label, known or name)
    if found is None:
        found = db["entities"].insert({"label": label, "name": known or name,
                                       "aliases": json.dumps(aliases, ensure_ascii=False)}).last_pk
    else:
        add_aliases(db, found, aliases)
        settle_name(db, found, label, known, names)
    register(db, found, label, ([known] if known else []) + names, article_id)
    return found


def same_name(db: sqlite_utils.Database, label: str, name: str) -> int | None:
    """An entity stored under exactly this name (a lone surname has no alias key of its own elsewhere)."""
    row = db.execute("select id from entities where label = ? and name = ?", [label, name]).fetchone()
    return row[0] if row else None


def add_aliases(db: sqlite_utils.Database, entity: int, aliases) -> None:
    row = db.execute("select aliases from entities where id = ?", [entity]).fetchone()
    known = json.loads(row[0] or "[]")
    merged = sorted(set(known) | set(aliases))
    if merged != known:
        db["entities"].update(entity, {"aliases": json.dumps(merged, ensure_ascii=False)})


def settle_name(db: sqlite_utils.Database, entity: int, label: str, known: str | None, names: list[str]) -> None:
    """The alias file's name when it has one, else a person's majority spelling, else the full name
    over an acronym. ``names[0]`` is this article's canonical name."""
    if known:
        rename(db, entity, label, known)
    elif label == "PERSON":
        prefer_respelling(db, entity, label, names[0])
    else:
        upgrade_acronym(db, entity, label, names)


def prefer_respelling(db: sqlite_utils.Database, entity: int, label: str, name: str) -> None:
    """When ``name`` is the respelt full name the entity's first article implied, two articles now
    spell the surname this way against one: it becomes the display name."""
    current, aliases = db.execute("select name, aliases from entities where id = ?", [entity]).fetchone()
    if name in respelt_full_names(current, json.loads(aliases or "[]")):
        rename(db, entity, label, name)


def rename(db: sqlite_utils.Database, entity: int, label: str, name: str) -> None:
    current = db.execute("select name from entities where id = ?", [entity]).fetchone()[0]
    if current != name and same_name(db, label, name) is None:
        db["entities"].update(entity, {"name": name})
        add_aliases(db, entity, [current, name])


def upgrade_acronym(db: sqlite_utils.Database, entity: int, label: str, names: list[str]) -> None:
    """An organisation first stored as "SJC" takes the full name once an article spells it out."""
    current = db.execute("select name from entities where id = ?", [entity]).fetchone()[0]
    full = [re.sub(r"^[Tt]he\s+", "", n) for n in names if is_full_name(n)]
    if label != "ORG" or not is_acronym(current) or not full:
        return
    rename(db, entity, label, max(full, key=len))


def merge_into(db: sqlite_utils.Database, target: int, duplicate: int) -> None:
    """Fold one entity row into another: every reference, alias and key moves."""
    for table, column in ENTITY_REFERENCES:
        if db[table].exists():
            db.execute(f"update [{table}] set [{column}] = ? where [{column}] = ?", [target, duplicate])
    row = db.execute("select name, aliases from entities where id = ?", [duplicate]).fetchone()
    add_aliases(db, target, [row[0], *json.loads(row[1] or "[]")])
    db.execute("update or ignore entity_aliases set entity_id = ? where entity_id = ?", [target, duplicate])
    db.execute("delete from entity_aliases where entity_id = ?", [duplicate])
    db.execute("delete from entities where id = ?", [duplicate])


DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")


def defined_acronyms(body: str, mentions) -> dict[str, set[str]]:
    """Acronyms the article defines right after an organisation's name, by canonical name:
    "Clyde Port Workers Association (CPWA)" makes "CPWA" a name for it in other articles."""
    from extract.canonical import spells

    found: dict[str, set[str]] = {}
    for m in mentions:
        match = DEFINED_ACRONYM.match(body, m.end) if m.label == "ORG" and body else None
        if match and spells(match.group(1).upper(), m.text.split()):
            found.setdefault(m.canonical, set()).add(match.group(1))
    return found


def unify_stored_entities(db: sqlite_utils.Database, gazetteer=None) -> int:
    """Fill entity_aliases from the entities table, merging rows that name one entity.

    Rows are taken oldest first, so each merged entity keeps its first id. Returns how
    many rows were merged away.
    """
    gazetteer = gazetteer or default_gazetteer()
    merged = 0
    for row in list(db.query("select id, label, name, aliases from entities order by id")):
        aliases = sorted(set(json.loads(row["aliases"] or "[]")) | {row["name"]})
        names = joining_names(row["label"], row["name"], aliases, gazetteer)
        known = known_name(gazetteer, row["label"], aliases)
        target = find_entity(db, row["label"], names, known)
        first_article = db.execute("select min(article_id) from mentions where entity_id = ?",
                                   [row["id"]]).fetchone()[0]
        if target is not None and target != row["id"]:
            merge_into(db, target, row["id"])
            merged += 1
        settle_name(db, target or row["id"], row["label"], known, names)
        register(db, target or row["id"], row["label"], ([known] if known else []) + names, first_article)
    return merged
