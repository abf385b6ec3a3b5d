"""The ``context`` check: a sentence must point where it pointed in the source."""

from __future__ import annotations

import pytest

from copydesk import check as verify
from copydesk.check.context import context_problems
from copydesk.desk import prepare, repair
from copydesk.engines.extractive import ExtractiveEngine
from copydesk.model import Article, Draft, Sentence

# Our own article, written for these tests: two politicians, one hospital stay.
SOURCE = [
    "Mayor Alan Brooks opened the new bridge over the river on Monday.",          # 0
    "He had been in hospital for a week with pneumonia.",                        # 1
    "Councillor Rita Vance criticised the cost of the project.",                 # 2
    "She said the money should have gone to schools.",                          # 3
    "As a result, the council will review the budget in June.",                  # 4
    "Andre Harris, a local shopkeeper, said trade had doubled.",                # 5
    "Eric Harris, his brother, said parking was still a problem.",              # 6
    "Harris added that the bridge was a long time coming.",                      # 7
]


def passage(*indices):
    return [(SOURCE[i], [i]) for i in indices]


def test_pronoun_after_another_person_is_flagged():
    problems = context_problems(passage(2, 1), SOURCE)
    assert list(problems) == [1]
    assert problems[1].kind == "context"
    assert "Brooks" in problems[1].detail and "Vance" in problems[1].detail


def test_pronoun_right_after_its_source_neighbour_passes():
    assert context_problems(passage(0, 1, 2, 3), SOURCE) == {}


def test_connective_without_its_sentence_is_flagged():
    problems = context_problems(passage(0, 4), SOURCE)
    assert list(problems) == [1] and "As a result" in problems[1].detail
    assert context_problems(passage(2, 3, 4), SOURCE) == {}


def test_surname_that_would_name_another_person_is_flagged():
    # "Harris added" is Eric Harris in the source; after Andre's sentence alone it reads as Andre.
    problems = context_problems(passage(5, 7), SOURCE)
    assert list(problems) == [1] and "Eric Harris" in problems[1].detail
    assert context_problems(passage(5, 6, 7), SOURCE) == {}


def test_opening_sentence_that_leans_on_nothing_is_flagged():
    assert list(context_problems(passage(1), SOURCE)) == [0]


def test_model_output_without_provenance_is_checked_by_its_support():
    doc = prepare(Article(text=" ".join(SOURCE)))
    draft = Draft(summary=[Sentence(SOURCE[0])], headline="Mayor Alan Brooks Opens New Bridge",
                  body=[[Sentence(SOURCE[2]), Sentence(SOURCE[1])], [Sentence(SOURCE[3])]],
                  engine="model")
    report = verify.check_draft(doc, draft)
    flagged = [c for c in report.sentences if any(p.kind == "context" for p in c.problems)]
    assert [c.text for c in flagged] == [SOURCE[1]]
    assert not report.ok


def test_the_desk_cuts_what_lost_its_context():
    doc = prepare(Article(text=" ".join(SOURCE)))
    engine = ExtractiveEngine()
    draft = Draft(summary=[Sentence(SOURCE[0], [0])], headline="Mayor Alan Brooks Opens New Bridge",
                  body=[[Sentence(SOURCE[0], [0])], [Sentence(SOURCE[2], [2]), Sentence(SOURCE[1], [1])],
                        [Sentence(SOURCE[5], [5])]],
                  engine="extractive")
    report = verify.check_draft(doc, draft)
    fixed, after = repair(doc, draft, report, engine)
    shipped = [s.text for p in fixed.body for s in p]
    assert SOURCE[1] not in shipped and SOURCE[2] in shipped
    assert any(c.status == "cut" and c.original == SOURCE[1] for c in after.sentences)
    assert after.ok


