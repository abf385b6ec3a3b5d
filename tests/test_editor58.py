"""Session 58's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

from shipping import body_paragraphs

# a speaker's quotation told over paragraphs that each reopen it on a mark, which goes on unmarked for a few lines,
# then two caption lines told of the speaker, then the quotation again (judge RQ 11: the whole quotation was cut,
# and the captions shipped)
MANAGER = (
    "Sam Whitlow has claimed 'people with their own plans' had a hand in his exit as Northtown manager, describing "
    "the club as 'a circus'. The 61-year-old blamed a back injury for his decision to leave the club in March. "
    "However, Whitlow told a radio station there was more to his decision than his health. "
    "He said: 'I always thought I had everyone pulling with me and then I felt some were not. I didn't know who was "
    "on my side at the end. 'Behind the scenes, I always thought there were one or two people with their own plans. "
    "'There was always talk about another coach coming in. It was like a circus. 'The club was in the paper every "
    "day. I've been at lots of other clubs where you didn't get that. That got on my nerves. That was the big "
    "problem for me. 'As soon as we lost a few games, it would begin. I always thought there was someone stirring "
    "it. I'd never had that before at any club I'd been at. Whitlow was aware of constant talk of a replacement "
    "earlier in the season. Former Southport boss Whitlow believes he would have kept the club up. 'I didn't see "
    "the teams below us getting the same sort of headlines every week. It wore me down a little bit.' "
    "Whitlow left the team second from bottom of the table and they are now two points from safety.")


def test_a_long_quotation_reopened_on_its_marks_ships_whole_without_the_captions_inside_it():
    body = " ".join(body_paragraphs(MANAGER))
    assert "I always thought I had everyone pulling with me" in body
    assert "I'd never had that before at any club I'd been at." in body
    assert "It wore me down a little bit.'" in body
    assert "Whitlow was aware of constant talk" not in body
    assert "Former Southport boss" not in body


# the same, with curly marks, where the caption is a picture's moment of play and the line before it is the
# speaker's, not in the first person (judge RS 03: the caption shipped inside the quotation)
PITCHES = (
    "Northtown manager Jo Brandt hit out at the state of pitches after his side's win at Easton on Friday night. "
    "‘It was a tough game, Easton were well organised and sat very deep,’ he said. "
    "‘They fought really hard and it was difficult to break them down. We had to be patient. But the pitches here "
    "are terrible. ‘If you want to develop players, it’s difficult when the ball is bouncing all the time. It’s "
    "much easier for the other teams to sit behind the ball and wait for us. ‘It’s better to play on an artificial "
    "surface than this. If they are watering artificial pitches, it’s totally different. "
    "Tom Reilly slides on his knees to celebrate scoring the opening goal against Easton. "
    "‘If we are going to develop good young players, you need a good surface. If not, you get fighters. They are "
    "much better in Norway. And we play in the summer. That’s the biggest thing. The pitch here might not look so "
    "bad but try to play on it.’ TV pictures showed a substitute eating a biscuit on the bench.")


def test_a_pictures_moment_set_inside_a_quotation_goes_and_the_speakers_words_before_it_stay():
    body = " ".join(body_paragraphs(PITCHES))
    assert "slides on his knees" not in body
    assert "If they are watering artificial pitches, it’s totally different." in body
    assert "try to play on it.’" in body


# a mark that opens and never closes, with the paper's lines after it: they are no one's quotation, and the last
# of them still ships as the paper's (guard: a reopening mark early in the run does not let it swallow the page)
TRIAL = (
    "Two men murdered a pensioner and dumped his body in a disused mine, a court heard. "
    "Prosecutor Tom Pike said of Mr Hale: '“He was a keen cyclist and was often seen around the town. "
    "He often wore cycling shoes even when he was not on his bike. "
    "'He was a member of the town's gun club and kept ammunition at his flat. "
    "The jury heard that Mr Hale kept the keys to his flat round his neck. "
    "He was planning to buy a third safe, the court was told. "
    "Mr Pike said Mr Hale changed his will to leave his estate to a neighbour. "
    "The neighbour grew close to the pensioner before his death, jurors heard. "
    "Mr Pike said that on the night of his death, Cole had lured Mr Hale to the mine. "
    "After they killed him, Cole and Dunn made up a cover story to hide the truth from their family, the court heard. "
    "Both defendants deny murder. The trial continues.")


def test_a_stray_mark_reopened_once_does_not_swallow_the_papers_lines_after_it():
    body = " ".join(body_paragraphs(TRIAL))
    assert "After they killed him, Cole and Dunn made up a cover story" in body


# a family's tribute with a caption line the splitter left on its words (the person named in full, in the
# third person), then a caption, then the tribute again: the caption never ships as the family's words
TRIBUTE = (
    "Police have released the last known pictures of a student whose body was found in a burning car. "
    "Firefighters found the body of Jess Hart in a lane near Northtown on March 3. "
    "Paying tribute to Miss Hart, her family said: 'Jess was a much loved daughter and sister. "
    "'She was always there for us and always made us smile. She will be deeply missed. "
    "'We are overwhelmed with the love we have received from her friends. Jess would have been so happy knowing "
    "how much she was loved. Jess Hart was discovered dead in a burning car by firefighters. "
    "The 22-year-old died as a result of smoke inhalation. "
    "'We will never forget our beautiful girl. We won't rest until we find the truth.' "
    "A man has been charged with her murder and will appear in court next month.")


def test_a_caption_left_on_a_tribute_never_ships_as_the_familys_words():
    for paragraph in body_paragraphs(TRIBUTE):
        assert not ("overwhelmed" in paragraph and "discovered dead" in paragraph), paragraph


# a picture's caption of play run on into the story's next line, no stop between, the caption ending on the town
# the picture was taken in (judge RQ 05: "... at the Crucible Theatre in Sheffield Ali Carter continued ...")
SNOOKER = (
    "Tom Brook found himself in more trouble at the snooker championship after making a rude gesture during his "
    "second-round match against Mark Venn. On the table the five-time champion enjoyed a good day, firing two "
    "centuries in building a 12-4 lead. But Brook was also spoken to by the referee towards the end of the afternoon "
    "session and warned about his behaviour. The warning could be the end of the matter, a tournament spokesman "
    "confirmed. Brook in action against Venn in their second round match at the Crucible Theatre in Sheffield Alan "
    "Dyer continued to struggle in his match against Australia's Neil Rose. The 35-year-old from Essex, who trailed "
    "6-2 after the opening session, won the first frame of the day but lost the next five.")


def test_a_caption_of_play_run_on_after_its_town_is_cut_from_the_storys_line():
    body = body_paragraphs(SNOOKER)
    assert any(p.startswith("Alan Dyer continued to struggle") for p in body), body
    assert "in action against" not in " ".join(body)



# a speaker's next quotation after the paper's short line that names no one: hers (judge RQ 07: the account of
# the noise the whole story turns on was cut, "Then the daily barrage of noise began" leading to nothing)
NEIGHBOUR = (
    "When Jo Sample, 28, moved into a quiet cul-de-sac in Northtown a year ago, she thought she had found the "
    "perfect home. But within a week her dream home turned into a nightmare thanks to a neighbour who played his "
    "television at full volume. Ms Sample has now been forced to move home. "
    "'I was told the previous tenants had trouble with him but I didn't think it would be a problem,' she said. "
    "Then the daily barrage of noise began. "
    "'On the first morning, I was in bed at about 6am and all of a sudden there was this noise. The TV was on at "
    "full blast. The ceilings are really low so it was right above my bed.' "
    "After a week, Ms Sample asked her neighbour to turn the sound down but was met with a tirade of abuse.")


def test_a_speakers_next_quotation_after_a_line_that_names_no_one_ships_with_her():
    body = " ".join(body_paragraphs(NEIGHBOUR))
    assert "'On the first morning, I was in bed at about 6am" in body
    assert "right above my bed.'" in body


def test_a_quotation_after_a_line_that_names_another_person_is_not_given_to_the_speaker_before():
    other = NEIGHBOUR.replace("Then the daily barrage of noise began.", "Then Tom Brook, the landlord, came round.")
    assert "On the first morning" not in " ".join(body_paragraphs(other))


# a new speaker's line opens the paragraph of the words "he" says next, though a body spoke just before it
# (judge RS 07: "Tata Steel's UK boss ... said ..." closed the union's paragraph, apart from his quotation)
STEEL = (
    "Northtown Steel said it had signed a letter of intent to enter into exclusive talks with Harbour Metals. "
    "More than 1,700 people are employed in the division, which has two plants in the north. "
    "The union's general secretary Sam Sample said: \"This is a positive step for the industry, but huge "
    "challenges remain.\" "
    "The union said it would be seeking urgent talks with Harbour Metals about investment and jobs. "
    "Northtown Steel's chief executive Jo Example said the announcement was \"an important step forward\". "
    "\"We now look forward to working with Harbour Metals so that the sale can be concluded,\" he said. "
    "The division makes components for the car and aircraft industries.")


def test_a_new_speakers_line_opens_the_paragraph_of_his_words_after_a_body_spoke():
    body = body_paragraphs(STEEL)
    his = next(p for p in body if "We now look forward" in p)
    assert his.startswith("Northtown Steel's chief executive Jo Example said"), body


# a side's line, then one more of its voices "added": one paragraph (judge RQ 03: the campaign manager's words stood
# apart from the charity that speaks through her)
CHARITY = (
    "A British mother jailed abroad has begun a hunger strike, her husband said. "
    "Tom Brook said his wife had been held for more than a year without a fair trial. "
    "\"She is very weak but she is determined,\" he said. "
    "Mr Brook said he was trying to get a visa so he could visit his wife. "
    "Freedom Watch UK said Mrs Brook was a \"prisoner of conscience\" who should be freed at once. "
    "Campaign manager Jo Example added: \"We very much hope the appeal will order her immediate release.\"")


def test_a_sides_line_stays_with_the_next_voice_that_adds_to_it():
    body = body_paragraphs(CHARITY)
    voice = next(p for p in body if "Campaign manager Jo Example added" in p)
    assert voice.startswith("Freedom Watch UK said"), body


# a short line whose object is what the line before it told stays in that line's paragraph (judge RS 12: "The
# ASI was reportedly allowed to view them, anyway." opened a paragraph, "them" pointing across the break)
MUSEUM = (
    "A museum in Northtown is to return a bronze statue thought to have been stolen from a temple in the south. "
    "The museum bought the statue for $650,000 from a New York dealer in 2007. "
    "The dealer's manager later admitted selling stolen antiquities, including the statue being returned. "
    "The allegations first came to light during a 2012 court case against the firm. "
    "The museum said there was no conclusive proof that the statue had been stolen from the temple. "
    "It was one of 30 objects the museum bought from the dealer, although none of the others are thought to be "
    "listed as stolen. Northtown Heritage staff were reportedly allowed to view them, anyway. "
    "The museum said it will take legal action to get compensation for the apparent fraud.")


def test_a_short_line_ending_on_what_the_line_before_told_stays_in_its_paragraph():
    body = body_paragraphs(MUSEUM)
    objects = next(p for p in body if "It was one of 30 objects" in p)
    assert "allowed to view them, anyway." in objects, body


# a possessive "her" in a line whose subject, named at its start, the source tells of as "she": hers, wherever the line
# stands (judges RR 03, RU 05: "T-Swift took to Twitter to air her grievances ..." was cut as leaning on someone before)
def test_a_named_womans_own_her_leans_on_no_one_before():
    from copydesk.check.context import inner_pronoun
    from copydesk.check.hers import women_told
    source = ("Taylor Example says she is blocked from performing her old hits.",
              "Sam Sample, whose firm owns her label, said he had done nothing wrong.")
    women = women_told(source, frozenset({"Example", "Sample"}))
    assert women == {"Example"}  # (not Sample: "her label" after his name is another's, and "he" is his)
    line = "T-Example took to Twitter to air her grievances with the label and its owner."
    assert inner_pronoun(line, frozenset({"Example"}), women) is None
    assert inner_pronoun(line, frozenset({"Example"})) == "her"
    assert inner_pronoun(line.replace("T-Example", "Sample"), frozenset({"Sample"}), women) == "her"


def test_her_after_a_thing_told_before_still_leans_back():
    from copydesk.check.context import inner_pronoun
    line = "Ms Example is housebound and said it had enriched her life."
    assert inner_pronoun(line, frozenset({"Example"}), frozenset({"Example"})) == "her"


# a short line that names by its noun what the line before it brought in stays with that line (judge RT 07: "The
# change took effect in January 2014." opened the next paragraph, apart from the policy change it dates)
SCOUTS = (
    "A youth club in Northtown said on Thursday that it has hired its first openly gay leader. "
    "The club's board said it hired Sam Sample, an 18-year-old, as a summer camp leader. "
    "Board member Jo Example said the board sees Sample as 'an exemplary candidate for the role'. "
    "'We welcome him,' Example said in a statement. "
    "The national federation did not immediately respond to an inquiry about the hire. "
    "The national federation changed its policy in 2013 to allow gay members, but not gay adults as leaders. "
    "The change took effect in January 2014. "
    "Campaigners for equal treatment hailed the hire. "
    "Sample said he was proud to have been chosen.")


def test_a_short_line_naming_what_the_line_before_brought_in_stays_with_it():
    body = body_paragraphs(SCOUTS)
    policy = next(p for p in body if "changed its policy in 2013" in p)
    assert "The change took effect in January 2014." in policy, body


# a short line that trails off into the next section is a subhead, not copy (judges RR 03, RU 05: "The bottom
# line ..." stood as a paragraph); a line that trails off with a verb of its own stays
def test_a_short_line_trailing_off_is_a_subhead():
    from copydesk.ingest.roles import roles
    lines = ["The singer says her old label is blocking her from performing her hits.",
             "The label has denied the claims, saying they were false.",
             "The bottom line ...",
             "The singer is ready to take her songs back.",
             "And then it happened ...",
             "But here's the disconnect ...",
             "The label declined to comment on Friday."]
    got = roles(lines)
    assert got[2] == "standfirst"
    assert got[4] != "standfirst"
    assert got[5] != "standfirst"  # (pair judge pair58a 17: it turns the piece)


# the desk's own break inside a source paragraph, before a pronoun that leans on the line before it, goes once the
# writer's breaks are restored (judge RU 07: "They would know the drill ..." opened a paragraph of its own)
def test_a_desk_break_before_a_leaning_pronoun_inside_a_source_paragraph_goes():
    from copydesk.engines.breaks import at_source_breaks
    from copydesk.engines.passages import Passages
    from copydesk.engines.units import Units
    sents = ["The council has voted to close the old library on Harbour Street.",
             "The vote followed a report on the cost of repairs to the building.",
             "At this point, the town would not put up with yet another report.",
             "They would know the drill in advance: a consultation, then a sale.",
             "The mayor said the council had no choice."]
    passages = Passages(sents, Units(sents).of)
    # (the desk split a wall before sentence 3; the writer's paragraphs open at 0, 1, 2 and 4)
    got = at_source_breaks([[0], [1, 2], [3, 4]], {0, 1, 2, 4}, passages)
    assert got == [[0], [1], [2, 3], [4]]


# a question that asks for the words quoted after it ships with them (judge RU 03: 'The tagline? "Meth. We're on
# it."' was cut, and the story never told its tagline)
CAMPAIGN = (
    "People across the region are talking about it: Northshire is on sugar.\n\n"
    "The buzz on national news and social media focused on a new health campaign launched by the county on Monday.\n\n"
    "The tagline?\n\n"
    "\"Sugar. We're on it.\"\n\n"
    "Council leader Jo Example launched the campaign to bring awareness to the sugar problem in Northshire.\n\n"
    "\"This is our problem, and together we need to get on it,\" Example said.\n")


def test_a_question_asking_for_the_quoted_words_ships_with_them():
    body = " ".join(body_paragraphs(CAMPAIGN))
    assert "The tagline? \"Sugar. We're on it.\"" in body


# a quotation tagged with the laugh it came with is its speaker's ("'That didn't happen,' laughs Mrs Example"): it ships
# as the answer to the line it denies (pair judge pair58a 04: the film's claim shipped without her denial)
def test_a_laughing_tag_attributes_the_quotation():
    from copydesk.engines.units import attributed
    assert attributed("‘That didn’t happen,’ laughs Mrs Example, who does not feature in the film.")
    assert attributed("'I was never there,' she laughed.")
    assert not attributed("The crowd laughed at the joke.")


# the nation a town stands in, told again and again ("Scotland"), is no rival to the town the story is set in
# ("MSPs at Holyrood": Edinburgh), judge RQ 12: "Scotland, United Kingdom" for the parliament's farewells
FAREWELL = [
    "Veteran MSP Jo Example bid farewell to the parliament on Thursday after 17 years.",
    "Mr Example, who has served since 1999, said Scotland was stronger as a result of the parliament.",
    "He told MSPs at Holyrood it had been an honour to serve.",
    "He welcomed the transfer of powers under the Scotland Bill.",
    "He said Scotland had changed beyond recognition since the parliament first sat.",
    "He said Scotland was not divided, but diverse.",
    "Mr Example recalled how ministers from Westminster came to Holyrood to learn from its committees.",
    "Mr Example is among those standing down as MSPs ahead of the election in May.",
]


def test_a_towns_own_nation_is_no_rival_to_the_town():
    from copydesk.setting import salient_place
    assert salient_place(FAREWELL) == "Edinburgh, United Kingdom"


# a deals page's small print is page furniture, wherever the scraper glued it (judge RX 03: "... warranty card
# Quantities may be limited." shipped as the story's last line)
def test_a_deals_pages_small_print_is_promo():
    from copydesk.ingest.roles import role_of
    assert role_of("What's in the box: earphones, a carrying case and a warranty card Quantities may be limited.", 18, 20) \
        == "promo"
    assert role_of("Quantities are limited to two packs per customer after a week of panic buying.", 5, 20) != "promo"


# a feature's lede that tells its people by where they come from, whom the next lines name, opens the story (judge
# RW 12: "They come from more than 20 countries, drawn to Libya ..." was cut as leaning on no one)
MIGRANTS = (
    "They come from more than 20 countries, drawn to Northland as the gateway to the south. "
    "Easterners want to escape conscription; Westerners flee drought and clan warfare; Islanders have given up hope "
    "of returning home. Motivations among the tens of thousands making the trek to the coast are as varied as the "
    "nationalities involved, according to researchers. In 2014 more than 80% of them headed for the Northland coast "
    "as the easiest point of embarkation.")


def test_a_feature_lede_telling_its_people_by_where_they_come_from_opens_the_story():
    body = body_paragraphs(MIGRANTS)
    assert body[0].startswith("They come from more than 20 countries"), body


# the story's last line naming again, in the present, someone a line before named in full, and telling again what
# that line told, is the closing picture's caption (judge RY 08: "Jo Wilfried Tsonga is back to form ..." closed Murray's
# quotation paragraph); a last line that brings news of its own stays
TENNIS = [
    "Britain will play France in the quarter-finals at Queen's Club in July.",
    "However, France will be encouraged by the recent comeback of Jo Example, who is their best grass court player "
    "and looking in decent form after overcoming arm problems.",
    "Sam Sample said: 'Queen's will be a perfect venue for our match against France.'",
    "Jo Example is back to form after overcoming an arm problem and will be a big threat for the French.",
]


def test_a_last_line_retelling_a_named_player_in_the_present_is_a_caption():
    from copydesk.ingest.roles import roles
    assert roles(TENNIS)[-1] == "caption"
    kicker = [*TENNIS[:-1], "Jo Example is due to play in the grass court event at Eastbourne next week."]
    assert roles(kicker)[-1] != "caption"


# an attribution that tells of a body by a bare noun the sentence names in full stays behind it (judge RY 03:
# "According to board spokeswoman Jo Example, ... the Civilian Complaint Review Board." told "board" before its name)
def test_an_attribution_naming_a_body_the_sentence_names_later_stays_at_the_end():
    from copydesk.engines.housestyle import house_style
    line = "Sam met Wednesday with an investigator from the Northtown Complaint Review Board, according to board spokeswoman Jo Example."
    assert house_style(line, names={"Sam"}) == line
    moved = "Sam met Wednesday with an investigator from the council, according to spokeswoman Jo Example."
    assert house_style(moved, names={"Sam"}).startswith("According to spokeswoman Jo Example, ")


# a quotation tagged "comments Jo Example" between its halves is its speaker's, and ships (judges RR 08, RX 11: the
# band's only words on the tour were cut as a quotation with no speaker)
def test_a_comments_tag_between_a_quotations_halves_names_its_speaker():
    from copydesk.engines.units import attributed, speakerless
    line = ("“We're truly excited about our anniversary tour,” comments Jo Example in a statement, “as it's a "
            "celebration of the band's entire history.”")
    assert attributed(line)
    assert not speakerless(line)
    assert not attributed("Her comments drew criticism on Friday.")
