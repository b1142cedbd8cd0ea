"""Metadata: JSON-LD first (@graph, lists, nested objects), then Open Graph, meta and the page."""
import gzip
import html as html_lib
import json
from pathlib import Path

import pytest

from dateutil import parser as date_parser

from scraper.body import parse_html
from scraper.metadata import TIME_ZONES, extract_metadata, iso_date, split_names, strip_site_name

PAGES = Path(__file__).parent / "fixtures" / "pages"
ZYTE = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "article-extraction" / "zyte"


def metadata_of(name: str, url: str | None = None) -> dict:
    return extract_metadata(parse_html((PAGES / name).read_text()), url)


def test_json_ld_graph_article_wins_over_open_graph_and_web_page():
    meta = metadata_of("graph_newsarticle.html")
    assert meta["title"] == "Ferry operator fined £2.4m over cancelled sailings"
    # the NewsArticle's date, not og/article:published_time nor the WebPage's
    assert meta["published"] == "2024-02-01T08:15:00+00:00"
    assert meta["modified"] == "2024-02-01T12:40:00+00:00"
    assert meta["authors"] == ["Morag Campbell", "Iain Ross"]
    assert meta["section"] == "Highlands and Islands"
    assert meta["site_name"] == "Harbour Herald"
    assert meta["language"] == "en"
    assert meta["canonical_url"] == "https://www.harbourherald.example/news/ferry-operator-fined?ref=rss"


def test_open_graph_and_meta_when_there_is_no_json_ld():
    meta = metadata_of("opengraph_only.html", url="https://kingdomcourier.example/local/x?utm_source=rss")
    assert meta["title"] == "Council tax to rise by 5% in Fife"
    assert meta["published"] == "2024-03-07T17:30:00+00:00"  # from <time class="published">
    assert meta["authors"] == ["Sarah Lindsay"]
    assert meta["section"] == "Local"
    assert meta["description"] == "Councillors voted 38 to 32 for the increase."
    assert meta["canonical_url"] == "https://kingdomcourier.example/local/council-tax-rise-fife"


def test_json_ld_list_with_subtype_and_single_author_object():
    html = """<html><head><script type="application/ld+json">
    [{"@type": "Organization", "name": "BBC"},
     {"@type": "ReportageNewsArticle", "headline": "Strike called off", "datePublished": "2024-05-02",
      "author": {"@type": "Organization", "name": "BBC News"}}]
    </script></head><body><p>x</p></body></html>"""
    meta = extract_metadata(parse_html(html))
    assert (meta["title"], meta["published"], meta["authors"]) == ("Strike called off", "2024-05-02", ["BBC News"])


def test_broken_json_ld_is_skipped_not_fatal():
    html = """<html><head><title>Plain title</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
    <script type="application/ld+json"><!-- {"@type": "BlogPosting", "headline": "Wrapped in a comment"} --></script>
    </head><body></body></html>"""
    assert extract_metadata(parse_html(html))["title"] == "Wrapped in a comment"


