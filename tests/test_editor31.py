"""The editor's faults found by reading outputs in the thirty-first session, each in invented
text (copy-editor judges and the desk's own reading)."""

from __future__ import annotations

import datetime as dt

import copydesk
from copydesk.ingest.roles import role_of
from copydesk.splitmend import open_quote

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def _body(result: copydesk.Rewrite) -> str:
    return " ".join(s.text for p in result.body for s in p)


def _paragraphs(result: copydesk.Rewrite) -> list[str]:
    return [" ".join(s.text for s in p) for p in result.body]


def test_a_wall_of_the_papers_own_lines_breaks_before_a_sentence_that_stands_alone():
    text = (
        "Northtown Council has approved a new bridge over the River Example after a vote on Tuesday evening that "
        "followed months of argument between the town's residents, its traders and the county's planners. "
        "The vote was carried by 21 councillors to 14, with three abstentions, after a debate in the council "
        "chamber that lasted more than four hours and was watched by about 200 people from the public gallery. "
        "The bridge will carry cars, buses and cyclists across the river from the old market to the new station, "
        "and the council expects the work to begin in the spring of next year and to last about two years. "
        "Residents of Westby Road had campaigned against the plan for three years, saying the traffic would ruin "
        "their street, and several of them spoke at the meeting before the council voted on the proposal. "
        "But the traders of the old market said the bridge would bring shoppers back to the town centre. "
        "The county's planners must still approve the design of the bridge, which was drawn by a firm from Southby "
        "that built a similar crossing over the River Westby in the north of the county six years ago. "
        "A public exhibition of the plans will open at Northtown library next month and will run for six weeks, "
        "with staff from the council on hand to answer questions from residents and traders every Saturday. "
        "The council will also ask residents whether the bridge should be named after a local person."
    )
    result = copydesk.rewrite(text, now=NOW)
    paragraphs = _paragraphs(result)
    assert len(paragraphs) >= 2
    assert all(len(p.split()) <= 90 or p.count(". ") == 0 for p in paragraphs)  # no wall left
    # the "But" stays with the line it answers: no paragraph opens on it
    assert not any(p.startswith("But ") for p in paragraphs)
    assert "But the traders" in _body(result)


def test_a_caption_placing_someone_in_the_back_row_inside_a_quotation_stays_out():
    assert role_of("Jo Example (back right) with the rest of the band in 1971.", 5, 10) == "caption"
    assert role_of("The team (front row) before the final.", 5, 10) == "caption"
    text = (
        "Northtown FC chairman Sam Example celebrated his club's 2-1 win over Southby on Saturday with a famous fan. "
        "After the game, Example posed for a picture in the boardroom with the singer Jo Brook. "
        "Writing in his newspaper column, broadcaster Ann Stone said: '(Jo Brook) has been a supporter for 50 "
        "years. He can name every player in that time. 'He is a charming man with a real love for the game. "
        "Brook (back right) with the other members of his band in 1971. "
        "'Given his fame, Example let him into the boardroom without a tie.' "
        "Northtown are now ninth in the table."
    )
    body = _body(copydesk.rewrite(text, now=NOW))
    assert "(back right)" not in body
    assert "without a tie.'" in body
    # the quotation runs on past the picture, its reopening mark dropped where its paragraphs join (the
    # caption goes from inside it as the text is read: test_editor42), or closes before it
    assert "love for the game. Given his fame" in body or "love for the game.'" in body


def test_a_single_mark_before_the_papers_bracket_opens_a_quotation():
    assert open_quote("She said: '(Jo Brook) has been a supporter for 50 years.")
    assert not open_quote("She said: '(Jo Brook) has been a supporter for 50 years.'")


