"""Plain English words, from the model's own lemmatizer index (WordNet's nouns, verbs,
adjectives and adverbs): what tells "Tomb Raider" from "Sione Takitaki"."""
from __future__ import annotations

POS_TABLES = ("noun", "verb", "adj", "adv")


def english_words(nlp) -> frozenset[str]:
    """Lowercase words the lemmatizer knows; empty when the model has no such index."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    words = set()
    for pos in POS_TABLES:
        words.update(w for w in index.get(pos, ()) if "_" not in w)
    return frozenset(words)


def is_plain_word(word: str, words: frozenset[str]) -> bool:
    """"Raider", "Wars", "Checker", "Families": a word of the language, singular or plural."""
    lower = word.lower()
    return lower in words or (lower.endswith("s") and lower[:-1] in words) \
        or (lower.endswith("es") and lower[:-2] in words) \
        or (lower.endswith("ies") and lower[:-3] + "y" in words)


def is_plain_token(token, words: frozenset[str]) -> bool:
    """A parsed word of the language as written or by its lemma ("Contacting" by "contact")."""
    return is_plain_word(token.text, words) or is_plain_word(token.lemma_, words)
