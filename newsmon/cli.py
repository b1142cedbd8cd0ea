"""The newsmon command line: each command wires the stages, nothing more."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

DEFAULT_DB = "data/news.db"
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


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS or Atom feed to discover articles from")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL", help="XML sitemap (or sitemap index)")
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False),
              help="sources.yml listing outlets, their feeds, sitemaps and site rules")
@db_option
@click.option("--user-agent", default=DEFAULT_USER_AGENT, show_default=True)
@click.option("--delay", default=1.0, show_default=True, help="Minimum seconds between requests to one host")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching from private and loopback addresses (local testing only)")
@click.option("--model", default=None, help="spaCy model name (default: en_core_web_sm when installed)")
def ingest(urls, feeds, sources_file, sitemaps, db_path, user_agent, delay, allow_private, model):
    """Discover, fetch, parse, extract and store articles.

    URLS are article pages. Prints one summary line (found, new, updated,
    unchanged, failed). Exits 0 when the run completed, even if some pages
    failed: per-page failures are recorded in the fetch_log table.
    """
    from newsmon.runner import run_ingest

    summary = run_ingest(db_path, urls=urls, feeds=feeds, sitemaps=sitemaps, sources_file=sources_file,
                         user_agent=user_agent, delay=delay, allow_private=allow_private, model=model)
    click.echo(summary.line())


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
    from newsmon.publish import serve as serve_datasette

    open_db(db_path).close()  # create or upgrade before serving
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
