"""robots.txt obeyed by the Fetcher, fetched once per host, and its Sitemap: lines read."""
import time

import pytest

from scraper.fetch import Fetcher
from scraper.robots import robots_url, sitemaps_from_robots

PAGE = "<html><body><p>Article</p></body></html>"
ROBOTS = """\
User-agent: *
Disallow: /private/
Disallow: /*?print=

User-agent: BadBot
Disallow: /

Sitemap: /sitemap.xml
Sitemap: https://cdn.example.com/news-sitemap.xml # the news one
"""


def fetcher(**options):
    return Fetcher(allow_private=True, min_delay=0, retries=1, backoff=0.01, **options)


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data(ROBOTS, content_type="text/plain")
    for path in ("/news/a", "/news/b", "/private/x"):
        httpserver.expect_request(path).respond_with_data(PAGE, content_type="text/html")
    return httpserver


def robots_requests(server):
    return [r for r, _ in server.log if r.path == "/robots.txt"]


def test_disallowed_url_is_refused_without_being_requested(site):
    result = fetcher().get(site.url_for("/private/x"))
    assert result.stage == "robots"
    assert result.error.startswith("blocked by robots.txt for user agent 'newsmon/")
    assert not [r for r, _ in site.log if r.path == "/private/x"]


def test_wildcard_rules_apply(site):
    result = fetcher().get(site.url_for("/news/a") + "?print=1")
    assert result.stage == "robots"


def test_robots_fetched_once_per_host(site):
    f = fetcher()
    for path in ("/news/a", "/news/b", "/private/x", "/news/a"):
        f.get(site.url_for(path))
    assert len(robots_requests(site)) == 1


def test_user_agent_specific_group(site):
    result = fetcher(user_agent="BadBot/2.0").get(site.url_for("/news/a"))
    assert result.stage == "robots"
    assert fetcher().get(site.url_for("/news/a")).ok


def test_obey_robots_false_skips_it(site):
    assert fetcher(obey_robots=False).get(site.url_for("/private/x")).ok
    assert not robots_requests(site)


def test_missing_robots_allows_everything(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("not here", status=404)
    httpserver.expect_request("/news/a").respond_with_data(PAGE, content_type="text/html")
    assert fetcher().get(httpserver.url_for("/news/a")).ok


def test_unavailable_robots_disallows_everything(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_request("/news/a").respond_with_data(PAGE, content_type="text/html")
    result = fetcher().get(httpserver.url_for("/news/a"))
    assert result.stage == "robots"
    assert result.error == ("robots.txt unavailable, so the host is off limits (RFC 9309): "
                            "HTTP 503 Service Unavailable (after 2 attempts)")


def test_crawl_delay_slows_requests_to_that_host(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 0.3\n")
    times = []

    def page(request):
        from werkzeug.wrappers import Response

        times.append(time.monotonic())
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/news/a").respond_with_handler(page)
    f = fetcher()
    f.get(httpserver.url_for("/news/a"))
    f.get(httpserver.url_for("/news/a"))
    assert times[1] - times[0] >= 0.28


def test_sitemap_lines_are_read(site):
    robots = fetcher().robots(site.url_for("/news/a"))
    assert robots.sitemaps() == [site.url_for("/sitemap.xml"), "https://cdn.example.com/news-sitemap.xml"]


def test_sitemaps_from_robots_keeps_only_http_urls():
    text = "Sitemap: ftp://x.com/s.xml\nsitemap:https://x.com/a.xml\nSITEMAP: https://x.com/a.xml\nAllow: /"
    assert sitemaps_from_robots(text, "https://x.com/robots.txt") == ["https://x.com/a.xml"]


def test_robots_url():
    assert robots_url("HTTPS://News.STV.tv:8443/scotland/x?y=1") == "https://news.stv.tv:8443/robots.txt"


def test_robots_redirected_to_the_home_page_does_not_recurse(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=301, headers={"Location": "/"})
    httpserver.expect_request("/").respond_with_data("<html><body>Home</body></html>", content_type="text/html")
    httpserver.expect_request("/news/a").respond_with_data(PAGE, content_type="text/html")
    assert fetcher().get(httpserver.url_for("/news/a")).ok  # an HTML "robots.txt" has no rules
