"""Direct quotes: the words between quotation marks, and who said them.

Finding the spans is a pass over the characters of each paragraph; deciding
whether a short span is a quote or a scare quote, and who spoke it, uses the
parse spaCy has already made (see extract/speakers.py).

A span is the words inside the marks, as the gold annotations define it: a
paragraph that opens a quote without closing it ends the quote at the
paragraph's end (the next paragraph re-opens it), and quotation marks nested
inside a quote belong to the outer quote.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from extract.records import EntityMention, Quote
from extract.speakers import Attributor

DOUBLE_OPENING = "“„«"
DOUBLE_CLOSING = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPENING = "‘‹"
SINGLE_CLOSING = "’›"
STRAIGHT_SINGLE = "'"
# Some pages write a double mark as two single ones: ‘‘…’’.
DOUBLED_SINGLE_OPENING = ("‘‘", "''")
DOUBLED_SINGLE_CLOSING = ("’’", "''")
# ‘90s, ’til, ‘em, rock ‘n’ roll: a single mark eliding letters, not a quote.
ELISION = re.compile(r"(?:\d\ds\b|\d\d\b|til\b|tis\b|twas\b|em\b|n[’']|cause\b|bout\b)", re.I)
# Words that follow a closing mark in an attribution: ‘… these terms’ he said.
ATTRIBUTION_WORDS = {"he", "she", "they", "it", "we", "i", "you", "said", "says", "added", "adds", "told",
                     "tells", "according", "the", "a", "an", "was", "is"}
# Words that go on a sentence after a quote but never follow a possessive ("members’ pay"): money
# spent on ‘shiny projects’ and claimed …, ‘the lives of our members’ to the council.
CONTINUING_WORDS = {"and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "as", "that", "which",
                    "who", "are", "were", "has", "have", "had", "will", "would", "because", "after", "before"}
SINGLE_CLOSING_MARK = re.compile("[" + SINGLE_CLOSING + STRAIGHT_SINGLE + "]")
# A single-quoted quote closes within this many characters or is no quote.
SINGLE_QUOTE_MAX_CHARS = 3000
# Words that introduce a term rather than speech: known as “farmer’s lung”, the so-called “frunk”;
# and a page's own labels: click ‘OK’, tap “Follow”, Posts Tagged ‘budget’.
TERM_INTRODUCERS = re.compile(
    r"(?:\bknown\s+as|\bcalled|\bdubbed|\bso-called|\btermed|\bnicknamed|\bcoined|"
    r"\breferred\s+to\s+as|\bthe\s+term|\bthe\s+phrase|\bthe\s+word|\ba\.k\.a\.?|\baka|"
    r"\bclick(?:\s+on)?|\btap(?:\s+on)?|\btagged)"
    r"\s*(?:the\s+|a\s+|an\s+)?[“\"‘']$", re.I)
# "what he called “a betrayal”": someone calling it so is speech, a thing called so is a term.
# (The text read ends with the opening mark.)
SPEAKER_CALLED = re.compile(r"\b(?:he|she|they|we|i|you|who|it)\s+(?:has\s+|had\s+|have\s+)?"
                            r"(?:called|dubbed|termed|labell?ed)\b[^“\"‘']*[“\"‘']$", re.I)
# A gloss after the closing mark defines the term: “hot tub lung”, a lung disease caused by …
GLOSS_AFTER = re.compile(r"[”\"’'](\s*,|\s*[–—]|\s-)?\s*(?:a|an|or|meaning)\s", re.I)
# "a company official said", "an aide told reporters": the words after the mark name a speaker.
SPEECH_VERB_FORMS = (r"\b(?:said|says|told|tells|added|adds|wrote|writes|explained|explains|noted|notes|"
                     r"stated|states|warned|warns|insisted|argued|argues|replied|confirmed|admitted|tweeted)\b")
SPEAKER_AFTER_GLOSS = re.compile(r"[^.;:!?”\"]{0,60}?" + SPEECH_VERB_FORMS, re.I)
# "the union said, will lead to “fewer staff”, an increase in …": after a speech verb in the same
# sentence the words in marks are reported, and what follows the comma is the next item of a list.
SPEECH_BEFORE = re.compile(SPEECH_VERB_FORMS + r"[^.;:!?“”\"]{0,80}[“\"‘']$", re.I)
# Terms are short noun phrases; anything longer, or a sentence, is speech.
TERM_MAX_WORDS = 5
# A left-hand double mark glued to the word before it and free after it, or ending the paragraph,
# was typed for a closing one: “… continue to erode the near term outlook“, but reiterated …
MISTYPED_CLOSING = "(?<=\\S)“(?=[\\s,.;:!?)]|$)|“(?=\\s*$)"
# A straight double mark free on its left and glued to the word after it opens a quote, as a
# left-hand mark does: inside a quote it opens a nested one (the sheriff who said: "You surely
# mean …?" Unabashed, …) or a new one the writer forgot to close, and closes nothing. Before the
# attribution after a comma or a stop it is a closing mark typed with its space on the wrong side:
# "… the costings associated with it, "she said. (Each pattern starts at the mark, so the scan
# can jump from mark to mark; the look-behinds read back over it.)
_FREE_BEFORE_MARK = '(?<![^\\s(\\[{—–/:;…-]")'
_ATTRIBUTION_AFTER_MARK = '(?<=[,.!?] ")(?:he|she|they|we|it|said|says|added|adds|told)\\b'
STRAIGHT_OPENER = '"' + _FREE_BEFORE_MARK + "(?=[\\w‘'])(?!" + _ATTRIBUTION_AFTER_MARK + ")"
STRAIGHT_CLOSER = '"(?:(?!' + _FREE_BEFORE_MARK + ")|(?![\\w‘'])|(?=" + _ATTRIBUTION_AFTER_MARK + "))"
# A left-hand double mark glued to the word after it opens a quote.
DOUBLE_OPENER = re.compile("“(?=[\\w‘'])|" + STRAIGHT_OPENER)
# A double quote's closing mark, the doubled single ones first: ’’ closes ‘‘.
CLOSING_MARK = re.compile("|".join(DOUBLED_SINGLE_CLOSING) + "|[" + DOUBLE_CLOSING + "]|" + STRAIGHT_CLOSER + "|"
                          + MISTYPED_CLOSING)
GERMAN_CLOSING_MARK = re.compile("|".join(DOUBLED_SINGLE_CLOSING) + "|[" + DOUBLE_CLOSING + STRAIGHT_DOUBLE + "“]")
# Characters that can open a quote: the scan jumps from one to the next.
OPENING_CANDIDATE = re.compile("[" + re.escape(DOUBLE_OPENING + STRAIGHT_DOUBLE + SINGLE_OPENING + STRAIGHT_SINGLE)
                               + "”]")
# What may stand before an opening mark and after a closing one.
BEFORE_OPENING = " \t([{—–-/:;…"
AFTER_CLOSING = " \t)]}—–-/:;,.!?…"


@dataclass
class QuotedSpan:
    start: int  # first character inside the marks
    end: int  # just after the last character inside the marks
    closed: bool  # False when the paragraph ended before a closing mark
    paragraph: int  # index into paragraphs(text)
    opens_paragraph: bool  # the paragraph's first character is this span's mark


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: news bodies put one paragraph per line."""
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((start, start + len(body)))
        start += len(line)
    return spans


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted span in the text, in order."""
    spans = []
    for number, (start, end) in enumerate(paragraphs(text)):
        spans.extend(_spans_in_paragraph(text, start, end, number))
    return spans


def _spans_in_paragraph(text: str, start: int, end: int, number: int) -> list[QuotedSpan]:
    first_visible = start + len(text[start:end]) - len(text[start:end].lstrip())
    single_closers = _single_closers(text, start, end)
    double_marks = _DoubleMarks(text, start, end)
    spans = []
    position = start
    while position < end:
        candidate = OPENING_CANDIDATE.search(text, position, end)
        if candidate is None:
            break
        position = candidate.start()
        opening = _opening_mark_at(text, position, start, end)
        if opening is None:
            position += 1
            continue
        kind, width = opening
        inside = position + width
        reopening = None
        if kind == "single":
            close = _next_single_closer(single_closers, inside)
        else:
            close = _closing_mark_from(text, inside, end, german=text[position] == "„")
            reopening = None if text[position] == "„" else double_marks.reopening(inside, close[0] if close else end)
            if reopening is not None:
                close = None  # the writer left this quote open and began the next one
            elif close is not None and text[position] != "„":
                close = double_marks.outer_close(inside, close)
        if close is None and kind == "single" and position != first_visible \
                and not _single_quote_runs_on(text, position, start):
            # An unclosed single mark is far more often an apostrophe, unless it
            # opens the paragraph: British style runs ‘…’ quotes over paragraphs too.
            position += width
            continue
        close_at, close_width = close if close else (reopening or end, 0)
        span = _trimmed(text, inside, close_at)
        if span:
            spans.append(QuotedSpan(span[0], span[1], close is not None, number,
                                    opens_paragraph=_opens_paragraph(text, position, first_visible)))
        position = close_at + close_width
    return spans


class _DoubleMarks:
    """The left-hand double marks that open a quote in a paragraph and the marks that close one,
    to tell a quote nested in a quote from one the writer forgot to close."""

    def __init__(self, text, start, end):
        self.text, self.start, self.end = text, start, end
        self.openers = [m.start() for m in DOUBLE_OPENER.finditer(text, start, end)]
        self.closers = [(m.start(), m.end()) for m in CLOSING_MARK.finditer(text, start, end)]
        self.closer_starts = [at for at, _ in self.closers]

    def reopening(self, inside, close_at):
        """Where a left-hand mark before close_at opens a new quote, the one before it never
        closed: “We can do much better. “I haven’t watched the game back …” Two marks open and
        one closes, so the second cannot be nested. A nested quote closes before its outer one
        does and mid-sentence: “… before these “losses” occurred."""
        i = bisect_left(self.openers, inside)
        while i < len(self.openers) and self.openers[i] < close_at:
            at = self.openers[i]
            later = bisect_left(self.closer_starts, at)
            if len(self.closers) - later <= len(self.openers) - i and self._starts_anew(at, later):
                return at
            i += 1
        return None

    def outer_close(self, inside, first_close):
        """The mark closing a quote that holds a quote in the same marks: “Not turning up is not
        “fighting for Glasgow”. The consequences … would have been catastrophic.” Each mark
        opening inside takes the next closing one; the quote ends at the first closing mark
        left over. When none is left the first closing mark stands."""
        i = bisect_left(self.openers, inside)
        if i == len(self.openers) or self.openers[i] >= first_close[0]:
            return first_close
        j = bisect_left(self.closer_starts, inside)
        depth = 0
        while j < len(self.closers):
            if i < len(self.openers) and self.openers[i] < self.closer_starts[j]:
                depth, i = depth + 1, i + 1
            elif depth:
                depth, j = depth - 1, j + 1
            else:
                at, after = self.closers[j]
                return at, after - at
        return first_close

    def _starts_anew(self, at, next_closer):
        """After a full stop, or glued to a word and running to the paragraph's end:
        ‘… paying higher rates of income tax “Freezing things for a long time …”'."""
        before = self.text[max(self.start, at - 8):at].rstrip()
        if before.endswith((".", "!", "?", "…")):
            return True
        if not (before[-1:].isalnum() and self.text[at + 1:at + 2].isupper()):
            return False
        return next_closer == len(self.closers) or not self.text[self.closers[next_closer][1]:self.end].strip()


