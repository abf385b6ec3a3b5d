"""Who speaks and what the rewrite tells of them: quotes with livelier verbs of saying, a
speaker's title and role at first mention, and a text that lost its first sentence; every
fixture is invented."""

from __future__ import annotations

import pytest

from copydesk.engines.mentions import name_first_mentions
from copydesk.engines.passages import Passages
from copydesk.engines.units import Units


def _passages(sents: list[str]) -> Passages:
    return Passages(sents, Units(sents).of)


@pytest.mark.parametrize("verb", ["exulted", "quipped", "exclaimed", "conceded"])
def test_a_quote_said_with_a_livelier_verb_ships_with_its_speaker(verb):
    sents = ["Host Sam Example could not stop laughing.", f'"You just won the boat!" he {verb}.']
    assert Units(sents).of(1) == (1,)  # its own attribution: it may ship (it could not: "()")


def test_a_text_that_lost_its_start_ships_no_sentence_about_what_the_lost_one_told(drafted):
    # the first sentence (lost upstream) told of the closure: "the move" names nothing the reader meets
    text = ("They have been the biggest harbour protests in the town for decades. "
            "The fishermen had rejected an earlier council offer to cut the mooring fees by 6%. "
            "Mayor Example announced the move as crowds gathered outside the town hall. "
            "The harbour council said the fees would be frozen until 2027. "
            "Police said the protest had been peaceful and no arrests were made. "
            "\"We are relieved,\" said Sam Sample, who has fished from Northtown for 30 years.")
    doc, draft = drafted(text)
    body = " ".join(s.text for para in draft.body for s in para)
    assert "announced the move" not in body, body
    assert "fees would be frozen" in body


def test_a_speakers_first_mention_gets_the_title_the_source_gives():
    sents = ["The harbour trial opened on Monday.",
             '"They had no time," Assistant U.S. Attorney Nadine Example said of the crew.',
             "The jury heard from the coastguard.",
             '"It was quick," Example told the jury.']
    passages = _passages(sents)
    out = name_first_mentions([sents[0], sents[3]], [0, 3], passages)
    assert out[1] == '"It was quick," Assistant U.S. Attorney Nadine Example told the jury.'
    # no title across a sentence's end ("Sunday. Dr."), nor a title the source gives two ways
    sents2 = ["He died on Sunday. Dr. Jo Sample said so.", "Sample said the boat sank."]
    assert _passages(sents2).role_of("Jo Sample") == "Dr."


def test_the_speaker_next_to_the_verb_after_a_dotted_title():
    from copydesk.check.speakers import speaker_of
    assert speaker_of('"They had no time," Assistant U.S. Attorney Nadine Example told the jury.', set()) == \
        frozenset({"attorney", "nadine", "example"})


def test_a_first_mention_as_subject_gets_what_the_source_says_the_person_is():
    sents = ["House prices rose in May.", "Robert Example, Harbourwide's chief economist, said prices would rise.",
             "Mortgage approvals fell.", "Overall, Mr Example forecast growth of 3%.",
             "Rabbi Jo Sample, the fellowship's founder, said they had helped."]
    passages = _passages(sents)
    out = name_first_mentions([sents[0], sents[3]], [0, 3], passages)
    assert out[1] == "Overall, Robert Example, Harbourwide's chief economist, forecast growth of 3%."
    assert passages.appositive_of("Jo Sample") is None  # "the fellowship's": a reference back
    # a court's side is who a barrister is: "Sam Brooks, defending, said ..."
    court = ["Jo Example was jailed for 12 weeks.", "Sam Brooks, defending, said Example accepted sending the link.",
             "The judge said so.", "'He regrets it,' Mr Brooks said."]
    assert _passages(court).appositive_of("Sam Brooks") == "defending"


