"""Claims, not just words: contradictions made of the source's own words are caught,
and faithful rewordings of the same claims pass.

The Halifax article is examples/article.txt (written for this repository); the match
report below is made up for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.check import verify
from copydesk.check.frames import frame
from copydesk.segment import split_sentences

HALIFAX = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")

MATCH = """\
On Saturday, Arsenal beat Chelsea 2-1 at the Emirates Stadium, and Chelsea fell to fourth place.

Ticket prices rose by 5% this season, the club said.

The club approved a plan to expand the stadium, but the council rejected it in March.

Coach Maria Lindqvist praised the defence, while captain Tom Okafor criticised the referee.

Some fans left before the final whistle. The new stand opened in 2004 and was rebuilt in 2016.
"""


def kinds(text: str, index) -> set[str]:
    return {p.kind for p in verify.check_sentence(text, index).problems}


@pytest.fixture(scope="module")
def halifax():
    return verify.SourceIndex(verify.source_sentences(HALIFAX))


@pytest.fixture(scope="module")
def match():
    return verify.SourceIndex(split_sentences(MATCH))


# The four sentences of issue 11, each with every word in the source and a false claim.
@pytest.mark.parametrize("text, kind", [
    ("Fire investigators said the fire was caused by arson.", "antonym"),  # arson was ruled out
    ("Two firefighters were seriously hurt.", "negation"),  # no one was seriously hurt
    ("The terminal opened in 2019 and was expanded in 1982.", "binding"),  # the years swapped
    ("Halifax handled more than 550,000 containers last month.", "binding"),  # last year
])
def test_the_four_contradictions_are_caught(halifax, text, kind):
    check = verify.check_sentence(text, halifax)
    assert check.status == "unsupported"
    assert kind in {p.kind for p in check.problems}, [p.detail for p in check.problems]


@pytest.mark.parametrize("text", [
    "Fire investigators said they had ruled out arson.",
    "No one was seriously hurt, and two firefighters were treated for smoke inhalation.",
    "The Fairview Cove terminal opened in 1982 and was expanded in 2019.",
    "Halifax handled more than 550,000 containers last year.",
    "Investigators had not yet determined the cause of the fire.",
])
def test_the_same_claims_told_faithfully_pass(halifax, text):
    check = verify.check_sentence(text, halifax)
    assert check.status == "supported", [p.detail for p in check.problems]


@pytest.mark.parametrize("text, kind", [
    ("Ticket prices fell by 5% this season.", "antonym"),
    ("The club rejected a plan to expand the stadium.", "antonym"),
    ("On Saturday, Chelsea beat Arsenal 2-1 at the Emirates Stadium.", "role"),
    ("Arsenal were beaten by Chelsea 2-1 at the Emirates Stadium.", "role"),
    ("Captain Maria Lindqvist criticised the referee.", "role"),
    ("The new stand opened in 2016.", "binding"),
    ("All fans left before the final whistle.", "quantifier"),
    ("Ticket prices did not rise this season.", "negation"),
])
def test_contradictions_of_each_kind(match, text, kind):
    got = kinds(text, match)
    assert kind in got, got


@pytest.mark.parametrize("text", [
    "On Saturday, Chelsea were beaten 2-1 by Arsenal at the Emirates Stadium.",  # a passive
    "Ticket prices did not fall this season; they rose by 5%.",
    "The council rejected the club's plan to expand the stadium in March.",
    "Lindqvist praised the defence.",
    "The new stand was rebuilt in 2016.",
])
def test_faithful_rewordings_pass(match, text):
    check = verify.check_sentence(text, match)
    assert check.status == "supported", [p.detail for p in check.problems]


def test_frames_read_negation_scope_and_bindings():
    f = frame("No one was seriously hurt, but two firefighters were treated.", set())
    hurt = f.toks.index("hurt")
    treated = f.toks.index("treated")
    assert f.negated[hurt] and f.negator[hurt] == "no one"
    assert not f.negated[treated]  # "but" ends the negation's clause
    assert not frame("They aren't without hope.", set()).negated[-1]  # two negations cancel
    f = frame("The terminal, which opened in 1982, was expanded in 2019.", set())
    years = {e.value: e.items for e in f.entities if e.kind == "year"}
    assert years[1982] == {"open"} and "expand" in years[2019]
