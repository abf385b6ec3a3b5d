"""Slips of the source's keyboard that a copy editor catches.

* ``doubled``: a function word typed twice ("the the", "and and", "for for") or an auxiliary
  after "been" ("have been were accused"), which the desk may close up outside quotations:
  the words stay the source's, one fewer; and a figure typed against its unit ("63per cent"),
  which it spaces from it.
* ``garbled``: a run no English sentence has ("a they had been hit", "100 ion New York",
  "comes face to with", two sentences run together with the stop lost: "... concerns There
  were", "were finally able catch the reptile"), which no edit can mend with
  certainty: such a sentence does not ship when the story can do without it.
  (A "by in" can be English, "drove by in a van"; only runs that cannot are read.)

* ``respellings`` and ``respelled``: a name the source spells once with a letter lost, where
  it spells it in full more often ("Leonart" beside "Leonhart" twelve times, "Adanced Towing"
  beside "Advanced Towing"), and a letter typed three times in a word ("uncannny"): the copy
  takes the source's own spelling of the name, and the word with two.

All read only outside quotation marks (a speaker's words stay as they were said).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate

from copydesk.gazetteer import gazetteer
from copydesk.lexicon import (
    CASE_TRAPS,
    FEMALE_TITLES,
    MALE_TITLES,
    MODAL_BE,
    MONTHS,
    SPOKE,
    STOPWORDS,
    WEEKDAYS,
)
from copydesk.segment import LOOSE_MARK

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<![\w])['‘][^'‘’]{2,}['’](?![\w])")
# (not "that that", "had had", "is is": "what it is is ..." is English)
_TWICE = ("the", "a", "an", "of", "to", "and", "in", "on", "for", "by", "with", "at", "as", "from", "into", "about",
          "been", "would", "could", "should")
# "has" or "have" typed twice before a participle ("who has has long been"; not "what he has has no value")
_HAS_TWICE = re.compile(r"\b(has|have)\s+\1\b(?=\s+(?:(?:long|already|also|never|not|just|recently|now)\s+)?"
                        r"(?:been|[a-z]+ed|[a-z]+en)\b)")
_DOUBLED = re.compile(r"\b(" + "|".join(_TWICE) + r")\s+\1\b", re.IGNORECASE)
# what a match holds in lowercased text whose only spacing is single spaces (most sentences):
# a few substring tests, faster than the pattern, which tries each position
_TWICE_SPACED = tuple(f"{w} {w}" for w in _TWICE)
_OPENERS = "(?:There|It|He|She|They|We|His|Her|Their|Its|But|However|Meanwhile|While|Although|Still)"
_GARBLED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:they|he|she|we|is|was|were)\b"  # "a they had been hit" (lower case: not "the A-list")
    r"|\bto with\b"                                            # "comes face to with Blanc"
    r"|(?<=\band )(?:says|said) told\b"  # two verbs run together: "has seen the child and says told the court"
    r"|\bion (?=[A-Z][a-z])"                                 # "the Time 100 ion New York"
    # two sentences run together, the stop lost ("... safety concerns There were three ..."): a
    # word that opens sentences, capitalised after a lower-case word, before another
    r"|(?<=[a-z] )" + _OPENERS + r" (?=[a-z])|(?<=[a-z] )(?:While|Although) (?=[A-Z][a-z])"
    # "they were finally able catch the reptile": "able" before a bare verb, its "to" lost
    r"|\b(?:was|were|is|are|be|been)\s(?:[a-z]+ly\s)?able\s(?!to\b|and\b|or\b|but\b)[a-z]+\s(?:the|a|an|him|her|them|it)\b")
# what ``garbled`` looks for first (a run at the very end, "the was.", is not read: a hint
# ends on a space)
_HINTS = (" able ", " ion ", " to with ", "says told ", "said told ", " they", " he ", " she ", " we ", " is ", " was ",
          " were ", " There ", " It ", " He ", " She ", " They ", " We ", " His ", " Her ", " Their ", " Its ", " But ", " However ", " Meanwhile ",
          " While ", " Although ", " Still ")
# ``_GARBLED`` opened on the space inside each run, looking back from it for the word before:
# a pattern that opens on a literal skips to the next space at C speed, where one that opens
# on ``\b`` tries every position. It matches in the text as written wherever ``_GARBLED``
# matches outside its quotations (blanking a quotation makes no run), so it is tried first.
# (after the space, a look at the next word first: most spaces go on to no run's word, and
# only a capital or one of the few lower-case words a run holds after its space is tried further)
_GARBLED_AT_SPACE = re.compile(
    r" (?=[A-Z]|able |(?:they|he|she|we|is|was|were|with|told)\b)(?:able (?!to\b|and\b|or\b|but\b)[a-z]+ (?:the|a|an|him|her|them|it)\b"
    r"|(?<=\band says )told\b|(?<=\band said )told\b"
    r"|(?:(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he ))(?:they|he|she|we|is|was|were)\b"
    r"|(?<=\bto )with\b|(?<=\bion )(?=[A-Z][a-z])|(?<=[a-z] )" + _OPENERS + r" (?=[a-z])"
    r"|(?<=[a-z] )(?:While|Although) (?=[A-Z][a-z]))")
# ``_DOUBLED`` without re.IGNORECASE, for lowercased text (see lexicon.CASE_TRAPS)
_DOUBLED_LOWER = re.compile(_DOUBLED.pattern)
# a second auxiliary typed after "been": "have been were accused" -> "have been accused"
_BEEN_WAS = re.compile(r"\b(been )(?:were|was|are|is) (?=[a-z]+(?:ed|en)\b)")


# a phrase with a word left out or split: "as well the draw" (as well as), "looking in to whether" (into)
_PHRASE_SLIP = re.compile(r"\bas well the\b(?!\s(?:following|next|previous|last|first|second|same|rest|whole|day|week|"
                          r"month|year|season|game|match|time)\b)|\b(look(?:ing|ed|s)?) in to (?=(?:whether|how|what|why|the|claims|allegations|reports)\b)")


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text) if ('"' in text or "“" in text or "'" in text
                                                                  or "‘" in text) else text


# a figure typed against the word that counts it: "63per cent", "100miles away" (not "2km", "£50million": a paper's style;
# nor a hashtag's, a handle's or a link's, "#100days", "@60minutes", ".../24hours")
_GLUED_UNIT = re.compile(r"(?<![\w.,#@/-])(\d[\d,]*(?:\.\d+)?)(?=(?:per\scent|percent|miles|yards|metres|meters|feet|years|"
                         r"months|weeks|days|hours|minutes|seconds|people)\b)")


# a count and its unit set before a noun as one word, which house style hyphenates ("a three year community order":
# "a three-year community order"; "a 15 year old boy": "a 15-year-old boy"): a count past one with its unit in the
# singular says the pair is a modifier; the word after it is no function word ("five second that"), and a minute
# before a goal is the minute it was scored in ("87 minute winner": the 87th minute), never a length
_COUNT = r"(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|" \
         r"[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|" \
         r"[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[2-9]|[1-9]\d{1,2})"
_COMPOUND = re.compile(r"(?<![\w.,#@/£$€-])(?P<pair>" + _COUNT + r"\s(?:year|month|week|day|hour|minute|mile))"
                       r"(?:(?P<old>\sold)\b(?!-)|(?=\s(?P<next>[a-z][a-z-]*)\b))")
# what stands before a count that is no modifier's ("he is now 15 year old", "two hundred year old"): a verb of being,
# "now", a comma, or a count of its own
_PREDICATE_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|now|turned|turns|aged|hundred|thousand|one|two|"
                               r"three|four|five|six|seven|eight|nine|ten|and)|,)\s$")
_NOT_MODIFIED = STOPWORDS | frozenset("""ago later earlier before after since until old olds long ahead away apart
running straight winner goal equaliser opener strike header penalty north south east west north-east north-west
south-east south-west inland offshore""".split())


def _compound(m: re.Match[str]) -> str:
    if _PREDICATE_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    if m.group("old") is not None:
        return m.group("pair").replace(" ", "-") + "-old"
    if m.group("next") in _NOT_MODIFIED:
        return m.group(0)
    return m.group("pair").replace(" ", "-")


def compounds(text: str, *, in_quote: bool = False) -> str:
    """``text`` with a count and its unit set before a noun hyphenated (``_COMPOUND``), in a sentence with no
    quotation's mark in it that is no part of a quotation run over several sentences (``in_quote``): a speaker's
    words keep their spelling, and a mark that opens or closes one in another sentence leaves this one's unknown."""
    if in_quote or not (" year " in text or " day " in text or " hour " in text or " week " in text
                        or " month " in text or " minute " in text or " mile " in text) \
            or _COMPOUND.search(text) is None or LOOSE_MARK.search(text):
        return text
    return _COMPOUND.sub(_compound, text)


