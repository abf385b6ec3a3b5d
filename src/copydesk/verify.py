"""The checker: every output sentence against its source.

For each sentence of a rewrite the checker finds the source sentences that support
it (word overlap weighted by rarity, best first) and then checks its claims:

* quote:   each quoted span (double or single marks, British ‘…’ too) stands in the
           source word for word, up to quote-mark style, case, spacing and punctuation;
* speaker: a quotation is given to the same person the source gives it to;
* number:  numbers, number words, percentages and money are in the supporting
           sentences ("1.5 million" == "1,500,000"; a round figure may round one), or
           elsewhere in the source next to the same words; and where the best support
           gives another value in the same slot ("the 9-franc bottles" against
           "8-franc bottles"), that is flagged;
* date:    weekdays, months, month-and-day pairs, years and decades likewise;
* name:    each capitalised name occurs in the source (possessives, short forms
           "Muttaqi" for "Amir Khan Muttaqi", initials "UN" for "United Nations",
           demonyms "Afghan"/"Afghanistan"); two name words side by side belong to one
           source name ("john sims" is no name when the source has John Davis and Tom
           Sims); and a name is not put where the best support has another name with
           the same words around it ("Walcott has been in sparkling form" against
           "Cazorla has been in sparkling form"). Lowercased text (FRANK's "bader 's")
           is matched against the source's own capitalised words, and a rare word the
           source never uses is taken for an invented name; a model's "UNK" placeholder
           is flagged too;
* claim:   (``support``) a sentence built of long pieces of the source whose pieces come from
           distant source sentences that no single passage says together ("The Hartley
           Foundation pledged to spend $1.5 million" from "The Hartley Foundation pledged"
           and "... voted to spend $1.5 million"): who-did-what swaps and wrong links.
           Coordinated clauses (", and ...", "; ...") are judged one by one;
* negation: (``support``) a "not", "no", "never" or "n't" put between two pieces the source
           runs together, or a source negation left out between them;
* context: (``copydesk.context``, in ``check_draft``) a sentence whose opening pronoun,
           surname, connective or bare reference points elsewhere in the rewrite than in
           the source.

A misspelt name ("Bieniewski" for "Bieniewicz") is not taken for a demonym: a shared stem
counts only when what follows it is a demonym or place ending ("Afghan"/"Afghanistan").

A sentence that stands verbatim in the source (extractive output) is supported at once,
without looking at its claims. ``SourceIndex`` is built once per source and gathers the
source's claims only when a sentence first needs them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate
from operator import neg

from copydesk import claims
from copydesk import names as names_mod
from copydesk.claims import _DOTTED_HINT, CONNECTORS, STOPWORDS, flat, stem, tokens, undot
from copydesk.context import context_problems
from copydesk.model import CheckReport, Document, Draft, Problem, SentenceCheck
from copydesk.names import (
    ALIASES,
    PLACEHOLDER,
    check_name_pairs,
    check_name_slots,
    check_names,
    check_places,
    name_runs,
    strong,
)
from copydesk.segment import QUOTE_CHARS, find_quotes, split_sentences
from copydesk.speakers import SPEECH, speaker_of, strip_quotes
from copydesk.support import check_support

# How many of the best supporting sentences a number or a date must be found in.
WINDOW = 4
# In how many of the best supporting sentences a number or date is compared slot by slot.
CONFLICT = 2
# How many support indices a SentenceCheck carries.
SUPPORT = 3

_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[\.\.\.\]|\(\.\.\.\))\s*")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)](?=\s|[A-Z]|$)\s*")
# What a demonym or a place adds to a shared stem: "Afghan"/"Afghanistan", "Kenya"/"Kenyan".
_DEMONYM_ENDS = frozenset("""a an ans ian ians n ns i is ese ish ic ics ia ie ies istan stan land lands
er ers ern erns ite ites o e y s es""".split()) | {""}

# flat() and tokens() over many sentences at once, the newlines between them kept
_ASCII_DROP_LINES = str.maketrans("", "", "".join(chr(c) for c in range(128)
                                                  if not chr(c).isalnum() and c != 10))
_ASCII_SPACES_LINES = str.maketrans({c: " " for c in range(128) if not chr(c).isalnum() and c != 10})


def _joined(sentences: list[str]) -> str | None:
    """The sentences lowercased, one a line, when they are ASCII with no line break inside."""
    joined = "\n".join(sentences)
    if not sentences or not joined.isascii() or joined.count("\n") != len(sentences) - 1:
        return None
    return joined


def _all_tokens(sentences: list[str]) -> list[list[str]]:
    """``tokens`` of each sentence, in one pass over the whole text."""
    joined = _joined(sentences)
    if joined is None:
        return [tokens(s) for s in sentences]
    if _DOTTED_HINT.search(joined):  # undot only the sentences that need it
        joined = "\n".join(undot(s) for s in sentences)
    lines = joined.lower().translate(_ASCII_SPACES_LINES).split("\n")
    return [[t for t in line.split() if t != "s"] for line in lines]


class SourceIndex:
    """The source, indexed once so that many sentences can be checked quickly.

    Each part is built on first use: the flattened text (for verbatim lookups), the
    word index (for ranking support) and the claims (names, numbers, dates), so that
    verbatim (extractive) output pays only for what it needs.
    """

    def __init__(self, sentences: list[str]):
        # the caller's list itself when it is one (an engine may cache by identity)
        self.sentences = sentences if isinstance(sentences, list) else list(sentences)
        self._speakers: dict[int, frozenset[str] | None] = {}
        self._ranked: dict[str, list[tuple[float, int]]] = {}

    def __getattr__(self, name: str):
        # The parts of the index are gathered on first use.
        if name.startswith("__"):
            raise AttributeError(name)
        build = _BUILDERS.get(name)
        flag = f"_built{build.__name__}" if build is not None else ""
        if build is None or flag in self.__dict__:
            raise AttributeError(name)
        self.__dict__[flag] = True
        build(self)
        return getattr(self, name)

    def _build_flat(self) -> None:
        joined = _joined(self.sentences)
        if joined is None:
            self.flat_sents = [flat(s) for s in self.sentences]
        else:  # one pass over the whole text
            self.flat_sents = joined.lower().translate(_ASCII_DROP_LINES).split("\n")
        self._flat_of = dict(zip(self.sentences, self.flat_sents, strict=True))
        self.flat_text = "".join(self.flat_sents)
        self._starts = list(accumulate((len(f) for f in self.flat_sents[:-1]), initial=0)) \
            if self.flat_sents else []

    def _build_words(self) -> None:
        self._toks = _all_tokens(self.sentences)
        # each distinct word stemmed once
        self._stem_of = stem_of = {t: stem(t) for t in set().union(*self._toks)}
        get = stem_of.__getitem__
        self._sent_stems: list[set[str]] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for i, toks in enumerate(self._toks):
            st = set(map(get, toks))
            self._sent_stems.append(st)
            for s in st:
                postings[s].append(i)
        self.postings = postings
        self._first = {}  # a sentence's text -> where it first stands
        for i, sent in enumerate(self.sentences):
            self._first.setdefault(sent, i)
        self._weights: dict[int, float] = {}  # idf by posting length

    def _build_vocab(self) -> None:
        self.vocab: set[str] = set().union(*self._toks)
        self.stems: set[str] = set().union(*self._sent_stems)

    def _build_idf(self) -> None:
        n = max(len(self.sentences), 1)
        self.idf = {s: math.log(1 + n / len(ids)) for s, ids in self.postings.items()}

    def _build_claims(self) -> None:
        self.numbers: list[list[claims.Number]] = []
        self.dates: list[set[tuple]] = []
        # every number and date with the words beside it: (kind, value, before, after)
        self.slots: list[list[tuple]] = []
        self.all_numbers: set[float] = set()
        self.names: set[str] = set()  # lowercased words the source writes with a capital
        self.initials: set[str] = set()
        self.partners: dict[str, set[str]] = {}  # words that stand in one name together
        for sent in self.sentences:
            nums = claims.numbers(sent, with_years=True)
            self.numbers.append(nums)
            self.all_numbers.update(n.value for n in nums)
            ds = claims.dates(sent)
            self.slots.append(
                [("number", n.value, *claims.neighbours(sent, n.start, n.span)) for n in nums]
                + [(d.kind, d.value, *claims.neighbours(sent, d.start, d.span)) for d in ds]
            )
            found = {(d.kind, d.value) for d in ds}
            found |= {("decade", v // 10 * 10) for k, v in list(found) if k == "year"}
            self.dates.append(found)
            for _span, words_, opens in claims.name_spans(sent):
                content = [w for w in words_ if w not in CONNECTORS]
                for w in content:
                    self.partners.setdefault(w, set()).update(content)
                self.names.update(content[1:] if opens else content)
                if len(content) >= 2:
                    self.initials.add(claims.initials(words_))
        self.names -= STOPWORDS
        # each sentence as clause tokens, and where the names stand in it
        self.ctoks: list[list[str]] = []
        self.runs: list[list[tuple[int, int]]] = []
        self.bigrams: set[tuple[str, str]] = set()
        for sent in self.sentences:
            toks = claims.clause_tokens(sent)
            self.ctoks.append(toks)
            self.runs.append(name_runs(toks, self.names))
            self.bigrams.update(zip(toks, toks[1:], strict=False))
        self.token_text = " | ".join(" ".join(t) for t in self.ctoks).join("  ")

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
        if any(a in self.vocab for a in ALIASES.get(word, ())):
            return True
        if len(word) >= 5:  # "Afghan" / "Afghanistan", "Pakistani" / "Pakistan"
            for name in self.names:
                k = 0
                for a, b in zip(word, name, strict=False):
                    if a != b:
                        break
                    k += 1
                if k >= 5 and k >= 0.7 * min(len(word), len(name)) and (
                        word[k:] in _DEMONYM_ENDS or name[k:] in _DEMONYM_ENDS):
                    return True  # not "Bieniewski" for "Bieniewicz": a misspelt name
        return False

    def sentence_at(self, flat_pos: int) -> int:
        return max(0, bisect_right(self._starts, flat_pos) - 1)

    def rank(self, text: str) -> list[tuple[float, int]]:
        """Source sentences by support for ``text``: (score, index), best first."""
        cached = self._ranked.get(text)
        if cached is not None:
            return list(cached)
        scores: dict[int, float] = defaultdict(float)
        postings = self.postings
        weights = self._weights
        n = max(len(self.sentences), 1)
        at = self._first.get(text)
        if at is None:
            content = {stem(t) for t in tokens(text) if t not in STOPWORDS}
        else:  # a source sentence: its words are known (the same set, built the same way)
            content = set(map(self._stem_of.__getitem__, [t for t in self._toks[at] if t not in STOPWORDS]))
        for s in content:
            ids = postings.get(s)
            if ids:
                k = len(ids)
                w = weights.get(k)
                if w is None:
                    w = weights[k] = math.log(1 + n / k)  # the idf of ``s``
                for i in ids:
                    scores[i] += w
        # best first, ties in source order: sort on (-score, index) in C, then turn back
        ranked = [(-sc, i) for sc, i in sorted(zip(map(neg, scores.values()), scores, strict=True))]
        self._ranked[text] = ranked
        return list(ranked)

    def speaker(self, i: int) -> frozenset[str] | None:
        if i not in self._speakers:
            self._speakers[i] = speaker_of(self.sentences[i], self.names)
        return self._speakers[i]


_BUILDERS = {
    **dict.fromkeys(("flat_sents", "flat_text", "_starts", "_flat_of"), SourceIndex._build_flat),
    **dict.fromkeys(("_toks", "_stem_of", "_sent_stems", "postings", "_first", "_weights"),
                    SourceIndex._build_words),
    **dict.fromkeys(("vocab", "stems"), SourceIndex._build_vocab),
    "idf": SourceIndex._build_idf,
    **dict.fromkeys(("numbers", "dates", "slots", "all_numbers", "names", "initials", "partners",
                     "ctoks", "runs", "bigrams", "token_text"), SourceIndex._build_claims),
}


# --- the check ----------------------------------------------------------------


def _outside_quotes(text: str) -> str:
    return strip_quotes(text).replace("QUOTE", " ")


def _speaker_agrees(speaker: frozenset[str], key: str, index: SourceIndex) -> tuple[bool, frozenset[str] | None]:
    """Does the source give the quote starting with ``key`` to ``speaker`` anywhere it stands?"""
    pos = index.flat_text.find(key)
    named = None
    while pos >= 0:
        i = index.sentence_at(pos)
        src = index.speaker(i)
        if src is None and i + 1 < len(index.sentences) and not find_quotes(index.sentences[i + 1]):
            src = index.speaker(i + 1)
        if src is not None:
            if speaker & src:
                return True, src
            named = src
        elif SPEECH.search(index.sentences[i]) or (
            i + 1 < len(index.sentences) and SPEECH.search(index.sentences[i + 1])
        ):
            near: set[str] = set()  # "he said": accept a name from the sentences around it
            for k in range(max(0, i - 3), min(len(index.sentences), i + 2)):
                near.update(tokens(index.sentences[k]))
            if speaker & near:
                return True, None
            named = named or frozenset()
        else:
            return True, None  # a title or a scare quote: nobody speaks it
        pos = index.flat_text.find(key, pos + 1)
    return named is None, named or None


def _check_quotes(text: str, index: SourceIndex, problems: list[Problem]) -> None:
    speaker = None
    speaker_done = False
    for q in find_quotes(text):
        pieces = [p for p in _ELLIPSIS.split(q.text) if flat(p)]
        missing = [p for p in pieces if flat(p) not in index.flat_text]
        if missing:
            problems.append(Problem("quote", f"quoted words not in the source: “{q.text}”", q.text))
            continue
        if not pieces:
            continue
        if not speaker_done:
            speaker = speaker_of(text, index.names)
            speaker_done = True
        if not speaker:
            continue
        ok, src = _speaker_agrees(speaker, flat(pieces[0]), index)
        if not ok:
            who = " ".join(sorted(src)) if src else "someone else"
            problems.append(Problem(
                "speaker",
                f"quote given to {' '.join(sorted(speaker))}; the source gives it to {who}",
                q.text,
            ))


def _context(text: str, span: str, width: int = 4) -> set[str]:
    """Stems of the content words next to ``span`` in ``text``."""
    at = text.find(span)
    if at < 0:
        return set()
    before = [t for t in tokens(text[max(0, at - 120):at]) if t not in STOPWORDS][-width:]
    after = [t for t in tokens(text[at + len(span): at + len(span) + 120]) if t not in STOPWORDS][:width]
    return {stem(t) for t in before + after if not t.isdigit()}


def _number_in_context(n: claims.Number, text: str, index: SourceIndex) -> bool:
    """A number from outside the best supporting sentences still counts when the source
    gives it next to the same words ("two prisons" ~ "two pilot sites for the technology")."""
    mine = _context(text, n.span)
    if not mine:
        return False
    for i, nums in enumerate(index.numbers):
        for m in nums:
            if claims.number_matches(n, {m.value}) and mine & _context(index.sentences[i], m.span):
                return True
    return False


def _conflict(kind: str, value, start: int, span: str, text: str, index: SourceIndex,
              near: list[int]) -> object | None:
    """The value the source gives in the same slot, when it is not ``value``.

    "the 9-franc bottles" against the source's "8-franc bottles": the words beside the
    claim match a source slot whose value differs, and no source slot with the words
    beside it holds ``value``.
    """
    before, after = claims.neighbours(text, start, span)

    def same(v) -> bool:
        if kind == "number":
            return claims.number_matches(claims.Number(value, span), {v})
        return v == value

    rival = None
    for i in near:
        for k, v, b, a in index.slots[i]:
            if k != kind:
                continue
            slot = (b == before and (strong(b) or (a == after and a))) or (
                a == after and (strong(a) or (b == before and b)))
            if not slot:
                continue
            if same(v):
                return None
            rival = v if rival is None else rival
    return rival


def _check_numbers(text: str, index: SourceIndex, window: list[int], problems: list[Problem]) -> None:
    found = claims.numbers(text)
    if not found:
        return  # nothing to look up: the source's numbers need not be gathered
    values = {n.value for i in window for n in index.numbers[i]}
    for n in found:
        if claims.number_matches(n, values) or _number_in_context(n, text, index):
            rival = _conflict("number", n.value, n.start, n.span, text, index, window[:CONFLICT])
            if rival is not None:
                shown = f"{rival:,.0f}" if float(rival).is_integer() else str(rival)
                problems.append(Problem("number", f"{n.span}: the source gives {shown} here", n.span))
            continue
        where = "the source" if not claims.number_matches(n, index.all_numbers) else "the supporting sentences"
        problems.append(Problem("number", f"{n.span} is not in {where}", n.span))


def _show_date(kind: str, value) -> str:
    if kind == "month":
        return claims.MONTHS[value - 1].title()
    if kind == "day":
        return f"{claims.MONTHS[value[0] - 1].title()} {value[1]}"
    if kind == "weekday":
        return str(value).title()
    return str(value)


def _check_dates(text: str, index: SourceIndex, window: list[int], problems: list[Problem]) -> None:
    found = claims.dates(text)
    if not found:
        return  # nothing to look up: the source's dates need not be gathered
    near = set().union(*(index.dates[i] for i in window)) if window else set()
    near_years = {int(n.value) for i in window for n in index.numbers[i] if n.value.is_integer()}
    everywhere = set().union(*index.dates) if index.dates else set()
    for d in found:
        if d.kind == "decade" and (d.kind, d.value) in everywhere:
            continue  # "the 1990s" for a 1996 anywhere in the source
        if (d.kind, d.value) in near or (d.kind == "year" and d.value in near_years):
            rival = _conflict(d.kind, d.value, d.start, d.span, text, index, window[:CONFLICT])
            if rival is not None:
                problems.append(Problem("date", f"{d.span}: the source gives {_show_date(d.kind, rival)} here", d.span))
            continue
        where = "the supporting sentences" if (d.kind, d.value) in everywhere else "the source"
        problems.append(Problem("date", f"{d.span} is not in {where}", d.span))


_QUOTE_MARK = re.compile(f"[{re.escape(QUOTE_CHARS)}]")
# what every quotation ``find_quotes`` finds opens with
_QUOTE_OPEN = re.compile(f"[{re.escape(QUOTE_CHARS)}`]")


def _unmarked_quote(text: str, key: str, source_sentence: str) -> str | None:
    """The source quotation that ``text`` (all of it verbatim source words) lies inside,
    when ``text`` itself carries no quotation marks: someone's words given as fact."""
    if len(key) < 20 or _QUOTE_MARK.search(text) or not _QUOTE_OPEN.search(source_sentence):
        return None
    for q in find_quotes(source_sentence):
        if key in flat(q.text):
            return q.text
    return None


