"""Fetch, parse and extract over all cores; the parent process stores.

The cost of newsmon is spaCy, so the work that scales is parse → extract.
``Workers`` runs it in helper processes, each with its own ``Extractor``
(model loaded once per process, batches inside ``nlp.memory_zone()``), and
hands finished ``Prepared`` pages back in order to the parent, which writes
them with ``db.store`` one article per transaction. SQLite takes one writer
at a time, so writes stay in one process; they are a small share of the cost.

With ``processes=0`` the same steps run in the calling process: no start-up
cost, the default for ``newsmon ingest`` (one polite fetcher, one core), and
the baseline the parallel speed-up is measured against.

The parent keeps a bounded number of batches in flight, so it fetches or
reads the next pages while helpers extract the previous ones, and memory
stays flat however many pages the input holds.
"""
from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import sqlite3
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from scraper.records import Article, FetchResult

log = logging.getLogger("newsmon.ingest")


@dataclass
class Page:
    """One page to store: HTML to parse, or already-plain text with its metadata."""
    url: str
    html: str | None = None
    text: str | None = None  # plain body text when there is no HTML (JSON Lines imports)
    title: str | None = None
    published: str | None = None
    source_id: str | None = None
    rules: dict = field(default_factory=dict)
    fetch: FetchResult | None = None
    fetched_at: str | None = None  # when an archived page was captured (WARC-Date)


@dataclass
class Prepared:
    """A page parsed and extracted, ready to store; ``error`` set when it cannot be."""
    page: Page
    identity_url: str | None = None
    article: Article | None = None
    extraction: object | None = None  # extract.records.Extraction
    stage: str = "parse"
    error: str | None = None
    current: bool = False  # already stored with this content and extractor: nothing to do


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def read_only(db_path: str | None) -> sqlite3.Connection | None:
    """A read-only connection for lookups beside the writer (WAL lets readers and one writer share the file)."""
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) if db_path else None


def fetch_page(target, fetcher, conn) -> Page | Prepared:
    """A pipeline Target fetched (conditionally, when stored before) into a page to parse."""
    known = conn.execute("select etag, last_modified from articles where url = ? or final_url = ? limit 1",
                         [target.url, target.url]).fetchone() if conn else None
    result = fetcher.get(target.url, etag=known and known[0], last_modified=known and known[1])
    page = Page(url=result.final_url or target.url, html=result.text, source_id=target.source_id,
                rules=target.rules, fetch=result)
    if result.not_modified:
        return Prepared(page, current=True)
    if not result.ok:
        return Prepared(page, stage=result.stage, error=result.error or "unknown error")
    return page


def parse_page(page: Page) -> Prepared:
    """The article in a page, with the URL it is stored under."""
    from scraper.article import parse_article
    from scraper.urls import normalise_url

    if page.html is None:
        body = "\n\n".join(p.strip() for p in (page.text or "").split("\n\n") if p.strip())
        article = Article(url=page.url, title=page.title, published=page.published, body=body)
    else:
        try:
            article = parse_article(page.html, url=page.url, rules=page.rules)
        except Exception as error:  # one bad page must not end a bulk run
            return Prepared(page, error=f"parser error: {error!r}")
        article.title = article.title or page.title
        article.published = article.published or page.published
    if not article.body.strip():
        return Prepared(page, error="empty article: no body text found")
    identity = (normalise_url(article.canonical_url) if article.canonical_url else None) \
        or normalise_url(page.url) or page.url
    return Prepared(page, identity, article)


def parse_batch(items: list, conn, version: str | None, fetcher=None) -> list[Prepared]:
    """Fetch (items that are Targets), parse, and flag what is stored as it is already."""
    prepared = []
    for item in items:
        if not isinstance(item, (Page, Prepared)):
            item = fetch_page(item, fetcher, conn)
        prepared.append(item if isinstance(item, Prepared) else parse_page(item))
    if conn is not None and version:
        mark_current(prepared, conn, version)
    return prepared


def mark_current(prepared: list[Prepared], conn, version: str) -> None:
    """Flag pages whose identity is stored with the same content and extractor (resuming)."""
    from db.store import content_hash

    for item in prepared:
        if item.error or item.current:
            continue
        row = conn.execute("select content_hash, extractor_version from articles where url = ?",
                           [item.identity_url]).fetchone()
        item.current = row == (content_hash(item.article.title, item.article.body), version)