def test_a_sentence_in_summary_and_body_gets_each_place_its_own_verdict():
    # The pronoun sentence follows the wrong person in the summary, and its own neighbour
    # in the body: only the summary's copy is flagged (the text is checked once for both).
    doc = prepare(Article(text=" ".join(SOURCE)))
    draft = Draft(summary=[Sentence(SOURCE[2], [2]), Sentence(SOURCE[1], [1])],
                  headline="Mayor Alan Brooks Opens New Bridge",
                  body=[[Sentence(SOURCE[0], [0]), Sentence(SOURCE[1], [1])], [Sentence(SOURCE[2], [2])]],
                  engine="extractive")
    report = verify.check_draft(doc, draft)
    pronoun = [c for c in report.sentences if c.text == SOURCE[1]]
    assert [c.part for c in pronoun] == ["summary", "body"]
    assert [p.kind for p in pronoun[0].problems] == ["context"] and pronoun[0].status == "unsupported"
    assert pronoun[1].problems == [] and pronoun[1].status == "supported"
    assert pronoun[0].problems is not pronoun[1].problems


def test_an_inner_reference_away_from_its_source_neighbour_is_flagged():
    source = [
        "Mayor Alan Brooks opened the new bridge over the river on Monday.",
        "A second bridge at Millford was closed for repairs.",
        "Engineers found the same fault in both spans.",
    ]
    problems = context_problems([(source[0], [0]), (source[2], [2])], source)
    assert list(problems) == [1] and "the same fault" in problems[1].detail
    assert context_problems([(source[1], [1]), (source[2], [2])], source) == {}


def test_a_person_described_away_from_where_they_are_named_is_flagged():
    source = [
        "Jane Example won the title in Paris on Sunday.",
        "Alan Brooks, who won it in 2010, lost in the first round.",
        "Fans booed the former champion, who left the court early.",
    ]
    problems = context_problems([(source[0], [0]), (source[2], [2])], source)
    assert list(problems) == [1] and "the former champion" in problems[1].detail.lower()
    assert context_problems([(source[1], [1]), (source[2], [2])], source) == {}


def test_the_first_source_sentence_keeps_a_reference_of_its_own():
    source = ["The council showed the same resolve on Monday as it did on drug crime.",
              "The council showed the same resolve again.", "It voted on Monday."]
    assert context_problems([(source[1], [1])], source)
    assert context_problems([(source[0], [0])], source) == {}


def test_a_possessive_before_a_name_is_no_part_of_it():
    from copydesk.check.context import names_in

    assert names_in("Harbourtown's Example started the race on the front foot.") == ()
    assert names_in("Britain's Jane Example won the final.") == (("Example", "Jane Example"),)


def test_a_person_the_sentence_introduces_owns_its_pronoun():
    source = ["Sam Example crashed the harbour ferry on Friday.",
              "The crew were unhurt.",
              "A 40-year-old passenger, who was sitting at the stern, broke her arm before being taken to hospital.",
              "A friend of his said the skipper was shaken."]
    # after another sentence than in the source: "her" is the passenger's own
    assert context_problems([(source[0], [0]), (source[2], [2])], source) == {}
    # "his" inside the subject ("A friend of his") still points back; so does "A few months later he"
    assert 1 in context_problems([(source[1], [1]), (source[3], [3])], source)
    later = ["Sam Example joined the harbour crew.", "Jo Sample left the crew in May.",
             "A few months later he was made skipper."]
    assert 1 in context_problems([(later[0], [0]), (later[2], [2])], later)


