"""The ingest pipeline: discover → fetch → parse → extract → store.

The only place where the stages meet. Each stage hands plain records to the
next; failures of one page are recorded in ``fetch_log`` and never stop the run.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import sqlite_utils

from db import store
from scraper.records import Article, FetchResult, Source

log = logging.getLogger("newsmon.ingest")


@dataclass
class Target:
    """A page to fetch, with the source it belongs to and that source's site rules."""
    url: str
    source_id: str
    rules: dict = field(default_factory=dict)


@dataclass
class IngestSummary:
    found: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    watch_matches: int = 0
    run_id: int | None = None
    status: str = "completed"
    elapsed_s: float = 0.0
    changed_ids: list[int] = field(default_factory=list, repr=False)  # new or updated articles

    def line(self) -> str:
        counts = (f"found {self.found}, new {self.new}, updated {self.updated}, "
                  f"unchanged {self.unchanged}, failed {self.failed}")
        if self.watch_matches:
            counts += f", watch matches {self.watch_matches}"
        if self.run_id is None:
            return counts
        return f"{counts} (run {self.run_id} {self.status} in {self.elapsed_s:.1f}s)"

    def as_dict(self) -> dict:
        return dict(found=self.found, new=self.new, updated=self.updated,
                    unchanged=self.unchanged, failed=self.failed, watch_matches=self.watch_matches)


@dataclass
class Parsed:
    """A fetched page parsed into an article, waiting for extraction."""
    target: Target
    fetch: FetchResult
    article: Article
    identity_url: str


def host_source(url: str) -> Source:
    """A source for a URL given on the command line: the site's host name."""
    return Source(name=urlsplit(url).hostname or "unknown")


def source_id(source: Source) -> str:
    return source.name


def collect_targets(db: sqlite_utils.Database, fetcher, *, urls: Iterable[str] = (),
                    feeds: Iterable[str] = (), sitemaps: Iterable[str] = (),
                    sources: Iterable[Source] = (), run_id: int | None = None) -> list[Target]:
    """Every page to fetch this run, deduplicated by normalised URL."""
    from scraper.discover import discover
    from scraper.urls import normalise_url

    wanted: list[Source] = list(sources)
    for url in urls:
        wanted.append(Source(name=host_source(url).name, urls=[url]))
    for url in feeds:
        wanted.append(Source(name=host_source(url).name, feeds=[url]))
    for url in sitemaps:
        wanted.append(Source(name=host_source(url).name, sitemaps=[url]))
    targets: dict[str, Target] = {}
    for source in wanted:
        store.ensure_source(db, source_id(source), source.name, config=source_rules_config(source))
        for url in source.urls:
            norm = normalise_url(url)
            if norm:
                targets.setdefault(norm, Target(norm, source_id(source), source.rules))
            else:
                store.log_failure(db, url=url, stage="discover", error="not an http(s) URL", run_id=run_id)
        if source.feeds or source.sitemaps or source.sections:
            found = discover(source, fetcher)
            for failure in found.failures:
                record_failure(db, failure, run_id)
            for link in found.links:
                targets.setdefault(link.url, Target(link.url, source_id(source), source.rules))
    return list(targets.values())


def source_rules_config(source: Source) -> dict:
    return {"feeds": source.feeds, "sitemaps": source.sitemaps, "sections": source.sections,
            "rules": source.rules}


def record_failure(db: sqlite_utils.Database, result: FetchResult, run_id: int | None) -> None:
    log.info("failed (%s): %s: %s", result.stage, result.url, result.error)
    store.log_failure(db, url=result.url, stage=result.stage, error=result.error or "unknown error",
                      status=result.status, run_id=run_id)


