"""Faults found by copy editors reading outputs in the fifty-third session, each in invented text."""

from __future__ import annotations

import pytest

from copydesk.engines.breaks import named_down
from copydesk.engines.passages import Passages
from copydesk.engines.units import Units
from copydesk.ingest.text import clean_text
from shipping import body_sentences


def _moved(sents: list[str], paragraphs: list[list[int]]) -> list[list[int]]:
    return named_down(paragraphs, sents, Passages(sents, Units(sents).of))


# a line that turns to a person by name, set last in its paragraph, opens the next one when that one opens on
# a pronoun meant for the person (judge QA 12: "... drove off into the distance. Sam Example, meanwhile, was in
# the wars. | The team stopped him twice ...": "him" read across the break; QA 07 the same with a bare surname)
@pytest.mark.parametrize("named", [
    "Sam Example, meanwhile, was in trouble on his first lap.",
    "Example was in trouble on his first lap, as he said later.",  # (a surname named before: Sam Example)
])
def test_a_named_line_opens_the_paragraph_of_its_pronoun(named):
    sents = ["Rain fell on the track at Northtown before the start.", "Jo Rivers won the race by ten seconds.",
             named, "The team said he would start again from the back.", "It was a long afternoon at Northtown."]
    if named.startswith("Example"):
        sents[1] = "Jo Rivers beat Sam Example by ten seconds."
    assert _moved(sents, [[0, 1, 2], [3, 4]]) == [[0, 1], [2, 3, 4]]


@pytest.mark.parametrize("last, first", [
    # no person: a plural noun read as a verb ("Cancer sufferers")
    ("Cancer sufferers and patients have been ripped off by the firms.", "Three judges dismissed his challenge."),
    # the next line names its own subject, whom its "his" is for
    ("Poker Night is also the title of a book by Jo Rivers.", "Blizerian is a player who shows his life online."),
    # the next line names the person itself
    ("Sam Example, meanwhile, was in trouble on his first lap.", "Example stopped twice in the first six laps."),
    # no pronoun in the next line
    ("Sam Example, meanwhile, was in trouble on his first lap.", "The safety car came out twice."),
    # an object's "him" may be anyone's: the attacker's, not the victim's (reviewer rev53)
    ("Example suffered a fractured skull, as he said later.", "Officers arrested him at his flat the next morning."),
    # people told of before the pronoun, whose it may be
    ("Example suffered a fractured skull, as he said later.", "Detectives said he had fled to the coast."),
    # a man's line is no one "her" is meant for
    ("Mr Example was cooking in his kitchen, as he said later.", "The fire left her with burns to her arms."),
])
def test_a_named_line_stays_where_nothing_points_back(last, first):
    sents = ["Rain fell on the track at Northtown before the start.", "Jo Rivers, 29, beat Sam Example, 34, by ten seconds.",
             last, first, "It was a long afternoon at Northtown."]
    assert _moved(sents, [[0, 1, 2], [3, 4]]) == [[0, 1, 2], [3, 4]]


def test_a_named_line_stays_when_the_next_paragraph_is_full_or_it_stands_alone():
    sents = ["Rain fell on the track at Northtown before the start.", "Jo Rivers won the race by ten seconds.",
             "Sam Example, meanwhile, was in trouble on his first lap.", "The team stopped him twice.",
             "It was a long afternoon.", "The crowd went home early.", "The next race is in June."]
    assert _moved(sents, [[0, 1, 2], [3, 4, 5, 6]]) == [[0, 1, 2], [3, 4, 5, 6]]  # (a wall of five)
    assert _moved(sents, [[2], [3, 4]]) == [[2], [3, 4]]  # (a paragraph of one keeps its line)
    assert _moved(sents, [[0, 1, 2], [4, 5]]) == [[0, 1, 2], [4, 5]]  # (not neighbours: a line between ships)


# an interview set as a transcript: each turn ships whole with its speaker's label, or not at all (judge QB 10: the
# labels went as a picture's, and the interviewer's "Give my regards to ..." read as the guest's own words)
INTERVIEW = """The Northtown Singers have a new show for children this winter.

Prof. Jo Rivers: I am here today with Sam Example, who is an old friend of this blog.

Sam: Thanks to you, Jo.

Prof. Jo Rivers: And what are you working on now?

Sam: Yes! We are making a series of musical games with the choir. I am moved, because my old partner started it with me. His widow and I are very happy with the work.

Prof. Jo Rivers: So that is it, Sam. Give my regards to the readers who follow your work.

Sam: Regards to all the readers, and a big hug from the choir!
"""


