"""Faults found by copy editors reading outputs in the forty-third session, each in invented text."""

from __future__ import annotations

import copydesk
from shipping import NOW, body_paragraphs, body_sentences


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


def _headline(text: str) -> str:
    return _rewrite(text).headline


def test_a_caption_that_retells_a_line_ends_where_the_next_sentence_of_the_story_opens():
    # (a Daily Mail caption with no stop that retells the story's line runs into the story's next
    # sentence, "... in the room Jo's body was found ...": the story's sentence was lost or shipped glued)
    text = ("A father from Northtown is accused of locking his daughter in a bedroom for six months. "
            "Sam Example allegedly locked his daughter in the bedroom at the family home, forcing her to sleep "
            "on the floor in the room. "
            "Jo Example was allegedly locked in a bedroom by her father, forcing her to sleep on the floor in the "
            "room Jo's body was found days after her 12th birthday. "
            "Example, 44, denies murder and child cruelty. "
            "The trial continues at Northtown Crown Court. ")
    sentences = body_sentences(text)
    assert "Jo's body was found days after her 12th birthday." in sentences
    assert not any("in the room Jo's body" in s for s in sentences)


def test_a_retold_line_is_no_caption_unless_it_is_a_clause_of_its_own_outside_any_quotation():
    # (reviewer rev42c: the cut shipped allegations bare and cut titles from their names; a caption is a
    # clause of its own, a subject and its verb, and a verb of saying has its clause whole before the cut)
    from copydesk.pagelines import retold_cuts
    told = "Prosecutor Jo Example told the jury at Northtown Crown Court that Sam Sample had stolen the money."
    for sent in (
        # a verb of saying whose clause the name and its verb open
        "Prosecutor Jo Example told the jury at Northtown Crown Court yesterday Sample had also lied to police.",
        # a role before its name
        "The jury at Northtown Crown Court heard from the prosecutor and the money stolen from the council leader "
        "Jo Example said.",
        # a fronted clause that lost its comma
        "Speaking to the jury at Northtown Crown Court about the stolen money Jo Example said it was taken.",
        # a subject whose first verb is a relative clause's
        "The prosecutor who told the jury at Northtown Crown Court about the stolen money Jo Example said so.",
        # inside a quotation
        "'The prosecutor told the jury at Northtown Crown Court the money was stolen Sample was the thief.'",
    ):
        assert retold_cuts([told, sent])[1] == [sent], sent
    glued = ("Jo Example told the jury at Northtown Crown Court that Sam Sample had stolen the money over "
             "years Sample was arrested in May.")
    assert retold_cuts([told, glued])[1] == [
        "Jo Example told the jury at Northtown Crown Court that Sam Sample had stolen the money over years",
        "Sample was arrested in May."]


def test_a_tally_in_the_perfect_is_no_event_of_today():
    # (judges MQ 08 and MR 04: "Sidwell, 34, has made 32 appearances this season" headed "Sidwell Makes
    # 32 Championship Appearances", and "has scored England's three fastest centuries" headed "Scores
    # England's Three Fastest Centuries": one day's event, which the source does not tell)
    text = ("Example, 34, has made 32 league appearances this season to help Northtown win promotion for the "
            "first time in 20 years. "
            "With his contract due to expire at the end of the campaign, the midfielder is now hoping to sign "
            "a new deal. "
            "\"I want to be a part of it next year,\" he said. ")
    head = _headline(text)
    assert "Makes 32" not in head
    assert head == "Example Hopes to Sign New Deal"  # (an aim in the simple present: judge RC 09)
    text = ("Northtown batsman Example has scored the club's three fastest centuries, including a 46-ball ton "
            "last year. "
            "He moved to Northtown from Westford in 2013. "
            "Northtown have won nothing since 1998. ")
    head = _headline(text)
    assert "Scores" not in head and "Has Scored" in head, head
    # (an event's count is no tally: "Police have arrested three men" is the news)
    assert _headline("Police have arrested three men after a shooting in Northtown on Friday night. "
                     "The men, all aged 20, are being held at Northtown police station. "
                     "Officers are appealing for witnesses. ") \
        .startswith("Police Arrest Three Men")


