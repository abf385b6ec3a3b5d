"""Faults found by copy editors reading outputs in the forty-fourth session, each in invented text."""

from __future__ import annotations

import copydesk
from shipping import NOW, body_paragraphs, body_sentences  # noqa: F401  (the helpers later tests share)


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


def _headline(text: str) -> str:
    return _rewrite(text).headline


def test_a_span_of_time_put_first_keeps_its_perfect_in_the_headline():
    # (judge MZ 01: "Over the last year more than 25,000 people ... have fought Ebola infections" was
    # headed "More Than 25,000 People Fight Ebola Infections", as if all were ill now)
    text = ("Over the last year more than 3,000 people in Northtown have fought serious flood damage to their homes. "
            "Most of them have since gone back to their houses. "
            "The council said the river defences were now finished. ")
    head = _headline(text)
    assert "Have Fought" in head, head
    assert " Fight " not in head


def test_a_headline_is_never_cut_between_the_two_halves_of_between():
    # (judge NB 11: "... Voice Frustrations Between Fantastical Lives" lost the "and reality" it was between)
    text = ("Pupils have taken to the social media site to loudly voice their frustrations between the perfect "
            "lives in the pages of novels and in films, and reality using the hashtag #realschool. "
            "Many of the posts were shared thousands of times. "
            "The authors of the novels have not commented. ")
    head = _headline(text)
    assert "Between" not in head or " And " in head[head.index("Between"):], head
    assert head.startswith("Pupils Take to Social Media Site"), head


def test_what_was_supposed_to_happen_is_no_headline():
    from copydesk.engines.headcheck import headline_problem
    assert headline_problem("Northtown Summit Supposed to Be All About Handshake") is not None
    assert headline_problem("Northtown Summit Agrees New Trade Deal") is None


def test_how_a_purpose_in_the_subject_is_served_goes_from_a_long_headline():
    # (judge MZ 09: the lead "A Hollywood-inspired experiment to help dementia patients by waking them up
    # with video recordings from loved ones is taking place in New York" was too long, and the headline
    # fell to a detail, "Each Day New Video Shown to Residents")
    text = ("A school experiment to help shy pupils by greeting them each morning with recorded messages from their "
            "classmates is taking place in Northtown. "
            "Each day a new message is played to the pupils. "
            "Teachers said the pupils had already grown more confident. ")
    assert _headline(text) == "School Experiment to Help Shy Pupils Takes Place in Northtown"


def test_the_means_of_the_clause_s_own_verb_stays():
    from copydesk.engines.headinserts import without_means
    kept = "Jo Example made history by becoming the first woman to win the Northtown marathon twice"
    assert without_means(kept) == kept
    assert without_means("A trial to cut queues by opening two more gates at the harbour is under way") \
        == "A trial to cut queues is under way"
    # (reviewer rev44: a plan's means is what is planned, and a means that repeats the purpose's verb is all
    # the headline says)
    for kept in ("A plan to fund a new library by selling the old town hall to a developer has been rejected",
                 "An attempt to cross the harbour by swimming backwards the whole way has been abandoned",
                 "A drive to raise money by selling cakes baked by pupils has raised more than £5,000"):
        assert without_means(kept) == kept


def test_a_state_named_with_its_word_is_the_state_never_its_town_of_that_name():
    # (judges MT 11 and NB 08: "in Nigeria's Ondo state" gave the dateline "Ondo, Nigeria", read as the town)
    text = ("Flooding has closed dozens of schools across Nigeria's Ondo state since Monday, officials said. "
            "More than 2,000 pupils have been sent home in Ondo state, the education board said. "
            "Heavy rain is expected to continue until the end of the week. "
            "Engineers are inspecting three bridges on the main road. ")
    place = _rewrite(text).dateline.place
    assert place in (None, "Ondo State, Nigeria", "Nigeria"), place
    assert place != "Ondo, Nigeria"


