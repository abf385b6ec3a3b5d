"""The one lexicon: the engine and the checker see the same words, stems and attributions."""

from __future__ import annotations

import pytest

from copydesk import lexicon

CASES = [
    ["Plain ASCII text, with snake_case and U.S. dots.", "Second one: 3.5% up!"],
    ["Zürich’s «non»", "ascii"],
    ["a line\nbreak"],
    [],
]


@pytest.mark.parametrize("sentences", CASES)
def test_one_pass_tokens_match_per_sentence(sentences):
    assert lexicon.sentence_tokens(sentences) == [lexicon.tokens(s) for s in sentences]
    assert lexicon.sentence_flats(sentences) == [lexicon.flat(s) for s in sentences]


def test_tokens_join_dotted_abbreviations_and_drop_possessives():
    assert lexicon.tokens("The U.S. envoy's plan") == ["the", "us", "envoy", "plan"]
    assert lexicon.words("The U.S. envoy's plan") == ["The", "U.S", "envoy's", "plan"]


def test_stem_matches_inflections():
    assert lexicon.stem("bombings") == lexicon.stem("bombing") == "bomb"
    assert lexicon.stem("charged") == lexicon.stem("charges")
    assert lexicon.stem("stopped") == lexicon.stem("stop")
