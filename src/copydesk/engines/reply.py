"""The other side's answer: a story that prints one party's criticism of another keeps the
answer the source gives ("NRW said it strongly disagreed with TLP's criticism").

An editor never runs an attack without the reply the reporter got. ``reply`` finds the
sentence in which a party the body already names rejects, denies or disputes what was
said of it, so the desk can close the body with it when the ranking left it out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_WHO = r"(?P<who>(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*)"
_ANSWER = r"(?:disagreed|disagrees|denied|denies|rejected|rejects|disputed|disputes|refuted|refutes|dismissed|dismisses)"
_REPLY = re.compile(
    r"^(?:(?:A|The)\s+(?:spokesman|spokeswoman|spokesperson)\s+for\s+)?" + _WHO +
    r"(?:,\s[^,]{3,60},)?\s+(?:(?:has|have)\s+)?(?:"
    r"(?:said|says)\s+(?:that\s+)?(?:it|he|she|they)\s+(?:(?:strongly|firmly|categorically|totally|completely)\s+)?"
    + _ANSWER + r"|" + _ANSWER +
    r"\s+(?:the\s+|these\s+|all\s+|any\s+)?(?:claims?|allegations?|criticisms?|accusations?|suggestions?|reports?|"
    r"figures|findings|charges?)|(?:said|says)\s+(?:the\s+)?(?:claims?|allegations?|criticisms?|accusations?)\s+(?:were|was|are|is)\s+"
    r"(?:false|untrue|wrong|baseless|unfounded|inaccurate|misleading))\b")
# the party's own statement through its spokesman, in a story that accuses it: "A Starbucks spokesman
# said: 'We comply with all relevant tax rules ...'" (the party must be one the body names)
_SPOKESMAN = re.compile(r"^(?:A|An|The)\s+" + _WHO + r"\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+"
                        r"(?:said|says|added)\b")
# what a story that accuses a party holds
_ACCUSES = re.compile(r"\b(?:accused|accusations?|allegations?|alleged(?:ly)?|criticised|criticized|probe|"
                      r"investigation|investigated|scandal|claims? that)\b", re.IGNORECASE)
# what every match of ``_REPLY`` holds (``_REPLY`` reads case as written: the lowercased text holds them too)
_HINTS = ("disagree", "denie", "reject", "disput", "refut", "dismiss", "false", "untrue", "wrong", "baseless",
          "unfounded", "inaccurate", "misleading")


def reply(sentences: Sequence[str], body: str, may_close: Callable[[int], bool]) -> int | None:
    """The first sentence in which a party named in ``body`` answers what was said of it,
    when it is not in the body already and ``may_close(i)`` holds; else None."""
    low = "\n".join(sentences).lower()
    if "spokes" in low and _ACCUSES.search(body):
        for i, sent in enumerate(sentences):
            m = _SPOKESMAN.match(sent) if sent[:1] in "AT" else None
            if m and m.group("who") in body and sent not in body and len(sent.split()) <= 45 and may_close(i):
                return i
    if not any(h in low for h in _HINTS):
        return None  # (most stories: no sentence holds a word of an answer)
    for i, sent in enumerate(sentences):
        low = sent.lower()
        if not any(h in low for h in _HINTS) or sent in body or len(sent.split()) > 35:
            continue
        m = _REPLY.match(sent)
        if m is None:
            continue
        who = m.group("who")
        if who.split()[0] in ("The", "A", "An") or who not in body or not may_close(i):
            continue
        return i
    return None
