"""Page furniture set between a story's sentences: photo captions (labelled, present-tense, a
gallery's), a list's lead-in and lines, a pull quote, a promo: known, never shipped, and read
past (a sentence after a caption leans on the story's sentence before it); a sentence that
ships after the one just told keeps its quote marks balanced."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.check.context import context_problems
from copydesk.desk import prepare
from copydesk.ingest.roles import SHIPPABLE, role_of
from copydesk.model import Article
from copydesk.segment import split_sentences


@pytest.mark.parametrize("line", [
    # a label before a whole sentence
    "Behind bars: Tom Example, 37, was sentenced to at least eight years in prison after pleading guilty.",
    "Shedding the pounds: Sam Example, 33, used to weigh 30st but has lost half of it in one year.",
    "Family feud: Ann, who took over the party from her father in 2011, accused him of 'folly' After this he quit.",
    # a name doing in the present tense what the picture shows
    "Reyes jumps into the arms of his captain after his kick as the bench joins the celebrations.",
    "Tomas Reyes is mobbed by his team-mates after his kick sails over the posts for the win.",
    "Striker Tomas Reyes celebrates after scoring in Harbour Town's 3-3 draw on Tuesday night.",
])
def test_captions_in_the_daily_mail_forms_are_captions(line):
    assert role_of(line, 5, 30) == "caption"


@pytest.mark.parametrize("line", [
    "Four others were: Ann Example of Harbour Homes, who was paid £300,000; and Tom Example.",
    "Bottom line: The council has not changed its mind on the harbour road.",
    "She signs off on laws and appoints ministers but has no real power.",
    "The harbour master says the road will reopen in June.",
    "Reyes scored eleven goals for his old club last season.",
    "Smith – a father of three – said he would go to the police.",
])
def test_running_copy_is_no_caption(line):
    assert role_of(line, 5, 30) in SHIPPABLE - {"lead"}


def test_a_fragment_left_of_a_line_run_into_another_never_ships():
    assert role_of(": Reyes, who rarely speaks to the press, left the ground in a taxi.", 5, 30) not in SHIPPABLE
    assert role_of(".", 5, 30) not in SHIPPABLE
    assert role_of("Breakfast – Two bags of crisps and a fizzy drink.", 5, 30) not in SHIPPABLE
    assert role_of("Lunch - A sausage supper from the chip shop.", 5, 30) not in SHIPPABLE


def test_a_quotation_closing_two_marks_ends_its_sentence():
    text = ("The prosecutor told the jury: 'He was beaten. “We cannot be sure how. Only the defendants know.”' "
            "Trial: Tom Example denies the charge . The case continues.")
    sents = split_sentences(text)
    assert sents[0].endswith("know.”'")
    assert sents[1] == "Trial: Tom Example denies the charge ."
    assert role_of(sents[1], 1, len(sents)) == "caption"


# Our own court story, set as the Daily Mail sets one: captions between its paragraphs.
STORY = """Two men murdered a pensioner and left his body in a flooded quarry, a court heard today.

Tom Example and Sam Example allegedly beat Alan Sample and left him to drown before taking £20,000 from his safe.

Police first thought the 70-year-old victim had fallen from his bike because he was dressed in cycling clothes.

Killed: Alan Sample was found dead in a flooded quarry in March last year .

But Harbour Crown Court heard that the two cousins lured him to the quarry at night and killed him there.

Prosecutor Ann Example told the jury the men then went to his flat and used his keys to open the safe.

Discovery: Mr Sample's body was found at the quarry near Harbour Town .

The jury heard that Mr Sample kept the keys to his flat and his safe on a cord round his neck.

Both defendants deny murder.

