"""Claims inside a sentence: numbers, dates, names and the words they stand among.

The checker (``verify``) asks the same questions of a source sentence and of a
rewritten one, so every extractor here is symmetric and works on cased and on
lowercased, tokenised text ("bader 's", "u.s. .") alike.

* ``numbers``: digits, number words, percentages, money and units, as values, so
  "1.5 million", "1.5m" and "1,500,000" are one claim.
* ``dates``: weekdays, months, month-and-day pairs and years.
* ``name_spans``: runs of capitalised words (people, organisations, places).

Words themselves (tokens, stems, stop words) come from ``copydesk.lexicon``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from copydesk.lexicon import ASCII_SPACES, DOTTED_HINT, MONTHS, WEEKDAYS, raw_tokens, tokens, undot


@lru_cache(maxsize=65536)
def commonness(word: str) -> float:
    """How common an English word is, on wordfreq's Zipf scale (0 rare .. 7+ "the")."""
    from wordfreq import zipf_frequency  # imported on first use: it loads a word list

    return zipf_frequency(word, "en")


# --- numbers ----------------------------------------------------------------

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}
_ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100}

_NUM_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE_WORD = r"hundred|thousand|million|billion|trillion"


def _opens_with(words) -> str:
    """A look-ahead for the first letters of ``words``: put before a pattern that can only
    start with one of them, it lets the regex engine pass over every other position at once
    (it matches where the pattern does, no more, no less)."""
    return f"(?=[{''.join(sorted({w[0] for w in words}))}])"


_NUMBER = re.compile(
    # a number opens with a currency sign, a digit or a number word
    rf"""(?=[$£€¥]|\d|{_opens_with([*_UNITS, *_TENS])[3:-1]})
    (?P<cur>[$£€¥]\s?)?
    (?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
       |(?<![\w-])(?P<words>(?:{_NUM_WORD})(?:[\s-](?:{_NUM_WORD}))?
          (?:[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?(?:{_NUM_WORD})(?:[\s-](?:{_NUM_WORD}))?)?)?)(?![\w]))
    (?:\s?(?P<ord>st|nd|rd|th)\b)?
    (?:(?:\s|-)?(?P<scale>(?:(?:{_SCALE_WORD})\b)|(?:m|mn|bn|b|k|tn)\b))?
    (?:\s?(?P<pct>%|per\s?cent\b|percent\b))?""",
    re.X | re.I,
)
_ORDINAL_WORD = re.compile(rf"{_opens_with(_ORDINALS)}\b({'|'.join(_ORDINALS)})\b", re.I)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# Cheap tests that let ASCII text without any digit or number word skip the regexes above.
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = (*_UNITS, *_TENS, *_ORDINALS)


@dataclass(frozen=True)
class Number:
    value: float
    span: str
    exact: bool = True  # False for round figures ("about 1.5 million") that may round a source value
    start: int = -1  # offset of ``span`` in the text it came from


def _words_value(text: str) -> float:
    """"twenty-five" -> 25, "two hundred and sixty" -> 260."""
    value = 0.0
    for part in re.split(r"[\s-]+", text.lower()):
        if part == "hundred":
            value = (value or 1) * 100
        else:
            value += _UNITS.get(part, 0) + _TENS.get(part, 0)
    return value


def numbers(text: str, *, with_years: bool = False) -> list[Number]:
    """Every number of ``text`` as a value; years (1800-2099 alone) are dates, left out by default."""
    if text.isascii() and not _DIGIT.search(text):
        low = text.lower()
        if not any(w in low for w in _NUMBER_WORDS):
            return []  # every number needs a digit or a number word
    out: list[Number] = []
    for m in _NUMBER.finditer(text):
        span = m.group(0).strip()
        if m.group("digits"):
            raw = m.group("digits").replace(",", "")
            value = float(raw)
            if not with_years and _YEAR.match(raw) and not m.group("cur") and not m.group("scale"):
                continue
            # a "2" that belongs to a time ("3:30") or a score still counts as a number.
            decimals = len(raw.split(".")[1]) if "." in raw else 0
        else:
            value = _words_value(m.group("words"))
            decimals = 0
        scale = (m.group("scale") or "").lower()
        if scale:
            # "5 m" after a plain number is metres, not millions, unless money is meant.
            if scale == "m" and not m.group("cur") and m.group(0)[-2:-1].isspace():
                scale = ""
            value *= _SCALES.get(scale, 1)
        exact = True
        if scale in ("thousand", "million", "billion", "trillion", "m", "mn", "bn", "b", "k", "tn"):
            exact = False
        elif m.group("digits") and decimals == 0 and value >= 100 and value % 100 == 0:
            exact = False
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append(Number(value, span, exact, start))
    for m in _ORDINAL_WORD.finditer(text):
        out.append(Number(float(_ORDINALS[m.group(1).lower()]), m.group(0), True, m.start()))
    return out


