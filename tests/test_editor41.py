"""Faults found by copy editors reading outputs in the forty-first session, each in invented text."""

from __future__ import annotations

import copydesk
from shipping import NOW, body_paragraphs, body_sentences


def _headline(text: str) -> str:
    return copydesk.rewrite(text, now=NOW).headline


def test_a_phrasal_verbs_particle_is_capitalised_and_a_prepositions_is_not():
    from copydesk.engines.titlecase import title_case
    assert title_case("Armed police seal off area") == "Armed Police Seal Off Area"
    assert title_case("Police cordon off area around building") == "Police Cordon Off Area Around Building"
    assert title_case("Reforms to drive up standards") == "Reforms to Drive Up Standards"
    assert title_case("Striker thrown out of tournament") == "Striker Thrown Out of Tournament"
    assert title_case("Mother woken up by son") == "Mother Woken Up by Son"
    assert title_case("Time's running out for voters") == "Time's Running Out for Voters"
    assert title_case("Coach tries to work out a way") == "Coach Tries to Work Out a Way"
    # (the same words as prepositions stay lowercase, and after a verb that is a noun too: reviewer rev41)
    assert title_case("Sailor was rescued off Northtown") == "Sailor Was Rescued off Northtown"
    assert title_case("Biologists study octopuses off Northtown coast") == "Biologists Study Octopuses off Northtown Coast"
    for head in ("Grey Seals off Northtown Coast", "Boat Trips up the River", "Scenic Drives up the Coast",
                 "Home Runs out of the Park", "School Trip up Ben Northtown Ends in Rescue",
                 "Ferries Run out of Northtown Harbour", "Dolphins Seen off Northtown Coast",
                 "Refugees Taken on Boat", "Lorry Driven up the Motorway", "Crowd Drowned out by Rain"):
        assert title_case(head) == head


def test_a_figures_compound_is_title_cased_and_a_score_is_left_as_it_is():
    from copydesk.engines.titlecase import title_case
    assert title_case("Police name 21-year-old student") == "Police Name 21-Year-Old Student"
    assert title_case("A 10-man side holds on") == "A 10-Man Side Holds On"
    assert title_case("Northtown win 2-1 in the 2013-14 season") == "Northtown Win 2-1 in the 2013-14 Season"
    # (a unit's abbreviation and "per cent" as the house sets them: reviewer rev41)
    for head in ("100-mph Winds Hit Northtown", "Council Agrees 5-per-cent Rise", "Jo Example Wins 10-km Race",
                 "Police Find 9-mm Pistol", "New 20-mph Zones for Northtown"):
        assert title_case(head) == head


LOST_LEAD = (
    "The scheme, developed by the NTC, has been designed to follow students' progress through their "
    "courses and their use of online learning modules. "
    'The NTC\'s Prof Jo Example told the Northtown Gazette: "This has been developed as a tool for tutors '
    'to help students. "We are planning to use this data for students starting next year." '
    "The programme, called NTC Watch, was developed at the college during the last academic year. "
    "It uses several sets of data held by the college and assesses how likely a student is to hand in "
    "the next assignment. "
    "The NTC has taken steps to ensure that students' privacy is not compromised by the scheme. "
    "Sam Sample, president of the college's students' union, thinks the scheme is a positive one."
)


def test_a_headline_is_never_only_an_attribution_with_nothing_said():
    head = _headline(LOST_LEAD)
    assert not head.endswith(("Told Northtown Gazette", "Tells Northtown Gazette")), head
    assert head == "NTC Takes Steps to Ensure Students' Privacy Is Not Compromised by Scheme"


PARLIAMENT = (
    "The measure guarantees a majority of seats to the party that wins the most votes in an election. "
    "It is a key element of a package of reforms promised by the Northland prime minister, Jo Example. "
    "The law seeks to end Northland's post-war era of revolving governments and unstable coalitions. "
    "The lower house of parliament gave final approval to the bill by 334 votes to 61. "
    "The new system awards 340 of 630 seats to any party that wins more than 40% of the national vote. "
    "The electoral reform is expected to come into force next year."
)


def test_the_lower_house_is_a_subject_not_a_rule_of_thumb():
    from copydesk.engines.headpicks import WEAK_OPENING
    assert not WEAK_OPENING.match("The lower house of parliament gave final approval to the bill.")
    assert WEAK_OPENING.match("The more students who miss a deadline, the higher the chance they leave.")
    assert WEAK_OPENING.match("The longer the war goes on, the worse it gets.")
    assert WEAK_OPENING.match("The bigger problem, officials say, is the cost of repairs.")  # (a comment)
    # (a description that says whose names its subject: the vote is the news, not the law's aim)
    assert _headline(PARLIAMENT) == "Lower House of Parliament Gives Final Approval to Bill by 334 Votes to 61"