def test_a_quotation_over_several_sentences_keeps_its_dashes(drafted):
    from copydesk.eval import altered_quotes
    # (British style: each paragraph of the quotation reopens with a single mark and none closes)
    text = ("Harbour boxer Sam Example spoke before the fight at Northtown on Friday. "
            "‘I think I can stop him, you know,’ he said. "
            "‘I know there was another fight in line for the title - Jo Sample against Kit Sample - but now the "
            "winner deserves a title shot. ‘I can see a couple of weaknesses in him but it is hard to say. "
            "I have to be there to feel the fight,’ he said. The bout is on Saturday. Tickets sold out in an hour.")
    doc, draft = drafted(text)
    paragraphs = [" ".join(s.text for s in para) for para in draft.body]
    assert altered_quotes(paragraphs, " ".join(doc.sentences)) == []
    assert any("Jo Sample" in p for p in paragraphs), paragraphs


def test_the_headlines_sentence_is_told_in_the_body(drafted):
    from copydesk.engines.extractive import BODY_MAX

    text = " ".join(f"Harbour report number {n} says the pier at Northtown needs {n} new planks."
                    for n in range(1, BODY_MAX + 10))  # (more than a body holds: the last is left out)
    text += " The harbour council has voted to rebuild the north quay before the winter storms."
    doc, _ = drafted(text)
    from copydesk.engines.extractive import ExtractiveEngine
    engine = ExtractiveEngine()
    ranked, units, passages = engine.prepare_ranking(doc)
    last = len(doc.sentences) - 1
    plain = [i for para in engine.body(doc, ranked, units, passages) for s in para for i in s.sources]
    told = [i for para in engine.body(doc, ranked, units, passages, told=last) for s in para for i in s.sources]
    assert last not in plain and last in told


def test_a_person_named_with_a_long_title_or_an_age_told_after_gets_the_full_name_once():
    sents = ["Rebels forced President Abdu Rabu Mansour Example from power in Northtown.",
             "Jan Sample of Harbour City was one of the crew.",
             "Sample was 19 when he was captured.",
             "The rebels put Example under house arrest in January.",
             "Example fled to the coast in March, and a court heard from Sample."]
    passages = _passages(sents)
    out = name_first_mentions([sents[3], sents[4]], [3, 4], passages)
    assert out[0] == "The rebels put Abdu Rabu Mansour Example under house arrest in January."
    # the second mention stays bare (the first gave the name, whatever role came before it)
    assert out[1] == "Example fled to the coast in March, and a court heard from Jan Sample."


def test_a_surname_inside_a_longer_name_or_a_run_over_two_sentences_is_left_alone():
    sents = ["First Minister Rhodri Morgan opened the harbour.",
             "Morgan said the pier was safe.",
             "Eleven-year-old Morgan Evans ran along the wall."]
    passages = _passages(sents)
    assert name_first_mentions([sents[2]], [2], passages) == [sents[2]]


def test_a_family_told_by_the_name_shows_a_person_and_the_headline_names_them_in_full():
    from copydesk.engines.headline import write_headline
    sents = ["Northtown is a town with few good stories right now, but Jan Maya Example has one of them.",
             "In the wake of the storm, Example endured 36 long hours trapped in a cellar under her house.",
             "Example's husband Sam, a fisherman, said he called out for help for hours.",
             "Rescuers freed her on Tuesday."]
    passages = _passages(sents)
    assert passages.person_name("Example") == "Jan Maya Example"
    head = write_headline(sents, 1, ship=passages.ship, full_name=passages.person_name)
    assert head.startswith("Jan Maya Example Endures"), head  # (the present of a regular past still names her in full)


def test_a_name_opened_by_a_lower_case_particle_is_not_named_again():
    sents = ["While the world watches the north, another change gets less attention: the decline of al Harb.",
             "In a message released Sunday, al Harb confirmed that two of its leaders were killed.",
             "Sam Example's real name was Jo Sample, al Harb said.",
             "Al Harb is now reduced to holding hostages in the hills."]
    passages = _passages(sents)
    assert name_first_mentions([sents[0]], [0], passages) == [sents[0]]  # never "al Al Harb"
