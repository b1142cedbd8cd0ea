"""The article's main text: site rules first, then the generic extractor.

The generic path is trafilatura (which scored best of the extractors we
measured on the Zyte benchmark) run on a copy of the page from which we have
already cut the page furniture trafilatura tends to keep (newsletter boxes,
related-link lists, share bars, comment threads, captions), followed by a
paragraph-level clean-up: the headline repeated in the text, the standfirst
set as a subheading, and promo lines ("READ MORE: ...", "Sign up to our
newsletter") are dropped. JSON-LD ``articleBody`` stands in when the HTML
holds far less text than it (pages rendered by JavaScript).
`bench/parse_bench.py` measures every step of this against trafilatura alone.

The result is plain text, one paragraph per block, blank line between them.
"""
from __future__ import annotations

import copy
import html as html_lib
import re

import lxml.html
import trafilatura
from bs4 import BeautifulSoup
from soupsieve import SelectorSyntaxError
from trafilatura.utils import load_html

# Class/id words that mark furniture rather than the story. Matched against
# whole tokens of the class and id attributes (split on non-letters), so
# "share" hits "share-bar" and "social-share" but not "shared-content".
NOISE_WORDS = {
    "newsletter", "newsletters", "signup", "subscribe", "subscription", "share", "sharing", "social",
    "related", "recommended", "recommendations", "trending", "popular", "outbrain", "taboola",
    "promo", "cookie", "cookies", "consent", "gdpr", "comments", "comment", "disqus", "caption",
    "figcaption", "breadcrumb", "breadcrumbs", "byline", "tags", "pagination", "paywall", "sidebar",
    "advert", "advertisement", "adslot", "readmore", "mostread", "toolbar", "ticker", "skip",
    "upnext", "next", "latest", "teaser", "teasers", "widget", "recirc", "recirculation", "morestories",
    "mostpopular", "headlines",
}
# Words that mark widgets never wrapped around a story: dropped whatever their size.
WIDGET_WORDS = {"cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "signup", "outbrain",
                "taboola", "ticker"}
# Elements that make one paragraph each when a site rule picks the container.
BLOCK_TAGS = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"]
# Tags that never hold article prose.
NOISE_TAGS = ("nav", "aside", "figcaption", "footer", "form", "button", "noscript", "template", "dialog")

# Whole paragraphs that are promos or widgets, whatever the site. Site rules
# add their own ("^Follow STV News on WhatsApp$").
BOILERPLATE = [re.compile(p, re.I) for p in (
    r"^(read|see) more\s*:",
    r"^(more|related|also read|read also|recommended|watch|listen)\s*:",
    r"^(don'?t|do not) miss\b.{0,20}$",
    r"^(advertisement|advertising|sponsored|ad)$",
    r"^(sign up|subscribe|register)\b.{0,100}\b(newsletters?|inbox|e-?mails?|alerts|briefing)\b",
    r"^thanks? (you )?for (signing up|subscribing)",
    r"^.{0,80}\b(sign(ing)? up|subscrib(e|ing))\b.{0,60}\bnewsletters?\b.{0,40}$",
    r"^\(?((photo|image|picture) )?(credit|photograph|photo|image|picture)s?\s*:.{0,100}$",
    r"^(click|tap) here\b.{0,40}\b(app|newsletters?|subscribe|sign up)\b",
    r"^write to \w+( \w+){0,4} at \S+@\S+$",
    r"^you (may|might) also like",
    r"^(tags|tagged|filed under|topics)\s*:?$",
    r"^this copy is for your personal,? non-commercial use",
    r"^(an error has occurred|there was an error).{0,60}$",
    r"^(share|share this|share on \w+|tweet|email|print|comments?)$",
    r"^follow (us|\w+( \w+){0,3}) on (twitter|facebook|instagram|whatsapp|tiktok|x)\b",
    r"\[(insight|video|pics|poll|reaction|news|latest|analysis|warning)\]\s*\|?$",
    r"^\[(\w+)\b[^\]]*\].{0,200}\[/\1\]$",  # a WordPress shortcode the site failed to render
)]


