"""Faults found by copy editors reading outputs in the forty-ninth session, each in invented text."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.check import verify
from copydesk.desk import fallback_headline, prepare
from copydesk.ingest.dependency import opening_dependency
from copydesk.ingest.roles import roles
from copydesk.landmarks import find_landmarks
from copydesk.model import Article
from copydesk.segment import split_sentences
from copydesk.setting import salient_place
from shipping import NOW, body_paragraphs, body_sentences


def _shipped(text: str) -> str:
    return " ".join(body_sentences(text))


# a picture's caption set in the copy tells again what the story told, in other forms of its words
# ("stretches" for "stretching", "spectator's" for "spectator’s"): the words are compared by stem
MARATHON = (
    "A Northtown marathon runner stopped mid-race to ask his girlfriend to marry him in a video seen by thousands. "
    "Sam Example was filmed stretching his muscles as he approached the spectator’s barriers near the river. "
    "The 31-year-old is seen standing before her stretching his muscles in front of the crowd. "
    "Sam Example stretches his muscles in front of the spectator's barriers near the river at the Northtown Marathon. "
    "Biding his time, he lunges into another stretch and reveals a ring box from behind his back. "
    "His girlfriend, Jo Brook, stands back in shock as he beams up at her. "
    "The video has been viewed almost 25,000 times on Facebook since Sunday."
)


def test_a_caption_that_retells_the_story_in_other_word_forms_does_not_ship():
    shipped = _shipped(MARATHON)
    assert "Sam Example stretches his muscles" not in shipped
    assert "reveals a ring box" in shipped and "The 31-year-old is seen standing" in shipped


# a line on a part of a group the story told before tells something new of that part (reviewed on a
# page: "One of the officers ... had worked multiple overtime shifts" after the shift's overtime)
def test_a_line_on_one_of_a_group_told_before_ships():
    text = (
        "Prison officials placed two officers on leave on Tuesday after one inmate died at the Northtown jail. "
        "Ten of the 18 staffers who reported for duty on the night shift were working overtime, according to prison records. "
        "The warden was moved to another post by the state's prisons director. "
        "One of the officers, according to prison records, had worked multiple overtime shifts before reporting to duty. "
        "An inquiry into the death will report in the spring, the director said."
    )
    assert "One of the officers, according to prison records, had worked multiple overtime shifts" in _shipped(text)


# a health page sets a key-points box after each section, its label glued to its first word
# ("Summary Fiber can help ..."): the boxes retell the sections and are no part of the copy
SECTIONS = (
    "Eating enough fiber keeps people full for longer, researchers at Northtown University found in a study of 80 adults. "
    "Those who ate 30 grams a day reported less hunger than those who ate 10 grams. "
    "Summary Fiber can help keep you feeling full and reduce hunger. "
    "Drinking water before a meal also cut the calories people ate by 13% in a second trial. "
    "The trial followed 24 older adults over 12 weeks. "
    "Summary Drinking more water may keep you feeling full and cut calorie intake. "
    "The researchers plan a larger study next year."
)


def test_a_pages_key_points_boxes_do_not_ship():
    shipped = _shipped(SECTIONS)
    assert "Summary" not in shipped
    assert "The trial followed 24 older adults" in shipped and "Those who ate 30 grams" in shipped


def test_one_line_on_summary_alone_is_no_box():
    text = SECTIONS.replace("Summary Drinking more water may keep you feeling full and cut calorie intake. ", "")
    text = text.replace("Summary Fiber can help keep you feeling full and reduce hunger.",
                        "Summary Street is closed to traffic while the study runs.")
    sentences = prepare(Article(text=text)).sentences
    found = dict(zip(sentences, roles(sentences), strict=True))
    assert found["Summary Street is closed to traffic while the study runs."] in ("body", "lead")


# "For example," and "For instance," give an instance of what the line before told: they lean on it
def test_an_example_leans_on_the_line_before():
    for opening in ("For example, one study", "For instance, one study", "Plus, other research"):
        assert opening_dependency(f"{opening} of 77 people showed that exercise cut binge eating by 81%.") is not None
    assert opening_dependency("For example is a phrase the style guide lists.") is None


def test_an_example_ships_with_the_line_it_gives_an_instance_of():
    text = (
        "Northtown council warned on Monday that pest numbers are at their highest for several years. "
        "Officials said the trend across the county was an increase in call-outs after free services were cut. "
        "For example, while rats are common in the city centre, villages such as Southby are more prone to ants. "
        "Call-outs to treat ants rose three-fold in four years, the council said. "
        "The council will consider bringing back a free service at its next meeting in May."
    )
    paragraphs = body_paragraphs(text)
    at = next(p for p in paragraphs if "For example" in p)
    assert at.startswith("Officials said the trend") or not at.startswith("For example"), paragraphs


# a caption block after a picture's mark (a stop alone): the lead set again, then a line the story tells
# a few lines on in full; the block's line is the caption, the story's own line ships where it stands
GAME = (
    "Northtown council has been criticised for selling a board game about the floods that hit the town last winter. "
    "Players of the game must escape the rising water and reach the hills above the town before nightfall. "
    "The Flood Run game, sold in the council's shop, often ends with players losing their homes, critics said. . "
    "Families wade through the rising water in the game, which is sold in the council's shop. "
    "Northtown council has been criticised for selling a board game about the floods that hit the town last winter. "
    "Players choose a family before setting off, either by car or on foot, as they decide which road to take. "
    "Players of the game must escape the rising water and reach the hills above the town before nightfall. "
    "Thousands fled Northtown to escape the water, seeking shelter in overflowing halls in nearby villages as well as making long journeys to the hills. "
    "Jo Example wrote: 'Unsure if the game is a joke or not.' . "
    "The floods damaged 400 homes across the county last winter. "
    "Thousands fled to escape the water, seeking shelter in overflowing halls in nearby villages as well as making long journeys to the safety of the hills. . "
    "The council said the game had been made by its own staff for a small sum."
)


def test_a_caption_blocks_line_the_story_tells_again_gives_way_to_the_storys():
    shipped = _shipped(GAME)
    assert "journeys to the safety of the hills" in shipped
    assert "Thousands fled Northtown" not in shipped


def test_a_line_between_a_pictures_mark_and_a_line_set_again_is_a_caption():
    shipped = _shipped(GAME)
    assert "Families wade through the rising water" not in shipped
    assert "Players choose a family" in shipped


def test_a_line_with_news_of_its_own_after_a_pictures_mark_ships():
    text = GAME.replace("Families wade through the rising water in the game, which is sold in the council's shop.",
                        "Images on social media appeared to show a queue of buyers outside a toy store in Southby.")
    assert "Images on social media appeared to show a queue" in _shipped(text)


def test_a_line_going_on_from_the_storys_after_a_pictures_mark_ships():
    text = GAME.replace("Families wade through the rising water in the game, which is sold in the council's shop.",
                        "Of course, the game also lets players rebuild their homes once the water has gone down again.")
    assert "Of course, the game also lets players rebuild" in _shipped(text)


# a goal's picture told in the present, a role and a name before the strike: the copy tells goals in the past
GOAL = (
    "Northtown moved eight points clear at the top of the league with a 2-0 win at Southby on Friday night. "
    "A Jo Brook strike and Sam Example's penalty were enough to see off the bottom side. "
    "The manager said his players had stayed patient on a poor pitch. "
    "Northtown midfielder Sam Example slots home from the penalty spot to secure his side's 2-0 victory. "
    "Example believes there is no stopping Northtown as they close in on a treble. "
    "Southby's manager felt there were positives in defeat."
)


def test_a_goals_picture_told_in_the_present_does_not_ship():
    shipped = _shipped(GOAL)
    assert "slots home" not in shipped and "no stopping Northtown" in shipped


def test_a_goal_told_in_the_copy_ships():
    for line in ("Sam Example scored from the penalty spot to secure his side's 2-0 victory.",
                 "Northtown midfielder Sam Example said he would take the penalties to secure his side's place."):
        assert line in _shipped(GOAL.replace("Northtown midfielder Sam Example slots home from the penalty spot to secure his side's 2-0 victory.", line))


# a lead on "The victim", its sentence before lost, heads the story with the person the next lines tell hurt
SHOOTING = (
    "The victim was fatally injured outside a house on Example Terrace, close to Northtown city centre. "
    "People living in the area said the man was in his car when he was shot. "
    "Officers called to the scene at about 13:35 found him with a wound to his chest. "
    "Armed police sealed off the area. "
    "Local residents said the family had been gathering for a celebration."
)


def test_a_victim_lead_heads_with_the_person_hurt():
    assert copydesk.rewrite(SHOOTING, now=NOW).headline.startswith("Man Fatally Injured Outside House")


def test_no_victim_named_by_a_line_that_tells_an_arrest():
    text = SHOOTING.replace("said the man was in his car when he was shot", "said the man arrested was in his car when the victim was shot")
    assert "Man" not in copydesk.rewrite(text, now=NOW).headline.split()[:1]


def test_a_passive_with_an_adverb_loses_its_was():
    got = copydesk.rewrite("A cyclist was seriously injured in a crash on the Northtown bypass on Monday. The road was closed "
                           "for six hours. An air ambulance took him to hospital in Southby. Police have appealed for witnesses.",
                           now=NOW).headline
    assert got == "Cyclist Seriously Injured in Crash on Northtown Bypass"


# a caption's first sentence, set before its "Above, ..." and telling again what the story told
ARRESTS = (
    "Six Northtown men have been charged with fraud in a complaint unsealed on Monday, prosecutors said. "
    "The six, whom officials described as friends, are accused of stealing from a charity they ran. "
    "The complaint says the men moved the money through banks in Southby and Eastham. "
    "They were arrested on Sunday and will appear in court on Tuesday. "
    "On Monday, prosecutors announced the arrest of six men from Northtown, accused of stealing from a charity. "
    "Above, district attorney Jo Example (left) details the arrests at a news conference with police chief Sam Brook. "
    "The charity has since closed its offices."
)


def test_a_captions_first_sentence_before_its_above_does_not_ship():
    shipped = _shipped(ARRESTS)
    assert "prosecutors announced the arrest" not in shipped and "The charity has since closed" in shipped


def test_a_new_line_before_an_above_caption_ships():
    text = ARRESTS.replace("On Monday, prosecutors announced the arrest of six men from Northtown, accused of stealing from a charity.",
                           "A seventh suspect, a bank clerk in Eastham, is still being sought by detectives.")
    assert "A seventh suspect, a bank clerk in Eastham" in _shipped(text)


# a possessive that opens an absolute phrase points ahead to the subject after the comma: a lead may open so
@pytest.mark.parametrize("sentence", [
    "Their savings spent and their hopes dashed, nearly 200 Northtown workers returned home on Wednesday after the plant shut.",
    "Her career over, Jo Example said she would coach the Northtown youth side.",
])
def test_a_possessive_that_points_ahead_leans_on_nothing(sentence):
    assert opening_dependency(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Their house was destroyed by the storm, and Jo Example moved away.",
    "Her debut album, Northtown Nights sold well in the spring.",
    "His contract extended, he will stay at Northtown until 2030.",
    "Their lawyers said, Jo Example would appeal the ruling.",
])
def test_a_possessive_that_points_back_still_leans(sentence):
    assert opening_dependency(sentence) is not None


def test_a_lead_on_a_possessive_that_points_ahead_ships():
    text = ("Their savings spent and their hopes dashed, nearly 200 Northtown workers returned home on Wednesday after the plant shut. "
            "As they stepped off the buses, one after the other, they looked tired. "
            "The plant's owner said it could no longer pay its debts. "
            "'This was the third job I have lost,' said Sam Example, 44. "
            "The council said it would help the workers find new jobs.")
    assert body_sentences(text)[0].startswith("Their savings spent")


# a caption run into the next with no stop, the next opening on a player told by his nation and a verb
def test_a_caption_ends_before_a_player_told_by_his_nation():
    text = ("Northtown's Sam Example unleashes a shot against Southby but only manages to injure his hamstring "
            "The Frenchman is treated on the sidelines after leaving the field.")
    assert split_sentences(text)[0].endswith("injure his hamstring")


@pytest.mark.parametrize("text", [
    "He signed for the club and The Dutchman was named captain.",
    "Fans cheered loudly at the ground when The Frenchman was substituted.",
    "She told him The American is coming.",
])
def test_no_cut_before_a_nation_a_clause_goes_on_to(text):
    assert split_sentences(text) == [text]


# a place's line run on after a caption's with no stop: "... a bucket hat | In Northland, ..."
def test_a_caption_ends_before_a_places_line():
    text = ("Jo Example wears an outlandish ring and offsets the look with a bucket hat In India, and Nepal "
            "the rings are still popular with women.")
    assert split_sentences(text)[1].startswith("In India, and Nepal")


@pytest.mark.parametrize("text", [
    "The band played a set of songs from the record Live In Berlin, and left early.",
    "Jo Example said the rules were far too strict and In France, the law is different.",
    "She wore a ring and offsets the look with a bucket hat In Fashion, the magazine, said.",
])
def test_no_cut_before_in_and_no_place(text):
    assert split_sentences(text) == [text]


# a related link's title run into the next line with no stop: "... shaming online | Sure, McHenry ..."
def test_a_link_title_ends_before_a_concession():
    text = "The high price of public shaming online Sure, Jo Example probably feels entitled to her anger."
    assert split_sentences(text) == ["The high price of public shaming online",
                                     "Sure, Jo Example probably feels entitled to her anger."]


def test_no_cut_before_a_concession_after_a_name():
    text = "She said the company was Never Sure, Jo Example added, about the plan."
    assert split_sentences(text) == [text]


# a claim told first and its speaker in the next line ("Or so says ..."): the headline keeps the speaker
def test_a_claim_whose_speaker_follows_is_headed_with_the_speaker():
    text = ("The mayor of Northtown is a modern-day hero who has done more for the town than anyone else. "
            "Or so says designer Jo Example, who made the comments in an interview with a weekly magazine. "
            "Ms Example, 47, said the mayor's coats were 'always perfect'. "
            "The mayor's office declined to comment on the remarks. "
            "The magazine's next issue goes on sale on Friday.")
    assert copydesk.rewrite(text, now=NOW).headline.endswith(", Example Says")


def test_a_so_without_a_speaker_adds_nothing():
    text = ("The mayor of Northtown has opened a new bridge over the river. "
            "So says the sign at its northern end, which went up on Monday. "
            "The bridge cost 4 million pounds and took two years to build. "
            "Traffic will use it from next week.")
    assert "Says" not in copydesk.rewrite(text, now=NOW).headline


def test_a_headline_from_the_first_sentence_is_set_in_title_case():
    doc = prepare(Article(text="The Northtown ferry was late again on Monday. Passengers waited two hours. "
                               "The operator said a crew member was ill."))
    assert fallback_headline(doc) == "The Northtown Ferry Was Late Again on Monday"


# the checker reads a headline's speaker before its verb of speech, which Title Case capitalises
@pytest.mark.parametrize("text", [
    "Jo Example Says Mayor's Coats Were 'Always Perfect'",
    "Jo Example said Brook's coats were 'always perfect'",
])
def test_the_speaker_before_says_keeps_the_quote(text):
    source = ("The mayor of Northtown is a modern-day hero. Jo Example, a designer, said the mayor's coats were "
              "'always perfect'. Sam Brook, the mayor, wore one to the opening on Friday. Brook's coats are made in Southby.")
    doc = prepare(Article(text=source))
    check = verify.check_sentence(text, verify.index_of(doc), part="headline" if "Says" in text else "body")
    assert not [p for p in check.problems if p.kind == "speaker"]


# guards from reviewer rev49's probes (invented text): each misfired on the first version of a rule above
def test_no_victim_headline_from_the_attacker_or_a_sex_the_story_contradicts():
    for text in (
        "The victim was stabbed several times in the chest outside a bar on Mill Lane in Northtown late on Saturday. "
        "Witnesses said the man stabbed her before running off towards the park. She was taken to Southby General "
        "Hospital, where her condition is described as critical. Officers have sealed off the street and are reviewing "
        "footage from nearby cameras. Anyone with information is asked to call Northtown police.",
        "The victim was attacked outside a chip shop on Bell Street in Eastham shortly before 10pm on Saturday. "
        "Witnesses said the teenager who attacked him had been drinking with friends in the park nearby. He was treated "
        "for cuts to his head at Southby General Hospital and later released. Officers have been given extra powers to "
        "disperse groups in the town centre this weekend. Police have asked parents to talk to their children about it.",
    ):
        head = copydesk.rewrite(text, now=NOW).headline
        assert not head.startswith(("Man ", "Teenager ")), head


def test_a_name_after_was_is_no_adverb():
    head = copydesk.rewrite("The winner was Emily Reed, a 16-year-old from Eastham, who beat 40 other young bakers at "
                            "the county show. Her lemon and thyme cake impressed the three judges. She will now compete "
                            "at the national final in London in September. The show drew more than 20,000 visitors over "
                            "three days. Organisers said it was the busiest show in a decade.", now=NOW).headline
    assert "Emily Reed" in head


def test_a_managers_trip_is_no_goals_picture():
    text = ("Northtown travel to Southby on Saturday knowing a draw would be enough to win the league. The side has lost "
            "only twice all season and has not been beaten away from home since October. Northtown manager Sam Example "
            "heads to his former club needing just a point to secure his side's first title in 30 years. Example spent "
            "six seasons at Southby as a player before moving into coaching. Tickets for the away end sold out within an hour.")
    assert "heads to his former club" in _shipped(text)


def test_a_firm_named_like_a_box_label_ships():
    text = ("A food delivery firm that started in a Northtown kitchen has been bought by a national chain for £12m. "
            "Takeaway Express was founded in 2016 by brothers Sam and Jo Patel. Takeaway Express has 140 staff and "
            "delivers to more than 30 towns across the region. The buyer, Dinewell, said it would keep the brand and "
            "the firm's headquarters in Northtown. Sam Patel said the deal would help the business grow faster.")
    assert "Takeaway Express has 140 staff" in _shipped(text)


def test_an_outcome_told_first_as_a_prospect_ships():
    text = ("The water company faces a fine of up to £2m from the regulator over the sewage leak at Northtown beach. "
            "The leak closed the beach for nine days in August. The company said it had fixed the pipe that failed. "
            "The water company was fined £2m by the regulator over the sewage leak at Northtown beach on Friday. "
            "Campaigners said the fine was too small.")
    assert "The water company was fined £2m" in _shipped(text)


def test_a_line_with_a_new_figure_before_an_above_caption_ships():
    text = ("A Northtown charity shop has raised money for the town's hospice for 30 years. The shop on Market Street is "
            "run by 25 volunteers. The volunteers at the charity shop on Market Street have now raised more than £1m for "
            "the hospice. Above, volunteers Jo Brook (left) and Ann Pike at the shop on Saturday. The hospice cares for "
            "400 patients a year.")
    assert "raised more than £1m" in _shipped(text)


# "Holyrood" is the Scottish parliament's powers as often as its place: it sets a story in Edinburgh only
# after "at", "in", "outside" and the like (judge OR 08: a poll on what Holyrood should control)
def test_holyrood_as_the_parliaments_powers_is_no_setting():
    said = ["Most Scots think Holyrood should have full control of income tax, a poll suggests.",
            "MSPs at Holyrood voted by 70 to 55 on Tuesday to back the new bill."]
    assert [f.name for f in find_landmarks(said)] == ["Holyrood"]


def test_a_vote_at_holyrood_is_set_in_edinburgh():
    text = ("MSPs at Holyrood voted by 70 to 55 on Tuesday to back the new bill. The bill now goes to a final stage. "
            "Officials met for three hours on Monday. They agreed to meet again next month. The talks will resume.")
    assert salient_place(prepare(Article(text=text)).sentences) == "Edinburgh, United Kingdom"


# a labelled caption run into the story's next line with no stop (judge OV 08): "... extra life | Each year
# an estimated 600 women ...", "... battle with the disease | Avastin, which is also known as ..."
@pytest.mark.parametrize(("text", "second"), [
    ("Drug: Trials show the pill gives patients about four months' extra life Each year an estimated 600 women "
     "could benefit from it.", "Each year an estimated 600 women"),
    ("Cervical cancer: A Northtown teacher died in 2009 aged 27 after a very public battle with the disease "
     "Examplomab, which is also known as EX-12, is the first new treatment since 2006.", "Examplomab, which is"),
])
def test_a_labelled_caption_ends_before_the_storys_line(text, second):
    assert split_sentences(text)[-1].startswith(second)


def test_no_cut_before_a_name_and_which_outside_a_labelled_caption():
    text = "She said the plan was good for the town Northtown, which has 4,000 people, and for its school."
    assert split_sentences(text) == [text]


# a match between two nations at a third nation's town: the venue (judge OW 08: "On a deteriorating pitch in
# Port-Gentil, seven-times champions Egypt failed ...")
def test_a_match_between_nations_is_set_at_a_neutral_venue():
    text = ("Egypt beat Uganda 1-0 with a late goal to reach the quarter-finals. Uganda's captain had a goal disallowed "
            "for offside before half-time. On a deteriorating pitch in Port-Gentil, Egypt failed to break down a "
            "resolute defence for long periods. Egypt play Ghana on Wednesday. Uganda are out of the tournament.")
    assert salient_place(prepare(Article(text=text)).sentences) == "Port-Gentil, Gabon"


def test_a_country_that_opens_the_next_clause_is_no_towns_qualifier():
    text = ("Egypt beat Uganda 1-0 with a late goal to reach the quarter-finals. Uganda's captain had a goal disallowed "
            "for offside before half-time. On a deteriorating pitch in Kampala, Egypt failed to break down a "
            "resolute defence for long periods. Egypt play Ghana on Wednesday. Uganda are out of the tournament.")
    assert salient_place(prepare(Article(text=text)).sentences) == "Kampala, Uganda"  # (not "Kampala, Egypt")


# guards from reviewer rev49b's probes (invented text): each misfired on the first version of a rule above
def test_so_says_gives_no_claim_to_whom_the_speaker_is_related_to():
    text = ("Cats are smarter than dogs. Or so says a friend of Professor Ada Kinsella, who has spent a decade studying "
            "animal intelligence. Kinsella's team at the University of Northtown tested 200 pets on memory puzzles. The "
            "cats solved the puzzles faster on average. Dog owners have disputed the results. The study will be "
            "published next month.")
    assert "Kinsella Says" not in copydesk.rewrite(text, now=NOW).headline


def test_a_quote_told_between_commas_keeps_its_speaker_after_says():
    source = ("Aid agencies have warned of a growing crisis in the flooded Northtown valley. More than 20,000 people "
              "have been forced from their homes. Conditions in Kelby, says aid worker Dana Orrin, are \"beyond "
              "desperate\". The government has promised £5m in emergency aid.")
    index = verify.index_of(prepare(Article(text=source)))
    right = verify.check_sentence('Conditions in Kelby are "beyond desperate", aid worker Dana Orrin says.', index, part="body")
    wrong = verify.check_sentence('Conditions are "beyond desperate", Kelby says.', index, part="body")
    assert not [p for p in right.problems if p.kind == "speaker"]
    assert [p for p in wrong.problems if p.kind == "speaker"]


@pytest.mark.parametrize("text", [
    "The owner of the unbeaten grey gelding The Kiwi has turned down an offer of £1m from an overseas buyer.",
    "Two years after her debut, the author's acclaimed travel memoir In Tehran, published in 2019, has sold 200,000 copies.",
])
def test_no_cut_before_a_named_thing(text):
    assert split_sentences(text) == [text]


def test_a_concession_after_a_year_still_opens_a_sentence():
    text = ("The photo shows the actor Ray Example at the premiere of his one-man show in 2019 Sadly, Example died two "
            "years later after a short illness.")
    assert split_sentences(text)[-1].startswith("Sadly, Example died")


def test_a_his_before_a_clubs_name_still_leans():
    assert opening_dependency("His future settled, Northtown United will now turn to the transfer market.") is not None


def test_a_us_states_town_is_no_foreign_namesake():
    text = ("Police in Rome, Georgia have arrested a man over a string of burglaries at churches. The 34-year-old was "
            "detained at a motel on Sunday. Officers recovered silver candlesticks and collection boxes. The suspect is "
            "due in court on Monday. Three churches in the city were targeted in a month.")
    assert salient_place(prepare(Article(text=text)).sentences) != "Rome, Italy"


def test_a_name_particle_stays_in_lower_case_in_title_case():
    doc = prepare(Article(text="Jo van der Berg, 61, a former engineer, has won a national award for rare breeds. "
                               "She keeps 300 sheep on a hill farm. The award was presented in Kelby."))
    assert "van der Berg" in fallback_headline(doc)


# a reporter's credit run into a video's label with no stop (judge OY 09): "Survivors react to the verdict |
# Ann O'Neill reported from Boston." neither line is the story's
def test_a_credit_run_into_a_label_is_cut_and_neither_ships():
    assert split_sentences("Survivors react to the verdict Jo Example reported from Boston.") == [
        "Survivors react to the verdict", "Jo Example reported from Boston."]
    text = ("Jurors found the bomber guilty on Wednesday of all 30 counts he faced. Seventeen of the counts were capital "
            "charges. The penalty phase begins next week. 'She is climbing a mountain,' a lawyer said about the defence. "
            "Survivors react to the verdict Jo Example reported from Boston. Sam Brook reported from Atlanta.")
    shipped = _shipped(text)
    assert "reported from" not in shipped and "Survivors react" not in shipped


def test_no_cut_before_a_credit_a_long_clause_leads_to():
    text = "The court heard that the officer met Jo Example reported from Boston."
    assert split_sentences(text) == [text]
