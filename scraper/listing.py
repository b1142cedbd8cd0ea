"""Article links from section and listing pages, chosen by a URL pattern.

A section page links to articles, but also to other sections, tags, authors
and adverts; the source's ``link_pattern`` (a regular expression searched in
the normalised absolute URL) says which links are articles. Without a
pattern, every link to the page's own host is kept.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from scraper.urls import Link, clean_title, host_of, normalise_url


def links_from_page(html: str, base_url: str, pattern: str | re.Pattern | None = None) -> list[Link]:
    """Links on a listing page whose normalised URL matches ``pattern``, in page order."""
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):  # empty document or XML declaration in a str
        try:
            document = lxml.html.document_fromstring(html.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return []
    base = page_base(document, base_url)
    matcher = re.compile(pattern) if isinstance(pattern, str) else pattern
    own_host = host_of(base_url)
    links: dict[str, Link] = {}
    for anchor in document.iter("a"):
        url = normalise_url(anchor.get("href"), base)
        if not url or url in links:
            continue
        if matcher.search(url) if matcher else host_of(url) == own_host:
            links[url] = Link(url=url, via="section", title=anchor_title(anchor), found_on=base_url)
    return list(links.values())


def page_base(document, base_url: str) -> str:
    """The page's <base href>, resolved against its own URL."""
    for base in document.iter("base"):
        href = base.get("href")
        if href:
            return normalise_url(href, base_url) or base_url
    return base_url


def anchor_title(anchor) -> str | None:
    return clean_title(anchor.text_content()) or clean_title(anchor.get("title")) or clean_title(anchor.get("aria-label"))
