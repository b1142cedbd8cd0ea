"""The article's main text: site rules first, then the generic extractor.

The generic path is trafilatura (which scored best of the extractors we
measured on the Zyte benchmark) run on a copy of the page from which we have
already cut the page furniture trafilatura tends to keep (newsletter boxes,
related-link lists, share bars, comment threads, captions), followed by a
paragraph-level clean-up: the headline and standfirst that trafilatura repeats
at the top, and promo lines ("READ MORE: ...", "Sign up ...") are dropped.
`bench/parse_bench.py` measures every step of this against trafilatura alone.

The result is plain text, one paragraph per block, blank line between them.
"""
from __future__ import annotations

import copy
import re

import lxml.html
import trafilatura

from bs4 import BeautifulSoup

# Class/id words that mark furniture rather than the story. Matched against
# whole tokens of the class and id attributes (split on non-letters), so
# "share" hits "share-bar" and "social-share" but not "shared-content".
NOISE_WORDS = {
    "newsletter", "newsletters", "signup", "subscribe", "subscription", "share", "sharing", "social",
    "related", "recommended", "recommendations", "trending", "popular", "outbrain", "taboola",
    "promo", "cookie", "cookies", "consent", "gdpr", "comments", "comment", "disqus", "caption",
    "figcaption", "breadcrumb", "breadcrumbs", "byline", "tags", "pagination", "paywall", "sidebar",
    "advert", "advertisement", "adslot", "readmore", "most-read", "mostread", "toolbar",
}
# Tags that never hold article prose.
BLOCK_TAGS = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"]
NOISE_TAGS = ("nav", "aside", "figcaption", "footer", "form", "button", "noscript", "template", "dialog")

# Whole paragraphs that are promos or widgets, whatever the site. Site rules
# add their own ("^Follow STV News on WhatsApp$").
BOILERPLATE = [re.compile(p, re.I) for p in (
    r"^(read|see) more\s*:",
    r"^(more|related|also read|read also|recommended|watch|listen)\s*:",
    r"^(don'?t|do not) miss\b.{0,20}$",
    r"^(advertisement|advertising|sponsored|ad)$",
    r"^sign up\b.{0,120}$",
    r"^subscribe\b.{0,120}$",
    r"^thanks? (you )?for (signing up|subscribing)",
    r"^(share|share this|share on \w+|tweet|email|print|comments?)$",
    r"^follow (us|\w+( \w+){0,3}) on (twitter|facebook|instagram|whatsapp|tiktok|x)\b",
    r"^(copyright|©)\s",
    r"^https?://\S+$",
    r"\[(insight|video|pics|poll|reaction|news|latest|analysis|warning)\]\s*\|?$",
)]


def extract_body(html: str, url: str | None = None, rules: dict | None = None,
                 title: str | None = None, description: str | None = None,
                 tree: lxml.html.HtmlElement | None = None) -> str:
    """Main text of the page: paragraphs separated by a blank line ("" if none).

    ``tree`` is the page already parsed by lxml, to save parsing it twice.
    """
    rules = rules or {}
    boilerplate = BOILERPLATE + boilerplate_patterns(rules)
    paragraphs = []
    if rules.get("body") or rules.get("drop"):
        soup = BeautifulSoup(html or "", "lxml")
        for selector in as_list(rules.get("drop")):
            for element in soup.select(selector):
                element.decompose()
        if rules.get("body"):
            paragraphs = selected_paragraphs(soup, rules["body"])
        if not paragraphs:
            html, tree = str(soup), None
    if not paragraphs:
        tree = tree if tree is not None else parse_html(html)
        paragraphs = generic_paragraphs(tree, url) if tree is not None else []
    return "\n\n".join(clean_paragraphs(paragraphs, boilerplate, title, description))


def boilerplate_patterns(rules: dict) -> list[re.Pattern]:
    patterns = []
    for pattern in as_list(rules.get("boilerplate")):
        try:
            patterns.append(re.compile(pattern, re.I))
        except re.error:  # a bad pattern in sources.yml must not stop the run
            continue
    return patterns


def as_list(value) -> list:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def selected_paragraphs(soup: BeautifulSoup, selector: str) -> list[str]:
    """Text blocks of the elements a site rule points at, in page order."""
    paragraphs = []
    for container in soup.select(selector):
        for element in container.find_all(["script", "style", "noscript", "figcaption", "button"]):
            element.decompose()
        blocks = container.find_all(BLOCK_TAGS)
        leaves = [b for b in blocks if not b.find(BLOCK_TAGS)]
        if leaves:
            paragraphs.extend(b.get_text(" ", strip=True) for b in leaves)
        else:
            paragraphs.append(container.get_text(" ", strip=True))
    return paragraphs


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """An lxml tree, or None for pages that are not HTML at all."""
    if not html or not html.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        # lxml refuses str input with an XML encoding declaration
        try:
            tree = lxml.html.document_fromstring(html.encode("utf-8", errors="replace"))
        except (ValueError, lxml.etree.ParserError):
            return None
    return tree


def generic_paragraphs(tree: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """Paragraphs found by trafilatura on a copy of the page with furniture removed."""
    cleaned = copy.deepcopy(tree)
    remove_noise(cleaned)
    try:
        text = trafilatura.extract(cleaned, url=url, include_comments=False, include_tables=True,
                                   deduplicate=False)
    except Exception:  # trafilatura must not end a run on an odd page
        text = None
    return [line for line in (text or "").split("\n")]


def remove_noise(tree: lxml.html.HtmlElement) -> None:
    """Cut elements that are page furniture, keeping any that hold most of the page's text."""
    for element in tree.iter(*NOISE_TAGS):
        drop(element)
    body_length = text_length(tree)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        if is_noise(element) and text_length(element) < 0.4 * body_length:
            drop(element)


def is_noise(element) -> bool:
    words = set(re.split(r"[^a-z]+", f"{element.get('class', '')} {element.get('id', '')}".lower()))
    return bool(words & NOISE_WORDS)


def text_length(element) -> int:
    try:
        return len(element.text_content())
    except ValueError:
        return 0


def drop(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    if element.getparent() is None:
        return
    element.drop_tree()


def clean_paragraphs(paragraphs, boilerplate, title: str | None, description: str | None) -> list[str]:
    """Tidy whitespace; drop empty lines, promos, and the headline/standfirst repeated at the top."""
    tidy = [" ".join(p.split()) for p in paragraphs]
    tidy = [p for p in tidy if p and not any(pattern.search(p) for pattern in boilerplate)]
    heading = {normalised(title), normalised(description)} - {""}
    while tidy and normalised(tidy[0]) in heading:
        tidy.pop(0)
    return tidy


def normalised(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))