def test_a_timeline_run_into_the_copy_is_cut_into_entries_that_do_not_ship():
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_paragraphs

    text = ("Northtown United have been expelled from the Example League after failing to pay their debts. "
            "The club's new owner said on Tuesday that he would appeal against the decision. "
            "By way of a twist, Westby announced that Sam Example, who played for Northtown last season, has "
            "joined them.3 May – Northtown stay up on the final day of the season"
            "9 May – Supporters' trust makes offer to buy the club for a pound"
            "2 June – Case adjourned for 28 days at the High Court. "
            "The deadline is moved to 9 June, then 12 June"
            "14 June – Northtown expelled from the Example LeagueAnd former Northtown manager Jo Brook signed "
            "another player from the same team on that day. "
            "The club was founded in 1904.")
    sentences, _ = split_paragraphs(text, "en")
    assert "3 May – Northtown stay up on the final day of the season" in sentences
    assert "14 June – Northtown expelled from the Example League" in sentences
    role = dict(zip(sentences, roles(sentences), strict=True))
    assert role["2 June – Case adjourned for 28 days at the High Court."] == "nav"
    assert role["3 May – Northtown stay up on the final day of the season"] == "nav"
    body = _body(copydesk.rewrite(text, now=NOW))
    assert "joined them." in body and "May –" not in body and "June –" not in body and "stay up" not in body
    # a date and a dash inside running copy is no timeline
    sentences, _ = split_paragraphs("The vote was held on 3 May - and the council lost it. It met again.", "en")
    assert sentences[0] == "The vote was held on 3 May - and the council lost it."


def test_a_reaction_boxs_label_glued_to_its_quotation_closes_the_quotation_before_it():
    from copydesk.segment import split_paragraphs

    text = ('Northtown lost 2-0 at Westby on Sunday, their third defeat in a row away from home. '
            '"We did not start well," said Northtown manager Sam Example. "It is hard to win if you start like '
            'that."Former Northtown midfielder Jo Brook on Match Night"I couldn\'t believe what I was watching, they '
            'were all over the place. They have to improve quickly."Northtown play Southby next week.')
    sentences, _ = split_paragraphs(text, "en")
    assert '"It is hard to win if you start like that."' in sentences
    assert "Former Northtown midfielder Jo Brook on Match Night" in sentences
    body = _body(copydesk.rewrite(text, now=NOW))
    # the pundit's words never run on as the manager's, nor as the paper's own
    assert "Match Night" not in body and "I couldn't believe" not in body.replace('"I couldn\'t believe', "")
    assert 'start like that."' in body


def test_the_one_town_of_the_country_the_second_sentence_puts_the_story_in_is_the_dateline():
    from copydesk.setting import salient_place

    sentences = ["A 16-year-old has been granted permission to begin hormone treatment after years of waiting.",
                 "A judge in Brisbane ruled that the teenager could begin the treatment next month.",
                 "His mother said the family was relieved by the decision.",
                 "The judge said the treatment was in the teenager's best interests.",
                 "Doctors in Australia have treated a growing number of such cases, the court heard."]
    assert salient_place(sentences) == "Brisbane, Australia"
    # a second town of the country: no one town is the story's
    assert salient_place([*sentences, "A similar case is being heard in Perth this week."]) != "Brisbane, Australia"
    # a home town or a firm's base in the second sentence is no place the story is set in
    abroad = ["A British tourist has died after falling from a hotel balcony while on holiday with friends.",
              "The Leeds student, 21, had been celebrating the end of his university exams.",
              "Friends said he had been drinking in the hotel bar.",
              "The Foreign Office said it was supporting the family in the United Kingdom."]
    assert not (salient_place(abroad) or "").startswith("Leeds")
    based = ["The number of people killed on the roads fell last year for the first time in a decade.",
             "The Cardiff-based charity Example Roads said 1,650 people died on Britain's roads.",
             "The number of people seriously injured in the United Kingdom also fell.",
             "Ministers in Britain said they wanted the number to fall further."]
    assert not (salient_place(based) or "").startswith("Cardiff")