GLUED_QUOTE = (
    "Too many apprenticeships are short and of low quality, a report by the Northtown Trust says. "
    "The study says fewer than 200 of the 520 apprenticeships starting in Northshire every year are rated "
    "at level three. "
    'Jo Example, from the Northtown Colleges Group, said: "Creating 300 new places would be a massive challenge '
    'and at the moment too few employers take on apprentices."The report also says level three apprenticeships '
    "should be the priority. This isn't a bad idea in principle but some level two apprenticeships, such as "
    'those in building, are well respected and should be preserved."The report is absolutely right to say '
    'that courses should only be taught where the teaching staff are expert."'
    'A council spokeswoman said: "We are already reforming apprenticeships to drive up standards."'
)


def test_a_quotation_whose_paragraphs_are_glued_runs_on_when_the_close_would_leave_one_speakerless():
    # ('... too few do."The report also says ...' read as a close left "The report is absolutely right ..."
    # a quotation no one said, and shipped the speaker's words as the paper's own)
    body = " ".join(body_paragraphs(GLUED_QUOTE))
    for words in ("The report also says level three", "This isn't a bad idea"):
        if words in body:
            at = body.index(words)
            assert body[:at].count('"') % 2 == 1, body  # inside the quotation
    assert "The report says level three" not in body, body


CAPTION_RUN = (
    "Northtown boxer Sam Example's promoter has revealed that the contracts for his fight in ten days have yet "
    "to be signed. "
    "Tickets for the bout have also yet to go on sale, the promoter, Tom Sample, said on Monday. "
    "'They don't want us to have any say,' Mr Sample added. 'That's what we're enmeshed in.' "
    "Sam Example in training for the fight in Northtown on Tuesday on his morning run and workout The promoter says "
    "that the draft contract he received is different to the terms that were agreed Westtown Promotions chief "
    "executive Jo Example said that Mr Sample 'isn't willing to live with the agreement' But Jo Example, chief "
    "executive of Westtown Promotions, disagreed with Mr Sample. "
    "She said: 'The bottom line is that he isn't willing to live with the agreement signed a couple of months ago.' "
    "The fight is at the Northtown Arena on May 2."
)


def test_but_and_a_full_name_with_an_apposition_ends_a_caption_run():
    sentences = body_sentences(CAPTION_RUN)
    assert "But Jo Example, chief executive of Westtown Promotions, disagreed with Mr Sample." in sentences, sentences
    assert not any("morning run" in s for s in sentences), sentences


def test_an_operation_a_street_and_a_team_are_no_people_a_pronoun_could_stand_for():
    from copydesk.check.context import names_in
    assert names_in("Call 101 quoting Operation Northwind.") == ()
    assert names_in("She crossed Example Gardens near the garage.") == ()
    assert names_in("Jo Example, of the Northshire Major Crime Team, said: 'We are grateful.'") == (
        ("Example", "Jo Example"),)
    assert names_in("Dougie Hall admits it will be strange.") == (("Hall", "Dougie Hall"),)


VISIT = (
    "Voters in Northshire go to the polls on Thursday to choose a new council. "
    "The Northtown Party hopes to win a majority for the first time since 1998. "
    "Its leader, Jo Example, said the party had run its best campaign in years. "
    "Visit: Example Sands, Isle of Northby. "
    "The stunning island off the coast of Northshire is part of the smallest ward by voter numbers. "
    "visitnorthshire.com/info/example-sands . "
    "Polls close at 10pm and the count begins at once. "
    "Visit: Northtown Racecourse. "
    "Enough with the horse analogies already. "
    "High Street, Northtown, northtownraces.co.uk . "
    "The result is expected by Friday morning."
)

ONE_VISIT = (
    "The Duchess of Northshire toured the new children's ward at Northtown Hospital on Tuesday. "
    "Visit: The Duchess arrives at the hospital with the chief executive, Jo Example. "
    "She met nurses and patients and unveiled a plaque. "
    "The hospital's charity has raised £2m for the ward. "
    "Donations can be made at northtownhospitalcharity.org.uk . "
    "The ward opens to patients next month."
)


def test_the_lines_of_a_pages_visit_boxes_up_to_their_contact_lines_are_the_promos():
    body = " ".join(body_paragraphs(VISIT))
    assert "The stunning island" not in body and "Enough with the horse analogies" not in body, body
    assert "Polls close at 10pm" in body and "The result is expected by Friday morning." in body, body
    # (one "Visit:" line alone is a caption's label, and the story's own web address no box's end:
    # reviewer rev41b)
    body = " ".join(body_paragraphs(ONE_VISIT))
    assert "She met nurses and patients" in body and "The hospital's charity has raised £2m" in body, body


def test_a_description_with_of_names_a_body_not_anyone():
    from copydesk.engines.headrules import described_subject
    source = ["Northtown beat Westtown 2-0 on Saturday.",
              "The man of the match scored twice in the second half.",
              "The rest of the squad will return to training on Monday.",
              "The lower house of parliament gave final approval to the bill."]
    assert described_subject("Man of the Match Scores Twice", source) is not None
    assert described_subject("Rest of the Squad Returns to Training", source) is not None
    assert described_subject("Lower House of Parliament Gives Final Approval", source) is None


