"""The bundled sample news site (examples/site) is shaped the way the pipeline expects.

The pages stand alone; when the reference seed texts are present
(../shared/seeds) the article bodies are also checked against them line by line.
"""
import html.parser
import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from lxml import etree
from protego import Protego

REPO = Path(__file__).resolve().parent.parent
SITE = REPO / "examples" / "site"
SEEDS = REPO.parent / "shared" / "seeds"
ORIGIN = "http://newsmon.example"
PROMO_LINES = [
    "Follow STV News on WhatsApp",
    "Scan the QR code on your mobile device for all the latest news from around the country",
]
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                 "source", "track", "wbr"}
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def url_path(page: Path) -> str:
    """/news/politics/slug/ for examples/site/news/politics/slug/index.html."""
    relative = page.parent.relative_to(SITE).as_posix()
    return "/" if relative == "." else f"/{relative}/"


def json_ld_objects(tree):
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        data = json.loads(script.text)
        for item in data if isinstance(data, list) else [data]:
            yield from item.get("@graph", [item])


def news_articles(tree):
    return [o for o in json_ld_objects(tree) if o.get("@type") == "NewsArticle"]


HTML_PAGES = sorted(SITE.rglob("*.html"))
TREES = {page: lxml.html.parse(str(page)).getroot() for page in HTML_PAGES}
ARTICLE_PAGES = [page for page, tree in TREES.items() if news_articles(tree)]
ARTICLE_PATHS = {url_path(page) for page in ARTICLE_PAGES}


def body_paragraphs(tree):
    """Text of the visible <p> elements inside the article container."""
    [article] = tree.xpath('//article[contains(concat(" ", @class, " "), " article ")]')
    return [p.text_content() for p in article.iter("p")
            if not any(a.get("hidden") is not None or a.get("aria-hidden") == "true"
                       for a in p.iterancestors())]


def seed_texts():
    if not SEEDS.is_dir():
        pytest.skip("reference seeds not present")
    return {path.stem: [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in sorted(SEEDS.glob("*.txt"))}


class TagBalance(html.parser.HTMLParser):
    """Records end tags that do not close the element open at that point."""

    def __init__(self):
        super().__init__()
        self.open, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> at line {self.getpos()[0]}, open: {self.open[-3:]}")
        else:
            self.open.pop()


def test_site_has_three_articles_and_some_noise():
    assert len(ARTICLE_PAGES) == 3
    assert all(p.startswith("/news/") for p in ARTICLE_PATHS)
    index_links = set(TREES[SITE / "index.html"].xpath("//a/@href"))
    assert ARTICLE_PATHS <= index_links
    # the video page is linked from the home page but is not an article
    noise = {link for link in index_links if link.startswith("/news/") and link.endswith("-video/")}
    assert noise and not noise & ARTICLE_PATHS


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: url_path(p))
def test_every_page_is_well_formed(page):
    checker = TagBalance()
    checker.feed(page.read_text(encoding="utf-8"))
    checker.close()
    assert checker.problems == [] and checker.open == []
    tree = TREES[page]
    assert tree.findtext(".//title").endswith(" | STV News")
    [canonical] = tree.xpath('//link[@rel="canonical"]/@href')
    assert canonical == ORIGIN + url_path(page)


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: url_path(p))
def test_internal_links_resolve_to_files(page):
    for href in TREES[page].xpath("//a/@href"):
        if href.startswith("/"):
            target = SITE / urlsplit(href).path.lstrip("/")
            assert (target / "index.html").is_file() or target.is_file(), href


@pytest.mark.parametrize("page", ARTICLE_PAGES, ids=lambda p: url_path(p))
def test_article_metadata(page):
    tree = TREES[page]
    [article] = news_articles(tree)
    [og_title] = tree.xpath('//meta[@property="og:title"]/@content')
    assert article["headline"] == og_title
    assert tree.findtext(".//title") == og_title + " | STV News"
    for field in ("datePublished", "dateModified"):
        assert datetime.fromisoformat(article[field]).tzinfo is not None
    [published_meta] = tree.xpath('//meta[@property="article:published_time"]/@content')
    [byline_time] = tree.xpath('//article//time[contains(@class, "published")]/@datetime')
    assert published_meta == byline_time == article["datePublished"]
    assert article["author"] and all(a["@type"] == "Person" and a["name"] for a in article["author"])
    assert article["publisher"]["@type"] == "Organization" and article["publisher"]["logo"]["url"]
    assert article["articleSection"] and article["image"]
    assert article["mainEntityOfPage"]["@id"] == ORIGIN + url_path(page)