def _single_quote_runs_on(text, position, paragraph_start) -> bool:
    """"Macer said: ‘No one takes action lightly. It’s …": a single mark after an introducing
    colon, left open to the paragraph's end, opens a quote that runs to the paragraph's end, as
    an unclosed quote does, whether the next paragraph re-opens it (British style, in single or,
    on some pages, double marks) or the writer forgot to close it. No apostrophe follows an
    introducing colon. (Its own apostrophes, "It’s", can close nothing.)"""
    return text[max(paragraph_start, position - 8):position].rstrip().endswith(":")


def _opens_paragraph(text, position, first_visible) -> bool:
    """The mark is the paragraph's first character, or follows only an opening bracket:
    a paragraph that is a quote in parentheses, (“There is simply no money left.”)."""
    return position == first_visible or (position == first_visible + 1 and text[first_visible] in "([")


def _opening_mark_at(text, position, paragraph_start, paragraph_end):
    """("double"|"single", width) when a quotation opens at position."""
    pair = text[position:position + 2]
    char = text[position]
    before = text[position - 1] if position > paragraph_start else " "
    after = text[position + 1] if position + 1 < paragraph_end else " "
    if pair in DOUBLED_SINGLE_OPENING and (before in BEFORE_OPENING or before in "“\""):
        return ("double", 2)
    if char in DOUBLE_OPENING:
        return ("double", 1)
    if char == "”":
        # Free on its left and glued to a word on its right, a right-hand mark was typed
        # for an opening one: ”We are doing everything possible,” the spokesperson said.
        # So was one glued to the comma or colon that introduces speech (the officer said,”There
        # is …) and one opening the paragraph before a spaced word (” We are set to …): the scan
        # only reaches a mark outside every quote, where a right-hand mark has nothing to close.
        if (before.isspace() or before in BEFORE_OPENING) and after.isalnum():
            return ("double", 1)
        if before in ",:" and after.isupper():
            return ("double", 1)
        if not text[paragraph_start:position].strip() and after == " " and text[position + 2:position + 3].isupper():
            return ("double", 2)
        return None
    if char == STRAIGHT_DOUBLE:
        if before.isdigit():
            return None  # inches: a 70" TV
        # A straight mark glued to a word on its left and free on its right
        # closes a quote whose opening we missed: do not open one here.
        if not before.isspace() and before not in BEFORE_OPENING and (after.isspace() or after in AFTER_CLOSING):
            return None
        return ("double", 1)
    if char in SINGLE_OPENING or char == STRAIGHT_SINGLE:
        if (before.isspace() or before in BEFORE_OPENING or before in "“\"") and after.isalnum() \
                and not ELISION.match(text, position + 1):
            return ("single", 1)
    return None