def test_a_glued_mark_stays_a_close_when_the_next_quotation_has_a_speaker():
    # (reviewer rev41: a speaker told in the paper's words between the marks, or after the quotation
    # with an apposition, or by a verb no list holds)
    for text in (
        'Jo Example, the head teacher, said: "We are very sad to see the school close."Sam Sample, who chairs '
        'the parents group, said the group would fight the closure."We will not give up," she said.',
        'Jo Example, the chairman, said: "It has been a hard season for everyone."The club has not said who will '
        'take charge. Rovers are bottom of the league."We need a fresh start," the club spokesman, Sam Sample, added.',
        'Jo Example, a parent, said: "The class sizes are far too big."The council says falling pupil numbers '
        'mean it must act."We had no choice," he admitted.',
    ):
        body = " ".join(body_paragraphs("Northtown Primary School is to close next summer, the council has said. "
                                        + text))
        for paper in ("Sam Sample, who chairs the parents group", "The club has not said who will take charge",
                      "The council says falling pupil numbers"):
            if paper in body:
                assert body[:body.index(paper)].count('"') % 2 == 0, body  # outside any quotation


def test_but_before_a_title_is_no_caption_run_ending():
    from copydesk.segment import split_sentences
    for text in ("The film, called Anything But Grey Town, was shot in Northtown last year.",
                 "Tickets for Nothing But Blue Skies, which opens tonight, cost £8.",
                 "The band Nothing But Paper Kites, who formed in 2010, play Northtown tonight."):
        assert split_sentences(text) == [text]


LOST_FIRST = (
    "Mr Example made the announcement at Northtown Prison, one of two pilot sites for the technology. "
    "The Northshire Prison Service awarded contracts for the installation of the technology at Northtown "
    "and Southtown prisons. "
    "The two pilot sites are expected to be using the technology by the end of the financial year. "
    'Mr Example said: "This will help us stop the use of mobile phones in our prisons." '
    "Possession of a mobile phone by people in custody has been illegal since 2010."
)


def test_a_lost_leads_first_line_that_tells_of_the_leads_story_ships_after_the_lead():
    # (judges MC 04, MD 05, MH 01: the desk cut the opening lines and the facts they gave)
    body = body_sentences(LOST_FIRST)
    assert body[0].startswith("The Northshire Prison Service awarded contracts"), body
    assert body[1].startswith("Mr Example made the announcement at Northtown Prison"), body
    # (reviewers rev41b and rev41c: not a line that names nothing the lead names, one told on another day,
    # one the lead tells again, nor one set between the lead and a line that leans on it)
    for text, lost in (
        ("Police said the incident was being treated as unexplained. A man has died in a house fire in Southtown. "
         "Firefighters were called to the terraced house in Mill Lane at 02:00 on Sunday. The man, who has not been "
         "named, was pronounced dead at the scene.", "unexplained"),
        ("The incident happened on Tuesday 3 June at Northtown Station. A man has been arrested after a woman was "
         "pushed on to the tracks at Northtown Station on Sunday. The woman suffered minor injuries. Transport "
         "police have appealed for witnesses.", "Tuesday 3 June"),
        ("The figures show 2,000 homes in Northtown were without power on Sunday. About 2,000 homes in Northtown "
         "were left without power after Storm Example brought down lines on Sunday. Northshire Power said most had "
         "been reconnected. Winds of 80mph were recorded.", "The figures show"),
    ):
        assert not any(lost in s for s in body_sentences(text)), text
    leaning = body_sentences(
        "The decision was taken by the Northtown Music Society committee on Friday. A Northtown violinist has "
        "been awarded the society's gold medal. Sam Sample, 23, received the medal from her former teacher. "
        "She said she was thrilled.")
    assert "Sam Sample, 23, received the medal from her former teacher." in leaning, leaning
    # (nor inside a speaker's run of quotations: reviewer rev41d)
    quoted = body_paragraphs(
        "The comments were made after Saturday's 3-0 defeat by Southtown City, whose manager Tom Sample called "
        "Northtown United a team in crisis. Northtown United manager Gary Example says his side's performance was "
        'not good enough. "We were second best all over the pitch," he said. "The fans deserve better." '
        "Northtown are 18th in the Championship, three points above the relegation zone.")
    at = next(k for k, p in enumerate(quoted) if p.startswith("The comments were made"))
    assert any("he said" in p for p in quoted[:at]) and any("The fans deserve better" in p for p in quoted[:at]), quoted


def test_a_title_after_then_or_ex_keeps_its_name_in_the_sentence():
    # (cnn-a2ee: "... in 2007, when then-Sen. | Obama said ..." shipped without its year, and "his rival,
    # Hillary Clinton" read as now)
    from copydesk.segment import split_sentences
    line = "We can trace it back to the primaries in 2007, when then-Sen. Jo Example said she would meet them."
    assert split_sentences(line) == [line]
    assert split_sentences("The ex-Gov. Sam Sample said so. Army Spc. Jo Example went.") == [
        "The ex-Gov. Sam Sample said so.", "Army Spc. Jo Example went."]
