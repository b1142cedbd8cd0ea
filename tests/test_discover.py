"""Discovery against a real local server: feeds, sitemaps, robots Sitemap: lines, sections."""
import gzip

import pytest

from scraper.discover import discover
from scraper.feeds import FeedError, parse_feed
from scraper.fetch import Fetcher
from scraper.listing import links_from_page
from scraper.records import Source
from scraper.sitemaps import SitemapError, parse_sitemap

SM = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>STV News</title><link>https://news.stv.tv</link>
<item><title>Unions urge members to reject pay offer</title>
  <link>https://news.stv.tv/south-scotland/unions-reject-pay-offer?utm_source=rss&amp;at_medium=RSS</link>
  <pubDate>Tue, 04 Apr 2026 14:30:00 +0100</pubDate></item>
<item><title>COSLA tables new offer</title><link>/politics/cosla-new-offer#comments</link>
  <guid isPermaLink="false">12345</guid></item>
<item><title>Podcast</title><link>mailto:news@stv.tv</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title><id>urn:x</id><updated>2026-04-05T10:00:00Z</updated>
<entry><title>Council pay deal agreed</title><id>urn:1</id>
  <link rel="alternate" href="https://www.heraldscotland.com/news/2401.pay-deal/"/>
  <link rel="enclosure" href="https://www.heraldscotland.com/image.jpg"/>
  <published>2026-04-05T09:00:00+01:00</published><updated>2026-04-05T10:00:00Z</updated></entry>
</feed>"""

BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset {SM}><url><loc>https://x.com/&lol3;</loc></url></urlset>"""

EXTERNAL_ENTITY = f"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<urlset {SM}><url><loc>https://x.com/&secret;</loc></url></urlset>"""


def urlset(*urls, news=False):
    entries = []
    for url, date in urls:
        extra = (f"<news:news><news:publication><news:name>X</news:name></news:publication>"
                 f"<news:publication_date>{date}</news:publication_date><news:title>Title of {url}</news:title>"
                 f"</news:news>") if news else f"<lastmod>{date}</lastmod>"
        entries.append(f"<url><loc>{url}</loc>{extra}</url>")
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {SM} {NEWS}>{"".join(entries)}</urlset>'


# Parsers on their own -----------------------------------------------------------


def test_rss_links_are_normalised_resolved_and_dated():
    links = parse_feed(RSS, "https://news.stv.tv/feed")
    assert [link.url for link in links] == [
        "https://news.stv.tv/south-scotland/unions-reject-pay-offer",
        "https://news.stv.tv/politics/cosla-new-offer",
    ]
    assert links[0].published == "2026-04-04T13:30:00Z"
    assert links[0].title == "Unions urge members to reject pay offer"
    assert (links[0].via, links[0].found_on) == ("feed", "https://news.stv.tv/feed")


def test_atom_uses_the_alternate_link():
    [link] = parse_feed(ATOM, "https://www.heraldscotland.com/news/rss/")
    assert link.url == "https://www.heraldscotland.com/news/2401.pay-deal/"
    assert link.published == "2026-04-05T08:00:00Z"


def test_feed_that_is_html_is_a_clear_error():
    with pytest.raises(FeedError, match="not a feed: the document is an HTML page"):
        parse_feed("<!DOCTYPE html><html><body><h1>Subscribe to our feeds</h1></body></html>", "https://x.com/feed")


def test_feed_that_is_garbage_is_a_clear_error():
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed("this is not xml at all", "https://x.com/feed")


@pytest.mark.parametrize("text", ["", "  \n", '<?xml version="1.0"?>', "\x00\x01binary"])
def test_empty_or_binary_documents_are_clear_errors(text):
    with pytest.raises(FeedError, match="not a feed|not an RSS or Atom feed"):
        parse_feed(text, "https://x.com/feed")
    with pytest.raises(SitemapError, match="not a sitemap|not well-formed"):
        parse_sitemap(text, "https://x.com/sitemap.xml")


def test_feed_with_entities_is_refused():
    evil = RSS.replace('<rss version="2.0">', '<!DOCTYPE rss [<!ENTITY x "boom">]><rss version="2.0">', 1)
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_feed(evil, "https://x.com/feed")


def test_feed_never_opens_a_url_given_as_text():
    with pytest.raises(FeedError):
        parse_feed("http://127.0.0.1:9/feed.xml", "https://x.com/feed")


def test_google_news_sitemap():
    links, children = parse_sitemap(urlset(("https://x.com/a?utm_medium=x", "2026-04-05T09:00:00Z"), news=True),
                                    "https://x.com/news-sitemap.xml")
    assert children == []
    [link] = links
    assert (link.url, link.published, link.title) == ("https://x.com/a", "2026-04-05T09:00:00Z",
                                                      "Title of https://x.com/a?utm_medium=x")


