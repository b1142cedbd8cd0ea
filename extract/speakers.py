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

Word lists live in attribution.yml.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import yaml
from spacy.attrs import IDX

from extract.canonical import spells
from extract.gazetteer import Gazetteer, given_name_sex
from extract.records import EntityMention

SUBJECT_DEPS = ("nsubj",)
LOOSE_SUBJECT_DEPS = ("npadvmod", "dep", "nmod", "appos", "attr", "nsubjpass", "compound")
# Relations through which a verb shares its subject: "He urged X, saying “…”".
SUBJECT_SHARING_DEPS = ("conj", "advcl", "xcomp", "ccomp", "dep")
PLURAL_TAGS = ("NNS", "NNPS")
# Relations inside one noun phrase that may hold a name: "GMB Scotland senior organiser, Keir Greenaway,".
NAME_PHRASE_DEPS = ("appos", "compound", "nmod", "npadvmod")
# What may stand between a verb and the quote it introduces: said, “…”; told Newsweek: "…".
INTRODUCING_PUNCTUATION = {",", ":", "—", "–", "-", "“", "\"", "‘", "'", "«", "„"}
RELATIVE_PRONOUNS = {"that", "which", "who"}
# A bracketed aside between a name and its "who" is short: "Neil Findlay (above), who said".
ASIDE_MAX_WORDS = 8
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
QUOTE_PUNCTUATION = set("“”\"‘’'«»„")
# Spans of fewer words than this must show they are speech (see is_quotation).
SHORT_SPAN_WORDS = 4
# Quoted titles and slogans are short: “Don’t Jerk and Drive”, “Star Wars”.
TITLE_MAX_WORDS = 14
SLOGAN_MAX_WORDS = 6
# A quoted phrase standing before a noun as its modifier is a name or a term.
MODIFIER_MAX_WORDS = 6
# Words that judge rather than name: “fair and generous”, “deeply disappointing”.
JUDGEMENT_POS = {"ADJ", "ADV", "CCONJ"}
COMPLETE_UTTERANCE_END = (",", "!", "?")
TITLE_FUNCTION_POS = ("ADP", "DET", "CCONJ", "SCONJ", "PART")
PARAGRAPHS_OF_SPEAKER_MEMORY = 3
# An embedded post's byline: "— Tottenham Hotspur (@SpursOfficial) November 20, 2019".
# What may follow a speaker's name on the line that heads their words: a side or seat in
# brackets, a colon. "Arsene Wenger (Arsenal)", "Chris Hughton:".
NAME_HEADING_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*:?\s*")
# What may stand before the name on such a line: a round-up's number ("1. Scott Brown (Premier Sports)").
NAME_HEADING_NUMBER = re.compile(r"\d{1,2}[.)]\s+")
DESCRIBED_HEADING_MAX_TOKENS = 10
EMBED_BYLINE = re.compile(r"^[—–-]\s*[^()]+\(@\w+\)\s*\w+\.? \d{1,2}, \d{4}$")
CAPTION_MAX_WORDS = 5
EMBED_FURNITURE_PARAGRAPHS = 3
# A caption or a sign-up line between two paragraphs of one quote (see _across_page_furniture).
FURNITURE_PARAGRAPHS = 2
FURNITURE_MAX_WORDS = 30
# A paragraph that leads in to a quote paragraph may quote a word or a phrase of its own (see
# _subject_of_lead_in): “brutal”, not a sentence.
LEAD_IN_QUOTED_CHARS = 40
# A quote repeating this many words of another takes its speaker (see echoed).
ECHO_MIN_WORDS = 3
# How far ahead a description that opens the article may find its name (see _named_next).
CATAPHORA_PARAGRAPHS = 2
# The paragraphs a lede may open with its headline and standfirst above it (see _in_lede).
LEDE_PARAGRAPHS = 3
# Acronyms are short: "SFC", "COSLA", "NASUWT".
ACRONYM_MAX_LETTERS = 6
# How far back, in mentions, a pronoun may look once the recent paragraphs fail.
FARTHEST_ANTECEDENTS = 200


# Endings of nouns for people: the manager, the striker, the novelist, the trustee, the actress.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person", "ess")


@lru_cache(maxsize=1)
def default_role_nouns() -> frozenset[str]:
    """Jobs and relations that stand for a person (aliases.yml's role_nouns, as the gazetteer reads them),
    for callers that give an Attributor no gazetteer's own."""
    return Gazetteer.load().role_nouns


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = yaml.safe_load((Path(__file__).with_name("attribution.yml")).read_text(encoding="utf-8"))
    return {
        "strong": set(data["speech_verbs"]["strong"]),
        "weak": set(data["speech_verbs"]["weak"]),
        "spokes": set(data["spokes_nouns"]["people"]) | set(data["spokes_nouns"]["documents"])
        | set(data["spokes_nouns"]["court_documents"]) | set(data["spokes_nouns"]["publications"]),
        "spokespeople": set(data["spokes_nouns"]["people"]),
        "texts": set(data["spokes_nouns"]["documents"]) | set(data["spokes_nouns"]["court_documents"])
        | set(data["spokes_nouns"]["publications"]),
        "ownerless_documents": set(data["spokes_nouns"]["court_documents"]) | set(data["spokes_nouns"]["publications"]),
        "organisation_nouns": {noun: [re.compile(p, re.I) for p in patterns or []]
                               for noun, patterns in data["organisation_nouns"].items()},
        "topic_nouns": set(data["topic_organisation_nouns"]),
        "gender_words": {word: gender for gender, words in data["gender_words"].items() for word in words},
        "first_names": {name: gender for gender, names in data["first_names"].items() for name in names},
        "speech_nouns": set(data["speech_nouns"]),
        "idioms": {verb: {objects} if isinstance(objects, str) else set(objects)
                   for verb, objects in data["speech_idioms"].items()},
        "pronouns": {word: kind for kind, words in data["pronouns"].items() for word in words},
        "person_titles": set(data["person_titles"]),
        # the words that may stand before a name ("Sir", "Mr", "Alderman"), built once, not per name
        "title_words": set(data["person_titles"]) | {w for words in data["gender_words"].values() for w in words},
        "owner_voices": set(data["owner_voices"]),
        "collective_voices": set(data.get("collective_voices") or ()),
        "issuing_verbs": set(data.get("issuing_verbs") or ()),
        "gerund_prepositions": set(data.get("gerund_prepositions") or ()),
        "quoting_verbs": set(data.get("quoting_verbs") or ()),
        "self_named_bodies": set(data.get("self_named_bodies") or ()),
        "words_of": set(data.get("words_of") or ()),
        "person_nouns": set(data.get("person_nouns") or ()),
        "rank_words": set(data.get("rank_words") or ()),
        "name_particles": set(data.get("name_particles") or ()),
        "link_line": re.compile(r"\s*(?:%s)(?!\w)" % ("|".join(map(re.escape, data.get("link_line_openers") or ()))
                                                        or "(?!x)x"), re.I),
    }


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'")).split())


def _title_like(words) -> bool:
    """Capitalised content words, or a capital inside a word: a title or a name."""
    if any(any(c.isupper() for c in w.text[1:]) and not w.text.isupper() for w in words):
        return True
    # Titles leave their small and function words in lowercase: "Dancing with the Stars".
    content = [w for w in words if (len(w.text) > 3 and not (w.is_lower and w.pos_ in TITLE_FUNCTION_POS))
               or w.i == words[0].i]
    return all(w.text[:1].isupper() or w.like_num for w in content)


def _same_name(a: str, b: str) -> bool:
    """One name, or a short form opening the other: "Tottenham" and "Tottenham Hotspur"."""
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[:len(short)] == short


def word_closing_subject(subject):
    """The last word of the subject's phrase when its verb, or the verb's auxiliary, follows it at
    once, the phrase joining no two subjects: "GMB Scotland senior organiser Keir Greenaway warned" (the parse
    may head it with "GMB"); not "GMB and Keir Greenaway said", two speakers."""
    last = subject.right_edge
    verb = subject.head
    # Auxiliaries may stand between: "Head of the HSE Stephen Mulvany has said".
    if last.i >= verb.i or any(t.dep_ not in ("aux", "auxpass", "neg") for t in last.doc[last.i + 1:verb.i]) \
            or any(c.dep_ == "cc" for c in subject.children):
        return None
    return last


@dataclass
class Attribution:
    speaker: EntityMention | None
    verb: str | None


@dataclass
class Cue:
    """A speech verb (or "according to") outside the quotes."""
    token: object  # spaCy Token
    verb: str
    strong: bool
    paragraph: int
    speaker: EntityMention | None = None
    unknown_name: bool = False  # the subject is a name no mention covers
    unnamed_person: bool = False  # the subject is someone unnamed: "one legal expert"
    for_organisation: bool = False  # the subject speaks for an organisation: "a UCEA spokesperson"
    by_text: bool = False  # the subject is a text, not one who speaks: "the statement read"


