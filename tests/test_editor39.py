"""Faults found by copy editors reading outputs in the thirty-ninth session, each in invented
text: datelines an event named for its town, a nation's police force or "the city" of a story
should have set."""

from __future__ import annotations

from shipping import body_paragraphs
from shipping import body_sentences as _body


def test_an_event_named_for_its_town_sets_the_story_there():
    from copydesk.setting import salient_place
    sents = ["A grandmaster has been thrown out of a tournament after he hid a phone in a cubicle.",
             "Sam Example, the national champion, was expelled from the Dubai Open Chess tournament on Sunday.",
             "His opponent, Georgia's Jo Brook, lodged a complaint.",
             "Organisers said the ban would stand."]
    assert salient_place(sents) == "Dubai, United Arab Emirates"
    # (the event told as someone's label, not as where anyone was, sets nothing)
    assert salient_place([s.replace("was expelled from the Dubai Open Chess tournament", "praised the Dubai Open")
                          for s in sents]) != "Dubai, United Arab Emirates"


def test_a_towns_race_day_sets_the_story_at_its_course():
    from copydesk.setting import salient_place
    sents = ["The nine-year-old gelding collapsed after winning the Example Chase at Cheltenham's Festival Trials Day.",
             "He was treated by veterinary staff.",
             "The trainer said the horse had never been ill."]
    assert salient_place(sents) == "Cheltenham, United Kingdom"


def test_a_nations_police_force_sets_the_story_in_that_nation():
    from copydesk.setting import salient_place
    sents = ["The incident happened on Example Road at about 11:45 on Sunday.",
             "A local diversion was put in place.",
             "Police Scotland have appealed to anyone who saw the woman."]
    assert salient_place(sents) == "Scotland, United Kingdom"
    assert salient_place([s.replace("Police Scotland", "Police") for s in sents]) is None


def test_the_city_of_a_story_is_the_one_town_it_names():
    from copydesk.setting import salient_place
    sents = ["The victim was fatally injured outside a property on Example Terrace, close to the city centre.",
             "Officers found the man with a gunshot wound to his chest.",
             "He died later in hospital.",
             "Neighbours said he had been at a family party.",
             "Many came out of the house to help him.",
             "Police have not named him.",
             "Officers are searching the area.",
             "There have been a number of shootings in Sheffield in recent weeks."]
    assert salient_place(sents) == "Sheffield, United Kingdom"
    # (a story that never says "the city" is not put in a town it names once, deep down)
    assert salient_place([s.replace(", close to the city centre", "") for s in sents]) is None
    # (nor one that names another town too)
    assert salient_place(sents[:-1] + ["There have been shootings in Sheffield and in Leeds in recent weeks."]) != "Sheffield, United Kingdom"


def test_what_a_paper_only_understands_keeps_its_attribution_in_the_headline():
    from copydesk.engines.headline import trim, write_headline
    sents = ["The BBC understands no proposals to preserve the four old frigates have been submitted.",
             "Bidders had until 23 January to register an interest in the ships.",
             "A final decision is not expected until the spring."]
    assert write_headline(sents, 0) == "No Proposals to Preserve Four Old Frigates Have Been Submitted, BBC Understands"
    # (what a paper reveals it tells as fact: its frame goes)
    told = "MailOnline can reveal that the club is set to sack its manager."
    assert trim(told, frozenset(told.lower().split())) == "club is set to sack manager"


def _trim(sentence: str) -> str:
    from copydesk.engines.headline import trim
    return trim(sentence, frozenset(sentence.lower().split()))


def test_a_long_headline_drops_an_intensifier_before_it_cuts_what_a_participle_wants():
    # (judge LO 04: "... to Find Their House Completely Engulfed" was cut off before "in flames")
    head = _trim("Jo Example was woken up by her son Sam to find their house in Northtown completely engulfed in flames.")
    assert head.endswith("house engulfed in flames"), head
    # (a degree after a negation or a hedge says how much: it stays)
    assert "not completely" in _trim("The old mill in Northtown was not completely destroyed by the fire that "
                                     "swept through the valley on Friday.")


def test_at_the_time_stays_in_a_headline():
    # (reviewer rev39: "youngest mayor in Britain at the time" without it states an untrue superlative)
    assert _trim("Jo Example was the youngest mayor in Britain at the time.").endswith("at time")