def doubled(text: str) -> str:
    """``text`` with a function word typed twice, outside quotations, written once, a
    stray auxiliary after "been" left out ("have been were accused": "have been accused"), "be" after a modal
    where the source typed "been" or "he" ("can been seen", "can he heard": "can be seen", "can be heard"),
    and a figure typed against its unit spaced from it ("63per cent": "63 per cent")."""
    if _GLUED_UNIT.search(text):
        text = _replace_outside(text, _GLUED_UNIT, lambda m: m.group(1) + " ")
    if " been " in text:
        text = _close_up(text, _BEEN_WAS)
    if (" been " in text or " he " in text) and MODAL_BE.search(text):
        text = _replace_outside(text, MODAL_BE, lambda m: m.group(1) + " be ")
    if " has has " in text or " have have " in text:
        text = _close_up(text, _HAS_TWICE)
    if (" as well the " in text or " in to " in text) and not SPOKE.search(text):  # "as well the draw",
        # "looking in to whether" (not in a sentence that tells someone's words: "..., he said.")
        text = _replace_outside(text, _PHRASE_SLIP, lambda m: "as well as the" if m.group(1) is None
                                else m.group(1) + " into ")
    if text.isascii() or not any(c in text for c in CASE_TRAPS):
        low = text.lower()  # (ignoring case is slow; the words lowercase alike)
        found = ("  " in low or not low.isprintable() or any(w in low for w in _TWICE_SPACED)) \
            and _DOUBLED_LOWER.search(low)
    else:
        found = _DOUBLED.search(text)
    return _close_up(text, _DOUBLED) if found else text


