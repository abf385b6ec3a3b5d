"""Sentence roles, opening dependencies and title cleanup (copydesk.ingest.roles)."""

from __future__ import annotations

import pytest

from copydesk.ingest.dependency import opening_dependency
from copydesk.ingest.roles import SHIPPABLE, role_of, roles
from copydesk.ingest.titles import clean_title


@pytest.mark.parametrize("line, role", [
    ("The first of its kind: A meeting room at the top of a ladder in the office foyer .", "caption"),
    ("Staff member Ana Ruiz (left) and Tom Bell testing the new slide .", "caption"),
    ("The mayor (pictured) opened the bridge on Monday morning in front of a crowd.", "caption"),
    ("(From L-R) The coach, the captain and the chairman at training .", "caption"),
    ("A file picture of the old harbour wall before the storm (file picture)", "caption"),
    ("Referee: Jane Example .", "caption"),
    ("Timeline of the flood and its aftermath .", "caption"),
    ("CNN's Jane Example contributed to this report.", "byline"),
    ("Jane Example reported from Lisbon.", "byline"),
    ("By Jane Example", "byline"),
    ("PUBLISHED: 10:27 EST, 2 May 2013", "timestamp"),
    ("READ MORE: How the harbour was rebuilt", "related"),
    ("Opinion: What the council owes the town .", "related"),
    ("Sign up for our morning newsletter", "promo"),
    ("We've launched a new Example Sport newsletter, bringing the best stories right to your inbox.", "promo"),
    ("You can sign up here.", "promo"),
    ("Analysis: Jane Example, Example News, Fairhaven President Alan Brooks has bowed to pressure.", "related"),
    ("And do not forget you can sign up for free score alerts on all major teams.", "promo"),
    ("Asking hundreds of doctors to sign up to the scheme is unusual, the council said.", "body"),
    ("Ahead of the weekend's games, the sports desk will be providing you with all you need.", "promo"),
    ("Scroll down for video", "embed"),
    ("pic.twitter.com/abc123", "embed"),
    ("Back to top", "nav"),
    ("ADDING GOALS WILL MAKE HIM A STAR .", "standfirst"),
    ("The council voted 7-2 on Tuesday to close the harbour road for repairs.", "body"),
    ('"We will reopen it by June," the mayor said.', "quote"),
    # the stop apart is read at the end only; promotion needs "... will be <verb>ing you"
    ("Flood waters in the valley after the storm on Friday\u00a0.", "caption"),
    ("Flood waters in the valley after the storm on Friday :", "caption"),
    ("The team . won the match on Sunday night in front of a crowd of nine thousand.", "body"),
    ("Our reporters will be bringing you up to date from the count all night.", "promo"),
    ("The council will vote on the harbour plan when it meets again next month.", "body"),
    # beyond ASCII: curly marks and dashes are read lowercased too; "ı" matches "i" ignoring case
    ("Sign up for the morning newsletter \u2014 it\u2019s free.", "promo"),
    ("The mayor said \u201cwe will sign the deal\u201d on Monday after a long meeting.", "quote"),
    ("Get the latest scores sent right to your \u0131nbox every morning of the season.", "promo"),
    # a club's signings listed, glued to their label or not
    ("Loan:Sam Example, forward (Northtown Rovers); Tom Sample, goalkeeper (Fairhaven).", "nav"),
    ("Loan ended:Ann Brooks, defender (Harbour City); Jo Example, midfielder (Eastport).", "nav"),
    ("In:Tom Sample, defender (Northtown, £1.5m).", "nav"),
])
def test_role_of_each_kind_of_line(line, role):
    assert role_of(line, 10, 30) == role


def test_only_lead_body_and_quote_ship_and_the_first_is_the_lead():
    found = roles(["By Jane Example", "The council closed the road on Tuesday.",
                   "Workers at the site (left) on Monday .", '"It had to be done," the mayor said.'])
    assert found == ["byline", "lead", "caption", "quote"]
    assert [r in SHIPPABLE for r in found] == [False, True, False, True]


def test_a_line_repeating_an_earlier_one_is_a_caption():
    first = "The council closed the harbour road on Tuesday after a storm damaged its sea wall"
    found = roles([first + ".", "Repairs will take six weeks.", first + " in the night"])
    assert found[2] == "caption"


def test_a_highlight_bullet_at_the_top_is_a_standfirst():
    sents = ["Jane Example was fined after the crash on the bypass ."] + [
        f"Body sentence number {i} tells the story in full." for i in range(10)]
    assert roles(sents)[0] == "standfirst"


@pytest.mark.parametrize("sentence, kind", [
    ("He had been taken to hospital on Friday.", "pronoun"),
    ("She remembers being knocked to the ground.", "pronoun"),
    ("It's a felony charge that could mean prison.", "pronoun"),
    ("As a result, two women and a man never reached 30.", "connective"),
    ("But the council said no.", "connective"),
    ("By then the water had risen.", "connective"),
    ("Meanwhile, the mayor left.", "connective"),
    ("The town had never flooded before.", "reference"),
    ("The company declined to comment.", "reference"),
    ('and that was the end of it," she said.', "quote continuation"),
    ("Achterberg said the fault was electrical.", "surname"),
    # a quotation's "he" is someone the sentence before named
    ('"He was a good man," said Jane Example.', "pronoun"),
    ("‘She’s so positive around the place,’ Jo Example added.", "pronoun"),
])
def test_opening_dependency(sentence, kind):
    dep = opening_dependency(sentence, known_surnames=frozenset({"Achterberg"}))
    assert dep is not None and dep.startswith(kind)


