"""The curated alias file (extract/aliases.yml): known entities and their variants."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

DEFAULT_ALIASES = Path(__file__).with_name("aliases.yml")
GIVEN_NAMES = Path(__file__).with_name("given_names.yml")


def name_key(text: str) -> str:
    """Compare names ignoring case, curly apostrophes, a leading "the" and a possessive."""
    key = " ".join(text.replace("’", "'").replace("‘", "'").split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    return key.strip(" .,;:")


@functools.lru_cache(maxsize=1)
def _first_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=1)
def _world_given_names() -> frozenset[str]:
    """Given names of the naming traditions gender-guesser's list lacks (extract/given_names.yml)."""
    data = yaml.safe_load(GIVEN_NAMES.read_text(encoding="utf-8"))["given_names"]
    return frozenset(name for names in data.values() for name in names)


@functools.lru_cache(maxsize=50_000)
def first_name_gender(word: str) -> str | None:
    """"male", "female" or "either" for a known given name, else None (gender-guesser's list, then
    given_names.yml, whose names say nothing of sex: "Kwaku", "Gaurav", "Rawiri")."""
    if not word[:1].isupper() or not word.isalpha() or word.lower() in STOP_WORDS:
        return None  # the name list has "The" and "In" in it
    guess = _first_names().get_gender(word)
    if guess == "unknown" and not word.isascii():
        # the list spells many Irish and Welsh names only without their accents: "Éamon", "Ciarán", "Siân"
        guess = _first_names().get_gender(without_accents(word))
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return "either" if guess == "andy" or word in _world_given_names() else None