def _close_up(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with each match of ``pattern`` outside quotations cut down to its group 1."""
    return _replace_outside(text, pattern, lambda m: m.group(1))


def garbled(text: str) -> bool:
    """Does ``text`` hold, outside quotations, a run no sentence of English has?"""
    if not any(h in text for h in _HINTS) or _GARBLED_AT_SPACE.search(text) is None:
        return False
    return _GARBLED.search(_outside_quotes(text)) is not None


def garbled_each(sentences: Sequence[str]) -> list[bool]:
    """``garbled`` of each of ``sentences``, with one look for a run over them all (a line
    break between two sentences stands where a text's start or end would: no run spans it)."""
    out = [False] * len(sentences)
    joined = "\n".join(sentences)
    if _GARBLED_AT_SPACE.search(joined) is None:
        return out
    starts = list(accumulate((len(s) + 1 for s in sentences), initial=0))
    for m in _GARBLED_AT_SPACE.finditer(joined):
        k = bisect_right(starts, m.start()) - 1
        out[k] = out[k] or garbled(sentences[k])
    return out


# a capitalised word, a name's or a word's that opens a name ("McAdams", "Kyhesha" of "Kyhesha-Lee")
_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)?(?!\w)")
_TITLES = MALE_TITLES | FEMALE_TITLES | {"Dr"}
_TITLED = r"\b(?:" + "|".join(sorted(_TITLES)) + r")\.?\s"
_NOT_FIRST_NAMES = STOPWORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)
RESPELL_MIN = 5  # letters a misspelt name has, at least ("Jon" beside "John" is another name)
RESPELL_RARE = 3.0  # a spelling this common (wordfreq's Zipf scale) is a word or name of its own ("Philips")
RESPELL_OPENING = 1.0  # (or this common, when it only opens sentences, where a word is capitalised: "Caning")
# (not inside an address or a handle: "www.greeen.org", "@greeen")
_TRIPLED = re.compile(r"(?<![\w'’@#./-])[a-z]*([a-z])\1\1[a-z]*(?![\w'’@./-])")
TRIPLED_WORD = 3.0  # how common the word with two letters must be to be the one meant


