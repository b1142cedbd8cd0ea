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
        "storage_bytes_per_article_fts", "storage_bytes_per_article_html", "storage_ratio_with_to_without_html"])
    assert values["storage_articles"] == 12
    assert values["storage_bytes_per_article_with_html"] > values["storage_bytes_per_article_without_html"]
    assert values["storage_bytes_per_article_html"] > 0 and values["storage_bytes_per_article_fts"] > 0
    assert values["storage_ratio_with_to_without_html"] == pytest.approx(
        values["storage_bytes_per_article_with_html"] / values["storage_bytes_per_article_without_html"], rel=0.01)
