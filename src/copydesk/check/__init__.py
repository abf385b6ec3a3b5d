"""The checker: every output sentence against its source.

    index.py     SourceIndex: the source indexed once per Document (``index_of``),
                 shared by the engines, ``check_draft`` and the desk's repair
    verify.py    check_sentence / check_draft / check_texts: the checks, in order
    claims.py    numbers, dates and names inside a sentence
    scores.py    match results: who beat whom, and by what score
    names.py     names against the source's own names
    speakers.py  who speaks a quotation
    support.py   copied pieces: splices and dropped or added negations
    contrast.py  claims, not just words: polarity, antonyms, bindings, roles, quantifiers
    context.py   a sentence in its place: pronouns, surnames, connectives
    garble.py    garbled sentences (a run said twice, cut off) and repeated ones
    readback.py  a rewrite (text, Markdown, copydesk's layout) read back into parts

Words themselves (tokens, stems, stop words, speech verbs) come from ``copydesk.lexicon``,
the same ones the extractive engine uses.
"""

from __future__ import annotations

from copydesk.check.index import SourceIndex, index_of
from copydesk.check.verify import (
    check_dateline,
    check_draft,
    check_passage,
    check_sentence,
    check_texts,
    source_sentences,
)

__all__ = [
    "SourceIndex",
    "check_dateline",
    "check_draft",
    "check_passage",
    "check_sentence",
    "check_texts",
    "index_of",
    "source_sentences",
]
