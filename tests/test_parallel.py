"""newsmon.parallel: one process, helper processes and fetch-overlapping-NLP all store the same rows."""
import sqlite3
import time
from pathlib import Path

import pytest

from db.schema import open_db
from fixtures.cron.news_site import GeneratedSite
from fixtures.cron.shared import newsmon
from newsmon.parallel import Page, Workers, store_pages
from newsmon.pipeline import Target, collect_targets
from newsmon.runner import run_ingest
from newsmon.sample_site import SAMPLE_SITE, SampleSite
from scraper.fetch import Fetcher

PLACEHOLDER = "http://newsmon.example"


def sample_pages() -> list[Page]:
    """The sample site's article pages (and its video page) as loaded from disk, plus one with no article."""
    pages = [Page(url=f"{PLACEHOLDER}/{path.parent.relative_to(SAMPLE_SITE).as_posix()}/",
                  html=path.read_text(encoding="utf-8"))
             for path in sorted(SAMPLE_SITE.glob("news/*/*/index.html"))]
    pages.insert(2, Page(url=f"{PLACEHOLDER}/news/blank/", html="<html><body><nav>Home</nav></body></html>"))
    return pages


def stored_rows(db_path) -> dict[str, list[tuple]]:
    """Everything a run stored that does not depend on timing or row ids."""
    conn = sqlite3.connect(db_path)
    queries = {
        "articles": "select url, title, published, body, content_hash, extractor_version from articles",
        "mentions": """select a.url, e.label, e.name, m.text, m.char_start, m.char_end, m.sentence, m.role
                       from mentions m join articles a on a.id = m.article_id join entities e on e.id = m.entity_id""",
        "quotes": """select a.url, q.text, e.name, q.verb, q.char_start, q.char_end from quotes q
                     join articles a on a.id = q.article_id left join entities e on e.id = q.speaker_id""",
        "money": "select a.url, m.text, m.value, m.char_start from money m join articles a on a.id = m.article_id",
        "percentages": """select a.url, p.text, p.value, p.char_start from percentages p
                          join articles a on a.id = p.article_id""",
        "failures": "select url, stage, status, error from fetch_log",
    }
    rows = {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}
    conn.close()
    return rows


def store_with(workers: Workers, db_path: Path, pages):
    db = open_db(str(db_path))
    try:
        return store_pages(db, pages, workers)
    finally:
        db.close()


@pytest.fixture(scope="module")
def one_and_two(tmp_path_factory, extractor):
    """The sample pages stored in one process, and over two helpers one page per batch."""
    tmp = tmp_path_factory.mktemp("parallel")
    with Workers(0, extractor=extractor, db_path=str(tmp / "one.db"), batch_size=2) as workers:
        open_db(str(tmp / "one.db")).close()
        one = store_with(workers, tmp / "one.db", sample_pages())
    with Workers(2, db_path=str(tmp / "two.db"), batch_size=1) as workers:
        open_db(str(tmp / "two.db")).close()
        order = [p.page.url for p in workers.prepare(sample_pages())]
        pids = workers.pids()
        two = store_with(workers, tmp / "two.db", sample_pages())
    return dict(one=one, two=two, order=order, pids=pids, one_rows=stored_rows(tmp / "one.db"),
                two_rows=stored_rows(tmp / "two.db"))


def test_one_process_stores_the_articles_and_records_the_page_without_one(one_and_two):
    one, rows = one_and_two["one"], one_and_two["one_rows"]
    assert (one.new, one.failed) == (3, 2)  # the video page has no article body either
    assert len(rows["articles"]) == 3
    assert rows["mentions"] and rows["quotes"] and rows["money"] and rows["percentages"]
    assert ("http://newsmon.example/news/blank/", "parse", None, "empty article: no body text found") \
        in rows["failures"]


def test_two_helper_processes_store_exactly_what_one_process_stores(one_and_two):
    assert len(one_and_two["pids"]) == 2
    assert (one_and_two["two"].new, one_and_two["two"].failed) == (3, 2)
    assert one_and_two["two_rows"] == one_and_two["one_rows"]


def test_helpers_hand_pages_back_in_input_order(one_and_two):
    assert one_and_two["order"] == [p.url for p in sample_pages()]


def test_a_second_pass_finds_every_article_stored_as_it_is(one_and_two, tmp_path, extractor):
    db_path = tmp_path / "again.db"
    open_db(str(db_path)).close()
    with Workers(0, extractor=extractor, db_path=str(db_path)) as workers:
        store_with(workers, db_path, sample_pages())
        again = list(workers.prepare(sample_pages()))
    assert [p.current for p in again if p.error is None] == [True, True, True]
    assert all(p.extraction is None for p in again)  # nothing extracted twice