def without_accents(word: str) -> str:
    """"Éamon" -> "Eamon": the letters without their accent marks ("Łukasz" keeps its own letter)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=50_000)
def given_name_sex(word: str) -> str | None:
    """"male" or "female" for a given name the list gives to one sex only, both in Britain and
    across its countries ("Siobhan", "Owain"); None for "Jean", "Ally", "Nana" or "Rana", which
    one country or another gives to the other sex, and for unknown names."""
    if first_name_gender(word) not in ("male", "female"):
        return None
    guesses = {_first_names().get_gender(word), _first_names().get_gender(word, "great_britain")}
    return guesses.pop() if len(guesses) == 1 and guesses <= {"male", "female"} else None


def given_name_sex_abroad(word: str) -> str | None:
    """The sex the list gives a name it never records in Britain ("Felix", "Amina", "Meenakshi"),
    where given_name_sex finds none: its British guess "andy" there means no data. A weaker hint,
    for a choice between people only: the list is thin outside Europe ("Nana", "Ade", "Corrie"
    it calls women's)."""
    detector = _first_names()
    column = detector.COUNTRIES.index("great_britain")
    if first_name_gender(word) not in ("male", "female") or any(
            counts[column] != " " for counts in detector.names.get(word.lower(), {}).values()):
        return None
    guess = detector.get_gender(word)
    return guess if guess in ("male", "female") else None


@dataclass(eq=False)  # hashed by identity: one loaded file, cached patterns
class Gazetteer:
    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (label, key) -> name
    not_organisation_heads: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    surface: dict[str, frozenset[str]] = field(default_factory=dict)  # label -> variants as written
    titles: frozenset[str] = frozenset()  # lowercase words written before a name: "mr", "councillor"
    honorifics: frozenset[str] = frozenset()  # titles that only ever precede a person's name
    courtesy_titles: frozenset[str] = frozenset()  # "mr", "dr": how to address, not a role
    organisation_last_words: frozenset[str] = frozenset()  # "Manchester United": a club, not a person
    organisation_nouns: frozenset[str] = frozenset()  # "the website Full Fact": what names an organisation
    role_nouns: frozenset[str] = frozenset()  # "Eswar Prasad, a trade professor": jobs in apposition
    affiliation_roles: frozenset[str] = frozenset()  # "Jefferies analyst Jonathan Matuszewski"
    thing_nouns: frozenset[str] = frozenset()  # "the Artist of the Decade award": a thing, not a body
    place_last_words: frozenset[str] = frozenset()  # "Sioux Falls": a place
    document_heads: frozenset[str] = frozenset()  # "National Survey on Drug Use": a document
    event_nouns: frozenset[str] = frozenset()  # "the Artemis program": a programme, not its agency
    product_tiers: frozenset[str] = frozenset()  # "Stadia Pro", "Switch Lite": a product sold in tiers
    not_product_words: frozenset[str] = frozenset()  # "Sony Music", "Epic Games": a company's line of business
    region_codes: frozenset[str] = frozenset()  # "Irving, TX": a state's postal code after a town
    name_titles: frozenset[str] = frozenset()  # "Queen Elizabeth II": a title that is part of the name
    plain_words: frozenset[str] = frozenset()  # the language's words, from the model (extract/lexicon.py)
    kin_nouns: frozenset[str] = frozenset()  # "his wife Kali": relatives and friends, named by one word
    branch_regions: frozenset[str] = frozenset()  # "Ascom North America": a region ends a branch's name
    surname_titles: frozenset[str] = frozenset()  # "Cllr McColl": the next capitalised word is a surname
    names_also_function_words: frozenset[str] = frozenset()  # "Will Kerr", "May Brown": given names all the same
    surname_particles: frozenset[str] = frozenset()  # "de", "Ó": words inside people's surnames only
    party_adjectives: frozenset[str] = frozenset()  # "the Tory MSP": a party named only before its people
    party_office_nouns: frozenset[str] = frozenset()  # "MSP", "councillor": what follows such a party word
    honours_titles: frozenset[str] = frozenset()  # "Sir Alex Ferguson": a title the name is known by
    organs_of_bodies: frozenset[str] = frozenset()  # "the SNP Government", "EIS Council": the listed body
    remit_organs: frozenset[str] = frozenset()  # "the EIS Salaries Committee": the listed body
    paired_kinds: frozenset[str] = frozenset()  # "Health and Social Care": one kind of body, not two names
    nation_adjectives: frozenset[str] = frozenset()  # "Scottish Tories": a nation's branch of a party
    nation_branches: frozenset[str] = frozenset()  # "Tories", "Lib Dems": names a nation's adjective opens
    opening_kinds: frozenset[str] = frozenset()  # "Stockbrokers Shore Capital said": a kind before a body's name
    line_openers: frozenset[str] = frozenset()  # "Oliver MorganPublished": a caption's or byline's first word
    vessel_prefixes: frozenset[str] = frozenset()  # "MV Caledonian Isles": a ship's name follows
    court_kinds: frozenset[str] = frozenset()  # "Crown", "Sheriff": a court's kind before "Court"
    league_nicknames: frozenset[str] = frozenset()  # "Saints", "Bills": a North American team's last word
    care_provider_words: frozenset[str] = frozenset()  # "Trinity Health": a provider tagged PERSON

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Gazetteer":
        data = yaml.safe_load(Path(path or DEFAULT_ALIASES).read_text(encoding="utf-8")) or {}
        canonical, surface = {}, {}
        for label, section in (("ORG", "organisations"), ("PERSON", "people")):
            variants = set()
            for entry in data.get(section) or []:
                for variant in [entry["name"], *(entry.get("aliases") or [])]:
                    canonical[(label, name_key(variant))] = entry["name"]
                    variants.add(variant)
            surface[label] = frozenset(variants)
        return cls(canonical, frozenset(data.get("not_organisation_heads") or ()),
                   frozenset(data.get("not_names") or ()) | frozenset(data.get("not_entities") or ()), surface,
                   frozenset(t.lower() for t in data.get("titles") or ()),
                   frozenset(t.lower() for t in data.get("honorifics") or ()),
                   frozenset(t.lower() for t in data.get("courtesy_titles") or ()),
                   frozenset(data.get("organisation_last_words") or ()) | frozenset(data.get("league_nicknames") or ()),
                   frozenset(n.lower() for n in data.get("organisation_nouns") or ()),
                   *(frozenset(n.lower() for n in data.get(key) or ())
                     for key in ("role_nouns", "affiliation_roles", "thing_nouns")),
                   frozenset(data.get("place_last_words") or ()), frozenset(data.get("document_heads") or ()),
                   frozenset(n.lower() for n in data.get("event_nouns") or ()),
                   frozenset(data.get("product_tiers") or ()), frozenset(data.get("not_product_words") or ()),
                   frozenset(data.get("region_codes") or ()),
                   frozenset(t.lower() for t in data.get("name_titles") or ()),
                   kin_nouns=frozenset(n.lower() for n in data.get("kin_nouns") or ()),
                   branch_regions=frozenset(data.get("branch_regions") or ()),
                   surname_titles=frozenset(t.lower() for t in data.get("surname_titles") or ()),
                   names_also_function_words=frozenset(data.get("names_also_function_words") or ()),
                   surname_particles=frozenset(data.get("surname_particles") or ()),
                   party_adjectives=frozenset(data.get("party_adjectives") or ()),
                   party_office_nouns=frozenset(data.get("party_office_nouns") or ()),
                   honours_titles=frozenset(t.lower() for t in data.get("honours_titles") or ()),
                   opening_kinds=frozenset(n.lower() for n in data.get("opening_kinds") or ()),
                   line_openers=frozenset(data.get("line_openers") or ()),
                   vessel_prefixes=frozenset(data.get("vessel_prefixes") or ()),
                   league_nicknames=frozenset(data.get("league_nicknames") or ()),
                   **{key: frozenset(data.get(key) or ()) for key in (
                       "organs_of_bodies", "remit_organs", "nation_adjectives", "nation_branches", "paired_kinds",
                       "court_kinds", "care_provider_words")})

    @functools.cached_property
    def role_titles(self) -> frozenset[str]:
        """Titles that say what a person does: "Mayor", "Coach", "Senator"."""
        return self.titles - self.courtesy_titles

    @functools.cached_property
    def office_titles(self) -> frozenset[str]:
        """Role titles that are no part of a name: "Commissioner", "Inspector", not "King"."""
        return self.role_titles - self.name_titles

    @functools.cached_property
    def job_nouns(self) -> frozenset[str]:
        """Jobs that are no relatives: "Firefighter Tam McFarlane" is trimmed like a title."""
        return self.role_nouns - self.kin_nouns

    @functools.cached_property
    def people_nouns(self) -> frozenset[str]:
        """Jobs and relatives: a noun that shows the name after it is a person's ("his wife Kali")."""
        return self.role_nouns | self.kin_nouns

    @functools.cached_property
    def person_words(self) -> frozenset[str]:
        """Titles, jobs and relatives: a word written just before a name ("council leader Cammy
        Day", "his wife Kali", "NHS Lothian Chief Executive Calum Campbell") that shows it is a person's."""
        return self.titles | self.people_nouns

    @functools.cache
    def surface_pattern(self, label: str) -> re.Pattern:
        """One regex for every listed variant, longest first: a scan per text, not per variant."""
        variants = sorted(self.surface.get(label, ()), key=len, reverse=True)
        alternatives = "|".join(map(re.escape, variants)) or r"(?!x)x"
        return re.compile(rf"(?<![\w’'])(?:{alternatives})(?![\w])")

    @functools.cache
    def kin_of_pattern(self) -> re.Pattern:
        """"’s mother", "'s husband" after a name: only a person has relatives."""
        nouns = "|".join(sorted(map(re.escape, self.kin_nouns), key=len, reverse=True)) or r"(?!x)x"
        return re.compile(rf"['’]s\s+(?:late\s+|former\s+|new\s+)?(?:{nouns})\b")

    def is_first_name(self, word: str) -> bool:
        """"Jo-Wilfried" counts when each part is a given name."""
        return all(part in self.names_also_function_words or first_name_gender(part) is not None
                   for part in word.split("-"))

    def lookup(self, label: str, text: str) -> str | None:
        return self.canonical.get((label, name_key(text)))

    def label_of(self, text: str) -> str | None:
        key = name_key(text)
        for label in ("ORG", "PERSON"):
            if (label, key) in self.canonical:
                return label
        return None
