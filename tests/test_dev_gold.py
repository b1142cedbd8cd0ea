"""Checks on the hand-annotated development set in tests/dev/."""
import importlib.util
import json
import re
from pathlib import Path

import pytest

DEV = Path(__file__).parent / "dev"
GROUND_TRUTH = Path(__file__).resolve().parents[2] / "shared/benchmarks/article-extraction/zyte/ground-truth.json"
ISO_4217 = {"USD", "GBP", "EUR", "JPY", "CNY", "KRW", "INR", "AUD", "CAD", "CHF", "HKD", "AED", "NZD", "SGD"}

spec = importlib.util.spec_from_file_location("build_gold", DEV / "build_gold.py")
build_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_gold)

GOLD = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
DOCUMENTS = GOLD["documents"]


def by_id(doc):
    return doc["id"]


def test_format_and_size():
    assert GOLD["format"] == 1
    assert len(DOCUMENTS) >= 20
    assert len({doc["id"] for doc in DOCUMENTS}) == len(DOCUMENTS)
    assert len({doc["source"] for doc in DOCUMENTS}) >= 12


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_text_is_the_file_and_the_benchmark_body(doc):
    with open(DEV / "texts" / f"{doc['id']}.txt", encoding="utf-8", newline="") as file:
        assert doc["text"] == file.read()
    if GROUND_TRUTH.exists():
        truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
        (page_id,) = [k for k in truth if build_gold.doc_id_for(k) == doc["id"]]
        assert doc["text"] == truth[page_id]["articleBody"]
        assert doc["url"] == truth[page_id]["url"]


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_quotes_slice_to_their_text(doc):
    text = doc["text"]
    previous_end = 0
    for quote in doc["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        assert quote["text"] == quote["text"].strip() != ""
        opening = text[:quote["start"]].rstrip(" ")[-1]
        assert opening in "“\"‘'", "a quote starts right after its opening mark"
        assert quote["start"] >= previous_end, "quotes are sorted and do not overlap"
        previous_end = quote["end"]


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_speakers_are_canonical_entities_or_null(doc):
    canonicals = {e["canonical"] for e in doc["entities"]}
    for quote in doc["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in canonicals


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_entities(doc):
    canonicals = [e["canonical"] for e in doc["entities"]]
    assert len(set(canonicals)) == len(canonicals)
    for entity in doc["entities"]:
        assert entity["label"] in ("ORG", "PERSON")
        assert entity["canonical"] in entity["aliases"]
        for alias in entity["aliases"]:
            assert alias in doc["text"], alias


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_money_and_percent_mentions(doc):
    text = doc["text"]
    for mention in doc["money"]:
        assert mention["text"] in text
        assert isinstance(mention["value"], (int, float)) and not isinstance(mention["value"], bool)
        assert mention["value"] > 0
        assert mention["currency"] in ISO_4217
        assert mention["per"] is None or re.fullmatch(r"[A-Za-z ]+", mention["per"])
    for mention in doc["percent"]:
        assert mention["text"] in text
        assert isinstance(mention["value"], float)
        # The number as written appears in the mention, or is spelt out.
        assert re.search(r"\d|\b[a-z]+\b", mention["text"])
    for kind in ("money", "percent"):
        for mention_text in {m["text"] for m in doc[kind]}:
            annotated = sum(m["text"] == mention_text for m in doc[kind])
            assert annotated <= text.count(mention_text), mention_text


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_gold_json_is_built_from_the_current_annotations(doc):
    assert build_gold.build_document(DEV / "annotations" / f"{doc['id']}.yml") == doc


def test_every_annotation_file_is_in_gold_json():
    assert {p.stem for p in (DEV / "annotations").glob("*.yml")} == {doc["id"] for doc in DOCUMENTS}


def test_totals_reach_the_targets():
    assert sum(len(doc["quotes"]) for doc in DOCUMENTS) >= 141
    assert sum(len(doc["money"]) for doc in DOCUMENTS) >= 58
    assert sum(len(doc["percent"]) for doc in DOCUMENTS) >= 70


def test_open_quote_runs_to_paragraph_end():
    text = "She said: “First part.\n“Second part.”\n"
    quote = build_gold.resolve_quote(text, ["First", None])
    assert quote["text"] == "First part."


def test_apostrophe_does_not_close_a_single_quote():
    text = "He called it ‘the people’s deal’ on Monday."
    assert build_gold.resolve_quote(text, ["the people", None])["text"] == "the people’s deal"


def test_ambiguous_or_missing_quote_is_refused():
    text = "“Yes,” he said. “Yes,” she said."
    with pytest.raises(build_gold.AnnotationError):
        build_gold.resolve_quote(text, ["Yes", None])
    assert build_gold.resolve_quote(text, ["Yes", None, {"nth": 2}])["start"] == 17
    with pytest.raises(build_gold.AnnotationError):
        build_gold.resolve_quote(text, ["No", None])


def test_unquoted_comma_in_a_yaml_row_is_refused():
    with pytest.raises(build_gold.AnnotationError):
        build_gold.build_amounts([["$39", "014", 39014, "USD"]], "$39,014", "money")
