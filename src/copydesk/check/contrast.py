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

from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from copydesk.check import claims
from copydesk.check.claims import TITLES
from copydesk.check.frames import Entity, Frame, frame
from copydesk.check.names import name_runs, strong
from copydesk.check.opposites import kind_of, sides
from copydesk.lexicon import clause_tokens
from copydesk.model import Problem

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

# Source sentences compared: the best ``ALIGN`` whose support is within ``CLOSE`` of the best.
ALIGN = 2
CLOSE = 0.6
# A word's opposite must share this many binding words with it (one more for quantifiers).
SLOT = 1
# A one-word name at least this common (Zipf) is an everyday word ("American") playing no role.
VAGUE = 4.5


def aligned(ranked: list[tuple[float, int]]) -> list[int]:
    if not ranked:
        return []
    top = ranked[0][0]
    return [i for sc, i in ranked[:ALIGN] if sc >= CLOSE * top]


def check_contrast(text: str, index: SourceIndex, ranked: list[tuple[float, int]],
                   problems: list[Problem], *, full: str | None = None) -> None:
    """Add negation, antonym, quantifier, binding and role problems for ``text`` (its words
    outside quotations; ``full`` is the whole sentence, quotations and all)."""
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
    if not any(p.kind in ("speaker", "role", "name") for p in [*problems, *found]):
        _speaker(mine, index, near, ranked, found)
    if not any(p.kind in ("speaker", "role", "name") for p in [*problems, *found]):
        _swapped_name(full or text, index, near[0], found)
    problems.extend(found)


# --- negation -------------------------------------------------------------------


