"""A story that opens on "It" or "They" with nothing before it to name the thing.

Copy cut below its standfirst (the line above the first paragraph that named the thing did not
come with the text) opens on a pronoun: "They started arriving at Poldhu Cove on the Lizard on
Sunday ...". That first sentence is the news, and cutting it cuts the story's top. The sentence
right after it names the thing as its subject ("The bottles are sealed, but ..."), and the
first sentence takes that name: "The bottles started arriving at Poldhu Cove ...".

Only where the name can be nothing else: the pronoun is the subject of an action, or of a
state a participle tells ("It will be available to ..."); the next sentence (or the one after
it) opens on "The" and a common noun of the pronoun's number, as its subject. Never a pronoun
a copula names ("They have been the biggest student protests ...": the sentence says what
"They" are, and the students of the next sentence are not it), nor "It" of an extraposed
clause ("It is thought that ...", "It follows suggestions ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OPENING = re.compile(r"^(?P<pro>It|They)\s(?=[a-z])")
# "They have been the biggest ...", "It is a ...": what the pronoun is, said by the sentence itself
_IDENTITY = re.compile(r"^(?:It|They)\s(?:(?:will|would|could|may|might|must|should|can|also|now|still)\s)*"
                       r"(?:(?:have|has|had)\s)?(?:is|are|was|were|be|been|become|became|remain|remains|remained)\b")
# "It" a participle's state may tell ("It will be available to 1.7bn people", "It was built in ..."),
# not an extraposed clause after it ("It was announced that ...", "It is expected to be ...": kept out)
_IT_STATE = re.compile(r"^It\s(?:(?:will|would|could|may|might|can)\s)?(?:is|was|be|has\sbeen|had\sbeen)\s"
                       r"(?:available|[a-z]+(?:ed|en))\b(?!\s(?:that|whether|if|how|to\sbe)\b)")
# a verb of "It" that brings in a clause or a report, not what the thing did
_IT_EXPLETIVE = re.compile(r"^It\s(?:also\s)?(?:follows|followed|comes|came|emerged|means|meant|seems|seemed|"
                           r"appears|appeared|looks|looked|takes|took|remains|remained|happened|is|was|'s|’s)\b")
_SUBJECT = re.compile(r"^The\s(?P<np>(?:[a-z][a-z-]+\s)?[a-z][a-z-]+)(?=,|\s(?:is|are|was|were|will|would|has|have|"
                      r"had|can|could|may|might|must|should|at|in|on|of|for|from|with|also)\b)")
REACH = 2  # the sentences after the first that may name the thing


def lead_pronoun_named(sents: Sequence[str]) -> str | None:
    """The name for the first of ``sents``'s opening "It"/"They": the subject of a sentence
    right after it ("The bottles"; see above), or None."""
    if not sents:
        return None
    first = sents[0].lstrip()
    m = _OPENING.match(first)
    if m is None:
        return None
    plural = m.group("pro") == "They"
    if plural and _IDENTITY.match(first):
        return None
    if not plural and _IT_EXPLETIVE.match(first) and not _IT_STATE.match(first):
        return None
    if not plural and _IDENTITY.match(first) and not _IT_STATE.match(first):
        return None
    for sent in sents[1:1 + REACH]:
        subject = _SUBJECT.match(sent.lstrip())
        if subject is None:
            continue
        noun = subject.group("np").split()[-1]
        if _plural(noun) != plural:
            return None  # (the next thing named is not of the pronoun's number: no guess)
        return "The " + subject.group("np")
    return None


def _plural(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ics"))
