"""A sentence read as claims: its clauses, what each negation covers, and what each number,
date, time unit and name is bound to.

``frame`` reads one sentence, cased or lowercased and tokenised (FRANK's "did n't"):

* tokens, lowercased, with "didn't" split into "did" + "n't" and phrases the opposites
  list knows ("ruled out") joined into one token;
* clauses: punctuation and clause words ("but", "and", "which") end one;
* negation: a token is negated when a negator ("not", "no one", "never", "n't") stands
  up to ``SCOPE`` tokens before it in its clause ("not only" is no negation);
* entities: numbers, years, weekdays, months, time units ("last *year*") and names, each
  with the content words nearest it in its clause (its binding). For a name the side
  counts, so that who did what to whom can be compared: ("pre", "beat") for a word
  before the name, ("post", "beat") after it, with passives turned round ("Chelsea were
  beaten by Arsenal" binds Arsenal as the one who beat).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from copydesk.check import claims
from copydesk.check.claims import TITLES
from copydesk.check.opposites import PHRASES
from copydesk.lexicon import NEWS_FILLER, SPEECH_VERBS, STOPWORDS, stem, undot

# How far back a negator reaches, in tokens of its clause.
SCOPE = 4
# How many content words on each side of an entity bind it.
NEAR = 2

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:!?()\[\]\"“”«»—–]")
NEGATORS = frozenset("not no never nobody nothing none neither nor cannot without n't noone".split())
_NOT_NEGATION = frozenset("only just merely least longer".split())  # "not only", "no longer" is kept below
BREAKS = frozenset("but and while whereas although though however which who whom whose because or "
                   "whilst unless when where".split())
# Words that say a negation without "not" ("failing to provide", "refused to").
IMPLICIT = frozenset("fail fails failed failing refuse refuses refused refusing unable lack lacks lacked "
                     "lacking absence".split())
_ADVERBS = frozenset("yet still even ever once again always also already really quite".split())
# Words that stand for a name between it and a verb ("watched them beat").
_PRONOUNS = frozenset("he she it they we i you him her them us me who which".split())
_BE = frozenset("is are was were be been being am 's re".split())
# Words that modify a time unit rather than bind it ("last year", "two weeks ago").
_TIME_WORDS = frozenset("last next this past previous coming ago earlier later same every per recent "
                        "following".split())
UNITS = {"seconds": "second", "minute": "minute", "minutes": "minute",
         "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
         "fortnight": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
         "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
         "weekend": "weekend", "weekends": "weekend"}
_CLITIC = {"won't": ("will", "n't"), "can't": ("can", "n't"), "shan't": ("shall", "n't"),
           "cannot": ("can", "not")}
_DATE_WORDS = frozenset(claims.WEEKDAYS + claims.MONTHS)
_PHRASE_FIRST = frozenset(p.partition("_")[0] for p in PHRASES)  # the words a phrase opens with


@dataclass(frozen=True)
class Entity:
    kind: str  # "number" | "year" | "weekday" | "month" | "time" | "name"
    value: Any
    span: str
    at: int  # token index
    items: frozenset


@dataclass(frozen=True)
class Frame:
    toks: list[str]
    stems: list[str]
    clause: list[int]  # clause number of each token (breaks get their own)
    negated: list[bool]
    negator: list[str]  # the negator covering each token ("" when none)
    entities: list[Entity]

    def content(self, k: int) -> bool:
        return is_content(self.toks[k])


def is_content(tok: str) -> bool:
    return (len(tok) >= 3 and tok[0].isalpha() and tok not in STOPWORDS and tok not in NEGATORS
            and tok not in _TIME_WORDS and tok not in BREAKS)


def _tokens(text: str) -> tuple[list[str], list[int], list[bool], list[bool]]:
    """Lowercased tokens, their offsets, whether each was written with a capital, and
    whether it is a possessive ("Sweden's")."""
    found = list(_TOKEN.finditer(text))
    raws = list(map(re.Match.group, found))
    if "'" not in text and "’" not in text and "cannot" not in raws:  # no clitic, no possessive
        toks = list(map(str.lower, raws))
        if "s" not in toks:  # (a lone "s" marks the word before it as a possessive)
            return _phrases(toks, list(map(re.Match.start, found)), [r[0].isupper() for r in raws],
                            [False] * len(toks))
    toks = []
    starts: list[int] = []
    caps: list[bool] = []
    poss: list[bool] = []
    for m in found:
        raw = m.group(0)
        if "'" not in raw and "’" not in raw and raw != "cannot":  # most words: no clitic, no possessive
            low = raw.lower()
            if low == "s" and poss:
                poss[-1] = True
                continue
            toks.append(low)
            starts.append(m.start())
            caps.append(raw[:1].isupper())
            poss.append(False)
            continue
        raw = raw.replace("’", "'")
        low = raw.lower()
        owner = low.endswith("'s") or low.endswith("s'")
        if low.endswith("'s"):
            low, raw = low[:-2], raw[:-2]
        if low in ("s", "'s") and poss:  # FRANK's "bader 's"
            poss[-1] = True
            continue
        if not low:
            continue
        parts: tuple[str, ...]
        if low in _CLITIC:
            parts = _CLITIC[low]
        elif low.endswith("n't") and len(low) > 3:
            parts = (low[:-3], "n't")
        else:
            parts = (low,)
        for p in parts:
            toks.append(p)
            starts.append(m.start())
            caps.append(raw[:1].isupper())
            poss.append(owner)
    return _phrases(toks, starts, caps, poss)


def _phrases(toks: list[str], starts: list[int], caps: list[bool],
             poss: list[bool]) -> tuple[list[str], list[int], list[bool], list[bool]]:
    """The tokens with each phrase the opposites list knows joined: "ruled out" -> "ruled_out"."""
    if _PHRASE_FIRST.isdisjoint(toks):
        return toks, starts, caps, poss
    k = 0
    while k + 1 < len(toks):
        if toks[k] not in _PHRASE_FIRST:
            k += 1
            continue
        joined = f"{toks[k]}_{toks[k + 1]}"
        if joined in PHRASES:
            toks[k:k + 2] = [joined]
            del starts[k + 1], caps[k + 1], poss[k + 1]
        k += 1
    return toks, starts, caps, poss


def _clauses(toks: list[str], soft: bool = False) -> list[int]:
    """Each token's clause number (-1 for a break); ``soft`` lets commas and dashes run on."""
    out, c = [], 0
    for t in toks:
        if soft and t in (",", "—", "–"):
            out.append(c)
            continue
        if t in BREAKS or not t[0].isalnum():
            c += 1
            out.append(-1)
            continue
        out.append(c)
    return out


