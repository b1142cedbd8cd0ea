"""Near-duplicate detection of one wire story across outlets."""
import json
import random
import re
from pathlib import Path

import pytest

from scraper.syndication import SyndicationIndex, signature, similarity

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEEDS = SHARED / "seeds"
ZYTE_TRUTH = SHARED / "benchmarks" / "article-extraction" / "zyte" / "ground-truth.json"


def seed_texts() -> list[str]:
    if not SEEDS.is_dir():
        pytest.skip("reference seeds not present")
    return [p.read_text() for p in sorted(SEEDS.glob("*.txt"))]


def outlet_copy(text: str, outlet: str, rng: random.Random) -> str:
    """What a second outlet makes of a wire text: own intro and sign-off, a trimmed
    ending, a few words changed."""
    paragraphs = [p for p in text.splitlines() if p.strip()]
    paragraphs = paragraphs[:max(3, int(len(paragraphs) * 0.85))]
    edited = []
    for paragraph in paragraphs:
        words = paragraph.split()
        for _ in range(len(words) // 40):
            words[rng.randrange(len(words))] = "indeed"
        edited.append(" ".join(words))
    return "\n\n".join([f"This story was provided by the PA news agency to {outlet}.", *edited,
                        f"Sign up to the {outlet} newsletter for more stories like this."])


def test_copies_of_a_wire_story_group_and_different_stories_do_not():
    rng = random.Random(4)
    index = SyndicationIndex()
    keys = {}
    for number, text in enumerate(seed_texts()):
        assert index.add(f"stv:{number}", text) is None  # same topic, different stories
        keys[number] = f"stv:{number}"
    for number, text in enumerate(seed_texts()):
        for outlet in ("Herald", "Courier"):
            assert index.add(f"{outlet}:{number}", outlet_copy(text, outlet, rng)) == keys[number]
    assert index.group("stv:0") == "stv:0"
    assert len(index) == 9


def test_signatures_round_trip_and_estimate_similarity():
    first, second, third = seed_texts()
    copy = outlet_copy(first, "Herald", random.Random(1))
    assert similarity(signature(first), signature(first)) == 1.0
    assert similarity(signature(first), signature(copy)) > 0.6
    assert similarity(signature(first), signature(second)) < 0.2
    index = SyndicationIndex()
    index.add_signature("a", signature(first))
    assert index.add_signature("b", signature(copy)) == "a"
    assert index.add_signature("c", signature(third)) is None


def test_short_texts_are_not_grouped():
    assert signature("Bin strikes called off.") is None
    index = SyndicationIndex()
    assert index.add("a", "Bin strikes called off.") is None
    assert index.add("b", "Bin strikes called off.") is None
    assert index.group("a") is None


def test_no_false_groups_among_real_articles_on_shared_topics():
    """The Zyte benchmark has several outlets' own write-ups of the same events."""
    if not ZYTE_TRUTH.exists():
        pytest.skip("benchmark not present")
    truth = json.loads(ZYTE_TRUTH.read_text())
    index = SyndicationIndex()
    groups = [index.add(page_id, entry["articleBody"]) for page_id, entry in truth.items()]
    assert len(index) > 100
    assert [g for g in groups if g] == []
    # and the same article extracted with different page furniture still matches itself
    for page_id, entry in list(truth.items())[:20]:
        paragraphs = entry["articleBody"].split("\n")
        noisy = "\n".join(["Advertisement", "Share this article", *paragraphs, "Most read", "Related stories"])
        if len(re.findall(r"\w+", entry["articleBody"])) >= 60:
            assert index.add(f"copy:{page_id}", noisy) == page_id