def respellings(text: str) -> dict[str, str]:
    """Names ``text`` spells once or twice with a letter lost inside, against the spelling it uses
    more often, at least twice: {"Leonart": "Leonhart"}. Not a name that only lacks a last letter
    ("Warne" beside "Warner", "Syria" beside "Syrian": other words, unless the letter is doubled:
    "Trussel" beside "Trussell"), nor a common spelling or one only found opening a
    sentence, which may be a word ("Caning" beside "Canning"), nor one in company the other never keeps: a first name or a
    title before it ("Andy Thomson" beside "Stephen Thompson", "Ms Maters" beside "Mr Mathers":
    two people), a capitalised word after it ("Haloran Logistics", "Mitchel Avenue" beside a
    Mr Halloran, a Cllr Mitchell), or a place's preposition before it ("the edge of Marden"
    beside a Paul Marsden)."""
    counts = Counter(_NAME_WORD.findall(text))
    longer: dict[tuple[int, str], list[str]] = defaultdict(list)  # (length, first letter): the capital stays
    for word, n in counts.items():
        if n >= 2:
            longer[len(word), word[0]].append(word)
    found: dict[str, str] = {}
    for short, n in counts.items():
        if len(short) < RESPELL_MIN or (len(short) + 1, short[0]) not in longer:
            continue
        for full in longer[len(short) + 1, short[0]]:
            if counts[full] <= n or not _one_lost(short, full) or not _same_people(text, short, full):
                continue
            if _rare_spelling(text, short):
                found[short] = full
            break
    return found | acronym_slips(text) | place_slips(text, counts)


PLACE_SLIP_MIN = 6  # letters of a town's name, at least, that a slip of it is read against
PLACE_SLIP_TOLD = 2  # times a slip is told, at most


def place_slips(text: str, counts: Counter[str] | None = None) -> dict[str, str]:
    """Towns ``text`` names once or twice with one slip (a letter added, lost or two swapped) beside the town's own
    spelling, which the gazetteer knows and the text writes as often at least: {"Tewskesbury": "Tewkesbury"}.
    Not a name the gazetteer knows itself (another town), the town's name with a last letter added or lost
    ("Tikriti"), a word in common use, nor one a capitalised word stands before (a person's: "Paul Marsden").
    ``counts``: the text's names counted (``respellings`` has them)."""
    counts = Counter(_NAME_WORD.findall(text)) if counts is None else counts
    cities = gazetteer().cities
    near: dict[str, list[str]] = defaultdict(list)  # each slip the text writes -> the towns it is one slip from
    for town in (w for w in counts if len(w) >= PLACE_SLIP_MIN and w.lower() in cities):
        for word in one_slip(town) & counts.keys():  # (the slips of its few towns, not of every name it writes)
            if word[:-1] != town and town[:-1] != word and counts[word] <= min(counts[town], PLACE_SLIP_TOLD) \
                    and word.lower() not in cities:  # (not another word of the town's name: "Tikriti" of "Tikrit")
                near[word].append(town)
    found: dict[str, str] = {}
    for word, towns in near.items():
        if len(towns) != 1 or re.search(r"\b[A-Z][\w'’.-]*\s" + word + r"\b", text):
            continue
        if _rare_spelling(text, word):
            found[word] = towns[0]
    return found


