"""robots.txt: what a host lets us fetch, how slowly, and which sitemaps it lists.

Parsed with Protego (wildcards and ``Crawl-delay`` work, unlike
urllib.robotparser). Availability follows RFC 9309: a robots.txt that does
not exist (4xx) allows everything; one that cannot be fetched (5xx, network
error) disallows everything until the next run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from scraper.urls import normalise_url

# A robots.txt larger than this is truncated (RFC 9309 asks parsers to read at least 500 KiB).
MAX_ROBOTS_BYTES = 512_000


@dataclass
class RobotsFile:
    """One host's robots.txt, as fetched once per run."""

    url: str
    text: str = ""
    allow_all: bool = False
    disallow_all: bool = False
    error: str | None = None  # why it could not be fetched (then disallow_all)
    error_stage: str | None = None  # "fetch" when the host gave no answer at all
    parser: Protego | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, url: str, text: str) -> "RobotsFile":
        return cls(url=url, text=text, parser=Protego.parse(text[:MAX_ROBOTS_BYTES]))

    def allows(self, url: str, user_agent: str) -> bool:
        if self.disallow_all:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(url, user_agent)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None

    def sitemaps(self) -> list[str]:
        return sitemaps_from_robots(self.text, self.url)


def robots_url(url: str) -> str:
    """The robots.txt that governs ``url``: same scheme, host and port."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "/robots.txt", "", ""))


def sitemaps_from_robots(text: str, base_url: str) -> list[str]:
    """The http(s) URLs of a robots.txt's ``Sitemap:`` lines, in order, without duplicates."""
    found: list[str] = []
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() != "sitemap" or not value.strip():
            continue
        url = normalise_url(value.split("#", 1)[0].strip(), base_url)
        if url and url not in found:
            found.append(url)
    return found
