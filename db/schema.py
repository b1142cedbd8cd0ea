"""The newsmon database schema, created and upgraded by numbered migrations.

Each migration is a function registered on ``migrations``; ``ensure_schema``
applies the pending ones, so a newer newsmon upgrades an older database in
place. Never edit a migration that has shipped: add a new one.
"""
from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("newsmon")

# Rows ANALYZE samples per index: enough to rank indexes, cheap on any size of file.
STATISTICS_SAMPLE_ROWS = 1000

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



@migrations()
def m002_runs(db: sqlite_utils.Database) -> None:
    """One row per ingest (or reextract, reparse, vacuum) run: what it did and how it ended."""
    db["runs"].create(
        {
            "id": int,
            "command": str,  # ingest, reextract, reparse, vacuum
            "status": str,  # running, completed, failed, interrupted
            "started_at": str,
            "finished_at": str,
            "elapsed_s": float,
            "found": int,
            "new": int,
            "updated": int,
            "unchanged": int,
            "failed": int,
            "watch_matches": int,
            "error": str,  # why the run could not complete; per-page failures are in fetch_log
            "newsmon_version": str,
            "extractor_version": str,
            "schema_version": int,
            "pid": int,
            "host": str,
            "arguments": str,  # JSON
        },
        pk="id",
    )
    db["runs"].create_index(["started_at"])
    db["fetch_log"].create_index(["run_id"])


@migrations()
def m003_article_history(db: sqlite_utils.Database) -> None:
    """Previous versions of articles whose content changed: hash, title and when they were seen."""
    db["article_history"].create(
        {
            "id": int,
            "article_id": int,
            "content_hash": str,  # the hash the article had before this change
            "title": str,
            "word_count": int,
            "fetched_at": str,  # when that previous version was last fetched
            "stored_at": str,  # when that previous version was stored
            "replaced_at": str,
            "run_id": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("run_id", "runs", "id")],
    )
    db["article_history"].create_index(["article_id"])


@migrations()
def m004_watch_matches(db: sqlite_utils.Database) -> None:
    """Articles matching a watchlist entry (watch.yml), marked once per watch, article and term."""
    db["watch_matches"].create(
        {
            "id": int,
            "watch": str,  # the watch's name in watch.yml
            "kind": str,  # organisation, person or term
            "term": str,  # the watched name or search term
            "article_id": int,
            "entity_id": int,  # the matched entity, for organisations and people
            "text": str,  # the matched text as the article has it
            "char_start": int,
            "char_end": int,
            "sentence": str,
            "matched_at": str,
            "run_id": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id"),
                      ("run_id", "runs", "id")],
    )
    db["watch_matches"].create_index(["watch", "article_id", "kind", "term"], unique=True)
    db["watch_matches"].create_index(["matched_at"])


@migrations()
def m005_entity_aliases(db: sqlite_utils.Database) -> None:
    """Every name that identifies an entity across articles, under a normalised key;
    entities stored twice under two spellings ("Unison"/"UNISON") are merged into the first."""
    from db.entities import unify_stored_entities

    db["entity_aliases"].create(
        {
            "label": str,
            "alias_key": str,  # casefolded, punctuation, "the" and possessive removed
            "entity_id": int,
            "alias": str,  # the name as first written
            "article_id": int,  # the article the name was first stored from (provenance only)
        },
        pk=("label", "alias_key"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db["entity_aliases"].create_index(["entity_id"])
    unify_stored_entities(db)


@migrations()
def m006_syndication(db: sqlite_utils.Database) -> None:
    """Copies of one wire story across outlets: a text signature per article and its group."""
    db["articles"].add_column("syndication_signature", bytes)  # MinHash of the body, null if too short
    db["articles"].add_column("syndication_group", int)  # id of the group's first article
    db["articles"].add_column("syndication_version", str)  # signature scheme; null: not yet compared
    db["articles"].add_column("syndication_content_hash", str)  # the content the signature is of
    db["articles"].create_index(["syndication_group"])
    # Re-index an article's text only when its text changes, not on every bookkeeping update
    # (syndication columns, fetch validators): the trigger sqlite-utils made fires on any column.
    db.execute("drop trigger if exists articles_au")
    db.execute("""create trigger articles_au after update of title, body on articles begin
      insert into articles_fts (articles_fts, rowid, title, body) values ('delete', old.rowid, old.title, old.body);
      insert into articles_fts (rowid, title, body) values (new.rowid, new.title, new.body);
    end""")


@migrations()
def m007_search_indexes(db: sqlite_utils.Database) -> None:
    """Narrow copies of what a full-text search counts and facets, keyed by id.

    A search's count and facets look up every matching row; an article row is the
    whole text, so 40,000 matches read 40,000 wide rows. With these covering
    indexes SQLite reads the few columns it needs from small index rows instead
    (bench/search_bench.py at 100,000 articles: article count p95 45 -> 21 ms, quotes 23 -> 12 ms)."""
    db["articles"].create_index(["id", "published", "site_name"], index_name="idx_articles_search")
    # SQLite picks an index over the table only when it is clearly narrower: quotes get the id and
    # the speaker, their most used facet, and nothing more.
    db["quotes"].create_index(["id", "speaker_id"], index_name="idx_quotes_search")
    refresh_statistics(db)


def refresh_statistics(db: sqlite_utils.Database) -> None:
    """Update the query planner's statistics (sampled: ~0.2 s on a 1 GB file).

    Without them SQLite guesses every table is alike and looks up wide article rows
    even where a narrow index holds all a query needs (m007)."""
    db.execute(f"PRAGMA analysis_limit = {STATISTICS_SAMPLE_ROWS}")
    db.execute("ANALYZE")


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
