"""Article metadata from the page head: JSON-LD, Open Graph, meta tags, <time>.

Evidence is taken in order of how deliberately a publisher states it: the
JSON-LD article object (``NewsArticle`` and every other ``*Article`` or
``*Posting`` type, found inside ``@graph``, lists and ``mainEntity``), then
Open Graph and ``article:*`` properties, then other meta tags (Dublin Core,
Parse.ly, Sailthru, plain ``author``/``date``), then the page itself
(``<h1>``, ``<time datetime>``, ``rel=author``, ``<title>``). Dates found
nowhere else come from htmldate (a trafilatura dependency) as a last resort.
"""
from __future__ import annotations

import copy
import html as html_lib
import json
import re
import warnings
from datetime import datetime, timezone
from urllib.parse import urljoin

import lxml.html

import htmldate
from trafilatura.metadata import extract_author as trafilatura_author
from dateutil import parser as date_parser

ARTICLE_TYPE = re.compile(r"(Article|Posting|Report)$")
PAGE_TYPE = re.compile(r"(WebPage|ItemPage)$")
# Abbreviations that pages print after times; dateutil knows only UTC/GMT.
TIME_ZONES = {name: int(hours * 3600) for name, hours in {
    "GMT": 0, "UTC": 0, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AEST": 10, "AEDT": 11, "JST": 9, "KST": 9,
}.items()}
# Link texts that sit where a byline's name would: profile links, placeholders.
NOT_A_NAME = re.compile(r"\b(profile|profil|view all|posts|no author|unknown|staff writer)\b"
                        r"|^(admin|editor|ph\.?d|m\.?d|jr|sr)\.?$", re.I)
SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")


def extract_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> dict:
    """Everything known about the article except its body, as a dict of Article fields."""
    meta = meta_tags(tree)
    article, page = json_ld_objects(tree)
    site_name = first(meta.get("og:site_name"), name_of((article or {}).get("publisher")),
                      meta.get("application-name"))
    return {
        "canonical_url": canonical_url(tree, meta, url),
        "title": title(tree, meta, article, site_name),
        "published": published(tree, meta, article, page),
        "modified": iso_date(first(ld_value(article, "dateModified"), meta.get("article:modified_time"),
                                    meta.get("og:updated_time"), ld_value(page, "dateModified"))),
        "authors": authors(tree, meta, article),
        "section": section(meta, article),
        "site_name": site_name,
        "description": first(ld_value(article, "description"), meta.get("og:description"),
                             meta.get("description"), meta.get("twitter:description")),
        "language": language(tree, meta, article),
        "article_body": raw_text(article, "articleBody"),  # keeps its line breaks
    }


# -- sources ---------------------------------------------------------------

def meta_tags(tree) -> dict[str, str]:
    """First non-empty content of each <meta> name/property, keys lower-cased."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = clean(element.get("content"))
        if not content:
            continue
        # microdata can belong to anything on the page (a cited paper, a related
        # story), so its keys are kept apart and trusted last
        keys = [element.get("property"), element.get("name")]
        keys += ["itemprop:" + element.get("itemprop")] if element.get("itemprop") else []
        for key in keys:
            if key:
                found.setdefault(key.strip().lower(), content)
    return found


def json_ld_objects(tree) -> tuple[dict | None, dict | None]:
    """The page's JSON-LD article object and web-page object (either may be None)."""
    articles, pages, by_id = [], [], {}
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        for item in walk(load_json(script.text or "")):
            if isinstance(item.get("@id"), str) and len(item) > 1:
                by_id.setdefault(item["@id"], item)
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            types = [t for t in types if isinstance(t, str)]
            if any(ARTICLE_TYPE.search(t) for t in types):
                articles.append(item)
            elif any(PAGE_TYPE.search(t) for t in types):
                pages.append(item)
    # pages with several articles (related items) list the main one with the most detail
    article = max(articles, key=lambda a: (bool(a.get("headline")), len(a)), default=None)
    if article:
        # @graph pages (Yoast and co.) name the author by reference: {"@id": ".../person/1"}
        article = {**article, **{key: resolved(article[key], by_id) for key in ("author", "creator", "publisher")
                                 if key in article}}
    return article, pages[0] if pages else None


def resolved(value, by_id: dict):
    if isinstance(value, list):
        return [resolved(v, by_id) for v in value]
    if isinstance(value, dict) and not value.get("name") and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def load_json(text: str):
    text = text.strip()
    text = re.sub(r"^\s*(<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", text)
    text = re.sub(r"(-->|//\s*\]\]>|\]\]>)\s*$", "", text).strip().rstrip(";")
    try:
        return json.loads(text, strict=False)  # strict=False: raw newlines inside strings are common
    except ValueError:
        return None


