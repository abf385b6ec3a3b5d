"""Editorial figures: what an editor sees in a rewrite that ROUGE and the checker miss.

For one rewrite (``measure``) and over many (``figures``):

* ``headline_ok_share``: headlines that are well formed: a complete clause with a finite
  verb, not a prefix of a source sentence cut mid-phrase, no pronoun, connective or
  caption-label opening, at most about 14 words, quotation marks balanced;
* ``dangling_per_article``: output sentences (paragraph openings above all) whose opening
  pronoun, connective, bare surname, bare reference, answer ("No, ...") or quote
  continuation, or whose reference inside ("the same period", "these people", "this
  underrated comedy", "the 34-year-old" with nobody named), a person described but not
  named ("the former champion", "the Brazilian"), a pronoun in a fronted phrase ("In
  their ...,"), "they/them/their" before anything it could stand for, or an event placed
  after one told before ("X then went", "X immediately showed"), has no antecedent where
  it now stands, or a different one than in the source (the ``context`` check, read over
  the summary and over the body); ``dangling_kinds`` counts them by kind;
* ``junk_per_article``: output sentences that are page furniture: photo captions,
  bylines, timestamps, related-story links, promotions, embed stubs, navigation;
* ``broken_quotes``: outputs with a part (headline, summary, a body paragraph) whose
  quotation marks do not balance, or that opens on a stray mark.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from copydesk.check.context import context_problems
from copydesk.engines.headcheck import headline_problem
from copydesk.engines.results import is_final_line
from copydesk.gluedmarks import SINGLE_CLOSE, SINGLE_OPEN, straight_mark
from copydesk.ingest.roles import SHIPPABLE, role_of, roles
from copydesk.lexicon import words
from copydesk.model import Rewrite
from copydesk.segment import find_quotes, normalize_quotes
from copydesk.splitmend import continues_quotation

# "the players' ball", "ISIS' cruelty" (a name in capitals), or a word's dropped "g" ("Loungin' before games"): an
# apostrophe, or a closing mark
_PLURAL_POSSESSIVE = re.compile(r"(?:s|(?<=[A-Z]{2})S|(?<=[a-z]i)n)['’](?=\s+\w)"
                                # (or a word's own mark before the double mark that closes its quotation:
                                # "... the owners'\" said", "... keep goin'\"": an apostrophe or a close)
                                r"|(?<=[a-z])['’](?=[\"”](?:\s|$))"
                                # (or a body's name's before a comma: "through the English Collective of Prostitutes', the
                                # woman ...": its own; not "... the Lions', wrote Example", a quotation's close, rev52)
                                r"|(?<=\sof\s)(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+s['’](?=,\s[a-z])"
                                r"(?!,\s(?:[\w'’-]+\s){0,4}(?:said|says|added|adds|told|tells|explained|insisted|wrote|writes|"
                                r"warned|claimed|according)\b)")
_SPLIT_APOSTROPHE = re.compile(r"['’](?<=\w['’]) s\b")
# a mark standing apart after a full stop: a quote reopened inside one paragraph
_REOPENED = re.compile(r"(?<=[.!?]) [\"“] (?=[A-Z])")
_STRAY = re.compile(r"^\s*['‘’\"”“]\s")


_STRAIGHT = re.compile('"')


def _straight_reopen(text: str) -> bool:
    """Do ``text``'s straight double marks open twice with no close between them ('"Ward
    said ... . He added: "I don't ...'), or close twice? Only when every mark reads one way."""
    if text.count('"') < 2:
        return False
    reads = [straight_mark(text, m.start()) for m in _STRAIGHT.finditer(text)]  # (not every character walked)
    if "" in reads:
        return False  # a mark that reads both ways (or neither): parity alone can tell
    return any(a == b for a, b in zip(reads, reads[1:], strict=False))