@pytest.mark.parametrize("sentence", [
    "The council voted on Tuesday to close the road.",
    "It is thought that the fault was electrical.",
    "There were no injuries, police said.",
    '"I was a good man," said Jane Example.',
    '"It was a good day," said Jane Example.',
    "Now that the vote is over, the council must find the money.",
])
def test_self_standing_sentences_have_no_dependency(sentence):
    assert opening_dependency(sentence, known_surnames=frozenset({"Example"})) is None


@pytest.mark.parametrize("raw, clean", [
    ("&#039;The Medium is the Message&#039;: Art at 100 | Inexhibit", "'The Medium is the Message': Art at 100"),
    ("Senate passes the harbour bill | TheHill", "Senate passes the harbour bill"),
    ("Apple ships a new tablet today - 9to5Mac", "Apple ships a new tablet today"),
    ("Council closes road &amp; bridge — The Daily Example News", "Council closes road & bridge"),
    ("Britain faces chaos, says minister - Jane Example", "Britain faces chaos, says minister - Jane Example"),
    ("Markets fall - and more", "Markets fall - and more"),
])
def test_clean_title(raw, clean):
    assert clean_title(raw) == clean


def test_a_complete_name_opening_with_the_is_no_bare_reference():
    assert opening_dependency("The town council of Fairhaven voted 7 to 2 on Tuesday.") is None
    assert opening_dependency("The company said it would appeal.").startswith("reference")


def test_fact_box_lines_are_page_furniture():
    assert role_of("Key match stats (supplied by Opta) The home side have lost twice in a row.", 5, 30) == "standfirst"
    assert role_of("1998 – The last time all three promoted teams went down.", 5, 30) == "standfirst"


@pytest.mark.parametrize("sentence, ref", [
    ("Officials gave out $14 million in cash assistance during the same period.", "the same period"),
    ("Many of these people had never voted before.", "these people"),
    ("Allison Example gives a fine performance in this underrated comedy.", "this underrated"),
    ("The council said it had never seen such a scheme.", "such a"),
    ("Police said the 34-year-old was arrested at the scene.", "the 34-year-old"),
    ("The 34-year-old was arrested at the scene.", "The 34-year-old"),
    ("Even the players from that team who never managed stayed in football.", "that team"),
    ("Barcelona fielded the aforementioned Example.", "aforementioned"),
    ("The Jane Example drama concludes its two-part season finale.", "The Jane Example drama"),
    ("Time will tell if the Jane Example crime drama comes back in the fall.", "the Jane Example crime drama"),
    ("Barcelona fielded not just the French World Cup winner but Jane Example.", "the French World Cup winner"),
    ("Fans also cheered the 62-times Spain international and the coach.", "the 62-times Spain international"),
    ("Fans booed the former champion, who left early.", "the former champion"),
    ("The crowd rose as the Brazilian scored twice.", "the Brazilian"),
    ("In the end the Englishman won.", "the Englishman"),
    ("The New Zealander also said that Northtown are an unknown quantity.", "the New Zealander"),
    ("Fans cheered as the South African scored.", "the South African"),
    ("In their online conversations, one of the first things Alan told Jane was his age.", "their"),
    ("When they finished, she put the bottles in bags.", "they"),
    ("The two men then went to the victim's flat and took the keys.", "then"),
    ("Jane Example immediately showed remorse, telling an officer she was sorry.", "immediately"),
    ("Many fear they will lose access to clean water.", "they"),
    ("Rebels and their allies, including those loyal to the old leader, then fought the army.", "then"),
    ("A judge ordered they all be held without bail.", "they"),
    ("Joining them in being ruled out is skipper Jane Example.", "them"),
])
def test_a_reference_inside_the_sentence_leans_on_what_came_before(sentence, ref):
    dep = opening_dependency(sentence)
    assert dep is not None and dep.startswith("inner reference") and ref in dep


@pytest.mark.parametrize("sentence", [
    "The council will meet again this week to decide.",
    "Prices rose at the same time as wages fell.",
    "Output was the same level as last year.",
    "He has not won for such a long time.",
    "Jane Example, 34, said the 34-year-old had done nothing wrong.",
    '"We have never seen these figures before," said Jane Example.',
    "These days the road is quiet.",
    "The warning came on the same day that figures showed a fall.",
    "He said that the cars are fast.",
    "Jane Example stars in the BBC drama Example Street, which returns this week.",
    "The 36-year-old passenger, Jane Example of Davenport, was pronounced dead at the scene.",
    "He beat the former champion Jane Example in the final.",
    "Jane Example, the former champion, said she was tired.",
    "She was the winner of the Open in 2014.",
    "The Brazilian side won the match.",
    "The South African government said it would appeal.",
    "Officer Jane Example, with the Nepalese armed police, says about 50 people are missing.",
    "The electricity has gone out, the Yemeni officials said.",
    'He told reporters: "the Brazilian is great."',
    "In its latest outlook, the IMF predicted growth of 3.5 per cent.",
    "After they left the court, Jane Example and Alan Brooks spoke to reporters.",
    "Schoolchildren were heading to their lunch break when the attacks began.",
    "Fairhaven have their own versions of the two stars.",
    "After a long era in the shadow of their neighbours, Fairhaven are daring to dream.",
    "The officers said they had found nothing.",
])
def test_no_inner_reference_where_the_sentence_says_it_all(sentence):
    dep = opening_dependency(sentence, known_surnames=frozenset({"Example"}))
    assert dep is None or not dep.startswith("inner")