def _polarity(mine: Frame, index: SourceIndex, near: list[int], ranked, found: list[Problem]) -> None:
    wider = [i for _, i in ranked[:3]]
    names = index.names
    for k, tok in enumerate(mine.toks):
        if not mine.content(k) or mine.clause[k] < 0 or tok in names or tok.endswith("ly"):
            continue
        w, neg = mine.stems[k], mine.negated[k]
        for i in near:
            src = index.frame(i)
            at = [j for j, s in enumerate(src.stems) if s == w and src.clause[j] >= 0]
            if not at or any(src.negated[j] == neg for j in at):
                continue
            j = at[0]
            if not _slot(mine, k) & _slot(src, j):
                continue  # not the same thing said two ways
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
                other = [j for j, t in enumerate(src.toks) if (pair, 1 - side) in sides(t)]
                if not other:
                    continue
                j = max(other, key=lambda j: len(slot & _slot(src, j)))
                overlap = len(slot & _slot(src, j))
                if overlap < (SLOT if kind_of(pair) == "antonym" else SLOT + 1) \
                        or src.negated[j] != mine.negated[k]:
                    continue
                if any((pair, side) in sides(t) and slot & _slot(src, y) for y, t in enumerate(src.toks)):
                    continue  # the sentence says it this way too, of something here
                if any((pair, side) in sides(t) and len(slot & _slot(index.frame(x), y)) >= overlap
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
        kin = index.kin(mine)
        return bool(kin & theirs) or any(t[:5] == u[:5] for t in mine for u in theirs if len(t) >= 5)
    return a.value == b.value


def _bindings(mine: Frame, index: SourceIndex, near: list[int], found: list[Problem],
              flagged: set[str]) -> None:
    for e in mine.entities:
        if not e.items or e.span.lower() in flagged:
            continue
        if e.kind == "name" and len(e.value) == 1 and e.at and mine.toks[e.at - 1] == "the":
            continue  # "the Brazilian", "the Blues": a description, not a name to swap
        if e.kind == "number" and _in_score_or_name(mine, e.at):
            continue
        if e.kind == "name" and (not all(index.knows_name(t) for t in e.value) or _vague(e.value)):
            continue  # a name the source never gives (the name check's question), or a word like "American"
        for i in near:
            if e.kind == "name":
                here = [g for g in index.frame(i).entities if g.kind == "name" and _same(e, g, index)]
                if here and not any(g.items for g in here):
                    continue  # the sentence names it but says nothing we can read of it
            rival = None
            for f in index.frame(i).entities:  # the rival bound most like this one
                if f.kind != e.kind or _same(e, f, index) or (e.kind == "name" and _vague(f.value)):
                    continue
                shared = e.items & f.items
                if shared and (e.kind != "name" or _strong(shared, index)) and (
                        rival is None or len(shared) > len(rival[1])):
                    rival = (f, shared)
            if rival is None:
                continue
            f, shared = rival
            if any(len(e.items & g.items) >= len(shared) and _same(e, g, index) for g in index.entities(e.kind)):
                continue  # the source binds this value to these words as closely
            words = ", ".join(sorted(w if isinstance(w, str) else w[1] for w in shared))
            if e.kind == "name":
                found.append(Problem("role", f"“{e.span}” stands where the source has “{f.span}” "
                                     f"({words})", e.span))
            else:
                found.append(Problem("binding", f"{e.span}: the source gives {f.span} with "
                                     f"“{words}”", e.span))
            return


def _vague(name: frozenset) -> bool:
    """A one-word name that is an everyday word too ("American", "Jewish", "State")."""
    return len(name) == 1 and claims.commonness(next(iter(name))) >= VAGUE


_SAYS = frozenset("said says told tells".split())


def _sayer(f: Frame) -> Entity | None:
    """The name right next to "said"/"told" ("Osman said", "said Nuri Osman"), or None."""
    for e in f.entities:
        if e.kind != "name":
            continue
        end = e.at + len(e.span.split())
        if end < len(f.toks) and f.toks[end] in _SAYS:
            return e
        if e.at >= 1 and f.toks[e.at - 1] in ("said", "says") and (
                end >= len(f.toks) or f.clause[end] < 0):
            return e  # "..., said Nuri Osman." (not "says SNP and Labour are ...")
        if e.at >= 2 and f.toks[e.at - 2:e.at] == ["according", "to"]:
            return e
    return None


def _speaker(mine: Frame, index: SourceIndex, near: list[int], ranked, found: list[Problem]) -> None:
    """Words given to one person of the article that the source gives to another."""
    who = _sayer(mine)
    if who is None or not near:
        return
    src = _sayer(index.frame(near[0]))
    if src is None or _same(who, src, index):
        return
    if any((other := _sayer(index.frame(i))) is not None and _same(who, other, index)
           for _, i in ranked[:3]):
        return  # another passage gives it to this person
    found.append(Problem("role", f"said by {who.span} here; the source gives it to {src.span}", who.span))


_DATE_WORDS = frozenset(claims.WEEKDAYS + claims.MONTHS)
# A sentence is a near copy of its best source sentence when this share of its tokens match.
COPY = 0.6


def _swapped_name(text: str, index: SourceIndex, i: int, found: list[Problem]) -> None:
    """A near copy of source sentence ``i`` with one of its names replaced by another name of
    the article ("Dr. Tarik Jasarevic, Ondo's state commissioner" for Dr. Dayo Adeyanju)."""
    mine, src = clause_tokens(text), index.ctoks[i]
    if not mine:
        return
    match = SequenceMatcher(None, src, mine, autojunk=False)
    if sum(b.size for b in match.get_matching_blocks()) < COPY * len(mine):
        _local_swap(mine, index, i, found)
        return
    names = index.names
    for op, i1, i2, j1, j2 in match.get_opcodes():
        if op != "replace":
            continue
        theirs, ours = src[i1:i2], mine[j1:j2]
        if not all(t in names and t not in TITLES for t in theirs + ours):
            continue
        if set(ours) & set(theirs) or any(t[:4] == u[:4] for t in ours for u in theirs) or \
                any(u in index.respelt.get(t, ()) for t in ours for u in theirs) or \
                _short_form(ours, theirs) or _beside(ours, theirs, src) or \
                claims.initials(theirs) in ours or claims.initials(ours) in theirs or \
                f" {' '.join(theirs)} | {' '.join(ours)} " in index.token_text:
            continue  # the same name, a form of it or its initials ("PSG"); "Marks and Spencer"
            # and "Chamakh and Campbell" alike stand in one capitalised run, so runs prove no kinship
        left = mine[j1 - 1] if j1 else ""
        right = mine[j2] if j2 < len(mine) else ""
        said = f" {left} {' '.join(ours)} {right} "
        if index.token_text.count(said) > f" {' '.join(src)} ".count(said):
            continue  # another sentence of the source says it of this name
        found.append(Problem("role", f"“{' '.join(ours)}” stands where the source has "
                             f"“{' '.join(theirs)}”", " ".join(ours)))
        return


def _local_swap(mine: list[str], index: SourceIndex, i: int, found: list[Problem]) -> None:
    """A name of the article with the two words the aligned sentence has around another name
    ("ben is seven years old" where the source has "Jean is seven years old"), which the
    source never puts around this name."""
    src = index.ctoks[i]
    for s0, e0 in name_runs(mine, index.names):
        ours = mine[s0:e0]
        kin = index.kin(ours)
        sides = [(tuple(mine[max(0, s0 - 2):s0]), "before"), (tuple(mine[e0:e0 + 2]), "after")]
        for s1, e1 in index.runs[i]:
            theirs = src[s1:e1]
            if kin & set(theirs) or any(t[:4] == u[:4] for t in ours for u in theirs) or \
                    _short_form(ours, theirs) or _beside(ours, theirs, src):
                continue
            if _listed(mine, s0) or _listed(src, s1):
                continue  # "Messi, Neymar and Suarez have scored": a list, in any order
            for ctx, side in sides:
                if len(ctx) < 2 or "|" in ctx or not any(strong(w) and w not in _DATE_WORDS for w in ctx):
                    continue
                there = tuple(src[max(0, s1 - 2):s1]) if side == "before" else tuple(src[e1:e1 + 2])
                if there != ctx:
                    continue
                said = " ".join([*ctx, *ours] if side == "before" else [*ours, *ctx])
                if f" {said} " in index.token_text or \
                        f" {' '.join(theirs)} | {' '.join(ours)} " in index.token_text:
                    continue  # the source says it of this name too, or "Tewkesbury, Gloucestershire"
                found.append(Problem("role", f"“{' '.join(ours)}” stands where the source has "
                                     f"“{' '.join(theirs)}” ({' '.join(ctx)})", " ".join(ours)))
                return


def _short_form(a: list[str], b: list[str]) -> bool:
    """"Lib Dem" for "Liberal Democrat": as many words, each opening the same."""
    return len(a) == len(b) and all(x[:3] == y[:3] for x, y in zip(a, b, strict=True))


def _listed(toks: list[str], at: int) -> bool:
    """Does the name at ``at`` follow "and", "or" or a comma (a list of names)?"""
    return at >= 1 and toks[at - 1] in ("and", "or", "|", "&")


def _beside(ours: list[str], theirs: list[str], src: list[str]) -> bool:
    """Do both names stand within three words of each other in ``src`` (one noun phrase:
    "Ecuador winger Jefferson Montero", "Donetsk in Eastern Ukraine")?"""
    n, m = len(ours), len(theirs)
    at_ours = [k for k in range(len(src) - n + 1) if src[k:k + n] == ours]
    at_theirs = [k for k in range(len(src) - m + 1) if src[k:k + m] == theirs]
    return any(abs(a - b) <= 3 + max(n, m) for a in at_ours for b in at_theirs)


def _in_score_or_name(f: Frame, k: int) -> bool:
    """A number beside another number ("7 - 6", a score) or after a name ("Racing Metro 92")."""
    near = [f.toks[i] for i in (k - 1, k + 1) if 0 <= i < len(f.toks)]
    named = k >= 1 and any(e.kind == "name" and e.at + len(e.span.split()) == k for e in f.entities)
    return named or any(t[0].isdigit() for t in near)


def _strong(shared: frozenset, index: SourceIndex) -> bool:
    """A role binding that says something: a word the source does not use everywhere."""
    n = max(len(index.sentences), 1)
    return any(len(index.postings.get(s, ())) <= max(2, n // 4) for _, s in shared)
