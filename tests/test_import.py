"""newsmon import: HTML directories, JSON Lines and WARC files through the ingest path; resumable."""
import gzip
import io
import json
import signal
import sqlite3
import subprocess
import time
from html import escape

import pytest

from fixtures.cron.news_site import PAGE, article_parts
from fixtures.cron.shared import NEWSMON
from newsmon.backfill import run_import
from test_crash_safety import stored as stored_count
from test_parallel import stored_rows

ORIGIN = "https://archive.example"


def story_html(i: int, canonical: bool = True) -> str:
    parts = article_parts(i, paragraphs=3)
    page = PAGE.format(title=escape(parts["title"]), url=f"{ORIGIN}/news/story-{i}/", author=escape(parts["author"]),
                       day=1 + i % 28, minute=i % 60, related="",
                       body="".join(f"<p>{escape(p)}</p>" for p in parts["paragraphs"]))
    if not canonical:  # a page saved without any statement of its own URL
        url = f"{ORIGIN}/news/story-{i}/"
        for statement in (f'<link rel="canonical" href="{url}">', f'<meta property="og:url" content="{url}">',
                          f', "mainEntityOfPage": "{url}"'):
            page = page.replace(statement, "")
    return page


def story_text(i: int) -> str:
    return "\n\n".join(article_parts(i, paragraphs=3)["paragraphs"])


