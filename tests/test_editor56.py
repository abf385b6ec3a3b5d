"""Session 56's editor rules, on invented text: each case is a fault a copy-editor judge found in a
real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

import pytest

from copydesk import rewrite
from copydesk.desk import article_from_text, prepare
from copydesk.ingest.roles import roles
from copydesk.ingest.titles import clean_title
from copydesk.segment import split_sentences


# a title that ends on its speaker with no comma before the name gets one (judge RB 12: "'Meth. We're On It':
# South Dakota Campaign Is Working Kristi Noem Says")
@pytest.mark.parametrize(("title", "cleaned"), [
    ("Harbour plan is working Jo Example says", "Harbour plan is working, Jo Example says"),
    ("'Fish. We're on it': harbour campaign is working Jo Example says",
     "'Fish. We're on it': harbour campaign is working, Jo Example says"),
    # (a clause's own speaker, and a name that runs on over "of", keep theirs)
    ("Here's what Example says", "Here's what Example says"),
    ("Prices will rise next year Bank of Northtown says", "Prices will rise next year Bank of Northtown says"),
    ("Stocks fall as markets slide while Example says", "Stocks fall as markets slide while Example says"),
    # (and a section's label goes: judge RF 01, "Column: Gannett/GateHouse Merger Bodes Ill ...")
    ("Column: Harbour merger bodes ill for the town's paper", "Harbour merger bodes ill for the town's paper"),
    # (and a source told with a stop gets a colon: judge RH 12, "Amnesty. More Than 100 Protesters Killed ...")
    ("Amnesty. More than 100 protesters killed in the unrest", "Amnesty: More than 100 protesters killed in the unrest"),
    ("Gov. Example signs the harbour bill into law", "Gov. Example signs the harbour bill into law"),
    ("Wow. This is a great day for the town", "Wow. This is a great day for the town"),
])
def test_a_titles_closing_speaker_gets_its_comma(title, cleaned):
    assert clean_title(title) == cleaned
    assert clean_title(cleaned) == cleaned  # (the web stage cleans a page's title, and the engine again: judge RD 09,
    # "Is Working, Kristi, Noem Says")


# a long headline loses a free relative's comment after "for what was" (judge RA 06: "Aguero Receives
# Four-Match Ban for What Was Second Dismissal for Violent Conduct This Season")
def test_a_headline_drops_the_comment_after_for_what_was():
    text = ("The charge follows the brawl in the last minute of the game at Northtown Park, which Southbury won 3-1.\n\n"
            "Northtown had forward Jo Example and midfielder Sam Sample sent off in the closing minute of the game.\n\n"
            "Manager Alex Model apologised for his team's part in the incident after the final whistle.\n\n"
            "Example, 28, received a four-match ban for what was his second dismissal for violent conduct this season.\n\n"
            "Both clubs have until Friday to respond to the charge from the league.")
    head = rewrite(text).headline
    assert "What Was" not in head and head.endswith("Four-Match Ban"), head


_QUOTE_RUN = ("Northtown beat Southbury 20-19 in the cup final at the Harbour Ground on Saturday afternoon. "
              "Jo Example kicked the winning penalty. 'It was from the same range and against our old rivals. "
              + " ".join(f"The home side led for {n} minutes of the second half before the visitors came back."
                         for n in range(10, 20))
              + " Charlie Sample kicked two first-half penalties for the visitors in the wind. "
              "The Harbours' stand-in captain Sample was named man of the match. The cup goes on show next week.")


# a piece the splitter reads as one quotation, opened on a straight mark and "closed" by a plural's
# apostrophe far on ("... Harbours' stand-in captain"), is split into its sentences (judge RA 03: a whole
# first half, twenty sentences, had been one "sentence" that never shipped)
def test_a_quotation_closed_by_an_apostrophe_is_split_into_its_sentences():
    sentences = split_sentences(_QUOTE_RUN)
    assert "Charlie Sample kicked two first-half penalties for the visitors in the wind." in sentences, sentences
    assert max(map(len, sentences)) < 300, sentences


# (a long quotation closed at its end stays whole: the splitter read it right)
def test_a_long_quotation_closed_at_its_end_stays_whole():
    quote = ("'" + " ".join(f"Many firms in the town already give staff {n} days to help the local charities."
                            for n in range(2, 14)) + " But it has to be a choice.'")
    text = f"The plan was criticised by the chamber of commerce on Monday. {quote} The plan goes to a vote next week."
    assert quote in split_sentences(text)


# the stop a picture left inside a quotation the page never closed cuts it there, and the sentences after
# it are split again ("... felt like a mountain to climb. . Marcelo Bosch is an Argentine utility back ...")
def test_a_pictures_stop_inside_an_open_quotation_cuts_it():
    text = ("Northtown won the cup final on Saturday. "
            "\u2018We were unable to build any pressure. It felt like a mountain to climb. . "
            "Jo Example is a utility back who moved to Northtown in 2006. He joined the club as a teenager. "
            "He is not the Harbours\u2019 first-choice kicker. He has a powerful strike.")
    sentences = split_sentences(text)
    assert "Jo Example is a utility back who moved to Northtown in 2006." in sentences, sentences
    assert "He joined the club as a teenager." in sentences, sentences


_CAPTIONED = ("Northtown beat Southbury 20-19 in the cup final at the Harbour Ground on Saturday afternoon. "
              "The home side trailed for most of the game before a late penalty from Jo Example won it. . "
              "Alex Sample leaps the tackle of Sam Model during the cup final at the Harbour Ground. "
              "Northtown fly-half Sam Case (left) locks horns with Southbury winger Alex Case . "
              "The visitors had led 12-6 at half time after two tries from their wingers. . "
              "Example's football skills aid his powerful kicking. "
              "Northtown 92 winger Sam Test shows his speed to escape the in-goal area. "
              "Southbury's stand-in captain Jo Model places his grubber kick behind the defence. "
              "Northtown fly-half Jo Example (left) locks horns with Southbury winger Alex Case . "
              "The win takes Northtown into the semi-finals, where they meet Eastport next month.")


# a person in a picture's moment, told in the present after the picture's stop, is a caption, and so is a
# short label between the stop and a caption (judge RA 03, once the first half shipped: "Alex Goode leaps the
# tackle of ...", "Bosch's football skills aid his powerful kicking.", "... winger Teddy Thomas shows his speed")
def test_a_pictures_moments_in_the_present_are_captions():
    sentences = prepare(article_from_text(_CAPTIONED)).sentences
    role = dict(zip(sentences, roles(sentences), strict=True))
    for line in ("Alex Sample leaps the tackle of Sam Model during the cup final at the Harbour Ground.",
                 "Example's football skills aid his powerful kicking.",
                 "Northtown 92 winger Sam Test shows his speed to escape the in-goal area.",
                 "Southbury's stand-in captain Jo Model places his grubber kick behind the defence."):
        assert role[line] == "caption", (line, role)
    assert role["The visitors had led 12-6 at half time after two tries from their wingers."] == "body", role


# (a story's present, and a product's name and price before the line that leans on it, are no captions)
def test_story_lines_after_a_picture_stay():
    text = ("The cake shop in Northtown opened its doors on Saturday to a queue round the block.\n\n"
            "Its owner has baked for the town for twenty years. .\n\n"
            "Egg on Toast, \u00a312.\n\n"
            "A clever mix of white and milk chocolate with a toasted look (pictured) .\n\n"
            "This treat can be eaten at any time of the day, the owner said.\n\n"
            "The shop will stay open until Christmas Eve.")
    sentences = prepare(article_from_text(text)).sentences
    role = dict(zip(sentences, roles(sentences), strict=True))
    assert role["Egg on Toast, \u00a312."] != "caption", role


# a question the copy opens on stays before the line that answers it by naming its person as the writer
# (judge RB 04: "How do you shop for a tech-savvy person who ...?" was passed over, and the copy opened on
# "I am totally that person for my family ...", which pointed at nothing)
def test_a_question_answered_by_that_person_leads_with_its_answer():
    text = ("How do you shop for a keen cook who owns every gadget before the holidays arrive? "
            "I am totally that person for my family when it comes to kitchen tools.\n\n"
            "There are some things I can never have enough of, like good knives and cast iron pans.\n\n"
            "This year I have tested a dozen new tools in the kitchen at home in Northtown.\n\n"
            "Read on to see my favourite picks for the year.")
    body = [s.text for para in rewrite(text).body for s in para]
    assert body[0].startswith("How do you shop for a keen cook"), body
    assert body[1].startswith("I am totally that person"), body


@pytest.mark.parametrize(("sentence", "answers"), [
    ("I am totally that person for my family.", True),
    ("She is that kind of person, her sister says.", True),
    ("No, you don't, she wrote back.", True),
    # (a person told of, not the question's: no answer)
    ("That person was never found by the police.", False),
    ("The council met that man on Tuesday.", False),
])
def test_answers(sentence, answers):
    from copydesk.ingest.dependency import answers as answers_of
    assert answers_of(sentence) is answers


# a story told in three towns strongly, the first no more than half again the next, is a round-up: its
# country, not its first town and not a small town of the fallback (judge RA 09: "Leeds, United Kingdom" for
# arrests in Leeds, Chatham and Liverpool in an operation across seven countries)
def test_arrests_told_in_three_towns_date_the_story_by_its_country():
    from copydesk.setting import salient_place
    sentences = [
        "Police say the suspects were using software designed to control other people's computers.",
        "The other arrests were made in Estonia, France, Romania, Latvia, Italy, and Norway.",
        "The practice is known as spying by software among the police.",
        "The phrase takes its name from the software used to gain control of the machine.",
        "Such spying is becoming common, according to a UK advice website.",
        "The National Crime Agency said it arrested two 33-year-old men, and a 30-year-old woman, in Leeds.",
        "A 20-year-old man was arrested in Chatham, Kent, while a 19-year-old man had his home searched in "
        "Liverpool.",
        "They are all accused of using the software to spy on several people.",
    ]
    assert salient_place(sentences) == "United Kingdom"


# a lead that holds its subject back for a reveal after its colon makes no headline: the next line's news does,
# and "two of its leaders" keeps its "its" (judge RA 04: "Simultaneous Transformation Gets Less Attention:
# Deterioration of Al Qaeda")
def test_a_reveal_after_a_colon_is_no_headline():
    text = ("While the fight over the harbour holds the town's gaze, a quieter change is getting less attention: "
            "the decline of the Northtown Rowing Club.\n\n"
            "In a letter released on Sunday, the club confirmed that two of its boathouses were sold in January.\n\n"
            "The club was founded in 1890 and once had more than 400 members.\n\n"
            "Its last race was held in the summer on the river below the town.")
    head = rewrite(text).headline
    assert head.startswith("Club Confirms Two of Its Boathouses"), head


@pytest.mark.parametrize(("sentence", "held"), [
    ("While the fight holds the town's gaze, a quieter change is getting less attention: the decline of the club.",
     True),
    ("But one group has been left out of the plan: the carers.", True),
    # (a colon before a clause, or a subject told first: no reveal)
    ("A spokesman said: the plan will go ahead.", False),
    ("The council has one aim: to finish the pier by June.", False),
])
def test_reveal(sentence, held):
    from copydesk.engines.headpicks import reveal
    assert reveal(sentence) is held


# an aim told in the progressive is told in the headline's simple present (judge RC 09: "Sidwell Is Hoping to Sign
# New Deal")
@pytest.mark.parametrize(("text", "told"), [
    ("Sidwell is hoping to sign new deal", "Sidwell hopes to sign new deal"),
    ("Fans are waiting for news of the club", "Fans wait for news of club"),
    ("Council is trying to save the pier", "Council tries to save pier"),
    # (a quotation's words stay the speaker's; a progressive that tells no aim stays)
    ("Example says 'we are hoping to win'", "Example says 'we are hoping to win'"),
    ("Council is building a new pier", "Council is building new pier"),
])
def test_an_aim_in_the_progressive_is_told_in_the_simple_present(text, told):
    from copydesk.engines.headlinese import headlinese
    assert headlinese(text) == told


# an aside pointing at the page's picture goes from the copy's sentence, which ships (judge RC 03: "Munroe (pictured
# at a party last year) began her transition ...", "The stunning brunette (left and right) modelled ...")
@pytest.mark.parametrize(("text", "styled"), [
    ("Jo Example (pictured at a party last year) began her new job at the age of 19.",
     "Jo Example began her new job at the age of 19."),
    ("The singer (left and right) modelled for a variety of brands.", "The singer modelled for a variety of brands."),
    ("I spent a month testing the first version (pictured above) that launched.",
     "I spent a month testing the first version that launched."),
    # (a speaker's words stay whole)
    ("He said: \"My wife (pictured) is happy.\"", "He said: \"My wife (pictured) is happy.\""),
])
def test_a_picture_pointer_goes_from_the_copy(text, styled):
    from copydesk.engines.housestyle import house_style
    assert house_style(text) == styled


_ARTICLE = " ".join(f"Only those who love themselves find true love, line {n} of the piece says." for n in range(12))
_EXCERPT = ("Life asks optimism and courage of us, to hope for the best and make the best happen, and pessimism only "
            "freezes the smile and stiffens the joints so that no one leaves their place, and so on for")


# the excerpts of related posts a page's extraction runs on after the article, cut short with an ellipsis, go from
# their first to the end (judge RD 11: three quarters of an output were six other posts)
def test_related_posts_excerpts_after_the_article_are_cut():
    from copydesk.ingest.web import teasers_cut
    text = "\n".join([_ARTICLE, _EXCERPT + " …", "Gratitude for life lies in the details. Jo Example",
                      _EXCERPT.replace("Life", "Love") + " …"])
    assert teasers_cut(text) == _ARTICLE


@pytest.mark.parametrize("paragraphs", [
    [_ARTICLE, _EXCERPT + " …"],  # (one ellipsis: a writer's own trailing off)
    [_ARTICLE, _EXCERPT + " …", _EXCERPT + " …", _ARTICLE, _ARTICLE, _ARTICLE],  # (not at the end: the article's)
    [_EXCERPT + " …", _EXCERPT + " …"],  # (no article before them)
])
def test_an_ellipsis_that_is_no_related_posts_list_stays(paragraphs):
    from copydesk.ingest.web import teasers_cut
    text = "\n".join(paragraphs)
    assert teasers_cut(text) == text


# a page the publisher files as opinion gets an "opinion:" note in its check report, printed by rewrite on stderr
# (judges RB 08 and RH 05: an unsigned column rewritten as news states its writer's views in the paper's voice)
@pytest.mark.parametrize(("url", "title", "noted"), [
    ("http://127.0.0.1/opinion/the-harbour-plan-is-a-bad-deal/", "The harbour plan is a bad deal", "/opinion/"),
    ("http://127.0.0.1/columnists/2025/harbour-plan", "The harbour plan is a bad deal", "/columnists/"),
    ("http://127.0.0.1/commentisfree/2025/jun/30/harbour-plan", "The view on the harbour plan", "/commentisfree/"),
    ("http://127.0.0.1/business/harbour-plan", "Column: The harbour plan is a bad deal", "Column:"),
    # (news filed as news, and a word in an address that is no section of its own)
    ("http://127.0.0.1/news/harbour-plan", "Council votes on harbour plan", None),
    ("http://127.0.0.1/news/opinion-poll-on-harbour-plan", "Poll backs harbour plan", None),
])
def test_opinion_note(url, title, noted):
    from copydesk.check.opinion import opinion_note
    from copydesk.model import Article
    note = opinion_note(Article(text="", url=url, title=title))
    assert (note is None) if noted is None else (note.startswith("opinion: ") and noted in note), note


def test_the_rewrite_command_says_a_page_is_opinion_on_stderr(http_server):
    from click.testing import CliRunner

    from copydesk.cli import main

    url = http_server.url("/fixtures/web/opinion/harbour-column.html")
    result = CliRunner().invoke(main, ["rewrite", url, "--allow-private"])
    assert result.exit_code == 0, result.output
    assert "opinion: " in result.stderr and "/opinion/" in result.stderr
    assert "opinion: " not in result.stdout
