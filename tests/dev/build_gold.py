#!/usr/bin/env python3
"""Build tests/dev/gold.json from hand-written annotations.

usage:
  build_gold.py [--dir DIR] COMMAND ...     DIR: another set laid out like this
                                            one (texts/, annotations/, gold.json),
                                            e.g. tests/holdout; default tests/dev
  build_gold.py import PAGE_ID_PREFIX ...   copy article bodies into texts/
  build_gold.py show DOC_ID                 print a text with numbered paragraphs
  build_gold.py build [DOC_ID ...]          check annotations, write gold.json,
                                            print each resolved quote for review

The annotations in annotations/<doc id>.yml are written by a person reading the
text. This script only does the clerical part: it turns the opening words of
each quote into character offsets (the span runs to the closing quotation mark,
or to the end of the paragraph when the paragraph leaves the quote open) and
refuses anything that is not found exactly once. It also lists quotation marks,
currency amounts and percentages that no annotation covers, so that an omission
is a decision rather than an oversight.
"""
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
ANNOTATIONS = HERE / "annotations"
GOLD = HERE / "gold.json"
GROUND_TRUTH = HERE.parents[2] / "shared/benchmarks/article-extraction/zyte/ground-truth.json"

# Opening mark -> marks that may close it: pages mix curly and straight quotes, and some open
# with a right-hand mark (”Bird flu …”).
CLOSING = {"“": "”\"", '"': '"”', "‘": "’'", "'": "'’", "”": "”\""}
ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")
# Reading aids only: things a careful reader should have looked at.
MONEY_HINT = re.compile(r"(?:[£$€¥₹]|\bRs\.? ?)\s?\d|\b\d[\d,.]*\s?(?:million |billion |trillion )?"
                        r"(?:dollars|cents|pounds|euros|yuan|won|rupees|crore)\b", re.I)
PERCENT_HINT = re.compile(r"%|\bper ?cent\b|\bpercent\b|\bpercentage points?\b", re.I)


def use_directory(directory):
    """Work on another gold set with the same layout, such as tests/holdout."""
    global TEXTS, ANNOTATIONS, GOLD
    directory = Path(directory).resolve()
    TEXTS, ANNOTATIONS, GOLD = directory / "texts", directory / "annotations", directory / "gold.json"


class AnnotationError(Exception):
    pass


def doc_id_for(page_id):
    return "zyte_" + page_id[:12]


def import_texts(prefixes):
    truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    TEXTS.mkdir(exist_ok=True)
    for prefix in prefixes:
        (page_id,) = [k for k in truth if k.startswith(prefix)]
        path = TEXTS / f"{doc_id_for(page_id)}.txt"
        path.write_text(truth[page_id]["articleBody"], encoding="utf-8", newline="")
        print(path.name, truth[page_id]["url"])


def read_text(doc_id):
    # newline="" keeps any \r as it is, so offsets match the benchmark body.
    with open(TEXTS / f"{doc_id}.txt", encoding="utf-8", newline="") as file:
        return file.read()


def show(doc_id):
    for number, paragraph in enumerate(read_text(doc_id).split("\n")):
        print(f"[{number}] {paragraph}")


def quote_end(text, start, opening):
    """Index of the closing mark, or of the paragraph end if the quote stays open."""
    paragraph_end = text.find("\n", start)
    if paragraph_end == -1:
        paragraph_end = len(text)
    for position in range(start, paragraph_end):
        # Some pages close a double quote with two single marks (’’).
        if opening in "“\"" and text[position:position + 2] in ("’’", "''"):
            return position
        if text[position] not in CLOSING[opening]:
            continue
        # A single quote followed by a letter is an apostrophe, not a closing mark.
        if text[position] in "’'" and text[position + 1:position + 2].isalpha():
            continue
        return position
    return paragraph_end


def resolve_quote(text, spec):
    """spec: [opening words, speaker] or {"q", "speaker", optional "nth" (1-based), "to": last words}."""
    if isinstance(spec, list):
        if len(spec) not in (2, 3) or (len(spec) == 3 and not isinstance(spec[2], dict)):
            raise AnnotationError(f"malformed quote row {spec!r}")
        spec = {"q": spec[0], "speaker": spec[1], **(spec[2] if len(spec) > 2 else {})}
    opening_words = spec["q"]
    starts = [m.start() for m in re.finditer(re.escape(opening_words), text)
              if text[:m.start()].rstrip(" ")[-1:] in CLOSING]
    if "nth" in spec:
        starts = starts[spec["nth"] - 1:spec["nth"]]
    if len(starts) != 1:
        raise AnnotationError(f"quote {opening_words!r} found {len(starts)} times after an opening mark")
    start = starts[0]
    if "to" in spec:
        end = text.index(spec["to"], start) + len(spec["to"])
    else:
        end = quote_end(text, start, text[:start].rstrip(" ")[-1])
    # The span holds the words inside the marks, without stray spaces at either edge.
    end = start + len(text[start:end].rstrip())
    return {"start": start, "end": end, "text": text[start:end], "speaker": spec.get("speaker")}


