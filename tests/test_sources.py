"""sources.yml: the shipped file loads, and mistakes give errors that say where."""
import re
from pathlib import Path

import pytest
import yaml

from scraper.records import Source
from scraper.sources import SourcesError, load_sources, parse_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def shipped():
    return load_sources(ROOT / "sources.yml")


def test_shipped_sources_load(shipped):
    names = [source.name for source in shipped]
    assert names[:5] == ["STV News", "BBC News Scotland", "The Herald", "The Scotsman", "Daily Record"]
    assert all(isinstance(source, Source) and source.domains for source in shipped)
    stv = shipped[0]
    assert stv.feeds[0] == "https://news.stv.tv/feed"
    assert stv.sections[0]["url"] == "https://news.stv.tv/scotland"


def test_shipped_file_says_it_is_untested():
    assert "UNTESTED AGAINST THE LIVE SITES" in (ROOT / "sources.yml").read_text()


def test_stv_link_pattern_picks_articles(shipped):
    pattern = re.compile(shipped[0].sections[0]["link_pattern"])
    assert pattern.search("https://news.stv.tv/south-scotland/unions-urge-members-to-reject-pay-offer")
    for not_article in ("https://news.stv.tv/topic/cost-of-living-crisis", "https://news.stv.tv/politics",
                        "https://news.stv.tv/author/jane-smith-reporter", "https://www.stv.tv/north/a-b-c"):
        assert not pattern.search(not_article)


@pytest.mark.skipif(not SEEDS.exists(), reason=f"shared seeds not found at {SEEDS}")
def test_stv_promo_patterns_drop_the_promo_lines_and_nothing_else(shipped):
    patterns = [re.compile(p, re.I) for p in shipped[0].rules["boilerplate"]]
    promo, kept = 0, 0
    for seed in sorted(SEEDS.glob("*.txt")):
        for line in filter(None, map(str.strip, seed.read_text().splitlines())):
            if any(p.search(line) for p in patterns):
                promo += 1
                assert "STV News" in line or "QR code" in line
            else:
                kept += 1
    assert promo >= 2 and kept > 20


def write(tmp_path, data):
    path = tmp_path / "sources.yml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data))
    return path


@pytest.mark.parametrize("entry, message", [
    ({"feeds": ["https://x.com/feed"]}, r"sources\[0\]: 'name' is required"),
    ({"name": "X"}, r"\(X\): give at least one of feeds"),
    ({"name": "X", "feed": ["https://x.com/feed"]}, r"\(X\): unknown key\(s\) \['feed'\]"),
    ({"name": "X", "feeds": ["ftp://x.com/feed"]}, r"\(X\): feeds\[0\]: 'ftp://x.com/feed' is not an absolute http\(s\) URL"),
    ({"name": "X", "feeds": ["/feed"]}, r"feeds\[0\]: '/feed' is not an absolute"),
    ({"name": "X", "feeds": {"a": 1}}, r"'feeds' must be a list"),
    ({"name": "X", "sections": [{"url": "https://x.com/", "link_pattern": "(unclosed"}]},
     r"sections\[0\]: link_pattern: bad regular expression '\(unclosed'"),
    ({"name": "X", "sections": [{"url": "https://x.com/", "pattern": "x"}]}, r"sections\[0\]: unknown key\(s\) \['pattern'\]"),
    ({"name": "X", "urls": ["https://x.com/a"], "rules": {"body": "div[class="}}, r"rules.body\[0\]: bad CSS selector"),
    ({"name": "X", "urls": ["https://x.com/a"], "rules": {"boilerplate": ["[a-"]}}, r"rules.boilerplate\[0\]: bad regular"),
    ({"name": "X", "urls": ["https://x.com/a"], "rules": {"bodyy": "article"}}, r"rules: unknown key\(s\) \['bodyy'\]"),
    ({"name": "X", "urls": ["https://x.com/a"], "domains": ["https://x.com"]}, r"domains\[0\]: 'https://x.com' is not a host name"),
    ({"name": "X", "urls": ["https://x.com/a"], "enabled": "no"}, r"'enabled' must be true or false"),
])
def test_bad_entries_are_clear_errors(tmp_path, entry, message):
    path = write(tmp_path, {"sources": [entry]})
    with pytest.raises(SourcesError, match=message) as caught:
        load_sources(path)
    assert str(caught.value).startswith(str(path))


def test_bad_files_are_clear_errors(tmp_path):
    with pytest.raises(SourcesError, match="not valid YAML"):
        load_sources(write(tmp_path, "sources:\n  - name: [unclosed\n"))
    with pytest.raises(SourcesError, match="cannot read it"):
        load_sources(tmp_path / "missing.yml")
    with pytest.raises(SourcesError, match="expected a non-empty list"):
        load_sources(write(tmp_path, "sources: {}\n"))
    with pytest.raises(SourcesError, match=r"unknown top-level key\(s\) \['source'\]"):
        load_sources(write(tmp_path, "source: []\n"))
    with pytest.raises(SourcesError, match=r"sources\[1\]: duplicate source name 'x'"):
        parse_sources([{"name": "X", "urls": ["https://x.com/a"]}, {"name": "x", "urls": ["https://x.com/b"]}])


def test_shorthands_and_disabled_entries():
    [source] = parse_sources([
        {"name": "A", "feeds": "https://a.com/feed", "sections": ["https://a.com/news"], "domains": "A.com",
         "rules": {"boilerplate": "^Advert$", "drop": [".promo", "aside"]}},
        {"name": "B", "feeds": ["https://b.com/feed"], "enabled": False},
    ])
    assert source.feeds == ["https://a.com/feed"]
    assert source.sections == [{"url": "https://a.com/news", "link_pattern": None}]
    assert source.domains == ["a.com"]
    assert source.rules == {"boilerplate": "^Advert$", "drop": [".promo", "aside"]}
