"""Headline trims of this desk beyond the Hedge Trimmer core (``copydesk.engines.headtrims``):
what a trim drops, where it may not cut, and the tense it may not change; every fixture is
invented (Northtown, Harbour, Sam Example)."""

from __future__ import annotations

import pytest

from copydesk.engines.headline import headline_problem, trim, write_headline


@pytest.mark.parametrize("lead, expected", [
    # the county after a place goes, and over length the named thing's place: the object's
    # complement ("restored and opened") is never cut away from "will see"
    ("The grant will see four hectares of Westmere Quarry in Northtown, Fairshire, restored and opened as a trail.",
     "Grant to See Four Hectares of Westmere Quarry Restored and Opened as Trail"),
    # a second verb phrase in the passive ends the headline: its "was" would go, leaving "and Created"
    ("The hand-built organ features two thousand brass pipes and was commissioned by a collector "
     "from a town on the coast of Fairshire.", "Hand-Built Organ Features Two Thousand Brass Pipes"),
])
def test_a_headline_keeps_what_its_verb_needs(lead, expected):
    assert write_headline([lead], 0) == expected


def test_no_cut_between_not_just_and_its_but():
    from copydesk.engines.headrules import not_only_open
    assert not_only_open("Striker ends up suffering not just humiliation of losing to lesser sides")
    assert not not_only_open("Striker suffers not just defeat but ridicule")
    head = trim("The striker ended up suffering not just the humiliation of losing to far lesser ranked sides in "
                "front of a home crowd in Northtown, but of being mocked by the visiting team after the match.")
    assert not not_only_open(head), head


@pytest.mark.parametrize("lead, expected", [
    # a main clause dated in the past keeps its past tense and its date
    ("Harbour keeper Sam Example came across a five-metre shark in 1989.",
     "Harbour Keeper Sam Example Came Across Five-Metre Shark in 1989"),
    # a date in a subordinate clause dates that clause only: the news keeps the present
    ("Sam Example went back to Northtown on Sunday for the first time since he left the club in 2012.",
     "Sam Example Goes Back to Northtown for First Time"),
])
def test_a_dated_main_clause_keeps_its_past(lead, expected):
    assert write_headline([lead], 0) == expected


def test_a_past_participle_after_a_possessive_is_an_adjective():
    from copydesk.engines.tense import present_tense
    assert present_tense("Many of our elected councillors persist in inaction", frozenset()) == \
        "Many of our elected councillors persist in inaction"


@pytest.mark.parametrize("text, expected", [
    ("Breakdown of all goals scored by the harbour trio", "Breakdown of all goals scored by the harbour trio"),
    ("Winger Sam Example scored twice in the final", "Winger Sam Example scores twice in the final"),  # one syllable: "score"
    ('Harbour Models describes itself as "a home for honest and talented people"',
     'Harbour Models describes itself as "a home for honest and talented people"'),  # inside quotes: never
])
def test_the_present_tense_leaves_participles_and_quotes_alone(text, expected):
    from copydesk.engines.tense import present_tense
    assert present_tense(text, frozenset()) == expected


def test_a_stray_comma_between_subject_and_verb_goes():
    assert trim("The body of a man in his 70s, was found at a house in Harbour Road on Saturday.") == \
        "body of man in 70s found at house in Harbour Road"


def test_the_age_goes_before_the_comma_between_subject_and_verb():
    lead = "Sam Example, 44, of Northtown, was jailed for three years at Harbour Crown Court on Monday."
    # (where he lives goes too, with its commas: no stray comma is left between subject and verb)
    assert write_headline([lead], 0) == "Sam Example Jailed for Three Years at Harbour Crown Court"
    lead = "The body of the man in his 70s, was found at Northtown harbour on Monday."  # the source's own stray comma
    assert write_headline([lead], 0) == "Body of Man in 70s Found at Northtown Harbour"