def test_a_role_after_a_named_age_is_that_person_and_no_one_else():
    from copydesk.engines.headwho import role_after_aged_name
    sentence = "With his contract due to expire, the midfielder is now hoping to sign a new deal."
    assert role_after_aged_name("midfielder is hoping to sign new deal", sentence,
                                "Example, 34, has made 32 appearances.") == "Example is hoping to sign new deal"
    # (no age before: a club, not a person, may open the sentence before; "Northtown have signed ...")
    assert role_after_aged_name("midfielder is hoping to sign new deal", sentence,
                                "Northtown have signed Sam Example from Westford.") \
        == "midfielder is hoping to sign new deal"
    # (a sentence that names another: the role may be theirs)
    other = "Manager Jo Sample said the midfielder is now hoping to sign a new deal."
    assert role_after_aged_name("midfielder is hoping to sign new deal", other,
                                "Example, 34, has made 32 appearances.") == "midfielder is hoping to sign new deal"


def test_a_death_told_by_name_after_the_lead_told_the_person_hurt_heads_the_story():
    # (judge MQ 02: "... was injured at a house ..., said police" headed the story, and the next line
    # told that he died: "Injured" understated a death)
    text = ("Sam Example, 52, was injured at a house in Mill Lane, Northtown, said Northshire Police. "
            "Mr Example died on Saturday night despite being treated at the scene by paramedics, officers said. "
            "A 17-year-old boy arrested on suspicion of murder has been bailed. ")
    head = _headline(text)
    assert "Injured" not in head and "Dies" in head, head
    assert head.startswith("Sam Example Dies")
    # (another's death is not his: the lead stays)
    text = ("Sam Example, 52, was injured at a house in Mill Lane, Northtown, said Northshire Police. "
            "Mr Sample died on Saturday night in a separate crash, officers said. "
            "Police are appealing for witnesses. ")
    assert "Injured" in _headline(text)


def test_a_place_where_a_win_would_do_something_on_a_day_to_come_is_no_dateline():
    # (judge MR 02: "Victory in Toulouse on Monday would secure ..." put the story in Toulouse, where a
    # match is still to be played)
    text = ("Victory in Lyon on Monday would secure Northtown's place in the knockout stage of the cup. "
            "\"This team has got the potential to go on and on,\" said manager Jo Example. "
            "Northtown, who beat Westford 2-1 in their opening game, could still qualify with a draw. "
            "Example said his players were fit and ready. ")
    assert "Lyon" not in (_rewrite(text).dateline.place or "")
    text = ("Victory in Lyon on Monday secured Northtown's place in the knockout stage of the cup. "
            "\"This team has got the potential to go on and on,\" said manager Jo Example in Lyon. "
            "Northtown, who beat Westford 2-1 in their opening game, are through. ")
    assert "Lyon" in (_rewrite(text).dateline.place or "")


def test_a_retold_caption_ends_before_a_speaker_told_by_role_and_name_with_a_colon():
    # (judge MQ 01: "One in five divorcees ... will retire with debts ..., according to research Prudential
    # pensions specialist Clare Moffat said: '...'": a caption that retells the story ran into the line
    # that gives the specialist's words)
    from copydesk.pagelines import retold_cuts
    told = "One in five savers who stop work this year will retire with debts, according to research by Northtown Life."
    glued = ("One in five savers who stop work this year will retire with debts to drag down their income, "
             "according to research Northtown Life pensions specialist Jo Example said: 'It could come as a shock.'")
    assert retold_cuts([told, glued])[1] == [
        "One in five savers who stop work this year will retire with debts to drag down their income, "
        "according to research",
        "Northtown Life pensions specialist Jo Example said: 'It could come as a shock.'"]
    # (a line the story does not tell elsewhere is left as it stands)
    other = "Savers in Westford are better off than anywhere else in the county, a separate study found."
    assert retold_cuts([other, glued])[1] == [glued]


