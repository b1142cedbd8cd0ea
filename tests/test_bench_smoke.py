"""Smoke tests for the benchmarks in bench/: each runs at a tiny N and prints its figures.

They assert the ``name: value`` lines a reader (and bench/run_all.py) relies
on, that the values are numbers and that counts match what was asked for;
never how fast anything is: speed depends on the machine and its load.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

pytestmark = pytest.mark.slow

from bench.corpus import ZYTE_TRUTH  # noqa: E402

# The search bench draws its vocabulary from the shared benchmark, as the other tests using ../shared do.
needs_shared = pytest.mark.skipif(not ZYTE_TRUTH.exists(), reason=f"shared benchmark not found at {ZYTE_TRUTH}")

FIGURE = re.compile(r"^([a-z0-9_]+): (.*)$")


def figures(output: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in map(FIGURE.match, output.splitlines()) if m}


def numbers(output: str, names: list[str]) -> dict[str, float]:
    found = figures(output)
    missing = [name for name in names if name not in found]
    assert not missing, f"missing figures {missing} in:\n{output}"
    return {name: float(found[name]) for name in names}


def test_memory_bench_reports_rss_at_checkpoints_and_the_baseline(capsys):
    from bench import memory_bench

    assert memory_bench.main(["--n", "24", "--workers", "1", "--baseline-n", "8", "--batch-size", "2"]) == 0
    values = numbers(capsys.readouterr().out, [
        "memory_articles", "memory_rss_mb_at_6", "memory_rss_mb_at_24", "memory_growth_6_to_24",
        "memory_baseline_rss_mb_at_2", "memory_baseline_rss_mb_at_8", "memory_baseline_strings_at_2",
        "memory_baseline_strings_at_8", "memory_baseline_growth_2_to_8"])
    assert values["memory_articles"] == 24
    # a model is loaded in the worker, so the measured memory includes it (well over 50 MB)
    assert values["memory_rss_mb_at_6"] > 50
    assert values["memory_rss_mb_at_24"] >= values["memory_rss_mb_at_6"]  # a peak never falls
    assert values["memory_growth_6_to_24"] == pytest.approx(
        values["memory_rss_mb_at_24"] / values["memory_rss_mb_at_6"], rel=0.01)
    # without memory zones every article's new names stay in the string store
    assert values["memory_baseline_strings_at_8"] > values["memory_baseline_strings_at_2"]


def test_storage_bench_reports_bytes_with_and_without_html(capsys):
    from bench import storage_bench

    assert storage_bench.main(["--n", "12", "--workers", "1", "--paragraphs", "3-5"]) == 0
    values = numbers(capsys.readouterr().out, [
        "storage_articles", "storage_bytes_per_article_with_html", "storage_bytes_per_article_without_html",
        "storage_mb_per_1000_articles_with_html", "storage_mb_per_1000_articles_without_html",
        "storage_bytes_per_article_fts", "storage_bytes_per_article_html", "storage_ratio_with_to_without_html",
        "storage_store_articles_per_s"])
    assert values["storage_articles"] == 12
    assert values["storage_bytes_per_article_with_html"] > values["storage_bytes_per_article_without_html"]
    assert values["storage_bytes_per_article_html"] > 0 and values["storage_bytes_per_article_fts"] > 0
    assert values["storage_ratio_with_to_without_html"] == pytest.approx(
        values["storage_bytes_per_article_with_html"] / values["storage_bytes_per_article_without_html"], rel=0.01)


@needs_shared
def test_search_bench_builds_a_cached_database_and_times_datasette_against_sqlite(capsys, tmp_path):
    from bench import search_bench

    args = ["--n", "300", "--queries", "8", "--cache-dir", str(tmp_path)]
    assert search_bench.main(args) == 0
    names = [f"{side}_p{p}_ms" for side in ("search_quotes", "search_articles", "search_all", "search_quoted_about_topic",
                                            "sqlite_quotes", "sqlite_articles") for p in (50, 95)]
    first = capsys.readouterr().out
    values = numbers(first, ["search_articles_in_db", "search_quotes_in_db", "search_build_seconds",
                             "search_queries", "search_quotes_p95_ratio_to_sqlite",
                             "search_articles_p95_ratio_to_sqlite", *names])
    assert values["search_articles_in_db"] == 300 and values["search_queries"] == 8
    assert values["search_quotes_in_db"] > 300  # about three quotes per article
    assert all(values[f"{side}_p95_ms"] >= values[f"{side}_p50_ms"] for side in
               ("search_quotes", "search_articles", "search_all", "sqlite_quotes", "sqlite_articles"))
    # the second run reuses the cached database instead of building it again
    assert search_bench.main([*args, "--maintenance"]) == 0
    second = figures(capsys.readouterr().out)
    assert "search_build_seconds" not in second and second["search_articles_in_db"] == "300"
    assert float(second["search_vacuum_seconds"]) >= 0 and float(second["search_fts_rebuild_seconds"]) >= 0
    assert len(list(tmp_path.glob("*.db"))) == 1


@needs_shared
def test_search_terms_match_rows_of_the_synthetic_database(tmp_path):
    """The timed searches find things: the bench would flatter Datasette if every search were empty."""
    import sqlite3

    from bench import search_bench
    from datasette.utils import escape_fts

    corpus = search_bench.Corpus()
    path, _ = search_bench.cached_database(300, tmp_path, False, corpus)
    conn = sqlite3.connect(path)
    hits = [conn.execute("select count(*) from articles_fts where articles_fts match ?",
                         [escape_fts(term)]).fetchone()[0] for term in corpus.search_terms(12)]
    assert sum(1 for h in hits if h > 0) >= 8, hits


def test_run_all_prints_named_figures_and_reports_failures_without_stopping():
    from bench import run_all

    emitted = []
    emit = lambda name, value: emitted.append((name, value))  # noqa: E731
    broken = run_all.Bench("memory", "memory_bench.py", [], ["--n", "not-a-number"])
    missing = run_all.Bench("nothing", "no_such_bench.py", [], [])
    storage = next(b for b in run_all.BENCHES if b.name == "storage")
    results = [run_all.run(bench, True, emit) for bench in (broken, missing, storage)]
    assert results == [False, False, True]
    found = dict(emitted)
    assert "invalid int value" in found["memory_error"]
    assert "not found" in found["nothing_error"]
    float(found["storage_ratio_with_to_without_html"])
    float(found["storage_bench_seconds"])
    assert all(name.startswith(("memory_", "nothing_", "storage_")) for name, _ in emitted)


def test_run_all_names_figures_after_their_bench():
    from bench import run_all

    assert run_all.figures_from_line("e2e", "bare_nlp_pipe_seconds: 3.2") == [("e2e_bare_nlp_pipe_seconds", "3.2")]
    assert run_all.figures_from_line("extract", "ratio: 0.912") == [("extract_ratio", "0.912")]
    assert run_all.figures_from_line("extract", "Extractor.pipe      9.10 s    13.30 articles/s       6543 words/s") \
        == [("extract_ours_articles_per_s", "13.30"), ("extract_ours_words_per_s", "6543")]
    assert run_all.figures_from_line("search", "search_queries: 200") == [("search_queries", "200")]
    assert run_all.figures_from_line("parse", "set | system | pages") == []
    rows = [{"set": "zyte", "system": "newsmon", "f1": 0.95, "pages_per_second": 40.0},
            {"set": "zyte", "system": "trafilatura 2.3.1", "f1": 0.90, "pages_per_second": 20.0}]
    parsed = dict(run_all.parse_bench_figures(rows))
    assert parsed["parse_zyte_f1_ratio"] == "1.056" and parsed["parse_zyte_speed_ratio"] == "2.000"
    assert parsed["parse_zyte_trafilatura_f1"] == "0.9"


@needs_shared
def test_search_bench_tries_settings_as_the_command_line_would_parse_them(tmp_path):
    from bench import search_bench

    path, _ = search_bench.cached_database(300, tmp_path, False, search_bench.Corpus())
    ds = search_bench.served(path, None, [("suggest_facets", "on"), ("facet_time_limit_ms", "75")])
    assert ds.setting("suggest_facets") is True and ds.setting("facet_time_limit_ms") == 75
    default = search_bench.served(path, None, [])  # as newsmon serve has it
    assert default.setting("suggest_facets") is False and default.setting("facet_time_limit_ms") == 25
    with pytest.raises(SystemExit):
        search_bench.served(path, None, [("no_such_setting", "1")])