def test_a_bare_quotation_is_no_headline_and_having_keeps_its_participle():
    from copydesk.engines.tense import present_tense
    assert headline_problem('"I did not show that I was afraid,"') == "a quotation with no speaker"
    assert headline_problem('Mayor Says "We Will Rebuild Harbour"') is None
    assert present_tense("His mother, having lost a son, said the town grieved", frozenset()) == \
        "His mother, having lost a son, said the town grieved"


@pytest.mark.parametrize("headline, ok", [
    ("Harbour Man Opens up About Friendship Between Him and Seal", True),   # the man himself
    ("Northtown Woman Says Her Dog Saved Harbour Crew", True),
    ("Harbour Man Praises Her Dog for Saving Crew", False),                 # "her": someone else
    ("Police Praise Him for Rescue", False),
])
def test_a_pronoun_may_point_to_the_person_the_subject_names(headline, ok):
    assert (headline_problem(headline) is None) is ok, headline_problem(headline)


def test_where_a_named_thing_stands_goes_between_it_and_its_verb():
    lead = "Harbour Bridge, over the River Example in North Fairshire, was damaged in the winter storms."
    assert write_headline([lead], 0) == "Harbour Bridge Damaged in Winter Storms"


@pytest.mark.parametrize("lead, expected", [
    # an aside between dashes goes; "ended up | in" is no place to cut; a dated event keeps its date
    ("Sam Example – who lost his boat in a storm in 1931 – was rescued off Northtown in August 1941 and ended "
     "up in a harbour hospital in Fairhaven.", "Sam Example Was Rescued off Northtown in August 1941"),
    # a list of examples before the verb goes
    ("Harbour festivals such as the annual regatta in Northtown have become famous for their fireworks.",
     "Harbour Festivals Have Become Famous for Fireworks"),
    # a date that is the subject stays; "during the last year" keeps its object
    ("May 14 wasn't just chosen at random as Harbour Day.", "May 14 Wasn't Just Chosen at Random as Harbour Day"),
    ("Sam Example has barely put a foot wrong during the last year with the harbour crew, but he did admit "
     "to a slip off the water.", "Sam Example Barely Puts Foot Wrong During Last Year With Harbour Crew"),
    # "20 years" is no age; a modal's verb keeps its object
    ("Sam Example plans to sail around the cape, 20 years after his father was lost there in a storm.",
     "Sam Example Plans to Sail Around Cape"),  # (the span of time after the comma is a place to cut;
    # had ", 20" been taken for an age, "Cape Years After" would be left)
])
def test_trim_keeps_the_clause_whole(lead, expected):
    assert write_headline([lead], 0) == expected


def test_a_modal_leaves_no_bare_verb_and_a_particle_starts_no_name():
    from copydesk.engines.headnames import in_full
    head = trim("Harbour Commissioner Sam Example will call on fishermen and their families across the coast to "
                "share their experiences of the winter storms.")
    assert not head.lower().endswith("will call"), head
    assert in_full("Rise of al Qaeda", lambda s: "Al Qaeda" if s == "Qaeda" else None, 12) == "Rise of al Qaeda"


@pytest.mark.parametrize("lead, expected", [
    ("Opening his speech, Mayor Sam Example stated simply the cost of the storm to the harbour.",
     "Mayor Sam Example states simply cost of storm to harbour"),       # a participle phrase before the subject
    ("Reaching a good, solid agreement with the harbour board is a worthy goal.",
     "Reaching good, solid agreement with harbour board is a worthy goal"),  # a gerund subject stays
    ("Speaking at the event, the mayor said the harbour would reopen in June.",
     "mayor says harbour would reopen in June"),  # what was said, with its own verb, is no trailing attribution
])
def test_fronted_participles_and_what_was_said(lead, expected):
    assert trim(lead) == expected


