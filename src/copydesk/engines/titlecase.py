"""Title Case as the seed writes headlines: each word capitalised but the short function
words inside; a quotation longer than a short phrase keeps the source's case."""

from __future__ import annotations

import re

from copydesk.engines.headrules import QUOTED_SPAN

# Title Case leaves these lowercase inside a headline: articles, short conjunctions and
# prepositions of three letters or fewer.
SHORT_QUOTE = 5  # words
TITLE_SMALL = frozenset("a an the and but or nor for of in to on at by as via per off up out vs".split())


def title_case(text: str) -> str:
    """Title Case as the seed does; words inside a quotation of more than ``SHORT_QUOTE``
    words stand as the source has them."""
    # a short quoted phrase takes the headline's case like the words around it ("Faces
    # 'Coalition of Chaos'"): a headline in Title Case with 'coalition of chaos' inside reads
    # as a slip; a longer quotation keeps the source's case
    protected = [((m.start(), m.end()), len(m.group(0).split()) <= SHORT_QUOTE) for m in QUOTED_SPAN.finditer(text)]
    out = []
    tokens = list(re.finditer(r"\S+", text))
    for k, m in enumerate(tokens):
        token = m.group(0)
        if any(s <= m.start() < e and not short for (s, e), short in protected):
            out.append(token)
            continue
        core = token.lstrip("([{\"'“‘")
        prefix = token[: len(token) - len(core)]
        if not core or not core[0].isalpha() or not core[0].islower() or not core.islower():
            out.append(token)
            continue
        word = core.split("-")[0].lower()
        if 0 < k < len(tokens) - 1 and word in TITLE_SMALL:
            out.append(token)
            continue
        parts = core.split("-")
        core = "-".join(p[:1].upper() + p[1:] if p[:1].islower() else p for p in parts)
        out.append(prefix + core)
    return " ".join(out)
