"""Who a summary's references point to, read within the summary itself.

A model's summary is often copied from the source piece by piece, and a piece that
opens on "he", "the teen" or "Mr Pryce" carries a reference that the summary must
resolve by itself: a reader of the summary has only the sentences before it. These
rules read a passage (a summary, a body) with no provenance, and work on lowercased
text as well as cased, since they read only pronouns, titles and the names the source
itself treats as people:

* a he/she or "the <person word>" opening a sentence whose next words the source says
  of one named person, while the sentence before it in the passage names only others
  ("daniel ortez , 29 , reached the summit . he was raised by his grandparents ..." where
  the source says "Mr Pryce, who was raised by his grandparents"): the reference now
  points to someone else;
* a he/she opening words the source says only after "one", "some", "they" or "it"
  ("she said that he had carried her pack" for "One said that ...");
* a titled surname ("mr pryce") that no earlier sentence of the passage introduces;
* a sentence opening on "he" where the passage before names only women, or on "she"
  where it names only men, as the source gives their sex: the pronoun has no
  antecedent in the passage; likewise a "they" where the passage before names no plural,
  group or "X and Y".

A text that a sentence splitter left whole (lowercased model output) is read as the
sentences it holds.

People are the source's name runs (``check.context.full_names``) that the source
treats as people: given a title or an age (", 32,"), or a speech verb ("Pryce said").
A person's sex is what their titles and the personal pronouns right after them say.
All of it is a ``context`` problem.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from copydesk.check.context import full_names
from copydesk.check.speakers import strip_quotes
from copydesk.lexicon import (
    FEMALE,
    FEMALE_TITLES,
    MALE,
    MALE_TITLES,
    PERSON_WORDS,
    SPEECH_VERBS,
    STOPWORDS,
    flat,
    stem,
    tokens,
)
from copydesk.model import Problem

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

# Words a sentence may open with before its subject ("Now he ...", "But the teen ...").
OPENERS = frozenset("now but and then so yet however meanwhile later".split())
# Words for a group, that a "they" may stand for.
GROUPS = frozenset("people police men women children staff team family couple pair crew both".split())
# Subjects that are no one person: a he/she may not stand for them.
INDEFINITE = frozenset("""one some many others someone somebody anyone anybody they we i you both each
neither none all few several most it""".split())
MODALS = frozenset("might may could would will should must can".split())
# How many words after the reference must stand in the source as they stand here.
RUN = 4
# How far back (in words) the source's own "he" or "the teen" is resolved to a name.
LOOKBACK = 80
TITLES = frozenset(t.lower() for t in MALE_TITLES | FEMALE_TITLES) - {"lord", "lady", "dame", "sir"}
_SAID = re.compile(r"(?:'s|’s)?\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
_AGE = re.compile(r"\s*,\s*\d{1,2}\s*,")
# where a "sentence" that a splitter left whole (lowercased text) really ends
# (" ." as tokenised text writes it, or a stop after a word; never inside "j.r. smith")
_STOP = re.compile(r"(?:(?<=\s[.!?])|(?<=[a-z]{3}[.!?]))\s+(?=[a-z`'\"‘“])")
_PRONOUN = re.compile(r"\b(he|his|him|she|her)\b")
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]*)\.?\s+$")
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+$")


@dataclass(frozen=True)
class People:
    """The source's people: each name word (lowercased) -> the person's surname, and their sex."""

    word: dict[str, str]
    sex: dict[str, str | None]


_PEOPLE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def people(index: SourceIndex) -> People:
    """The people of ``index``'s source (built once per index)."""
    got = _PEOPLE.get(index)
    if got is None:
        got = _PEOPLE[index] = _people(index)
    return got