def _negation(toks: list[str], clause: list[int]) -> tuple[list[bool], list[str]]:
    """Which tokens a negation covers: from the negator to the first content word after it
    that is not an adverb ("not yet determined", "no one was seriously hurt"), at most
    ``SCOPE`` tokens on; two negations cancel ("aren't without their entertainment")."""
    count = [0] * len(toks)
    negator = [""] * len(toks)
    for j, t in enumerate(toks):
        if t not in NEGATORS and t not in IMPLICIT and not (t == "one" and j and toks[j - 1] == "no"):
            continue
        if j + 1 < len(toks) and toks[j + 1] in _NOT_NEGATION and toks[j + 1] != "longer":
            continue  # "not only", "not just", "at least"
        if t == "no" and j + 1 < len(toks) and toks[j + 1][0].isdigit():
            continue  # "world no 7": a number
        if t == "no" and j + 1 < len(toks) and toks[j + 1] == "one":
            continue  # read as "no one" at "one"
        shown = "no one" if t == "one" else t
        for k in range(j + 1, min(len(toks), j + 1 + SCOPE)):
            if clause[k] != clause[j]:
                break
            count[k] += 1
            negator[k] = shown
            if is_content(toks[k]) and toks[k] not in _ADVERBS and not toks[k].endswith("ly"):
                break  # the head the negation is about
    negated = [c % 2 == 1 for c in count]
    return negated, negator


def _never(_: int) -> bool:
    return False


def _near(toks: list[str], clause: list[int], lo: int, hi: int, skip,
          reach: int = 99, most: int = NEAR, stop=_never) -> tuple[list[int], list[int]]:
    """The ``most`` nearest content tokens before ``lo`` and from ``hi`` on, in the same
    clause, at most ``reach`` tokens away and not past a token where ``stop`` holds."""
    c = clause[lo]
    before: list[int] = []
    after: list[int] = []
    k = lo - 1
    while k >= 0 and lo - k <= reach and clause[k] == c and len(before) < most and not stop(k):
        if is_content(toks[k]) and not skip(k):
            before.append(k)
        k -= 1
    k = hi
    while k < len(toks) and k - hi < reach and clause[k] == c and len(after) < most and not stop(k):
        if is_content(toks[k]) and not skip(k):
            after.append(k)
        k += 1
    return before, after


