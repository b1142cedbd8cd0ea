"""A database made by the first schema (m001 only) upgrades in place and keeps every row."""
import gzip
import json

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


def columns(db: sqlite_utils.Database, tables) -> dict:
    return {table: [c.name for c in db[table].columns] for table in tables}


def dump(db: sqlite_utils.Database, tables: dict) -> dict:
    """Every row of each table, as the given columns (later migrations may add columns)."""
    return {table: sorted(map(repr, db.execute(
        f"select {', '.join(f'[{c}]' for c in cols)} from [{table}]").fetchall())) for table, cols in tables.items()}


def test_first_schema_database_upgrades_in_place_keeping_every_row(tmp_path):
    path = str(tmp_path / "news.db")
    old = first_schema_database(path)
    assert schema_version(old) == 1
    first_tables = columns(old, [t for t in old.table_names() if not t.startswith("_")])
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


def database_before_entity_aliases(path) -> sqlite_utils.Database:
    """Entities stored, as before m005, once per exact spelling, with rows in every column that names one."""
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m005_entity_aliases")
    entities = [(1, "ORG", "Unison", ["Unison"]), (2, "ORG", "UNISON", ["UNISON", "UNISON’s"]),
                (3, "ORG", "HWF", ["HWF"]), (4, "ORG", "Harbour Workers Forum", ["Harbour Workers Forum", "HWF"]),
                (5, "PERSON", "John Smith", ["John Smith", "Smith"]), (6, "PERSON", "Jane Smith", ["Jane Smith", "Smith"]),
                (7, "PERSON", "Katie Hagmann", ["Katie Hagmann"]), (8, "PERSON", "Katie hagmann", ["Katie hagmann"])]
    db["entities"].insert_all({"id": i, "label": label, "name": name, "aliases": json.dumps(aliases)}
                              for i, label, name, aliases in entities)
    for article in (1, 2):
        db["articles"].insert({"id": article, "url": f"https://news.example/{article}", "body": "…"})
        for entity in range(1, 9):
            db["mentions"].insert({"article_id": article, "entity_id": entity, "text": f"e{entity}",
                                   "affiliation_id": 2 if entity == 7 else None})
    db["quotes"].insert({"article_id": 2, "text": "No.", "speaker_id": 8})
    db["money"].insert({"article_id": 2, "text": "£1", "value": 1.0, "currency": "GBP", "speaker_id": 4})
    db["percentages"].insert({"article_id": 2, "text": "5%", "value": 5.0, "speaker_id": 2})
    db["watch_matches"].insert({"watch": "unions", "kind": "organisation", "term": "Unison", "article_id": 2,
                                "entity_id": 2})
    return db


def test_entity_aliases_migration_merges_duplicates_and_keeps_every_mention(tmp_path):
    path = str(tmp_path / "news.db")
    database_before_entity_aliases(path).close()

    db = open_db(path)

    names = {row["id"]: row["name"] for row in db["entities"].rows}
    assert names == {1: "Unison", 3: "Harbour Workers Forum", 5: "John Smith", 6: "Jane Smith", 7: "Katie Hagmann"}
    assert db["mentions"].count == 16  # every mention kept, re-pointed at the surviving row
    by_text = {(row["article_id"], row["text"]): row["entity_id"] for row in db["mentions"].rows}
    assert by_text[(1, "e2")] == by_text[(2, "e1")] == 1
    assert by_text[(1, "e4")] == 3 and by_text[(2, "e8")] == 7
    assert {row["affiliation_id"] for row in db["mentions"].rows if row["text"] == "e7"} == {1}
    assert next(db["quotes"].rows)["speaker_id"] == 7
    assert next(db["money"].rows)["speaker_id"] == 3
    assert next(db["percentages"].rows)["speaker_id"] == 1
    assert next(db["watch_matches"].rows)["entity_id"] == 1
    assert set(json.loads(db["entities"].get(1)["aliases"])) >= {"Unison", "UNISON", "UNISON’s"}
    keys = {row["alias_key"]: row["entity_id"] for row in db["entity_aliases"].rows}
    assert keys["unison"] == 1 and keys["hwf"] == keys["harbour workers forum"] == 3
    assert "smith" not in keys  # a surname alone names nobody across articles
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_upgraded_database_groups_syndicated_copies_and_keeps_search_in_step(tmp_path):
    from newsmon.syndicate import group_new_articles
    from scraper import syndication

    path = str(tmp_path / "news.db")
    first_schema_database(path).close()
    db = open_db(path)
    assert {"syndication_signature", "syndication_group", "syndication_version"} <= set(db["articles"].columns_dict)
    assert group_new_articles(db) == 0  # the stored bodies are too short to compare
    assert {row["syndication_version"] for row in db["articles"].rows} == {syndication.VERSION}
    db.execute("update articles set body = 'A strike ballot opens.' where id = 2")
    hits = [row[0] for row in db.execute("select rowid from articles_fts where articles_fts match 'ballot'")]
    assert hits == [2]
    assert list(db.query("select count(*) n from articles_fts where articles_fts match 'fair'"))[0]["n"] == 2
