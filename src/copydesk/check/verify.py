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
* then (``contrast``), claims against the aligned source sentences: a word said without the
  negation the source gives it (negation), a word's opposite (antonym), a quantifier's or
  comparative's opposite (quantifier), a number, date or time unit bound to words the source
  binds to another value (binding), and a name of the article in another's role (role); a
  "she" where the source's same words follow "he", or the reverse, is a role error too
  (``copydesk.check.pronouns``).
* garbled: (``copydesk.check.garble``) a sentence that says a run of words twice or stops
           on an article, "of" or "and": a model's looping or cut-off output, no claim at all.
* context: (``copydesk.check.context``, in ``check_draft``) a sentence whose opening pronoun,
           surname, connective or bare reference points elsewhere in the rewrite than in
           the source.
* claim:   (``copydesk.check.furniture``) a sentence that opens with a call to the page's
           reader ("Click here for all the latest news"), even one the source page carries.
* repeat:  (``copydesk.check.garble``, in ``check_passage``) a sentence that (nearly) says again
           what an earlier sentence of the same summary or body said.
* context: (``copydesk.check.referents``, in ``check_passage`` and ``check_texts``, where no
           provenance is known) a he/she, "the teen" or titled surname that the passage itself
           resolves to someone else than the source does, or to no one.

A misspelt name ("Bieniewski" for "Bieniewicz") is not taken for a demonym: a shared stem
counts only when what follows it is a demonym or place ending ("Afghan"/"Afghanistan").

