"""Edges a review of this session's change found (each failed on the code before its fix)."""

import datetime as dt

import copydesk
from copydesk.check.context import names_in
from copydesk.engines.answers_back import without_also
from copydesk.engines.headline import write_headline
from copydesk.engines.tense import second_clause_passive
from copydesk.ingest.dateline import _lone_place
from copydesk.ingest.dependency import opening_dependency
from copydesk.ingest.text import clean_text


def test_a_second_clause_whose_words_hold_a_verb_and_a_pronoun_keeps_its_was():
    # "the owner says she was threatened" would read as "she threatened"
    text = "Shop robbed and owner says she was threatened with knife"
    assert second_clause_passive(text) == text


def test_a_title_at_a_names_end_takes_its_suffix_with_it():
    assert names_in("Martin Luther King Jr. spoke in Northtown.") == (("Luther", "Martin Luther"),)


def test_a_section_label_that_is_also_a_place_is_no_dateline():
    assert not _lone_place("Mobile", ["Sales of mobile phones rose in Mobile, the maker said."])
    assert not _lone_place("Pittsburgh", ["The team won at home on Tuesday."])  # (not named again)
    assert _lone_place("Pittsburgh", ["The Islanders beat the Pittsburgh Penguins 5-4."])


def test_an_account_is_no_count():
    sents = ["Harbour trader Sam Example, who denied two counts of fraud last year, has closed his bank account.",
             "He said the bank had treated him badly."]
    head = write_headline(sents, 0)
    assert head.endswith("Account"), head


def test_an_also_after_a_fronted_adverb_stays():
    assert without_also("However, police and firefighters have also been called.") == (
        "However, police and firefighters have also been called.")


def test_a_question_subhead_with_an_apostrophe_goes_and_her_majesty_needs_no_one_before():
    text = ("The harbour board voted on Tuesday to close the old pier.\nRepairs would have cost 4 million pounds.\n"
            "What is next for Northtown’s ferries?\nThe ferries will use the north quay.\n"
            "Traders said the board had not asked them.\n")
    assert "What is next" not in clean_text(text).text
    assert opening_dependency("“Her Majesty is delighted,” a spokesman said.") is None


def test_check_reads_a_markdown_rewrite_with_no_dateline():
    from copydesk.check import check_texts
    from copydesk.render.markdown import markdown_article

    old = ("The harbour board voted on Tuesday to close the old pier, which opened in 1901 and was last "
           "repaired in 2014. Repairs would have cost 4 million pounds, the board said. Work on a new pier "
           "will start in the spring of 2016, after a survey of the sea bed.")
    result = copydesk.rewrite(old, now=dt.datetime(2025, 7, 6, tzinfo=dt.UTC))
    assert result.dateline.text == ""
    report = check_texts(old, markdown_article(result))
    assert report.ok, [c for c in report.sentences if c.status == "unsupported"]
