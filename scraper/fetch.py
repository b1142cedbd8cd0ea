"""Polite, resilient HTTP fetching: every problem comes back as data.

``Fetcher.get`` never raises for network, HTTP or content problems: it returns
a ``FetchResult`` whose ``error`` says what went wrong and whose ``stage``
says where, so the run records it and goes on. Stages:

- ``address``: the host resolves to a private, loopback, link-local or reserved address
- ``robots``: robots.txt disallows the URL (or could not be fetched, RFC 9309)
- ``fetch``: no usable answer: bad URL, DNS, TLS, timeout, connection, redirect loop
- ``http``: the server answered with an error status (after retries for 429/5xx)
- ``content``: the answer is not what we asked for: wrong type, too large, empty

One ``requests.Session`` per Fetcher; not thread-safe (one crawler, one host
clock). Redirects are followed here, hop by hop, so that every hop is checked
against the address guard and robots.txt.
"""
from __future__ import annotations

import email.utils
import time
import zlib
from collections.abc import Iterable
from datetime import datetime, timezone
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from scraper import addresses, encoding
from scraper.records import FetchResult
from scraper.robots import RobotsFile, robots_url

DEFAULT_USER_AGENT = "newsmon/0.1 (news monitoring for research; +https://github.com/newsmon/newsmon)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = ("text/html", "application/xhtml+xml")
# For feeds and sitemaps: any XML flavour, text, and gzip (sitemap.xml.gz).
XML_TYPE_MARKERS = ("xml", "rss", "atom", "text/")
GZIP_TYPES = ("application/gzip", "application/x-gzip", "application/x-gunzip", "application/octet-stream")
GZIP_MAGIC = b"\x1f\x8b"
ACCEPT = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "xml": "application/xml,text/xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5",
}
# A redirect back to a URL already visited is fine once (cookie walls do it); more is a loop.
MAX_VISITS_PER_URL = 2
# Markers that a body without a declared type is really HTML.
HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<div", b"<p>", b"<title")


class Failure(Exception):
    """Internal: stop fetching this URL and report why."""

    def __init__(self, error: str, stage: str, status: int | None = None):
        super().__init__(error)
        self.error, self.stage, self.status = error, stage, status
        self.final_url: str | None = None


