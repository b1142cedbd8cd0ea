"""URL identity: one spelling per article, and the Link record discovery yields.

Two URLs that differ only in case of scheme or host, a default port, a
fragment, tracking parameters or the order of query parameters name the same
page, so they normalise to the same string. Only http and https are kept:
everything else (mailto:, javascript:, ftp:, data:) normalises to None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}

# Exact parameter names added by analytics, newsletters and social sharing.
TRACKING_PARAMS = frozenset(
    {
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "at_link", "at_format", "at_ptr_name", "at_bbc_team", "at_link_id", "at_link_origin",
        "at_link_type",
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "cmp", "ito", "itm_source",
        "itm_medium", "itm_campaign", "itm_content", "itm_term", "ocid", "s_cid",
        "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
        "int_source", "int_medium", "int_campaign", "sr_share", "smid", "soc_src",
        "soc_trk",
    }
)
# Parameter prefixes that only ever carry tracking.
TRACKING_PREFIXES = ("utm_", "at_", "itm_", "ns_", "pk_", "mtm_", "hsa_")
# Parameters that are tracking only with these values ("ref=rss", not "ref=12").
TRACKING_VALUES = {"ref": {"rss", "rss_feed", "twitter", "facebook", "newsletter", "share", "app"}}


@dataclass
class Link:
    """An article URL found by discovery, with where and how it was found."""

    url: str  # normalised
    via: str  # "feed", "sitemap", "robots-sitemap" or "section"
    published: str | None = None  # ISO 8601 when the listing gave one
    title: str | None = None
    modified: str | None = None  # sitemap <lastmod>: a change date, not publication
    found_on: str | None = None  # URL of the feed, sitemap or page that listed it


def is_tracking_param(name: str, value: str) -> bool:
    lowered = name.lower()
    if lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES):
        return True
    return value.lower() in TRACKING_VALUES.get(lowered, ())


def normalise_url(url: str | None, base_url: str | None = None) -> str | None:
    """The identity spelling of an http(s) URL, or None when it is not one.

    ``base_url`` resolves relative references first.
    """
    if not url:
        return None
    url = url.strip()
    if base_url:
        url = urljoin(base_url, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # bad port or bracketed host
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    # Credentials are dropped: they are never part of an article's identity.
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _normalise_path(parts.path)
    query = _normalise_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def _normalise_path(path: str) -> str:
    if not path:
        return "/"
    # Re-quote so "%7E", "~" and non-ASCII characters each get one spelling.
    return quote(unquote(path), safe="/:@!$&'()*+,;=-._~")


def _normalise_query(query: str) -> str:
    if not query:
        return ""
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not is_tracking_param(name, value)]
    kept.sort(key=lambda pair: pair[0])  # stable: repeated names keep their order
    return urlencode(kept, quote_via=quote, safe="/:@!$'()*,;-._~")


def host_of(url: str) -> str:
    """Lower-case host name of a URL ("" when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def same_site(host: str, domains: list[str] | tuple[str, ...]) -> bool:
    """Is ``host`` one of ``domains`` or a subdomain of one?"""
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower().lstrip(".") for d in domains))


WHITESPACE = re.compile(r"\s+")


def clean_title(text: str | None) -> str | None:
    """Collapse whitespace in a listing's link or item title."""
    if not text:
        return None
    text = WHITESPACE.sub(" ", text).strip()
    return text or None
