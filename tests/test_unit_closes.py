"""A word quoted whole ("the 'flirtatious' teacher") closes its quotation: the sentences after
it are not one runaway quote that can never ship. What that opened up must then be read for
what it is: a link to the outlet's own analysis and a table's rows run together are no copy.
Every fixture is invented (Northtown, Sam Example)."""

from __future__ import annotations

from copydesk.engines.units import Units, _single_open_after
from copydesk.ingest.roles import role_of


def test_a_word_quoted_whole_closes_its_quotation():
    assert not _single_open_after("She was accused of being a 'flirtatious' teacher at the school.", False)
    assert _single_open_after("He said 'the players' ball was lost", False)  # a possessive inside a quote
    sents = ["The council was accused of failing to act on the 'dangerous' pier for years.",
             "Residents said the pier had been closed twice.", "The council denied the claim."]
    assert [Units(sents).of(i) for i in range(3)] == [(0,), (1,), (2,)]


def test_a_link_to_the_outlets_own_piece_is_a_promo():
    for line in ("Read Sam's analysis of the poll.", "Read Professor Example's analysis of the poll",
                 "Read our verdict on the new pier."):
        assert role_of(line, 5, 20) == "promo", line
    assert role_of("Read Write Inc is a phonics programme used in Northtown schools.", 5, 20) == "body"


def test_a_tables_rows_run_together_are_no_copy():
    line = ("Cap amount paid in welfare to a household 6.3Limit numbers coming to live in UK 6.3Give "
            "Northtown full control of welfare 7.1The policy was popular.")
    assert role_of(line, 5, 20) == "nav"
    assert role_of("The firm sold its 4Kids shares in 2015.", 5, 20) == "body"