@pytest.mark.parametrize("sentence", [
    "No, you don't, Jane Example wrote back.",
    '"Yes," she said.',
    "Of course, the council said it would not pay.",
    "Kinda.",
])
def test_an_answer_leans_on_its_question(sentence):
    dep = opening_dependency(sentence)
    assert dep is not None and dep.split()[0] in ("answer", "pronoun")


def test_no_number_is_no_answer():
    assert opening_dependency("No. 10 Downing Street issued a statement.") is None


def test_a_list_number_alone_is_no_sentence_to_ship():
    assert role_of("1.", 5, 20) not in SHIPPABLE
    assert role_of("12)", 5, 20) not in SHIPPABLE


def test_a_short_sentence_about_the_something_that_names_nothing_leans_back():
    assert opening_dependency("The season finale is this week.").startswith("reference")
    assert opening_dependency("The season finale of Example Street is this week.") is None


def test_a_sentence_opening_on_a_known_surname_still_leans_on_what_it_refers_to_inside():
    known = frozenset({"Example", "Brooks"})
    dep = opening_dependency("Example and Brooks then went to the flat and took the cash.", known_surnames=known)
    assert dep == "inner reference “then” (an event after one told before)"
    assert opening_dependency("Example told the court she was sorry.", known_surnames=known) == "surname “Example”"
    assert opening_dependency('Example said: "We then went home."', known_surnames=known) == "surname “Example”"


def test_the_same_at_the_opening_leans_back():
    assert opening_dependency("The same website details information about Jane Example.") == "pronoun “The same”"
    assert opening_dependency("The same day, police arrested two men.") is not None
    assert opening_dependency("The others are Jane Example, 30, and Alan Brooks, 28.") == "pronoun “The others”"


@pytest.mark.parametrize("line, role", [
    # each pattern's cheap pre-test must let its lines through: other openings, other cases,
    # text beyond ASCII
    ("Reporting by Ana Ruiz; Editing by Tom Bell", "byline"),
    ("Additional reporting by Ana Ruiz in Lisbon", "byline"),
    ("— Jane Example (@jane) May 2, 2015", "embed"),
    ("A view of the new bridge (@harbourcouncil) May 2, 2015", "embed"),
    ("MEDIA PLAYBACK IS NOT SUPPORTED ON THIS DEVICE", "embed"),
    ("Watch the video of the launch", "embed"),
    ("Comments are closed on this article", "promo"),
    ("SUBSCRIBE to the morning newsletter", "promo"),
    ("The club will be bringing you all the news from the draw.", "promo"),
    ("The café will be open, and readers can sign up for its newsletter.", "body"),
    ("Sign up for the café newsletter", "promo"),
    ("1998 – The last time the harbour froze over", "standfirst"),
    ("١٩٩٨ – The last time the harbour froze over", "standfirst"),
    ("The new bridge from the east, as the council sees it (supplied by Harbour).", "standfirst"),
    ("It rained for a week and the river rose But, 23 years on, the town is dry.", "joined"),
    ("‘We will reopen it by June,’ the mayor said.", "quote"),
    ("The mayor said it would reopen by June, in the town’s café .", "caption"),
])
def test_role_of_needs_no_pattern_its_pre_test_rules_out(line, role):
    assert role_of(line, 10, 30) == role


def test_opening_dependency_answers_the_same_when_asked_again():
    known = frozenset({"Example"})
    first = [opening_dependency(s, known_surnames=k) for s in ("Example said so.", "He left.")
             for k in (known, frozenset())]
    again = [opening_dependency(s, known_surnames=k) for s in ("Example said so.", "He left.")
             for k in (known, frozenset())]
    assert first == again == ["surname “Example”", None, "pronoun “He”", "pronoun “He”"]


@pytest.mark.parametrize("sentence, role", [
    ("Harbour pilot Jane Example, 18, center left, and her brother Sam Example, 20, pose for a portrait "
     "with their parents, Ann Example, left, and Tom Example, at their home.", "caption"),
    ("Councillor Ruth Example, right, speaks to reporters outside the town hall.", "caption"),
    ("The mayor, second from left, cuts the ribbon.", "body"),  # nobody named: not placed by name
    ("She turned left, and the road ran down to the harbour.", "body"),
    ("The ferry left, and Tom Example stayed behind on the quay.", "body"),
    ("Votes moved to the right, the survey found.", "body"),
])
def test_a_wire_caption_places_its_people_with_commas(sentence, role):
    assert role_of(sentence, 6, 30) == role


@pytest.mark.parametrize("sentence, role", [
    ("In an email last Friday, the chief lamented the crew's 'sloppy work' Repairs remain unfinished at the quay.",
     "joined"),
    ('The mayor called the plan "a disaster" Voters were not convinced by the council.', "joined"),
    ("The mayor called the plan 'a disaster' and voters were not convinced.", "body"),
    ("'We will reopen the quay,' the mayor said.", "quote"),
])
def test_a_sentence_run_on_after_a_closing_quote_mark_never_ships(sentence, role):
    assert role_of(sentence, 8, 30) == role


