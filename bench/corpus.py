"""A synthetic news corpus for benchmarks: N article pages built from real ones, served locally.

Page ``i`` is a deterministic function of (seed, i): one of the sample STV
pages in ``examples/site`` as its template (same markup, furniture and
metadata, so parsing costs what it costs on a real page) with its headline,
dates, URL and body replaced. The body recombines real paragraphs from the
sample pages and from the Zyte benchmark's article bodies, plus one quoted
paragraph naming a made-up person and organisation unique to the article, so
spaCy meets new strings in every article (as it does in a long real run).

Generating from the index means the server and the benchmark agree on every
page without writing 20,000 files anywhere.

usage: python bench/corpus.py serve [--n 2000] [--seed 7] [--port 0] [--paragraphs 6-14]
       (prints ``origin: http://127.0.0.1:PORT`` and serves /sitemap.xml, /feed.xml, /robots.txt)
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import http.server
import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE_PAGES = REPO / "examples" / "site" / "news"
ZYTE_TRUTH = REPO.parent / "shared" / "benchmarks" / "article-extraction" / "zyte" / "ground-truth.json"
PLACEHOLDER_ORIGIN = "http://newsmon.example"
BODY = re.compile(r'(<div class="entry-content article-body">)(.*?)(\s*<div class="stv-promo)', re.S)
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
SYLLABLES = ["ba", "cor", "dun", "fel", "gar", "hol", "kin", "lor", "mac", "nor", "ros", "sel",
             "tav", "vin", "wyn", "bre", "cal", "dra", "ely", "fin"]
FIRST_NAMES = ["Aileen", "Callum", "Morag", "Ewan", "Fiona", "Douglas", "Isla", "Hamish", "Kirsty",
               "Angus", "Catriona", "Rory", "Shona", "Fraser", "Eilidh", "Gregor"]
ORG_KINDS = ["Council", "Trust", "Union", "Housing Association", "Partnership", "Group"]
VERBS = ["said", "added", "warned", "told reporters", "claimed"]


@dataclass
class Template:
    html: str  # sample page with its own title, url, description and body cut out
    title: str
    path: str
    description: str


@dataclass
class GeneratedArticle:
    index: int
    path: str  # /news/bench/<i>-<slug>/
    title: str
    published: str
    paragraphs: list[str]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@lru_cache(maxsize=1)
def templates() -> list[Template]:
    from scraper.article import parse_article

    found = []
    for page in sorted(SAMPLE_PAGES.glob("*/*/index.html")):
        text = page.read_text(encoding="utf-8")
        if not BODY.search(text):  # a video page has no article body to replace
            continue
        article = parse_article(text, url=f"{PLACEHOLDER_ORIGIN}/")
        path = article.canonical_url.removeprefix(PLACEHOLDER_ORIGIN)
        found.append(Template(text, article.title, path, article.description or ""))
    return found


@lru_cache(maxsize=1)
def paragraph_pool() -> list[str]:
    """Real paragraphs: the sample articles' and the Zyte benchmark's bodies."""
    from scraper.article import parse_article

    pool = []
    for page in sorted(SAMPLE_PAGES.glob("*/*/index.html")):
        pool += parse_article(page.read_text(encoding="utf-8"), url=f"{PLACEHOLDER_ORIGIN}/").body.split("\n\n")
    if ZYTE_TRUTH.exists():
        truth = json.loads(ZYTE_TRUTH.read_text(encoding="utf-8"))
        for _, page in sorted(truth.items()):
            pool += (page.get("articleBody") or "").split("\n")
    # keep sentences, not captions or one-word lines
    return [p.strip() for p in pool if 60 <= len(p.strip()) <= 700]


def made_up_word(number: int, rng: random.Random) -> str:
    """A pronounceable word unique to ``number`` (its digits in base len(SYLLABLES))."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if number == 0:
            break
    parts.append(rng.choice(SYLLABLES))
    return "".join(parts).capitalize()


def article(index: int, seed: int = 7, paragraphs: tuple[int, int] = (6, 14)) -> GeneratedArticle:
    rng = random.Random(seed * 1_000_003 + index)
    pool = paragraph_pool()
    chosen = rng.sample(pool, rng.randint(*paragraphs))
    person = f"{rng.choice(FIRST_NAMES)} {made_up_word(index, rng)}"
    org = f"{made_up_word(index + 7919, rng)} {rng.choice(ORG_KINDS)}"
    figure = f"£{rng.randint(2, 900)}{rng.choice(['m', 'k', ',000', ' million'])}"
    quote = (f"“We will not accept a settlement worth less than {figure} and {rng.randint(2, 12)} per cent,” "
             f"{person}, a spokesperson for {org}, {rng.choice(VERBS)}.")
    chosen.insert(rng.randint(1, len(chosen)), quote)
    lead_words = re.sub(r"[^\w' ]", "", chosen[0]).split()[:8]
    title = f"{' '.join(lead_words)} ({org} {index})"
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80]
    published = (dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
                 + dt.timedelta(minutes=37 * index + rng.randint(0, 30))).isoformat()
    return GeneratedArticle(index, f"/news/bench/{index}-{slug}/", title, published, chosen)


