"""The editor's faults found by reading outputs in the twenty-sixth session, each in invented
text (copy-editor judges JE-JK and the desk's own reading): context, quotes, captions, headlines and datelines."""

from __future__ import annotations

import datetime as dt

from copydesk import rewrite
from copydesk.ingest.dependency import opening_dependency

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def paragraphs_of(text: str) -> list[str]:
    return [" ".join(s.text for s in p) for p in rewrite(text, now=NOW).body]


def test_a_pronoun_after_a_dummy_subject_leans_back():
    assert opening_dependency("It is hoped it will help recognise the work of carers.") is not None
    assert opening_dependency("It is understood he was taken to hospital in Leeds.") is not None
    assert opening_dependency("It has been reported they separated three weeks ago.") is not None
    # (the dummy alone points at nothing: what it stands for follows in the sentence)
    assert opening_dependency("It is thought that the fault was electrical.") is None
    assert opening_dependency("It is hoped the new bridge will open in May.") is None


def test_a_text_that_lost_its_first_sentence_leads_with_one_that_stands():
    # (the first sentence's "it" stood for a plan that a lost sentence told of)
    text = ("It is hoped it will help raise the standing of nursery staff across the county. "
            "Health Minister Rhona Tait said the council's five-year plan would give carers better training. "
            "Since 2010 children aged three to five have had free places in council nurseries. "
            "The plan will go out to public consultation until 15 December. "
            "Ms Tait is visiting a nursery in Stirling to launch the plan.")
    paragraphs = paragraphs_of(text)
    assert paragraphs[0].startswith("Health Minister Rhona Tait said")
    assert not any(p.startswith("It is hoped it") for p in paragraphs)


def test_no_headline_states_a_speakers_words_from_inside_her_quotation():
    # (the quotation opens in the fourth sentence and runs on, its next paragraph reopened with a
    # mark: "Families can use ..." and the sentence after it are Ann Brook's words, not the paper's)
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.engines.units import Units
    from copydesk.model import Article, Document
    sents = ["The scheme, run by the council, has been designed to cut waiting lists for children.",
             'Council leader Ann Brook told the BBC: "This has been developed to help families.',
             '"We expect to use it from next year."',
             'Ms Brook added: "We listened to parents for a year before we wrote a word of it.',
             "Families can use the system to book a check-up for a child within two days.",
             "It is a big step forward for everyone in the county.",
             '"We will publish the first figures in the spring."',
             "The more parents use it - the shorter the wait becomes."]
    units = Units(sents)
    assert [units.inside_quotation(i) for i in range(len(sents))] == [False, False, True, False, True, True, True, False]
    doc = Document(article=Article(text=" ".join(sents)), text=" ".join(sents), sentences=sents,
                   paragraphs=[list(range(len(sents)))], language="en")
    head = ExtractiveEngine().draft(doc).headline
    assert "Book" not in head and "Check-Up" not in head


def test_added_goes_to_adds_in_a_headline():
    from copydesk.engines.tense import base_form, present_form
    assert present_form("added", False, frozenset()) == "adds"
    assert base_form("erred", frozenset()) == "err"
    assert base_form("stopped", frozenset()) == "stop"  # (the doubled consonant of a one-syllable base)


def test_a_surname_ending_in_s_takes_a_singular_verb_in_the_headline():
    text = ("Tebbs, 44, decided to leave Northtown for Eastport United on Tuesday. "
            "Alan Tebbs said it was a hard choice after three happy years in Northtown. "
            "The club thanked him for his work.")
    assert rewrite(text, now=NOW).headline.startswith("Alan Tebbs Decides to Leave Northtown")
    # (a team's plural name is no person's: its verb stays plural)
    text = ("Wanderers decided to sack their manager on Tuesday. Mark Fenwick said it was a hard "
            "choice after three happy years in Westfield. The club thanked him for his work.")
    assert rewrite(text, now=NOW).headline.startswith("Wanderers Decide")


def test_a_past_state_or_history_up_top_gives_way_to_the_event_a_few_sentences_on():
    # (the first sentences tell a coach's record in 2008 and a draw's background: the news is the
    # team's qualifying, a few sentences on)
    text = ("Norland won their first title in the Northern Cup as champions in 2008. "
            "The side was then coached by Peter Hale, who later managed Fenwick. "
            '"We have waited a long time for this," captain Ivo Brandt said of the squad. '
            "Brandt has played for the club since he was 17 years old. "
            "Norland qualify alongside Estria from the group after a 3-1 win over Kessel on Saturday. "
            "The quarter-final will be played in Lund on 14 October.")
    head = rewrite(text, now=NOW).headline
    assert head.startswith("Norland Qualify Alongside Estria"), head