def _closing_mark_from(text, position, paragraph_end, german=False):
    """(offset, width) of the mark closing a double quote opened just before position."""
    # German quotes open with „ and close with “, the English opening mark.
    mark = (GERMAN_CLOSING_MARK if german else CLOSING_MARK).search(text, position, paragraph_end)
    return (mark.start(), len(mark.group())) if mark else None


def _single_closers(text, start, end) -> list[int]:
    """Offsets in the paragraph where a single mark can close a quote: not "that’s",
    not "members’ pay"."""
    closers = []
    for match in SINGLE_CLOSING_MARK.finditer(text, start, end):
        at = match.start()
        after = text[at + 1] if at + 1 < end else " "
        if at > start and not text[at - 1].isspace() and not after.isalnum() \
                and not _plural_possessive(text, at, after):
            closers.append(at)
    return closers


def _next_single_closer(closers, inside):
    """The first closer after the opening mark, near enough to be its quote's end."""
    i = bisect_left(closers, inside + 1)
    if i < len(closers) and closers[i] - inside <= SINGLE_QUOTE_MAX_CHARS:
        return (closers[i], 1)
    return None


def _plural_possessive(text, at, after):
    """True for the apostrophe in "members’ pay": an s, the mark, a space, a lower-case word
    that is not the "he said" of an attribution nor a word that goes on the sentence."""
    if not (text[at - 1] == "s" and after == " " and text[at + 2:at + 3].islower()):
        return False
    next_word = text[at + 2:at + 14].split(" ", 1)[0].strip(",.;:")
    return next_word not in ATTRIBUTION_WORDS and next_word not in CONTINUING_WORDS