@pytest.mark.parametrize("lead, expected", [
    ("A Northtown father convicted of neglecting his dog says the dog was never hungry.",
     "Northtown Father Convicted of Neglecting Dog Says Dog Was Never Hungry"),  # never "Convicts of"
    ("Less than a day after its harbour announcement, the council agreed to close the pier.",
     "Council Agrees to Close Pier"),                                    # the fronted time phrase goes
    ("Sam Example created the illusion by holding his boat up to the camera.",
     "Sam Example Creates Illusion by Holding Boat up to Camera"),       # "created" -> "creates", not "creats"
])
def test_passive_of_fronted_time_and_create(lead, expected):
    assert write_headline([lead], 0) == expected


@pytest.mark.parametrize("lead, expected", [
    ("A search of the harbour at Northtown started early on Saturday, local broadcaster, NTV reports.",
     "Search of Harbour at Northtown Starts"),                       # the described source goes whole
    ("Hardliners - centred around the harbour master Sam Example, who has held the post since 1971 - are "
     "said to oppose the new pier.", "Hardliners Are Said to Oppose New Pier"),   # an aside between dashes
])
def test_a_described_source_and_a_dashed_aside_go(lead, expected):
    assert write_headline([lead], 0) == expected


def test_an_un_participle_is_an_adjective():
    from copydesk.engines.tense import present_tense
    assert present_tense("Undocumented workers in the harbour could reach a record", frozenset()) == \
        "Undocumented workers in the harbour could reach a record"
    assert present_tense("The unarmed guard stopped the thief", frozenset()) == "The unarmed guard stops the thief"


def test_no_headline_states_what_a_but_takes_back():
    sents = ["Sample rocked Example in the second round with a left and two rights but it was the only time "
             "the champion looked like he might win the fight.",
             "Example looked fresh throughout and picked his opponent off at ease to earn a wide decision."]
    head = write_headline(sents, 0)
    assert not head.startswith("Sample Rocks Example"), head


# (the year's tally keeps its perfect, judge MZ 01: "Join" told a year's joining as now)
@pytest.mark.parametrize("lead, expected", [
    ("Over the last year more than 2,000 people, a crowd about the size of Northtown, Fairshire, have joined "
     "the harbour club.", "More Than 2,000 People Have Joined Harbour Club"),
    ("A skipper has been banned from the harbour after he let passengers steer the ferry during a storm "
     "that damaged the pier.", "Skipper Banned From Harbour"),
])
def test_a_time_phrase_and_an_appositive_with_its_place_go(lead, expected):
    assert write_headline([lead], 0) == expected


def test_a_relative_clause_too_long_loses_its_tail_when_dropping_it_leaves_too_little():
    lead = ("A voyeur who used a hidden camera to film up shoppers' bags as they queued at the tills in a "
            "Northtown store has been spared jail.")
    assert write_headline([lead], 0) == "Voyeur Who Used Hidden Camera to Film up Shoppers' Bags Spared Jail"


def test_a_dated_event_after_a_dropped_possessive_keeps_its_date():
    # ("to her head" -> "to head" is no infinitive that ends the main clause)
    sents = ["Sam Example, 18, from Northtown, Fairshire, was found with a wound to her head in Harbour Lane in 1995.",
             "A full inquest will consider the harbour police's handling of the case on 1 February."]
    head = write_headline(sents, 0)
    assert "Found With Wound" not in head or "1995" in head, head


@pytest.mark.parametrize("text", [
    "Family of murdered harbour pilot Sam Example",                              # after "of"
    "Harbour crew prides itself on well-oiled rescue drill",                     # after "on"
    "A meeting room located at the top of the lighthouse",                       # where a thing is
    "But there's one catch - they're not allowed to sit at their desks",         # after "not"
])
def test_a_past_form_after_a_preposition_or_not_is_no_verb_to_change(text):
    from copydesk.engines.tense import present_tense
    assert present_tense(text, frozenset()) == text


