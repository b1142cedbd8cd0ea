"""Checks on the blind held-out gold set in tests/holdout/ (never tune against it)."""
import importlib.util
import json
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).parent
DEV = HOLDOUT.parent / "dev"
GROUND_TRUTH = HOLDOUT.parents[2] / "shared/benchmarks/article-extraction/zyte/ground-truth.json"

spec = importlib.util.spec_from_file_location("build_gold_holdout", DEV / "build_gold.py")
build_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_gold)
build_gold.use_directory(HOLDOUT)

DOCUMENTS = json.loads((HOLDOUT / "gold.json").read_text(encoding="utf-8"))["documents"]


def by_id(doc):
    return doc["id"]


def test_use_directory_points_the_builder_here():
    assert build_gold.ANNOTATIONS == HOLDOUT / "annotations"
    assert build_gold.TEXTS == HOLDOUT / "texts"
    assert build_gold.GOLD == HOLDOUT / "gold.json"


def test_no_article_is_shared_with_the_development_set():
    dev_ids = {path.stem for path in (DEV / "texts").glob("*.txt")}
    assert len(DOCUMENTS) >= 8
    assert dev_ids.isdisjoint(doc["id"] for doc in DOCUMENTS)


def test_every_annotation_file_is_in_gold_json():
    assert {p.stem for p in (HOLDOUT / "annotations").glob("*.yml")} == {doc["id"] for doc in DOCUMENTS}


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_gold_json_is_built_from_the_current_annotations(doc):
    assert build_gold.build_document(HOLDOUT / "annotations" / f"{doc['id']}.yml") == doc


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_text_is_the_benchmark_body(doc):
    if not GROUND_TRUTH.exists():
        pytest.skip("benchmark not present")
    truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    (page_id,) = [k for k in truth if build_gold.doc_id_for(k) == doc["id"]]
    assert doc["text"] == truth[page_id]["articleBody"]
    assert doc["url"] == truth[page_id]["url"]


@pytest.mark.parametrize("doc", DOCUMENTS, ids=by_id)
def test_quotes_slice_to_their_text_and_speakers_are_entities(doc):
    canonicals = {e["canonical"] for e in doc["entities"]}
    for quote in doc["quotes"]:
        assert doc["text"][quote["start"]:quote["end"]] == quote["text"]
        assert quote["speaker"] is None or quote["speaker"] in canonicals
