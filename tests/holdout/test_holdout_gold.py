"""Checks on the held-out gold sets tests/holdout/ to tests/holdout5/ (never tune against them) and on
the second development set tests/dev2/, which is built with the same tooling."""
import importlib.util
import itertools
import json
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).parents[1]
DEV = TESTS / "dev"
# The held-out sets, then tests/dev2: all laid out like tests/dev and built by its build_gold.py.
SETS = [TESTS / "holdout", TESTS / "holdout2", TESTS / "holdout3", TESTS / "holdout4", TESTS / "holdout5", TESTS / "dev2"]
BENCHMARKS = TESTS.parents[1] / "shared/benchmarks/article-extraction"
GROUND_TRUTH = BENCHMARKS / "zyte/ground-truth.json"
# tests/holdout5 is cut by newsmon's parser from trafilatura's English evaluation pages, not from Zyte bodies.
TRAFILATURA_PAGES = BENCHMARKS / "trafilatura-en/evaldata-en.json"
FROM_TRAFILATURA_PAGES = {"holdout5"}


def builder_for(directory):
    """A separate copy of the dev builder per set, since use_directory sets module globals."""
    spec = importlib.util.spec_from_file_location(f"build_gold_{directory.name}", DEV / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.use_directory(directory)
    return module


BUILDERS = {directory.name: builder_for(directory) for directory in SETS}
DOCUMENTS = {directory.name: json.loads((directory / "gold.json").read_text(encoding="utf-8"))["documents"]
             for directory in SETS}
SET_AND_DOC = [pytest.param(name, doc, id=f"{name}-{doc['id']}") for name, docs in DOCUMENTS.items() for doc in docs]
ZYTE_DOCS = [param for param in SET_AND_DOC if param.values[0] not in FROM_TRAFILATURA_PAGES]
TRAFILATURA_DOCS = [param for param in SET_AND_DOC if param.values[0] in FROM_TRAFILATURA_PAGES]


def ids_of(name):
    return {doc["id"] for doc in DOCUMENTS[name]}


@pytest.mark.parametrize("directory", SETS, ids=lambda d: d.name)
def test_use_directory_points_the_builder_at_the_set(directory):
    builder = BUILDERS[directory.name]
    assert builder.ANNOTATIONS == directory / "annotations"
    assert builder.TEXTS == directory / "texts"
    assert builder.GOLD == directory / "gold.json"


@pytest.mark.parametrize("directory", SETS, ids=lambda d: d.name)
def test_no_article_is_shared_with_the_development_set(directory):
    dev_ids = {path.stem for path in (DEV / "texts").glob("*.txt")}
    assert len(DOCUMENTS[directory.name]) >= 8
    assert dev_ids.isdisjoint(ids_of(directory.name))


@pytest.mark.parametrize("first,second", list(itertools.combinations([d.name for d in SETS], 2)))
def test_no_two_sets_share_an_article(first, second):
    assert ids_of(first).isdisjoint(ids_of(second))


@pytest.mark.parametrize("directory", SETS, ids=lambda d: d.name)
def test_every_annotation_and_text_is_in_gold_json(directory):
    annotated = {p.stem for p in (directory / "annotations").glob("*.yml")}
    texts = {p.stem for p in (directory / "texts").glob("*.txt")}
    assert annotated == texts == ids_of(directory.name)


@pytest.mark.parametrize("name,doc", SET_AND_DOC)
def test_gold_json_is_built_from_the_current_annotations(name, doc):
    builder = BUILDERS[name]
    assert builder.build_document(builder.ANNOTATIONS / f"{doc['id']}.yml") == doc


@pytest.mark.parametrize("name,doc", ZYTE_DOCS)
def test_text_is_the_benchmark_body(name, doc):
    if not GROUND_TRUTH.exists():
        pytest.skip("benchmark not present")
    truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    (page_id,) = [k for k in truth if BUILDERS[name].doc_id_for(k) == doc["id"]]
    assert doc["text"] == truth[page_id]["articleBody"]
    assert doc["url"] == truth[page_id]["url"]


# One page is XHTML; its text is what matters here, not how lxml's HTML parser reads XML.
@pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning")
@pytest.mark.parametrize("name,doc", TRAFILATURA_DOCS)
def test_text_is_cut_from_its_benchmark_page(name, doc):
    """Each paragraph's opening occurs, in order, in the text of the saved page the document names.

    Compared on letters and digits only: the parser joins inline elements ("(CNN)It") and may
    normalise spaces and punctuation."""
    if not TRAFILATURA_PAGES.exists():
        pytest.skip("benchmark not present")
    from bs4 import BeautifulSoup

    page = json.loads(TRAFILATURA_PAGES.read_text(encoding="utf-8"))[doc["url"]]
    html = (TRAFILATURA_PAGES.parent / "html" / page["file"]).read_bytes()
    page_letters = letters_only(BeautifulSoup(html, "lxml").get_text(" "))
    position = 0
    for paragraph in filter(None, map(letters_only, doc["text"].splitlines())):
        position = page_letters.find(paragraph[:30], position)
        assert position >= 0, paragraph[:30]


def letters_only(text):
    return re.sub(r"\W+", "", text).lower()


@pytest.mark.parametrize("name,doc", SET_AND_DOC)
def test_quotes_slice_to_their_text_and_speakers_are_entities(name, doc):
    canonicals = {e["canonical"] for e in doc["entities"]}
    for quote in doc["quotes"]:
        assert doc["text"][quote["start"]:quote["end"]] == quote["text"]
        assert quote["speaker"] is None or quote["speaker"] in canonicals