def test_a_correspondents_analysis_box_never_ships_as_news():
    from copydesk.ingest.roles import roles
    sents = ["The harbour council voted on Monday to close the ferry terminal.",
             "Analysis: Jane Example, Northtown News, Harbourtown The council's vote will be welcomed by "
             "the ferry's critics.",
             "But the decision could have been taken much earlier.",
             "No local parties were involved.",
             "I doubt this will be the end of the terminal's troubles.",
             "Council leader Sam Sample said the terminal would close in June.",
             "The ferry company said it was disappointed."]
    out = roles(sents)
    assert out[1] == "related"
    assert out[2:5] == ["analysis"] * 3  # her view, with no "I" in two of them
    assert out[5] == "body" and out[6] == "body"  # reported speech: the story again
    assert out[0] == "lead"


@pytest.mark.parametrize("byline", [
    "By Jane ExampleNorthtown News harbour affairs correspondentThe council's vote will be welcomed by critics.",
    "Northtown harbour correspondent Jane ExampleThe crucial words here are that the vote was close.",
])
def test_a_correspondents_box_under_a_glued_byline_never_ships_as_news(byline):
    from copydesk.ingest.roles import roles
    sents = ["The harbour council voted on Monday to close the ferry terminal.",
             "Council leader Sam Sample said the terminal would close in June.",
             byline.replace("Northtown News", "BBC") if byline.startswith("By") else byline,
             "But the decision could have been taken much earlier.",
             "The ferry company said it was disappointed."]
    out = roles(sents)
    assert out[2] == "related" and out[3] == "analysis", out
    assert out[4] == "body"


@pytest.mark.parametrize("sentence", [
    "Regardless, some local harbour councils have let it be known they are open to it.",
    "Mr Example instead prefers to remember the ferry as it was.",
])
def test_a_contrast_with_a_sentence_before_leans_on_it(sentence):
    from copydesk.ingest.dependency import opening_dependency
    assert opening_dependency(sentence) is not None


@pytest.mark.parametrize("sentence, leans", [
    ("Mr Example made the announcement at the harbour office on Monday.", True),
    ("The move follows a vote by the harbour council.", True),
    ("Mr Example made the announcement of a new ferry at the harbour office.", False),  # said what it is
    ("The decision to close the terminal was taken on Monday.", False),
    ("The council's plans-and-budget meeting was held on Monday.", False),
])
def test_a_bare_thing_told_before_is_found(sentence, leans):
    from copydesk.ingest.toldbefore import told_before
    assert (told_before(sentence) is not None) is leans


def test_a_first_sentence_that_refers_to_a_lost_one_does_not_lead():
    # a source whose first sentence was cut: "the announcement" has nothing to point at
    from copydesk.engines.passages import Passages
    sents = ["Mr Example made the announcement at the harbour office, one of two sites for the new gates.",
             "The harbour council awarded contracts for flood gates at Northtown and Southtown.",
             "The two sites are expected to have the gates by the end of the year."]
    assert Passages(sents, lambda i: (i,)).lead() == 1


@pytest.mark.parametrize("line, role", [
    ("Northtown News has contacted the harbour police and the ferry company for comment.", "promo"),
    ("The ferry company did not respond to a request for comment.", "body"),  # news: the other side's silence
    ("Police have contacted the family of the missing fisherman.", "body"),
])
def test_the_outlet_telling_of_its_own_reporting_is_no_news(line, role):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 10) == role


@pytest.mark.parametrize("sentence, leans", [
    ("On Wednesday night at the harbour, however, those calm early days seemed long ago.", True),
    ("Curiously, though, the spotlight then turned on the harbour master.", True),
    ("Not least the harbour master, who had promised calm seas.", True),
    ("The ferry, though old, sailed on time.", False),       # "though" of a clause, not a connective
    ("It is just 12 weeks since the harbour reopened.", False),  # time gone by: "it" points at nothing
    ("It has been a year since the ferry last sailed.", False),
    ("It was sold two weeks ago.", True),                    # "it" is the thing sold
    ("Earlier the harbour board urged her not to sell the ferry.", True),  # earlier than what was told
    ("Earlier this week the harbour board met.", False),
    ("If that's the case, the harbour could close again next winter.", True),  # what case?
    ("If so, the ferry will sail on Monday.", True),
    ("If not for the storm, the ferry would have sailed.", False),
    ("It's regatta season on the coast and the best crews are about to race.", False),  # a season named
    ("It's the season's best result for the crew.", True),
    ('"Stop it," said Jane Example, harbour counsel for the group.', True),  # which group?
    ("A spokesman for the organization said the harbour would stay shut.", True),
    ("Volunteers at the charity, and the campaign group, cleared the harbour.", True),
    ("The rights group Harbour Watch welcomed the vote.", False),
])
def test_connectives_inside_and_time_gone_by(sentence, leans):
    from copydesk.ingest.dependency import opening_dependency
    assert (opening_dependency(sentence) is not None) is leans