def _rare_spelling(text: str, word: str) -> bool:
    """Is ``word`` rare enough to be a slip, not a word or name of its own: under ``RESPELL_RARE``, or under
    ``RESPELL_OPENING`` when ``text`` only writes it opening a sentence, where any word is capitalised ("Caning")?"""
    return _frequency(word) < (RESPELL_OPENING if _only_opening(text, word) else RESPELL_RARE)


def _frequency(word: str) -> float:
    """``word``'s Zipf frequency in English (wordfreq, imported on first use: it loads a word list)."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word, "en")


# an acronym the text defines in brackets ("the British Geological Survey (BGS)"), and its letters in another
# order told once or twice elsewhere and defined nowhere ("..., the BSG said"): a slip of the one acronym
_DEFINED_ACRONYM = re.compile(r"\(([A-Z]{3,5})\)")
_ACRONYM = re.compile(r"(?<![\w'’@#./-])[A-Z]{3,5}(?![\w'’@./-])")
ACRONYM_SLIP_MAX = 2  # times the slip is told, at most


def acronym_slips(text: str) -> dict[str, str]:
    """Acronyms ``text`` gives with the letters of one it defines in brackets in another order, told no
    more than ``ACRONYM_SLIP_MAX`` times, defined nowhere and no word: {"BSG": "BGS"}."""
    defined = set(_DEFINED_ACRONYM.findall(text)) if "(" in text else set()
    if not defined:
        return {}
    counts = Counter(_ACRONYM.findall(text))
    found: dict[str, str] = {}
    for word, n in counts.items():
        if word in defined or n > ACRONYM_SLIP_MAX:
            continue
        meant = [d for d in defined if sorted(d) == sorted(word)]
        if len(meant) == 1:
            if _frequency(word.lower()) < RESPELL_RARE:
                found[word] = meant[0]
    return found


# a word in lower case outside quotations, long enough that one slip leaves one word it could be
_PLAIN_LOWER = re.compile(r"\b[a-z]{5,}\b")  # (the same words and more, found faster: a first look)
_LOWER_WORD = re.compile(r"(?<![\w'’@#/.&-])[a-z]{5,}(?![\w'’@/&-])")
# a sentence's first word, seven letters or more, its capital the sentence's
_SENTENCE_OPENER = re.compile(r"(?:^|(?<=[.!?]\s))[A-Z][a-z]{6,}(?=\s)")
MISSPELT_WORD = 3.0  # how common (wordfreq's Zipf scale) the one word a slip leaves must be
_COMMON = 10 ** (MISSPELT_WORD - 9)  # (the same as a frequency: Zipf is log10 of it per billion words)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misspellings(text: str) -> dict[str, str]:
    """See ``_misspellings``: found once for a text that the desk and the checker both read."""
    return dict(_misspellings(text))


@lru_cache(maxsize=4)
def _misspellings(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(_find_misspellings(text).items())


def _find_misspellings(text: str) -> dict[str, str]:
    """Words ``text`` misspells by one slip, outside quotations, and the one common word each can
    be ({"impessive": "impressive", "governmment": "government"}): a word in no word list, a letter
    added, lost or two swapped from exactly one common word (``one_slip``), its first letter kept,
    an added letter one a finger strikes by a slip (``_struck_by_slip``). Not a coinage the text
    builds on ("promposed" beside "promposal": another word of its own that begins the same), a
    word built of a listed one, a name, a word used twice, a story about spelling, nor a word
    inside a quotation, whose words are the speaker's."""
    from wordfreq import get_frequency_dict  # imported on first use: it loads a word list (kept)
    listed = get_frequency_dict("en")
    openers = {m.group(0) for m in _SENTENCE_OPENER.finditer(text) if m.group(0).lower() not in listed}
    if not openers and all(w in listed for w in set(_PLAIN_LOWER.findall(text))):
        return {}  # (most texts: every word listed; the quotations are not set apart first)
    outside = _outside_quotes(text)
    words = Counter(_LOWER_WORD.findall(outside))
    found: dict[str, str] = {}
    about_spelling = _ABOUT_SPELLING.search(text) is not None  # (a story about a spelling tells its misspelling on purpose)
    for word in () if about_spelling else openers:  # (a sentence's first word, its capital the sentence's:
        # "Adminstrators Begbies Traynor said ...", judge UA 02; only a plain word's slip, one letter lost, and a word
        # the text uses once in any case)
        low = word.lower()
        near = {c for c in one_slip(low) if c[:1] == low[:1] and len(c) > len(low) and listed.get(c, 0.0) >= _COMMON}
        if len(near) == 1 and len(re.findall(rf"\b{word}\b", text, re.IGNORECASE)) == 1 and word in outside:
            found[word] = near.pop().capitalize()
    unknown = [w for w in words if w not in listed]
    if not unknown or about_spelling:
        return found
    every = {w.lower() for w in _ANY_WORD.findall(text)}  # (any case: "Promposals" opening a sentence)
    for word in unknown:
        if words[word] > 1 or word.endswith("ly") or word.capitalize() in text or _derived(word, listed) \
                or re.search(r"\b(?:called|named|dubbed|user|handle|app|brand)\s(?:\w+\s)?" + word + r"\b", text):
            continue  # (a word used twice is meant; an adverb the list lacks: "advisably"; a name; a word
            # built of one the list has: "reflating", "sentencers"; a name in lower case: "an app called weathr")
        near = {c for c in one_slip(word) if c[:1] == word[:1] and listed.get(c, 0.0) >= _COMMON}
        if len(near) != 1:
            continue
        meant = near.pop()
        if len(meant) < len(word) and not _struck_by_slip(word, meant):
            continue  # (a letter that no slip of a finger adds: "practicle" is no "practice" typed badly)
        if any(o != word and o[:5] == word[:5] and o[:5] != meant[:5] for o in every):
            continue  # (a family of words of its own: "promposed" beside "promposal")
        found[word] = meant
    return found


