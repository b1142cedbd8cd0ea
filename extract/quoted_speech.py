"""Whether a quoted span is speech rather than a scare quote, a title, a slogan or a term."""

from __future__ import annotations

import re
from collections import Counter

from extract.attribution import QUOTE_PUNCTUATION, normalised


# Spans of fewer words than this must show they are speech (see is_quotation).
SHORT_SPAN_WORDS = 4

# Quoted titles and slogans are short: “Don’t Jerk and Drive”, “Star Wars”.
TITLE_MAX_WORDS = 14
SLOGAN_MAX_WORDS = 6

# What joins two quoted words in one list: “devastating” and “unacceptable” cuts, “slow”, “costly” or “unfair”.
QUOTES_JOINED = re.compile(r"[”\"’']\s*(?:,\s*)?(?:(?:and|or)\s+)?[“\"‘']")

# A quoted phrase standing before a noun as its modifier is a name or a term.
MODIFIER_MAX_WORDS = 6

# Words that judge rather than name: “fair and generous”, “deeply disappointing”.
JUDGEMENT_POS = {"ADJ", "ADV", "CCONJ"}
# Participles judge as adjectives do: “demoralised” staff, “escalating” action, “discredited” figures.
# Before a noun a past tense is a participle the tagger misread (“undervalued and poorly served” students).
PARTICIPLE_TAGS = {"VBN", "VBG", "VBD"}
# So do borrowed words, whatever the tagger made of them: the “ad hoc” response, a “de facto” ban.
JUDGING_TAGS = PARTICIPLE_TAGS | {"FW"}
COMPLETE_UTTERANCE_END = (",", "!", "?")
TITLE_FUNCTION_POS = ("ADP", "DET", "CCONJ", "SCONJ", "PART")


def _title_like(words, first_counts: bool = True) -> bool:
    """Capitalised content words, or a capital inside a word ("factcheckUK"): a title or a name.
    Without ``first_counts`` a short first word is no content word: a line's first word is
    capitalised whatever it is, so a lone one proves nothing."""
    if any(any(c.isupper() for c in w.text[1:]) and not w.text.isupper() for w in words):
        return True
    # Titles leave their small and function words in lowercase: "Dancing with the Stars".
    content = [w for w in words if (len(w.text) > 3 and not (w.is_lower and w.pos_ in TITLE_FUNCTION_POS))
               or first_counts and w.i == words[0].i]
    return bool(content) and all(w.text[:1].isupper() or w.like_num for w in content)