@pytest.mark.parametrize("line, role", [
    ("(Harbour Pictures and Northtown Films -- makers of \"Tide\" -- are owned by Example Media, as is this site.)",
     "promo"),
    ("(Harbour Pictures is owned by Example Media, as is this site.) The film opens on August 5.", "promo"),
    ("(The ferry company declined to comment.)", "body"),
])
def test_the_outlets_ownership_disclosure_is_no_news(line, role):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 10) == role


def test_a_caption_run_into_the_next_sentence_is_split_off_and_known():
    from copydesk.segment import split_sentences
    text = ("Sam Example asked pupils at Harbour Primary School in Northtown, pictured, to change their answers "
            "The 31-year-old also altered answers himself. The school was closed.")
    sents = split_sentences(text)
    assert sents[0].endswith("change their answers") and sents[1].startswith("The 31-year-old")
    assert role_of(sents[0], 3, 10) == "caption"
    # "The" with a capital after a lower-case word is a new sentence only before a lower-case word
    assert len(split_sentences("She read about it in The Guardian on Sunday.")) == 1


def test_that_season_refers_to_a_season_told_before():
    assert opening_dependency("Among the squad players that season were Sam Example and Jo Sample.") \
        == "inner reference “that season”"
    assert opening_dependency("The harbour closed that year after a storm.").startswith("inner reference")


def test_a_surname_before_a_plural_noun_and_its_verb_is_no_bare_surname():
    from copydesk.ingest.dependency import opening_dependency

    known = frozenset({"Housing", "Example"})
    assert opening_dependency("Housing chiefs have been accused of hypocrisy.", known_surnames=known) is None
    assert opening_dependency("Example said the pier was safe.", known_surnames=known) == "surname “Example”"


def test_a_sentence_leans_past_a_caption_but_not_past_a_long_box():
    """A photo's caption between two sentences is skipped; a run of more lines (a call's
    transcript) is a box of its own, whose last line a "He" after it may answer."""
    from copydesk.ingest.inserted import INSERTED_MAX, story_before

    roles = ["lead", "body", "caption", "body"]
    assert story_before(3, roles.__getitem__) == 1
    long_box = ["lead", "body", *["caption"] * (INSERTED_MAX + 1), "body"]
    assert story_before(len(long_box) - 1, long_box.__getitem__) == -1


def test_he_after_a_transcript_box_does_not_ship_after_the_story_sentence_before_it():
    import copydesk

    lines = ["Dispatcher: Is he talking to you right now?", "Jo Sample: No, that's all he's doing.",
             "Dispatcher: You just stay on the line with me, OK?", "Jo Sample: If you don't hurry, he's gone.",
             "Dispatcher: They're coming, I can't make them come any faster."]
    text = ("The family of a jogger shot in Northtown wept in court as they heard the emergency call made by "
            "a passer-by. The jogger, 22, was shot in the back in August. Sam Example, 17, is charged with "
            "murder. The teen was riding in a car with two friends when he allegedly fired.\n\n"
            + "\n\n".join(lines) + "\n\nHe's stopped breathing.\n\n"
            "The jogger's parents listened to the call in silence. A doctor told the court the wound was "
            "fatal within minutes. The trial continues.")
    result = copydesk.rewrite(text, published="2025-03-04")
    shipped = [s.text for p in result.body for s in p] + [s.text for s in result.summary]
    assert "He's stopped breathing." not in shipped, shipped


def test_a_line_with_no_stop_in_a_stopped_text_is_furniture():
    """A caption or highlight left without its stop ("Sam Example hits the back of the net ...")
    never ships, in a text that ends its sentences on stops; nor does an outlet's label line."""
    from copydesk.ingest.roles import roles

    sents = ["The harbour board closed the western pier on Monday after a storm.",
             "Engineers will inspect it on Friday, the board said.",
             "Boats will use the eastern quay until the pier reopens.",
             "The harbour master said the storm was the worst in ten years.",
             "Sam Example hits the back of the net while playing for the harbour side against Northtown",
             "HG: Harbour fees to rise for the third year running.",
             "Repairs are expected to cost about £2m, the board said."]
    out = roles(sents)
    assert out[4] == "caption" and out[5] == "related"
    assert out[6] == "body"
    # a text of lines with no stops (a feed's): its lines are its sentences
    bare = [s.rstrip(".") for s in sents]
    assert roles(bare)[4] != "caption"
    # a line that ends on a quotation's closing mark with no stop inside it is a caption cut from
    # the sentence it ran into ("... would make 'tremendous advances' The new pier ...")
    quoted = [*sents[:4], "The mayor said the new pier would make 'tremendous advances'", *sents[6:],
              "The harbour master called the storm 'the worst in ten years'.", "'We will rebuild,' she said."]
    out = roles(quoted)
    assert out[4] == "caption"
    assert out[6] == "body" and out[7] == "quote"  # (a stop after the mark, or inside it)