@pytest.mark.parametrize("text, expected", [
    ("Two other men arrested over the killing were released without charge",
     "Two other men arrested over the killing released without charge"),       # the participle is the subject's
    ("The victims all believed they were involved in a scam", "The victims all believe they were involved in a scam"),
    ("Fishing regions around the coast voted heavily to leave", "Fishing regions around the coast vote heavily to leave"),
    ("Militants armed with guns gained entry", "Militants armed with guns gain entry"),
    ("People living in the harbour area said the man was shot", "People living in the harbour area say the man was shot"),
    ("Sam Example wanted to hire a boat to reach the island", "Sam Example wanted to hire a boat to reach the island"),
    ("The Northtown horse collapsed after winning the race", "The Northtown horse collapses after winning the race"),
    ("Opener Sam Example hit 56 before lunch", "Opener Sam Example hits 56 before lunch"),
    ("Sam Example surprised many people in the harbour", "Sam Example surprises many people in the harbour"),
    ("The mayor criticised the harbour board", "The mayor criticises the harbour board"),
    ("Six Northtown men conspired to steal a ferry", "Six Northtown men conspire to steal a ferry"),
    ("The harbour board required a new survey", "The harbour board requires a new survey"),
    # English's own words settle a base no spelling rule does ("describe", "include", "focus")
    ("Harbour chairman Sam Example described a 'great moment'", "Harbour chairman Sam Example describes a 'great moment'"),
    ("The event included readings from harbour veterans", "The event includes readings from harbour veterans"),
    ("The harbour board focused on the ferry", "The harbour board focuses on the ferry"),
    # not a modifier's past form, nor a participle in -en
    ("Resplendent in a navy jacket and matching tailored dress", "Resplendent in a navy jacket and matching tailored dress"),
    ("Police put up a cordon around the harbour", "Police put up a cordon around the harbour"),
    ("Everyone's invited to the harbour party", "Everyone's invited to the harbour party"),
    ("Sam Example invited everyone to the harbour party", "Sam Example invites everyone to the harbour party"),
    ("A beagle and a bearded dragon showed off their friendship", "A beagle and a bearded dragon show off their friendship"),
])
def test_the_tense_finds_the_sentences_own_verb(text, expected):
    from copydesk.engines.tense import present_tense
    assert present_tense(text, frozenset()) == expected


def test_the_present_of_a_past_the_source_uses_is_a_finite_verb():
    assert headline_problem("Fishing Regions Around Coast Vote Heavily to Leave",
                            ["Fishing regions around the coast voted heavily to leave."]) is None


def test_an_event_after_a_pronoun_clause_may_make_the_headline():
    sents = ["Northtown has a tough stance on harbour smugglers.",
             "They are waiting to learn whether they will be jailed after a harbour court rejected a last-ditch "
             "appeal for clemency from the mayor."]
    assert write_headline(sents, 0) == "Harbour Court Rejects Last-Ditch Appeal for Clemency From Mayor"


def test_a_span_of_time_after_the_clause_is_a_place_to_cut():
    lead = ("Harbour authorities in Northtown on Tuesday reopened the port's main ferry terminal, four days after "
            "a fire in a shed full of fishing nets forced the evacuation of 212 workers and halted traffic.")
    head = write_headline([lead], 0)
    assert head.startswith("Harbour Authorities in Northtown Reopen Port's Main Ferry Terminal"), head
    assert not head.endswith(", Four Days"), head


def test_a_lead_too_long_says_who_in_fewer_words_before_it_gives_up():
    from copydesk.engines.headline import trim, write_headline
    from copydesk.engines.headtrims import shorter_subject
    from copydesk.engines.titlecase import title_case

    assert shorter_subject("Former Northtown and Harbour manager Sam Example admits he was shocked") == (
        "Sam Example admits he was shocked")
    assert shorter_subject("Pte Jane Example from Northtown was found") == "Pte Jane Example was found"
    # no full name after the role, or no role: nothing goes
    assert shorter_subject("Harbour star Example feels the club") == "Harbour star Example feels the club"
    assert shorter_subject("Labour candidate in Northtown accused") == "Labour candidate in Northtown accused"
    lead = ("Northtown Rovers manager Jan van Example has written off Harbour City's chances of signing "
            "Sam Sample this summer by declaring the club bigger than its rivals.")
    head = title_case(trim(lead))
    assert head.startswith("Jan van Example"), head
    # a lead short enough keeps the role: it tells the reader who
    assert write_headline(["Harbour City boss Jan Example has no fresh injury concerns ahead of the derby.",
                           "Sam Sample is fit."], 0).startswith("Harbour City Boss Jan Example")


