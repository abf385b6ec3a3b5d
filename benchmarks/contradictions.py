"""Planted contradictions for benchmarks/check.py: every word of the sentence stays a word of
its article, but the claim is no longer the article's.

Kinds: antonym ("rose" for "fell"), negation (a "not" put in or taken out), person (a
person of the article put in another's place), number, year, weekday and time unit, each
swapped for another value of the same article. Quoted words are left alone (the quote
check owns them). ``control`` makes a neutral edit of an untouched sentence (so that it is
no longer verbatim and every check runs) to count false flags.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from copydesk.check import claims, opposites
from copydesk.check.claims import commonness
from copydesk.check.frames import UNITS
from copydesk.segment import find_quotes

KINDS = ("antonym", "negation", "person", "number", "year", "weekday", "time")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORD = re.compile(r"[A-Za-z]+(?:_[a-z]+)?")
_AUX = re.compile(r"\b(is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|must)\b")
_NEGATED = re.compile(r"\b(is|are|was|were|has|have|had|will|would|could|should|did|does|do|must)"
                      r"(?: not|n't)\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_PERSON = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b")


def _free(sent: str) -> list[tuple[int, int]]:
    """The spans of ``sent`` outside quotations."""
    quoted = [(q.start - 1, q.end + 1) for q in find_quotes(sent)]
    out, last = [], 0
    for a, b in sorted(quoted):
        out.append((last, max(a, last)))
        last = max(last, b)
    out.append((last, len(sent)))
    return out


def _outside(sent: str, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in _free(sent))


def _case(like: str, word: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def plant_antonym(sent: str, article: str, rng: random.Random) -> str | None:
    words = set(re.findall(r"[a-z]+", article.lower()))
    options = []
    for m in _WORD.finditer(sent):
        w = m.group(0).lower()
        for pair, side in opposites.sides(w):
            if opposites.kind_of(pair) != "antonym" or not _outside(sent, m.start(), m.end()):
                continue
            other = [x for x, places in opposites.GROUPS.items() if (pair, 1 - side) in places
                     and "_" not in x and x[-2:] == w[-2:] and commonness(x) >= 2.5] or \
                    [x for x, places in opposites.GROUPS.items() if (pair, 1 - side) in places
                     and "_" not in x and commonness(x) >= 2.5]
            seen = [x for x in other if x in words]
            if other:
                options.append((m, rng.choice(seen or other)))
    if not options:
        return None
    m, new = rng.choice(options)
    return sent[:m.start()] + _case(m.group(0), new) + sent[m.end():]


def plant_negation(sent: str, article: str, rng: random.Random) -> str | None:
    m = _NEGATED.search(sent)
    if m and _outside(sent, m.start(), m.end()):
        return sent[:m.start()] + m.group(1) + sent[m.end():]
    found = [m for m in _AUX.finditer(sent) if _outside(sent, m.start(), m.end() + 3)
             and not sent[m.end():m.end() + 5].startswith((" not", "n't"))
             and not re.match(r"\s+(?:only|just)\b", sent[m.end():])]
    if not found:
        return None
    m = rng.choice(found)
    return sent[:m.end()] + " not" + sent[m.end():]


def people(article: str) -> list[str]:
    """People of the article: "First Last" names whose surname the article also uses alone,
    or that stand next to "said"; no word of them an everyday word ("New", "Police")."""
    found = Counter(m.group(1) for m in _PERSON.finditer(article))
    out = []
    for name in found:
        words = name.split()
        if any(commonness(w.lower()) >= 4.6 for w in words):
            continue
        alone = re.search(rf"(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)\b{re.escape(words[-1])}\b(?!\s[A-Z])", article)
        speaks = re.search(rf"{re.escape(name)},?(?:\s\w+){{0,3}}\s(?:said|says|told)|(?:said|says)\s{re.escape(name)}",
                           article)
        if alone or speaks:
            out.append(name)
    return out


def plant_person(sent: str, article: str, rng: random.Random) -> str | None:
    everyone = people(article)
    surnames = sorted({p.split()[-1] for p in everyone})
    options = []
    for p in everyone:
        for m in re.finditer(rf"\b{re.escape(p)}\b", sent):
            if _outside(sent, m.start(), m.end()):
                others = [q for q in everyone if not set(q.split()) & set(p.split())]
                if others:
                    options.append((m, rng.choice(others)))
    if not options:  # a surname alone
        for s in surnames:
            for m in re.finditer(rf"(?<![A-Z][a-z] )\b{re.escape(s)}\b", sent):
                others = [x for x in surnames if x != s]
                if others and _outside(sent, m.start(), m.end()):
                    options.append((m, rng.choice(others)))
    if not options:
        return None
    m, new = rng.choice(options)
    return sent[:m.start()] + new + sent[m.end():]


def _value(span: str) -> object:
    found = claims.numbers(span, with_years=True)
    return found[0].value if found else span.lower()


def _swap(sent: str, article: str, pattern: re.Pattern, rng: random.Random) -> str | None:
    """Swap a match of ``pattern`` for another of the article's with another value."""
    values = {m.group(0) for m in pattern.finditer(article)}
    options = [m for m in pattern.finditer(sent) if _outside(sent, m.start(), m.end())]
    rng.shuffle(options)
    for m in options:
        digits = m.group(0)[0].isdigit()  # digits for digits, number words for number words
        others = sorted(v for v in values if _value(v) != _value(m.group(0)) and v[0].isdigit() == digits)
        if others:
            return sent[:m.start()] + rng.choice(others) + sent[m.end():]
    return None