def page_html(item: GeneratedArticle, origin: str = PLACEHOLDER_ORIGIN) -> str:
    """The article as a full page in one of the sample templates."""
    template = templates()[item.index % len(templates())]
    body = "\n".join(f"        <p>{html.escape(p, quote=False)}</p>" for p in item.paragraphs)
    page = BODY.sub(lambda m: f"{m.group(1)}\n{body}{m.group(3)}", template.html, count=1)
    page = page.replace(template.path, item.path)
    page = page.replace(html.escape(template.title), html.escape(item.title)).replace(template.title, html.escape(item.title))
    if template.description:
        description = html.escape(item.paragraphs[0][:200])
        page = page.replace(html.escape(template.description), description).replace(template.description, description)
    page = ISO_TIME.sub(item.published, page)
    return page.replace(PLACEHOLDER_ORIGIN, origin)


def sitemap_xml(origin: str, n: int, seed: int, paragraphs) -> str:
    urls = "".join(f"<url><loc>{origin}{article(i, seed, paragraphs).path}</loc></url>\n" for i in range(n))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def feed_xml(origin: str, n: int, seed: int, paragraphs, latest: int = 50) -> str:
    items = []
    for i in reversed(range(max(0, n - latest), n)):
        item = article(i, seed, paragraphs)
        items.append(f"<item><title>{html.escape(item.title)}</title><link>{origin}{item.path}</link>"
                     f"<pubDate>{dt.datetime.fromisoformat(item.published).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench News</title>'
            f"<link>{origin}/</link><description>Synthetic benchmark corpus</description>{''.join(items)}</channel></rss>\n")


def parse_range(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    return int(low), int(high or low)


class CorpusHandler(http.server.BaseHTTPRequestHandler):
    n = 0
    seed = 7
    paragraphs = (6, 14)
    sitemap: bytes | None = None
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: with Nagle's algorithm on, the body waits
    # for the client's delayed ACK (40 ms a page on Linux), a cost no real site adds
    disable_nagle_algorithm = True

    def do_GET(self):
        origin = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        path = self.path.split("?")[0]
        if path == "/robots.txt":
            return self.send(b"User-agent: *\nAllow: /\n", "text/plain")
        if path == "/sitemap.xml":
            cls = type(self)
            if cls.sitemap is None:
                cls.sitemap = sitemap_xml(origin, self.n, self.seed, self.paragraphs).encode()
            return self.send(cls.sitemap, "application/xml")
        if path == "/feed.xml":
            return self.send(feed_xml(origin, self.n, self.seed, self.paragraphs).encode(), "application/rss+xml")
        match = re.fullmatch(r"/news/bench/(\d+)-[a-z0-9-]*/", path)
        if match and int(match.group(1)) < self.n:
            item = article(int(match.group(1)), self.seed, self.paragraphs)
            if item.path == path:
                return self.send(page_html(item, origin).encode(), "text/html")
        self.send(b"not found", "text/plain", status=404)

    def send(self, body: bytes, content_type: str, status: int = 200):
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def serve(n: int, seed: int, paragraphs: tuple[int, int], port: int = 0) -> None:
    CorpusHandler.n, CorpusHandler.seed, CorpusHandler.paragraphs = n, seed, paragraphs
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), CorpusHandler)
    print(f"origin: http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


class CorpusServer:
    """The corpus served by a child process (so serving takes no time from the
    benchmark's own interpreter, as a remote site would not): a context manager."""

    def __init__(self, n: int, seed: int = 7, paragraphs: str = "6-14"):
        self.args = [sys.executable, str(Path(__file__).resolve()), "serve", "--n", str(n),
                     "--seed", str(seed), "--paragraphs", paragraphs]
        self.process = None
        self.origin = None

    def __enter__(self) -> "CorpusServer":
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE, text=True, cwd=REPO)
        line = self.process.stdout.readline()
        if not line.startswith("origin: "):
            self.process.kill()
            raise RuntimeError(f"corpus server did not start: {line!r}")
        self.origin = line.split(": ", 1)[1].strip()
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--paragraphs", default="6-14", help="paragraphs per article, e.g. 6-14")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    serve(args.n, args.seed, parse_range(args.paragraphs), args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
