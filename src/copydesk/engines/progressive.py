"""The headline's simple present for a progressive ("is comparing" -> "compares", "are letting"
-> "let", "has been stepping up" -> "steps up"), as headlines tell it, among the headline's last
touches (``copydesk.engines.headfinish``): only where the base form of the "-ing" word is sure;
else the progressive stays."""

from __future__ import annotations

import re

from copydesk.engines.tense import base_form, inside_quotes
from copydesk.engines.verbs import PRESENT_FORMS, third_person
from copydesk.lexicon import stem

# A progressive told as headlines tell it: "Michele Bachmann is comparing Obama to ..." ->
# "compares", "Police are investigating" -> "investigate". Only where the base form of the
# "-ing" word is sure by its spelling (or by the source's own forms of it); else it stays.
_PROGRESSIVE = re.compile(r"\b(?P<aux>is|are|has been|have been)\s+(?P<adv>(?:not|also|still|now)\s+)?(?P<verb>[a-z]{2,}ing)\b(?!\s+to\s+be\b)")
_NOT_PROGRESSIVE = frozenset("being going having bring bringing sing singing thing everything nothing "
                             "something anything king ring spring string swing sting wing during "
                             # (adjectives, and progressives whose present says another thing: "is
                             # missing", "is dying", "is expecting" a baby)
                             "missing ongoing outstanding upcoming interesting amazing boring exciting willing "
                             "worrying disappointing shocking surprising encouraging promising pending dying "
                             "expecting trending "
                             # (a state that goes on: "Is Recovering"; "Recovers" would say it is over)
                             "living recovering waiting hoping struggling fighting battling staying awaiting "
                             "remaining".split())
_KEEP_DOUBLE = ("ll", "ss", "zz", "ff")
_VOWELS = "aeiou"


def base_of_ing(word: str, source_words: frozenset[str] = frozenset()) -> str | None:
    """The base form of an "-ing" word when it is sure: a form of it the source uses (its
    third person or the base itself: "visits" for "visiting"), or a present the
    lexicon knows ("comes", "faces"), of the stem ("selling"), the stem and "e" ("facing") or the
    stem's doubled letter dropped ("getting"); None otherwise ("comparing" with no "compares",
    "compared" or "compare" in the source: compar? compare?)."""
    stem = word[:-3]
    if len(stem) < 2:
        return None
    if len(stem) == 2 and stem.endswith("y"):
        return stem[0] + "ie"  # "lying", "dying", "tying"
    if stem.endswith("e"):
        return stem  # (an "-eing" word keeps its base whole: "eyeing", "seeing", "canoeing"; never "eyee")
    candidates = [stem + "e", stem]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS and stem[-2:] not in _KEEP_DOUBLE:
        candidates.insert(0, stem[:-1])  # "getting", "planning"
    for base in candidates:  # (not its past: "compared" is compar|ed or compare|d)
        if third_person(base) in source_words or base in source_words or third_person(base) in PRESENT_FORMS:
            return base
    return None


def _progressive_base(word: str, source_words: frozenset[str]) -> str | None:
    """The base of a progressive's "-ing" word: as ``base_of_ing`` finds it, else as the
    spelling rules and English's own words settle the base of its past ("comparing" ->
    "compared" -> "compare", "stepping" -> "stepped" -> "step")."""
    base = base_of_ing(word, source_words) or base_form(word[:-3] + "ed", source_words, guess=True)
    # (only a form the checker reads as the same word: "investigate" is not "investigat|ing" to it)
    return base if base and stem(base) == stem(word) == stem(third_person(base)) else None


def simple_present(text: str, source_words: frozenset[str] = frozenset()) -> str:
    """The headline's first progressive as its simple present ("is comparing" -> "compares",
    "are letting" -> "let", "has been stepping up" -> "steps up"), when its base form is sure
    (``_progressive_base``) and no relative clause holds it."""
    m = _PROGRESSIVE.search(text) if "ing" in text else None
    if m is None or m.group("verb") in _NOT_PROGRESSIVE \
            or re.search(r"\b(?:who|whose|which|that|as|when|while|if|where|after|before|because)\s", text[:m.start()]) \
            or inside_quotes(text[:m.start()].split(" "), len(text[:m.start()].split(" ")) - 1):
        return text
    base = _progressive_base(m.group("verb"), source_words)
    if base is None:
        return text
    verb = third_person(base) if m.group("aux") in ("is", "has been") else base
    return text[:m.start()] + (m.group("adv") or "") + verb + text[m.end():]
