"""Plain data records produced by the scraping stage."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchResult:
    url: str  # the URL asked for
    final_url: str | None = None  # after redirects
    status: int | None = None  # HTTP status; None when no response arrived
    content_type: str | None = None
    encoding: str | None = None
    text: str | None = None  # decoded body (HTML/XML), None on failure
    raw: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # 304 answer to a conditional GET
    error: str | None = None  # clear, human-readable reason on failure
    stage: str = "fetch"  # where it failed: robots, fetch, http, content, ...
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and not self.not_modified and self.text is not None


@dataclass
class Article:
    url: str
    canonical_url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    body: str = ""  # paragraphs separated by a blank line

    def to_json(self) -> dict:
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "published": self.published,
            "authors": self.authors,
            "section": self.section,
            "site_name": self.site_name,
            "description": self.description,
            "body": self.body,
        }


@dataclass
class Source:
    """One outlet from sources.yml."""
    name: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)  # {"url": ..., "link_pattern": regex}
    rules: dict = field(default_factory=dict)  # site rules: selectors, boilerplate patterns
    domains: list[str] = field(default_factory=list)
