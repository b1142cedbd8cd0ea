"""The newsmon command line: each command wires the stages, nothing more."""
from __future__ import annotations

import json
import logging
import signal
import sys
from pathlib import Path

import click

from newsmon import exit_codes
from newsmon.logging_setup import LEVELS, setup_logging

DEFAULT_DB = "data/news.db"
DEFAULT_WATCHLIST = "watch.yml"
DEFAULT_USER_AGENT = "newsmon/0.1 (news monitoring; +https://github.com/newsmon/newsmon)"

db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="SQLite database file")


@click.group()
@click.version_option(package_name="newsmon")
def cli():
    """newsmon: monitor news coverage of organisations, people, figures and quotes.

    Data flows one way: ingest (fetch → parse → extract → store) writes an
    SQLite database; serve publishes it with Datasette.
    """


def default_watchlist() -> str | None:
    """watch.yml in the current directory (cron jobs cd to the project) when there is one."""
    return DEFAULT_WATCHLIST if Path(DEFAULT_WATCHLIST).is_file() else None


def run_options(command):
    """Options shared by the commands that write: how they report to a person or to cron."""
    for option in reversed([
        click.option("--json", "as_json", is_flag=True, help="Print the run's summary as a JSON object"),
        click.option("--quiet", "-q", is_flag=True, help="Print nothing on success (cron mails any output)"),
        click.option("--log-level", type=click.Choice(LEVELS, case_sensitive=False), default="warning",
                     show_default=True, help="Logs go to stderr"),
        click.option("--watchlist", type=click.Path(dir_okay=False), default=None,
                     help=f"Watchlist to mark matches of [default: ./{DEFAULT_WATCHLIST} when present]"),
    ]):
        command = option(command)
    return command


def report_run(run, *, as_json: bool, quiet: bool, log_level: str, watchlist: str | None, **kwargs):
    """Run a writing command and exit with its documented code (see docs/cron.md)."""
    from newsmon.runner import RunFailed

    setup_logging(log_level)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))  # finish the runs row
    try:
        summary = run(watchlist=watchlist or default_watchlist(), progress=not quiet and not as_json, **kwargs)
    except RunFailed as error:
        click.echo(f"newsmon: {error}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:  # the current article was rolled back, the run marked interrupted
        click.echo("newsmon: interrupted", err=True)
        sys.exit(exit_codes.INTERRUPTED)
    except Exception as error:  # a bug: say so, keep the traceback in the log, tell cron it failed
        logging.getLogger("newsmon").exception("run failed")
        click.echo(f"newsmon: run failed: {error!r}", err=True)
        sys.exit(exit_codes.SOFTWARE)
    if as_json:
        click.echo(json.dumps({"run_id": summary.run_id, "status": summary.status,
                               "elapsed_s": summary.elapsed_s, **summary.as_dict()}))
    elif not quiet:
        click.echo(summary.line())


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS or Atom feed to discover articles from")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL", help="XML sitemap (or sitemap index)")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False),
              help="sources.yml listing outlets, their feeds, sitemaps and site rules")
@db_option
@click.option("--user-agent", default=DEFAULT_USER_AGENT, show_default=True)
@click.option("--delay", default=1.0, show_default=True, help="Minimum seconds between requests to one host")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching from private and loopback addresses (local testing only)")
@click.option("--model", default=None, help="spaCy model name (default: en_core_web_sm when installed)")
@click.option("--batch-size", default=32, show_default=True, help="Articles extracted together")
@click.option("--no-html", is_flag=True, help="Do not keep the raw HTML (newsmon reparse needs it)")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that parse and extract (fetching stays one polite process)")
@run_options
def ingest(urls, feeds, sources_file, sitemaps, db_path, user_agent, delay, allow_private, model,
           batch_size, no_html, workers, as_json, quiet, log_level, watchlist):
    """Discover, fetch, parse, extract and store articles.

    URLS are article pages. Prints one summary line (found, new, updated,
    unchanged, failed). Exits 0 when the run completed, even if some pages
    failed: per-page failures are recorded in the fetch_log table. Every run
    is recorded in the runs table; see docs/cron.md for the exit codes.
    """
    from newsmon.runner import run_ingest

    report_run(run_ingest, as_json=as_json, quiet=quiet, log_level=log_level, watchlist=watchlist,
               db_path=db_path, urls=urls, feeds=feeds, sitemaps=sitemaps, sources_file=sources_file,
               user_agent=user_agent, delay=delay, allow_private=allow_private, model=model,
               batch_size=batch_size, keep_html=not no_html, workers=workers)


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Extraction processes [default: all cores]")
@click.option("--base-url", default=None, help="URL of the directory given, for saved pages without a canonical link")
@click.option("--model", default=None, help="spaCy model name")
@click.option("--batch-size", default=32, show_default=True, help="Articles extracted together")
@click.option("--no-html", is_flag=True, help="Do not keep the raw HTML (newsmon reparse needs it)")
@run_options
def import_(paths, db_path, workers, base_url, model, batch_size, no_html, as_json, quiet, log_level, watchlist):
    """Load archived articles in bulk: directories of HTML files, JSON Lines, WARC files.

    Same parse, extract and store steps as ingest, over all cores; resumable
    (what is already stored is skipped). See newsmon/backfill.py for the formats.
    """
    from newsmon.backfill import run_import

    report_run(run_import, as_json=as_json, quiet=quiet, log_level=log_level, watchlist=watchlist,
               db_path=db_path, paths=paths, workers=workers, base_url=base_url, model=model,
               batch_size=batch_size, keep_html=not no_html)


