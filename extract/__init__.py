"""The extraction stage: article text in, ``records.Extraction`` out: organisations and people with
canonical names, roles and affiliations, money, percentages, and quotes with their speakers, each
fact with its character offsets and sentence.

``pipeline.py`` parses each text with spaCy once, then runs our rules over the parse in this order.
Word lists are YAML beside the code (``aliases.yml``, ``known_organisations.yml``,
``org_evidence.yml``, ``person_evidence.yml``, ``products.yml``, ``attribution.yml``,
``given_names.yml``), so a new case is usually data, not code.

1. Names: ``entities.find_mentions`` corrects the model's ORG and PERSON spans.
       mentions.py        the Mention record and the overlap index every rule uses
       name_patterns.py   shapes of names: head words, legal suffixes, acronyms, post-nominals
       name_context.py    what the words in and around a name say
       name_edges.py      where a name starts and ends
       joined_names.py    one name or two: names joined by "and", a comma's list or side by side
       gazetteer.py       the curated alias file and the given names; known_names.py the well-known
                          organisations list
       credits.py         picture and source credits and their photographers
       full_names.py      the article's full names
       public_bodies.py   legislatures, ministries, councils named by place, party before office
       missed_people.py   people the model missed or mislabelled, found from the article's names
       people_marks.py    people shown by an age, a post, a job, a list or a table row
       name_evidence.py   things, places and outlets the words around a name reveal
       page_furniture.py  datelines, bylines, headlines, share bars, mastheads, ledes in capitals
       products.py        products and programmes named like bodies
       org_evidence.py    the last word on ORG (``gate``), built from:
           org_edges.py          where a body's name starts and ends
           mislabelled_bodies.py names typed as places, people or works that the text marks as bodies
           body_names.py         what a name says by itself (head word, branch, spelt-out acronym)
           org_marks.py          what its context says (its acts, its people, its kind)
           org_lists.py          evidence passed along a list of names
           sports_sides.py       teams in a sports report
           org_verdict.py        the verdict on one name over all its mentions
           org_words.py          the word lists of org_evidence.yml, compiled
2. People: ``person_evidence.gate`` drops PERSON names the text shows are things;
   ``speaker_names.py`` adds speakers the entity rules never named.
3. Canonical names and roles: ``canonical.py`` (one name per entity, aliases, acronyms, surnames),
   ``roles.py`` (titles and appositions).
4. Figures: ``numbers.py``, ``amounts.py`` (money; ``dollars.py``: which dollar a bare "$" means;
   ``currency_countries.py``: the country a story names, for a bare "$", "Rs" or "Sh"),
   ``percentages.py``.
5. Quotes: ``quotes.py`` finds them (``quoted_speech.py``: speech or a scare quote) and asks the
   ``speakers.Attributor`` who said each, built from ``attribution.py`` (lexicon and records),
   ``speech_cues.py`` (speech verbs and their subjects), ``speaker_phrases.py`` (a phrase to a
   mention), ``speaker_roles.py`` ("the councillor"), ``pronouns.py`` ("he said") and continuation.
"""