def test_a_transcripts_turns_ship_whole_with_their_speakers():
    body = body_sentences(INTERVIEW)
    regards = [s for s in body if "Give my regards" in s]
    assert regards and all(s.startswith("Prof. Jo Rivers: ") for s in regards)
    moved = [s for s in body if "I am moved" in s]
    assert moved and all(s.startswith("Sam: Yes! ") for s in moved)
    assert not any(s.startswith(("I am moved", "Give my regards", "Thanks to you")) for s in body)


@pytest.mark.parametrize("lines, labels", [
    (["Prof. Jo Rivers: I am here today with Sam.", "Sam: Thanks to you, Jo.", "Prof. Jo Rivers: What now?",
      "Sam: We are making games with the choir."], {"Prof. Jo Rivers", "Sam"}),
    (["Q: Where did you grow up?", "A: In Northtown, by the sea.", "Q: Favourite book?", "A: A long one about ships."],
     {"Q", "A"}),
    # a match's box: its rows have no words of prose, or a stop set apart
    (["Goals: Smith 30, 43 .", "Booked: Jones, Brown .", "Goals: Rivers 35 .", "Booked: Example ."], set()),
    (["Manager: Jo Example 7.", "Goals: Smith 30.", "Manager: Sam Brook 6.", "Goals: Rivers 35."], set()),
    # a deals page's labels, the same one line after line: no one takes turns
    (["New Price Drop: a smart watch for less than ever.", "New Price Drop: a phone that has dropped again.",
      "New Release: a games console with a bonus case.", "New Release: a speaker with a bonus cable."], set()),
    # pictures' captions labelled by place, taking turns: no one asks anything (reviewer rev53)
    (["Northtown: A car is stranded in the floodwater.", "Kelmont: The river burst its banks at noon.",
      "Northtown: Volunteers fill sandbags by the church.", "Kelmont: The high street is closed."], set()),
    # a page's picture labels
    (["Pictured: the mayor opens the new bridge.", "Above: the crowd on the bridge.",
      "Pictured: the old bridge in the snow.", "Above: the river in the spring."], set()),
])
def test_a_transcripts_speakers(lines, labels):
    from copydesk.ingest.transcript import speaker_labels
    assert speaker_labels(lines) == labels


# a follow line's purpose after the handle goes with it: "Follow @X on Twitter to keep up with the latest deals
# ..." left "to keep up with the latest and greatest deals from around the web." glued to a product's line (QB 08)
@pytest.mark.parametrize("text, left", [
    ("A warranty card Follow @NorthtownDeals on Twitter to keep up with the latest and greatest deals from around "
     "the web. Prices may change.", "A warranty card Prices may change."),
    ("The match ended. Follow us on Twitter for the latest news.", "The match ended."),
])
def test_a_follow_lines_purpose_goes_with_it(text, left):
    assert clean_text(text).text == left


# a small town told with its state in the first lines is where the story is set: not the state alone (judge QA 02
# and 04: "Arizona, United States" for a raid "in Wittmann, Arizona", "Washington State" for "east of Sumas, Washington")
@pytest.mark.parametrize("sentences, place", [
    (["More than 70 animals have been seized from a filthy mobile home.",
      "Deputies raided the home of Jo Example, in Wittmann, Arizona, and found 54 dogs and 18 cats.",
      "Example had been banned from keeping animals in Arizona."], "Wittmann, United States"),
    (["Agents stopped two men carrying backpacks five miles east of Sumas, Washington, on Tuesday.",
      "The men ran back towards the border in Washington."], "Sumas, United States"),
])
def test_a_small_town_told_with_its_state(sentences, place):
    from copydesk.setting import salient_place
    assert salient_place(sentences) == place


@pytest.mark.parametrize("place, town, told", [
    ("Arizona, United States", "Wittmann, United States", True),
    ("Washington State, United States", "Sumas, United States", True),
    ("Arizona, United States", "Wittmann, Canada", False),  # (another country's town)
    ("Texas, United States", "Wittmann, United States", False),  # (told with another state)
])
def test_town_in_region(place, town, told):
    from copydesk.placeclause import town_in_region
    sentences = ["Deputies raided a home in Wittmann, Arizona, on Friday.", "Agents met two men east of Sumas, Washington."]
    assert town_in_region(place, town, sentences) is told


