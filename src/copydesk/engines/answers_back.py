"""An "also" that answers a sentence the rewrite does not ship.

"The Tories also said she had deleted postings ..." after a paragraph that never gave the Tories'
first charge: the "also" points at nothing, and an outside editor marks the sentence as out of
context. The editor's rule: drop an "also" when the sentence it answers is not shipped right before
it. The edit only deletes the word, so the sentence claims less than the source, never more.

Only the "also" of the sentence's first clause goes (within its first words, before any comma,
dash or "and"/"but"): "... bemoaned the media circus, but they also used ..." answers its own
first clause and stays. Never inside quotation marks, never "also known as", never "but also".
"""

from __future__ import annotations

import re

from copydesk.engines.headrules import QUOTED_SPAN

# "Also, ..." / "Also on Monday ..." opening the sentence
_OPENING = re.compile(r"^Also,?\s+(?=[\w\"“‘'])")
# the first clause's "also" (and the space after it): "The Tories also said", "He was also a ..."
_ALSO = re.compile(r"\balso\s+(?!known\b|called\b|-)")
_CLAUSE_END = re.compile(r"[,;:()–—]|\s-\s|\s(?:and|but|or|while|although|though|because|as well as)\s")
FIRST_WORDS = 8  # an "also" further in belongs to a later clause, or to a list


def without_also(text: str) -> str:
    """``text`` without the "also" that answers a sentence before it, when it has one."""
    if "lso" not in text:
        return text
    m = _OPENING.match(text)
    if m:
        rest = text[m.end():]
        return rest[:1].upper() + rest[1:]
    m = _ALSO.search(text)
    if m is None:
        return text
    before = text[:m.start()]
    if len(before.split()) > FIRST_WORDS or _CLAUSE_END.search(before) or not before.strip():
        return text
    if any(q.start() <= m.start() < q.end() for q in QUOTED_SPAN.finditer(text)):
        return text
    if re.search(r"\bnot\s+only\b", before, re.IGNORECASE):
        return text
    return text[:m.start()] + text[m.end():]
