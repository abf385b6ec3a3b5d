"""The language of a text (``detect_language``): plain English prose is told by its function
words alone ("the", "of", "and" ... a third of its words), which costs a tenth of langid; any
other text goes to ``py3langid``. The desk reads it of the cleaned text (``ingest/text``)."""

from __future__ import annotations

import re

import py3langid

# The commonest English function words: in running English prose they are a third or
# more of the words; in any other language written in Latin letters, a few percent.
_ENGLISH_STOP = frozenset(
    "the of and to in a is that for on was with he it as at by his her said from be are "
    "have has an were but not they this who had been will their its which would after".split()
)
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_LETTER = re.compile(r"[^\W\d_]")
_LANGUAGE_SAMPLE = 1000
_ENGLISH_MIN_WORDS = 30
_ENGLISH_SHARE = 0.25


# ASCII but a lowercase letter or an apostrophe, as a space: what splits ``_ASCII_WORD``'s words
_NOT_ASCII_WORD = str.maketrans({c: " " for c in range(128) if not ("a" <= chr(c) <= "z" or chr(c) == "'")})


def ascii_words(low: str) -> list[str]:
    """``_ASCII_WORD.findall(low)``: for ASCII text, the runs of letters and apostrophes split
    by a table, the pattern read only inside a run that holds an apostrophe."""
    if not low.isascii():
        return _ASCII_WORD.findall(low)
    out: list[str] = []
    for run in low.translate(_NOT_ASCII_WORD).split():
        if "'" in run:
            out += _ASCII_WORD.findall(run)
        else:
            out.append(run)
    return out


def _plainly_english(sample: str) -> bool:
    """True for a sample of plain English prose: ASCII letters, a third function words."""
    if not sample.isascii():
        most = max(3, len(sample) // 300)
        # (the letters beyond ASCII are among the characters beyond ASCII: count those first)
        if len(sample) - len(sample.encode("ascii", "ignore")) > most \
                and len(_NON_ASCII_LETTER.findall(sample)) > most:
            return False  # accented or non-Latin letters: leave it to langid
    found = ascii_words(sample.lower())
    if len(found) < _ENGLISH_MIN_WORDS:
        return False
    return sum(map(_ENGLISH_STOP.__contains__, found)) >= _ENGLISH_SHARE * len(found)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language ("en", "de", ...); "und" for no letters.

    The first 1,000 characters are plenty for news prose, and langid's cost grows
    with the sample. Plain English prose (ASCII letters, a third of the words "the",
    "of", "and" ...) is recognised by that test alone, which costs a tenth of langid.
    """
    sample = text[:_LANGUAGE_SAMPLE]
    if not _LETTER.search(sample):
        return "und"
    if _plainly_english(sample):
        return "en"
    lang, _ = py3langid.classify(sample)
    return str(lang)