def test_sitemap_index_children_newest_first():
    index = (f'<sitemapindex {SM}><sitemap><loc>https://x.com/2019.xml</loc><lastmod>2019-01-01</lastmod></sitemap>'
             f'<sitemap><loc>https://x.com/2026.xml</loc><lastmod>2026-04-01T00:00:00Z</lastmod></sitemap>'
             f'<sitemap><loc>ftp://x.com/old.xml</loc></sitemap></sitemapindex>')
    assert parse_sitemap(index, "https://x.com/sitemap.xml") == ([], ["https://x.com/2026.xml", "https://x.com/2019.xml"])


@pytest.mark.parametrize("evil, reason", [
    (BILLION_LAUGHS, "declares XML entities"),
    (EXTERNAL_ENTITY, "declares XML entities|external"),
])
def test_unsafe_sitemaps_are_refused(evil, reason):
    with pytest.raises(SitemapError, match=reason):
        parse_sitemap(evil, "https://x.com/sitemap.xml")


def test_malformed_and_html_sitemaps_are_clear_errors():
    with pytest.raises(SitemapError, match="not well-formed XML"):
        parse_sitemap(f"<urlset {SM}><url><loc>https://x.com/a</loc>", "https://x.com/s.xml")
    with pytest.raises(SitemapError, match="HTML page"):
        parse_sitemap("<html><body>404</body></html>", "https://x.com/s.xml")


def test_gzip_and_text_sitemaps():
    data = gzip.compress(urlset(("https://x.com/a", "2026-01-01")).encode())
    assert [link.url for link in parse_sitemap(data, "https://x.com/s.xml.gz")[0]] == ["https://x.com/a"]
    text = "https://x.com/b\n\nnot a url\nhttps://x.com/c#x\n"
    assert [link.url for link in parse_sitemap(text, "https://x.com/s.txt")[0]] == ["https://x.com/b", "https://x.com/c"]


def test_section_links_by_pattern():
    html = """<html><head><base href="https://news.stv.tv/"></head><body>
      <a href="/politics">Politics</a><a href="/politics/cosla-offer?at_medium=x">  COSLA
        offer </a><a href="https://news.stv.tv/politics/cosla-offer">again</a>
      <a href="/author/jane/">Jane</a><a href="javascript:void(0)">x</a><a>no href</a>"""  # truncated on purpose
    links = links_from_page(html, "https://news.stv.tv/politics", r"^https://news\.stv\.tv/[a-z-]+/[a-z0-9-]+$")
    assert [(link.url, link.title) for link in links] == [("https://news.stv.tv/politics/cosla-offer", "COSLA offer")]
    assert links[0].via == "section"


# discover() against a server ------------------------------------------------------


@pytest.fixture
def fetcher():
    with Fetcher(allow_private=True, min_delay=0, retries=0, timeout=(1, 1)) as fetcher:
        yield fetcher


def test_discover_combines_and_dedupes_everything(httpserver, fetcher):
    u = httpserver.url_for
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/feed").respond_with_data(
        f'<rss version="2.0"><channel><item><title>A</title><link>{u("/news/a")}?utm_source=rss</link>'
        f'<pubDate>Tue, 04 Apr 2026 14:30:00 GMT</pubDate></item></channel></rss>', content_type="application/rss+xml")
    httpserver.expect_request("/sitemap_index.xml").respond_with_data(
        f'<sitemapindex {SM}><sitemap><loc>{u("/news-sitemap.xml.gz")}</loc></sitemap></sitemapindex>',
        content_type="application/xml")
    httpserver.expect_request("/news-sitemap.xml.gz").respond_with_data(
        gzip.compress(urlset((u("/news/a"), "2026-04-04T14:30:00Z"), (u("/news/b"), "2026-04-05T09:00:00Z"),
                             news=True).encode()), content_type="application/x-gzip")
    httpserver.expect_request("/politics").respond_with_data(
        '<html><body><a href="/news/b#top">B</a><a href="/news/c">C</a><a href="/about">About</a></body></html>',
        content_type="text/html; charset=utf-8")
    source = Source(name="Local", feeds=[u("/feed")], sitemaps=[u("/sitemap_index.xml")],
                    sections=[{"url": u("/politics"), "link_pattern": r"/news/[a-z]+$"}])
    found = discover(source, fetcher)
    assert found.failures == []
    assert [(link.url.rsplit("/", 1)[1], link.via) for link in found.links] == [
        ("a", "feed"), ("b", "sitemap"), ("c", "section")]
    assert found.links[0].title == "A"  # the feed's, kept when the sitemap names it again
    assert found.links[1].published == "2026-04-05T09:00:00Z"


