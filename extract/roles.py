"""People's roles and affiliations, from titles before a name and appositions around it.

"Finance secretary Shona Robison", "Wendy Dunsmore, Unite industrial officer,"
and "GMB Scotland senior organiser for public services, Keir Greenaway" all
say what a person is and whom they speak for. The parse already links these
words to the name (compound, amod, appos); we read the role off those links.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "case"}
ROLE_MAX_TOKENS = 12
DANGLING = re.compile(r"(?:\s+(?:for|of|at|with|in|from|to|the|and|’s|'s))+[\s,]*$", re.IGNORECASE)


@dataclass
class Role:
    text: str | None
    affiliation_span: tuple[int, int] | None  # character span of an ORG inside the role


def find_role(doc, start: int, end: int, org_spans: list[tuple[int, int]],
              role_titles=frozenset(), text: str | None = None) -> Role:
    """``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Role(None, None)
    tokens = title_tokens(span, role_titles) or apposition_tokens(span)
    if not tokens:
        return Role(None, None)
    return role_from_tokens(text if text is not None else doc.text, tokens, org_spans)


def title_tokens(span, role_titles=frozenset()) -> list:
    """Words before the name that modify it: "Finance secretary", "COSLA’s lead negotiator councillor",
    "Mayor" (a capitalised title counts when it is one of ``role_titles``)."""
    root = span.root
    picked = []
    for token in reversed(list(span.doc[max(0, span.start - ROLE_MAX_TOKENS): span.start])):
        if token.is_punct or token.dep_ == "det" or not attached_to(token, root, span):
            break
        picked.append(token)
    picked = [t for t in reversed(picked) if any(c.isalpha() for c in t.text)]
    if has_noun(picked) or any(t.text.rstrip(".").lower() in role_titles for t in picked):
        return picked
    return []


def attached_to(token, root, span) -> bool:
    """True when the token hangs off the name through modifier links only."""
    hops = 0
    while token.i not in range(span.start, span.end) and hops < ROLE_MAX_TOKENS:
        if token.dep_ not in MODIFIER_DEPS or token.head.i == token.i:
            return False
        token, hops = token.head, hops + 1
    return token.i in range(span.start, span.end)


def has_noun(tokens) -> bool:
    return any(t.pos_ in ("NOUN", "PROPN") and t.text[:1].islower() for t in tokens)


def apposition_tokens(span) -> list:
    """", Unite industrial officer," after the name, or "senior organiser …, " before it."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            return trimmed(child.subtree)
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        return trimmed(t for t in head.subtree if t.i < span.start and t.i >= head.left_edge.i)
    return []


def trimmed(tokens) -> list:
    tokens = [t for t in tokens]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "det"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or len(tokens) > ROLE_MAX_TOKENS or not has_noun(tokens):
        return []
    return tokens


def role_from_tokens(doc_text: str, tokens, org_spans) -> Role:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    affiliation = next(((s, e) for s, e in org_spans if s >= start and e <= end), None)
    text = doc_text[start:end]
    if affiliation:
        before, after = doc_text[start:affiliation[0]], doc_text[affiliation[1]:end]
        after = after[2:] if after[:2] in ("’s", "'s") else after
        text = f"{before} {after}".strip()
        if text.lower().startswith("the "):
            text = text[4:]
        # "spokeswoman for the [FDA]": the words that led to the organisation go with it.
        text = DANGLING.sub("", text)
    text = " ".join(text.split()).strip(" ,")
    return Role(text or None, affiliation)
