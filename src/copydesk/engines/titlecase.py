"""Title Case as the seed writes headlines: each word capitalised but the short function
words inside. Words inside quotation marks are cased the same way, as news headlines set
them ("Britain Faces 'Coalition of Chaos'"): case is no part of a quote's words, and the
checker and the quote measures compare quotes without it. A word with capitals of its own
("iPhone") keeps them."""

from __future__ import annotations

import re

from copydesk.engines.headrules import QUOTED_SPAN

# Title Case leaves these lowercase inside a headline: articles, short conjunctions and
# prepositions of three letters or fewer.
NAME_PARTICLES = frozenset("van von de der den da del della di dos du la le bin".split())
TITLE_SMALL = frozenset("a an the and but or nor for of in to on at by as via per off up out vs".split())


def title_case(text: str) -> str:
    """Title Case as the seed does, quoted words too."""
    protected = [m.start() for m in QUOTED_SPAN.finditer(text)]
    if protected:
        found = list(re.finditer(r"\S+", text))
        tokens = [m.group(0) for m in found]
        opens = [m.start() in protected for m in found]  # a quotation's first word is capitalised
    else:  # (no quotation: the words as split)
        tokens = text.split()
        opens = [False] * len(tokens)
    out = []
    for k, token in enumerate(tokens):
        core = token.lstrip("([{\"'“‘")
        prefix = token[: len(token) - len(core)]
        if not core or not core[0].isalpha() or not core[0].islower() or not core.islower():
            out.append(token)
            continue
        word = core.split("-")[0].lower()
        if word in NAME_PARTICLES and 0 < k < len(tokens) - 1 and tokens[k - 1][:1].isupper() \
                and tokens[k + 1][:1].isupper():
            out.append(token)  # "Louis van Gaal", "Ludwig van Beethoven": a name's particle as the name has it
            continue
        if 0 < k < len(tokens) - 1 and word in TITLE_SMALL and not opens[k] and "-" not in core:
            out.append(token)
            continue
        parts = core.split("-")
        # (a short function word inside a compound stays lowercase: "Top-of-the-Table"; not at its
        # end, a particle: "Switch-On")
        core = "-".join(p[:1].upper() + p[1:] if p[:1].islower() and not (0 < j < len(parts) - 1 and p in TITLE_SMALL)
                        else p for j, p in enumerate(parts))
        out.append(prefix + core)
    return " ".join(out)