def extract_body(html: str, url: str | None = None, rules: dict | None = None,
                 title: str | None = None, description: str | None = None,
                 tree: lxml.html.HtmlElement | None = None, stated_body: str | None = None) -> str:
    """Main text of the page: paragraphs separated by a blank line ("" if none).

    ``tree`` is the page already parsed by lxml, to save parsing it twice;
    ``stated_body`` the JSON-LD ``articleBody``, used when the page's HTML
    holds far less text than it.
    """
    rules = rules or {}
    boilerplate = BOILERPLATE + boilerplate_patterns(rules)
    paragraphs = []
    if rules.get("body") or rules.get("drop"):
        soup = BeautifulSoup(html or "", "lxml")
        for selector in as_list(rules.get("drop")):
            for element in select(soup, selector):
                element.decompose()
        if rules.get("body"):
            paragraphs = selected_paragraphs(soup, rules["body"])
        if not paragraphs:
            html, tree = str(soup), None
    if not paragraphs:
        tree = tree if tree is not None else parse_html(html)
        paragraphs = generic_paragraphs(tree, url, description) if tree is not None else []
    paragraphs = clean_paragraphs(paragraphs, boilerplate, title, url)
    if stated_body and word_count(stated_body) > max(50, 3 * sum(map(word_count, paragraphs))):
        # Pages rendered by JavaScript often carry the text only in their JSON-LD
        paragraphs = clean_paragraphs(re.split(r"\n\s*\n|\n|\r", unescape_text(stated_body)), boilerplate,
                                      title, url)
    return "\n\n".join(paragraphs) if looks_like_prose(paragraphs) else ""


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def unescape_text(text: str) -> str:
    """JSON-LD articleBody sometimes carries HTML: keep its text only."""
    if "<" not in text:
        return html_lib.unescape(text)
    try:
        fragment = lxml.html.fragment_fromstring(text, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return html_lib.unescape(re.sub(r"<[^>]+>", "\n", text))
    for block in fragment.iter(*BLOCK_TAGS, "br", "div"):
        block.text = "\n" + (block.text or "")
        block.tail = "\n" + (block.tail or "")
    return fragment.text_content()


def looks_like_prose(paragraphs: list[str]) -> bool:
    """False for what is left of a video, gallery or index page: a few short lines.

    Real stories can be short, but then they are not only fragments.
    """
    counts = [len(re.findall(r"\w+", p)) for p in paragraphs]
    return sum(counts) >= 50 or max(counts, default=0) >= 15


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


def select(soup: BeautifulSoup, selector: str) -> list:
    """Elements matching a CSS selector; none for a selector that does not parse."""
    try:
        return soup.select(selector)
    except SelectorSyntaxError:  # a typo in sources.yml must not stop the run
        return []


def selected_paragraphs(soup: BeautifulSoup, selector: str) -> list[str]:
    """Text blocks of the elements a site rule points at, in page order."""
    paragraphs = []
    for container in select(soup, selector):
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
    """An lxml tree, or None for pages that are not HTML at all.

    trafilatura's loader: it repairs common faults and drops comments and
    processing instructions, which trafilatura's extraction relies on (with
    plain lxml parsing it loses text next to comments).
    """
    if not html or not html.strip():
        return None
    try:
        return load_html(html)
    except Exception:  # lxml and trafilatura raise several types on garbage
        return None


def generic_paragraphs(tree: lxml.html.HtmlElement, url: str | None, description: str | None) -> list[str]:
    """Paragraphs found by trafilatura on a copy of the page with furniture removed."""
    cleaned = copy.deepcopy(tree)
    remove_standfirst(cleaned, description)
    remove_noise(cleaned)
    try:
        text = trafilatura.extract(cleaned, url=url, include_comments=False, include_tables=True,
                                   deduplicate=False)
    except Exception:  # trafilatura must not end a run on an odd page
        text = None
    return [line for line in (text or "").split("\n")]


def remove_noise(tree: lxml.html.HtmlElement) -> None:
    """Cut page furniture, never an element holding a real share of the page's prose.

    Whole-page wrappers (ASP.NET's <form>, themes that put "social" or "tags"
    classes on the article) would otherwise take the story with them.
    """
    for element in tree.iter("script", "style", "template"):
        drop(element)
    body = tree.find("body")
    total = prose_length(body if body is not None else tree)
    # a slideshow tells its story in long captions: keep them there
    captions = [prose_length(c) for c in tree.iter("figcaption")]
    gallery = sum(captions) > 0.3 * total or sum(length >= 150 for length in captions) >= 5
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        if gallery and element.tag == "figcaption":
            continue
        words = class_words(element)
        if words & WIDGET_WORDS or is_link_list(element):
            limit = 0.5  # banners can be wordy on a short page; never the page itself
        elif element.tag in NOISE_TAGS or words & NOISE_WORDS:
            limit = 0.15
        else:
            continue
        if prose_length(element) <= limit * total:
            drop(element)


def is_link_list(element) -> bool:
    """A list of three or more items that are mostly links: related stories, menus."""
    if element.tag not in ("ul", "ol"):
        return False
    items = [li for li in element if li.tag == "li"]
    if len(items) < 3:
        return False
    text = len(element.text_content().strip())
    links = sum(len(a.text_content().strip()) for a in element.iter("a"))
    return text > 0 and links >= 0.7 * text


def prose_length(element) -> int:
    """Characters of text under the element that are not link text."""
    try:
        text = len(element.text_content())
        links = sum(len(a.text_content()) for a in element.iter("a"))
    except ValueError:
        return 0
    return text - links


def remove_standfirst(tree: lxml.html.HtmlElement, description: str | None) -> None:
    """Drop the summary set as a subheading or in the article header.

    The same text in an ordinary paragraph is usually the lede, and stays.
    """
    wanted = normalised(description)
    if len(wanted) < 20:
        return
    for element in tree.xpath("//h2 | //h3 | //h4 | //h5 | //h6 | //header//p | //header//div[not(*)]"):
        if normalised(element.text_content()) == wanted:
            drop(element)


def class_words(element) -> set[str]:
    return set(re.split(r"[^a-z]+", f"{element.get('class', '')} {element.get('id', '')}".lower()))


def drop(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    if element.getparent() is None:
        return
    element.drop_tree()


def clean_paragraphs(paragraphs, boilerplate, title: str | None, url: str | None = None) -> list[str]:
    """Tidy whitespace; drop empty lines, promos, and the headline repeated at the top."""
    tidy = [" ".join(p.split()) for p in paragraphs]
    tidy = [p for p in tidy if p and not any(pattern.search(p) for pattern in boilerplate)]
    # the headline and the page's own address repeated in the text are furniture
    furniture = {normalised(title), normalised(url)} - {""}
    return [p for p in tidy if normalised(p) not in furniture]


def normalised(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))
