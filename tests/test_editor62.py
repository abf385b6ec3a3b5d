"""Session 62's editor rules, on invented text: each case is a fault a copy-editor judge or a reading of the
outputs found in a real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

from copydesk import rewrite
from copydesk.check.garble import repeats
from copydesk.desk import prepare
from copydesk.engines.extractive import ExtractiveEngine
from copydesk.engines.loststops import stop_before_and
from copydesk.engines.retold import lines_told_again
from copydesk.ingest.typos import acronym_slips
from copydesk.model import Article
from copydesk.setting import salient_place
from shipping import body_paragraphs

# a speaker's words told whole, then told again in the prose around them with a reported speech's "that" and a
# small letter (a real rewrite shipped "He added: 'True compassion isn't ...'" and, three paragraphs on,
# "Mr Cameron also argued 'that true compassion isn't ...'")
_TOLD_TWICE = (
    "Mayor Sam Example promised on Monday to double the number of buses running through Northtown by next spring. "
    "Mr Example, in a speech to the town's business leaders this morning, said the council would buy forty new "
    "buses and hire sixty drivers. "
    "He added: 'A good town is not one where you need a car to get to work – it is one where you never think of it.' "
    "He said the old routes had left whole estates without a bus after seven in the evening. "
    "The first new buses will run on the Southtown route in March. "
    "Mr Example also argued 'that a good town is not one where you need a car to get to work – it is one where you "
    "never think of it'. "
    "The council will pay for the buses from its transport reserve, which holds £12 million."
)


def test_a_whole_quotation_told_again_in_the_prose_around_it_ships_once():
    body = " ".join(body_paragraphs(_TOLD_TWICE))
    assert "He added: 'A good town is not one where you need a car" in body
    assert "also argued" not in body
    assert body.lower().count("a good town is not one") == 1


def test_a_second_voice_saying_a_few_of_the_same_words_stays():
    # (guard: "too" brings a second voice when the words are a phrase, not a whole sentence of the first one's)
    text = (
        "Mayor Sam Example promised on Monday to double the number of buses running through Northtown by next spring. "
        "He said the plan would end 'a town cut in two by the ring road' within a year. "
        "The council's transport chief, Jo Sample, said the old routes had failed the estates. "
        "Ms Sample said she too wanted to end 'a town cut in two by the ring road' before the next election. "
        "The first new buses will run on the Southtown route in March."
    )
    body = " ".join(body_paragraphs(text))
    assert "she too wanted to end 'a town cut in two by the ring road'" in body


# the one town a story names is the one whose own police tell it, late in the text (judge ST 02: "Windows in both
# buildings were shattered by the gunfire, Istanbul police said" in the eighth sentence, and the dateline gave no place)
_OWN_POLICE = [
    "The offices of two daily newspapers were attacked by masked gunmen overnight, their editors said.",
    "No one was hurt in either attack.",
    "Four men fired at the front of the first building and set a car alight outside it.",
    "Firefighters put out the blaze within an hour.",
    "The two papers both back the governing party.",
    "The offices stand about 20km apart, and the attacks happened almost at the same time.",
    "Staff at the second paper said they had received threats for weeks.",
    "Windows in both buildings were shattered by the gunfire, Ankara police said.",
    "No group has said it carried out the attacks.",
]


def test_the_one_town_whose_own_police_tell_the_story_is_its_dateline():
    assert salient_place(_OWN_POLICE) == "Ankara, Turkey"


def test_a_town_whose_police_a_speaker_names_is_no_dateline():
    # (guard: in someone's words the town's police are what they talk about, not where the story is told from)
    sentences = [*_OWN_POLICE[:7], "'Ankara police said nothing to us for a week,' one of the editors said.",
                 _OWN_POLICE[8]]
    assert salient_place(sentences) is None


# a line the page tells twice in other words, in its box and in its copy (judge ST 12: "Last year the Scottish
# government held a consultation on licensing air weapons ..." shipped, and five paragraphs on "... launched a
# consultation on licensing air weapons, with a large majority of those who responded opposing the plan")
_BOX_AND_COPY = (
    "A dog has been found with three air gun pellets in its side in a park in Northtown. "
    "The charity said the two-year-old terrier was lucky to survive the attack. "
    "Last year the council held a review of dog wardens in its parks, but a majority of the residents who replied "
    "opposed the plan. "
    "The dog, called Example, was found by its owner Sam Sample on Friday evening near the park's lake. "
    "Mr Sample said the dog was now learning to walk again after an operation on its leg. "
    "The charity has offered a reward of £500 for information about the attack. "
    "Last year the council launched a review of wardens for dogs in its parks, with a large majority of those who "
    "responded opposing the plan. "
    "A decision on the wardens is due in the spring."
)


def test_a_line_the_body_tells_again_in_other_words_ships_once():
    body = " ".join(body_paragraphs(_BOX_AND_COPY))
    assert "held a review of dog wardens" in body and "launched a review" not in body
    assert "A decision on the wardens is due in the spring." in body


def test_a_line_that_tells_a_new_figure_or_name_is_no_repeat():
    # (guard: the second arrest, a new man with his own age and town, is news, though its words are the first's)
    text = (
        "Police investigating the death of a man found in a flat in Northtown have arrested two people. "
        "A man aged 34 from Northtown was arrested on suspicion of murder on Tuesday evening and remains in custody. "
        "Officers said the victim had been dead for several days before he was found by a neighbour. "
        "A man aged 29 from Southtown was arrested on suspicion of murder on Tuesday evening and remains in custody. "
        "A post-mortem examination will take place later this week."
    )
    body = " ".join(body_paragraphs(text))
    assert "A man aged 29 from Southtown was arrested" in body and "A man aged 34 from Northtown" in body


def test_a_repeat_that_the_next_line_leans_on_stays():
    # (guard: cut, it would take the line after it with it: "Example later ..." leans on it)
    keep = [(0, 0, "At the end of the video, the fighter lifts up his sauna suit and empties a large volume of water "
                   "on to the gym floor."),
            (1, 4, "A large amount of water pours to the gym floor after the fighter lifts up his sauna suit."),
            (1, 5, "Example later made the weight limit as he prepares to fight on Saturday night.")]
    assert lines_told_again(keep, lambda i: i == 5) == set()
    assert lines_told_again(keep, lambda i: False) == {1}


def test_a_line_told_again_with_a_credit_before_it_is_still_a_repeat():
    # (guard: a figure or a name only added, not put in place of the earlier line's, tells nothing new)
    line = "“If the agency keeps its focus on the new rocket, there is a better chance of an earlier date,” Example said."
    found = repeats([line, "The launch was moved to next spring.", f"(credit: Agency/Sam Sample) | | {line}"], "body")
    assert list(found) == [2]
    second = repeats(["A man aged 34 from Northtown was arrested on suspicion of murder on Tuesday evening.",
                      "A man aged 29 from Southtown was arrested on suspicion of murder on Tuesday evening."], "body")
    assert second == {}


def test_a_judge_based_in_a_town_puts_the_ruling_there():
    # (a "Brisbane-based judge" gave the ruling the lead tells: a firm's base is weak evidence, a court's bench is not)
    sentences = [
        "A 15-year-old has been allowed to start a new course of treatment after a long court fight.",
        "The teenager has been given permission by a Perth-based judge to receive the treatment, a newspaper reports.",
        "During the hearing, the judge was told the teenager had waited two years for a decision.",
        "The family said they were relieved.",
    ]
    assert salient_place(sentences) == "Perth, Australia"
    firm = [sentences[0], "The treatment is made by a Perth-based firm that supplies hospitals across the world.",
            *sentences[2:]]
    assert salient_place(firm) != "Perth, Australia"


# an answer that opens on "Because" after the question it answers (judge SW 05: the summary read "Getting to the Moon,
# while not easy, has been done. Because space travel ... are anything but easy.", its "Why?" left out)
_WHY = (
    "Building a bridge over the Northtown estuary, while not cheap, has been done before. "
    "Keeping one open through the winter storms, however, has not. "
    "Why? "
    "Because the salt and the wind wear through steel faster than any crew can paint it. "
    "It is for that reason that the county council on Monday hired two engineering firms to design a new crossing "
    "that can stand the weather for a hundred years. "
    "The firms will report to the council by the end of next year. "
    "The old bridge will stay open until the new one is built."
)


def test_an_answer_opening_on_because_keeps_its_question():
    doc = prepare(Article(text=_WHY))
    engine = ExtractiveEngine()
    _, units, passages = engine.prepare_ranking(doc)
    because = next(i for i, s in enumerate(doc.sentences) if s.startswith("Because"))
    assert doc.sentences[because - 1] == "Why?"
    assert passages.unit(because, units.of(because))[:2] == (because - 1, because)  # (it ships with its question)
    body = " ".join(body_paragraphs(_WHY))
    assert "Why? Because the salt" in body


# an acronym the source defines, its letters swapped once (judge SU 12: "the British Geological Survey (BGS)" and,
# a line on, "..., the BSG said", shipped as the source wrote it)
_ACRONYM_SLIP = (
    "Drilling at the Northtown site has been suspended after a second small tremor in two months, the firm said. "
    "It will now examine the data collected by the Northern Survey Group (NSG) before deciding whether to resume. "
    "A tremor in the same area last month had a similar cause, the NGS said. "
    "The firm's chief executive said it took its responsibilities very seriously. "
    "The NSG said it was also monitoring the site as a precaution."
)


def test_a_defined_acronym_with_its_letters_swapped_is_spelt_as_defined():
    body = " ".join(body_paragraphs(_ACRONYM_SLIP))
    assert "a similar cause, the NSG said" in body and "NGS" not in body


def test_two_acronyms_a_text_defines_are_two_names():
    # (guard: each defined in brackets, or the other told three times, is a name of its own)
    assert acronym_slips("The Northern Survey Group (NSG) and the National Grid Service (NGS) met. The NGS said so.") == {}
    told = "The Northern Survey Group (NSG) met. The NGS said so. The NGS met. The NGS agreed."
    assert acronym_slips(told) == {}
    assert acronym_slips("The Northern Survey Group (NSG) met. The NGS said so.") == {"NGS": "NSG"}


# a lead that lost its stop before "And" (judge SU 10: "... an estimated 1.5 million Armenians And it's also the
# seventh year in a row ...", shipped in the summary and the body so)
_AND_RUN_ON = (
    "This week is the 50th anniversary of the great Northtown flood, which destroyed an estimated 1,500 homes And "
    "it's also the tenth year in a row the council has failed to finish the flood wall it promised. "
    "The wall was first proposed in 1990 and is still only half built. "
    "Residents said they were tired of waiting. "
    "The council said the work would be finished by next spring."
)


def test_a_lost_stop_before_and_is_put_back():
    result = rewrite(_AND_RUN_ON)
    for text in (" ".join(s.text for s in result.summary), " ".join(body_paragraphs(_AND_RUN_ON))):
        assert "1,500 homes. And it's also the tenth year" in text


def test_a_title_or_a_speaker_keeps_its_and():
    # (guard: a title's capitalised "And", and a speaker's words, stay as written)
    for text in ("He read Pride And Prejudice again on the train.", "The band played Rock And roll all night.",
                 'She said: "we lost them all And it hurts every day".'):
        assert stop_before_and(text) == text
