"""Title Case as the seed writes headlines: each word capitalised but the short function
words inside, and words inside quotation marks left as the source has them (a quote is
word for word, its case too)."""

from __future__ import annotations

import re

from copydesk.engines.headrules import QUOTED_SPAN

# Title Case leaves these lowercase inside a headline: articles, short conjunctions and
# prepositions of three letters or fewer.
TITLE_SMALL = frozenset("a an the and but or nor for of in to on at by as via per off up out vs".split())


def title_case(text: str) -> str:
    """Title Case as the seed does, leaving words inside quotation marks as they stand."""
    protected = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]
    out = []
    if protected:
        found = list(re.finditer(r"\S+", text))
        tokens = [m.group(0) for m in found]
        quoted = [any(s <= m.start() < e for s, e in protected) for m in found]
    else:  # (no quotation: the words as split, none protected)
        tokens = text.split()
        quoted = [False] * len(tokens)
    for k, token in enumerate(tokens):
        if quoted[k]:
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
