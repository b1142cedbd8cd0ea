"""Run every benchmark and print each figure, one ``name: value`` line, named after its benchmark.

Each benchmark runs in its own process (so the memory benchmark measures
only itself and one crash cannot stop the rest), one after another (they
all want every core). Figures print as they arrive; the ratios to each
baseline are figures like the rest (``extract_ratio``, ``e2e_ratio``,
``memory_growth_*``, ``storage_ratio_*``, ``search_*_ratio_to_sqlite`` ...).
A benchmark that fails prints ``<name>_error: <why>`` and the others still
run; the exit status is 1 when any failed.

``--quick`` shrinks every N for a smoke run (a minute or two, not the
figures to quote).

usage: python bench/run_all.py [--quick] [--only e2e,search ...]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIGURE = re.compile(r"^([A-Za-z0-9_]+): (\S.*)$")


@dataclass
class Bench:
    name: str
    script: str
    full: list[str]
    quick: list[str]
    json_output: bool = False  # prints one JSON document rather than name: value lines


BENCHES = [
    Bench("extract", "extract_bench.py", [], ["--limit", "6", "--rounds", "1"]),
    Bench("parse", "parse_bench.py", ["--json"], ["--json"], json_output=True),
    Bench("e2e", "e2e_bench.py", [], ["--n", "24"]),
    Bench("parallel", "parallel_bench.py", [], ["--n", "24"]),
    Bench("memory", "memory_bench.py", [], ["--n", "40", "--baseline-n", "8", "--batch-size", "4"]),
    Bench("storage", "storage_bench.py", [], ["--n", "16"]),
    Bench("search", "search_bench.py", [], ["--n", "1000", "--queries", "20"]),
]
# extract_bench.py's table lines, read as figures too
EXTRACT_RATE = re.compile(r"^(bare nlp\.pipe|Extractor\.pipe)\s+[\d.]+ s\s+([\d.]+) articles/s\s+(\d+) words/s")


def figure_name(bench: str, name: str) -> str:
    name = name.lower()
    return name if name.startswith(f"{bench}_") else f"{bench}_{name}"


def figures_from_line(bench: str, line: str) -> list[tuple[str, str]]:
    rate = EXTRACT_RATE.match(line)
    if rate:
        side = "bare" if rate.group(1).startswith("bare") else "ours"
        return [(f"extract_{side}_articles_per_s", rate.group(2)), (f"extract_{side}_words_per_s", rate.group(3))]
    match = FIGURE.match(line)
    return [(figure_name(bench, match.group(1)), match.group(2).strip())] if match else []


def parse_bench_figures(results: list[dict]) -> list[tuple[str, str]]:
    """parse_bench.py --json rows: newsmon's and trafilatura's scores per page set, and newsmon/trafilatura."""
    figures, by_set = [], {}
    for row in results:
        system = "newsmon" if row["system"] == "newsmon" else "trafilatura"
        set_name = re.sub(r"\W+", "_", row["set"])
        by_set.setdefault(set_name, {})[system] = row
        for key in ("f1", "title_exact", "date_exact", "author_exact", "pages_per_second"):
            if row.get(key) is not None:
                figures.append((f"parse_{set_name}_{system}_{key}", str(row[key])))
    for set_name, systems in by_set.items():
        ours, theirs = systems.get("newsmon"), systems.get("trafilatura")
        if ours and theirs and ours.get("f1") and theirs.get("f1"):
            figures.append((f"parse_{set_name}_f1_ratio", f"{ours['f1'] / theirs['f1']:.3f}"))
        if ours and theirs and theirs.get("pages_per_second"):
            figures.append((f"parse_{set_name}_speed_ratio",
                            f"{ours['pages_per_second'] / theirs['pages_per_second']:.3f}"))
    return figures


def run(bench: Bench, quick: bool, emit) -> bool:
    """Run one benchmark, emitting its figures as they come; True when it succeeded."""
    script = REPO / "bench" / bench.script
    if not script.exists():
        emit(f"{bench.name}_error", f"bench/{bench.script} not found")
        return False
    args = [sys.executable, str(script), *(bench.quick if quick else bench.full)]
    started = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+") as errors:
        process = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=errors, text=True)
        lines = []
        for line in process.stdout:
            lines.append(line)
            if not bench.json_output:
                for name, value in figures_from_line(bench.name, line.rstrip("\n")):
                    emit(name, value)
        status = process.wait()
        errors.seek(0)
        last_error = next((line.strip() for line in reversed(errors.read().splitlines()) if line.strip()), "")
    if status != 0:
        emit(f"{bench.name}_error", f"exit {status}: {last_error or 'no message'}")
        return False
    if bench.json_output:
        try:
            for name, value in parse_bench_figures(json.loads("".join(lines))):
                emit(name, value)
        except (ValueError, KeyError, TypeError) as error:
            emit(f"{bench.name}_error", f"unreadable output: {error!r}")
            return False
    emit(f"{bench.name}_bench_seconds", f"{time.perf_counter() - started:.1f}")
    return True


def print_figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny N everywhere: a smoke run")
    parser.add_argument("--only", default="", help="comma-separated benchmark names: "
                        + ",".join(b.name for b in BENCHES))
    args = parser.parse_args(argv)
    chosen = [name for name in args.only.split(",") if name]
    unknown = set(chosen) - {b.name for b in BENCHES}
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
    failed = [bench.name for bench in BENCHES
              if (not chosen or bench.name in chosen) and not run(bench, args.quick, print_figure)]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
