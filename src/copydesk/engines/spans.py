"""Where a given word stands in a text, found with string searches instead of a pattern
built for the word: a pattern made per word is compiled anew for each article (a few
hundred microseconds each, and it pushes the fixed patterns out of ``re``'s cache).

Each function here finds exactly what the pattern named in its docstring finds.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from copydesk.lexicon import CASE_TRAPS, SEPARATORS_BEYOND_ASCII

ARTICLES = ("a", "an", "the")


def word_char(c: str) -> bool:
    """What ``\\w`` matches."""
    return c.isalnum() or c == "_"


def boundary(text: str, at: int) -> bool:
    """``\\b`` at ``at``: a word character on one side only."""
    return (at > 0 and word_char(text[at - 1])) != (at < len(text) and word_char(text[at]))


def whole_word(text: str, word: str) -> Iterator[int]:
    """The start of each match of ``\\bWORD\\b`` (``word`` of word characters only)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not word_char(text[at - 1])) and (end == len(text) or not word_char(text[end])):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def ignorecase_literal(text: str, *words: str) -> bool:
    """Does a case-insensitive pattern of the literal ``words`` match where the lowercased
    words stand in the lowercased text? True for ASCII words in a text without the letters
    that case-fold unlike they lowercase (``lexicon.CASE_TRAPS``)."""
    return all(w.isascii() for w in words) and (text.isascii() or not any(c in text for c in CASE_TRAPS))


def word_pairs(text: str, first: str, second: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``\\bFIRST\\W{1,3}SECOND\\b``, ignoring case, for words
    that open and close on a word character; only where ``ignorecase_literal`` holds."""
    low, a, b = text.lower(), first.lower(), second.lower()
    n = len(text)
    at = low.find(a)
    while at >= 0:
        end = at + len(a)
        if at == 0 or not word_char(text[at - 1]):
            k = end
            while k < n and k - end < 4 and not word_char(text[k]):
                k += 1
            stop = k + len(b)
            if 1 <= k - end <= 3 and low.startswith(b, k) and (stop == n or not word_char(text[stop])):
                yield at, stop
                at = low.find(a, stop)
                continue
        at = low.find(a, at + 1)


def after_article(text: str, word: str, *, spaces: bool = False) -> bool:
    """Does ``,\\s(?:a|an|the)\\sWORD\\b`` match in ``text`` (with ``spaces``,
    ``,\\s(?:a|an|the)\\s+WORD``, no boundary after)? ``word`` is not empty and opens on
    no space."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if spaces or boundary(text, end):
            k = at
            if spaces:
                while k > 0 and text[k - 1].isspace():
                    k -= 1
            elif k > 0 and text[k - 1].isspace():
                k -= 1
            if k < at:
                for art in ARTICLES:
                    s = k - len(art)
                    if s >= 2 and text.startswith(art, s) and text[s - 1].isspace() and text[s - 2] == ",":
                        return True
        at = text.find(word, at + 1)
    return False


# ASCII characters that are no part of a word as ``[\w'’.-]+`` reads words, as spaces; "\x01"
# is kept: ``lower_words`` writes it for "’" (which that pattern reads as part of a word)
_NOT_WORD_KEEP = str.maketrans({c: " " for c in range(128)
                                if not (chr(c).isalnum() or chr(c) in "_'.-\x01")})
# the marks beyond ASCII news text is full of, less "’": none is part of a word
_NOT_WORD = str.maketrans({c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'.-")})
_MARKS = "".join(c for c in SEPARATORS_BEYOND_ASCII if c != "’")


def lower_words(text: str) -> list[str] | None:
    """``re.findall(r"[\\w'’.-]+", text.lower())`` (the same as lowercasing each word found),
    by a table for text that is ASCII but for ``lexicon.SEPARATORS_BEYOND_ASCII``; None for
    other text (the caller runs the pattern)."""
    if not text.isascii():
        if "\x01" in text:
            return None
        for mark in _MARKS:
            if mark in text:
                text = text.replace(mark, " ")
        if "’" in text:
            text = text.replace("’", "\x01")
        if not text.isascii():
            return None
        found = text.lower().translate(_NOT_WORD_KEEP).split()
        return [w.replace("\x01", "’") if "\x01" in w else w for w in found]
    return text.lower().translate(_NOT_WORD).split()


class Either(Container[str]):
    """The words of either of two sets, without making their union (read a few times)."""

    __slots__ = ("_one", "_other")

    def __init__(self, one: frozenset[str], other: frozenset[str]):
        self._one, self._other = one, other

    def __contains__(self, word: object) -> bool:
        return word in self._one or word in self._other