def test_a_present_state_up_top_is_kept_as_news():
    text = ("Ashby boss Carl Moran has no fresh injury concerns ahead of the derby against Stanton. "
            "Midfielder Leo Grant returned to training on Tuesday after a month out. "
            "Moran said the squad was in good spirits after two wins in a row. "
            "Stanton beat Ashby 2-0 when the sides met in August.")
    assert rewrite(text, now=NOW).headline.startswith("Ashby Boss Carl Moran Has No Fresh Injury Concerns")


def test_the_headlines_present_reads_the_participle_after_a_number_and_the_plural_of_a_people():
    from copydesk.engines.tense import present_tense
    assert present_tense("Two alleged ringleaders of the plot reportedly attended the funeral", frozenset()) \
        == "Two alleged ringleaders of the plot reportedly attend the funeral"
    assert present_tense("Thousands attended the early service", frozenset()) == "Thousands attend the early service"
    assert present_tense("Samaritan Scandinavians stopped the fight", frozenset()) == "Samaritan Scandinavians stop the fight"
    assert present_tense("Two died in the crash", frozenset()) == "Two die in the crash"


def test_a_headline_never_runs_on_past_a_dash_into_a_second_clause():
    from copydesk.engines.headcheck import headline_problem
    assert headline_problem("Don Escapes Unhurt – but Left Scores of Motorists Wondering") is not None


def test_the_country_a_headline_names_stands_for_the_countrys():
    from copydesk.engines.headnames import country_named
    assert country_named("Powers Reach Framework Deal With Iran Over Country's Nuclear Program") \
        == "Powers Reach Framework Deal With Iran Over Nuclear Program"  # (not "Over Iran's": judge RE 11)
    assert country_named("Iran Agrees to Limit Country's Nuclear Program") == "Iran Agrees to Limit Its Nuclear Program"
    # (two countries, or none: which one is not told)
    assert country_named("US and Iran Agree Over Country's Nuclear Program") \
        == "US and Iran Agree Over Country's Nuclear Program"
    assert country_named("Storm Hits Country's North") == "Storm Hits Country's North"


def test_per_cent_stays_one_unit_in_title_case():
    # (one unit: since session 67 told as "%", as headlines tell it; "13 per cent Higher" read as mixed case)
    from copydesk.engines.titlecase import title_case
    assert title_case("pensioners can expect incomes 13 per cent higher") == \
        "Pensioners Can Expect Incomes 13% Higher"


def test_a_past_in_the_same_form_as_its_present_goes_to_the_present_after_a_name():
    from copydesk.engines.tense import present_tense
    assert present_tense("Speaker Ann Lowe shed tears as the session closed", frozenset()).startswith(
        "Speaker Ann Lowe sheds tears")
    assert present_tense("Councillor Joe Bell bid farewell to the chamber", frozenset()) == \
        "Councillor Joe Bell bids farewell to the chamber"


_TRIO = ("They are Northtown's favourite sons and the tireless trio of Sam Ellis, Rafa Costa and Jon Pike have "
         "reached yet another milestone. The three forwards now have a century of goals between them this season "
         "after Northtown's 5-0 win over Eastport on Tuesday night. Ellis scored twice, Costa claimed two and Pike "
         "also netted to take their tally to 101 in all competitions. Sam Ellis (left) and Rafa Costa after the "
         "final whistle . Ellis and Costa high-five during the "
         "five-goal rout of Eastport. Sam Ellis, Rafa Costa and Jon Pike pose for a picture in the dressing room "
         "after the win. The result took Northtown four points clear at the top of the league table. "
         "Ellis needs one more goal to match the club's record for a season, set in 1994.")


def test_a_feature_opening_on_they_that_names_them_in_its_second_clause_leads_the_story():
    from copydesk.ingest.dependency import stands_first
    assert stands_first(_TRIO.split(". ")[0] + ".", "pronoun “They”")
    result = rewrite(_TRIO, now=NOW)
    assert result.body[0][0].text.startswith("They are Northtown's favourite sons")
    assert result.headline == "Tireless Trio of Sam Ellis, Rafa Costa and Jon Pike Reach Yet Another Milestone"