def test_others_lean_on_the_ones_just_told_of(drafted):
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency("Three other passengers were taken to hospital in a stable condition.").startswith("reference")
    assert opening_dependency("Two more men were arrested on Sunday.").startswith("reference")
    assert opening_dependency("Three passengers were taken to hospital.") is None
    # in the body, it goes when the sentence it leans on is cut
    text = ("A harbour ferry hit the pier at Northtown on Friday night, injuring five people. "
            "The skipper, Sam Example, was arrested at the scene. "
            "A 40-year-old passenger, who was sitting at the stern, suffered fractures to his arm after the Lancer struck. "
            "Three other passengers were taken to Northtown General Hospital in a stable condition. "
            "The pier has been closed while engineers inspect it. "
            "The harbour master said an inquiry would begin next week.")
    _, draft = drafted(text)
    body = [s for para in draft.body for s in para]
    for k, s in enumerate(body):
        if s.text.startswith("Three other passengers"):
            assert k and body[k - 1].sources == [s.sources[0] - 1], [b.text for b in body]


def test_a_name_after_a_title_is_the_name_alone():
    from copydesk.check.context import names_in
    assert names_in("Cuban Foreign Minister Bruno Example has sided with the mayor.")[0] == ("Example", "Bruno Example")
    assert names_in("President Jo Sample spoke.")[0] == ("Sample", "Jo Sample")


def test_a_pronoun_whose_person_the_sentence_itself_names_stands_anywhere():
    source = SOURCE + [
        "Queen Maria Example is officially the island's head of state, but she is only nominally in charge.",  # 8
        "The council sought to honour Brooks's work, while paying tribute to his years in office.",            # 9
        "Brooks praised him for the work.",                                                                   # 10
    ]
    # "she" is the Queen the sentence opens on; "his" may be Brooks's, whom the source names in full
    assert context_problems([(source[i], [i]) for i in (2, 8)], source) == {}
    assert context_problems([(source[i], [i]) for i in (2, 9)], source) == {}
    # an object pronoun is someone else: "Brooks praised him" still needs its sentence before
    assert list(context_problems([(source[i], [i]) for i in (2, 10)], source)) == [1]


def test_it_before_to_and_a_thing_is_the_thing_told_before():
    from copydesk.ingest.dependency import opening_dependency
    # "to" before a thing: no infinitive, so "it" is what the text told before
    assert opening_dependency("It will be available to 1.7bn people on the platform.").startswith("pronoun")
    assert opening_dependency("It will be open to the public in May.").startswith("pronoun")
    # "to" before a verb: the dummy subject of "It is good to see ..."
    assert opening_dependency("It is good to see him back in the side.") is None
    assert opening_dependency("It is important to remember the victims.") is None


def test_a_quotation_given_in_reply_leans_on_what_it_answers():
    from copydesk.ingest.dependency import opening_dependency
    assert "reply" in (opening_dependency('"Sorry, but do I know you?" he responded.') or "")
    assert "reply" in (opening_dependency('"We will see about that," Jan Example retorted.') or "")
    assert "reply" in (opening_dependency('"We will see about that," replied Jan Example.') or "")
    assert "reply" in (opening_dependency("The club hit back, saying the report was wrong.") or "")
    assert opening_dependency('"We will rebuild the harbour," Jan Example said.') is None


def test_a_surname_whose_full_name_stands_only_in_a_caption_line_before_it_is_flagged():
    # a caption run into a sentence of the story is the only line that names the player in full
    source = [
        "Northtown beat Harbour City 2-1 on Monday night.",                                      # 0
        "Striker Sam Lee scored the winner after 80 minutes.",                                   # 1
        "Lee (left) cost Northtown nothing yet found a way past the defence Another expensive "
        "player, £24m-man Tom Brandt, got his team back in the game with 12 minutes left .",   # 2 (caption)
        "Brandt joined from Southport in July 2010 and is under contract until 2017.",          # 3
    ]
    problems = context_problems([(source[1], [1]), (source[3], [3])], source)
    assert 1 in problems and problems[1].kind == "context"
    # named in the story before the caption: the surname stands
    source[1] = "Striker Sam Lee and defender Tom Brandt both started."
    assert not context_problems([(source[1], [1]), (source[3], [3])], source)



