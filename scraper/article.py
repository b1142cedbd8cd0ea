"""Parse one fetched HTML page into an `Article`: metadata plus the main text.

Site rules (``Source.rules``, from ``sources.yml``) are optional; every key is
optional and an unknown key is ignored:

``body``
    CSS selector of the element(s) holding the article text. Its paragraphs
    (``p``, ``h2``-``h6``, ``li``, ``blockquote``...) are taken in page order.
    When it matches nothing the generic extractor runs instead.
``drop``
    CSS selector, or list of them, of elements to remove before anything else
    (promo boxes, "related" lists), for the generic extractor too.
``boilerplate``
    Regular expression, or list of them, matched (case-insensitive, ``search``)
    against each paragraph; matching paragraphs are dropped. Anchor them
    (``^Follow STV News on WhatsApp$``) to drop whole promo lines only.
``title``, ``date``, ``author``
    CSS selector of an element whose text (or ``content``/``datetime``
    attribute) overrides the title, publication date or author(s) found in
    the page's metadata.

Nothing here raises on bad input: malformed, truncated, empty, JavaScript-only
or binary pages give an `Article` with an empty body, which the pipeline
records as an "empty article" failure.
"""
from __future__ import annotations

from bs4 import BeautifulSoup
from soupsieve import SelectorSyntaxError

from scraper.body import extract_body, parse_html
from scraper.encoding import decode
from scraper.metadata import extract_metadata, iso_date, split_names
from scraper.records import Article


def parse_article(html: str | bytes, url: str | None = None, rules: dict | None = None) -> Article:
    """The article in ``html`` (decoded text), fetched from ``url``."""
    rules = rules or {}
    if isinstance(html, bytes):  # callers should decode; be forgiving if they did not
        html = decode(html)[0]
    html = html if isinstance(html, str) else ""
    tree = parse_html(html)
    if tree is None:
        return Article(url=url or "")
    meta = extract_metadata(tree, url)
    if any(rules.get(key) for key in ("title", "date", "author")):
        meta.update(rule_overrides(html, rules))
    body = extract_body(html, url=url, rules=rules, title=meta["title"], description=meta["description"],
                        tree=tree, stated_body=meta["article_body"])
    return Article(
        url=url or meta["canonical_url"] or "",
        canonical_url=meta["canonical_url"],
        title=meta["title"],
        published=meta["published"],
        modified=meta["modified"],
        authors=meta["authors"],
        section=meta["section"],
        site_name=meta["site_name"],
        description=meta["description"],
        language=meta["language"],
        body=body,
    )


def rule_overrides(html: str, rules: dict) -> dict:
    """Title, date and authors read with the site's own selectors, where they match."""
    soup = BeautifulSoup(html, "lxml")
    found = {}
    title = selected_text(soup, rules.get("title"))
    if title:
        found["title"] = title
    date = iso_date(selected_text(soup, rules.get("date"), attributes=("datetime", "content")))
    if date:
        found["published"] = date
    authors = split_names(selected_text(soup, rules.get("author"), attributes=("content",)))
    if authors:
        found["authors"] = authors
    return found


def selected_text(soup: BeautifulSoup, selector: str | None, attributes: tuple[str, ...] = ("content",)) -> str | None:
    if not selector:
        return None
    try:
        element = soup.select_one(selector)
    except SelectorSyntaxError:
        return None
    if element is None:
        return None
    for attribute in attributes:
        if element.get(attribute):
            return " ".join(element[attribute].split())
    return " ".join(element.get_text(" ").split()) or None
