"""Picture and source credits ("Image: Kath Flannery/DC Thomson", "Credit: PA"): where they stand and
the names in them, which are photographers and agencies, not people in the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.name_context import WEB_ADDRESS


# "Photo: Jonathan Nackstrand/AFP", "(Image credit: All About Space)", "featured image: X via Unsplash":
# a credit names who made or supplied a picture; what follows the colon, up to a bracket or the
# line's end, is names only. "Future Publishing/Shutterstock" alone in its line or brackets is one
# too (not "(TARC/CCL17)", "(Linux; Android 7.0; SM-G930V Build/NRD90M)").
# (a caption may run into its credit: "… on SundayCredit: Kenny Ramsay – The Sun")
CREDIT_LABEL = (r"(?:\b|(?<=[a-z])(?=[A-Z]))"
                r"(?:[Pp]hoto(?:graph)?s?|[Pp]ics?|[Ii]mages?|[Pp]ictures?|[Ii]llustrations?|[Cc]redits?|[Ff]ootage|[Vv]ideo)"
                r"(?:[ \t]+(?:credit|by|courtesy(?:[ \t]+of)?))?[ \t]*:")
CREDIT = re.compile(
    rf"{CREDIT_LABEL}[ \t]*([^\n()]{{2,80}}?)[ \t]*(?=\)|\n|$)"
    r"|(?:^|\()[ \t]*([A-Z][^\n()/:;\d]{0,50}?[a-z][ \t]*/[ \t]*[A-Z][^\n()/:;\d]{0,40}?)[ \t]*(?=\)|\n|$)",
    re.M)
# (a dash with spaces around it too: "Credit: Kenny Ramsay – The Sun Glasgow", "Photo: Craig Foy - SNS Group")
CREDIT_SEPARATOR = re.compile(r"[ \t]*(?:/|;|\||,|\bvia\b|\band\b)[ \t]*|[ \t]+[-–—][ \t]+")
# A label in capitals opens a caption as often as a credit ("IMAGE: Manchester United's Paul Pogba.
# Photograph: MUFC/Twitter"), so it counts only for the name right after it ("PICTURE: Jeff Mitchell").
# Before a name only, "by" does a colon's work: "(Photo by Craig Foy / SNS Group)", "Picture by Colm Lenaghan".
BY_LABEL = r"\b(?:photo(?:graph)?s?|pics?|images?|pictures?)[ \t]+by"
LABEL_BEFORE = re.compile(rf"(?:{CREDIT_LABEL}|{BY_LABEL})[ \t]*$", re.I)
CREDIT_NAME = re.compile(r"[A-Z0-9][\w.&’'+-]*(?:[ \t]+(?:of|the|and|&|[A-Z0-9][\w.&’'+-]*)){0,4}")


def credited_names(text: str) -> Iterator[list[tuple[int, int]]]:
    """Each picture credit's names as character spans ("Photo: Jonathan Nackstrand/AFP": two), where
    every part of the credit is a name ("Image: People have lived in Ecuador’s forests …" is a caption,
    "credit: www.apple.com" an address)."""
    for credit in CREDIT.finditer(text):
        start = credit.start(1) if credit.group(1) else credit.start(2)
        content = credit.group(1) or credit.group(2)
        cuts = list(CREDIT_SEPARATOR.finditer(content))
        bounds = [0] + [c.end() for c in cuts]
        ends = [c.start() for c in cuts] + [len(content)]
        parts = [(start + a, start + b) for a, b in zip(bounds, ends)]
        if all(CREDIT_NAME.fullmatch(text, a, b) for a, b in parts) and not WEB_ADDRESS.search(content):
            yield parts


def opens_credit(text: str, start: int) -> bool:
    """"Credit: Rui Vieira/PA", "Pic: Guy Smallman", "Photo by Craig Foy": a name right after a credit's label."""
    return bool(LABEL_BEFORE.search(text, max(0, start - 30), start))