def test_fetch_in_a_helper_overlapping_extraction_here_stores_what_one_process_does(tmp_path, extractor):
    """One helper fetches and parses the served sample site while this process extracts and stores."""
    def run(db_path: Path, **workers_options):
        db = open_db(str(db_path))
        with Fetcher(min_delay=0.0, allow_private=True) as fetcher:
            targets = collect_targets(db, fetcher, sitemaps=[f"{site.origin}/sitemap.xml"])
        targets.append(Target(f"{site.origin}/news/no-such-story/", targets[0].source_id))
        with Workers(db_path=str(db_path), extractor=extractor, **workers_options) as workers:
            summary = store_pages(db, targets, workers)
            pids = workers.pids()
        db.close()
        return summary, pids

    with SampleSite() as site:
        helper_fetching = dict(processes=1, extract_in_parent=True,
                               fetcher_options=dict(min_delay=0.0, allow_private=True))
        overlapped, pids = run(tmp_path / "overlap.db", **helper_fetching)
        rows = stored_rows(tmp_path / "overlap.db")
        with Fetcher(min_delay=0.0, allow_private=True) as fetcher:
            alone, _ = run(tmp_path / "alone.db", processes=0, fetcher=fetcher)
        again, _ = run(tmp_path / "overlap.db", **helper_fetching)
    assert len(pids) == 1
    assert (overlapped.new, overlapped.failed) == (alone.new, alone.failed) == (3, 1)
    assert rows == stored_rows(tmp_path / "alone.db")
    assert [(stage, status) for url, stage, status, _ in rows["failures"]] == [("http", 404)]
    assert (again.new, again.updated, again.unchanged, again.failed) == (0, 0, 3, 1)


def test_pages_are_fetched_while_earlier_ones_are_extracted(tmp_path, extractor):
    """The one-process path fetches in a thread ahead: network waits and politeness delays overlap NLP."""
    class ExtractsOnceTheNextBatchIsFetched:
        """The real extractor, which first waits (10 s at most) for the site to serve a page of the next batch."""
        version = extractor.version

        def __init__(self):
            self.saw_next_batch_fetched = []

        def pipe(self, texts, **options):
            deadline = time.monotonic() + 10
            while ("/news/story-3/", 200) not in site.requests and time.monotonic() < deadline:
                time.sleep(0.01)
            self.saw_next_batch_fetched.append(("/news/story-3/", 200) in site.requests)
            return extractor.pipe(texts, **options)

    waiting = ExtractsOnceTheNextBatchIsFetched()
    with GeneratedSite(4, paragraphs=2) as site:
        db = open_db(str(tmp_path / "news.db"))
        with Fetcher(min_delay=0.0, allow_private=True) as fetcher:
            targets = collect_targets(db, fetcher, urls=[site.url(i) for i in range(4)])
            with Workers(0, fetcher=fetcher, extractor=waiting, db_path=str(tmp_path / "news.db"),
                         batch_size=2) as workers:
                summary = store_pages(db, targets, workers)
        db.close()
    assert summary.new == 4
    assert waiting.saw_next_batch_fetched == [True, True]


def test_fetching_in_more_than_one_helper_is_refused():
    with pytest.raises(ValueError, match="one helper"):
        Workers(2, fetcher_options={})


@pytest.mark.slow
def test_ingest_with_two_workers_stores_what_one_process_stores(tmp_path, extractor):
    """``newsmon ingest --workers 2``: two helpers extract, the command fetches politely and stores."""
    with GeneratedSite(8, missing=(3,), paragraphs=3) as site:
        alone = run_ingest(str(tmp_path / "one.db"), sitemaps=[site.sitemap], allow_private=True, delay=0.0,
                           extractor=extractor)
        result = newsmon("ingest", "--sitemap", site.sitemap, "--allow-private", "--delay", "0",
                         "--db", str(tmp_path / "two.db"), "--workers", "2", "--quiet", timeout=300)
    assert result.returncode == 0, result.stderr
    assert (alone.found, alone.new, alone.failed) == (8, 7, 1)
    assert stored_rows(tmp_path / "two.db") == stored_rows(tmp_path / "one.db")
    conn = sqlite3.connect(tmp_path / "two.db")
    assert conn.execute("select status, new, failed from runs").fetchone() == ("completed", 7, 1)
