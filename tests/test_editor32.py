"""The editor's faults found by reading outputs in the thirty-second session, each in invented
text (a copy-editor judge and the desk's own reading): headlines."""

from __future__ import annotations

import datetime as dt

import copydesk
from copydesk.engines.headcheck import headline_problem
from copydesk.engines.headcut import cut_to_length

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def _headline(text: str) -> str:
    return copydesk.rewrite(text, now=NOW).headline


def test_a_pronouns_clause_before_as_stays_in_a_long_headline():
    # (dropping "he founded" before "as a teenager" was tried and withdrawn: the "as" then tells the sale)
    text = (
        "Northtown businessman Sam Example has sold the bakery he founded as a teenager to a multinational "
        "food company for £40 million. The deal was completed on Friday, the company said. "
        "Mr Example, 61, started the business in his parents' garage in 1979."
    )
    assert "Bakery as Teenager" not in _headline(text)


def test_a_standing_state_told_in_the_past_is_never_told_as_now():
    # "worked for" told as "Work for" says they still do: the headline keeps the news instead
    text = (
        "Reporters Ann Example and Bob Sample worked for the Northtown-based Weekly Star, which closes its "
        "London office on Friday. For decades the street was home to the nation's biggest newspapers. "
        "Mr Sample, 43, started his career at the paper in 1995."
    )
    head = _headline(text)
    assert " Worked for " in head and " Work " not in f" {head} ", head
    # (the closure after ", which" as the headline was tried and withdrawn: "which" may stand for the
    # whole sentence, its pronouns lose their person, "Northtown Hall Goes Back to 1850")
    plain = (
        "Reporters Ann Example and Bob Sample worked for the Weekly Star for more than twenty years in total. "
        "For decades the street was home to the nation's biggest newspapers. "
        "Mr Sample, 43, started his career at the paper in 1995."
    )
    assert " Work " not in f" {_headline(plain)} "


def test_a_long_headline_is_not_cut_between_a_preposition_and_its_relative_pronoun():
    text = ('Ex-editor Jo Example says it was once "very, very important place" through which most of '
            "the public received news")
    sentence = text + "."
    out = cut_to_length(text, sentence, frozenset(sentence.lower().split()), frozenset(), room=0, historic=False)
    assert not out.endswith("through"), out


def test_headlines_that_open_on_an_appeal_or_hold_an_aside_after_a_dash_are_not_well_formed():
    source = ["Let's not forget the old argument about whose job it was to buy the batteries."]
    assert headline_problem("Let's Not Forget Old Argument", source) is not None
    source = ['At its height, "the Street of Example" - as it was dubbed by some - was the pinnacle of a career.']
    assert headline_problem('"The Street of Example" - as It Dubbed by Some', source) is not None
    assert headline_problem("Northtown Council Approves New Bridge Over River Example", ["x"]) is None


def test_someones_words_announced_by_a_possessive_label_are_no_caption():
    from copydesk.ingest.roles import role_of

    assert role_of("His message: There's going to be an announcement.", 10, 40) == "body"
    assert role_of("Her reply: We will not be moved.", 10, 40) == "body"
    assert role_of("Shedding the pounds: Sam Example, 33, used to weigh 34st.", 10, 40) == "caption"  # still one


def test_a_tenure_clause_after_a_name_set_off_by_a_roles_comma_stays():
    text = (
        "Northtown Toys has opened a new office in Southby with a slide, a games room and a garden on its roof. "
        "The office cost about $5 million and houses about 100 staff from the company's design and sales teams. "
        "Senior manager - People & Culture, Kate Example, who has worked at the company for six years, said the "
        "focus on fun helps staff. "
        "Jo Sample, who has worked at the company for ten years, said the office was the best she had seen."
    )
    body = " ".join(s.text for p in copydesk.rewrite(text, now=NOW).body for s in p)
    assert "Kate Example said" not in body  # "Role, Name said": the role's comma without its pair
    assert "Kate Example, who has worked at the company for six years, said" in body
    assert "Jo Sample said the office" in body  # (the clause that carries no news still goes)


