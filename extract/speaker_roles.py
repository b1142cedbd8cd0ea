"""Resolving descriptions that stand for a speaker named elsewhere: role nouns ("the councillor")
by the words around each person's name and the offices they hold, organisation nouns ("the union") by the
names of the bodies in view."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from extract.canonical import spells, without_nation_initials
from extract.attribution import QUOTE_PUNCTUATION, objects_of, word_closing_subject
from extract.credits import opens_credit
from extract.page_furniture import BYLINE
from extract.org_words import organ_after_name
from extract.records import EntityMention


PLURAL_TAGS = ("NNS", "NNPS")
# Initials a text gives a body in brackets right after its name: "… Dentists Union (KMPDU)".
BRACKETED_INITIALS = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
# A quote's closing mark right before an attribution: "“…,” the DUP leader said".
QUOTE_BEFORE_ATTRIBUTION = re.compile(r"[,?!]\s*[”\"’']\s*$")
# Entity types of words that qualify an office by where or whose it is, not which it is.
NAMED_QUALIFIERS = ("GPE", "LOC", "NORP", "FAC")

# How far ahead a description that opens the article may find its name (see _named_next). A body
# described by its kind ("a union has warned") may be named further down, after the lede's context
# ("Staff voted to strike …", "Cosla will meet …", "But GMB Scotland said …"): its name must fit the kind.
CATAPHORA_PARAGRAPHS = 2
KIND_CATAPHORA_PARAGRAPHS = 3

# Endings of nouns for people: the manager, the striker, the novelist, the trustee, the actress.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person", "ess")
# Nouns ending so name a thing or an act, never a person, though "-ent" is a person's ending:
# "the statement claims", "the government said", "the announcement added".
THING_NOUN_ENDINGS = ("ment",)


class DescriptionResolution:
    """Which person or body a description ("the councillor", "the union") stands for.

    A part of speakers.Attributor, whose indexes it reads (self.doc, self.mentions, self.in_quote,
    self.words, ...) and whose other parts it calls."""

    def _resolve_role_noun(self, head):
        """"the councillor said": the latest person the text calls a councillor, else the person
        in view."""
        if head.tag_ in ("NNS", "NNPS") and head.lower_ != head.lemma_.lower():
            return None  # "“…” Said the judges.": several holders of an office are no one speaker
        if self._brought_in_unnamed(head):
            return None
        others = self._named_beside(head)
        origin = self._origin_description(head)
        titled = self._titled_description(head)
        # A nation or a party is no office: "the German" is not "German Chancellor Angela Merkel";
        # nor is a lowercase word for no person: "Mr Menzies’ family said" is not Ian, though a
        # detective later speaks of "the family and friends of Ian" ("The Chief Constable" is one).
        no_office = origin or not (titled or self._names_a_person(head))
        holder, settled = (None, False) if no_office else self._holder_of_office(head, others)
        if holder is not None or settled:
            return holder
        role = head.lemma_.lower()
        split = self._named_in_story_before(head)
        if not ((head.tag_ in ("NN", "JJ") or titled or origin) and self._names_a_person(head)
                and (self._opened_by_the(head) or self._owned_by_place_or_body(head))):
            return None
        if split == 0 and titled:
            # "The UK Government’s Secretary of State for Wales called the deal …" after the parties
            # spoke, with "Mr Hart said" below: a capitalised office is someone's, named after it.
            return self._named_next(head, "PERSON", self._may_hold(role, head))
        if origin and self._person_in_view(head):
            # "Roberto Mancini was pleased … “…,” the Italian said": taken up like "he", by the
            # speakers and subjects of the recent paragraphs, latest first.
            found = next(self._antecedents(head, "PERSON"), None)
            return None if found is None or found.canonical in others else found
        if self._person_in_view(head):
            # "The 56-year-old said", "the Portuguese boss said": the person in view. A capitalised
            # office ("Eluned Morgan took over from Vaughan Gething, who … The MS said") is first
            # the recent paragraphs' speakers and subjects, not a name in passing.
            found = self._asked_just_before(head) \
                or (next(self._salient_before(head, "PERSON"), None) if titled else None) \
                or self._recent_speaker(head, "PERSON") or self._recent_mention(head, "PERSON")
            if found is not None and found.canonical in others:
                return None  # the person in view is named beside the noun: someone else, unnamed or long gone
            if found is not None and titled and self._given_another_post(found, head):
                # "Dr Chris Smith, the chair of the BMA’s committee, said … But the First Minister said …
                # On Monday, Humza Yousaf will chair …": not the person in view; the one the text
                # introduces next, if it gives them no other office (not one named before the office).
                may_hold, before = self._may_hold(role, head), self._named_before(head)
                after = self._named_next(head, "PERSON", lambda m: m.canonical not in before and may_hold(m))
                # A post held before is no rival to one held now: "SNP depute leader Keith Brown has
                # claimed … The former justice secretary accused …" is Brown, unless someone named
                # below holds that office.
                return after or (found if self._former_office(head) else None)
            if found is not None and self._serves_another_body(found, head):
                return None  # "First Minister Nicola Sturgeon said … The Scottish Labour leader said"
            if found is not None and titled and self._set_against_office(found, head):
                return None  # "Alex Cole-Hamilton wrote to the First Minister … The First Minister said"
            if found is None and split > 0:
                found = self._described_before(head)
                if found is not None and found.canonical in others:
                    return None
            if found is None and split == 0:
                # "The leader of Glasgow City Council has responded …" opening the article, with
                # "Susan Aitken made the comments" below: a description named only after it.
                return self._named_next(head, "PERSON", self._may_hold(role, head)) or self._head_of_body_below(head, role)
            return found
        return self._head_of_body_in_view(head, role)

    def _head_of_body_in_view(self, head, role):
        """"KMPDU said … “…,” the union boss added": the body in view spoke last, and the noun is its
        head by the kind of body ("union", "trust"), not a person in view; the one the text made that
        body's head before (its secretary general, chief executive …), if it made only one so."""
        heads = self.words["heads_of_bodies"]
        kind = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in self.words["organisation_nouns"]), None)
        if (role,) not in heads or kind is None or self.in_quote[head.i]:
            return None
        body = self._resolve_organisation_noun(kind)
        speaker = self._recent_speaker(head, "ORG")
        if body is None or speaker is None or body.canonical != speaker.canonical:
            return None  # the kind names another body than the one in view
        before = self.by_label["PERSON"][:bisect_right(self.label_starts["PERSON"], head.idx)]
        holders = [m for m in before if not self._quoted(m) and (
            self._heads_body(m, heads, {body.canonical})
            or self._initials_around(m, body) and self._heads_body(m, heads, set()))]
        return holders[-1] if len({m.canonical for m in holders}) == 1 else None

    def _brought_in_unnamed(self, head) -> bool:
        """"A man called the police … According to the man, …": the noun takes up the one the text
        brought in just before with "a" and no name, not someone named elsewhere ("a 40-year-old man,
        John Bello" further down). The noun's last use in its paragraph or the one before decides,
        unless a person is named after it."""
        lemma = head.lemma_.lower()
        oldest = self.paragraphs[max(0, self._paragraph_of(head.idx) - 1)][0]
        for i in range(head.i - 1, -1, -1):
            token = self.doc[i]
            if token.idx < oldest:
                return False
            mention = self.mention_of_token.get(i)
            if mention is not None and mention.label == "PERSON":
                return False
            if token.lemma_.lower() == lemma and token.pos_ == "NOUN" and not self.in_quote[i]:
                return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) \
                    and not any(c.dep_ in ("appos", "compound") and c.i in self.mention_of_token for c in token.children)
        return False

    def _serves_another_body(self, person, head) -> bool:
        """The description names a body ("The Congress MP", "the leader of the Scottish Liberal
        Democrats") and the text ties the person in view to another body, or, for the head of a
        body, gives them another post ("First Minister Nicola Sturgeon" is not "the Scottish Labour
        leader"): someone else holds it, whom the text leaves unnamed here. A person the text gives
        no post ("Alex Cole-Hamilton urged …") may well be the one described."""
        bodies = self._bodies_in(head.subtree)
        if not bodies:
            return False
        mentions = [m for m in self.by_label["PERSON"][:bisect_right(self.label_starts["PERSON"], head.idx)]
                    if m.canonical == person.canonical]
        theirs = set().union(*(self._bodies_in(self._title_tokens(m)) for m in mentions))
        if theirs:
            return not theirs & bodies  # tied to another body (see _tied_elsewhere), or to this one
        words = set().union(*(self._words_around(m) | self._title_words(m) for m in mentions))
        posts = {w for w in words if self._office_word(w) and w not in self.words["gender_words"]
                 and w not in self.words["honorifics"]}
        # A seat ("the SDLP MLA") goes with any other post ("Opposition leader Conor Kelly"); the head
        # of a body ("the Scottish Labour leader") is one post, and not the head of another. But set
        # after the quote it attributes ("“…,” the DUP leader said" after "First Minister Arlene
        # Foster"), the description is the writer's other word for the person in view, who may
        # well lead a party and a government at once: a new voice is introduced, not so resumed.
        role = head.lemma_.lower()
        return (role,) in self.words["heads_of_bodies"] and bool(posts) and role not in words \
            and not self._after_its_quote(head)

    def _after_its_quote(self, head) -> bool:
        """The description opens the attribution that follows a quote: "“…,” the DUP leader said"."""
        start = self.paragraphs[self._paragraph_of(head.idx)][0]
        return bool(QUOTE_BEFORE_ATTRIBUTION.search(self.text, start, head.left_edge.idx))

    def _set_against_office(self, person, head) -> bool:
        """An earlier sentence, outside quotes, names the person and the same office as two parties:
        "Alex Cole-Hamilton wrote to the First Minister", "Johnstone gave the go-ahead to the First
        Minister". Were they one, the text would have given the person the office as a title; so
        "The First Minister said" below is someone else, whom it leaves unnamed here."""
        words = [t.lower_ for t in self.doc[head.left_edge.i:head.i + 1]
                 if t.dep_ not in ("det", "poss") and t.tag_ != "POS" and t.is_alpha]
        if len(words) < 2:
            return False  # "the MP": any member may be meant; only a named office is one post
        office = " ".join(words)
        # Anywhere before: who addressed the office early in the article does not come to hold it.
        mentions = [m for m in self.by_label["PERSON"][:bisect_right(self.label_starts["PERSON"], head.idx)]
                    if m.canonical == person.canonical and not self._quoted(m) and m.start < head.sent.start_char]
        for mention in mentions:
            sentence = self.doc[self._token_at(mention.start)].sent
            if office not in sentence.text.lower() or office in " ".join(sorted(self._title_words(mention))):
                continue
            if not (self._words_around(mention) | self._title_words(mention)) >= set(words):
                return True
        return False

    def _named_in_story_before(self, head) -> int:
        """How many person mentions come before the description, not counting a byline's writer
        ("By Michael MacLeod" over "THE maverick councillor … says"), who is no one in the story:
        a lede describing someone is still named only below it."""
        split = bisect_right(self.label_starts["PERSON"], head.idx)
        if self._byline_names is None:
            self._byline_names = {line.start(1) for line in BYLINE.finditer(self.text)}
        return split - sum(1 for m in self.by_label["PERSON"][:split] if m.start in self._byline_names)

    def _asked_just_before(self, head):
        """"Labour’s Jackie Baillie asked him about contingency plans … The minister said: “…”": the
        last cue before the description, in its paragraph or the one before, puts a question to a
        person; the description is the one asked, who answers, not the one who asked."""
        i = bisect_left(self.cue_starts, head.idx) - 1
        if i < 0:
            return None
        cue = self.cues[i]
        if cue.paragraph < self._paragraph_of(head.idx) - 1 or not self._question_put_to_person(cue):
            return None
        asked = next(c for c in cue.token.children if c.dep_ in ("dobj", "dative"))
        if asked.i in self.mention_of_token:
            return self.mention_of_token[asked.i]
        kind = self.words["pronouns"].get(asked.lower_)
        if kind not in ("male", "female"):
            return None
        for candidate in self._antecedents(asked, "PERSON"):
            if cue.speaker is not None and candidate.canonical == cue.speaker.canonical:
                continue  # the one asking is not the one asked
            if self._gender_of(candidate) in (None, kind):
                return candidate
        return None

    def _described_before(self, head):
        """The person an earlier description by the same office noun stood for, when no one is in
        view: "Northern Ireland’s Health Minister has admitted …" in the lede, Mr Nesbitt's words
        for paragraphs, then "Yesterday the minister said …" is the lede's minister again. Not a
        description by an office of its own ("the First Minister" is not who "the minister" is)."""
        role = head.lemma_.lower()
        modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
        for token in reversed(self.doc[:head.i]):
            if token.lemma_.lower() != role or token.pos_ not in ("NOUN", "PROPN") or self.in_quote[token.i] \
                    or token.i in self.mention_of_token or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            qualifier = self.doc[token.i - 1].lower_ if token.i > 0 else ""
            if f"{qualifier} {role}" in self.words["own_offices"] and qualifier not in modifiers:
                continue
            return self._resolve_role_noun(token)
        return None

    def _given_another_post(self, person, head) -> bool:
        """The text gives the person in view a post of another name and none of the words that
        qualify the office the description names: "Dr Chris Smith, the chair of the BMA’s junior
        doctors committee" is not who "the First Minister said" is, though he spoke last. Only an
        office a portfolio word qualifies ("First", "Health"; attribution.yml) is so definite; "Health Secretary Michael Matheson"
        may be "the health minister", and an honorific ("Ms", "Dr") is no post."""
        role, described = head.lemma_.lower(), self._qualifiers_of(head) & self.words["portfolio_words"]
        if not described:
            return False  # "the Eastwood councillor": a place's office, no more definite than "the councillor"
        mentions = [m for m in self.by_label["PERSON"] if m.canonical == person.canonical and m.start < head.idx]
        words = set().union(*(self._words_around(m) | self._title_words(m) for m in mentions)) if mentions else set()
        posts = {w for w in words if self._office_word(w) and w not in self.words["gender_words"]
                 and w not in self.words["honorifics"]}
        return bool(posts) and role not in words and not words & described

    def _former_office(self, head) -> bool:
        """"the former justice secretary", "the ex-minister": an office once held (attribution.yml's
        former_words), which the person may hold beside a post of another name now."""
        return any(c.lower_.rstrip("-") in self.words["former_words"] for c in head.children)

    def _owned_by_place_or_body(self, head) -> bool:
        """"Stormont’s finance minister has said", "Wales’ health minister": an office a named place or
        body owns is as definite as "the minister"; not a person's ("Smith’s lawyer" is someone else)."""
        owner = next((c for c in head.children if c.dep_ == "poss" or c.dep_ in ("nmod", "compound")
                      and self.doc[c.i + 1].text in ("’", "'")), None)  # "Wales’" read as a modifier
        if owner is None or owner.pos_ != "PROPN":
            return False
        mention = self.mention_of_token.get(owner.i)
        return mention.label == "ORG" if mention is not None else owner.ent_type_ != "PERSON"

    def _holder_of_office(self, head, others=frozenset()) -> tuple[EntityMention | None, bool]:
        """The person the text gives this office: the one in view latest before the noun, else the
        first after it carrying its modifiers too ("Holyrood’s Finance Secretary has said …" before
        "Finance Secretary Shona Robison"). Not one of ``others``, the people named beside the noun.
        With it, whether the text settles who holds it: two people given the office in one
        sentence and neither speaking since leave it open, so the noun names no one."""
        if self._office_to_be_held(head):
            # "the first minister designate": no one holds it yet, so no one has it as a title
            # ("former finance minister Conor Murphy" beside it is not its holder); the person in view.
            return None, False
        role = head.lemma_.lower()
        people = self.by_label["PERSON"]
        split = bisect_right(self.label_starts["PERSON"], head.idx)
        # Someone named only after the noun must carry its modifiers too: "the deputy chief
        # executive … insisted" is not "the board's chief executive, Prof Trevor Purt" below.
        modifier_tokens = [c for c in head.children if c.dep_ in ("amod", "compound")] + self._portfolio_of(head)
        modifiers = [c.lower_ for c in modifier_tokens]
        # "the Celtic boss" after "Rangers boss Mark Warburton" and "Celtic manager Brendan
        # Rodgers": the one whose own words carry the name before the noun, in any office.
        # A portfolio ("the Health Secretary") says which office, not whose: no name to match.
        capitalised = [c.lower_ for c in modifier_tokens if c.text[:1].isupper() and c.i != head.left_edge.i or c.pos_ == "PROPN"]
        names = [n for n in capitalised if n not in self.words["portfolio_words"]]
        if names:
            # Another word for the office will do ("manager" for "boss") only when no one before holds
            # the office by its own word, tied to no other body: "The Labour leader" after "Opposition
            # leader Sir Keir" is Sir Keir, not "Labour MP Chi Onwurah"; "the Celtic boss" after
            # "Rangers boss Mark Warburton" and "Celtic manager Brendan Rodgers" is Rodgers.
            loose = not self._holders_in_view(people[:split], role, self._bodies_in(modifier_tokens), others)
            heads = {office[0] for office in self.words["heads_of_bodies"] if len(office) == 1}
            for mention in reversed(people[:split]):
                around = self._words_around(mention)
                # The name before the office may be an organisation's: "Celtic manager Brendan Rodgers".
                sentence = self.doc[self._token_at(mention.start)].sent
                lead = set(self.text[max(sentence.start_char, mention.start - 40):mention.start].lower().split())
                # The head of a body by another word is the same office: "The Woolworths chief" is "New
                # Woolworths boss Amanda Bardwell", not "long-time chief executive Brad Banducci".
                synonym = role in heads and bool(around & heads)
                if all(n in around or n in lead for n in names) and (self._has_role(mention, role) or (loose or synonym) and any(
                        self._person_word(w) for w in around)) \
                        and not self._holds_another_office(mention, head, True, people[:split]):
                    return mention, True
        before = self._holders_in_view(people[:split], role, self._bodies_in(modifier_tokens), others)
        # "the Sinn Fein vice-president" is not "US President Donald Trump": a rank before the office
        # names a different post, held by someone the text gives that rank too.
        # The parser may leave "vice-" loose beside the noun rather than as its modifier.
        joined = [t.lower_ for t in self.doc[max(0, head.i - 2):head.i]]
        ranks = {w for w in modifiers + joined if w in self.words["rank_words"]}
        before = [m for m in before if all(self._has_role(m, rank) for rank in ranks)]
        described = set(modifiers) | ranks
        held = [m for m in before if not self._holds_another_office(m, head, bool(capitalised), people[:split])]
        if len(held) < len(before) and capitalised:
            # Some hold another office of that name: one the text gives no qualifier ("who handled
            # the brief as a minister") is no surer a holder of "the First Minister" than they are.
            held = [m for m in held if self._holds_same_office(m, head)]
        if before and not held:
            # Everyone the text gives an office of that name holds another: "the First Minister" is
            # none of the ministers named, but whoever the text makes First Minister, or no one named.
            return self._made_office_as(head, role, described), True
        before = held
        if len(before) > 1 and self._same_sentence(before[0], before[1]):
            # "Transport Minister Jenny Gilruth and Active Travel Minister Patrick Harvie": either,
            # unless one of them spoke last ("SNP group leader Adam McVey said … urged council
            # leader Cammy Day to resign. “…,” the former council leader said").
            speaker = self._recent_speaker(head, "PERSON")
            return next((m for m in before[:2] if speaker is not None and m.canonical == speaker.canonical), None), True
        if before:
            return before[0], True
        for mention in people[split:]:
            if self._has_role(mention, role) and all(self._has_role(mention, m) for m in modifiers) \
                    and not self._holds_office_of_its_own(mention, role, modifiers):
                return mention, True
        made = self._made_office_as(head, role, described)
        return made, made is not None

    def _made_office_as(self, head, role, described):
        """Someone the text makes the office with "as", outside a title: "Vaughan Gething has
        announced his team following his confirmation as First Minister" … "the First Minister
        said"; "Humza Yousaf, who was sworn in as First Minister". The latest such person before
        the noun, by the owner of the noun "as" qualifies ("his confirmation": the sentence's
        subject) or the subject of its verb; not one leaving the office ("stood down as")."""
        for token in reversed(self.doc[:head.left_edge.i]):
            if token.lemma_.lower() != role or token.dep_ != "pobj" or token.head.lower_ != "as" \
                    or self.in_quote[token.i]:
                continue
            if not described <= {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}:
                continue
            owner = token.head.head
            if owner.lemma_.lower() in self.words["leaving_verbs"]:
                continue
            subject = next((c for c in owner.children if c.dep_ == "poss"), None)
            if subject is not None and self.words["pronouns"].get(subject.lower_) in ("male", "female"):
                subject = next((c for c in subject.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            elif subject is None and owner.pos_ in ("VERB", "AUX"):
                subject = self._subject_of(owner)
            mention = self.mention_of_token.get(subject.i) if subject is not None else None
            if mention is not None and mention.label == "PERSON":
                return mention
        return None

    def _qualifiers_of(self, office) -> set[str]:
        """The words that say which office it is: the one right before the office noun ("First",
        "health", "transport") and its brief after "for" ("minister for business"); not a place, a
        nation, a party or a body named there, which say where or whose the same office is ("the
        SNP MSP", "the Mearns councillor", "the Holyrood minister")."""
        words = [self.doc[office.i - 1]] if office.i > 0 else []
        words += self._portfolio_of(office)
        return {w.lower_ for w in words if w.is_alpha and w.pos_ in ("NOUN", "PROPN", "ADJ")
                and w.ent_type_ not in NAMED_QUALIFIERS and w.i not in self.mention_of_token}

    def _holds_another_office(self, mention, head, titled, people) -> bool:
        """The person's own title makes theirs another office of the noun's name: one held before
        ("Her predecessor as health secretary, Shona Robison" is not who "the Health Secretary said"
        is), or, for an office the description names with capitals (``titled``), one that another
        word says is another ("mental health minister Lynne Neagle", "transport minister Kevin
        Stewart" are not "the First Minister"). "The health chief" is a loose description, not an
        office's name; "the former council leader" holds another office now, whatever it is."""
        role, former = head.lemma_.lower(), self.words["former_words"]
        if any(c.lower_ in former for c in head.children):
            return False
        if any(self._has_role(m, role) and (self._words_around(m) | self._title_words(m)) & former
               for m in people if m.canonical == mention.canonical):
            return True
        described = self._qualifiers_of(head)
        if not titled or not described:
            return False
        theirs = [self._qualifiers_of(t) for t in self._offices_beside(mention, role)]
        return any(q and not q & described for q in theirs)

    def _holds_same_office(self, mention, head) -> bool:
        """The person's own title qualifies the office as the description does: "Health Secretary
        Jeane Freeman" for "the Health Secretary"."""
        described = self._qualifiers_of(head)
        return any(self._qualifiers_of(t) & described for t in self._offices_beside(mention, head.lemma_.lower()))

    def _offices_beside(self, mention, role) -> list:
        """The office nouns of this name's title before it and of its apposition after it."""
        first = self._token_at(mention.start)
        last = self._token_at(max(mention.start, mention.end - 1))
        sentence = self.doc[first].sent
        after = []
        if last + 1 < sentence.end and self.doc[last + 1].text in (",", "–", "—", "("):
            after = [t for t in self.doc[last + 2:min(sentence.end, last + 10)] if not self._in_possessor(t)]
        return [t for t in self._title_tokens(mention) + after if t.lemma_.lower() == role]

    def _title_words(self, mention) -> set[str]:
        """The words of the title the text gives a name: "Ex-deputy mental health minister" is ex,
        deputy, mental, health and minister."""
        title = " ".join([mention.role or ""] + [t.text for t in self._title_tokens(mention)])
        return set(re.split(r"[\s\-–]+", title.lower()))

    @staticmethod
    def _portfolio_of(head) -> list:
        """"the minister for communities has said": the brief after "for" qualifies the office as a
        modifier before it does ("the communities minister"), so it is "Communities Minister Gordon
        Lyons" below, not "Finance Minister John O'Dowd" named first."""
        return [o for o in objects_of(head, ("for",)) if o.pos_ in ("NOUN", "PROPN")]

    def _head_of_body_below(self, head, role):
        """"The leader of the Unite union has warned …" opening the article, "Sharon Graham, the
        general secretary of Unite" paragraphs below: the one person the article gives the head of
        that named body's office, by any word for it, however far below."""
        heads = self.words["heads_of_bodies"]
        bodies = self._bodies_in(head.subtree)
        if (role,) not in heads or not bodies:
            return None
        after = self.by_label["PERSON"][bisect_right(self.label_starts["PERSON"], head.idx):]
        holders = [m for m in after if not self._quoted(m) and self._heads_body(m, heads, bodies)]
        return holders[0] if len({m.canonical for m in holders}) == 1 else None

    def _initials_around(self, mention, body) -> bool:
        """The title before the name has the body's initials, which the model left untagged there:
        "KMPDU Secretary-General Chibanzi Mwanchonda" after "the Kenya Medical Practitioners,
        Pharmacists and Dentists Union (KMPDU)". Initials that spell the name, or that the text gives
        in brackets after it."""
        words = without_nation_initials(body.canonical.replace(",", ""))
        given = {m.group(1).lower() for b in self.by_label["ORG"] if b.canonical == body.canonical
                 for m in [BRACKETED_INITIALS.match(self.text, b.end)] if m}
        return any(len(w) > 2 and w.isalpha() and (w in given or spells(w.upper(), words))
                   for w in self._words_around(mention))

    def _holders_in_view(self, people, role, bodies, others) -> list:
        """People given the office among these mentions, each by their latest mention, latest
        first: "the councillor said" after "Councillor Smith … Councillor Brown … Smith added" is
        Smith. Not someone the text ties to another body than the noun's own: "The SDLP MLA said"
        is not "the TUV MLA Timothy Gaston" (a place, "the North Antrim MLA", ties no one)."""
        given = {m.canonical for m in people if self._has_role(m, role)
                 and not self._holds_office_of_its_own(m, role, ())} - set(others)
        if bodies:
            given = {name for name in given if not self._tied_elsewhere(name, people, bodies)}
        latest = {}
        for mention in reversed(people):
            if mention.canonical in given:
                latest.setdefault(mention.canonical, mention)
        return sorted(latest.values(), key=lambda m: -m.start)

    def _holds_office_of_its_own(self, mention, role, modifiers) -> bool:
        """The person's office is one a qualifier makes an office of its own, which the bare noun
        never means (attribution.yml's own_offices): "the minister said" is not "First Minister
        Michelle O’Neill", though "the First Minister" and "the health minister" may be theirs."""
        words = self._words_around(mention) | self._title_words(mention)
        return any(f"{w} {role}" in self.words["own_offices"] and w not in modifiers for w in words)

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

    def _named_before(self, head) -> set[str]:
        """The people the story names before the description: in its sentences, not in a headline
        or a caption above them ("Humza Yousaf in Holyrood"), which a reader takes as no introduction."""
        return {m.canonical for m in self.by_label["PERSON"][:bisect_right(self.label_starts["PERSON"], head.idx)]
                if self._paragraph_of(m.start) not in self.heading_paragraphs}

    def _named_beside(self, head) -> frozenset[str]:
        """People the description's own sentence names outside it and outside the quotes: "The
        First Minister accused Mr Sarwar of “desperation”" is not Sarwar; were it the same person,
        the text would have said "himself" or "he"."""
        own = range(head.left_edge.i, head.right_edge.i + 1)
        sentence = head.sent
        return frozenset(self.mention_of_token[i].canonical for i in range(sentence.start, sentence.end)
                         if i not in own and i in self.mention_of_token and not self.in_quote[i]
                         and self.mention_of_token[i].label == "PERSON"
                         and not self._subject_of_joined_clause(self.doc[i], head))

    @staticmethod
    def _subject_of_joined_clause(token, head) -> bool:
        """"Yousaf met with the RCN today - but the health secretary again admitted …": the subject
        of a clause joined to the description's own is the one it goes on to describe, as "he"
        would take them up; an object or a name elsewhere in the sentence is someone else."""
        if token.dep_ not in ("nsubj", "nsubjpass") or head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb, own_verb = token.head, head.head
        return own_verb.dep_ == "conj" and own_verb.head.i == verb.i or verb.dep_ == "conj" and verb.head.i == own_verb.i

    def _named_next(self, head, label, fits=lambda mention: True, anywhere=False, counted_from=None):
        """The first such name after a description that nothing before it names, as the subject
        of a clause within the next paragraphs (or, anywhere, in any place: a quote, a caption),
        counted from the given paragraph (by default the description's)."""
        last = (self._paragraph_of(head.idx) if counted_from is None else counted_from) \
            + (KIND_CATAPHORA_PARAGRAPHS if label == "ORG" else CATAPHORA_PARAGRAPHS)
        after = self.by_label[label][bisect_right(self.label_starts[label], head.idx):]
        for mention in after:
            if self._paragraph_of(mention.start) > last:
                break
            if (anywhere or not self._quoted(mention) and (self._is_subject(mention) or self._closes_a_subject(mention))) \
                    and fits(mention):
                # "The Health Secretary said … Both Anas Sarwar and Douglas Ross raised the issue": the
                # next subject is several people, others who take up the matter, not the one described.
                return None if label == "PERSON" and self._joined_with_person(mention) else mention
        return None

    def _joined_with_person(self, mention) -> bool:
        """The name is one of people joined by "and" or "or": "Anas Sarwar and Douglas Ross"."""
        token = self.doc[self._token_at(max(mention.start, mention.end - 1))]
        joined = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
        return any(t.i in self.mention_of_token and self.mention_of_token[t.i].label == "PERSON"
                   and self.mention_of_token[t.i].canonical != mention.canonical for t in joined)

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
        role, around = (mention.role or "").lower(), self._words_around(mention)
        return word in role or word in around \
            or any(w in role or w in around for w in self.words["office_synonyms"].get(word, ()))

    def _names_a_person(self, head) -> bool:
        """"the 56-year-old", "the Portuguese boss", "the actress", "the striker": a word for a
        person, not "the prosecution" or "the report"."""
        lemma = head.lemma_.lower()
        return head.tag_ == "JJ" or "year-old" in head.lower_ or self._age_without_hyphen(head) \
            or self._person_word(lemma) or lemma in self.words["gender_words"] or self._origin_description(head) \
            or self._office_to_be_held(head)

    def _person_word(self, word: str) -> bool:
        """"boss", "striker", "actress", "councillor": an office, or another word for a person
        (a noun list, or an ending jobs have), lowercase."""
        return self._office_word(word) or word in self.words["person_nouns"] \
            or (word.endswith(PERSON_NOUN_ENDINGS) and not word.endswith(THING_NOUN_ENDINGS))

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
        oldest = self._oldest_remembered(token.idx)
        for i in range(bisect_left(self.cue_starts, token.idx) - 1, -1, -1):
            cue = self.cues[i]
            if cue.paragraph < oldest:
                break
            if self._reported_without_quote(cue):
                continue  # "He said the Opposition was demanding a plan": he is still the one in view
            if cue.speaker is not None:
                return cue.speaker.label == "PERSON"
            if self._question_put_to_person(cue):
                continue  # "North.Wales asked the minister whether …": the minister is in view, not the asker
            if cue.unknown_name or cue.unnamed_person:
                return False
        return True

    def _reported_without_quote(self, cue) -> bool:
        """The cue's verb sits in the clause another speech verb reports, in a sentence with no
        quote: "He said the Opposition was demanding a plan" gives his account of what the
        Opposition wants; nobody new speaks. With a quote in it ("he asked …, called Omar a
        “terrorist” and said, “…”, the office said") the inner verbs frame real words."""
        sentence = cue.token.sent
        if any(self.in_quote[i] for i in range(sentence.start, sentence.end)):
            return False
        return any(a.i in self.cue_tokens for a in cue.token.ancestors)

    def _question_put_to_person(self, cue) -> bool:
        """A question the writer reports being put to a person ("We asked the minister whether …",
        "The Herald asked Mr Ewing if …"): it quotes no one, and puts the one asked in view."""
        if cue.verb != "ask" or any(self.in_quote[i] for i in range(cue.token.sent.start, cue.token.sent.end)):
            return False
        asked = next((c for c in cue.token.children if c.dep_ in ("dobj", "dative")), None)
        return asked is not None and (
            asked.i in self.mention_of_token and self.mention_of_token[asked.i].label == "PERSON"
            or self._names_a_person(asked) or self.words["pronouns"].get(asked.lower_) in ("male", "female"))

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
        recent = self._recent_speaker(noun, None)
        if lemma in self.words["written_documents"] and recent is not None and recent.label == "PERSON":
            # "Brian Kerr said … The letter states": a letter whose writer the text never names is
            # not the last person quoted; a body that spoke last may well have issued it.
            return None
        return recent

    def _issuer_of_earlier(self, noun):
        """"Big Machine Records issued a statement … the statement continued": the speaker of
        the document's last mention before this one, its owner, or the subject of the verb
        that issued it ("X issued a statement", "X said in a statement")."""
        lemma = noun.lemma_.lower()
        oldest = self._oldest_remembered(noun.idx)
        cue_of_subject = {self._subject_of(c.token).i: c for c in self.spoken[:bisect_left(self.spoken_at, noun.idx)]
                          if c.token.pos_ != "NOUN" and self._subject_of(c.token) is not None}
        for token in reversed(self.doc[max(0, noun.i - 1000):noun.i]):
            if token.lemma_.lower() != lemma or self.in_quote[token.i] or token.pos_ != "NOUN":
                continue
            if self._paragraph_of(token.idx) < oldest:
                return None
            # Each mention keeps the document in view: "X will present a motion … support on the
            # motion … The motion states" reaches back to X through the mention between.
            oldest = min(oldest, self._oldest_remembered(token.idx))
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
        oldest = self._oldest_remembered(token.idx)
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
            if self._paragraph_of(mention.start) >= self._oldest_remembered(token.idx):
                return mention
            break
        return None

    def _other_kind_of_body(self, mention) -> bool:
        """The name fits a kind of body no topic noun means ("Unite" a union, "Labour" a party)."""
        return any(p.search(mention.canonical) for kind in self.words["not_topic_bodies"]
                   for p in self.words["organisation_nouns"].get(kind, ()))

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
                p.search(names) for p in patterns)) or self._organ_written_after(mention.canonical, noun)
        return self._fits[key]

    def _organ_written_after(self, canonical, noun) -> bool:
        """"The IMF Executive Board approved … the board said": the article writes the body's name
        before its organ of that kind (the entity rules name the body, not the organ), so the noun
        is the body speaking through it."""
        organ = organ_after_name()
        return any(noun in found.group(1).lower().split() for m in self.by_label["ORG"] if m.canonical == canonical
                   for found in [organ.match(self.text, m.end)] if found)

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
                if token.tag_ not in PLURAL_TAGS and not self._in_possessor(token):
                    words.add(token.lemma_.lower())
        return words

    @staticmethod
    def _in_possessor(token) -> bool:
        """"Alasdair Allan, who raised the issue at First Minister’s Questions": the title of an
        owner in the apposition is someone else's office, not the name's."""
        return token.tag_ == "POS" or token.dep_ == "poss" or token.dep_ in ("compound", "amod") and token.head.dep_ == "poss"

    def _resolve_organisation_noun(self, head):
        """"the union said": the organisation named earlier that the noun fits."""
        if head.tag_ in PLURAL_TAGS and head.lower_ != head.lemma_.lower() \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
            # "Councils say …", "Unions warned …": bodies in general, no one named (not "Police said").
            return None
        named = self._body_compounded(head)
        if named is not None and not self.in_quote[head.i]:
            return named  # "The SNP group in Stirling said": the body the phrase itself names
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
        nearby = self._named_last_nearby(head) if noun in self.words["generic_bodies"] else None
        if nearby is not None:
            return nearby
        if patterns and before:
            # "In a statement the council said: “Southampton City Council’s housing services …”":
            # with other bodies named before, the one the noun fits is named just after.
            later = self._named_next(head, "ORG", fits, anywhere=True)
            if later is not None:
                return later
        if noun in self.words["topic_nouns"] and before:
            # "the company said": of the organisations named lately, the one the article is about.
            oldest = self._oldest_remembered(head.idx)
            lately = [m for m in before if self._paragraph_of(m.start) >= oldest and not self._quoted(m)]
            counts = Counter(m.canonical for m in self.by_label["ORG"] if not self._quoted(m))
            firms = [m for m in lately if not self._other_kind_of_body(m)] \
                or [m for m in before if not self._other_kind_of_body(m) and not self._quoted(m)]
            # Only unions, councils or parties named: "In a letter to workers, the company said" is
            # the employer the model did not name, not the union that named it.
            return max(firms, key=lambda m: (counts[m.canonical], m.start), default=None)
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

    def _body_compounded(self, head):
        """The organisation named by the words compounded before the noun, all of them: "The SNP
        group", not "The Rotherham NHS trust" (a trust the recogniser missed, not the NHS)."""
        mentions = [self.mention_of_token.get(c.i) for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not mentions or None in mentions or len({m.canonical for m in mentions}) != 1:
            return None
        return mentions[0] if mentions[0].label == "ORG" else None

    def _named_last_nearby(self, head):
        """An organisation named before the noun outside quotes, in its sentence or the one before:
        "the body" takes up a name just read, not one further back. Of several, the one that spoke
        last, else the last not named as an owner ("Cosla met leaders over the Scottish Government's
        settlement … The deal, which the umbrella body said …": not the government), else the last."""
        sentence = head.sent
        first = self.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        nearby = []
        for mention in self._mentions_before(head.idx, "ORG"):
            if mention.start < first:
                break
            nearby.append(mention)
        speaker = self._recent_speaker(head, "ORG")
        return next((m for m in nearby if speaker is not None and m.canonical == speaker.canonical), None) \
            or next((m for m in nearby if not self._named_as_owner(m)), nearby[0] if nearby else None)

    def _named_as_owner(self, mention) -> bool:
        """"the Scottish Government's settlement": the name owns the noun after it."""
        last = self._token_at(max(mention.start, mention.end - 1))
        return self.doc[last].dep_ == "poss" or last + 1 < len(self.doc) and self.doc[last + 1].tag_ == "POS"

    def _kinds_of_body(self, mention) -> set[str]:
        """The organisation nouns this name fits: GMB is a union, Glasgow City Council a council. Most
        names fit none (Tottenham Hotspur is a club all the same), so only a fit tells."""
        return {noun for noun, patterns in self.words["organisation_nouns"].items()
                if patterns and self._name_fits(mention, noun, (), patterns)}

    def _quoted(self, mention) -> bool:
        return self.in_quote[self._token_at(mention.start)]

    def _credited(self, mention) -> bool:
        """A photographer named in a picture credit ("Aberdeen manager Stephen Glass. (Photo by Craig
        Foy / SNS Group)") took the picture and is no one the story speaks of: "the Dons boss said"
        below is not the photographer."""
        return opens_credit(self.text, mention.start)

    def _mentions_before(self, char, label, outside_quotes=True):
        """Mentions with this label starting before char, latest first. Outside the quotes, also
        outside links to other stories: "READ MORE: Nicola Sturgeon targeted in …" names no one
        this article speaks of, so "she said" below it is not Sturgeon."""
        found = self.by_label.get(label, [])
        for i in range(bisect_left(self.label_starts.get(label, []), char) - 1, -1, -1):
            if outside_quotes and (self.in_quote[self._token_at(found[i].start)]
                                   or self._paragraph_of(found[i].start) in self.link_paragraphs
                                   or self._credited(found[i])):
                continue
            yield found[i]