def check_sentence(text: str, index: SourceIndex, *, part: str = "body") -> SentenceCheck:
    """Check one output sentence against the source; see the module docstring."""
    ranked = index.rank(text)
    support = [i for sc, i in ranked[:SUPPORT] if sc >= 0.3 * ranked[0][0]] if ranked else []
    key = index._flat_of.get(text)
    if key is None:
        key = flat(text)
    if not key:  # punctuation or markup alone
        return SentenceCheck(text=text, part=part, status="unsupported", support=[],
                             problems=[Problem("claim", "no words: not a sentence of the article", text)])
    pos = index.flat_text.find(key)
    if pos >= 0:
        problems = []
        first = index.sentence_at(pos)
        support = [first] + [i for i in support if i != first]
        unmarked = _unmarked_quote(text, key, index.sentences[first])
        if unmarked:
            problems.append(Problem(
                "quote", f"the source's quoted words “{unmarked}” stand here without quotation "
                "marks or speaker", text))
        return SentenceCheck(text=text, part=part, status="unsupported" if problems else "supported",
                             support=support[:SUPPORT], problems=problems)
    window = [i for _, i in ranked[:WINDOW]]
    problems: list[Problem] = []
    text_checked = _LIST_MARK.sub("", text)
    _check_quotes(text_checked, index, problems)
    outside = _outside_quotes(text_checked)
    _check_numbers(outside, index, window, problems)
    _check_dates(outside, index, window, problems)
    check_names(outside, index, problems)
    for m in PLACEHOLDER.finditer(outside):
        problems.append(Problem("name", f"placeholder “{m.group(0)}” where the source has a word", m.group(0)))
        break
    check_name_pairs(outside, index, problems)
    if names_mod.PLACE_CHECK:
        check_places(outside, index, problems)
    check_name_slots(outside, index, window[:CONFLICT], problems, quoted=outside != text_checked)
    check_support(outside, index, ranked, problems)
    status = "unsupported" if problems else "supported"
    return SentenceCheck(text=text, part=part, status=status, support=support, problems=problems)


