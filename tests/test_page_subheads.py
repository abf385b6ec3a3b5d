"""A page's subhead, a line with no stop between paragraphs that do stop, is a paragraph of its
own and never runs into the next sentence; hard-wrapped text still joins its lines
(``ingest/text.clean_text``). A word that opens a sentence ("Whatever") is no first name
(``check/context.names_in``)."""

import copydesk
from copydesk.check.context import names_in
from copydesk.ingest.text import clean_text

PAGE = """The harbour board voted on Tuesday to close the old pier, after a survey found its piles had rotted.
Repairs would have cost 4 million pounds, the board said.
Work on a new pier starts in May and should take two years.
Ferries move to the north quay
Until then the ferries will dock at the north quay, which has room for two boats at once.
"It is the only safe choice," said board chair Jo Example.
Traders fear the change will cost them
Shop owners on Pier Street say most of their trade comes from ferry passengers.
"""

WRAPPED = """The harbour board voted on Tuesday to close the old
pier, after a survey found its piles had rotted. Repairs
would have cost 4 million pounds, the board said. Work on
a new pier starts in May and should take two years.
"""


def test_a_subhead_between_stopped_paragraphs_is_its_own_paragraph():
    text = clean_text(PAGE).text
    assert "\n\nFerries move to the north quay\n\nUntil then the ferries" in text
    assert "\n\nTraders fear the change will cost them\n\nShop owners" in text
    body = " ".join(copydesk.rewrite(PAGE).body_paragraphs)
    assert "Ferries move" not in body and "Traders fear" not in body  # (a subhead does not ship)
    assert "Shop owners on Pier Street say most of their trade comes from ferry passengers." in body


def test_hard_wrapped_lines_still_join():
    text = clean_text(WRAPPED).text
    assert "close the old pier, after a survey" in text
    assert "Work on a new pier starts in May" in text


def test_a_sentence_opening_word_is_no_first_name():
    assert names_in("Whatever Harbourco did for the pier was moved to the quay.") == ()
    assert names_in("Sadly Jo Example did not see it.") == (("Example", "Jo Example"),)