def test_the_sources_first_sentence_leans_on_nothing_before_it_for_the_check_either():
    from copydesk.check.context import context_problems
    sents = ["Fellow tenants Northtown Rovers face a takeover bid from the harbour board.",
             "County have a lease to use the ground until 2023.",
             "The board will vote in May."]
    # shipped first, the source's own first sentence is no reference the desk broke
    assert context_problems([(sents[0], [0]), (sents[1], [1])], sents) == {}
    # shipped after another, a later "Fellow ..." still leans on the sentence before it
    later = [sents[2], "Fellow tenants Harbour Town face the same bid."]
    assert context_problems([(later[1], [1])], later)



def test_the_first_sentence_that_leaves_a_quotation_open_is_checked_as_any():
    from copydesk.check.context import context_problems
    # '... see the ground "as a rugby venue.' with its closing mark lost: which words run on is unclear
    sents = ['Fellow tenants Northtown Rovers see the ground "as a rugby venue.', "County have a lease until 2023."]
    assert context_problems([(sents[0], [0])], sents)


def test_a_bodys_name_has_no_surname_and_a_bare_this_still_leans_back():
    from copydesk.check.context import names_in
    from copydesk.ingest.dependency import THIS_NOUN

    assert names_in("West Northtown Police last night said it was investigating.") == ()
    assert names_in("Sam Example of Northtown Borough Council said.") == (("Example", "Sam Example"),)
    assert not THIS_NOUN.match("This is the first time the farm has bred such a lamb.")


@pytest.mark.parametrize("text, lead", [
    # "Police are investigating ..." leans on no "West Northtown Police" told later
    ("Police are investigating a harbour councillor over claims he tried to bribe voters with cake.\n\n"
     "Sam Example allegedly gave out cake while campaigning at a supermarket in Northtown.\n\n"
     "West Northtown Police last night said it was investigating reports of a breach of election law.\n\n"
     "He described the allegations as nonsense and said he would cooperate with officers.", "Police are investigating"),
    # "This bundle of joy was ...": the page's picture is gone, the news is not
    ("This bundle of joy was a spring surprise for the farmers who delivered the 20lb lamb after a three-hour "
     "birth.\n\nHe was so big that it took Sam Example and three helpers to deliver him near Northtown.\n\n"
     "The ewe is seven years old and has had twins before.\n\nThe farm said it would keep the lamb as a "
     "breeding ram.", "This bundle of joy"),
])
def test_a_text_leads_on_its_own_first_sentence(text, lead):
    draft = ExtractiveEngine().draft(prepare(Article(text=text)))
    assert draft.body[0][0].text.startswith(lead), draft.body



def test_a_caption_run_into_a_name_does_not_rename_the_story_s_person():
    # the page ran "at Harbour Park" into the caption's "Lee (right) sits ...": the story's
    # Lee is still the one it named in its lead
    source = [
        "Sam Lee has urged Northtown to stand firm before their derby with Harbour City.",      # 0
        "Northtown host City on Tuesday with Lee admitting his side lack experience.",           # 1
        "Sam Lee (left) and Jo Brooks during their time at Harbour Park Lee (right) sits on the "
        "bench with the Harbour staff",                                                          # 2 (caption)
        "Lee is without three defenders for the game.",                                          # 3
    ]
    assert not context_problems([(source[0], [0]), (source[3], [3])], source)
    # the caption's run-together words are the only ones that name him: the reader never met him
    source[0] = "Northtown have been urged to stand firm before their derby with Harbour City."
    source[1] = "Northtown host City on Tuesday."
    problems = context_problems([(source[0], [0]), (source[3], [3])], source)
    assert 1 in problems and problems[1].kind == "context"


