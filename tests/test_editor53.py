"""Faults found by copy editors reading outputs in the fifty-third session, each in invented text."""

from __future__ import annotations

import pytest

from copydesk.engines.breaks import named_down
from copydesk.engines.passages import Passages
from copydesk.engines.units import Units


def _moved(sents: list[str], paragraphs: list[list[int]]) -> list[list[int]]:
    return named_down(paragraphs, sents, Passages(sents, Units(sents).of))


# a line that turns to a person by name, set last in its paragraph, opens the next one when that one opens on
# a pronoun meant for the person (judge QA 12: "... drove off into the distance. Sam Example, meanwhile, was in
# the wars. | The team stopped him twice ...": "him" read across the break; QA 07 the same with a bare surname)
@pytest.mark.parametrize("named", [
    "Sam Example, meanwhile, was in trouble on his first lap.",
    "Example was in trouble on his first lap, as he said later.",  # (a surname named before: Sam Example)
])
def test_a_named_line_opens_the_paragraph_of_its_pronoun(named):
    sents = ["Rain fell on the track at Northtown before the start.", "Jo Rivers won the race by ten seconds.",
             named, "The team stopped him twice in the first six laps.", "It was a long afternoon at Northtown."]
    if named.startswith("Example"):
        sents[1] = "Jo Rivers beat Sam Example by ten seconds."
    assert _moved(sents, [[0, 1, 2], [3, 4]]) == [[0, 1], [2, 3, 4]]


@pytest.mark.parametrize("last, first", [
    # no person: a plural noun read as a verb ("Cancer sufferers")
    ("Cancer sufferers and patients have been ripped off by the firms.", "Three judges dismissed his challenge."),
    # the next line names its own subject, whom its "his" is for
    ("Poker Night is also the title of a book by Jo Rivers.", "Blizerian is a player who shows his life online."),
    # the next line names the person itself
    ("Sam Example, meanwhile, was in trouble on his first lap.", "Example stopped twice in the first six laps."),
    # no pronoun in the next line
    ("Sam Example, meanwhile, was in trouble on his first lap.", "The safety car came out twice."),
])
def test_a_named_line_stays_where_nothing_points_back(last, first):
    sents = ["Rain fell on the track at Northtown before the start.", "Jo Rivers won the race by ten seconds.",
             last, first, "It was a long afternoon at Northtown."]
    assert _moved(sents, [[0, 1, 2], [3, 4]]) == [[0, 1, 2], [3, 4]]


def test_a_named_line_stays_when_the_next_paragraph_is_full_or_it_stands_alone():
    sents = ["Rain fell on the track at Northtown before the start.", "Jo Rivers won the race by ten seconds.",
             "Sam Example, meanwhile, was in trouble on his first lap.", "The team stopped him twice.",
             "It was a long afternoon.", "The crowd went home early.", "The next race is in June."]
    assert _moved(sents, [[0, 1, 2], [3, 4, 5, 6]]) == [[0, 1, 2], [3, 4, 5, 6]]  # (a wall of five)
    assert _moved(sents, [[2], [3, 4]]) == [[2], [3, 4]]  # (a paragraph of one keeps its line)
    assert _moved(sents, [[0, 1, 2], [4, 5]]) == [[0, 1, 2], [4, 5]]  # (not neighbours: a line between ships)