def test_a_question_told_with_its_speaker_in_lower_case_stays_one_sentence():
    from copydesk.segment import split_paragraphs

    sentences, _ = split_paragraphs('The blood was everywhere. Were you bleeding? she was asked. "Yes," she said. '
                                    'Why me? he wondered. It rained. Stop! It is over.', "en")
    assert "Were you bleeding? she was asked." in sentences
    assert "Why me? he wondered." in sentences
    assert "Stop!" in sentences  # a capital after the cry: a new sentence
    text = ("Sam Example told the court she was knocked to the ground by the blast at the finish line in Northtown. "
            "Her leg was broken and she saw blood all around her. "
            'Were you bleeding? she was asked. "Yes, enormously," she said. '
            "Doctors were able to save her leg after six operations.")
    body = _body(copydesk.rewrite(text, now=NOW))
    assert "She was asked." not in body and "she was asked." in body


def test_a_present_tense_caption_with_a_role_between_names_is_a_caption_on_a_page_with_captions():
    from copydesk.ingest.roles import roles

    sentences = ["The Example Party has promised to cut taxes for families if it wins the election, its leader said today.",
                 "Campaign trail: Jo Example waves to supporters in Northtown .",
                 "Its leader Jo Example said the plan would cost £2 billion a year.",
                 "Example Party leader Jo Example meets supporters at the Swan Inn while out campaigning in Northtown.",
                 "Northtown winger Sam Brooks gets a shot away under the challenge of Westby's Ann Stone.",
                 "Rival parties said the sums did not add up.",
                 "The minister meets union leaders on Monday to discuss the dispute."]
    got = roles(sentences)
    assert got[3] == "caption" and got[4] == "caption"
    assert got[5] in ("body", "lead") and got[6] in ("body", "lead")  # copy in the present stays copy


def test_a_caption_quoting_the_copy_again_beside_a_picture_goes_and_copy_with_a_pictures_aside_stays():
    from copydesk.ingest.roles import roles

    # a mark inside a sentence of the story is an aside of the copy's, not a caption
    assert role_of("Example (pictured leaving court) had denied the charges but was found guilty.", 5, 10) != "caption" \
        or role_of("Example (pictured) had denied the charges.", 5, 10) == "caption"
    assert role_of("The memo (seen last week by the Northtown Echo) reveals the plan.", 5, 10) == "body"
    assert role_of("The two men (left and right) were jailed for six years each.", 5, 10) == "body"
    sentences = [
        "A DJ from Northtown has spoken about her decision to live as a woman.",
        "Jo Example, 27, said: 'I look in the mirror and I feel like it's me who's looking back, rather than "
        "somebody I don't recognise.'",
        "Then and now: Jo Example as a teenager and at a party last year .",
        "The DJ believes: 'I look in the mirror and I feel like it's me who's looking back, rather than somebody "
        "I don't recognise,' says Example.",
        "She now plays at clubs across the country.",
        "A second man, Sam Brook, 20, was also charged with conspiracy to commit acts done in preparation for "
        "terrorist acts.",
        "Raid: Officers outside the house in Westby .",
        "A third man, Tom Stone, 22, was charged on Monday with conspiracy to commit acts done in preparation for "
        "terrorist acts.",
    ]
    got = roles(sentences)
    assert got[3] == "caption"  # beside the picture's caption, the copy's quotation again
    assert got[7] in ("body", "quote")  # a charge's words again, beside a caption, are news


def test_a_present_tense_caption_with_a_role_is_still_copy_on_a_page_without_captions():
    from copydesk.ingest.roles import roles

    sentences = ["The Example Party has promised to cut taxes for families, its leader said today.",
                 "Party leader Jo Example meets supporters at the Swan Inn while out campaigning in Northtown.",
                 "Rival parties said the sums did not add up."]
    assert "caption" not in roles(sentences)