def test_what_a_sentence_compares_or_takes_up_itself_leans_on_nothing_before_it():
    from copydesk.ingest.dependency import inner_reference

    # "the same X ... as Y" says what it is the same as; "this could" after a long clause takes it up
    said = ("'Our wish was for Northtown fans to be granted the same respect and freedom of travel as given to "
            "2,000 Harbour supporters this season, and we are sorry that this could not be done,' Jo Example said.")
    assert inner_reference(said) is None
    # at a sentence's start, or "the same" with nothing to compare, they still lean back
    assert inner_reference("And this could not be done, Jo Example said.") is not None
    assert inner_reference("Northtown fans want the same respect for their club.") is not None


def test_he_after_a_caption_chain_that_ran_into_another_speakers_sentence_is_flagged():
    source = [
        "Northtown manager Sam Brooks has reminded Jo Example and Kit Lane about their responsibilities.",   # 0
        "Example was seen at a party on Monday.",                                                            # 1
        "Then a day later pictures emerged of Example and Lane at a nightclub.",                             # 2
        "Jo Example (right) was pictured at the club with team-mate Kit Lane earlier this season Northtown "
        "boss Sam Brooks (left) has not fined Example or Lane Brooks, who has his captain back for the cup "
        "semi-final, spoke to Example and Lane in his office on Thursday but neither will be fined.",        # 3 (captions run in)
        "He said: 'It is about understanding what you can and cannot be seen to be doing.'",                # 4
    ]
    problems = context_problems([(source[0], [0]), (source[1], [1]), (source[2], [2]), (source[4], [4])], source)
    assert 3 in problems and problems[3].kind == "context"  # "He" would be Lane's or Example's words
    # a story sentence that names no one: the pronoun goes on to the person the rewrite told before
    source[2] = "Then a day later pictures emerged of a party at a nightclub."
    assert not context_problems([(source[0], [0]), (source[1], [1]), (source[2], [2]), (source[4], [4])], source)


def test_he_added_after_a_quotation_over_two_sentences_points_where_the_quotation_opened():
    source = [
        "Jo Example, the harbour master, died on Saturday, the Northtown Herald said.",                # 0
        'In a statement, the editor Sam Brooks said: "It is with great sadness that I tell you this."',  # 1
        "Tributes were paid by the town's writers, among them the poet Kit Lane, who knew him well.",   # 2
        '"The best of us has gone.',                                                                     # 3
        'Very sad day in the office," he added.',                                                        # 4
    ]
    passage = [(source[0], [0]), (source[1], [1]), (source[3], [3]), (source[4], [4])]
    problems = context_problems(passage, source)
    assert {2, 3} <= problems.keys()  # the whole quotation, or its marks would break: Brooks's words no more
    assert not context_problems([(source[0], [0]), (source[1], [1]), (source[2], [2]), (source[3], [3]),
                                 (source[4], [4])], source)


def test_a_pronoun_in_the_relative_clause_of_a_person_the_sentence_describes_is_theirs():
    source = ["Jo Example, the writer, died on Saturday.",
              '"I will miss her," said her editor, Sam Brooks.',
              "Writers and broadcasters have paid tribute to the published author, who was known for dictating "
              "her copy over the telephone."]
    assert not context_problems([(source[0], [0]), (source[2], [2])], source)


def test_kin_words_and_newspapers_are_no_part_of_a_name():
    from copydesk.check.context import names_in

    assert names_in("Father-in-law Silver was arrested in January.") == ()
    assert names_in("Sheldon Silver spoke to the New York Daily News on Monday.") == (("Silver", "Sheldon Silver"),)


def test_the_source_s_first_sentence_may_open_on_a_pronoun_it_names_later():
    from copydesk.ingest.dependency import opening_dependency, stands_first

    first = ("She's a glamorous model making her name in Northtown's clubs, but until she was 18 Jo Example "
             "was a boy called Sam.")
    dep = opening_dependency(first)
    assert dep is not None and stands_first(first, dep)
    # a pronoun whose person the sentence never names leans on what came before it
    other = "She's a glamorous model making her name in Northtown's clubs."
    assert not stands_first(other, opening_dependency(other))
