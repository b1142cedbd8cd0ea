"""A database made by the first schema (m001 only) upgrades in place and keeps every row."""
import gzip

import sqlite_utils

from db import store
from db.schema import migrations, open_db, schema_version
from extract.records import EntityMention, Extraction, Quote
from scraper.records import Article, FetchResult

FIRST_NEW_MIGRATION = "m002_runs"


def first_schema_database(path) -> sqlite_utils.Database:
    """A database exactly as newsmon's first release left it, with rows in every table."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    migrations.apply(db, stop_before=FIRST_NEW_MIGRATION)
    db["sources"].insert({"id": "stv", "name": "STV News", "homepage": "https://news.stv.tv/", "config": "{}"})
    for i in range(1, 4):
        body = f"Unison said: “We want a fair deal.” Story {i} about a 5% offer worth £1,000."
        db["articles"].insert({
            "id": i, "url": f"https://news.stv.tv/scotland/story-{i}", "canonical_url": f"https://news.stv.tv/scotland/story-{i}",
            "final_url": f"https://news.stv.tv/scotland/story-{i}", "source_id": "stv", "title": f"Story {i}",
            "authors": '["A Reporter"]', "published": "2024-01-0%dT10:00:00+00:00" % i, "body": body,
            "word_count": len(body.split()), "content_hash": store.content_hash(f"Story {i}", body),
            "etag": f'"e{i}"', "first_seen": "2024-01-01T10:00:00+00:00", "fetched_at": "2024-01-01T10:00:00+00:00",
            "updated_at": "2024-01-01T10:00:00+00:00", "extractor_version": "old-extractor"})
        db["article_html"].insert({"article_id": i, "html_gz": gzip.compress(f"<p>{body}</p>".encode()),
                                   "encoding": "utf-8", "fetched_at": "2024-01-01T10:00:00+00:00"})
        db["mentions"].insert({"article_id": i, "entity_id": 1, "text": "Unison", "char_start": 0, "char_end": 6,
                               "sentence": body, "extractor_version": "old-extractor"})
        db["quotes"].insert({"article_id": i, "text": "We want a fair deal.", "speaker_id": 1, "verb": "say",
                             "char_start": 13, "char_end": 33, "sentence": body, "extractor_version": "old-extractor"})
        db["money"].insert({"article_id": i, "text": "£1,000", "value": 1000.0, "currency": "GBP",
                            "extractor_version": "old-extractor"})
        db["percentages"].insert({"article_id": i, "text": "5%", "value": 5.0, "points": 0,
                                  "extractor_version": "old-extractor"})
    db["entities"].insert({"id": 1, "label": "ORG", "name": "Unison", "aliases": '["Unison"]'})
    db["fetch_log"].insert({"url": "https://news.stv.tv/gone", "stage": "http", "status": 404, "error": "HTTP 404",
                            "at": "2024-01-01T10:00:00+00:00"})
    return db


def dump(db: sqlite_utils.Database, tables) -> dict:
    return {table: sorted(map(repr, db.execute(f"select * from [{table}]").fetchall())) for table in tables}


def test_first_schema_database_upgrades_in_place_keeping_every_row(tmp_path):
    path = str(tmp_path / "news.db")
    old = first_schema_database(path)
    assert schema_version(old) == 1
    first_tables = [t for t in old.table_names() if not t.startswith("_")]
    before = dump(old, first_tables)
    old.close()

    db = open_db(path)  # what any newer newsmon command does first

    assert schema_version(db) == len(migrations.pending(sqlite_utils.Database(":memory:")))  # all applied
    assert [m.name for m in migrations.applied(db)][:2] == ["m001_initial", FIRST_NEW_MIGRATION]
    assert dump(db, first_tables) == before  # every row of every first-schema table, unchanged
    assert {"runs", "article_history", "watch_matches"} <= set(db.table_names())
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert list(db.query("select count(*) n from articles_fts where articles_fts match 'fair'"))[0]["n"] == 3
    assert db.journal_mode == "wal"


def test_upgraded_database_takes_new_writes_and_keeps_history(tmp_path):
    path = str(tmp_path / "news.db")
    first_schema_database(path).close()
    db = open_db(path)
    url = "https://news.stv.tv/scotland/story-1"
    body = "Unison said: “We want a fairer deal.” The union now wants 6%."
    changed = store.store_article(
        db, identity_url=url, article=Article(url=url, canonical_url=url, title="Story 1", body=body),
        extraction=Extraction(entities=[EntityMention("ORG", "Unison", 0, 6, "Unison")],
                              quotes=[Quote("We want a fairer deal.", 13, 35, "Unison", "ORG", "say")],
                              extractor_version="new-extractor"),
        fetch=FetchResult(url=url))
    assert changed.outcome == store.UPDATED and changed.article_id == 1
    history = list(db["article_history"].rows)
    assert len(history) == 1 and history[0]["title"] == "Story 1"
    assert history[0]["fetched_at"] == "2024-01-01T10:00:00+00:00"  # when the old version was fetched
    assert db["articles"].count == 3 and db["entities"].count == 1


def test_opening_a_current_database_again_changes_nothing(tmp_path):
    path = str(tmp_path / "news.db")
    open_db(path).close()
    db = open_db(path)
    applied = [m.name for m in migrations.applied(db)]
    assert len(applied) == len(set(applied)) == schema_version(db)
    assert migrations.pending(db) == []
