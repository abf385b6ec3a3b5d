"""Abbreviations spelled out at first mention, as the source spells them; and a headline's long name
written as the short form the source uses for it (``short_forms``).

A source that writes "Natural Resources Wales (NRW)" once and "NRW" after may lose the
sentence that spelled it out from the rewrite; a reader then meets "NRW" unexplained. At
the rewrite's first "NRW" (outside quotations) the desk writes the source's own words,
"Natural Resources Wales (NRW)", unless the rewrite has already named it. Only an
abbreviation whose capital letters are the initials of the words before its bracket
counts as spelled out ("Scottish Prison Service (SPS)", not "the prison (HMP)"); a
possessive first mention ("NRW's") is left alone, since "Wales (NRW)'s" reads badly.
"""

from __future__ import annotations

import re

from copydesk.engines.spans import whole_word
from copydesk.lexicon import QUOTATION
from copydesk.segment import find_quotes

_DEFINED = re.compile(r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|on|the|in|de)\s+)?){1,8})\(([A-Z]{2,7})\)")
_SMALL = frozenset("of and for on the in de".split())


def definitions(sentences: list[str]) -> dict[str, str]:
    """Each abbreviation the source spells out before a bracket, with its words."""
    out: dict[str, str] = {}
    twice: set[str] = set()  # (spelled out two ways: which one a later mention means is not told)
    for sent in sentences:
        if "(" not in sent:
            continue
        for m in _DEFINED.finditer(sent):
            if m.group(2) in out and not m.group(1).rstrip().endswith(out[m.group(2)]):
                twice.add(m.group(2))
        for m in _DEFINED.finditer(sent):
            acronym = m.group(2)
            if acronym in out or acronym in twice:
                continue
            words = m.group(1).split()
            # the shortest run of words before the bracket whose initials are the letters
            for start in range(len(words) - 1, -1, -1):
                run = words[start:]
                if run[0].lower() in _SMALL:
                    continue
                initials = "".join(w[0] for w in run if w.lower() not in _SMALL).upper()
                if initials == acronym:
                    out[acronym] = " ".join(run)
                    break
                if len(initials) >= len(acronym):
                    break
    return {a: full for a, full in out.items() if a not in twice}


def spell_out(texts: list[str], defined: dict[str, str]) -> list[str]:
    """``texts`` (the rewrite's sentences, in order) with each abbreviation in ``defined``
    (``definitions`` of the source) written in full at its first mention."""
    if not defined:
        return texts
    out: list[str] = []
    said = ""
    done: set[str] = set()
    for text in texts:
        quoted: list[tuple[int, int]] | None = None  # found once a text holds an abbreviation
        for acronym, full in defined.items():
            if acronym in done or acronym not in text:
                continue
            if quoted is None:
                quoted = [(q.start - 1, q.end + 1) for q in find_quotes(text)]
            for start in whole_word(text, acronym):  # (``\bACRONYM\b``: it is capital letters)
                end = start + len(acronym)
                if any(a <= start < b for a, b in quoted):
                    continue
                done.add(acronym)
                if full in said or full in text[:start] or text[end:end + 1] in ("'", "’") \
                        or text[max(0, start - 1):start] == "(":
                    break  # already named, a possessive, or spelled out here
                text = text[:start] + f"{full} ({acronym})" + text[end:]
                quoted = None  # (the offsets moved)
                break
        out.append(text)
        said += " " + text
    return out


_IN_NAME = re.compile(r"\s[A-Z][a-z]")  # ("ABC Radio": the letters are part of a name)
# abbreviations a headline keeps as they are, however the source spells them out
KNOWN = frozenset("BBC NHS UK US USA EU UN FBI CIA NASA NATO MP MPs AIDS HIV ISIS DNA CEO".split())


def acronyms_spelled(head: str, defined: dict[str, str], most: int = 14) -> str:
    """``head`` (a sentence a headline is written from) with each abbreviation the source spells
    out written in full ("TLP disputed NRW's figures" -> "Tidal Lagoon Power disputed Natural
    Resources Wales's figures"), as long as it stays within ``most`` words; a well-known one
    ("BBC", "NHS") stays, and one inside a quotation."""
    if not any(a in head for a in defined):
        return head
    quoted = [(q.start - 1, q.end + 1) for q in find_quotes(head)]
    for acronym, full in defined.items():
        if acronym in KNOWN or len(acronym) < 3 or acronym not in head:
            continue  # (well known; or "AM", "PM": short letters read as words)
        for start in whole_word(head, acronym):
            words = len(head.split()) - 1 + len(full.split())
            end = start + len(acronym)
            if words <= most and head[max(0, start - 1):start] != "(" and full not in head \
                    and not any(a <= start < b for a, b in quoted) and not _IN_NAME.match(head, end):
                head = head[:start] + full + head[end:]
                quoted = [(q.start - 1, q.end + 1) for q in find_quotes(head)]
            break
    return head


# a run of two or more capitalised words in a headline, a hyphened part each its own ("Paris Saint-Germain")
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:of |and |for )?[A-Z][a-z]+)+\b")
_CAPITALS = re.compile(r"\b[A-Z]{2,6}\b")


def short_forms(head: str, sentences: list[str], defined: dict[str, str]) -> str:
    """``head`` with each name of two words or more written as the short form the source uses for it, its
    capitals the name's initials ("Paris Saint-Germain" -> "PSG", when the source writes "PSG" too): a headline
    too long with the name in full ("Barcelona Star Neymar Feels Champions League Tie With Paris Saint-Germain
    Will Prove ..."), as a sports page or a wire writes it. Only a short form the source itself writes, outside
    a quotation's words too (a reader has met it), and none it defines as another name's (``defined``: its
    ``definitions``)."""
    used: dict[str, int] = {}
    for sent in sentences:
        for m in _CAPITALS.finditer(QUOTATION.sub(" ", sent) if "'" in sent or '"' in sent or "“" in sent else sent):
            used[m.group(0)] = used.get(m.group(0), 0) + 1
    if not used:
        return head
    spans = []
    for m in _NAME_RUN.finditer(head):
        parts = re.split(r"[ -]", m.group(0))
        initials = "".join(p[0] for p in parts if p not in _SMALL)
        if used.get(initials, 0) < 2 or len(initials) < 2 or initials in defined and _bare(defined[initials]) != _bare(m.group(0)):
            continue  # (not a short form the source defines as another name's)
        spans.append((m.start(), m.end(), initials))
    for start, end, short in reversed(spans):
        head = head[:start] + short + head[end:]
    return head


def _bare(name: str) -> str:
    return " ".join(w for w in re.split(r"[ -]", name.lower()) if w not in _SMALL)
