"""The newsmon database schema, created and upgraded by numbered migrations.

Each migration is a function registered on ``migrations``; ``ensure_schema``
applies the pending ones, so a newer newsmon upgrades an older database in
place. Never edit a migration that has shipped: add a new one.
"""
from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("newsmon")

# Tables that hold one article's extraction; replaced as a unit on re-extraction.
EXTRACTION_TABLES = ("mentions", "money", "percentages", "quotes")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {"id": str, "name": str, "homepage": str, "config": str},
        pk="id",
    )
    db["articles"].create(
        {
            "id": int,
            "url": str,  # normalised identity URL (canonical when known)
            "canonical_url": str,
            "final_url": str,
            "source_id": str,
            "title": str,
            "authors": str,  # JSON list
            "published": str,
            "modified": str,
            "section": str,
            "site_name": str,
            "description": str,
            "body": str,
            "word_count": int,
            "content_hash": str,
            "etag": str,
            "last_modified": str,
            "first_seen": str,
            "fetched_at": str,
            "updated_at": str,
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
        not_null={"url"},
    )
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["source_id"])
    db["article_html"].create(
        {"article_id": int, "html_gz": bytes, "encoding": str, "fetched_at": str},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["entities"].create(
        {"id": int, "label": str, "name": str, "aliases": str},  # aliases: JSON list
        pk="id",
        not_null={"label", "name"},
    )
    db["entities"].create_index(["label", "name"], unique=True)
    db["mentions"].create(
        {
            "id": int,
            "article_id": int,
            "entity_id": int,
            "text": str,
            "char_start": int,
            "char_end": int,
            "sentence": str,
            "role": str,
            "affiliation_id": int,
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("entity_id", "entities", "id"),
            ("affiliation_id", "entities", "id"),
        ],
    )
    db["money"].create(
        {
            "id": int,
            "article_id": int,
            "text": str,
            "value": float,
            "currency": str,
            "per": str,
            "qualifier": str,
            "char_start": int,
            "char_end": int,
            "sentence": str,
            "speaker_id": int,  # set when the figure stands inside a quote
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "entities", "id")],
    )
    db["percentages"].create(
        {
            "id": int,
            "article_id": int,
            "text": str,
            "value": float,
            "points": int,
            "qualifier": str,
            "char_start": int,
            "char_end": int,
            "sentence": str,
            "speaker_id": int,
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "entities", "id")],
    )
    db["quotes"].create(
        {
            "id": int,
            "article_id": int,
            "text": str,
            "speaker_id": int,
            "speaker_role": str,
            "verb": str,
            "char_start": int,
            "char_end": int,
            "sentence": str,
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "entities", "id")],
    )
    for table in EXTRACTION_TABLES:
        db[table].create_index(["article_id"])
    db["mentions"].create_index(["entity_id"])
    db["quotes"].create_index(["speaker_id"])
    db["fetch_log"].create(
        {
            "id": int,
            "run_id": int,
            "url": str,
            "stage": str,
            "status": int,
            "error": str,
            "at": str,
        },
        pk="id",
    )
    db["fetch_log"].create_index(["url"])
    db["articles"].enable_fts(
        ["title", "body"], fts_version="FTS5", create_triggers=True, tokenize="porter"
    )
    db["quotes"].enable_fts(["text"], fts_version="FTS5", create_triggers=True, tokenize="porter")


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) a newsmon database, upgraded to the current schema."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    if db.journal_mode != "wal":
        db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    migrations.apply(db)


def schema_version(db: sqlite_utils.Database) -> int:
    """How many newsmon migrations this database has applied."""
    return len(migrations.applied(db))