def ingest(db: sqlite_utils.Database, targets: list[Target], fetcher, extractor, *,
           summary: IngestSummary | None = None, run_id: int | None = None,
           keep_html: bool = True, batch_size: int = 32, progress=None) -> IngestSummary:
    """Fetch, parse, extract and store every target; returns the run's counts."""
    summary = summary or IngestSummary()
    summary.found += len(targets)
    pages = fetch_and_parse(db, targets, fetcher, extractor.version, summary, run_id, progress)
    for batch in batched(pages, batch_size):
        for parsed, extraction in zip(batch, extract_batch(db, extractor, batch, run_id)):
            if extraction is None:
                summary.failed += 1
                continue
            stored = store.store_article(
                db, identity_url=parsed.identity_url, article=parsed.article, extraction=extraction,
                source_id=parsed.target.source_id, fetch=parsed.fetch,
                html=parsed.fetch.text if keep_html else None, run_id=run_id)
            count(summary, stored.outcome)
            if stored.outcome != store.UNCHANGED:
                summary.changed_ids.append(stored.article_id)
            log.debug("%s article %d: %s", stored.outcome, stored.article_id, parsed.identity_url)
            if progress:
                progress(1)
    return summary


def extract_batch(db: sqlite_utils.Database, extractor, batch: list[Parsed], run_id: int | None) -> list:
    """Extractions for a batch; an extractor error costs only the article that caused it (None)."""
    try:
        return list(extractor.pipe(p.article.body for p in batch))
    except Exception:
        log.warning("extraction failed in a batch; extracting its %d articles one by one", len(batch))
    extractions = []
    for parsed in batch:
        try:
            extractions.append(extractor.extract(parsed.article.body))
        except Exception as error:  # an extractor bug: recorded, and the article is retried next run
            log.warning("extraction failed for %s: %r", parsed.identity_url, error)
            store.log_failure(db, url=parsed.target.url, stage="extract", error=f"extractor error: {error!r}",
                              run_id=run_id)
            extractions.append(None)
    return extractions


def count(summary: IngestSummary, outcome: str) -> None:
    setattr(summary, outcome, getattr(summary, outcome) + 1)


def fetch_and_parse(db: sqlite_utils.Database, targets: list[Target], fetcher, extractor_version: str,
                    summary: IngestSummary, run_id: int | None, progress=None) -> Iterator[Parsed]:
    """Pages that need extraction; the rest are counted (unchanged or failed) here."""
    for target in targets:
        parsed = fetch_one(db, target, fetcher, extractor_version, run_id)
        if parsed is None or parsed == store.UNCHANGED:
            if parsed is None:
                summary.failed += 1
            else:
                summary.unchanged += 1
            if progress:
                progress(1)
        else:
            yield parsed


def fetch_one(db: sqlite_utils.Database, target: Target, fetcher, extractor_version: str,
              run_id: int | None):
    from scraper.article import parse_article
    from scraper.urls import normalise_url

    known = known_article(db, target.url)
    result = fetcher.get(target.url, etag=known and known["etag"],
                         last_modified=known and known["last_modified"])
    if result.not_modified:
        return store.UNCHANGED
    if not result.ok:
        record_failure(db, result, run_id)
        return None
    try:
        article = parse_article(result.text, url=result.final_url or target.url, rules=target.rules)
    except Exception as error:  # a parser bug on one page must not end the run
        log.warning("parser error on %s: %r", target.url, error)  # a bug to fix, unlike a dead link
        store.log_failure(db, url=target.url, stage="parse", error=f"parser error: {error!r}", run_id=run_id)
        return None
    if not article.body.strip():
        log.info("failed (parse): %s: no body text found", target.url)
        store.log_failure(db, url=target.url, stage="parse", status=result.status,
                          error="empty article: no body text found", run_id=run_id)
        return None
    identity = (normalise_url(article.canonical_url) if article.canonical_url else None) \
        or normalise_url(result.final_url or target.url) or target.url
    existing = store.find_article(db, identity)
    if existing and store.is_current(existing, article, extractor_version):
        store.touch_article(db, existing["id"], result)
        return store.UNCHANGED
    return Parsed(target, result, article, identity)


def known_article(db: sqlite_utils.Database, url: str) -> dict | None:
    """The stored article this URL was fetched as, for conditional GET."""
    rows = list(db.query("select * from articles where url = ? or final_url = ? limit 1", [url, url]))
    return rows[0] if rows else None


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
