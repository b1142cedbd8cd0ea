"""Writes: one article and its extraction per transaction, entities unified across articles.

An article's identity is its normalised canonical URL. Re-storing the same
content changes nothing but the fetch bookkeeping; changed content replaces
the article's extraction inside the same transaction, so a crash leaves
either the old article with its old extraction or the new with the new.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
from dataclasses import dataclass

import sqlite_utils

from db import entities
from db.schema import EXTRACTION_TABLES

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


@dataclass
class StoredArticle:
    article_id: int
    outcome: str  # NEW, UPDATED or UNCHANGED


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def content_hash(title: str | None, body: str) -> str:
    return hashlib.sha256(f"{title or ''}\n\n{body}".encode("utf-8")).hexdigest()


def find_article(db: sqlite_utils.Database, url: str) -> dict | None:
    rows = list(db.query("select * from articles where url = ?", [url]))
    return rows[0] if rows else None


def ensure_source(db: sqlite_utils.Database, source_id: str, name: str | None = None,
                  homepage: str | None = None, config: dict | None = None) -> str:
    db["sources"].upsert(
        {"id": source_id, "name": name or source_id, "homepage": homepage,
         "config": json.dumps(config or {}, ensure_ascii=False)},
        pk="id",
    )
    return source_id


def article_row(article, identity_url: str, source_id: str | None, fetch, now: str) -> dict:
    body = article.body or ""
    return {
        "url": identity_url,
        "canonical_url": article.canonical_url,
        "final_url": (fetch.final_url if fetch else None) or article.url,
        "source_id": source_id,
        "title": article.title,
        "authors": json.dumps(article.authors or [], ensure_ascii=False),
        "published": article.published,
        "modified": article.modified,
        "section": article.section,
        "site_name": article.site_name,
        "description": article.description,
        "body": body,
        "word_count": len(body.split()),
        "content_hash": content_hash(article.title, body),
        "etag": fetch.etag if fetch else None,
        "last_modified": fetch.last_modified if fetch else None,
        "fetched_at": now,
    }


def store_article(db: sqlite_utils.Database, *, identity_url: str, article, extraction,
                  source_id: str | None = None, fetch=None, html: str | None = None,
                  run_id: int | None = None, fetched_at: str | None = None) -> StoredArticle:
    """Insert or update one article with its extraction, atomically.

    ``fetched_at`` keeps the original fetch time when re-parsing stored HTML.
    """
    now = utc_now()
    row = article_row(article, identity_url, source_id, fetch, now)
    if fetched_at:
        row["fetched_at"] = fetched_at
    with db.atomic():
        existing = find_article(db, identity_url)
        if existing is None:
            row.update(first_seen=now, updated_at=now, extractor_version=extraction.extractor_version)
            article_id = db["articles"].insert(row).last_pk
            outcome = NEW
        elif is_current(existing, article, extraction.extractor_version):
            if fetch is not None:
                touch_article(db, existing["id"], fetch)
            return StoredArticle(existing["id"], UNCHANGED)
        else:
            article_id = existing["id"]
            if existing["content_hash"] != row["content_hash"]:
                record_history(db, existing, now, run_id)
            row.update(updated_at=now, extractor_version=extraction.extractor_version)
            db["articles"].update(article_id, row)
            outcome = UPDATED
        if html is not None:
            store_html(db, article_id, html, now)
        replace_extraction(db, article_id, extraction)
    return StoredArticle(article_id, outcome)


def is_current(existing: dict, article, extractor_version: str) -> bool:
    """True when a stored article has this content and was extracted by this extractor."""
    return (existing["content_hash"] == content_hash(article.title, article.body or "")
            and existing["extractor_version"] == extractor_version)


def record_history(db: sqlite_utils.Database, previous: dict, now: str, run_id: int | None) -> None:
    """Keep what a changed article was before (hash, title, when) so corrections stay traceable."""
    db["article_history"].insert({
        "article_id": previous["id"], "content_hash": previous["content_hash"],
        "title": previous["title"], "word_count": previous["word_count"],
        "fetched_at": previous["fetched_at"], "stored_at": previous["updated_at"],
        "replaced_at": now, "run_id": run_id,
    })


def reextract_article(db: sqlite_utils.Database, article_id: int, extraction) -> None:
    """Replace one stored article's extraction (same text, newer extractor), atomically."""
    with db.atomic():
        replace_extraction(db, article_id, extraction)
        db["articles"].update(article_id, {"extractor_version": extraction.extractor_version,
                                           "updated_at": utc_now()})