def test_a_list_items_subhead_in_capitals_run_into_its_copy_is_a_line_of_its_own():
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_paragraphs

    text = ("Here are five of the best moments of his career. 1. BALL OF THE CENTURY Example was on hand to talk "
            "viewers through the first ball. 2. INTRODUCING 'THE BIGGEST SUMMER EVER' One of his last pieces of work "
            "saw him open the season. NORTHTOWN ROVERS: N Brook; S Stone, J Example. "
            "NEW YORK CITY (AP) - The mayor said so.")
    sentences, _ = split_paragraphs(text, "en")
    role = dict(zip(sentences, roles(sentences), strict=True))
    assert role["BALL OF THE CENTURY"] == "standfirst"
    assert "Example was on hand to talk viewers through the first ball." in role
    assert "One of his last pieces of work saw him open the season." in role
    assert not any(s.startswith("Brook;") for s in sentences)  # a team sheet's label stays whole
    assert any(s.startswith("NEW YORK CITY (AP)") for s in sentences)  # and a wire's dateline


def test_a_headline_is_not_cut_between_away_and_where_from():
    from copydesk.engines.headline import write_headline

    lead = ("Northtown United are prepared to offer Sam Example a five-year contract to lure him away from "
            "Westby Rovers this summer.")
    head = write_headline([lead], 0)
    assert not head.endswith("Away")
    assert head == "Northtown United Prepared to Offer Sam Example Five-Year Contract"


def test_a_headline_is_not_cut_between_take_part_and_what_in():
    from copydesk.engines.headline import write_headline

    lead = ("On Saturday afternoon, members of the public have been invited to take part in planting thousands of "
            "new trees at Example Wood in the Northtown Valley.")
    head = write_headline([lead], 0)
    assert not head.endswith("Take Part")
    assert head.startswith("Members of Public Invited to Take Part in Planting")


def test_a_links_label_glued_to_the_copy_at_a_lines_opening_is_set_apart():
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_paragraphs

    text = ("The appeal was launched on Monday by the Northtown Families Group. "
            "The bid began after the publication last month of the report by Sir Sam Example. "
            "Example report: Findings at-a-glanceThe group initially aimed to reach £50,000, but raised that in nine "
            "hours. It has now received enough backing to fund the whole case. "
            "Example report: Coverage in fullMr Brook has apologised for any mistakes made.")
    sentences, _ = split_paragraphs(text, "en")
    role = dict(zip(sentences, roles(sentences), strict=True))
    assert role["Example report: Findings at-a-glance"] not in ("lead", "body", "quote")
    assert role["The group initially aimed to reach £50,000, but raised that in nine hours."] == "body"
    assert role["Mr Brook has apologised for any mistakes made."] == "body"
    body = _body(copydesk.rewrite(text, now=NOW))
    # "It" ships after the group it tells of, not after the report
    assert "nine hours. It has now received" in body


def test_a_mark_glued_to_a_speakers_colon_opens_the_quotation_and_its_reopening_mark_goes():
    from copydesk.editorial import quotes_broken

    # read as opened, the reopening mark of the quotation's next paragraph is a stray one
    assert quotes_broken("Jo agreed:‘I don't think so. ‘They will decide.’")
    assert not quotes_broken("Jo agreed:‘I don't think so. They will decide.’")
    text = ("A court has ruled that a 16-year-old may begin treatment after years of waiting. "
            "The Chief Justice told a documentary that she would like an examination of whether courts needed to be "
            "involved at all. In the show, Jo Example, a 14-year-old girl, agreed:‘I don't think it's necessary that "
            "we have to go back to the court, because that's up to the parents and doctors I think. ‘They will make "
            "just as good a decision as anybody, even better because they're the experts.’ "
            "The ruling will be reviewed next year.")
    body = _body(copydesk.rewrite(text, now=NOW))
    assert "agreed: ‘I don't" in body
    assert "I think. They will make" in body and not quotes_broken(body)


