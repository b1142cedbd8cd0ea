"""Percentages found in real news sentences and read as numbers."""
import importlib.util
import json
import math
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from extract.percentages import find_percentages, parse_percent

# (sentence, [(value, points, qualifier), ...]) from UK, US and EU news.
PERCENT = [
    ("has tabled a five per cent offer to council workers.", [(5, False, None)]),
    ("an hourly increase of 67p (or 3.6%), whichever is higher", [(3.6, False, None)]),
    ("the lowest paid workers receive a 5.63% pay increase and most local government workers receive more than 4%.",
     [(5.63, False, None), (4, False, "more than")]),
    ("Unions have rejected a revised pay off of 5% from COSLA", [(5, False, None)]),
    ("hitting 16.057% on Monday", [(16.057, False, None)]),
    ("Seventy-eight percent of Americans live paycheck to paycheck.", [(78, False, None)]),
    ("More than 40 percent of households", [(40, False, "more than")]),
    ("a 15 percent tariff that the Trump administration", [(15, False, None)]),
    ("rose by 37 percent, from 0.90 percent to 1.23 percent, after",
     [(37, False, None), (0.9, False, None), (1.23, False, None)]),
    ("stayed below 6 percent for the fourth consecutive month", [(6, False, "below")]),
    ("up about 40% year to date", [(40, False, "about")]),
    ("down well over 60%, and", [(60, False, "well over")]),
    ("a [0.6% to 0.7%] hurricane headwind", [(0.6, False, None), (0.7, False, None)]),
    ("is regularly 97%–98% which I understand", [(97, False, None), (98, False, None)]),
    ("70 мл 10−20% сливок", [(10, False, None), (20, False, None)]),
    ("should be able to top up to 80-percent in under thirty minutes", [(80, False, "up to")]),
    ("DL Larry Ogunjobi 63 85% 1 tackle", [(85, False, None)]),
    ("native ad units (38%), followed by in-feed units (30%)", [(38, False, None), (30, False, None)]),
    ("efficiency from around 20% now to 24% by the end", [(20, False, "around"), (24, False, None)]),
    ("inflation of 3-5%", [(3, False, None), (5, False, None)]),
    ("between 3 and 5 per cent", [(3, False, None), (5, False, None)]),
    ("from 2 to 3 per cent", [(2, False, None), (3, False, None)]),
    ("10%-15% off", [(10, False, None), (15, False, None)]),
    ("cut rates in 2020 to 5%", [(5, False, None)]),
    ("orders stood at $9.49 billion - 29 per cent up", [(29, False, None)]),
    ("house prices rose 5pc, the Telegraph said; 4.5pc in London", [(5, False, None), (4.5, False, None)]),
    ("shares rose 3 pct on Tuesday", [(3, False, None)]),
    ("the economy shrank by minus 0.5% or -0.3% or −0.2%", [(-0.5, False, None), (-0.3, False, None), (-0.2, False, None)]),
    ("GDP growth (-3.2%)", [(-3.2, False, None)]),
    ("Labour's lead grew by 2 percentage points", [(2, True, None)]),
    # basis points are no percentage as written; the percentage point beside them is
    ("rates rose by 25 basis points, or a quarter of a percentage point", [(0.25, True, None)]),
    ("the bank raised rates by 100 basis points [1%] and by 50 bps", [(1, False, None)]),
    ("unemployment up 0.5pp and 3% points", [(0.5, True, None), (3, True, None)]),
    ("half a percentage point", [(0.5, True, None)]),
    ("twenty-one per cent and one hundred per cent and 2½%", [(21, False, None), (100, False, None), (2.5, False, None)]),
    ("more than 5.63 per cent", [(5.63, False, "more than")]),
    ("CPI inflation of 10.1% in the 12 months to September", [(10.1, False, None)]),
    ("Bank rate rose by 0.5 percentage points to 2.25%", [(0.5, True, None), (2.25, False, None)]),
    ("up 0.2 percentage point, or one and a half per cent, or two and a half percent",
     [(0.2, True, None), (1.5, False, None), (2.5, False, None)]),
    ("a 10 per cent pay rise and a 3.5% rise and ten per cent", [(10, False, None), (3.5, False, None), (10, False, None)]),
    ("a rise of 2-3 percentage points", [(2, True, None), (3, True, None)]),
    ("£2.7bn, or 1.2% of GDP", [(1.2, False, None)]),
    ("follows a 2-per-cent offer to 500,000 nurses, and awards of up to 6.8 per cent to doctors",
     [(2, False, None), (6.8, False, "up to")]),
    ("their pay will have increased by £5,323 (almost 30%) since April 2021", [(30, False, "almost")]),
]


