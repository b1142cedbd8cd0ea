"""Resolving the noun phrase that speaks to a mention: a name, a person in apposition
("GMB senior organiser, Keir Greenaway,"), a name after a title, an organisation behind its spokesperson."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from extract.attribution import Cue, objects_of, one_entity, word_closing_subject
from extract.canonical import spells
from extract.name_patterns import PERSON_SUFFIXES
from extract.records import EntityMention


# Relations inside one noun phrase that may hold a name: "GMB Scotland senior organiser, Keir Greenaway,".
NAME_PHRASE_DEPS = ("appos", "compound", "nmod", "npadvmod")
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}

# The paragraphs a lede may open with its headline and standfirst above it (see _in_lede).
LEDE_PARAGRAPHS = 3
# Clauses that describe an author rather than name one: a list inside them is no second author.
AUTHOR_CLAUSE_DEPS = ("relcl", "acl")
# How far below a lede's findings ("New research warns …") the text may name who published them.
PUBLISHER_PARAGRAPHS = 3

# A bracketed aside after a name is short: "Patrick Chalhoub (below)", "Jane Doe (pictured left)".
BRACKET_ASIDE_MAX_WORDS = 3

# Acronyms are short: "SFC", "COSLA", "NASUWT".
ACRONYM_MAX_LETTERS = 6


class PhraseResolution:
    """Which mention a speaking noun phrase names.

    A part of speakers.Attributor, whose indexes it reads (self.doc, self.mentions, self.in_quote,
    self.words, ...) and whose other parts it calls."""

    def _resolve_phrase(self, head, cue: Cue) -> EntityMention | None:
        if head is None or self.in_quote[head.i]:
            return None
        mention = self.mention_of_token.get(head.i)
        if mention and mention.label == "ORG":
            # "GMB Scotland senior organiser, Keir Greenaway, said": the person speaks.
            mention = self._person_in_phrase(head) or self._person_closing_subject(head) or mention
        if mention:
            return mention
        named = self._person_after_title(head) or self._person_opening_description(head)
        if named is not None:
            return named
        lower = head.lower_
        if lower in self.words["pronouns"]:
            return self._resolve_pronoun(head, self.words["pronouns"][lower])
        found = self._person_in_apposition(head) or self._organisation_in_apposition(head) \
            or self._person_set_off_closing(head) or self._described_by_apposition(head)
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
            if lemma in self.words["spokespeople"] and (self._titled_description(owner) or self._names_a_person(owner)):
                # "The First Minister's spokesperson said" in a story that never names the First
                # Minister: that office's words, not those of the body whose spokesperson spoke before.
                return None
        if head.lower_ in self.words["collective_voices"]:
            # "The directors of the leather manufacturer, in their strategic report, say", "its
            # trustees said": the people who run a body speak for it together.
            if owner is not None and owner.lower_ in self.words["pronouns"]:
                return self._resolve_pronoun(owner, self.words["pronouns"][owner.lower_])
            attached = self._organisation_attached_to(head)
            if attached is not None and attached.label == "ORG":
                return attached
        officials = self._body_of_officials(head)
        if officials is not None:
            return officials
        if self._unsourced_finding(head):
            return self._publisher_below(head)
        if lemma in self.words["spokes"]:
            quoted = self._quoted_by_text(head, cue)
            if quoted is not None:
                return quoted
            named = self._representative_named_before(head)
            if named is not None:
                return named
            attached = self._organisation_attached_to(head)
            if attached is None and lemma not in self.words["spokespeople"]:
                # "A statement made by a Co-op spokesperson said", "a report by MSPs": its author's words;
                # a joint one ("by joint administrators Blair Nimmo and Geoff Jacobs") is no one's alone.
                author = self._possessor(head)
                attached = self._resolve_phrase(author, cue) if author is not None and author.i != head.i \
                    and not self._joint_author(author) else None
            if attached is None and lemma in self.words["spokespeople"] and not self._is_definite(head):
                # "A spokesperson for the council apologised … “…,” a spokesperson said": the one
                # whose organisation the article gave a moment before.
                return self._organisation_of_earlier(head, self._oldest_remembered(head.idx)) \
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
        described = self._described_in_headline(head) if self._bare_in_headline(head) else None
        if described is not None:
            return described  # "Coroner criticises hospital trust for ‘…’"
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
            # Nor "the council umbrella body said": a noun for a body heads its phrase, the body speaks.
            if child.dep_ == "compound" and child.lemma_.lower() in self.words["organisation_nouns"] \
                    and head.lemma_.lower() not in self.words["organisation_nouns"] \
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

    def _quoted_by_text(self, head, cue):
        """"a Reuters news report quoting Dr. Weerasinghe said", "a statement citing the minister":
        a text that says it quotes someone gives that one's words, not its publisher's."""
        quoting = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG"
                        and c.lemma_.lower() in self.words["quoting_verbs"]), None)
        quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None) if quoting is not None else None
        return self._resolve_phrase(quoted, cue) if quoted is not None else None

    def _representative_named_before(self, head):
        """"Inez Kirk, staff representative from Unison, raised fears … The trade union representative
        even argued …": "the" and a body's kind before a spokesperson's word take up the person the
        text gave that post, as "the councillor" does; the body's kind says where the post is, not
        who speaks. Not "a union representative" (someone unnamed, who speaks for the union), a body's
        name ("the Unison representative": that body's voice), nor "the spokesman for X" (X's).
        A bare "the spokesman" is left to the body spoken for earlier."""
        if head.lemma_.lower() not in self.words["spokespeople"] or not self._opened_by_the(head) \
                or not any(c.dep_ == "compound" and c.lemma_.lower() in self.words["organisation_nouns"]
                           for c in head.children) \
                or any(c.dep_ in ("compound", "poss", "nmod") and c.i in self.mention_of_token or c.dep_ == "prep"
                       for c in head.children):
            return None  # "The spokesman for Governor Shettima": the one spoken for
        holder, _ = self._holder_of_office(head)
        return holder if holder is not None and self._has_role(holder, head.lemma_.lower()) else None

    @staticmethod
    def _joint_author(author) -> bool:
        """Two or more authors: "by joint administrators Blair Nimmo and Geoff Jacobs"; also "signed
        by general secretary David Kennedy and chairman David Threadgold", where the parser hangs
        the second signer from the verb "signed", not from the first."""
        # Not a list inside a clause about the author: "by the Charity Excellence Framework, which
        # offers management and funding services" is one author.
        clauses = {t.i for c in author.children if c.dep_ in AUTHOR_CLAUSE_DEPS for t in c.subtree}
        if any(t.dep_ == "conj" and t.i not in clauses for t in author.subtree):
            return True
        agent = author.head if author.dep_ == "pobj" and author.head.dep_ in ("agent", "prep") else None
        return agent is not None and any(c.dep_ == "conj" and c.i > author.i for c in agent.head.children)

    def _body_of_officials(self, head):
        """"Cosla leaders agreed: “…”", "GMB's officials said": a body's officials in the plural
        speak for the body their phrase names. Named by its kind alone ("Union bosses said …" over
        "Unite the Union confirmed …"), the one body of that kind the article names outside quotes;
        of two unions, neither."""
        if head.lower_ not in self.words["official_voices"]:
            return None
        for child in head.children:
            if child.dep_ not in ("compound", "poss") or self.in_quote[child.i]:
                continue
            mention = self.mention_of_token.get(child.i)
            if mention is not None:
                return self._branch_named_fully(mention) if mention.label == "ORG" else None
            if child.dep_ == "compound" and child.lemma_.lower() in self.words["official_kinds"]:
                fits = self._fits_organisation_noun(child)
                return one_entity(m for m in self.by_label["ORG"] if not self._quoted(m) and fits(m))
        return None

    def _branch_named_fully(self, mention):
        """"NHS chiefs" in a story of NHS Grampian: the one body whose fuller name opens with the
        short name the officials carry; else the short name's own body."""
        words = mention.canonical.split()
        return one_entity((m for m in self.by_label["ORG"]
                           if len(m.canonical.split()) > len(words) and m.canonical.split()[:len(words)] == words), mention)

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
        return self._named_next(head, "PERSON", self._may_hold(noun, head))

    def _bare_in_headline(self, head) -> bool:
        """A noun in a headline with no article, which headlines leave out: "Coroner criticises …",
        "Banned councillor warns NHS", "Leeds hospital boss ‘sorry …’"."""
        paragraph = self._paragraph_of(head.idx)
        # A word opening the line is capitalised, and the tagger may take it for a name: "Coroner".
        opening = head.pos_ == "PROPN" and head.idx == self.paragraphs[paragraph][0] and head.text[1:].islower()
        return (head.pos_ == "NOUN" and head.tag_ == "NN" or opening) and paragraph in self.heading_paragraphs \
            and head.i not in self.mention_of_token and not any(c.dep_ in ("det", "poss") for c in head.children)

    def _described_in_headline(self, head):
        """A headline describes its speaker by their post or their body's kind and the story names
        them below, as a lede does ("Coroner criticises …" over "Senior coroner Veronica Hamilton
        criticised …"): the one person who may hold that post, or the body of that kind, named next
        as a subject. Only while the text has named nobody of that kind before."""
        lemma = head.lemma_.lower()
        # The paragraphs are counted from the story's first, below the headline's furniture ("Have your say").
        lede = max(self._paragraph_of(head.idx), self.lede_paragraph or 0)
        if lemma in self.words["organisation_nouns"]:
            fits = self._fits_organisation_noun(head)
            if any(fits(m) for m in self._mentions_before(head.idx, "ORG", outside_quotes=False)):
                return None
            return self._named_next(head, "ORG", fits, counted_from=lede)
        if not self._names_a_person(head) or bisect_right(self.label_starts["PERSON"], head.idx):
            return None
        return self._named_next(head, "PERSON", self._may_hold(lemma, head), counted_from=lede)

    def _unsourced_finding(self, head) -> bool:
        """"New research is warning that …", "A survey has found …" opening the article: findings
        described by their kind alone, with no owner, author or "the" of their own."""
        if head.lemma_.lower() not in self.words["findings"] or not self._in_lede(head):
            return False
        return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                       for c in head.children) and self._possessor(head) is None

    def _publisher_below(self, head):
        """The body or person the next paragraphs name as the author of findings ("This survey,
        carried out by Charities Aid Foundation, found …", "according to the report published by
        …"): a lede's findings are theirs. Only the first findings with a named author count."""
        last = self.paragraphs[min(len(self.paragraphs) - 1, self._paragraph_of(head.idx) + PUBLISHER_PARAGRAPHS)][1]
        for token in self.doc[head.i + 1:]:
            if token.idx >= last:
                break
            if token.lemma_.lower() not in self.words["findings"] or self.in_quote[token.i]:
                continue
            author = self._possessor(token)
            mention = self.mention_of_token.get(author.i) if author is not None else None
            if mention is not None and not self.in_quote[author.i]:
                return mention
        return None

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

    def _may_hold(self, role, head=None):
        """Whether a person named after a description may be the one it describes: the text gives
        them its role, or no other office ("Education Secretary Shirley-Anne Somerville" below "The
        boss of Scotland's largest teaching union" is someone else), or, for the head of a body,
        another word for that office at the body the description names, if it names one."""
        heads = self.words["heads_of_bodies"]
        bodies = self._bodies_in(head.subtree) if head is not None and (role,) in heads else None
        return lambda m: self._has_role(m, role) or not any(self._office_word(w) for w in self._words_around(m)) \
            or bodies is not None and self._heads_body(m, heads, bodies)

    def _heads_body(self, mention, heads, bodies) -> bool:
        """"Sharon Graham, the general secretary of Unite": the text gives this person the head of a
        body's office, at one of these bodies (at any, where the description named none)."""
        if not any(all(self._has_role(mention, word) for word in office) for office in heads):
            return False
        return not bodies or bool(bodies & ({mention.affiliation} | self._bodies_in(self._appositive_tokens(mention))))

    def _appositive_tokens(self, mention) -> list:
        """The words of the title before a name and of the clause right after it, in its sentence."""
        last = self._token_at(max(mention.start, mention.end - 1))
        sentence = self.doc[last].sent
        return self._title_tokens(mention) + list(self.doc[last + 1:min(sentence.end, last + 12)])

    def _fits_organisation_noun(self, head):
        """Whether an organisation's name fits the noun ("the union") and its modifiers: "the
        production company" fits "Dick Clark Productions"."""
        noun = head.lemma_.lower()
        patterns = self.words["organisation_nouns"][noun]
        modifiers = tuple(c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod") and len(c.text) > 3)
        split = self._split_modifier(head)
        if split is not None:
            modifiers += (split.lemma_.lower(),)
        return lambda m: self._name_fits(m, noun, modifiers, patterns)

    def _split_modifier(self, head):
        """"The nurses union says": the parser made the plural before the noun a second subject of
        the verb, not its modifier; it still says which union ("New Zealand Nurses Organisation")."""
        if head.i == 0 or head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        before = self.doc[head.i - 1]
        if before.tag_ == "NNS" and before.dep_ == head.dep_ and before.head.i == head.head.i and len(before.text) > 3:
            return before
        return None

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

    def _person_opening_description(self, head):
        """"Susanne Rauprich OBE, chief executive NCVYS said", "Sharon Graham Unite general secretary,
        said": a person's name opens the subject and the parser heads the phrase with the letters
        after the name or with the post that follows it; the person holds the post and speaks, not
        the body the post is at. Not an owner ("Sharon Graham's union said")."""
        if head.dep_ not in ("nsubj", "nsubjpass") or self.in_quote[head.i]:
            return None
        person = self.mention_of_token.get(head.left_edge.i)
        if person is None or person.label != "PERSON" or person.start != head.left_edge.idx \
                or head.idx < person.end or head.i in self.mention_of_token:
            return None
        after = self.doc[self._token_at(person.end - 1) + 1]
        if after.tag_ == "POS" or after.lower_ in ("'s", "’s"):
            return None
        if head.text in PERSON_SUFFIXES and head.i == after.i:
            return person
        return person if head.pos_ == "NOUN" and self._office_word(head.lemma_.lower()) else None

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
            if len(words) == 1 and name.i > 0:
                # "However, BMA Scotland is pushing for …" with "BMA" parsed loose: the name the word
                # before completes, not the nearest other name with "Scotland" in it (NHS Scotland).
                before = self.doc[name.i - 1].text
                completed = [m for m in found if m.canonical.split()[-2:] == [before, name.text]]
                if completed:
                    return min(completed, key=lambda m: abs(m.start - name.idx))
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
        if end.text == ")" and end.i + 1 < len(self.doc) and self.doc[end.i + 1].text == ",":
            # "CEO of Chalhoub Group, Patrick Chalhoub (below), said": a bracketed aside after the name.
            opening = next((t.i for t in self.doc[max(head.left_edge.i, end.i - BRACKET_ASIDE_MAX_WORDS - 1):end.i]
                            if t.text == "("), None)
            last, end = (self.doc[opening - 1], self.doc[end.i + 1]) if opening else (None, end)
        else:
            last = self.doc[end.i - 1] if end.i > 0 else None
        if last is None or end.text != "," or head.head.i <= end.i \
                or any(t.dep_ not in ("aux", "auxpass", "neg") for t in self.doc[end.i + 1:head.head.i]):
            return None
        mention = self._person_ending_at(last)
        if mention is None:
            return None
        first = self._token_at(mention.start)
        if first <= head.left_edge.i or self.doc[first - 1].text != "," \
                or not any(t.dep_ == "appos" for t in self.doc[first:last.i + 1]):
            return None
        if any(t.dep_ in AUTHOR_CLAUSE_DEPS for t in self.doc[first].ancestors if t.i > head.i):
            # "The statement, signed off by A, and B, Alison Thompson, said": a name in a clause about
            # the subject names its authors (see _joint_author), not the subject itself.
            return None
        return mention

    def _described_by_apposition(self, head):
        """"Maria Keller, a partner at the pension fund's venture arm, called the plan “stale”": after a
        long apposition the parser may make the name the sentence's root and hang the verb from the
        describing noun; that noun stands for the person it sets off, who speaks."""
        if head.dep_ != "appos" or head.head.i >= head.i or self.in_quote[head.head.i]:
            return None
        named = self.mention_of_token.get(head.head.i)
        return named if named is not None and named.label == "PERSON" else None

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
            # "the Capital One spokeswoman": a body's name ending in a number word hangs as a nummod.
            if child.dep_ in ("compound", "poss", "nmod", "amod", "nummod"):
                mention = self.mention_of_token.get(child.i) or (
                    self._mention_named(child) if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN"
                    else None) or (
                    # "A Unicef UK spokesperson": the body named in the compound's own words.
                    self._organisation_in_phrase(child) if child.dep_ == "compound" else None)
                if mention and (mention.label == "ORG" or child.dep_ == "poss"
                                or self._persons_spokesperson(head, child, mention)):
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

    def _persons_spokesperson(self, head, compound, mention) -> bool:
        """"a Wu spokesman said": a person's name compounded to a spokesperson's word is whom the
        spokesperson speaks for, as "Swift's rep" is (not "a Biden official", one of a government)."""
        return compound.dep_ == "compound" and head.lemma_.lower() in self.words["spokespeople"] \
            and head.lemma_.lower() != "official" and mention.label == "PERSON"

    def _organisation_object(self, pobj):
        """The body a preposition's object names: "for the NYAG"; "on behalf of the DUP grouping",
        where the body is the object of "of" after "behalf" and may be a compound of its head."""
        if pobj.lower_ == "behalf":
            pobj = next(iter(objects_of(pobj, ("of",))), None)
            if pobj is None:
                return None
            candidates = [pobj] + [c for c in pobj.children if c.dep_ == "compound"]
        elif pobj.head.lower_ == "on":
            # "on" only as "on behalf of", or as the owner of the page it was put on: "A statement on
            # Unison Scotland's social media said", "a post on the council's website".
            pobj = next((c for c in pobj.children if c.dep_ == "poss"), None)
            if pobj is None:
                return None
            candidates = [pobj]
        else:
            candidates = [pobj]
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
        after "the" or an owner describes someone named elsewhere, it is not a name. A police rank
        does so only with its capital ("the Chief Constable"; see attribution.yml's capitalised_ranks)."""
        office = head.lower_ in self.words["person_titles"] or (
            head.text[:1].isupper() and head.lower_ in self.words["capitalised_ranks"]) or self._member_of_house(head) \
            or self._office_to_be_held(head)
        return office and (self._opened_by_the(head) or any(c.dep_ == "poss" for c in head.children))

    def _office_to_be_held(self, head) -> bool:
        """"the first minister designate", "the president elect": the office before the word for
        one who is to hold it, which the parser makes the head of the phrase."""
        return head.lower_ in self.words["office_postmodifiers"] \
            and any(c.dep_ == "compound" and c.lower_ in self.words["person_titles"] for c in head.children)

    def _member_of_house(self, head) -> bool:
        """"The Member of Parliament for Ofoase Ayirebi said": the office "MP" spelt out, a member
        of a legislature (attribution.yml's legislatures), capitalised as an office."""
        return head.text == "Member" and any(o.lower_ in self.words["legislatures"] for o in objects_of(head, ("of",)))

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