# "remembers" tells whose the words are, as "recalls" does: the quotation ships (judge QA 09: '"[The enemy] would
# have wiped us out," Example remembers. "They attacked us ..."' was cut as a quotation with no speaker)
def test_a_quotation_told_as_remembered_ships():
    text = ("Sam Example was a 16-year-old recruit when he went to war in 1944. "
            "His family fled the town of Northtown as the fighting came closer. "
            '"[The enemy] would have wiped us out," Example remembers. "They attacked us and we fought back." '
            "After the war, Example settled in Northtown and built a life there. His family grew.")
    assert any(s.startswith('"[The enemy] would have wiped us out," Example remembers.') for s in body_sentences(text))


# a section's label for the day's items goes from a page's title (judge QB 06: "Tuesday's College Football: ...")
@pytest.mark.parametrize("title, headline", [
    ("Tuesday's college football: Northtown routs Southport to become bowl eligible",
     "Northtown routs Southport to become bowl eligible"),
    ("Monday's NBA Roundup: Northtown win again", "Northtown win again"),
    ("Tuesday's storm: three dead in Northtown", "Tuesday's storm: three dead in Northtown"),  # (the news itself)
    ("Tuesday's Big Storm: Three dead in Northtown", "Tuesday's Big Storm: Three dead in Northtown"),
    # the label the subject of what follows: no headline of its own after it (reviewer rev53)
    ("Tonight's NBA picks: Best bets for every game tonight", "Tonight's NBA picks: Best bets for every game tonight"),
    ("Sunday's football results: 10 things we learned", "Sunday's football results: 10 things we learned"),
])
def test_a_days_section_label_goes_from_a_title(title, headline):
    from copydesk.ingest.titles import clean_title
    assert clean_title(title) == headline


# a story's line run on after a caption that closed a phrase's quotation ("... said the issue was 'close to his
# heart' The Mail on Sunday is campaigning ..."): cut from the caption, it ships (judge QA 10: the campaign's line
# went with the caption); a subject may hold "of"/"on" between its capitals ("The Mail on Sunday is ...")
@pytest.mark.parametrize("caption, line", [
    ("Shadow Health Secretary Jo Example (pictured left) said the issue was 'close to his heart'",
     "The Northtown Post on Sunday is campaigning to make sure all schools teach basic first aid."),
    ("The pair were 'associates' of the young man Sam Example at the mosque (pictured)",
     "Example was killed by police last year after he attacked two officers with a knife."),
])
def test_a_line_run_on_after_a_quoted_phrase_in_a_caption(caption, line):
    from copydesk.ingest.runon import captions_run_on
    sentences = ["Schools should teach children first aid, three parties said on Sunday.", f"{caption} {line}",
                 "The skills can also be taught by older children to their younger peers."]
    out, paragraphs = captions_run_on(sentences, [[0, 1, 2]])
    assert out == [sentences[0], caption, line, sentences[2]] and paragraphs == [[0, 1, 2, 3]]


# a short question the copy answers at once is no subhead: "Why? | Because, ..." (judge QD 07: "Why?" went as a
# subhead and "Because, greed, of course." answered nothing)
def test_a_short_question_answered_by_because_ships():
    from copydesk.ingest.roles import roles
    sentences = ["The row began this year when a fund bought the Northtown label for $300m.",
                 "The fund already held a stake in the buyer.", "Why?", "Because, greed, of course.",
                 "Owning music catalogues has become a lucrative business.", "Lifeline?",
                 "The singer has asked her fans for help.", "She has not had a reply."]
    read = roles(sentences)
    assert read[2] == "body" and read[5] == "standfirst"


# not where someone is from, a firm's base, the past, nor one of several towns of the state (reviewer rev53)
@pytest.mark.parametrize("sentence", [
    "A hiker from Wittmann, Arizona, was rescued from a canyon on Sunday.",
    "The firm, based in Wittmann, Arizona, has recalled 40,000 heaters.",
    "The senator held a town hall in Wittmann, Arizona, two years ago.",
    "Storms hit the state from Wittmann, Arizona, to Tombstone, Arizona, on Sunday.",
])
def test_a_town_told_with_its_state_in_passing(sentence):
    from copydesk.placeclause import town_in_region
    assert not town_in_region("Arizona, United States", "Wittmann, United States", [sentence, "It was cold."])


@pytest.mark.parametrize("text, told", [
    ('"They attacked us and we fought back," Example remembers.', True),
    ("She remembered: 'It was so cold that winter.'", True),
    ("'Never again.' Hundreds gathered as the names of the dead were remembered.", False),  # (rev53)
    ("'It was terrible.' He remembers the day well.", False),
])
def test_remembers_attributes_only_as_a_speakers_tag(text, told):
    from copydesk.engines.units import attributed
    assert attributed(text) is told