def number_matches(claim: Number, values: set[float]) -> bool:
    """Is ``claim`` one of ``values``, or a round figure of one of them (within 5%)?"""
    if claim.value in values:
        return True
    if claim.exact:
        return any(math.isclose(claim.value, v, rel_tol=1e-9) for v in values)
    return any(v and abs(claim.value - v) / abs(v) <= 0.05 for v in values)


# --- dates ------------------------------------------------------------------

_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH_OF = {name: i + 1 for i, name in enumerate(MONTHS)} | _MONTH_ABBR
_MONTH_STEMS = tuple(m[:3] for m in MONTHS)  # every month name and abbreviation holds one
_MONTH_RE = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH_RE})(?![\w])", re.I)
_MONTH_FIRST = _opens_with(MONTHS)  # (the abbreviations open as the names do)
_MONTH_DAY = re.compile(rf"{_MONTH_FIRST}\b(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{{3}}\b)", re.I)
_MONTH_WORD = re.compile(rf"{_MONTH_FIRST}\b(?P<m>{_MONTH_RE})(?![\w])", re.I)
_WEEKDAY = re.compile(rf"{_opens_with(WEEKDAYS)}\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
                      re.I)
_YEAR_WORD = re.compile(r"(?=[12])(?<![\d,.$£€])\b(1[89]\d\d|20\d\d)(?:\s*[-/–]\s*(\d\d))?s?\b(?![,.]\d)")
# "May" and "March" are also a verb; "sat" etc. are not abbreviations we take.
_AMBIGUOUS_MONTHS = {"may", "march", "jan", "mar", "dec", "sep", "oct", "nov", "aug", "jun", "jul",
                     "apr", "feb"}
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|on|of|since|until|till|by|from|last|next|this|early|late|mid|end|before|after|during)\s+$)|(?:mid-$)",
    re.I,
)


@dataclass(frozen=True)
class DateClaim:
    kind: str  # "weekday" | "month" | "day" (a (month, day) pair) | "year" | "decade"
    value: Any
    span: str
    start: int = -1


