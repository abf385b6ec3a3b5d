"""copydesk.alternation: a letter tree finds what the longest-first alternation finds."""

import re

from copydesk.alternation import longest_first

WORDS = ["Wembley", "Wembley Arena", "Wembley Stadium", "Old Bailey", "Old Trafford", "Old", "O2 Arena",
         "the Oval", "a.b", "Crucible", "Crucible Theatre", "C"]
TEXTS = [
    "at Wembley Arena tonight, then Wembley, then Wembley Stadium",
    "Old Bailey or Old Trafford or Old or Olden or the O2 Arena",
    "the Oval, a.b and axb; Crucible Theatre, Crucible, C and Cx",
    "",
]


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def test_same_matches_as_the_alternation_longest_first():
    for tail in ("", r"\b", r"(?![\w-])(?!\s+[A-Z])"):
        tree = re.compile(longest_first(WORDS) + tail)
        plain = re.compile(_alternation(WORDS) + tail)
        for text in TEXTS:
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_word_that_runs_on_into_a_longer_one_gives_way_to_it():
    assert re.compile(longest_first(["Wembley", "Wembley Arena"])).match("Wembley Arena").group(0) == "Wembley Arena"
    # the longer one fails what follows: the shorter one is tried after it, as the alternation does
    assert re.compile(longest_first(["Wembley", "Wembley Arena"]) + r"\b").match("Wembley Arenas").group(0) == "Wembley"


def test_no_words_never_match_and_the_empty_word_matches_empty():
    assert re.compile(longest_first([])).search("anything") is None
    assert re.compile(longest_first(["", "ab"])).match("ab").group(0) == "ab"
    assert re.compile(longest_first(["", "ab"])).match("x").group(0) == ""
