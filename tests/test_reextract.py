"""reextract and reparse redo extraction (and parsing) from what is stored, without fetching."""
import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from db.store import content_hash
from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import extractor
from newsmon.cli import cli
from newsmon.runner import run_ingest, run_reextract, run_reparse

EXTRACTION = "select article_id, text, char_start, char_end from {} order by article_id, char_start, text"


def extraction_rows(db):
    return {table: db.execute(EXTRACTION.format(table)).fetchall() for table in ("mentions", "quotes", "money")}


@pytest.fixture
def stored(tmp_path):
    db_path = str(tmp_path / "news.db")
    with GeneratedSite(5, paragraphs=2) as site:  # the site is gone before any re-run: nothing can be fetched
        run_ingest(db_path, sitemaps=[site.sitemap], allow_private=True, delay=0.0, extractor=extractor())
    return db_path


def test_reextract_redoes_only_outdated_articles(stored):
    db = sqlite_utils.Database(stored)
    original = extraction_rows(db)
    db.execute("update articles set extractor_version = 'newsmon-extract/0.0' where id in (2, 4)")
    db.execute("delete from mentions where article_id in (2, 4)")
    db.execute("update quotes set text = 'stale' where article_id = 2")
    untouched = [r[0] for r in db.execute("select id from mentions where article_id not in (2, 4)").fetchall()]

    summary = run_reextract(stored, extractor=extractor())

    assert (summary.found, summary.updated) == (2, 2)
    assert extraction_rows(db) == original
    assert [r[0] for r in db.execute("select id from mentions where article_id not in (2, 4)").fetchall()] == untouched
    assert {r["extractor_version"] for r in db["articles"].rows} == {extractor().version}
    run = db["runs"].get(summary.run_id)
    assert (run["command"], run["status"], run["updated"]) == ("reextract", "completed", 2)
    assert run_reextract(stored, extractor=extractor()).found == 0  # nothing left outdated


def test_reextract_all_redoes_every_article(stored):
    summary = run_reextract(stored, extractor=extractor(), everything=True)
    assert (summary.found, summary.updated) == (5, 5)


def test_reparse_restores_articles_from_the_stored_html(stored):
    db = sqlite_utils.Database(stored)
    before = db["articles"].get(3)
    stale = "Text an older parser got wrong."
    db["articles"].update(3, {"body": stale, "content_hash": content_hash(before["title"], stale)})

    summary = run_reparse(stored, extractor=extractor())

    assert (summary.found, summary.updated, summary.unchanged, summary.failed) == (5, 1, 4, 0)
    after = db["articles"].get(3)
    assert after["body"] == before["body"] and after["content_hash"] == before["content_hash"]
    assert (after["etag"], after["fetched_at"]) == (before["etag"], before["fetched_at"])  # no fetch happened
    history = list(db["article_history"].rows)
    assert [(h["article_id"], h["content_hash"]) for h in history] == [(3, content_hash(before["title"], stale))]
    assert db.execute("select count(*) from quotes where article_id = 3").fetchone()[0] == 1


def test_reparse_command_reports_json(stored):
    result = CliRunner().invoke(cli, ["reparse", "--db", stored, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["found"], summary["unchanged"], summary["status"]) == (5, 5, "completed")