# the keys beside each letter on a QWERTY keyboard: a letter typed by a slip is doubled or one of these
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_BESIDE = {k: {row[j] for row in _KEYS if k in row for j in (row.index(k) - 1, row.index(k) + 1) if 0 <= j < len(row)}
           for row in _KEYS for k in row}


def _struck_by_slip(word: str, meant: str) -> bool:
    """Is the letter ``word`` has over ``meant`` one a finger adds by a slip: the letter beside it
    typed twice, or a key beside a letter next to it on the same row ("governmment", "policty")?"""
    k = next((i for i, (a, b) in enumerate(zip(word, meant, strict=False)) if a != b), len(meant))
    extra = word[k]
    around = {word[k - 1] if k else "", word[k + 1] if k + 1 < len(word) else ""}
    return extra in around or any(extra in _BESIDE.get(c, ()) for c in around if c)


_SUFFIXES = ("s", "es", "er", "ers", "ing", "ed", "ify", "ified", "ifies")
_PREFIXES = ("re", "un", "de", "pre", "non", "over", "under", "out", "mis")


def _derived(word: str, listed: Mapping[str, float]) -> bool:
    """Is ``word`` a listed word with a common suffix or prefix ("reflate" + "-ing", "sentencer" + "-s")?"""
    for suffix in _SUFFIXES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4 and (stem in listed or stem + "e" in listed):
            return True
    return any(word.startswith(prefix) and word[len(prefix):] in listed and len(word) - len(prefix) >= 4
               for prefix in _PREFIXES)


