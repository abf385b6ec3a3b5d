"""Match results: who beat whom, and by what score.

A sentence that tells a result ("Uganda beat Egypt 1-0", "Egypt drew 1-1 with Uganda") passes
the number check when both figures stand anywhere in the source ("a 1-0 victory over Mali")
and the name check when both sides are named: neither reads the result. Here each result the
rewrite tells is read as (winner, loser, score) or (side, side, draw), and held against the
results the source tells of the same two sides: in the same words, or on a live page's ticker
("Match ends, Egypt 1, Uganda 0."). A result the source tells of those two sides otherwise is
a problem; one the source tells of no pair of those sides is left to the other checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copydesk.model import Problem

_SIDE = r"(?:[A-Z][\w'’&-]*)(?:\s(?:[A-Z][\w'’&-]*|of|de|and))*?"
_SCORE = r"(?P<hi>\d{1,2})\s?[-–]\s?(?P<lo>\d{1,2})"
# (in a headline's Title Case too: "Egypt Beat Uganda 1-0")
_WON = r"(?i:beat|beats|defeated|defeats|thrashed|hammered|edged|edged out|overcame|crushed|routed|saw off|swept aside)"
_LOST = r"(?i:lost|lose|loses|went down|fell)"
_DREW = r"(?i:drew|draw|draws|held)"
# "Egypt beat Uganda 1-0", "Uganda lost 1-0 to Egypt", "Egypt won 1-0 against Uganda", "Egypt drew 1-1 with Uganda"
_RESULTS = (
    ("won", re.compile(rf"(?P<a>{_SIDE})\s(?:{_WON})\s(?P<b>{_SIDE})\s{_SCORE}\b")),
    ("won", re.compile(rf"(?P<a>{_SIDE})\s(?i:won|win|wins)\s{_SCORE}\s(?i:against|over|at|away at|at home to)\s(?P<b>{_SIDE})\b")),
    ("lost", re.compile(rf"(?P<a>{_SIDE})\s(?:{_LOST})\s{_SCORE}\s(?i:to|at|against)\s(?P<b>{_SIDE})\b")),
    ("drew", re.compile(rf"(?P<a>{_SIDE})\s(?:{_DREW})\s{_SCORE}\s(?i:with|against|at|by)\s(?P<b>{_SIDE})\b")),
    ("drew", re.compile(rf"(?P<a>{_SIDE})\s(?:{_DREW})\s(?P<b>{_SIDE})\s{_SCORE}\b")),
)
# a live page's last line: "Match ends, Egypt 1, Uganda 0."
_TICKER = re.compile(rf"Match ends,\s(?P<a>{_SIDE})\s(?P<x>\d{{1,2}}),\s(?P<b>{_SIDE})\s(?P<y>\d{{1,2}})\.")
_ANY_SCORE = re.compile(r"\d\s?[-–]\s?\d")
SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")  # a score as a sentence writes it ("1-0", "2 – 1")
_SMALL = frozenset("of de and the fc afc".split())
# what a club's name may add to its short form ("Ipswich Town" for "Ipswich"), and no more: not
# "Under-21s", "Women", "City" for "United"
_NAME_TAILS = frozenset("town city united county rovers athletic wanderers albion fc afc".split())
_NOT_THE_RESULT = re.compile(r"\s(?:on\s(?:penalties|pens|aggregate|away goals)|in\s(?:a|the)\s(?:penalty\s)?shoot-?out|"
                             r"after\sextra\stime|aet)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Result:
    winner: str  # (on a draw, either side)
    loser: str
    score: tuple[int, int]  # the winner's first
    draw: bool

    def told(self) -> str:
        if self.draw:
            return f"{self.winner} {self.score[0]}-{self.score[1]} {self.loser}"
        return f"{self.winner} beat {self.loser} {self.score[0]}-{self.score[1]}"


def results(text: str) -> list[Result]:
    """The results ``text`` tells in the forms above."""
    if "Match ends" not in text and not _ANY_SCORE.search(text):
        return []  # (most texts tell no score: one scan)
    out: list[Result] = []
    # (each form read only in the stretch of text round a score, where a result can stand)
    spans = [(max(0, m.start() - _BEFORE), m.end() + _AFTER) for m in _ANY_SCORE.finditer(text)]
    windows = [text[a:b] for a, b in _merged(spans)]
    for kind, pattern in _RESULTS:
        for m in (m for w in windows for m in pattern.finditer(w)):
            if _NOT_THE_RESULT.match(m.string, m.end()):
                continue  # "won 4-3 on penalties", "2-1 on aggregate": no match's score
            hi, lo = int(m.group("hi")), int(m.group("lo"))
            a, b = m.group("a"), m.group("b")
            if kind == "drew":
                if hi == lo:
                    out.append(Result(a, b, (hi, lo), True))
                continue
            hi, lo = max(hi, lo), min(hi, lo)
            if hi == lo:
                continue
            out.append(Result(a, b, (hi, lo), False) if kind == "won" else Result(b, a, (hi, lo), False))
    for m in _TICKER.finditer(text) if "Match ends" in text else ():
        x, y = int(m.group("x")), int(m.group("y"))
        a, b = m.group("a"), m.group("b")
        out.append(Result(a, b, (x, y), True) if x == y else
                   Result(a, b, (x, y), False) if x > y else Result(b, a, (y, x), False))
    return out


_BEFORE, _AFTER = 160, 120  # (characters read round a score: two sides' names and the verb between)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _words(side: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[\w'’&-]+", side) if w.lower() not in _SMALL)


def _same(a: str, b: str) -> bool:
    """The same side: the same words, or one's words and a club name's tail ("Ipswich Town")."""
    x, y = _words(a), _words(b)
    return bool(x & y) and (x == y or (x < y and y - x <= _NAME_TAILS) or (y < x and x - y <= _NAME_TAILS))


def _agrees(mine: Result, theirs: Result) -> bool | None:
    """Does ``theirs`` tell ``mine`` (None: another pair of sides)?"""
    if _same(mine.winner, theirs.winner) and _same(mine.loser, theirs.loser):
        return mine.draw == theirs.draw and mine.score == theirs.score
    if _same(mine.winner, theirs.loser) and _same(mine.loser, theirs.winner):
        return mine.draw and theirs.draw and mine.score == theirs.score
    return None


def check_scores(text: str, source: list[Result], problems: list[Problem]) -> set[str]:
    """A problem for each result in ``text`` that the source's results (``source``) tell
    otherwise of the same sides; the figures of those it tells alike are returned."""
    confirmed: set[str] = set()
    if not source:
        return confirmed
    for mine in results(text):
        told = [(theirs, _agrees(mine, theirs)) for theirs in source]
        if any(ok for _, ok in told):
            confirmed.update(str(n) for n in mine.score)
            continue
        other = next((theirs for theirs, ok in told if ok is False), None)
        if other is not None:
            problems.append(Problem("number", f"the result: the source has {other.told()}", mine.told()))
    return confirmed
