"""Article links from XML sitemaps: urlsets, sitemap indexes and Google News sitemaps.

Parsed with defusedxml: a sitemap that declares entities (billion laughs) or
references external ones is refused with a clear error, never expanded.
Elements are matched by local name, so any namespace prefix (or none) works.
Plain-text sitemaps (one URL a line) are accepted as the protocol allows.
"""
from __future__ import annotations

import re
import zlib

import defusedxml.ElementTree
from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from scraper.urls import Link, clean_title, normalise_url

MAX_SITEMAP_BYTES = 50_000_000  # the protocol's limit for an uncompressed sitemap
# Text is already decoded: its declaration's encoding would mislead the parser.
XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


class SitemapError(ValueError):
    """The document is not a sitemap we can read safely."""


def parse_sitemap(document: str | bytes, base_url: str) -> tuple[list[Link], list[str]]:
    """(article links, child sitemap URLs) of a sitemap; children most recently modified first."""
    if isinstance(document, str):
        data = XML_DECLARATION.sub("", document, count=1).encode("utf-8")
    else:
        data = gunzip_if_needed(document)
    start = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not start:
        raise SitemapError("not a sitemap: the document is empty")
    if start.startswith((b"http://", b"https://")):
        return text_sitemap(data.decode("utf-8", errors="replace"), base_url), []
    if not start.startswith(b"<"):
        raise SitemapError("not a sitemap: neither XML nor a list of URLs")
    if start.startswith((b"<!doctype html", b"<html")):
        raise SitemapError("not a sitemap: the document is an HTML page")
    root = parse_xml(data)
    kind = local_name(root.tag)
    if kind == "sitemapindex":
        return [], child_sitemaps(root, base_url)
    if kind == "urlset":
        return url_entries(root, base_url), []
    raise SitemapError(f"not a sitemap: the root element is <{kind}>")


def parse_xml(data: bytes):
    try:
        return defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        raise SitemapError("sitemap declares XML entities, refused as unsafe (possible billion-laughs attack)") from None
    except ExternalReferenceForbidden:
        raise SitemapError("sitemap references external XML entities, refused as unsafe") from None
    except (DTDForbidden, DefusedXmlException) as error:
        raise SitemapError(f"sitemap refused as unsafe XML ({type(error).__name__})") from None
    except defusedxml.ElementTree.ParseError as error:
        raise SitemapError(f"sitemap is not well-formed XML: {error}") from None


def url_entries(root, base_url: str) -> list[Link]:
    links: dict[str, Link] = {}
    for entry in root:
        if local_name(entry.tag) != "url":
            continue
        url = normalise_url(child_text(entry, "loc"), base_url)
        if not url or url in links:
            continue
        news = next((child for child in entry if local_name(child.tag) == "news"), None)
        links[url] = Link(
            url=url,
            via="sitemap",
            published=child_text(news, "publication_date") if news is not None else None,
            title=clean_title(child_text(news, "title")) if news is not None else None,
            modified=child_text(entry, "lastmod"),
            found_on=base_url,
        )
    return list(links.values())


def child_sitemaps(root, base_url: str) -> list[str]:
    children: list[tuple[str, str]] = []
    for entry in root:
        if local_name(entry.tag) != "sitemap":
            continue
        url = normalise_url(child_text(entry, "loc"), base_url)
        if url and url not in (known for known, _ in children):
            children.append((url, child_text(entry, "lastmod") or ""))
    # Newest first, so a bounded crawl reads this month's sitemap, not 2009's.
    # Dates compare as strings only on their date part; undated ones keep their order last.
    children.sort(key=lambda child: child[1][:10], reverse=True)
    return [url for url, _ in children]


def text_sitemap(text: str, base_url: str) -> list[Link]:
    links: dict[str, Link] = {}
    for line in text.splitlines():
        url = normalise_url(line.strip()) if line.strip().startswith(("http://", "https://")) else None
        if url and url not in links:
            links[url] = Link(url=url, via="sitemap", found_on=base_url)
    return list(links.values())


def gunzip_if_needed(data: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inflated = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise SitemapError(f"corrupt gzip sitemap: {error}") from None
    if len(inflated) > limit:
        raise SitemapError(f"gzip sitemap inflates past {limit} bytes")
    return inflated


def local_name(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def child_text(element, name: str) -> str | None:
    if element is None:
        return None
    for child in element:
        if local_name(child.tag) == name:
            return (child.text or "").strip() or None
    return None