def check_draft(doc: Document, draft: Draft) -> CheckReport:
    """Check a draft's headline, summary and body against its document.

    Each sentence is checked alone, and then in its place (``copydesk.context``): a
    pronoun, surname or connective must point where it pointed in the source.
    """
    index = SourceIndex(doc.sentences)
    checks = [_check_headline(draft.headline, doc, index)] if draft.headline else []
    for part, sentences in (("summary", draft.summary), ("body", [s for p in draft.body for s in p])):
        part_checks = [check_sentence(s.text, index, part=part) for s in sentences]
        # where the engine gave no provenance (a model), the best support stands in
        passage = [(s.text, s.sources or c.support[:1]) for s, c in zip(sentences, part_checks, strict=True)]
        for k, problem in context_problems(passage, doc.sentences, lead_in=part == "body").items():
            part_checks[k].problems.append(problem)
            part_checks[k].status = "unsupported"
        checks += part_checks
    return CheckReport(ok=all(c.status == "supported" for c in checks), sentences=checks)


def _check_headline(headline: str, doc: Document, index: SourceIndex) -> SentenceCheck:
    """A headline that is the source's own title is the source speaking: it is supported.

    Any other headline is checked like a sentence, against the body.
    """
    check = check_sentence(headline, index, part="headline")
    title = doc.article.title
    if check.status != "supported" and title and " ".join(title.split()) == " ".join(headline.split()):
        check.status = "supported"
        check.problems = []
    return check