class Attributor:
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
        self.mention_of_token = self._index_mentions()
        self.by_label = {label: [m for m in self.mentions if m.label == label] for label in ("PERSON", "ORG")}
        self.label_starts = {label: [m.start for m in found] for label, found in self.by_label.items()}
        self.by_word: dict[tuple[str, str], list[EntityMention]] = {}
        for mention in self.mentions:
            for word in set(mention.canonical.split()):
                self.by_word.setdefault((mention.label, word), []).append(mention)
        self.genders: dict[str, str] = {}
        self._pronoun_votes: dict[str, Counter] | None = None
        self._fits: dict[tuple, bool] = {}
        self._forms: dict[str, set[str]] | None = None  # ORG canonical name -> the texts of its mentions
        self._around: dict[tuple, set[str]] = {}
        self.link_paragraphs = {i for i, (start, _) in enumerate(paragraphs)
                                if self.words["link_line"].match(self.text, start)}  # "READ MORE: …"
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

    # -- indexes -----------------------------------------------------------

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

    def keep_only(self, spans):
        """Use these spans as the article's quotes (scare quotes dropped)."""
        self.spans = list(spans)
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

    # -- cues ----------------------------------------------------------------

    def _find_cues(self) -> list[Cue]:
        cues = []
        for token in self.doc:
            if self.in_quote[token.i]:
                continue
            lemma = token.lemma_.lower()
            if token.tag_.startswith("VB") and lemma in self.words["idioms"] and self._idiom_object(token):
                cues.append(Cue(token, lemma, True, self._paragraph_of(token.idx)))  # "As Gaiman put it, “…”"
            elif token.tag_.startswith("VB") and (lemma in self.words["strong"] or lemma in self.words["weak"]):
                if (self._is_passive(token) or (token.dep_ == "acl" and token.tag_ != "VBG")) \
                        and not self._verb_after_aside(token):
                    continue  # "the deal announced in October", "the Brotherhood, called …" report no speaker
                if token.is_upper and len(token.text) > 1 or self._paragraph_of(token.idx) in self.link_paragraphs:
                    continue  # "READ MORE: ‘…’: Sturgeon resigns" is a link to another story, not speech
                if lemma not in self.words["strong"] and self._passive_without_quote(token):
                    continue  # "the first leader to be welcomed by President Trump" reports nothing Trump said
                cues.append(Cue(token, lemma, lemma in self.words["strong"], self._paragraph_of(token.idx)))
            elif token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                cues.append(Cue(token, "according to", True, self._paragraph_of(token.idx)))
            elif token.pos_ == "NOUN" and (lemma in self.words["speech_nouns"] or token.lower_ in self.words["speech_nouns"]) \
                    and self._possessor(token) is not None:
                # "directives from Xi to “show absolutely no mercy”", "his words, “…”"
                cues.append(Cue(token, lemma, False, self._paragraph_of(token.idx)))
        # Only for the few cue words: a sentence's bounds cost a walk over its tokens.
        return [c for c in cues if not (self._asked_without_quote(c.token) or self._hypothetical(c.token))]

    def _verb_after_aside(self, token) -> bool:
        """"“…,” Sheehan, who was appointed in April, conceded.": a past tense closing its clause
        after the comma that ends an aside, hung by the parser from the name before the aside as
        its modifier, is that name's verb (not "Smith, 45, charged with murder")."""
        name, after = token.head, self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and (after is None or after.is_punct) \
            and self.doc[token.i - 1].text == "," and name.i + 2 < token.i \
            and self.doc[name.i + 1].text == "," and self.mention_of_token.get(name.i) is not None \
            and self.mention_of_token[name.i].label == "PERSON"  # not "the Brotherhood, called …"

    def _passive_without_quote(self, token) -> bool:
        """A weak verb in the passive with its agent named ("welcomed by Trump", "praised by the
        club") reports speech only as the frame of a quote in its sentence."""
        if self._agent_of(token) is None or not any(c.dep_ == "auxpass" for c in token.children) \
                and token.tag_ != "VBN":
            return False
        sentence = token.sent
        return not any(self.in_quote[i] for i in range(sentence.start, sentence.end))

    def _asked_without_quote(self, token) -> bool:
        """"How would she feel about all of this?": a question the writer asks reports no speech."""
        if not token.tag_.startswith("VB"):
            return False
        sentence = token.sent
        return self.text[sentence.start_char:sentence.end_char].rstrip().endswith("?") \
            and not any(self.in_quote[i] for i in range(sentence.start, sentence.end))

    def _hypothetical(self, token) -> bool:
        """"It’s easy for people to marvel at …", "it is hard to say": an infinitive of
        nobody in particular reports no speech ("he was quick to add" does)."""
        if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return False
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children) or (
            token.dep_ in ("xcomp", "ccomp", "advcl")
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.head.children))

    def _idiom_object(self, verb) -> bool:
        wanted = self.words["idioms"][verb.lemma_.lower()]
        return any(c.dep_ == "dobj" and c.lower_ in wanted for c in verb.children)

    def _possessor(self, noun):
        for child in noun.children:
            # A noun has no subject: "Johnson’s warning" misparsed as Johnson ’s(AUX) warning.
            if child.dep_ in ("poss", "nsubj"):
                return child
            if child.dep_ == "compound" and child.i in self.mention_of_token:
                return child  # "with Foreign Minister Ayman Safadi warning of “…”"
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
            if child.dep_ == "acl" and child.tag_ == "VBN" and noun.lemma_.lower() in self.words["spokes"]:
                # "A report presented by lawyer John Scott", "a statement issued by the club": a
                # document's author (not "branded the claims made by GMB as ‘untrue’": Unite's words).
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
                if objects:
                    return objects[0]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words["issuing_verbs"]:
            # "Bolger’s lawyer, Jeremy Robinson, had a more succinct statement": the subject's.
            return next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
        return None

    def _is_passive(self, verb) -> bool:
        """A passive with no one named as its agent: "the deal announced in October" reports no
        speaker; "the offer, described as “best and final” by Humza Yousaf" does."""
        if self._agent_of(verb) is not None:
            return False
        return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")) \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    @staticmethod
    def _agent_of(verb):
        """The object of the passive's "by": "described … by the health secretary"."""
        return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)

    def _speaker_of_cue(self, cue: Cue) -> EntityMention | None:
        token = cue.token
        if cue.verb == "according to":
            objects = [c for c in self.doc[token.i + 1].children if c.dep_ == "pobj"]
            return self._resolve_phrase(objects[0], cue) if objects else None
        if token.pos_ == "NOUN":
            return self._resolve_phrase(self._possessor(token), cue)
        agent = self._agent_of(token)
        if agent is not None and not self.in_quote[agent.i]:
            return self._resolve_phrase(agent, cue)  # "described as “best and final” by Humza Yousaf"
        if not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            # Before a subject borrowed from another clause: "…, but Early still says".
            named = self._name_just_before(token)
            if named is not None:
                return named
        subject = self._subject_of(token)
        run_in = token.sent.start_char < self.paragraphs[cue.paragraph][0]
        if run_in and (subject is None or self.in_quote[subject.i] and subject.idx < self.paragraphs[cue.paragraph][0]):
            # The parser ran a heading into the sentence: "‘Sanctions …’ The SCTS chief operations
            # officer David Fraser said", "Council ‘disappointed’ by strikes Lisburn Council has
            # said": the subject stands in the verb's own paragraph.
            return self._nearest_mention_before(token)
        if subject is not None:
            speaker = self._resolve_phrase(subject, cue) or self._other_subject(token, subject, cue)
            if speaker is not None and speaker.label == "ORG":
                return self._person_hung_before(token, subject) or speaker
            return speaker
        # The parser sometimes hangs "Jane Doe, the union's lead, said" off the
        # verb as a loose noun phrase instead of a subject.
        for child in token.lefts:
            if child.dep_ in LOOSE_SUBJECT_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
                speaker = self._resolve_phrase(child, cue)
                if speaker:
                    return speaker
        return self._adjacent_mention(token) or self._subject_set_off(token)

    def _other_subject(self, verb, subject, cue):
        """"Uli Stielike, the coach, when questioned about the result and his team’s status responded
        with “…”": the parser gave the verb two subjects, the nearer naming no one; the named one
        speaks."""
        others = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != subject.i and not self.in_quote[c.i]]
        for other in sorted(others, key=lambda c: abs(c.i - verb.i)):
            mention = self.mention_of_token.get(other.i)
            if mention is not None:
                return mention
        return None

    def _person_hung_before(self, verb, subject):
        """"Kevin Lindsay of the trade union Aslef insisted", parsed with "Aslef" as the subject
        and the person hung from the verb before it (as a second subject, or loosely): the person
        speaks for the body."""
        for child in verb.lefts:
            if child.i < subject.i and child.dep_ in ("nsubj", "npadvmod", "dep", "nmod") and not self.in_quote[child.i]:
                mention = self.mention_of_token.get(child.i)
                if mention is not None and mention.label == "PERSON" and subject.left_edge.i == child.right_edge.i + 1:
                    return mention
        return None

    def _name_just_before(self, verb):
        """"Early still says …": a name the tagger took for an adverb stands right before
        the verb it is the subject of (or before an aside that ends there, see _before_aside)."""
        last = self._before_aside(verb.i - 1)
        for i in range(last, max(-1, last - 3), -1):
            mention = self.mention_of_token.get(i)
            if mention is not None and not self.in_quote[i]:
                return mention
            if i == verb.i - 1 and self.doc[i].text == "," and i > verb.sent.start:
                # "Speaking on behalf of the governors, Kashim Shettima, said …": the name set off
                # before the verb, hung from the clause before it.
                # Not the object of a preposition: "in a letter to Mr Swinney, claiming …" is not his.
                before = self.mention_of_token.get(i - 1)
                return before if before is not None and before.label == "PERSON" and not self.in_quote[i - 1] \
                    and not self._after_preposition(before) else None
            if self.doc[i].pos_ != "ADV":
                return None
        return None

    def _before_aside(self, i):
        """The word before an auxiliary and a bracketed or dashed aside that end at i: "the University
        and College Union (UCU) have said", "Cosla – the umbrella body for councils – said", which
        the parser may leave without a subject."""
        # Not "to" ("prompted Chris Sutton to argue"), nor a name taken for a modal ("May said").
        while i > 0 and self.doc[i].dep_ in ("aux", "neg") and self.doc[i].tag_ != "TO" and not self.in_quote[i] \
                and i not in self.mention_of_token:
            i -= 1
        closing = self.doc[i].text
        if closing not in (")", "–", "—"):
            return i
        opening = "(" if closing == ")" else closing
        for j in range(i - 1, max(0, i - ASIDE_MAX_WORDS - 2), -1):
            if self.doc[j].text == opening:
                return j - 1
        return i

    def _subject_set_off(self, verb):
        """"Councillor Carter, who – along with fellow councillors – submitted 18 amendments, said:",
        "Margaret Wood, pictured right, a leading Unite officer, said:": the parser read the aside
        as a clause of its own and left the verb with no subject. The name that opens the sentence
        (after titles only) and is set off by a comma, with the aside closed by a comma right
        before the verb, is the one speaking."""
        if verb.i < 2 or self.doc[verb.i - 1].text != ",":
            return None
        for i in range(verb.sent.start, verb.i - 1):
            token = self.doc[i]
            if self.in_quote[i]:
                return None
            mention = self.mention_of_token.get(i)
            if mention is not None:
                last = i
                while self.mention_of_token.get(last + 1) is mention:
                    last += 1
                return mention if self.doc[last + 1].text == "," and last + 1 < verb.i - 1 else None
            if not token.is_space and token.lower_.rstrip(".") not in self.words["title_words"]:
                return None
        return None

    def _nearest_mention_before(self, verb):
        """The name nearest before the verb in its own paragraph, outside the quotes."""
        start = self.paragraphs[self._paragraph_of(verb.idx)][0]
        for i in range(verb.i - 1, -1, -1):
            if self.doc[i].idx < start:
                break
            mention = self.mention_of_token.get(i)
            if mention is not None and not self.in_quote[i]:
                return mention
        return None

    def _subject_of(self, verb):
        """The verb's subject, or the subject it shares with the verb it hangs from."""
        own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "relcl" and len(own) > 1:
            # "Buffett, who he says taught him": "he says" is an aside, he speaks.
            own = [c for c in own if c.lower_ not in RELATIVE_PRONOUNS] or own
        if verb.dep_ == "relcl" and own and own[0].lower_ in RELATIVE_PRONOUNS:
            # "reports that depicted …": the reports' author; "Smith, who said …": Smith.
            named = self._name_before_who(own[0])
            if named is not None:
                return named
            head = verb.head
            if head.lemma_.lower() not in self.words["spokes"]:
                return head
            own = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS] if head.head.i != head.i else []
        if own:
            # "Wikileaks editor-in-chief Kristinn Hrafnsson said" parses as two subjects.
            return min(own, key=lambda c: abs(c.i - verb.i))
        absolute = self._object_of_with(verb) if verb.tag_ == "VBG" else None
        if absolute is not None:
            return absolute
        if verb.tag_ == "VBG" and verb.i > 0 and self.doc[verb.i - 1].text == "," and verb.dep_ != "ROOT":
            # ", saying …" speaks for the main clause's subject, however the parser hung it:
            # "Dale and Martha disputed that Mike was estranged, saying …" is not Mike's.
            main = [c for c in verb.sent.root.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
            if main and not self.in_quote[main[0].i]:
                return main[0]
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
                and verb.head.lower_ in self.words["gerund_prepositions"]:
            # "Klein writes, before conceding that “…”", "she said, after noting …": the gerund after
            # a preposition is done by the subject of the verb the preposition hangs from; when the
            # parser hung it from a verb inside the quote, by the sentence's.
            governing = verb.head.head
            if self.in_quote[governing.i]:
                governing = next((t for t in reversed(self.doc[verb.sent.start:verb.head.i]) if t.pos_ == "VERB"
                                  and not self.in_quote[t.i]), governing)
            main = [c for c in governing.children if c.dep_ in SUBJECT_DEPS]
            if main and not self.in_quote[main[0].i]:
                return main[0]
        quoted = self._quoted_as_saying(verb)
        if quoted is not None:
            return quoted
        fallback = None
        current = verb
        for _ in range(4):
            if current.dep_ in ("acl", "relcl") and current.head.lemma_.lower() in self.words["spokes"]:
                current = current.head  # "issued a statement warning that …", "reports that depicted"
            elif current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                clause = self._verb_above(current.head.head) if current.tag_ == "VBG" \
                    and current.head.dep_ == "pobj" and not self._names_a_person(current.head) else None
                if clause is not None:
                    # "he bypassed the question for a second time saying “…”", "Arase seemed
                    # optimistic about the arrest, stating that “…”": the gerund hangs from the
                    # preposition's object in the parse, but the clause's subject speaks.
                    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
                    return subjects[0] if subjects else fallback
                return current.head  # "The group, X, formed … stating that"
            elif current.dep_ not in SUBJECT_SHARING_DEPS or current.head.i == current.i:
                break
            joined = current.dep_ == "conj"
            current = current.head
            subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
            if not subjects and joined and verb.lemma_.lower() in self.words["strong"]:
                # "Tom Reid was asked about the closure and said it was “a scandal”": a speech verb
                # proper joined to a passive one shares its subject, the one asked ("it was rejected,
                # with the union confirming its strikes will continue “…”" is no report by "it").
                subjects = [c for c in current.children if c.dep_ == "nsubjpass"]
            if subjects:
                if current.lemma_.lower() in self.words["strong"]:
                    return subjects[0]
                fallback = fallback or subjects[0]
        return fallback

    def _object_of_with(self, verb):
        """"with Alliance describing it as a “small step forward”", "with David Simpson, the
        director, describing it as “astonishing”": in the absolute construction the object of
        "with" right before the gerund, or before an aside set off by commas, does the speaking,
        however the parser hung the gerund. The construction opens the sentence or follows a comma
        or a dash: "responded with a letter saying …" is the subject's letter. Not "met with
        officials, saying …": a bare comma after the object and its words leaves the gerund to the
        clause's subject."""
        for i in range(verb.i - 1, verb.sent.start - 1, -1):
            token = self.doc[i]
            if token.dep_ == "pobj" and token.head.lower_ == "with" and not self.in_quote[i]:
                if token.head.i > verb.sent.start and not self.doc[token.head.i - 1].is_punct:
                    return None
                between = self.doc[i + 1:verb.i]
                if len(between) and between[-1].text == "," and not (len(between) > 2 and between[0].text == ","):
                    return None
                return token if all(token.left_edge.i <= t.i <= token.right_edge.i or t.is_punct for t in between) \
                    else None
        return None

    def _name_before_who(self, who):
        """"welcomed by former Labour MSP Neil Findlay (above), who said": "who" after a comma is
        the person named right before it (and before any bracketed aside), however the parser
        hung the clause. The name's last word, or None."""
        i = who.i - 1
        if who.lower_ != "who" or i < 1 or self.doc[i].text != ",":
            return None
        i -= 1
        if self.doc[i].text == ")":
            opening = next((j for j in range(i - 1, max(-1, i - ASIDE_MAX_WORDS), -1) if self.doc[j].text == "("), None)
            if opening is None or opening == 0:
                return None
            i = opening - 1
        return self.doc[i] if self._person_ending_at(self.doc[i]) is not None else None

    def _verb_above(self, token):
        """The verb of the clause a preposition belongs to, over the nouns and adjectives it hangs
        from: "closed down the street at the office", "seemed optimistic about the arrest"."""
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX"):
                return None if self.in_quote[token.i] else token
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _quoted_as_saying(self, verb):
        """"he was quoted as saying", "RIA quoted him as saying": the one quoted speaks, the subject
        of the passive or the object of the active verb."""
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
            return None
        quoting = verb.head.head
        if quoting.lemma_.lower() not in self.words["quoting_verbs"]:
            return None
        role = "nsubjpass" if any(c.dep_ == "auxpass" for c in quoting.children) else "dobj"
        return next((c for c in quoting.children if c.dep_ == role and not self.in_quote[c.i]), None)

    def _adjacent_mention(self, verb):
        """"…,” said Jane Doe": a name right after the verb when the parse gave it no subject."""
        previous = self.doc[verb.i - 1] if verb.i > 0 else None
        if previous is not None and not (previous.is_punct or previous.is_sent_start is True):
            return None
        for i in range(verb.i + 1, min(len(self.doc), verb.i + 4)):
            mention = self.mention_of_token.get(i)
            if mention and not self.in_quote[i]:
                return mention
            if self.doc[i].is_punct or self.doc[i].pos_ == "PRON":
                break  # "Read our Pokemon Sword review": an imperative, the name is its object
        return None

    # -- resolving a noun phrase to a mention --------------------------------

    def _resolve_phrase(self, head, cue: Cue) -> EntityMention | None:
        if head is None or self.in_quote[head.i]:
            return None
        mention = self.mention_of_token.get(head.i)
        if mention and mention.label == "ORG":
            # "GMB Scotland senior organiser, Keir Greenaway, said": the person speaks.
            mention = self._person_in_phrase(head) or self._person_closing_subject(head) or mention
        if mention:
            return mention
        named = self._person_after_title(head)
        if named is not None:
            return named
        lower = head.lower_
        if lower in self.words["pronouns"]:
            return self._resolve_pronoun(head, self.words["pronouns"][lower])
        found = self._person_in_apposition(head) or self._organisation_in_apposition(head) \
            or self._person_set_off_closing(head)
        if found:
            return found
        lemma = head.lemma_.lower()
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if lemma in self.words["owner_voices"] and owner is not None:
            # "Her campaign said", "his spokesman said", "Sanders' campaign said": the possessor's words.
            if owner.lower_ in self.words["pronouns"]:
                return self._resolve_pronoun(owner, self.words["pronouns"][owner.lower_])
            found = self._resolve_phrase(owner, cue)
            if found is not None:
                return found
        if head.lower_ in self.words["collective_voices"]:
            # "The directors of the leather manufacturer, in their strategic report, say", "its
            # trustees said": the people who run a body speak for it together.
            if owner is not None and owner.lower_ in self.words["pronouns"]:
                return self._resolve_pronoun(owner, self.words["pronouns"][owner.lower_])
            attached = self._organisation_attached_to(head)
            if attached is not None and attached.label == "ORG":
                return attached
        if lemma in self.words["spokes"]:
            attached = self._organisation_attached_to(head)
            if attached is None and lemma not in self.words["spokespeople"]:
                # "A statement made by a Co-op spokesperson said", "a report by MSPs": its author's words;
                # a joint one ("by joint administrators Blair Nimmo and Geoff Jacobs") is no one's alone.
                author = self._possessor(head)
                attached = self._resolve_phrase(author, cue) if author is not None and author.i != head.i \
                    and not any(t.dep_ == "conj" for t in author.subtree) else None
            if attached is None and lemma in self.words["spokespeople"] and not self._is_definite(head):
                # "A spokesperson for the council apologised … “…,” a spokesperson said": the one
                # whose organisation the article gave a moment before.
                return self._organisation_of_earlier(head, self._paragraph_of(head.idx) - PARAGRAPHS_OF_SPEAKER_MEMORY) \
                    or self._organisation_of_bare_spokesperson(head)
            if attached or not self._is_definite(head):
                return attached
            if lemma in self.words["spokespeople"]:
                return self._organisation_of_earlier(head)  # "the spokesman added"
            return self._speaker_of_recent(head)  # "the statement continued"
        if head.is_upper and len(head) > 3 and self._has_indefinite_article(head):
            return self._introduced_below(head)  # "A COUNCILLOR has hit out at …" opening the article
        if head.text[:1].isupper() and head.lower_ in self.words["person_titles"] and self._has_indefinite_article(head):
            return self._sole_holder_below(head)  # "An MP is calling on …" opening the article
        if head.pos_ == "PROPN" or (head.text[:1].isupper() and head.text[1:].islower() and not head.is_sent_start):
            # "Alex Cole-Hamilton MSP said", "Perth and North Perthshire MP Pete Wishart said": the
            # parser heads the phrase with the office or the place; the person named in it speaks.
            origin = self._origin_description(head)
            titled = self._titled_description(head) or origin
            named = None if origin else self._mention_named(head) or (
                None if titled else self._person_in_phrase(head, NAME_PHRASE_DEPS + ("conj",)))
            if not titled and (named is None or named.label == "ORG"):
                # "The Rail, Maritime, and Transport union (RMT) blasted": the body the phrase itself
                # names, not "Rail Delivery Group" named earlier for sharing its first word.
                named = self._organisation_in_phrase(head) or named
            if named is not None or not titled:
                return named  # "The Health Secretary said" after a photo credit is no credited photographer's
        for child in head.lefts:
            # A misparse such as "The company flat-out denied": the noun hangs as a compound. Not
            # "the trade union organiser said", "opposition group leaders said", nor "the Union Minister said" (a capitalised office): a
            # noun for a person heads its phrase, the person speaks.
            if child.dep_ == "compound" and child.lemma_.lower() in self.words["organisation_nouns"] \
                    and not ((head.tag_ in ("NN", "NNS") or self._titled_description(head)) and self._names_a_person(head)):
                return self._resolve_phrase(child, cue)
        if head.pos_ in ("NOUN", "PROPN", "ADJ") and self._is_definite(head):
            if lemma in self.words["organisation_nouns"]:
                return self._resolve_organisation_noun(head)
            return self._resolve_role_noun(head)
        if head.pos_ == "NOUN" and self._has_indefinite_article(head):
            return self._introduced_below(head)
        # "The Wales backs coach, Rob Howley, said", parsed with "backs" as the subject: the name
        # set off in the subject's own phrase is still the one who speaks.
        return self._person_in_phrase(head, ("appos", "npadvmod"))

    def _introduced_below(self, head):
        """"A COUNCILLOR has hit out at … an “abuse of power”" or "A train drivers union has claimed
        the “…”" opening the article, with "Liberal Democrat member Steve Delaney made the comments"
        or "Aslef's executive committee rejected …" below: a lede describes its speaker and names
        them in the next paragraphs. Only while the text has named nobody of that kind: a body of
        another kind named before ("Image source, BBC" over "A union said …") is someone else."""
        noun = head.lemma_.lower()
        if noun in self.words["organisation_nouns"]:
            fits = self._fits_organisation_noun(head)
            if any(fits(m) for m in self._mentions_before(head.idx, "ORG", outside_quotes=False)):
                return self._body_speaking_above(head, fits)
            return self._named_next(head, "ORG", fits)
        if not self._names_a_person(head) or bisect_right(self.label_starts["PERSON"], head.idx):
            return None
        return self._named_next(head, "PERSON", self._may_hold(noun))

    def _body_speaking_above(self, head, fits):
        """"Unison warns of more strikes" over "A leading union has warned more strikes “will be on
        the cards”": a lede describing its speaker by kind, under a headline, standfirst or caption
        naming one body of that kind ("RMT members lobby commuters" over "A rail union is claiming
        …"), or where of several the last spoke, retells that body's words. Not "A second union
        said": another."""
        if not self._in_lede(head) or any(c.ent_type_ == "ORDINAL" for c in head.children):
            return None
        named = [m for m in self._mentions_before(head.idx, "ORG", outside_quotes=False) if fits(m)]
        if len({m.canonical for m in named}) == 1:
            return named[0]
        i = bisect_left(self.spoken_at, head.idx) - 1
        above = self.spoken[i] if i >= 0 else None
        if above is None or above.paragraph >= self._paragraph_of(head.idx) or not fits(above.speaker):
            return None
        return above.speaker

    def _in_lede(self, token) -> bool:
        """In the article's opening paragraphs, or in the first that ends like a sentence: above it
        stand only a headline, a standfirst, captions and sharing links, which end in no full stop."""
        paragraph = self._paragraph_of(token.idx)
        return paragraph <= LEDE_PARAGRAPHS or not any(
            self.text[start:end].rstrip().rstrip("”’\"'").endswith((".", "!", "?")) for start, end in self.paragraphs[:paragraph])

    def _sole_holder_below(self, head):
        """"An MP is calling on Police Scotland …" opening the article, "Perth and North Perthshire
        MP Pete Wishart said" paragraphs below: a lede's office, written as a title, is held by the
        one person the article writes with that title after it, however far. Two such people, or
        anyone named before it, leave it open."""
        if bisect_right(self.label_starts["PERSON"], head.idx):
            return None
        title = head.lower_
        after = self.by_label["PERSON"][bisect_right(self.label_starts["PERSON"], head.idx):]
        holders = [m for m in after if not self._quoted(m)
                   and (title in (m.role or "").lower().split() or title in self._words_around(m))]
        return holders[0] if len({m.canonical for m in holders}) == 1 else None

    @staticmethod
    def _has_indefinite_article(head) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)

    def _may_hold(self, role):
        """Whether a person named after a description may be the one it describes: the text gives
        them its role, or no other office ("Education Secretary Shirley-Anne Somerville" below "The
        boss of Scotland's largest teaching union" is someone else)."""
        return lambda m: self._has_role(m, role) or not any(self._office_word(w) for w in self._words_around(m))

    def _fits_organisation_noun(self, head):
        """Whether an organisation's name fits the noun ("the union") and its modifiers: "the
        production company" fits "Dick Clark Productions"."""
        noun = head.lemma_.lower()
        patterns = self.words["organisation_nouns"][noun]
        modifiers = tuple(c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod") and len(c.text) > 3)
        return lambda m: self._name_fits(m, noun, modifiers, patterns)

    def _person_after_title(self, head):
        """"Chair of UNISON Scotland’s local government committee Mark Ferguson said", "General
        secretary of the EIS Andrea Bradley told …": a title with no determiner opening the
        sentence's subject, the person's name closing it right before the verb, an organisation's
        possessive allowed ("Unison's head of local government Heather Wakefield added"). Not "A
        spokesman for Mr Smith", not "Lawyers for Mr Smith": someone else speaks for them."""
        if not head.left_edge.text[:1].isupper() or head.tag_ not in ("NN", "NNP") or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(c.dep_ == "det" for c in head.children):
            return None
        person = self._person_closing_subject(head) or self._person_before_aside(head)
        if person is None or self._after_preposition(person):
            return None  # "Mr Smith's lawyer John Doe said" is John Doe; "A lawyer for Mr Smith" is not Smith
        return person

    def _person_before_aside(self, head):
        """"Minister for Jobs Richard Bruton, who took leaders' questions, told …": the name closes
        the title's phrase before a clause about the person, set off by commas, that ends right
        before the verb."""
        verb = head.head
        if verb.i < head.i or head.lemma_.lower() in self.words["spokes"] \
                or any(t.text != "," for t in self.doc[head.right_edge.i + 1:verb.i]) or self.doc[verb.i - 1].text != ",":
            return None
        # The parser hangs the clause from the name or from the title, the commas on either side.
        clause = next((t for t in head.subtree if t.dep_ == "relcl" and t.left_edge.i > head.left_edge.i + 1
                       and self.doc[t.left_edge.i - 1].text == ","), None)
        if clause is None:
            return None
        return self._person_ending_at(self.doc[clause.left_edge.i - 2])

    def _after_preposition(self, person) -> bool:
        """A preposition or a determiner before the name and its titles: "for Mr Smith", "of the
        late John Smith", not "head of local government Heather Wakefield"."""
        i = self._token_at(person.start) - 1
        while i > 0 and self.doc[i].lower_.rstrip(".") in self.words["title_words"]:
            i -= 1
        return self.doc[i].pos_ in ("ADP", "DET")

    def _person_closing_subject(self, head):
        """The person, among the mentions, whose name ends the subject's phrase right before its
        verb (word_closing_subject): "GMB Scotland senior organiser Keir Greenaway warned"."""
        last = word_closing_subject(head)
        return self._person_ending_at(last) if last is not None else None

    def _person_ending_at(self, token):
        """The person, among the mentions, whose name ends with this token outside the quotes."""
        mention = self.mention_of_token.get(token.i)
        if mention is None or mention.label != "PERSON" or self.in_quote[token.i] \
                or token.idx + len(token.text) != mention.end:
            return None
        return mention

    def _mention_named(self, name):
        """A name the entity recogniser missed here but found elsewhere: "Petrides said"."""
        words = [t.text for t in self._name_before(name)] + [name.text]
        for label in ("PERSON", "ORG"):
            found = self.by_word.get((label, name.text))
            if not found:
                continue
            # "Teresa Nielsen Hayden explained" is not Patrick Nielsen Hayden.
            full = [m for m in found if all(w in m.canonical.split() for w in words)]
            if len(words) > 1 and not full and label == "PERSON" and words[0].lower() in self.words["first_names"]:
                return None
            if len(words) > 1 and not full and label == "ORG":
                return None  # "A Unicef UK spokesman" is not War Child UK's
            return min(full or found, key=lambda m: abs(m.start - name.idx))
        return self._organisation_spelled(name)

    def _organisation_in_phrase(self, head):
        """An organisation named in the noun phrase itself (its compounds, appositions and
        conjuncts), not in a clause hanging from it: the "RMT" of "The Rail, Maritime, and
        Transport union (RMT)". An apposition (the bracketed acronym) before a compound word, which
        may be only a piece of the name."""
        for child in sorted(head.children, key=lambda c: c.dep_ != "appos"):
            if child.dep_ in NAME_PHRASE_DEPS + ("conj",) and not self.in_quote[child.i]:
                found = self.mention_of_token.get(child.i)
                if found is not None and found.label == "ORG":
                    return found
                found = self._organisation_in_phrase(child)
                if found is not None:
                    return found
        return None

    def _organisation_spelled(self, token):
        """The body an acronym the entity rules left untagged spells out: "said the SFC" after
        "The Scottish Funding Council (SFC)". Only a single body may fit. Not a title ("MS", "MP")
        nor letters after a person's name ("Darren Millar MS", "Jane Smith QC")."""
        word = token.text
        if not (word.isupper() and 2 <= len(word) <= ACRONYM_MAX_LETTERS) \
                or word.lower() in self.words["person_titles"] or word.lower() in self.words["gender_words"]:
            return None
        before = self.mention_of_token.get(token.i - 1) if token.i > 0 else None
        if before is not None and before.label == "PERSON":
            return None
        found = [m for m in self.by_label["ORG"] if len(m.canonical.split()) > 1 and spells(word, m.canonical.split())]
        return found[0] if len({m.canonical for m in found}) == 1 else None

    def _name_before(self, name):
        """The proper nouns compounded before a name's head: "Teresa Nielsen" of "… Hayden"."""
        tokens = []
        for i in range(name.i - 1, -1, -1):
            token = self.doc[i]
            if token.pos_ != "PROPN" or token.dep_ != "compound" or token.head.i not in [name.i] + [t.i for t in tokens]:
                break
            tokens.insert(0, token)
        return tokens

    def _person_set_off_closing(self, head):
        """"Special aide to former President John Mahama, Joyce Bawa Mogtari, has said": a name set
        off by commas closes the subject right before its verb; it names the subject, though the
        parser hung it from the name before it."""
        end = head.right_edge
        if end.text != "," or head.head.i <= end.i \
                or any(t.dep_ not in ("aux", "auxpass", "neg") for t in self.doc[end.i + 1:head.head.i]):
            return None
        last = self.doc[end.i - 1]
        mention = self._person_ending_at(last)
        if mention is None:
            return None
        first = self._token_at(mention.start)
        if first <= head.left_edge.i or self.doc[first - 1].text != "," \
                or not any(t.dep_ == "appos" for t in self.doc[first:last.i + 1]):
            return None
        return mention

    def _person_in_apposition(self, head):
        for child in head.children:
            if child.dep_ == "appos":
                found = self.mention_of_token.get(child.i)
                if found and found.label == "PERSON":
                    return found
                found = self._first_person_in(child)
                if found:
                    return found
        return None

    def _person_in_phrase(self, head, deps=NAME_PHRASE_DEPS):
        """A person named in the noun phrase itself, not in a clause hanging from it."""
        for child in head.children:
            if child.dep_ in deps and not self.in_quote[child.i]:
                found = self.mention_of_token.get(child.i)
                if found and found.label == "PERSON":
                    return found
                found = self._person_in_phrase(child, deps)
                if found:
                    return found
        return None

    def _organisation_in_apposition(self, head):
        for child in head.children:
            found = self.mention_of_token.get(child.i)
            if child.dep_ == "appos" and found:
                return found
        return None

    def _first_person_in(self, token):
        for t in token.subtree:
            mention = self.mention_of_token.get(t.i)
            if mention and mention.label == "PERSON":
                return mention
        return None

    def _organisation_attached_to(self, head):
        """"a WeWork spokesperson", "a spokesperson for the NYAG", "a company spokesperson"."""
        for child in head.children:
            if child.dep_ == "compound" and child.lemma_.lower() in self.words["organisation_nouns"]:
                return self._resolve_organisation_noun(child)
            if child.dep_ in ("compound", "poss", "nmod", "amod"):
                mention = self.mention_of_token.get(child.i) or (
                    self._mention_named(child) if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN"
                    else None) or (
                    # "A Unicef UK spokesperson": the body named in the compound's own words.
                    self._organisation_in_phrase(child) if child.dep_ == "compound" else None)
                if mention and (mention.label == "ORG" or child.dep_ == "poss"):
                    return mention  # "Swift's rep told Fox News" speaks for Swift
            if child.dep_ == "prep" and child.lower_ in ("for", "at", "from", "of", "with", "on"):
                for grandchild in child.children:
                    mention = self._organisation_object(grandchild) if grandchild.dep_ == "pobj" else None
                    if mention is None and child.lower_ == "for" and grandchild.dep_ == "pobj" \
                            and head.lemma_.lower() in self.words["spokespeople"]:
                        mention = self._person_ending_at(grandchild)  # "A spokesman for Health Minister Mark Drakeford"
                    if mention is not None:
                        return mention
        return None

    def _organisation_object(self, pobj):
        """The body a preposition's object names: "for the NYAG"; "on behalf of the DUP grouping",
        where the body is the object of "of" after "behalf" and may be a compound of its head."""
        if pobj.lower_ == "behalf":
            pobj = next((o for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), None)
            if pobj is None:
                return None
            candidates = [pobj] + [c for c in pobj.children if c.dep_ == "compound"]
        else:
            candidates = [pobj] if pobj.head.lower_ != "on" else []  # "on" only as "on behalf of"
        for token in candidates:
            mention = self.mention_of_token.get(token.i)
            if mention and mention.label == "ORG":
                return mention
        if candidates and pobj.lemma_.lower() in self.words["organisation_nouns"] and self._is_definite(pobj) \
                and not self.in_quote[pobj.i]:
            return self._resolve_organisation_noun(pobj)  # "a spokesperson for the council": the council named
        return None

    def _titled_description(self, head) -> bool:
        """"the Conservative MP", "the Senator", "Holyrood’s Finance Secretary": a capitalised office
        after "the" or an owner describes someone named elsewhere, it is not a name."""
        return head.lower_ in self.words["person_titles"] and (
            self._opened_by_the(head) or any(c.dep_ == "poss" for c in head.children))

    def _origin_description(self, head) -> bool:
        """"the German said", "the California Democrat said": one person written by their nation
        or party (a singular word the recogniser calls a nationality or a group) after "the"."""
        return head.ent_type_ == "NORP" and head.tag_ == "NNP" and self._opened_by_the(head) \
            and not self.in_quote[head.i]

    @staticmethod
    def _opened_by_the(head) -> bool:
        """"the" opens the phrase, though the parser may hang it from a word inside: "The UK
        Government’s Secretary of State for Wales" (the government's "the"), "The former deputy
        First Minister and Finance Secretary" (the first office's)."""
        return head.left_edge.lower_ == "the" or any(c.lower_ == "the" for c in head.children)

    def _is_definite(self, head) -> bool:
        # The determiner may hang off a compound: "A/det second vice - chancellor".
        determiners = [t for t in self.doc[head.left_edge.i:head.i] if t.dep_ in ("det", "poss", "nummod")
                       and (t.head == head or t.head.i < head.i)]
        return not determiners or any(d.lower_ in DEFINITE_DETERMINERS or d.dep_ == "poss" for d in determiners)

    def _resolve_role_noun(self, head):
        """"the councillor said": the latest person the text calls a councillor, else the person
        in view."""
        others = self._named_beside(head)
        origin = self._origin_description(head)
        # A nation or a party is no office: "the German" is not "German Chancellor Angela Merkel".
        holder, settled = (None, False) if origin else self._holder_of_office(head, others)
        if holder is not None or settled:
            return holder
        role = head.lemma_.lower()
        split = bisect_right(self.label_starts["PERSON"], head.idx)
        titled = self._titled_description(head)
        if not ((head.tag_ in ("NN", "JJ") or titled or origin) and self._names_a_person(head) and self._opened_by_the(head)):
            return None
        if split == 0 and titled:
            # "The UK Government’s Secretary of State for Wales called the deal …" after the parties
            # spoke, with "Mr Hart said" below: a capitalised office is someone's, named after it.
            return self._named_next(head, "PERSON", self._may_hold(role))
        if origin and self._person_in_view(head):
            # "Roberto Mancini was pleased … “…,” the Italian said": taken up like "he", by the
            # speakers and subjects of the recent paragraphs, latest first.
            found = next(self._antecedents(head, "PERSON"), None)
            return None if found is None or found.canonical in others else found
        if self._person_in_view(head):
            # "The 56-year-old said", "the Portuguese boss said": the person in view.
            found = self._recent_speaker(head, "PERSON") or self._recent_mention(head, "PERSON")
            if found is not None and found.canonical in others:
                return None  # the person in view is named beside the noun: someone else, unnamed or long gone
            if found is None and split == 0:
                # "The leader of Glasgow City Council has responded …" opening the article, with
                # "Susan Aitken made the comments" below: a description named only after it.
                return self._named_next(head, "PERSON", self._may_hold(role))
            return found
        return None

    def _holder_of_office(self, head, others=frozenset()) -> tuple[EntityMention | None, bool]:
        """The person the text gives this office: the one in view latest before the noun, else the
        first after it carrying its modifiers too ("Holyrood’s Finance Secretary has said …" before
        "Finance Secretary Shona Robison"). Not one of ``others``, the people named beside the noun.
        With it, whether the text settles who holds it: two people given the office in one
        sentence and neither speaking since leave it open, so the noun names no one."""
        role = head.lemma_.lower()
        people = self.by_label["PERSON"]
        split = bisect_right(self.label_starts["PERSON"], head.idx)
        # Someone named only after the noun must carry its modifiers too: "the deputy chief
        # executive … insisted" is not "the board's chief executive, Prof Trevor Purt" below.
        modifier_tokens = [c for c in head.children if c.dep_ in ("amod", "compound")]
        modifiers = [c.lower_ for c in modifier_tokens]
        # "the Celtic boss" after "Rangers boss Mark Warburton" and "Celtic manager Brendan
        # Rodgers": the one whose own words carry the name before the noun, in any office.
        names = [c.lower_ for c in modifier_tokens if c.text[:1].isupper() and c.i != head.left_edge.i or c.pos_ == "PROPN"]
        if names:
            for mention in reversed(people[:split]):
                around = self._words_around(mention)
                # The name before the office may be an organisation's: "Celtic manager Brendan Rodgers".
                sentence = self.doc[self._token_at(mention.start)].sent
                lead = set(self.text[max(sentence.start_char, mention.start - 40):mention.start].lower().split())
                if all(n in around or n in lead for n in names) and (self._has_role(mention, role) or any(
                        self._person_word(w) for w in around)):
                    return mention, True
        before = self._holders_in_view(people[:split], role, self._bodies_in(modifier_tokens), others)
        # "the Sinn Fein vice-president" is not "US President Donald Trump": a rank before the office
        # names a different post, held by someone the text gives that rank too.
        # The parser may leave "vice-" loose beside the noun rather than as its modifier.
        joined = [t.lower_ for t in self.doc[max(0, head.i - 2):head.i]]
        ranks = {w for w in modifiers + joined if w in self.words["rank_words"]}
        before = [m for m in before if all(self._has_role(m, rank) for rank in ranks)]
        if len(before) > 1 and self._same_sentence(before[0], before[1]):
            # "Transport Minister Jenny Gilruth and Active Travel Minister Patrick Harvie": either,
            # unless one of them spoke last ("SNP group leader Adam McVey said … urged council
            # leader Cammy Day to resign. “…,” the former council leader said").
            speaker = self._recent_speaker(head, "PERSON")
            return next((m for m in before[:2] if speaker is not None and m.canonical == speaker.canonical), None), True
        if before:
            return before[0], True
        for mention in people[split:]:
            if self._has_role(mention, role) and all(self._has_role(mention, m) for m in modifiers):
                return mention, True
        return None, False

    def _holders_in_view(self, people, role, bodies, others) -> list:
        """People given the office among these mentions, each by their latest mention, latest
        first: "the councillor said" after "Councillor Smith … Councillor Brown … Smith added" is
        Smith. Not someone the text ties to another body than the noun's own: "The SDLP MLA said"
        is not "the TUV MLA Timothy Gaston" (a place, "the North Antrim MLA", ties no one)."""
        given = {m.canonical for m in people if self._has_role(m, role)} - set(others)
        if bodies:
            given = {name for name in given if not self._tied_elsewhere(name, people, bodies)}
        latest = {}
        for mention in reversed(people):
            if mention.canonical in given:
                latest.setdefault(mention.canonical, mention)
        return sorted(latest.values(), key=lambda m: -m.start)

    def _tied_elsewhere(self, canonical, people, bodies) -> bool:
        """The text writes this person with a body (a party, an employer) before or beside their
        name, and none of these bodies."""
        theirs = set()
        for mention in people:
            if mention.canonical == canonical:
                theirs |= self._bodies_in(self._title_tokens(mention))
        return bool(theirs) and not theirs & bodies

    def _bodies_in(self, tokens) -> set[str]:
        """The organisations named among these words: "SDLP" of "The SDLP MLA"."""
        return {self.mention_of_token[t.i].canonical for t in tokens
                if t.i in self.mention_of_token and self.mention_of_token[t.i].label == "ORG"}

    def _title_tokens(self, mention) -> list:
        """The words of the title right before a name, bodies included: "the TUV MLA" of "the TUV
        MLA Timothy Gaston", "Labour’s" of "Labour’s Neil Findlay"."""
        first = self._token_at(mention.start)
        sentence = self.doc[first].sent
        tokens = []
        for i in range(first - 1, max(sentence.start, first - 7) - 1, -1):
            token = self.doc[i]
            mention_here = self.mention_of_token.get(i)
            if (mention_here is not None and mention_here.label == "PERSON") or token.pos_ in ("VERB", "AUX", "SCONJ", "PRON") \
                    or token.lower_ in (".", ";", ",") or token.text in QUOTE_PUNCTUATION:
                break
            tokens.append(token)
        return tokens

    def _same_sentence(self, a, b) -> bool:
        return self.doc[self._token_at(a.start)].sent.start == self.doc[self._token_at(b.start)].sent.start

    def _named_beside(self, head) -> frozenset[str]:
        """People the description's own sentence names outside it and outside the quotes: "The
        First Minister accused Mr Sarwar of “desperation”" is not Sarwar; were it the same person,
        the text would have said "himself" or "he"."""
        own = range(head.left_edge.i, head.right_edge.i + 1)
        sentence = head.sent
        return frozenset(self.mention_of_token[i].canonical for i in range(sentence.start, sentence.end)
                         if i not in own and i in self.mention_of_token and not self.in_quote[i]
                         and self.mention_of_token[i].label == "PERSON")

    def _named_next(self, head, label, fits=lambda mention: True, anywhere=False):
        """The first such name after a description that nothing before it names, as the subject
        of a clause within the next paragraphs (or, anywhere, in any place: a quote, a caption)."""
        last = self._paragraph_of(head.idx) + CATAPHORA_PARAGRAPHS
        after = self.by_label[label][bisect_right(self.label_starts[label], head.idx):]
        for mention in after:
            if self._paragraph_of(mention.start) > last:
                break
            if (anywhere or not self._quoted(mention) and (self._is_subject(mention) or self._closes_a_subject(mention))) \
                    and fits(mention):
                return mention
        return None

    def _closes_a_subject(self, mention) -> bool:
        """"General secretary of the EIS Andrea Bradley told …": the name closing a subject's phrase
        right before its verb, though the parser headed the phrase with the title (see
        word_closing_subject)."""
        last = self.doc[self._token_at(mention.end - 1)]
        for token in (last, *last.ancestors):
            if token.dep_ in ("nsubj", "nsubjpass"):
                closing = word_closing_subject(token)
                return closing is not None and closing.i == last.i
            if token.pos_ in ("VERB", "AUX"):
                break
        return False

    def _has_role(self, mention, word) -> bool:
        return word in (mention.role or "").lower() or word in self._words_around(mention)

    def _names_a_person(self, head) -> bool:
        """"the 56-year-old", "the Portuguese boss", "the actress", "the striker": a word for a
        person, not "the prosecution" or "the report"."""
        lemma = head.lemma_.lower()
        return head.tag_ == "JJ" or "year-old" in head.lower_ or self._age_without_hyphen(head) \
            or self._person_word(lemma) or lemma in self.words["gender_words"] or self._origin_description(head)

    def _person_word(self, word: str) -> bool:
        """"boss", "striker", "actress", "councillor": an office, or another word for a person
        (a noun list, or an ending jobs have), lowercase."""
        return self._office_word(word) or word in self.words["person_nouns"] or word.endswith(PERSON_NOUN_ENDINGS)

    def _office_word(self, word: str) -> bool:
        """"councillor", "secretary", "striker": a title or a job (attribution.yml's person_titles,
        aliases.yml's role_nouns), lowercase."""
        return word in self.words["person_titles"] or word in self.role_nouns

    @staticmethod
    def _age_without_hyphen(head) -> bool:
        """"the 46-year old smiled": the age written with one hyphen left out."""
        return head.lower_ == "old" and any(c.dep_ == "compound" and c.lower_.endswith("year") for c in head.children)

    def _person_in_view(self, token) -> bool:
        """No unnamed speaker ("said one legal expert") came after the last named one."""
        paragraph = self._paragraph_of(token.idx)
        for i in range(bisect_left(self.cue_starts, token.idx) - 1, -1, -1):
            cue = self.cues[i]
            if cue.paragraph < paragraph - PARAGRAPHS_OF_SPEAKER_MEMORY:
                break
            if cue.speaker is not None:
                return cue.speaker.label == "PERSON"
            if cue.unknown_name or cue.unnamed_person:
                return False
        return True

    def _organisation_of_earlier(self, noun, oldest_paragraph=-1):
        """"A spokesperson for the NYAG said … the spokesperson added": the NYAG."""
        lemma = noun.lemma_.lower()
        for token in reversed(self.doc[max(0, noun.i - 2000):noun.i]):
            if token.idx < self.paragraphs[max(0, oldest_paragraph)][0]:
                break
            if token.lemma_.lower() == lemma and not self.in_quote[token.i]:
                attached = self._organisation_attached_to(token)
                if attached:
                    return attached
        return None

    def _organisation_of_bare_spokesperson(self, head):
        """"Police Scotland confirmed the man has been released. A spokesman said: “…”": a
        spokesperson with nothing of their own ("a spokesman", not "a police spokesman", "a
        spokesman for the family") speaks for the body the story is telling of, the organisation
        that last spoke or was a subject in the paragraphs before; with none there, for the one
        the story is about, of those that spoke before (the most named). A body that was only a
        subject further back ("Holyrood 'misled again'" in a headline) is no one who speaks."""
        if any(c.dep_ != "det" for c in head.children):
            return None
        recent = next(self._salient_before(head, "ORG"), None)
        if recent is not None:
            return recent
        spoke = [c.speaker for c in self.spoken[:bisect_left(self.spoken_at, head.idx)] if c.speaker.label == "ORG"]
        counts = Counter(m.canonical for m in self.by_label["ORG"] if not self._quoted(m))
        return max(spoke, key=lambda m: (counts[m.canonical], m.start), default=None)

    def _speaker_of_recent(self, noun):
        """"the statement continued": who issued the statement the article last mentioned,
        else whoever last spoke in a statement, else whoever last spoke."""
        issuer = self._issuer_of_earlier(noun)
        if issuer is not None:
            return issuer
        lemma = noun.lemma_.lower()
        if lemma in self.words["ownerless_documents"]:
            # "the affidavit said", "the report said" are not whoever spoke last, nor whoever last
            # spoke of a report ("pledged to implement the report's recommendations").
            return None
        for cue in self._recent_cues(noun):
            if any(t.lemma_.lower() == lemma for t in cue.token.subtree if t.i != noun.i):
                return cue.speaker
        return self._recent_speaker(noun, None)

    def _issuer_of_earlier(self, noun):
        """"Big Machine Records issued a statement … the statement continued": the speaker of
        the document's last mention before this one, its owner, or the subject of the verb
        that issued it ("X issued a statement", "X said in a statement")."""
        lemma = noun.lemma_.lower()
        oldest = self._paragraph_of(noun.idx) - PARAGRAPHS_OF_SPEAKER_MEMORY
        cue_of_subject = {self._subject_of(c.token).i: c for c in self.spoken[:bisect_left(self.spoken_at, noun.idx)]
                          if c.token.pos_ != "NOUN" and self._subject_of(c.token) is not None}
        for token in reversed(self.doc[max(0, noun.i - 1000):noun.i]):
            if token.lemma_.lower() != lemma or self.in_quote[token.i] or token.pos_ != "NOUN":
                continue
            if self._paragraph_of(token.idx) < oldest:
                return None
            if token.i in cue_of_subject:
                return cue_of_subject[token.i].speaker
            owner = self._possessor(token)
            if owner is not None and owner.lemma_.lower() != lemma:
                return self._resolve_phrase(owner, None)
            attached = self._organisation_attached_to(token)
            if attached:
                return attached
            if token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ in ("in", "through", "via")):
                verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
                subject = self._subject_of(verb) if verb is not None else None
                if subject is not None and subject.lemma_.lower() != lemma:
                    return self._resolve_phrase(subject, None)
                return None
        return None

    def _recent_cues(self, token):
        """Cues with a speaker before token, latest first, within the speaker memory."""
        oldest = self._paragraph_of(token.idx) - PARAGRAPHS_OF_SPEAKER_MEMORY
        for i in range(bisect_left(self.spoken_at, token.idx) - 1, -1, -1):
            if self.spoken[i].paragraph < oldest:
                break
            yield self.spoken[i]

    def _recent_speaker(self, token, label):
        for cue in self._recent_cues(token):
            if label is None or cue.speaker.label == label:
                return cue.speaker
        return None

    def _recent_mention(self, token, label):
        for mention in self._mentions_before(token.idx, label):
            if self._paragraph_of(mention.start) >= self._paragraph_of(token.idx) - PARAGRAPHS_OF_SPEAKER_MEMORY:
                return mention
            break
        return None

    def _name_fits(self, mention, noun, modifiers, patterns) -> bool:
        key = (mention.canonical, mention.text, noun, modifiers)
        if key not in self._fits:
            # Every form the article uses counts: "the union" fits the Educational Institute of
            # Scotland when the article also calls it the EIS.
            # A form headed by another kind of body names that kind: "the charity" is not the Charity
            # Commission, "the university" not the University Hospitals Trust.
            forms = [f for f in [mention.canonical, mention.text, *self._forms_of(mention.canonical)]
                     if not self._headed_by_other_body(f, noun, patterns)]
            names = " ".join(forms)
            self._fits[key] = bool(forms) and (any(w in names.lower() for w in (noun,) + modifiers) or any(
                p.search(names) for p in patterns))
        return self._fits[key]

    def _headed_by_other_body(self, name, noun, patterns) -> bool:
        """The noun only modifies the name's head (its last word, or the last before "of"), another
        organisation noun the noun does not fit: "Charity Commission" for "charity", "… University
        Hospitals Trust" for "university" (not "EIS Salaries Committee" for "union": EIS is one)."""
        words = name.lower().split(" of ")[0].split()
        head = words[-1] if words else ""
        return noun in words and head != noun and head in self.words["organisation_nouns"] \
            and not any(p.search(head) for p in patterns)

    def _forms_of(self, canonical) -> list[str]:
        if self._forms is None:
            self._forms = {}
            for other in self.by_label["ORG"]:
                self._forms.setdefault(other.canonical, set()).add(other.text)
        return sorted(self._forms.get(canonical, ()))

    def _words_around(self, mention) -> set[str]:
        """Lower-case lemmas of the title before a name and of an apposition after it."""
        key = (mention.start, mention.end)
        if key not in self._around:
            self._around[key] = self._read_words_around(mention)
        return self._around[key]

    def _read_words_around(self, mention) -> set[str]:
        first = self._token_at(mention.start)
        last = self._token_at(max(mention.start, mention.end - 1))
        sentence = self.doc[first].sent
        words = set()
        for i in range(first - 1, max(sentence.start, first - 7) - 1, -1):
            token = self.doc[i]
            if i in self.mention_of_token or token.pos_ in ("VERB", "AUX", "SCONJ", "PRON") \
                    or token.lower_ in (".", ";") or token.text in QUOTE_PUNCTUATION or token.tag_ == "POS":
                break  # "At First Minister’s Questions, Mr Sarwar": the title is the questions' owner's
            if token.tag_ not in PLURAL_TAGS:  # "the offices of Omar" gives Omar no role
                words.add(token.lemma_.lower())
        if last + 1 < sentence.end and self.doc[last + 1].text in (",", "–", "—", "("):
            for i in range(last + 2, min(sentence.end, last + 12)):
                token = self.doc[i]
                # The sentence's main verb ends the name's clause, not an apposition: "criticism of
                # Gilruth, the Tory MSP took the opportunity to attack his Green counterpart".
                if token.text in (",", ")", ";", ".") or token.dep_ == "ROOT" \
                        or i in self.mention_of_token and self.mention_of_token[i].label == "PERSON":
                    break
                if token.tag_ not in PLURAL_TAGS:
                    words.add(token.lemma_.lower())
        return words

    def _resolve_organisation_noun(self, head):
        """"the union said": the organisation named earlier that the noun fits."""
        if head.tag_ in PLURAL_TAGS and head.lower_ != head.lemma_.lower() \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
            # "Councils say …", "Unions warned …": bodies in general, no one named (not "Police said").
            return None
        noun = head.lemma_.lower()
        before = list(self._mentions_before(head.idx, "ORG", outside_quotes=False))[::-1]
        patterns = self.words["organisation_nouns"][noun]
        fits = self._fits_organisation_noun(head)
        fitting = [m for m in before if fits(m)]
        if fitting:
            # Of several unions, the one that last spoke is the one meant.
            speakers = {c.speaker.canonical for c in self.spoken[:bisect_left(self.spoken_at, head.idx)]}
            return next((m for m in reversed(fitting) if m.canonical in speakers), fitting[-1])
        for mention in reversed(before):
            if noun in self._words_around(mention):
                return mention
        if patterns and before:
            # "In a statement the council said: “Southampton City Council’s housing services …”":
            # with other bodies named before, the one the noun fits is named just after.
            later = self._named_next(head, "ORG", fits, anywhere=True)
            if later is not None:
                return later
        if noun in self.words["topic_nouns"] and before:
            # "the company said": of the organisations named lately, the one the article is about.
            oldest = self._paragraph_of(head.idx) - PARAGRAPHS_OF_SPEAKER_MEMORY
            lately = [m for m in before if self._paragraph_of(m.start) >= oldest and not self._quoted(m)]
            counts = Counter(m.canonical for m in self.by_label["ORG"] if not self._quoted(m))
            return max(lately or before, key=lambda m: (counts[m.canonical], m.start))
        if not before and self._is_definite(head):
            # "The largest union in local government has said …", "Unison accused Cosla …" below.
            return self._named_next(head, "ORG", fits)
        if noun in self.words["self_named_bodies"]:
            return None  # "police said" when no police force is named: not the company that spoke last
        recent = self._recent_speaker(head, "ORG")
        kinds = self._kinds_of_body(recent) if recent is not None and patterns else set()
        if kinds and noun not in kinds:
            return None  # "the council said" when only a union has spoken: a body the text never named
        return recent

    def _kinds_of_body(self, mention) -> set[str]:
        """The organisation nouns this name fits: GMB is a union, Glasgow City Council a council. Most
        names fit none (Tottenham Hotspur is a club all the same), so only a fit tells."""
        return {noun for noun, patterns in self.words["organisation_nouns"].items()
                if patterns and self._name_fits(mention, noun, (), patterns)}

    def _quoted(self, mention) -> bool:
        return self.in_quote[self._token_at(mention.start)]

    def _mentions_before(self, char, label, outside_quotes=True):
        """Mentions with this label starting before char, latest first."""
        found = self.by_label.get(label, [])
        for i in range(bisect_left(self.label_starts.get(label, []), char) - 1, -1, -1):
            if outside_quotes and self.in_quote[self._token_at(found[i].start)]:
                continue
            yield found[i]

    # -- pronouns ------------------------------------------------------------

    def _resolve_pronoun(self, token, kind):
        if kind == "plural":
            return self._organisation_speaking_before(token)
        label = "ORG" if kind == "organisation" else "PERSON"
        if token.lower_ == "it":
            text = self._text_just_before(token)
            if text is not None:
                return text.speaker
            if token.head.lemma_.lower() == "read" and token.dep_ == "nsubj":
                return None  # "It read: “…”" quotes a text, never an organisation named before it
        if self._unknown_speaker_just_before(token):
            return None  # "Eswar Prasad said …. “…,” he said" with Prasad unrecognised
        if label == "PERSON":
            spokesperson = self._spokesperson_just_before(token)
            if spokesperson is not None:
                return spokesperson
            if self._unnamed_person_just_before(token):
                return None
        for candidate in self._antecedents(token, label):
            if label == "ORG":
                return candidate
            gender = self._gender_of(candidate)
            if gender in (None, kind):
                if gender is None:
                    self.genders[candidate.canonical] = kind
                return candidate
        return self._subject_taken_up_against_name(token, kind) if label == "PERSON" else None

    def _subject_taken_up_against_name(self, token, kind):
        """"General secretary Andrew Bradley called on staff to strike. She said: “…”": with no one
        of the pronoun's sex in view, a pronoun opening the next sentence as its subject takes up
        the last sentence's named subject, whose sex only the list of given names had said (a
        misspelt "Andrea", a name both sexes bear); no title or job word ("Mr", "Sir") says it."""
        sentence = token.sent
        if token.dep_ != "nsubj" or sentence.start == 0 or token.i - sentence.start > 1:
            return None
        previous = self.doc[sentence.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ in SUBJECT_DEPS and not self.in_quote[c.i]), None)
        person = self._resolve_phrase(subject, None) if subject is not None else None
        if person is None or person.label != "PERSON" or self._sex_in_titles(person):
            return None
        self.genders[person.canonical] = kind
        return person

    def _sex_in_titles(self, person) -> bool:
        """A title or a job word at any of the person's mentions that says their sex ("Mr", "Dame")."""
        for mention in self.by_label["PERSON"]:
            if mention.canonical == person.canonical:
                words = self._title_before(mention) + (mention.role or "").lower().split()
                if any(w.strip(".") in self.words["gender_words"] for w in words):
                    return True
        return False

    def _organisation_speaking_before(self, token):
        """"The directors … say … They add: “…”", "The union said … They added": "they" is the
        organisation whose words came just before, with nobody named since; else nobody (people
        in the plural are no one the article names)."""
        cue = self._cue_just_before(token)
        return cue.speaker if cue is not None and cue.speaker is not None and cue.speaker.label == "ORG" else None

    def _spokesperson_just_before(self, token):
        """"A spokesperson for UCEA said … “…,” he said": he speaks for UCEA, unless someone
        has been named since."""
        cue = self._cue_just_before(token)
        return cue.speaker if cue is not None and cue.for_organisation else None

    def _text_just_before(self, token):
        """"“…,” the statement read. It added: “…”": "it" is the text quoted just before, with no
        organisation named since, and speaks for its author (or for no one the article names), not
        for the organisation named before it."""
        cue = self._cue_just_before(token)
        if cue is None or not cue.by_text:
            return None
        named_since = any(cue.token.idx < m.start < token.idx for m in islice(self._mentions_before(token.idx, "ORG"), 1))
        return None if named_since else cue

    def _unnamed_person_just_before(self, token) -> bool:
        """"A spokesman said the school had failed. He added: “…”": he is the unnamed spokesman,
        not whoever was named before him (the reporter in the byline)."""
        cue = self._cue_just_before(token)
        return cue is not None and cue.unnamed_person

    def _cue_just_before(self, token):
        """The speech cue before a pronoun's own verb, in its paragraph or the one before, when
        nobody has been named since. Paragraphs that open with a quote (the speaker's words going
        on, a quoted subheading) may stand between them: "A CalMac spokeswoman said: “…” /
        ‘…’ / “…” / She added: “…”"."""
        i = bisect_left(self.cue_starts, token.idx) - 1
        while i >= 0 and self.cues[i].token.i >= token.i - 1:
            i -= 1  # the pronoun's own verb
        if i < 0:
            return None
        between = range(self.cues[i].paragraph + 1, self._paragraph_of(token.idx))
        if len(between) >= PARAGRAPHS_OF_SPEAKER_MEMORY or any(
                p not in self.paragraphs_opening_with_quote for p in between):
            return None
        named_since = any(self.cue_starts[i] < m.start < token.idx
                          for m in islice(self._mentions_before(token.idx, "PERSON"), 1))
        return None if named_since else self.cues[i]

    def _unknown_speaker_just_before(self, token) -> bool:
        paragraph = self._paragraph_of(token.idx)
        earlier = [c for c in self.cues_by_paragraph.get(paragraph, []) if c.token.idx < token.idx]
        return bool(earlier) and earlier[-1].unknown_name

    def _antecedents(self, token, label):
        """Earlier people or organisations, most likely first.

        Paragraph by paragraph back from the pronoun, those who spoke and the
        subjects of sentences; then, again from the pronoun back, anyone named
        outside the quotes.
        """
        yield from self._salient_before(token, label)
        named_in = self._named_by_paragraph(token, label)
        for back in sorted(named_in, reverse=True):
            yield from named_in[back]
        yield from islice(self._mentions_before(token.idx, label), FARTHEST_ANTECEDENTS)

    def _named_by_paragraph(self, token, label) -> dict[int, list]:
        """Mentions before token within the speaker memory, latest first, by paragraph."""
        named_in = {}
        oldest = self._paragraph_of(token.idx) - PARAGRAPHS_OF_SPEAKER_MEMORY
        for mention in self._mentions_before(token.idx, label):
            paragraph = self._paragraph_of(mention.start)
            if paragraph < oldest:
                break
            named_in.setdefault(paragraph, []).append(mention)
        return named_in

    def _salient_before(self, token, label):
        """Paragraph by paragraph back from token, within the speaker memory, those who spoke
        and the subjects of sentences: whom a pronoun or an unnamed spokesperson takes up."""
        spoke_in = {}
        for cue in self._recent_cues(token):
            # The owner of quoted words ("a tifo that took some words from Tommy Burns") did not
            # speak in the article: as a name they still count (see _antecedents).
            if cue.speaker.label == label and cue.token.pos_ != "NOUN":
                spoke_in.setdefault(cue.paragraph, []).append(cue)
        oldest = self._paragraph_of(token.idx) - PARAGRAPHS_OF_SPEAKER_MEMORY
        named_in = self._named_by_paragraph(token, label)
        paragraphs = range(self._paragraph_of(token.idx), max(-1, oldest - 1), -1)
        # Pronouns pick up the salient: speakers and subjects first, then anyone named.
        for back in paragraphs:
            subjects = [m for m in named_in.get(back, []) if self._is_subject(m)]
            # Latest sentence first; in a sentence, the main clause's subject before a subordinate
            # one's: "Martin Taylor saw four doctors before Owen Dempsey diagnosed him" is Taylor's.
            subjects.sort(key=lambda m: (-self.doc[self._token_at(m.start)].sent.start, not self._is_main_subject(m)))
            # "While Levein felt Willie Collum had denied his side a penalty, he stressed …": one whose
            # speech the writer reports inside another's words is taken up after that other.
            cues = sorted(spoke_in.get(back, []), key=self._reported_within_speech)
            yield from [cue.speaker for cue in cues] + subjects

    def _reported_within_speech(self, cue) -> bool:
        """The cue's speaker is named right after an earlier speech verb of its sentence, in the
        clause it reports: "Levein felt Willie Collum had denied …", "said that Jones told him"
        (read from the words: the parser often hangs the first verb from the second)."""
        sentence = cue.token.sent
        if not sentence.start_char <= cue.speaker.start < cue.token.idx:
            return False  # a pronoun's or a description's person, named elsewhere
        i = self._token_at(cue.speaker.start) - 1
        if i > sentence.start and self.doc[i].lower_ == "that":
            i -= 1
        return i >= sentence.start and i in self.cue_tokens and self.doc[i].pos_ == "VERB"

    def _is_main_subject(self, mention) -> bool:
        token = self.doc[self._token_at(mention.start)]
        while token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
        verb = token.head
        return token.dep_ in ("nsubj", "nsubjpass") and (verb.dep_ == "ROOT" or (
            verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))

    def _is_subject(self, mention) -> bool:
        first = self._token_at(mention.start)
        for i in range(first, len(self.doc)):
            token = self.doc[i]
            if token.idx >= mention.end:
                break
            if token.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def _gender_of(self, person: EntityMention) -> str | None:
        if person.canonical in self.genders:
            return self.genders[person.canonical]
        self.genders[person.canonical] = None
        gender = None
        first_name = (person.canonical.split() or [""])[0].lower().strip(".")
        if first_name in self.words["first_names"]:
            gender = self.words["first_names"][first_name]
        else:
            for mention in self.by_label["PERSON"]:
                if mention.canonical != person.canonical:
                    continue
                words = mention.text.lower().split()[:1] + [w for w in self._title_before(mention)]
                words += (mention.role or "").lower().split()
                genders = {self.words["gender_words"][w] for w in words if w in self.words["gender_words"]}
                if len(genders) == 1:
                    gender = genders.pop()
                    break
        # Then the wider list of given names the name gate reads, for a name it gives one sex
        # ("Siobhan", "Eilidh", "Owain"), before the pronouns that follow the name: those count
        # the very "he said" being resolved.
        gender = gender or self._gender_of_given_name(first_name) or self._gender_from_pronouns(person.canonical)
        if gender:
            self.genders[person.canonical] = gender
        return gender

    @staticmethod
    def _gender_of_given_name(first_name: str) -> str | None:
        return given_name_sex(first_name.capitalize()) if first_name.isalpha() else None

    def _gender_from_pronouns(self, canonical) -> str | None:
        """The pronoun that takes up a person as the next sentence's subject: "Montoya-Lewis
        was born in Spain. She attended …" makes her a woman. Needs one gender clearly ahead."""
        if self._pronoun_votes is None:
            self._pronoun_votes = self._count_pronoun_votes()
        votes = self._pronoun_votes.get(canonical, Counter())
        if not votes:
            return None
        (gender, count), *rest = votes.most_common()
        return gender if not rest or count > 2 * rest[0][1] else None

    def _count_pronoun_votes(self) -> dict[str, Counter]:
        votes: dict[str, Counter] = {}
        previous_subject = None
        for sentence in self.doc.sents:
            subject = None
            people = {self.mention_of_token[t.i].canonical for t in sentence if t.i in self.mention_of_token
                      and self.mention_of_token[t.i].label == "PERSON" and not self.in_quote[t.i]}
            for token in sentence:
                if self.in_quote[token.i] or token.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                mention = self.mention_of_token.get(token.i)
                if mention is not None and mention.label == "PERSON":
                    # "Winfrey asked Harry … He said": with two people named, no telling.
                    subject = mention if len(people) == 1 else None
                    break
                kind = self.words["pronouns"].get(token.lower_)
                if kind in ("male", "female") and previous_subject is not None and token.head == sentence.root:
                    votes.setdefault(previous_subject.canonical, Counter())[kind] += 1
                break
            previous_subject = subject
        return votes

    def _title_before(self, mention):
        first = self._token_at(mention.start)
        return [self.doc[first - 1].lower_] if first > 0 else []

    # -- quotes ----------------------------------------------------------------

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
        if len(words) <= SLOGAN_MAX_WORDS and self.quoted_texts[_normalised(tokens.text)] > 1 \
                and not self._reported_by_named_speaker(span):
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

    def _reported_by_named_speaker(self, span) -> bool:
        """"Mr Swinney said it is “deeply troubling” that …" under the headline "‘Deeply troubling’":
        a phrase the article repeats is still someone's words where a speech verb with a known
        speaker reports it (a slogan or a title is repeated, not reported)."""
        cue = self._governing_cue(span)
        return cue is not None and cue.strong and cue.speaker is not None

    def _reported_judgement(self, tokens, words) -> bool:
        """Quoted adjectives inside what a speech verb reports are the speaker's words, where a quoted
        name or the writer's own scare quote is not: the union said it was a “derisory” offer."""
        if not all(word.pos_ in JUDGEMENT_POS for word in words):
            return False
        cue_tokens = {cue.token.i for cue in self.cues if cue.strong or cue.token.pos_ == "NOUN"}
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
        self.quoted_texts = Counter(_normalised(self.text[s.start:s.end]) for s in self.spans)

    def _noun_right_after(self, tokens) -> bool:
        """A noun straight after the closing mark, no comma between: “CBS This Morning” co-host."""
        after = tokens.end
        while after < len(self.doc) and self.doc[after].text in QUOTE_PUNCTUATION:
            after += 1
        return after < len(self.doc) and self.doc[after].pos_ == "NOUN" and self.doc[after].is_lower

    def _modifies_noun_outside(self, tokens) -> bool:
        roots = [t for t in tokens if not (tokens.start <= t.head.i < tokens.end) or t.head.i == t.i]
        return any(r.dep_ in ("amod", "compound", "nmod") and r.head.i >= tokens.end for r in roots)

    def attribute(self, span) -> Attribution:
        """Speaker of a quote; call for the kept spans in document order."""
        attribution = self._signed(span) or self._from_own_paragraph(span)
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
        someone else's quotes is the speaker's of the words it repeats."""
        words = _normalised(self.text[span.start:span.end])
        if len(words.split()) < ECHO_MIN_WORDS:
            return None
        for other in self.spans:
            if other is span or words not in _normalised(self.text[other.start:other.end]):
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

        chosen = self._introducing_cue(span) or self._governing_cue(span)
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
        heading = self._name_heading(start, start + len(before))
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
            cue = cue_at.get(ancestor.i)
            if cue is not None and self._describes_speech(cue, below):
                cue = None
            below = ancestor
            if cue is not None:
                if cue.strong and (cue.speaker or not cue.unknown_name):
                    return cue if cue.speaker or unresolved is None else unresolved
                if cue.strong:
                    unresolved = unresolved or cue
                weak = weak or cue
        return unresolved or weak

    @staticmethod
    def _describes_speech(cue, below) -> bool:
        """"Mr Yousaf dismissed Mr Ross’s claims as “entirely false”": words hung by "as" from a
        speech noun describe that speech; they are the words of whoever dismissed or branded it,
        not of its owner."""
        return cue.token.pos_ == "NOUN" and below.lower_ == "as"

    def _attribution(self, cue: Cue) -> Attribution:
        return Attribution(self._fullest(cue.speaker), cue.verb)

    def _fullest(self, speaker):
        """A surname-only speaker ("Ms Persson") as the one full name ending in it, if the
        canonicaliser left them apart."""
        if speaker is None or speaker.label != "PERSON" or " " in speaker.canonical.strip():
            return speaker
        fuller = {m.canonical: m for m in self.by_word.get(("PERSON", speaker.canonical.strip()), [])
                  if m.canonical.split()[-1] == speaker.canonical.strip() and " " in m.canonical}
        return next(iter(fuller.values())) if len(fuller) == 1 else speaker

    def _continued(self, span) -> Attribution:
        """A paragraph with quotes and no attribution of its own."""
        if span.paragraph in self.last_in_paragraph:
            return self.last_in_paragraph[span.paragraph]
        if not self._starts_with_quote(span.paragraph):
            return Attribution(None, None)
        before = self._paragraph_before(span.paragraph)
        previous = self.last_in_paragraph.get(before) or self._across_embed_byline(span.paragraph) \
            or self._across_page_furniture(span.paragraph)
        if previous is not None:
            return previous
        introduced = self._introduced_by_paragraph(before) or self._reported_by_paragraph(before)
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
            return None
        return mention if NAME_HEADING_TAIL.fullmatch(self.text[mention.end:end]) else None

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
                             if t.i not in self.mention_of_token):
            return None
        return people[-1]

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
                     for p in attr.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                     for o in p.children if o.dep_ == "pobj"]
        else:
            return None
        speaker = self._resolve_phrase(named[0], None) if named else None
        verb_word = verb.lemma_.lower() if pointer.dep_ == "nsubjpass" else None
        return Attribution(self._fullest(speaker), verb_word) if speaker is not None else None

    def _across_page_furniture(self, paragraph: int) -> Attribution | None:
        """A quote left open at the end of its paragraph runs on into the next quote paragraph,
        over a photo caption or a sign-up line the page set between them ("… improved offer.\n
        Unite members at Derry City council offices earlier this year\n“As an act of good
        faith …”"): short lines with no quotation mark and no speech verb."""
        for back in range(paragraph - 1, max(-1, paragraph - 2 - FURNITURE_PARAGRAPHS), -1):
            if back in self.last_in_paragraph:
                spoken = [s for s in self.spans if s.paragraph == back]
                return self.last_in_paragraph[back] if back < paragraph - 1 and not spoken[-1].closed else None
            start, end = self.paragraphs[back]
            line = self.text[start:end]
            if len(line.split()) > FURNITURE_MAX_WORDS or QUOTE_PUNCTUATION & set(line) - {"’", "'"} \
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
                start, end = self.paragraphs[back]
                named |= {m.canonical for m in self.mentions if start <= m.start < end}
            elif len(text.split()) > CAPTION_MAX_WORDS or text.endswith((".", "!", "?", ":", "”", '"')):
                previous = self.last_in_paragraph.get(back)
                speaker = previous.speaker if previous is not None else None
                named_speaker = speaker is not None and any(_same_name(speaker.canonical, n) for n in named)
                return previous if named_speaker else None
        return None

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
        issues ("Ian Evatt gave his honest assessment of the defeat", "The club issued a statement")."""
        token = cue.token
        if cue.verb == "according to":
            return token.dep_ == "prep" and token.head.dep_ == "ROOT"
        if token.pos_ == "NOUN":
            return token.dep_ == "dobj" and token.head.dep_ == "ROOT" \
                and token.head.lemma_.lower() in self.words["issuing_verbs"]
        return token.pos_ == "VERB" and (token.dep_ == "ROOT" or (
            token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp") and token.head.dep_ == "ROOT"))

    def _subject_of_lead_in(self, paragraph: int) -> Attribution | None:
        """"Gustavsson highlighted the “brutal” nature of the midfield battle." then a paragraph
        that is only a quote: a paragraph with no speech verb and no quote of its own that ends in
        a sentence about a person the text names, as its main subject, leads in to their words; a
        colon ending it says so outright ("Durant deflected praise when asked about his night:")."""
        if paragraph < 0 or self.cues_by_paragraph.get(paragraph) \
                or any(s.paragraph == paragraph and s.end - s.start > LEAD_IN_QUOTED_CHARS for s in self.spans):
            return None
        _, end = self.paragraphs[paragraph]
        last = self.doc[self._token_at(end - 1)].sent
        if self.text[last.start_char:end].rstrip().endswith("?"):
            return None  # a question the writer asks
        subject = next((c for c in last.root.children if c.dep_ in SUBJECT_DEPS), None)
        speaker = self._resolve_phrase(subject, None) if subject is not None else None
        return Attribution(self._fullest(speaker), None) if speaker is not None and speaker.label == "PERSON" else None

    def _introduced_by_paragraph(self, paragraph: int) -> Cue | None:
        """"In a statement, the club said:" as a paragraph of its own, the quote below it; with no
        speech verb, a speech noun whose author the paragraph names ("Unite received the following
        statement from David Martin:")."""
        if paragraph < 0 or not self.text[slice(*self.paragraphs[paragraph])].rstrip().endswith(":"):
            return None
        cues = self.cues_by_paragraph.get(paragraph, [])
        strong = [c for c in cues if c.strong]
        # "from" or a possessive names the author; "shared by Cruz" passes on someone else's text
        authored = [c for c in cues if c.token.pos_ == "NOUN" and c.speaker is not None
                    and any(child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "from"
                            for child in c.token.children)]
        return strong[-1] if strong else authored[-1] if authored else None

    def _starts_with_quote(self, paragraph: int) -> bool:
        return paragraph in self.paragraphs_opening_with_quote
