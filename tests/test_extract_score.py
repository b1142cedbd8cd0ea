"""`newsmon extract` scored by the shared tool, on the seeds (issue 3's bar) and on
the dev set (the figures it meets today, so that a regression fails).

One CLI run in a subprocess extracts both sets; the scorer ignores documents
that are not in the gold file it is given.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "score_extraction.py"
SEED_GOLD = SHARED / "gold" / "seeds.json"
SEED_TEXTS = sorted((SHARED / "gold" / "texts").glob("*.txt"))
DEV_GOLD = REPO / "tests" / "dev" / "gold.json"
DEV_TEXTS = sorted((REPO / "tests" / "dev" / "texts").glob("*.txt"))
NEWSMON = Path(sys.executable).with_name("newsmon")

SEED_MIN = {"ORG.f1": 0.95, "PERSON.f1": 0.95, "MONEY.f1": 0.95, "PERCENT.f1": 0.95,
            "QUOTE.f1": 0.95, "SPEAKER.accuracy": 0.95}
# What the dev set scores now, rounded down: raise these as extraction improves.
# ORG, PERSON and SPEAKER were lowered when the dev set grew from 26 to 36
# articles with ten harder ones (products, venues, bands): 0.01 below the
# figures the extractor scored on the 36 then (ORG 0.824, PERSON 0.936, SPEAKER 0.950).
DEV_MIN = {"ORG.f1": 0.81, "PERSON.f1": 0.92, "MONEY.f1": 0.98, "PERCENT.f1": 0.99,
           "QUOTE.f1": 0.98, "SPEAKER.accuracy": 0.93}

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not SCORER.exists(), reason=f"shared scorer not found at {SCORER}")]


@pytest.fixture(scope="module")
def predictions(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extract") / "pred.jsonl"
    result = subprocess.run([str(NEWSMON), "extract", *map(str, SEED_TEXTS + DEV_TEXTS)],
                            capture_output=True, text=True, cwd=REPO, timeout=600)
    assert result.returncode == 0, result.stderr
    out.write_text(result.stdout, encoding="utf-8")
    return out


def score(gold: Path, predictions: Path, minimums: dict) -> subprocess.CompletedProcess:
    mins = [f"{k}={v}" for k, v in minimums.items()]
    return subprocess.run([sys.executable, str(SCORER), str(gold), str(predictions), "--min", *mins],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not SEED_GOLD.exists(), reason=f"seed gold not found at {SEED_GOLD}")
def test_seeds_pass_the_issue_command(predictions):
    result = score(SEED_GOLD, predictions, SEED_MIN)
    assert result.returncode == 0, result.stdout


def test_dev_set_holds_its_figures(predictions):
    result = score(DEV_GOLD, predictions, DEV_MIN)
    assert result.returncode == 0, "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith("  "))


def test_every_line_carries_the_extractor_version(predictions):
    lines = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [p.stem for p in SEED_TEXTS + DEV_TEXTS]
    versions = {line["extractor_version"] for line in lines}
    assert len(versions) == 1 and versions.pop().startswith("newsmon-extract/")