def test_a_glued_mark_before_a_line_that_reports_a_confirmation_closes_the_quotation():
    # (judge MR 02: '... the results come with it."Wales assistant boss Osian Roberts confirmed ...' read the
    # glued mark as opening a quotation that never closed: the speaker's last lines and the news after were lost)
    text = ("Northtown will shut out what is happening in the other game, says captain Jo Example. "
            "The two matches will be played at the same time on Sunday. "
            "\"It's a difficult one,\" he said. \"It's one where people think you can set up to cling on to a point. "
            "That won't be our approach.\"Northtown assistant boss Sam Sample confirmed the squad is fully fit "
            "for the game.")
    sentences = body_sentences(text)
    assert "Northtown assistant boss Sam Sample confirmed the squad is fully fit for the game." in sentences
    assert any(s.endswith("That won't be our approach.\"") for s in sentences)


def test_a_quotation_that_resumes_past_a_picture_runs_on_in_a_paragraph_of_its_own():
    # (judge MQ 05: with the caption set inside Cameron's quotation left out, "... the security of a
    # home.' 'So let the message ..." stood as two quotations side by side with no speaker between)
    text = ("Northtown council will sell 500 homes to tenants, its leader announced on Tuesday. "
            "The plan was the centrepiece of the council's budget. "
            "Unveiling the plan in Northtown, council leader Jo Example said: 'Part of having a good life is "
            "having a home of your own.\n\n"
            "'The council will extend the right to buy to all of its tenants. That is 500 extra families given "
            "the security of a home.\n\n"
            "The plan was the centrepiece of the council's budget on Tuesday .\n\n"
            "'So let the message ring out: you have worked hard, you have saved, the home you live in is yours "
            "to buy. We will make it happen.'\n\n"
            "Opposition leader Sam Sample said the plan would cost too much.")
    paragraphs = body_paragraphs(text)
    assert not any("home.' 'So" in p or "home.’ ‘So" in p for p in paragraphs), paragraphs
    resumed = next(p for p in paragraphs if "So let the message" in p)
    assert resumed.startswith("'So let the message ring out")
    before = paragraphs[paragraphs.index(resumed) - 1]
    assert before.endswith("the security of a home."), before


def test_what_reviewer_rev43_found_the_session_43_rules_must_not_do():
    from copydesk.pagelines import retold_cuts
    # (a cut after a noun that takes a clause shipped the opposite of the source: "there is no suggestion |
    # Sam Sample was aware of the fraud")
    told = "Northtown Council has launched an investigation into the missing £2 million."
    line = ("Northtown Council has launched an investigation into the missing £2 million but there is no "
            "suggestion Sam Sample was aware of the fraud.")
    assert retold_cuts([told, line])[1] == [line]
    # (a fronted phrase that lost its comma, and a relative clause, before a speaker and a colon)
    told = "Parents at Northtown Primary School were sent a letter on Friday afternoon about measles."
    for line in ("In a letter sent to parents at Northtown Primary School on Friday afternoon headteacher "
                 "Jo Example said: 'We are working closely with health officials.'",
                 "Parents at Northtown Primary School were sent a letter on Friday by the school whose "
                 "head Jo Example said: 'We are working closely with health officials.'"):
        assert retold_cuts([told, line])[1] == [line], line
    # (a tally that is the news: no sport's count)
    assert _headline("Measles has claimed 12 lives in Northtown this year, health officials said. "
                     "Officials urged parents to make sure their children were vaccinated. "
                     "The town's vaccination rate is the lowest in the county. ").startswith("Measles Claims 12 Lives")
    # (a manager is no player: the role after a named age is the player's own only)
    head = _headline("Sample, 31, has kept 14 clean sheets this season for Westford. "
                     "The manager is now facing the sack after five straight defeats. "
                     "The club's board will meet on Monday. ")
    assert not head.startswith("Sample Faces"), head
    # (a kinsman in the lead may be the one who died: a survivor never "Dies")
    head = _headline("Sam Example, 12, was injured when his father's car left the road near Northtown on Friday. "
                     "Mr Example died at the scene. "
                     "The boy is in a stable condition in hospital. ")
    assert "Dies" not in head, head
    # (nor a first name that tells another sex than the title's, nor a death the hurt did not lead to)
    for text in ("Mary Example, 52, was injured in a crash on the A1 near Northtown on Friday, police said. "
                 "Mr Example died at the scene. "
                 "A lorry driver has been arrested on suspicion of causing death by dangerous driving. ",
                 "Sam Example, 52, was attacked outside his home in Northtown in March, police said. "
                 "Mr Example died of unrelated causes last week. "
                 "Two teenagers deny grievous bodily harm. "):
        assert "Dies" not in _headline(text), text
    # (a place where the police could not say, on a day: the story is there)
    place = _rewrite("Police in Lyon on Monday could not say how many people had been arrested after a night "
                     "of rioting. Cars were set alight in several districts. The mayor appealed for calm. "
                     ).dateline.place or ""
    assert "Lyon" in place