def test_a_picture_of_several_people_told_in_the_present_is_a_caption():
    body = " ".join(s.text for p in rewrite(_TRIO, now=NOW).body for s in p)
    assert "high-five" not in body and "pose for a picture" not in body
    from copydesk.ingest.roles import roles
    # (on a page whose captions run into the copy: the first line is one)
    sents = ["Ellis scored twice in the 5-0 win over Eastport on Tuesday night.",
             "Sam Ellis (left) and Rafa Costa after the final whistle .",
             "Ellis curls home the fifth goal against Eastport at the Riverside on Tuesday night.",
             "Northtown face Westfield at the Riverside on Sunday.",
             "Ellis and Costa high-five during the rout of Eastport.",
             "The club said Costa would sign a new deal next week."]
    assert roles(sents) == ["lead", "caption", "caption", "body", "caption", "body"]


def test_an_attribution_with_its_source_joins_the_quotation_the_splitter_cut_it_from():
    from copydesk.segment import split_sentences
    assert split_sentences("They kept texting. 'We can do this. We'll just take her car then, right?' Jo wrote, "
                           "the affidavit said. Sam replied.") == [
        "They kept texting.", "'We can do this. We'll just take her car then, right?' Jo wrote, the affidavit said.",
        "Sam replied."]


def test_a_sentence_the_source_began_in_lower_case_gets_its_capital():
    from copydesk.engines.housestyle import house_style
    assert house_style("the 14-year-old was charged earlier with hindering apprehension.") == \
        "The 14-year-old was charged earlier with hindering apprehension."
    # (a name written in lower case on purpose stays so)
    assert house_style("ecobee redesigned its thermostat this year.") == "ecobee redesigned its thermostat this year."


def test_a_long_headline_drops_where_a_person_named_by_a_role_is_before_what_happened():
    from copydesk.engines.headline import trim
    assert trim("The Green candidate in Northtown's most marginal ward was last night accused of failing to tell "
                "voters that she met the mayor of Eastport in Paris two years ago when a disputed land deal was "
                "signed.") == "Green candidate accused of failing to tell voters that she met mayor of Eastport"
    # (a headline short enough keeps the place)
    assert trim("A teacher in Leeds was jailed for fraud.").startswith("teacher in Leeds jailed")


def test_a_demonstrative_after_a_fronted_adverb_leans_back():
    assert opening_dependency("Unfortunately, that means tenants have a reason to move out.") is not None
    assert opening_dependency("Sadly, this was not the end of it.") is not None
    # (a determiner before its noun is no pronoun: the noun says what)
    assert opening_dependency("In 2010, that company moved its offices to Leeds.") is None


def test_an_idiom_keeps_its_possessive_in_a_headline():
    from copydesk.engines.headlinese import without_possessives
    assert without_possessives("Kahn tips Brandt to make his mark in the league") == \
        "Kahn tips Brandt to make his mark in the league"
    assert without_possessives("Walker makes her way home") == "Walker makes her way home"
    assert without_possessives("Man lists his age as 120") == "Man lists his age as 120"
    assert without_possessives("Mayor sells his car") == "Mayor sells car"


def test_a_call_the_lost_first_sentence_told_of_heads_nothing():
    # (the text lost its first sentence, which said who called for what: "The call ..." tells nothing)
    text = ("The call was made at a scrutiny meeting of the council to discuss problems with the new ferry. "
            "Council leader Dave Brook said the crossing at Eastport would be free until the ferry was fixed. "
            "The ferry has broken down 12 times since it entered service in January. "
            "Passengers have had to use a launch while engineers work on the vessel.")
    head = rewrite(text, now=NOW).headline
    assert not head.startswith("Call"), head


def test_a_place_a_headline_named_already_goes_from_its_end():
    from copydesk.engines.headnames import repeated_place_out
    assert repeated_place_out("Kent County Deputy Turns Himself in to Authorities at Kent County Jail") == \
        "Kent County Deputy Turns Himself in to Authorities"
    assert repeated_place_out("Deputy Turns Himself in at Kent County Jail") == "Deputy Turns Himself in at Kent County Jail"


def test_the_dateline_is_where_the_correspondent_files_from():
    text = ("The ruling party won 19 of the 28 governorships in Saturday's elections, reports the BBC's Jo Example "
            "from the capital, Abuja. The opposition party kept seven states, mostly in the south. "
            "Turnout was lower than in the presidential vote two weeks earlier, election officials said. "
            "Observers said the vote was largely peaceful.")
    assert rewrite(text, now=NOW).dateline.place == "Abuja, Nigeria"
    from copydesk.ingest.dateline import correspondent_place
    assert correspondent_place(["Talks went on late, the BBC's Sam Example in Budapest reports."]) == "Budapest"
    assert correspondent_place(["Talks went on late, the BBC's Sam Example in Budapest reports.",
                                "The BBC's Jo Example in Vienna says the deal is close."]) is None


