"""Retention: old raw HTML pruned, articles and extraction kept, space given back by VACUUM."""
import datetime as dt

import sqlite_utils
from click.testing import CliRunner

from db.retention import database_bytes, prune_fetch_log, prune_html
from db.schema import open_db
from db.store import store_html
from newsmon.cli import cli

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)


def database_with_pages(path, ages_in_days) -> sqlite_utils.Database:
    db = open_db(str(path))
    for i, age in enumerate(ages_in_days, start=1):
        fetched = (NOW - dt.timedelta(days=age)).isoformat(timespec="seconds")
        db["articles"].insert({"id": i, "url": f"https://news.example/{i}", "body": f"Story {i}",
                               "fetched_at": fetched})
        # incompressible-ish HTML, so the file size shows what pruning gives back
        html = "".join(f"<p>{i} {n} {n * 7919 % 104729}</p>" for n in range(20000))
        store_html(db, i, html, fetched)
    return db


def test_prune_deletes_only_html_older_than_the_limit(tmp_path):
    db = database_with_pages(tmp_path / "news.db", [1, 10, 40, 100])
    assert prune_html(db, 30, now=NOW) == 2
    assert [r["article_id"] for r in db["article_html"].rows] == [1, 2]
    assert db["articles"].count == 4  # articles are never pruned


def test_vacuum_command_prunes_and_shrinks_the_file(tmp_path):
    path = tmp_path / "news.db"
    database_with_pages(path, [0, 0, 0, 0]).close()
    db = sqlite_utils.Database(path)
    db.execute("update article_html set fetched_at = '2020-01-01T00:00:00+00:00' where article_id > 1")
    db.close()
    before = database_bytes(str(path))
    result = CliRunner().invoke(cli, ["vacuum", "--db", str(path), "--prune-html-older-than", "30"])
    assert result.exit_code == 0, result.output
    assert "pruned raw HTML of 3 articles and 0 failure records" in result.stdout
    assert database_bytes(str(path)) < before * 0.6
    db = sqlite_utils.Database(path)
    assert db["article_html"].count == 1 and db["articles"].count == 4
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    run = next(db.query("select * from runs order by id desc"))
    assert (run["command"], run["status"], run["updated"]) == ("vacuum", "completed", 3)


def test_prune_fetch_log_keeps_recent_failures(tmp_path):
    db = open_db(str(tmp_path / "news.db"))
    for age in (1, 45):
        db["fetch_log"].insert({"url": f"https://news.example/{age}", "stage": "http", "status": 404,
                                "error": "HTTP 404", "at": (NOW - dt.timedelta(days=age)).isoformat()})
    assert prune_fetch_log(db, 30, now=NOW) == 1
    assert [r["url"] for r in db["fetch_log"].rows] == ["https://news.example/1"]
