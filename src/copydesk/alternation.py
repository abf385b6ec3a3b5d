"""Long alternations of literal words as a letter tree, for the regex engine to read fast.

``w1|w2|...|wn`` makes the regex engine try each word in turn at every position it
reaches; the same words put in a tree (``Wembley(?: Arena|)``) have it read each
character once. The words that can match at one position are all prefixes of the text
there, so they stand on one path of the tree; trying a word's longer continuations
before the word itself tries them longest first, as the alternation of the words sorted
longest first does: every match (and where the next search starts) is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # a word ends at this node


def longest_first(words: Iterable[str]) -> str:
    """A regex equal to the alternation of ``words`` sorted longest first (one group, no
    capture; none of the words: a regex that never matches)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(tree) if tree else "(?!)"


def _branches(node: dict) -> str:
    parts = []
    ends = False
    for char, child in node.items():
        if char == _END:
            ends = True
            continue
        # a run of single children is one literal
        run = [char]
        while len(child) == 1 and _END not in child:
            (char, child), = child.items()
            run.append(char)
        rest = _branches(child) if child else ""
        parts.append(re.escape("".join(run)) + rest)
    if not parts:
        return ""
    if ends:
        parts.append("")  # the word that ends here: tried after its longer continuations
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"