def touch_article(db: sqlite_utils.Database, article_id: int, fetch) -> None:
    """Record a fetch that found nothing new (keeps validators fresh for the next conditional GET)."""
    db["articles"].update(article_id, {"etag": fetch.etag, "last_modified": fetch.last_modified,
                                       "fetched_at": utc_now()})


def store_html(db: sqlite_utils.Database, article_id: int, html: str, now: str) -> None:
    db["article_html"].upsert(
        {"article_id": article_id, "html_gz": gzip.compress(html.encode("utf-8")),
         "encoding": "utf-8", "fetched_at": now},
        pk="article_id",
    )


def entity_id(db: sqlite_utils.Database, label: str, name: str, aliases=(), *,
              article_id: int | None = None) -> int:
    """The id of the stored entity this canonical name and its aliases identify across articles."""
    return entities.entity_id(db, label, name, aliases, article_id=article_id)


def replace_extraction(db: sqlite_utils.Database, article_id: int, extraction) -> None:
    for table in EXTRACTION_TABLES:
        db.execute(f"delete from [{table}] where article_id = ?", [article_id])
    version = extraction.extractor_version
    ids = entity_ids(db, extraction, article_id)
    label_of = {name: info.get("label") for name, info in extraction.aliases.items()}
    db["mentions"].insert_all(
        ({"article_id": article_id, "entity_id": ids[(m.label, m.canonical)], "text": m.text,
          "char_start": m.start, "char_end": m.end, "sentence": m.sentence, "role": m.role,
          "affiliation_id": ids.get(("ORG", m.affiliation)), "extractor_version": version}
         for m in extraction.entities),
    )
    roles = {m.canonical: m.role for m in extraction.entities if m.role}
    quote_rows = [quote_row(article_id, q, ids, label_of, roles, version) for q in extraction.quotes]
    db["quotes"].insert_all(quote_rows)
    db["money"].insert_all(
        ({"article_id": article_id, "text": m.text, "value": m.value, "currency": m.currency,
          "per": m.per, "qualifier": m.qualifier, "char_start": m.start, "char_end": m.end,
          "sentence": m.sentence, "speaker_id": speaker_at(quote_rows, m.start, m.end),
          "extractor_version": version} for m in extraction.money),
    )
    db["percentages"].insert_all(
        ({"article_id": article_id, "text": p.text, "value": p.value, "points": int(p.points),
          "qualifier": p.qualifier, "char_start": p.start, "char_end": p.end,
          "sentence": p.sentence, "speaker_id": speaker_at(quote_rows, p.start, p.end),
          "extractor_version": version} for p in extraction.percent),
    )


def entity_ids(db: sqlite_utils.Database, extraction, article_id: int | None = None) -> dict[tuple[str, str], int]:
    """Ids of every canonical entity the extraction names, keyed by (label, name)."""
    wanted: dict[tuple[str, str], set[str]] = {}
    for m in extraction.entities:
        wanted.setdefault((m.label, m.canonical), set()).add(m.text)
    if article_id is not None:
        body = db.execute("select body from articles where id = ?", [article_id]).fetchone()[0]
        for name, acronyms in entities.defined_acronyms(body, extraction.entities).items():
            wanted[("ORG", name)] |= acronyms
    for name, info in extraction.aliases.items():
        if info.get("label"):
            wanted.setdefault((info["label"], name), set()).update(info.get("aliases", []))
    for q in extraction.quotes:
        if q.speaker:
            wanted.setdefault((q.speaker_label or "PERSON", q.speaker), set())
    for m in extraction.entities:
        if m.affiliation:
            wanted.setdefault(("ORG", m.affiliation), set())
    return {key: entity_id(db, key[0], key[1], aliases, article_id=article_id)
            for key, aliases in wanted.items()}


def quote_row(article_id: int, q, ids, label_of, roles, version: str) -> dict:
    label = q.speaker_label or label_of.get(q.speaker) or "PERSON"
    return {"article_id": article_id, "text": q.text,
            "speaker_id": ids.get((label, q.speaker)) if q.speaker else None,
            "speaker_role": roles.get(q.speaker), "verb": q.verb,
            "char_start": q.start, "char_end": q.end, "sentence": q.sentence,
            "extractor_version": version}


def speaker_at(quote_rows: list[dict], start: int, end: int) -> int | None:
    """The speaker of the quote a figure stands in, so figures trace to who said them."""
    for q in quote_rows:
        if q["char_start"] <= start and end <= q["char_end"]:
            return q["speaker_id"]
    return None


def log_failure(db: sqlite_utils.Database, *, url: str, stage: str, error: str,
                status: int | None = None, run_id: int | None = None) -> None:
    db["fetch_log"].insert({"run_id": run_id, "url": url, "stage": stage, "status": status,
                            "error": error, "at": utc_now()})