def test_less_common_irregular_pasts_are_verbs_the_checker_reads_alike():
    from copydesk.engines.headline import trim
    from copydesk.engines.verbs import has_verb
    from copydesk.lexicon import stem

    # before: "laid", "underwent" were no verbs, so no cut left a finite verb and the lead was "too long"
    assert has_verb("Sam Example laid bare the difficulties of the top job")
    assert trim("Sam Example controversially laid bare the difficulties of the harbour's top job in an "
                "interview on Northtown Radio's morning programme.").startswith("Sam Example controversially lays")
    # the tense the headline writes is the form the checker stems alike
    for past, present in (("underwent", "undergoes"), ("laid", "lays"), ("sat", "sits"), ("oversaw", "oversees"),
                          ("shook", "shakes"), ("heard", "hears")):
        assert stem(past) == stem(present), (past, present)


def test_a_plural_object_is_a_place_to_end_not_a_verb_that_wants_more():
    from copydesk.engines.headline import trim

    lead = ("A harbour seal suffered three degree burns from a pad used to keep him warm during a scan which "
            "vets had heated up in a microwave.")
    assert trim(lead) == "harbour seal suffers three degree burns"


def test_a_year_fronting_the_lead_moves_to_its_end_and_the_past_stays():
    from copydesk.engines.headline import trim

    # before: "In 1987" was dropped and the coup read as today's news ("Overthrows")
    assert trim("In 1987 a coup by harbour workers overthrew the elected, Northtown-dominated council.") == (
        "coup by harbour workers overthrew elected, Northtown-dominated council in 1987")
    assert trim("Since 1987 tensions in Northtown have been a steady source of instability.").endswith(
        "since 1987")


def test_thanks_to_is_no_verb_and_his_age_keeps_its_determiner():
    from copydesk.engines.headline import headline_problem, trim
    from copydesk.engines.verbs import has_verb

    assert not has_verb("harbour seal thanks to a warm pad")
    assert trim("Sam Example is the third sailor his age to take a healthy lead into the final race.") == (
        "Sam Example is third sailor his age to take healthy lead into final race")
    # a head that ends on "included" wants what it included
    assert headline_problem("Requests Received From Harbour Congregation Have Included", []) is not None


def test_a_verb_before_a_colon_keeps_its_colon_in_the_present():
    from copydesk.engines.tense import present_tense

    assert present_tense("Jan Example said: 'It is rich'", frozenset()) == "Jan Example says: 'It is rich'"


def test_a_named_subjects_pronoun_is_theirs_and_a_rank_keeps_what_it_is_for():
    from copydesk.engines.headline import headline_problem, trim

    head = trim("Example is the third sailor his age to take a healthy lead into the final race.")
    assert head == "Example is third sailor his age to take healthy lead into final race"
    lead = "Example is the third sailor his age to take a healthy lead, said Jan Example."
    assert headline_problem("Example Is Third Sailor His Age to Take Healthy Lead Into Final Race", [lead]) is None
    assert headline_problem("Teacher Praises His Class", ["The teacher praised his class."]) is not None
    # a round named before the result is no rank: the result clause is still a place to cut
    assert trim("Example shot a six-under 66 in the last round of the Harbour Open to finish seven clear "
                "of Northtown's Jan Sample and Harbour City's Sam Sample.") == (
        "Example shoots six-under 66 in last round of Harbour Open")