@cli.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, not only outdated ones")
@click.option("--model", default=None, help="spaCy model name")
@click.option("--batch-size", default=32, show_default=True)
@run_options
def reextract(db_path, everything, model, batch_size, as_json, quiet, log_level, watchlist):
    """Re-run extraction over stored articles, without fetching.

    By default only articles extracted by another extractor version.
    """
    from newsmon.runner import run_reextract

    report_run(run_reextract, as_json=as_json, quiet=quiet, log_level=log_level, watchlist=watchlist,
               db_path=db_path, everything=everything, model=model, batch_size=batch_size)


@cli.command()
@db_option
@click.option("--model", default=None, help="spaCy model name")
@click.option("--batch-size", default=32, show_default=True)
@run_options
def reparse(db_path, model, batch_size, as_json, quiet, log_level, watchlist):
    """Parse the stored raw HTML again, then store and re-extract what changed."""
    from newsmon.runner import run_reparse

    report_run(run_reparse, as_json=as_json, quiet=quiet, log_level=log_level, watchlist=watchlist,
               db_path=db_path, model=model, batch_size=batch_size)


@cli.command()
@db_option
@click.option("--limit", default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one run per line")
def runs(db_path, limit, as_json):
    """The last runs, newest first: status, counts, errors."""
    from newsmon.runs import recent_runs, summary_line

    db = read_database(db_path)
    for row in recent_runs(db, limit):
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            error = f" error: {row['error']}" if row["error"] else ""
            click.echo(f"{row['started_at']} {row['command']}: {summary_line(row)}{error}")


@cli.command()
@db_option
@click.option("--since", default="1d", show_default=True, help="ISO 8601 date/time, or an age: 30m, 6h, 1d, 2w")
@click.option("--name", "watch_name", default=None, help="Only this watch")
@click.option("--scan", is_flag=True, help="First mark matches in every stored article (after editing the watchlist)")
@click.option("--watchlist", type=click.Path(dir_okay=False), default=None,
              help=f"Watchlist for --scan [default: ./{DEFAULT_WATCHLIST}]")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one match per line")
def watch(db_path, since, watch_name, scan, watchlist, as_json):
    """List watchlist matches marked since a time, newest first."""
    from newsmon.watch import matches_since, parse_since

    try:
        since_iso = parse_since(since)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--since")
    if scan:
        scan_watchlist(db_path, watchlist or default_watchlist())
    for row in matches_since(read_database(db_path), since_iso, watch_name):
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"{row['matched_at']}  [{row['watch']}] {row['kind']} {row['term']!r}: "
                       f"{row['title']} <{row['url']}>")


def scan_watchlist(db_path: str, watchlist: str | None) -> None:
    from newsmon.runner import RunFailed, load_config, writing_run
    from newsmon.watch import mark_matches

    if not watchlist:
        raise click.UsageError(f"--scan needs a watchlist (--watchlist FILE or ./{DEFAULT_WATCHLIST})")
    try:
        _, watches = load_config(None, watchlist)
        with writing_run(db_path, "watch-scan", {"watchlist": watchlist}) as (db, run):
            ids = [r["id"] for r in db.query("select id from articles")]
            run.finish({"found": len(ids), "watch_matches": mark_matches(db, watches, ids, run.id)})
    except RunFailed as error:
        click.echo(f"newsmon: {error}", err=True)
        sys.exit(error.exit_code)


