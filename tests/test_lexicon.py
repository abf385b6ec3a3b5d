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


def test_sentence_tokens_and_flats_beyond_ascii_match_one_sentence_at_a_time():
    from copydesk.lexicon import flat, sentence_flats, sentence_tokens, tokens

    for sentences in (
        ["\u201cWe\u2019re ready,\u201d said Jane \u2013 the U.S. envoy\u2026", "It cost \u00a3300 \u2014 or \u20ac350."],
        ["Caf\u00e9 owners\u2019 \u201cbig\u201d day", "The U.K.\u2019s \u00abbest\u00bb"],  # a letter beyond ASCII
        ["Line one", "Line\ntwo"],  # a line break inside a sentence
    ):
        assert sentence_tokens(sentences) == [tokens(s) for s in sentences]
        assert sentence_flats(sentences) == [flat(s) for s in sentences]
    assert sentence_tokens(["\u201cWe\u2019re ready,\u201d said Jane"]) == [["we", "re", "ready", "said", "jane"]]


def test_words_answers_are_fresh_lists():
    from copydesk.lexicon import words

    first = words("The U.S. envoy met al-Assad's aide.")
    assert first == ["The", "U.S", "envoy", "met", "al-Assad's", "aide"]
    first.append("x")
    assert words("The U.S. envoy met al-Assad's aide.") == ["The", "U.S", "envoy", "met", "al-Assad's", "aide"]