def extract_batch(prepared: list[Prepared], extractor) -> list[Prepared]:
    """Extract every page that needs it, in one ``Extractor.pipe`` (one memory zone per batch).

    An extractor error costs only the article that caused it: the batch is retried one by one.
    """
    todo = [p for p in prepared if p.error is None and not p.current and p.extraction is None]
    try:
        extractions = list(extractor.pipe(p.article.body for p in todo))
    except Exception:
        log.warning("extraction failed in a batch; extracting its %d articles one by one", len(todo))
        extractions = [extract_one(extractor, item) for item in todo]
    for item, extraction in zip(todo, extractions):
        item.extraction = extraction
    return prepared


def extract_one(extractor, item: Prepared):
    try:
        return extractor.extract(item.article.body)
    except Exception as error:  # an extractor bug: recorded, and the article is retried next run
        item.stage, item.error = "extract", f"extractor error: {error!r}"
        return None


_FINISHED = object()  # the fetch thread's last word


@dataclass
class _Raised:
    error: BaseException


# Helper-process state, built once per process by the pool initializer.
_helper: dict = {}


def _start_helper(model: str | None, db_path: str | None, extract: bool, fetcher_options: dict | None,
                  version: str | None) -> None:
    # the parent handles Ctrl-C (it marks the run interrupted and ends the pool): no tracebacks from helpers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extractor = None
    if extract:
        from extract.pipeline import Extractor

        extractor = Extractor(model=model)
    fetcher = None
    if fetcher_options is not None:
        from scraper.fetch import Fetcher

        fetcher = Fetcher(**fetcher_options)
    _helper.update(extractor=extractor, db_path=db_path, conn=None, fetcher=fetcher,
                   version=extractor.version if extractor else version)


def _work(items: list) -> list[Prepared]:
    if _helper["conn"] is None:  # opened at first use: the parent may create the database after the pool
        _helper["conn"] = read_only(_helper["db_path"])
    prepared = parse_batch(items, _helper["conn"], _helper["version"], _helper["fetcher"])
    return extract_batch(prepared, _helper["extractor"]) if _helper["extractor"] else prepared


def _version() -> str:
    return _helper["extractor"].version


