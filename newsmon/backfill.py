"""``newsmon import``: load archived articles in bulk, the same parse → extract → store path as ingest.

Inputs, mixed freely:

* a directory (searched recursively) or single file of saved pages:
  ``*.html``, ``*.htm``, optionally gzipped (``.html.gz``);
* JSON Lines (``*.jsonl``, ``*.jsonl.gz``): one object a line with ``url`` and
  ``html`` or ``text`` (paragraphs separated by blank lines), optional
  ``title`` and ``published``;
* WARC files (``*.warc``, ``*.warc.gz``, read with warcio): every HTTP 200
  HTML response record, under its ``WARC-Target-URI``.

Parsing and extraction run over all cores (``newsmon.parallel``). The run is
resumable: a page whose URL is already stored with the current extractor is
skipped before parsing, and one whose article is stored with the same content
is skipped before extraction, so an interrupted import picks up where it stopped.
"""
from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path
from typing import Iterable, Iterator

from newsmon.parallel import Page, Workers, store_pages

log = logging.getLogger("newsmon.import")

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


class BadInput(Exception):
    """An input path newsmon cannot read as pages."""


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("html", HTML_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every readable file named or found under the named directories, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and kind_of(p))
        elif path.is_file():
            if not kind_of(path):
                raise BadInput(f"{path}: not HTML, JSON Lines or WARC (by its name)")
            yield path
        else:
            raise BadInput(f"{path}: no such file or directory")


def read_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.name.lower().endswith(".gz") else raw


def html_file_page(path: Path, root: Path | None, base_url: str | None) -> Page:
    """A saved page; its URL comes from ``base_url`` + its path, else the file's own URI.

    A canonical link in the page still gives the article its identity when present.
    """
    from scraper.encoding import decode_html

    if base_url and root is not None:
        relative = path.relative_to(root).as_posix()
        relative = relative.removesuffix(".gz")
        url = base_url.rstrip("/") + "/" + relative.removesuffix("index.html")
    else:
        url = path.resolve().as_uri()
    return Page(url=url, html=decode_html(read_bytes(path)))


def jsonl_pages(path: Path) -> Iterator[Page | str]:
    """Pages from JSON Lines; a string instead of a page explains an unusable line."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield f"{path}:{number}: not JSON ({error.msg})"
                continue
            if not isinstance(record, dict) or not record.get("url") or not (record.get("html") or record.get("text")):
                yield f"{path}:{number}: needs url and html or text"
                continue
            yield Page(url=record["url"], html=record.get("html"),
                       text=None if record.get("html") else record.get("text"),
                       title=record.get("title"), published=record.get("published"))


def warc_pages(path: Path) -> Iterator[Page]:
    """HTML pages answered 200 in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    from scraper.encoding import decode_html

    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if record.http_headers.get_statuscode() != "200":
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            raw = record.content_stream().read()
            yield Page(url=record.rec_headers.get_header("WARC-Target-URI"),
                       html=decode_html(raw, content_type),
                       fetched_at=record.rec_headers.get_header("WARC-Date"))


def pages_from(paths: Iterable[str | Path], *, base_url: str | None = None,
               problems: list[str] | None = None) -> Iterator[Page]:
    """Every page in the inputs; unreadable lines and files go to ``problems``."""
    problems = problems if problems is not None else []
    roots = {Path(p) for p in paths if Path(p).is_dir()}
    for path in input_files(paths):
        kind = kind_of(path)
        try:
            if kind == "html":
                root = next((r for r in roots if r in path.parents), None)
                yield html_file_page(path, root, base_url)
            elif kind == "jsonl":
                for item in jsonl_pages(path):
                    if isinstance(item, str):
                        problems.append(item)
                    else:
                        yield item
            else:
                yield from warc_pages(path)
        except (OSError, ValueError, EOFError) as error:
            problems.append(f"{path}: {error}")


def stored_urls(db, extractor_version: str) -> set[str]:
    """URLs (identity and as-loaded) already stored by this extractor: what a resumed import skips."""
    rows = db.execute("select url, final_url from articles where extractor_version = ?", [extractor_version])
    return {url for row in rows for url in row if url}


def not_stored(pages: Iterable[Page], done: set[str], summary) -> Iterator[Page]:
    from scraper.urls import normalise_url

    for page in pages:
        summary.found += 1
        if page.url in done or normalise_url(page.url) in done:
            summary.unchanged += 1
        else:
            yield page


def run_import(db_path: str, paths: Iterable[str | Path], *, workers: int | None = None,
               model: str | None = None, base_url: str | None = None, keep_html: bool = True,
               batch_size: int = 32, source_id: str = "import", watchlist: str | None = None,
               progress: bool = False, extractor=None):
    """One recorded import run (writer lock, runs row, as ingest); returns its summary.

    Unreadable inputs (a bad JSON line, a corrupt file) are counted as failed and
    logged in fetch_log with stage ``import``; they never stop the run. ``extractor``
    (already loaded) is used when the run extracts in this process (one worker).
    """
    from db import store
    from newsmon.pipeline import IngestSummary
    from newsmon import exit_codes
    from newsmon.runner import RunFailed, finish, load_config, progress_bar, writing_run
    from newsmon.watch import mark_matches

    paths = [str(p) for p in paths]
    try:
        list(input_files(paths))  # a missing path fails before any lock or model
    except BadInput as error:
        raise RunFailed(str(error), exit_codes.USAGE) from None
    _, watches = load_config(None, watchlist)
    arguments = dict(paths=paths, workers=workers, model=model, base_url=base_url, keep_html=keep_html)
    with writing_run(db_path, "import", arguments) as (db, run):
        summary, problems = IngestSummary(run_id=run.id), []
        store.ensure_source(db, source_id, source_id)
        try:
            with Workers(helper_processes(workers), model=model, db_path=str(db_path), batch_size=batch_size,
                         extractor=extractor) as pool, \
                    progress_bar(0, progress) as bar:
                version = pool.version
                done = stored_urls(db, version)
                pages = (tagged(p, source_id) for p in pages_from(paths, base_url=base_url, problems=problems))
                store_pages(db, not_stored(pages, done, summary), pool, summary=summary, keep_html=keep_html,
                            run_id=run.id, progress=bar.update if bar else None)
            for problem in problems:
                log.warning("%s", problem)
                store.log_failure(db, url=problem.split(":", 1)[0], stage="import", error=problem, run_id=run.id)
            summary.found += len(problems)
            summary.failed += len(problems)
            summary.watch_matches = mark_matches(db, watches, summary.changed_ids, run.id)
        except BaseException as error:
            error.counts = summary.as_dict()  # the runs row keeps what was done before the failure
            raise
        finish(run, summary, version)
    return summary


def helper_processes(workers: int | None) -> int:
    """Helpers to start for ``--workers``: one worker is this process alone, no helper to start."""
    from newsmon.parallel import default_workers

    workers = workers or default_workers()
    return workers if workers > 1 else 0


def tagged(page: Page, source_id: str) -> Page:
    page.source_id = page.source_id or source_id
    return page
