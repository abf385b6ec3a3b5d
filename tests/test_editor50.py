"""Faults found by copy editors reading outputs in the fiftieth session, each in invented text."""

from __future__ import annotations

import pytest

from copydesk.segment import split_sentences


# a caption run into the next line with no stop, the next opening on "It" and a verb a lead's sequel
# takes ("It means", "It comes as", "It follows"): the story's line is cut off and ships
def test_a_caption_ends_before_it_and_its_verb():
    text = ("Three more councils have backed the Northtown Gazette's campaign to add swimming to the curriculum "
            "It means the Westshire council is the only one not to make the same pledge.")
    assert split_sentences(text) == [
        "Three more councils have backed the Northtown Gazette's campaign to add swimming to the curriculum",
        "It means the Westshire council is the only one not to make the same pledge."]


@pytest.mark.parametrize("text", [
    "Fans queued for hours to see the horror remake It comes out on Friday in most cinemas.",
    "She read the novel It Follows the Moon to her class of young children.",
])
def test_no_cut_before_it_and_a_verb_of_a_title(text):
    assert split_sentences(text) == [text]
