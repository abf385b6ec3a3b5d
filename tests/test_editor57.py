"""Session 57's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.engines.headline import trim
from copydesk.engines.tense import base_of_ing, simple_present


# an "-eing" word's base is its stem whole: "eyeing" is "eye", never "eyee" (which gave "Arsenal Eyees")
@pytest.mark.parametrize(("word", "base"), [("eyeing", "eye"), ("seeing", "see"), ("canoeing", "canoe"),
                                            ("fleeing", "flee"), ("comparing", None), ("getting", "get")])
def test_an_eing_words_base_is_its_stem(word, base):
    assert base_of_ing(word) == base


def test_a_progressive_of_an_eing_verb_takes_its_stem():
    assert simple_present("Harbour club is eyeing a new keeper") == "Harbour club eyes a new keeper"
    assert simple_present("Rowers are canoeing down the river") == "Rowers canoe down the river"


# a named person's view of how things stand keeps its speaker (judge RK 09: "New Legislation Reflects Needs
# of Bolivia" told a vice-president's view as the desk's fact); an event told, or a body's words, as before
@pytest.mark.parametrize(("sentence", "head"), [
    ("Vice-Minister Jo Anne Example said the new harbour law reflects the needs of the islands.",
     "new harbour law reflects needs of islands, Vice-Minister says"),
    ("Councillor Sam Sample said the new bridge is good for the whole town and its shops.",
     "new bridge is good for whole town and shops, Sample says"),
    ("Councillor Sam Sample said the new bridge was opened to traffic on Monday morning.",
     "new bridge opened to traffic"),
    ("Councillor Sam Sample said the new bridge is expected to open to traffic next month.",
     "new bridge expected to open to traffic next month"),
    ("Northtown Council said the new bridge is good for the whole town and its shops.",
     "new bridge is good for whole town and shops"),
])
def test_a_persons_view_keeps_its_speaker_in_the_headline(sentence, head):
    assert trim(sentence) == head


# a speaker's words told on from the story's line, past a caption run in near the top, ship with that line
# (judge RM 06: Mertesacker's "He said: 'I've got some nice experiences ...'" was cut as the caption's)
def test_a_speakers_words_after_a_caption_near_the_top_ship():
    text = ("Harbour defender Jo Example has tipped compatriot Sam Sample to make his mark in the Northtown league. "
            "Sample, 47, announced earlier this week that he would end his stint at the harbour club. "
            "Northtown have already indicated that Sample is not in their sights, but Example insists Sample would "
            "be a good fit in the league. "
            "Sam Sample has revealed he will be leaving the harbour club at the end of the season Jo Example says "
            "Sample would be a top manager in the league Sample chats with a defender during training on Wednesday "
            "He said: 'I've got some nice experiences in the league and it would be nice if he took the challenge.' "
            "The club will name a new manager in the summer, its chairman said. "
            "The harbour club finished fourth in the league last season.")
    body = " ".join(s.text for para in rewrite(text).body for s in para)
    assert "He said: 'I've got some nice experiences" in body
    assert "Sample chats with a defender" not in body
