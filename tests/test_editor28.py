"""The editor's faults found by reading outputs in the twenty-eighth session, each in invented
text (copy-editor judges and the desk's own reading)."""

from __future__ import annotations

import datetime as dt

from copydesk import rewrite
from copydesk.engines.headtrims import stray_pronoun
from copydesk.engines.headwants import leaves_wanting
from copydesk.ingest.roles import role_of

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def test_he_after_a_claim_about_the_one_person_the_verb_acts_on_is_that_person():
    text = ("Police are investigating a Northtown councillor over claims he attempted to bribe voters with free pies. "
            "Jo Example allegedly handed out pies while campaigning for re-election at a market in his ward. "
            "Northtown Police said it was looking into reports of a breach of election law. "
            "He described the claims as nonsense.")
    # (what the claim is is the news: the headline keeps it, "he" the councillor's)
    assert rewrite(text, now=NOW).headline == "Police Investigate Northtown Councillor Over Claims He Attempted to Bribe Voters"
    assert stray_pronoun("police investigate teacher after she let pupils change answers") is None
    # (not a pronoun of the other sex)
    assert stray_pronoun("police investigate councillor's wife over claims he lied") is not None


def test_a_headline_keeps_the_figure_a_shorter_cut_would_lose():
    text = ("The leader of Northland has apologised after winning the presidential election with 97 per cent of the "
            "vote saying it would have been 'undemocratic' for him to make his victory more modest. "
            "Jo Example, a 74-year-old former steel worker who has ruled the nation since 1989, has won another term. "
            "International monitors said there was no genuine choice of other candidates. "
            "Example said at a news conference: 'I could do nothing.'")
    assert rewrite(text, now=NOW).headline == \
        "Leader of Northland Apologises After Winning Presidential Election With 97% of Vote"  # ("%": session 67)
    # (a longer head for a cut that adds no figure is not taken: the usual length holds)
    text = ("The Northtown golfer got into the field due to staying in the world's top 50 but at one point he "
            "looked set to miss out on the trip to Southtown. "
            "Jo Example finished the season strongly with two wins in three weeks. "
            "He will play alongside Sam Brook in the first two rounds.")
    assert not rewrite(text, now=NOW).headline.endswith("One Point")


def test_a_throw_keeps_where_it_throws():
    assert leaves_wanting("migrants arrested after allegedly throwing 12 passengers", " into the sea")
    assert not leaves_wanting("migrants arrested after allegedly throwing 12 passengers", " during a crossing")


def test_the_capital_named_and_a_members_own_seat_are_where_the_story_is():
    from copydesk.setting import salient_place

    sentences = ["The leader of Kazakhstan has apologised after winning the election with 97 per cent of the vote.",
                 "The former steel worker has ruled the nation since 1989.",
                 "Television showed him greeting thousands of supporters at a forum in the capital Astana.",
                 "Monitors said Kazakhstan had offered voters no genuine choice."]
    assert salient_place(sentences) == "Astana, Kazakhstan"
    sentences = ["Police are investigating a Tory MP over claims he attempted to bribe voters with cake.",
                 "Jo Example allegedly gave out cake while campaigning at a supermarket in his Hereford constituency.",
                 "Police in the United Kingdom said it was looking into reports of a breach of election law."]
    assert salient_place(sentences) == "Hereford, United Kingdom"
    # (the town is named for what it is in the sentence: not a seat, nor someone's capital after "the")
    sentences[1] = "Jo Example allegedly gave out cake while campaigning at a supermarket in his Hereford shirt."
    assert salient_place(sentences) == "United Kingdom"