def test_link_sentences_and_a_related_storys_question_and_title_glued_to_the_copy_stay_out():
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_paragraphs

    assert role_of("Anybody wanting to donate to the appeal can visit the family's page by clicking here.", 5, 10) == "promo"
    assert role_of("For a primer on the craze, see last year's winners.", 5, 10) == "promo"
    assert role_of("For the first time, police said the man was armed.", 5, 10) == "body"
    text = ("The think tank found examples of areas that were already trying the idea. Are nurses the new doctors? "
            "Northtown short of nurses, MPs sayReport author Jo Example said the service needed to change. "
            "The union said it would study the report.")
    sentences, _ = split_paragraphs(text, "en")
    role = dict(zip(sentences, roles(sentences), strict=True))
    assert role["Are nurses the new doctors?"] not in ("lead", "body", "quote")
    assert role["Report author Jo Example said the service needed to change."] == "body"
    assert "Northtown short of nurses, MPs say" in role


def test_a_captions_first_sentence_before_its_second_with_the_pictures_mark_stays_out():
    from copydesk.ingest.roles import roles

    sentences = ["The group's manifesto tells women to stay at home, activists said on Monday.",
                 "It provides a disturbing look at the way women are treated.",
                 "Last September a woman agreed to carry a hidden camera to film daily life in Northtown.",
                 "Her footage showed several armed women who had left their homes to join the group (above)",
                 "The revelations come a day after a new video was released."]
    got = roles(sentences)
    assert got[3] == "caption" and got[2] == "caption"
    assert got[4] in ("body", "lead") and got[1] in ("body", "lead")


def test_review_a_scheduled_meeting_a_shouted_quotation_a_message_and_a_purpose_stay():
    """The misfires a reviewer found in this session's rules, each kept as copy."""
    from copydesk.engines.headline import write_headline
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_paragraphs

    # a present-tense line that introduces a speaker, on a page with a caption: copy, or his words
    # would follow another man's
    preview = ["Northtown and Westby meet on Saturday in a derby that could decide the title.",
               "'We have trained well all week,' said Northtown manager Sam Example.",
               "Derby day: Northtown fans celebrate at Example Park after last season's win .",
               "Westby manager Jo Brook meets his old club for the first time on Saturday ahead of a derby.",
               "'It will be strange going back there,' he said."]
    assert roles(preview)[3] in ("body", "lead")
    # a quotation in capitals and its speaker is no subhead
    sentences, _ = split_paragraphs('"GET OUT OF MY HOUSE NOW," Mrs Example shouted as she raised her stick. '
                                    'The men ran off.', "en")
    assert sentences[0].startswith('"GET OUT OF MY HOUSE NOW," Mrs Example shouted')
    # a quoted message with no stop, glued between paragraphs, is no reaction box's label
    text = ('Striker Sam Example has thanked the fans after his move to Westby Rovers. "I will never forget this town," '
            'Example said on Tuesday."Thank you Northtown, you will always be in my heart"Example posted the message '
            'online. Westby manager Jo Brook said he was delighted.')
    sentences, _ = split_paragraphs(text, "en")
    assert "Thank you Northtown, you will always be in my heart" not in sentences
    # the purpose that is the news stays in the headline
    head = write_headline(["Northtown Council has agreed to pay a developer £2 million to persuade it to build "
                           "affordable homes on the site of the old gasworks."], 0)
    assert head != "Northtown Council Agrees to Pay Developer £2 Million"


def test_a_reaction_boxs_line_gets_its_verb():
    from copydesk.engines.housestyle import house_style

    assert house_style('Northtown manager Sam Example: "The irony was that he cost them the game."') \
        == 'Northtown manager Sam Example said: "The irony was that he cost them the game."'
    assert house_style('Jo Brook, 1991 world champion: "He was superb."') == 'Jo Brook, 1991 world champion, said: "He was superb."'
    # a line with its verb, or a verb in the words before the colon, stays as it is
    for line in ('Jo Brook, chief executive of Example, said: "We are ready."',
                 'A statement on the agency\'s website states: "It is wrong."', 'Police found Jo Example: "x y"'):
        assert house_style(line) == line


