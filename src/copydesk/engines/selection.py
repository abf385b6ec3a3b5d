"""What the summary and the body leave out of what they would tell: a figure a chosen sentence
told already, in much the same words ("up to £2,700 for one eye" | "charging up to £2,700"), and
the paper's own question as the body's last line (its answer did not ship)."""

from __future__ import annotations

import re

from copydesk.gazetteer import is_place_word
from copydesk.lexicon import MONTHS
from copydesk.model import Sentence


def no_question_last(body: list[list[Sentence]]) -> list[list[Sentence]]:
    """``body`` not ending on the paper's own question ("How would he respond?", a subhead's "What
    are the issues?", a related story's "Why is Saudi Arabia bombing Yemen?"): its answer, if any,
    did not ship. A speaker's question in marks stays."""
    asked = False
    while len(body) > 1 or body and len(body[-1]) > 1:
        last = body[-1][-1].text.rstrip()
        if (not last.endswith("?") or last[:1] in "\"“‘'" or any(c in last for c in "\"“”‘")
                or last[-2:-1] in "'’") and not (asked and _POINTS_ON.match(last)):
            break  # (a quotation's: marks around it, or a single mark closing it)
        asked = True  # (and the line that pointed on to the question goes with it: "Think about it.")
        body[-1].pop()
        if not body[-1]:
            body.pop()
    return body


# a writer's line that points on to the question after it: "Think about it.", "Consider this:"
_POINTS_ON = re.compile(r"(?:Think about (?:it|this|that)|Consider (?:this|that)|Ask yourself(?: this)?|Just think|"
                        r"Here['’]s (?:the thing|the question|why|a question))[.:!]?$")


# a figure that says something on its own: money, a share, or a number of four digits or more
FIGURE = re.compile(r"[£$€]\s?\d(?:[\d,.]*\d)?(?:\s?(?:m|bn|k|million|billion)\b)?|\b\d(?:[\d,.]*\d)?\s?(?:%|per\s?cent\b)"
                     r"|\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b")


def told_again(sentence: str, other: str) -> bool:
    """Does ``sentence`` tell a figure ``other`` told, in much the same words (a third of the
    shorter one's longer words)?"""
    if not figures(sentence) & figures(other):
        return False
    a, b = ({w for w in re.findall(r"[\w£$€%]+(?:[,.]\d+)*", t.lower()) if len(w) > 3} for t in (sentence, other))
    return len(a & b) >= 0.3 * min(len(a), len(b))


def figures(sentence: str) -> set[str]:
    return {re.sub(r"\s", "", m.group(0)) for m in FIGURE.finditer(sentence)
            if not re.fullmatch(r"(?:19|20)\d\d", m.group(0))}  # (a year is no figure of the news)


# a sentence that moves the story to another time or another case opens a paragraph: "Last month an
# angry mob ...", "Elsewhere, ...", "In 2013, ..." (the source's paragraph breaks were lost upstream)
NEW_SCENE = re.compile(r"(?:Last|Earlier this|Earlier last|Later that)\s(?:week|month|year|summer|winter|spring|autumn)\b"
                       r"|(?:Elsewhere|Separately|In a separate (?:case|incident)),?\s|In (?:19|20)\d\d,?\s"
                       # (the story's next scene, later or earlier that day: "Later the Duke of Cambridge gave Prince
                       # George ... a tour of a helicopter", judge RK 11; not "Earlier reports suggested ...")
                       r"|Later,?\s(?!on\b)|Earlier,\s|Afterwards,?\s")
# (and a name after the comma: "In Cleveland, James finished ..."; not "In Manchester, they rose ...",
# "In Paris, the ministry ...", which go on with what came before)
_IN_PLACE = re.compile(r"In\s(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s(?!(?:The|This|That|These|Those|It|He|She|They|"
                       r"We|I|His|Her|Its|Their|Our|A|An|But|And|So|Yet|Also|Too)\b)[A-Z][a-z]")


def new_scene(sentence: str) -> bool:
    """Does ``sentence`` move the story to another time, case or town ("In Cleveland, James
    finished with 20 points" after another game's lines)?"""
    if NEW_SCENE.match(sentence):
        return True
    m = _IN_PLACE.match(sentence)
    if m is None:
        return False
    key = m.group("place").lower()
    if key in MONTHS:
        return False  # "In March, ..." (a town in Cambridgeshire too)
    return is_place_word(key)


def at_least_three(paragraphs: list[list[int]], starts: set[int] | None = None) -> list[list[int]]:
    """Split the longest paragraphs until there are three, where sentences allow; with
    ``starts`` (the first sentences of units), only where a unit begins."""
    paragraphs = [p for p in paragraphs if p]
    while len(paragraphs) < 3:
        best = None
        for k, para in sorted(enumerate(paragraphs), key=lambda kp: -len(kp[1])):
            cuts = [c for c in range(1, len(para)) if starts is None or para[c] in starts]
            if cuts:
                best = (k, min(cuts, key=lambda c: abs(c - len(para) / 2)))
                break
        if best is None:
            break
        k, cut = best
        para = paragraphs[k]
        paragraphs[k: k + 1] = [para[:cut], para[cut:]]
    return paragraphs