_PLAIN_NUMBER = re.compile(
    r"(?<![\w.,$£€:-])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,.]?\d)(?!:\d)"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b")


def plant_number(sent: str, article: str, rng: random.Random) -> str | None:
    return _swap(sent, article, _PLAIN_NUMBER, rng)


def plant_year(sent: str, article: str, rng: random.Random) -> str | None:
    return _swap(sent, article, _YEAR, rng)


def plant_weekday(sent: str, article: str, rng: random.Random) -> str | None:
    return _swap(sent, article, re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b"), rng)


def plant_time(sent: str, article: str, rng: random.Random) -> str | None:
    pattern = re.compile(r"\b(?:" + "|".join(UNITS) + r")\b")
    units = {UNITS[m.group(0)] for m in pattern.finditer(article.lower())}
    options = [m for m in pattern.finditer(sent) if _outside(sent, m.start(), m.end())]
    rng.shuffle(options)
    for m in options:
        others = sorted(u for u in units if u != UNITS[m.group(0)])
        if others:
            new = rng.choice(others)
            if m.group(0) != UNITS[m.group(0)]:  # keep the plural
                new = {"century": "centuries"}.get(new, new + "s")
            return sent[:m.start()] + new + sent[m.end():]
    return None


PLANTERS = {"antonym": plant_antonym, "negation": plant_negation, "person": plant_person,
            "number": plant_number, "year": plant_year, "weekday": plant_weekday, "time": plant_time}


_DROPPABLE = re.compile(r"\b(?:also|just|still|already|now|very|really|recently|currently|reportedly|"
                        r"[a-z]{4,}ly)\s", re.I)


def control(sent: str) -> str | None:
    """A neutral edit, so that the sentence is no longer verbatim source text; None when
    no edit of these keeps its meaning: "said"/"says", a leading connective or an adverb dropped."""
    for a, b in ((r"\bsaid\b", "says"), (r"\bsays\b", "said")):
        m = re.search(a, sent)
        if m and _outside(sent, *m.span()):
            return sent[:m.start()] + b + sent[m.end():]
    m = re.match(r"(But|And|However,|Meanwhile,|Also,|So) ", sent)
    if m:
        rest = sent[m.end():]
        return rest[:1].upper() + rest[1:]
    for m in _DROPPABLE.finditer(sent):
        if m.group(0).lower() not in ("only ", "early ") and _outside(sent, *m.span()):
            return sent[:m.start()] + sent[m.end():]
    return None