def test_a_figure_glued_to_vs_is_no_sentence_end():
    from copydesk.segment import split_paragraphs

    sentences, _ = split_paragraphs("Dads plan to outspend moms by 63%, $1160vs. $710. The Northeast led.", "en")
    assert sentences == ["Dads plan to outspend moms by 63%, $1160vs. $710.", "The Northeast led."]


# invented copy a reviewer wrote to break this session's rules (second round): each stays as before
_REVIEW_CASES = {
    'c12b': 'A Northtown man has died after being hit by a van while crossing the road outside his home on Friday evening.\n\nSam Example, 58, was taken to Northtown General Hospital but died from his injuries on Saturday.\n\nDetective Sergeant Jo Brook said officers wanted to speak to anyone who saw the crash on Westby Road.\n\nHis wife of 30 years, Ann Example, said she would never get over the loss.\n\nHer husband on holiday in Northtown last summer (pictured)\n\n"He was my whole world and I do not know how I will go on," she said.\n\nThe driver of the van, a 31-year-old man, was arrested on suspicion of causing death by careless driving.',
    'c1d': 'Shares in the Northtown builder fell by a fifth on Tuesday after GreenField chairman Sam Example said it would cut 200 jobs.\n\nThe firm blamed rising interest rates for the slump, which it said had hit first-time buyers hardest.\n\n"This is the hardest decision we have had to make," he told staff.',
    'c14': "A Northtown couple who met online have married at the town hall, 40 years after they first went to the same school.\n\nSam Example, 58, and Jo Brook, 57, had not seen each other since they left Northtown High in 1984.\n\nMr Example said: 'We met again on LinkedIn and I knew straight away that she was the one.'\n\nThe couple will honeymoon in Westby.",
    'c3': 'Customers of a Northtown bank lost more than £300,000 to a text message scam last month, police have said.\n\nThe messages claimed that the customer\'s account had been frozen and asked them to confirm their details by clicking on the link.\n\nDetective Inspector Jo Example said 140 people had reported losing money.\n\n"Your bank will never ask you for your password by text," she said.',
    'c13b': 'Northtown Rovers beat Westby 2-0 on Saturday to win the county cup for the first time in 40 years.\n\nA banner reading:‘Thank you Rovers’ was hung from the town hall.\n\n‘We are all so proud of them,’ said the mayor, Ann Brook.\n\nCaptain Sam Brook lifted the trophy in front of 6,000 fans at the Example Stadium.',
    'c10': 'A Northtown hospital consultant has warned that the closure of the town\'s maternity unit is "a disaster waiting to happen for every mother who lives in the north of the county".\n\nThe health board voted on Tuesday to move all births to Southby, 30 miles away, from next April.\n\nDr Jo Example, who has worked at the unit for 22 years, said she feared for women in labour on the winter roads.\n\nDr Jo Example outside Northtown General Hospital (pictured)\n\n"It is a disaster waiting to happen for every mother who lives in the north of the county, and I will not stay quiet about it," she said.\n\nThe health board said the move would make births safer.',
    'c8': 'Jo Example has represented Northtown for 20 years, but this time her seat is far from safe.\n\nJo Example speaks to voters in Northtown market (pictured)\n\nHer majority fell to just 412 at the last election, and the polls suggest she could lose.\n\nThese days Jo Example takes nothing for granted on the campaign trail.\n\nShe knocks on doors six days a week and has held 40 public meetings since March.\n\n"I have never worked harder," she said.',
    'c4': 'Northtown Council has approved plans for a new bridge over the River Example after a four-hour debate on Tuesday.\n\nThe bridge will cost £48m and is due to open in 2028. Councillors voted 21 to 14 in favour.\n\nBut who will pay for it?\n\nFunding still not agreed\n\nThe council has asked the government for £30m towards the cost, but has not yet had an answer.\n\nCouncil leader Jo Example said she was confident the money would be found.',
}


