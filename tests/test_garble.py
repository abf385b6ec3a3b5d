"""Garbled and repeated output (``copydesk.check.garble``): a looping or cut-off sentence is no
claim of the source, and a passage that says a thing twice gets its repeat cut."""

from __future__ import annotations

import re
from html import unescape

from copydesk import check as verify
from copydesk.check.garble import garbled, repeats
from copydesk.desk import prepare, repair, rewrite
from copydesk.engines import Engine
from copydesk.engines.extractive import ExtractiveEngine
from copydesk.lexicon import tokens
from copydesk.model import PROBLEM_KINDS, Article, CheckReport, Draft, Sentence

# Our own article, written for these tests.
SOURCE = [
    "The new harbour master, Ingrid Solheim, took up her post in Port Ellery on Monday.",   # 0
    "She replaces Tomas Brandt, who retired after twenty years in the job.",               # 1
    "The harbour handled 40,000 tonnes of fish last year, the council said.",              # 2
    "Fishermen welcomed the appointment and asked for a new breakwater.",                  # 3
    "Solheim said the breakwater would be her first priority.",                            # 4
    "Repairs to the north quay will start in the spring.",                                 # 5
]
ARTICLE = " ".join(SOURCE)


def index():
    return verify.SourceIndex(SOURCE)


def test_a_run_said_twice_is_garbled():
    text = "The new harbour master took up her post as the new harbour master in Port Ellery."
    problem = garbled(text, index())
    assert problem is not None and problem.kind == "garbled"
    assert "new harbour master" in problem.detail
    check = verify.check_sentence(text, index())
    assert check.status == "unsupported" and "garbled" in [p.kind for p in check.problems]


def test_a_looping_sentence_of_source_words_only_is_flagged():
    # every word is the source's; only the loop makes it no claim of the source
    text = "Solheim said the breakwater would be her first priority, her first priority."
    assert [p.kind for p in verify.check_sentence(text, index()).problems] == ["garbled"]


def test_parallel_writing_and_a_source_that_repeats_itself_are_not_garbled():
    assert garbled("Fishermen asked who would pay for the breakwater and who would pay for the quay.",
                   index()) is None
    looped = ["The crowd chanted the new harbour master and the new harbour master again and again."]
    said = "The crowd chanted the new harbour master, the new harbour master."
    assert garbled(said, verify.SourceIndex(looped)) is None
    assert garbled(said, index()) is not None


def test_a_sentence_cut_off_on_an_article_or_of_is_garbled():
    for text in ("Solheim said the breakwater would be her first priority and the.",
                 "Repairs to the north quay will start in the spring of."):
        problem = garbled(text, index())
        assert problem is not None and problem.kind == "garbled" and "cut off" in problem.detail
    assert garbled("Repairs to the north quay will start in the spring.", index()) is None
    # the source itself ends so (a headline-like fragment): not the writer's slip
    assert garbled("Tides and currents of", verify.SourceIndex(["Tides and currents of"])) is None


def test_a_sentence_cut_off_on_a_preposition_that_needs_its_object_is_garbled():
    problem = garbled("fishermen said the breakwater would be a big relief for .", index())
    assert problem is not None and problem.kind == "garbled" and "“for”" in problem.detail
    assert garbled("Fishermen asked the council for a new breakwater during the spring.", index()) is None
    # a source that ends so ("what they had hoped for"): the writer copied it
    said = verify.SourceIndex(["It was the harbour they had hoped for."])
    assert garbled("It was the harbour they had hoped for.", said) is None


def test_a_sentence_that_repeats_an_earlier_one_is_a_repeat():
    passage = [SOURCE[0], SOURCE[3], "Fishermen welcomed the appointment and asked for a breakwater."]
    found = repeats(passage)
    assert list(found) == [2] and found[2].kind == "repeat" and "passage sentence 2" in found[2].detail
    assert repeats(SOURCE) == {}
    assert list(repeats([SOURCE[5], SOURCE[5]])) == [1]
    # the words read off the source's index for its own sentences: the same verdicts
    source = index()
    assert [source.tokens(t) for t in passage] == [tokens(t) for t in passage]
    assert repeats(passage, words=[source.tokens(t) for t in passage]) == found


def test_check_passage_marks_the_second_copy_only():
    checks = verify.check_passage([SOURCE[0], SOURCE[5], SOURCE[5]], index())
    assert [c.status for c in checks] == ["supported", "supported", "unsupported"]
    assert [p.kind for p in checks[2].problems] == ["repeat"]