def test_json_ld_comes_both_as_graph_and_as_plain_object():
    shapes = set()
    for page in ARTICLE_PAGES:
        script = TREES[page].xpath('//script[@type="application/ld+json"]')[0].text
        shapes.add("@graph" in json.loads(script))
    assert shapes == {True, False}


def test_non_article_pages_carry_no_news_article():
    for page, tree in TREES.items():
        if page not in ARTICLE_PAGES:
            assert news_articles(tree) == []
            assert not tree.xpath('//article[contains(concat(" ", @class, " "), " article ")]//p')


@pytest.mark.parametrize("page", ARTICLE_PAGES, ids=lambda p: url_path(p))
def test_article_ends_with_the_promo_lines(page):
    assert body_paragraphs(TREES[page])[-2:] == PROMO_LINES


def test_article_bodies_hold_each_seed_line_exactly_once():
    seeds = seed_texts()
    assert len(seeds) == 3
    matched = set()
    for stem, lines in seeds.items():
        pages = [p for p in ARTICLE_PAGES if lines[0] in body_paragraphs(TREES[p])]
        assert len(pages) == 1, stem
        matched.add(pages[0])
        paragraphs = body_paragraphs(TREES[pages[0]])
        visible_text = "\n".join(paragraphs)
        for line in lines + PROMO_LINES:
            assert line in paragraphs, (stem, line)
            assert visible_text.count(line) == 1, (stem, line)
    assert matched == set(ARTICLE_PAGES)


def test_feed_lists_exactly_the_articles():
    channel = etree.parse(str(SITE / "feed.xml")).getroot().find("channel")
    items = channel.findall("item")
    links = [urlsplit(item.findtext("link")) for item in items]
    assert {link.path for link in links} == ARTICLE_PATHS and len(items) == 3
    assert {f"{link.scheme}://{link.netloc}" for link in links} == {ORIGIN}
    headlines = {news_articles(TREES[p])[0]["headline"] for p in ARTICLE_PAGES}
    assert {item.findtext("title") for item in items} == headlines
    dc = "{http://purl.org/dc/elements/1.1/}creator"
    for item in items:
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        assert item.findtext("guid") and item.findtext("description") and item.findtext(dc)


@pytest.mark.parametrize("name", ["sitemap.xml", "news-sitemap.xml"])
def test_sitemaps_list_exactly_the_articles(name):
    locs = etree.parse(str(SITE / name)).xpath("//sm:url/sm:loc/text()", namespaces=SITEMAP_NS)
    assert len(locs) == 3
    assert {urlsplit(loc).path for loc in locs} == ARTICLE_PATHS
    assert all(loc.startswith(ORIGIN + "/") for loc in locs)


def test_sitemap_index_points_at_existing_sitemaps():
    locs = etree.parse(str(SITE / "sitemap-index.xml")).xpath(
        "//sm:sitemap/sm:loc/text()", namespaces=SITEMAP_NS)
    assert {urlsplit(loc).path for loc in locs} == {"/sitemap.xml", "/news-sitemap.xml"}


def test_robots_allows_articles_and_names_existing_sitemaps():
    robots = Protego.parse((SITE / "robots.txt").read_text(encoding="utf-8"))
    for path in ARTICLE_PATHS:
        assert robots.can_fetch(ORIGIN + path, "newsmon")
    assert not robots.can_fetch(ORIGIN + "/search?s=pay", "newsmon")
    sitemaps = list(robots.sitemaps)
    assert sitemaps and all(s.startswith(ORIGIN + "/") for s in sitemaps)
    assert all((SITE / urlsplit(s).path.lstrip("/")).is_file() for s in sitemaps)


def test_only_the_placeholder_origin_is_used_for_absolute_self_links():
    for path in SITE.rglob("*"):
        if path.suffix in {".html", ".xml", ".txt"}:
            text = path.read_text(encoding="utf-8")
            assert "localhost" not in text and "127.0.0.1" not in text, path