def test_a_caption_run_into_a_sentence_on_a_comma_adverb_a_named_thing_or_a_participle_is_cut_there():
    from copydesk.segment import split_sentences

    text = ("The party leaders met at a hall in Northtown for the debate. "
            "Northland's party leaders, from left to right, Jo Example, Sam Brook and Ann Dale faced off in a "
            "live TV debate last night Overall, voters prefer more public spending to paying off the deficit. "
            "The white-cheeked finch, from the Northland hills, has a distinctive red crest compared to other "
            "finches Officially named Fringilla example, it earned its common name from the pale patch on its face. "
            "Scientists said the Northtown volcano erupted for eight hours on Monday Getting close enough to an "
            "erupting volcano is dangerous, so scientists at Northtown University recreated it in a lab.")
    got = split_sentences(text)
    assert "Overall, voters prefer more public spending to paying off the deficit." in got
    assert "Officially named Fringilla example, it earned its common name from the pale patch on its face." in got
    assert any(s.startswith("Getting close enough") for s in got)
    # (a participle inside a sentence, and a name's capital, stay: a surname in -ly, a name in sentence
    # case, a name after "called")
    for whole in ("The village of Northtown Looking Glass Road was closed after the storm.",
                  "Fans of the band Talking Heads queued all night for tickets.",
                  "Northtown coach Jo Pebberly named an unchanged side for the fourth game in a row.",
                  "The charity Working together for carers was set up in 2001.",
                  "Fans drank at a bar called Indeed, which opened last year near the ground.",
                  "Jo Example (pictured) and nurse Sam Dale, from Northtown, have raised £5,000 for the hospice."):
        assert split_sentences(whole) == [whole]


def test_the_subjects_own_side_goes_before_a_named_tie():
    from copydesk.engines.headlinese import without_possessives

    assert without_possessives("Example feels his team's Champions League tie with Northtown will be close") \
        == "Example feels Champions League tie with Northtown will be close"
    # (not another owner's, nor a side told by no name)
    assert "his team's" in without_possessives("Example praises his team's spirit")


def test_a_headline_whose_quotation_the_body_cannot_tell_gives_way():
    from copydesk.desk import prepare
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.model import Article

    text = ("Northtown Rovers striker Jo Example believes the club's long unbeaten run against Southtown City "
            "proves they are the best side in the whole of the northern league this season. "
            "Northtown and Southtown meet on May 4 at the Harbour Ground, and Example told a local radio "
            "station: 'It will be a great game between two great sides. It will be a real spectacle. "
            "Northtown striker Jo Example feels his side's derby with Southtown will prove a real 'spectacle' "
            "Example pictured during training on Saturday . "
            "'Southtown are a strong side with plenty of good players. We know it will be hard.' "
            "Example has proved a good fit at the club alongside Sam Brook and Ann Dale this season. "
            "'Brook and Dale are two great players who help the team in every way,' he said.")
    doc = prepare(Article(text=text, published=NOW.date()))
    draft = ExtractiveEngine().draft(doc)
    shipped = " ".join(s.text for para in draft.body for s in para)
    # (what the headline tells, the body tells: not "... Meet on May 4 at the Harbour Ground" above a
    # body that never gives the date)
    assert "May 4" not in draft.headline or "May 4" in shipped


def test_an_insight_keeps_what_it_is_into_and_the_pictures_told_before_tell_nothing():
    from copydesk.engines.headcheck import headline_problem

    assert leaves_wanting("video posted by Example gives revealing insight", " into the extremes fighters go to")
    assert not leaves_wanting("video posted by Example gives revealing insight", ", fans say")
    source = ["A photographer has captured lightning inside the ash cloud of the Northtown volcano.",
              "Jo Example took the pictures as local authorities warned residents to prepare to leave."]
    assert headline_problem("Jo Example takes pictures", source) is not None  # (as the headline is checked, before its casing)
    assert headline_problem("Jo Example takes pictures of lightning inside volcano's ash cloud", source) is None


def test_a_number_told_before_tells_nothing_and_a_change_keeps_what_changed():
    from copydesk.engines.headcheck import headline_problem

    source = ["The Northland statistics office found the number had gone up by 200 million since 2013.",
              "Shops in Southland, where people pay for carrier bags, have all seen a decrease in bags used."]
    assert headline_problem("Northland statistics office finds number has gone up", source) is not None
    assert headline_problem("Northland statistics office finds number of bags has gone up", source) is None
    assert leaves_wanting("shops in Southland have all seen decrease", " in bags used")
    assert not leaves_wanting("shops in Southland have all seen decrease", " since the charge began")


