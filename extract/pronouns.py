"""Resolving pronouns that speak ("he said", "they said"): the speakers and main-clause subjects of recent
paragraphs, a person's gender coming from first names, titles, or the pronoun that takes the person up next."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import islice

from extract.attribution import PARAGRAPHS_OF_SPEAKER_MEMORY, SUBJECT_DEPS, objects_of
from extract.gazetteer import given_name_sex, given_name_sex_abroad
from extract.records import EntityMention


# How far back, in mentions, a pronoun may look once the recent paragraphs fail.
FARTHEST_ANTECEDENTS = 200


class PronounResolution:
    """Which mention a speaking pronoun takes up.

    A part of speakers.Attributor, whose indexes it reads (self.doc, self.mentions, self.in_quote,
    self.words, ...) and whose other parts it calls."""

    def _resolve_pronoun(self, token, kind):
        if kind == "plural":
            return self._organisation_speaking_before(token) or self._spokesperson_as_they(token) \
                or self._members_taken_up(token)
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
        passed_over = None
        for candidate in self._antecedents(token, label):
            if self._in_own_clause(candidate, token):
                continue
            if label == "ORG":
                return candidate
            gender = self._gender_of(candidate)
            if gender is None and passed_over is None and self._in_passing(candidate, token) \
                    and self._speaker_of_sex_in_view(token, kind):
                passed_over = candidate
                continue
            if gender in (None, kind):
                if gender is None:
                    self.genders[candidate.canonical] = kind
                return candidate
        if passed_over is not None:
            self.genders[passed_over.canonical] = kind
            return passed_over
        if label != "PERSON":
            return None
        return self._subject_taken_up_against_name(token, kind) or self._speaker_taken_up_against_name(token, kind) \
            or self._named_after_opening_words(token, kind)

    def _named_after_opening_words(self, token, kind):
        """"“Such adverse effects will impact on those groups …,” he said. … Commission president Iain
        Ross said it was appropriate …": a story that opens on someone's words names them only after;
        a pronoun with no one at all named before it, and no speech reported before its own, takes up
        the first person named as a subject in the next paragraphs, if of its sex."""
        if next(iter(self._mentions_before(token.idx, "PERSON", outside_quotes=False)), None) is not None \
                or bisect_left(self.cue_starts, token.head.idx) > 0:
            return None  # "the company said … Geoff Jung said he was concerned. “…,” he said": a name missed
        found = self._named_next(token, "PERSON", lambda m: self._gender_of(m) in (None, kind))
        if found is not None and self._gender_of(found) is None:
            self.genders[found.canonical] = kind
        return found

    def _in_own_clause(self, mention, token) -> bool:
        """"Among complaints about Coleman and Bell, he defended …": a name in a phrase of the
        pronoun's own clause, before it, is someone else; the pronoun takes up a person named before."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        first = self.doc[self._token_at(mention.start)]
        if first.sent.start != token.sent.start or first.i > token.i \
                or any(t.dep_ == "poss" for t in self.doc[first.i:self._token_at(mention.end - 1) + 1]):
            return False  # "Despite Coleman's two stints he was told …": an owner may be the one
        above = next((a for a in first.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return above is not None and above.i == token.head.i

    def _in_passing(self, mention, token) -> bool:
        """A person the text names only in passing: no recent speaker, nor the main subject of
        their sentence ("after President Ashraf Ghani fled the country")."""
        return not self._is_main_subject(mention) \
            and all(cue.speaker.canonical != mention.canonical for cue in self._recent_cues(token))

    def _speaker_of_sex_in_view(self, token, kind) -> bool:
        """A recent speaker of the pronoun's sex, by the text or, more weakly, by the given name's
        sex abroad: "she said" after Meenakshi Lekhi's words takes up Lekhi, not a man of unknown
        sex named in passing in between."""
        return any(cue.speaker.label == "PERSON" and kind in (
            self._gender_of(cue.speaker), given_name_sex_abroad(cue.speaker.canonical.split()[0]))
                   for cue in self._recent_cues(token))

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

    def _speaker_taken_up_against_name(self, token, kind):
        """"Phil Ní Sheaghdha said the union’s “thoughts” were with the families. / “We have been
        offering our full support,” she said.": with no one of the pronoun's sex in view, the pronoun
        takes up the one who spoke just before, nobody named since, whose sex only the lists of given
        names had said (a name both sexes bear); no title, job word or form of address says it."""
        cue = self._cue_just_before(token)
        person = cue.speaker if cue is not None else None
        if person is None or person.label != "PERSON" or cue.for_organisation or self._sex_in_titles(person):
            return None
        self.genders[person.canonical] = kind
        return person

    def _sex_in_titles(self, person) -> bool:
        """A title or a job word at any of the person's mentions that says their sex ("Mr", "Dame")."""
        for mention in self._mentions_of(person):
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

    def _members_taken_up(self, token):
        """"Unison members were the latest to vote for strikes. They described the offer as
        “inadequate”": "they" opening a sentence takes up the last sentence's subject, the members
        (workers, staff) of a named body, who speak as that body. Members of no named body
        ("Nurses voted …") are no one the article names."""
        sentence = token.sent
        if token.dep_ != "nsubj" or sentence.start == 0 or token.i - sentence.start > 1:
            return None
        previous = self.doc[sentence.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ in SUBJECT_DEPS and not self.in_quote[c.i]), None)
        if subject is None or subject.lower_ not in self.words["membership_nouns"]:
            return None
        owners = [c for c in subject.children if c.dep_ in ("compound", "poss")] + objects_of(subject, ("of",))
        body = next((self.mention_of_token[c.i] for c in owners if c.i in self.mention_of_token), None)
        return body if body is not None and body.label == "ORG" else None

    def _spokesperson_just_before(self, token):
        """"A spokesperson for UCEA said … “…,” he said": he speaks for UCEA, unless someone
        has been named since."""
        cue = self._cue_just_before(token)
        return cue.speaker if cue is not None and cue.for_organisation else None

    def _spokesperson_as_they(self, token):
        """"A spokesperson for Sadiq Khan said …. Speaking to City AM, they said, “…”": the singular
        "they" takes up the spokesperson just before, who speaks for the one they represent."""
        cue = self._cue_just_before(token)
        if cue is None or cue.speaker is None or cue.token.pos_ == "NOUN" or cue.verb == "according to":
            return None
        subject = self._subject_of(cue.token)
        return cue.speaker if subject is not None and subject.lemma_.lower() in self.words["spokespeople"] else None

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
        on, a quoted subheading) and links to other stories may stand between them: "A CalMac
        spokeswoman said: “…” / ‘…’ / “…” / She added: “…”"."""
        i = bisect_left(self.cue_starts, token.idx) - 1
        # The pronoun's own verb, and a participle hung from it that shares its subject: "Posting a
        # statement on social media, they said" (not "While union leaders insist …, they warned").
        while i >= 0 and (self.cues[i].token.i >= token.i - 1 or self._participle_of(self.cues[i].token, token.head)):
            i -= 1
        if i < 0:
            return None
        while i > 0 and self._reported_inside(self.cues[i], self.cues[i - 1]):
            i -= 1  # "The spokesperson said officials admitted …. He said": the spokesperson's words
        # A link to another story ("READ NEXT: …") between them is no paragraph of the story.
        between = [p for p in range(self.cues[i].paragraph + 1, self._paragraph_of(token.idx))
                   if p not in self.link_paragraphs]
        if len(between) >= PARAGRAPHS_OF_SPEAKER_MEMORY or any(
                p not in self.paragraphs_opening_with_quote for p in between):
            return None
        named_since = any(self.cue_starts[i] < m.start < token.idx
                          for m in islice(self._mentions_before(token.idx, "PERSON"), 1))
        return None if named_since else self.cues[i]

    @staticmethod
    def _participle_of(word, verb) -> bool:
        """A participle with no subject of its own hung from the verb: "Posting …, they said"."""
        return word.head.i == verb.i != word.i and word.tag_ == "VBG" \
            and not any(c.dep_ in SUBJECT_DEPS for c in word.children)

    @staticmethod
    def _reported_inside(inner, outer) -> bool:
        """A speech verb inside the words another reports in the same sentence: in "The spokesperson
        said officials had admitted it", "admitted" is inside "said"."""
        return inner.token.sent.start == outer.token.sent.start and outer.token in inner.token.ancestors

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
        oldest = self._oldest_remembered(token.idx)
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
            if cue.speaker.label == label and (cue.token.pos_ != "NOUN" or self._issued_by_subject(cue)):
                spoke_in.setdefault(cue.paragraph, []).append(cue)
        oldest = self._oldest_remembered(token.idx)
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

    def _issued_by_subject(self, cue) -> bool:
        """A speech noun its owner issued as the subject of the verb ("John Swinney made a personal
        appeal to …", "the club issued a statement"): the owner spoke in the article, as one who said
        something did; not words only taken from someone ("a tifo that took some words from Tommy Burns")."""
        token = cue.token
        return token.dep_ == "dobj" and token.head.lemma_.lower() in self.words["issuing_verbs"] \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in self.mention_of_token
                    and self.mention_of_token[c.i].canonical == cue.speaker.canonical for c in token.head.children)

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
        if self._names_subject(token):
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
            if token.dep_ in ("nsubj", "nsubjpass") or self._agent_of_thing_done(token) or self._names_subject(token):
                return True
        return False

    def _names_subject(self, token) -> bool:
        """"The council's sole opposition member — former MP John Leech — cast doubt on the motives.",
        "The union's organiser, John Leech, said …": a name set off in apposition to a subject that
        names no one is that subject; a pronoun below takes the person up as it would "Leech cast doubt"."""
        subject = token.head
        return token.dep_ == "appos" and subject.i != token.i and subject.dep_ in ("nsubj", "nsubjpass") \
            and subject.i not in self.mention_of_token and subject.pos_ == "NOUN"

    def _agent_of_thing_done(self, token) -> bool:
        """"The motion was seconded by Cllr Alun Lenny. He also pointed out …": the one by whom a
        thing was done is the passive clause's doer, a subject a pronoun takes up as it would in "Cllr
        Lenny seconded the motion". Not when the passive's subject is a person or a pronoun ("He was
        criticised by Smith"): that one stays the subject."""
        if token.dep_ != "pobj" or token.head.dep_ != "agent":
            return False
        passive = [c for c in token.head.head.children if c.dep_ == "nsubjpass"]
        return bool(passive) and passive[0].pos_ == "NOUN" and passive[0].i not in self.mention_of_token \
            and not self._names_a_person(passive[0])

    def _gender_of(self, person: EntityMention) -> str | None:
        if person.canonical in self.genders:
            return self.genders[person.canonical]
        self.genders[person.canonical] = None
        gender = None
        first_name = (person.canonical.split() or [""])[0].lower().strip(".")
        addressed = self._sex_by_address(person)
        if addressed:
            gender = addressed
        elif first_name in self.words["first_names"]:
            gender = self.words["first_names"][first_name]
        else:
            for mention in self._mentions_of(person):
                genders = self._sexes_said(mention, (mention.role or "").lower().split())
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

    def _sex_by_address(self, person) -> str | None:
        """The one sex the words right before the person's names give ("Mr Benn", "Ms O’Neill"):
        how the text addresses them outranks the list of given names ("Hilary" is mostly a woman's)."""
        said = set().union(*(self._sexes_said(m) for m in self._mentions_of(person)))
        return said.pop() if len(said) == 1 else None

    def _sexes_said(self, mention, role_words=()) -> set[str]:
        """The sexes that the words addressing a mention give: the word before it and its own first
        word ("Mr" of "Mr Benn"), and any words of its role ("chairwoman")."""
        words = self._title_before(mention) + mention.text.lower().split()[:1] + list(role_words)
        return {self.words["gender_words"][w] for w in words if w in self.words["gender_words"]}

    def _mentions_of(self, person):
        return (m for m in self.by_label["PERSON"] if m.canonical == person.canonical)

    def _gender_of_given_name(self, first_name: str) -> str | None:
        """The sex the lists give a given name; a double one takes the one sex its parts give
        ("Rose-Lynn", "Jean-Paul")."""
        sexes = {self.words["first_names"].get(part) or (given_name_sex(part.capitalize()) if part.isalpha() else None)
                 for part in first_name.split("-")} - {None}
        return sexes.pop() if len(sexes) == 1 else None

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