def walk(data, depth: int = 0):
    """Every JSON-LD object in lists, @graph and mainEntity, outermost first."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
            if isinstance(data.get(key), (list, dict)):
                yield from walk(data[key], depth + 1)


def ld_value(item: dict | None, key: str) -> str | None:
    if not item:
        return None
    value = item.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return clean(value) if isinstance(value, str) else None


def raw_text(item: dict | None, key: str) -> str | None:
    value = (item or {}).get(key)
    return value if isinstance(value, str) and value.strip() else None


def name_of(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return clean(value) if isinstance(value, str) else None


# -- fields ----------------------------------------------------------------

def canonical_url(tree, meta: dict, url: str | None) -> str | None:
    for link in tree.xpath('//link[@href][contains(concat(" ", normalize-space(@rel), " "), " canonical ")]'):
        href = link.get("href").strip()
        if href:
            return urljoin(url or "", href)
    if meta.get("og:url"):
        return urljoin(url or "", meta["og:url"])
    return None


def title(tree, meta: dict, article: dict | None, site_name: str | None) -> str | None:
    h1 = [clean(h.text_content()) for h in tree.iter("h1")]
    h1 = [h for h in h1 if h]
    candidates = [ld_value(article, "headline"), meta.get("og:title"), meta.get("twitter:title"),
                  meta.get("title"), meta.get("dc.title")]
    candidates = [strip_site_name(c, site_name) for c in candidates if c]
    if h1:
        # an <h1> that matches a stated title is the spelling readers see
        for heading in h1[:2]:
            if any(similar(heading, c) for c in candidates):
                return heading
    if candidates:
        return candidates[0]
    if len(h1) == 1:
        return h1[0]
    title_tag = tree.find(".//title")
    if title_tag is not None:
        return strip_site_name(clean(title_tag.text_content()), site_name)
    return h1[0] if h1 else None


def strip_site_name(text: str | None, site_name: str | None) -> str | None:
    """'Headline | Site' -> 'Headline' when a part names the site."""
    if not text:
        return text
    parts = SEPARATORS.split(text)
    if len(parts) < 2:
        return text
    site = normalised(site_name)
    keep = [p for p in parts if not (site and (normalised(p) in site or site in normalised(p)))]
    if site and keep and len(keep) < len(parts):
        return joined(text, keep)
    # no site name to match: drop a short trailing part (" | BBC News")
    if len(parts[-1]) < 30 and len(parts[-1]) < len(parts[0]) and "|" in text:
        return joined(text, parts[:-1])
    return text


def joined(text: str, parts: list[str]) -> str:
    """Re-join the kept parts with the separators they had."""
    start = text.find(parts[0])
    end = text.find(parts[-1]) + len(parts[-1])
    return text[start:end].strip() if start >= 0 and end > start else parts[0]


def published(tree, meta: dict, article: dict | None, page: dict | None) -> str | None:
    stated = first(
        ld_value(article, "datePublished"), ld_value(article, "dateCreated"),
        meta.get("article:published_time"), meta.get("og:published_time"),
        meta.get("article:published"), meta.get("itemprop:datepublished"), meta.get("publishdate"),
        meta.get("publish-date"), meta.get("pubdate"), meta.get("parsely-pub-date"),
        meta.get("sailthru.date"), meta.get("dc.date.issued"), meta.get("dc.date"),
        meta.get("dcterms.date"), meta.get("dcterms.created"), meta.get("date"),
        meta.get("article.published"), meta.get("cxenseparse:recs:publishtime"),
        ld_value(page, "datePublished"),
    )
    found = iso_date(stated) or iso_date(time_element(tree))
    # the full search (free-text dates, via dateparser) is slow: only without a stated date
    shown = date_from_page(tree, extensive=not found)
    if not found:
        return shown
    if shown and shown != found[:10] and days_apart(shown, found[:10]) <= 3:
        # The date the page shows readers beats a machine timestamp a few
        # days off it: UTC stamps past local midnight, re-stamped metadata.
        return shown
    return found


def time_element(tree) -> str | None:
    """A <time datetime> marked as the publication time, else the first one."""
    times = tree.xpath("//time[@datetime]")
    for element in times:
        marks = " ".join(filter(None, (element.get("itemprop"), element.get("class"), element.get("pubdate"))))
        if re.search(r"publish|pubdate|created", marks, re.I) or element.get("pubdate") is not None:
            return element.get("datetime")
    return times[0].get("datetime") if times else None


def authors(tree, meta: dict, article: dict | None) -> list[str]:
    names: list[str] = []
    organisations = False
    if article:
        value = article.get("author") or article.get("creator")
        items = value if isinstance(value, list) else [value]
        for item in items:
            names.extend(split_names(name_of(item)))
        # "author": the publisher itself; a byline in the page names the person
        organisations = bool(names) and all(isinstance(i, dict) and "Organization" in str(i.get("@type"))
                                            for i in items)
    if organisations:
        byline = page_byline(tree)
        names = byline if byline and all(map(looks_like_a_name, byline)) else names
    if not names:
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "citation_author", "byl", "itemprop:author"):
            value = meta.get(key)
            if value and not value.startswith(("http://", "https://", "/")):
                names = split_names(value)
                break
    if not names:
        names = page_byline(tree)
    if not names:
        for link in tree.xpath('//a[contains(concat(" ", normalize-space(@rel), " "), " author ")]'):
            names.extend(split_names(clean(link.text_content())))
    unique = []
    for name in names:
        if name and name.lower() not in (n.lower() for n in unique):
            unique.append(name)
    return unique[:10]


def looks_like_a_name(text: str) -> bool:
    """'Michael Hingston', 'Ruth de la Cruz'; not 'Tom Gillespie News reporter'."""
    words = text.split()
    particles = {"de", "la", "van", "von", "der", "da", "di", "le", "du", "bin", "al"}
    return 2 <= len(words) <= 5 and all(w[0].isupper() or w in particles for w in words) \
        and not re.search(r"\d", text)


def page_byline(tree) -> list[str]:
    """The byline in the page, as trafilatura's author rules find it."""
    try:
        return split_names(trafilatura_author(tree))
    except Exception:  # a byline is not worth a failed page
        return []