def build_entities(annotation, text):
    entities = []
    for label in ("ORG", "PERSON"):
        for canonical, aliases in (annotation.get(label) or {}).items():
            forms = list(dict.fromkeys([canonical] + list(aliases or [])))
            missing = [form for form in forms if form not in text]
            if missing:
                raise AnnotationError(f"{label} {canonical}: aliases not in text: {missing}")
            entities.append({"label": label, "canonical": canonical, "aliases": forms})
    return entities


def build_amounts(rows, text, kind):
    mentions = []
    for row in rows or []:
        # A comma left unquoted in a YAML flow list splits the row: refuse it.
        shape = (str, (int, float), str, (str, type(None))) if kind == "money" else (str, (int, float))
        lengths = (3, 4) if kind == "money" else (2,)
        if len(row) not in lengths or not all(map(isinstance, row, shape)):
            raise AnnotationError(f"malformed {kind} row {row!r}")
        if kind == "money":
            mention_text, value, currency, *rest = row
            if not ISO_CURRENCY.match(currency):
                raise AnnotationError(f"{mention_text!r}: {currency!r} is not an ISO code")
            mentions.append({"text": mention_text, "value": value, "currency": currency,
                             "per": rest[0] if rest else None})
        else:
            mention_text, value = row
            mentions.append({"text": mention_text, "value": float(value)})
    for mention_text in {m["text"] for m in mentions}:
        wanted = sum(m["text"] == mention_text for m in mentions)
        if wanted > text.count(mention_text):
            raise AnnotationError(f"{kind} {mention_text!r} annotated {wanted} times, "
                                  f"occurs {text.count(mention_text)} times")
    return mentions


def covered(text, mention_texts):
    spans = []
    for mention_text in mention_texts:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(mention_text), text)]
    return lambda position: any(start <= position < end for start, end in spans)


def report_uncovered(doc, text):
    """Print reading aids: marks and figures no annotation accounts for."""
    spans = [(q["start"], q["end"]) for q in doc["quotes"]]
    for match in re.finditer(r"[“”\"‘]", text):
        # A mark belongs to a quote when only spaces separate it from the span.
        opens = any(text[match.end():start].strip() == "" and match.end() <= start for start, _ in spans)
        closes = any(text[end:match.start()].strip() == "" and end <= match.start() for _, end in spans)
        inside = any(start <= match.start() < end for start, end in spans)
        if not (opens or closes or inside):
            print(f"   unannotated mark at {match.start()}: {text[match.start():match.start() + 50]!r}")
    for hint, kind in ((MONEY_HINT, "money"), (PERCENT_HINT, "percent")):
        is_covered = covered(text, [m["text"] for m in doc[kind]])
        for match in hint.finditer(text):
            if not is_covered(match.start()):
                context = text[max(0, match.start() - 30):match.end() + 20]
                print(f"   unannotated {kind}? {context!r}")


def build_document(path):
    annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc_id = path.stem
    text = read_text(doc_id)
    doc = {
        "id": doc_id,
        "source": annotation["source"],
        "url": annotation["url"],
        "text": text,
        "removed_boilerplate": [],
        "entities": build_entities(annotation, text),
        "money": build_amounts(annotation.get("money"), text, "money"),
        "percent": build_amounts(annotation.get("percent"), text, "percent"),
        "quotes": [resolve_quote(text, spec) for spec in annotation.get("quotes") or []],
    }
    canonicals = {e["canonical"] for e in doc["entities"]}
    for quote in doc["quotes"]:
        if quote["speaker"] is not None and quote["speaker"] not in canonicals:
            raise AnnotationError(f"speaker {quote['speaker']!r} is not a canonical entity")
    starts = [q["start"] for q in doc["quotes"]]
    if len(set(starts)) != len(starts):
        raise AnnotationError("two quotes share a start offset")
    doc["quotes"].sort(key=lambda q: q["start"])
    return doc


def build(review_ids):
    documents, failed = [], False
    for path in sorted(ANNOTATIONS.glob("*.yml")):
        try:
            doc = build_document(path)
        except AnnotationError as error:
            print(f"{path.stem}: ERROR {error}")
            failed = True
            continue
        documents.append(doc)
        print(f"{doc['id']}: {len(doc['quotes'])} quotes, {len(doc['money'])} money, "
              f"{len(doc['percent'])} percent, {len(doc['entities'])} entities")
        if doc["id"] in review_ids:
            for quote in doc["quotes"]:
                print(f"   [{quote['speaker']}] {quote['text']!r}")
            report_uncovered(doc, doc["text"])
    if failed:
        sys.exit(1)
    GOLD.write_text(json.dumps({"format": 1, "documents": documents}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    totals = {k: sum(len(d[k]) for d in documents) for k in ("quotes", "money", "percent")}
    print(f"{len(documents)} documents, {totals}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--dir"]:
        use_directory(arguments[1])
        arguments = arguments[2:]
    command, *args = arguments
    {"import": import_texts, "show": lambda ids: show(ids[0]), "build": build}[command](args)
