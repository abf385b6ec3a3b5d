"""The desk: the pipeline from an ``Article`` to a checked ``Rewrite``.

    Article --prepare--> Document --engine.draft--> Draft --verify--> CheckReport
            --repair (model engines)--> Rewrite (with dateline and report)

``rewrite`` is the public entry point (``copydesk.rewrite``). Nothing ships that the
checker has not seen: for model engines a flagged sentence goes back to the engine
once with its problems; what still fails is replaced by its best supporting source
sentence, or cut. With ``strict=True`` a failed check raises ``CheckFailed`` instead.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from copydesk import check as checker
from copydesk import usage
from copydesk.check.furniture import furniture
from copydesk.check.opinion import blog_note, labelled_headline, opinion_note
from copydesk.check.sponsored import ONE_ITEM_SPONSORED, sponsored_note
from copydesk.check.voice import voice_note
from copydesk.config import Settings, load_settings
from copydesk.engines import Engine, get_engine
from copydesk.engines.headcheck import headline_problem
from copydesk.engines.headline import write_headline
from copydesk.engines.titlecase import title_case
from copydesk.errors import BadOption, CheckFailed, InputError, TooShort
from copydesk.ingest.language import detect_language
from copydesk.ingest.markup import markup_kind
from copydesk.ingest.roles import SHIPPABLE, role_of, roles
from copydesk.ingest.runon import captions_run_on
from copydesk.ingest.text import clean_text
from copydesk.ingest.titles import clean_title
from copydesk.ingest.transcript import turns_joined
from copydesk.model import Article, CheckReport, Document, Draft, Rewrite, Sentence, SentenceCheck
from copydesk.places import make_dateline
from copydesk.segment import split_paragraphs

MIN_SENTENCES = 3
LANGUAGE_TRUST_CHARS = 400  # text enough to trust its language over the page's declared one


def prepare(article: Article) -> Document:
    """Clean the article's text, take its wire dateline, split it into sentences."""
    cleaned = clean_text(article.text)
    opinion = opinion_note(article)  # (before the title is cleaned of its "Column:" label)
    if cleaned.wire_dateline and not article.wire_dateline:
        article.wire_dateline = cleaned.wire_dateline
    if cleaned.title and not article.title:
        article.title = cleaned.title
    article.title = clean_title(article.title, article.source_name)  # entities decoded, "| TheHill" cut off
    if cleaned.byline and not article.byline:
        article.byline = cleaned.byline
    declared = article.language
    language = declared if declared and len(cleaned.text) < LANGUAGE_TRUST_CHARS else detect_language(cleaned.text)
    if declared and language in ("und", declared.split("-")[0].lower()):
        language = declared  # (a page's or feed's own word, unless its text plainly says otherwise:
        # a German page whose template declares "en")
    article.language = language
    sentences, paragraphs = split_paragraphs(cleaned.text, language)
    sentences, paragraphs = turns_joined(sentences, paragraphs)  # (a transcript's turn ships whole, with its speaker)
    if language.split("-")[0] == "en":  # ("... she told him she was 17 | Police found the body ...")
        sentences, paragraphs = captions_run_on(sentences, paragraphs)
    # (a page's time stamp is no sentence of the story: "21 October 2016 Last updated at 15:03 BST")
    told = len(sentences) - sum(1 for i, s in enumerate(sentences) if ("pdated" in s or "ublished" in s)
                                and role_of(s, i, len(sentences)) == "timestamp")
    if told < MIN_SENTENCES:
        raise TooShort(
            f"too short to rewrite: {told} sentence{'s' if told != 1 else ''}, "
            f"need at least {MIN_SENTENCES} - give the whole article"
        )
    doc = Document(
        article=article,
        text=cleaned.text,
        sentences=sentences,
        paragraphs=paragraphs,
        language=language,
        notes=list(cleaned.notes),
        opinion=opinion,
    )
    checker.index_of(doc)  # the one index of the source: the engine, checker and repair share it
    return doc


def _parse_published(value: Any) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise BadOption(f"--published {value!r} is not a date - use YYYY-MM-DD or today") from None