def test_an_also_that_answers_a_line_two_sentences_back_stays():
    # (judge MR 12: "A service was also held at Westminster Abbey" lost its "also" because the line it
    # answers, the dawn service, stood two sentences before it, not one)
    text = ("Thousands attended the early morning service at the Northtown war memorial on Sunday. "
            "The day marks the first battle fought by the town's regiment in 1915. "
            "A service was also held at St Mary's Church. "
            "The national anthem was sung as the service ended. ")
    body = " ".join(body_sentences(text))
    assert "A service was also held at St Mary's Church." in body
    # (and one that answers nothing told before it stays too, as the source wrote it: pair54a)
    text = ("The Northtown Agency shared two images of the damaged bridge on Sunday. "
            "The bridge was closed to traffic. "
            "Jo Example also condemned the attack on the bridge. "
            "Police are appealing for witnesses. ")
    assert "Jo Example also condemned the attack on the bridge." in " ".join(body_sentences(text))


def test_a_short_text_that_lost_its_first_sentence_ships_every_line_in_its_order():
    # (judge MS 10: of a four-line text that lost its opening, the line that told what happened, "Police
    # have appealed to anyone who may have seen the elderly woman, or the bin lorry ...", was left out as
    # naming what only the lost line told, as every other line does; the rest read as nothing happening)
    text = ("The incident happened on Mill Road, near to Church Lane, at about 11:45 on Sunday. "
            "A local diversion was put in place at Station Road and Park Place, following the incident. "
            "Northshire Police have appealed to anyone who may have seen the elderly man, or the van, before "
            "the incident occurred. "
            "Sgt Jo Example, of the road policing unit, said: \"The man was walking with a stick, and we're "
            "hopeful anyone who might have seen him will come forward.\"")
    sentences = body_sentences(text)
    assert len(sentences) == 4
    assert any(s.startswith("Northshire Police have appealed") for s in sentences)
    # (the line that stands leads, the lost lead's first line after it, as before: judges MC 04, MD 05, MH 01; but
    # not a line that leans on the lost sentence as the first does, "... following the incident": the source's
    # order stands, judge QQ 07 and pair55a of session 55)
    assert sentences[0].startswith("The incident happened on Mill Road")


def test_a_question_the_text_opens_on_leads_with_the_answer_right_after_it():
    # (judge MT 07: "No-one would be surprised following the dramatic events ..." led the body without the
    # question it answers, "Has this brilliant Masters got one final twist to reveal ...?")
    text = ("Has this brilliant Northtown Open got one final twist to reveal come the final round on Sunday? "
            "No-one would be surprised following the dramatic events of the third round, when the biggest "
            "names in the sport chased the leader Jo Example. "
            "The young golfer coped so well he gave up just one shot of his five stroke lead. "
            "Example will partner Sam Sample in the final round. ")
    sentences = body_sentences(text)
    assert sentences[0].startswith("Has this brilliant Northtown Open got one final twist")
    assert sentences[1].startswith("No-one would be surprised")
    # (no answer after it: the question leads nothing)
    plain = text.replace("No-one would be surprised following", "Drama followed")
    assert not body_sentences(plain)[0].startswith("Has this")


