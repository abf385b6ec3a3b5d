"""Datelines: place from option, wire or text via the gazetteer; never an invented place."""

from __future__ import annotations

import datetime as dt

import pytest

from copydesk.desk import prepare
from copydesk.model import Article
from copydesk.places import format_date, make_dateline, resolve_place, salient_place

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def dateline(text: str, **article):
    doc = prepare(Article(text=text, **article))
    return make_dateline(doc, now=NOW)


@pytest.mark.parametrize(("name", "expected"), [
    ("Islamabad", "Islamabad, Pakistan"),
    ("Boston", "Boston, Massachusetts"),
    ("Paris", "Paris, France"),
    ("Washington", "Washington, D.C."),
    ("New York", "New York, New York"),
    ("Pakistan", "Pakistan"),
    ("London, England", "London, England"),
    ("Tulsa, Oklahoma", "Tulsa, Oklahoma"),
    ("Hong Kong", "Hong Kong"),
    ("Glasgow", "Glasgow, Scotland"),
    ("Cardiff", "Cardiff, Wales"),
    ("Frobville", None),
])
def test_resolve_place(name, expected):
    assert resolve_place(name) == expected


def test_resolve_prefers_a_mentioned_country():
    assert resolve_place("London", prefer_countries=("CA",)) == "London, Canada"


def test_format_date_has_no_leading_zero():
    assert format_date(dt.date(2025, 7, 6)) == "July 6, 2025"


STORY = ("{lead} Officials met for three hours on Monday. "
         "They agreed to meet again next month. The talks will resume in the spring.")


def test_wire_dateline_gives_the_place():
    dl, notes = dateline("ISLAMABAD: " + STORY.format(lead="Pakistan is cautious about the talks."),
                         published=dt.date(2025, 7, 6))
    assert dl.text == "Islamabad, Pakistan – July 6, 2025"
    assert (dl.place_from, dl.date_assumed) == ("wire", False)
    assert not any("date assumed" in n for n in notes)


def test_unknown_wire_place_is_kept_as_the_source_gives_it():
    dl, notes = dateline("FROBVILLE, Ruritania (AP) — " + STORY.format(lead="The mill closed."))
    assert dl.place == "Frobville, Ruritania"
    assert any("not in the gazetteer" in n for n in notes)


def test_salient_place_from_the_text():
    text = STORY.format(lead="Flooding forced hundreds of families from their homes in Porto Alegre "
                             "on Sunday, and rescuers in Brazil worked through the night.")
    dl, _ = dateline(text)
    assert dl.place == "Porto Alegre, Brazil"
    assert dl.place_from == "text"


def test_city_with_state_in_the_text():
    text = STORY.format(lead="Five people were released from a hospital in Omaha, Nebraska, on Monday.")
    assert dateline(text)[0].place == "Omaha, Nebraska"


def test_country_alone_when_no_city():
    text = STORY.format(lead="Voters in Pakistan went to the polls on Thursday in a tense election.")
    assert dateline(text)[0].place == "Pakistan"


def test_a_uk_nation_alone():
    text = STORY.format(lead="Teachers in Scotland voted to strike over pay on Wednesday.")
    assert dateline(text)[0].place == "Scotland"


def test_no_place_means_date_alone_and_a_note():
    text = STORY.format(lead="The company said its profits rose by 12% in the last quarter.")
    dl, notes = dateline(text)
    assert dl.place is None
    assert dl.text == "July 6, 2025"
    assert dl.date_assumed is True
    assert any(n.startswith("no place") for n in notes)
    assert any(n.startswith("date assumed") for n in notes)


@pytest.mark.parametrize("lead", [
    "Paris Hilton launched a new perfume on Tuesday at a glittering party.",
    "Will the committee approve the plan before the summer recess?",
    "Reading the report, the chairman said the numbers were worse than expected.",
    "Mobile phone sales fell by a third last year, the survey found.",
    "Nice weather brought crowds to the beaches over the holiday weekend.",
    "Jack London wrote dozens of novels and hundreds of short stories.",
])
def test_common_words_and_names_are_not_places(lead):
    assert salient_place(prepare(Article(text=STORY.format(lead=lead))).sentences) is None


def test_option_wins_over_everything():
    dl, _ = dateline("ISLAMABAD: " + STORY.format(lead="Pakistan is cautious."),
                     place="Karachi, Pakistan", published=dt.date(2024, 1, 2))
    assert dl.text == "Karachi, Pakistan – January 2, 2024"
    assert dl.place_from == "option"


def test_datetime_published_uses_its_date():
    dl, _ = dateline(STORY.format(lead="Pakistan is cautious."),
                     published=dt.datetime(2024, 3, 9, 23, 59))
    assert dl.date == dt.date(2024, 3, 9)
