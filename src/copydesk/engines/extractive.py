"""The ``extractive`` engine: ranked sentences from the source, no model, any language.

Every sentence it ships is a source sentence, word for word, with its index as
provenance, so the checker finds nothing to flag and quotes stay exactly as written.

Ranking. Each sentence gets a score from three signals:

* lead position: news puts what matters first (``1 / (1 + i) ** POSITION_DECAY``);
* centrality: TF-IDF cosine similarity to the whole article (the centroid);
* shape: very short fragments, questions and bare captions rank lower.

Selection is MMR (maximal marginal relevance): the next sentence is the one with the
best score minus its similarity to what was already picked, so the summary does not
say the same thing twice. Everything is linear in the article's length (the MMR pass
looks only at the best ``CANDIDATES`` sentences), so megabytes of text are fine.

Summary: the top N sentences, in source order. Headline: the title when known, else
the lead sentence compressed (wire attribution and trailing clauses dropped, at most
about 14 words, Title Case outside quotes). Body: inverted pyramid - the lead, key
facts, quotes kept with their attribution, background - in paragraphs of 1-3 sentences.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from copydesk.engines import Engine
from copydesk.lexicon import (
    NEWS_FILLER,
    SPEECH,
    SPEECH_VERBS,
    STOPWORDS,
    sentence_tokens,
    stem,
    words,
)
from copydesk.model import Document, Draft, Sentence

# Tuned on the dev set for general behaviour (see benchmarks/summarize.py).
POSITION_DECAY = 1.0
W_POSITION = 1.0
W_CENTRALITY = 0.6
MMR_LAMBDA = 0.85
CANDIDATES = 30
FACT_BOOST = 1.25  # body only: sentences with numbers in them
DUPLICATE = 0.8  # cosine similarity above which a sentence repeats one already picked
HEADLINE_WORDS = 14
HEADLINE_SLACK = 2  # "about 14": a whole clause of 16 words beats a cut one
SHORT_WORDS, SHORT_FACTOR = 11, 0.75  # lexicon tokens
LONG_WORDS, LONG_FACTOR = 60, 0.7
CENTROID_DECAY = 0.0

# what ranking leaves out: function words, news filler and the verbs of attribution
_RANK_STOP = STOPWORDS | NEWS_FILLER | SPEECH_VERBS
_NUMBER = re.compile(r"\d")
_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_BACKGROUND = re.compile(
    r"\b(?:last (?:year|month|week)|in (?:19|20)\d\d|previously|earlier|since|ago|former|"
    r"history|had been|was founded|background|years? before)\b",
    re.IGNORECASE,
)


_BACKGROUND_LOWER = re.compile(_BACKGROUND.pattern)


def _attributed(text: str) -> bool:
    """Does ``text`` attribute ("said", "told", "according to")?"""
    return SPEECH.search(text) is not None


def _background(text: str) -> bool:
    """Does ``text`` read as background ("last year", "in 1999", "previously")?"""
    if text.isascii():
        return _BACKGROUND_LOWER.search(text.lower()) is not None
    return _BACKGROUND.search(text) is not None


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """A word's ranking term: its stem, or "" for a word that carries no topic."""
    if word in _RANK_STOP or len(word) < 2:
        return ""
    return stem(word)


@dataclass
class _Ranked:
    scores: list[float]
    #: unit-length TF-IDF rows, one per sentence, as a sparse matrix in triplets
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    #: the best CANDIDATES sentences and their pairwise similarities, made on first use
    order: list[int] | None = None
    sims: np.ndarray | None = None
    sim_rows: list[list[float]] | None = None  # ``sims`` as lists, for the MMR loop


def _similarities(ranked: _Ranked, rows: list[int]) -> np.ndarray:
    """Cosine similarities among ``rows`` (their vectors are unit length)."""
    where = np.full(len(ranked.scores), -1, dtype=np.int64)
    where[np.asarray(rows, dtype=np.int64)] = np.arange(len(rows))
    at = where[ranked.rows]
    mask = at >= 0
    cols = ranked.cols[mask]
    width = int(ranked.cols.max()) + 1 if len(ranked.cols) else 1
    if width > 20_000:  # a huge input: keep only the columns these rows use
        cols = np.unique(cols, return_inverse=True)[1]
        width = int(cols.max()) + 1 if len(cols) else 1
    dense = np.zeros((len(rows), width))
    dense[at[mask], cols] = ranked.values[mask]
    return dense @ dense.T