@pytest.mark.parametrize("value, expected", [
    ("2024-02-01T08:15:00Z", "2024-02-01T08:15:00+00:00"),
    ("2024-02-01T08:15:00+0100", "2024-02-01T08:15:00+01:00"),
    ("2024-02-01", "2024-02-01"),
    ("20240201", "2024-02-01"),
    ("Thu, 01 Feb 2024 08:15:00 GMT", "2024-02-01T08:15:00+00:00"),
    ("1706775300", "2024-02-01T08:15:00+00:00"),
    ("Nov 20, 2019 5:00 PM EST", "2019-11-20T17:00:00-05:00"),
    ("01:38:07 PM IST Nov 20, 2019", "2019-11-20T13:38:07+05:30"),
    ("Monday", None),  # no year: not a date we can vouch for
    ("not a date", None),
    ("", None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_split_names_and_site_name_stripping():
    assert split_names("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert split_names("https://www.facebook.com/someone") == []
    assert strip_site_name("Bin strikes spread | STV News", "STV News") == "Bin strikes spread"
    assert strip_site_name("Pay offer: what it means", "STV News") == "Pay offer: what it means"


def zyte_pages_with_json_ld():
    if not ZYTE.is_dir():
        return []
    truth = json.loads((ZYTE / "ground-truth.json").read_text())
    pages = []
    for page_id, entry in sorted(truth.items()):
        path = ZYTE / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages.append((page_id, entry["url"], path))
    return pages


def json_ld_article(tree):
    """The first *Article object with a headline, read independently of the code under test."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds) and item.get("headline"):
                    return item
                stack.extend(v for k, v in item.items() if k == "@graph")
    return None


def same_day_somewhere(found: str, stated: str) -> bool:
    """Same calendar day, or the day the stated instant falls on in some time zone.

    newsmon keeps the date the page shows readers when a UTC timestamp has
    crossed midnight (see metadata.published), so 2019-11-19T01:19Z can be
    the 18th where it was published.
    """
    stated_time = date_parser.parse(stated, tzinfos=TIME_ZONES)  # ground truth may say "IST"
    if found[:10] == stated_time.date().isoformat():
        return True
    if stated_time.utcoffset() is None or len(found) != 10:
        return False
    difference = (date_parser.parse(found).date() - stated_time.date()).days
    return difference == -1 and stated_time.hour < 12 or difference == 1 and stated_time.hour >= 10


def test_benchmark_pages_with_json_ld_give_its_title_date_and_authors():
    pages = zyte_pages_with_json_ld()
    if not pages:
        pytest.skip("benchmark pages not present")
    checked = wrong = 0
    for page_id, url, path in pages:
        tree = parse_html(gzip.decompress(path.read_bytes()).decode("utf-8"))
        article = json_ld_article(tree)
        if not article or not isinstance(article.get("datePublished"), str):
            continue
        checked += 1
        meta = extract_metadata(tree, url)
        titles = [article["headline"]] + tree.xpath('//meta[@property="og:title"]/@content')
        titles = [" ".join(html_lib.unescape(t).split()).lower() for t in titles if isinstance(t, str)]
        authors = article.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors if a]
        problems = []
        if not any(meta["title"].lower() in t or t in meta["title"].lower() for t in titles):
            problems.append(("title", meta["title"], titles))
        if not same_day_somewhere(meta["published"], article["datePublished"]):
            problems.append(("date", meta["published"], article["datePublished"]))
        # a CMS login ("admin") is not a byline; newsmon leaves it out
        if names and isinstance(names[0], str) and names[0].strip().lower() != "admin" and not any(
                names[0].strip().lower().endswith(n.lower()) for n in meta["authors"]):
            problems.append(("author", meta["authors"], names))
        if problems:
            wrong += 1
            print(page_id[:12], problems)
    assert checked >= 30
    assert wrong <= 1


def test_authors_referenced_by_id_in_a_graph_and_bylines_in_the_page():
    graph = """<html><head><script type="application/ld+json">{"@graph": [
      {"@type": "Article", "headline": "Glass recycling plan delayed", "datePublished": "2024-06-03",
       "author": {"@id": "https://example.org/#/schema/person/42"}},
      {"@type": "Person", "@id": "https://example.org/#/schema/person/42", "name": "Evan Symon"}]}
    </script></head><body></body></html>"""
    assert extract_metadata(parse_html(graph))["authors"] == ["Evan Symon"]
    byline = """<html><head><title>Ferry timetable cut</title></head><body><article>
      <h1>Ferry timetable cut</h1><p class="byline">By <a href="/author/ann-reid" class="author">Ann Reid</a></p>
      <p>The winter timetable will have fewer sailings to the islands, the operator said.</p></article></body></html>"""
    assert extract_metadata(parse_html(byline))["authors"] == ["Ann Reid"]
    assert split_names("View all posts by Daniel Lemire") == ["Daniel Lemire"]
    assert split_names("Grant Tinsley, PhD") == ["Grant Tinsley"]


def test_an_organisation_as_author_gives_way_to_a_named_byline_only():
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Goats",
      "author": {"@type": "Organization", "name": "National Geographic"}}</script></head><body><article>
      <h1>Goats</h1><div class="byline">By <span class="author">%s</span></div>
      <p>Ravenous wild goats ruled this island for over a century, and now it is being reborn.</p>
      </article></body></html>"""
    assert extract_metadata(parse_html(page % "Michael Hingston"))["authors"] == ["Michael Hingston"]
    assert extract_metadata(parse_html(page % "Tom Gillespie News reporter"))["authors"] == ["National Geographic"]


def test_microdata_of_a_cited_work_is_not_the_author():
    page = """<html><head><meta name="citation_author" content="Marwan H. Adwan"></head><body>
      <div itemscope itemtype="http://schema.org/ScholarlyArticle"><meta itemprop="author" content="NH. Shear, SP. Spielberg">
      </div></body></html>"""
    assert extract_metadata(parse_html(page))["authors"] == ["Marwan H. Adwan"]