def test_a_pronoun_after_an_adverb_put_first_leans_on_the_line_before():
    # (judge MT 06: "Increasingly it is being used as a tool by journalists ..." led the body, its "it" the
    # virtual reality that only the line before it, left out, named)
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("Increasingly it is being used as a tool by journalists and teachers.") is not None
    assert opening_dependency("Slowly he has bought into the dressing room culture.") is not None
    assert opening_dependency("Sadly it is thought that the school will close.") is None  # (a dummy "it")
    assert opening_dependency("Increasingly, firms in Northtown are using the technology.") is None


def test_what_reviewer_rev43b_found_the_session_43_body_rules_must_not_do():
    # (a glued mark before "The council announced it ..." inside one speaker's run: her words, not the paper's)
    text = ("Westford Council has closed the town's outdoor pool for the summer. The pool needs repairs costing "
            "£200,000. Swimming club chairman Jo Example said: \"Children learn to swim there.\"The council "
            "announced it on a Friday afternoon so nobody would notice.\"It is shameful,\" she said. "
            "The council said it had no choice.")
    body = " ".join(body_sentences(text))
    assert "\"Children learn to swim there. The council announced it on a Friday afternoon" in body, body
    # (a quotation after the picture with a speaker of its own: the first speaker's closes, not runs on)
    text = ("Northtown council will sell 500 homes to tenants, its leader announced on Tuesday. The plan was "
            "the centrepiece of the council's budget. Unveiling the plan in Northtown, council leader Jo Example "
            "said: 'Part of having a good life is having a home of your own.\n\n'The council will extend the right "
            "to buy to all of its tenants. That is 500 extra families given the security of a home.\n\nCouncil "
            "leader Jo Example (pictured) unveiled the plan in Northtown on Tuesday.\n\n'It is a reckless gamble "
            "with the town's money,' said opposition leader Sam Sample.\n\nThe plan will be debated next month.")
    body = " ".join(body_paragraphs(text))
    assert "the security of a home.' 'It is a reckless gamble" in body, body
    # (the source's "also" stays, though the charge it adds to went with its picture's line: pair54a's judge
    # preferred the source's "also" in 24 of 24 real rewrites)
    text = ("Two men have been arrested after a raid on a Westford jeweller's shop. The shop's manager, who was "
            "in charge at the time, was tied up by the men. Sam Sample (pictured), 32, has been charged with "
            "robbery. Police recovered the stolen watches on Sunday. Jo Example has also been charged with "
            "robbery. Both men will appear in court on Monday.")
    body = " ".join(body_sentences(text))
    assert "Jo Example has also been charged with robbery." in body, body
    # (a comment adverb's "it" is a dummy: the rescue ships)
    text = ("Was it a lucky escape, or something more? Remarkably it took firefighters just ten minutes to free "
            "the driver from the wreckage of his car on the Westford bypass on Monday. The man, in his 40s, was "
            "taken to hospital with minor injuries. Police said the car had left the road and hit a tree.")
    assert any(s.startswith("Remarkably it took firefighters") for s in body_sentences(text))
    # ("No fewer than" answers no question: the question leads nothing)
    text = ("Is the party over for Northtown's nightclubs? No fewer than four clubs have closed in the town "
            "centre in the past year, figures show. The council blames rising rents. Owners say the late-night "
            "levy has driven them out.")
    assert body_sentences(text)[0].startswith("No fewer than four clubs")