# no cut inside what someone said, and a subject with "and" only after a phrase's quotation closed: "... said the
# pair | Dean Cole and Gary Todd were arrested ..." is one sentence (reviewer rev53)
def test_no_run_on_cut_inside_what_was_said():
    from copydesk.ingest.runon import captions_run_on
    caption = ("Sam Example (pictured) leaves court in Northtown after police said the pair Dean Cole and Gary Todd "
               "were arrested at the scene on Monday morning.")
    sentences = ["Two men have been jailed for a raid on a Northtown jeweller.", caption, "The trial lasted a week."]
    assert captions_run_on(sentences, [[0, 1, 2]]) == (sentences, [[0, 1, 2]])


def test_no_run_on_cut_before_a_quotations_close():
    from copydesk.ingest.runon import captions_run_on
    caption = ("Vow: Manager Rob Keel, pictured on the touchline on Saturday, said 'the fans' support has been amazing "
               "and I promise them one thing Northtown Rovers will stay up this season.'")
    sentences = ["Northtown Rovers lost 3-0 at home on Saturday.", caption, "They have 20 games left."]
    assert captions_run_on(sentences, [[0, 1, 2]]) == (sentences, [[0, 1, 2]])


# an event named for its town, the story's first subject, is where the story is: "The Miami Open is threatening ..."
# (judge QC 02: "United States"); not an event with its own other time, nor a label ("the Boston Marathon bomber")
@pytest.mark.parametrize("first, place", [
    ("The Madrid Open is turning into a week of cakes after Jo Example won her 700th match.", "Madrid, Spain"),
    ("The Madrid Open was moved to September in 2021 after a row over prize money.", None),
    ("The Madrid Open champion has retired from tennis at the age of 31.", None),
])
def test_an_event_named_for_its_town_as_the_first_subject(first, place):
    from copydesk.setting import salient_place
    sentences = [first, "Jo Example beat Sam Rivers 6-3, 6-4 in the semi-final on Thursday.",
                 "She will play for the title on Saturday."]
    assert salient_place(sentences) == place


# "New York" told as the state is no dateline for the city (judges QB 04 and QF 10: "New York, United States" for a
# story of "a New York man" and "the Western District of New York")
@pytest.mark.parametrize("sentences, place", [
    (["A New York man admitted threatening a senator, the U.S. Attorney's Office for the Western District of New "
      "York said.", "He faces up to ten years in prison."], "New York State, United States"),
    (["Police in upstate New York have found a hiker missing for a week.", "She was near Lake Example."],
     "New York State, United States"),
    # the Southern District's court sits in the city; a state official's title; the city told by its places (rev53b)
    (["A New York man was charged, prosecutors in the Southern District of New York said.", "He is 40."],
     "New York, United States"),
    (["New York State Senator Jo Example opened a hall in Midtown on Monday.", "It cost $2m."],
     "New York, United States"),
    (["A New York man was arrested in Manhattan after a chase.", "Police in western New York had sought him."],
     "New York, United States"),  # (the city told too)
    (["Officers in New York seized the boat.", "It will be sold."], "New York, United States"),  # (nothing says state)
])
def test_new_york_told_as_the_state(sentences, place):
    from copydesk.placeclause import state_not_city
    assert state_not_city("New York, United States", sentences) == place


# a shop's link text is a promo (judge QF 08: "Shop the rest of today's sale right here." shipped, "here" pointing
# at no link); not a line of the story that opens on "Shop"
@pytest.mark.parametrize("line, role", [
    ("Shop the rest of today's sale right here.", "promo"),
    ("Shop all the deals now.", "promo"),
    ("Shop owners in Northtown said the sale was a disaster here.", "body"),
])
def test_a_shops_link_text_is_a_promo(line, role):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 20) == role


# an event named for its town sets the story there only with a verb of its own running, and not held elsewhere
# (reviewer rev53b: "The Geneva Motor Show opens in Doha ...", "The Boston Marathon bombings still haunt ...")
@pytest.mark.parametrize("first", [
    "The Madrid Open opens in Doha on Monday, its first edition outside Spain.",
    "The Madrid Open bombings still haunt the city's runners.",
])
def test_an_event_named_for_a_town_held_elsewhere(first):
    from copydesk.setting import salient_place
    assert salient_place([first, "Jo Example will play on Saturday.", "Tickets have sold out."]) != "Madrid, Spain"


@pytest.mark.parametrize("line", ["Shop offers were better elsewhere.", "Shop sale signs lay under the snow.",
                                  "Shop discounts are deeper now.",
                                  "Shop owners have approached the council for a response to the plan."])
def test_a_shop_line_of_the_story_is_no_promo(line):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 20) == "body"


