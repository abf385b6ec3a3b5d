"""A match report's result, from the live page's last ticker line.

A BBC match report scraped from its live page often lost the opening sentence that gave the
result ("Egypt beat Uganda 1-0 to ..."), and its ticker, which the desk does not ship, ends on
"Match ends, Egypt 1, Uganda 0.". The result is told again in the copy's words, "Egypt beat
Uganda 1-0." (or "X drew 1-1 with Y."), to lead the body and head the story, when the page
holds exactly one such line, both sides are named in the copy the body ships, and the body
does not tell a score of its own. The checker holds it against that line
(``copydesk.check.scores``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.check.scores import SCORE

_FINAL = re.compile(r"^Match ends,\s(?P<a>[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,3})\s(?P<x>\d{1,2}),\s"
                    r"(?P<b>[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,3})\s(?P<y>\d{1,2})\.")
# a result a plain score does not tell: penalties, an aggregate, extra time, an abandoned match
_NOT_PLAIN = re.compile(r"\b(?:penalt(?:y|ies)\s(?:shoot-?out|shootout)|shoot-?out|on\spenalties|aggregate|away\sgoals|"
                        r"extra\stime|abandon(?:ed|ment)?|postponed|replay)\b", re.IGNORECASE)
# a live page's ticker line (its latest first): one before "Match ends" is a later event than it
_TICKER_LINE = re.compile(r"(?:Goal!|Attempt\s(?:missed|saved|blocked)|Foul by|Corner,|Offside,|Substitution,|"
                          r"(?:First|Second)\sHalf\s(?:begins|ends)|Half\sTime,|Full\sTime,|Delay\s)")


def result_line(sentences: Sequence[str], told: str) -> tuple[str, int] | None:
    """The result as a sentence, and the ticker line it is told from; None when the page holds
    no such line or more than one, when ``told`` (the copy the body ships) does not name both
    sides, or already tells a score of either in one of its sentences."""
    ends = [i for i, s in enumerate(sentences) if s.startswith("Match ends,")]
    if len(ends) != 1 or any(_NOT_PLAIN.search(s) for s in sentences):
        return None  # (two matches on the page, or a result a plain score does not tell)
    i = ends[0]
    m = _FINAL.match(sentences[i].strip())
    if m is None or any(_TICKER_LINE.match(s) for s in sentences[:i]):
        return None  # (the page's latest line is another: the match is still on, or it is another match's)
    a, b, x, y = m.group("a"), m.group("b"), int(m.group("x")), int(m.group("y"))
    if not all(_named(side, told) for side in (a, b)):
        return None
    for line in re.split(r"(?<=[.!?])\s+", told):
        if SCORE.search(line) and (_named(a, line) or _named(b, line)):
            return None  # (the copy tells the score itself)
    if x == y:
        return f"{a} drew {x}-{y} with {b}.", i
    winner, loser, hi, lo = (a, b, x, y) if x > y else (b, a, y, x)
    return f"{winner} beat {loser} {hi}-{lo}.", i


def _named(side: str, told: str) -> bool:
    """Is ``side`` named in ``told``, in full or by one of its words ("Ipswich" for "Ipswich Town")?"""
    return side in told or any(len(w) > 3 and re.search(rf"\b{re.escape(w)}\b", told) for w in side.split())


def is_final_line(line: str) -> bool:
    """Is ``line`` a live page's "Match ends, A x, B y." line, which a result is told from?"""
    return line.startswith("Match ends,") and _FINAL.match(line.strip()) is not None