def test_discover_reads_robots_sitemap_lines_when_none_configured(httpserver, fetcher):
    u = httpserver.url_for
    httpserver.expect_request("/robots.txt").respond_with_data(f"User-agent: *\nDisallow:\nSitemap: {u('/sm.xml')}\n")
    httpserver.expect_request("/sm.xml").respond_with_data(urlset((u("/news/x"), "2026-04-01")),
                                                             content_type="text/xml")
    httpserver.expect_request("/feed").respond_with_data("<rss version='2.0'><channel></channel></rss>",
                                                           content_type="application/rss+xml")
    found = discover(Source(name="Local", feeds=[u("/feed")]), fetcher)
    assert [(link.url, link.via, link.modified) for link in found.links] == [(u("/news/x"), "robots-sitemap", "2026-04-01")]


def test_discover_records_each_failure_and_goes_on(httpserver, fetcher):
    u = httpserver.url_for
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/html-feed").respond_with_data("<!doctype html><html><body>Feeds</body></html>",
                                                                content_type="text/html")
    httpserver.expect_request("/missing-feed").respond_with_data("no", status=404)
    httpserver.expect_request("/evil.xml").respond_with_data(BILLION_LAUGHS, content_type="application/xml")
    httpserver.expect_request("/xxe.xml").respond_with_data(EXTERNAL_ENTITY, content_type="application/xml")
    httpserver.expect_request("/good.xml").respond_with_data(urlset((u("/news/ok"), "2026-04-01")),
                                                               content_type="application/xml")
    source = Source(name="Local", feeds=[u("/html-feed"), u("/missing-feed")],
                    sitemaps=[u("/evil.xml"), u("/xxe.xml"), u("/good.xml")])
    found = discover(source, fetcher)
    assert [link.url for link in found.links] == [u("/news/ok")]
    failures = {(f.url.replace(u("/")[:-1], ""), f.stage): f.error for f in found.failures}
    assert failures == {
        ("/html-feed", "discover"): "feed: not a feed: the document is an HTML page",
        ("/missing-feed", "http"): "HTTP 404 Not Found",
        ("/evil.xml", "discover"): "sitemap: sitemap declares XML entities, refused as unsafe (possible billion-laughs attack)",
        ("/xxe.xml", "discover"): "sitemap: sitemap declares XML entities, refused as unsafe (possible billion-laughs attack)",
    }


def test_discover_keeps_only_the_source_domains(httpserver, fetcher):
    u = httpserver.url_for
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed").respond_with_data(
        '<rss version="2.0"><channel><item><link>https://partner.example.com/story</link></item>'
        f'<item><link>{u("/news/own")}</link></item></channel></rss>', content_type="application/rss+xml")
    found = discover(Source(name="Local", feeds=[u("/feed")], domains=["localhost"]), fetcher)
    assert [link.url for link in found.links] == [u("/news/own")]


def test_discover_follows_at_most_max_sitemaps(httpserver, fetcher):
    u = httpserver.url_for
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    children = "".join(f"<sitemap><loc>{u(f'/s{n}.xml')}</loc><lastmod>2026-01-0{n}</lastmod></sitemap>" for n in range(1, 6))
    httpserver.expect_request("/index.xml").respond_with_data(f"<sitemapindex {SM}>{children}</sitemapindex>",
                                                                content_type="application/xml")
    for n in range(1, 6):
        httpserver.expect_request(f"/s{n}.xml").respond_with_data(urlset((u(f"/news/{n}"), f"2026-01-0{n}")),
                                                                    content_type="application/xml")
    found = discover(Source(name="Local", sitemaps=[u("/index.xml")]), fetcher, max_sitemaps=3)
    assert [link.url for link in found.links] == [u("/news/5"), u("/news/4")]  # newest sitemaps first
    recent = discover(Source(name="Local", sitemaps=[u("/index.xml")]), fetcher, since="2026-01-05")
    assert [link.url for link in recent.links] == [u("/news/5")]


def test_sitemap_links_are_read_newest_first_within_the_budget(httpserver, fetcher):
    u = httpserver.url_for
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    oldest_first = [(u(f"/news/{day}"), f"2026-03-{day:02d}T08:00:00Z") for day in range(1, 11)]
    httpserver.expect_request("/post-sitemap.xml").respond_with_data(urlset(*oldest_first), content_type="application/xml")
    found = discover(Source(name="Local", sitemaps=[u("/post-sitemap.xml")]), fetcher, max_sitemap_links=3)
    assert [link.url for link in found.links] == [u("/news/10"), u("/news/9"), u("/news/8")]
    assert found.skipped == 7
