"""Session 62's editor rules, on invented text: each case is a fault a copy-editor judge or a reading of the
outputs found in a real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

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
    from copydesk.setting import salient_place
    assert salient_place(_OWN_POLICE) == "Ankara, Turkey"


def test_a_town_whose_police_a_speaker_names_is_no_dateline():
    # (guard: in someone's words the town's police are what they talk about, not where the story is told from)
    from copydesk.setting import salient_place
    sentences = [*_OWN_POLICE[:7], "'Ankara police said nothing to us for a week,' one of the editors said.",
                 _OWN_POLICE[8]]
    assert salient_place(sentences) is None