@pytest.mark.parametrize("line, role", [
    ("Sam Example pictured above entering court for his hearing on February 24.", "caption"),
    ("Jo Sample parked at the harbour car park in Northtown, pictured above, on April 15.", "caption"),
    ("Harbour master Sam Example (pictured left) said the issue was close to his heart.", "caption"),
    ("Jo Sample was photographed with the mayor at the harbour on Monday.", "body"),
    ("The mayor, seen here at the launch, has denied the claim.", "caption"),
    ("He said 'it was seen above all as a warning', the board said.", "body"),
    ("The two men are thought to have attended his funeral (pictured: right)", "caption"),
    ("Sam Example in action last year at the harbour club, which will host the final.", "caption"),
    ("Jo Sample poses with the trophy after the final.", "caption"),
    ("Sam Example said the crew was in action by 6am.", "body"),
    ("Jo, fourth from left helping to deliver presents.", "caption"),
    ("The van crashed near junction 13 northbound as shown by the red arrow.", "caption"),
    ("He was shown by the arrow on the sign which way to go.", "body"),
    ("The breakdown of all goals scored by Sam Example and Jo Sample this season.", "caption"),
    ("Stats courtesy of Opta.", "caption"),
    ("The breakdown of talks between the harbour board and the union angered the crews.", "body"),
])
def test_a_line_that_points_at_its_picture_is_a_caption(line, role):
    from copydesk.ingest.roles import role_of

    assert role_of(line, 6, 30) == role


@pytest.mark.parametrize("line", [
    # a name and who it is, with no main verb: a photo's caption run into the copy
    "Sam Example, who has been re-elected as mayor of Northtown after winning 97 per cent of the vote.",
    "Jo Sample, pictured in action for Northtown Rovers in the 2012 cup final.",
    "Councillor Ann Example, 54, who was first elected to the Northtown council in 1998.",
    "The old mill, which was built in 1890 and restored by volunteers last year.",
    "Kim Example, whose father founded the Northtown Herald in 1950.",
    "Lee Sample, here playing for Southville in 2012.",
    "Dr Sam Example, who treated the boy at Northtown General Hospital, near Southville.",
    "Jo Sample, who she married in 2010.",
])
def test_a_name_and_a_clause_with_no_main_verb_is_a_caption(line):
    assert role_of(line, 6, 30) == "caption"
    assert roles(["The harbour council voted on Monday to close the ferry terminal.", line,
                  "The ferry company said it was disappointed."])[1] == "caption"


@pytest.mark.parametrize("line, role", [
    # a main verb past the clause, or one run on without its comma
    ("Sam Example, who has been re-elected as mayor of Northtown, said on Monday he would serve again.", "body"),
    ("Sam Example, who founded the Northtown Herald, has died.", "body"),
    ("Sam Example, who founded the Northtown Herald has died.", "body"),
    ("Sam Example, who coached the team for a decade drew praise.", "body"),
    ("The mayor, who is 64 retires next week.", "body"),
    ("Jo Sample, pictured, dismissed the report as nonsense.", "body"),
    ("Jo Sample, pictured with her husband, will open the fete.", "body"),
    ("Sam Example, who won the Northtown Cup in 2012, retires today.", "body"),
    ("The club, which was founded in 1890, announced a new manager.", "body"),
    ("Sam Example, who the police named as the driver, was arrested.", "body"),
    ("Sam Example, who runs the Northtown bakery, bakes 500 loaves a day.", "body"),
    # a main verb the rule cannot read: after a name, or a plural's with no ending
    ("Sam Example, who lives in Northtown swims every morning.", "body"),
    ("Northtown Rovers, who are fifth in the league beat Southville 3-1.", "body"),
    ("The Northtown twins, who grew up in Southville live there still.", "body"),
    # no name before the comma, or the words are someone's
    ("Still, who knows.", "body"),
    ("The mayor praised Sam Example, who won 97 per cent of the vote.", "body"),
    ("Sam Example, who said he was 'delighted' with the result.", "body"),
    ('"Sam Example, who we signed last summer, has been brilliant," the manager said.', "quote"),
])
def test_a_name_and_a_clause_before_a_main_verb_is_running_copy(line, role):
    assert role_of(line, 6, 30) == role


def test_a_picture_between_commas_is_a_caption_on_a_page_that_runs_captions_into_the_copy():
    story = ["Northtown Rovers beat Harbour City 2-1 on Saturday.",
             "Club legend Jo Sample, pictured with Sam Example, says the players must not relax.",
             "The win lifts Rovers to third in the table."]
    assert roles(story)[1] == "body"  # clean copy: it may be running text
    with_caption = [*story, "Sam Example (left) celebrates the winner with fans at the ground."]
    assert roles(with_caption)[1] == "caption" and roles(with_caption)[3] == "caption"


def test_a_line_that_tells_again_what_a_sentence_before_it_told_is_a_photo_line():
    story = ["Residents of Harbour Estates in Northtown say they saw a man grab a swan from the pond on Saturday.",
             "The bird had lived on the pond for ten years, neighbours said.",
             "Residents of a Northtown estate saw a man grab a swan from the pond on Saturday.",  # the photo's line
             "Sam Example grab a swan from the pond on Saturday, the owner said.",  # a name the first never gave
             "Residents of Harbour Estates say they saw a man grab a swan from the pond at 7pm."]  # a new number
    got = roles(story)
    assert got[2] == "caption"
    assert got[3] != "caption" and got[4] != "caption"


