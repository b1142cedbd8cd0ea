"""Article parsing benchmark: newsmon's parser against the installed trafilatura.

Runs both over the real pages in ../shared/benchmarks/article-extraction/ in
the same process and scores them with ../shared/tools/score_articles.py:

* ``zyte/``: body text, Zyte benchmark metric (word 4-gram precision/recall/F1);
* ``trafilatura-en/``: ``with``/``without`` snippets, plus title and date
  exact-match rates (and our own author exact-match rate).

newsmon is called the way ``newsmon parse FILE.html --url URL`` calls it
(`scraper.article.parse_article` on the decoded page). trafilatura runs with
its defaults (as in the published benchmarks), with metadata on for title/date.

usage: python bench/parse_bench.py [--shared ../shared] [--save DIR] [--json]
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import time
from pathlib import Path

import trafilatura

from scraper.article import parse_article
from scraper.encoding import decode

REPO = Path(__file__).resolve().parent.parent


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_articles", shared / "tools" / "score_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def zyte_pages(root: Path) -> tuple[dict, dict]:
    """(ground truth, {page id: (html, url)}) for the pages present on disk."""
    truth = json.loads((root / "ground-truth.json").read_text())
    pages = {}
    for page_id, entry in truth.items():
        path = root / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages[page_id] = (decode(gzip.decompress(path.read_bytes()))[0], entry["url"])
    return {k: truth[k] for k in pages}, pages


def snippet_pages(root: Path) -> tuple[dict, dict]:
    evaldata = json.loads((root / "evaldata-en.json").read_text())
    pages = {}
    for url, entry in evaldata.items():
        path = root / "html" / entry["file"]
        if path.exists():
            pages[url] = (decode(path.read_bytes())[0], url)
    return {k: evaldata[k] for k in pages}, pages


def run_newsmon(html: str, url: str) -> dict:
    article = parse_article(html, url=url)
    return {"articleBody": article.body, "title": article.title, "date": article.published,
            "author": "; ".join(article.authors)}


def run_trafilatura(html: str, url: str) -> dict:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if document is None:
        return {"articleBody": ""}
    return {"articleBody": document.text or "", "title": document.title, "date": document.date,
            "author": document.author}


SYSTEMS = {"newsmon": run_newsmon, f"trafilatura {trafilatura.__version__}": run_trafilatura}


def predict(system, pages: dict) -> tuple[dict, float]:
    """Predictions keyed like the pages, and pages per second."""
    # warm up first: lazy imports (htmldate loads dateparser on first use) are a
    # one-off cost per process, not a per-page one
    for html, url in list(pages.values())[:3]:
        system(html, url)
    start = time.perf_counter()
    predictions = {key: system(html, url) for key, (html, url) in pages.items()}
    return predictions, len(pages) / (time.perf_counter() - start)


def author_exact(gold: dict, predictions: dict) -> float:
    """Share of pages with a gold author whose author(s) we got exactly.

    Not in score_articles.py; ours: case, dots and separators (";", "and")
    are ignored, so "David Brand; Ramsey Khalifeh" matches "David Brand and Ramsey Khalifeh".
    """
    def words(value) -> list[str]:
        text = "; ".join(value) if isinstance(value, list) else str(value or "")
        return re.sub(r"\band\b|[;.,]", " ", text.lower()).split()

    pages = [key for key, entry in gold.items() if entry.get("author")]
    right = sum(words(gold[key]["author"]) == words(predictions[key].get("author")) for key in pages)
    return round(right / len(pages), 4) if pages else None


def warm_up_date_parser() -> None:
    """Load dateparser's locale data once (a few seconds, once per process).

    Both extractors reach it through htmldate on a page with a free-text date;
    without this, whichever runs first on such a page pays for both.
    """
    from htmldate.extractors import get_external_parser

    get_external_parser().get_date_data("12 xyz")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--save", type=Path, help="write each system's predictions here as JSON")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    args = parser.parse_args()

    scorer = load_scorer(args.shared)
    warm_up_date_parser()
    bench = args.shared / "benchmarks" / "article-extraction"
    sets = {
        "zyte": (zyte_pages(bench / "zyte"), scorer.zyte),
        "trafilatura-en": (snippet_pages(bench / "trafilatura-en"), scorer.snippets),
    }
    results = []
    for set_name, ((gold, pages), score) in sets.items():
        for system_name, system in SYSTEMS.items():
            predictions, speed = predict(system, pages)
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                slug = system_name.split()[0]
                (args.save / f"{set_name}-{slug}.json").write_text(json.dumps(predictions, ensure_ascii=False))
            row = {"set": set_name, "system": system_name, **score(gold, predictions),
                   "pages_per_second": round(speed, 1)}
            if set_name == "trafilatura-en":
                row["author_exact"] = author_exact(gold, predictions)
            results.append(row)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print_table(results)


def print_table(results: list[dict]) -> None:
    columns = ["set", "system", "pages", "f1", "precision", "recall", "title_exact", "date_exact",
               "author_exact", "pages_per_second"]
    print(" | ".join(columns))
    for row in results:
        print(" | ".join("-" if row.get(c) is None else str(row.get(c)) for c in columns))


if __name__ == "__main__":
    main()
