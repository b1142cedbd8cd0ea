"""SIGKILL an ingest while it writes, at several points: the next run finishes the job, nothing twice."""
import signal
import sqlite3
import subprocess
import time

import pytest

from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import NEWSMON, newsmon

ARTICLES = 48
KILL_AFTER = (3, 17, 33)  # stored articles when each run is killed


def stored(db_path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def changed(db_path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as conn:
        return conn.execute("select count(*) from article_history").fetchone()[0]


def ingest_until(args, db_path, count: int, progress=stored) -> int:
    """Start an ingest, SIGKILL it once ``progress`` reaches ``count``; returns where it stood."""
    process = subprocess.Popen([*NEWSMON, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while progress(db_path) < count:
        assert process.poll() is None, f"ingest ended before the kill: {process.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return progress(db_path)


def check_consistent(db_path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # every stored article came with its whole extraction, or not at all
    assert conn.execute("""select count(*) from articles a where not exists
                           (select 1 from mentions m where m.article_id = a.id)
                           or not exists (select 1 from quotes q where q.article_id = a.id)
                           or not exists (select 1 from money m where m.article_id = a.id)""").fetchone()[0] == 0
    assert conn.execute("select count(*) from articles a where not exists "
                        "(select 1 from article_html h where h.article_id = a.id)").fetchone()[0] == 0
    # full-text index in step with the table it indexes
    assert conn.execute("select count(*) from articles_fts").fetchone()[0] == \
        conn.execute("select count(*) from articles").fetchone()[0]
    return conn


@pytest.mark.slow
def test_killed_ingests_leave_a_consistent_database_that_the_next_run_completes(tmp_path):
    db_path = tmp_path / "news.db"
    with GeneratedSite(ARTICLES, paragraphs=3) as site:
        args = ["ingest", "--sitemap", site.sitemap, "--allow-private", "--delay", "0",
                "--db", str(db_path), "--batch-size", "4"]
        counts = []
        for count in KILL_AFTER:
            counts.append(ingest_until(args, db_path, count))
            check_consistent(db_path).close()
        assert counts == sorted(counts) and counts[-1] < ARTICLES  # each killed run did some of the work
        final = newsmon(*args, "--json", timeout=180)
        expected_urls = {site.url(i) for i in range(ARTICLES)}
    assert final.returncode == 0, final.stderr
    conn = check_consistent(db_path)
    urls = [row[0] for row in conn.execute("select url from articles")]
    assert len(urls) == ARTICLES and set(urls) == expected_urls  # every article, exactly once
    runs = conn.execute("select status, new from runs order by id").fetchall()
    assert [status for status, _ in runs] == ["interrupted"] * len(KILL_AFTER) + ["completed"]
    assert runs[-1][1] == ARTICLES - counts[-1]  # the last run stored only what was missing
    # entities were upserted by name, never duplicated by a half-finished run
    assert conn.execute("select count(*) - count(distinct label || '|' || name) from entities").fetchone()[0] == 0


@pytest.mark.slow
def test_killed_while_updating_changed_articles_each_keeps_one_history_row(tmp_path):
    db_path = tmp_path / "news.db"
    articles = 24
    with GeneratedSite(articles, paragraphs=2) as site:
        args = ["ingest", "--sitemap", site.sitemap, "--allow-private", "--delay", "0",
                "--db", str(db_path), "--batch-size", "4"]
        assert newsmon(*args, timeout=180).returncode == 0
        for i in range(articles):
            site.revise(i)  # every article corrected at the source
        killed_at = ingest_until(args, db_path, 9, progress=changed)
        conn = check_consistent(db_path)
        # each article is wholly old or wholly new: its extraction matches its text
        assert conn.execute("""select count(*) from articles a join percentages p on p.article_id = a.id
                               where p.text = '1%'""").fetchone()[0] == killed_at
        conn.close()
        final = newsmon(*args, "--json", timeout=180)
    assert final.returncode == 0, final.stderr
    conn = check_consistent(db_path)
    assert conn.execute("select count(*) from articles").fetchone()[0] == articles
    assert conn.execute("select count(*), count(distinct article_id) from article_history").fetchone() == \
        (articles, articles)  # one earlier version per article: the killed run's work was not redone
    assert conn.execute("select count(*) from articles where body like '%Update 1:%'").fetchone()[0] == articles


@pytest.mark.slow
def test_sigterm_rolls_back_the_current_article_and_marks_the_run_interrupted(tmp_path):
    db_path = tmp_path / "news.db"
    with GeneratedSite(30, paragraphs=2) as site:
        process = subprocess.Popen([*NEWSMON, "ingest", "--sitemap", site.sitemap, "--allow-private", "--delay", "0",
                                    "--db", str(db_path), "--batch-size", "2"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 90
        while stored(db_path) < 4:
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.005)
        process.send_signal(signal.SIGTERM)  # what cron, systemd or a shutdown sends first
        out, _ = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM and out == ""
    conn = check_consistent(db_path)
    status, error, new = conn.execute("select status, error, new from runs").fetchone()
    assert status == "interrupted" and new == conn.execute("select count(*) from articles").fetchone()[0]