def test_a_run_on_cut_before_a_line_with_a_stray_mark():
    from copydesk.ingest.runon import captions_run_on
    caption = ("Vow: Manager Rob Keel, pictured on the touchline at Northtown on Saturday, hopes to repeat the title win "
               "Northtown Rovers won the league in the '90s under his father and want it again.")
    sentences = ["Northtown Rovers lost 3-0 at home on Saturday.", caption, "They have 20 games left."]
    out, _ = captions_run_on(sentences, [[0, 1, 2]])
    assert out[2] == "Northtown Rovers won the league in the '90s under his father and want it again."


# a whole short clause on a thing named is the story's first line, no teaser (judge QF 12: "The symptoms came on
# quickly." was passed over, and "First it was hard to breathe" opened the story with an "it" for nothing)
@pytest.mark.parametrize("sentence, told", [
    ("The symptoms came on quickly.", False),
    ("The pain started at night.", False),
    ("Whoops.", True), ("A brand-new car!", True), ("What a night.", True), ("It was a good day.", True),
])
def test_a_short_clause_on_a_thing_named_is_no_teaser(sentence, told):
    from copydesk.engines.scenes import teaser
    assert teaser(sentence) is told


# a station's plug is a promo (judge QH 05: "Listen to Newsbeat live at 12:45 ... - or listen back here." shipped)
@pytest.mark.parametrize("line, role", [
    ("Listen to Northtown FM live at 12:45 and 17:45 weekdays - or listen back here.", "promo"),
    ("Listen to what the fans said after the game: they were furious.", "body"),
])
def test_a_stations_plug_is_a_promo(line, role):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 20) == role


# the lead's event, though long, heads the story over a later line's standing fact (judge QG 06: "Volunteers Would
# Be Able to Take Time to Volunteer in Block or Flexibly", a detail from the middle, over the lead's announcement)
def test_a_long_lead_over_a_later_standing_fact():
    from copydesk.engines.headline import write_headline
    sentences = ["Jo Example today announced plans to give millions of workers three days paid leave a year to do "
                 "volunteer work.",
                 "The Prime Minister said he will amend the Working Time regulations so for three days people can "
                 "volunteer or serve as a school governor, and get paid in addition to their 28 days of paid holiday.",
                 "The policy will apply to workers at firms with at least 250 staff.",
                 "Volunteers would be able to take the time to volunteer in a block or flexibly.",
                 "Business leaders criticised the move."]
    assert write_headline(sentences, 0).startswith("Jo Example Announces Plans to Give Millions of Workers")


# a sum told in the perfect since a time keeps the perfect when the span goes (judge QC 06: "Racks Up £50billion
# in Losses" read as one loss, where the source told the total since a bailout)
def test_a_sum_since_a_time_keeps_its_perfect():
    from copydesk.engines.headline import write_headline
    sentences = ["Northtown Bank has racked up £50billion in losses since it was bailed out by taxpayers and warned "
                 "last night that it faces another tough year.",
                 "The bank reached the milestone yesterday as it lurched to a £446million loss for the quarter.",
                 "Its shares fell 3 per cent."]
    assert write_headline(sentences, 0) == "Northtown Bank Has Racked Up £50billion in Losses"


# a headline cut after "but only" ends inside its clause (the lead of judge QG 05's story trimmed to "Harry Example
# Feels He Still Has Plenty to Offer Football but Only", a candidate the checks passed)
@pytest.mark.parametrize("headline, problem", [
    ("Jo Example Feels He Still Has Plenty to Offer Football but Only", "ends on “but only”"),
    ("Northtown Bakery Sells Bread and Still", "ends on “and still”"),
    ("Tickets Are for Members Only", None),
])
def test_a_headline_cut_after_but_only(headline, problem):
    from copydesk.engines.headcheck import headline_problem
    assert headline_problem(headline) == problem


# a speaker told by full name and role between commas, who "said" what the next paragraph's quotation goes on with,
# opens that paragraph (judge QC 10: "Angela Hopkins, executive director of nursing ..., said its hospitals ..." ended
# the ward's paragraph, and her '"We are focussing ...," she said.' opened the next)
def test_a_speakers_reported_line_opens_the_paragraph_of_their_quotation():
    sents = ["Inspectors visited the Northtown unit in October.",
             "On the ward, inspectors found patients well looked after.",
             "Jo Example, executive director of nursing and midwifery at the health board, said its hospitals were "
             "busier than ever.",
             '"We are opening extra beds this winter," she said.', "The board meets next week."]
    assert _moved(sents, [[0, 1, 2], [3, 4]]) == [[0, 1], [2, 3, 4]]
