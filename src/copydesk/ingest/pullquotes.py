"""A speaker's words the page set again as a pull quote, without marks: "Like everyone, I have
personal circumstances that I have to manage. This is a role that requires ... " between two
paragraphs of the copy, and the same words later inside the speaker's quotation. Shipped, the
marked-less lines read as the paper's own words in the first person; and read as a repeat, the
quotation's own lines would go instead (``copydesk.ingest.roles`` takes a line that repeats an
earlier one for a caption)."""

from __future__ import annotations

from collections.abc import Sequence

PULL_MIN_WORDS = 6  # a line's words, at least, for its repeat to say anything
_MARKS = "\"“”‘’'"


def pull_quotes(sentences: Sequence[str]) -> tuple[set[int], set[int]]:
    """The lines of an unmarked pull quote, and the lines of the quotation it repeats: two runs of
    the same lines, one opening on a quotation mark, the other with no mark in it at all."""
    bare = [s.strip().lstrip(_MARKS).rstrip() for s in sentences]
    seen: dict[str, list[int]] = {}
    for i, b in enumerate(bare):
        if b.count(" ") >= PULL_MIN_WORDS - 1:
            seen.setdefault(b, []).append(i)
    twice = {i: at for at in seen.values() if len(at) == 2 for i in at}
    if not twice:
        return set(), set()  # (most texts: no line the page sets twice)
    pulled: set[int] = set()
    quoted: set[int] = set()
    for first, second in {tuple(at) for at in twice.values()}:
        runs = [_run(first, twice), _run(second, twice)]
        marked = [sentences[run[0]].lstrip()[:1] in _MARKS for run in runs]
        if marked[0] == marked[1]:
            continue
        plain, speech = (runs[1], runs[0]) if marked[0] else (runs[0], runs[1])
        if any(c in sentences[k] for k in plain for c in _MARKS[:3] + "‘"):
            continue  # (a line with a mark of its own is no bare pull quote)
        pulled.update(plain)
        quoted.update(speech)
    return pulled, quoted


def _run(i: int, twice: dict[int, list[int]]) -> tuple[int, ...]:
    """The lines set twice in a row around ``i``, from the first of them."""
    start = i
    while start - 1 in twice:
        start -= 1
    end = i
    while end + 1 in twice:
        end += 1
    return tuple(range(start, end + 1))
