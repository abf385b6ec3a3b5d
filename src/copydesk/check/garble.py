"""Garbled and repeated output: what a model writes when its decoding goes wrong.

A sentence can hold only the source's words and still be no claim the source makes,
because it is not a well-formed sentence at all. Sequence-to-sequence and
pointer-generator models are known to loop and to stop mid-clause; a copy desk sends
such a sentence back whatever its words:

* garbled: (``garbled``) a run of words said twice inside one sentence ("the new
  harbour master praised the new harbour master"), when no source sentence repeats
  that run; or a sentence that ends on a word no sentence ends on (an article, "of", a
  coordinating conjunction, a possessive, a preposition that needs its object: "... said
  the contract he signed was not the .") when no source sentence ends that way;
* repeat:  (``repeats``, over a passage) a sentence whose words are, nearly all of
  them, those of an earlier sentence of the same summary or body: the passage says it
  twice, or says it twice of two different subjects.

Pure functions over texts and the source index; nothing here needs a parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from copydesk.lexicon import STOPWORDS, tokens
from copydesk.model import Problem

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

# A repeated run must be at least this many words, one of them a content word.
RUN = 3
# Words no English sentence ends on: articles, "of", coordinating conjunctions, possessives,
# and prepositions that need their object ("... would be a big relief for .").
NO_END = frozenset("""the a an of and or nor than whose their its my our your for into onto despite during
including towards via per among between amid""".split())
# A run said again right after one of these is parallel writing ("who gets the house and who
# gets the car"), not a loop.
PARALLEL = frozenset("and or nor but then".split())
# A sentence repeats an earlier one of its passage when this share of their words is common
# to both (word sets, Jaccard), and each has at least ``REPEAT_WORDS`` words.
REPEAT_SHARE = 0.8
REPEAT_WORDS = 4

# where a "sentence" that a splitter left whole (lowercased text) really ends
_STOP = re.compile(r"(?<=[.!?])\s+")


def _repeated_run(toks: list[str]) -> tuple[str, ...] | None:
    """The first run of ``RUN`` words with a content word that ``toks`` says twice, apart
    (not counting a run said again in parallel, after "and", "or", "but")."""
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(toks) - RUN + 1):
        run = tuple(toks[i:i + RUN])
        at = seen.get(run)
        if at is not None and at + RUN <= i:
            b = 0  # where the repeat really starts: "... and who would pay for"
            while at - b > 0 and toks[at - b - 1] == toks[i - b - 1]:
                b += 1
            if toks[i - b - 1] in PARALLEL:
                continue
            n = RUN  # the whole run said twice, for the report
            while i + n < len(toks) and at + n < i and toks[at + n] == toks[i + n]:
                n += 1
            return tuple(toks[i:i + n])
        if at is None and not all(t in STOPWORDS for t in run):
            seen[run] = i
    return None


def _says_twice(words: list[str], run: tuple[str, ...]) -> bool:
    n = len(run)
    hits = [i for i in range(len(words) - n + 1) if tuple(words[i:i + n]) == run]
    return len(hits) >= 2 and hits[-1] - hits[0] >= n


def garbled(text: str, index: SourceIndex) -> Problem | None:
    """A ``garbled`` problem when ``text`` repeats a run of words or ends mid-clause."""
    parts = _STOP.split(text)
    for part in parts:
        toks = tokens(part)
        run = _repeated_run(toks)
        if run is not None and not any(_says_twice(words, run[:RUN]) for words in index.toks
                                       if len(words) >= 2 * RUN):
            said = " ".join(run)
            return Problem("garbled", f"“{said}” is said twice in one sentence; the source never "
                           "repeats it so: a garbled sentence is no claim of the source", said)
    if len(parts) != 1:  # (one part is the text itself: its words are read)
        toks = tokens(text)
    if len(toks) >= RUN and toks[-1] in NO_END:
        tail = tuple(toks[-RUN:])
        if not any(tuple(words[-RUN:]) == tail for words in index.toks):
            return Problem("garbled", f"the sentence stops on “{toks[-1]}”: it is cut off mid-clause",
                           toks[-1])
    return None


# the words a later line adds that make it someone's account, not the fact in full: "Workers fear the factory will
# close ..." after "The factory will close ..." (reviewer rev51)
_TOLD_WORDS = frozenset("""said says say told tells fear fears feared claim claims claimed allege alleges alleged
believe believes believed hoped hope hopes insisted insist insists warned warn warns denied deny denies think thinks
thought""".split())
FULLER_WORDS = 4  # words, at most, that a later sentence adds to an earlier one it tells in full


def repeats(texts: Sequence[str], part: str = "passage", *,
            words: Sequence[list[str]] | None = None) -> dict[int, Problem]:
    """Problems by position in ``texts`` (a passage: the ``part`` "summary" or "body"): each
    sentence that repeats an earlier one. ``words``: the ``tokens`` of each text, when the
    caller has them already."""
    sets = [set(tokens(t)) for t in texts] if words is None else [set(w) for w in words]
    found: dict[int, Problem] = {}
    sizes = list(map(len, sets))
    for k, mine in enumerate(sets):
        n = sizes[k]
        if n < REPEAT_WORDS:
            continue
        for j in range(k):
            m = sizes[j]
            # the shared words are at most the smaller set, the union at least the larger
            if m < REPEAT_WORDS or (m if m < n else n) < REPEAT_SHARE * (n if m < n else m):
                continue
            theirs = sets[j]
            common = len(mine & theirs)
            if common >= REPEAT_SHARE * (n + m - common):
                if j and theirs < mine and n - m <= FULLER_WORDS and j not in found and not (mine - theirs) & _TOLD_WORDS:
                    # the earlier tells less of it: a picture's caption the page set before the story's line
                    # ("... created by Walker for a show" before "... created in 2012 by Walker for a show"): it goes,
                    # the line in full stays
                    found[j] = Problem("repeat", f"sentence {k + 1} of the {part} tells it in full: “{texts[k][:80]}”",
                                       texts[j][:80])
                    break
                if _tells_more(texts[k], texts[j]):
                    continue
                same = "says again" if mine == theirs else "nearly repeats"
                found[k] = Problem("repeat", f"{same} {part} sentence {j + 1}: “{texts[j][:80]}”",
                                   texts[k][:80])
                break
    return found


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_NAMED = re.compile(r"(?<=\s)[A-Z][\w'’-]*")  # (a capitalised word past the sentence's first)


def told_in(text: str, other: str) -> bool:
    """Does ``other`` give every figure and every name (a capitalised word past the first) that ``text`` gives?"""
    lowered = other.lower()
    return set(_FIGURE.findall(text)) <= set(_FIGURE.findall(other)) \
        and all(name.lower() in lowered for name in _NAMED.findall(text))


def _tells_more(text: str, earlier: str) -> bool:
    """Does ``text`` give figures or names in place of ``earlier``'s ("A man aged 29 from Southtown was arrested
    ..." after "A man aged 34 from Northtown was arrested ...": a second arrest, not the first told again)? Each
    lacks one of the other's: a line told again with a credit or a label added ("(credit: Example) | ...") is no
    new fact."""
    return not told_in(text, earlier) and not told_in(earlier, text)
