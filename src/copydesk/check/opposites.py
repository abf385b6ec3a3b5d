"""Words that say the opposite of each other, written for copydesk (no outside list).

Each line of ``_PAIRS`` is ``kind: side A | side B``. A side is a group of words that
say the same thing ("rose", "climbed", "increased"); a word of side A where the aligned
source sentence has side B (and none of side A) in the same slot is a contradiction.
``kind`` is "antonym" for verbs, adjectives and prepositions, "quantifier" for
quantifiers, comparatives and superlatives.

A word written ``+stem`` stands for its regular forms ("+approve" is approve, approves,
approved, approving); ``_`` joins a phrase ("ruled_out") that ``frames`` reads as one token.
Words with more than one common sense ("left", "close", "fine") are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from copydesk.model import ProblemKind

_PAIRS = """
antonym: rise rises rose risen rising +increase +climb grew grow grows growing grown +gain +jump +soar +surge +rebound +boost +raise | fall falls fell fallen falling +decrease +decline +drop dropped dropping +dip dipped dipping sank sink sinks sinking +slump +plunge +tumble +slide slid +shrink shrank shrunk +cut +reduce
antonym: won win wins winning +beat +defeat +triumph | lost lose loses losing
antonym: +approve +accept +endorse +uphold +grant +allow +permit +authorise +authorize | +reject +refuse +deny +oppose +veto +overturn +ban +forbid +prohibit +scrap
antonym: before earlier prior previously | after later afterwards subsequently
antonym: caused causing causes +confirm +blame +trigger | ruled_out rule_out rules_out ruling_out
antonym: +open reopened reopen reopens reopening | +close +shut shuts shutting +shutter
antonym: +hire +employ +recruit | +quit +resign +sack laid_off
antonym: +acquit +exonerate acquittal | +convict conviction
antonym: +survive survivors survivor | died die dies dying killed +kill dead
antonym: alive | dead
antonym: guilty | innocent
antonym: legal lawful | illegal unlawful
antonym: +succeed successful success | +fail failure unsuccessful
antonym: +agree agreement | +disagree disagreement
antonym: +buy bought buying +purchase +acquire | sold sell sells selling
antonym: +lend lent | +borrow
antonym: +add +expand +extend +widen | +remove +narrow +shorten
antonym: +strengthen stronger strongest | +weaken weaker weakest
antonym: +improve better best | +worsen worse worst +deteriorate
antonym: +accelerate faster fastest | +slow slower slowest
antonym: +win victory victories | defeat defeats loss losses
antonym: profit profits profitable | loss losses
antonym: supporters supporter | opponents opponent critics
antonym: +include inclusion | +exclude exclusion
antonym: +admit | +deny denial
antonym: +resume +restart | +halt +suspend +pause +cease +abandon
antonym: +reveal disclosed +disclose | +conceal +hide hid hidden
antonym: inside indoors | outside outdoors
antonym: north northern | south southern
antonym: east eastern | west western
antonym: +import imports | +export exports
antonym: +win winners winner | losers loser
antonym: +remember | +forget forgot forgotten
antonym: true | false
antonym: positive | negative
antonym: safe safely | unsafe dangerous
antonym: +attack attacker attackers | +defend defender defenders
antonym: +punish | +reward
antonym: domestic | foreign
antonym: father | mother
antonym: son sons | daughter daughters
antonym: brother brothers | sister sisters
antonym: +love | +hate
antonym: +praise | +criticise +criticize +condemn
antonym: full | empty
antonym: young younger youngest | old older oldest elderly
antonym: rich wealthy | poor
antonym: cheap cheaper cheapest | expensive costly
antonym: hot hotter hottest warm warmer | cold colder coldest
antonym: early | late
antonym: maximum | minimum
antonym: majority | minority
antonym: +ascend upward upwards | +descend downward downwards
antonym: +push | +pull
antonym: +allow | +forbid
antonym: +accept | +decline
antonym: begin begins beginning began begun | +finish
quantifier: all every entire whole everyone everybody everything always | some several few many most sometimes none nobody nothing never
quantifier: more greater higher larger bigger above +exceed | less fewer lower smaller below
quantifier: most largest biggest highest greatest maximum | least smallest lowest fewest minimum
quantifier: many numerous | few
quantifier: majority | minority
quantifier: both | neither
"""

_IRREGULAR_ENDINGS = {"e": ("es", "ed", "ing"), "y": ("ies", "ied", "ying")}


def _forms(word: str) -> set[str]:
    """``+approve`` -> approve, approves, approved, approving; a plain word stands for itself."""
    if not word.startswith("+"):
        return {word}
    w = word[1:]
    if w.endswith("e"):
        base = w[:-1]
        return {w, w + "s", base + "ed", base + "ing"}
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        base = w[:-1]
        return {w, base + "ies", base + "ied", w + "ing"}
    out = {w, w + "s", w + "ed", w + "ing"}
    if len(w) >= 3 and w[-1] in "bdgmnprt" and w[-2] in "aeiou" and w[-3] not in "aeiou" and len(w) <= 4:
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # "drop" -> "dropped", "stop" -> "stopping"
    return out


def _build() -> tuple[dict[str, list[tuple[int, int]]], list[str], set[str]]:
    groups: dict[str, list[tuple[int, int]]] = {}
    kinds: list[str] = []
    phrases: set[str] = set()
    for line in _PAIRS.strip().splitlines():
        kind, _, body = line.partition(":")
        pair = len(kinds)
        kinds.append(kind.strip())
        for side, words in enumerate(body.split("|")):
            for word in words.split():
                for form in _forms(word):
                    groups.setdefault(form, []).append((pair, side))
                    if "_" in form:
                        phrases.add(form)
    return groups, kinds, phrases


#: word -> [(pair id, side)] for every pair the word stands in
GROUPS, KINDS, PHRASES = _build()


def sides(word: str) -> list[tuple[int, int]]:
    """The (pair, side) places of ``word``; empty when it opposes nothing."""
    return GROUPS.get(word, [])


def kind_of(pair: int) -> ProblemKind:
    return cast("ProblemKind", KINDS[pair])  # "antonym", "negation", "quantifier": problem kinds
