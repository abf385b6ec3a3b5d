"""Does a headline's cut end inside a subordinate clause that has no finite verb yet ("..., and
since assuming office", "Police think that victim", "Mrs May said suing someone")? Both
``headline_problem`` and the cut loop of ``trim`` ask it of a cut (``copydesk.engines.headline``)."""

from __future__ import annotations

from copydesk.engines.headtrims import NO_VERB_AFTER
from copydesk.engines.verbs import PARTICIPLES, main_verbs, verb_kind

_SUBORDINATORS = frozenset("since when while after before because although though if unless until whereas "
                           "once".split())


# words in -ing that name a thing or an event, not an action: "just weeks after wedding" is whole
_ING_NOUNS = frozenset("""wedding weddings meeting meetings morning evening building buildings ceiling funding
hearing ruling briefing christening thing things king ring spring string sibling offspring""".split())
# verbs that report a clause with no "that" before it: "said suing someone | after slipping"
# (not "admits", "claims", "warns": "Admits Fraud", "Claims Victory", "Warns Residents" take an object)
_REPORTING = frozenset("said says insisted insists believes believed thinks".split())
# what "said" takes whole, with no clause after it ("Says Sorry"; "that" is looked at on its own)
_SAID_WHOLE = frozenset("that it so sorry goodbye yes no thanks".split())
# "just as" and "even as" open a clause, never a role ("as captain")
_AS_CLAUSE = frozenset(("just", "even"))


_TELLS = frozenset("tells told tell warns warned reminds reminded assures assured informs informed".split())
_CLAUSE_SUBJECTS = frozenset("the a an he she it they we i you his her their its this that these those".split())


# after these a word is a noun, not a finite verb ("for fight", "the rise"): NO_VERB_AFTER's
# words and three more prepositions
_NOT_BEFORE_VERB = NO_VERB_AFTER | {"against", "over", "after"}


_PRONOUN_SUBJECTS = frozenset("he she it they we i you".split())
_AUXILIARIES = frozenset("is are was were has have had will would can could may might must should do does did".split())


def _finite_after(tokens: list[str], start: int) -> bool:
    """Is there a verb among ``tokens[start:]``? Within two words of a preposition or an
    article only an auxiliary is one: "for title fight" names a fight, "for fight have" has one."""
    noun_phrase = 0
    for k in range(start, len(tokens)):
        low = tokens[k].lower()
        if low in _NOT_BEFORE_VERB:
            noun_phrase = 2
            continue
        if verb_kind(tokens[k]) and (noun_phrase == 0 or low in _AUXILIARIES):
            return True
        if tokens[k - 1].lower() in _PRONOUN_SUBJECTS and low.isalpha():
            return True  # "that he carries": what follows a subject pronoun is its verb
        noun_phrase = max(0, noun_phrase - 1)
    return False


def open_subordinate(text: str) -> bool:
    """Does ``text`` end inside a subordinate clause that has no finite verb yet
    ("..., and since assuming office")?"""
    tokens = text.split()
    main = main_verbs(tokens)
    if not main:
        return False
    last = main[-1]
    if tokens[last].lower() in _REPORTING and last + 1 < len(tokens) \
            and tokens[last + 1].lower().strip(",") not in _SAID_WHOLE and tokens[last + 1].lower() != "to" \
            and not _finite_after(tokens, last + 2):
        return True  # "Mrs May said suing someone": what she said has no verb yet
    for k in range(len(tokens) - 1, main[0], -1):
        if tokens[k].lower() == "that" and k + 1 < len(tokens) and (
                verb_kind(tokens[k - 1]) or k >= 2 and tokens[k - 2].lower() in _TELLS):  # ("tells reporters that")
            # "Police think that victim": no verb yet (the word after "that" opens its subject:
            # "reveals that contracts for fight against X" has none either)
            return not _finite_after(tokens, k + 2)
        if tokens[k].lower() == "as" and tokens[k - 1].lower() in _AS_CLAUSE and k + 1 < len(tokens):
            return not _finite_after(tokens, k + 2)  # "arrived just as suspension": no verb yet
        if tokens[k].lower().strip(",") in _SUBORDINATORS:
            rest = [t.lower() for t in tokens[k + 1:]]
            if rest[:1] == ["being"] and len(rest) >= 2 and (rest[1] in PARTICIPLES or verb_kind(rest[1]) == "past"):
                return False  # a passive's whole: "... dies in hospital after being shot"
            if not rest or rest[0].endswith("ing") and rest[0] not in _ING_NOUNS and (
                    tokens[k - 1].lower() in ("and", "but", "or") or tokens[k - 1].endswith(",") or len(rest) < 3):
                return True  # "..., and since assuming office" (not "crashes into a bin before smashing into a wall")
            return rest[0] in _CLAUSE_SUBJECTS and not any(verb_kind(t) for t in rest)
    return False