def test_the_body_never_ends_on_the_papers_own_question():
    # (the body's cap fell after the question, before its answer: dm-02d16's "How would he respond?")
    from copydesk.engines.selection import no_question_last
    from copydesk.model import Sentence
    body = [[Sentence("Brandt leads by four shots.", [0])],
            [Sentence("Ellis and Costa made birdies at the 16th.", [1]), Sentence("How would he respond?", [2])],
            [Sentence("What are the issues?", [3])]]
    assert [[s.text for s in p] for p in no_question_last(body)] == [
        ["Brandt leads by four shots."], ["Ellis and Costa made birdies at the 16th."]]
    # (a speaker's question, in marks, may close it)
    body = [[Sentence("Brandt leads by four shots.", [0])], [Sentence('"Who can stop him now?" asked Costa.', [1])],
            [Sentence("'Who can stop him now?'", [2])]]
    assert len(no_question_last(body)) == 3


def test_a_new_speaker_after_a_quotation_closed_with_a_stray_stop_opens_a_paragraph():
    from copydesk.engines.paragraphs import turn
    assert turn("Ann Lowe, of Age Concern, said: ‘Treatment should be based on need, not bank balance.’.",
                "Jo Brook, of the Patients’ Association, added: ‘The NHS belongs to the people.’")


def test_the_summary_does_not_tell_the_same_figure_twice():
    text = ("Half of hospitals let patients jump queues for hip surgery if they pay for it themselves, a survey found. "
            "Some are charging up to £9,700 for one hip, treble what it costs the health service. "
            "The operation usually costs the health service between £2,800 and £3,100, but some trusts are charging "
            "up to £9,700. "
            "Patients' groups said the charges were shameful and called for an inquiry. "
            "The Department of Health said trusts set their own prices for private work. "
            "The survey covered 120 hospital trusts in England.")
    summary = [s.text for s in rewrite(text, now=NOW).summary]
    assert sum("£9,700" in s for s in summary) == 1, summary


def test_a_page_pointing_at_its_own_list_is_promo():
    from copydesk.ingest.roles import role_of
    assert role_of("All that and more is below in the latest Lunch Break.", 5, 10) == "promo"
    assert role_of("All that work paid off when the team won the cup.", 5, 10) != "promo"


def test_a_relative_clause_subject_takes_the_headlines_passive():
    from copydesk.engines.headline import trim
    assert trim("A gardener who used a hidden camera to film his neighbours as they sat in their garden in "
                "Leeds has been spared jail.") == "gardener who used hidden camera to film neighbours spared jail"
    from copydesk.engines.headcheck import headline_problem
    assert headline_problem("Gardener Who Used Hidden Camera to Film Neighbours Spared Jail") is None


def test_who_a_body_is_believed_to_be_goes_from_the_headline_with_its_commas():
    from copydesk.engines.headline import trim
    assert trim("A body, believed to be that of Ann Lowe, 44, of Northtown, Fairshire, was found by police at "
                "a house in Mill Lane on Monday.") == "body found by police at house in Mill Lane"


def test_police_say_goes_to_the_end_when_the_pronoun_is_no_one_of_the_police():
    from copydesk.engines.headline import trim
    assert trim("Police say the parents of a 4-year-old girl have been charged with neglecting her after they "
                "left her alone in a car in Leeds.").endswith(", police say")


def test_the_writer_here_elsewhere_leaves_the_dateline_without_a_place():
    text = ("Sam Ellis has confirmed that he has held talks with the board over becoming England's new cricket "
            "director. The 2005 Ashes winning captain is the favourite on a three-man shortlist. "
            "Peter Lane, who is preparing to coach England in their Test series here in the Caribbean, said he "
            "could work with Ellis. England play the first Test on Monday.")
    assert rewrite(text, now=NOW).dateline.place is None
    from copydesk.ingest.dateline import writer_here
    assert writer_here(["'We meet here in Scotland today,' he said."]) is None


def test_in_recent_weeks_is_a_time_phrase_a_headline_drops():
    from copydesk.engines.headline import trim
    assert trim("Sam Ellis has caught the eye in recent weeks for Northtown.") == "Sam Ellis catches eye for Northtown"


def test_an_event_told_of_a_past_month_up_front_is_no_news_after_a_state():
    # ("In August, ..." opens the sentence: its month dates it as the sentence after "in August" would)
    text = ("Brandt, 24, broke his finger in only his second game for the county in 2016. "
            '"There is some unfinished business with Ivo," director of cricket Sam Ellis told the club website. '
            "The left-arm spinner will rejoin the county after June's tournament in England. "
            "In August, the county signed pace bowler Jon Pike as their main overseas player for next season.")
    assert "Pike" not in rewrite(text, now=NOW).headline
