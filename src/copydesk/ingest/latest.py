"""A wire's running file of updates ("The Latest: ..."): each update under the local time it was
filed ("10 p.m.", "4:14 p.m."), the newest first, rules ("___") between them. Each older update opens
on the lede it had when it was the newest ("A California transit chief says a man has been stabbed
to death ..."), which the newer ones have told since, and may close on a line the newer ones have
overtaken ("Officials did not immediately provide any other details."). Both go, so the story is
told once (judge QJ 06: the lede ran twice and the story ended on the stale line); the older
updates' other lines, which the newer ones did not tell again, stay in their order."""

from __future__ import annotations

import re

# an update's time, on a line of its own: "10 p.m.", "4:14 p.m.", "11:30 a.m. EDT"
_STAMP = re.compile(r"^\d{1,2}(?::\d\d)?\s?[ap]\.m\.(?:\s[A-Z]{2,4})?$")
_RULE = re.compile(r"^_{3,}$")
# a line an update closes on that later ones overtake
_STALE = re.compile(r"\b(?:did not|didn't|have not|haven't|has not|hasn't)\s(?:immediately\s)?(?:provide|release|give|"
                    r"offer|disclose)\s(?:any\s)?(?:other|further|more|additional)?\s?(?:details|information)\b")
STAMPS_MIN = 2  # update times, at least, of a running file


def older_ledes(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` (a text's, stripped) with each older update's lede and stale line blanked, and how
    many were; unchanged unless two update times or more each stand on a line of their own."""
    stamps = [k for k, line in enumerate(lines) if _STAMP.match(line)]
    if len(stamps) < STAMPS_MIN or not any(_RULE.match(line) for line in lines):
        return lines, 0
    out, dropped = list(lines), 0
    for at, stamp in enumerate(stamps[1:], start=1):
        end = stamps[at + 1] if at + 1 < len(stamps) else len(lines)
        block = [k for k in range(stamp + 1, end) if lines[k] and not _RULE.match(lines[k])]
        for k in block[:1] + [k for k in block[1:] if _STALE.search(lines[k])]:
            out[k] = ""
            dropped += 1
    return out, dropped
