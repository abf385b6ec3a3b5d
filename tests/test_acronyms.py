"""Abbreviations spelled out at first mention (copydesk.engines.acronyms). Our own sentences."""

from __future__ import annotations

from copydesk.engines.acronyms import definitions, spell_out

SOURCE = [
    "The Northtown Harbour Board (NHB) voted to close the ferry terminal on Monday.",
    "Fishermen said the ferry (which is old) was still needed.",
    "The board of the prison (HMP) said nothing.",
    "NHB members met again on Tuesday.",
    "The Harbour Users' Group (HUG) said: \"NHB has let us down.\"",
]
DEFINED = definitions(SOURCE)


def test_definitions_are_the_words_whose_initials_are_the_letters():
    found = definitions(SOURCE)
    assert found["NHB"] == "Northtown Harbour Board"
    assert "HMP" not in found  # "the prison" is no spelling of "HMP"
    assert found["HUG"] == "Harbour Users' Group"  # (not "The Harbour ...": the run starts at the initials)
    assert definitions(["The plan (a draft) was read."]) == {}


def test_the_first_mention_is_spelled_out_once():
    texts = ["NHB members met again on Tuesday.", "NHB said it would meet in June."]
    assert spell_out(texts, DEFINED) == ["Northtown Harbour Board (NHB) members met again on Tuesday.",
                                        "NHB said it would meet in June."]


def test_no_spelling_inside_a_quote_after_a_naming_or_for_a_possessive():
    assert spell_out(['"NHB has let us down," a fisherman said.'], DEFINED) == ['"NHB has let us down," a fisherman said.']
    named = ["The Northtown Harbour Board met.", "NHB members voted."]
    assert spell_out(named, DEFINED) == named
    assert spell_out(["NHB's vote was close."], DEFINED) == ["NHB's vote was close."]
    assert spell_out(["The Northtown Harbour Board (NHB) voted."], DEFINED) == ["The Northtown Harbour Board (NHB) voted."]
