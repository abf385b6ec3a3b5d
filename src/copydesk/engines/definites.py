"""Definite references that lean on the sentence before: "the song" in "Co-star Vin Diesel
shared the video for the song" right after "The song that plays over the montage is ...",
and "the other path". A rewrite that ships such a sentence without the one before leaves
"the song" pointing at nothing (an outside editor's finding); ``Passages`` makes the two one
unit, so they ship together or not at all.

The evidence is the source's own order: the noun after "the" is named first, after an
article or a determiner, in the sentence just before. A noun the text named earlier still,
or never, is not this case (the first is told before the pair; the second stands alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from copydesk.engines.headrules import QUOTED_SPAN
from copydesk.engines.verbs import is_state, verb_kind
from copydesk.lexicon import STOPWORDS, indefinite_article
from copydesk.segment import LOOSE_MARK

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# "the song" (not "the song of ...", "the song that ...": what follows says which one)
# (the letter first and the word boundary looked behind from it: the regex engine skips ahead to "T"/"t")
_THE_NOUN = re.compile(r"[Tt](?<![\w].)he\s+(?P<noun>[a-z][a-z-]{3,})\b(?!\s+(?:of|that|which|who|whose)\b|['’-])")
# "the other semi-final", "the other two" (not "the other day"; not "X and the other deputies", "one
# ... the other": the sentence itself says which)
_THE_OTHER = re.compile(r"(?<!\band )(?<!\bwhile )\b[Tt]he\s+other\s+(?!day\b|way\b|hand\b)(?P<noun>[a-z][a-z-]+)\b")
# adjectives and ordinals that stand for a noun ("the first", "the best", "the unmarked car")
_NOT_NOUN = frozenset("""first second third fourth fifth last next final left right same whole former latter
latest only rest following above below other""".split())
_WORD = re.compile(r"[a-z][a-z-]+")
# "those indispensable sanctions", "As of Monday, that health care worker is ...": a demonstrative
# before a noun points back, wherever it stands ("that" only after a preposition or a comma, where
# it is no "said that ..."); not a span of time ("this week", "that night" is the story's own clock)
# (a look at the letter every branch opens with comes first: most positions go no further)
_DEMONSTRATIVE = re.compile(r"(?=[tofwiablAOIBSUDFW])(?:\b(?:these|those|this)|(?:\b(?:of|to|for|with|in|on|at|by|from|about|like)|"
                            r"^(?:As|On|In|At|By|After|Before|Since|Until|During|For|From|Within)\b[^,]{0,40},)\s+that)"
                            r"\s+(?P<noun>[a-z][a-z-]{2,})\b"
                            # (not "those loyal to ...", "those within": a pronoun for people the phrase
                            # says; not "these words: ...", "this conclusion from ...": what follows says)
                            r"(?!\s+(?:who|which|whose|to|in|within|of|from|at|on|with)\b|\s*:|[^.;:]{0,30}?\s(?:of|from)\s)")
_SPEECH = re.compile(r":\s*['‘\"“]")
_CLOCK_WORDS = frozenset("""day days week weeks month months year years season seasons summer winter spring autumn
fall morning afternoon evening night weekend time times point stage moment century decade era term quarter
half week's year's season's sort kind type lot""".split())
# words after "those" that make it a pronoun for people the phrase goes on to say ("those behind it",
# "those responsible", "those within the club")
_FOR_PEOPLE = frozenset("""within without behind involved responsible affected concerned present inside outside
around near among against under above below there here close closest nearest familiar aware able eligible
interested""".split())
NAMED_BEFORE = "(named in the sentence before)"  # how ``leans_back`` ends the reason it gives


# Where a sentence brings in a new thing: "a montage", "his last film", "the song that plays
# ..." (not "the old wall": a thing known before, which leans on nothing). The noun itself is
# found with str.find, and the words before it (up to where it stands) and after it are
# read by these (no regex compiled for each noun): together they find what
# ``\b(?:(?:[Aa]n?|...|[Oo]ne)\s+(?:[a-z-]+\s+)?NOUNs?\b|[Tt]he\s+(?:[a-z-]+\s+)?NOUNs?\s+(?:that|...|of)\b)``
# finds, one branch each.
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+(?:[a-z-]+\s+)?\Z")
_A_AFTER = re.compile(r"s?\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?\Z")
_THE_AFTER = re.compile(r"s?\s+(?:that|which|who|of)\b")


