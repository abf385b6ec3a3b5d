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
from dataclasses import dataclass

from copydesk.check import claims
from copydesk.check.claims import TITLES
from copydesk.check.opposites import PHRASES
from copydesk.lexicon import NEWS_FILLER, SPEECH_VERBS, STOPWORDS, stem, undot

# How far back a negator reaches, in tokens of its clause.
SCOPE = 5
# How many content words on each side of an entity bind it.
NEAR = 2

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:!?()\[\]\"“”«»—–]")
NEGATORS = frozenset("not no never nobody nothing none neither nor cannot without n't noone".split())
_NOT_NEGATION = frozenset("only just merely least longer".split())  # "not only", "no longer" is kept below
BREAKS = frozenset("but and while whereas although though however which who whom whose because yet or "
                   "whilst unless".split())
_BE = frozenset("is are was were be been being am 's re".split())
# Words that modify a time unit rather than bind it ("last year", "two weeks ago").
_TIME_WORDS = frozenset("last next this past previous coming ago earlier later same every per recent "
                        "following".split())
UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
         "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
         "fortnight": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
         "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
         "weekend": "weekend"}
_CLITIC = {"won't": ("will", "n't"), "can't": ("can", "n't"), "shan't": ("shall", "n't"),
           "cannot": ("can", "not")}
_DATE_WORDS = frozenset(claims.WEEKDAYS + claims.MONTHS)


@dataclass(frozen=True)
class Entity:
    kind: str  # "number" | "year" | "weekday" | "month" | "time" | "name"
    value: object
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


def _tokens(text: str) -> tuple[list[str], list[int], list[bool]]:
    """Lowercased tokens, their offsets and whether each was written with a capital."""
    toks, starts, caps = [], [], []
    for m in _TOKEN.finditer(text):
        raw = m.group(0).replace("’", "'")
        low = raw.lower()
        if low.endswith("'s"):
            low, raw = low[:-2], raw[:-2]
        if low == "s" or not low:
            continue
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
    k = 0
    while k + 1 < len(toks):  # "ruled out" -> "ruled_out"
        joined = f"{toks[k]}_{toks[k + 1]}"
        if joined in PHRASES:
            toks[k:k + 2] = [joined]
            del starts[k + 1], caps[k + 1]
        k += 1
    return toks, starts, caps


def _clauses(toks: list[str]) -> list[int]:
    out, c = [], 0
    for t in toks:
        if t in BREAKS or not t[0].isalnum():
            c += 1
            out.append(-1)
            continue
        out.append(c)
    return out


def _negation(toks: list[str], clause: list[int]) -> tuple[list[bool], list[str]]:
    negated = [False] * len(toks)
    negator = [""] * len(toks)
    for j, t in enumerate(toks):
        if t not in NEGATORS and not (t == "one" and j and toks[j - 1] == "no"):
            continue
        if j + 1 < len(toks) and toks[j + 1] in _NOT_NEGATION and toks[j + 1] != "longer":
            continue  # "not only", "not just", "at least"
        if t == "no" and j + 1 < len(toks) and toks[j + 1] == "one":
            continue  # read as "no one" at "one"
        shown = "no one" if t == "one" else t
        for k in range(j + 1, min(len(toks), j + 1 + SCOPE)):
            if clause[k] != clause[j]:
                break
            negated[k] = True
            negator[k] = shown
    return negated, negator


def _near(toks: list[str], clause: list[int], lo: int, hi: int, skip) -> tuple[list[int], list[int]]:
    """The nearest content tokens before ``lo`` and from ``hi`` on, in the same clause."""
    c = clause[lo]
    before, after = [], []
    k = lo - 1
    while k >= 0 and clause[k] == c and len(before) < NEAR:
        if is_content(toks[k]) and not skip(k):
            before.append(k)
        k -= 1
    k = hi
    while k < len(toks) and clause[k] == c and len(after) < NEAR:
        if is_content(toks[k]) and not skip(k):
            after.append(k)
        k += 1
    return before, after


def _at(starts: list[int], offset: int) -> int:
    for k, s in enumerate(starts):
        if s >= offset:
            return k
    return -1


def frame(text: str, names: set[str]) -> Frame:
    """Read ``text``; ``names`` are the (lowercased) words the source writes as names."""
    text = undot(text)  # "U.S." is one token, and every offset below is in this text
    toks, starts, caps = _tokens(text)
    clause = _clauses(toks) if toks else []
    negated, negator = _negation(toks, clause)
    stems = [stem(t) if t[0].isalpha() else t for t in toks]
    lowered = not any(caps)
    taken: set[int] = set()
    raw: list[tuple[str, object, str, int, int]] = []  # kind, value, span, lo, hi
    for n in claims.numbers(text):
        k = _at(starts, n.start)
        if k >= 0 and clause[k] >= 0:
            raw.append(("number", n.value, n.span, k, k + 1))
    for d in claims.dates(text):
        if d.kind in ("year", "weekday", "month"):
            k = _at(starts, d.start)
            if k >= 0 and clause[k] >= 0:
                raw.append((d.kind, d.value, d.span, k, k + 1))
    for k, t in enumerate(toks):
        if t in UNITS and clause[k] >= 0:
            raw.append(("time", UNITS[t], t, k, k + 1))
    k = 0
    while k < len(toks):  # names: runs of the source's name words
        def is_name(i: int) -> bool:
            t = toks[i]
            return (t in names and t not in TITLES and t not in _DATE_WORDS and t not in STOPWORDS
                    and (lowered or caps[i]) and clause[i] >= 0)
        if is_name(k):
            j = k + 1
            while j < len(toks) and is_name(j):
                j += 1
            raw.append(("name", frozenset(toks[k:j]), " ".join(toks[k:j]), k, j))
            taken.update(range(k, j))
            k = j
        else:
            k += 1
    entities = []
    for kind, value, span, lo, hi in raw:
        if kind == "name":
            items = _name_items(toks, stems, clause, lo, hi, taken)
        else:
            before, after = _near(toks, clause, lo, hi,
                                  lambda i, kind=kind: (kind == "time" and toks[i] in UNITS)
                                  or toks[i] in SPEECH_VERBS or toks[i] in NEWS_FILLER)
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


def _name_items(toks, stems, clause, lo, hi, taken) -> frozenset:
    """Who-did-what bindings of a name: ("pre", verb) before it, ("post", verb) after it."""
    before, after = _near(toks, clause, lo, hi,
                          lambda i: i in taken or toks[i] in SPEECH_VERBS or not is_verb(toks[i]))
    items = set()
    for i in after:
        # "Chelsea were beaten (by ...)": the name is what the verb was done to
        passive = any(toks[b] in _BE for b in range(hi, i))
        items.add(("pre" if passive else "post", stems[i]))
    for i in before:
        # "beaten by Arsenal": the name did it
        agent = lo >= 1 and toks[lo - 1] == "by"
        items.add(("post" if agent else "pre", stems[i]))
    return frozenset(items)
