"""Where a headline cut from a long lead may end before a participle's phrase on the noun before it: "One in five
restaurants are believed to be serving shark fin soup | exploiting a legal loophole ...". ``headcut`` cuts there, and
``headrules.tail_continues`` reads the place as a phrase's end, so the check and the cut agree."""

from __future__ import annotations

import re

from copydesk.engines.verbs import has_verb, verb_kind

# a participle phrase on the noun before it, with an object of its own: "are serving shark fin soup | exploiting (a)
# legal loophole allowing ...", "at the centre of a development | featuring a marina" (a headline may end before it)
_PARTICIPLE = re.compile(r"(?<=[a-z]{3}\s)(?P<ing>[a-z]{2,}[^aeiou\s]ing)\s(?!(?:to|of|in|on|at|for|from|with|by|out|up|"
                         r"off|down|over|and|or|as|that|which|who|it|him|her|them|me|us|you)\b)[a-z]")
# (not after a word that makes it a verb's, a noun's or an adjective's: "to be | serving", "the | firing squad")
_NO_PHRASE_BEFORE = frozenset("""be is are was were been being am keep keeps kept start started stop stopped began begin
after before of for by about without while when from on in at to into since the a an his her their its our my and or but
not also still just go goes went continue continues continued avoid avoided enjoy enjoys risk risks consider finish
finished mind quit spend spent spends like love hate prefer miss recall recalls him her them me us it you""".split())
# (nor after an object pronoun, whose complement it is: "has left him | feeling ...", nor after a name: "the team coached
# by Luis Enrique | playing their best football", the team's)
_ING_NOUNS = frozenset("""nothing something anything everything building meeting wedding ceiling morning evening feeling
hearing funding training housing clothing ruling finding setting shooting killing bombing stabbing beating landing
opening ending offering painting warning saving earning listing rating ranking spending parking booking timing spring
string sibling darling pudding during according including regarding concerning following king thing""".split())
_SUBORDINATORS = frozenset("after before when while because as since if until although though where unless".split())
# (nor after a share of a group, which the phrase says which: "part of a growing number of PE shops | buying ...")
_RESTRICTED = re.compile(r"\b(?:number|numbers|one|part|some|many|most|few|any|none|all|each|share|proportion|majority|"
                         r"minority|group|list|those)\s(?:of|among)\b", re.IGNORECASE)
PARTICIPLE_BEFORE_WORDS = 6  # words before the phrase, at least


def participle_breaks(text: str) -> set[int]:
    """Where (the space before) a participle's phrase on the noun before it opens in ``text``: after a noun (no verb,
    no word in "-ly", "-ed" or "-ing") that ends a clause with its verb."""
    out = set()
    for m in _PARTICIPLE.finditer(text):
        before = text[: m.start()].split()
        prev = before[-1]
        if prev in _NO_PHRASE_BEFORE or m.group("ing") in _ING_NOUNS or not (prev.isalpha() and prev.islower()) \
                or prev.endswith(("ly", "ed", "ing")) or verb_kind(prev) is not None \
                or len(before) < PARTICIPLE_BEFORE_WORDS or not has_verb(" ".join(before)) \
                or _SUBORDINATORS.intersection(w.lower() for w in before) \
                or _RESTRICTED.search(" ".join(before[-PARTICIPLE_BEFORE_WORDS:])):
            continue  # (nor inside a subordinate clause, whose verb may want it: "found after volunteers spent eleven
            # summers | combing every hedgerow")
        out.add(m.start() - 1)
    return out