def test_a_standing_fact_keeps_the_event_its_when_tells():
    from copydesk.engines.headline import trim, write_headline

    lead = "Six people were aboard a boat on the Harbour Rapids ride when it flipped after a collision with a buoy."
    assert trim(lead) == "Six people were aboard boat when it flipped"
    assert write_headline([lead, "Police said it was a miracle."], 0) == "Six People Were Aboard Boat When It Flipped"
    # the place after "was" is what it says: it stays, and no event is made up
    lead = "The intrepid sheepdog was at the controls when he sent the tractor down a steep bank."
    assert "when" not in trim(lead).split("controls")[0]


def test_a_comparative_wants_what_it_compares():
    from copydesk.engines.headline import headline_problem

    assert headline_problem("New Research Suggests Harbour Bee Is Better", []) is not None
    assert headline_problem("New Research Suggests Harbour Bee Is Better at Dealing With Mites", []) is None


def test_a_reflexive_is_its_own_clauses_subject():
    from copydesk.engines.headline import headline_problem

    assert headline_problem("Jan Example Finds Himself in More Bother at Harbour Championship", []) is None
    assert headline_problem("Himself Finds Bother at Harbour Championship Again", []) is not None


def test_a_lead_that_frames_the_news_in_an_as_clause_heads_with_the_news():
    from copydesk.engines.headline import write_headline
    sents = ["A long series of talks wrapped up on Thursday in Harbourton as a group of fishing nations known as "
             "the Northern League reached a catch agreement with Norland over the country's waters.",
             "The agreement must be signed by June.",
             "Officials said the talks had been tense."]
    assert write_headline(sents, 0) == "Northern League Reaches Catch Agreement With Norland Over Country's Waters"


def test_a_subject_known_by_a_name_is_headed_by_the_name():
    from copydesk.engines.headline import trim
    assert trim("A militant group known as Harbour Front attacked the port on Monday.") == "Harbour Front attacks port"
    # not a phrase inside the sentence ("an area known as ...")
    assert trim("He lived in an area known as the Flats near the port.").startswith("He lived in area known as")  # (a past state stays past)


def test_a_headline_names_in_full_a_person_the_lead_gives_an_honorific():
    from copydesk.engines.headnames import in_full
    names = {"Lewis": "Huw Lewis", "Example": "Ann Example"}.get
    assert in_full("Mr Lewis is visiting training session", names, 14) == "Huw Lewis is visiting training session"
    assert in_full("Smiling Ms Example photographed with minister", names, 14) == \
        "Smiling Ann Example photographed with minister"
    assert in_full("Real Lewis wins", names, 14) == "Real Lewis wins"  # a word inside a longer name


def test_a_clause_dropped_from_a_headline_never_takes_half_a_quotation_with_it():
    from copydesk.engines.headline import trim
    from copydesk.engines.headtrims import open_quote
    lead = ("The Harbour Set, which refers to people who enjoy 'ostentatious spending, show and noise' "
            "and are 'placed above all others', post pictures of yachts with a tag of the same name.")
    out = trim(lead)  # (the clause ends inside the quotation: never half of it)
    assert not open_quote(out) and ("noise'" not in out or "'ostentatious" in out)
    assert trim("The pier, which opened in 1901, was sold to a Northtown firm on Monday.") \
        == "pier sold to Northtown firm"


@pytest.mark.parametrize("headline, verb", [
    ("Women With Advanced Cervical Cancer – Most Common Cancer Afflicting Young Women", False),  # an adjective
    ("Northtown Midfielder Sam Example Taken to Hospital With Suspected Heart Problem", True),   # a passive's -n
    ("Even More Broken Hopes and Dreams", False),
])
def test_a_past_form_after_a_preposition_is_no_verb_and_a_participle_in_n_before_one_is(headline, verb):
    from copydesk.engines.verbs import has_verb
    assert has_verb(headline.lower()) is verb


def test_has_had_something_done_to_it_is_an_event():
    from copydesk.engines.verbs import is_state
    assert not is_state("Cycling Has Had Funding Cut by More Than £4m")
    assert is_state("Northtown Has Had Tough Year")