@cli.command()
@db_option
@click.option("--prune-html-older-than", "days", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Delete raw HTML fetched more than DAYS ago (articles and extraction stay)")
@click.option("--prune-log-older-than", "log_days", type=click.FloatRange(min=0), default=None, metavar="DAYS",
              help="Delete fetch_log failure records older than DAYS")
@click.option("--quiet", "-q", is_flag=True)
def vacuum(db_path, days, log_days, quiet):
    """Reclaim space: optionally prune old raw HTML and failure logs, then VACUUM the database."""
    from db.retention import database_bytes, prune_fetch_log, prune_html, vacuum as vacuum_db
    from newsmon.runner import RunFailed, writing_run

    before = database_bytes(db_path)
    try:
        with writing_run(db_path, "vacuum", {"prune_html_older_than": days,
                                             "prune_log_older_than": log_days}) as (db, run):
            pruned = prune_html(db, days) if days is not None else 0
            logs = prune_fetch_log(db, log_days) if log_days is not None else 0
            run.finish({"updated": pruned})
            vacuum_db(db)
    except RunFailed as error:
        click.echo(f"newsmon: {error}", err=True)
        sys.exit(error.exit_code)
    if not quiet:
        click.echo(f"pruned raw HTML of {pruned} articles and {logs} failure records; "
                   f"{before / 1e6:.1f} MB -> {database_bytes(db_path) / 1e6:.1f} MB")


def read_database(db_path: str):
    """An existing database for reading; exit 74 when there is none."""
    import sqlite_utils

    if not Path(db_path).is_file():
        click.echo(f"newsmon: no database at {db_path}", err=True)
        sys.exit(exit_codes.IOERR)
    return sqlite_utils.Database(db_path)


@cli.command()
@click.argument("file", type=click.File("rb"))
@click.option("--url", default=None, help="The page's URL (resolves relative links)")
def parse(file, url):
    """Parse one saved HTML page and print the article as a JSON object."""
    from scraper.article import parse_article
    from scraper.encoding import decode_html

    html = decode_html(file.read())
    article = parse_article(html, url=url)
    click.echo(json.dumps(article.to_json(), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--model", default=None, help="spaCy model name")
@click.option("--batch-size", default=32, show_default=True)
def extract(files, model, batch_size):
    """Extract entities, money, percentages and quotes from plain-text files.

    Prints JSON Lines, one object per file, with "id" the file's stem (or
    "stdin" for -). Reads standard input when no FILES are given.
    """
    from extract.pipeline import Extractor

    inputs = list(read_texts(files or ["-"]))
    extractor = Extractor(model=model)
    for (doc_id, _), extraction in zip(inputs, extractor.pipe((t for _, t in inputs), batch_size=batch_size)):
        click.echo(json.dumps(extraction.to_json(doc_id), ensure_ascii=False))


def read_texts(files):
    for name in files:
        if name == "-":
            yield "stdin", sys.stdin.read()
        else:
            yield Path(name).stem, Path(name).read_text(encoding="utf-8", errors="replace")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; 127.0.0.1 keeps it local")
@click.option("--port", default=8001, show_default=True)
def serve(db_path, host, port):
    """Publish the database with Datasette, described by metadata.yml."""
    from db.schema import open_db
    from newsmon.lock import LockHeld, WriterLock
    from newsmon.publish import serve as serve_datasette

    try:
        with WriterLock(db_path):  # never migrate while a cron run writes
            open_db(db_path).close()  # create or upgrade before serving
    except LockHeld:
        pass  # the running ingest has opened, and so upgraded, the database
    sys.exit(serve_datasette(db_path, host=host, port=port))


@cli.command()
@click.option("--db", "db_path", default="data/demo.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--port", default=8001, show_default=True, help="Datasette port")
@click.option("--no-serve", is_flag=True, help="Ingest the sample and exit without serving")
def demo(db_path, port, no_serve):
    """Ingest the bundled sample site over HTTP into a fresh database, then serve it."""
    from newsmon.publish import serve as serve_datasette
    from newsmon.runner import run_ingest
    from newsmon.sample_site import SampleSite

    Path(db_path).unlink(missing_ok=True)
    with SampleSite() as site:
        click.echo(f"Serving the sample news site at {site.origin}/", err=True)
        summary = run_ingest(db_path, sitemaps=[f"{site.origin}/sitemap.xml"],
                             feeds=[f"{site.origin}/feed.xml"], allow_private=True, delay=0.0)
    click.echo(summary.line())
    if no_serve:
        return
    click.echo(f"Open http://127.0.0.1:{port}/ to explore the demo database (Ctrl-C to stop)")
    sys.exit(serve_datasette(db_path, host="127.0.0.1", port=port))


if __name__ == "__main__":
    cli()