def test_check_draft_and_check_texts_report_repeats_with_their_own_count():
    doc = prepare(Article(text=ARTICLE))
    draft = Draft(summary=[Sentence(SOURCE[0], [0]), Sentence(SOURCE[3], [3])],
                  headline="Port Ellery Gets A New Harbour Master",
                  body=[[Sentence(SOURCE[0], [0]), Sentence(SOURCE[1], [1])],
                        [Sentence(SOURCE[2], [2])], [Sentence(SOURCE[0], [0])]],
                  engine="extractive")
    report = verify.check_draft(doc, draft)
    body = [c for c in report.sentences if c.part == "body"]
    assert [c.status for c in body] == ["supported", "supported", "supported", "unsupported"]
    counts = report.problem_counts()
    assert counts["repeat"] == 1 and counts["garbled"] == 0
    assert {"garbled", "repeat"} <= set(PROBLEM_KINDS)
    assert CheckReport.from_dict(report.to_dict()).problem_counts()["repeat"] == 1

    text = (f"# Port Ellery Gets A New Harbour Master\n\n{SOURCE[0]} {SOURCE[3]}\n\n"
            f"{SOURCE[1]}\n\n{SOURCE[2]}\n\n{SOURCE[1]}\n")
    back = verify.check_texts(ARTICLE, text)
    flagged = [c for c in back.sentences if any(p.kind == "repeat" for p in c.problems)]
    assert [c.text for c in flagged] == [SOURCE[1]] and not back.ok


def test_the_desk_cuts_the_repeat_and_keeps_the_first_telling():
    doc = prepare(Article(text=ARTICLE))
    draft = Draft(summary=[Sentence(SOURCE[0], [0]), Sentence(SOURCE[0], [0])],
                  headline="Port Ellery Gets A New Harbour Master",
                  body=[[Sentence(SOURCE[0], [0]), Sentence(SOURCE[4], [4])], [Sentence(SOURCE[4], [4])]],
                  engine="extractive")
    report = verify.check_draft(doc, draft)
    fixed, after = repair(doc, draft, report, ExtractiveEngine())
    assert [s.text for s in fixed.summary] == [SOURCE[0]]
    assert [[s.text for s in p] for p in fixed.body] == [[SOURCE[0], SOURCE[4]]]
    cut = [c for c in after.sentences if c.status == "cut"]
    assert [(c.part, c.original) for c in cut] == [("summary", SOURCE[0]), ("body", SOURCE[4])]
    assert all(p.kind == "repeat" for c in cut for p in c.problems)
    assert after.ok


class LoopingEngine(Engine):
    """A model-like engine that says its second summary sentence twice."""

    name = "looping"
    uses_model = True

    def draft(self, doc, *, summary_sentences=3):
        sents = [Sentence(s, [i]) for i, s in enumerate(doc.sentences)]
        return Draft(summary=[sents[0], sents[3], sents[3]], headline="Port Ellery Gets A New Harbour Master",
                     body=[sents[i:i + 2] for i in range(0, len(sents), 2)], engine=self.name)


def test_a_repeat_has_its_own_count_in_the_json_report_and_on_the_web_page(tmp_path):
    import anyio

    from serverkit import client, make_app, store_of

    done = rewrite(ARTICLE, engine=LoopingEngine())
    assert [s.text for s in done.summary] == [SOURCE[0], SOURCE[3]]
    counts = done.to_dict()["check"]["problem_counts"]
    assert counts["repeat"] == 1 and counts["garbled"] == 0

    app = make_app(tmp_path)
    rid = store_of(app).save_rewrite(done)

    async def page() -> str:
        async with client(app) as c:
            r = await c.get(f"/rewrites/{rid}", headers={"accept": "text/html"})
        assert r.status_code == 200
        return unescape(r.text)

    html = anyio.run(page)
    assert re.search(r'<b class="kind">repeat</b> 1', html)
    assert "says again summary sentence 2" in html


def test_copydesk_eval_counts_a_repeat_across_body_paragraphs():
    from copydesk import eval as ev

    faith = ev.faithfulness("Port Ellery Gets A New Harbour Master", [SOURCE[0]],
                            [[SOURCE[0], SOURCE[1]], [SOURCE[2], SOURCE[1]]], SOURCE)
    assert faith.sentences == 6 and faith.supported == 5
    assert faith.problems["repeat"] == 1 and faith.problems["garbled"] == 0


def test_able_before_a_bare_verb_is_garbled():
    from copydesk.ingest.typos import garbled

    assert garbled("Helped by freak weather, they were finally able catch the reptile.")
    for fine in ("They were finally able to catch the reptile.", "He is able and willing to help the club.",
                 "An able seaman took the wheel of the harbour launch."):
        assert not garbled(fine), fine
