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
    # (the same words as prepositions stay lowercase)
    assert title_case("Sailor was rescued off Northtown") == "Sailor Was Rescued off Northtown"
    assert title_case("Biologists study octopuses off Northtown coast") == "Biologists Study Octopuses off Northtown Coast"


def test_a_figures_compound_is_title_cased_and_a_score_is_left_as_it_is():
    from copydesk.engines.titlecase import title_case
    assert title_case("Police name 21-year-old student") == "Police Name 21-Year-Old Student"
    assert title_case("A 10-man side holds on") == "A 10-Man Side Holds On"
    assert title_case("Northtown win 2-1 in the 2013-14 season") == "Northtown Win 2-1 in the 2013-14 Season"


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
    assert head == "NTC Takes Steps to Ensure That Students' Privacy Is Not Compromised by Scheme"


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
    "The result is expected by Friday morning."
)


def test_the_lines_of_a_visit_box_up_to_its_contact_line_are_the_promos():
    body = " ".join(body_paragraphs(VISIT))
    assert "The stunning island" not in body, body
    assert "Polls close at 10pm" in body, body
    # (no contact line after the label: nothing is taken)
    assert "Enough with the horse analogies already." in body, body
