"""Build the stages for one run and run it against a database file.

Every writing command goes through ``writing_run``: configuration checked
first, then the writer lock, then the database, then a runs row that records
how the run ended, whatever happens.
"""
from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import sys
from pathlib import Path

from newsmon import exit_codes
from newsmon.pipeline import IngestSummary, collect_targets, ingest

log = logging.getLogger("newsmon.run")


class RunFailed(Exception):
    """A run could not run (or could not finish); ``exit_code`` says why."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


def open_database(db_path: str):
    """Open and upgrade the database, or say why it is unavailable (exit 74)."""
    from db.schema import open_db

    try:
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        db = open_db(db_path)
        # WAL with synchronous=NORMAL: a commit no longer waits for fsync (4 ms an article here).
        # A killed run loses nothing committed; a power cut may lose the last articles, which
        # the next run stores again, and never leaves the file inconsistent.
        db.execute("PRAGMA synchronous = NORMAL")
        return db
    except (sqlite3.Error, OSError) as error:
        raise RunFailed(f"database {db_path} unavailable: {error}", exit_codes.IOERR) from error


@contextlib.contextmanager
def writing_run(db_path: str, command: str, arguments: dict):
    """Hold the writer lock and a runs row for the duration of a command."""
    from newsmon.lock import LockHeld, WriterLock
    from newsmon.runs import FAILED, INTERRUPTED, start_run

    try:
        lock = WriterLock(db_path).acquire()
    except LockHeld as error:
        raise RunFailed(str(error), exit_codes.TEMPFAIL) from None
    except OSError as error:
        raise RunFailed(f"cannot create the lock file next to {db_path}: {error}", exit_codes.IOERR) from None
    try:
        db = open_database(db_path)
        try:
            run = start_run(db, command, arguments)
        except sqlite3.Error as error:
            raise RunFailed(f"database {db_path} unavailable: {error}", exit_codes.IOERR) from error
        try:
            yield db, run
        except BaseException as error:
            status = INTERRUPTED if isinstance(error, (KeyboardInterrupt, SystemExit)) else FAILED
            with contextlib.suppress(sqlite3.Error):
                run.finish(getattr(error, "counts", {}), status=status, error=describe(error))
            if isinstance(error, sqlite3.Error):
                raise RunFailed(f"database {db_path} failed during the run: {error}", exit_codes.IOERR) from error
            raise
        finally:
            db.close()
    finally:
        lock.release()


def describe(error: BaseException) -> str:
    return str(error) or type(error).__name__


def make_extractor(model: str | None):
    from extract.model import ModelNotFound
    from extract.pipeline import Extractor

    try:
        return Extractor(model=model)
    except ModelNotFound as error:
        raise RunFailed(str(error), exit_codes.CONFIG) from error


def load_config(sources_file, watchlist):
    """sources.yml and watch.yml, checked before anything is locked or written (exit 78)."""
    from scraper.sources import SourcesError, load_sources
    from newsmon.watch import WatchlistError, load_watchlist

    try:
        sources = load_sources(sources_file) if sources_file else []
        watches = load_watchlist(watchlist) if watchlist else []
    except (SourcesError, WatchlistError) as error:
        raise RunFailed(str(error), exit_codes.CONFIG) from error
    return sources, watches


def run_ingest(db_path: str, *, urls=(), feeds=(), sitemaps=(), sources_file=None,
               user_agent: str | None = None, delay: float = 1.0, allow_private: bool = False,
               model: str | None = None, watchlist: str | None = None, extractor=None,
               batch_size: int = 32, keep_html: bool = True, progress: bool = False,
               workers: int = 1) -> IngestSummary:
    """One recorded ingest run; raises RunFailed when it cannot run.

    ``workers`` > 1 parses and extracts in that many helper processes; fetching
    stays in this process, one polite fetcher whatever the number.
    """
    from newsmon.watch import mark_matches
    from scraper.fetch import Fetcher

    sources, watches = load_config(sources_file, watchlist)
    arguments = dict(urls=list(urls), feeds=list(feeds), sitemaps=list(sitemaps), sources=sources_file,
                     watchlist=watchlist, model=model, workers=workers)
    with writing_run(db_path, "ingest", arguments) as (db, run):
        summary = IngestSummary(run_id=run.id)
        extractor = extractor or make_extractor(model)
        fetcher = Fetcher(min_delay=delay, allow_private=allow_private,
                          **({"user_agent": user_agent} if user_agent else {}))
        try:
            targets = collect_targets(db, fetcher, urls=urls, feeds=feeds, sitemaps=sitemaps,
                                      sources=sources, run_id=run.id)
            with progress_bar(len(targets), progress) as bar:
                ingest(db, targets, fetcher, extractor, summary=summary, run_id=run.id, batch_size=batch_size,
                       keep_html=keep_html, progress=bar.update if bar else None, workers=workers, model=model)
            summary.watch_matches = mark_matches(db, watches, summary.changed_ids, run.id)
        except BaseException as error:
            error.counts = summary.as_dict()  # the runs row keeps what was done before the failure
            raise
        finally:
            fetcher.close()
        finish(run, summary, extractor.version)
    return summary


def finish(run, summary: IngestSummary, extractor_version: str) -> None:
    after_store(run.db)
    row = run.finish(summary.as_dict(), extractor_version=extractor_version)
    summary.status, summary.elapsed_s = row["status"], row["elapsed_s"]
    log.info("run %d: %s", run.id, summary.line())


def after_store(db) -> None:
    """Passes over the whole database once a run's articles are stored: grouping this run's
    articles with other outlets' copies of the same wire story, and refreshing the planner
    statistics that keep full-text searches on their narrow indexes (db.schema). Neither is
    needed to keep an article, so a failure is logged and the next run does that pass again."""
    from db.schema import refresh_statistics
    from newsmon.syndicate import group_new_articles

    passes = [("syndication grouping", lambda: log.info("%d syndicated copies grouped", group_new_articles(db))),
              ("planner statistics", lambda: refresh_statistics(db))]
    for name, run_pass in passes:
        try:
            run_pass()
        except Exception as error:  # noqa: BLE001 - the run's articles are stored already
            log.warning("%s failed, retried next run: %s", name, describe(error))


@contextlib.contextmanager
def progress_bar(total: int, wanted: bool):
    """A tqdm bar on an interactive terminal; nothing at all under cron."""
    if not (wanted and sys.stderr.isatty()):
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="page", file=sys.stderr, leave=False) as bar:
        yield bar
        bar.refresh()  # pages finish a batch at a time: show the last count, not one from mid-batch


def run_reextract(db_path: str, *, model: str | None = None, everything: bool = False,
                  watchlist: str | None = None, extractor=None, batch_size: int = 32,
                  progress: bool = False) -> IngestSummary:
    """Re-run extraction over stored articles whose extractor version differs (or all)."""
    from db.store import reextract_article
    from extract.pipeline import batches
    from newsmon.watch import mark_matches

    _, watches = load_config(None, watchlist)
    with writing_run(db_path, "reextract", dict(all=everything, model=model, watchlist=watchlist)) as (db, run):
        summary = IngestSummary(run_id=run.id)
        extractor = extractor or make_extractor(model)
        where = "" if everything else "where extractor_version is not ? "
        ids = [r["id"] for r in db.query(f"select id from articles {where}order by id",
                                         [] if everything else [extractor.version])]
        summary.found = len(ids)
        with progress_bar(len(ids), progress) as bar:
            for chunk in batches(ids, batch_size):
                rows = list(db.query(f"select id, body from articles where id in ({','.join('?' * len(chunk))})",
                                     chunk))
                for row, extraction in zip(rows, extractor.pipe(r["body"] or "" for r in rows)):
                    reextract_article(db, row["id"], extraction)
                    summary.updated += 1
                    summary.changed_ids.append(row["id"])
                if bar:
                    bar.update(len(rows))
        summary.watch_matches = mark_matches(db, watches, summary.changed_ids, run.id)
        finish(run, summary, extractor.version)
    return summary


def run_reparse(db_path: str, *, model: str | None = None, watchlist: str | None = None, extractor=None,
                batch_size: int = 32, progress: bool = False) -> IngestSummary:
    """Parse the stored raw HTML again, then store and re-extract what changed."""
    from db import store
    from extract.pipeline import batches
    from newsmon.watch import mark_matches

    _, watches = load_config(None, watchlist)
    with writing_run(db_path, "reparse", dict(model=model, watchlist=watchlist)) as (db, run):
        summary = IngestSummary(run_id=run.id)
        extractor = extractor or make_extractor(model)
        ids = [r["article_id"] for r in db.query("select article_id from article_html order by article_id")]
        summary.found = len(ids)
        rules = source_rules(db)
        with progress_bar(len(ids), progress) as bar:
            for chunk in batches(ids, batch_size):
                parsed = [p for p in (reparse_one(db, i, rules, extractor.version, summary) for i in chunk) if p]
                for (row, article), extraction in zip(parsed, extractor.pipe(a.body for _, a in parsed)):
                    stored = store.store_article(
                        db, identity_url=row["url"], article=article, extraction=extraction,
                        source_id=row["source_id"], fetch=stored_fetch(row), run_id=run.id,
                        fetched_at=row["fetched_at"])
                    setattr(summary, stored.outcome, getattr(summary, stored.outcome) + 1)
                    if stored.outcome != store.UNCHANGED:
                        summary.changed_ids.append(stored.article_id)
                if bar:
                    bar.update(len(chunk))
        summary.watch_matches = mark_matches(db, watches, summary.changed_ids, run.id)
        finish(run, summary, extractor.version)
    return summary


def source_rules(db) -> dict:
    rules = {}
    for row in db.query("select id, config from sources"):
        with contextlib.suppress(ValueError, TypeError):
            rules[row["id"]] = json.loads(row["config"] or "{}").get("rules") or {}
    return rules


def reparse_one(db, article_id: int, rules: dict, extractor_version: str, summary: IngestSummary):
    """(stored row, newly parsed article) when it needs storing; counts the rest."""
    import gzip

    from db import store
    from scraper.article import parse_article

    row = db["articles"].get(article_id)
    html = db["article_html"].get(article_id)
    try:
        text = gzip.decompress(html["html_gz"]).decode(html["encoding"] or "utf-8", "replace")
        article = parse_article(text, url=row["final_url"] or row["url"], rules=rules.get(row["source_id"], {}))
    except Exception as error:  # one unparsable page must not stop the run
        store.log_failure(db, url=row["url"], stage="reparse", error=f"parser error: {error!r}",
                          run_id=summary.run_id)
        summary.failed += 1
        return None
    if not article.body.strip():
        store.log_failure(db, url=row["url"], stage="reparse", error="empty article: no body text found",
                          run_id=summary.run_id)
        summary.failed += 1
        return None
    if store.is_current(row, article, extractor_version):
        summary.unchanged += 1
        return None
    return row, article


def stored_fetch(row: dict):
    """The stored fetch's validators, so re-parsing keeps conditional GET working."""
    from scraper.records import FetchResult

    return FetchResult(url=row["url"], final_url=row["final_url"], etag=row["etag"],
                       last_modified=row["last_modified"])
