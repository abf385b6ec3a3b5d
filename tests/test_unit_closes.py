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


def test_a_video_pages_time_stamp_run_into_the_copy_is_a_line_of_its_own():
    import pytest

    from copydesk.desk import prepare
    from copydesk.errors import TooShort
    from copydesk.model import Article
    from copydesk.segment import split_sentences

    sents = split_sentences("18 March 2014 Last updated at 09:22 GMTSam Example and his partner Kit won the race "
                            "at Northtown. They beat the holders by a second. The prize was a barrel of ale.")
    assert sents[0] == "18 March 2014 Last updated at 09:22 GMT"
    assert sents[1].startswith("Sam Example and his partner Kit won")
    assert role_of(sents[0], 0, len(sents)) == "timestamp"
    # the stamp is no sentence of the story: two sentences and a stamp are too short to rewrite
    with pytest.raises(TooShort, match="2 sentences"):
        prepare(Article(text="21 October 2016 Last updated at 15:03 BST In 2008 about 40 seahorses were recorded "
                             "at Northtown. None have been seen there since 2013."))


def test_a_pages_call_out_is_no_copy_but_an_answer_to_a_question_is():
    from copydesk.engines.passages import Passages
    from copydesk.engines.units import Units

    sents = ["A new plane design has revamped the rest areas for Northtown Air's cabin crew.",
             "First class accommodation!",
             "The deluxe areas were created after the firm spoke to 30 flight attendants.",
             "What did the Northtown contestant win on the show?", "A brand-new car!",
             "The crew said the new bunks were a great improvement on the old ones!"]
    passages = Passages(sents, Units(sents).of, english=True)
    assert [passages.ship[i] for i in range(len(sents))] == [True, False, True, True, True, True]
