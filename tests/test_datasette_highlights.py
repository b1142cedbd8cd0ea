"""Laying stored facts over article text for the article page."""
from newsmon.datasette_plugins.highlights import Highlight, lay_out, placeable

BODY = "Unison said: “Pay rose 5% at COSLA.”\n\nCOSLA said nothing.\n\n  \n\nLast line."


def flat(paragraphs):
    """Each paragraph as (text, quoted?, highlight kind) triples."""
    return [[(piece.text, stretch.quote is not None, piece.highlight and piece.highlight.kind)
             for stretch in paragraph for piece in stretch.pieces] for paragraph in paragraphs]


def at(text: str, kind: str, nth: int = 0) -> Highlight:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return Highlight(start, start + len(text), kind)


def test_paragraphs_quotes_and_inline_facts_cover_the_text_exactly():
    quote = at("Pay rose 5% at COSLA.", "quote")
    inline = [at("Unison", "entity"), at("5%", "percent"), at("COSLA", "entity"), at("COSLA", "entity", 1)]
    paragraphs = lay_out(BODY, [quote], inline)
    assert flat(paragraphs) == [
        [("Unison", False, "entity"), (" said: “", False, None), ("Pay rose ", True, None),
         ("5%", True, "percent"), (" at ", True, None), ("COSLA", True, "entity"), (".", True, None),
         ("”", False, None)],
        [("COSLA", False, "entity"), (" said nothing.", False, None)],
        [("Last line.", False, None)],  # blank paragraphs are dropped
    ]


def test_a_quote_running_over_a_paragraph_break_is_cut_at_the_break():
    start = BODY.index("nothing")
    quote = Highlight(start, BODY.index("line"), "quote")
    paragraphs = lay_out(BODY, [quote], [])
    assert flat(paragraphs)[1] == [("COSLA said ", False, None), ("nothing.", True, None)]
    assert flat(paragraphs)[2] == [("Last ", True, None), ("line.", False, None)]
    # only the stretch where the quote really ends says who spoke
    assert [s.ends_quote for p in paragraphs for s in p if s.quote] == [False, True]


def test_overlapping_and_out_of_range_spans_are_dropped_not_garbled():
    spans = [Highlight(0, 6, "entity"), Highlight(3, 10, "entity"), Highlight(0, 2, "money"),
             Highlight(5, 999, "entity"), Highlight(-1, 2, "entity"), Highlight(7, 7, "entity")]
    kept = placeable(spans, len(BODY))
    assert [(s.start, s.end) for s in kept] == [(0, 6)]
