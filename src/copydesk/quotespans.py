"""Quoted spans in a text: where each quotation stands, and the marks folded to straight ones
(the checker, the engines and the editorial measures read them; ``copydesk.segment`` re-exports
them, where they have always been read)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copydesk.lexicon import words


def normalize_quotes(text: str) -> str:
    """Fold curly and angled quote marks to straight ones, and whitespace to single spaces."""
    table = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                           "‘": "'", "’": "'", "‚": "'", "`": "'"})
    return " ".join(text.translate(table).split())


@dataclass(frozen=True)
class Quote:
    """A quoted span: ``text`` is what stands between the marks, ``start``/``end`` its offsets."""

    text: str
    start: int
    end: int


_DOUBLE_QUOTE = re.compile(r"[\"“„«]([^\"“”„«»]{2,}?)[\"”“»]", re.S)
# A single-quoted span opens after a space or bracket and closes before a space or
# punctuation, so apostrophes ("don't", "the players' ball") are not taken for quotes.
# (it opens on the mark and looks back from there, so that only marks are tried)
_SINGLE_QUOTE = re.compile(r"[‘'](?<![^\s(\[—–-][‘'])(?=[^\s'])([^‘’'\n]*?(?:\w['’]\w[^‘’'\n]*?)*)(?<=\S)[’'](?=[\s.,;:!?)\]—–-]|$)", re.S)
# Tokenised text (PTB style) opens with a backtick or two: "` we 're no heroes '", "`` so ''".
_TOKENISED_QUOTE = re.compile(r"(?:(?<=^)|(?<=\s))`{1,2}\s*([^`\n]+?)\s*'{1,2}(?=\s|$|[.,;:!?])", re.S)
# each pattern with the marks it opens with, in the order they are tried
_QUOTE_PATTERNS = ((_TOKENISED_QUOTE, "`"), (_DOUBLE_QUOTE, "\"“„«"), (_SINGLE_QUOTE, "‘'"))


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans in double marks ("…", “…”, «…») and single marks (‘…’, '…').

    A span must hold at least two words to count as a quotation, so scare-quoted
    single words ('hero') are left alone.
    """
    found: list[Quote] = []
    taken: list[tuple[int, int]] = []
    for pattern, marks in _QUOTE_PATTERNS:
        if not any(c in text for c in marks):
            continue  # the mark every match opens with is not there
        for m in pattern.finditer(text):
            inner = m.group(1)
            if len(words(inner)) < 2:
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(Quote(inner.strip(), m.start(1), m.end(1)))
    found.sort(key=lambda q: q.start)
    return found
