"""Whose "her" a line holds: a possessive in a line whose subject, named at its start, the source tells of as a
woman is hers, not someone's before it (``check.context``)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache


def her_subjects(head: str, at: int, women: frozenset[str]) -> bool:
    """Is the "her" at ``head[at:]`` a possessive ("her grievances") in a sentence whose subject, named at its
    start, the source tells of as a woman ("T-Example took to Twitter to air her grievances ...", judges RR 03
    and RU 05: the line was cut as leaning on someone before it)?"""
    after = head[at + 4:].split()[:1]
    if not women or not head.startswith("her", at) or not after or not after[0][:1].islower() \
            or after[0].strip(",.;:") in _NOT_OWNED or after[0].endswith("ly") or _THING_BACK.search(head, 0, at):
        return False  # (nor after a word that leans on a thing told before: "Ms Example said it had enriched her
        # life", where "it" is the tree of the line before)
    subject = list(itertools.takewhile(lambda w: w[:1].isupper(), head.split()[:3]))  # ("Taylor Swift", "T-Swift")
    return bool(subject) and subject[-1].split("-")[-1] in women


# what a "her" before it is not the owner of: an object "her" ("told her that", "gave her a", "left her alone")
_NOT_OWNED = frozenset("""a an the to and or but for in on at with by from up out off down back about as that this
those these alone again too so very when while if because after before into over what how why where who it its""".split())


@lru_cache(maxsize=8)
def women_told(source: tuple[str, ...], surnames: frozenset[str]) -> frozenset[str]:
    """The surnames of ``source`` told of as a woman: in a sentence that names one, "she" follows it, and never
    "he", "his" or "him" (in any such sentence)."""
    she, he = set(), set()
    for sentence in source:
        for surname in surnames:
            at = sentence.find(surname)
            if at < 0:
                continue
            after = sentence[at + len(surname):at + len(surname) + _TOLD_REACH]
            if _SHE.search(after):  # (not "her": "Braun, which owns her former label" is another's)
                she.add(surname)
            if _HE.search(after):
                he.add(surname)
    return frozenset(she - he)


_SHE = re.compile(r"\bshe\b")
_THING_BACK = re.compile(r"\b(?:it|they|them|this|that|these|those|its|their)\b")
_HE = re.compile(r"\b(?:he|his|him)\b")
_TOLD_REACH = 80  # characters after a surname its pronoun is read in