The trial continues."""


def test_a_sentence_after_a_caption_follows_the_story_sentence_before_it():
    doc = prepare(Article(text=STORY))
    result = rewrite(STORY)
    body = [s.text for para in result.body for s in para]
    assert not any(t.startswith(("Killed:", "Discovery:")) for t in body)
    at = body.index(next(t for t in body if t.startswith("Police first thought")))
    assert body[at + 1].startswith("But Harbour Crown Court heard")
    # the checker reads past the caption as the desk does
    sents = doc.sentences
    keep = [i for i, s in enumerate(sents) if not s.startswith(("Killed:", "Discovery:"))]
    assert not context_problems([(sents[i], [i]) for i in keep], sents)
    # and still flags the sentence when the story's sentence before it is not there
    moved = [i for i in keep if not sents[i].startswith("Police first thought")]
    assert context_problems([(sents[i], [i]) for i in moved], sents)


def test_a_lists_lead_in_whose_list_was_lost_is_split_off_and_never_ships():
    sents = split_sentences('The plan was welcomed. Some of the proposals include: Housing Minister Ann Example '
                            'said: "We owe it to the next generation." The consultation ends in May.')
    assert sents[1:3] == ["Some of the proposals include:",
                          'Housing Minister Ann Example said: "We owe it to the next generation."']
    assert role_of(sents[1], 1, len(sents)) not in SHIPPABLE
    assert role_of(sents[2], 2, len(sents)) in SHIPPABLE


def test_a_gallerys_captions_run_together_never_ship():
    from copydesk.ingest.roles import roles
    sents = ["The Harbour Trust's contest will pick the county's tree of the year.",
             "The winner will be decided by a public vote.",
             "The average age of a large oak in the county is about 200 years.",
             "This ancient yew could be 1,500 years old and stands by the old abbey.",
             "This tree in St Example's churchyard is believed to be at least 800 years old.",
             "This venerable oak is said to have sheltered a king.",
             "Voting closes on 1 October."]
    out = roles(sents)
    assert [out[i] for i in (3, 4, 5)] == ["gallery"] * 3
    assert out[6] in SHIPPABLE
    # one such sentence in a story is copy ("This decision is ..."): no gallery
    assert roles(sents[:4] + sents[6:])[3] in SHIPPABLE


@pytest.mark.parametrize("line, role", [
    ("See the original story at The Example Reporter's website.", "promo"),
    ("This sequence of images captured by photographer Ann Example shows the lightning flashes.", "caption"),
    ("The photo shows the harbour wall after the storm.", "caption"),
    ("The images were released by police on Monday.", "body"),
    ("The footage was shown to the jury in court.", "body"),
    # a clip's line: the present tense, a programme named in capitals, nothing more
    ("Sam Example talks to Stumped about his comeback.", "embed"),
    ("The minister talks to reporters about the plan.", "body"),
    ("Jan Example speaks to Sam Sample about the port every week, his office said.", "body"),
    ("The President talks to Sam Sample about the harbour on Tuesday.", "body"),
    ("Prime Minister Jan Example talks to MPs about the budget.", "body"),
])
def test_a_line_about_the_page_or_its_picture_is_no_copy(line, role):
    assert role_of(line, 5, 30) == role


def test_a_pull_quote_set_as_a_subhead_is_split_off_and_never_ships():
    sents = split_sentences("Ann Example lived at the hotel for a year. 'It was tough, very intense at times' "
                            "The setting is idyllic, and the grounds are well kept. 'We will win.' That was all.")
    assert sents[1] == "'It was tough, very intense at times'"
    assert sents[2].startswith("The setting is idyllic")
    assert role_of(sents[1], 1, len(sents)) not in SHIPPABLE
    assert role_of("'We will win.'", 3, len(sents)) in SHIPPABLE  # a quotation with its stop is copy


def test_a_subhead_run_into_the_next_sentence_is_split_off_and_never_ships():
    sents = split_sentences("He is credited with the first scoop shot. Northtown's running could be interesting "
                            "While Sam Example is one of the great batsmen, he is as famous for his running. "
                            "The man who once fought a spectator is now the Northtown coach.")
    assert sents[1] == "Northtown's running could be interesting"
    assert sents[2].startswith("While Sam Example is one of the great batsmen")
    assert role_of(sents[1], 1, len(sents)) not in SHIPPABLE
    # a title in capitals is no subhead ("Where We Are on TV")
    assert len(split_sentences("The Harbour Trust's Where We Are on TV study counted the shows.")) == 1
    for title in ("They met at the After Hours club in Northtown on Friday.",
                  "The band played When the Levee Breaks at the harbour festival.",
                  "Tickets for the As You Like It tour sold out in a day."):
        assert len(split_sentences(title)) == 1  # a title in capitals after "the", "played", a capital
    # a long caption run is cut where its lines meet; none of it ships, nor what leans on it
    caption = ("The prisoners were filmed in shackles in an unknown prison at the start of the video They were "
               "then driven to the harbour Sparks fly from the sword.")
    assert split_sentences(caption)[0] == ("The prisoners were filmed in shackles in an unknown prison at the "
                                           "start of the video")
    story = ("Two men were freed from the harbour jail on Monday after a court in Northtown overturned their "
             "convictions. The judge said the evidence had been gathered unlawfully and could not stand. "
             f"{caption} Their lawyer, Sam Example, said the men would seek damages from the state. The "
             "prosecutor's office said it would study the ruling before deciding whether to appeal.")
    result = rewrite(story)
    shipped = " ".join(s.text for s in result.summary) + " ".join(s.text for p in result.body for s in p)
    assert "The judge said the evidence" in shipped
    assert "shackles" not in shipped and "Sparks" not in shipped and "driven to the harbour" not in shipped


def test_a_sentence_near_a_gallery_caption_leans_on_the_caption_and_stays_out():
    text = ("The Harbour Trust's contest will pick the county's tree of the year. "
            "The winner will be decided by a public vote. "
            "The average age of a large oak in the county is about 200 years. "
            "This ancient yew could be 1,500 years old and stands by the old abbey. "
            "This tree in St Example's churchyard is believed to be at least 800 years old. "
            "The nearby church has a bell with a rune cast into it. "
            "This venerable oak is said to have sheltered a king. "
            "Voting closes on 1 October.")
    said = " ".join(s.text for para in rewrite(text).body for s in para)
    assert "The nearby church" not in said  # (after the oak sentence it would be near nothing told)
    assert "yew" not in said and "venerable oak" not in said


def test_a_sentence_after_the_one_just_told_ships_only_with_its_marks_balanced():
    from copydesk.editorial import quotes_broken
    from copydesk.engines.extractive import ExtractiveEngine
    # a chain of sentences each leaning on the one before, longer than one unit may be: each
    # ships after the one just told, but not the one whose quotation mark never closes
    text = ("Tom Example was named Harbour Town's player of the year on Saturday. "
            "He scored 20 goals in the league. "
            "He also made ten goals for others. "
            "He then signed a new contract. "
            "He will stay until 2030. "
            "He said the award was the best day of his life’ "
            "The club is top of the league. "
            "Fans were delighted.")
    body = ExtractiveEngine().draft(prepare(Article(text=text))).body
    said = [s.text for para in body for s in para]
    assert "He will stay until 2030." in said  # (the chain is told)
    assert not any(t.startswith("He said the award") for t in said)
    assert not any(quotes_broken(" ".join(s.text for s in para)) for para in body)


def test_an_embed_or_a_promo_box_is_not_read_past():
    # an embed may name the person the next sentence's "he" is; a promo box ends a section
    sents = ["The women's final will be played before the men's final in Northport on 3 April.",
             "The Example Sport website will show video highlights during all men's matches.",
             "It may feature the lower-ranked nations, but there are plenty of reasons to follow this week's action.",
             "Watch the man who invented the 'scoop' shot Tom Example, 14 years after his last match",
             "He is credited with being the first exponent of the shot."]
    doc = ["Harbour Town open the tournament against Northport on Friday."] + sents
    keep = [0, 1, 3, 5]
    problems = context_problems([(doc[i], [i]) for i in keep], doc)
    assert {3, 5} <= {keep[k] for k in problems}  # neither reads past the box before it