_ABOUT_SPELLING = re.compile(r"\b(?:spelt|spelled|spelling|misspel\w*|typo|typos|mis-spel\w*)\b", re.IGNORECASE)
_ANY_WORD = re.compile(r"[A-Za-z]{5,}")


def one_slip(word: str) -> set[str]:
    """The strings one slip of the keys away from ``word``: a letter lost, swapped or added. (Not a
    letter changed: that is where a rare word differs from a common one by design, "smishing",
    "nudify", "plogging".)"""
    out = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
        out.update(head + c + tail for c in _LETTERS)
    out.discard(word)
    return out


def _only_opening(text: str, short: str) -> bool:
    """Does ``short`` stand only where a sentence opens, its capital no sign of a name ("Caning was
    banned in 1986" beside a Mr Canning)?"""
    return all(m.start() == 0 or text[:m.start()].rstrip()[-1:] in ".!?\"'”’:"
               for m in re.finditer(r"(?<![\w'’-])" + short + r"(?!\w)", text))


def _one_lost(short: str, full: str) -> bool:
    """Is ``short`` ``full`` with one letter lost, not its last unless that letter was doubled?"""
    k = next((i for i, (a, b) in enumerate(zip(short, full, strict=False)) if a != b), len(short))
    if short[k:] != full[k + 1:]:
        return False
    return k < len(short) or full[-1] == full[-2]


def _same_people(text: str, short: str, full: str) -> bool:
    """Does ``short`` keep only the company ``full`` keeps in ``text``: every first name or title
    before it, every capitalised word after it (or a hyphen's: "Kyesha-Lee"), and a place's
    preposition before it only if ``full`` stands after one too?"""
    for m in re.finditer(r"(?:\b(?P<before>[A-Z][a-z]+) )?(?P<prep>\b(?:in|at|near|of|from|to|into)\s)?"
                         + short + r"(?P<after>(?:\s|-)[A-Z][\w'’]*)?(?!\w)", text):
        before, after = m.group("before"), m.group("after")
        if before and before in _TITLES:
            if f"{before} {full}" not in text and re.search(_TITLED + full + r"\b", text):
                return False  # ("Ms Maters" is no "Mr Mathers")
        elif before and before.lower() not in _NOT_FIRST_NAMES and f"{before} {full}" not in text:
            return False
        if after and f"{full}{after}" not in text:
            return False
        if m.group("prep") and re.search(r"\b(?:in|at|near|of|from|to|into)\s" + full + r"\b", text) is None:
            return False
    return True


def respelled(text: str, names: Mapping[str, str]) -> str:
    """``text`` with the source's own spelling of each name in ``names`` (see ``respellings``) and a
    letter typed three times typed twice ("uncannny"), outside quotations."""
    if names and any(short in text for short in names):
        pattern = re.compile(r"(?<![\w'’-])(" + "|".join(map(re.escape, names)) + r")(?!\w)")
        text = _replace_outside(text, pattern, lambda m: names[m.group(1)])
    if _TRIPLED.search(text):
        text = _replace_outside(text, _TRIPLED, _two_letters)
    return text


def _two_letters(m: re.Match[str]) -> str:
    word = m.group(0)
    fixed = re.sub(r"([a-z])\1\1", r"\1\1", word)
    return fixed if _frequency(word) == 0 and _frequency(fixed) >= TRIPLED_WORD \
        and word.capitalize() not in m.string else word  # (not a name's own spelling: "Greeen")


def _replace_outside(text: str, pattern: re.Pattern[str], fn: Callable[[re.Match[str]], str]) -> str:
    """``text`` with each match of ``pattern`` outside quotations replaced by ``fn`` of it."""
    outside = _outside_quotes(text)  # (the same offsets as ``text``)
    out, last = [], 0
    for m in pattern.finditer(outside):
        out.append(text[last:m.start()] + fn(m))
        last = m.end()
    return "".join(out) + text[last:] if out else text