def _people(index: SourceIndex) -> People:
    text = " ".join(index.sentences)
    # words the source writes in lower case more often than with a capital ("with", "open")
    cased = Counter(w for w in text.split() if w[:1].isupper())
    lowered = {w for w, n in Counter(text.split()).items()
               if w[:1].islower() and n > cased.get(w[:1].upper() + w[1:], 0)}
    words: dict[str, set[str]] = {}
    sex: dict[str, str | None] = {}
    # ("Lisbon With": a name run that ran on into the next sentence is no person, nor is
    # "Marsh's Everest")
    names = {surname: fulls for surname, fulls in full_names(index.sentences).items()
             if surname.lower() not in STOPWORDS and surname.lower() not in lowered
             and not any(w.endswith(("'s", "’s")) for _, n in fulls for w in n.split()[:-1])}
    if not names:
        return People({}, {})
    evidence: dict[str, list[int]] = {s: [0, 0, 0] for s in names}  # person?, male, female
    alternation = "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
    for m in re.finditer(r"\b(" + alternation + r")\b(?=(.{0,40}))", text):
        got = evidence[m.group(1)]
        title = _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        before, after = (title.group(1) if title else ""), m.group(2)
        if before in MALE_TITLES:
            got[0], got[1] = 1, got[1] + 2
        elif before in FEMALE_TITLES:
            got[0], got[2] = 1, got[2] + 2
        if _AGE.match(after) or _SAID.match(after) or _SAID_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            got[0] = 1
        pm = _PRONOUN.search(after, 0, 30)
        if pm:
            got[1 if pm.group(1) in ("he", "his", "him") else 2] += 1
    for surname, fulls in names.items():
        person, male, female = evidence[surname]
        if not person:
            continue  # pronouns alone do not make a person: "the Harbour Board ... he"
        key = surname.lower()
        sex[key] = "m" if male > 2 * female else "f" if female > 2 * male else None
        for _, name in fulls:
            for w in tokens(name)[-2:]:  # first name and surname, not "Australian" before them
                if w not in STOPWORDS and w not in lowered:
                    words.setdefault(w, set()).add(key)
    return People({w: next(iter(s)) for w, s in words.items() if len(s) == 1}, sex)


def _source_referent(index: SourceIndex, who: People, at: int) -> str | None:
    """The person the source says the words at stem position ``at`` of: the name right
    before them ("Mr Pryce, who was ..."), or, after a "he" or "the teen", the name the
    source gave last."""
    words = index.word_sequence
    b = at - 1
    while b >= 0 and words[b] in ("who", "had", "has"):
        b -= 1
    if b < 0 or words[b] is None:
        return None
    w = words[b]
    if w in who.word:
        return who.word[w]
    if w in ("he", "she") or (b > 0 and words[b - 1] == "the" and w in PERSON_WORDS):
        for c in range(b - 1, max(-1, b - 1 - LOOKBACK), -1):
            x = words[c]
            if x is not None and x in who.word:
                return who.word[x]
    return None


def reference_length(toks: list[str], j: int) -> int:
    """How many words at ``toks[j]`` make a reference to one person: "he", "the teen" (0 when
    none)."""
    if j >= len(toks):
        return 0
    if toks[j] in ("he", "she"):
        return 1
    if toks[j] != "the":
        return 0
    return 2 if j + 1 < len(toks) and toks[j + 1] in PERSON_WORDS else 0


def _opening(toks: list[str]) -> int:
    j = 0
    while j < len(toks) and toks[j] in OPENERS:
        j += 1
    return j


def _moved_reference(toks: list[str], before: list[str], index: SourceIndex,
                     who: People) -> Problem | None:
    j = _opening(toks)
    if j >= len(toks):
        return None
    n = reference_length(toks, j)
    if not n:
        return None
    run = toks[j + n:j + n + RUN]
    if len(run) < RUN or all(t in STOPWORDS for t in run):
        return None
    named = {who.word[t] for t in before if t in who.word}
    if not named:
        return None
    seq, _sid, pos = index.stem_sequence
    after = [stem(t) for t in run]
    refs = {_source_referent(index, who, at) for at in pos.get(after[0], ()) if seq[at:at + RUN] == after}
    if len(refs) != 1 or None in refs:
        return None
    ref = refs.pop()
    if ref in named:
        return None
    said = " ".join(toks[j:j + n])
    return Problem("context", f"“{said}” stands where the source says {ref.title()}; the sentence "
                   f"before it here names {', '.join(sorted(n.title() for n in named))}", said)


def referent_problems(texts: Sequence[str], index: SourceIndex) -> dict[int, Problem]:
    """Problems by position in ``texts`` (one passage, in order); see the module docstring.

    A text that a sentence splitter left whole (lowercased ". but they had ...") is read
    as the sentences it holds; a problem in one of them is its text's problem."""
    owner: list[int] = []
    parts: list[str] = []
    for k, text in enumerate(texts):
        for part in _STOP.split(text):
            if part.strip():
                owner.append(k)
                parts.append(part)
    return {owner[k]: p for k, p in reversed(_part_problems(parts, index).items())}