@pytest.mark.parametrize("sentence,expected", PERCENT)
def test_percent_values(sentence, expected):
    got = [(p.value, p.points, p.qualifier) for p in find_percentages(sentence)]
    assert got == [(pytest.approx(v), pts, q) for v, pts, q in expected]


NOT_PERCENT = [
    "four-fifths of councils voted to accept",
    "a third of workers and two-thirds of staff",
    "Version tested: PC.",
    "5 PC games and 3 pcs",
    "https://example.com/hello%20world and file2%20x",
    "regular use increased by only a few percent",
    "Pos Player Plays % Stats",
    "it sold 50 BP shares and 3 PP units",
    "%165 голосов",
    "",
]


@pytest.mark.parametrize("sentence", NOT_PERCENT)
def test_not_a_percentage(sentence):
    assert find_percentages(sentence) == []


def test_each_percentage_counted_once():
    text = "a five per cent offer, 5 per cent, 5%, 5 percent, 5pc"
    assert [p.value for p in find_percentages(text)] == [5, 5, 5, 5, 5]


def test_offsets_cover_the_exact_surface_span():
    text = "Most staff get more than 4%, the lowest paid 5.63 per cent, a rise of 2 percentage points."
    found = find_percentages(text)
    assert [p.text for p in found] == ["more than 4%", "5.63 per cent", "2 percentage points"]
    for p in found:
        assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("written,expected", [
    ("5.63 per cent", (5.63, False)), ("2 percentage points", (2.0, True)), ("five per cent", (5.0, False)),
    ("0.5", None),
])
def test_parse_percent(written, expected):
    assert parse_percent(written) == expected


def test_fast_on_a_100k_word_text():
    paragraph = ("Unions rejected the five per cent offer, a 3-5% rise, while 12% of the workforce "
                 "in 2019 got more than 4.5 percent. ")
    text = paragraph * (100_000 // len(paragraph.split()) + 1)
    started = time.perf_counter()
    found = find_percentages(text)
    elapsed = time.perf_counter() - started
    assert len(found) == 5 * text.count("Unions")
    assert elapsed < 5, f"{elapsed:.1f}s"


@pytest.mark.parametrize("nasty", ["%" * 50_000, "1" * 50_000 + "%", "1-" * 20_000 + "%",
                                   "five and " * 10_000 + "per cent", "-" * 50_000 + "5%"])
def test_no_catastrophic_backtracking(nasty):
    started = time.perf_counter()
    find_percentages(nasty)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("odd", [
    "%", "%%%", "5%%", "-%", "minus %", "1" * 400 + "%", "5 \u043f\u0440\u043e\u0446\u0435\u043d\u0442\u043e\u0432 и 7%",
    "\u200b5%", "5\u00a0%", "“5%", "\x005%\x00", "between 3 and", "3-",
])
def test_odd_text_never_crashes(odd):
    for p in find_percentages(odd):
        assert odd[p.start:p.end] == p.text and math.isfinite(p.value)


SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD_FILES = [SHARED / "gold" / "seeds.json", Path(__file__).parent / "dev" / "gold.json"]


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.parent.name)
def test_percent_f1_on_gold(gold_file):
    scorer_path = SHARED / "tools" / "score_extraction.py"
    if not gold_file.exists() or not scorer_path.exists():
        pytest.skip("gold or shared scorer not available")
    spec = importlib.util.spec_from_file_location("score_extraction", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    documents = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    predictions = {d["id"]: {"percent": [asdict(p) for p in find_percentages(d["text"])]} for d in documents}
    metrics, errors = scorer.score(documents, predictions)
    assert metrics["PERCENT"]["f1"] >= 0.95, [e for e in errors if "PERCENT" in e]
