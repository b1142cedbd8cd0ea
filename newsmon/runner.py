"""Build the stages for one ingest run and run it against a database file."""
from __future__ import annotations

from pathlib import Path

from newsmon.pipeline import IngestSummary, collect_targets, ingest


def run_ingest(db_path: str, *, urls=(), feeds=(), sitemaps=(), sources_file=None,
               user_agent: str | None = None, delay: float = 1.0, allow_private: bool = False,
               model: str | None = None) -> IngestSummary:
    from db.schema import open_db
    from extract.pipeline import Extractor
    from scraper.fetch import Fetcher
    from scraper.sources import load_sources

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = open_db(db_path)
    sources = load_sources(sources_file) if sources_file else []
    fetcher = Fetcher(min_delay=delay, allow_private=allow_private,
                      **({"user_agent": user_agent} if user_agent else {}))
    targets = collect_targets(db, fetcher, urls=urls, feeds=feeds, sitemaps=sitemaps, sources=sources)
    summary = ingest(db, targets, fetcher, Extractor(model=model))
    db.close()
    return summary