def test_a_cut_never_leaves_an_indefinite_place_whose_words_after_it_said_which():
    from copydesk.engines.headline import write_headline

    source = ["Private Jo Example was promoted to the rank of lance corporal at an event in Northtown marking "
              "eight years of the regiment's service in the town.",
              "The award was presented by the colonel of the regiment.",
              "Hundreds of people watched the parade."]
    assert write_headline(source, 0) == "Private Jo Example Promoted to Rank of Lance Corporal"


def test_a_player_told_of_by_his_position_or_nation_leans_on_the_sentence_that_named_him():
    from copydesk.ingest.dependency import opening_dependency
    from copydesk.segment import split_sentences

    assert opening_dependency("The stopper almost scored a late equaliser against Northtown on Wednesday.")
    assert opening_dependency("The Frenchman has scored 12 goals this season.")
    assert opening_dependency("The stadium was built in 1912.")
    # (a name that goes on is no reference to one told before)
    assert opening_dependency("The Stopper Club was founded in 1990.") is None
    got = split_sentences("Example shakes hands with Northtown manager Jo Brook ahead of Wednesday's replay "
                          "Indeed, Example's options are so stretched that he joked about starting his goalkeeper "
                          "in attack. The stopper almost scored on Wednesday.")
    assert got[1].startswith("Indeed, Example's options")


def test_a_phrase_quoted_inside_the_papers_sentence_closes_with_it_when_glued():
    from copydesk.segment import split_sentences

    text = ('Northtown Rovers are subject to a takeover bid from the Example Union, who have said they see the '
            'Harbour Ground "as a rugby venue."County have a lease to use the ground until 2023."Our view is '
            'quite clear - we\'ve got a contract," Jo Example said.')
    got = split_sentences(text)
    assert got[0].endswith('"as a rugby venue."')
    assert got[1].startswith("County have a lease")
    # (the quoted words that go on in the first person are the speaker's: the mark reopened them)
    text = ('Writing about his illness, Example had said he had "an embarrassment of cancer, the full English."'
            'There is barely a morsel of offal not included. I have a trucker\'s gut-buster."Writers and '
            'broadcasters have paid tribute to the author.')
    got = split_sentences(text)
    assert got[1].startswith('"There is barely')


def test_a_few_words_the_paper_quotes_in_single_marks_close_before_a_word_in_lower_case():
    from copydesk.engines.units import Units

    sents = ["He suffers from a condition whose victims are nicknamed 'real-life vampires' because their skin "
             "cannot be exposed to sunlight.",
             "Jo Example, from Northtown, was given a thick brown paste which blocks out the light.",
             "The paste costs £20 a tube."]
    assert Units(sents).of(0) == (0,)
    # (a speaker's words after a colon keep reading "players' wages" as a possessive: the quotation runs on)
    sents = ["He said: 'The players' wages are too high.", "We cannot pay them.'", "The club made a loss."]
    assert Units(sents).of(0) == (0, 1)


def test_a_caption_runs_into_a_person_told_of_by_a_first_name_and_where_they_are_from():
    from copydesk.segment import split_sentences

    got = split_sentences("He suffers from terrible sunburn (pictured) when exposed to sunlight Sam, from Northtown in "
                          "Westshire, was given a thick brown paste which blocks out the light.")
    assert got[-1].startswith("Sam, from Northtown")


def test_what_has_now_happened_heads_the_story_over_what_came_before_it():
    from copydesk.engines.headline import write_headline

    source = ["These are the last known movements of a student whose body was found in a burnt-out car.",
              "Firefighters made the grim discovery of Jo Example's body in Northtown on March 13.",
              "Police have now released video stills of the 21-year-old University of Northtown student in "
              "Southtown on the day she died.",
              "A man has been charged with her murder."]
    assert write_headline(source, 1).startswith("Police Release Video Stills of 21-Year-Old")
    # (not a turn told of something the sentences before named: "The drug ... has now been licensed")
    source = ["Women with advanced cervical cancer are to get the first new treatment approved for a decade.",
              "Trials show Examplex gives women around four months' extra life.",
              "The drug plus chemotherapy has now been licensed by regulators."]
    assert "Licensed" not in write_headline(source, 0)