class Workers:
    """Fetch, parse and extract pages over helper processes: a context manager.

    * ``processes=0``: everything in this process (the one-process baseline);
    * ``processes=N``: N helpers each parse and extract (all cores), while this
      process fetches (one ``fetcher`` in one thread: per-host politeness holds) and stores;
    * ``processes=1, extract_in_parent=True``: one helper fetches and parses
      ahead while this process extracts: fetch and parse overlap the NLP.

    Items are ``Page`` objects, or pipeline ``Target``s to fetch: in the helper
    when it was given ``fetcher_options`` (only with one helper), else with ``fetcher``
    in a thread of this process, ahead of the rest. ``db_path`` lets pages stored as
    they are already be skipped.
    """

    def __init__(self, processes: int | None = None, *, extract_in_parent: bool = False,
                 fetcher=None, fetcher_options: dict | None = None, model: str | None = None,
                 db_path: str | None = None, extractor=None, batch_size: int = 32,
                 in_flight: int | None = None):
        self.processes = default_workers() if processes is None else processes
        if fetcher_options is not None and self.processes != 1:
            raise ValueError("fetching in helpers needs exactly one helper: one fetcher per host")
        self.extract_in_parent = extract_in_parent or self.processes == 0
        # an extractor given with helpers that extract only names the version they run
        self.batch_size = batch_size
        self.db_path = db_path
        self.fetcher = fetcher
        self.in_flight = in_flight or 2 * max(1, self.processes)
        self.extractor = extractor
        if self.extract_in_parent and extractor is None:
            from extract.pipeline import Extractor

            self.extractor = Extractor(model=model)
        self.lookups = None
        self.pool = None
        if self.processes:
            # spawn: helpers never inherit the parent's threads (HTTP servers, sessions) or their locks
            context = multiprocessing.get_context("spawn")
            initargs = (model, db_path, not self.extract_in_parent, fetcher_options,
                        self.extractor.version if self.extractor else None)
            self.pool = context.Pool(self.processes, initializer=_start_helper, initargs=initargs)

    @property
    def version(self) -> str:
        return self.extractor.version if self.extractor else self.pool.apply(_version)

    def lookup_connection(self):
        """This process's read-only connection, opened at first use (the database exists by then)."""
        if self.lookups is None and self.db_path:
            self.lookups = read_only(self.db_path)
        return self.lookups

    def prepare(self, items: Iterable) -> Iterator[Prepared]:
        """Every item prepared, in input order, with at most ``in_flight`` batches pending."""
        from extract.pipeline import batches

        if self.fetcher is not None:
            items = self.fetched_ahead(items)
        if self.pool is None:
            for batch in batches(items, self.batch_size):
                prepared = parse_batch(batch, self.lookup_connection(), self.extractor.version)
                yield from extract_batch(prepared, self.extractor)
            return
        pending: deque = deque()
        for batch in batches(items, self.batch_size):
            pending.append(self.pool.apply_async(_work, (batch,)))
            while len(pending) >= self.in_flight:
                yield from self.finish(pending.popleft().get())
        while pending:
            yield from self.finish(pending.popleft().get())

    def fetched_ahead(self, items: Iterable) -> Iterator:
        """Targets fetched by one thread up to a batch ahead of parsing and NLP.

        Waiting on the network and on per-host delays then overlaps the NLP. A
        thread is enough, as fetching mostly waits; a process would compete with
        the NLP for cores. One thread and one fetcher: per-host politeness holds.
        """
        ahead: queue.Queue = queue.Queue(maxsize=self.batch_size)
        stop = threading.Event()

        def hand(value) -> None:
            while not stop.is_set():
                with contextlib.suppress(queue.Full):
                    ahead.put(value, timeout=0.1)
                    return

        def fetch_all() -> None:
            conn = read_only(self.db_path)  # its own: an sqlite3 connection stays in its thread
            try:
                for item in items:
                    if stop.is_set():
                        return
                    hand(item if isinstance(item, (Page, Prepared)) else fetch_page(item, self.fetcher, conn))
                hand(_FINISHED)
            except BaseException as error:  # raised again where the pages are used
                hand(_Raised(error))
            finally:
                if conn is not None:
                    conn.close()

        thread = threading.Thread(target=fetch_all, name="newsmon-fetch", daemon=True)
        thread.start()
        try:
            while (value := ahead.get()) is not _FINISHED:
                if isinstance(value, _Raised):
                    raise value.error
                yield value
        finally:
            stop.set()  # on an early end (Ctrl-C, SIGTERM, an error) the thread stops at its next page

    def finish(self, prepared: list[Prepared]) -> list[Prepared]:
        return extract_batch(prepared, self.extractor) if self.extract_in_parent else prepared

    def pids(self) -> list[int]:
        return [p.pid for p in self.pool._pool] if self.pool is not None else []

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None
        if self.lookups is not None:
            self.lookups.close()
            self.lookups = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is not None and self.pool is not None:
            self.pool.terminate()
        self.close()


def rss_bytes(pids: Iterable[int] = ()) -> int:
    """Resident memory of this process and the given ones (Linux /proc), in bytes."""
    total = 0
    for pid in (os.getpid(), *pids):
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def store_pages(db, pages: Iterable[Page], workers: Workers, *, summary=None, keep_html: bool = True,
                run_id: int | None = None, progress=None):
    """Prepare pages over the workers and store each as it comes back; returns the run's counts."""
    from db import store
    from newsmon.pipeline import IngestSummary, count

    summary = summary or IngestSummary()
    for item in workers.prepare(pages):
        if item.error:
            summary.failed += 1
            # a parser or extractor bug is worth a warning (cron mails it); a dead link is not
            level = logging.WARNING if item.error.startswith(("parser error", "extractor error")) else logging.INFO
            log.log(level, "failed (%s): %s: %s", item.stage, item.page.url, item.error)
            status = item.page.fetch.status if item.page.fetch else None
            store.log_failure(db, url=item.page.url, stage=item.stage, error=item.error, status=status,
                              run_id=run_id)
        elif item.current:
            summary.unchanged += 1
            existing = item.page.fetch and item.identity_url and store.find_article(db, item.identity_url)
            if existing:  # keep validators fresh for the next conditional GET
                store.touch_article(db, existing["id"], item.page.fetch)
        else:
            fetch = item.page.fetch
            stored = store.store_article(
                db, identity_url=item.identity_url, article=item.article, extraction=item.extraction,
                source_id=item.page.source_id, fetch=fetch,
                html=item.page.html if keep_html else None, run_id=run_id,
                fetched_at=item.page.fetched_at)
            count(summary, stored.outcome)
            log.debug("%s article %d: %s", stored.outcome, stored.article_id, item.identity_url)
            if stored.outcome != store.UNCHANGED:
                summary.changed_ids.append(stored.article_id)
        if progress:
            progress(1)
    return summary
