"""engines.spans finds what the per-word patterns it replaces find."""

import random
import re

from copydesk.engines.spans import after_article, ignorecase_literal, whole_word, word_pairs

PIECES = ["the", "The", "a", "an", "A", "cut", "Cut", "story", "STORY", "x", ",", ", ", " ", "  ", "\n", "-", "'s",
          "’", "é", "_", "9", ".", "!", "the cut", "cut story", ", a cut", ", the  story", "(", '"']


def texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def test_word_pairs_as_the_pattern():
    for first, second in [("cut", "story"), ("the", "cut"), ("a", "a"), ("x", "x"), ("Cut", "s"), ("an", "9")]:
        pattern = re.compile(r"\b" + re.escape(first) + r"\W{1,3}" + re.escape(second) + r"\b", re.IGNORECASE)
        for text in texts(3000, len(first) + len(second)):
            assert ignorecase_literal(text, first, second)
            assert list(word_pairs(text, first, second)) == [m.span() for m in pattern.finditer(text)], text


def test_ignorecase_literal_refuses_traps():
    assert not ignorecase_literal("ſtory", "story", "x")
    assert not ignorecase_literal("story", "störy", "x")


def test_after_article_as_the_pattern():
    for word in ["cut", "story", "s", "'s", "x,", "9"]:
        tight = re.compile(r",\s(?:a|an|the)\s" + re.escape(word) + r"\b")
        loose = re.compile(r",\s(?:a|an|the)\s+" + re.escape(word))
        for text in texts(3000, len(word)):
            assert after_article(text, word) == (tight.search(text) is not None), (word, text)
            assert after_article(text, word, spaces=True) == (loose.search(text) is not None), (word, text)


def test_whole_word_as_the_pattern():
    for word in ["cut", "a", "the", "9"]:
        pattern = re.compile(r"\b" + word + r"\b")
        for text in texts(2000, 7):
            assert list(whole_word(text, word)) == [m.start() for m in pattern.finditer(text)], text


def test_trailing_attribution_as_the_pattern():
    from copydesk.engines.headrules import (
        ATTRIBUTION_VERB,
        TRAILING_ATTRIBUTION,
        trailing_attribution,
    )

    rnd = random.Random(11)
    words = ["said", "Said", "SAYS", "told", "police", "the", "a", "officials", "on", "Monday", "it", "would",
             "according to", "reported", "x", "reports.", ",", ".", " .", "!", "ſaid", "that", "he", "in", "2015",
             "O'Neil", "-", "“quote”", "(AP)", "were", "Reuters", "the BBC", "early"]
    for _ in range(4000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 30)))
        expected = TRAILING_ATTRIBUTION.search(text) if ATTRIBUTION_VERB.search(text) else None
        got = trailing_attribution(text)
        assert (got and got.span()) == (expected and expected.span()), text


def test_titled_names_as_the_pattern():
    from copydesk.engines.mentions import titled_names

    titled = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’\-]+)")  # what it replaces

    rnd = random.Random(5)
    words = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Dr.", "Smith", "O'Neil", "al-Assad", "Jones's", "A", "I",
             "the", "said", "MrX", "xMr", "Drake", "Missy", "(Mr", "\"Dr", "é", "Éva", "9", "_", "-", "’s", "  ", "\n"]
    for _ in range(4000):
        text = "".join(rnd.choice(words) + rnd.choice(["", " ", ". ", ",", "  "]) for _ in range(rnd.randint(0, 12)))
        assert list(titled_names(text)) == [(m.start(), m.end(), m.group(1)) for m in titled.finditer(text)], text


def test_lower_words_as_the_pattern():
    from copydesk.engines.spans import lower_words

    word = re.compile(r"[\w'’.-]+")
    rnd = random.Random(3)
    pieces = ["The", "U.S.", "it’s", "‘quote’", "“Said”", "–", "£5", "al-Assad", "O'Neil", "\x01", "\x1c", "\t",
              "é", "İ", "Σ", "…", "x_y", " ", ".", ",", "-", "’", "9"]
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        got = lower_words(text)
        if got is not None:
            assert got == word.findall(text.lower()) == [w.lower() for w in word.findall(text)], text


def test_headline_breaks_as_the_pattern():
    from copydesk.engines.headtrims import BREAKS as breaks

    words = r"(?:who|which|whose|after|when|while|because|despite|although|though|following|amid|before|until|" \
            r"unless|whereas|as|but|for|in|at|on|during|over|from|with|by|into|than|since|under|near|across|" \
            r"outside|inside|against|ahead|alongside)"
    reference = re.compile(  # the pattern as it was, one branch for each kind of break
        r"\s(?:--|—|–|-)\s|[;:]\s|,\s|\s(?=" + words + r"\s)|\s(?=[\"“‘]\w)"
        r"|\s(?=to\s(?:finish|win|claim|take|seal|secure|clinch|lift|earn|complete|reach|move|end|go)\s)"
        r"|(?<=[a-z])\s(?=and\s(?:work|police|officials|the|a|an|claims|says|warns|admits|insists|reveals|"
        r"vows|urges|denies|calls)\s)"
        r"|(?<=[a-z])\s(?=and\s(?:even\s)?(?:though|although|if|when|while|after|before|because|as)\s)"
        r"|(?<=[a-z])\s(?=and\s(?:leaving|killing|injuring|sparking|forcing|prompting|causing)\s)")
    rnd = random.Random(17)
    pieces = ["who", "to", "win", "and", "the", "leaving", "even", "though", "x", "X", "9", "“q", '"', "‘", "-", "--", "—", ",", ";",
              ":", " ", "  ", "\t", "as", "police"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) + rnd.choice([" ", "", ", "]) for _ in range(rnd.randint(0, 14)))
        assert [m.span() for m in breaks.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def test_ascii_words_as_the_pattern():
    from copydesk.ingest.language import ascii_words

    word = re.compile(r"[a-z]+(?:'[a-z]+)?")
    rnd = random.Random(23)
    pieces = ["the", "don't", "'tis", "rock'n'roll", "dogs'", "''", "x", " ", ",", "é", "9", "\n", "a'b'c", "'"]
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 15)))
        assert ascii_words(text) == word.findall(text), text
