"""Session 66's editor rules, on invented text: each case is a fault a copy-editor judge found in a real rewrite,
or a guard that pins what a rule must not do."""

from __future__ import annotations

from copydesk.engines.headcheck import headline_problem
from copydesk.engines.headline import write_headline
from copydesk.engines.housestyle import house_style
from copydesk.engines.tense import present_tense
from copydesk.ingest.roles import role_of
from copydesk.segment import split_sentences
from shipping import body_paragraphs, roles_read

# a paper's story with a picture's caption run in: the caption ends on its credit, a body named in capitals ("say
# ISIS", "say NASA"), with no stop, and the story's next line runs on after it (a real rewrite shipped "... working
# for the government, say ISIS The new eight-minute video shows ..." as one line, judge UB 09)
_ACRONYM_GLUED = (
    "A small probe built by students has sent back its first pictures of the far side of the Moon, the space agency "
    "has said. "
    "The pictures, taken early on Tuesday, show a crater field that no earlier mission had mapped in such detail. "
    "The probe was launched from a site in Northtown in March on a rocket shared with two larger satellites. "
    "The students spent four years building the craft in a workshop at their college, according to their teachers. "
    "The probe weighs just 12 kilograms and was built for less than £400,000, say NASA "
    "The new pictures were sent to a dish in the desert and passed on to the college within an hour. "
    "Its team now hopes to keep the probe working for at least another six months. "
    "The college said it would put every picture online for schools to use free of charge."
)


def test_a_caption_that_ends_on_a_body_named_in_capitals_is_cut_from_the_line_run_on_after_it():
    sentences = split_sentences(_ACRONYM_GLUED)
    assert "The probe weighs just 12 kilograms and was built for less than £400,000, say NASA" in sentences
    assert "The new pictures were sent to a dish in the desert and passed on to the college within an hour." \
        in sentences
    body = " | ".join(body_paragraphs(_ACRONYM_GLUED))
    assert "say NASA The new pictures" not in body
    assert "The new pictures were sent to a dish in the desert" in body


def test_a_sentence_that_names_a_body_in_capitals_before_its_verb_stays_whole():
    # ("the BBC One programme", "told the MP he", "the NHS in Wales"): no capital opener, or one a title takes
    line = "Viewers of the BBC One drama were told by the MP he would look again at the NHS in Wales this year."
    assert split_sentences(line) == [line]
    line = "The FBI The Hague office and Interpol worked together on the case for more than two years."
    assert split_sentences(line) == [line]


def test_a_participle_after_those_is_the_subjects_and_the_verb_after_it_takes_the_present():
    # (a real head read "Many of Those Questions Seemed to Favour ...": the participle was taken for the verb and
    # made a noun, the verb left in the past, judge UB 12)
    assert present_tense("Many of those questioned seemed to favour a second vote", frozenset()) == \
        "Many of those questioned seem to favour a second vote"
    assert present_tense("Most of those polled backed the plan", frozenset()) == "Most of those polled back the plan"
    assert present_tense("One of those questioned said she would leave", frozenset()) == \
        "One of those questioned says she would leave"
    head = write_headline([
        "Many of those questioned in Northtown favoured a new bypass around the town centre.",
        "The council asked 2,000 people for their views over the summer.",
        "A decision on the road is expected next year.",
    ], 0)
    assert head == "Many of Those Questioned in Northtown Favour New Bypass Around Town Centre"


def test_a_participle_after_those_that_is_the_only_verb_stays_as_told():
    # ("Police questioned those involved": "those" after the verb; "most of the money" is one thing)
    assert present_tense("Police questioned those involved in the fight", frozenset()) == \
        "Police question those involved in the fight"
    assert present_tense("Most of the money went to charity", frozenset()) == "Most of the money goes to charity"


# a poll's story that lost its first sentence: the lines left tell how the poll was taken and what its scale meant
# before they tell what it found (a real head read "Ranking of One Means It Should Not Be Implemented", judge UB 12)
_POLL = [
    "However, the county seems split over whether the old market hall should be pulled down.",
    "Pollsters Example Research asked residents to give a score out of 10 to a list of plans for the town centre.",
    "A score of one meant it should never happen, while 10 meant it should happen at once.",
    "Example Research surveyed more than 1,000 adults between 3 and 9 May.",
    "Most of those questioned backed a new covered market on the site of the bus station.",
    "The plan to close the main street to traffic came last, with a score of 3.1.",
]


def test_a_head_is_what_a_poll_found_not_what_its_scale_meant_nor_whom_it_asked():
    assert headline_problem("Score of One Means It Should Never Happen", _POLL)
    assert headline_problem("Example Research Surveys More Than 1,000 Adults Between 3 and 9 May", _POLL)
    assert write_headline(_POLL, 0).startswith("Most of Those Questioned Back New Covered Market")


