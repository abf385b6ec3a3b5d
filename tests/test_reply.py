"""The other side's answer closes a one-sided body (copydesk.engines.reply). Our own sentences."""

from __future__ import annotations

import pytest

from copydesk.engines.reply import reply

SOURCE = [
    "The ferry company NorthLine said the harbour board's fees had no clear basis.",
    "The fees rose by 40% this year.",
    "Harbour Board said it strongly disagreed with NorthLine's criticism.",
    "Passengers said they wanted the ferry to stay.",
]


def test_the_party_named_in_the_body_answers():
    body = "The ferry company NorthLine said the harbour board's fees had no clear basis. Harbour Board chiefs met."
    assert reply(SOURCE, body, lambda i: True) == 2


@pytest.mark.parametrize("body, may", [
    ("The ferry company NorthLine said the fees had no clear basis.", True),   # the answerer is not in the story
    ("NorthLine criticised Harbour Board. Harbour Board said it strongly disagreed with NorthLine's criticism.", True),
    ("NorthLine criticised Harbour Board.", False),                           # it may not close the body
])
def test_no_answer_to_add(body, may):
    assert reply(SOURCE, body, lambda i: may) is None


@pytest.mark.parametrize("sentence", [
    "Northtown Council has rejected the claims.",
    "A spokesman for Northtown Council said the allegations were untrue.",
    "Jane Example, the council leader, denied the allegations.",
])
def test_kinds_of_answer(sentence):
    assert reply([sentence], "Critics attacked Northtown Council and Jane Example.", lambda i: True) == 0


def test_the_accused_partys_spokesman_answers_a_story_that_accuses_it():
    source = ["Northtown Coffee was accused of using a little-known company to cut its tax bill.",
              "The firm paid £1.2million in tax last year.",
              "A Northtown Coffee spokesman said: 'We comply with all relevant tax rules.'"]
    body = " ".join(source[:2])
    assert reply(source, body, lambda i: True) == 2
    # a story that accuses no one adds no spokesman's line
    calm = ["Northtown Coffee opened a new shop on Monday.", "The firm paid £1.2million in tax last year.",
            source[2]]
    assert reply(calm, " ".join(calm[:2]), lambda i: True) is None