_GLUED = re.compile(r"(?<=[a-z0-9][.!?])(?=[A-Z][a-z])")


def check_dateline(dateline: str, index: SourceIndex) -> tuple[SentenceCheck, list[str]]:
    """The dateline's place must be named in the source; its date is noted, not required
    (it is usually the publication date, which an article's text need not repeat)."""
    place, date = dateline, ""
    for dash in (" – ", " — ", " - "):
        if dash in dateline:
            place, _, date = dateline.rpartition(dash)
            break
    else:
        if claims.dates(dateline):
            place, date = "", dateline
    problems, notes = [], []
    city = place.split(",")[0].strip()
    if city and not all(index.knows_name(t) for t in tokens(city) if t not in CONNECTORS):
        problems.append(Problem("name", f"dateline place “{city}” is not in the source", city))
    found = set().union(*index.dates) if index.dates else set()
    if date and not all((d.kind, d.value) in found for d in claims.dates(date)):
        notes.append(f"dateline date “{date}” is not in the source text: taken as the publication "
                     "or run date, not checked")
    status = "unsupported" if problems else "supported"
    support = [i for _, i in index.rank(city)[:1]] if city else []
    return SentenceCheck(text=dateline, part="dateline", status=status, support=support,
                         problems=problems), notes


def source_sentences(source_text: str, *, language: str | None = "en") -> list[str]:
    """The sentences ``check_texts`` checks against (support indices point into this list)."""
    return split_sentences(_GLUED.sub(" ", source_text), language)