def split_names(text: str | None) -> list[str]:
    """'By Jane Doe and John Roe' -> ['Jane Doe', 'John Roe']."""
    if not text or text.startswith(("http://", "https://")):
        return []
    text = re.sub(r"^\s*(view all posts by|all posts by|posts by|more from|by|written by|words by|from)\s+", "",
                  text, flags=re.I)
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", text)]
    return [p for p in parts if p and len(p) < 80 and re.search(r"\w", p) and not NOT_A_NAME.search(p)]


def section(meta: dict, article: dict | None) -> str | None:
    return first(ld_value(article, "articleSection"), meta.get("article:section"),
                 meta.get("parsely-section"), meta.get("section"))


def language(tree, meta: dict, article: dict | None) -> str | None:
    lang = first(tree.get("lang"), ld_value(article, "inLanguage"), meta.get("og:locale"),
                 meta.get("content-language"), meta.get("language"), meta.get("dc.language"))
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].lower() or None


# -- dates -----------------------------------------------------------------

def iso_date(value: str | None) -> str | None:
    """ISO 8601 for any common spelling of a date; the publisher's own offset is kept.

    Date-only values stay date-only ("2019-11-18"): inventing a midnight would
    be a fact the page never stated.
    """
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # epoch seconds or milliseconds
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or re.fullmatch(r"\d{8}", value):
        try:
            return datetime.strptime(value.replace("-", ""), "%Y%m%d").date().isoformat()
        except ValueError:
            return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        if not re.search(r"(?<!\d)(19|20)\d\d(?!\d)", value):
            return None  # dateutil would fill a missing year (or all of "Monday") from today
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parsed = date_parser.parse(value, fuzzy=False, tzinfos=TIME_ZONES)
        except (ValueError, OverflowError, TypeError):
            return None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed.isoformat()


def date_from_page(tree, extensive: bool = True) -> str | None:
    """The publication date as htmldate reads it from the whole page (YYYY-MM-DD)."""
    try:
        return htmldate.find_date(copy.deepcopy(tree), extensive_search=extensive, original_date=True,
                                  max_date=datetime.now().strftime("%Y-%m-%d"))
    except Exception:  # htmldate on a broken page must not end the run
        return None


def days_apart(a: str, b: str) -> int:
    try:
        return abs((datetime.fromisoformat(a) - datetime.fromisoformat(b)).days)
    except ValueError:
        return 9999


# -- helpers ---------------------------------------------------------------

def first(*values):
    for value in values:
        if value:
            return value
    return None


def clean(text) -> str | None:
    if not isinstance(text, str):
        return None
    text = " ".join(html_lib.unescape(text).split())
    return text or None


def normalised(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def similar(a: str, b: str) -> bool:
    a, b = normalised(a), normalised(b)
    return bool(a) and (a == b or (len(a) > 15 and (a in b)))