def test_a_ground_named_as_a_town_abroad_is_the_ground_and_its_town():
    from copydesk.setting import salient_place

    sentences = ["The Northtown chairman spoke of his despair after his team twice threw away a lead against "
                 "Aston Villa, watching the scenes at Villa Park from afar on his phone.",
                 "Villa came back twice to draw 3-3 in front of 35,000 fans at Villa Park.",
                 "The chairman, who lives in Malaysia, tweeted his anger after the match."]
    # (not Villa Park, Illinois: the ground in Birmingham)
    assert salient_place(sentences) == "Birmingham, United Kingdom"


def test_an_irish_surname_is_a_name_the_story_introduced():
    from copydesk.check.context import names_in

    assert names_in("His solicitor, Liam O'Donnell, told the court he was getting help.") == (
        ("O'Donnell", "Liam O'Donnell"),)
    text = ("Northtown have vowed to stand by Sam Example after the midfielder was spared jail on Monday. "
            "Example was handed his third conviction for assault at Northtown Sheriff Court. "
            "His solicitor, Liam O'Donnell, told the court that reports showed the player was getting help. "
            "He added that the player had separated from his partner. "
            "The 27-year-old Northtown midfielder pictured in action last week "
            "O'Donnell revealed the player was undergoing counselling each week through a local trust. "
            "The sheriff reminded Example of his previous convictions.")
    out = " ".join(s.text for p in rewrite(text, now=NOW).body for s in p)
    # (never the bare surname with no one before it: the full name, or the line that named him)
    assert "O'Donnell revealed" not in out or "Liam O'Donnell" in out


def test_what_can_be_seen_here_is_the_storys_own_line():
    assert role_of("The side-effects of occupation can be seen here – the breakdown of society apparent in "
                   "letters where neighbours informed on each other.", 9, 20) == "body"
    assert role_of("Jo Example, seen here with her husband, at the opening of the gallery on Monday", 9, 20) == "caption"


def test_a_caption_with_no_stop_inside_an_open_quotation_is_cut_and_the_quotation_ships_whole():
    from copydesk.ingest.text import clean_text

    para = ("She said: 'I just don't understand how the pad could have been put on him without anyone noticing "
            "how hot it was. Spaniel Rex, who suffered burns after vets placed a heat pad on his back that had "
            "been warmed in a microwave 'They have told me that they always warm them up in a microwave.'")
    got = clean_text(para).text
    assert "Spaniel Rex, who suffered" not in got
    assert "how hot it was. 'They have told me" in got or "how hot it was. 'They" in got
    # (a line that brings in the quotation after it stays: "... Jo Example said:")
    para = ("He said: 'We worked hard all season. The club's chief economist, Jo Example of the Northtown "
            "office, said on Monday 'A number of complex forces are at work.'")
    assert "chief economist" in clean_text(para).text


def test_a_towns_venue_told_with_its_possessive_puts_the_story_there():
    from copydesk.setting import salient_place

    sentences = ["Two comedians came out in support of Labour at a party rally on Friday.",
                 "The comedian told a 1,000-strong crowd at Warrington's Parr Hall the singer should pay more tax.",
                 "Labour's candidate thanked the crowd for coming."]
    assert salient_place(sentences) == "Warrington, United Kingdom"


def test_a_headline_keeps_the_a_of_what_someone_is():
    from copydesk.engines.headlinese import headlinese

    assert headlinese("Jo Example is still a teenager") == "Jo Example is still a teenager"
    assert headlinese("the bridge was an early design") == "the bridge was an early design"
    # (every other article goes, as headlines drop them)
    assert headlinese("Jo Example was the third player to score a goal") == "Jo Example was third player to score goal"


def test_a_match_previews_labels_come_out_of_its_copy():
    from copydesk.ingest.boxes import match_labels

    para = ("Here is all you need for Harbour's home clash with Northtown... Harbour United vs Northtown City "
            "(The Old Ground) Team news Harbour Jo Example is set to return after a ban. He missed the last game. "
            "Northtown Sam Brook and Ann Dale are available for the trip. Northtown City Football Club said all "
            "were fit.")
    got = match_labels(para)
    assert "Here is all you need for Harbour's home clash with Northtown..." in got
    assert "Team news" not in got and " Jo Example is set to return" in got
    assert "the last game. Sam Brook and Ann Dale are available" in got
    assert "Northtown City Football Club said" in got
    # (no fixture header, no labels taken: "Harbour Jo Example" may be a name)
    assert match_labels("Harbour Jo Example is set to return. Northtown Sam Brook is fit.") == \
        "Harbour Jo Example is set to return. Northtown Sam Brook is fit."