def test_news_told_by_what_it_means_or_a_poll_that_shows_stays_a_head():
    assert headline_problem("Rate Rise Means Higher Bills for Two Million Homeowners") is None
    assert headline_problem("Poll Shows Most Voters Back New Covered Market") is None
    assert headline_problem("Police Question Two Men Over Market Fire",
                            ["Police questioned two men over the market fire on Sunday."]) is None


# a sports story that lost its first sentence, the one that named the player: the text opens on his age and position,
# and names him by surname only in the next line (a real rewrite opened its body "The 25-year-old wing has crossed
# codes ...", and only its headline said who, judge UA 04)
_AGED_LEAD = (
    "The 24-year-old winger has joined Northtown Rovers from Southport City on a three-year deal. "
    "Southport had hoped to keep him, but Example is hoping to play in the top division for the first time. "
    "\"I just want to play every week and help the team win games,\" he told the club's website. "
    "Rovers finished fourth last season and start the new campaign away at Westbury on 9 August. "
    "The club have also signed two defenders and a goalkeeper this summer."
)


def test_a_story_that_opens_on_an_age_names_the_one_person_the_next_lines_tell_of():
    paragraphs = body_paragraphs(_AGED_LEAD)
    assert paragraphs[0].startswith("Example, the 24-year-old winger, has joined Northtown Rovers from Southport City")


def test_a_story_that_opens_on_an_age_stays_as_told_when_the_next_lines_name_two_people():
    # (his manager said: whose age the line tells is in doubt)
    two = _AGED_LEAD.replace("The club have also", "Sample said the signing was a coup for the club. The club have also")
    assert body_paragraphs(two)[0].startswith("The 24-year-old winger has joined Northtown Rovers")


_NO_NAMES: frozenset[str] = frozenset()


def test_a_pointer_at_the_pages_table_goes_and_the_claim_stays():
    # (a real rewrite kept "..., as our table shows." and "— as the table below shows, ..." with no table, judge UA 09)
    assert house_style("There has been no big change in the number of goals from free-kicks, as our table shows.",
                       _NO_NAMES, _NO_NAMES) == "There has been no big change in the number of goals from free-kicks."
    assert house_style("Northtown would face hard questions — as the table below shows, they have not improved.",
                       _NO_NAMES, _NO_NAMES) == "Northtown would face hard questions — they have not improved."


def test_a_table_a_speaker_told_of_or_one_the_line_is_about_stays():
    quoted = "\"It is a big change, as our table shows,\" he said."
    assert house_style(quoted, _NO_NAMES, _NO_NAMES) == quoted
    line = "The council's table shows rents have risen by a third in five years."
    assert house_style(line, _NO_NAMES, _NO_NAMES) == line


def test_a_caption_run_on_into_a_line_that_opens_on_some_or_many_is_cut_there():
    # (a real rewrite lost "Some students have even rented plane banners ..." inside a caption, and shipped the banner
    # firm's quotation with nothing before it, judge UA 05)
    glued = ("His stunt drew a crowd in the hallway when the sign was finally revealed Some students have even hired "
             "plane banners to ask the question, at a cost of $1,000.")
    assert split_sentences(glued) == [
        "His stunt drew a crowd in the hallway when the sign was finally revealed",
        "Some students have even hired plane banners to ask the question, at a cost of $1,000.",
    ]
    # (a title's "Some" before a capital, and "some" in lower case, stay inside their sentence)
    line = "The band played Some Like It Hot and some other songs from the film at the festival on Sunday."
    assert split_sentences(line) == [line]


def test_a_slip_in_a_sentences_first_word_is_mended_before_its_verb_of_saying():
    # (a real rewrite shipped "Adminstrators Begbies Traynor said ...", judge UA 02: the capital is the sentence's, the
    # word no name, and the words before "said" are the paper's, not the speaker's)
    text = ("The old pottery museum has been saved after a public appeal raised £2m in a month. "
            "Adminstrators Example Partners said the collection will stay on show in Northtown. "
            "The museum's 8,000 pieces had faced being sold at auction to pay the firm's debts.")
    body = " ".join(body_paragraphs(text))
    assert "Administrators Example Partners said the collection will stay on show" in body


def test_a_sentences_first_word_that_is_a_name_or_a_speakers_stays_as_told():
    text = ("The old pottery museum has been saved after a public appeal raised £2m in a month. "
            "Tristram Example said the collection will stay on show in Northtown. "
            "\"Adminstrators have done a fine job,\" he said of the team that ran the sale.")
    body = " ".join(body_paragraphs(text))
    assert "Tristram Example said" in body and "\"Adminstrators have done a fine job,\"" in body