def _quote_balance(sentence: str) -> int:
    """Net open double quotes: > 0 when a quotation runs on into the next sentence."""
    opened = sum(sentence.count(c) for c in _OPEN_DOUBLE) - sum(sentence.count(c) for c in _CLOSE_DOUBLE)
    straight = sentence.count('"')
    if straight % 2 == 1:
        opened += 1 if sentence.lstrip().startswith('"') or opened <= 0 else -1
    return opened


_SINGLE_QUOTED = re.compile(r"(?:^|\s)[‘'][^‘’']{8,}[’']")
_DOUBLE_MARK = re.compile('["“”«»„]')
_CURLY_MARK = re.compile(f"[{_OPEN_DOUBLE}{_CLOSE_DOUBLE}]")


def _has_quote(sentence: str) -> bool:
    if _DOUBLE_MARK.search(sentence):
        return True
    return ("'" in sentence or "‘" in sentence) and bool(_SINGLE_QUOTED.search(sentence))


class ExtractiveEngine(Engine):
    name = "extractive"

    def status(self) -> str:
        return "built in, no model, offline"

    # --- ranking -----------------------------------------------------------------

    def rank(self, doc: Document) -> _Ranked:
        sentences = doc.sentences
        english = (doc.language or "en").split("-")[0] == "en"
        words_of = sentence_tokens(sentences)
        shape = np.array([self._shape(sent, len(toks)) for sent, toks in zip(sentences, words_of, strict=True)],
                         dtype=np.float64)
        lengths = np.fromiter(map(len, words_of), dtype=np.int64, count=len(words_of))
        every = list(itertools.chain.from_iterable(words_of))
        rows_of = np.repeat(np.arange(len(sentences), dtype=np.int64), lengths)
        vocab: dict[str, int] = defaultdict(itertools.count().__next__)  # term -> id, first seen first
        # each distinct word once, in the order words first appear: its term's id
        if english:  # stop words stem to "" and are left out (-1)
            word_id = {w: vocab[t] if (t := _term(w)) else -1 for w in dict.fromkeys(every)}
        else:
            word_id = {w: vocab[w] for w in dict.fromkeys(every)}
        ids = np.fromiter(map(word_id.__getitem__, every), dtype=np.int64, count=len(every))
        if english:
            kept = ids >= 0
            ids, rows_of = ids[kept], rows_of[kept]
        keys = (rows_of << 32) | ids
        unique, counts = np.unique(keys, return_counts=True)
        rows = unique >> 32
        cols = unique & 0xFFFFFFFF
        n = len(sentences)
        rows_a, cols_a = rows, cols
        tf = 1.0 + np.log(counts.astype(np.float64))
        df = np.bincount(cols_a, minlength=len(vocab)).astype(np.float64)
        idf = np.log((n + 1) / (df + 0.5))
        values = tf * idf[cols_a]
        norms = np.sqrt(np.bincount(rows_a, weights=values * values, minlength=n))
        norms[norms == 0] = 1.0
        values = values / norms[rows_a]
        centroid = np.bincount(cols_a, weights=values, minlength=max(1, len(vocab)))
        cnorm = float(np.linalg.norm(centroid)) or 1.0
        central = np.bincount(rows_a, weights=values * centroid[cols_a], minlength=n) / cnorm
        top = float(central.max()) if n else 1.0
        top = top or 1.0
        position = 1.0 / (1.0 + np.arange(n)) ** POSITION_DECAY
        scores = (W_POSITION * position + W_CENTRALITY * central / top) * shape
        return _Ranked(scores.tolist(), rows_a, cols_a, values)

    @staticmethod
    def _shape(sentence: str, n: int) -> float:
        """Fragments, questions and captions ending in a colon rank lower; ``n`` = words."""
        factor = 1.0
        if n < 6:
            factor *= 0.3
        elif n < SHORT_WORDS:
            factor *= SHORT_FACTOR
        elif n > LONG_WORDS:
            factor *= LONG_FACTOR
        if sentence.rstrip().endswith("?"):
            factor *= 0.6
        if sentence.rstrip().endswith(":"):
            factor *= 0.5
        return factor

    @staticmethod
    def candidates(ranked: _Ranked) -> tuple[list[int], np.ndarray]:
        """The best ``CANDIDATES`` sentences and their pairwise similarities (made once)."""
        if ranked.order is None or ranked.sims is None:
            ranked.order = sorted(range(len(ranked.scores)), key=lambda i: -ranked.scores[i])[:CANDIDATES]
            ranked.sims = _similarities(ranked, ranked.order)
            ranked.sim_rows = ranked.sims.tolist()
        return ranked.order, ranked.sims

    def select(self, ranked: _Ranked, k: int, *, exclude: set[int] | None = None,
               boost: dict[int, float] | None = None) -> list[int]:
        """``k`` sentence indices by MMR over the best candidates, best first.

        ``boost`` multiplies the relevance of some sentences (the body favours facts).
        """
        order, _sims = self.candidates(ranked)
        rows = ranked.sim_rows
        exclude = exclude or set()
        boost = boost or {}
        relevance = [MMR_LAMBDA * ranked.scores[i] * boost.get(i, 1.0) for i in order]
        redundancy = [0.0] * len(order)
        for p, i in enumerate(order):  # what is already out counts as said
            if i in exclude:
                redundancy = [y if y > x else x for x, y in zip(redundancy, rows[p], strict=True)]
        open_ = [p for p, i in enumerate(order) if i not in exclude]  # positions, in order
        picked: list[int] = []
        penalty = 1 - MMR_LAMBDA
        while len(picked) < k:
            best = dup = -1
            best_value = dup_value = -math.inf
            for p in open_:
                red = redundancy[p]
                value = relevance[p] - penalty * red
                if red < DUPLICATE:
                    if value > best_value:
                        best, best_value = p, value
                elif value > dup_value:
                    dup, dup_value = p, value
            if best < 0:  # a near-copy of a picked sentence only when nothing else is left
                best = dup
            if best < 0:
                break
            open_.remove(best)
            picked.append(order[best])
            row = rows[best]
            for p in open_:  # only what is still open is looked at again
                if row[p] > redundancy[p]:
                    redundancy[p] = row[p]
        return picked

    # --- parts -------------------------------------------------------------------

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        ranked = self.rank(doc)
        picked = sorted(self.select(ranked, summary_sentences))
        summary = [Sentence(doc.sentences[i], [i]) for i in picked]
        headline = (doc.article.title.strip() if doc.article.title
                    else make_headline(doc.sentences[0], language=doc.language))
        body = self.body(doc, ranked)
        return Draft(summary=summary, headline=headline, body=body, engine=self.name)

    def body(self, doc: Document, ranked: _Ranked) -> list[list[Sentence]]:
        """Inverted pyramid: lead, key facts, quotes with attribution, background."""
        sents = doc.sentences
        n = len(sents)
        units = _Units(sents)
        # A short article keeps every sentence (reordered); a long one about half.
        budget = n if n <= 6 else max(6, min(14, round(n * 0.5)))

        lead = units.of(0)
        chosen: list[tuple[int, ...]] = [lead]
        used = set(lead)
        # Key facts carry numbers: amounts, counts, dates.
        facts_boost = {i: FACT_BOOST for i in self.candidates(ranked)[0] if _NUMBER.search(sents[i])}
        for i in self.select(ranked, min(n, budget + 6), exclude=used, boost=facts_boost):
            if sum(len(u) for u in chosen) >= budget:
                break
            # What is left of the sentence's unit: a quote whose attribution is
            # already in the body brings only its own sentences.
            unit = tuple(j for j in units.of(i) if j not in used)
            if not unit or len(unit) > 3:
                continue
            chosen.append(unit)
            used.update(unit)
        # Quotes with their attribution belong in the body: bring the best one in when
        # the ranking left them all out.
        if not any(_has_quote(sents[i]) for u in chosen for i in u):
            for i in self.candidates(ranked)[0]:
                if i not in used and _has_quote(sents[i]):
                    unit = tuple(j for j in units.of(i) if j not in used)
                    text = " ".join(sents[j] for j in unit)
                    if len(unit) <= 3 and _attributed(text):
                        chosen.append(unit)
                        used.update(unit)
                        break
        # Make sure there are at least three sentences whenever the article has three.
        for i in range(n):
            if sum(len(u) for u in chosen) >= min(3, n):
                break
            if i not in used:
                chosen.append((i,))
                used.add(i)

        rest = sorted(chosen[1:], key=lambda u: u[0])
        median = sorted(ranked.scores[u[0]] for u in rest)[len(rest) // 2] if rest else 0.0
        facts, quotes, background = [], [], []
        for unit in rest:
            text = " ".join(sents[i] for i in unit)
            if _has_quote(text):
                quotes.append(unit)
            elif ranked.scores[unit[0]] < median and _background(text):
                background.append(unit)
            else:
                facts.append(unit)

        sections = [[lead], facts, quotes, background]
        paragraphs: list[list[int]] = []
        for section in sections:
            current: list[int] = []
            for unit in section:
                adjacent = bool(current) and unit[0] == current[-1] + 1
                if current and (len(current) + len(unit) > 3 or not adjacent or len(current) >= 2):
                    paragraphs.append(current)
                    current = []
                current.extend(unit)
            if current:
                paragraphs.append(current)
            if section is sections[0]:
                continue
        paragraphs = _at_least_three(paragraphs)
        return [[Sentence(sents[i], [i]) for i in para] for para in paragraphs]


class _Units:
    """Sentences that must travel together.

    A quotation that runs over several sentences is one unit (found in one cheap pass
    over the quote marks); a quote with no attribution of its own also takes the
    sentence before it when that one introduces it ('She said:' or '... he said.').
    The second rule costs regex searches, so it is applied only to the units asked for.
    """

    def __init__(self, sents: list[str]):
        self.sents = sents
        self.base: list[tuple[int, ...]] = []
        self.base_of: list[int] = []
        current: list[int] = []
        curly = 0  # open curly/angled quotes
        straight = False  # inside a straight-quoted span
        for i, sent in enumerate(sents):
            if current and (curly > 0 or straight) and len(current) < 4:
                current.append(i)
            else:
                if current:
                    self.base.append(tuple(current))
                current = [i]
                curly, straight = 0, False
            self.base_of.append(len(self.base))
            if '"' in sent:
                # sentencex may hang the opening mark of the next quoted paragraph on
                # the end of this sentence ('... damage. "'): that one opens, not closes.
                dangling = sent.endswith(' "')
                if (sent.count('"') - dangling) % 2:
                    straight = not straight
                if dangling:
                    straight = True
            if not sent.isascii() and _CURLY_MARK.search(sent):
                curly = max(0, curly + sum(sent.count(c) for c in _OPEN_DOUBLE)
                            - sum(sent.count(c) for c in _CLOSE_DOUBLE))
        if current:
            self.base.append(tuple(current))

    def __len__(self) -> int:
        return len(self.base)

    def __iter__(self):
        return (self.of(unit[0]) for unit in self.base)

    def of(self, i: int) -> tuple[int, ...]:
        """The unit of sentence ``i``, with the sentence that introduces its quote."""
        k = self.base_of[i]
        unit = self.base[k]
        if k == 0:
            return unit
        text = " ".join(self.sents[j] for j in unit)
        if not _has_quote(text) or _attributed(text):
            return unit
        prev = self.base[k - 1]
        prev_text = self.sents[prev[-1]]
        if len(prev) + len(unit) <= 3 and (prev_text.rstrip().endswith(":")
                                           or _attributed(prev_text)):
            return prev + unit
        return unit


def _at_least_three(paragraphs: list[list[int]]) -> list[list[int]]:
    """Split the longest paragraphs until there are three, where sentences allow."""
    paragraphs = [p for p in paragraphs if p]
    while len(paragraphs) < 3:
        longest = max(range(len(paragraphs)), key=lambda k: len(paragraphs[k]), default=None)
        if longest is None or len(paragraphs[longest]) < 2:
            break
        para = paragraphs[longest]
        cut = len(para) // 2
        paragraphs[longest: longest + 1] = [para[:cut], para[cut:]]
    return paragraphs


# --- headline ----------------------------------------------------------------------

_TRAILING_ATTRIBUTION = re.compile(
    r",?\s+(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,6}?"
    r"(?:said|says|say|told|reported|reports|announced|confirmed|added|stated|claimed|warned|according to)"
    r"(?:\s+[\w.'’-]+){0,6}\s*[.!]?$",
    re.IGNORECASE,
)
# what _TRAILING_ATTRIBUTION cannot match without (a cheap search that skips the costly one)
_ATTRIBUTION_VERB = re.compile(
    r"said|says|say|told|reported|reports|announced|confirmed|added|stated|claimed|warned|according to",
    re.IGNORECASE,
)
_STRONG_BREAK = re.compile(r"\s(?:--|—|–|-)\s|[;:]\s|,\s(?=(?:and|but|or|so|yet)\s)")
_CLAUSE_BREAK = re.compile(r",\s")
_SUBORDINATE = re.compile(
    r"\s(?:who|which|whose|after|when|while|because|despite|although|though|"
    r"following|amid|before|until|unless|whereas)\s",
    re.IGNORECASE,
)
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:[\w'’.-]+\s+){1,5}?(?:said|says|say|told\s+\w+|reported|reports|announced|claimed|"
    r"claims|warned|believe|believes|fear|fears|confirmed)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r",?\s+(?:that\s+)?(?=[\w\"“‘'])",
)
_AGE_APPOSITIVE = re.compile(r",\s\d{1,3},(?=\s)")
_SMALL = frozenset("a an the and but or nor for so yet on at to by of in with as vs via per from up into onto off over".split())
_QUOTED_SPAN = re.compile(r"[\"“„«‘][^\"“”„«»‘’]*[\"”“»’]|(?<![\w])'[^']+'(?!\w)")


def make_headline(lead: str, *, language: str = "en") -> str:
    """Compress the lead sentence into a headline of source words only.

    Title Case is an English convention; other languages keep the sentence's own case.
    """
    text = lead.strip()
    m = _TRAILING_ATTRIBUTION.search(text) if _ATTRIBUTION_VERB.search(text) else None
    last_quote = max((q.end() for q in _QUOTED_SPAN.finditer(text)), default=0)
    if m and m.start() >= last_quote and len(words(text[: m.start()])) >= 4:
        text = text[: m.start()]
    lead_m = _LEADING_ATTRIBUTION.match(text)
    if lead_m and len(words(text[lead_m.end():])) >= 5 and not _open_quote(text[: lead_m.end()]):
        rest = text[lead_m.end():]
        text = rest[:1].upper() + rest[1:]  # "Officials said the dam held" -> "The dam held"
    text = text.rstrip(" .!;:,")
    if len(words(text)) > HEADLINE_WORDS:
        text = _AGE_APPOSITIVE.sub("", text)  # "Moreno, 24, is" -> "Moreno is"
    if len(words(text)) > HEADLINE_WORDS:
        # Keep the main clause: the longest head, cut at a strong break, a comma or
        # before a subordinate clause, that fits the headline.
        strong = sorted({m.start() for m in _STRONG_BREAK.finditer(text)}, reverse=True)
        commas = sorted({m.start() for m in _CLAUSE_BREAK.finditer(text)}, reverse=True)
        subordinate = sorted({m.start() for m in _SUBORDINATE.finditer(text)}, reverse=True)
        for cut in [*strong, *commas, *subordinate]:
            head = text[:cut].rstrip(" ,;:-–—")
            if 5 <= len(words(head)) <= HEADLINE_WORDS and not _open_quote(head):
                text = head
                break
        else:
            if len(words(text)) > HEADLINE_WORDS + HEADLINE_SLACK:
                text = _first_words(text, HEADLINE_WORDS)
    text = text.rstrip(" .!;:,")
    return title_case(text) if (language or "en").split("-")[0] == "en" else text


def _open_quote(text: str) -> bool:
    return _quote_balance(text) > 0 or text.count("'") % 2 == 1 and " '" in text


def _first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text``, never ending inside a quotation."""
    tokens = text.split()

    def bare(token: str) -> str:
        return token.strip(".,;:!?\"'“”‘’()").lower()

    # Best: end a phrase, just before a function word ("... 10 inmates | on death row").
    for k in range(min(n, len(tokens) - 1), 5, -1):
        head = " ".join(tokens[:k])
        if bare(tokens[k]) in _SMALL and bare(tokens[k - 1]) not in _SMALL and not _open_quote(head):
            return head.rstrip(",;:")
    for k in range(min(n, len(tokens)), 3, -1):
        head = " ".join(tokens[:k])
        if not _open_quote(head) and words(tokens[k - 1]) and words(tokens[k - 1])[-1].lower() not in _SMALL:
            return head.rstrip(",;:")
    return " ".join(tokens[:n])


def title_case(text: str) -> str:
    """Title Case as the seed does, leaving words inside quotation marks as they stand."""
    protected = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    out = []
    tokens = list(re.finditer(r"\S+", text))
    for k, m in enumerate(tokens):
        token = m.group(0)
        if any(s <= m.start() < e for s, e in protected):
            out.append(token)
            continue
        core = token.lstrip("([{\"'“‘")
        prefix = token[: len(token) - len(core)]
        if not core or not core[0].isalpha() or not core[0].islower() or not core.islower():
            out.append(token)
            continue
        word = core.split("-")[0].lower()
        if 0 < k < len(tokens) - 1 and word in _SMALL:
            out.append(token)
            continue
        parts = core.split("-")
        core = "-".join(p[:1].upper() + p[1:] if p[:1].islower() else p for p in parts)
        out.append(prefix + core)
    return " ".join(out)
