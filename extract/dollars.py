"""Which dollar a bare "$" means.

Local papers in Australia, New Zealand, Canada, Singapore, Hong Kong, Jamaica, Trinidad, Guyana,
Fiji and the Caribbean write their own dollar as a bare "$" ("the council's $12m budget"), while
wire copy marks a foreign dollar with a prefix ("A$1.7 billion") and keeps "$" for the US dollar.
A reader tells which from the names the story uses (``currency_countries.yml``: the country's
places count once, its own institutions, unions, parties and outlets twice, so "the PPTA said the
$4500 lump sum" is a New Zealand story that never writes "New Zealand"). So a bare "$" (or
"dollars") is the local dollar only when the article is plainly about one such country, and

- writes "US$" (or "US dollars") elsewhere, telling the two apart itself, or
- names that country at least three times, more than twice as often as the
  United States and more than twice as often as any other dollar country, or
- names it twice (or one of its bodies once) and the United States never: a local story ("the
  Singapore Food Agency fined the hawker $1,000") seldom repeats its own country's name,
  while a story about the US dollar elsewhere names America,

and never when the article writes that country's own prefix ("A$", "NZ$"): a writer who marks
the local dollar means the US dollar by "$".
"""
from __future__ import annotations

import re

from .currency_countries import country_scores

# The local dollar written with its own mark.
_OWN_MARK = {
    "AUD": re.compile(r"\b(?:A|AU|Aus|AUS)\$|\$AU?(?![A-Za-z])|\bAUD\b|Australian dollars?"),
    "NZD": re.compile(r"\bNZ\$|\$NZ(?![A-Za-z])|\bNZD\b|New Zealand dollars?"),
    "CAD": re.compile(r"\b(?:C|CA|CAN)\$|\$C(?![A-Za-z])|\bCAD\b|Canadian dollars?"),
    "SGD": re.compile(r"\b(?:S|SG)\$|\bSGD\b|Singapore dollars?"),
    "HKD": re.compile(r"\bHK\$|\$HK(?![A-Za-z])|\bHKD\b|Hong Kong dollars?"),
    "JMD": re.compile(r"\b(?:J|JA|JM|JMD)\$|\bJMD\b|Jamaican dollars?"),
    "TTD": re.compile(r"\bTT\$|\bTTD\b|(?:TT|Trinidad and Tobago) dollars?"),
    "GYD": re.compile(r"\b(?:G|GY)\$|\bGYD\b|Guyana(?:ese)? dollars?"),
    "FJD": re.compile(r"\bFJ\$|\bFJD\b|Fiji(?:an)? dollars?"),
    "BBD": re.compile(r"\b(?:Bds|BDS)\$|\bBBD\b|Barbados dollars?"),
    "BSD": re.compile(r"\bB\$|\bBSD\b|Bahamian dollars?"),
    "BZD": re.compile(r"\bBZ\$|\bBZD\b|Belize dollars?"),
}
# A mark runs straight into the digits: "$US205 million".
_US_MARK = re.compile(r"\bUS\s?\$|\bU\.S\.\$|\$US(?![A-Za-z])|\bUSD\b|\b(?:US|U\.S\.|American) dollars?")
# What makes a written amount the US dollar whatever the article's country.
_MARKED_US = re.compile(r"US|U\.S\.|[Aa]merican|USD")


def local_dollar(text: str) -> str | None:
    """The ISO code a bare "$" stands for in `text` when it is not the US dollar, else None."""
    counts = country_scores(text, "dollars")
    us = counts.pop("USD")
    local, named = max(counts.items(), key=lambda item: item[1])
    if not named or any(other * 2 >= named for code, other in counts.items() if code != local):
        return None
    # A writer who marks the local dollar means the US dollar by "$" (wire copy: "A$1.2bn, or
    # $800m"), or writes it bare after a "US$" figure ("US$793 million, down from $1.19 billion").
    if _OWN_MARK[local].search(text):
        return None
    if _US_MARK.search(text) or (named >= 3 and named > 2 * us) or (named >= 2 and not us):
        return local
    return None


def is_bare_dollar(written: str) -> bool:
    """ "$5m", "5 million dollars", "50 cents": no mark of whose dollar."""
    return not _MARKED_US.search(written)