def test_a_live_pages_match_ticker_is_furniture_to_the_end_of_the_page():
    report = ["Northtown beat Harbour City 2-1 on Saturday to go top of the league.",
              "Jo Example scored twice in the second half.",
              "Harbour City had led through Sam Brooks."]
    ticker = ["Match ends, Northtown 2, Harbour City 1.", "Goal! Northtown 2, Harbour City 1.",
              "Jo Example (Northtown) right footed shot from the centre of the box to the bottom left corner.",
              "Assisted by Ali Harbour.", "Substitution, Harbour City.", "Ben Stone replaces Sam Brooks."]
    got = roles(report + ticker)
    assert got[:3] == ["lead", "body", "body"]
    assert got[3:] == ["nav"] * len(ticker)
    # one line that reads like a ticker's is no ticker
    assert roles([*report, "Assisted by Ali Harbour, the club rebuilt the stand."])[3] == "body"


def test_a_transfer_list_is_no_story_sentence():
    line = ("Out:Jo Example, defender (Northtown, undisclosed); Sam Brooks, midfielder (Harbour City); "
            "Ali Stone, goalkeeper (Eastport); Ben Sample, midfielder.")
    assert role_of(line, 20, 30) not in SHIPPABLE


def test_the_pages_own_furniture_and_a_photos_present_tense_are_no_story():
    assert role_of("Click on the photos above to learn how the crew changed in a year.", 12, 13) == "promo"
    assert role_of("Click here to read more.", 12, 13) == "promo"
    assert role_of("Clicking through the pages, she found the error.", 12, 13) == "body"
    story = ["Northtown beat Harbour 2-1 on Saturday.",
             "Former goalkeeper Brad Example applauds supporters during the clash against Eastport.",
             "Eleven metre waves have been recorded off the harbour wall.",
             "Officials do not believe the work poses any risk to the players.",
             "Sam Example (left) scores the winner."]
    assert roles(story)[1:4] == ["caption", "body", "body"]
    # a page with no captions: it may be running copy (but for a picture's moment, "during the clash")
    plain = [story[0], "Former goalkeeper Brad Example applauds the board's decision to rebuild the stand.", *story[2:4]]
    assert roles(plain)[1] == "body"
    assert roles(story[:4])[1] == "caption"


def test_a_line_that_runs_into_another_sentences_opening_is_a_caption_chain():
    from copydesk.ingest.roles import roles

    sents = ["The harbour city put on a show at the weekend for its first street festival on the quay.",
             "The wacky Northtown Groove Riders stormed down the quay at the weekend for the city's first street "
             "festival that shut down streets Harbour Batucada – a community percussion group – brought samba to "
             "the quay with late night revellers.",
             "More than 100 performances were scheduled over the two days of the festival.",
             "Harbour Batucada – a community percussion group – brought samba to the quay with late night revellers.",
             "A series of images of the harbour on the last day have been released with today's release of "
             "Fall of the Harbour: The Story of the Northtown Quay in Three Parts.",
             "Fall of the Harbour: The Story of the Northtown Quay in Three Parts opens on Friday."]
    out = roles(sents)
    assert out[1] == "caption" and out[3] == "body"
    assert out[4] == "body"  # a title after "of" is the sentence's own


def test_a_caption_inside_a_quotations_lines_and_a_letter_left_before_a_line_do_not_ship():
    # a stop standing apart where a picture stood, its caption, then the quotation reopens
    s = ("'It's the position that suits me best. . Sam Example and his team-mates celebrate after beating "
         "Harbour City in 2008. 'I understand the challenge in front of me.")
    assert role_of(s, 5, 20) == "caption"
    # a quotation that runs on over the picture to its own closing mark is the speaker's
    assert role_of("'My heart knew it was time. . I watched the game on my phone all night.'", 5, 20) == "quote"
    assert role_of("e 'It just shows you how kind people are,' Sam said.", 5, 20) == "joined"
    # a picture's moment: a photo verb and "during"
    assert role_of("Former goalkeeper Sam Example applauds supporters during the clash against Harbour City.",
                   5, 20) == "caption"


def test_a_stop_standing_alone_where_a_picture_stood_is_set_in_and_a_sentence_after_it_leans_past_it():
    from copydesk.ingest.inserted import story_before

    sents = ["The new trailer last month showed Sam Example in fighting shape.", ".",
             "But according to his trainer, Jo Brooks, it took six months of work.", ".",
             "He also trained for six hours a day."]
    out = roles(sents)
    assert out[1] == out[3] == "picture"
    assert story_before(2, out.__getitem__) == 0 and story_before(4, out.__getitem__) == 2
    # a picture's label of three words before a whole sentence
    assert role_of("Blood, sweat and tears: According to his trainer, it took six months of work.", 5, 20) == "caption"
    assert role_of("Bread, milk and eggs: the shop sold out on Monday.", 5, 20) != "caption"


def test_a_tables_rows_run_into_a_sentence_are_cut_from_it_and_close_behind_leans_back():
    from copydesk.segment import split_sentences

    text = ("Most voters backed new powers. Control of income tax 6.8Raise the top rate 7.2Raise the minimum wage "
            "8.2The most popular of the statements was giving the council power over pensions, which scored 7.3. "
            "Close behind was full control of benefits, with a score of 7.1.")
    sents = split_sentences(text)
    assert sents[2] == "The most popular of the statements was giving the council power over pensions, which scored 7.3."
    assert opening_dependency(sents[3]) is not None