FALLBACK_REACH = 10  # sentences a failed headline's stand-in may start from


def fallback_headline(doc: Document, max_words: int = 14, *, index: checker.SourceIndex | None = None,
                      failed: str = "") -> str:
    """The article's title; else, given the source ``index``, the first headline the rules
    write from a sentence that can ship (not ``failed``) which is well formed and that the
    checker supports; else the opening words of the first sentence (source words only)."""
    title = " ".join((doc.article.title or "").split())
    if title and not (index is not None and title.endswith(("…", "..."))):
        return title  # (with the rules at hand, not a title the feed or page cut short)
    if index is not None and doc.sentences:
        ship = [r in SHIPPABLE for r in roles(doc.sentences)]
        tried: set[str] = {failed}
        for start in range(min(len(doc.sentences), FALLBACK_REACH)):
            if not ship[start]:
                continue
            head = write_headline(doc.sentences, start, language=doc.language, ship=ship)
            if head in tried:
                continue
            tried.add(head)
            if headline_problem(head, doc.sentences) is None \
                    and checker.check_sentence(head, index, part="headline").status == "supported":
                return head
    first = doc.sentences[0] if doc.sentences else ""
    words_ = first.split()
    cased = title_case if (doc.language or "en").split("-")[0] == "en" else str  # (a headline's case, in English)
    if len(words_) <= max_words:
        return cased(first.rstrip(".!?;:,"))
    clause = re.split(r"[,;:–—]\s", first)[0].split()
    if 4 <= len(clause) <= max_words:
        return cased(" ".join(clause).rstrip(".!?;:,"))
    return cased(" ".join(words_[:max_words]).rstrip(".!?;:,")) + " …"


def _check_failed(checks: list[SentenceCheck], after: str) -> CheckFailed:
    bad = [c for c in checks if c.status in ("unsupported", "replaced", "cut") and c.problems]
    first = bad[0].problems[0]
    return CheckFailed(
        f"check failed{after}: {len(bad)} sentence(s) not supported by the source "
        f"(first: {first.kind}: {first.detail}) - drop --strict to replace or cut them"
    )


