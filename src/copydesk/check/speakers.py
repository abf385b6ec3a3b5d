"""Who speaks a quotation: the name next to "said", "told", "according to".

``speaker_of`` is asked the same question of a source sentence and of a rewritten
one; the checker (``verify``) compares the answers. In lowercased text a name is a
run of words the source itself writes with a capital (``names``).
"""

from __future__ import annotations

from copydesk.check.claims import TITLES
from copydesk.lexicon import (
    MODAL_BE,
    SPEECH,
    STOPWORDS,
    is_capital,
    is_lowercased,
    raw_tokens,
    undot,
)
from copydesk.segment import find_quotes

_PRONOUNS = frozenset("he she they it i we you his her their one someone".split())


def strip_quotes(text: str) -> str:
    """``text`` with each quoted span replaced by a marker that breaks names apart."""
    out, last = [], 0
    for q in find_quotes(text):
        out.append(text[last: max(q.start - 1, last)])
        out.append(" ; QUOTE ; ")
        last = min(q.end + 1, len(text))
    out.append(text[last:])
    return "".join(out)


def _name_runs(text: str, names: set[str]) -> list[tuple[int, int, frozenset[str]]]:
    """Names in ``text`` as (first token, last token, words): capitalised runs, or in
    lowercased text the runs of words the source itself writes with a capital."""
    toks = raw_tokens(text)
    lowered = is_lowercased(text)
    runs: list[tuple[int, int, frozenset[str]]] = []
    i = 0
    while i < len(toks):
        w = toks[i][0]
        lw = w.lower()

        def is_name(word: str, low: str) -> bool:
            if low in STOPWORDS or low in TITLES or low == "quote" or SPEECH.fullmatch(word):
                return False  # (nor a verb of speech a headline's case sets in capitals: "Jo Example Says ...")
            if lowered:
                return low in names
            return is_capital(word) and word != "QUOTE"

        if is_name(w, lw):
            j = i + 1
            while j < len(toks) and is_name(toks[j][0], toks[j][0].lower()):
                j += 1
            runs.append((i, j - 1, frozenset(t[0].lower() for t in toks[i:j])))
            i = j
        else:
            i += 1
    return runs


def speaker_of(text: str, names: set[str]) -> frozenset[str] | None:
    """The name words of whoever ``text`` has speaking, or None when no name is given."""
    bare = strip_quotes(text)
    if " he " in bare or " been " in bare:  # ("McHenry can he heard saying": no "he" speaks, the source's slip)
        bare = MODAL_BE.sub(lambda m: m.group(1) + " be ", bare)
    toks = raw_tokens(bare)
    verbs = [k for k, (w, _) in enumerate(toks) if SPEECH.fullmatch(w)]
    if not verbs:
        return None
    runs = _name_runs(bare, names)
    if not runs:
        return None
    plain = undot(bare)  # (the text the tokens' offsets count in)
    for v in verbs:
        # "..., said John Smith" / "according to Smith"
        after = [r for r in runs if 0 < r[0] - v <= 3]
        if any(r[1] + 1 == v and "," not in plain[toks[r[1]][1] + len(toks[r[1]][0]):toks[v][1]] for r in runs):
            after = []  # (a name right before the verb speaks: "Jo Example said Smith's claims were 'false'",
            # a headline's "Jo Example Says Mayor's Coats Were 'Always Perfect'"; not a name its comma sets
            # apart, the verb's clause an aside: "Conditions in Kelby, says aid worker Dana Orrin, are ...",
            # "Morale at Halvex, according to Jo Pemberley, is ...", reviewer rev49b)
        if after and (toks[v][0].lower() in ("said", "says", "according", "added", "adds", "wrote")):
            if not any(toks[k][0].lower() in _PRONOUNS for k in range(v + 1, after[0][0])):
                return after[0][2]
        # "John Smith, 45, said" -> the first name of the clause before the verb
        lo = v - 13
        for k in range(v - 1, max(v - 13, -1), -1):
            if toks[k][0] == "QUOTE":
                lo = k
                break
        # (not a possessor: "Ms Goodchild's mother, Kim Dorsett, ... said" is the mother speaking)
        before = [r for r in runs if lo < r[0] < v and not (r[1] + 1 < len(toks) and toks[r[1] + 1][0] == "s")]
        if before:
            pron = [k for k in range(before[-1][1] + 1, v) if toks[k][0].lower() in _PRONOUNS]
            if not pron:
                last = before[-1]
                # "harbour master Colm Geraghty said": the name next to the verb (read by tokens:
                # the tokens' offsets skip the stops of "U.S.", so a gap in characters is not one)
                if last[1] + 1 == v:
                    owner = _appositive_owner(before, toks, undot(bare))
                    return (owner or last)[2]
                return before[0][2]
    return None


def _appositive_owner(before: list[tuple[int, int, frozenset[str]]], toks: list[tuple[str, int]],
                      text: str) -> tuple[int, int, frozenset[str]] | None:
    """The name an appositive between commas describes, when the name next to the verb closes
    that appositive: "Jan Example, president of the Northtown Students' Association, added" is
    Jan Example speaking, not the association."""
    last = before[-1]
    end_last = toks[last[1]][1] + len(toks[last[1]][0])
    if not text[end_last:].lstrip().startswith(","):
        return None
    for run in reversed(before[:-1]):
        end = toks[run[1]][1] + len(toks[run[1]][0])
        gap = text[end:toks[last[0]][1]]
        if gap.startswith(", ") and gap[2:3].islower() and "," not in gap[1:]:
            return run
    return None
