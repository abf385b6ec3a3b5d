"""The headline's last touches once ``cut_to_length`` has cut it (``copydesk.engines.headline``):
the headline's present for what the source told in the past or the perfect, a passive's bare
participle, a trailing appositive off, a progressive made simple, a left adverb off."""

from __future__ import annotations

import re

from copydesk.engines.headafter import after_clause_present
from copydesk.engines.headcuts import any_perfect
from copydesk.engines.headtrims import (
    HEADLINE_MIN,
    open_quote,
    orphan_coordinator,
    without_left_adverb,
    word_count,
)
from copydesk.engines.progressive import simple_present
from copydesk.engines.spans import after_article
from copydesk.engines.tense import present_tense, second_clause_passive
from copydesk.engines.verbs import has_verb, presents_of_pasts, verb_kind

# a passive perfect after a subject's relative clause, headlinese's bare participle once it goes:
# "Man Who Stabbed Wife Has Been Jailed" -> "Man Who Stabbed Wife Jailed"
_PASSIVE_PERFECT = re.compile(r"\b(?:has|have)\sbeen\s(?=[a-z]+(?:ed|en)\b(?!\s(?:to|that)\b))")


def after_the_cut(text: str, sentence: str, source_words: frozenset[str], known: frozenset[str], *,
                  historic: bool, tensed: bool) -> str:
    """``text``, a headline cut to length from ``sentence``, in the headline's tense and tidied;
    ``historic``: it tells history and keeps its past; ``tensed``: a relative clause already set it."""
    if not historic and (" after " in text or " as " in text):
        text = after_clause_present(text, source_words, known)  # "Speaks of Despair After QPR Twice Threw" -> "Throw"
    if not historic and any_perfect(text):  # (after a relative clause kept too: "who was convicted ... Vows")
        text = present_tense(text, source_words, both=True)  # "have apologised ... and promised", at its length
        # ("has racked up losses | since it was bailed out and warned": the cut took what kept it)
    if not historic and tensed and (" has been " in text or " have been " in text) \
            and has_verb(bare := _PASSIVE_PERFECT.sub("", text, count=1), known):
        text = bare  # "Jilted Lover Who Sent ... Has Been Jailed" -> "... Jailed" (while its verb still reads as one)
    if not historic and (" was " in text or " were " in text) and (" and " in text or " but " in text):
        text = second_clause_passive(text)  # "Suspects Flee and Area Was Cordoned Off" -> "... and Area Cordoned Off"
    tail = re.search(r",\s([a-z][^,]*)$", text)
    if tail and not open_quote(text) and not any(verb_kind(t) for t in tail.group(1).split()) \
            and word_count(text[:tail.start()]) >= HEADLINE_MIN and has_verb(text[:tail.start()], known) \
            and tail.group(1).split()[0] not in ("and", "but", "or") \
            and (not text[:tail.start()].split()[-1].islower()  # "Yazidis, a minority group", "6%, down"
                 or after_article(sentence, tail.group(1).split()[0], spaces=True)):
        # (not "an ancient, primally horrifying method": one phrase with its adjectives)
        text = text[:tail.start()]  # a trailing appositive: "Yazidis, a minority group" -> "Yazidis"
    text = re.sub(r"^(?:The|A|An)\s+(?=\S)", "", text)
    if not historic and not tensed and (" is " in text or " are " in text or " been " in text) \
            and (simple := simple_present(text, source_words)) != text \
            and has_verb(simple, presents_of_pasts(simple, source_words)):
        text = simple  # "Bachmann Is Comparing" -> "Compares", at its length (while it reads as a verb)
    if text.endswith((" early", " late")):
        text = without_left_adverb(text, sentence)  # "... deep free-kick early | in the match"
    return orphan_coordinator(text).rstrip(" .!;:,")
