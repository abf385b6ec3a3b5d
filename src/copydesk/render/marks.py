"""One style of quotation marks through a rewrite's copy.

A source that sets its quotations in straight marks and its apostrophes curly (or the other
way about), or a rewrite that joins sentences of both kinds, reads as two hands at work: "She
said 'it’s over'". When the parts of one rewrite (headline, summary, body) hold both straight
and curly marks, the curly ones are set straight: straightening never puts a mark the wrong
way round (curling a straight mark must guess which way it turns: "'90s"). The words are
untouched; the checker and the eval fold marks alike.
"""

from __future__ import annotations

from collections.abc import Sequence

_CURLY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def one_style(parts: Sequence[str]) -> list[str]:
    """``parts`` with curly marks set straight when any part holds a straight one too."""
    joined = "".join(parts)
    if ("'" in joined or '"' in joined) and any(c in joined for c in "‘’“”") and "„" not in joined and "‚" not in joined:
        # (not in copy that opens its quotations low, „...“ and ‚...‘: the curly mark closes the pair)
        return [p.translate(_CURLY) for p in parts]
    return list(parts)
