"""A pronoun of the other sex in the source's own words.

"She started refusing food" against the source's "he started refusing food": the
sentence copies what the source says of one person and hands it, through the pronoun,
to someone else (a coreference error of a compressing model). ``swapped_pronoun``
flags a "he"/"she" (and their forms) followed by a run of source words that the
source gives, wherever it gives that run, only after a pronoun of the other sex.

Only he/she swaps count: "they" for a person (or "it" for "they" of a company) is a
writer's choice, not a different referent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copydesk.lexicon import STOPWORDS, stem, tokens
from copydesk.model import Problem

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

SEX = {"he": "m", "him": "m", "his": "m", "himself": "m",
       "she": "f", "her": "f", "hers": "f", "herself": "f"}
# How many words after the pronoun must stand in the source as they stand here.
RUN = 3


def swapped_pronoun(text: str, index: SourceIndex) -> Problem | None:
    """A ``role`` problem when a he/she pronoun stands where the source has the other sex."""
    toks = tokens(text)
    if not any(t in SEX for t in toks):
        return None
    seq, _sid, pos = index.stem_sequence
    words = index.word_sequence
    for j, mine in enumerate(toks[:len(toks) - RUN]):
        if mine not in SEX:
            continue
        after = [stem(t) for t in toks[j + 1:j + 1 + RUN]]
        if all(t in STOPWORDS for t in toks[j + 1:j + 1 + RUN]):
            continue
        before: set[str] = set()
        for at in pos.get(after[0], ()):
            if at > 0 and seq[at:at + RUN] == after:
                before.add(words[at - 1] or "")
        sexes = {SEX[w] for w in before if w in SEX}
        if before and sexes and SEX[mine] not in sexes and all(w in SEX for w in before):
            theirs = sorted(w for w in before if w in SEX)[0]
            return Problem("role", f"“{mine}” where the source says “{theirs} "
                           f"{' '.join(toks[j + 1:j + 1 + RUN])}”: another person", mine)
    return None
