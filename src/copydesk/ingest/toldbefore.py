"""A bare "the announcement", "the move", "the decision" inside a sentence: a thing an earlier
sentence told (``told_before``). First in a text, it shows the text lost its first sentence
(``engines/passages``); right after a line that tells an act of another time, it would read as
that act (``misread_after``: the extractive engine sets it at the next place instead).

Split from ``ingest/dependency`` (what a sentence leans on), which it complements.
"""

from __future__ import annotations

import re

from copydesk.ingest.pronouns import QUOTED_TEXT
from copydesk.lexicon import BACK_NOUNS

_BACK_NOUN = re.compile(r"\b[Tt]he\s+(?:" + "|".join(sorted(BACK_NOUNS)) + r")\b(?!\s+(?:of|to|for|about|that|on|by|from|"
                        r"over|against|which|who)\b|[-’'])")


def told_before(sentence: str) -> str | None:
    """A bare "the announcement", "the move" inside ``sentence`` (outside quotes): a thing an
    earlier sentence told. First in a text, it shows the text lost its first sentence."""
    if " the " not in sentence and not sentence.startswith("The "):
        return None
    bare = QUOTED_TEXT.sub(" ", sentence) if '"' in sentence or "“" in sentence else sentence
    m = _BACK_NOUN.search(bare)
    if m and m.group(0).endswith("news") and _IN_THE_NEWS.search(bare, max(0, m.start() - 30), m.start()) \
            and not bare.startswith((" before", " again"), m.end()):
        m = _BACK_NOUN.search(bare, m.end())  # "found herself in the news", "made the news": the media, nothing told
    if m and _TOLD_HERE.search(bare, 0, m.start()):
        return None  # "criticism over its decision to ..., while the premier cheered on the move": told in the sentence
    return f"inner reference “{m.group(0)}” (a thing told before)" if m else None


def misread_after(sentence: str, before: str) -> bool:
    """Would ``sentence``'s bare "the decision" (or "the move", "the announcement") read as the act
    that ``before`` tells ("The SAT was cancelled in 2013. | Administrators ... took the decision ...")?"""
    told = told_before(sentence)
    return told is not None and _ACT_NOUN.search(told) is not None and _ACT_TOLD.search(before) is not None \
        and _ANOTHER_TIME.search(before) is not None  # (an act of another time or thing: not the story's own,
    # "The school has cancelled its summer trip. | The head teacher made the announcement ...", reviewer rev44b)


_ANOTHER_TIME = re.compile(r"\b(?:[Oo]ther|[Aa]nother|[Pp]revious|[Ee]arlier|[Ll]ast year|(?:19|20)\d\d)\b")
_ACT_NOUN = re.compile(r"“the (?:decision|move|announcement|step|ruling|change|changes)”")
_ACT_TOLD = re.compile(r"\b(?:cancel(?:l)?ed|called off|scrapped|banned|postponed|suspended|approved|rejected|"
                       r"announced|decided|voted|agreed|chose|ruled|axed|dropped|delayed|halted)\b")


# "the news" as the media it is in: "found herself in the news", "was in the news", "made the news"
_IN_THE_NEWS = re.compile(r"(?:\bfound\s(?:herself|himself|themselves|itself)\s|\b(?:is|was|are|were|been|be)\s)in\s$"
                          r"|\b(?:made|make|makes|making|hit|hits)\s$")  # (not "took heart in the news": a reaction)
# what "the move", "the decision" may stand for earlier in its own sentence: the event named as a
# noun ("over its decision to ...", "a plan to ...") or as a decision taken ("voted to ...")
_TOLD_HERE = re.compile(r"\b(?:(?:its|their|his|her|a|an|this)\s+(?:[\w-]+\s+)?(?:decision|move|plans?|proposal|"
                        r"policy|step|ruling|law|bill|deal|agreement|ban|changes?|measures?|scheme|announcement|"
                        r"statement)|(?:decided|voted|agreed|chose)\s+to)\b", re.I)
