"""The desk's policy: what ships is what the source says, and the report says what was done."""

from __future__ import annotations

from pathlib import Path

import copydesk
from copydesk.engines import Engine
from copydesk.model import Draft, Sentence

ARTICLE = (
    "The city council of Northbrook voted on Monday to close the old ferry pier. "
    "Councillor Amira Haddad said the pier had become unsafe after years of storms. "
    '"We cannot ask people to walk on rotten boards," Haddad told reporters. '
    "Repairs would have cost about 2 million dollars, according to a council report. "
    "The pier opened in 1961 and once carried passengers to the islands."
)


def test_a_given_title_the_body_does_not_back_ships_as_given_not_supported():
    # The title carries a figure the body never states: it ships as the title given, and
    # the report says so honestly ("given", with the problem), not "supported".
    title = "Northbrook Council Shuts Ferry Pier After 64 Years"
    result = copydesk.rewrite(ARTICLE, title=title, published="2025-03-03")
    assert result.headline == title
    headline = [c for c in result.check.sentences if c.part == "headline"]
    assert [c.status for c in headline] == ["given"]
    assert headline[0].problems
    assert result.check.ok  # the rest of the rewrite is the source's


def test_a_given_title_with_a_stranger_and_a_sweeping_claim_is_not_supported():
    result = copydesk.rewrite(ARTICLE, title="Ottawa bans all ports", published="2025-03-03")
    headline = next(c for c in result.check.sentences if c.part == "headline")
    assert headline.status == "given"
    assert any(p.kind == "name" and "Ottawa" in p.detail for p in headline.problems)


def test_a_given_title_the_body_backs_is_supported():
    result = copydesk.rewrite(ARTICLE, title="Northbrook votes to close the old ferry pier",
                              published="2025-03-03")
    headline = next(c for c in result.check.sentences if c.part == "headline")
    assert headline.status == "supported" and not headline.problems


class Inventor(Engine):
    """A test engine that plants an invented name and a changed number."""

    name = "inventor"
    uses_model = True

    def draft(self, doc, *, summary_sentences=3):
        bad = Sentence("Mayor John Smithers said repairs would cost 9 million dollars.", [3])
        good = Sentence(doc.sentences[0], [0])
        return Draft(summary=[good, bad], headline="Smithers Shuts Pier",
                     body=[[good], [bad], [Sentence(doc.sentences[2], [2])]], engine=self.name)


def test_planted_errors_never_ship_and_the_report_says_what_was_done():
    result = copydesk.rewrite(ARTICLE, engine=Inventor(), published="2025-03-03")
    shipped = " ".join([result.headline, result.summary_text, *result.body_paragraphs])
    assert "Smithers" not in shipped and "9 million" not in shipped
    statuses = {c.status for c in result.check.sentences}
    assert statuses & {"replaced", "cut"}
    assert result.check.ok
    fixed = [c for c in result.check.sentences if c.original and "Smithers" in c.original]
    assert fixed and all({p.kind for p in c.problems} & {"name", "number"} for c in fixed)


HALIFAX = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")
CONTRADICTIONS = [
    "Fire investigators said the fire was caused by arson.",
    "Two firefighters were seriously hurt.",
    "The terminal opened in 2019 and was expanded in 1982.",
    "Halifax handled more than 550,000 containers last month.",
]


class Contradictor(Engine):
    """A test engine whose sentences use only the source's words but say what it does not;
    its revision fixes the first one and gives up on the rest."""

    name = "contradictor"
    uses_model = True

    def draft(self, doc, *, summary_sentences=3):
        lead = Sentence(doc.sentences[0], [0])
        return Draft(summary=[lead], headline="Halifax Port Reopens", engine=self.name,
                     body=[[lead], *[[Sentence(t, [])] for t in CONTRADICTIONS]])

    def revise(self, doc, sentence, problems):
        if "arson" in sentence:
            return "Fire investigators said they had ruled out arson."
        return None


def test_contradictions_are_repaired_or_replaced_by_what_the_source_says():
    result = copydesk.rewrite(HALIFAX, engine=Contradictor(), published="2025-03-18")
    shipped = " ".join(result.body_paragraphs)
    assert not any(t in shipped for t in CONTRADICTIONS)
    assert result.check.ok
    by_original = {c.original: c for c in result.check.sentences if c.original}
    assert by_original[CONTRADICTIONS[0]].status == "repaired"
    assert "ruled out arson" in shipped
    kinds = {p.kind for t in CONTRADICTIONS for p in by_original[t].problems}
    assert kinds >= {"antonym", "negation", "binding"}
    for t in CONTRADICTIONS[1:]:  # replaced by the source sentence that says it right, or cut
        assert by_original[t].status in ("replaced", "cut")
    assert "No one was seriously hurt" in shipped


def test_the_title_is_cleaned_before_it_becomes_the_headline():
    from copydesk.desk import prepare
    from copydesk.model import Article

    text = ("The council voted on Tuesday to rebuild the harbour wall. Work starts in March. "
            "It will cost 9.5 million kroner. The harbour stays open.")
    doc = prepare(Article(text=text, title="Council votes to rebuild harbour wall &amp; quay | TheHill"))
    assert doc.article.title == "Council votes to rebuild harbour wall & quay"


def test_sentences_have_their_spacing_normalised_on_every_path():
    from copydesk.segment import split_sentences

    assert split_sentences("The storm hit\u00a0the coast. Residents  fled.\u2028Then it rained.") == [
        "The storm hit the coast.", "Residents fled.", "Then it rained."]
    assert split_sentences("The storm hit the coast. Residents fled.") == [
        "The storm hit the coast.", "Residents fled."]
