"""The desk's policy: what ships is what the source says, and the report says what was done."""

from __future__ import annotations

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


def test_title_is_the_sources_own_headline_even_with_facts_the_body_lacks():
    # The title carries a date the body never states: it is still the source's own words.
    title = "Northbrook council shuts ferry pier after 64 years"
    result = copydesk.rewrite(ARTICLE, title=title, published="2025-03-03")
    assert result.headline == title
    headline = [c for c in result.check.sentences if c.part == "headline"]
    assert [c.status for c in headline] == ["supported"]
    assert result.check.ok


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


def test_the_title_is_cleaned_before_it_becomes_the_headline():
    from copydesk.desk import prepare
    from copydesk.model import Article

    text = ("The council voted on Tuesday to rebuild the harbour wall. Work starts in March. "
            "It will cost 9.5 million kroner. The harbour stays open.")
    doc = prepare(Article(text=text, title="Council votes to rebuild harbour wall &amp; quay | TheHill"))
    assert doc.article.title == "Council votes to rebuild harbour wall & quay"
