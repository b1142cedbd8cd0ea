"""Number parsing shared by the money and percentage finders."""
import re

import pytest

from extract.numbers import NUMBER, multiplier, parse_number, qualifier_before, split_scale

PARSED = [
    ("1,900", 1900), ("2,205,000", 2205000), ("77.5", 77.5), (".5", 0.5),
    ("0.90", 0.9), ("2½", 2.5), ("10\u202f000", 10000),
    ("five", 5), ("Seventy-eight", 78), ("twenty-one", 21), ("twenty one", 21),
    ("one hundred and twenty", 120), ("a hundred", 100), ("two thousand", 2000),
    ("a million", 1e6), ("half a billion", 5e8), ("a quarter of a million", 250000),
    ("one and a half million", 1.5e6), ("two and a half", 2.5), ("three quarters", 0.75),
    ("half", 0.5), ("nought", 0),
    ("39.821.000,00", 39821000), ("1.500,50", 1500.5), ("1.234", 1.234),
]


@pytest.mark.parametrize("text,expected", PARSED)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "many", "few", "1.2.3", "dozens"])
def test_not_a_number(text):
    assert parse_number(text) is None


# What the NUMBER fragment picks out of running text: "and" joins only
# after a scale word or before "a half", so ranges stay two numbers.
SPANS = [
    ("between five and ten per cent", ["five", "ten"]),
    ("a five per cent rise", ["five"]),
    ("half a billion pounds", ["half a billion"]),
    ("one and a half million dollars", ["one and a half million"]),
    ("one hundred and twenty pounds", ["one hundred and twenty"]),
    ("a quarter of a million pounds", ["a quarter of a million"]),
    ("the 1,900 workers and 77.5 others", ["1,900", "77.5"]),
]


@pytest.mark.parametrize("text,expected", SPANS)
def test_number_spans(text, expected):
    assert [m.group(0) for m in re.finditer(NUMBER, text)] == expected


@pytest.mark.parametrize("word,expected", [
    ("m", 1e6), ("M", 1e6), ("mn", 1e6), (" million", 1e6), ("-million", 1e6),
    ("bn", 1e9), ("b", 1e9), (" billion", 1e9), ("k", 1e3), ("tn", 1e12),
    (" trillion", 1e12), (" lakh", 1e5), (" crore", 1e7), (None, 1),
])
def test_multiplier(word, expected):
    assert multiplier(word) == expected


@pytest.mark.parametrize("before,expected", [
    ("earning less than ", "less than"), ("a flat-rate increase of over ", "over"),
    ("a rise of well over ", "well over"), ("it will cost no more than ", "no more than"),
    ("Almost ", "almost"), ("up to ", "up to"), ("at least ", "at least"),
    ("roughly ", "roughly"), ("some ", "some"), ("just under ", "just under"),
    ("the ", None), ("pushover ", None), ("", None),
])
def test_qualifier_before(before, expected):
    found = qualifier_before(before + "£5", len(before))
    assert (found[0] if found else None) == expected
    if found:
        assert (before + "£5")[found[1]:].lower().startswith(expected.split()[0])


@pytest.mark.parametrize("text,expected", [
    ("three billion", (3, 1e9)), ("one and a half million", (1.5, 1e6)), ("million", (1, 1e6)),
    ("77.5", (77.5, 1)), ("two hundred", (200, 1)), ("five", (5, 1)),
])
def test_split_scale(text, expected):
    assert split_scale(text) == expected