def test_an_outcome_ships_only_right_after_the_offence_it_answers():
    # (judge MV 08: "Blizerian managed to avoid jail time after agreeing to pay a $10,000 fine ..." shipped
    # right after the pool incident, its bomb arrest line left out: the fine read as the pool's)
    from copydesk.desk import prepare
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.engines.paragraphs import edited
    from copydesk.model import Article
    text = ("Sam Sample is a professional poker player with eight million followers online. "
            "Sample made headlines last year when a video showed him throwing a model from a roof into a pool. "
            "Then in December, Sample was arrested at Northtown Airport for allegedly trying to make a bomb. "
            "Sample managed to avoid jail time after agreeing to pay a $10,000 fine. "
            "He will appear on a television show next month. ")
    doc = prepare(Article(text=text))
    _, _, passages = ExtractiveEngine().prepare_ranking(doc)
    without = " ".join(s.text for p in edited(doc.sentences, [[0, 1], [3, 4]], passages) for s in p)
    assert "avoid jail time" not in without, without  # (the arrest left out: its outcome goes too)
    told = " ".join(s.text for p in edited(doc.sentences, [[0, 1], [2, 3, 4]], passages) for s in p)
    assert "avoid jail time" in told, told  # (right after the arrest it answers, it stays)


def test_a_quotation_that_opens_on_this_after_its_speakers_colon_follows_what_it_means():
    # (judge MU 06: 'Prof John Domingue told the BBC: "This has been developed as a tool for tutors ..."'
    # opened the body, before the scheme that "this" is)
    from copydesk.ingest.dependency import opening_dependency
    line = "The OU's Prof Jo Example told the BBC: \"This has been developed as a tool for tutors.\""
    assert opening_dependency(line) is not None
    assert opening_dependency("Prof Jo Example told the BBC: \"Tutors will use the tool from May.\"") is None
    text = ("The scheme, developed by Northtown University, has been designed to follow students' paths "
            "through their courses. "
            "The university's Prof Jo Example told the BBC: \"This has been developed as a tool for tutors to "
            "help students. We plan to use it from next year.\" "
            "The programme, called NU Watch, was developed at the university last year. "
            "It uses data held by the university to spot students at risk of dropping out. ")
    body = body_sentences(text)
    assert body.index(next(s for s in body if s.startswith("The scheme"))) \
        < body.index(next(s for s in body if "This has been developed" in s))


def test_what_reviewer_rev43c_found_an_outcome_that_leads_must_keep():
    # (an outcome that names its person in full after a teaser is the lead and the news: not cut)
    text = ("He was caught red-handed! Sam Sample, 19, was sentenced to 100 hours of unpaid work at Northtown "
            "Magistrates Court after stealing a charity box from a shop. "
            "The court heard he took the box from the counter of the Northtown Hospice shop in May. "
            "The charity said it forgave him. ")
    assert any("was sentenced to 100 hours" in s for s in body_sentences(text))
    # (a quotation after a sign's colon is no speaker's: "The sign read: 'This is closed'")
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("A sign on the door read: \"This is closed until further notice.\"") is None


def test_a_quotation_whose_this_is_now_stands_alone():
    # (the suite: "Chief executive Jo Example said: 'This is going to be another tough year.'" is no
    # reference back; only a thing made or done is, "This has been developed ...")
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("Chief executive Jo Example said: 'This is going to be another tough year.'") is None
    assert opening_dependency("Manager Jo Example said: \"This is a great day for the club.\"") is None


def test_an_event_put_in_doubt_that_a_later_line_tells_as_done_is_no_headline():
    # (judge MW 05: "Floodlights Replaced but Switch-On Put in Doubt" headed a story whose later line told
    # "The lights were switched on by ...": the headline read as the opposite of what happened)
    text = ("St Mary's Church in Northtown was badly damaged by a flood in 2013 that hit the town centre. "
            "The floodlights were replaced but the switch-on was put in doubt when two lights were stolen. "
            "The vicar said it was \"fantastic\" to see the church lit up. "
            "The lights were switched on by radio presenters Jo Example and Sam Sample. ")
    head = _headline(text)
    assert "Doubt" not in head, head
    # (a doubt nothing after it settles stays a candidate as before)
    unsettled = text.replace("The lights were switched on by radio presenters Jo Example and Sam Sample. ",
                             "Police are appealing for information about the theft. ")
    assert "Doubt" in _headline(unsettled)