def test_review_round_two_widow_firm_names_links_scams_marks_quotations_and_questions():
    from copydesk.editorial import quotes_broken

    def body(name: str) -> str:
        return _body(copydesk.rewrite(_REVIEW_CASES[name], now=NOW))

    # the widow's introduction is no caption's first sentence: her words follow it
    assert "His wife of 30 years, Ann Example, said she would never get over the loss." in body("c12b")
    # a firm's name written with a capital inside is not cut in two
    assert "after GreenField chairman Sam Example said" in body("c1d")
    assert "Field chairman" not in body("c1d").replace("GreenField chairman", "")
    # nor a name inside a speaker's quotation ("on LinkedIn and")
    assert "We met again on LinkedIn and I knew" in body("c14")
    # a scam's message told in the copy is no link to the reader
    assert "by clicking on the link." in body("c3")
    # a short quotation after a colon closes on "Rovers’": the mayor's quotation keeps its mark
    summary = " ".join(s.text for s in copydesk.rewrite(_REVIEW_CASES["c13b"], now=NOW).summary)
    assert not quotes_broken(summary) and "‘We are all so proud" in body("c13b")
    # the full quotation after a lead that quoted part of it stays, beside a caption
    assert "and I will not stay quiet about it" in body("c10")
    # a present-tense line of the copy, and a question the copy asks, stay
    assert "takes nothing for granted on the campaign trail" in body("c8")
    assert "But who will pay for it?" in body("c4")


def test_a_graphics_rows_of_names_and_fees_stay_out_but_a_storys_own_price_list_stays():
    from copydesk.ingest.roles import roles

    sentences = ["Northtown manager Sam Example has been handed a list of transfer targets by a young fan.",
                 "Jo Brook (Westby Rovers) £36m.", "Ann Stone (Southby City) £120m.", "Tom Field (Eastby) £15m.",
                 "The fan said Brook, Stone and Field would make Northtown champions.",
                 "Example signed Jo Brook (Westby Rovers) for £3m last year."]
    got = roles(sentences)
    assert got[1:4] == ["nav", "nav", "nav"]
    assert got[4] == "body" and got[5] == "body"
    # a list that is the story's own data, its names told nowhere else, stays
    data = ["The richest people in Northshire have been named in a new list.",
            "Jo Brook (Example Group) £120m.", "Ann Stone (Stone Homes) £95m.", "All three saw their wealth rise."]
    assert roles(data)[1:3] == ["body", "body"]


def test_a_captions_adjective_after_a_country_run_into_it_is_no_first_name():
    from copydesk.check.context import names_in

    assert names_in("She is pictured in her garden in Mexico Beautiful Jo poses in her house") == ()
    # alone, the word may be a name's own: "Happy Example, 22, ..."
    assert names_in("Happy Example, 22, has now scored 15 goals.") == (("Example", "Happy Example"),)



def test_review_round_three_labels_names_and_marks():
    from copydesk.check.context import names_in
    from copydesk.editorial import quotes_broken
    from copydesk.engines.housestyle import house_style

    # a label whose quotation is told to or about someone keeps no added "said": the words are not theirs
    for line in ('Judge Ann Stone to Sam Example: "You are a danger to women."',
                 'In a letter to Jo Brook: "We deny the claim."',
                 'Manager Sam Example on Jo Brook: "He is the best I have worked with."',
                 'Her last words to husband Sam Example: "Come home safe."'):
        assert house_style(line) == line
    # a caption's adjective is stripped only after a place run into the name
    assert names_in("Happy Example, 22, has now scored 15 goals.") == (("Example", "Happy Example"),)
    # a short quotation after a colon closes on "s’" whatever verb follows, but not before a noun and its verb
    text = ("Northtown Rovers won the cup on Saturday. A banner reading:‘Thank you Rovers’ went up on the town hall. "
            "‘We are all so proud of them,’ said the mayor, Ann Brook. Captain Sam Brook lifted the trophy.")
    summary = " ".join(s.text for s in copydesk.rewrite(text, now=NOW).summary)
    assert "‘We are all so proud" in summary and not quotes_broken(summary)