def test_a_speakers_introduction_opens_the_paragraph_of_their_words():
    text = (
        "Northtown Council approved a new bridge over the River Example on Tuesday after months of argument. "
        "The bridge will cost about $20 million and will open in two years, the council said. "
        "It will carry cars, buses and cyclists from the old market to the new station. "
        "Residents of Westby Road had campaigned against the plan for three years. "
        "One resident who lives beside the river described the decision as 'a disgrace'. "
        "He added: 'We will keep fighting this until the first stone is laid, and after it.' "
        "The council's leader, Jo Sample, said the bridge would bring shoppers back to the town."
    )
    paragraphs = [" ".join(s.text for s in p) for p in copydesk.rewrite(text, now=NOW).body]
    opening = next(p for p in paragraphs if "He added" in p)
    assert opening.startswith("One resident who lives beside the river"), paragraphs
    # a line that tells no one's words stays where it was
    other = text.replace("One resident who lives beside the river described the decision as 'a disgrace'. ",
                         "Her garden had flooded twice and was ruined. ")
    paragraphs = [" ".join(s.text for s in p) for p in copydesk.rewrite(other, now=NOW).body]
    assert not any(p.startswith("Her garden") for p in paragraphs), paragraphs


def test_a_headline_drops_the_commas_round_a_second_of_two():
    # ("With Iran Over Its Nuclear Program" was tried and withdrawn: "Airline Suspends Flights to Iran
    # Over Its Safety Record" reads as the airline's)
    text = ("The Northshire Crime Agency said it arrested two 33-year-old men, and a 30-year-old woman, in Northtown. "
            "Police say the three were using software to spy on people through their webcams. "
            "The agency said it was warning other users that the software was illegal.")
    head = _headline(text)
    assert "," not in head and "Men and 30-Year-Old Woman in Northtown" in head, head


def test_a_line_between_two_captions_that_the_copy_tells_around_it_is_a_caption():
    from copydesk.ingest.roles import roles

    lines = [
        "Northtown United will play their cup semi-final without Sam Example, according to club legend Jo Brook.",
        "Example will leave the club at the end of the season to join Southby City.",
        "But ahead of Wednesday night's cup semi-final against Westby, Brook has warned the players not to play for him.",
        "Northtown captain Sam Example (right) trains alongside Ann Other at the training ground on Monday.",
        "Example will miss Northtown's cup semi-final against Westby because of suspension.",
        "Club legend Jo Brook, pictured with Ann Other, says the players must not focus on Example.",
        "Brook told the Northtown Echo that the players had to do it for every person at the club.",
        "Example will miss the semi-final as he serves the second match of a three-game suspension.",
    ]
    out = roles(lines)
    assert out[3] == "caption" and out[5] == "caption"
    assert out[4] == "caption", out  # the first picture's caption goes on
    # a line the copy does not tell around it stays, though captions stand either side
    lines[4] = "Example has scored 14 goals in 30 games for the club since he joined from Eastby in March."
    assert roles(lines)[4] not in ("caption",)


def test_all_five_names_no_one_and_a_states_when_keeps_what_befell_it():
    # ("the individuals", "the practice", "the wreckage" as nouns that point back, a lost start's
    # lead passed over, were tried and withdrawn: a lead that opens on them lost its news from the
    # body, "The individuals were arrested at Northtown Airport ...")
    from copydesk.engines.headcheck import headline_problem
    from copydesk.engines.headwhen import state_when_event

    source = ["Five people were on the aircraft when it was forced to land.", "All five escaped unhurt."]
    assert headline_problem("All Five Escape Unhurt, but Smoke Could Be Seen From Peak", source) is not None
    assert state_when_event("Five people were on training aircraft when it was forced to land on Example Peak",
                            frozenset()) == "Five people were on training aircraft when it was forced to land"
    assert state_when_event("Six people were aboard raft on Example River ride when it flipped after a collision",
                            frozenset()) == "Six people were aboard raft when it flipped"


