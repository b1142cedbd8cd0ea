"""Speech cues and their subjects: the verbs ("said", "told", "according to") and nouns ("his words")
outside the quotes that say someone spoke, and who each one's subject is."""

from __future__ import annotations

from extract.attribution import Cue, RELATIVE_PRONOUNS, SUBJECT_DEPS
from extract.records import EntityMention


LOOSE_SUBJECT_DEPS = ("npadvmod", "dep", "nmod", "appos", "attr", "nsubjpass", "compound")

# Relations through which a verb shares its subject: "He urged X, saying “…”".
SUBJECT_SHARING_DEPS = ("conj", "advcl", "xcomp", "ccomp", "dep")

# A bracketed aside between a name and its "who" is short: "Neil Findlay (above), who said".
ASIDE_MAX_WORDS = 8
# Relative pronouns that stand for a thing, which says nothing: "the media, which has shown …".
THING_RELATIVES = ("which", "that")
# Words opening a clause that keeps only its participle: "when asked", "if pressed", "once told".
REDUCED_CLAUSE_OPENERS = ("when", "if", "once", "unless", "until", "whenever")


class SpeechCues:
    """Finding an article's speech cues and the person or body each one's subject names.

    A part of speakers.Attributor, whose indexes it reads (self.doc, self.mentions, self.in_quote,
    self.words, ...) and whose other parts it calls."""

    def _find_cues(self) -> list[Cue]:
        cues = []
        for token in self.doc:
            if self.in_quote[token.i]:
                continue
            lemma = token.lemma_.lower()
            if token.tag_.startswith("VB") and lemma in self.words["idioms"] and self._idiom_object(token):
                if self._thing_raising_in_speech(token):
                    continue
                cues.append(Cue(token, lemma, True, self._paragraph_of(token.idx)))  # "As Gaiman put it, “…”"
            elif token.tag_.startswith("VB") and (lemma in self.words["strong"] or lemma in self.words["weak"]) \
                    and not (lemma in self.words["finite_only"] and token.tag_ in ("VBG", "VBN")):
                if (self._is_passive(token) or self._reduced_passive(token) or (token.dep_ == "acl" and token.tag_ != "VBG")) \
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
        return [c for c in cues if not (self._asked_without_quote(c.token) or self._hypothetical(c.token)
                                        or self._intent_without_quote(c.token))]

    def _thing_raising_in_speech(self, token) -> bool:
        """"Rhun ap Iorwerth said that the missed targets raise “serious questions”": in the words a
        speech verb reports, a thing that raises questions speaks no words; the reporter does. Not
        "said the union raised concerns": a body or a person raises them."""
        if token.dep_ != "ccomp" or token.head.lemma_.lower() not in self.words["strong"]:
            return False
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.pos_ == "NOUN" and subject.i not in self.mention_of_token \
            and subject.lemma_.lower() not in self.words["organisation_nouns"] \
            and subject.lemma_.lower() not in self.words["membership_nouns"] and not self._names_a_person(subject)

    def _reduced_passive(self, token) -> bool:
        """"“…”, Postecoglou said, when asked what his emotions were": "when asked" is "when he was
        asked", a question put to the speaker; the parser may make it the sentence's main verb
        and the quote its subject, but the words answer it."""
        return token.tag_ in ("VBN", "VBD") and token.i > 0 and self.doc[token.i - 1].lower_ in REDUCED_CLAUSE_OPENERS

    def _verb_after_aside(self, token) -> bool:
        """"“…,” Sheehan, who was appointed in April, conceded.": a past tense closing its clause
        after the comma that ends an aside, hung by the parser from the name before the aside as
        its modifier, is that name's verb (not "Smith, 45, charged with murder")."""
        name, after = token.head, self._after_own_modifiers(token)
        return token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and (after is None or after.is_punct) \
            and self.doc[token.i - 1].text == "," and name.i + 2 < token.i \
            and self.doc[name.i + 1].text == "," and self.mention_of_token.get(name.i) is not None \
            and self.mention_of_token[name.i].label == "PERSON"  # not "the Brotherhood, called …"

    def _after_own_modifiers(self, token):
        """The word after the verb, or, when a colon closes the verb's own modifiers, that colon:
        "Andrew Foster, the chief executive of the trust, tweeted on Thursday: “…”"."""
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if following is None or following.is_punct:
            return following
        subtree = {t.i for t in token.subtree}
        for t in self.doc[token.i + 1:token.sent.end]:
            if t.i not in subtree:
                return t if t.text == ":" else following
            if t.is_punct:
                return t if t.text == ":" else following
        return following

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

    def _intent_without_quote(self, token) -> bool:
        """"Trump, who promises to be a less-than-ordinary president", "sales continued to grow": a
        verb of intent with a to-infinitive says what someone means to do, and reports speech only
        as the frame of a quote in its sentence."""
        if token.lemma_.lower() not in self.words["intent_verbs"] or not any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in token.children):
            return False
        sentence = token.sent
        return not any(self.in_quote[i] for i in range(sentence.start, sentence.end))

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
        return any(c.lower_ in wanted and (c.dep_ == "dobj" or c.dep_ == "prt" and self._closes_clause(c))
                   for c in verb.children)

    def _closes_clause(self, token) -> bool:
        """Punctuation, or the text's end, right after the word: "he went on." or "went on: “…”",
        not "went on to win"."""
        return token.i + 1 == len(self.doc) or self.doc[token.i + 1].is_punct

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
            if not objects:
                return None
            return self._resolve_phrase(objects[0], cue) or self._subject_issuing(objects[0], token, cue)
        if token.pos_ == "NOUN":
            owner = self._possessor(token)
            return None if owner is not None and self._joint_author(owner) else self._resolve_phrase(owner, cue)
        if self._blamed_in_headline(token):
            return None
        agent = self._agent_of(token)
        if agent is not None and not self.in_quote[agent.i] and agent.lemma_.lower() not in self.words["speech_means"]:
            return self._resolve_phrase(agent, cue)  # "described as “best and final” by Humza Yousaf"
        if not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            # Before a subject borrowed from another clause: "…, but Early still says".
            named = self._name_just_before(token)
            if named is not None:
                return named
        subject = self._subject_of(token)
        if subject is not None and subject.tag_ == "VBG" and subject.pos_ == "VERB" and subject.i == subject.sent.start \
                and subject.i < token.i and subject.i not in self.mention_of_token:
            # "Writing in The Scotsman, SNP MP for Glasgow South Stewart McDonald said": the parser
            # took the participle opening the sentence for the subject.
            return self._named_after_opening_clause(subject, token)
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
            if speaker is not None or not self.in_quote[subject.i]:
                return speaker
            # A subject borrowed from inside the quote names no one: "“China’s growth is slowing,”
            # Matthew Sherwood, head of research, said by telephone" hangs the verb from "slowing".
        # The parser sometimes hangs "Jane Doe, the union's lead, said" off the
        # verb as a loose noun phrase instead of a subject.
        for child in token.lefts:
            if child.dep_ in LOOSE_SUBJECT_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
                speaker = self._resolve_phrase(child, cue)
                if speaker:
                    return speaker
        return self._adjacent_mention(token) or self._subject_set_off(token) or self._name_set_off_by_who(token) \
            or self._description_after(token)

    def _subject_issuing(self, document, according, cue):
        """"According to a press release, she remains ready to achieve a “…”": a statement no one is
        said to have issued is the one of the subject of the clause it opens."""
        if document.lemma_.lower() not in self.words["documents"] \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in document.children) \
                or any(c.dep_ in ("poss", "prep") for c in document.children):
            return None
        subjects = [c for c in according.head.children if c.dep_ in SUBJECT_DEPS and c.i > according.i]
        return self._resolve_phrase(subjects[0], cue) if subjects else None

    def _named_after_opening_clause(self, clause, verb):
        """The one named between the comma that closes the opening participle clause and the verb
        (a person before a body): "Writing in The Scotsman, SNP MP … Stewart McDonald said"."""
        comma = next((t for t in self.doc[clause.i:verb.i] if t.text == ","), None)
        if comma is None:
            return None
        named = [self.mention_of_token[i] for i in range(comma.i + 1, verb.i)
                 if i in self.mention_of_token and not self.in_quote[i]]
        people = [m for m in named if m.label == "PERSON"]
        return (people or named or [None])[-1]

    def _description_after(self, verb):
        """"“…,” said the Belgian, who confirmed Yilmaz remained out": the parser hung the noun after
        the verb from the clause that follows it and left the verb with no subject; "the" and the one
        word closed by a comma or the sentence's end describe the speaker as "the Belgian said" would:
        a nation or a people ("the Belgian"), or a lowercase noun ("the councillor")."""
        if verb.i < 1 or not self.doc[verb.i - 1].is_punct or verb.i + 3 > len(self.doc):
            return None
        article, noun = self.doc[verb.i + 1], self.doc[verb.i + 2]
        after = self.doc[verb.i + 3] if verb.i + 3 < len(self.doc) else None
        if article.lower_ != "the" or noun.pos_ not in ("NOUN", "PROPN") or self.in_quote[noun.i] \
                or not (after is None or after.text in (",", ".")):
            return None
        if noun.text[:1].isupper() and noun.ent_type_ != "NORP":
            return None  # "asked the Minister": a capitalised office may be anyone's who holds one of its kind
        return self._resolve_phrase(noun, None)

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
                return self._name_before_phrase(self.doc[i], verb) or mention
            if i == verb.i - 1 and self.doc[i].text == "," and i > verb.sent.start:
                # "Speaking on behalf of the governors, Kashim Shettima, said …": the name set off
                # before the verb, hung from the clause before it.
                # Not the object of a preposition: "in a letter to Mr Swinney, claiming …" is not his.
                # "…, Patrick Chalhoub (below), said": over a bracketed aside after the name.
                j = self._before_aside(i - 1) if self.doc[i - 1].text == ")" else i - 1
                before = self.mention_of_token.get(j)
                if before is None or before.label != "PERSON":
                    before = self._person_described_before(self.doc[j])
                # Nor the agent of a passive with words between ("led by former chief medical officer
                # Sir Harry Burns, adding: …" is the subject's adding).
                return before if before is not None and before.label == "PERSON" and not self.in_quote[j] \
                    and not self._after_preposition(before) and not self._agent_object(self.doc[j]) else None
            if self.doc[i].pos_ != "ADV":
                return None
        return None

    @staticmethod
    def _agent_object(token) -> bool:
        """The object of a passive's "by", or a name in apposition to it: "led by … Sir Harry Burns",
        "led by former chief officer Sir Ian Watt"."""
        while token.dep_ == "appos" and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.dep_ == "agent"

    def _name_before_phrase(self, token, verb):
        """"Dr Balakrishnan in an interview with CNBC affirmed that …": a name inside a prepositional
        phrase right before the verb is where or to whom it was said; the person named right before
        the phrase, which the parser left loose, is the subject."""
        top = None
        while token.dep_ in ("pobj", "prep") and token.head.i < verb.i or token.head.i == verb.i and token.dep_ == "prep":
            if token.dep_ == "prep":
                top = token
            if token.head.i == verb.i or token.head.i == token.i:
                break
            token = token.head
        # The preposition opens its phrase (the parser may hang words before it from it).
        if top is None or top.i - 1 < verb.sent.start:
            return None
        return self._person_ending_at(self.doc[top.i - 1])

    def _person_described_before(self, last):
        """"…, and commenting on it, Al Gergawi, Chief Executive Officer of Dubai Holding, said": the
        person whose description, set off by commas, ends right before the verb's comma; the
        parser hangs the description from the name in apposition."""
        for token in (last, *last.ancestors):
            if token.i < last.sent.start or self.in_quote[token.i]:
                return None
            if token.dep_ == "appos":
                name = token.head
                mention = self.mention_of_token.get(name.i)
                if mention is None or mention.label != "PERSON" or self.doc[name.i + 1].text != "," \
                        or token.left_edge.i != name.i + 2:
                    return None
                return mention
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
        for i in range(self._after_quote(verb), verb.i - 1):
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

    def _name_set_off_by_who(self, verb):
        """"In reply to a question over Afghanistan, Lekhi, who is also New Delhi MP, said, “…”": the
        parser hangs the name from the opening phrase and leaves the verb with no subject; the person
        named right before a ", who" aside that a comma closes before the verb speaks."""
        if verb.i < 4 or self.doc[verb.i - 1].text != ",":
            return None
        start = self._after_quote(verb)
        for i in range(verb.i - 2, max(start + 1, verb.i - 2 - ASIDE_MAX_WORDS), -1):
            if self.in_quote[i]:
                return None
            if self.doc[i].lower_ == "who" and self.doc[i - 1].text == ",":
                mention = self.mention_of_token.get(i - 2)
                return mention if mention is not None and mention.label == "PERSON" else None
        return None

    def _after_quote(self, verb):
        """Where the words framing a quote begin: the sentence's start, or the first word after the
        last quoted word before the verb ("“…,” Matthew Sherwood, head of research, said"), past the
        closing marks and commas."""
        quoted = [i for i in range(verb.sent.start, verb.i) if self.in_quote[i]]
        start = quoted[-1] + 1 if quoted else verb.sent.start
        while start < verb.i and self.doc[start].is_punct:
            start += 1
        return start

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

    @staticmethod
    def _finite_clause_above(verb):
        """The nearest verb with a subject above a subjectless infinitive: "he defended his chance to
        sack them by WhatsApp by saying: “…”", with "by saying" hung from "sack", is "defended"'s
        subject's saying. Through an infinitive hung from a noun (acl) or from a verb (xcomp)."""
        for _ in range(3):
            if verb.dep_ == "acl" and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i != verb.head.i:
                verb = verb.head.head
            elif verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            else:
                return None
            if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                return verb
        return None

    def _subject_of(self, verb):
        """The verb's subject, or the subject it shares with the verb it hangs from."""
        inverted = self._subject_of_inverted_aside(verb)
        if inverted is not None:
            return inverted
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
            # Of main clauses joined by "and", the last before the participle: "the government
            # announced reforms and Boris Johnson appeared to blame …, describing “…”" is Johnson's.
            root = verb.sent.root
            if self.in_quote[root.i]:
                # "The judge did not accept that, ruling the husband did “not explain …”": the parser
                # made a verb inside the quote the sentence's root; the clause before the participle,
                # outside the quote, is the main one: the first verb with a subject of its own, not a
                # relative clause's ("the teams that made …, stating “…”" is the sentence's subject's).
                root = next((t for t in self.doc[verb.sent.start:verb.i] if t.pos_ in ("VERB", "AUX")
                             and not self.in_quote[t.i] and t.dep_ not in ("relcl", "acl")
                             and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in t.children)),
                            root)
            clauses = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i < verb.i]
            for clause in reversed(clauses):
                main = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
                if main:
                    break
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
            if not main:
                governing = self._finite_clause_above(governing)
                main = [c for c in governing.children if c.dep_ in SUBJECT_DEPS] if governing is not None else []
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
            elif current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and fallback is not None:
                break  # "the show was such that Tim Paine had to admit: “…”": the clause's own subject
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
            # "Mahama was heard telling supporters that …": a passive verb's subject does what its complement says.
            passive_complement = current.dep_ == "xcomp" and current.tag_ == "VBG"
            current = current.head
            reporter = self._reporting_verb_above(current, verb) if joined and current.dep_ == "ccomp" else None
            if reporter is not None:
                # "Johann Lamont said the First Minister had promised action but added: “…”": a speech
                # verb opening a quote, joined to the clause another speech verb reports, adds to
                # that report; the reporter speaks, not the subject the report is about.
                return reporter
            # "“I said to him: ‘…’,” revealed Blair": hung from the quote's own verb, a cue outside
            # the quote shares no subject inside it; the quoted "I" is not who speaks.
            subjects = [c for c in current.children
                        if (c.dep_ in SUBJECT_DEPS or passive_complement and c.dep_ == "nsubjpass")
                        and (self.in_quote[verb.i] or not self.in_quote[c.i])
                        and not (verb.tag_ == "VBG" and c.lower_ in THING_RELATIVES)]
            if not subjects and joined and verb.lemma_.lower() in self.words["strong"]:
                # "Tom Reid was asked about the closure and said it was “a scandal”": a speech verb
                # proper joined to a passive one shares its subject, the one asked ("it was rejected,
                # with the union confirming its strikes will continue “…”" is no report by "it").
                subjects = [c for c in current.children if c.dep_ == "nsubjpass"]
            if subjects:
                if current.lemma_.lower() in self.words["strong"]:
                    return subjects[0]
                fallback = fallback or subjects[0]
        return fallback or self._main_subject_of_participle(verb)

    def _subject_of_inverted_aside(self, verb):
        """"McFall, said the lawyer, had been seen …", "The offer, said the union, was …": a speech
        verb set off by commas inside another clause, its subject after it (the parser may call it the
        verb's object); the name before the aside is the other clause's subject, not the speaker."""
        if verb.i == 0 or self.doc[verb.i - 1].text != "," or self.in_quote[verb.i - 1] \
                or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in self.words["aside_verbs"]:
            return None
        after = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i > verb.i), None)
        if after is None:
            return None
        end = max(t.i for t in after.subtree)
        return after if end + 1 < len(self.doc) and self.doc[end + 1].text == "," else None

    def _blamed_in_headline(self, verb) -> bool:
        """"Welsh Government accused of presiding over a ‘failing record’", "Council slammed over
        cuts": a headline leaves out the "is" of a passive, and the parser reads its subject as the
        one who accuses. A verb of blaming with no object and no auxiliary, its "of", "over" or "for"
        right after it, is that passive: its subject is the one blamed, no speaker."""
        if verb.lemma_.lower() not in self.words["blaming_verbs"] or verb.i + 1 >= len(self.doc):
            return False
        after = self.doc[verb.i + 1]
        return after.lower_ in ("of", "over", "for") and after.head.i == verb.i \
            and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)

    def _main_subject_of_participle(self, verb):
        """"Mr Hamid said Ghanaians must be praised with the vibrancy of the media which has shown
        tolerance saying “…”": a speech participle the parser hung in a clause about a thing ("which
        has shown") speaks for the sentence's main subject, as after a comma."""
        if verb.tag_ != "VBG" or verb.dep_ != "advcl":
            return None  # "accused Bloomberg of arguing “…”": the one accused argues
        main = [c for c in verb.sent.root.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        return main[0] if main and not self.in_quote[main[0].i] else None

    def _reporting_verb_above(self, clause, verb):
        """The subject of the speech verb outside the quotes that reports ``clause``, when ``verb``,
        a speech verb proper, opens a quote right after it ("but added: “…”")."""
        above = clause.head
        if above.lemma_.lower() not in self.words["strong"] or self.in_quote[above.i] \
                or verb.lemma_.lower() not in self.words["strong"] or verb.i + 1 >= len(self.doc):
            return None
        opening = next((t for t in self.doc[verb.i + 1:verb.i + 4] if self.in_quote[t.i]), None)
        if opening is None or not all(t.is_punct for t in self.doc[verb.i + 1:opening.i]):
            return None
        return next((c for c in above.children if c.dep_ in SUBJECT_DEPS and not self.in_quote[c.i]), None)

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