def write_warc(path, records) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-09T08:30:00Z"}))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """One input of each kind, with the unusable parts real archives have."""
    root = tmp_path_factory.mktemp("archive")
    saved = root / "saved"
    for i in range(3):
        (saved / f"news/story-{i}").mkdir(parents=True)
        (saved / f"news/story-{i}/index.html").write_text(story_html(i, canonical=i != 1), encoding="utf-8")
    (saved / "news/story-3.html.gz").write_bytes(gzip.compress(story_html(3).encode("utf-8")))
    (saved / "notes.txt").write_text("not a page")
    lines = [
        json.dumps({"url": f"{ORIGIN}/news/story-4/", "html": story_html(4)}),
        json.dumps({"url": f"{ORIGIN}/text/story-5", "text": story_text(5), "title": "Story five",
                    "published": "2024-03-05"}),
        "{not json",
        json.dumps({"url": f"{ORIGIN}/news/story-6/"}),  # neither html nor text
        "",
        json.dumps({"url": f"{ORIGIN}/text/story-6", "text": story_text(6), "title": "Story six"}),
    ]
    (root / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_warc(root / "crawl.warc.gz", [
        (f"{ORIGIN}/news/story-7/", "200 OK", "text/html; charset=utf-8", story_html(7).encode("utf-8")),
        (f"{ORIGIN}/news/gone/", "404 Not Found", "text/html", b"<html><body>Not found</body></html>"),
        (f"{ORIGIN}/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
        (f"{ORIGIN}/news/story-8/", "200 OK", "text/html", story_html(8).encode("utf-8")),
    ])
    return root


def articles(db_path) -> dict[str, dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = {r["url"]: dict(r) for r in conn.execute("select * from articles")}
    conn.close()
    return rows


def test_a_directory_of_saved_pages_is_imported_under_canonical_or_base_urls(archive, tmp_path, extractor):
    db_path = tmp_path / "news.db"
    summary = run_import(str(db_path), [archive / "saved"], workers=1, base_url=f"{ORIGIN}/saved",
                         extractor=extractor)
    assert (summary.found, summary.new, summary.failed) == (4, 4, 0)
    stored = articles(db_path)
    assert set(stored) == {f"{ORIGIN}/news/story-0/", f"{ORIGIN}/saved/news/story-1/",
                           f"{ORIGIN}/news/story-2/", f"{ORIGIN}/news/story-3/"}
    assert stored[f"{ORIGIN}/news/story-3/"]["body"] == story_text(3)  # gzipped page read too
    assert {row["source_id"] for row in stored.values()} == {"import"}
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from article_html").fetchone()[0] == 4
    assert conn.execute("select count(*) from quotes").fetchone()[0] >= 4


def test_json_lines_with_html_or_text_and_bad_lines_recorded_as_failed(archive, tmp_path, extractor):
    db_path = tmp_path / "news.db"
    summary = run_import(str(db_path), [archive / "articles.jsonl"], workers=1, extractor=extractor)
    assert (summary.found, summary.new, summary.failed) == (5, 3, 2)
    stored = articles(db_path)
    assert set(stored) == {f"{ORIGIN}/news/story-4/", f"{ORIGIN}/text/story-5", f"{ORIGIN}/text/story-6"}
    five = stored[f"{ORIGIN}/text/story-5"]
    assert (five["title"], five["published"], five["body"]) == ("Story five", "2024-03-05", story_text(5))
    conn = sqlite3.connect(db_path)
    failures = conn.execute("select stage, error from fetch_log order by id").fetchall()
    assert [stage for stage, _ in failures] == ["import", "import"]
    assert failures[0][1].endswith(":3: not JSON (Expecting property name enclosed in double quotes)")
    assert failures[1][1].endswith(":4: needs url and html or text")
    assert conn.execute("select failed from runs").fetchone() == (2,)


def test_warc_responses_that_are_html_pages_are_imported_with_their_capture_date(archive, tmp_path, extractor):
    db_path = tmp_path / "news.db"
    summary = run_import(str(db_path), [archive / "crawl.warc.gz"], workers=1, extractor=extractor)
    assert (summary.found, summary.new, summary.failed) == (2, 2, 0)  # the 404 and the image are no pages
    stored = articles(db_path)
    assert set(stored) == {f"{ORIGIN}/news/story-7/", f"{ORIGIN}/news/story-8/"}
    assert {row["fetched_at"] for row in stored.values()} == {"2024-03-09T08:30:00Z"}
    assert stored[f"{ORIGIN}/news/story-8/"]["body"] == story_text(8)


@pytest.fixture(scope="module")
def everything(archive, tmp_path_factory, extractor):
    """All three inputs imported once with one worker, then again."""
    db_path = tmp_path_factory.mktemp("all") / "news.db"
    inputs = [archive / "saved", archive / "articles.jsonl", archive / "crawl.warc.gz"]
    first = run_import(str(db_path), inputs, workers=1, extractor=extractor)
    rows = stored_rows(db_path)
    second = run_import(str(db_path), inputs, workers=1, extractor=extractor)
    return dict(db=db_path, inputs=inputs, first=first, second=second, rows=rows)


def test_a_second_import_adds_nothing(everything):
    first, second = everything["first"], everything["second"]
    assert (first.new, first.failed) == (9, 2)
    assert (second.found, second.new, second.updated, second.unchanged, second.failed) == (11, 0, 0, 9, 2)
    rows = stored_rows(everything["db"])
    assert {k: v for k, v in rows.items() if k != "failures"} == \
        {k: v for k, v in everything["rows"].items() if k != "failures"}


def test_two_workers_store_what_one_stores(everything, tmp_path):
    summary = run_import(str(tmp_path / "two.db"), everything["inputs"], workers=2)
    assert (summary.new, summary.failed) == (9, 2)
    ours = stored_rows(tmp_path / "two.db")
    strip_paths = lambda failures: [(stage, error.rsplit(":", 2)[-2:]) for _, stage, _, error in failures]  # noqa: E731
    assert strip_paths(ours.pop("failures")) == strip_paths(everything["rows"]["failures"])
    assert ours == {k: v for k, v in everything["rows"].items() if k != "failures"}


@pytest.mark.slow
def test_an_import_killed_midway_resumes_without_duplicates(tmp_path, extractor):
    lines = [json.dumps({"url": f"{ORIGIN}/text/{i}", "title": f"Story {i}", "text": story_text(i)})
             for i in range(30)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_path = tmp_path / "news.db"
    command = [*NEWSMON, "import", str(tmp_path / "many.jsonl"), "--db", str(db_path), "--workers", "1",
               "--batch-size", "4", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while stored_count(db_path) < 6:
        assert process.poll() is None, f"import ended before the kill: {process.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = stored_count(db_path)
    assert 6 <= killed_at < 30

    resumed = subprocess.run(command[:-1] + ["--json"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert (summary["new"], summary["unchanged"], summary["failed"]) == (30 - killed_at, killed_at, 0)

    run_import(str(tmp_path / "clean.db"), [tmp_path / "many.jsonl"], workers=1, extractor=extractor)
    assert stored_rows(db_path) == stored_rows(tmp_path / "clean.db")
    conn = sqlite3.connect(db_path)
    assert conn.execute("select status from runs order by id").fetchall() == [("interrupted",), ("completed",)]