class QuotedSpeech:
    """Telling quoted speech from scare quotes, titles and terms.

    A part of speakers.Attributor, whose indexes it reads (self.doc, self.mentions, self.in_quote,
    self.words, ...) and whose other parts it calls."""

    def _sentence_bounds(self, span) -> tuple[int, int]:
        first = self.doc[self._token_at(span.start)].sent
        last = self.doc[self._token_at(max(span.start, span.end - 1))].sent
        start, end = self.paragraphs[span.paragraph]
        return max(first.start_char, start), min(last.end_char, end)

    def sentence_text(self, span) -> str:
        start, end = self._sentence_bounds(span)
        return self.text[start:end]

    def is_quotation(self, span) -> bool:
        """Quoted speech rather than a scare quote, a title or a term."""
        tokens = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            return False
        words = [t for t in tokens if t.is_alpha or t.like_num]
        if not words:
            return False
        if self._cut_by_page_end(span):
            return True
        judged = self._judged_as(tokens)
        headline_words = self._headline_words(span, tokens, words)
        if headline_words is not None:
            return headline_words
        if self._joined_to_quote(span):
            return True
        if len(words) <= SLOGAN_MAX_WORDS and self._times_quoted(span, tokens) > 1 \
                and not judged and not self._reported_by_speech_verb(span, tokens):
            return False  # a slogan or a name the article keeps quoting
        start, end = self._sentence_bounds(span)
        has_cue = any(start <= cue.token.idx < end for cue in self.cues_by_paragraph.get(span.paragraph, ()))
        text = self.text[span.start:span.end]
        # A slogan on a placard reads as a sentence: “Less Money on Testing, More Money on Students.”
        sentence_like = len(words) >= SHORT_SPAN_WORDS and text.endswith((".", "!", "?")) and "," in text
        introduced = self.text[self.paragraphs[span.paragraph][0]:span.start].rstrip("“\"‘' ").endswith(":") \
            or self._introducing_cue(span, strong_only=False) is not None \
            or (self._opens_sentence(span) and text.endswith(COMPLETE_UTTERANCE_END) and has_cue)
        if len(words) <= TITLE_MAX_WORDS and _title_like(words) and not sentence_like \
                and (not introduced or self._modifies_noun_outside(tokens) or self._noun_right_after(tokens)):
            # “Star Wars,” “Trading Nation”, “factcheckUK”, songs in a list; a name before its noun
            # even after a speech verb: 'Scott told “CBS This Morning” co-host Gayle King'.
            return False
        if judged:
            return True  # “devastating”, in the words of whoever described it so
        if text.endswith(COMPLETE_UTTERANCE_END) and has_cue and (len(words) > 1 or self._opens_sentence(span)):
            return True  # “No,” he said.
        if len(words) > 1 and text[:1].isupper() and text.endswith((".", "!", "?")) and self._opens_sentence(span) \
                and self._after_quote_in_paragraph(span):
            return True  # “It was calm until April,” she says. “Then everything changed.”
        if len(words) <= MODIFIER_MAX_WORDS and self._modifies_noun_outside(tokens) \
                and not (has_cue and self._reported_judgement(tokens, words)):
            return False  # a “skinny” trade deal, the “one country, two systems” formula
        if len(words) >= SHORT_SPAN_WORDS or (len(words) > 1 and text.endswith(COMPLETE_UTTERANCE_END)):
            return True
        return has_cue

    def _joined_to_quote(self, span) -> bool:
        """"accused the chancellor of making “devastating” and “unacceptable” welfare cuts": quoted
        words joined by "and", "or" or a comma to the quoted words before them are one list, of the
        same speaker's words when those are speech, whatever the parse made of the second."""
        before = self.span_before.get(span.start)
        return before is not None and before.paragraph == span.paragraph \
            and QUOTES_JOINED.fullmatch(self.text, before.end, span.start) is not None \
            and self.is_quotation(before)

    def _cut_by_page_end(self, span) -> bool:
        """The text ends inside a quote that opens a sentence ("… expand work stoppages. \"If we don't"):
        the excerpt cut the speaker's words off, however few are left."""
        return not span.closed and not self.text[span.end:].strip() and self._opens_sentence(span)

    def _headline_words(self, span, tokens, words) -> bool | None:
        """A headline, a standfirst or a crosshead sets in quotation marks the words of someone in the
        story ("Bin workers reject ‘totally inadequate’ offer", "‘Outrage’ over pay deal", "boss asks
        if data was 'deliberately' withheld"): its short quoted words are speech, however they stand.
        Not so a name or a title, whose words are capitalised past the line's first ("sued 'Mirror'",
        "“Wild Rose”"), nor a figure ("£200m"). Words the body quotes too are speech as the body's
        copy is, unless the headline reports them itself ("mayor says rise is ‘inevitable’"): a headline
        echoes speech, or repeats a term or a slogan the body uses. None where
        the span is no short quote on such a line, for the other tests to decide."""
        if not self.in_heading(span) or len(words) >= SHORT_SPAN_WORDS:
            return None
        if not any(word.is_alpha and len(word) > 1 for word in words):
            return False
        opens_line = not self.text[self.paragraphs[span.paragraph][0]:span.start].strip("“\"‘' ")
        if _title_like(words[1:] if opens_line else words, first_counts=False):
            return False
        copies = [other for other in self.spans if other.paragraph not in self.headline_paragraphs
                  and normalised(self.text[other.start:other.end]) == normalised(tokens.text)]
        return not copies or any(self.is_quotation(other) for other in copies) \
            or self._reported_by_speech_verb(span, tokens)

    def _reported_by_speech_verb(self, span, tokens) -> bool:
        """"Mr Swinney said it is “deeply troubling” that …" under the headline "‘Deeply troubling’":
        a phrase the article repeats is still someone's words where a strong speech verb reports it,
        whether or not its speaker is named yet in the body ("… represents “real progress”, the council
        leader said"): a slogan or a title is repeated, not reported. A headline or a standfirst that
        copies the body's words stays out unless it names who said them, and so does a label the
        article repeats before its noun (a ‘very high’ risk … the ‘very high’ warning). A headline names
        them with the weak verbs of headlines too ("‘You are wasting the court’s time’: Magistrate Moyo
        slams State")."""
        cue = self._governing_cue(span)
        if cue is not None and cue.speaker is not None and (cue.strong or span.paragraph in self.headline_paragraphs):
            return True
        return cue is not None and cue.strong and span.paragraph not in self.headline_paragraphs \
            and not self._modifies_noun_outside(tokens)

    def judged_as(self, span) -> bool:
        """The span follows the "as" of a verb of judging (see _judged_as)."""
        tokens = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        return tokens is not None and self._judged_as(tokens)

    def _judged_as(self, tokens) -> bool:
        """"described by police as “false”", "dismissed the claims as “nonsense”": words after the
        "as" of a verb of judging (attribution.yml's judging_verbs) are the judge's, however short. The
        words between "as" and the mark lean on the quoted ones (as the UK’s “area of interest”), and
        so does a "being" (labelled the union as being ‘unprincipled’)."""
        before = tokens.start - 1
        while before >= 0 and (self.doc[before].text in QUOTE_PUNCTUATION or self.doc[before].pos_ == "DET"
                               or (self.doc[before].lower_ == "being" and before < tokens.start - 1)
                               or any(tokens.start <= up.i < tokens.end for up in self.doc[before].ancestors)):
            before -= 1
        as_word = self.doc[before] if before >= 0 else None
        if as_word is not None and as_word.lower_ == "as" and as_word.head.lemma_ in self.words["judging_verbs"]:
            return True
        return self._named_so(tokens)

    def _named_so(self, tokens) -> bool:
        """"calling its actions “unprincipled”", "branded the offer “an insult”": the quality a verb of
        calling or judging (attribution.yml's naming_verbs and judging_verbs) gives the object before
        the quote is the judge's word. Without an object before it the verb names a thing ("a group
        called “Hope”"), and a quoted name is a title, not a judgement."""
        root = tokens.root
        verb = root.head if root.dep_ == "oprd" else root.head.head if root.dep_ == "appos" else None
        if verb is None or verb.i >= tokens.start or root.head.i >= tokens.start and root.dep_ == "appos":
            return False
        judging = self.words["naming_verbs"] | self.words["judging_verbs"]
        return verb.lemma_ in judging and verb.pos_ == "VERB" \
            and any(child.dep_ == "dobj" and child.i < tokens.start for child in verb.children) \
            and (root.dep_ == "oprd" or root.head.dep_ == "dobj")

    def _reported_judgement(self, tokens, words) -> bool:
        """Quoted adjectives or participles inside what a speech verb reports are the speaker's words,
        where a quoted name or the writer's own scare quote is not: the union said it was a “derisory”
        offer, adding that “undervalued and poorly served” students felt it too. So are those inside
        the object of a verb of judging: he criticised the “austerity-driven” government."""
        # A compound is what its last part is: “austerity-driven” judges as “driven” does.
        heads = [word for word in words if not (word.i + 1 < len(self.doc) and self.doc[word.i + 1].text == "-"
                                                and not word.whitespace_)]
        if not all(word.pos_ in JUDGEMENT_POS or word.tag_ in JUDGING_TAGS for word in heads):
            return False
        cue_tokens = {cue.token.i for cue in self.cues if cue.strong or cue.token.pos_ == "NOUN"
                      or cue.token.lemma_ in self.words["judging_verbs"]}
        head = tokens.root
        while head.head.i != head.i:
            head = head.head
            if head.i in cue_tokens:
                return True
        return False

    def _after_quote_in_paragraph(self, span) -> bool:
        return any(s.paragraph == span.paragraph and s.end <= span.start for s in self.spans)

    def _opens_sentence(self, span) -> bool:
        before = self.text[self.paragraphs[span.paragraph][0]:span.start].rstrip("“\"‘' ")
        # After a closed quote only if that quote ended a sentence: “A.” “B,” he said.
        return not before or before.rstrip("”\"’").endswith((".", "!", "?", ":"))

    def _count_quoted_texts(self):
        self.quoted_texts = Counter(normalised(self.text[s.start:s.end]) for s in self.spans)
        self.headline_paragraphs = {s.paragraph for s in self.spans if s.paragraph in self.heading_paragraphs}
        self.quoted_in_body = Counter(normalised(self.text[s.start:s.end]) for s in self.spans
                                      if s.paragraph not in self.headline_paragraphs)

    def _times_quoted(self, span, tokens) -> int:
        """How often the article quotes these words. A headline, a standfirst or a subheading quotes
        a word or two of the body's speech ("Union rejects ‘derisory’ offer" over "the union said the
        offer was “derisory”"): that copy makes the body's words no slogan, so a body quote counts
        the body's copies only."""
        counts = self.quoted_texts if span.paragraph in self.headline_paragraphs else self.quoted_in_body
        return counts[normalised(tokens.text)]

    def _noun_right_after(self, tokens) -> bool:
        """A noun straight after the closing mark, no comma between: “CBS This Morning” co-host."""
        after = tokens.end
        while after < len(self.doc) and self.doc[after].text in QUOTE_PUNCTUATION:
            after += 1
        return after < len(self.doc) and self.doc[after].pos_ == "NOUN" and self.doc[after].is_lower

    def _modifies_noun_outside(self, tokens) -> bool:
        roots = [t for t in tokens if not (tokens.start <= t.head.i < tokens.end) or t.head.i == t.i]
        return any(r.dep_ in ("amod", "compound", "nmod") and r.head.i >= tokens.end for r in roots)
