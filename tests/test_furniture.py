"""Site furniture in an output sentence (``copydesk.check.furniture``)."""

from __future__ import annotations

from copydesk import check as verify
from copydesk.check.furniture import furniture

# Our own page, written for these tests: a club's news story with its page furniture left in.
SOURCE = [
    "Harbour Town have signed the winger Tomas Reyes on a two-year deal.",
    "Reyes scored eleven goals for his old club last season.",
    "Click here for all the latest Harbour Town news.",
]


def test_a_call_to_the_page_reader_is_no_sentence_of_the_article_even_word_for_word():
    index = verify.SourceIndex(SOURCE)
    for text in ("Click here for all the latest Harbour Town news.",
                 "click here for all the latest harbour town news .",
                 "Scroll down for video of his goals."):
        check = verify.check_sentence(text, index, part="summary")
        assert check.status == "unsupported" and [p.kind for p in check.problems] == ["claim"]
        assert "site furniture" in check.problems[0].detail


def test_sentences_that_only_mention_such_words_pass():
    index = verify.SourceIndex(SOURCE)
    assert verify.check_sentence("Reyes scored eleven goals for his old club last season.", index).status \
        == "supported"
    assert furniture("Fans were told to read more about the deal in the programme.") is None
    assert furniture("He said fans could click here and there on the club's site.") is None
    checks = verify.check_passage(["Harbour Town have signed the winger Tomas Reyes on a two-year deal.",
                                   "Click here for all the latest Harbour Town news."], index)
    assert [c.status for c in checks] == ["supported", "unsupported"]


def test_the_desk_never_puts_site_furniture_back_in_place_of_a_flagged_sentence():
    from copydesk.desk import prepare, repair
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.model import Article, Draft, Sentence

    doc = prepare(Article(text=" ".join(SOURCE)))
    furniture_at = [i for i, s in enumerate(doc.sentences) if s.startswith("Click here")]
    assert furniture_at, "the page's furniture line is kept by ingest in this article"
    i = furniture_at[0]
    draft = Draft(summary=[Sentence(doc.sentences[0], [0]), Sentence(doc.sentences[i], [i])],
                  headline="Harbour Town sign the winger Tomas Reyes",
                  body=[[Sentence(doc.sentences[0], [0])]], engine="extractive")
    report = verify.check_draft(doc, draft)
    fixed, after = repair(doc, draft, report, ExtractiveEngine())
    assert all(not s.text.startswith("Click here") for s in fixed.summary)
    assert [s.text for s in fixed.summary][0] == doc.sentences[0]


def test_the_papers_plug_for_its_own_other_story_does_not_ship():
    from copydesk.ingest.roles import role_of

    assert role_of("Yesterday the Mail revealed how millions was being wasted on harbour repairs.", 5, 20) == "related"
    assert role_of("The harbour board revealed how millions was being wasted on repairs.", 5, 20) == "body"
