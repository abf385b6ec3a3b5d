"""Claims, not just words: an output sentence against the source sentences it aligns to.

Every word of a sentence can stand in the source while the claim does not. Each check
below compares the sentence's ``frame`` with the frames of its best-aligned source
sentences (the top of ``SourceIndex.rank``):

* negation:   a word the source says under a negation ("No one was seriously hurt") said
              without one ("Two firefighters were seriously hurt"), or the other way round;
* antonym:    a word whose opposite the aligned sentence uses in the same slot ("caused
              by arson" for "ruled out arson", "rose" for "fell", "before" for "after"),
              unless a negation turns one of them round ("did not rise" for "fell");
* quantifier: the same for quantifiers, comparatives and superlatives (all/some/none,
              more/less than, the largest/the smallest);
* binding:    a number, year, weekday, month or time unit bound to words that the source
              binds to another value ("opened in 2019" where the source's terminal opened
              in 1982; "last month" for "last year"), when the source never binds this
              value to those words;
* role:       a name of the article in another's place: bound to the words that the
              source binds to another name, on the same side ("Chelsea beat Arsenal" for
              "Arsenal beat Chelsea"; passives turned round).

The word lists are ``opposites``; the reading of a sentence is ``frames``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copydesk.check import claims
from copydesk.check.frames import Entity, Frame, frame
from copydesk.check.opposites import kind_of, sides
from copydesk.model import Problem

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

# Source sentences compared: the best ``ALIGN`` whose support is within ``CLOSE`` of the best.
ALIGN = 2
CLOSE = 0.6
# A word's opposite must share this many binding words with it.
SLOT = 1


def aligned(ranked: list[tuple[float, int]]) -> list[int]:
    if not ranked:
        return []
    top = ranked[0][0]
    return [i for sc, i in ranked[:ALIGN] if sc >= CLOSE * top]


def check_contrast(text: str, index: SourceIndex, ranked: list[tuple[float, int]],
                   problems: list[Problem]) -> None:
    """Add negation, antonym, quantifier, binding and role problems for ``text``."""
    near = aligned(ranked)
    if not near:
        return
    mine = frame(text, index.names)
    if not mine.toks:
        return
    flagged = {p.span.lower() for p in problems}
    found: list[Problem] = []
    if not any(p.kind == "negation" for p in problems):
        _polarity(mine, index, near, ranked, found)
    if not found:
        _opposites(mine, index, near, ranked, found)
    _bindings(mine, index, near, found, flagged)
    problems.extend(found)


# --- negation -------------------------------------------------------------------


def _clause_words(f: Frame, k: int) -> set[str]:
    c = f.clause[k]
    return {f.stems[i] for i in range(len(f.toks)) if f.clause[i] == c and i != k and f.content(i)}


def _polarity(mine: Frame, index: SourceIndex, near: list[int], ranked, found: list[Problem]) -> None:
    wider = [i for _, i in ranked[:3]]
    for k, tok in enumerate(mine.toks):
        if not mine.content(k) or mine.clause[k] < 0:
            continue
        w, neg = mine.stems[k], mine.negated[k]
        for i in near:
            src = index.frame(i)
            at = [j for j, s in enumerate(src.stems) if s == w and src.clause[j] >= 0]
            if not at or any(src.negated[j] == neg for j in at):
                continue
            j = at[0]
            if not (_clause_words(mine, k) & _clause_words(src, j)):
                continue  # not the same clause said two ways
            if any(index.frame(x).negated[y] == neg for x in wider if x != i
                   for y, s in enumerate(index.frame(x).stems) if s == w):
                continue  # another passage says it as the sentence does
            if neg:
                detail = f"“{mine.negator[k]} … {tok}”: the source says “{src.toks[j]}” without a negation"
            else:
                detail = f"“{tok}”: the source says it with a negation (“{src.negator[j]} … {src.toks[j]}”)"
            found.append(Problem("negation", detail, tok))
            return


# --- antonyms and quantifiers -----------------------------------------------------


def _slot(f: Frame, k: int, width: int = 3) -> set[str]:
    """Content stems on either side of token ``k`` in its clause."""
    c, out = f.clause[k], set()
    for step in (-1, 1):
        i, n = k + step, 0
        while 0 <= i < len(f.toks) and f.clause[i] == c and n < width:
            if f.content(i) and not sides(f.toks[i]):
                out.add(f.stems[i])
                n += 1
            i += step
    return out


def _opposites(mine: Frame, index: SourceIndex, near: list[int], ranked, found: list[Problem]) -> None:
    wider = [i for _, i in ranked[:3]]
    for k, tok in enumerate(mine.toks):
        places = sides(tok)
        if not places or mine.clause[k] < 0:
            continue
        slot = _slot(mine, k)
        for pair, side in places:
            for i in near:
                src = index.frame(i)
                same = [j for j, t in enumerate(src.toks) if (pair, side) in sides(t)]
                other = [j for j, t in enumerate(src.toks) if (pair, 1 - side) in sides(t)]
                if same or not other:
                    continue
                j = next((j for j in other if len(slot & _slot(src, j)) >= SLOT
                          and src.negated[j] == mine.negated[k]), None)
                if j is None:
                    continue
                if any((pair, side) in sides(t) and slot & _slot(index.frame(x), y)
                       for x in wider if x != i for y, t in enumerate(index.frame(x).toks)):
                    continue  # another passage says it this way
                found.append(Problem(kind_of(pair), f"“{tok}” where the source says "
                                     f"“{src.toks[j].replace('_', ' ')}”", tok))
                return


# --- bindings and roles -------------------------------------------------------------


def _same(a: Entity, b: Entity, index: SourceIndex) -> bool:
    if a.kind == "number":
        return claims.number_matches(claims.Number(a.value, a.span), {b.value})
    if a.kind == "name":
        mine, theirs = a.value, b.value
        if mine & theirs:
            return True
        kin = set(mine).union(*(index.partners.get(t, ()) for t in mine))
        return bool(kin & theirs) or any(t[:5] == u[:5] for t in mine for u in theirs if len(t) >= 5)
    return a.value == b.value


def _bindings(mine: Frame, index: SourceIndex, near: list[int], found: list[Problem],
              flagged: set[str]) -> None:
    for e in mine.entities:
        if not e.items or e.span.lower() in flagged:
            continue
        if e.kind == "name" and not all(index.knows_name(t) for t in e.value):
            continue  # a name the source never gives: the name check's question
        for i in near:
            rival = None
            for f in index.frame(i).entities:
                if f.kind != e.kind or _same(e, f, index):
                    continue
                shared = e.items & f.items
                if shared and (e.kind != "name" or _strong(shared, index)):
                    rival = (f, shared)
                    break
            if rival is None:
                continue
            f, shared = rival
            if any(_same(e, g, index) and g.items & shared for g in index.entities(e.kind)):
                continue  # the source binds this value to these words too
            words = ", ".join(sorted(w if isinstance(w, str) else w[1] for w in shared))
            if e.kind == "name":
                found.append(Problem("role", f"“{e.span}” stands where the source has “{f.span}” "
                                     f"({words})", e.span))
            else:
                found.append(Problem("binding", f"{e.span}: the source gives {f.span} with "
                                     f"“{words}”", e.span))
            return


def _strong(shared: frozenset, index: SourceIndex) -> bool:
    """A role binding that says something: a word the source does not use everywhere."""
    n = max(len(index.sentences), 1)
    return any(len(index.postings.get(s, ())) <= max(2, n // 4) for _, s in shared)