A sentence that stands verbatim in the source (extractive output) is supported at once,
without looking at its claims. ``SourceIndex`` (``check.index``) is built once per source
and gathers the source's claims only when a sentence first needs them.
"""

from __future__ import annotations

import re
from typing import Any

from copydesk.check import claims
from copydesk.check.claims import CONNECTORS
from copydesk.check.context import context_problems
from copydesk.check.contrast import check_contrast
from copydesk.check.furniture import furniture
from copydesk.check.garble import garbled, repeats
from copydesk.check.index import SourceIndex, index_of
from copydesk.check.names import (
    PLACEHOLDER,
    check_name_pairs,
    check_name_slots,
    check_names,
    check_places,
    strong,
)
from copydesk.check.pronouns import swapped_pronoun
from copydesk.check.readback import read_rewrite
from copydesk.check.referents import referent_problems
from copydesk.check.scores import SCORE, check_scores
from copydesk.check.speakers import speaker_of, strip_quotes
from copydesk.check.support import check_subject, check_support
from copydesk.lexicon import SPEECH, STOPWORDS, flat, stem, tokens
from copydesk.model import CheckReport, Document, Draft, Problem, Sentence, SentenceCheck, Status
from copydesk.segment import QUOTE_CHARS, find_quotes, open_quote, split_sentences

# How many of the best supporting sentences a number or a date must be found in.
WINDOW = 4
# In how many of the best supporting sentences a number or date is compared slot by slot.
CONFLICT = 2

_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[\.\.\.\]|\(\.\.\.\))\s*")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)](?=\s|[A-Z]|$)\s*")


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
            if speaker & src or any(index.respelt.get(t, frozenset()) & src for t in speaker):
                return True, src  # (or the source's own spelling of the name, once misspelt: "Dugheru")
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
              near: list[int]) -> Any:
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
    for d in found:
        if d.kind == "decade" and index.dated(d.kind, d.value):
            continue  # "the 1990s" for a 1996 anywhere in the source
        if (d.kind, d.value) in near or (d.kind == "year" and d.value in near_years):
            rival = _conflict(d.kind, d.value, d.start, d.span, text, index, window[:CONFLICT])
            if rival is not None:
                problems.append(Problem("date", f"{d.span}: the source gives {_show_date(d.kind, rival)} here", d.span))
            continue
        where = "the supporting sentences" if index.dated(d.kind, d.value) else "the source"
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
    support = index.support(text)
    key, pos = index.locate(text)
    if not key:  # punctuation or markup alone
        return SentenceCheck(text=text, part=part, status="unsupported", support=[],
                             problems=[Problem("claim", "no words: not a sentence of the article", text)])
    call = furniture(text)
    if call is not None:  # even when the source page carries it word for word
        return SentenceCheck(text=text, part=part, status="unsupported", support=support, problems=[call])
    problems: list[Problem] = []
    if pos >= 0:
        first = support[0]
        unmarked = _unmarked_quote(text, key, index.sentences[first])
        if unmarked:
            problems.append(Problem(
                "quote", f"{_UNMARKED} “{unmarked}” stand here without quotation "
                "marks or speaker", text))
        return SentenceCheck(text=text, part=part, status="unsupported" if problems else "supported",
                             support=support, problems=problems)
    ranked = index.rank(text)  # (a verbatim sentence needs only its support)
    window = [i for _, i in ranked[:WINDOW]]
    text_checked = _LIST_MARK.sub("", text)
    _check_quotes(text_checked, index, problems)
    outside = _outside_quotes(text_checked)
    before = len(problems)
    _check_numbers(outside, index, window, problems)
    if ("-" in outside or "–" in outside) and index.match_results:
        told = check_scores(outside, index.match_results, problems)
        if told and len(SCORE.findall(outside)) == 1:
            # a result the source tells of the same sides, the sentence's one score: its figures are the source's
            problems[before:] = [p for p in problems[before:] if not (p.kind == "number" and p.span in told)]
    _check_dates(outside, index, window, problems)
    check_names(outside, index, problems)
    for m in PLACEHOLDER.finditer(outside):
        problems.append(Problem("name", f"placeholder “{m.group(0)}” where the source has a word", m.group(0)))
        break
    check_name_pairs(outside, index, problems)
    check_places(outside, index, problems)
    check_name_slots(outside, index, window[:CONFLICT], problems, quoted=outside != text_checked)
    check_support(outside, index, ranked, problems)
    if not problems:
        check_subject(outside, index, problems)
    if not any(p.kind == "claim" for p in problems):
        check_contrast(outside, index, ranked, problems, full=text_checked)
    for late in (garbled(text_checked, index), swapped_pronoun(outside, index)):
        if late is not None:
            problems.append(late)
    status: Status = "unsupported" if problems else "supported"
    return SentenceCheck(text=text, part=part, status=status, support=support, problems=problems)


def mark_repeats(checks: list[SentenceCheck], index: SourceIndex | None = None) -> None:
    """Flag each check of a passage (a summary, a body) whose sentence repeats an earlier one
    (``index``: the source's, whose sentences' words are read already)."""
    part = checks[0].part if checks else "passage"
    texts = [c.text for c in checks]
    words = [index.tokens(t) for t in texts] if index is not None else None
    for k, problem in repeats(texts, part, words=words).items():
        checks[k].problems.append(problem)
        checks[k].status = "unsupported"


def mark_referents(checks: list[SentenceCheck], index: SourceIndex) -> None:
    """Flag each check of a passage whose reference the passage itself resolves to someone
    else than the source does (``copydesk.check.referents``)."""
    for k, problem in referent_problems([c.text for c in checks], index).items():
        if not any(p.kind == "context" for p in checks[k].problems):
            checks[k].problems.append(problem)
            checks[k].status = "unsupported"


def check_passage(texts: list[str], index: SourceIndex, *, part: str = "summary") -> list[SentenceCheck]:
    """Check the sentences of one passage (a summary, or a body read in order): each alone,
    then against each other (``repeat``, and references: ``context``)."""
    checks = [check_sentence(t, index, part=part) for t in texts]
    mark_repeats(checks)
    mark_referents(checks, index)
    return checks


_UNMARKED = "the source's quoted words"


def _inside_quotations(paragraphs: list[list[Sentence]], checks: list[SentenceCheck]) -> None:
    """A sentence inside a quotation an earlier sentence of its paragraph opened is quoted:
    its words stand in quotation marks there ('He said: "We take ... valuable. Currently it
    is ..."'), so the check of it alone, which finds no mark, is taken back."""
    k = 0
    for para in paragraphs:
        before = ""
        for sent in para:
            check = checks[k]
            if before and any(p.detail.startswith(_UNMARKED) for p in check.problems) and open_quote(before):
                check.problems = [p for p in check.problems if not p.detail.startswith(_UNMARKED)]
                if not check.problems:
                    check.status = "supported"
            before += " " + sent.text
            k += 1


def check_draft(doc: Document, draft: Draft) -> CheckReport:
    """Check a draft's headline, summary and body against its document.

    Each sentence is checked alone, and then in its place (``copydesk.check.context``): a
    pronoun, surname or connective must point where it pointed in the source.
    """
    index = index_of(doc)
    checks = [_check_headline(draft.headline, doc, index)] if draft.headline else []
    # A summary sentence is usually in the body too: check each text once, and give every
    # place it stands its own copy (the context check below adds to one place's problems).
    done: dict[str, SentenceCheck] = {}

    def check(text: str, part: str) -> SentenceCheck:
        seen = done.get(text)
        if seen is None:
            seen = done[text] = check_sentence(text, index, part=part)
        return SentenceCheck(text=text, part=part, status=seen.status, support=list(seen.support),
                             problems=list(seen.problems), original=seen.original)

    for part, paragraphs in (("summary", [draft.summary]), ("body", draft.body)):
        sentences = [s for p in paragraphs for s in p]
        part_checks = [check(s.text, part) for s in sentences]
        _inside_quotations(paragraphs, part_checks)
        # where the engine gave no provenance (a model), the best support stands in
        passage = [(s.text, s.sources or c.support[:1]) for s, c in zip(sentences, part_checks, strict=True)]
        for k, problem in context_problems(passage, doc.sentences, lead_in=part == "body").items():
            part_checks[k].problems.append(problem)
            part_checks[k].status = "unsupported"
        mark_repeats(part_checks, index)
        checks += part_checks
    return CheckReport(ok=all(c.status in ("supported", "given") for c in checks), sentences=checks)


def _check_headline(headline: str, doc: Document, index: SourceIndex) -> SentenceCheck:
    """The headline is checked like a sentence, against the body.

    A headline that is the title given with the article (``--title``, or the page's own
    title, perhaps in the house's Title Case) and that the text does not back ships as given:
    its status is "given", not "supported", and its problems say what the text does not back.
    """
    check = check_sentence(headline, index, part="headline")
    title = doc.article.title
    if check.status != "supported" and title and " ".join(title.split()).lower() == " ".join(headline.split()).lower():
        check.status = "given"
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
    if date and not all(index.dated(d.kind, d.value) for d in claims.dates(date)):
        notes.append(f"dateline date “{date}” is not in the source text: taken as the publication "
                     "or run date, not checked")
    status: Status = "unsupported" if problems else "supported"
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
    index = SourceIndex(source_sentences(source_text, language=language))
    back = read_rewrite(rewrite_text)
    checks: list[SentenceCheck] = []
    notes: list[str] = []
    for part, paragraph in back.parts:
        units = [paragraph] if part == "headline" else split_sentences(paragraph, language)
        checks += [check_sentence(u, index, part=part) for u in units]
    for part in ("summary", "body"):  # each passage read in order, across its paragraphs
        mark_repeats([c for c in checks if c.part == part], index)
        mark_referents([c for c in checks if c.part == part], index)
    if back.dateline:  # after the headline, where it stands
        check, notes = check_dateline(back.dateline, index)
        at = next((k + 1 for k, c in enumerate(checks) if c.part == "headline"), 0)
        checks.insert(at, check)
    return CheckReport(ok=all(c.status == "supported" for c in checks), sentences=checks, notes=notes)