def repair(doc: Document, draft: Draft, report: CheckReport, engine: Engine,
           *, strict: bool = False) -> tuple[Draft, CheckReport]:
    """Apply the model-engine policy to every unsupported sentence of ``draft``.

    Revise once through the engine; if the revision still fails, replace the sentence
    by its best supporting source sentence (not already used), or cut it. A sentence
    that lost its context (a pronoun or connective pointing elsewhere than in the
    source) is cut: the checker sees a revision alone, not in its place; so is a sentence
    that repeats an earlier one of its summary or body (``repeat``). With
    ``strict`` whatever still fails after the revision raises ``CheckFailed`` instead.
    When every summary (or body) sentence is cut, the article's lead sentence (or
    first paragraph) stands in, and a note says so.
    """
    index = checker.index_of(doc)
    checks: list[SentenceCheck] = []
    by_text = {c.text: c for c in report.sentences}
    # each place's own verdict, in order (a sentence said twice in a passage is a repeat
    # only the second time)
    in_place: dict[tuple[str, str], list[SentenceCheck]] = {}
    for c in report.sentences:
        in_place.setdefault((c.part, c.text), []).append(c)
    # source sentences already told by a sentence that ships as it is (a replacement must not
    # repeat them); the sources of a failing sentence do not count. The body tells the story
    # whole: a body sentence may be put back as the source wrote it though the summary tells it
    # too (the summary may not take one the body tells: its stand-in is then the body's lead)
    told_in = {part: {i for s in sents if (told := by_text.get(s.text)) is not None and told.status == "supported"
                      for i in s.sources}
               for part, sents in (("summary", draft.summary), ("body", [s for para in draft.body for s in para]))}
    used = {"body": told_in["body"], "summary": told_in["summary"] | told_in["body"]}

    def fix(sent: Sentence, part: str) -> Sentence | None:
        mine = in_place.get((part, sent.text))
        check = (mine.pop(0) if mine else by_text.get(sent.text)) or checker.check_sentence(
            sent.text, index, part=part)
        if check.status == "supported":
            checks.append(check)
            return sent
        if any(p.kind == "repeat" for p in check.problems):  # said already: cut, nothing to fix
            checks.append(SentenceCheck(text="", part=part, status="cut", support=[],
                                        problems=check.problems, original=sent.text))
            return None
        lost_context = any(p.kind == "context" for p in check.problems)
        revised = engine.revise(doc, sent.text, check.problems) if engine.uses_model and not lost_context else None
        if revised:
            again = checker.check_sentence(revised, index, part=part)
            if again.status == "supported":
                again.status = "repaired"
                again.original = sent.text
                again.problems = check.problems
                checks.append(again)
                return Sentence(revised, again.support)
        for i in [] if lost_context else check.support:  # the source sentence would lack it too
            if i not in used[part] and furniture(doc.sentences[i]) is None:  # never "Click here ..." back
                used[part].add(i)
                if part == "body":
                    used["summary"].add(i)
                replaced = SentenceCheck(
                    text=doc.sentences[i], part=part, status="replaced", support=[i],
                    problems=check.problems, original=sent.text,
                )
                checks.append(replaced)
                return Sentence(doc.sentences[i], [i])
        checks.append(SentenceCheck(text="", part=part, status="cut", support=[],
                                    problems=check.problems, original=sent.text))
        return None

    summary = [s for s in (fix(s, "summary") for s in draft.summary) if s]
    body = []
    for para in draft.body:
        kept = [s for s in (fix(s, "body") for s in para) if s]
        if kept:
            body.append(kept)
    headline_check = by_text.get(draft.headline) or checker.check_sentence(
        draft.headline, index, part="headline"
    )
    headline = draft.headline
    notes = list(report.notes)
    if not headline.strip():
        headline = fallback_headline(doc, index=index)
        checks.append(SentenceCheck(text=headline, part="headline", status="replaced", original="",
                                    support=checker.check_sentence(headline, index).support))
        notes.append("the engine gave no headline: the headline comes from the source")
    elif headline_check.status not in ("supported", "given"):  # a given title ships as given
        fallback = fallback_headline(doc, index=index, failed=draft.headline)
        checks.append(SentenceCheck(text=fallback, part="headline", status="replaced",
                                    support=headline_check.support, problems=headline_check.problems,
                                    original=draft.headline))
        headline = fallback
    else:
        checks.append(headline_check)
    if strict and any(c.status in ("replaced", "cut") and c.problems for c in checks):
        raise _check_failed(checks, " after one revision by the model" if engine.uses_model else "")
    if strict and not (summary and body):
        raise CheckFailed(f"check failed: no {'summary' if not summary else 'body'} sentence of the "
                          "engine's draft is usable - drop --strict to use the article's own lead")
    if not summary and body:
        # the body's lead, checked with the body (the article's first sentence may be one the
        # draft passed over: "Fellow tenants ... see Rodney Parade "as a rugby venue.", its mark open)
        summary = [body[0][0]]
        checks.append(SentenceCheck(text=summary[0].text, part="summary", status="replaced",
                                    support=list(summary[0].sources)))
        notes.append("no summary sentence of the engine held up: the summary is the body's lead sentence")
    if not summary:
        lead = doc.sentences[0]
        checks.append(SentenceCheck(text=lead, part="summary", status="replaced", support=[0]))
        summary = [Sentence(lead, [0])]
        notes.append("no summary sentence of the engine held up: the summary is the article's "
                     "lead sentence")
    if not body:
        first = doc.paragraphs[0] if doc.paragraphs else [0]
        checks += [SentenceCheck(text=doc.sentences[i], part="body", status="replaced", support=[i])
                   for i in first]
        body = [[Sentence(doc.sentences[i], [i]) for i in first]]
        notes.append("no body sentence of the engine held up: the body is the article's first "
                     "paragraph")
    fixed = Draft(summary=summary, headline=headline, body=body, engine=draft.engine, notes=draft.notes)
    ok = all(c.status != "unsupported" for c in checks)
    return fixed, CheckReport(ok=ok, sentences=checks, notes=notes)


