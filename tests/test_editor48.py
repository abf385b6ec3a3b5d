"""Faults found by copy editors reading outputs in the forty-eighth session, each in invented text."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.segment import split_sentences
from shipping import NOW, body_paragraphs, body_sentences  # noqa: F401  (the helpers later tests share)


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


# a scrape that ran its paragraphs together leaves a stop with no space before the next sentence;
# inside a quotation the splitter cuts nothing, so the copy shipped "sighted.A social worker": the
# space comes back before "A" or "I", a word with a slash, or an abbreviation and a name
@pytest.mark.parametrize(("glued", "spaced"), [
    ("the injury left me partly sighted.A teacher told me", "partly sighted. A teacher"),
    ("I felt a little frustrated.I honestly did not know it then, and", "frustrated. I honestly"),
    ("the money is yet to be confirmed.Kayak/canoe will return, and", "confirmed. Kayak/canoe"),
    ("the sport joins the programme.NK Sport says it will decide, and", "programme. NK Sport"),
])
def test_a_glued_stop_before_a_sentence_gets_its_space(glued, spaced):
    text = f"She told the court: 'I remember that {glued} the club would open the boathouse in May. I saw the car.'"
    assert spaced in " ".join(split_sentences(text))


@pytest.mark.parametrize("text", [
    "The team met at Northtown Park on Monday, as agreed in section A of the plan, and then set off for home.",
    "He said the e.g.UK rule had been dropped by the Northtown board last month after a long review.",
    "Jo Example said the Northtown fund had 3.A further grant of 2m pounds would follow in the spring.",
])
def test_no_space_inside_an_abbreviation_a_class_or_a_figure(text):
    assert " ".join(split_sentences(text)) == text
