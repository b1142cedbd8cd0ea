"""Runs are recorded; a second run skips unchanged pages without re-extracting; changes keep history."""
import pytest
import sqlite_utils

from db.schema import open_db
from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import extractor
from newsmon.runner import run_ingest
from newsmon.runs import INTERRUPTED, RUNNING, start_run


def ingest(db_path, site, **kwargs):
    return run_ingest(str(db_path), sitemaps=[site.sitemap], allow_private=True, delay=0.0,
                      extractor=extractor(), **kwargs)


@pytest.fixture(scope="module")
def three_runs(tmp_path_factory):
    """First run, an identical second run, then a third after one article was corrected."""
    db_path = tmp_path_factory.mktemp("runs") / "news.db"
    with GeneratedSite(6, missing=(4,), paragraphs=2) as site:
        first = ingest(db_path, site)
        mentions_after_first = [r["id"] for r in sqlite_utils.Database(db_path)["mentions"].rows]
        site.requests.clear()
        second = ingest(db_path, site)
        second_requests = list(site.requests)
        mentions_after_second = [r["id"] for r in sqlite_utils.Database(db_path)["mentions"].rows]
        site.revise(2)
        third = ingest(db_path, site)
        url_2 = site.url(2)
    return dict(db=sqlite_utils.Database(db_path), runs=(first, second, third), url_2=url_2,
                second_requests=second_requests, mentions=(mentions_after_first, mentions_after_second))


def test_each_run_is_recorded_with_counts_version_and_status(three_runs):
    db, (first, second, third) = three_runs["db"], three_runs["runs"]
    rows = list(db.query("select * from runs order by id"))
    assert [r["id"] for r in rows] == [first.run_id, second.run_id, third.run_id]
    assert [(r["found"], r["new"], r["updated"], r["unchanged"], r["failed"]) for r in rows] == [
        (6, 5, 0, 0, 1), (6, 0, 0, 5, 1), (6, 0, 1, 4, 1)]
    for row in rows:
        assert row["status"] == "completed" and row["command"] == "ingest"
        assert row["started_at"] <= row["finished_at"] and row["elapsed_s"] >= 0
        assert row["newsmon_version"] and row["extractor_version"] == extractor().version
        assert row["schema_version"] >= 4 and row["error"] is None


def test_summary_line_keeps_the_contract_and_names_the_run(three_runs):
    first = three_runs["runs"][0]
    assert first.line().startswith("found 6, new 5, updated 0, unchanged 0, failed 1")
    assert f"(run {first.run_id} completed in" in first.line()


def test_page_failures_are_logged_with_their_run(three_runs):
    db, runs = three_runs["db"], three_runs["runs"]
    failures = list(db.query("select run_id, status, url from fetch_log order by id"))
    assert [(f["run_id"], f["status"]) for f in failures] == [(r.run_id, 404) for r in runs]
    assert all(f["url"].endswith("/news/story-4/") for f in failures)


def test_unchanged_pages_answer_304_and_are_not_extracted_again(three_runs):
    pages = [(path, status) for path, status in three_runs["second_requests"] if path.startswith("/news/story-")]
    assert sorted(status for _, status in pages) == [304] * 5 + [404]  # conditional GET with the stored ETag
    after_first, after_second = three_runs["mentions"]
    assert after_first == after_second  # same rows, not deleted and re-inserted


def test_changed_article_is_updated_in_place_with_its_history(three_runs):
    db = three_runs["db"]
    article = next(db["articles"].rows_where("url = ?", [three_runs["url_2"]]))
    assert "Update 1:" in article["body"] and db["articles"].count == 5
    history = list(db["article_history"].rows)
    assert len(history) == 1
    assert history[0]["article_id"] == article["id"] and history[0]["run_id"] == three_runs["runs"][2].run_id
    assert history[0]["content_hash"] != article["content_hash"]
    assert history[0]["stored_at"] == article["first_seen"] and history[0]["replaced_at"] == article["updated_at"]
    # the extraction was replaced, not added to: the new paragraph's figure is there once
    assert db.execute("select count(*) from percentages where article_id = ? and text = '1%'",
                      [article["id"]]).fetchone()[0] == 1


def test_a_run_left_running_is_marked_interrupted_by_the_next(tmp_path):
    db = open_db(str(tmp_path / "news.db"))
    dead = start_run(db, "ingest")  # as if SIGKILLed: never finished
    assert db["runs"].get(dead.id)["status"] == RUNNING
    alive = start_run(db, "ingest")
    assert db["runs"].get(dead.id)["status"] == INTERRUPTED
    assert db["runs"].get(alive.id)["status"] == RUNNING


def test_without_validators_unchanged_content_is_recognised_by_its_hash(tmp_path):
    db_path = tmp_path / "news.db"
    with GeneratedSite(3, paragraphs=2, etags=False) as site:
        ingest(db_path, site)
        db = sqlite_utils.Database(db_path)
        mentions = [r["id"] for r in db["mentions"].rows]
        site.requests.clear()
        second = ingest(db_path, site)
    assert sorted(status for path, status in site.requests if path.startswith("/news/")) == [200] * 3
    assert (second.unchanged, second.new, second.updated) == (3, 0, 0)
    assert [r["id"] for r in db["mentions"].rows] == mentions  # parsed and hashed, never re-extracted


def test_database_is_opened_for_concurrent_readers(tmp_path):
    db = open_db(str(tmp_path / "news.db"))
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 10000