def article_from_text(text: str, *, name: str = "the text") -> Article:
    """The article in a pasted or piped text: plain text as it is, a web page's HTML through
    the page extractor (a saved page, ``curl URL | copydesk rewrite -``). A feed is refused:
    it holds many articles, which ``copydesk run`` reads."""
    kind = markup_kind(text)
    if kind == "html":
        from copydesk.ingest.web import extract_article  # (trafilatura: loaded only for a page)

        return extract_article(text, name=name)
    if kind == "feed":
        raise InputError(f"{name} is an RSS/Atom feed, not one article - follow it with copydesk feeds add "
                         "URL and copydesk run, or give the text or page of one article")
    return Article(text=text)


def rewrite(
    text: str | Article,
    *,
    engine: str | Engine | None = None,
    summary_sentences: int = 3,
    title: str | None = None,
    published: str | dt.date | None = None,
    place: str | None = None,
    url: str | None = None,
    strict: bool = False,
    settings: Settings | None = None,
    now: dt.datetime | None = None,
) -> Rewrite:
    """Rewrite one article: a summary, a headline, a dateline and a body, all checked.

    ``text``: the article's text, or a web page's HTML (its article is extracted, as from a URL)."""
    article = text if isinstance(text, Article) else article_from_text(text)
    if title:
        article.title = title
    if url:
        article.url = url
    now = now or dt.datetime.now(dt.UTC)
    if isinstance(published, str) and published.strip().lower() == "today":
        published = now.date()  # the user vouches for the run date: a text of today's news
    if published is not None:
        article.published = _parse_published(published)
    if place:
        article.place = place
    if summary_sentences < 1:
        raise BadOption("--summary-sentences must be at least 1 - pass a positive number")
    if isinstance(engine, Engine):
        eng = engine  # settings only pick and configure an engine: an engine given needs none
    else:
        settings = settings or load_settings({"engine": engine if isinstance(engine, str) else None})
        eng = get_engine(engine or settings.engine, settings)

    doc = prepare(article)
    opinion = doc.opinion
    try:
        with usage.metered() as meter:
            draft, report = _draft_checked(doc, eng, summary_sentences, strict)
    finally:
        if not isinstance(engine, Engine):
            eng.close()  # an engine we made ourselves: free its model or client
    dateline, notes = make_dateline(doc, now=now)
    voice = voice_note([[s.text for s in para] for para in draft.body])
    paid = sponsored_note(doc.sentences, article.text)
    report.notes = [*doc.notes, *draft.notes, *report.notes, *notes,
                    *(note for note in (voice, paid, opinion, blog_note(article)) if note)]
    return Rewrite(
        article=article,
        summary=draft.summary,
        headline=labelled_headline(draft.headline, opinion=opinion is not None,
                                   sponsored=paid is not None and not ONE_ITEM_SPONSORED.search(paid)),
        dateline=dateline,
        body=draft.body,
        engine=draft.engine,
        created_at=now,
        check=report,
        language=doc.language,
        source_sentences=doc.sentences,
        options={"summary_sentences": summary_sentences, "strict": strict,
                 **({"model": getattr(eng, "model", None) or eng.settings.model}
                    if eng.uses_model else {})},
        usage=meter.to_dict() if eng.uses_model else None,
    )


def _draft_checked(doc: Document, eng: Engine, summary_sentences: int,
                   strict: bool) -> tuple[Draft, CheckReport]:
    """The engine's draft, checked, and repaired by the policy where it fails."""
    draft = eng.draft(doc, summary_sentences=summary_sentences)
    report = checker.check_draft(doc, draft)
    if not report.ok or not draft.summary or not draft.body or not draft.headline.strip():
        if strict and not eng.uses_model and not report.ok:
            raise _check_failed(report.sentences, "")
        draft, report = repair(doc, draft, report, eng, strict=strict)
    return draft, report
