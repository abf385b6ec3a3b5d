"""A text with no publication date whose latest year is two or more years before the run date
is older news: its dateline leaves the date out rather than stamp the run date on it, and
every renderer then sets the lead without a dateline when no place is known either
(``places.make_dateline``, ``render/``)."""

import datetime as dt

import copydesk
from copydesk.ingest.dateline import latest_year
from copydesk.render import render

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)
OLD = ("The harbour board voted on Tuesday to close the old pier, which opened in 1901 and was last "
       "repaired in 2014. Repairs would have cost 4 million pounds, the board said. Work on a new pier "
       "will start in the spring of 2016, after a survey of the sea bed.")
OLD_IN_NORTHTOWN = OLD.replace("the old pier", "the old pier in Kirkwall")
PAGE = "http://127.0.0.1/harbour/pier"  # (fetched: a text with no address gets no run date at all)
CURRENT = OLD.replace("2016", "2025").replace("Tuesday", "Friday")  # (NOW is a Sunday: two days before)


def test_latest_year():
    assert latest_year(OLD) == 2016
    assert latest_year("It cost £1,950 and 2,014 people came.") is None
    assert latest_year("No year here.") is None


def test_an_old_story_gets_no_run_date_and_says_why():
    result = copydesk.rewrite(OLD, now=NOW, url=PAGE)
    assert result.dateline.text == ""
    assert result.dateline.date_assumed
    notes = " ".join(result.check.notes)
    assert "date left out" in notes and "--published" in notes
    result = copydesk.rewrite(OLD_IN_NORTHTOWN, now=NOW, url=PAGE)
    assert result.dateline.text == "Kirkwall, United Kingdom"


def test_a_current_story_keeps_the_run_date_and_a_given_date_always_stands():
    assert copydesk.rewrite(CURRENT, now=NOW, url=PAGE).dateline.text.endswith("July 6, 2025")
    assert copydesk.rewrite(OLD, now=NOW, published="2016-01-12").dateline.text == "January 12, 2016"


def test_every_renderer_sets_the_lead_without_an_empty_dateline():
    result = copydesk.rewrite(OLD, now=NOW, url=PAGE)
    first = result.body_paragraphs[0]
    text = render(result, "text")
    assert f"\n\n{first}" in text and "** –" not in text and "\n\n**\n\n" not in text
    assert f"\n\n{first}" in render(result, "markdown") and "** –" not in render(result, "markdown")
    html = render(result, "html")
    assert 'class="dateline"' not in html and "<p>The harbour board voted" in html


def test_the_rewrite_command_says_the_date_was_left_out(tmp_path):
    from click.testing import CliRunner

    from copydesk.cli import main

    story = tmp_path / "old.txt"
    story.write_text(OLD_IN_NORTHTOWN, encoding="utf-8")
    result = CliRunner().invoke(main, ["rewrite", str(story), "--url", PAGE])
    assert result.exit_code == 0
    assert result.stderr.startswith("Note: date left out: ") and "--published YYYY-MM-DD" in result.stderr
    assert "latest year is 2016" in result.stderr
    assert "*Kirkwall, United Kingdom* – " in result.stdout