def _part_problems(texts: Sequence[str], index: SourceIndex) -> dict[int, Problem]:
    bare = [strip_quotes(t) for t in texts]
    all_toks = [tokens(b.replace("QUOTE", " ")) for b in bare]
    found: dict[int, Problem] = {}
    seen: set[str] = set()
    who: People | None = None
    for k, toks in enumerate(all_toks):
        problem = None
        j = _opening(toks)
        # an opening reference: not a speaker tag after a quotation, not a name ("The Boy Scouts")
        n = reference_length(toks, j)
        pronoun = (n and not bare[k].lstrip(" ;").startswith("QUOTE")
                   and (n == 1 or re.search(rf"\b{toks[j + n - 1]}\b", texts[k])))
        opens = k and pronoun
        titled = k and any(t in TITLES for t in toks)
        if (opens or titled) and who is None:
            who = people(index)
        if pronoun:
            problem = _indefinite_subject(toks, index)
        if problem is None and opens:
            problem = _moved_reference(toks, all_toks[k - 1], index, who)
        if problem is None and titled and flat(texts[k]) not in index.flat_text:
            # (a source sentence copied whole is judged with its provenance: ``check.context``)
            problem = _unintroduced(toks, seen, who)
        if problem is None and opens:
            problem = _no_antecedent(toks, all_toks[:k], who, index.names)
        if problem is None and k and j < len(toks) and toks[j] == "they" \
                and not bare[k].lstrip(" ;").startswith("QUOTE"):
            problem = _no_plural(all_toks[:k], index.names)
        if problem is not None:
            found[k] = problem
        seen.update(toks)
    return found


def _indefinite_subject(toks: list[str], index: SourceIndex) -> Problem | None:
    """A he/she opening words that the source says only after "one", "some", "they" or "it"
    ("she said that ..." for "One said that ..."): one person made of several or
    of no one in particular."""
    j = _opening(toks)
    if toks[j] not in ("he", "she"):
        return None
    run = toks[j + 1:j + 1 + RUN]
    if len(run) < RUN or all(t in STOPWORDS for t in run):
        return None
    seq, _sid, pos = index.stem_sequence
    words = index.word_sequence
    after = [stem(t) for t in run]
    subjects = set()
    for at in pos.get(after[0], ()):
        if seq[at:at + RUN] == after:
            b = at - 1
            while b >= 0 and words[b] in MODALS:
                b -= 1
            subjects.add(words[b] if b >= 0 else None)
    if not subjects or not subjects <= INDEFINITE:
        return None
    theirs = sorted(s for s in subjects if s)[0]
    return Problem("context", f"“{toks[j]} {' '.join(run)}”: the source says “{theirs}” there, not one "
                   "person", toks[j])


def _plural(word: str, names: set[str]) -> bool:
    return word in GROUPS or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
                              and word not in names)


def _no_plural(before: list[list[str]], names: set[str]) -> Problem | None:
    """A sentence opening on "they" where the passage before names no two of anything:
    no plural, no group, no "X and Y"."""
    if any(t == "and" or _plural(t, names) for words in before for t in words):
        return None
    return Problem("context", "“they” opens the sentence, but the passage before it names no group or "
                   "plural: the pronoun has no one to stand for", "they")


def _unintroduced(toks: list[str], seen: set[str], who: People) -> Problem | None:
    """A titled surname ("mr pryce") that no earlier sentence of the passage names."""
    for j in range(len(toks) - 1):
        sur = toks[j + 1]
        if toks[j] in TITLES and sur in who.word and sur not in seen and sur not in toks[:j]:
            return Problem("context", f"“{toks[j]} {sur}” is named here for the first time, by title "
                           "and surname alone: the passage never says who that is", f"{toks[j]} {sur}")
    return None


def _no_antecedent(toks: list[str], before: list[list[str]], who: People,
                   names: set[str]) -> Problem | None:
    """A sentence opening on "he" where the passage before names only women (or the reverse)."""
    j = _opening(toks)
    if j >= len(toks) or toks[j] not in ("he", "she"):
        return None
    mine = "m" if toks[j] == "he" else "f"
    sexes: set[str] = set()
    for words in before:
        first = words[_opening(words)] if _opening(words) < len(words) else ""
        if first in names and first not in who.word and first not in STOPWORDS:
            return None  # a sentence about someone the source names once ("Ingrid has climbed ...")
        for t in words:
            if t in MALE:
                sexes.add("m")
            elif t in FEMALE:
                sexes.add("f")
            elif t in who.word:
                s = who.sex.get(who.word[t])
                if s is None:
                    return None  # someone of unknown sex: "he" may be them
                sexes.add(s)
    if not sexes or mine in sexes:
        return None
    return Problem("context", f"“{toks[j]}” opens the sentence, but the passage before it names only "
                   f"{'women' if mine == 'm' else 'men'}: the pronoun has no one to stand for", toks[j])