def test_a_players_tally_shows_a_surname_to_be_a_persons_at_its_first_mention():
    # (judge LO 12: "the season before Duncan arrived" came one sentence before "Tim Duncan had 19 points")
    body = _body("Sam Example scored 26 points as the Northtown Bears beat Harbour City 107-92 on Sunday. "
                 "The Bears extended their home winning streak to 32 games, dating back to 1997, the season before "
                 "Brook arrived. Jo Brook had 19 points and Ann Sample added 18 for the Bears. "
                 "The Bears play again on Tuesday.")
    assert any("the season before Jo Brook arrived" in s for s in body), body


def test_a_line_that_retells_one_told_by_its_pronoun_is_a_caption():
    # (judge LP 10: "Derek snapped a photo of the note for Facebook ..." after "He later snapped a photo ...")
    text = ("A student who left his headlights on found a friendly note from a stranger on his car in Northtown. "
            "Sam Example, a law student, found a battery charger beside the note. "
            "He later snapped a photo of the stranger's friendly note to post to Facebook, where it has now gone viral. "
            "The note has been viewed thousands of times. "
            "Sam snapped a photo of the note for Facebook and it has since gone viral. "
            "He said the stranger had made his day.")
    body = _body(text)
    assert not any(s.startswith("Sam snapped") for s in body), body
    # (a line that tells something new about the same note stays)
    kept = _body(text.replace("Sam snapped a photo of the note for Facebook and it has since gone viral.",
                              "Sam snapped a photo of the charger and the cord for his mother in Harbourton."))
    assert any(s.startswith("Sam snapped") for s in kept), kept


def test_not_the_first_time_turns_back_to_the_past_in_a_paragraph_of_its_own():
    # (judge LO 05: "This is not the first time a player was caught cheating ..." ended a denial's paragraph)
    text = ("A chess champion has been thrown out of a tournament in Northtown after he hid a phone in a cubicle. "
            "Sam Example was expelled on Sunday after his opponent complained. "
            "When questioned about the offence, Example said: 'Not everything is true in what was said.' "
            "This is not the first time a player was caught cheating at a chess tournament. "
            "In 2013 a player in Harbourton was banned for three years.")
    paras = body_paragraphs(text)
    assert any(p.startswith("This is not the first time") for p in paras), paras


def test_a_month_fronted_with_no_comma_leaves_the_headline_its_clause():
    # (judge LO 01: "From October people in England will have to pay 5p ..." read as a fronted phrase)
    from copydesk.engines.headline import write_headline
    sents = ["The ministry found the number had gone up by 200 million since 2013.",
             "There has been a big problem with carrier bags in the last few years.",
             "From October shoppers in Northshire will have to pay 10p for their carrier bags.",
             "Towns where people are charged for carrier bags have all seen a fall in bags used."]
    assert write_headline(sents, 0) == "Shoppers in Northshire Will Have to Pay 10p for Carrier Bags"


def test_a_great_city_a_town_is_told_by_is_not_the_dateline():
    # (judge LR 06: "in her Nyack village home, near New York" gave "New York, United States")
    from copydesk.setting import salient_place
    sents = ["The actress said she was lucky to be alive after falling ill at home.",
             "Sam Example wrote on her blog that she had searched for her symptoms.",
             "She visited a cardiologist the next day.",
             "Example said her chest began to ache after she helped a woman out of her car in her "
             "Nyack village home, near New York."]
    assert salient_place(sents) != "New York, United States"
    # (a town told by the town beside it, which is no great city, still sets it)
    town = ["The body of a man was found at a house in Example Road, Little Gaddesden, near Berkhamsted, on Saturday.",
            "A second man was taken to hospital.", "Police want to question a neighbour."]
    assert salient_place(town) == "Berkhamsted, United Kingdom"


def _roles(sentences: list[str]) -> list[str]:
    from copydesk.ingest.roles import roles
    return roles(sentences)