def _introduces(sentence: str, noun: str) -> bool:
    """Does ``sentence`` bring in ``noun`` as a new thing?"""
    at = sentence.find(noun)
    while at >= 0:
        end = at + len(noun)
        if (_A_AFTER.match(sentence, end) and _A_BEFORE.search(sentence, 0, at)) \
                or (_THE_AFTER.match(sentence, end) and _THE_BEFORE.search(sentence, 0, at)):
            return True
        at = sentence.find(noun, at + 1)
    return False


class Definites:
    """Of one document's sentences: which lean on the sentence before by "the X"."""

    def __init__(self, sentences: Sequence[str]):
        self.sents = sentences

    @cached_property
    def first(self) -> dict[str, int]:
        """Each word -> the first sentence that holds it (read when a noun after "the" stands
        in the sentence before at all: most never do)."""
        first: dict[str, int] = {}
        for i, s in enumerate(self.sents):
            for w in _WORD.findall(s.lower()):
                first.setdefault(w, i)
        return first

    def leans_back(self, i: int) -> str | None:
        """Why sentence ``i`` leans on sentence ``i - 1`` by a definite reference, or None."""
        if i == 0:
            return None
        s = self.sents[i]
        if '"' in s or "“" in s:
            s = _QUOTED.sub(" ", s)  # what a speaker says refers within the speech
        speech = _SPEECH.search(s)
        if speech:  # "..., said: 'It's been a delight ... that seamless ...'": the speech's own references
            s = s[:speech.start()]
        if ("th" in s) and (dem := self._demonstrative(QUOTED_SPAN.sub(" ", s) if "'" in s or "‘" in s else s)):
            return f"inner reference “{dem}”"
        if "the " not in s and "The " not in s:
            return None
        m = _THE_OTHER.search(s) if "other " in s else None
        if m and not re.search(r"\b[Oo]ne\b", s[:m.start()]) and m.group("noun") not in STOPWORDS \
                and not m.group("noun").endswith("ing"):
            return f"inner reference “{m.group(0)}”"
        for m in _THE_NOUN.finditer(s):
            noun = m.group("noun")
            if noun in STOPWORDS or noun in _NOT_NOUN or noun.endswith(("est", "ed")):
                continue
            bare = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
            if bare not in self.sents[i - 1]:
                continue  # (not brought in there: no need to know where it is first)
            first = min(self.first.get(noun, i), self.first.get(bare, i), self.first.get(bare + "s", i))
            if first == i - 1 and _introduces(self.sents[i - 1], bare):
                return f"inner reference “{m.group(0)}” {NAMED_BEFORE}"
        return None

    @staticmethod
    def _demonstrative(s: str) -> str | None:
        """The first "those sanctions" in ``s`` (never its opening word: the opening's reference is
        ``opening_dependency``'s), or None."""
        for m in _DEMONSTRATIVE.finditer(s):
            noun = m.group("noun")
            if m.start() == 0 and not m.group(0).endswith(f"that {noun}"):
                continue
            if noun in STOPWORDS or noun in _CLOCK_WORDS or noun in _NOT_NOUN or noun in _FOR_PEOPLE or verb_kind(noun) \
                    or noun.endswith(("ly", "ed", "ing")):
                continue
            return f"{m.group(0).split()[-2]} {noun}"
        return None


# --- the story's first sentence: "The body, believed to be ..." -> "A body, believed to be ..." ---

# "The <noun>" opening the story's first sentence, the noun followed by its verb or an insert (a
# text that lost its first sentence upstream: "The huts, made of chalk ..., have been based on")
_LEAD_THE = re.compile(r"The (?P<noun>[a-z][a-z-]{2,})(?=,\s|\s(?:is|are|was|were|has|have|had|will|would|can|could|"
                       r"may|might|must|should|[a-z]{3,}ed)\b)")
