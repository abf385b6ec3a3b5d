"""An interview set as a transcript: each turn a line that opens on its speaker's label
("Prof. Jo Example: ...", "Sam: ...", "Q: ..."), two speakers or more taking turns.

A label there is the turn's attribution, not a picture's ("Pictured: ..."): the turn ships
whole with its label or not at all. Cut apart, its lines after the first would ship as no
one's, or as the other speaker's (judge QB 10 of session 53: an interviewer's "Give my regards
to the readers who follow your work" read as the guest's own words once the labels went).
``turns_joined`` makes each turn one line in ``desk.prepare``; ``speaker_labels`` tells the
roles that its label is a speaker's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# a speaker's label: a name of up to three words (a title's stop allowed: "Prof. Carlos"), or Q / A
_LABEL = re.compile(r"(?P<label>(?:[A-Z][\w'’-]*\.?\s){0,2}[A-Z][\w'’-]*|Q|A):\s+\S")
# labels that are a page's, not a speaker's
_NOT_SPEAKERS = frozenset("""Pictured Picture Photo Photos Image Images Video Watch Above Below Left Right Inset
    Top Bottom Update Updated Note Source Sources Related Read More Credit Caption Editor Correction Clarification
    Warning Spoilers Spoiler Listen Also See Tags Filed Posted Published Share Follow Subscribe Price Prices
    Cost Where When What Who Why How Verdict Rating Pros Cons Address Tel Phone Email Web Website Contact
    Ingredients Method Serves Step Tip Tips Summary Key Keywords Highlights Background Analysis Comment Opinion
    Exclusive Breaking Live Latest Today Yesterday New Goals Booked Replacements Manager Tries Subs Substitutes
    Referee Attendance Scorers Scorer Team Teams Penalties Conversions Venue Bench Result Results Score""".split())
# what a speaker says: words of prose (a word in lower case of three letters or more), a sentence's end with
# no stop set apart from it ("Goals: Smith 30, 43 ." and "Manager: Jo Example 7." are a box's rows)
_SPOKEN = re.compile(r"(?=.*\b[a-zà-ÿ]{3,}\b)(?!.*\s\.\s*$).*[\w.!?…\"”’)]\s*$")
TURNS_MIN = 4  # labelled lines, at least, of a transcript
SPEAKERS_MIN = 2  # speakers, at least, each labelling two lines or more


def speaker_labels(lines: Sequence[str]) -> frozenset[str]:
    """The speakers' labels of a transcript among ``lines`` (each a source line or sentence), or none
    when the lines are no transcript: at least two labels that each open two lines of prose or more,
    four such lines in all, taking turns, and one of them a question."""
    said = [(m.group("label"), line) for line in lines if ":" in line[:40] and (m := _LABEL.match(line))
            and m.group("label").split()[0].rstrip(".") not in _NOT_SPEAKERS and _SPOKEN.match(line, m.end() - 1)]
    repeated = {label: n for label, n in Counter(label for label, _ in said).items() if n >= 2}
    if len(repeated) < SPEAKERS_MIN or sum(repeated.values()) < TURNS_MIN:
        return frozenset()
    turns = [label for label, _ in said if label in repeated]
    if 2 * sum(a != b for a, b in zip(turns, turns[1:], strict=False)) < len(turns) - 1:
        return frozenset()  # (the speakers take turns: not a list's labels, "New Release: ... | New Release: ...")
    if not any(line.rstrip(" \"'”’").endswith("?") for _, line in said):
        return frozenset()  # (and one asks: not pictures' captions labelled by place, "Northtown: A car is ...", rev53)
    return frozenset(label for label, _ in said)  # (a speaker heard once too: "Fan: ...")


def opens_turn(line: str, labels: frozenset[str]) -> bool:
    """Does ``line`` open on one of the speakers' ``labels``?"""
    m = _LABEL.match(line) if labels and ":" in line[:40] else None
    return m is not None and m.group("label") in labels


def turns_joined(sentences: list[str], paragraphs: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """``sentences`` with each transcript turn (a source paragraph that opens on a speaker's label)
    made one line, and ``paragraphs`` (sentence indices per source paragraph) renumbered."""
    if [i for p in paragraphs for i in p] != list(range(len(sentences))):
        return sentences, paragraphs  # (paragraphs that do not tile the sentences in order: nothing to join)
    labels = speaker_labels([sentences[p[0]] for p in paragraphs if p])
    if not labels:
        return sentences, paragraphs
    out: list[str] = []
    renumbered: list[list[int]] = []
    for para in paragraphs:
        if len(para) > 1 and opens_turn(sentences[para[0]], labels):
            renumbered.append([len(out)])
            out.append(" ".join(sentences[i] for i in para))
        else:
            renumbered.append(list(range(len(out), len(out) + len(para))))
            out.extend(sentences[i] for i in para)
    return out, renumbered
