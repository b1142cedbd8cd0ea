"""Watchlists: organisations, people and search terms to flag in new articles.

watch.yml holds data, not code::

    watches:
      - name: council-pay
        organisations: [COSLA, Unison]
        people: [Shona Morrison]
        terms: [bin strike, pay offer]

Organisations and people match extracted entities (by canonical name or any
alias, ignoring case), so "the union" resolved to Unison counts; terms match
whole words in the title or body. Each (watch, article, term) is marked once,
with the run that found it and where in the text it stands.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
import yaml

from db.store import utc_now

KINDS = {"organisations": ("organisation", "ORG"), "people": ("person", "PERSON"), "terms": ("term", None)}


class WatchlistError(ValueError):
    """watch.yml is missing or invalid."""


@dataclass
class Watch:
    name: str
    organisations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)


def load_watchlist(path: str | Path) -> list[Watch]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise WatchlistError(f"{path}: cannot read it: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        raise WatchlistError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("watches"), list):
        raise WatchlistError(f"{path}: expected a list of watches under 'watches'")
    watches, names = [], set()
    for index, entry in enumerate(data["watches"]):
        where = f"{path}: watches[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise WatchlistError(f"{where}: each watch needs a 'name'")
        unknown = set(entry) - {"name", *KINDS}
        if unknown:
            raise WatchlistError(f"{where}: unknown key(s) {sorted(unknown)}; known: name, {', '.join(KINDS)}")
        if entry["name"] in names:
            raise WatchlistError(f"{where}: duplicate watch name {entry['name']!r}")
        names.add(entry["name"])
        lists = {}
        for key in KINDS:
            items = entry.get(key) or []
            if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
                raise WatchlistError(f"{where}: '{key}' must be a list of names")
            lists[key] = [i.strip() for i in items]
        if not any(lists.values()):
            raise WatchlistError(f"{where}: watch {entry['name']!r} lists nothing to watch")
        watches.append(Watch(entry["name"], **lists))
    return watches


def mark_matches(db: sqlite_utils.Database, watches: list[Watch], article_ids, run_id: int | None) -> int:
    """Mark the watched names and terms in these articles; returns how many matches are new."""
    article_ids = list(article_ids)
    new = 0
    for watch in watches:
        for key, (kind, label) in KINDS.items():
            for term in getattr(watch, key):
                found = (entity_matches(db, label, term, article_ids) if label
                         else term_matches(db, term, article_ids))
                for match in found:
                    new += insert_match(db, watch.name, kind, term, match, run_id)
    return new


def entity_matches(db: sqlite_utils.Database, label: str, term: str, article_ids: list[int]) -> list[dict]:
    """The first mention, per article, of an entity called ``term`` (name or alias)."""
    matches = []
    for chunk in chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        matches += db.query(f"""
            select m.article_id, m.entity_id, m.text, min(m.char_start) as char_start, m.char_end, m.sentence
            from mentions m join entities e on e.id = m.entity_id
            where e.label = ? and m.article_id in ({marks})
              and (lower(e.name) = lower(?)
                   or exists (select 1 from json_each(e.aliases) a where lower(a.value) = lower(?)))
            group by m.article_id, m.entity_id""", [label, *chunk, term, term])
    return matches


def term_matches(db: sqlite_utils.Database, term: str, article_ids: list[int]) -> list[dict]:
    """The first whole-word occurrence of ``term`` in each article's body, else its title."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, term.split())) + r"(?!\w)", re.IGNORECASE)
    matches = []
    for chunk in chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"select id, title, body from articles where id in ({marks})", chunk):
            hit = pattern.search(row["body"] or "")
            if hit:
                matches.append({"article_id": row["id"], "text": hit.group(0), "char_start": hit.start(),
                                "char_end": hit.end(), "sentence": sentence_around(row["body"], hit.start())})
            elif row["title"] and (hit := pattern.search(row["title"])):
                matches.append({"article_id": row["id"], "text": hit.group(0), "sentence": row["title"]})
    return matches


def sentence_around(text: str, offset: int) -> str:
    """The sentence (or, failing that, the paragraph) that holds ``offset``."""
    starts = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+|\n\n", text[:offset])]
    start = starts[-1] if starts else 0
    end = re.search(r"[.!?][\"”’]?(?=\s)|\n\n", text[offset:])
    stop = offset + end.end() if end else len(text)
    return text[start:stop].strip()


def insert_match(db: sqlite_utils.Database, watch: str, kind: str, term: str, match: dict,
                 run_id: int | None) -> int:
    cursor = db.execute(
        """insert or ignore into watch_matches
           (watch, kind, term, article_id, entity_id, text, char_start, char_end, sentence, matched_at, run_id)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [watch, kind, term, match["article_id"], match.get("entity_id"), match.get("text"),
         match.get("char_start"), match.get("char_end"), match.get("sentence"), utc_now(), run_id])
    return cursor.rowcount


def chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


SINCE_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: dt.datetime | None = None) -> str:
    """'6h', '1d', '30m', '2w' or an ISO 8601 date/time, as a UTC ISO timestamp."""
    now = now or dt.datetime.now(dt.timezone.utc)
    relative = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text)
    if relative:
        moment = now - dt.timedelta(**{SINCE_UNITS[relative.group(2)]: int(relative.group(1))})
    else:
        try:
            moment = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            raise ValueError(f"--since {text!r}: give an ISO 8601 date or time, or an age like 6h, 1d, 2w") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def matches_since(db: sqlite_utils.Database, since: str | None = None, watch: str | None = None) -> list[dict]:
    """Watch matches marked since an ISO timestamp, newest first, with their article."""
    if not db["watch_matches"].exists():
        return []
    where, params = [], []
    if since:
        where.append("w.matched_at >= ?")
        params.append(since)
    if watch:
        where.append("w.watch = ?")
        params.append(watch)
    return list(db.query(f"""
        select w.matched_at, w.watch, w.kind, w.term, w.text, w.sentence, w.run_id,
               a.id as article_id, a.title, a.url, a.published
        from watch_matches w join articles a on a.id = w.article_id
        {'where ' + ' and '.join(where) if where else ''}
        order by w.matched_at desc, w.id desc""", params))