def test_the_reviewers_cases_read_as_before():
    """Cases a reviewer of this session's rules found them catching wrongly, each now read as it was."""
    from copydesk.engines.headline import write_headline
    from copydesk.engines.headlinese import without_possessives
    from copydesk.engines.units import Units
    from copydesk.ingest.text import clean_text
    from copydesk.segment import split_sentences
    from copydesk.setting import salient_place

    # background "has now been" takes no headline from the news before it
    source = ["Northtown Rovers striker Jo Example has been called up to the national squad for the first time.",
              "Example has now been at the club for six years after joining from Southtown.",
              "The squad meets on Monday."]
    assert "Called up" in write_headline(source, 0) or "Called Up" in write_headline(source, 0)
    # a title in single marks inside a speaker's quotation is no caption
    text = ("Organiser Jo Example said: 'It was a wonderful night. Everyone in the village turned out to hear the "
            "band play 'Summer Rain' on the green.'")
    assert "Everyone in the village" in clean_text(text).text
    # a glued mark before a quotation whose speaker is told after it reopened it
    got = split_sentences('Example called the ruling "a victory for common sense."It shows the council cannot '
                          'ignore residents," she said. The council said it would study the ruling.')
    assert got[1].startswith('"It shows')
    # a speaker's words after "told reporters" run on
    assert Units(["Example told reporters 'The players' wages are far too high.", "We cannot keep paying them.'",
                  "The club made a loss."]).of(0) == (0, 1)
    # photos told by where they were taken say which
    assert write_headline(["A Northtown photographer has taken stunning photos inside the crater of the Northtown "
                           "volcano.", "Jo Example, 45, abseiled 200 metres down the crater wall on Monday.",
                           "The photos show a lake of bubbling lava."], 0).startswith("Northtown Photographer Takes")
    # a town that shares a ground's name, in no story of a game
    assert salient_place(["Police in Villa Park arrested a man after a car chase through the suburb on Sunday night.",
                          "Jo Example, 31, was charged with dangerous driving.",
                          "Villa Park police said nobody was hurt."]) == "Villa Park, United States"
    # someone else's home is no seat of the story
    assert salient_place(["A woman has been rescued after being stuck in a lift at a block of flats in Glasgow.",
                          "Jo Example, 80, was on her way to visit her sister in their Aberdeen home when it broke.",
                          "Firefighters freed her at 3am."]) == "Glasgow, United Kingdom"
    # whose owners they are stays
    assert "his club's" in without_possessives("Example slams his club's American owners over ticket prices")


def test_a_town_told_as_the_city_of_is_a_place_though_a_name_shares_it():
    from copydesk.setting import salient_place

    sentences = ["Leeds Rhinos have been training across the city of Leeds since the river burst its banks.",
                 "Coach Sam Leeds said the players had trained at five grounds in three weeks.",
                 "The club hopes to return to its own ground next month."]
    assert salient_place(sentences) == "Leeds, United Kingdom"


def test_a_wire_dateline_with_a_papers_own_name_in_brackets_is_taken_off_the_copy():
    from copydesk.ingest.text import clean_text

    got = clean_text("KIRKWALL (Northtown Gazette) - Workers have finished repairing the harbour wall in Kirkwall, "
                     "the council said on Tuesday.\n\nThe wall was damaged on Thursday night.")
    assert got.wire_dateline == "KIRKWALL (Northtown Gazette) -"
    assert got.text.startswith("Workers have finished")
    # (a shouted word is no place, and a name in capitals with an aside in brackets and no dash stays copy)
    assert clean_text("BREAKING (Northtown Gazette) - Workers have finished the wall.\n\nIt cost £2m.").wire_dateline is None
    assert clean_text("NASA (the space agency) said on Monday it would delay the launch.\n\nIt gave no date.")\
        .wire_dateline is None