def test_a_quoted_hashtag_or_handle_opens_its_quotation():
    # (judge MY 06: "Appropriately, they couldn't resist the hashtag: '#maycausetailbacks'." read as a broken
    # quotation, so it and the line after it that told where it happened were left out)
    from copydesk.editorial import quotes_broken
    assert not quotes_broken("They could not resist the hashtag: ‘#harbourlife’.")
    assert not quotes_broken("He changed his name to ‘@jo_example’ on Sunday.")
    # (reviewer rev44: a bare symbol, and a hashtag the source never closes, open nothing)
    assert not quotes_broken("Press the '#' key, then the '@' key, to finish.")
    assert not quotes_broken("They tweeted '#NorthtownFlood all day.")
    assert quotes_broken("They could not resist the hashtag: ‘#harbourlife’ and ‘more.")
    text = ("A runaway tractor driven by a sheepdog crashed on to the Northtown bypass yesterday. "
            "The harbour council tweeted a warning that there may be delays 'due to a dog driving a tractor', "
            "adding: 'Nope, not joking.' "
            "Appropriately, they could not resist the hashtag: '#maycausedelays'. "
            "The incident happened at junction 4 of the bypass, near Example Farm. "
            "Farmer Sam Example said the dog had leaned on the controls. "
            "'He didn't even bark,' he said. ")
    assert any("junction 4" in s for s in body_sentences(text))


def test_a_role_before_a_full_name_inside_a_long_headline_goes():
    # (judge MX 01: "The woman falsely accused of blackmailing premier league star Marcus Rojo has been snapped
    # ..." was too long, and the headline fell to old background, "... Had Brief Liaison ...")
    from copydesk.engines.headtrims import shorter_subject
    assert shorter_subject("man wrongly accused of robbing former harbour footballer Jo Example seen leaving "
                           "Northtown court") == "man wrongly accused of robbing Jo Example seen leaving Northtown court"
    for kept in ("man accused of attacking a police officer Sam Example appears in court",
                 "woman cleared of threatening her former lover Sam Example walks free",
                 # (reviewer rev44: a role that is the news, and words before it that are a verb or a preposition)
                 "man accused of attacking police officer Sam Example appears in court",
                 "man jailed for stealing from millionaire businessman Jo Example walks free",
                 "man charged with threatening to kill judge Jo Example remanded"):
        assert shorter_subject(kept) == kept
    text = ("The man wrongly accused of robbing former harbour footballer Jo Example has been pictured throwing "
            "stolen banknotes into the sea. "
            "Sam Sample, 34, was cleared last month after a three-day trial. "
            "Police said they were looking into the taxi's theft. ")
    head = _headline(text)
    assert head.startswith("Man Wrongly Accused of Robbing Jo Example Pictured Throwing"), head


def test_the_midlands_is_never_zimbabwe_s_province():
    # (judge NB 05's story named "the Midlands": the only region of that name the tables knew was
    # Zimbabwe's, and a story told only there would have been datelined "Midlands, Zimbabwe")
    text = ("Flooding across the Midlands has closed dozens of roads, the Environment Agency said on Monday. "
            "Rain fell for three days in the Midlands and more is expected. "
            "Engineers are inspecting bridges across the region. ")
    place = _rewrite(text).dateline.place
    assert place is None or "Zimbabwe" not in place, place


def test_a_people_s_name_is_no_region_of_that_name():
    # ("Somali immigrants" read as the Somali region of Ethiopia: a story that named no other place was
    # datelined "Somali, Ethiopia"; the same for a person's or a club's name that a region shares)
    text = ("Somali traders have opened a new covered market, the traders' association said on Monday. "
            "More than 40 Somali families run stalls at the market, which sells spices and cloth. "
            "The association said it hoped to open a second market next year. ")
    place = _rewrite(text).dateline.place
    assert place is None or "Ethiopia" not in place, place


def test_england_s_compass_regions_are_never_singapore_s_districts():
    # (fc-009's "campaigning in the South West" was read as Singapore's South West district)
    text = ("Candidates spent the day campaigning in the South West, where three seats are close. "
            "Voters in the South West have backed the party for twenty years. "
            "Polls open at 7am on Thursday. ")
    place = _rewrite(text).dateline.place
    assert place is None or "Singapore" not in place, place


