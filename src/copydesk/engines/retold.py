"""Quotations the body would tell twice (``copydesk.engines.paragraphs``): a sentence that quotes
again, word for word, what an earlier sentence of the body quoted, and says nothing of its own
around it, is cut. Pages tell a speaker's words twice: once whole ("He added: 'True compassion
isn't ...'") and once in the prose around them ("Mr Cameron also argued 'that true compassion
isn't ...'"); the reader needs them once."""

from __future__ import annotations

import re
from collections.abc import Callable

from copydesk.check.garble import told_in
from copydesk.ingest.repeats import CONTENT_WORD, PARTITIVE
from copydesk.lexicon import STOPWORDS, stem, words
from copydesk.segment import LOOSE_MARK, find_quotes

AGAIN_WORDS = 6  # a quotation this long, shipped twice, is told twice
AGAIN_NEW = 3  # (the sentence's own words outside it may bring this many new words, at most)
# what a sentence says of a quotation it repeats that is news of its own: a denial, a finding, a
# second voice or occasion, a question ('Brightwood Toys denied that the toy was "..."', 'On Friday
# she repeated that "..."', 'Peter Osei said he too heard "..."')
_STANCE = frozenset("""not never no nor denied denies deny rejected rejects reject disputed disputes dismissed
contradicted challenged questioned concluded found finds agreed agrees backed repeated repeats again also
too asked whether""".split())
# a second voice ("also", "too") does not say a whole sentence of someone's words again, word for word:
# a quotation this long told twice is the page telling it twice, whatever the prose around it adds
WHOLE_WORDS = 12
_SECOND_VOICE = frozenset({"also", "too"})
# a work's title in marks, its words capitalised ("The Summer We Lost Everything We Had"): named again,
# not told twice
_TITLE_CASE = re.compile(r"(?:[A-Z0-9][\w'’-]*\s+(?:(?:a|an|the|of|to|for|and|in|on|at|we|us)\s+)*){3,}[A-Z0-9][\w'’-]*[?!]?")
_RUN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _run(text: str) -> str:
    """A quotation's words, lower case, without its marks and stops, and without a reported
    speech's "that" before them ("'that true compassion isn't ...'" holds "True compassion isn't ...")."""
    run = " ".join(_RUN_WORD.findall(text.lower()))
    return run[5:] if run.startswith("that ") else run


def quoted_again(keep: list[tuple[int, int, str]]) -> set[int]:
    """The positions of the sentences in ``keep`` (paragraph, source index, text) that quote again,
    word for word, quotations of ``AGAIN_WORDS`` words or more that an earlier sentence of the body
    quoted, and say nothing of their own outside the marks: no stance (``_STANCE``; a second voice's
    "also" is none for a quotation of ``WHOLE_WORDS``), no name the body has not met, and no more than
    ``AGAIN_NEW`` words the earlier sentence does not hold. (The whole body is read once first: most
    hold no quotation that stands in it twice.)"""
    found: set[int] = set()
    whole = f" {_run(' '.join(t for _, _, t in keep))} "
    quoted = {pos: quotes for pos, (_, _, text) in enumerate(keep)
              if pos and ('"' in text or "'" in text or "‘" in text or "“" in text) and (quotes := find_quotes(text))
              and all(len(q.text.split()) >= AGAIN_WORDS and whole.count(f" {_run(q.text)} ") > 1
                      and not _TITLE_CASE.fullmatch(" ".join(q.text.split())) for q in quotes)}
    for pos, quotes in quoted.items():
        mine = [_run(q.text) for q in quotes]
        earlier = next((t for _, _, t in reversed(keep[:pos])  # (the sentence that quoted it: not prose)
                        if all(any(m in _run(q.text) for q in find_quotes(t)) for m in mine)), None)
        if earlier is None:
            continue
        outside = keep[pos][2]
        for q in reversed(quotes):
            outside = outside[:q.start] + " " + outside[q.end:]
        said = words(outside)
        whole_sentence = min(len(m.split()) for m in mine) >= WHOLE_WORDS
        if any(w.lower() in _STANCE and not (whole_sentence and w.lower() in _SECOND_VOICE) for w in said):
            continue
        before = {w.lower() for _, _, t in keep[:pos] for w in words(t)}
        if any(w[:1].isupper() and w.lower() not in before and w.lower() not in STOPWORDS for w in said):
            continue  # (a name the body has not met: another speaker)
        held = {w.lower() for w in words(earlier)}
        if len({w.lower() for w in said if w.lower() not in STOPWORDS and w.lower() not in held}) <= AGAIN_NEW:
            found.add(pos)
    return found


# A line the body tells again in other words ("Last year the Scottish government held a consultation on licensing
# air weapons, but a majority of responders opposed the plan." and, five paragraphs on, "... launched a consultation
# on licensing air weapons, with a large majority of those who responded opposing the plan."): the page told it
# twice, in its box and in its copy, or in a caption. Read twice, it reads as a second event.
LINE_MIN_STEMS = 8  # a line this long, at least (its words of three letters or more, stop words off)
LINE_SHARE = 0.7  # of its stems told by one line before it, at least
LINE_BACK = 0.6  # (and of that line's stems, told again by it: not a short line inside a long one)
_NEGATION = re.compile(r"\b(?:not|never|no|nor|n't|n’t)\b")


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in CONTENT_WORD.findall(text.lower().replace("’", "'")) if w not in STOPWORDS)


def lines_told_again(keep: list[tuple[int, int, str]], leans_back: Callable[[int], bool]) -> set[int]:
    """The positions of the sentences in ``keep`` (paragraph, source index, text) that tell again what one
    sentence before them in the body told: ``LINE_SHARE`` of their stems its, and ``LINE_BACK`` of its stems
    theirs, with no number, no name and no denial it lacks, and no quotation mark (a speaker's words are
    ``quoted_again``'s), nor a line on a part of the group told before (``PARTITIVE``). Not one that the
    body's next sentence, its own next in the source, leans on (``leans_back``: "Machida later tipped the
    scales ..."): cut, it would take that one with it."""
    stems = [_stems(t) for _, _, t in keep]
    shipped = {i for _, i, _ in keep}
    found: set[int] = set()
    for pos, (_, _, text) in enumerate(keep):
        mine = stems[pos]
        if len(mine) < LINE_MIN_STEMS or LOOSE_MARK.search(text) or (i := keep[pos][1]) + 1 in shipped and leans_back(i + 1) \
                or PARTITIVE.match(text):
            continue  # (a line on a part of a group told before tells something new of that part: "One of the
            # officers had worked multiple overtime shifts" after "Ten of the 18 staffers ... were working overtime")
        for before in range(pos):
            told = stems[before]
            shared = len(mine & told)
            if shared < LINE_SHARE * len(mine) or shared < LINE_BACK * len(told) or before in found:
                continue
            earlier = keep[before][2]
            if told_in(text, earlier) and (_NEGATION.search(text) is None) == (_NEGATION.search(earlier) is None):
                found.add(pos)
                break
    return found
