"""Which dollar a bare "$" means.

Local papers in Australia, New Zealand, Canada, Singapore and Hong Kong write
their own dollar as a bare "$" ("the council's $12m budget"), while wire copy
marks a foreign dollar with a prefix ("A$1.7 billion") and keeps "$" for the
US dollar. So a bare "$" (or "dollars") is the local dollar only when the
article is plainly about one such country, and

- writes "US$" (or "US dollars") elsewhere, telling the two apart itself, or
- names that country at least three times, more than twice as often as the
  United States and more than twice as often as any other dollar country, or
- names it twice and the United States never: a local story ("the Singapore
  Food Agency fined the hawker $1,000") seldom repeats its own country's name,
  while a story about the US dollar elsewhere names America,

and never when the article writes that country's own prefix ("A$", "NZ$"):
a writer who marks the local dollar means the US dollar by "$".
"""
from __future__ import annotations

import re

# Names that place an article in a country, its stock exchange among them ("ASX", "TSX"):
# markets copy names the exchange more often than the country. Cities shared with other
# countries ("Perth", "Wellington", "Victoria", "London, Ont.") are left out.
_COUNTRY = re.compile(
    r"\b(?:(?P<AUD>Australia\w*|Aussie\w*|Sydney|Melbourne|Brisbane|Queensland|Canberra|Adelaide"
    r"|Tasmania\w*|New South Wales|NSW|ASX)"
    r"|(?P<NZD>New Zealand\w*|Auckland\w*|Christchurch|Kiwis?|NZX?)"
    r"|(?P<CAD>Canad(?:a|ian)s?|Ottawa|Toronto|Vancouver|Montreal|Ontario|Quebec|Alberta|Manitoba"
    r"|Saskatchewan|British Columbia|Nova Scotia|TSX)"
    r"|(?P<SGD>Singapore\w*|SGX)"
    r"|(?P<HKD>Hong Kong\w*)"
    r"|(?P<USD>U\.S\.|US(?!\$)|USA|United States|America(?:n|ns)?|Washington|New York|California"
    r"|Texas|Florida))(?![\w$])")
# A name in capitals counts too: "SINGAPORE Technologies Engineering expects …" opens a lede.
_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")
# The local dollar written with its own mark.
_OWN_MARK = {
    "AUD": re.compile(r"\b(?:A|AU|Aus|AUS)\$|\$AU?(?![A-Za-z])|\bAUD\b|Australian dollars?"),
    "NZD": re.compile(r"\bNZ\$|\$NZ(?![A-Za-z])|\bNZD\b|New Zealand dollars?"),
    "CAD": re.compile(r"\b(?:C|CA|CAN)\$|\$C(?![A-Za-z])|\bCAD\b|Canadian dollars?"),
    "SGD": re.compile(r"\b(?:S|SG)\$|\bSGD\b|Singapore dollars?"),
    "HKD": re.compile(r"\bHK\$|\$HK(?![A-Za-z])|\bHKD\b|Hong Kong dollars?"),
}
# A mark runs straight into the digits: "$US205 million".
_US_MARK = re.compile(r"\bUS\s?\$|\bU\.S\.\$|\$US(?![A-Za-z])|\bUSD\b|\b(?:US|U\.S\.|American) dollars?")
# What makes a written amount the US dollar whatever the article's country.
_MARKED_US = re.compile(r"US|U\.S\.|[Aa]merican|USD")


def local_dollar(text: str) -> str | None:
    """The ISO code a bare "$" stands for in `text` when it is not the US dollar, else None."""
    counts = {code: 0 for code in ("AUD", "NZD", "CAD", "SGD", "HKD", "USD")}
    for match in _COUNTRY.finditer(_CAPITALS.sub(lambda word: word.group(0).title(), text)):
        counts[match.lastgroup] += 1
    us = counts.pop("USD")
    local, named = max(counts.items(), key=lambda item: item[1])
    if not named or _OWN_MARK[local].search(text):
        return None
    if any(other * 2 >= named for code, other in counts.items() if code != local):
        return None
    if _US_MARK.search(text) or (named >= 3 and named > 2 * us) or (named >= 2 and not us):
        return local
    return None


def is_bare_dollar(written: str) -> bool:
    """ "$5m", "5 million dollars", "50 cents": no mark of whose dollar."""
    return not _MARKED_US.search(written)
