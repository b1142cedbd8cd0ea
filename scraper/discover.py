"""Find a source's article URLs: feeds, sitemaps, robots.txt Sitemap: lines, section pages.

A source's single ``urls`` are the caller's to fetch as they are; they are not
repeated here.

Every URL is normalised and appears once; when several listings name the same
article, the first keeps it and later ones only fill in a missing date or
title. A feed or sitemap that cannot be fetched or read becomes one failure
(a ``FetchResult`` with ``error`` and ``stage``) and discovery goes on.

robots.txt Sitemap: lines are read only for sources that list no sitemaps of
their own: on big sites they point at whole archives. Sitemaps are the one
unbounded listing, so they are read newest first (index children by
``lastmod``, entries by date) within two budgets per source: ``max_sitemaps``
fetches and ``max_sitemap_links`` links. Links past the budget are counted in
``Discovery.skipped``, not listed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from scraper.feeds import FeedError, parse_feed
from scraper.fetch import Fetcher
from scraper.listing import links_from_page
from scraper.records import FetchResult, Source
from scraper.sitemaps import SitemapError, parse_sitemap
from scraper.urls import Link, host_of, normalise_url, same_site

__all__ = ["Discovery", "Link", "discover"]


@dataclass
class Discovery:
    links: list[Link] = field(default_factory=list)
    failures: list[FetchResult] = field(default_factory=list)
    skipped: int = 0  # sitemap links left out by the max_sitemap_links budget
    _by_url: dict[str, Link] = field(default_factory=dict, repr=False, compare=False)

    def add(self, link: Link, domains: list[str]) -> bool:
        """Add ``link``; True when it is new."""
        if domains and not same_site(host_of(link.url), domains):
            return False  # off-site: a syndication partner, an advert, a CDN
        known = self._by_url.get(link.url)
        if known is None:
            self._by_url[link.url] = link
            self.links.append(link)
            return True
        known.published = known.published or link.published
        known.title = known.title or link.title
        known.modified = known.modified or link.modified
        return False

    def fail(self, result: FetchResult, reason: str | None = None) -> None:
        """Record a failure; ``reason`` marks a document fetched fine but unreadable."""
        if reason:
            result = FetchResult(url=result.url, final_url=result.final_url, status=result.status,
                                 content_type=result.content_type, error=reason, stage="discover")
        self.failures.append(result)


def discover(source: Source, fetcher: Fetcher, max_sitemaps: int = 10, since: str | None = None,
             max_sitemap_links: int = 1000) -> Discovery:
    """All article links ``source`` lists now; ``since`` (ISO date) drops older dated ones."""
    found = Discovery()
    domains = list(source.domains)
    for feed in source.feeds:
        read_feed(feed, fetcher, found, domains)
    sitemaps = [(url, "sitemap") for url in source.sitemaps]
    if not sitemaps and fetcher.obey_robots:
        sitemaps = [(url, "robots-sitemap") for url in robots_sitemaps(source, fetcher)]
    read_sitemaps(sitemaps, fetcher, found, domains, max_sitemaps, max_sitemap_links)
    for section in source.sections:
        read_section(section, fetcher, found, domains)
    if since:
        found.links = [link for link in found.links if is_recent(link, since)]
    return found


def read_feed(url: str, fetcher: Fetcher, found: Discovery, domains: list[str]) -> None:
    result = fetcher.get(url, kind="feed")
    if not result.ok:
        found.fail(result)
        return
    try:
        links = parse_feed(result.text, result.final_url or url)
    except FeedError as error:
        found.fail(result, f"feed: {error}")
        return
    for link in links:
        found.add(link, domains)


def read_sitemaps(queue: list[tuple[str, str]], fetcher: Fetcher, found: Discovery,
                  domains: list[str], max_sitemaps: int, max_links: int) -> None:
    """Breadth first through sitemap indexes, at most ``max_sitemaps`` fetches and ``max_links`` links."""
    seen: set[str] = set()
    fetched = added = 0
    while queue and fetched < max_sitemaps:
        url, via = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        fetched += 1
        result = fetcher.get(url, kind="sitemap")
        if not result.ok:
            found.fail(result)
            continue
        try:
            links, children = parse_sitemap(result.text, result.final_url or url)
        except SitemapError as error:
            found.fail(result, f"sitemap: {error}")
            continue
        for position, link in enumerate(newest_first(links)):
            if added >= max_links:
                found.skipped += len(links) - position
                break
            link.via = via
            added += found.add(link, domains)
        queue.extend((child, via) for child in children if child not in seen)


def read_section(section: dict, fetcher: Fetcher, found: Discovery, domains: list[str]) -> None:
    url = section["url"]
    result = fetcher.get(url, kind="html")
    if not result.ok:
        found.fail(result)
        return
    for link in links_from_page(result.text, result.final_url or url, section.get("link_pattern")):
        found.add(link, domains)


def robots_sitemaps(source: Source, fetcher: Fetcher) -> list[str]:
    """Sitemap: lines of the robots.txt of every host the source names."""
    configured = [*source.urls, *source.feeds, *(section["url"] for section in source.sections)]
    configured += [f"https://{domain}/" for domain in source.domains]
    origins: dict[str, None] = {}
    for url in configured:
        normalised = normalise_url(url)
        if normalised:
            origins.setdefault("/".join(normalised.split("/", 3)[:3]) + "/", None)
    sitemaps: list[str] = []
    for origin in origins:
        sitemaps.extend(url for url in fetcher.robots(origin).sitemaps() if url not in sitemaps)
    return sitemaps


def newest_first(links: list[Link]) -> list[Link]:
    """Dated links newest first (a stable sort: undated ones keep their order, last)."""
    return sorted(links, key=lambda link: (link.published or link.modified or "")[:19], reverse=True)


def is_recent(link: Link, since: str) -> bool:
    date = link.published or link.modified
    return date is None or date[:10] >= since[:10]