# the nouns that may lose their "the": things and people counted one by one (not "money", "evidence",
# "the injured", "the staff", "the series", nor the one of its kind, "the government", nor what a
# lost sentence told, "the call", "the move"), with their plurals; the nouns a lost start opens on
_COUNTED = frozenset("""body man woman boy girl child baby teenager toddler pupil student driver passenger pilot
cyclist pedestrian motorist victim suspect officer soldier worker resident patient prisoner inmate migrant refugee
tourist climber walker swimmer dog cat horse animal bird whale shark bear hut house home flat building bridge road
tower church statue sculpture mural mosaic painting portrait car van lorry truck bus train tram plane aircraft jet
helicopter drone boat ship ferry vessel yacht bike motorbike grant loan report study survey review inquiry film
documentary book letter exhibition festival crash collision explosion blast fire blaze storm flood""".split())
_COUNTED_PLURAL = frozenset({*(n + "s" for n in _COUNTED if not n.endswith(("s", "y", "ch", "sh", "x"))),
                             "men", "women", "children", "babies", "bodies", "lorries", "ferries", "inquiries",
                             "studies", "churches", "coaches", "buses"})
# after the noun, a name that says which one ("The regulator, NHS Improvement, said"), or a count
# ("The males, two aged 17 and one 19, ...")
_SAYS_WHICH = re.compile(r",\s(?:[A-Z]|\d|(?:two|three|four|five|six|seven|eight|nine|ten|both|all)\b)")
_PLURAL_VERB = re.compile(r"\s(?:are|were|have)\b")


# an event the story's first sentence tells as one already told ("... died following the collision on the A5", judge TM
# 01): nothing before it told it. Only where the event's noun ends its phrase (a stop, a comma, or where, when or with
# whom it was told next: "on the A5", "near Northtown", "involving a lorry"): not a noun before another ("the fire
# service", "the crash site", "the accident and emergency department"), nor one that what follows names ("the crash of
# Flight 9525", "the attack on the Bataclan", "the fire at Grenfell Tower": a name after it)
_EVENT_THE = re.compile(r"\b(?P<prep>following|after|in|during|since|before)\sthe\s(?P<noun>collision|crash|accident|"
                        r"incident|attack|fire|blaze|explosion|blast|shooting|stabbing|assault|robbery|raid|clash|"
                        r"derailment)(?=[,.;:]|$|\s(?:on|at|in|near|between|involving|with|when|late|early|last|this|"
                        r"yesterday|today)\s(?!the\s[A-Z][a-z]|[A-Z][a-z]))")


def _event_indefinite(sentence: str) -> str:
    """``sentence`` with its first event told with "the" (``_EVENT_THE``) told with "a", when no quotation
    stands in it."""
    if " the " not in sentence or LOOSE_MARK.search(sentence) or (m := _EVENT_THE.search(sentence)) is None:
        return sentence
    noun = m.group("noun")
    return f"{sentence[:m.start()]}{m.group('prep')} {indefinite_article(noun)} {noun}{sentence[m.end():]}"


def lead_indefinite(sentence: str) -> str:
    """The story's first sentence with an event it tells as known made indefinite ("died following a collision",
    ``_event_indefinite``), and its opening "The <noun>" made indefinite ("A body",
    "Huts"): nothing is before it for "the" to point back at (the text lost its first
    sentence, as a reader of the rewrite sees at once), and "a body ... was found" says no
    more than "the body ... was found". Only a noun counted one by one (``_COUNTED``: not "The
    government", "The evidence", "The injured"), nor a sentence that states a standing fact.
    Without such an opening, ``sentence`` unchanged."""
    sentence = _event_indefinite(sentence)
    m = _LEAD_THE.match(sentence)
    if m is None:
        return sentence
    noun = m.group("noun")
    plural = noun in _COUNTED_PLURAL
    if not (plural or noun in _COUNTED) or _SAYS_WHICH.match(sentence, m.end()) or is_state(sentence) \
            or not plural and _PLURAL_VERB.match(sentence, m.end()):
        return sentence  # (nor a standing fact: "A business was owned by ..." reads as a riddle)
    rest = sentence[m.start("noun"):]
    if plural:
        return rest[:1].upper() + rest[1:]  # "Huts, made of chalk ..."
    return indefinite_article(noun, like="A") + " " + rest