def _trimmed(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def is_quoted_term(text: str, span: QuotedSpan) -> bool:
    """A short noun phrase in quotation marks that the text introduces as a term ("known as",
    "dubbed", "so-called") or glosses right after (“hot tub lung”, a disease …): a word being
    defined, not words anyone said."""
    quoted = text[span.start:span.end]
    if not span.closed or len(quoted.split()) > TERM_MAX_WORDS or quoted.endswith((".", "!", "?")):
        return False
    opening = text[max(0, span.start - 40):span.start]
    introduced = TERM_INTRODUCERS.search(opening) and not SPEAKER_CALLED.search(opening)
    gloss = GLOSS_AFTER.match(text, span.end)  # the comma inside the marks, American style, counts too
    if gloss and (SPEAKER_AFTER_GLOSS.match(text, gloss.end())
                  or SPEECH_BEFORE.search(text, max(0, span.start - 140), span.start)):
        gloss = None  # “The fix is on schedule,” a company official said: an attribution, not a gloss
    return bool(introduced or (gloss and (gloss.group(1) or quoted.endswith(","))))


def find_quotes(doc, mentions: list[EntityMention], text: str | None = None,
                spans: list[QuotedSpan] | None = None, role_nouns: frozenset[str] | None = None) -> list[Quote]:
    """Direct quotes in a parsed article, each with its speaker taken from mentions.

    ``text`` is ``doc.text`` when the caller has it: spaCy rebuilds that string on every access;
    ``spans`` are ``quoted_spans(text)`` when the caller has them (the pipeline finds them once
    for the speakers' names and the quotes); ``role_nouns`` are the gazetteer's (the alias
    file's jobs that stand for a person), else the default alias file's."""
    text = doc.text if text is None else text
    if not text.strip():
        return []
    spans = quoted_spans(text) if spans is None else spans
    if not spans:
        return []
    if not doc.has_annotation("DEP"):
        # Without a parse there is nothing to attribute with: the spans, unattributed.
        return [Quote(text[s.start:s.end], s.start, s.end, None) for s in spans]
    bounds = paragraphs(text)
    attributor = Attributor(doc, spans, mentions, bounds, text, role_nouns)
    # A link to another story ("READ MORE: ‘…’") quotes that story, not this one.
    spans = [span for span in spans if span.paragraph not in attributor.link_paragraphs
             and (not is_quoted_term(text, span) or attributor.judged_as(span)) and attributor.is_quotation(span)]
    attributor.keep_only(spans)
    quotes = []
    attributions, own = {}, {}  # final and first-found attributions, by span start
    for span in spans:
        attribution = attributor.attribute(span)
        own[span.start] = attribution
        if attribution.speaker is None and (attribution.verb is None or attributor.in_heading(span)):
            # A headline's or standfirst's quote that retells words quoted below is their speaker's,
            # though its own verb's subject named no one: "Health secretary tells HSJ there are “…”".
            attribution = attributor.echoed(span) or attribution
        elif span.start in attributor.continued:
            attribution = attributor.echoed(span, only_own=True) or attribution
        quotes.append(_quote(text, span, attribution, attributor))
        attributions[span.start] = attribution
    summaries = [span.closed and (attributor.in_heading(span) or attributor.in_lede(span)) for span in spans]
    for i, span in enumerate(spans):
        if quotes[i].speaker is None and summaries[i]:
            # A headline, crosshead or lede above the words it retells: their speakers are known only now
            # ("‘Staff have been underpaid …’" over a statement's continued paragraphs).
            attribution = attributor.echoed(span)
            if attribution is not None:
                quotes[i] = _quote(text, span, attribution, attributor)
                attributions[span.start] = attribution
    for i, span in enumerate(spans):
        if quotes[i].speaker is None and summaries[i]:
            # A headline's or the lede's word or two lifted from a longer quote below, or reported
            # there without marks; a headline's quotes hung from one speech verb naming no one.
            attribution = attributor.echoed_within(span, attributions) or attributor.reported_unquoted(span) \
                or (attributor.shared_cue(span, own, attributions) if attributor.in_heading(span) else None)
            if attribution is not None:
                quotes[i] = _quote(text, span, attribution, attributor)
    return quotes


def _quote(text: str, span, attribution, attributor) -> Quote:
    return Quote(
        text=text[span.start:span.end],
        start=span.start,
        end=span.end,
        speaker=attribution.speaker.canonical if attribution.speaker else None,
        speaker_label=attribution.speaker.label if attribution.speaker else None,
        verb=attribution.verb,
        sentence=attributor.sentence_text(span),
    )