def check_texts(source_text: str, rewrite_text: str, *, language: str | None = "en") -> CheckReport:
    """Check a rewrite (plain text, Markdown or copydesk's text format) against its source.

    The rewrite's timestamp line, labels, emphasis and ``Read More`` line are dropped;
    the headline, the summary and each body sentence are checked, and so is the
    dateline's place.
    """
    from copydesk.readback import read_rewrite

    index = SourceIndex(source_sentences(source_text, language=language))
    back = read_rewrite(rewrite_text)
    checks: list[SentenceCheck] = []
    notes: list[str] = []
    for part, paragraph in back.parts:
        units = [paragraph] if part == "headline" else split_sentences(paragraph, language)
        checks += [check_sentence(u, index, part=part) for u in units]
    if back.dateline:  # after the headline, where it stands
        check, notes = check_dateline(back.dateline, index)
        at = next((k + 1 for k, c in enumerate(checks) if c.part == "headline"), 0)
        checks.insert(at, check)
    return CheckReport(ok=all(c.status == "supported" for c in checks), sentences=checks, notes=notes)


def fallback_headline(doc: Document, max_words: int = 14) -> str:
    """The article's title, else the opening words of its first sentence (source words only)."""
    if doc.article.title and doc.article.title.strip():
        return " ".join(doc.article.title.split())
    first = doc.sentences[0] if doc.sentences else ""
    words_ = first.split()
    if len(words_) <= max_words:
        return first.rstrip(".!?;:,")
    clause = re.split(r"[,;:–—]\s", first)[0].split()
    if 4 <= len(clause) <= max_words:
        return " ".join(clause).rstrip(".!?;:,")
    return " ".join(words_[:max_words]).rstrip(".!?;:,") + " …"
