"""Session 57's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk.engines.tense import base_of_ing, simple_present


# an "-eing" word's base is its stem whole: "eyeing" is "eye", never "eyee" (which gave "Arsenal Eyees")
@pytest.mark.parametrize(("word", "base"), [("eyeing", "eye"), ("seeing", "see"), ("canoeing", "canoe"),
                                            ("fleeing", "flee"), ("comparing", None), ("getting", "get")])
def test_an_eing_words_base_is_its_stem(word, base):
    assert base_of_ing(word) == base


def test_a_progressive_of_an_eing_verb_takes_its_stem():
    assert simple_present("Harbour club is eyeing a new keeper") == "Harbour club eyes a new keeper"
    assert simple_present("Rowers are canoeing down the river") == "Rowers canoe down the river"