def test_a_line_that_sends_the_reader_to_a_web_address_for_details_is_a_promotion():
    # (a real rewrite shipped "Entry details are on their website, www.wykefarms.com." as its own paragraph, judge UB 08)
    assert role_of("Entry details are on the firm's website, www.example-farms.co.uk.", 5, 10) == "promo"
    assert role_of("More information is available at www.example.org/help.", 5, 10) == "promo"
    # (a fact about where something was published, a site named as a firm, stays copy)
    assert role_of("Details of the plan were published on Gov.uk.", 5, 10) == "body"


def test_a_giveaway_right_before_where_to_enter_goes_with_it():
    # (with the entry line gone, a real rewrite kept "... is giving away one 24-inch egg to a cheddar-loving family."
    # as an offer no reader could take up, pair judge 66a)
    text = ("A cheese maker has made a giant egg out of cheddar for Easter. "
            "The egg is two feet tall and made from 80 blocks of cheese from the firm's dairy in Northtown. "
            "The firm said it took a team of six people two days to make. "
            "And best of all, Example Farms is giving away one egg to a cheese-loving family. "
            "Entry details are on their website, www.example-farms.co.uk. "
            "The firm has made cheese in the town since 1861.")
    body = " ".join(body_paragraphs(text))
    assert "giving away" not in body and "www." not in body
    assert "The firm said it took a team of six people two days to make." in body
    assert roles_read(text)["The firm has made cheese in the town since 1861."] == "body"


# a rugby story that lost its first sentence: it tells of its coach by surname at once, and gives who he is, a side's
# role before his surname, only lines later (a real rewrite opened on "Gatland won a first clean sweep ...", judge CA 11)
_SIDE_ROLE = (
    "Example won a first clean sweep in his first season as coach in 2010 after a poor World Cup. "
    "He guided the side to a second title in 2014 after narrowly missing out on a final. "
    "\"We were disappointed not to reach the final,\" he said. "
    "Northtown finished the season with four wins from five games despite injuries to key players. "
    "Northtown coach Example will name his squad for the new season on Monday. "
    "The first game is away at Westbury in February."
)


def test_a_bare_surname_that_opens_the_story_takes_the_sides_role_the_source_gives_it():
    assert body_paragraphs(_SIDE_ROLE)[0].startswith("Northtown coach Example won a first clean sweep")


def test_a_bare_surname_with_two_roles_or_none_stays_as_told():
    two = _SIDE_ROLE.replace("The first game", "Former Westbury captain Example played there for ten years. The first game")
    assert body_paragraphs(two)[0].startswith("Example won a first clean sweep")
    none = _SIDE_ROLE.replace("Northtown coach Example will", "He will")
    assert body_paragraphs(none)[0].startswith("Example won a first clean sweep")


# a sports profile with a block of picture captions: the third line of the block, set between two captions with a
# stop of its own, tells again what the story told (a real rewrite shipped "Bueno has scored 17 goals for Rayo
# Vallecano this season and could soon move to Porto." alone as a paragraph, judge CA 04)
_CAPTION_BLOCK = (
    "Jo Example prepares to face his former club Northtown on Saturday as the top scorer in the division. "
    "Example played for Westbury on loan five years ago, but scored just three goals in 20 games. "
    "After returning home he moved to Southport, where he has had the season of his life. "
    "Now the league leaders Eastfield are ready to sign him before the summer. "
    "Jo Example (left) in action for Westbury against Harbour during his loan spell at the club. "
    "Example celebrates scoring for Northtown against Harbour in November 2012. "
    "Example has scored 19 goals for Southport this season and could soon move to Eastfield. "
    "AGE: 27. "
    "Nineteen of the 40 goals that Southport have scored this season have come from Example. "
    "He scored four in one game earlier this year and will be hoping to score against his old club."
)


def test_a_line_that_retells_the_story_inside_a_block_of_captions_is_one_of_them():
    body = " | ".join(body_paragraphs(_CAPTION_BLOCK))
    assert "could soon move to Eastfield" not in body
    assert "Nineteen of the 40 goals that Southport have scored" in body


def test_a_scene_told_by_its_noun_with_no_verb_of_its_own_is_a_caption():
    # (a real rewrite shipped "The charred remains of a car seat that had been left on the hob, which caught fire." as
    # a line of copy, judge UC 05)
    assert role_of("The charred remains of a pushchair that had been left by the cooker, which caught fire.", 5, 10) \
        == "caption"
    assert role_of("The wreckage of the coach that crashed on the A5, which killed two people.", 5, 10) == "caption"


def test_a_scene_with_a_verb_of_its_own_stays_copy():
    assert role_of("The remains of the pushchair were found by firefighters in the kitchen.", 5, 10) == "body"
    assert role_of("The moment that changed the game came in the 89th minute.", 5, 10) == "body"
    assert role_of("The scene at the crash site was described as horrific by police.", 5, 10) == "body"
    # (nor a line whose verb is "remains": "The arrested man remains in custody, ...", inside a quotation or not)
    assert role_of("The arrested man remains in custody, but police are urging anyone with information to call.",
                   5, 10) == "body"
