"""Feature ledes (the Daily Mail's style): a musing before the news, a fronted phrase with no
comma, a pronoun in it that leans on the sentence before. All text is invented."""

from __future__ import annotations

from copydesk.desk import prepare
from copydesk.engines.extractive import ExtractiveEngine
from copydesk.engines.headline import trim, write_headline
from copydesk.engines.headtrims import stray_pronoun
from copydesk.engines.headwants import leaves_wanting
from copydesk.ingest.dependency import opening_dependency
from copydesk.model import Article

STORY = [
    "It's remarkable what a few pots of paint can do.",
    "In a startling new video online artist Jo Example turns herself into the Harbour Queen, "
    "the villain of the film of the same name.",
    "But where the film's star wore a mask, Example's look is all paint.",
    "Example has previously painted herself as a tiger and a lighthouse.",
    "When she posted a still from the video online many of her fans could not believe it.",
    "On the video she shows each step, starting with a pale base.",
    "Over the top of that she paints the queen's sharp cheekbones.",
    "Example said: 'It took six hours and a lot of patience.'",
]


def test_a_musing_opens_on_no_reference_and_is_passed_over_as_scene_setting():
    assert opening_dependency(STORY[0]) is None
    assert opening_dependency("It is unclear how the fire started.") is None
    assert opening_dependency("It was exactly what the club needed.") is not None  # (what "it" is was told)


def test_of_the_same_name_after_a_name_in_the_sentence_refers_to_nothing_before_it():
    assert opening_dependency(STORY[1]) is None
    assert opening_dependency("Fans flocked to the film of the same name.") is not None


def test_a_fronted_pronoun_with_no_comma_leans_back():
    for s in STORY[4:7]:
        assert "fronted pronoun" in (opening_dependency(s) or ""), s
    # with a comma and a name after it, the pronoun may stand for the name
    assert opening_dependency("When they arrived, Sam and Jo Example found the door open.") is None
    assert opening_dependency("In the morning the ferry left on time.") is None


def test_the_headline_skips_the_musing_and_the_fronted_phrase_without_a_comma():
    head = write_headline(STORY, 1)
    assert "Jo Example Turns Herself Into Harbour Queen" in head and not head.startswith("In "), head
    # a phrase with no main verb of its own still goes at its comma
    assert trim("In a briefing note sent to councillors, the firm disputed the figures.").startswith(
        "firm disputes figures")


def test_a_reflexive_after_its_verb_is_no_stray_pronoun_and_keeps_its_complement():
    assert stray_pronoun("Jo Example Turns Herself Into Harbour Queen") is None
    assert leaves_wanting("Harbour Models describes itself", " as an agency for the talented")
    assert leaves_wanting("Deputy turns himself", " in to police")
    assert not leaves_wanting("Two boxers reveal oddities about themselves", " in the build-up")


def test_the_body_opens_on_the_news_and_keeps_each_pronoun_after_its_antecedent():
    doc = prepare(Article(text="\n\n".join(STORY)))
    draft = ExtractiveEngine().draft(doc)
    body = [s.text for para in draft.body for s in para]
    assert body[0] == STORY[1]
    assert STORY[0] not in body  # the musing is passed over
    for k in (4, 5, 6):
        if STORY[k] in body:
            assert body[body.index(STORY[k]) - 1] == STORY[k - 1], STORY[k]


def test_a_verbless_fragment_before_the_news_is_a_teaser_passed_over():
    from copydesk.engines.verbs import has_verb

    assert not has_verb("Even more broken hopes and dreams.")  # "hopes" after "broken" is a noun
    story = ["Two hundred and six flights.", "Even more broken promises and dreams.",
             "As the airport closed on Monday, travellers in Northtown used social media to share their stories.",
             "The airport said it would reopen on Wednesday.", "Airlines offered refunds to everyone affected."]
    doc = prepare(Article(text="\n\n".join(story)))
    draft = ExtractiveEngine().draft(doc)
    body = [s.text for para in draft.body for s in para]
    assert body[0] == story[2] and story[1] not in body
    assert not {story[0], story[1]} & {s.text for s in draft.summary}  # nor in the summary
    # a short statement whose verb the lexicon does not know is no fragment
    story[1] = "We belong to different clubs and towns."
    doc = prepare(Article(text="\n\n".join(story[1:])))
    assert [s.text for para in ExtractiveEngine().draft(doc).body for s in para][0] == story[1]


def test_a_title_run_into_the_lede_that_restates_it_stands_apart():
    from copydesk.segment import split_sentences

    text = ("Sam Example will say that parking fees are too high as 200 drivers get fines Sam Example will say "
            "today that fees in Northtown are too high. The council disagrees.")
    got = split_sentences(text)
    assert got[0] == "Sam Example will say that parking fees are too high as 200 drivers get fines"
    assert got[1].startswith("Sam Example will say today")
    # a name said twice in a sentence that has a stop or a comma before it stays one sentence
    same = "Sam Example won the race, Sam Example said."
    assert split_sentences(same) == [same]


def test_a_short_story_ships_whole():
    from copydesk.engines.extractive import BODY_MAX

    story = [f"Sentence {k} of the Northtown harbour story says the ferry ran {k} times on Monday." for k in range(1, 12)]
    story[0] = "The Northtown ferry ran again on Monday after a week of repairs to its harbour pier."
    doc = prepare(Article(text="\n\n".join(story)))
    body = [s.text for para in ExtractiveEngine().draft(doc).body for s in para]
    assert len(story) <= BODY_MAX and len(body) == len(story)


def test_a_first_sentence_with_a_bare_surname_still_leads():
    # the page lost the line that named him in full; the news is still his, and it leads
    text = ("Example died in Northtown last week at the age of 66 after a short illness, his publisher said. "
            "Example's other hits included Harbour Lights and Sea Song for the Northtown Band. "
            "Singer Jo Tester was among those paying tribute to the songwriter on Monday. "
            "\"Sam Example was a wonderful man and one of my favourite songwriters,\" she wrote. "
            "Born in Southport, Example traced his love of music back to his father.")
    from copydesk import rewrite
    result = rewrite(text)
    assert result.body[0][0].text.startswith("Example died in Northtown"), result.body[0][0].text
    assert result.headline.startswith("Example Dies"), result.headline