_REVIEW_CASES = {
    # a death by honorific and surname is the lead's person's only when nothing says otherwise
    "wife": ("Sam Example, 70, and his wife were seriously injured when their car left the road near Northtown "
             "on Sunday. Mrs Example died in hospital on Monday evening. Her husband remains in a stable "
             "condition, a hospital spokesman said.", "Sam Example Dies"),
    "brother": ("Sam Example, 25, was arrested after his brother was stabbed at their home in Northtown on Saturday. "
                "Mr Example died in hospital on Sunday morning. A post-mortem examination will take place this "
                "week, Northtown Police said.", "Sam Example Dies"),
    "history": ("Sam Example, 34, was shot in the leg outside a pub in Northtown on Friday night. Dr Example died in "
                "2019, and his son had taken over the family practice, friends said. Police said the shooting was "
                "targeted and two men were seen running from the scene.", "Shooting Targeted"),
    "late wife": ("Sam Example, 80, was found badly injured at his home in Northtown on Tuesday. Mrs Example died in "
                  "2010 and he had lived alone since, neighbours said. A 30-year-old man has been arrested on "
                  "suspicion of grievous bodily harm.", "Arrested"),
    # the named body after its preposition, what it does now
    "pub": ("Sam Example worked at the Red Lion pub in Northtown, which closes on Friday after 200 years. The pub's "
            "owners said rising energy costs had made it impossible to keep going. Mr Example, 58, said it had been "
            "his second home for three decades.", "Northtown Closes"),
    "first job": ("Sam Example worked for the Northtown Gazette, which was his first job after leaving school in 1975. "
                  "He went on to edit the paper for 20 years, and has now died at the age of 66. His family said he "
                  "died peacefully at home on Tuesday after a short illness.", "Was First Job"),
    # an event told with "worked" is no standing state
    "rescue": ("Rescuers worked through the night to free a man trapped under rubble after a building collapsed in "
               "Northtown. The man, who is in his 50s, was taken to hospital with serious injuries. Fire crews "
               "were called to the derelict warehouse on Mill Lane at 9pm on Tuesday.", "Fire Crews Called"),
}


def test_the_reviews_headline_cases_stay_true():
    for name, (text, wrong) in {**_REVIEW_CASES, **_SECOND_REVIEW}.items():
        head = _headline(text)
        assert wrong not in head, (name, head)


def test_a_quotation_told_by_a_pronoun_stays_with_the_speaker_it_fits():
    text = ("Northtown Council has approved plans for 400 new homes on the edge of the town. "
            "The vote was passed by seven votes to four on Tuesday night. The site, off Mill Lane, is farmland. "
            "Councillor Jo Example, who chairs the planning committee, said the town badly needed homes. "
            "Farmer Tom Sample, whose land borders the site, criticised the decision. "
            'She added: "Every objection was heard and the developer will pay for a new school." '
            "Building work is expected to start next spring.")
    paragraphs = [" ".join(s.text for s in p) for p in copydesk.rewrite(text, now=NOW).body]
    assert not any(p.startswith("Farmer Tom Sample") for p in paragraphs), paragraphs


def test_a_pictures_label_of_words_is_a_caption_unless_words_follow():
    from copydesk.ingest.roles import role_of

    assert role_of("His message: The striker posted this apology on his Instagram account on Sunday.", 3, 9) == "caption"
    assert role_of("Her plea: Jo Example with a photograph of her son Tom at their home in Northtown", 3, 9) != "body"
    assert role_of("His message: We will be back stronger next season.", 3, 9) == "body"


