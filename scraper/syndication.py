"""Spot the same wire story published by several outlets.

A PA or Reuters piece reaches us from many sites with different headlines,
an extra paragraph here, a trimmed ending there. Each copy is stored with its
own outlet; this module only says which copies belong together.

Texts are compared as sets of word 5-grams ("shingles"), estimated with
MinHash and looked up with locality-sensitive hashing (datasketch), so adding
a story costs the same however many are indexed. Two write-ups of the same
event by different journalists share few 5-grams (on the Zyte benchmark the
closest such pair has a Jaccard similarity under 0.1) while copies of one wire
text share most of them, hence a threshold of 0.5.

    index = SyndicationIndex()
    index.add("bbc:123", body)      # -> None: first time we see this story
    index.add("sky:456", body2)     # -> "bbc:123": the group it joins

Signatures are bytes, so the store can keep them and rebuild the index later
with `add_signature` without re-reading the texts.
"""
from __future__ import annotations

import functools
import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.5
MIN_WORDS = 40  # shorter texts share too few shingles to judge
SEED = 1  # seed and scheme fixed: signatures must stay comparable across runs and upgrades
SCHEME = "affine32"
VERSION = f"minhash-{SCHEME}-{SHINGLE_WORDS}w-{NUM_PERM}p-{SEED}"  # provenance for stored groupings


def words(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def shingles(text: str) -> set[bytes]:
    tokens = words(text)
    return {" ".join(tokens[i:i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(max(0, len(tokens) - SHINGLE_WORDS + 1))}


def minhash(text: str) -> MinHash | None:
    """MinHash of the text's shingles, or None for a text too short to compare."""
    if len(words(text)) < MIN_WORDS:
        return None
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=permutations())
    sketch.update_batch(list(shingles(text)))
    return sketch


@functools.cache
def permutations():
    """Drawn once: MinHash would redraw the same ones from the seed for every text."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(body: str) -> bytes | None:
    """Compact, storable signature of a text (NUM_PERM × 8 bytes), None if too short."""
    sketch = minhash(body)
    return None if sketch is None else sketch.hashvalues.astype("<u8").tobytes()


def from_signature(data: bytes) -> LeanMinHash:
    """A stored signature, ready to compare (lean: no permutations, it takes no more text)."""
    return LeanMinHash(seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype="<u8").astype(np.uint64))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return from_signature(a).jaccard(from_signature(b))


class SyndicationIndex:
    """Groups near-identical texts; a group is named by the key of its first member."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sketches: dict[str, MinHash] = {}
        self.group_of: dict[str, str] = {}
        self.sizes: dict[str, int] = {}

    def add(self, key: str, body: str) -> str | None:
        """Index a text; returns the group key of the copies it matches, else None."""
        sketch = minhash(body)
        return None if sketch is None else self._add(key, sketch)

    def add_signature(self, key: str, data: bytes | None) -> str | None:
        """Same as `add`, from a stored `signature`."""
        return None if not data else self._add(key, from_signature(data))

    def matches(self, data: bytes) -> list[tuple[float, str]]:
        """Indexed texts whose estimated similarity to this signature passes the threshold,
        best first, without indexing it."""
        sketch = from_signature(data)
        scored = [(self.sketches[k].jaccard(sketch), k) for k in self.lsh.query(sketch)]
        return sorted(((score, k) for score, k in scored if score >= self.threshold), reverse=True)

    def group(self, key: str) -> str | None:
        """The group key of an indexed text that has copies, else None."""
        group = self.group_of.get(key)
        return group if group is not None and self.sizes[group] > 1 else None

    def _add(self, key: str, sketch: MinHash) -> str | None:
        if key in self.sketches:
            return self.group(key)
        # LSH gives candidates; keep those whose estimated similarity really passes
        matches = [(self.sketches[k].jaccard(sketch), k) for k in self.lsh.query(sketch)]
        matches = [(score, k) for score, k in matches if score >= self.threshold]
        self.sketches[key] = sketch
        self.lsh.insert(key, sketch)
        group = self.group_of[max(matches)[1]] if matches else key
        self.group_of[key] = group
        self.sizes[group] = self.sizes.get(group, 0) + 1
        return group if matches else None

    def __len__(self) -> int:
        return len(self.sketches)
