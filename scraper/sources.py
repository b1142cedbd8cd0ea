"""Load ``sources.yml``: the outlets to monitor, as data.

Adding an outlet needs no code: a name, and any of feeds, sitemaps, section
pages with a link pattern, single article URLs, the domains its articles live
on, and site rules for the parser (see ``scraper/article.py``). A mistake in
the file stops the load with an error that names the file, the source and the
field, before any fetching starts: a typo in a key is an error, not a silently
ignored setting.
"""
from __future__ import annotations

import re
from pathlib import Path

import soupsieve
import yaml

from scraper.records import Source
from scraper.urls import normalise_url

SOURCE_KEYS = {"name", "feeds", "sitemaps", "urls", "sections", "rules", "domains", "enabled", "notes"}
URL_LIST_KEYS = ("feeds", "sitemaps", "urls")
SECTION_KEYS = {"url", "link_pattern"}
# Rule keys the parser reads (scraper/article.py, scraper/body.py) and what each holds.
SELECTOR_RULES = {"body", "drop", "title", "date", "author"}
PATTERN_RULES = {"boilerplate"}
HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


class SourcesError(ValueError):
    """sources.yml is not valid; the message says where and why."""


def load_sources(path: str | Path) -> list[Source]:
    """The enabled sources of a sources.yml file, validated."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SourcesError(f"{path}: cannot read it: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        raise SourcesError(f"{path}: not valid YAML: {error}") from None
    return parse_sources(data, str(path))


def parse_sources(data, where: str = "sources.yml") -> list[Source]:
    """Validate already-loaded YAML data: a list of sources, or a mapping with a ``sources`` list."""
    if isinstance(data, dict):
        unknown = set(data) - {"sources"}
        if unknown:
            raise SourcesError(f"{where}: unknown top-level key(s) {sorted(unknown)}; expected 'sources'")
        data = data.get("sources")
    if not isinstance(data, list) or not data:
        raise SourcesError(f"{where}: expected a non-empty list of sources under 'sources'")
    sources: list[Source] = []
    names: set[str] = set()
    for index, entry in enumerate(data):
        source = parse_source(entry, f"{where}: sources[{index}]")
        if source is None:
            continue
        if source.name.lower() in names:
            raise SourcesError(f"{where}: sources[{index}]: duplicate source name {source.name!r}")
        names.add(source.name.lower())
        sources.append(source)
    return sources


def parse_source(entry, where: str) -> Source | None:
    """One source entry, or None when it says ``enabled: false``."""
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: expected a mapping with at least a 'name', got {type(entry).__name__}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f"{where}: 'name' is required and must be text")
    where = f"{where} ({name})"
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {sorted(unknown)}; known keys: {sorted(SOURCE_KEYS)}")
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise SourcesError(f"{where}: 'enabled' must be true or false")
    source = Source(
        name=name.strip(),
        feeds=url_list(entry, "feeds", where),
        sitemaps=url_list(entry, "sitemaps", where),
        urls=url_list(entry, "urls", where),
        sections=sections(entry.get("sections"), where),
        rules=rules(entry.get("rules"), where),
        domains=domains(entry.get("domains"), where),
    )
    if not (source.feeds or source.sitemaps or source.urls or source.sections):
        raise SourcesError(f"{where}: give at least one of feeds, sitemaps, sections or urls")
    return source if enabled else None


def as_list(value, key: str, where: str) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise SourcesError(f"{where}: '{key}' must be a list")
    return value


def url_list(entry: dict, key: str, where: str) -> list[str]:
    urls = as_list(entry.get(key), key, where)
    for index, url in enumerate(urls):
        check_url(url, f"{where}: {key}[{index}]")
    return [url.strip() for url in urls]


def check_url(url, where: str) -> None:
    if not isinstance(url, str) or normalise_url(url) is None or not url.strip().lower().startswith(("http://", "https://")):
        raise SourcesError(f"{where}: {url!r} is not an absolute http(s) URL")


def sections(value, where: str) -> list[dict]:
    result = []
    for index, section in enumerate(as_list(value, "sections", where)):
        here = f"{where}: sections[{index}]"
        if isinstance(section, str):
            section = {"url": section}
        if not isinstance(section, dict):
            raise SourcesError(f"{here}: expected a URL or a mapping with 'url' and 'link_pattern'")
        unknown = set(section) - SECTION_KEYS
        if unknown:
            raise SourcesError(f"{here}: unknown key(s) {sorted(unknown)}; known keys: {sorted(SECTION_KEYS)}")
        check_url(section.get("url"), f"{here}: url")
        pattern = section.get("link_pattern")
        if pattern is not None:
            compile_pattern(pattern, f"{here}: link_pattern")
        result.append({"url": section["url"].strip(), "link_pattern": pattern})
    return result


def rules(value, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise SourcesError(f"{where}: 'rules' must be a mapping")
    known = SELECTOR_RULES | PATTERN_RULES
    unknown = set(value) - known
    if unknown:
        raise SourcesError(f"{where}: rules: unknown key(s) {sorted(unknown)}; known keys: {sorted(known)}")
    for key, setting in value.items():
        for index, item in enumerate(as_list(setting, key, where)):
            here = f"{where}: rules.{key}[{index}]"
            if key in PATTERN_RULES:
                compile_pattern(item, here)
            else:
                check_selector(item, here)
    return dict(value)


def domains(value, where: str) -> list[str]:
    result = []
    for index, domain in enumerate(as_list(value, "domains", where)):
        if not isinstance(domain, str) or not HOSTNAME.match(domain.strip().lower()):
            raise SourcesError(f"{where}: domains[{index}]: {domain!r} is not a host name (write news.stv.tv, "
                               "not a URL)")
        result.append(domain.strip().lower())
    return result


def compile_pattern(pattern, where: str) -> None:
    if not isinstance(pattern, str):
        raise SourcesError(f"{where}: expected a regular expression as text")
    try:
        re.compile(pattern)
    except re.error as error:
        raise SourcesError(f"{where}: bad regular expression {pattern!r}: {error}") from None


def check_selector(selector, where: str) -> None:
    if not isinstance(selector, str):
        raise SourcesError(f"{where}: expected a CSS selector as text")
    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError as error:
        raise SourcesError(f"{where}: bad CSS selector {selector!r}: {error.args[0] if error.args else error}") from None
