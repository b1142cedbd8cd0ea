"""The shapes of names that the entity rules share: an organisation's head words ("Council", "Union",
"Ltd"), a company's legal suffixes (listed once, in org_evidence.yml), acronyms, possessives, and the
letters after a person's name ("MSP", "OBE").
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml


LABELS = ("ORG", "PERSON")


def legal_suffixes(listed: list[str], dotted: bool = True) -> str:
    """A company's legal suffixes ("Inc", "Ltd", "plc", "S.A"), longest first, as regex alternatives:
    listed once, in org_evidence.yml, for every rule here and in the gate that reads them. Dotted
    ones also read as initials ("PHOTO BY S.A.N."), so the rules that take a suffix for the last
    word of any capitalised name leave them out."""
    words = {s for s in listed if dotted or "." not in s}
    return "|".join(re.escape(s) for s in sorted(words, key=len, reverse=True))


_WORD_LISTS = yaml.safe_load(Path(__file__).with_name("org_evidence.yml").read_text(encoding="utf-8"))
_LISTED_LEGAL_SUFFIXES = _WORD_LISTS["legal_suffixes"]
LEGAL_SUFFIXES = legal_suffixes(_LISTED_LEGAL_SUFFIXES)
UNDOTTED_LEGAL_SUFFIXES = legal_suffixes(_LISTED_LEGAL_SUFFIXES, dotted=False)
# Words that end an organisation's name ("Dumfries and Galloway Council").
ORG_HEADS = (
    "Council|Councils|Authority|Authorities|Government|Union|Unions|Party|Committee|Commission|"
    "Agency|Board|Trust|Association|Federation|Institute|Institution|University|College|"
    "Department|Ministry|Police|Service|Bank|Group|Company|Corporation|Court|Parliament|"
    "Assembly|Foundation|Society|Network|Alliance|Coalition|Organisation|Organization|"
    f"Executive|Convention|Congress|Confederation|{UNDOTTED_LEGAL_SUFFIXES}|Productions|Media|Records|"
    "Systems|Technologies|Holdings|Partners|Capital|Motors|Airlines|Airways|Studios|Pictures|"
    "Labs|Industries|Enterprises|Ventures|Communications|Networks|Directorate|Bureau|Office|"
    "Magistrates|Magistrate’s|Agency|Entertainment|Sports|Company|Securities|Insurance|"
    "Pharmaceuticals|Therapeutics|Logistics|Robotics|Aerospace|Electronics|Solutions|Investments|"
    "Advisors|Advisers|Ombudsman|Automotive|Forum|"
    # an office's chambers, never a person named Chambers: "the Attorney-General’s Chambers"
    "(?<=['’]s[ ])Chambers|"
    # a district named for what it runs is a public body ("Owl Creek Water District", "Lakeside
    # Unified School District"), where "the Lake District" or "Third Congressional District" is land
    + "|".join(f"(?<={remit}[ ])District" for remit in _WORD_LISTS["district_remits"]))
_WORD = r"[A-Z][\w’'&-]*"
# Capitalised words, joined by "of", "and", "for", "&" (not "and the": that joins two names).
ORG_NAME = re.compile(
    rf"(?:(?<![\w.])(?:[A-Z]\.){{2,3}}[ ])?\b{_WORD}[ ]+(?:(?:{_WORD}|of|for|&|of[ ]the|and(?![ ]the\b))[ ]+)*(?:{ORG_HEADS})\b"
    rf"(?:[ ](?:of|for)[ ](?:the[ ])?{_WORD}(?:[ ]{_WORD}){{0,2}})?"
    # "Attorney’s Office for the Western District of New York": a district is part of the name.
    rf"(?:[ ]for[ ]the[ ](?:{_WORD}[ ]){{0,2}}(?:District|Circuit|Division|Region)"
    rf"(?:[ ]of[ ](?:the[ ])?{_WORD}(?:[ ]{_WORD}){{0,2}})?)?"
    # The name ends before a possessive ("Stafford Borough Council's planning committee"), never
    # inside a longer word ("Council-run"), nor before the remit a committee goes on to ("Senate
    # Committee on Ethics and Privileges", "the Governor’s Office on Crime Control"; not "the District
    # Court on Wednesday").
    rf"(?![\w&-]|[’'](?!s\b))(?![ ]+(?:[A-Z]|(?:of|and|for|&)[ ]+[A-Z]))"
    + "".join(rf"(?!(?<={head})[ ]on[ ][A-Z])" for head in ("Committee", "Commission", "Council", "Office"))
    # "Ministry of Trade, Industry and Energy": the name goes on after its comma.
    + rf"(?!,[ ]{_WORD}(?:[ ]{_WORD})*[ ]and[ ][A-Z])")
ORG_HEAD_WORD = re.compile(rf"\b(?:{ORG_HEADS})\b")
# The head words of a firm's name, never of a body named for places ("Perth and Kinross Council").
FIRM_HEAD_WORD = re.compile(
    rf"{UNDOTTED_LEGAL_SUFFIXES}|Corporation|Company|Group|Holdings|Technologies|"
    r"Systems|Industries|Enterprises|Ventures|Capital|Securities|Partners|Investments|Motors|Airlines|Airways|"
    r"Productions|Studios|Pictures|Labs|Communications|Pharmaceuticals|Therapeutics|Logistics|Robotics|"
    r"Aerospace|Electronics|Solutions|Insurance|Entertainment")
# "TD": a member of the Dáil; "SAN": a Senior Advocate of Nigeria ("Jibrin Okutekpa (SAN)"); "BL":
# a barrister in Irish court reports ("Kevin McCrave BL, representing Mr Larkin")
PERSON_SUFFIXES = {"MSP", "MP", "MEP", "MLA", "MS", "AM", "TD", "QC", "KC", "SAN", "BL", "OBE", "MBE", "CBE",
                   "Jr", "Sr"}
# Post-nominals that end a person's name only when the model read it as a person's, or a given name
# opens it (name_edges.senior_counsel): "SC", a senior counsel in Irish, Indian and Australian court
# copy ("Declan Doyle SC, for the plaintiff"), also ends clubs' names ("Al Ahly SC").
PERSON_ONLY_SUFFIXES = {"SC"}
# ", TX" after a town or, as news style abbreviates a state, ", N.J.", ", Md.", ", Calif." (group 1:
# the state, a place only where aliases.yml region_codes lists it)
STATE_AFTER = re.compile(r", ([A-Z]{2}\b|[A-Z][a-z]{1,4}\.|[A-Z]\.(?:[A-Z]\.)+|W\.[ ]?Va\.)(?![’'-])")
POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
# "’s County": a place's own name goes on over its possessive ("Prince George’s County").
PLACE_KIND_AFTER_POSSESSIVE = re.compile(rf"(?:{'|'.join(_WORD_LISTS['possessive_place_kinds'])})\b")
# "Attorney’s Office", "Sheriff’s Office": an office named for its holder, whose title may hold a
# possessive of its own ("the State’s Attorney’s Office").
HOLDERS_OFFICE = re.compile(r"[A-Z][\w-]*['’]s[ ](?:Office|Chambers)")
INNER_POSSESSIVE = re.compile(r"(?<!\bPeople)(?<!\bWomen)(?<!\bChildren)(?<!\bMen)['’]s\s+(?=[A-Z0-9])")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# Lowercase words that belong inside names: "Bank of England", "Ludwig van Beethoven"; Filipino "ng"
# ("of"): "Bangko Sentral ng Pilipinas", "Komisyon ng Wikang Filipino".
NAME_CONNECTORS = {"of", "and", "for", "the", "de", "du", "da", "di", "del", "della", "van", "von", "ng",
                   "der", "den", "la", "le", "bin", "al", "y", "on", "upon", "in", "at", "to", "&"}
