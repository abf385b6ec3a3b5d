"""``SourceIndex``: a source article indexed once, for many sentences to be checked against.

One index is built per ``Document`` (``index_of``) and shared by the engines (who ask
which source sentences support what they wrote), ``check_draft`` and the desk's repair.
Every part is a ``functools.cached_property`` built on first use: the flattened text
(verbatim lookups), the word index (ranking support), the claims (names, numbers,
dates) and the stem sequence (copied pieces), so that verbatim (extractive) output pays
only for what it needs.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from operator import neg
from typing import TYPE_CHECKING, TypeVar

from copydesk.check import claims
from copydesk.check.claims import CONNECTORS
from copydesk.check.frames import Entity, Frame, frame
from copydesk.check.names import ALIASES, name_runs
from copydesk.check.scores import Result, results
from copydesk.check.speakers import speaker_of
from copydesk.ingest.typos import misspellings, respellings
from copydesk.lexicon import (
    ASCII_SPACES,
    STOPWORDS,
    clause_tokens,
    flat,
    sentence_flats,
    sentence_tokens,
    stem,
    tokens,
    undot,
)

if TYPE_CHECKING:
    from copydesk.model import Document

T = TypeVar("T")

# How many support indices a sentence carries.
SUPPORT = 3
# What a demonym or a place adds to a shared stem: "Afghan"/"Afghanistan", "Kenya"/"Kenyan".
DEMONYM_ENDS = frozenset("""a an ans ian ians n ns i is ese ish ic ics ia ie ies istan stan land lands
er ers ern erns ite ites o e y s es""".split()) | {""}


class PerSentence(Sequence[T]):
    """One value per source sentence, each made by ``make(i)`` when first asked for."""

    def __init__(self, n: int, make: Callable[[int], T]):
        self._items: list = [_UNMADE] * n
        self._make = make

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i: int) -> T:
        if not isinstance(i, int):
            raise TypeError(f"one sentence at a time: {i!r} is not an index")
        item = self._items[i]
        if item is _UNMADE:
            item = self._items[i] = self._make(range(len(self._items))[i])
        return item

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(len(self._items)))

    def made(self) -> list[T]:
        """The values made so far."""
        return [item for item in self._items if item is not _UNMADE]

    def unmade(self) -> list[int]:
        """The sentences whose value is not made yet."""
        return [i for i, item in enumerate(self._items) if item is _UNMADE]


_UNMADE = object()


class StemPositions:
    """Where each stem stands in a stem sequence, in order: found on first look-up, in the
    sentences the postings give for it (a checked sentence looks up a few stems only)."""

    def __init__(self, seq: list[str | None], starts: list[int], postings: dict[str, list[int]]):
        self._seq, self._starts, self._postings = seq, starts, postings
        self._found: dict[str, list[int]] = {}

    def get(self, stem: str, default=None):
        got = self._found.get(stem)
        if got is None:
            ids = self._postings.get(stem)
            if not ids:
                return default
            seq, starts = self._seq, self._starts
            got = self._found[stem] = [k for i in ids for k in range(starts[i], starts[i + 1] - 1
                                                                     if i + 1 < len(starts) else len(seq) - 1)
                                       if seq[k] == stem]
        return got


@dataclass(frozen=True)
class SourceClaims:
    """What the source claims, sentence by sentence."""

    numbers: list[list[claims.Number]]
    dates: list[set[tuple]]
    #: every number and date with the words beside it: (kind, value, before, after)
    slots: list[list[tuple]]
    all_numbers: set[float]
    #: lowercased words the source writes with a capital
    names: set[str]
    initials: set[str]
    #: words that stand in one name together
    partners: dict[str, set[str]]
    #: each sentence as clause tokens, and where the names stand in it
    ctoks: list[list[str]]
    runs: list[list[tuple[int, int]]]
    bigrams: set[tuple[str, str]]
    token_text: str


class SourceIndex:
    """The source's sentences, indexed once so that many sentences can be checked quickly."""

    def __init__(self, sentences: list[str]):
        # the caller's list itself when it is one (an engine may cache by identity)
        self.sentences: list[str] = sentences if isinstance(sentences, list) else list(sentences)
        self._speakers: dict[int, frozenset[str] | None] = {}
        self._ranked: dict[str, list[tuple[float, int]]] = {}
        self._located: dict[str, tuple[str, int]] = {}
        self._passages: dict[int, set[str]] = {}
        self._frames: dict[int, Frame] = {}
        self._idf: dict[str, float] = {}

    # -- the flattened text ----------------------------------------------------

    @cached_property
    def flat_sents(self) -> list[str]:
        return sentence_flats(self.sentences)

    @cached_property
    def flat_of(self) -> dict[str, str]:
        """A source sentence's text -> its flattened form."""
        return dict(zip(self.sentences, self.flat_sents, strict=True))

    @cached_property
    def flat_text(self) -> str:
        return "".join(self.flat_sents)

    @cached_property
    def starts(self) -> list[int]:
        """Where each sentence starts in ``flat_text``."""
        return list(accumulate((len(f) for f in self.flat_sents[:-1]), initial=0)) \
            if self.flat_sents else []

    def sentence_at(self, flat_pos: int) -> int:
        """The sentence that holds position ``flat_pos`` of ``flat_text``."""
        return max(0, bisect_right(self.starts, flat_pos) - 1)

    @cached_property
    def match_results(self) -> list[Result]:
        """The match results the source tells (``copydesk.check.scores``)."""
        return results(" ".join(self.sentences))

    # -- words -------------------------------------------------------------------

    @cached_property
    def toks(self) -> list[list[str]]:
        return sentence_tokens(self.sentences)

    @cached_property
    def stem_of(self) -> dict[str, str]:
        """Each distinct source word, stemmed once."""
        vocab = self.vocab
        return dict(zip(vocab, map(stem, vocab), strict=True))

    @cached_property
    def sent_stems(self) -> list[set[str]]:
        get = self.stem_of.__getitem__
        return [set(map(get, toks)) for toks in self.toks]

    @cached_property
    def postings(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for i, st in enumerate(self.sent_stems):
            for s in st:
                out[s].append(i)
        return out

    @cached_property
    def first(self) -> dict[str, int]:
        """A sentence's text -> where it first stands."""
        out: dict[str, int] = {}
        for i, sent in enumerate(self.sentences):
            out.setdefault(sent, i)
        return out

    @cached_property
    def vocab(self) -> set[str]:
        return set().union(*self.toks)

    @cached_property
    def stems(self) -> set[str]:
        return set(self.stem_of.values())  # (every sentence's stems: every word's)

    def idf(self, stem: str, default: float | None = None) -> float | None:
        """The rarity weight of a source stem (``default`` for a stem the source lacks),
        worked out on first use: a check weighs the few stems of its sentence only."""
        got = self._idf.get(stem)
        if got is None:
            ids = self.postings.get(stem)
            if not ids:
                return default
            got = self._idf[stem] = math.log(1 + max(len(self.sentences), 1) / len(ids))
        return got

    @cached_property
    def stem_prefixes(self) -> set[str]:
        """The first five letters of every long source stem ("Mapletonian" ~ "Mapleton")."""
        return {s[:5] for s in self.stems if len(s) >= 5}

    @cached_property
    def stem_sequence(self) -> tuple[list[str | None], list[int], StemPositions]:
        """The source as one stem sequence (None between sentences), its sentence ids and
        where each stem stands in it."""
        seq: list[str | None] = []
        sid: list[int] = []
        starts: list[int] = []
        get = self.stem_of.__getitem__
        for i, toks in enumerate(self.toks):
            starts.append(len(seq))
            seq += map(get, toks)
            seq.append(None)
            sid += [i] * (len(toks) + 1)
        return seq, sid, StemPositions(seq, starts, self.postings)

    @cached_property
    def word_sequence(self) -> list[str | None]:
        """The source's words as written in ``stem_sequence`` (lowercased, not stemmed)."""
        return [w for toks in self.toks for w in (*toks, None)]

    def passage_stems(self, i: int) -> set[str]:
        """The stems of sentence ``i`` with its neighbours (a passage)."""
        got = self._passages.get(i)
        if got is None:
            got = self._passages[i] = set().union(
                *(self.sent_stems[k] for k in (i - 1, i, i + 1) if 0 <= k < len(self.sentences)))
        return got

    # -- claims ------------------------------------------------------------------

    # The claims come in three parts, each gathered on first use: the names (every
    # non-verbatim sentence needs them), the numbers and dates (only a sentence that
    # states one, or a frame's bindings) and the clause tokens (only name slots and roles).

    @cached_property
    def _name_claims(self) -> tuple[set[str], set[str], dict[str, set[str]]]:
        names: set[str] = set()
        initials: set[str] = set()
        partners: dict[str, set[str]] = {}
        runs, starts = claims.sentences_name_runs(self.sentences)
        for run, opens in zip(runs, starts, strict=True):
            if run.isalnum():  # one word (most runs): as below, without the lists
                if run not in CONNECTORS and run != "s":
                    if run not in partners:  # (a word's partners hold the word itself)
                        partners[run] = {run}
                    if not opens:
                        names.add(run)
                continue
            content = [w for w in run.translate(ASCII_SPACES).split() if w != "s" and w not in CONNECTORS]
            for w in content:
                known = partners.get(w)
                if known is None:
                    partners[w] = set(content)
                else:
                    known.update(content)
            names.update(content[1:] if opens else content)
            if len(content) >= 2:
                initials.add(claims.initials(content))  # (connectors give no initial)
        names -= STOPWORDS
        return names, initials, partners

    @cached_property
    def _value_claims(self) -> tuple[PerSentence[list[claims.Number]], PerSentence[set[tuple]],
                                     PerSentence[list[tuple]], PerSentence[list[claims.DateClaim]]]:
        """Numbers, dates and slots, each sentence's read on first use: a number is looked up
        in the few best supporting sentences first, and the rest are read only if need be."""
        sentences = self.sentences  # (the parts hold no reference to the index: no cycle)
        n = len(sentences)
        numbers = PerSentence(n, lambda i: claims.numbers(sentences[i], with_years=True))
        spans = PerSentence(n, lambda i: claims.dates(sentences[i]))

        def dates(i: int) -> set[tuple]:
            found = {(d.kind, d.value) for d in spans[i]}
            found |= {("decade", v // 10 * 10) for k, v in list(found) if k == "year"}
            return found

        def slots(i: int) -> list[tuple]:
            sent = sentences[i]
            return ([("number", n.value, *claims.neighbours(sent, n.start, n.span)) for n in numbers[i]]
                    + [(d.kind, d.value, *claims.neighbours(sent, d.start, d.span)) for d in spans[i]])

        return numbers, PerSentence(n, dates), PerSentence(n, slots), spans

    def dated(self, kind: str, value) -> bool:
        """Does any source sentence give this date? The sentences read already are asked
        first, the rest read one by one only until one does."""
        dates = self.dates
        return any((kind, value) in got for got in dates.made()) or any(
            (kind, value) in dates[i] for i in dates.unmade())

    @cached_property
    def all_numbers(self) -> set[float]:
        return {n.value for nums in self.numbers for n in nums}

    @cached_property
    def _token_claims(self) -> tuple[PerSentence[list[str]], PerSentence[list[tuple[int, int]]]]:
        """Each sentence's clause tokens and name runs, read on first use (a name slot is
        compared in the best supporting sentences only)."""
        sentences, names = self.sentences, self.names  # (no reference to the index: no cycle)
        ctoks = PerSentence(len(sentences), lambda i: clause_tokens(sentences[i]))
        return ctoks, PerSentence(len(sentences), lambda i: name_runs(ctoks[i], names))

    @cached_property
    def bigrams(self) -> set[tuple[str, str]]:
        bigrams: set[tuple[str, str]] = set()
        for toks in self.ctoks:
            bigrams.update(zip(toks, toks[1:], strict=False))
        return bigrams

    @cached_property
    def token_text(self) -> str:
        return " | ".join(" ".join(t) for t in self.ctoks).join("  ")

    @cached_property
    def claims(self) -> SourceClaims:
        numbers, dates, slots = (list(part) for part in self._value_claims[:3])
        names, initials, partners = self._name_claims
        ctoks, runs = (list(part) for part in self._token_claims)
        return SourceClaims(numbers, dates, slots, self.all_numbers, names, initials, partners,
                            ctoks, runs, self.bigrams, self.token_text)

    @property
    def numbers(self) -> PerSentence[list[claims.Number]]:
        return self._value_claims[0]

    @property
    def dates(self) -> PerSentence[set[tuple]]:
        return self._value_claims[1]

    @property
    def slots(self) -> PerSentence[list[tuple]]:
        return self._value_claims[2]

    @property
    def names(self) -> set[str]:
        return self._name_claims[0]

    @property
    def initials(self) -> set[str]:
        return self._name_claims[1]

    @property
    def partners(self) -> dict[str, set[str]]:
        return self._name_claims[2]

    @cached_property
    def respellings(self) -> dict[str, str]:
        """The names the source misspells once, and its own spelling of each ({"Leonart": "Leonhart"},
        ``ingest.typos.respellings``): found once, for the engine that respells them and the checks
        that take the two spellings for one name."""
        return respellings(" ".join(self.sentences))

    @cached_property
    def respelt(self) -> dict[str, frozenset[str]]:
        """``respellings`` each way, in lower case ({"leonart": {"leonhart"}, "leonhart": {"leonart"}}):
        one name, which the desk may write as the source mostly does."""
        pairs: dict[str, set[str]] = {}
        # (and a sentence's first word the desk mends, which a name's check reads with the name after it:
        # "Adminstrators Begbies Traynor said" shipped as "Administrators ...")
        slips = {k: v for k, v in misspellings(" ".join(self.sentences)).items() if k[:1].isupper()}
        for short, full in (*self.respellings.items(), *slips.items()):
            pairs.setdefault(short.lower(), set()).add(full.lower())
            pairs.setdefault(full.lower(), set()).add(short.lower())
        return {k: frozenset(v) for k, v in pairs.items()}

    def kin(self, tokens: Iterable[str]) -> set[str]:
        """``tokens`` (a name's words, lower case) with the source's other words for the same name: the
        other parts of its full name (``partners``) and the other spelling of a misspelt one (``respelt``)."""
        tokens = list(tokens)
        return set(tokens).union(*(self.partners.get(t, ()) for t in tokens), *(self.respelt.get(t, ()) for t in tokens))

    @property
    def ctoks(self) -> PerSentence[list[str]]:
        return self._token_claims[0]

    @property
    def runs(self) -> PerSentence[list[tuple[int, int]]]:
        return self._token_claims[1]

    # -- lookups -------------------------------------------------------------

    def knows(self, word: str) -> bool:
        """Does the source use ``word`` (or a form of it)?"""
        return word in self.vocab or stem(word) in self.stems

    def knows_name(self, word: str) -> bool:
        """Does the source name ``word``: itself, a form, an alias, initials or a demonym?"""
        if self.knows(word):
            return True
        if word in self.initials:
            return True
        if any(a in self.vocab for a in ALIASES.get(word, ())) or any(a in self.vocab for a in self.respelt.get(word, ())):
            return True  # (or the source's other spelling of it: "Leonhart" for a "Leonart", "Administrators")
        if len(word) >= 5:  # "Afghan" / "Afghanistan", "Pakistani" / "Pakistan"
            for name in self.names:
                k = 0
                for a, b in zip(word, name, strict=False):
                    if a != b:
                        break
                    k += 1
                if k >= 5 and k >= 0.7 * min(len(word), len(name)) and (
                        word[k:] in DEMONYM_ENDS or name[k:] in DEMONYM_ENDS):
                    return True  # not "Bieniewski" for "Bieniewicz": a misspelt name
        return False

    def tokens(self, text: str) -> list[str]:
        """``lexicon.tokens`` of ``text``, read off the index for a source sentence (a
        list the caller must not change)."""
        at = self.first.get(text)
        return tokens(text) if at is None else self.toks[at]

    def rank(self, text: str) -> list[tuple[float, int]]:
        """Source sentences by support for ``text``: (score, index), best first."""
        return list(self._ranking(text))  # (a list of the caller's own)

    def _ranking(self, text: str) -> list[tuple[float, int]]:
        """``rank``'s list itself, worked out once for each text."""
        cached = self._ranked.get(text)
        if cached is not None:
            return cached
        scores: dict[int, float] = defaultdict(float)
        n = max(len(self.sentences), 1)
        at = self.first.get(text)
        if at is None:
            content = set(map(stem, set(tokens(text)).difference(STOPWORDS)))
        else:  # a source sentence: its words are known (the same set, built the same way)
            content = set(map(self.stem_of.__getitem__, set(self.toks[at]).difference(STOPWORDS)))
        self._add_scores(content, scores, n)
        # best first, ties in source order: sort on (-score, index) in C, then turn back
        ranked = [(-sc, i) for sc, i in sorted(zip(map(neg, scores.values()), scores, strict=True))]
        self._ranked[text] = ranked
        return ranked

    def _add_scores(self, stems: set[str], scores: MutableMapping[int, float] | list[float], n: int) -> None:
        """Add each stem's idf to the score of every sentence that holds it, in one order of
        float sums whatever the hash seed (ties stay ties)."""
        postings, idf = self.postings, self._idf
        for s in sorted(stems):
            ids = postings.get(s)
            if ids:
                w = idf.get(s)
                if w is None:
                    w = idf[s] = math.log(1 + n / len(ids))
                for i in ids:
                    scores[i] += w

    def _source_top(self, at: int) -> list[tuple[float, int]]:
        """The first ``SUPPORT`` of ``_ranking`` for source sentence ``at`` (what ``support``
        needs of a verbatim sentence): the same sums in the same order, kept in a list by
        sentence, and only the best sorted out (nothing cached: no other check ranks it)."""
        n = len(self.sentences)
        scores = [0.0] * n
        self._add_scores(set(map(self.stem_of.__getitem__, set(self.toks[at]).difference(STOPWORDS))), scores, n)
        # best first, ties in source order (a stable sort, reversed, keeps their order), and
        # none that no stem reaches (0.0)
        best = sorted(range(n), key=scores.__getitem__, reverse=True)[:SUPPORT]
        return [(scores[i], i) for i in best if scores[i]]

    def locate(self, text: str) -> tuple[str, int]:
        """``text`` flattened, and where it stands verbatim in ``flat_text`` (-1: nowhere, or no words)."""
        got = self._located.get(text)
        if got is None:
            key = self.flat_of.get(text)
            if key is None:
                key = flat(text)
            got = self._located[text] = (key, self.flat_text.find(key) if key else -1)
        return got

    def support(self, text: str) -> list[int]:
        """The source sentences that back ``text``, best first (at most ``SUPPORT``).

        A sentence that stands verbatim in the source is backed first by where it stands.
        """
        at = None if text in self._ranked else self.first.get(text)
        ranked = self._ranking(text) if at is None else self._source_top(at)
        out = [i for sc, i in ranked[:SUPPORT] if sc >= 0.3 * ranked[0][0]] if ranked else []
        _key, pos = self.locate(text)
        if pos >= 0:
            first = self.sentence_at(pos)
            out = [first] + [i for i in out if i != first]
        return out[:SUPPORT]

    def frame(self, i: int) -> Frame:
        """Sentence ``i`` read as claims: clauses, negations, bound numbers, dates and names."""
        got = self._frames.get(i)
        if got is None:
            sent = self.sentences[i]
            # a sentence without dotted abbreviations reads as the frame reads it: once the
            # number and date checks gather the source's values, they serve the frame too
            values = self.__dict__.get("_value_claims")
            found = (values[0][i], values[3][i]) if values is not None and undot(sent) == sent else None
            got = self._frames[i] = frame(sent, self.names, found=found)
        return got

    def entities(self, kind: str) -> Iterator[Entity]:
        """Every entity of ``kind`` the source binds, in every sentence: those of the sentences
        read already first, then the others, each read only when the caller asks on (most
        callers stop at the first that answers their question)."""
        read = set(self._frames)
        for i in sorted(read):
            yield from (e for e in self._frames[i].entities if e.kind == kind)
        for i in range(len(self.sentences)):
            if i not in read:
                yield from (e for e in self.frame(i).entities if e.kind == kind)

    def speaker(self, i: int) -> frozenset[str] | None:
        """Who sentence ``i`` has speaking (its name words), or None."""
        if i not in self._speakers:
            self._speakers[i] = speaker_of(self.sentences[i], self.names)
        return self._speakers[i]


def index_of(doc: Document) -> SourceIndex:
    """The document's one ``SourceIndex``, built on first use and kept with the document."""
    if doc.index is None or doc.index.sentences is not doc.sentences:
        doc.index = SourceIndex(doc.sentences)
    return doc.index