def quotes_broken(text: str) -> bool:
    """Do ``text``'s quotation marks fail to balance (or does it open on a stray mark)?"""
    if _STRAY.match(text) or ('"' in text or "“" in text) and _REOPENED.search(text):
        return True
    single = "'" in text or "‘" in text or "’" in text
    if single:
        text = _SPLIT_APOSTROPHE.sub("’s", text)  # "it' s": the source's typo, an apostrophe
    if "„" in text:  # German „...“ (or „...”)
        curly_ok = text.count("„") == text.count("“") + text.count("”")
    else:
        curly_ok = text.count("“") == text.count("”")
    if text.count('"') % 2 or not curly_ok or text.count("«") != text.count("»") or _straight_reopen(text):
        return True
    if not single:
        return False  # no single mark to open or close
    opens = len(SINGLE_OPEN.findall(text))
    possessive = len(_PLURAL_POSSESSIVE.findall(text))  # "the players' ball" or a closing mark
    closes = len(SINGLE_CLOSE.findall(text)) - possessive
    return closes > opens or opens > closes + possessive


def quotation_paragraphs_joined(paragraphs: Sequence[str]) -> list[str]:
    """``paragraphs`` with each quotation of many paragraphs read as one (its marks balance
    over all of them): a paragraph left open joins the next ones that reopen it, those marks
    dropped, where the whole run balances (an apostrophe may look like a mark)."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        run, j = paragraphs[i], i
        while j + 1 < len(paragraphs) and quotes_broken(run) and continues_quotation(run, paragraphs[j + 1]):
            run, j = run + " " + paragraphs[j + 1].lstrip()[1:], j + 1
        if j > i and not quotes_broken(run):
            out.append(run)
            i = j + 1
        else:
            out.append(paragraphs[i])
            i += 1
    return out


@dataclass
class Editorial:
    """The editorial figures of one rewrite."""

    headline_problem: str | None = None
    dangling: int = 0
    dangling_kinds: Counter = field(default_factory=Counter)
    junk: int = 0
    broken_quotes: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def headline_ok(self) -> bool:
        return self.headline_problem is None


def dangling_kind(detail: str) -> str:
    """The kind of a ``context`` problem from its detail: "pronoun", "connective",
    "surname", "reference", "inner reference", "a person described", "a fronted pronoun",
    "a plural pronoun", "an event after one told before", "answer", "quote continuation"."""
    if detail.startswith("“"):
        return "surname"
    head = detail.split("“", 1)[0].strip()
    if head == "inner reference" and (m := re.search(r"” \(([^)]+)\)", detail)):
        return m.group(1)
    return head or "other"


def measure(result: Rewrite) -> Editorial:
    """Editorial figures of one finished rewrite, against its own source sentences."""
    source = list(result.source_sentences)
    out = Editorial()
    out.headline_problem = headline_problem(result.headline or "", source)
    if out.headline_problem:
        out.problems.append(f"headline: {out.headline_problem}")
    source_roles = roles(source) if source else []
    passages = [[(s.text, s.sources) for s in result.summary],
                [(s.text, s.sources) for para in result.body for s in para]]
    for passage in passages:
        for problem in context_problems(passage, source).values():
            out.dangling += 1
            out.dangling_kinds[dangling_kind(problem.detail)] += 1
            out.problems.append(f"dangling: {problem.detail}")
        for text, sources in passage:
            own = role_of(text, 50, 100)  # (a line in the middle of a long page: not among its last, where a
            # writer's note is the site's, reviewer rev50b)
            given = {source_roles[i] for i in sources if 0 <= i < len(source_roles)}
            if own in SHIPPABLE and any(is_final_line(source[i]) for i in sources if 0 <= i < len(source)):
                continue  # a match report's result told from its ticker's last line (engines.results)
            if own not in SHIPPABLE or (given and not given & SHIPPABLE):
                out.junk += 1
                out.problems.append(f"junk ({own if own not in SHIPPABLE else sorted(given)[0]}): {text[:60]}")
    parts = [result.headline or "", " ".join(s.text for s in result.summary)]
    parts += quotation_paragraphs_joined([" ".join(s.text for s in para) for para in result.body])
    broken = [p for p in parts if p and quotes_broken(p)]
    out.broken_quotes = bool(broken)
    out.problems += [f"quote marks: {p[:60]}" for p in broken]
    return out


def figures(results: Sequence[Editorial]) -> dict[str, Any]:
    """Shares and per-article rates over many rewrites (None when there are none)."""
    n = len(results)
    if not n:
        return {"articles": 0, "headline_ok_share": None, "dangling_per_article": None,
                "junk_per_article": None, "broken_quotes": None, "headline_problems": {}, "dangling_kinds": {}}
    reasons = Counter((r.headline_problem or "").split("“")[0].strip() for r in results if r.headline_problem)
    return {
        "articles": n,
        "headline_ok_share": round(sum(r.headline_ok for r in results) / n, 4),
        "dangling_per_article": round(statistics.fmean(r.dangling for r in results), 4),
        "junk_per_article": round(statistics.fmean(r.junk for r in results), 4),
        "broken_quotes": sum(r.broken_quotes for r in results),
        "headline_problems": dict(reasons.most_common()),
        "dangling_kinds": dict(sum((r.dangling_kinds for r in results), Counter()).most_common()),
    }


# --- quotations kept word for word, and the words the desk wrote anew ------------------------

NGRAM = 5  # originality's n-grams


def altered_quotes(texts: Iterable[str], source: str, *, fold_case: bool = False) -> list[str]:
    """Quotations in ``texts`` that do not stand word for word in ``source``.

    Quote marks are folded (curly to straight) and runs of whitespace to one space;
    nothing else: a changed word, letter case or punctuation mark inside the marks
    counts, but for the one house edit of a closing stop: a full stop that closed the
    quotation set as the comma that leads into its speaker ('... ago,' she wrote), or a
    comma where the sentence after is no speaker's ('... custody.' His arrest ...), where the
    source's quotation closes.
    ``fold_case`` ignores case too (for headlines, set in title case).
    """
    src = normalize_quotes(source)
    # A quotation over several source paragraphs reopens at each ('... prisons. "This new'), or closes
    # and reopens ('... market.""At the same'); joined into one paragraph the marks go, every word stays.
    folded = _REOPENED_ANY.sub(" ", src)
    if fold_case:
        src, folded = src.casefold(), folded.casefold()
    bad = []
    for text in texts:
        for quote in find_quotes(text):
            q = normalize_quotes(quote.text)
            q = q.casefold() if fold_case else q
            if q not in src and q not in folded and not _stop_swapped(q, src, folded):
                bad.append(quote.text)
    return bad


def _stop_swapped(quote: str, *sources: str) -> bool:
    """Does ``quote`` stand in one of ``sources`` with its closing comma a full stop, or the other way about?"""
    if not quote.endswith((",", ".")) or quote.endswith(".."):
        return False
    other = quote[:-1] + ("." if quote.endswith(",") else ",")
    # (where the source's quotation closes: not a quotation cut short on a stop of the desk's, '"I was
    # there."' from '"I was there, and then I left."')
    return any(other + mark in src for src in sources for mark in ("\"", "'"))


# (or an editor's bracket: "of. '[Rojo] and"; or closed at the break and reopened, 'market." "At the same time')
_REOPENED_ANY = re.compile(r"(?<=[.!?])(?: [\"']|\"\s?\") ?(?=[A-Z[])")


def _ngrams(tokens: Sequence[str], n: int = NGRAM) -> list[tuple[str, ...]]:
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


def _unquoted_segments(text: str) -> list[str]:
    """``text`` cut at its quotations, which are left out; n-grams never span a cut."""
    segments, start = [], 0
    for q in find_quotes(text):
        segments.append(text[start:q.start])
        start = q.end
    segments.append(text[start:])
    return segments


def originality(paragraphs: Sequence[str], source: str) -> tuple[int, int]:
    """(new, total) word 5-grams of the body outside quotations; new = not in the source."""
    source_grams = set(_ngrams([w.lower() for w in words(source)]))
    new = total = 0
    for para in paragraphs:
        for segment in _unquoted_segments(para):
            grams = _ngrams([w.lower() for w in words(segment)])
            total += len(grams)
            new += sum(1 for g in grams if g not in source_grams)
    return new, total