class Fetcher:
    def __init__(
        self,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float | tuple[float, float] = (5, 20),
        max_bytes: int = 5_000_000,
        min_delay: float = 1.0,
        retries: int = 3,
        backoff: float = 0.5,
        obey_robots: bool = True,
        allow_private: bool = False,
        allowed_hosts: Iterable[str] = (),
        max_retry_after: float = 120.0,
        max_redirects: int = 10,
        max_crawl_delay: float = 30.0,
        max_time: float = 60.0,
    ):
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.min_delay = min_delay
        self.retries = retries
        self.backoff = backoff
        self.obey_robots = obey_robots
        self.allow_private = allow_private
        self.allowed_hosts = {host.lower() for host in allowed_hosts}
        self.max_retry_after = max_retry_after
        self.max_redirects = max_redirects
        self.max_crawl_delay = max_crawl_delay
        self.max_time = max_time  # wall-clock limit on reading one body (the read timeout is per packet)
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent, "Accept-Language": "en-GB,en;q=0.8"})
        if not allow_private:
            adapter = addresses.GuardedAdapter(lambda host: host.lower() in self.allowed_hosts)
            self.session.mount("http://", adapter)
            self.session.mount("https://", adapter)
        self.robots_files: dict[str, RobotsFile] = {}  # robots.txt URL -> parsed file
        self.last_request: dict[str, float] = {}  # host -> time.monotonic() of the last request

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            kind: str = "html") -> FetchResult:
        """Fetch ``url``; ``kind`` is "html", or "xml"/"feed"/"sitemap" for XML documents."""
        started = time.monotonic()
        try:
            result = self._get(url, etag, last_modified, "html" if kind == "html" else "xml")
        except Failure as failure:
            result = FetchResult(url=url, final_url=failure.final_url, error=failure.error,
                                 stage=failure.stage, status=failure.status)
        result.elapsed = time.monotonic() - started
        return result

    def robots(self, url: str) -> RobotsFile:
        """The robots.txt governing ``url``, fetched once per host and cached."""
        location = robots_url(url)
        if location not in self.robots_files:
            self.robots_files[location] = self._fetch_robots(location)
        return self.robots_files[location]

    # The redirect chain -------------------------------------------------

    def _get(self, url: str, etag: str | None, last_modified: str | None, kind: str) -> FetchResult:
        headers = {"Accept": ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visits: dict[str, int] = {}
        chain: list[str] = []
        current = url
        while True:
            visits[current] = visits.get(current, 0) + 1
            chain.append(current)
            if visits[current] > MAX_VISITS_PER_URL:
                raise Failure("redirect loop: " + " -> ".join(_shorten(chain)), "fetch")
            if len(chain) > self.max_redirects + 1:
                raise Failure(f"too many redirects (more than {self.max_redirects})", "fetch")
            try:
                self._check_allowed(current)
                response = self._request_with_retries(current, headers)
                location = response.headers.get("Location")
                if response.status_code in REDIRECT_STATUSES and location:
                    response.close()
                    current = urljoin(current, location.strip())
                    continue
                return self._read(url, current, response, kind)
            except Failure as failure:
                failure.final_url = current if current != url else None
                raise

    def _check_allowed(self, url: str) -> None:
        """Refuse ``url`` (raise Failure) unless its address and robots.txt allow it."""
        self._check_address(url)
        if self.obey_robots and urlsplit(url).path != "/robots.txt":
            robots = self.robots(url)
            if robots.error_stage == "fetch":  # the host is unreachable: say why, not "robots"
                raise Failure(robots.error, "fetch")
            if robots.error:
                raise Failure(robots.error, "robots")
            if not robots.allows(url, self.user_agent):
                raise Failure(f"blocked by robots.txt for user agent {self.user_agent!r}", "robots")

    def _check_address(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            host = parts.hostname
            port = parts.port
        except ValueError as error:  # "http://[::1", a port out of range
            raise Failure(f"invalid URL ({error}): {url[:200]}", "fetch") from None
        if parts.scheme.lower() not in ("http", "https") or not host:
            raise Failure(f"not an http(s) URL: {url[:200]}", "fetch")
        port = port or (443 if parts.scheme.lower() == "https" else 80)
        host = host.lower()
        try:
            if self.allow_private or host in self.allowed_hosts:
                addresses.resolve(host, port)  # still resolve: a clear DNS error beats a vague one
            else:
                addresses.check_host(host, port)
        except addresses.AddressError as error:
            raise Failure(str(error), error.stage) from None

    def _fetch_robots(self, location: str) -> RobotsFile:
        """Fetch robots.txt through the same address guard, delay and retries as any page."""
        try:
            self._check_address(location)
            response = self._request_with_retries(location, {"Accept": "text/plain,*/*;q=0.5"})
            hops = 0
            while response.status_code in REDIRECT_STATUSES and response.headers.get("Location") and hops < 5:
                response.close()
                location = urljoin(location, response.headers["Location"])
                self._check_address(location)  # not robots: a robots.txt redirected to "/" would recurse
                response = self._request_with_retries(location, {"Accept": "text/plain,*/*;q=0.5"})
                hops += 1
            if 400 <= response.status_code < 500:
                response.close()
                return RobotsFile(url=location, allow_all=True)  # no robots.txt: all allowed
            if response.status_code >= 300:
                response.close()
                attempts = getattr(response, "attempts", 1)
                after = f" (after {attempts} attempts)" if attempts > 1 else ""
                raise Failure(f"HTTP {response.status_code} {_phrase(response.status_code)}{after}", "http")
            raw = self._read_capped(response, limit=min(self.max_bytes, 512_000), truncate=True)
        except Failure as failure:
            if failure.stage == "fetch":
                return RobotsFile(url=location, disallow_all=True, error=failure.error, error_stage="fetch")
            return RobotsFile(url=location, disallow_all=True, error_stage=failure.stage,
                              error=f"robots.txt unavailable, so the host is off limits (RFC 9309): {failure.error}")
        text, _ = encoding.decode(raw, response.headers.get("Content-Type"))
        return RobotsFile.from_text(location, text)

    # One request, retried --------------------------------------------------

    def _request_with_retries(self, url: str, headers: dict) -> requests.Response:
        attempts = self.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            self._wait_for_host(url)
            try:
                response = self.session.get(url, headers=headers, timeout=self.timeout,
                                            stream=True, allow_redirects=False)
            except requests.exceptions.SSLError as error:
                raise Failure(f"TLS error: {_reason(error)}", "fetch") from None
            except requests.exceptions.ConnectTimeout:
                reason = f"timed out connecting (after {_seconds(self.timeout, 0)} s)"
            except requests.exceptions.ReadTimeout:
                reason = f"timed out waiting for the server (after {_seconds(self.timeout, 1)} s)"
            except requests.exceptions.ConnectionError as error:
                refused = _innermost(error, addresses.AddressRefused)
                if refused:  # DNS changed since our own lookup: refuse, never retry
                    raise Failure(refused.refusal, "address") from None
                reason = f"connection failed: {_reason(error)}"
            except requests.exceptions.RequestException as error:  # invalid URL, bad headers...
                raise Failure(f"request failed: {_reason(error)}", "fetch") from None
            else:
                if response.status_code not in RETRY_STATUSES or last:
                    response.attempts = attempt + 1
                    return response
                wait = retry_after_seconds(response.headers.get("Retry-After"))
                response.close()
                if wait is not None and wait > self.max_retry_after:
                    raise Failure(
                        f"HTTP {response.status_code} {_phrase(response.status_code)}: Retry-After asks "
                        f"for {wait:.0f} s, more than the {self.max_retry_after:.0f} s we wait",
                        "http", response.status_code,
                    )
                time.sleep(max(wait or 0.0, self.backoff * 2**attempt))
                continue
            if last:
                suffix = f" ({attempts} attempts)" if attempts > 1 else ""
                raise Failure(reason + suffix, "fetch")
            time.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")

    def _wait_for_host(self, url: str) -> None:
        """Keep at least the per-host delay (or the robots.txt Crawl-delay) between requests."""
        host = (urlsplit(url).hostname or "").lower()
        delay = self.min_delay
        location = robots_url(url)
        if location in self.robots_files:
            crawl_delay = self.robots_files[location].crawl_delay(self.user_agent)
            if crawl_delay:
                delay = max(delay, min(crawl_delay, self.max_crawl_delay))
        previous = self.last_request.get(host)
        if previous is not None:
            pause = previous + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self.last_request[host] = time.monotonic()

    # The body ----------------------------------------------------------------

    def _read(self, url: str, final_url: str, response: requests.Response, kind: str) -> FetchResult:
        status = response.status_code
        content_type = response.headers.get("Content-Type")
        result = FetchResult(
            url=url, final_url=final_url, status=status, content_type=content_type,
            etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"),
        )
        if status == 304:
            response.close()
            result.not_modified = True
            return result
        if status >= 400 or status in REDIRECT_STATUSES:
            response.close()
            attempts = getattr(response, "attempts", 1)
            after = f" (after {attempts} attempts)" if attempts > 1 else ""
            what = "redirect without a Location header" if status < 400 else _phrase(status)
            raise Failure(f"HTTP {status} {what}{after}", "http", status)
        refusal = content_type_refusal(content_type, kind)
        if refusal:
            response.close()
            raise Failure(refusal, "content", status)
        raw = self._read_capped(response, limit=self.max_bytes)
        if kind == "xml" and raw.startswith(GZIP_MAGIC):
            raw = gunzip_capped(raw, self.max_bytes)
        result.raw = raw
        if not raw.strip():
            result.text = ""
            result.error, result.stage = "empty response body", "content"
            return result
        if not content_type and kind == "html" and not looks_like_html(raw):
            raise Failure("response has no Content-Type and does not look like HTML", "content", status)
        result.text, result.encoding = encoding.decode(raw, content_type)
        return result

    def _read_capped(self, response: requests.Response, limit: int, truncate: bool = False) -> bytes:
        """Read the body while streaming, stopping as soon as it passes ``limit`` bytes."""
        declared = response.headers.get("Content-Length", "")
        if not truncate and declared.isdigit() and int(declared) > limit:
            response.close()
            raise Failure(f"response larger than {limit} bytes (Content-Length {declared})", "content",
                          response.status_code)
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.max_time
        try:
            # read1 returns what has arrived, so a server dripping bytes meets the deadline.
            while chunk := response.raw.read1(65536, decode_content=True):
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    if truncate:
                        break
                    raise Failure(f"response larger than {limit} bytes", "content", response.status_code)
                if time.monotonic() > deadline:
                    raise Failure(f"response took longer than {self.max_time:g} s to arrive", "fetch",
                                  response.status_code)
        except (urllib3.exceptions.HTTPError, OSError, requests.exceptions.RequestException) as error:
            raise Failure(f"connection broke while reading the body: {_reason(error)}", "fetch",
                          response.status_code) from None
        finally:
            response.close()
            # The per-host delay counts from the end of a download, not its start.
            self.last_request[(urlsplit(response.url).hostname or "").lower()] = time.monotonic()
        return b"".join(chunks)[:limit]


def content_type_refusal(content_type: str | None, kind: str) -> str | None:
    """Why a response of this type is not what ``kind`` asked for (None: acceptable)."""
    if not content_type:
        return None  # sniffed after reading
    media = content_type.split(";", 1)[0].strip().lower()
    if kind == "html":
        if media in HTML_TYPES:
            return None
        return f"not an HTML page: Content-Type is {media}"
    if any(marker in media for marker in XML_TYPE_MARKERS) or media in GZIP_TYPES:
        return None
    return f"not an XML document: Content-Type is {media}"


def looks_like_html(raw: bytes) -> bool:
    head = raw[:2048].lstrip().lower()
    return any(marker in head for marker in HTML_SNIFF)


def gunzip_capped(raw: bytes, limit: int) -> bytes:
    """Decompress a gzip body, refusing one that inflates past ``limit`` (a gzip bomb)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, limit + 1)
    except zlib.error as error:
        raise Failure(f"corrupt gzip data: {error}", "content") from None
    if len(data) > limit:
        raise Failure(f"response larger than {limit} bytes once decompressed", "content")
    return data


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _seconds(timeout: float | tuple[float, float], index: int) -> float:
    return timeout[index] if isinstance(timeout, tuple) else timeout


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"


def _reason(error: BaseException) -> str:
    """The innermost, most specific message of a requests/urllib3 exception chain."""
    reason = error
    while True:
        inner = getattr(reason, "reason", None)
        if isinstance(inner, BaseException):
            reason = inner
            continue
        inner = next((arg for arg in getattr(reason, "args", ()) if isinstance(arg, BaseException)), None)
        if inner is not None and inner is not reason:
            reason = inner
            continue
        break
    return str(reason)[:300] or type(reason).__name__


def _innermost(error: BaseException, kind: type) -> BaseException | None:
    """The first exception of type ``kind`` in a requests/urllib3 exception chain."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, kind):
            return error
        seen.add(id(error))
        inner = getattr(error, "reason", None)
        if not isinstance(inner, BaseException):
            inner = next((arg for arg in getattr(error, "args", ()) if isinstance(arg, BaseException)), None)
        error = inner or error.__context__
    return None


def _shorten(chain: list[str]) -> list[str]:
    return [link if len(link) <= 120 else link[:117] + "..." for link in chain]
