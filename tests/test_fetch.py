"""Fetcher against a real HTTP server on 127.0.0.1: every failure is data, never an exception."""
import gzip
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from werkzeug.wrappers import Response

from scraper.fetch import DEFAULT_USER_AGENT, Fetcher, retry_after_seconds

PAGE = "<!DOCTYPE html><html><head><title>Pay offer</title></head><body><p>Unions reject it.</p></body></html>"


@pytest.fixture
def server(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


@pytest.fixture
def fetcher():
    with Fetcher(allow_private=True, min_delay=0, retries=2, backoff=0.01, timeout=(1, 1)) as fetcher:
        yield fetcher


def requests_to(server, path):
    return [request for request, _ in server.log if request.path == path]


def test_fetches_html_page(server, fetcher):
    server.expect_request("/article").respond_with_data(
        PAGE, content_type="text/html; charset=utf-8", headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Nov 2026 10:00:00 GMT"})
    result = fetcher.get(server.url_for("/article"))
    assert result.ok, result.error
    assert result.status == 200
    assert result.text == PAGE
    assert result.final_url == server.url_for("/article")
    assert result.etag == '"v1"'
    assert result.last_modified == "Mon, 02 Nov 2026 10:00:00 GMT"
    assert result.encoding == "utf-8"
    assert requests_to(server, "/article")[0].headers["User-Agent"] == DEFAULT_USER_AGENT


@pytest.mark.parametrize("status", [404, 410])
def test_client_errors_are_reported_without_retrying(server, fetcher, status):
    server.expect_request("/gone").respond_with_data("gone", status=status)
    result = fetcher.get(server.url_for("/gone"))
    assert not result.ok
    assert (result.stage, result.status) == ("http", status)
    assert result.error.startswith(f"HTTP {status} ")
    assert len(requests_to(server, "/gone")) == 1


def test_server_errors_are_retried_then_reported(server, fetcher):
    server.expect_request("/broken").respond_with_data("oops", status=502)
    result = fetcher.get(server.url_for("/broken"))
    assert (result.stage, result.status) == ("http", 502)
    assert result.error == "HTTP 502 Bad Gateway (after 3 attempts)"
    assert len(requests_to(server, "/broken")) == 3


def flaky(failures, status=503, headers=None):
    """A handler that fails ``failures`` times, then serves the page."""
    calls = []

    def handler(request):
        calls.append(time.monotonic())
        if len(calls) <= failures:
            return Response("busy", status=status, headers=headers or {})
        return Response(PAGE, content_type="text/html")

    handler.calls = calls
    return handler


def test_retry_succeeds_after_transient_failures(server, fetcher):
    handler = flaky(2)
    server.expect_request("/flaky").respond_with_handler(handler)
    result = fetcher.get(server.url_for("/flaky"))
    assert result.ok, result.error
    assert len(handler.calls) == 3


def test_retry_after_seconds_is_honoured(server, fetcher):
    handler = flaky(1, status=429, headers={"Retry-After": "1"})
    server.expect_request("/limited").respond_with_handler(handler)
    result = fetcher.get(server.url_for("/limited"))
    assert result.ok, result.error
    assert handler.calls[1] - handler.calls[0] >= 0.95


def test_retry_after_beyond_the_cap_gives_up_at_once(server):
    handler = flaky(1, status=429, headers={"Retry-After": "3600"})
    server.expect_request("/limited").respond_with_handler(handler)
    fetcher = Fetcher(allow_private=True, min_delay=0, backoff=0.01, max_retry_after=5)
    result = fetcher.get(server.url_for("/limited"))
    assert (result.stage, result.status) == ("http", 429)
    assert "Retry-After asks for 3600 s" in result.error
    assert len(handler.calls) == 1


def test_retry_after_parses_seconds_and_http_dates():
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("7", now) == 7
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert retry_after_seconds("Mon, 02 Nov 2026 10:00:00 GMT", now) == 0  # in the past
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None


def test_conditional_get_returns_not_modified(server, fetcher):
    server.expect_request("/article", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    server.expect_request("/article").respond_with_data(PAGE, content_type="text/html", headers={"ETag": '"v1"'})
    first = fetcher.get(server.url_for("/article"))
    second = fetcher.get(server.url_for("/article"), etag=first.etag,
                         last_modified="Mon, 02 Nov 2026 10:00:00 GMT")
    assert first.ok and not first.not_modified
    assert second.not_modified and second.status == 304 and second.error is None
    assert not second.ok  # nothing new to parse
    sent = requests_to(server, "/article")[1].headers
    assert sent["If-Modified-Since"] == "Mon, 02 Nov 2026 10:00:00 GMT"


def test_timeout_is_a_clear_error(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)

    def slow(request):
        time.sleep(0.4)
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    fetcher = Fetcher(allow_private=True, min_delay=0, retries=0, timeout=(1, 0.1))
    result = fetcher.get(httpserver.url_for("/slow"))
    assert result.stage == "fetch"
    assert result.error == "timed out waiting for the server (after 0.1 s)"
    assert result.status is None


def test_dns_failure_is_a_clear_error(fetcher):
    result = fetcher.get("http://no-such-outlet.invalid/news")
    assert result.stage == "fetch"
    assert result.error.startswith("DNS lookup failed for no-such-outlet.invalid")


def test_tls_error_is_a_clear_error(server, fetcher):
    url = server.url_for("/article").replace("http://", "https://")  # TLS to a plain-HTTP port
    result = fetcher.get(url)
    assert result.stage == "fetch"
    assert result.error.startswith("TLS error: ")


def test_connection_refused_is_retried_then_reported():
    fetcher = Fetcher(allow_private=True, min_delay=0, retries=1, backoff=0.01, obey_robots=False)
    result = fetcher.get("http://127.0.0.1:9/closed")  # discard port: nothing listens
    assert result.stage == "fetch"
    assert result.error.startswith("connection failed: ")
    assert result.error.endswith("(2 attempts)")


def test_redirects_are_followed_and_final_url_recorded(server, fetcher):
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/middle"})
    server.expect_request("/middle").respond_with_data("", status=302, headers={"Location": server.url_for("/new")})
    server.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    result = fetcher.get(server.url_for("/old"))
    assert result.ok
    assert result.url == server.url_for("/old")
    assert result.final_url == server.url_for("/new")


def test_redirect_loop_is_a_clear_error(server, fetcher):
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    result = fetcher.get(server.url_for("/a"))
    assert result.stage == "fetch"
    assert result.error.startswith("redirect loop: ")
    assert server.url_for("/b") in result.error
    assert len(requests_to(server, "/a")) == 2  # a cookie-wall bounce back is allowed once


def test_too_many_redirects(server):
    for n in range(5):
        server.expect_request(f"/r{n}").respond_with_data("", status=302, headers={"Location": f"/r{n + 1}"})
    fetcher = Fetcher(allow_private=True, min_delay=0, max_redirects=3)
    result = fetcher.get(server.url_for("/r0"))
    assert (result.stage, result.error) == ("fetch", "too many redirects (more than 3)")


@pytest.mark.parametrize("content_type", ["application/pdf", "image/jpeg", "application/octet-stream", "application/json"])
def test_non_html_is_refused_without_reading_it(server, fetcher, content_type):
    server.expect_request("/file").respond_with_data(b"%PDF-1.7 \x00\x01", content_type=content_type)
    result = fetcher.get(server.url_for("/file"))
    assert (result.stage, result.status) == ("content", 200)
    assert result.error == f"not an HTML page: Content-Type is {content_type}"
    assert result.text is None


def untyped(body: bytes) -> Response:
    response = Response(body)
    del response.headers["Content-Type"]
    return response


def test_missing_content_type_is_sniffed(server, fetcher):
    server.expect_request("/html").respond_with_response(untyped(PAGE.encode()))
    server.expect_request("/bin").respond_with_response(untyped(b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert fetcher.get(server.url_for("/html")).ok
    binary = fetcher.get(server.url_for("/bin"))
    assert (binary.stage, binary.error) == ("content", "response has no Content-Type and does not look like HTML")


def test_empty_body_is_reported(server, fetcher):
    server.expect_request("/empty").respond_with_data("  \n", content_type="text/html")
    result = fetcher.get(server.url_for("/empty"))
    assert (result.stage, result.error, result.status) == ("content", "empty response body", 200)
    assert not result.ok


def test_javascript_only_and_truncated_html_pass_through_to_the_parser(server, fetcher):
    js_only = '<html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>'
    truncated = "<html><body><article><p>The council said the offer was <b>fair</p><p>Unions"
    server.expect_request("/app").respond_with_data(js_only, content_type="text/html")
    server.expect_request("/cut").respond_with_data(truncated, content_type="text/html")
    assert fetcher.get(server.url_for("/app")).text == js_only
    assert fetcher.get(server.url_for("/cut")).text == truncated


def test_size_cap_with_content_length(server):
    server.expect_request("/big").respond_with_data("x" * 5000, content_type="text/html")
    fetcher = Fetcher(allow_private=True, min_delay=0, max_bytes=1000)
    result = fetcher.get(server.url_for("/big"))
    assert (result.stage, result.error) == ("content", "response larger than 1000 bytes (Content-Length 5000)")


def test_size_cap_while_streaming(server):
    sent = []

    def endless():
        for _ in range(1000):
            sent.append(1)
            yield b"<p>" + b"x" * 1021

    server.expect_request("/stream").respond_with_response(Response(endless(), content_type="text/html"))
    fetcher = Fetcher(allow_private=True, min_delay=0, max_bytes=200_000)
    result = fetcher.get(server.url_for("/stream"))
    assert (result.stage, result.error) == ("content", "response larger than 200000 bytes")
    assert result.text is None


def test_gzip_sitemap_is_decompressed(server, fetcher):
    xml = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>'
    server.expect_request("/sitemap.xml.gz").respond_with_data(gzip.compress(xml), content_type="application/x-gzip")
    result = fetcher.get(server.url_for("/sitemap.xml.gz"), kind="xml")
    assert result.ok and result.text == xml.decode()


def test_gzip_bomb_is_refused(server):
    server.expect_request("/bomb.xml.gz").respond_with_data(gzip.compress(b" " * 2_000_000), content_type="application/gzip")
    fetcher = Fetcher(allow_private=True, min_delay=0, max_bytes=100_000)
    result = fetcher.get(server.url_for("/bomb.xml.gz"), kind="xml")
    assert (result.stage, result.error) == ("content", "response larger than 100000 bytes once decompressed")


JAPANESE = "\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9\u8a18\u4e8b\u3067\u3059\u3002\u6771\u4eac\u90fd\u8b70\u4f1a"
WESTERN = "The council\u2019s \u201cfinal\u201d offer: \u00a31,900 \u2013 caf\u00e9"


@pytest.mark.parametrize("body, raw_encoding, header, expected", [
    (f"<html><body><p>{WESTERN}</p></body></html>", "cp1252", "text/html; charset=utf-8", "cp1252"),
    (f"<html><body><p>{WESTERN}</p></body></html>", "cp1252", "text/html", "cp1252"),
    (f'<html><head><meta charset="Shift_JIS"></head><body><p>{JAPANESE}</p></body></html>', "shift_jis",
     "text/html", "shift_jis"),
    (f"<html><body><p>{WESTERN}</p></body></html>", "utf-8-sig", "text/html; charset=windows-1252", "utf-8-sig"),
])
def test_wrong_encodings_are_decoded_right(server, fetcher, body, raw_encoding, header, expected):
    server.expect_request("/page").respond_with_data(body.encode(raw_encoding), content_type=header)
    result = fetcher.get(server.url_for("/page"))
    assert (result.text, result.encoding) == (body, expected)


def test_per_host_delay(server):
    handler = flaky(0)
    server.expect_request("/page").respond_with_handler(handler)
    fetcher = Fetcher(allow_private=True, min_delay=0.15)
    for _ in range(3):
        assert fetcher.get(server.url_for("/page")).ok
    gaps = [later - earlier for earlier, later in zip(handler.calls, handler.calls[1:])]
    assert len(gaps) == 2 and min(gaps) >= 0.14


def test_private_address_refused_by_default(server):
    server.expect_request("/article").respond_with_data(PAGE, content_type="text/html")
    result = Fetcher(min_delay=0).get(f"http://127.0.0.1:{server.port}/article")
    assert result.stage == "address"
    assert result.error == "refused to fetch from 127.0.0.1: it resolves to a loopback address 127.0.0.1"
    assert len(server.log) == 0  # not even robots.txt was asked for


def test_allowed_hosts_lets_one_private_host_through(server):
    server.expect_request("/article").respond_with_data(PAGE, content_type="text/html")
    server.expect_request("/to-localhost").respond_with_data(
        "", status=302, headers={"Location": f"http://localhost:{server.port}/article"})
    fetcher = Fetcher(min_delay=0, allowed_hosts=["127.0.0.1"])
    assert fetcher.get(f"http://127.0.0.1:{server.port}/article").ok
    redirected = fetcher.get(f"http://127.0.0.1:{server.port}/to-localhost")  # every hop is checked again
    assert redirected.stage == "address"
    assert "refused to fetch from localhost" in redirected.error


def test_link_local_metadata_address_refused():
    result = Fetcher(min_delay=0).get("http://169.254.169.254/latest/meta-data/")
    assert result.stage == "address"
    assert "link-local address 169.254.169.254" in result.error


def test_not_http_is_refused(fetcher):
    for url in ("ftp://example.com/file", "javascript:alert(1)", "file:///etc/passwd", ""):
        result = fetcher.get(url)
        assert result.stage == "fetch" and result.error.startswith("not an http(s) URL")
    for url in ("http://[::1", "http://example.invalid:99999/"):
        result = fetcher.get(url)
        assert result.stage == "fetch" and result.error.startswith("invalid URL (")


def test_body_dripping_past_the_deadline_is_cut_off(server):
    def drip():
        for _ in range(50):
            time.sleep(0.02)
            yield b"<p>x</p>"

    server.expect_request("/drip").respond_with_response(Response(drip(), content_type="text/html"))
    fetcher = Fetcher(allow_private=True, min_delay=0, max_time=0.2)
    result = fetcher.get(server.url_for("/drip"))
    assert (result.stage, result.error) == ("fetch", "response took longer than 0.2 s to arrive")


def test_gzip_content_encoding_is_decoded_and_capped(server):
    page = PAGE.encode()
    server.expect_request("/gz").respond_with_data(gzip.compress(page), content_type="text/html",
                                                   headers={"Content-Encoding": "gzip"})
    server.expect_request("/gzbomb").respond_with_data(gzip.compress(b"<p>" + b" " * 3_000_000), content_type="text/html",
                                                       headers={"Content-Encoding": "gzip"})
    fetcher = Fetcher(allow_private=True, min_delay=0, max_bytes=1_000_000)
    assert fetcher.get(server.url_for("/gz")).raw == page
    bomb = fetcher.get(server.url_for("/gzbomb"))
    assert (bomb.stage, bomb.error) == ("content", "response larger than 1000000 bytes")


def test_connection_cut_mid_body_is_a_fetch_error(server, fetcher):
    response = Response(b"<html><body><p>The council said", content_type="text/html")
    response.headers["Content-Length"] = "1000"  # promises more than it sends
    server.expect_request("/cut").respond_with_response(response)
    result = fetcher.get(server.url_for("/cut"))
    assert result.stage == "fetch"
    assert result.error == "connection broke while reading the body: IncompleteRead(31 bytes read, 969 more expected)"
    assert result.status == 200 and result.text is None


def test_connection_level_guard_refuses_a_private_peer_before_sending(server):
    """The check a DNS-rebinding host meets: the address actually connected to, not our earlier lookup."""
    import requests

    from scraper.addresses import GuardedAdapter

    server.expect_request("/secret").respond_with_data("internal", content_type="text/plain")
    session = requests.Session()
    session.mount("http://", GuardedAdapter(lambda host: False))
    with pytest.raises(requests.exceptions.ConnectionError) as caught:
        session.get(f"http://127.0.0.1:{server.port}/secret", timeout=2)
    assert "refused to fetch from 127.0.0.1: it resolves to a loopback address 127.0.0.1" in str(caught.value)
    assert len(server.log) == 0
    allowed = requests.Session()
    allowed.mount("http://", GuardedAdapter(lambda host: host == "127.0.0.1"))
    assert allowed.get(f"http://127.0.0.1:{server.port}/secret", timeout=2).text == "internal"


def test_dns_rebinding_is_refused_as_an_address_failure(server, monkeypatch):
    """Our lookup says public, the connection then lands on loopback: refused, not retried."""
    from scraper import addresses

    monkeypatch.setattr(addresses, "check_host", lambda host, port: ["93.184.216.34"])  # the first DNS answer
    server.expect_request("/article").respond_with_data(PAGE, content_type="text/html")
    fetcher = Fetcher(min_delay=0, retries=3, obey_robots=False)
    result = fetcher.get(f"http://127.0.0.1:{server.port}/article")
    assert (result.stage, result.error) == (
        "address", "refused to fetch from 127.0.0.1: it resolves to a loopback address 127.0.0.1")
    assert len(server.log) == 0