def _at(starts: list[int], offset: int) -> int:
    """The first token at or after ``offset`` (-1: none); ``starts`` never decrease."""
    k = bisect_left(starts, offset)
    return k if k < len(starts) else -1


def frame(text: str, names: set[str], *,
          found: tuple[list[claims.Number], list[claims.DateClaim]] | None = None) -> Frame:
    """Read ``text``; ``names`` are the (lowercased) words the source writes as names.
    ``found``: ``claims.numbers(text, with_years=True)`` and ``claims.dates(text)``, when
    the caller has them for a text without dotted abbreviations."""
    text = undot(text)  # "U.S." is one token, and every offset below is in this text
    toks, starts, caps, poss = _tokens(text)
    clause = _clauses(toks) if toks else []
    negated, negator = _negation(toks, clause)
    stems = [stem(t) if t[0].isalpha() else t for t in toks]
    lowered = True not in caps
    taken: set[int] = set()
    raw: list[tuple[str, object, str, int, int]] = []  # kind, value, span, lo, hi
    found_numbers, found_dates = found or (claims.numbers(text, with_years=True), claims.dates(text))
    years = {d.start for d in found_dates if d.kind in ("year", "decade")}
    for n in found_numbers:  # "2,000" is a number, "2000" alone a year
        k = _at(starts, n.start)
        if k >= 0 and clause[k] >= 0 and n.start not in years:
            raw.append(("number", n.value, n.span, k, k + 1))
    for d in found_dates:
        if d.kind in ("year", "weekday", "month"):
            k = _at(starts, d.start)
            if k >= 0 and clause[k] >= 0:
                raw.append((d.kind, d.value, d.span, k, k + 1))
    if not UNITS.keys().isdisjoint(toks):
        for k, t in enumerate(toks):
            if t in UNITS and clause[k] >= 0:
                raw.append(("time", UNITS[t], t, k, k + 1))
    # names: runs of the source's name words
    is_name = [t in names and t not in TITLES and t not in _DATE_WORDS and t not in STOPWORDS
               and (lowered or cap) and c >= 0 for t, cap, c in zip(toks, caps, clause, strict=True)]
    k = is_name.index(True) if True in is_name else len(toks)
    while k < len(toks):
        if is_name[k]:
            j = k + 1
            while j < len(toks) and is_name[j] and not poss[j - 1]:  # "Sweden's | Henrik Stenson"
                j += 1
            raw.append(("name", frozenset(toks[k:j]), " ".join(toks[k:j]), k, j))
            taken.update(range(k, j))
            k = j
        else:
            k += 1
    entities = []
    phrase: list[int] = []  # the clauses with commas and dashes run on, read when first needed
    for kind, value, span, lo, hi in raw:
        if kind == "name":
            items = _name_items(toks, stems, clause, lo, hi, taken) | _appositive(toks, stems, lo, hi, taken)
        else:
            def skip(i: int, kind: str = kind) -> bool:
                return ((kind == "time" and toks[i] in UNITS) or toks[i] in SPEECH_VERBS
                        or toks[i] in NEWS_FILLER or i in taken)
            before, after = _near(toks, clause, lo, hi, skip, most=1)
            if not before and not after:  # "Cesar Veloso, 59, suffers": what the phrase gives it to
                phrase = phrase or _clauses(toks, soft=True)
                before, after = _near(toks, phrase, lo, hi, lambda i: skip(i) and i not in taken, most=1)
                after = after if not before else []
            items = frozenset(stems[i] for i in before + after)
        entities.append(Entity(kind, value, span, lo, items))
    return Frame(toks, stems, clause, negated, negator, entities)


# Past forms that do not end in -ed: the verbs news tells who did to whom.
_IRREGULAR = frozenset("""beat won lost met led left took gave made sent hit ran sold bought became came went
saw found held kept paid brought caught fought struck shot stole threw chose rose fell broke drove flew
grew knew spent built began sang bit hid hurt let put quit set shut spread stood swore taught thought
tore understood wore woke sued sent overtook overthrew outran beaten given taken chosen stolen thrown
driven broken shown known seen done won""".split())