def test_that_before_a_singular_noun_after_said_points_back():
    from copydesk.ingest.dependency import inner_reference

    assert inner_reference("Lt Sam Example said that process could take several weeks.") is not None
    assert inner_reference("The mayor said that officers could arrive within hours.") is None


def test_the_film_leans_back_and_a_pages_follow_us_footer_goes():
    from copydesk.ingest.text import clean_text

    assert opening_dependency("The film is based on an unfinished book by Jo Example.") is not None
    text = ("The film is based on an unfinished book, Harbour House.Follow us on Twitter @NorthtownNews, on "
            "Instagram at northtownnews, or if you have a story suggestion email news@example.com.")
    assert clean_text(text).text == "The film is based on an unfinished book, Harbour House."


def test_a_line_glued_to_a_persons_introduction_is_cut_from_it():
    from copydesk.segment import split_sentences

    sents = split_sentences("Jo Brooks: Harbour delay is a high stakes betSam Example, the chief executive of the "
                            "Harbour Association, urged the board to decide soon. The MacDonald Example, the boat, sank.")
    assert sents[:2] == ["Jo Brooks: Harbour delay is a high stakes bet",
                         "Sam Example, the chief executive of the Harbour Association, urged the board to decide soon."]
    assert sents[2] == "The MacDonald Example, the boat, sank."


def test_a_concessive_feature_opening_that_names_its_person_may_lead():
    from copydesk.ingest.dependency import stands_first

    s = ("She might be a new mother to twins but that didn't prevent a fresh-faced Jo Example of Northtown from "
         "cutting a glamorous figure as she presented a prize this morning.")
    dep = opening_dependency(s)
    assert dep is not None and stands_first(s, dep)
    assert not stands_first("She might be tired but she will run again.", opening_dependency("She might be tired."))


def test_an_ed_word_between_a_modifier_in_ing_and_a_noun_is_no_verb():
    from copydesk.engines.verbs import has_verb

    assert not has_verb("Resplendent in edgy navy jacket and matching tailored dress")
    assert has_verb("Northtown fans marching home cheered the team")


def test_a_caption_that_names_someone_runs_into_the_copys_sentence_on_the_same_name():
    from copydesk.segment import split_sentences

    text = ("He and his wife Jo Example (left) maintain his innocence Jo Example has refused to allow social "
            "workers to see the child, according to the paper.")
    assert split_sentences(text) == ["He and his wife Jo Example (left) maintain his innocence",
                                     "Jo Example has refused to allow social workers to see the child, according to the paper."]
    # running copy that names someone twice is one sentence
    plain = "The story of how Sam Example recovered is remarkable, and Sam Example has told it in a new book."
    assert split_sentences(plain) == [plain]


def test_a_sports_pictures_pose_is_a_caption_on_a_page_with_captions():
    sents = ["Northtown Open is turning into cake week after Sam Example won her 700th match.",
             "Sam Example strikes a pose next to her cake after recording her 700th career victory.",
             "Jo Brooks pretends to take a bite out of a cake presented to him after his 500th win.",
             "Example and Brooks shake hands at the net after the tight match.",
             "Her refusal to shake hands with her opponent was criticised.",
             "Example (left) celebrates with her team."]
    out = roles(sents)
    assert out[1:4] == ["caption", "caption", "caption"], out
    assert out[4] == "body"


def test_a_link_title_glued_to_a_sentence_that_opens_on_its_article_is_cut_from_it():
    from copydesk.segment import split_sentences

    assert split_sentences("Historic abuse: Key inquiriesA spokesman for the inquiry said it had no direct "
                           "allegations.") == ["Historic abuse: Key inquiries",
                                               "A spokesman for the inquiry said it had no direct allegations."]


def test_a_closing_mark_set_to_open_a_quotation_does_not_ship():
    assert role_of("Sam Example said, smiling:’It would be nice to wind the clock back, wouldn’t it?", 5, 20) == "joined"


def test_an_outlets_link_a_one_word_question_and_a_regional_promo_are_furniture():
    from copydesk.ingest.text import clean_text

    assert role_of('Harbour Reporter: "Mad Men\'s" return.', 5, 20) == "related"
    assert role_of("Lifeline?", 5, 20) == "standfirst"
    assert role_of('Sam Example: "We will win this one."', 5, 20) != "related"
    text = ('The union said it welcomed the news. More on this and other Northtown storiesThe union\'s '
            'general secretary said: "This is a positive step."')
    assert clean_text(text).text == ('The union said it welcomed the news. The union\'s general secretary said: '
                                     '"This is a positive step."')


def test_an_ellipsis_that_takes_its_verb_from_the_sentence_before_leans_back():
    assert opening_dependency("As did many of the injured troops brought here after the landings.") is not None
    assert opening_dependency("As the storm hit, the town closed its harbour.") is None


def test_a_writers_credit_line_is_a_byline_and_the_survey_leans_back():
    assert role_of("Jo Example wrote from Northtown.", 20, 22) == "byline"
    assert opening_dependency("The survey conducted by the university further revealed that five per cent had.") \
        is not None


def test_an_editors_possessive_name_is_no_glued_byline():
    from copydesk.ingest.roles import roles
    sents = ["The council met on Monday.", "Harbour editor Sam McDonald's column said the harbour would close.",
             "The mayor disagreed with the column.", "The ferry sails on Friday."]
    assert roles(sents)[1:] == ["body", "body", "body"]
