"""The parse benchmark's promise, kept as a test: newsmon beats trafilatura on the
benchmark pages (body F1 on zyte/, title and date on trafilatura-en/)."""
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BENCH = SHARED / "benchmarks" / "article-extraction"

pytestmark = pytest.mark.slow

sys.path.insert(0, str(REPO / "bench"))
import parse_bench  # noqa: E402


@pytest.fixture(scope="module")
def scorer():
    if not BENCH.is_dir():
        pytest.skip("benchmark pages not present")
    return parse_bench.load_scorer(SHARED)


def test_body_f1_on_zyte_is_at_least_trafilaturas(scorer):
    gold, pages = parse_bench.zyte_pages(BENCH / "zyte")
    ours, _ = parse_bench.predict(parse_bench.run_newsmon, pages)
    theirs, _ = parse_bench.predict(parse_bench.run_trafilatura, pages)
    ours, theirs = scorer.zyte(gold, ours), scorer.zyte(gold, theirs)
    assert ours["f1"] >= max(theirs["f1"], 0.963)


def test_title_and_date_on_trafilatura_en_are_right_at_least_as_often(scorer):
    gold, pages = parse_bench.snippet_pages(BENCH / "trafilatura-en")
    ours, _ = parse_bench.predict(parse_bench.run_newsmon, pages)
    theirs, _ = parse_bench.predict(parse_bench.run_trafilatura, pages)
    ours, theirs = scorer.snippets(gold, ours), scorer.snippets(gold, theirs)
    assert ours["title_exact"] >= theirs["title_exact"]
    assert ours["date_exact"] >= theirs["date_exact"]
    assert ours["f1"] >= theirs["f1"] - 0.01
