"""Where a story is set, the second round: landmarks, opinion pieces, wishes and plans,
'-based' firms, lists of places and places first named deep in the story.

Every story here is one we wrote for these tests.
"""

from __future__ import annotations

import pytest

from copydesk.desk import prepare
from copydesk.landmarks import find_landmarks
from copydesk.model import Article
from copydesk.placescan import opinion_piece
from copydesk.setting import find_places, salient_place

TAIL = ("Officials met for three hours on Monday. "
        "They agreed to meet again next month. The talks will resume in the spring.")


def place(text: str) -> str | None:
    return salient_place(prepare(Article(text=text)).sentences)


@pytest.mark.parametrize(("lead", "want"), [
    ("A former nurse was jailed for nine years at the Old Bailey on Friday for a string of thefts.",
     "London, United Kingdom"),
    ("Protesters gathered outside Downing Street on Saturday to demand a public inquiry.",
     "London, United Kingdom"),
    ("Two brothers lost an appeal at the Court of Session over the family farm.",
     "Edinburgh, United Kingdom"),
    ("The defending champion was beaten 13-9 at the Crucible in the second round.",
     "Sheffield, United Kingdom"),
    ("Archaeologists found a flint axe near Stonehenge last month.", "Wiltshire, United Kingdom"),
    ("The title fight at Wembley Arena drew a crowd of 12,000 on Saturday.", "London, United Kingdom"),
    ("Dundee won the city derby at Dens Park for the first time in a decade.", "Dundee, United Kingdom"),
    ("Senators met at the White House on Tuesday to discuss the budget.", "Washington, United States"),
    ("The minister was greeted at the Kremlin by a guard of honour.", "Moscow, Russia"),
    ("A sports car hit a guardrail at Walt Disney World Speedway on Sunday, killing a passenger.",
     "Orlando, United States"),
])
def test_a_landmark_pins_its_place(lead, want):
    assert place(f"{lead} {TAIL}") == want


def test_a_landmark_that_is_also_a_word_needs_a_preposition():
    # "The Crucible" is also a play; "Lord's" a possessive.
    names = [f.name for f in find_landmarks(["The cast of The Crucible took a bow.",
                                             "The Lord's Prayer was read aloud.",
                                             "The semi-final at the Crucible starts today."])]
    assert names == ["Crucible"]
    assert place(f"A new production of The Crucible opened to warm reviews. {TAIL}") is None


def test_a_landmark_in_last_years_final_or_to_come_is_no_setting():
    text = ("Having reached last year's Wimbledon final, the Canadian has slipped to 40th in the "
            "world rankings after a run of first-round defeats. " + TAIL)
    assert place(text) is None


@pytest.mark.parametrize("text", [
    "We belong to different parties. We live in Texas and in Ohio. We agree on one thing: the "
    "climate will not wait for Congress in Washington. " + TAIL,
    "I have covered Iran for twenty years. Tehran has never been easy to read. " + TAIL,
])
def test_an_opinion_piece_gets_no_place(text):
    assert opinion_piece(prepare(Article(text=text)).sentences)
    assert place(text) is None


@pytest.mark.parametrize("lead", [
    "The night's big winner at the awards in Los Angeles was The Fault in Our Stars.",
    "In Mexico the self-styled Mirreyes (my kings) post pictures of their cars.",
])
def test_a_title_or_a_gloss_is_not_the_writers_voice(lead):
    assert not opinion_piece(prepare(Article(text=f"{lead} {TAIL}")).sentences)


def test_first_person_in_a_quote_is_no_opinion_piece():
    text = ('Flood water reached the town hall in Truro, Cornwall, on Monday. "We have never seen '
            'anything like it," said a shopkeeper. "Our cellar is full." ' + TAIL)
    assert not opinion_piece(prepare(Article(text=text)).sentences)
    assert place(text) == "Truro, United Kingdom"


def test_a_wish_or_a_plan_is_no_setting():
    text = ("The midfielder turned down a move abroad because his family wanted to stay in Germany, "
            "he told a television channel. " + TAIL)
    assert place(text) is None


def test_three_places_listed_share_one_mention():
    # the firm's own town ("Belfast-based") outweighs one of three branches listed
    text = ("The chain now has five branches: two in Belfast, two in Dublin and one in Galway. "
            "It has been bought by a Belfast-based investment group. The Belfast-based group "
            "said it would keep all staff. " + TAIL)
    assert place(text) != "Dublin, Ireland"
    assert place(text) in (None, "Belfast, United Kingdom", "United Kingdom")


def test_a_place_first_named_deep_in_the_story_is_none():
    filler = " ".join(f"The manager made change number {n} at half-time." for n in range(35))
    text = (f"The manager praised his players after a hard-fought draw. {filler} "
            "He was speaking in Leeds on Saturday. He said the players were tired in Leeds.")
    assert place(text) is None


def test_a_firm_or_person_based_somewhere_and_a_buyer_somewhere_are_no_setting():
    # where the designer works from is not where the show is
    text = ("The Cyprus-born, London-based designer showed a new lamp at Milan Design Week. "
            "The lamp is made of brass and glass. " + TAIL)
    assert place(text) is None
    # where the buyer is, is not where the piano was made
    text = ("A jewelled piano was created for an 'influential Sheikh' in Doha, Qatar. The maker "
            "took six months to build it, with every crystal applied by hand. " + TAIL)
    assert place(text) is None


def test_arriving_somewhere_puts_the_story_there():
    # "Israel" is also a given name: it needs a word that puts the story there
    text = ("Hundreds of families fled the fighting, part of a wave of immigration to Israel, officials "
            "said. The families said they felt safe at last. " + TAIL)
    assert place(text) == "Israel"


def test_a_rugby_club_is_no_place():
    text = ("The new owner once played rugby at Ulster and now runs a restaurant chain. "
            "He said the deal was good for staff. " + TAIL)
    assert place(text) is None


def test_three_countries_in_one_sentence_are_a_list():
    # each weighs a third of one mention, and none is strong
    sentences = prepare(Article(text="Guests from the Netherlands, Canada, Poland and the US came. "
                                     "A mosaic was unveiled in Poland. " + TAIL)).sentences
    listed = [m for m in find_places(sentences) if m.pos == 0]
    alone = [m for m in find_places(sentences) if m.pos == 1]
    assert {m.surface for m in listed} == {"Netherlands", "Canada", "Poland"}
    assert all(not m.strong and m.score <= alone[0].score / 3 for m in listed)
    assert alone[0].strong


def test_two_institutions_of_one_country_give_the_country():
    text = ("The council voted to cut the pay of teaching assistants. The union Unison said it was "
            "bitterly disappointed. Liberal Democrat councillors voted against the plans. " + TAIL)
    assert place(text) == "United Kingdom"
    one = "The union Unison said it was bitterly disappointed with the vote. " + TAIL
    assert place(one) is None


def test_a_hospital_town_only_when_no_other_place_is_named():
    text = ("A man was found with a neck injury early on Sunday. He was taken to the Edinburgh Royal "
            "Infirmary, where his condition was described as stable. " + TAIL)
    assert place(text) == "Edinburgh, United Kingdom"
    text = ("A woman was hurt when a tree fell on her car in Tadcaster on Sunday. She was taken to "
            "Leeds General Infirmary. " + TAIL)
    assert place(text) == "Tadcaster, United Kingdom"
