"""Who said a quote: attribution from the article's own structure.

No coreference model is installable offline, so speakers are resolved with
rules over the parse spaCy has already made:

- cues are speech verbs outside the quotes ("said", "added", "told",
  "according to", "as X put it") and speech nouns with an owner ("his words",
  "directives from Xi"); a quote takes the cue that introduces it ("said, “…”"),
  else the cue it hangs from in the parse, else the nearest in its sentence,
  else the one before it in its paragraph;
- a cue's subject is resolved to a mention: names (also ones the recogniser
  missed here but found elsewhere), people in apposition ("GMB senior
  organiser, Keir Greenaway,"), organisations behind spokespeople ("a WeWork
  spokesperson"), pronouns by gender and salience (recent speakers and
  subjects first), role nouns ("the councillor") by the words around each
  person's name, organisation nouns ("the union") by the names;
- a paragraph that opens with a quote and has no cue continues the speaker of
  the quote in the paragraph just before it (or of an "X said:" paragraph, or
  of a paragraph ending in X's reported speech; an embedded post's caption and
  byline naming the speaker do not break it), and never reaches further; an
  unnamed subject ("said one legal expert") gives no speaker and stops guesses;
- with no cue in its sentence, a quote after a colon belongs to the subject of
  the clause the colon ends ("Buckley had a similar experience: “…”"), else to
  the sentence's named main subject ("Roe sees the figures as “…”"); a quote
  that repeats words quoted elsewhere keeps their speaker;
- pronouns take the speakers and main-clause subjects of recent paragraphs,
  a person's gender coming from first names (our list, then the name gate's
  wider one), titles, or the pronoun that takes the person up in the next
  sentence; "he said" right after an organisation's spokesperson is that
  organisation; a link to another story ("READ MORE: …") between two
  paragraphs of one speaker's words does not break them.

Before any of this, extract/speaker_names.py turns speakers the entity rules never named
into mentions, so that they can be resolved here.

This module holds the Attributor (an article's indexes, and the rules that give a quote its cue
or carry a speaker across paragraphs); its parts live in modules named for their jobs:
speech_cues.py (cues and their subjects), speaker_phrases.py (a speaking phrase to a mention),
speaker_roles.py (role and organisation nouns), pronouns.py, and quoted_speech.py (speech or
scare quote). attribution.py holds what they share; the word lists live in attribution.yml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from difflib import SequenceMatcher

from spacy.attrs import IDX

from extract.attribution import (PARAGRAPHS_OF_SPEAKER_MEMORY, QUOTE_PUNCTUATION, RELATIVE_PRONOUNS, SUBJECT_DEPS,
                                 Attribution, Cue, default_role_nouns, heading_line, lexicon, normalised, objects_of, one_entity)
from extract.pronouns import PronounResolution
from extract.quoted_speech import QuotedSpeech
from extract.org_words import organ_after_name
from extract.records import EntityMention
from extract.speaker_phrases import PhraseResolution
from extract.speaker_roles import DescriptionResolution
from extract.speech_cues import SpeechCues


# What may stand between a verb and the quote it introduces: said, “…”; told Newsweek: "…".
INTRODUCING_PUNCTUATION = {",", ":", "—", "–", "-", "“", "\"", "‘", "'", "«", "„"}

# What may follow a speaker's name on the line that heads their words: a side or seat in
# brackets, a colon. "Arsene Wenger (Arsenal)", "Chris Hughton:".
NAME_HEADING_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*:?\s*")

# A headline's quote closed by a colon, its speaker named after it: "‘…’: Minister reports …".
HEADLINE_COLON = re.compile(r"[”\"’']?\s*:\s+(?=\S)")
# What may stand before that quote on its line: nothing, or a label of capitalised words and figures and a bar.
HEADLINE_LABEL = re.compile(r"(?:(?:[A-Z0-9][\w’'.-]*\s+){1,5}\|\s*)?[“\"‘']")

# A transcript's initials heading an answer: "GD: “I thought …”".
INITIALS_HEADING = re.compile(r"\s*([A-Z]{2,3})\s*:\s*")

# What may stand before the name on such a line: a round-up's number ("1. Scott Brown (Premier Sports)").
NAME_HEADING_NUMBER = re.compile(r"\d{1,2}[.)]\s+")
DESCRIBED_HEADING_MAX_TOKENS = 10

# An embedded post's byline: "— Tottenham Hotspur (@SpursOfficial) November 20, 2019".
EMBED_BYLINE = re.compile(r"^[—–-]\s*[^()]+\(@\w+\)\s*\w+\.? \d{1,2}, \d{4}$")
CAPTION_MAX_WORDS = 5
EMBED_FURNITURE_PARAGRAPHS = 3

# A caption or a sign-up line between two paragraphs of one quote (see _across_page_furniture).
FURNITURE_PARAGRAPHS = 2
FURNITURE_MAX_WORDS = 30
# A line between two paragraphs of one voice that names the speaker (see _across_line_naming_speaker).
NAMING_LINE_MAX_WORDS = 12

# A paragraph that leads in to a quote paragraph may quote a word or a phrase of its own (see
# _subject_of_lead_in): “brutal”, not a sentence.
LEAD_IN_QUOTED_CHARS = 40

# A quote repeating this many words of another takes its speaker (see echoed).
ECHO_MIN_WORDS = 3
# A headline or crosshead retells a quote in its own words: a run of this many words of it is enough.
ECHO_HEADING_RUN = 5


def shared_run(words: str, other: str) -> int:
    """The length, in words, of the longest run of words two texts share."""
    a, b = words.split(), other.split()
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _same_name(a: str, b: str) -> bool:
    """One name, or a short form opening the other: "Tottenham" and "Tottenham Hotspur"."""
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[:len(short)] == short


class Attributor(SpeechCues, PhraseResolution, DescriptionResolution, PronounResolution, QuotedSpeech):
    """Attribution state for one article: its cues, mentions and quotes."""

    def __init__(self, doc, spans, mentions: list[EntityMention], paragraphs: list[tuple[int, int]],
                 text: str | None = None, role_nouns: frozenset[str] | None = None):
        self.doc = doc
        # The pipeline's gazetteer's role nouns (its alias file), else the default file's.
        self.role_nouns = default_role_nouns() if role_nouns is None else role_nouns
        self.text = doc.text if text is None else text  # Doc.text is rebuilt on every access
        self.words = lexicon()
        self.paragraphs = paragraphs
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.token_starts = doc.to_array(IDX).tolist()  # without making a Token object per word
        self.mentions = [m for m in mentions if m.label in ("PERSON", "ORG")]
        self.mentions = sorted(self.mentions + self._names_missed(self.mentions, spans), key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_of_token = self._index_mentions()
        self.by_label = {label: [m for m in self.mentions if m.label == label] for label in ("PERSON", "ORG")}
        self.label_starts = {label: [m.start for m in found] for label, found in self.by_label.items()}
        self.by_word: dict[tuple[str, str], list[EntityMention]] = {}
        for mention in self.mentions:
            for word in set(mention.canonical.split()):
                self.by_word.setdefault((mention.label, word), []).append(mention)
        organ = organ_after_name()
        for mention in self.by_label["ORG"]:
            # "The Federal Reserve Board fined … the Board said": the entity rules name the body, not
            # the organ written after it, and the organ's words stand for the body
            found = organ.match(self.text, mention.end)
            for word in set(found.group(1).split()) - set(mention.canonical.split()) if found else ():
                self.by_word.setdefault(("ORG", word), []).append(mention)
        self.genders: dict[str, str] = {}
        self._pronoun_votes: dict[str, Counter] | None = None
        self._fits: dict[tuple, bool] = {}
        self._forms: dict[str, set[str]] | None = None  # ORG canonical name -> the texts of its mentions
        self._around: dict[tuple, set[str]] = {}
        self._byline_names: set[int] | None = None  # where bylines' writers' names start (speaker_roles)
        # Headlines, standfirsts, crossheads, captions: lines that end no sentence, read once here.
        self.heading_paragraphs = {i for i, (start, end) in enumerate(paragraphs) if heading_line(self.text[start:end])}
        self.link_paragraphs = {i for i, (start, _) in enumerate(paragraphs)
                                if self.words["link_line"].match(self.text, start)  # "READ MORE: …"
                                or self.words["link_line_capitals"].match(self.text, start)}
        self.link_paragraphs |= self._listed_links(paragraphs)
        # The story's first paragraph under its headings: its quoted words, like a headline's, sum up
        # words the body gives their speaker.
        self.lede_paragraph = next((i for i in range(len(paragraphs))
                                    if i not in self.heading_paragraphs and i not in self.link_paragraphs), None)
        self.keep_only(spans)
        self._count_quoted_texts()
        self.cues = self._find_cues()
        self.cue_starts = [cue.token.idx for cue in self.cues]
        self.cue_tokens = {cue.token.i for cue in self.cues}
        self.cues_by_paragraph: dict[int, list[Cue]] = {}
        for cue in self.cues:
            self.cues_by_paragraph.setdefault(cue.paragraph, []).append(cue)
        self.spoken: list[Cue] = []  # cues resolved so far, in document order
        self.spoken_at: list[int] = []
        for cue in self.cues:
            cue.speaker = self._speaker_of_cue(cue)
            subject = self._subject_of(cue.token) if cue.token.pos_ != "NOUN" and cue.verb != "according to" else None
            cue.unknown_name = cue.speaker is None and subject is not None and subject.pos_ == "PROPN" \
                and not self._titled_description(subject)
            cue.unnamed_person = cue.speaker is None and subject is not None and subject.tag_ == "NN" \
                and self._names_a_person(subject)  # "one legal expert", not "the prosecution"
            cue.for_organisation = cue.speaker is not None and cue.speaker.label == "ORG" and subject is not None \
                and subject.lemma_.lower() in self.words["spokespeople"]
            # "the statement read", "published a statement saying"
            cue.by_text = any(t is not None and t.lemma_.lower() in self.words["texts"]
                              for t in (subject, cue.token.head if cue.token.dep_ == "acl" else None))
            if cue.speaker:
                self.spoken.append(cue)
                self.spoken_at.append(cue.token.idx)
        self.last_in_paragraph: dict[int, Attribution] = {}
        self.last_attribution: dict[int, Attribution] = {}  # by span start
        self.continued: set[int] = set()  # starts of spans that took the speaker before them

    def _listed_links(self, paragraphs) -> set[int]:
        """"Read more:" (or "Read More") alone on its line, then the headlines it links to, one a line
        ("Warning new law would let ministers skip scrutiny", "• NI elections 2023: How it happened"):
        those lines are links too, not paragraphs of the story, up to the first line that ends a sentence."""
        found = set()
        for i, (start, end) in enumerate(paragraphs):
            line = self.text[start:end].strip()
            if not (self.words["link_line"].match(line)
                    and not self.words["link_line"].sub("", line, count=1).strip(" :")):
                continue
            for j in range(i + 1, len(paragraphs)):
                if j not in self.heading_paragraphs or QUOTE_PUNCTUATION & set(self.text[slice(*paragraphs[j])]) - {"’", "'"}:
                    break
                found.add(j)
        return found

    def _index_mentions(self):
        index = {}
        for mention in self.mentions:
            for i in range(self._token_at(mention.start), len(self.doc)):
                if self.doc[i].idx >= mention.end:
                    break
                index.setdefault(i, mention)
        return index

    def _names_missed(self, mentions, spans) -> list[EntityMention]:
        """Surnames the recogniser missed here but named in full elsewhere: "Buser, however,
        is counting on …" after "Jack Buser" is Jack Buser, a subject a pronoun may take up.
        A surname two people share, or a word in an organisation's name, is left alone."""
        covered = set()
        for mention in mentions:
            covered.update(range(mention.start, mention.end))
        quoted = set()
        for span in spans:
            quoted.update(range(span.start, span.end))
        people, org_words = {}, set()
        for mention in mentions:
            words = mention.canonical.split()
            if mention.label == "ORG":
                org_words.update(words)
            elif len(words) > 1:
                people.setdefault(words[-1], set()).add(mention.canonical)
        missed = []
        for token in self.doc:
            canonicals = people.get(token.text)
            if not canonicals or len(canonicals) > 1 or token.text in org_words or token.pos_ != "PROPN" \
                    or token.idx in covered or token.idx in quoted:
                continue
            neighbours = [self.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(self.doc)]
            if any(n.pos_ == "PROPN" for n in neighbours):
                continue  # "Mary Buser", "Buser Foods": someone or something else
            missed.append(EntityMention("PERSON", token.text, token.idx, token.idx + len(token.text),
                                        next(iter(canonicals))))
        return missed

    def _token_at(self, char: int) -> int:
        return max(0, bisect_right(self.token_starts, char) - 1)

    def _paragraph_of(self, char: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, char) - 1)

    def _oldest_remembered(self, char: int) -> int:
        """The earliest paragraph a speaker is remembered from at char: the speaker memory counts
        the story's paragraphs, not the links to other stories set between them ("Read More" and
        its headlines, "Related Article: …"), which the reader skips."""
        paragraph = self._paragraph_of(char)
        oldest, counted = paragraph, 0
        while oldest > 0 and counted < PARAGRAPHS_OF_SPEAKER_MEMORY:
            oldest -= 1
            counted += oldest not in self.link_paragraphs
        return oldest

    def keep_only(self, spans):
        """Use these spans as the article's quotes (scare quotes dropped)."""
        self.spans = list(spans)
        self.span_before = {span.start: before for before, span in zip(self.spans, self.spans[1:])}
        self.paragraphs_opening_with_quote = {s.paragraph for s in self.spans if s.opens_paragraph}
        self.in_quote = [False] * len(self.doc)
        for span in self.spans:
            # The marks themselves count as inside, so "“" is never a cue.
            first = self._token_at(max(0, span.start - 1))
            for i in range(first, len(self.doc)):
                token = self.doc[i]
                if token.idx > span.end:
                    break
                if token.idx >= span.start - 1:
                    self.in_quote[i] = True

    def attribute(self, span) -> Attribution:
        """Speaker of a quote; call for the kept spans in document order."""
        attribution = self._signed(span) or self._headline_speaker(span) or self._from_own_paragraph(span)
        if attribution is None:
            attribution = self._continued(span)
            self.continued.add(span.start)
        self.last_in_paragraph[span.paragraph] = attribution
        self.last_attribution[span.start] = attribution
        return attribution

    def echoed(self, span, only_own: bool = False) -> Attribution | None:
        """A quote with no attribution of its own that repeats words quoted with a speaker
        elsewhere in the article ("Grisham, by her own accounting, has given “plenty of
        on-the-record statements …”", a pull quote) is that speaker's again.

        With ``only_own``, for a quote that took the speaker of the one before it, only words
        attributed where they stand count: a pull quote set as a paragraph of its own after
        someone else's quotes is the speaker's of the words it repeats.

        A headline's word or two echo only the same words quoted below ("Union rejects ‘derisory’
        offer" over "the union said the offer was “derisory”"): so short, a part of a longer quote
        is no echo."""
        words = normalised(self.text[span.start:span.end])
        heading = self.in_heading(span) or self.in_lede(span) and span.closed  # the lede sums up as a headline does
        short = len(words.split()) < ECHO_MIN_WORDS
        if short and not heading:
            return None
        for other in self.spans:
            if other is span:
                continue
            theirs = normalised(self.text[other.start:other.end])
            if short:
                if theirs != words:
                    continue
            elif words not in theirs and not (heading and shared_run(words, theirs) >= ECHO_HEADING_RUN):
                continue
            if only_own:
                attribution = None if other.start in self.continued else (
                    self._signed(other) or self._from_own_paragraph(other))
            else:
                attribution = self.last_attribution.get(other.start) or self._signed(other) \
                    or self._from_own_paragraph(other)
            if attribution is not None and attribution.speaker is not None:
                return attribution
        return None

    def in_lede(self, span) -> bool:
        """The quote stands in the story's first paragraph, below its headline and standfirst."""
        return span.paragraph == self.lede_paragraph

    def echoed_within(self, span, attributions: dict[int, Attribution]) -> Attribution | None:
        """A headline's, a crosshead's or the lede's word or two quoted from a longer quote below
        ("Government accused of a ‘failing record’" over "“… Labour’s failing record on waiting times
        …,” he said") are that quote's speaker's. ``attributions`` are every quote's, by span start;
        the words must stand whole in the quotes of one speaker only, else no one is guessed."""
        words = normalised(self.text[span.start:span.end])
        if not words:
            return None
        found = {}
        for other in self.spans:
            attribution = attributions.get(other.start)
            if other is span or attribution is None or attribution.speaker is None \
                    or self.in_heading(other):
                continue  # the words' source is the story's quote, not another heading's copy
            if f" {words} " in f" {normalised(self.text[other.start:other.end])} ":
                found.setdefault(attribution.speaker.canonical, attribution)
        return next(iter(found.values())) if len(found) == 1 else None

    def shared_cue(self, span, own: dict[int, Attribution], attributions: dict[int, Attribution]) -> Attribution | None:
        """"‘Toxic’ Tories are ‘tarnishing the reputation’ of Parliament, SNP deputy claims": a
        headline's quotes hung from one speech verb whose subject names no one are one speaker's: the
        one the others' words, quoted below, were found to be. ``own`` are the quotes' attributions
        where they stand, ``attributions`` their final ones, by span start."""
        cue = own[span.start].cue
        if cue is None or cue.speaker is not None:
            return None
        found = {}
        for other in self.spans:
            attribution = attributions.get(other.start)
            if other is not span and own.get(other.start) is not None and own[other.start].cue is cue \
                    and attribution is not None and attribution.speaker is not None:
                found.setdefault(attribution.speaker.canonical, attribution)
        return next(iter(found.values())) if len(found) == 1 else None

    def reported_unquoted(self, span) -> Attribution | None:
        """A crosshead's or headline's quoted words that the body reports without marks, under a
        speech verb ("Fears cuts could be ‘unlawful’" over "The union's representative argued the
        proposal was unlawful"), are that verb's speaker's, where all such verbs name one speaker."""
        words = self.text[span.start:span.end].strip(" ,.")
        if not words:
            return None
        pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)", re.I)
        cue_at = {cue.token.i: cue for cue in self.cues}
        found = {}
        for paragraph, (start, end) in enumerate(self.paragraphs):
            if paragraph in self.heading_paragraphs or paragraph == span.paragraph:
                continue
            for match in pattern.finditer(self.text, start, end):
                token = self.doc[self._token_at(match.start())]
                if self.in_quote[token.i]:
                    continue
                cue = next((cue_at[a.i] for a in token.ancestors if a.i in cue_at), None)
                if cue is not None and cue.speaker is not None and not cue.by_text:
                    found.setdefault(self._fullest(cue.speaker).canonical, self._attribution(cue))
        return next(iter(found.values())) if len(found) == 1 else None

    def in_heading(self, span) -> bool:
        """The quote stands in a headline, a standfirst's line or a crosshead: a line that ends no
        sentence ("‘Staff have been underpaid and undervalued for too long’"), with its quote closed
        (a paragraph cut off inside a quote is where the page ends, not a heading)."""
        return span.closed and span.paragraph in self.heading_paragraphs

    def _signed(self, span) -> Attribution | None:
        """"“Had he taken The Dragon Waiting …” — Neil Gaiman": a name after a dash that
        ends the paragraph signs the quote before it."""
        signature = re.match(r"[”\"’']?\s*[—–-]\s*", self.text[span.end:span.end + 6])
        if not signature:
            return self._named_without_verb(span)
        start = span.end + signature.end()
        _, paragraph_end = self.paragraphs[span.paragraph]
        mention = self.mention_of_token.get(self._token_at(start))
        if mention is None or mention.start != start or self.text[mention.end:paragraph_end].strip(" .,"):
            return None
        return Attribution(self._fullest(mention), None)

    def _headline_speaker(self, span) -> Attribution | None:
        """"‘We never saw that letter’: Ports minister rejects claims", "“It is for the voters to
        decide”: Rahul Mehta": a headline that opens with a quote and a colon names its speaker next,
        as the subject of what follows or alone."""
        colon = HEADLINE_COLON.match(self.text, span.end)
        start, end = self.paragraphs[span.paragraph]
        if colon is None and span.paragraph in self.heading_paragraphs:
            return self._described_before_headline_words(span)
        # The quote opens the line, or a section's label does ("Election 2024 | “…”: Rahul Mehta").
        if colon is None or span.paragraph not in self.heading_paragraphs \
                or HEADLINE_LABEL.fullmatch(self.text, start, span.start) is None:
            return None
        first = self._token_at(colon.end())
        named = self._person_after_titles(first, end)
        if named is not None:
            return Attribution(self._fullest(named), None)
        subject = None
        for token in self.doc[first:self._token_at(end - 1) + 1]:
            if token.pos_ in ("VERB", "AUX") or self.in_quote[token.i]:
                break
            subject = token
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ in ("NNS", "NNPS"):
            return None
        speaker = self._resolve_phrase(subject, None)
        if speaker is None and subject.pos_ == "NOUN" and self._names_a_person(subject):
            # "Ports minister rejects …" above the story: the one it names just below who holds that post.
            speaker = self._named_next(subject, "PERSON", self._may_hold(subject.lemma_.lower(), subject))
        return Attribution(self._fullest(speaker), None) if speaker is not None else None

    def _described_before_headline_words(self, span) -> Attribution | None:
        """"Leeds hospital boss ‘sorry for waiting times’", "Nurses' union ‘dismayed’ by offer": a
        headline that leaves out its verb sets the speaker's description right before their words;
        the story names them below, the one person who may hold that post (the body of that kind)."""
        start = self.paragraphs[span.paragraph][0]
        first, mark = self._token_at(start), self._token_at(span.start - 1)
        words = [t for t in self.doc[first:mark] if not t.is_punct and not t.is_space]
        # A capitalised word in a line of lowercase ones is a name the tagger took for a verb ("Leeds").
        title_case = all(t.text[:1].isupper() for t in words if t.is_alpha)
        if not words or self.in_quote[words[-1].i] or any(
                t.pos_ in ("VERB", "AUX") and (title_case or not t.text[:1].isupper()) for t in words):
            return None
        noun = words[-1]
        if noun.i in self.mention_of_token or not self._bare_in_headline(noun):
            return None
        speaker = self._described_in_headline(noun)
        return Attribution(self._fullest(speaker), None) if speaker is not None else None

    def _named_without_verb(self, span) -> Attribution | None:
        """"“Our agents continue to interdict …,” Augusto Reyes, Director of the Caribbean Air and
        Marine Branch. “…”": a person named right after the closing mark, in a sentence the writer
        left without a verb, is the speaker."""
        after = re.match(r"[,.!?]?[”\"]\s", self.text[span.end:span.end + 3])
        if not after:
            return None
        first = self._token_at(span.end + after.end())
        mention = self.mention_of_token.get(first)
        if mention is None or mention.label != "PERSON" or mention.start != span.end + after.end() \
                or not re.match(r"\s*(?:[,.(]|$)", self.text[mention.end:mention.end + 2]):
            return None  # “…” Aslam berkata, “…”: a verb the model does not know
        for token in self.doc[first:]:
            if self.in_quote[token.i] or token.text in (".", "!", "?") or token.is_sent_start and token.i > first:
                break
            if token.pos_ in ("VERB", "AUX"):
                return None
        return Attribution(self._fullest(mention), None)

    def _from_own_paragraph(self, span) -> Attribution | None:
        cues = self.cues_by_paragraph.get(span.paragraph, [])
        if not cues:
            return self._introduced_by_colon(span) or self._named_subject_of_sentence(span)
        start, end = self._sentence_bounds(span)
        middle = (span.start + span.end) / 2

        def distance(cue):
            return abs(cue.token.idx - middle)

        chosen = self._introducing_cue(span)
        if chosen is None or self._thing_as_subject(chosen):
            chosen = self._governing_cue(span) or chosen
        if chosen is not None:
            return self._attribution(chosen)
        in_sentence = [c for c in cues if start <= c.token.idx < end]
        for strength in (True, False):
            near = [c for c in in_sentence if c.strong == strength]
            if near:
                named = [c for c in near if c.speaker]
                return self._attribution(min(named or near, key=distance))
        colon = self._introduced_by_colon(span) or self._named_subject_of_sentence(span)
        if colon is not None:
            return colon
        earlier = [c for c in cues if c.token.idx < span.start]
        if earlier:
            strong = [c for c in earlier if c.strong]
            return self._attribution(max(strong or earlier, key=lambda c: c.token.idx))
        if span.paragraph in self.last_in_paragraph:
            return self.last_in_paragraph[span.paragraph]
        later = [c for c in cues if c.token.idx >= span.end]
        strong = [c for c in later if c.strong]
        return self._attribution(min(strong or later, key=lambda c: c.token.idx))

    def _named_subject_of_sentence(self, span) -> Attribution | None:
        """"Lewis Ward sees Stadia's lineup as its “Achilles heel.”": with no speech verb in the
        sentence, the person it names as its subject owns the quoted words, not the last speaker."""
        tokens = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            return None
        clause = next((a for a in tokens.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and clause.dep_ == "relcl":
            # "privacy, which Apple views as “a fundamental human right”": the relative clause's
            # own named subject; "Rigney, who would eulogize Ford as his “blood brother,”" is Rigney's.
            own = next((c for c in clause.children if c.dep_ == "nsubj" and not self.in_quote[c.i]
                        and c.lower_ not in RELATIVE_PRONOUNS), None)
            mention = self.mention_of_token.get(own.i) if own is not None else None
            return Attribution(self._fullest(mention), None) if mention is not None else None
        if any(a.dep_ in ("relcl", "acl") for a in tokens.root.ancestors):
            return None
        start, end = self._sentence_bounds(span)
        for i in range(self._token_at(start), len(self.doc)):
            token = self.doc[i]
            if token.idx >= end:
                break
            if self.in_quote[i] or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT":
                continue
            mention = self.mention_of_token.get(i)
            if mention is not None:
                return Attribution(self._fullest(mention), None)
        return None

    def _introduced_by_colon(self, span) -> Attribution | None:
        """"Buckley, who phoned in from the set, had a similar experience: “…”": the named
        subject of the clause that a colon ends, right before the quote, speaks it."""
        start = self.paragraphs[span.paragraph][0]
        before = self.text[start:span.start].rstrip("“\"‘' ")
        if not before.endswith(":"):
            return None
        heading = self._name_heading(start, start + len(before)) or self._body_voice_heading(start, start + len(before))
        if heading is not None:
            return Attribution(self._fullest(heading), None)  # "Chris Hughton: “This has been …”"
        verb = self.doc[self._token_at(start + len(before) - 1)].head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        if not subjects or self.in_quote[verb.i]:
            return None
        speaker = self._resolve_phrase(subjects[0], None)
        return Attribution(self._fullest(speaker), verb.lemma_.lower()) if speaker else None

    def _introducing_cue(self, span, strong_only=True) -> Cue | None:
        """A verb right before the opening mark: "and said, “…”", "X told Newsweek: “…”"."""
        first = self._token_at(span.start)
        cue_at = {c.token.i: c for c in self.cues_by_paragraph.get(span.paragraph, [])
                  if c.strong or not strong_only}
        for i in range(first - 1, max(-1, first - 5), -1):
            token = self.doc[i]
            if i in cue_at:
                return cue_at[i]
            if token.text not in INTRODUCING_PUNCTUATION and not token.is_space:
                return None
        return None

    def _governing_cue(self, span) -> Cue | None:
        """The speech verb the quote hangs from in the parse: in "he said, “…,” the
        office said" the quote is the first "said"'s. Strong verbs outrank weak ones
        ("added that COSLA will continue talks “…”" is added's). In reported speech whose
        inner subject names nobody the article knows ("Pompeo said that Washington had
        concluded … “…”"), the reporter outside is the one quoted."""
        tokens = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return None
        roots = [t for t in tokens if not (tokens.start <= t.head.i < tokens.end)]
        if not roots:
            return None
        cue_at = {c.token.i: c for c in self.cues_by_paragraph.get(span.paragraph, [])}
        weak = unresolved = None
        below = roots[0]
        for ancestor in roots[0].ancestors:
            cue = cue_at.get(ancestor.i) or self._cue_in_complement(ancestor, cue_at, roots[0])
            if cue is not None and (self._describes_speech(cue, below) or self._added_to(cue, below)
                                    or self._weak_without_subject(cue)):
                cue = None
            below = ancestor
            if cue is not None:
                if cue.strong and (cue.speaker or not (cue.unknown_name or self._thing_as_subject(cue))):
                    return cue if cue.speaker or unresolved is None else unresolved
                if cue.strong:
                    unresolved = unresolved or cue
                # "Peter Robinson asks whether anybody thinks “…”": a weak verb whose subject is
                # no one the article names yields to a weak verb above it that names its speaker.
                if weak is None or weak.speaker is None and cue.speaker is not None:
                    weak = cue
        return unresolved or weak

    def _thing_as_subject(self, cue) -> bool:
        """"Anna Feuchtwang said the data reveals “how austerity measures are beginning to bite”": a
        verb of showing (attribution.yml's showing_verbs) whose subject is a thing that writes no words
        (data, figures, a decision), in what someone else is reported to say, reports that speaker's
        words, as an unknown name's does. Not a text or a finding ("the report found"), a body's kind
        or a word for a person."""
        if cue.speaker is not None or cue.token.pos_ == "NOUN" or cue.verb not in self.words["showing_verbs"]:
            return False
        subject = self._subject_of(cue.token)
        if subject is None or subject.pos_ != "NOUN" or self.in_quote[subject.i] or subject.i in self.mention_of_token:
            return False
        lemma = subject.lemma_.lower()
        return lemma not in self.words["spokes"] and lemma not in self.words["organisation_nouns"] \
            and lemma not in self.words["findings"] and lemma not in self.words["official_voices"] \
            and not self._names_a_person(subject)

    def _weak_without_subject(self, cue) -> bool:
        """"with the union confirming its programme of strikes will continue “…”", the parser
        joining "continue" to the sentence's main verb: a weak verb with no subject of its own, nor
        one it could share, reports no one's words; the quote goes to the sentence's speaker."""
        token = cue.token
        return not cue.strong and cue.speaker is None and token.pos_ != "NOUN" and cue.verb != "according to" \
            and self._subject_of(token) is None

    @staticmethod
    def _cue_in_complement(verb, cue_at, quote_root) -> Cue | None:
        """"Mahama was heard telling supporters that “…”": the parser may hang the quote from the
        verb of perception; the speech verb that is its complement, before the quote, introduces it."""
        return next((cue_at[c.i] for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                     and c.i in cue_at and c.i < quote_root.i), None)

    @staticmethod
    def _describes_speech(cue, below) -> bool:
        """"Mr Yousaf dismissed Mr Ross’s claims as “entirely false”": words hung by "as" from a
        speech noun describe that speech; they are the words of whoever dismissed or branded it,
        not of its owner."""
        return cue.token.pos_ == "NOUN" and below.lower_ == "as"

    @staticmethod
    def _added_to(cue, below) -> bool:
        """"this year’s offer added to “the real financial hardship faced by employees”": words
        that something "added to" are what it increased, not what anyone said; the quote is the
        speech verb's above it (the union lead who "said that “…”, and this year’s offer added to
        “…”")."""
        return cue.verb == "add" and below.lower_ == "to"

    def _attribution(self, cue: Cue) -> Attribution:
        return Attribution(self._fullest(cue.speaker), cue.verb, cue)

    def _fullest(self, speaker):
        """A surname-only speaker ("Ms Persson") as the one full name ending in it, if the
        canonicaliser left them apart."""
        if speaker is None or speaker.label != "PERSON" or " " in speaker.canonical.strip():
            return speaker
        return one_entity((m for m in self.by_word.get(("PERSON", speaker.canonical.strip()), [])
                           if m.canonical.split()[-1] == speaker.canonical.strip() and " " in m.canonical), speaker)

    def _continued(self, span) -> Attribution:
        """A paragraph with quotes and no attribution of its own."""
        if span.paragraph in self.last_in_paragraph:
            return self.last_in_paragraph[span.paragraph]
        if not self._starts_with_quote(span.paragraph):
            return Attribution(None, None)
        before = self._paragraph_before(span.paragraph)
        previous = self._last_voice_in(before) or self._across_embed_byline(span.paragraph) \
            or self._across_page_furniture(span.paragraph) or self._across_line_naming_speaker(before)
        if previous is not None:
            return previous
        # A crosshead's quoted words under the headline ("Judge warns of embargo breach" over
        # "‘Unidentified glitch’") label the section below; the headline's verb reports no words of it.
        crosshead = self.in_heading(span) and before in self.heading_paragraphs
        introduced = None if crosshead else self._introduced_by_paragraph(before) or self._reported_by_paragraph(before)
        if introduced:
            return self._attribution(introduced)
        if before >= 0:
            heading = self._name_heading(*self.paragraphs[before])
            if heading is not None:
                return Attribution(self._fullest(heading), None)  # "Gary Megson (Bolton)\n“I don’t feel unlucky …”"
        return self._named_by_next_paragraph(span.paragraph) or self._closed_in_next_paragraph(span) \
            or self._subject_of_lead_in(span.paragraph - 1) or Attribution(None, None)

    def _paragraph_before(self, paragraph: int) -> int:
        """The story's paragraph before this one, over links to other stories ("READ MORE: …")
        that a page sets between two paragraphs of one speaker's words; -1 for none."""
        before = paragraph - 1
        while before in self.link_paragraphs:
            before -= 1
        return before

    def _closed_in_next_paragraph(self, span) -> Attribution | None:
        """A quote paragraph left open runs on into the next paragraph, which opens with a mark
        and closes the words with their speaker: "“We are here to lead …\n“The attack on
        Ramaphosa is an attack on our nation,” he said." Only over paragraphs that do so."""
        own = [s for s in self.spans if s.paragraph == span.paragraph]
        following = [s for s in self.spans if s.paragraph == span.paragraph + 1]
        if own[-1].closed or not following or not following[0].opens_paragraph:
            return None
        after = following[0]
        attribution = self._signed(after) or self._from_own_paragraph(after) or self._closed_in_next_paragraph(after)
        return attribution if attribution is not None and attribution.speaker is not None else None

    def _name_heading(self, start: int, end: int):
        """The person whose name is all the text from start to end, but for a side in brackets
        and a colon: round-ups and transcripts head each speaker's words with the name alone
        ("Arsene Wenger (Arsenal)", "Chris Hughton:"), with no verb to find."""
        numbered = NAME_HEADING_NUMBER.match(self.text, start, end)
        mention = self._person_after_titles(self._token_at(numbered.end() if numbered else start), end) \
            or self._person_after_description(start, end)
        if mention is None:
            return self._person_by_initials(start, end)
        return mention if NAME_HEADING_TAIL.fullmatch(self.text[mention.end:end]) else None

    def _body_voice_heading(self, start: int, end: int):
        """"STV Spokesperson: “The company’s pay offer is fair …”": a body's name and a
        spokesperson's word alone before a colon head the body's statement, as a name heads a
        person's words; a spokesperson's words are those of whom they speak for."""
        first, colon = self._token_at(start), self._token_at(end - 1)
        if self.doc[first].lower_ in ("a", "an", "the"):
            first += 1
        voice = colon - 1
        if voice <= first or self.doc[colon].text != ":" or self.doc[voice].lower_ not in self.words["spokespeople"]:
            return None
        body = self.mention_of_token.get(first)
        if body is None or body.label != "ORG" or body.start != self.doc[first].idx \
                or self._token_at(body.end - 1) != voice - 1:
            return None
        return body

    def _person_by_initials(self, start: int, end: int):
        """"GD: “I thought we showed ambition …”": an interview's transcript heads each answer with
        the speaker's initials and a colon; the one person the article names with those initials
        (Glenn Delaney) speaks."""
        heading = INITIALS_HEADING.fullmatch(self.text, start, end)
        if heading is None:
            return None
        return one_entity(m for m in self.by_label["PERSON"]
                          if "".join(word[0] for word in m.canonical.split()) == heading.group(1))

    def _person_after_description(self, start: int, end: int):
        """"Swansea head coach Luke Williams:", "Cardiff manager Erol Bulut:": a line of a few words
        with no verb, ending in a person's name and a colon, heads that person's words as the bare
        name would. The colon is needed: without it such a line is a caption or a byline."""
        if not self.text[start:end].rstrip().endswith(":"):
            return None
        first, last = self._token_at(start), self._token_at(end - 1)
        if last - first > DESCRIBED_HEADING_MAX_TOKENS:
            return None
        people = [self.mention_of_token[i] for i in range(first, last + 1) if i in self.mention_of_token
                  and self.mention_of_token[i].label == "PERSON"]
        if not people or any(t.pos_ in ("VERB", "AUX") for t in self.doc[first:last + 1]
                             if t.i not in self.mention_of_token and not self._firm_word_read_as_verb(t, first)):
            return None
        return people[-1]

    def _firm_word_read_as_verb(self, token, first: int) -> bool:
        """"Spotify Technology SA CFO Paul Vogt:": a capitalised word opening the line before a
        proper noun is the start of a firm's name, though the tagger took it for a verb."""
        return token.i == first and token.text[:1].isupper() and token.i + 1 < len(self.doc) \
            and self.doc[token.i + 1].pos_ == "PROPN"

    def _person_after_titles(self, i: int, end: int):
        """The person whose mention starts at token i or right after the titles there: "Sir Alex
        Ferguson", "Alderman Dean McCullough" (the recogniser leaves the title out of the name)."""
        while i < len(self.doc) and self.doc[i].idx < end:
            token = self.doc[i]
            mention = self.mention_of_token.get(i)
            if mention is not None and mention.start == token.idx:
                return mention if mention.label == "PERSON" else None
            if token.lower_.rstrip(".") not in self.words["title_words"]:
                return None
            i += 1
        return None

    def _named_by_next_paragraph(self, paragraph: int) -> Attribution | None:
        """A quote as a paragraph of its own, then "This was said by Cosatu’s chairperson, Amos
        Monyela, …" or "Those were the words of X": the next paragraph opens by pointing back at
        the words and naming who said them."""
        if paragraph + 1 >= len(self.paragraphs) or any(s.paragraph == paragraph + 1 for s in self.spans):
            return None
        start = self._token_at(self.paragraphs[paragraph + 1][0])
        pointer = self.doc[start]
        if pointer.lower_ not in ("this", "that", "these", "those") or pointer.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = pointer.head
        if pointer.dep_ == "nsubjpass" and verb.lemma_.lower() in self.words["strong"] | self.words["weak"]:
            named = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif verb.lemma_ == "be":
            named = [o for attr in verb.children if attr.dep_ == "attr" and attr.lemma_.lower() in self.words["words_of"]
                     for o in objects_of(attr, ("of", "from"))]
        else:
            return None
        speaker = self._resolve_phrase(named[0], None) if named else None
        verb_word = verb.lemma_.lower() if pointer.dep_ == "nsubjpass" else None
        return Attribution(self._fullest(speaker), verb_word) if speaker is not None else None

    def _last_voice_in(self, paragraph: int) -> Attribution | None:
        """Who spoke last in a paragraph, for the quote paragraph after it. A crosshead's quoted word
        with no speaker of its own ("Island sailings ‘cancelled’ again") is page furniture there: an
        open quote runs on over it."""
        voice = self.last_in_paragraph.get(paragraph)
        if voice is not None and voice.speaker is None and paragraph in self.heading_paragraphs:
            return None
        return voice

    def _across_page_furniture(self, paragraph: int) -> Attribution | None:
        """A quote left open at the end of its paragraph runs on into the next quote paragraph,
        over a photo caption or a sign-up line the page set between them ("… improved offer.\n
        Unite members at Derry City council offices earlier this year\n“As an act of good
        faith …”"): short lines with no quotation mark and no speech verb."""
        for back in range(paragraph - 1, max(-1, paragraph - 2 - FURNITURE_PARAGRAPHS), -1):
            if self._last_voice_in(back) is not None:
                spoken = [s for s in self.spans if s.paragraph == back]
                return self.last_in_paragraph[back] if back < paragraph - 1 and not spoken[-1].closed else None
            start, end = self.paragraphs[back]
            line = self.text[start:end]
            marks = QUOTE_PUNCTUATION & set(line) - {"’", "'"}
            # A crosshead's single-marked words are a label, no quote: “… rest of the day.\n‘Cancelling
            # sailing not taken lightly’\n“Cancelling a sailing is a decision …” is one voice.
            if len(line.split()) > FURNITURE_MAX_WORDS or (marks and not (marks == {"‘"} and back in self.heading_paragraphs)) \
                    or self.cues_by_paragraph.get(back):
                return None
        return None

    def _across_embed_byline(self, paragraph: int) -> Attribution | None:
        """A statement interrupted by an embedded post's caption and byline ("Club statement",
        "— Tottenham Hotspur (@SpursOfficial) November 20, 2019") goes on in the same voice when
        the byline names the one who was speaking."""
        named = set()
        for back in range(paragraph - 1, max(-1, paragraph - 1 - EMBED_FURNITURE_PARAGRAPHS), -1):
            text = self.text[slice(*self.paragraphs[back])].strip()
            if EMBED_BYLINE.match(text):
                named |= self._names_in_paragraph(back)
            elif len(text.split()) > CAPTION_MAX_WORDS or text.endswith((".", "!", "?", ":", "”", '"')):
                previous = self.last_in_paragraph.get(back)
                speaker = previous.speaker if previous is not None else None
                named_speaker = speaker is not None and any(_same_name(speaker.canonical, n) for n in named)
                return previous if named_speaker else None
        return None

    def _across_line_naming_speaker(self, line: int) -> Attribution | None:
        """A promotion or caption line set between two paragraphs of one speaker's words goes on in
        that voice when it names the speaker ("“…,” Chen told reporters.\nWatch: One-on-one with
        BlackBerry CEO John Chen\n“They're giving me more credit …”"): a short line with no
        sentence's end, no quotation mark and no speech verb."""
        if line < 1 or self.cues_by_paragraph.get(line) or any(s.paragraph == line for s in self.spans):
            return None
        start, end = self.paragraphs[line]
        text = self.text[start:end].strip()
        if len(text.split()) > NAMING_LINE_MAX_WORDS or text.endswith((".", "!", "?", ":")) \
                or QUOTE_PUNCTUATION & set(text) - {"’", "'"}:
            return None
        previous = self.last_in_paragraph.get(self._paragraph_before(line))
        speaker = previous.speaker if previous is not None else None
        return previous if speaker is not None and speaker.canonical in self._names_in_paragraph(line) else None

    def _names_in_paragraph(self, paragraph: int) -> set[str]:
        """The canonical names of the people and bodies mentioned in a paragraph."""
        start, end = self.paragraphs[paragraph]
        first = bisect_left(self.mention_starts, start)
        return {m.canonical for m in self.mentions[first:bisect_left(self.mention_starts, end)]}

    def _reported_by_paragraph(self, paragraph: int) -> Cue | None:
        """"Senator Amy Klobuchar accused Republicans of rushing the process." then a paragraph
        that is only a quote: her words, when her reported speech ends the paragraph before."""
        if paragraph < 0 or any(s.paragraph == paragraph for s in self.spans):
            return None
        _, end = self.paragraphs[paragraph]
        if self.text[slice(*self.paragraphs[paragraph])].rstrip().endswith(":"):
            return None  # "She proceeded to share … the following:" introduces, it does not report
        # The cue that heads the paragraph's last sentence, not one inside what it reports: in "Larry
        # Flanagan said that … the union would continue with plans" the words are Flanagan's.
        last = [c for c in self.cues_by_paragraph.get(paragraph, []) if c.token.sent.end_char >= end - 1]
        heading = next((c for c in reversed(last) if self._heads_its_sentence(c)), None)
        return heading if heading is not None and heading.speaker is not None else None

    def _heads_its_sentence(self, cue) -> bool:
        """The main verb, or a participle sharing its subject: "Mr Dickson raised the issue in the
        chamber, saying he did so on behalf of the public"; an "according to" on the main clause
        ("But according to Kodwa, other forces are at play."); or a speech noun the main verb
        issues ("Ian Evatt gave his honest assessment of the defeat", "The club issued a statement");
        or a verb joined to the main one that shares its subject ("Coppell was a happy man and said
        that his team deserved to win")."""
        token = cue.token
        if cue.verb == "according to":
            return token.dep_ == "prep" and token.head.dep_ == "ROOT"
        if token.pos_ == "NOUN":
            return token.dep_ == "dobj" and token.head.dep_ == "ROOT" \
                and token.head.lemma_.lower() in self.words["issuing_verbs"]
        return token.pos_ == "VERB" and (token.dep_ == "ROOT" or (
            token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp") and token.head.dep_ == "ROOT") or (
            token.dep_ == "conj" and token.head.dep_ == "ROOT"
            and (not any(c.dep_ in SUBJECT_DEPS for c in token.children) or cue.strong and self._joined_main_clause(token))))

    @staticmethod
    def _joined_main_clause(token) -> bool:
        """"The routes have not been revealed yet but Cllr Robinson says the council is assessing
        …": a main clause of its own, with its own subject, joined after the first by "but" or "and",
        its verb a speech verb proper (not "but the federation believe protection should …")."""
        return any(c.dep_ == "cc" and c.lower_ in ("but", "and") and c.i < token.i for c in token.head.children)

    def _subject_of_lead_in(self, paragraph: int) -> Attribution | None:
        """"Gustavsson highlighted the “brutal” nature of the midfield battle." then a paragraph
        that is only a quote: a paragraph with no speech verb and no quote of its own that ends in
        a sentence about a person the text names, as its main subject, leads in to their words; a
        colon ending it says so outright ("Durant deflected praise when asked about his night:")."""
        if paragraph < 0 or any(s.paragraph == paragraph and s.end - s.start > LEAD_IN_QUOTED_CHARS for s in self.spans):
            return None
        _, end = self.paragraphs[paragraph]
        last = self.doc[self._token_at(end - 1)].sent
        if self.cues_by_paragraph.get(paragraph) and (
                not self.text[slice(*self.paragraphs[paragraph])].rstrip().endswith(":")
                or any(t.lemma_.lower() in self.words["texts"] for t in last)):
            # A speech verb that only frames ("also took time to reflect on the Trust's rating:") leaves
            # the colon to say whose words come below; without one, it may report someone else's, and
            # a text it introduces is its author's ("She proceeded to share … the website, which
            # contains the following statement:").
            return None
        if self.text[last.start_char:end].rstrip().endswith("?"):
            return None  # a question the writer asks
        subject = next((c for c in last.root.children if c.dep_ in SUBJECT_DEPS), None)
        speaker = self._resolve_phrase(subject, None) if subject is not None else None
        if speaker is None or speaker.label != "PERSON" and not self._last_to_speak(speaker, subject):
            speaker = self._person_closing_lead_in(paragraph)
            if speaker is None:
                return None
        return Attribution(self._fullest(speaker), None)

    def _person_closing_lead_in(self, paragraph: int):
        """"A crowd looked on as Governor Schwarzenegger signed the budget under the Capitol Rotunda:"
        then a paragraph that is only a quote: when the main subject is no one the text names, the
        person who is the subject of the clause the colon closes (the last verb before it) speaks."""
        start, end = self.paragraphs[paragraph]
        before = self.text[start:end].rstrip()
        if not before.endswith(":") or len(before) < 2:
            return None
        word = self.doc[self._token_at(start + len(before) - 2)]
        clause = next((t for t in [word, *word.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        if clause is None or self.in_quote[clause.i]:
            return None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote[c.i]), None)
        mention = self.mention_of_token.get(subject.i) if subject is not None else None
        return mention if mention is not None and mention.label == "PERSON" else None

    def _last_to_speak(self, mention, token) -> bool:
        """The one whose words the text quoted last before the token: a body whose statement a
        paragraph interrupts ("The ANC referred to the DA’s antics as cheap political gimmicks.")
        goes on speaking in the quote paragraph below, as a person would."""
        speaker = self._recent_speaker(token, None)
        return speaker is not None and speaker.canonical == mention.canonical

    def _introduced_by_paragraph(self, paragraph: int) -> Cue | None:
        """"In a statement, the club said:" as a paragraph of its own, the quote below it; with no
        speech verb, a speech noun whose author the paragraph names ("Unite received the following
        statement from David Martin:"). A speech verb that closes the paragraph with a comma
        introduces it too: "Talking about his opponents, he said," then the words below."""
        if paragraph < 0:
            return None
        cues = self.cues_by_paragraph.get(paragraph, [])
        ending = self.text[slice(*self.paragraphs[paragraph])].rstrip()[-1:]
        if ending == ",":
            closing = [c for c in cues if c.strong and self._closed_by_colon(c, ",")]
            return closing[-1] if closing else None
        if ending != ":":
            return None
        strong = [c for c in cues if c.strong]
        # "from" or a possessive names the author, and so does the subject issuing it as the main
        # verb ("The club issued the following statement:"); "shared by Cruz" passes on someone else's text
        authored = [c for c in cues if c.token.pos_ == "NOUN" and c.speaker is not None
                    and (any(child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "from"
                             for child in c.token.children) or self._heads_its_sentence(c))]
        closing = [c for c in cues if self._closed_by_colon(c)]
        return strong[-1] if strong else authored[-1] if authored else closing[-1] if closing else None

    def _closed_by_colon(self, cue, mark: str = ":") -> bool:
        """"The MSP, who also attended the meeting, continued:", "She urged:": a weak speech verb
        the paragraph's colon (or the given mark) follows, with nothing between but its own particles
        or adverbs, introduces the words below as a strong verb would (not "… continued to grow, he
        noted:")."""
        colon = self._token_at(self.paragraphs[cue.paragraph][1] - 1)
        while colon > cue.token.i and self.doc[colon].is_space:
            colon -= 1
        between = self.doc[cue.token.i + 1:colon]
        return self.doc[colon].text == mark and not self.in_quote[cue.token.i] \
            and all(t.head.i == cue.token.i and t.dep_ in ("prt", "advmod") for t in between)

    def _starts_with_quote(self, paragraph: int) -> bool:
        return paragraph in self.paragraphs_opening_with_quote