def _is_month(m: re.Match, text: str) -> bool:
    word = m.group("m").rstrip(".").lower()
    if word not in _AMBIGUOUS_MONTHS:
        return True
    after = text[m.end(): m.end() + 6]
    if re.match(r"\s*\d", after):
        return True
    before = text[max(0, m.start() - 12): m.start()]
    if re.search(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", before):
        return True
    if word in ("may", "march") and m.group("m")[0].isupper() and _MONTH_CONTEXT.search(before):
        return True
    return False


def dates(text: str) -> list[DateClaim]:
    """Weekdays, months, (month, day) pairs and years named in ``text``."""
    weekday = month = digit = True
    if text.isascii():  # what each pattern needs, tested cheaply (ASCII: no case-folding surprises)
        low = text.lower()
        weekday = "day" in low
        month = any(m in low for m in _MONTH_STEMS)
        digit = _DIGIT.search(text) is not None
    out: list[DateClaim] = []
    if weekday:
        for m in _WEEKDAY.finditer(text):
            out.append(DateClaim("weekday", m.group(1).lower(), m.group(0), m.start()))
    for pattern in (_DAY_MONTH, _MONTH_DAY) if month and digit else ():
        for m in pattern.finditer(text):
            day = int(m.group("d"))
            month_ = _MONTH_OF[m.group("m").rstrip(".").lower()]
            if 1 <= day <= 31:
                out.append(DateClaim("day", (month_, day), m.group(0), m.start()))
    if month:
        for m in _MONTH_WORD.finditer(text):
            if _is_month(m, text):
                out.append(DateClaim("month", _MONTH_OF[m.group("m").rstrip(".").lower()], m.group(0), m.start()))
    if not digit:
        return out
    for m in _YEAR_WORD.finditer(text):
        if m.group(0).endswith("s"):  # "the 1990s"
            out.append(DateClaim("decade", int(m.group(1)) // 10 * 10, m.group(0), m.start()))
            continue
        out.append(DateClaim("year", int(m.group(1)), m.group(0), m.start()))
        if m.group(2):
            out.append(DateClaim("year", int(m.group(1)[:2] + m.group(2)), m.group(0), m.start()))
    return out


# --- names ------------------------------------------------------------------

# Words that may stand inside a name ("Bank of England", "Osama bin Laden").
CONNECTORS = frozenset("of the de del da di la le van von der den bin al el y and & for du st".split())
# Titles and honorifics: part of how a name is written, not of the name.
TITLES = frozenset("""mr mrs ms miss dr prof sir dame lord lady rev gen col capt lt sgt president
pm minister secretary senator sen rep gov governor mayor judge justice king queen prince princess
chancellor chief officer coach manager boss striker midfielder defender captain speaker chairman
chairwoman ceo director commissioner ambassador spokesman spokeswoman inspector detective constable
sergeant bishop archbishop pope deputy councillor prime professor reverend""".split())


def name_spans(text: str) -> list[tuple[str, list[str], bool]]:
    """Runs of capitalised words: (span, lowercased tokens, starts_sentence).

    ``starts_sentence`` marks a run whose first word opens the sentence or a quotation,
    where a capital says nothing about being a name.
    """
    text = undot(text)
    if text.isascii():
        return _ascii_name_spans(text)
    toks = raw_tokens(text)
    n = len(toks)
    # ``is_capital`` of every token, and where each ends, worked out once
    caps = [w[:1].isupper() or (len(w) > 1 and w.isupper()) for w, _ in toks]
    if True not in caps:
        return []
    ends = [s + len(w) for w, s in toks]
    spans: list[tuple[str, list[str], bool]] = []
    i = 0
    while i < n:
        if not caps[i]:
            i += 1
            continue
        start = toks[i][1]
        j = i + 1
        while j < n:
            gap = text[ends[j - 1]: toks[j][1]]
            if len(gap) > 3 or not _GAP_BREAKS.isdisjoint(gap):
                break
            if caps[j]:
                j += 1
                continue
            if j + 1 < n and caps[j + 1] and toks[j][0].lower() in CONNECTORS:
                j += 1
                continue
            break
        before = text[max(0, start - 20):start].rstrip()  # a window: long text stays linear
        opens = (not before and start <= 20) or bool(before) and before[-1] in ".!?:\"“‘'([—–-" or before.endswith("...")
        span = text[start: ends[j - 1]]
        spans.append((span, [lw for w, _ in toks[i:j] if (lw := w.lower()) != "s"], opens))
        i = j
    return spans


# what in the gap between two capitalised words ends a name ("Smith, Jones"; "U.S. Army")
_GAP_BREAKS = frozenset(",;:()\"“”‘!?.")
# A whole capitalised run of undotted ASCII text in one match. A token is [A-Za-z0-9]+, and
# a capitalised one opens with a capital or is digits then capitals ("3D"), as
# ``is_capital`` has it. The run is a capitalised token, then tokens each after a gap of
# at most three characters that break no name, every one capitalised or a connector
# that the next token (wherever it stands) is capitalised after.
_CAP = r"(?:[A-Z][A-Za-z0-9]*|[0-9]+[A-Z][A-Z0-9]*(?![A-Za-z0-9]))"
# (the first token as ``_CAP`` after no letter or digit, its first character matched before the
# look-behind so that the regex engine skips to the characters a run can open with)
_FIRST_CAP = (r"[A-Z0-9](?<![A-Za-z0-9].)(?:(?<=[A-Z])[A-Za-z0-9]*"
              r"|(?<=[0-9])[0-9]*[A-Z][A-Z0-9]*(?![A-Za-z0-9]))")
_ASCII_RUN = re.compile(
    rf"{_FIRST_CAP}(?:[^A-Za-z0-9,;:()\"!?.]{{1,3}}(?:{_CAP}"
    rf"|(?i:{'|'.join(sorted((c for c in CONNECTORS if c.isalnum()), key=len, reverse=True))})"
    rf"(?![A-Za-z0-9])(?=[^A-Za-z0-9]*{_CAP})))*"
)
_OPENERS = ".!?:\"“‘'([—–-"


def _ascii_name_spans(text: str) -> list[tuple[str, list[str], bool]]:
    """``name_spans`` of undotted ASCII text: each run is one regex match."""
    spans: list[tuple[str, list[str], bool]] = []
    for m in _ASCII_RUN.finditer(text):
        start = m.start()
        span = m.group(0)
        before = text[max(0, start - 20):start].rstrip()  # a window: long text stays linear
        opens = (not before and start <= 20) or bool(before) and before[-1] in _OPENERS
        low = span.lower()
        spans.append((span, [w for w in low.translate(ASCII_SPACES).split() if w != "s"], opens))
    return spans


# ``_ASCII_RUN`` over many sentences joined by NUL: no gap or look-ahead crosses a NUL
_JOINED_RUN = re.compile(_ASCII_RUN.pattern.replace("[^A-Za-z0-9", "[^A-Za-z0-9\\x00"))


# The marks beyond ASCII that news text is full of, each as the ASCII mark that plays its part
# in a run: one that breaks a name and may open a sentence (“ ‘ as '"'), one that breaks a name
# only (” as ")"), one that may open a sentence only (the dashes as "-"), and one that does
# neither (’ … « » „ £ € • · as "#"). Character for character: every offset stays.
_RUN_MARKS = ({"“": '"', "‘": '"', "”": ")", "–": "-", "—": "-"} | dict.fromkeys("’…«»„£€•·", "#")).items()


def sentences_name_words(sentences: Sequence[str]) -> list[tuple[list[str], bool]]:
    """(lowercased tokens, starts_sentence) of each ``name_spans`` run of each sentence, in
    order; ASCII text (or ASCII but for ``_RUN_MARKS``) is read in one regex pass over all
    the sentences."""
    runs, opens = sentences_name_runs(sentences)
    return [([w for w in run.translate(ASCII_SPACES).split() if w != "s"], o)
            for run, o in zip(runs, opens, strict=True)]


def sentences_name_runs(sentences: Sequence[str]) -> tuple[list[str], list[bool]]:
    """``sentences_name_words`` as two lists: each run lowercased (its words are those of
    ``run.translate(ASCII_SPACES).split()`` but "s"), and whether it starts its sentence."""
    joined = "\x00".join(sentences)
    if DOTTED_HINT.search(joined):  # (a dotted abbreviation stands within one sentence: the
        joined = "\x00".join(map(undot, sentences))  # sentences without one are as they are)
    if not joined.isascii():
        for mark, ascii_mark in _RUN_MARKS:  # (str.replace: a fast scan each; translate reads every character)
            if mark in joined:
                joined = joined.replace(mark, ascii_mark)
    if not joined.isascii() or joined.count("\x00") != len(sentences) - 1:
        found = [(" ".join(words_), opens) for s in sentences for _span, words_, opens in name_spans(s)]
        return [run for run, _ in found], [opens for _, opens in found]
    matches = list(_JOINED_RUN.finditer(joined))
    # "... said John": a word and a space before the run (most runs) open nothing; a run at
    # the very start of its sentence opens it
    opens = [False if (last := joined[start - 1:start]) == " " and joined[start - 2:start - 1].isalnum()
             else True if last == "\x00" or not last else _opens_joined(joined, start)
             for start in map(re.Match.start, matches)]
    return list(map(str.lower, map(re.Match.group, matches))), opens


def _opens_joined(joined: str, start: int) -> bool:
    """Does the run at ``start`` of NUL-joined sentences open its sentence or a quotation?"""
    last = joined[start - 1] if start else "\x00"
    if last != "\x00" and not last.isspace():
        return last in _OPENERS  # a mark right before it
    # spaces before it: as ``_ascii_name_spans`` has it, in its own sentence
    window = joined[max(0, start - 20):start]
    cut = window.rfind("\x00")
    if cut >= 0:
        window = window[cut + 1:]
        near = True  # the sentence opens within 20 characters before the run
    else:
        near = start <= 20 or joined[start - 21] == "\x00"
    before = window.rstrip()
    return (not before and near) or bool(before) and before[-1] in _OPENERS


def initials(words_: list[str]) -> str:
    return "".join(w[0] for w in words_ if w and w not in CONNECTORS)


def neighbours(text: str, start: int, span: str) -> tuple[str, str]:
    """The word just before and just after ``span`` (at ``start``) in ``text``, lowercased."""
    if start < 0:
        start = text.find(span)
    before = tokens(text[max(0, start - 60):start])  # a window: long sentences stay linear
    after = tokens(text[start + len(span): start + len(span) + 60])
    return (before[-1] if before else "", after[0] if after else "")
