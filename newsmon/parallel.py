"""Parse and extract over all cores; the parent process stores.

The cost of newsmon is spaCy, so the work that scales is parse → extract.
``Workers`` runs it in worker processes, each with its own ``Extractor``
(model loaded once per process, batches inside ``nlp.memory_zone()``), and
hands finished ``Prepared`` pages back in order to the parent, which writes
them with ``db.store`` one article per transaction. SQLite takes one writer
at a time, so writes stay in one process; they are a small share of the cost.

With ``workers=1`` the same steps run in the calling process: no start-up
cost, and the baseline the parallel speed-up is measured against.

The parent keeps a bounded number of batches in flight, so it fetches or
reads the next pages while workers extract the previous ones, and memory
stays flat however many pages the input holds.
"""
from __future__ import annotations

import multiprocessing
import os
import sqlite3
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from scraper.records import Article, FetchResult


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


def prepare_batch(pages: list[Page], extractor, db_path: str | None) -> list[Prepared]:
    """Parse every page, skip those stored as they are, extract the rest in one ``pipe``."""
    prepared = [parse_page(page) for page in pages]
    if db_path:
        mark_current(prepared, db_path, extractor.version)
    todo = [p for p in prepared if p.error is None and not p.current]
    for item, extraction in zip(todo, extractor.pipe(p.article.body for p in todo)):
        item.extraction = extraction
    return prepared


def mark_current(prepared: list[Prepared], db_path: str, version: str) -> None:
    """Flag pages whose identity is stored with the same content and extractor (resuming)."""
    from db.store import content_hash

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) as conn:
        for item in prepared:
            if item.error:
                continue
            row = conn.execute("select content_hash, extractor_version from articles where url = ?",
                               [item.identity_url]).fetchone()
            item.current = row == (content_hash(item.article.title, item.article.body), version)


# Worker-process state: one extractor per process, built by the pool initializer.
_extractor = None
_db_path = None


def _start_worker(model: str | None, db_path: str | None) -> None:
    global _extractor, _db_path
    from extract.pipeline import Extractor

    _extractor, _db_path = Extractor(model=model), db_path


def _work(pages: list[Page]) -> list[Prepared]:
    return prepare_batch(pages, _extractor, _db_path)


def _version() -> str:
    return _extractor.version


class Workers:
    """Parse and extract pages over ``workers`` processes: a context manager.

    ``extractor`` is used (and no pool started) when ``workers == 1``.
    """

    def __init__(self, workers: int | None = None, *, model: str | None = None, db_path: str | None = None,
                 extractor=None, batch_size: int = 32, in_flight: int | None = None):
        self.workers = workers or default_workers()
        self.batch_size = batch_size
        self.db_path = db_path
        self.in_flight = in_flight or 2 * self.workers
        self.pool = None
        self.extractor = extractor
        if self.workers == 1 and extractor is None:
            from extract.pipeline import Extractor

            self.extractor = Extractor(model=model)
        if self.workers > 1:
            # spawn: workers never inherit the parent's threads (HTTP servers, fetch sessions) or locks
            context = multiprocessing.get_context("spawn")
            self.pool = context.Pool(self.workers, initializer=_start_worker, initargs=(model, db_path))

    @property
    def version(self) -> str:
        return self.extractor.version if self.pool is None else self.pool.apply(_version)

    def prepare(self, pages: Iterable[Page]) -> Iterator[Prepared]:
        """Every page prepared, in input order, with at most ``in_flight`` batches pending."""
        from extract.pipeline import batches

        if self.pool is None:
            for batch in batches(pages, self.batch_size):
                yield from prepare_batch(batch, self.extractor, self.db_path)
            return
        pending: deque = deque()
        for batch in batches(pages, self.batch_size):
            pending.append(self.pool.apply_async(_work, (batch,)))
            while len(pending) >= self.in_flight:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None

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


def worker_pids(workers: Workers) -> list[int]:
    return [p.pid for p in workers.pool._pool] if workers.pool is not None else []


def store_pages(db, pages: Iterable[Page], workers: Workers, *, summary=None, keep_html: bool = True,
                run_id: int | None = None, progress=None):
    """Prepare pages over the workers and store each as it comes back; returns the run's counts."""
    from db import store
    from newsmon.pipeline import IngestSummary, count

    summary = summary or IngestSummary()
    for item in workers.prepare(pages):
        if item.error:
            summary.failed += 1
            store.log_failure(db, url=item.page.url, stage=item.stage, error=item.error, run_id=run_id)
        elif item.current:
            summary.unchanged += 1
        else:
            fetch = item.page.fetch
            stored = store.store_article(
                db, identity_url=item.identity_url, article=item.article, extraction=item.extraction,
                source_id=item.page.source_id, fetch=fetch,
                html=item.page.html if keep_html else None, run_id=run_id,
                fetched_at=item.page.fetched_at)
            count(summary, stored.outcome)
            if stored.outcome != store.UNCHANGED:
                summary.changed_ids.append(stored.article_id)
        if progress:
            progress(1)
    return summary


def fetched_pages(db, targets, fetcher, summary, run_id: int | None = None) -> Iterator[Page]:
    """Fetch targets one after another (the fetcher keeps per-host politeness), as pages to prepare.

    Runs in the parent while the workers extract earlier batches: fetching overlaps NLP.
    """
    from newsmon.pipeline import known_article, record_failure

    for target in targets:
        summary.found += 1
        known = known_article(db, target.url)
        result = fetcher.get(target.url, etag=known and known["etag"],
                             last_modified=known and known["last_modified"])
        if result.not_modified:
            summary.unchanged += 1
        elif not result.ok:
            summary.failed += 1
            record_failure(db, result, run_id)
        else:
            yield Page(url=result.final_url or target.url, html=result.text, source_id=target.source_id,
                       rules=target.rules, fetch=result)