def test_a_first_line_that_adds_to_a_lost_one_is_told_after_the_lead():
    # (judge MY 03: "Moreno, 24, is also wanted by former club Sevilla ..." was the text's first line, after a
    # first sentence lost upstream; left out, the player the story goes on about was never told)
    text = ("Sample, 24, is also wanted by former club Westford, while two clubs abroad have shown an interest. "
            "Northtown will insist on £3m for defender Jo Example, who had a spell at Eastport last term. "
            "Sample was dropped from the side by the Northtown manager last season. "
            "The club are confident they will get their asking price for Example. "
            "Northtown play their first league match on Saturday. ")
    sentences = body_sentences(text)
    told = [k for k, s in enumerate(sentences) if s.startswith("Sample, 24, is also wanted")]
    assert told and told[0] > 0, sentences  # (after the lead, not as it)
    # (reviewer rev44b: a round-up's other item, which shares nothing with the story, stays out)
    text = ("Two men have already been charged over the attack. "
            "A Northtown primary school has been rated outstanding by inspectors for the first time. "
            "Westford Road Primary was praised for its teaching of reading. "
            "Head teacher Jo Example said staff were thrilled. ")
    assert not any("charged over the attack" in s for s in body_sentences(text))


def test_what_has_long_held_is_no_headline():
    # (judges NC 01 and NC 07: "Baseball Has Long Been Considered America's Favorite Pastime", "Economy
    # Passengers Have Long Wished They Were in First Class": the feature's opening, no news)
    from copydesk.engines.headcheck import headline_problem
    assert headline_problem("Harbour Has Long Been Considered Northtown's Favourite Walk") is not None
    assert headline_problem("Ferry Passengers Have Long Wished for Faster Crossing") is not None
    assert headline_problem("Northtown Has Historically Been Thorn in Council's Side") is not None  # (judge NI 08)
    assert headline_problem("Long Island Ferry Has Been Cancelled") is None
    assert headline_problem("Northtown Has Long-Awaited Bypass Opened") is None


def test_in_the_news_is_the_media_not_a_thing_told_before():
    # (judge ND 12: "ESPN's Britt McHenry this week found herself in the news, ... after a video surfaced ..."
    # read as a text that lost its first sentence, so the line that says who she is and what the video showed
    # was left out)
    from copydesk.ingest.toldbefore import told_before
    assert told_before("Presenter Jo Example found herself in the news this week after a video surfaced.") is None
    assert told_before("The harbour made the news when a whale swam in.") is None
    assert told_before("Sam Sample said the news had shocked the village.") is not None
    text = ("Northtown presenter Jo Example this week found herself in the news, rather than reading it, after a "
            "video surfaced showing her shouting at a ferry worker. "
            "Among the highlights, as caught on tape: \"Do you know who I am?\" "
            "Example quickly issued an apology, blaming a moment of frustration. "
            "Her station said she would be suspended for a week. ")
    assert body_sentences(text)[0].startswith("Northtown presenter Jo Example this week found herself")


def test_a_cut_may_end_on_a_quoted_title_whose_last_word_is_a_verb():
    # ("a photo series called 'Wil Can Fly' | in which ..." was never cut: "Can Fly" read as a verb that wants
    # what follows, though the quotation closed on it)
    from copydesk.engines.headcut import cut_to_length
    text = ("mother starts photo series called 'Jo Can Swim' in which toddler appears to be swimming in many "
            "different places")
    assert cut_to_length(text, text, frozenset(), frozenset(), room=0, historic=False) \
        == "mother starts photo series called 'Jo Can Swim'"


def test_a_lost_line_s_the_decision_never_follows_a_line_that_tells_another_act():
    # (judge NG 06: "Administrators of the ACT test took the decision ..." was set after "The other entrance
    # exam - the SAT - was cancelled in South Korea in 2013", so "the decision" read as the SAT's)
    text = ("Organisers of the Westbury Regatta took the decision just hours before some 500 rowers were due to race. "
            "The Westbury Regatta is one of two races open to rowers from across the county. "
            "This is not the first storm to hit the races. "
            "The other race - the Westford Sprint - was cancelled in 2013 because the river flooded. "
            "The Westbury Regatta was due to be held at 12 sites along the river on Saturday morning. "
            "Rowers said they were told about an hour before the first race. "
            "Sam Sample, who runs the regatta, said safety came first. ")
    sentences = body_sentences(text)
    for k, s in enumerate(sentences):
        if s.startswith("Organisers of the Westbury Regatta took the decision"):
            assert k == 0 or "was cancelled" not in sentences[k - 1], sentences
    from copydesk.ingest.toldbefore import misread_after
    assert misread_after("Organisers took the decision an hour before.", "The sprint was cancelled in 2013.")
    assert not misread_after("Organisers took the decision an hour before.", "The regatta was due on Saturday.")