def test_a_headline_spells_out_what_the_source_spells_out():
    from copydesk.engines.acronyms import acronyms_spelled

    defined = {"TLP": "Tidal Lagoon Power", "NHS": "National Health Service"}
    assert acronyms_spelled("TLP disputed the figures", defined) == "Tidal Lagoon Power disputed the figures"
    assert acronyms_spelled("NHS trusts face cuts", defined) == "NHS trusts face cuts"  # (known as it is)
    assert acronyms_spelled('He said "TLP is wrong" today', defined) == 'He said "TLP is wrong" today'
    text = ("Earlier this month, the regulator estimated the lagoon would kill a fifth of the salmon in the river. "
            "Northtown Lagoon Power (NLP) said the claims had no clear scientific basis. "
            "In a briefing note sent to councillors, NLP disputed the regulator's figures and claimed that the "
            "regulator refused to share its methodology for calculating them. "
            "The regulator said its figures were based on the best available evidence.")
    head = _headline(text)
    assert "NLP" not in head and "Northtown Lagoon Power" in head, head


def test_a_match_report_that_lost_its_result_leads_on_the_tickers_last_line():
    text = (
        "After a drab game with few chances for either side, Sam Example teed up Jo Sample, who struck firmly "
        "past the Westland keeper on 89 minutes. Westland's Tom Brook earlier had a goal correctly disallowed "
        "for offside. The win means Northland play Southland on Wednesday with top spot of the group still at "
        "stake, while Westland are out of the tournament. Southland secured their place in the quarter-finals "
        "when they beat Eastland 2-1 earlier on Saturday. Match ends, Northland 1, Westland 0. "
        "Second Half ends, Northland 1, Westland 0. Goal! Northland 1, Westland 0. Jo Sample (Northland) right "
        "footed shot from the centre of the box to the bottom left corner."
    )
    result = copydesk.rewrite(text, now=NOW)
    # (the headline is checked like any sentence: its Title Case "Beat" reads as a word the source
    # uses, "when they beat Eastland", not as part of a name)
    assert result.headline == "Northland Beat Westland 1-0", result.headline
    assert result.body[0][0].text == "Northland beat Westland 1-0."
    assert result.summary[0].text == "Northland beat Westland 1-0." and len(result.summary) <= 3
    assert all(c.status == "supported" for c in result.check.sentences), result.check.problems
    # a page with two results, or a copy that tells the score, keeps its own lead
    two = text.replace("Second Half ends,", "Match ends, Southland 2, Eastland 1. Second Half ends,")
    assert copydesk.rewrite(two, now=NOW).body[0][0].text.startswith("After a drab game")


# The second review's cases (/tmp/rev32b): each misfired on the session's rules before they were
# narrowed or withdrawn.
_SECOND_REVIEW = {
    "son shot": ("Sam Example, 45, was shot at his home in Northtown on Friday night. Police said his father, "
                 "Tom Example, then turned the gun on himself. Mr Example died at the scene. His son is in a "
                 "stable condition in hospital.", "Sam Example Dies"),
    "children": ("Two brothers were in a care home in Northtown when they were children, and have now been awarded "
                 "£200,000 in damages for the abuse they suffered there. A judge at Northtown Crown Court made the "
                 "award on Monday. The council said it accepted the ruling.", "When They Were Children"),
    "all twelve": ("All 12 primary schools in Northtown are to close for a week because of a heating fault. The "
                   "council said engineers were working to fix the problem. Parents have been told to make other "
                   "arrangements for childcare.", "Parents Told"),
}


def test_a_line_between_captions_that_tells_someones_words_is_no_caption():
    from copydesk.ingest.roles import roles

    lines = [
        "Jo Example, 70, has won £1 million on the lottery, her family said on Monday.",
        "The retired teacher from Northtown bought the ticket at a shop on Mill Lane.",
        "Jo Example (left) with her daughter Kate at their home in Northtown on Monday.",
        "Her daughter Kate, 40, said the family had been stunned by the win.",
        "Jo Example, pictured with the winning ticket, says she will buy a new car.",
        "'Mum deserves every penny,' she said of her mother, who won the £1 million on Saturday.",
    ]
    assert roles(lines)[3] != "caption"