def test_a_scene_a_video_still_and_a_teams_celebration_beside_captions_are_captions():
    # (judges LR 12 and LQ 01: "Scenes of elation as ...", "... celebrate.", "The man is seen bending down ...")
    sents = ["Sam Example kicked Northtown through to the semi-finals with a last-minute penalty on Sunday.",
             "It was his finest moment since he arrived at the club.",
             "Scenes of elation as Northtown clinch victory with the last play of the match.",
             "Example kicks the match-winning penalty from long range during the quarter-final in Paris.",
             "Northtown's first team through to the semi-finals celebrate.",
             "'The last time I kicked to win a game I was 21,' said Example."]
    got = _roles(sents)
    assert got[2] == "caption" and got[4] == "caption", got
    assert got[5] in ("quote", "body"), got
    video = ["A man's theft of a neighbourhood's peacock was caught on camera on Sunday.",
             "Footage from a neighbour's home shows the thief grab the bird before driving off.",
             "Residents saw a man (left) approach the bird as it displayed its plumage .",
             "The man is seen bending down and picking up the bird by its claws.",
             "A neighbour said she rushed out and yelled at the man."]
    got = _roles(video)
    assert got[3] == "caption", got
    # (a witness seen in the past, in the copy, stays: no still of a video)
    assert _roles([*video[:3], "The man was seen driving off towards the motorway at 7pm.", video[4]])[3] != "caption"


def test_rev39_the_new_rules_hold_back_where_they_would_mislead():
    """Reviewer rev39's inputs, each where a rule of this session first misfired."""
    from copydesk.engines.headline import write_headline
    from copydesk.setting import salient_place
    # an event someone withdrew from, or was at once, is not where the story is
    assert salient_place(["A tennis player has had surgery at a clinic in Nottingham.",
                          "Jo Example withdrew from the Madrid Open last week.",
                          "She hopes to return for the grass season."]) != "Madrid, Spain"
    assert salient_place(["A grandmaster appeared at a disciplinary hearing in London on Monday.",
                          "Sam Example was expelled from the Dubai Open in March.",
                          "The panel will rule next week."]) == "London, United Kingdom"
    # a nation's police helping in a story set elsewhere
    assert salient_place(["A walker has been found safe after a search near Wooler, Northumberland.",
                          "Police Scotland helped in the search.",
                          "She was taken to hospital as a precaution."]) != "Scotland, United Kingdom"
    assert salient_place(["A search for a missing walker in the Example Hills has entered its third day.",
                          "The man set off from Wooler on Sunday morning.",
                          "Police Scotland officers have joined Northumbria Police in the search."]) \
        != "Scotland, United Kingdom"
    # a city someone moved to is no city centre
    assert salient_place(["A farmer who never moved to the city has turned 100.",
                          "Jo Example still milks his cows every morning.",
                          "His neighbours threw a party.",
                          "He was born in a hospital in Manchester in 1925."]) != "Manchester, United Kingdom"
    # a paper that is not named keeps no name in the headline
    assert write_headline(["The paper understands the club is set to sack its manager after the defeat.",
                           "A spokesman declined to comment."], 0) == "Club Set to Sack Manager After Defeat"
    # a degree that limits is the news
    assert "Entirely" in write_headline(["The Northtown gallery will no longer be entirely free to visitors "
                                         "from next April under the new plans announced by its trustees.",
                                         "Its main rooms stay free."], 0)
    # a month whose end is the news, or a name after it, stays
    for lead in ("Until October drivers will be able to park for free in the Northtown centre.",
                 "Since April Example took over as head teacher results at the school have doubled."):
        assert not write_headline([lead, "The council said so on Monday."], 0).startswith(("Drivers", "Example Takes"))


def test_rev39_a_team_or_town_after_its_preposition_keeps_its_name():
    body = _body("The Northtown Bears beat Washington 101-95 on Sunday to reach the play-offs. "
                 "The Bears trailed by ten at half-time. Jo Washington had 19 points and Sam Brook added 12 "
                 "rebounds for the Bears. They play Harbour City on Thursday.")
    assert body[0].startswith("The Northtown Bears beat Washington 101-95"), body


def test_rev39_a_retold_line_that_adds_a_fact_stays():
    body = _body("A man who found a wallet with £2,000 inside handed it in to police in Northtown. "
                 "Derek Example, 40, was walking his dog when he saw it. "
                 "He said he never thought about keeping the money for himself. "
                 "Derek said he never thought about keeping the money, but his wife did. "
                 "The owner gave him a £100 reward.")
    assert any("but his wife did" in s for s in body), body


