"""Article links from RSS and Atom feeds (feedparser).

The feed arrives as text already decoded by the fetcher, so feedparser is told
it is UTF-8 (it would otherwise believe the feed's own XML declaration) and is
handed bytes in a file object: given a string that looks like a URL or a file
name, feedparser would go and open it.
"""
from __future__ import annotations

import io
import re
import time

import defusedxml.ElementTree
import feedparser
from defusedxml import DefusedXmlException

from scraper.urls import Link, clean_title, normalise_url

HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


class FeedError(ValueError):
    """The document is not a feed we can read safely."""


def parse_feed(text: str, base_url: str) -> list[Link]:
    """The entries of an RSS or Atom feed as Links, in feed order, without duplicates."""
    if not text.strip():
        raise FeedError("not a feed: the document is empty")
    if HTML_START.match(text[:4096]):
        raise FeedError("not a feed: the document is an HTML page")
    refuse_entities(text)
    parsed = feedparser.parse(
        io.BytesIO(text.encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8", "content-location": base_url},
        resolve_relative_uris=True,
        sanitize_html=False,
    )
    if not parsed.get("version") and not parsed.get("entries"):
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if reason else ""
        raise FeedError(f"not an RSS or Atom feed{detail}"[:300])
    links: dict[str, Link] = {}
    for entry in parsed.entries:
        url = normalise_url(entry_url(entry), base_url)
        if url and url not in links:
            links[url] = Link(url=url, via="feed", published=entry_date(entry),
                              title=clean_title(entry.get("title")), found_on=base_url)
    return list(links.values())


def entry_url(entry) -> str | None:
    """The entry's article address: its alternate link, else a permalink guid."""
    if entry.get("link"):
        return entry.link
    guid = entry.get("id")
    if guid and guid.startswith(("http://", "https://")):
        return guid
    return None


def entry_date(entry) -> str | None:
    """Publication (else update) time as ISO 8601 UTC; feedparser normalises to UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return None


def refuse_entities(text: str) -> None:
    """Refuse feeds that declare entities (billion laughs, external entities)."""
    if "<!ENTITY" not in text[:65536].upper():
        return
    try:
        defusedxml.ElementTree.fromstring(text.encode("utf-8"))
    except DefusedXmlException as error:
        raise FeedError(f"feed declares XML entities, refused as unsafe ({type(error).__name__})") from None
    except Exception:  # malformed XML: feedparser copes with that itself
        pass