def is_verb(tok: str) -> bool:
    """A past or passive verb form, the shape news gives who did what to whom."""
    return (len(tok) > 4 and tok.endswith("ed")) or tok in _IRREGULAR


_DETERMINERS = frozenset("the a an his her its their our".split())
_AGENT_ENDS = ("er", "or", "ist", "man", "woman", "ent", "ant", "ian", "ess")


def _title_like(tok: str) -> bool:
    return tok in TITLES or (tok.endswith(_AGENT_ENDS) and len(tok) > 4)


def _appositive(toks: list[str], stems: list[str], lo: int, hi: int, taken: set[int]) -> frozenset:
    """What a name is called beside it: "Omar, the Peshmerga commander," or "state
    commissioner Dayo Adeyanju" give ("app", "command"), ("app", "commission")."""
    items: set[tuple[str, str]] = set()
    if hi + 1 < len(toks) and toks[hi] == "," and (
            toks[hi + 1] in _DETERMINERS or hi + 1 in taken or _title_like(toks[hi + 1])):
        k, n = hi + 1, 0
        words: set[tuple[str, str]] = set()
        while k < len(toks) and toks[k][0].isalnum() and toks[k] not in BREAKS and n < 3:
            if toks[k] in SPEECH_VERBS:
                words = set()  # "Irbil, an official says": an attribution, not what Irbil is
                break
            if is_content(toks[k]) and k not in taken and not is_verb(toks[k]):
                words.add(("app", stems[k]))
                n += 1
            k += 1
        items |= words
    k = lo - 1
    if k >= 0 and toks[k] == ",":
        k -= 1
    if k >= 0 and _title_like(toks[k]) and k not in taken:
        items.add(("app", stems[k]))  # "spokesman Josh Earnest", "transport minister, Priya Raman"
        if k >= 1 and is_content(toks[k - 1]) and not is_verb(toks[k - 1]) and toks[k - 1] not in SPEECH_VERBS:
            items.add(("app", stems[k - 1]))
    elif k >= 0 and k in taken and k + 1 == lo:
        items.add(("app", stems[k]))  # "Sweden's Henrik Stenson"
    return frozenset(items)


_PREPOSITIONS = frozenset("from to in at on with for of into onto against over under near about "
                          "after before during without".split())


def _name_items(toks, stems, clause, lo, hi, taken) -> frozenset:
    """Who-did-what bindings of a name: ("pre", verb) before it, ("post", verb) after it;
    a preposition between marks the name as its object ("pre from", "expelled from Dubai").
    Another name or a pronoun between ends the search: that one holds the role. A name in
    a list ("Izzard, Essex and Lindsay attended") holds no role of its own."""
    if lo >= 2 and toks[lo - 1] in ("and", "or", ",") and lo - 2 in taken:
        return frozenset()
    if hi + 1 < len(toks) and _title_like(toks[hi]) and hi + 1 in taken:
        return frozenset()  # "Indonesian President Joko Widodo": the name only says whose
    before, after = _near(toks, clause, lo, hi,
                          lambda i: toks[i] in SPEECH_VERBS or not is_verb(toks[i]), reach=4,
                          stop=lambda i: i in taken or toks[i] in _PRONOUNS)
    first = next((i for i in range(hi, min(len(toks), hi + 4)) if is_content(toks[i])
                  and not toks[i].endswith("ly")), None)
    if first is not None and not is_verb(toks[first]) and toks[first] not in SPEECH_VERBS:
        after = []  # "the Belgian winger joined": the name modifies a noun, the noun does it
    items = set()
    for i in after:
        # "Chelsea were beaten (by ...)": the name is what the verb was done to
        passive = any(toks[b] in _BE for b in range(hi, i))
        items.add(("pre" if passive else "post", stems[i]))
    for i in before:
        between = toks[i + 1:lo]
        if "by" in between:  # "beaten by Arsenal": the name did it
            items.add(("post", stems[i]))
            continue
        prep = next((t for t in between if t in _PREPOSITIONS), "")
        items.add((f"pre {prep}".strip(), stems[i]))
    return frozenset(items)