def test_a_caption_runs_into_a_judge_told_by_title_and_full_name():
    # (judge NG 01: "Paul McGowan avoided a prison sentence after a third assault on a policeman Sheriff Derek
    # O'Carroll spared the Dens star ..." shipped as one sentence)
    from copydesk.segment import split_sentences
    text = ("Jo Example was spared jail yesterday after a third assault on a police officer. "
            "Jo Example avoided a prison sentence after a third assault on a policeman Sheriff Sam Sample spared "
            "the midfielder a prison sentence after hearing he was having counselling. "
            "Greater Northtown coroner Dr Ann Example said the family had been told. ")
    sentences = split_sentences(text)
    assert any(s.startswith("Sheriff Sam Sample spared the midfielder") for s in sentences), sentences
    # (a role before the title is the speaker's: no cut there)
    assert any(s.startswith("Greater Northtown coroner Dr Ann Example said") for s in sentences), sentences
    body = body_sentences(text)
    assert not any("policeman Sheriff" in s for s in body), body


def test_a_story_told_late_one_night_keeps_its_past():
    # (judge NH 12: "Late one night on Facebook, a girl with cystic fibrosis messaged a boy ..." was headed
    # "... Messages Boy ...", a first meeting years before told as today's news)
    text = ("Late one night on a ferry, a nurse from Northtown met a sailor from Westford, and both their lives "
            "were changed forever. "
            "The nurse, Jo Example, read that the sailor, Sam Sample, was very sick. "
            "They married two years later. ")
    head = _headline(text)
    assert " Meets " not in head, head


def test_also_stays_before_a_part_in_a_cast():
    # (judge NN 11: "Rita Ora also stars" shipped as "Rita Ora stars", a supporting cast read as the film's leads)
    from copydesk.engines.answers_back import without_also
    assert without_also("Singer Jo Example also stars in the film.") == "Singer Jo Example also stars in the film."
    assert without_also("Police also arrested a second man.") == "Police arrested a second man."
    # (reviewer rev44c: "appears to", "plays a part", "features claims" are no part in a cast)
    assert without_also("The council also appears to have ignored warnings.") == "The council appears to have ignored warnings."


def test_where_a_dated_past_event_happened_is_not_where_today_s_story_is():
    # (judges MZ 05, ND 10, NL 07: a Court of Appeal ruling "yesterday" was datelined "Chelmsford", where the
    # fine was issued "in April 2013")
    text = ("Thousands of drivers face higher fines after appeal judges ruled yesterday that a £90 charge was fair. "
            "Jo Example had challenged the charge, saying it was unfair. "
            "Example, who runs a cafe, got the £90 fine in April 2013 when he overstayed by 40 minutes in a car "
            "park in Colchester. "
            "He had parked at the retail park in Colchester on April 15, 2013, and returned late. "
            "Motoring groups said the ruling was a blow to drivers. ")
    place = _rewrite(text).dateline.place
    assert place is None or "Colchester" not in place, place
    from copydesk.placescan import dated_background
    sents = ["Judges ruled on Monday that the fine was fair.", "Jo Example had challenged it.",
             "He was fined in April 2013 in Colchester."]
    assert dated_background(sents, 2)
    assert not dated_background(["A fire broke out in Colchester on 3 May 2015.", "Crews attended.",
                                 "The blaze began in April 2013 in a shed."], 2)  # (a lead with its own year)
    # (reviewer rev44c: the story's own event told with its full date)
    assert not dated_background(["Police on Monday appealed for witnesses to a crash.", "A man died.",
                                 "The crash happened near Colchester on Sunday, July 6, 2025."], 2)
