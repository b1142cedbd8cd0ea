"""parse_article end to end: the bundled sample site, and pages that try to break it."""
import json
import re
from pathlib import Path

import pytest

from scraper.article import parse_article

REPO = Path(__file__).resolve().parent.parent
SITE = REPO / "examples" / "site"
SEEDS = REPO.parent / "shared" / "seeds"
PAGES = Path(__file__).parent / "fixtures" / "pages"
STV_RULES = {"boilerplate": ["^Follow STV News on WhatsApp$", "^Scan the QR code"]}


def sample_articles():
    return sorted(p for p in SITE.glob("news/*/*/index.html") if "video" not in p.parent.name)


def json_ld_article(page: Path) -> dict:
    """The page's NewsArticle, read with json alone (independent of the parser)."""
    html = page.read_text()
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    data = json.loads(html[start:html.index("</script>", start)])
    items = data.get("@graph", [data]) if isinstance(data, dict) else data
    return next(i for i in items if i.get("@type") == "NewsArticle")


@pytest.mark.parametrize("page", sample_articles(), ids=lambda p: p.parent.name[:40])
def test_sample_site_title_date_authors_match_the_page_json_ld(page):
    article = parse_article(page.read_text(), url="http://newsmon.example/" + page.parent.relative_to(SITE).as_posix() + "/")
    stated = json_ld_article(page)
    assert article.title == stated["headline"]
    assert article.published[:16] == stated["datePublished"][:16]
    authors = stated["author"] if isinstance(stated["author"], list) else [stated["author"]]
    assert article.authors == [a["name"] for a in authors]
    assert article.canonical_url.startswith("http://newsmon.example/news/")


@pytest.mark.parametrize("rules", [STV_RULES, None], ids=["stv-rules", "generic"])
@pytest.mark.parametrize("page", sample_articles(), ids=lambda p: p.parent.name[:40])
def test_sample_site_body_is_the_seed_text_and_nothing_else(page, rules):
    if not SEEDS.is_dir():
        pytest.skip("reference seeds not present")
    body = parse_article(page.read_text(), rules=rules).body
    paragraphs = body.split("\n\n")
    # the seeds were scraped from STV with its promo lines, which are not the story
    promo = re.compile("|".join(STV_RULES["boilerplate"]))
    seeds = [[line.strip() for line in path.read_text().splitlines() if line.strip() and not promo.search(line.strip())]
             for path in SEEDS.glob("*.txt")]
    seed = next(s for s in seeds if s[0] == paragraphs[0])
    assert paragraphs == seed


def test_sample_video_page_has_no_article_body():
    page = SITE / "news" / "politics" / "council-pay-dispute-explained-in-90-seconds-video" / "index.html"
    if not page.exists():
        pytest.skip("sample site not present")
    article = parse_article(page.read_text())
    assert article.body == ""
    assert article.title == "Council pay dispute explained in 90 seconds"


def test_fixture_page_gives_a_complete_article():
    article = parse_article((PAGES / "graph_newsarticle.html").read_text(),
                            url="https://www.harbourherald.example/news/ferry-operator-fined?utm_source=x")
    assert article.url == "https://www.harbourherald.example/news/ferry-operator-fined?utm_source=x"
    assert article.title == "Ferry operator fined £2.4m over cancelled sailings"
    assert article.authors == ["Morag Campbell", "Iain Ross"]
    assert article.published == "2024-02-01T08:15:00+00:00"
    assert article.body.startswith("A ferry operator has been fined £2.4m")
    assert json.loads(json.dumps(article.to_json()))["body"] == article.body


def test_site_rules_override_title_date_and_author():
    rules = {"title": "h2.standfirst", "date": "time.nothing-here", "author": "div.byline a"}
    article = parse_article((PAGES / "graph_newsarticle.html").read_text(), rules=rules)
    assert article.title == "The regulator said islanders had been let down for two winters running."
    assert article.published == "2024-02-01T08:15:00+00:00"  # selector matched nothing: metadata stands
    assert article.authors == ["Morag Campbell"]


HOSTILE = {
    "empty": "",
    "whitespace": "   \n\t ",
    "javascript_only": "<html><head><script>window.location='/app'</script></head><body>"
                       "<div id='root'></div><noscript>You need to enable JavaScript to run this app.</noscript>"
                       "<script src='/bundle.js'></script></body></html>",
    "binary": bytes(range(256)).decode("latin-1") * 20,
    "nul_bytes": "<html><body><p>abc\x00def</p>\x00\x00</body></html>",
    "xml_declaration": '<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
    "unclosed": "<html><body><div><div><p>Hello <b>world" + "<div>" * 3000,
    "not_html": '{"json": true, "items": [1, 2, 3]}',
    "bad_json_ld": '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
                   '"author": [null, 3, {"name": ["x"]}], "datePublished": 12, "headline": {"a": 1}}]}'
                   '</script></head><body></body></html>',
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_pages_give_an_empty_body_not_an_exception(name):
    article = parse_article(HOSTILE[name], url="https://example.com/x")
    assert article.body == ""
    assert article.url == "https://example.com/x"


def test_truncated_page_keeps_what_arrived():
    html = (PAGES / "graph_newsarticle.html").read_text()
    cut = html[:html.index("The operator said it accepted")]
    article = parse_article(cut)
    assert article.title == "Ferry operator fined £2.4m over cancelled sailings"
    assert "Islanders have been let down again and again" in article.body


def test_javascript_page_falls_back_to_the_json_ld_article_body():
    paragraphs = [f"Paragraph {n} of the story says that councils across Scotland agreed a new pay offer "
                  f"worth {n} per cent after talks that lasted well into the night." for n in range(1, 5)]
    stated = json.dumps({"@type": "NewsArticle", "headline": "Pay offer agreed",
                         "articleBody": "\n".join(paragraphs[:2]) + "<p>" + "</p><p>".join(paragraphs[2:]) + "</p>"})
    html = (f'<html><head><script type="application/ld+json">{stated}</script></head>'
            '<body><div id="app"></div><script src="/app.js"></script></body></html>')
    assert parse_article(html).body.split("\n\n") == paragraphs
    # a page whose own text is there does not take the JSON-LD copy
    with_text = html.replace('<div id="app"></div>', "".join(f"<p>{p} Extra words here.</p>" for p in paragraphs))
    assert "Extra words here." in parse_article(with_text).body


def test_bytes_are_decoded():
    html = (PAGES / "opengraph_only.html").read_text().replace("5%", "5% in Kirkcaldy’s").encode("windows-1252")
    article = parse_article(html)
    assert "Kirkcaldy’s" in article.title