def test_a_pictures_moment_into_the_camera_or_years_ago_in_the_present_is_a_caption():
    from copydesk.ingest.roles import role_of

    assert role_of("Sam Example looks into the camera after finishing his short work out.", 5, 20) == "caption"
    assert role_of("Sam Example punches the ball past Jo Brook during the 1986 cup final.", 5, 20) == "caption"
    # (the present with a clause of now after it is copy)
    assert role_of("Sam Example scores twice during the 2024 final, and now wants to do it again.", 5, 20) != "caption"
    assert role_of("Sam Example looked into the camera and said he was sorry.", 5, 20) != "caption"


_THIRD_REVIEW = {
    # a ticker's "Match ends" that does not tell this match's plain result
    "penalties": "Match ends, Northland 1, Westland 1. Penalty Shootout ends, Northland 1(2), Westland 1(4).",
    "aggregate": "Match ends, Northland 1, Westland 0.",  # (the copy says Northland went out on aggregate)
    "abandoned": "Match ends, Northland 1, Westland 0.",  # (the copy says the game was abandoned)
    "two games": "Match ends, Northland 1, Westland 0. Match ends, Southland 2, Eastland 1.",
    "still on": "Half Time, Northland 1, Westland 0. Match ends, Southland 2, Eastland 1.",
}


def test_a_ticker_that_does_not_tell_the_matchs_plain_result_leads_nothing():
    from copydesk.engines.results import result_line

    copy = ("Sam Example put Northland ahead with a header after 20 minutes against Westland, and Southland "
            "beat Eastland elsewhere. Northland were knocked out on aggregate. The game was abandoned late on.")
    for name, ticker in _THIRD_REVIEW.items():
        sentences = [copy, *ticker.replace(". ", ".\n").split("\n")]
        if name not in ("aggregate", "abandoned"):
            sentences[0] = "Sam Example put Northland ahead against Westland, and Southland played Eastland."
        assert result_line(sentences, sentences[0]) is None, name


def test_an_abbreviation_spelled_two_ways_or_inside_a_name_stays_as_it_is():
    from copydesk.engines.acronyms import acronyms_spelled, definitions

    defined = definitions(["The Northtown Pension Fund (NPF) cut payouts.",
                           "The National Pensioners Forum (NPF) criticised the cut."])
    assert "NPF" not in defined
    assert acronyms_spelled("ABC Radio drops presenter", {"ABC": "Association of British Couriers"}) == \
        "ABC Radio drops presenter"
    assert acronyms_spelled("Talks start at 10 AM", {"AM": "Assembly Member"}) == "Talks start at 10 AM"


def test_a_death_told_by_she_after_a_man_and_his_wife_is_not_his():
    text = ("Sam Example, 70, and his wife were seriously injured when their car left the road near Northtown on "
            "Sunday. She died later in hospital. Her husband remains in a stable condition, a hospital spokesman "
            "said.")
    assert "Sam Example Dies" not in _headline(text)


def test_a_writers_appeal_to_put_is_no_headline():
    assert headline_problem("Let's Put Children of Northtown First", ["x"]) is not None
    assert headline_problem("Let's Dance Presenter Dies at 80", ["x"]) is None


def test_a_result_told_from_the_ticker_is_no_junk_to_the_editorial_count():
    from copydesk import editorial

    text = (
        "After a drab game with few chances for either side, Sam Example teed up Jo Sample, who struck firmly "
        "past the Westland keeper on 89 minutes. Westland's Tom Brook earlier had a goal correctly disallowed "
        "for offside. The win means Northland play Southland on Wednesday, while Westland are out. "
        "Southland secured their place when they beat Eastland 2-1 earlier on Saturday. "
        "Match ends, Northland 1, Westland 0. Second Half ends, Northland 1, Westland 0."
    )
    result = copydesk.rewrite(text, now=NOW)
    assert result.body[0][0].text == "Northland beat Westland 1-0."
    assert editorial.measure(result).junk == 0
