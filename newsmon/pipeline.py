"""The ingest pipeline: discover → fetch → parse → extract → store.

The only place where the stages meet. Each stage hands plain records to the
next; failures of one page are recorded in ``fetch_log`` and never stop the run.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable
from urllib.parse import urlsplit

import sqlite_utils

from db import store
from scraper.records import FetchResult, Source

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


def ingest(db: sqlite_utils.Database, targets: list[Target], fetcher, extractor=None, *,
           summary: IngestSummary | None = None, run_id: int | None = None, keep_html: bool = True,
           batch_size: int = 32, progress=None, workers: int = 1, model: str | None = None) -> IngestSummary:
    """Fetch, parse, extract and store every target; returns the run's counts.

    ``workers=1`` does it all in this process with ``extractor``; more start that
    many helper processes to parse and extract while this one fetches (with the one
    ``fetcher``, so per-host politeness holds) and stores.

    One process is the default on purpose: a helper that only fetches and parses
    ahead (``Workers(1, extract_in_parent=True)``) was measured slower on a busy
    2-core machine (bench/e2e_bench.py, bench/parallel_bench.py): it competes with
    the NLP for the same cores and adds start-up and pickling.
    """
    from newsmon.parallel import Workers, store_pages

    summary = summary or IngestSummary()
    summary.found += len(targets)
    with Workers(workers if workers > 1 else 0, fetcher=fetcher, extractor=extractor, model=model,
                 db_path=database_file(db), batch_size=batch_size) as pool:
        return store_pages(db, targets, pool, summary=summary, keep_html=keep_html, run_id=run_id,
                           progress=progress)


def database_file(db: sqlite_utils.Database) -> str | None:
    """The file behind a database connection (None in memory), for helpers' read-only lookups."""
    return next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main" and row[2]), None)


def count(summary: IngestSummary, outcome: str) -> None:
    setattr(summary, outcome, getattr(summary, outcome) + 1)