def test_a_correspondents_byline_glued_to_a_horses_name_opens_their_box():
    # (judge LR 10: "... correspondent Cornelius LysaghtShutter Speed's clearly in very good order" shipped)
    sents = ["Northtown Lass won the Example Stakes at York on Wednesday.",
             "The trainer said she would now go to France.",
             "BBC Sport racing correspondent Jo ExampleNorthtown Lass's clearly in very good order and she coped well.",
             "She'll be off to France, and the trainer will rely on others in the longer race."]
    got = _roles(sents)
    assert got[2] == "related" and got[3] == "analysis", got
    # (a name with a capital inside it after "correspondent" is no glued byline)
    assert _roles([*sents[:2], "BBC correspondent Jo DeMarco said the filly was fine.", sents[3]])[2] != "related"


def test_where_a_picture_was_taken_is_not_where_the_story_is():
    # (judge LQ 02: "In the images, ... the painter is seen ... walking around her house in Mexico" gave "Mexico")
    from copydesk.setting import salient_place
    sents = ["A new series of photographs of a late painter has been released as part of a new book.",
             "In the images, the painter is seen at her most relaxed, walking around her house in Mexico.",
             "The pictures show the artist in her garden.",
             "The book is published next month."]
    assert salient_place(sents) is None
    # (the story told there, not a picture of it, still sets it)
    assert salient_place([sents[0], "The painter's house in Mexico City opened to visitors on Monday.",
                          *sents[2:]]) == "Mexico City, Mexico"


def test_the_papers_question_opens_the_paragraph_of_the_quotation_that_answers_it():
    # (judge LR 09: "What did she do for 36 hours?" closed one paragraph, its answer opened the next)
    text = ("A woman was pulled alive from the rubble of her home in Northtown on Monday, 36 hours after the earthquake. "
            "Jo Example, 40, was at home when the building came down around her. "
            "'I heard people making noise outside, so I thought I would be rescued,' she said. "
            "What did she do for 36 hours? "
            "'I was just lying down,' she said. 'There was no room to move.' "
            "Rescuers said she had no injuries.")
    paras = body_paragraphs(text)
    assert any(p.startswith("What did she do for 36 hours? ") for p in paras), paras


def test_rev39b_footage_of_the_storys_own_event_still_sets_the_dateline():
    from copydesk.setting import salient_place
    sents = ["A tornado has torn through a town in Oklahoma, destroying dozens of homes.",
             "In the footage, the twister is seen ripping the roof off a school in Moore.",
             "No one was killed, officials said.",
             "Residents began clearing debris on Monday."]
    plain = [s.replace("In the footage, the twister is seen ripping", "The twister ripped") for s in sents]
    assert salient_place(sents) == salient_place(plain)
    assert salient_place(["A bridge collapsed into the river on Sunday.",
                          "In the pictures, the span is seen falling into the water in Dresden.",
                          "Divers searched the river.", "Police closed the road."]) == "Dresden, Germany"


def test_a_quotation_told_to_the_writer_is_said_in_the_rewrite():
    # (judges LS 05, LT 04: "'...,' he told me." left a "me" no one in the rewrite is)
    from copydesk.engines.housestyle import told_me_said
    assert told_me_said('"You cannot make anyone negotiate," he told me.') == '"You cannot make anyone negotiate," he said.'
    assert told_me_said('"It was hard," Sam Example told me.') == '"It was hard," Sam Example said.'
    # (the writer's own "told me" outside a quotation's tag is the writer's aside: left to the aside rules)
    assert told_me_said("He told me the plan had failed.") == "He told me the plan had failed."


def test_a_lists_heading_in_capitals_run_into_its_item_goes():
    # (judge LS 12: "ANDREW SYMONDS STOPS A STREAKER Thankfully, Benaud was on hand ..." kept its heading)
    from copydesk.engines.housestyle import kicker_dropped
    assert kicker_dropped("JO EXAMPLE STOPS A STREAKER Thankfully, Brook was on hand to describe it.", {"a"}) \
        == "Thankfully, Brook was on hand to describe it."
    # (capitals that may be a name or a body's: no article, no word the source writes in lower case)
    assert kicker_dropped("NHS ENGLAND BOSS Sam Example said the plan was sound.", {"a"}).startswith("NHS ENGLAND")


def test_the_region_tables_are_read_once():
    # (a decorator that slipped onto a new function left regions() reading its pickle at every call:
    # the dateline stage went from about 1 ms an article to 24)
    from copydesk.gazetteer import regions
    assert regions() is regions()
