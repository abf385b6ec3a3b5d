"""Faults found by copy editors reading outputs in the forty-eighth session, each in invented text."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.engines.headline import trim
from copydesk.segment import split_sentences
from shipping import NOW, body_paragraphs, body_sentences  # noqa: F401  (the helpers later tests share)


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


# a scrape that ran its paragraphs together leaves a stop with no space before the next sentence;
# inside a quotation the splitter cuts nothing, so the copy shipped "sighted.A social worker": the
# space comes back before "A" or "I", a word with a slash, or an abbreviation and a name
@pytest.mark.parametrize(("glued", "spaced"), [
    ("the injury left me partly sighted.A teacher told me", "partly sighted. A teacher"),
    ("I felt a little frustrated.I honestly did not know it then, and", "frustrated. I honestly"),
    ("the money is yet to be confirmed.Kayak/canoe will return, and", "confirmed. Kayak/canoe"),
    ("the sport joins the programme.NK Sport says it will decide, and", "programme. NK Sport"),
])
def test_a_glued_stop_before_a_sentence_gets_its_space(glued, spaced):
    text = f"She told the court: 'I remember that {glued} the club would open the boathouse in May. I saw the car.'"
    assert spaced in " ".join(split_sentences(text))


@pytest.mark.parametrize("text", [
    "The team met at Northtown Park on Monday, as agreed in section A of the plan, and then set off for home.",
    "He said the e.g.UK rule had been dropped by the Northtown board last month after a long review.",
    "Jo Example said the Northtown fund had 3.A further grant of 2m pounds would follow in the spring.",
])
def test_no_space_inside_an_abbreviation_a_class_or_a_figure(text):
    assert " ".join(split_sentences(text)) == text


# a picture's caption run into the copy with no stop either side, on a page that lost its lines:
# a fronted purpose ("... a pale base To highlight them even more, she added ...") and a possessive
# before a name ("... onto her eyelid Her Facebook page states ...") open the next sentence
def test_a_caption_run_into_a_fronted_purpose_is_cut_from_it():
    text = ("In a new video Jo Example turns herself into the Northtown Witch, the villain of the film. "
            "She shows how she draws a sharp line along her cheekbones to create the character's look. "
            "Here Jo is seen heavily contouring her face having applied dark eyebrows and a pale base To highlight "
            "them even more, she added a layer of paler make-up to the tops of her cheekbones. "
            "Next came a berry lipstick and long black eyelashes.")
    sentences = split_sentences(text)
    assert "To highlight them even more, she added a layer of paler make-up to the tops of her cheekbones." in sentences
    body = " ".join(body_paragraphs(text))
    assert "is seen" not in body


def test_a_line_run_into_a_possessive_and_a_name_is_cut_there():
    text = ("Jo Example uses a pair of tweezers to place false eyelashes onto her eyelid Her Facebook page states: "
            "'I am not a professional make-up artist.'")
    assert split_sentences(text) == [
        "Jo Example uses a pair of tweezers to place false eyelashes onto her eyelid",
        "Her Facebook page states: 'I am not a professional make-up artist.'",
    ]


@pytest.mark.parametrize("text", [
    "Jo Example met Her Majesty the Queen at the Northtown palace on Monday.",
    "The band played To love a stranger, the song that made them famous, at the Northtown Arena.",
    "She said the title of the book was Her Story and that it would be out in May.",
    "Here the plan is seen as a risk by the Northtown council, which will vote on it in May.",
])
def test_a_title_or_a_form_of_address_is_not_cut(text):
    assert split_sentences(text) == [text]


def test_here_a_view_is_no_caption():
    text = ("Northtown council will vote on the bypass plan in May, its leader said on Monday. "
            "Here the plan is seen as a risk by many residents, who fear more traffic on the Old Road. "
            "The council has set aside 2m pounds for the work.")
    assert "Here the plan is seen as a risk" in " ".join(body_paragraphs(text))


# a caption that ends on a month with no stop runs into the next sentence: any month, not only
# those whose names end in "y" ("... back in November | West Brom have scored ...": judge OK 10)
@pytest.mark.parametrize("month", ["November", "March", "April", "June", "August"])
def test_a_caption_ending_on_a_month_is_cut_from_the_next_sentence(month):
    text = (f"Jo Example's header rebounds off a team-mate for an own goal, giving Northtown a 1-0 win at the Example "
            f"Stadium back in {month} Northtown have scored more than twice in only one league game this season.")
    assert split_sentences(text) == [
        f"Jo Example's header rebounds off a team-mate for an own goal, giving Northtown a 1-0 win at the Example "
        f"Stadium back in {month}",
        "Northtown have scored more than twice in only one league game this season.",
    ]


# a body that says its own thing befell something: once the attribution goes, the headline names the
# body ("The daily Yeni Safak said its offices ... were attacked": not "Police Cordon Off Area", fc-348)
@pytest.mark.parametrize(("sentence", "head"), [
    ("The daily Northtown Echo said its offices and those of the Example Star were attacked.",
     "Northtown Echo's offices and those of Example Star attacked"),
    ("Northtown Council said its offices were closed on Monday after the flood.",
     "Northtown Council's offices closed after flood"),
    ("The Northtown Rovers said their manager Jo Example had left the club.",
     "Northtown Rovers' manager Jo Example has left club"),
])
def test_a_bodys_own_thing_takes_its_name_when_the_attribution_goes(sentence, head):
    assert trim(sentence) == head


@pytest.mark.parametrize("sentence", [
    "Jo Example said its roof had collapsed in the storm on Monday night.",  # a person: "its" is another thing's
    "Police said their officers were attacked in Northtown on Monday.",  # a plural at the head, no name
    "The company said its shares had fallen by 20% on Monday.",  # no name
])
def test_a_possessive_after_a_person_or_a_common_noun_is_not_named(sentence):
    assert "'s " not in trim(sentence) and "s' " not in trim(sentence)


def test_the_headline_names_the_body_whose_offices_were_attacked():
    text = ("The daily Northtown Echo said its offices and those of the Example Star were attacked. "
            "No casualties were reported. It said four masked men attacked the Northtown Echo building. "
            "Firefighters quickly put out the blaze. Police have cordoned off the area around the building.")
    assert _rewrite(text).headline == "Northtown Echo's Offices and Those of Example Star Attacked"


# a text that lost its first sentence upstream: the lines before the lead that lean on each other
# come after the lead together, not the first alone ("The technology should enable ..." told what the
# technology is: left out, the story never said, judge OI 08)
def test_lost_lines_that_lean_on_each_other_ship_together_after_the_lead():
    text = ("Ms Example made the announcement at Northtown Prison, one of two pilot sites for the technology. "
            "The move follows a law allowing the Northtown Prison Service to block mobile phone signals. "
            "The technology should let prison staff detect and stop prisoners' use of smuggled phones. "
            "The Northtown Prison Service (NPS) awarded contracts for the installation of the technology at Northtown "
            "Prison and Southville Prison. "
            "The two pilot sites are expected to be running the technology by the end of the year. "
            "The NPS said 1,200 phones had been found in Northtown's prisons since 2011.")
    sentences = body_sentences(text)
    assert sentences[0].startswith("The Northtown Prison Service (NPS) awarded contracts")
    at = sentences.index("Ms Example made the announcement at Northtown Prison, one of two pilot sites for the technology.")
    assert sentences[at + 1].startswith("The move follows a law")
    assert sentences[at + 2].startswith("The technology should let prison staff")


# the subject's own thing something was done to reads as the headline tells it: "Northtown Rowing's
# Funding Cut by ...", not "Northtown Rowing Has Had Funding Cut by ..." (judge OJ 04, fc-384)
def test_a_thing_the_subject_had_done_to_it_is_told_as_its_own():
    text = ("Canoeing and archery have also missed out. "
            "Rowing - which brought Northtown 12 medals at the last Games - has had its funding cut by more than £4m "
            "to £25.9m. "
            "Northtown Canoeing chief executive Jo Example said he was \"staggered\" by the \"incomprehensible\" "
            "decision to remove the sport's funding. "
            "A total of £345m will be invested in 31 sports - £2m less than the record £347m given for the last Games.")
    assert _rewrite(text).headline == "Rowing's Funding Cut by More Than £4m to £25.9m"


def test_had_with_no_owner_in_the_source_stays():
    from copydesk.engines.headlinese import had_done
    assert had_done("Rovers have had offer accepted", "Rovers have had an offer accepted by the club.") \
        == "Rovers have had offer accepted"
    assert had_done("Rovers have had offer accepted", "Rovers have had their offer accepted by the club.") \
        == "Rovers' offer accepted"


# a text that lost its first sentence calls the firm only "the firm": the headline names it, when
# the lines after name one firm, twice (judge OI 01, fc-096: "Firm Files Application ...")
FIRM_TEXT = ("The firm filed an application with the Northtown stock exchange on Thursday in a bid to boost growth. "
             "Examplex's Northtown profits jumped nearly 30% last year, according to the filing. "
             "It has been rapidly expanding in the region, nearly doubling the number of its cinemas since 2012. "
             "March figures indicate Examplex has 239 cinemas in the region, and it plans to build 219 more.")


def test_the_firm_a_lost_lead_calls_only_the_firm_is_named_in_the_headline():
    assert _rewrite(FIRM_TEXT).headline.startswith("Examplex Files Application With Northtown Stock Exchange")


@pytest.mark.parametrize(("old", "new"), [
    ("Examplex's Northtown profits", "Mr Examplex's Northtown profits"),  # a person
    ("March figures indicate Examplex has", "March figures indicate Rival Examplex has"),  # another firm, named so
    ("March figures indicate Examplex has", "March figures indicate Samplex has"),  # two firms named
])
def test_a_person_or_another_firm_does_not_name_the_firm(old, new):
    assert not _rewrite(FIRM_TEXT.replace(old, new)).headline.startswith(("Examplex", "Samplex"))


# guards from reviewer rev48's probes: what the session's rules must leave whole
@pytest.mark.parametrize("text", [
    "Visit the site at northtown.gov.UK Visitors should register in advance.",
    "Jo Example starred in the sitcom To the Manor Born, the station said on Monday night.",
    "The charity's campaign To save our library, the council said, has raised £20,000.",
    "He handed the money To the victim's family, the court heard on Monday in Northtown.",
    "The bishop met His Eminence on Tuesday in Northtown to discuss the appeal.",
    "Crowds greeted Their Majesties on the steps of Northtown Cathedral on Sunday.",
    "Jo Example stars in the musical Her Story which opens in Northtown next month.",
    "The mayor met Her Honor the judge at the courthouse in Northtown.",
    "By the end of the long campaign on the northern coast in April Northtown Rovers were top of the table.",
    "The strike that closed all eight of the town's schools for a week in March Northtown Council has said was unlawful.",
    "The woman spent every weekend of the summer with her sister in June Example was named as her carer.",
])
def test_a_title_an_honorific_or_a_fronted_phrase_is_not_cut(text):
    assert split_sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "Here the council is seen to be failing, said Jo Example, who leads the opposition on Northtown council.",
    "Here the trend is shown by the latest figures from the Northtown statistics office, out on Monday.",
])
def test_here_a_view_or_a_figure_is_no_caption(text):
    from copydesk.ingest.captions import caption
    assert not caption(text, 3)


@pytest.mark.parametrize("sentence", [
    "The Prime Minister said its economy grew by 2% in the last quarter.",
    "The Duke of Northtown said its people were proud of the team.",
    "The Northtown Hospital Trust said their son had received the right treatment.",
])
def test_a_persons_title_or_a_familys_own_takes_no_possessive(sentence):
    assert "'s " not in trim(sentence) and "s' " not in trim(sentence)


# an illustration's caption run into the next sentence: "..., illustrated, ..." is a caption on a page
# with captions, and "As it <verb> ..., it ..." after a name opens the next sentence (judge OM 12, fc-280)
def test_an_illustrations_caption_run_into_the_next_sentence_is_cut():
    text = ("Northtown's young moon may have been hit by a body the size of a comet, says a new paper. "
            "The event could explain why the moon has a hot core, the paper says. "
            "Scientists think that the moon was hit by a body like Example (right) in its make-up, early in its life. "
            "In the young system 4.5 billion years ago, illustrated, various small bodies came together to form larger "
            "bodies like Northtown As it collided with the moon, it would have produced heat to drive its core. "
            "The study, by two scientists from Northtown University, was published in the journal Example.")
    sentences = split_sentences(text)
    assert "As it collided with the moon, it would have produced heat to drive its core." in sentences
    assert "illustrated" not in " ".join(body_paragraphs(text))


@pytest.mark.parametrize("text", [
    "The band played a song from the album Northtown Nights As it turns out on their tour of the north last year.",
    "Jo Example starred in the film Northtown As it was in the summer of 1990, a drama about the town's mills.",
])
def test_as_and_a_pronoun_with_no_clause_after_is_not_cut(text):
    assert split_sentences(text) == [text]


# a page's last lines: the editor's note on an update, split at "p.m." before its time zone, and the
# writer's contact line (page-c50845a7 shipped "ET to include details from the NASA telecon. Email
# Tariq Malik at ... or follow him @...")
NOTE_TEXT = ("Northtown Space Agency picked three firms on Monday to build moon landers, the agency said. "
             "The three firms will share 900 million dollars over two years, agency chief Jo Example said. "
             "The first lander could fly in 2024, he said, and the second a year later. "
             "The agency had 11 bids, all from firms in Northtown. "
             "Editor's note: This story was updated at 5:45 p.m. ET to include details from the agency's call. "
             "Email Sam Example at sam@example.com or follow him @samexample.")


def test_a_clocks_time_zone_stays_with_its_sentence():
    assert "Editor's note: This story was updated at 5:45 p.m. ET to include details from the agency's call." \
        in split_sentences(NOTE_TEXT)


def test_an_editors_note_and_the_writers_contact_line_do_not_ship():
    body = " ".join(body_paragraphs(NOTE_TEXT))
    assert "ET to include" not in body and "Email Sam" not in body and "@" not in body


# a curly mark closed by a straight one ("“Our third quarter results ...," Menear said"): one
# whole quotation, not one left open that held every line after it in one unit that could not ship
# (judge PO 03: the story stopped before the chief executive's words and the lowered forecast)
MIXED_TEXT = "\n".join([
    "Dow component Examplex Stores reported third-quarter earnings that topped estimates, sending its shares lower.",
    "Comparable sales rose 3.6 percent, missing the 4.8 percent gain that was expected.",
    "“Our third quarter results reflected broad-based growth across our business, yet sales were below our "
    "expectations,\" chief executive Jo Example said in the earnings release.",
    "SAM EXAMPLE PROUD OF EXAMPLEX STAFF LIVING THE DREAM",
    "\"We are largely on track with these investments,\" Example continued.",
    "Looking ahead, Examplex sees sales growth of 1.8 percent for the year, down from 2.3 percent.",
])


def test_a_curly_mark_closed_by_a_straight_one_keeps_the_story_going():
    body = " ".join(body_paragraphs(MIXED_TEXT))
    assert "Looking ahead, Examplex sees sales growth of 1.8 percent" in body
    assert "“Our third quarter results reflected broad-based growth across our business, yet sales were below our " \
           "expectations,” chief executive Jo Example said" in body


# a page's deck set with a stop above the lead, told again by the story's next lines (judge PO 03)
def test_a_deck_the_next_lines_tell_again_is_no_lead():
    text = ("The home-improvement retailer earned $2.8 billion in the third quarter. "
            "Dow component Examplex Stores reported third-quarter earnings that topped estimates as revenue fell short. "
            "Rival Samplex was also lower following the results. "
            "The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose 3.5 percent. "
            "Analysts had expected $2.52 a share, chief analyst Jo Example said.")
    sentences = body_sentences(text)
    assert sentences[0].startswith("Dow component Examplex Stores")
    assert "The home-improvement retailer earned $2.8 billion in the third quarter." not in sentences


@pytest.mark.parametrize("line", [
    "Jo Example may be reached at jo@example.com.",
    "Get the latest updates right in your inbox.",
])
def test_a_pages_contact_line_and_inbox_offer_do_not_ship(line):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 20, 24) == "promo"


def test_a_tip_line_is_a_promo_only_before_the_writers_contact():
    from copydesk.ingest.roles import roles
    page = ["The council will vote on the plan on Monday.", "Have a tip?", "Jo Example may be reached at jo@example.com."]
    assert roles(page)[1:] == ["promo", "promo"]
    quoted = ["The council will vote on the plan on Monday.", "Have a tip?", "That is how it started, she said."]
    assert roles(quoted)[1] != "promo"


# a desk edit names a person in full at first mention; a sentence's capitalised first word is no
# first name ("Recent Samsung smart TVs ..." gave "Recent Samsung was the first to ..."), nor is a
# model with its number a person ("Wi-Fi 6" gave "Linksys Velop Wi-Fi 6"): judge PO 12, page-cc4aa22b
def test_a_sentences_first_word_or_a_models_name_is_no_persons_full_name():
    text = "\n".join([
        "Examplex TVs now play music sent from a phone, the firm said on Monday.",
        "Examplex was the first to add the feature to its sets back in March, Examplex said.",
        "Recent Examplex smart TVs also include a film app, and the sets cost less than last year.",
        "Wi-Fi 6, formerly known as 802.11ax, has hit the market this year, the firm said.",
        "I have been testing the Northtown Velop Wi-Fi 6 Mesh Router for a few weeks, Jo Example said.",
        "Prior to September, I would have said Wi-Fi 6 was too new, Jo Example added.",
    ])
    body = " ".join(body_paragraphs(text))
    assert "Recent Examplex was" not in body and "Recent Examplex TVs" not in body
    assert "Northtown Velop Wi-Fi 6, formerly" not in body and "Velop Wi-Fi 6 was too new" not in body


# captions run together with no stops: a full name and a perfect passive after a line's word in lower
# case ("... was played in court | Chancey Luna has been charged ..."), and a surname, who it is between
# commas and a verb ("... in the back | Luna, a Duncan high school student, showed ..."): fc-166
def test_captions_run_together_before_a_name_and_its_passive_or_appositive_are_cut():
    text = ("Jo Example's 911 phone call was played in court Sam Brook has been charged with first-degree murder "
            "after allegedly shooting Mr Lane in the back Brook, a Northtown high school student, showed no emotion.")
    assert split_sentences(text) == [
        "Jo Example's 911 phone call was played in court",
        "Sam Brook has been charged with first-degree murder after allegedly shooting Mr Lane in the back",
        "Brook, a Northtown high school student, showed no emotion.",
    ]


@pytest.mark.parametrize("text", [
    "Passengers were at the mercy of the wild seas last night after the cruise ship Northtown Spirit has been damaged.",
    "The club said on Monday that its young striker Sam Brook has been ruled out of the final for a month.",
    "Jo Example told reporters at the ground on Monday that Sam Brook has been released by the club.",
])
def test_a_name_beside_its_noun_or_after_a_reported_clause_is_not_cut(text):
    assert split_sentences(text) == [text]


# a caption's picture mark that ends a long line, a name and its verb run on after it: "... starring
# Steve McQueen and Richard Attenborough (pictured) | Bader was among those recaptured ..." (judge OL 06,
# fc-157: the story never said he was recaptured)
def test_a_name_and_its_verb_after_a_captions_mark_open_a_sentence():
    assert split_sentences("The Great Escape: the story predates the break in 1944 told in the film starring Jo "
                           "Example and Sam Example (pictured) Brook was among those recaptured by the guards.") == [
        "The Great Escape: the story predates the break in 1944 told in the film starring Jo Example and Sam Example "
        "(pictured)",
        "Brook was among those recaptured by the guards.",
    ]


@pytest.mark.parametrize("text", [
    "Jo Example (pictured) was jailed for two years at Northtown Crown Court on Monday.",
    "His wife (left) Jo was not at the hearing in Northtown on Monday, the court heard.",
])
def test_a_mark_inside_a_sentence_is_not_cut_there(text):
    assert split_sentences(text) == [text]


# a single quotation the source opens inside a double one and never closes ("... he said, 'No way,
# ..., that they were legitimate fugitives," Richardson told CNN.") closes with the double one: it had
# held every line after it in one unit that could not ship (judge OL 11, cnn-ee41)
def test_a_single_quotation_left_open_inside_a_double_one_closes_with_it():
    text = "\n".join([
        "Jo Example, 65, has lived in Northtown for 43 years since he fled charges of murder, officials said.",
        "In 1996, Northtown Governor Sam Brook travelled to discuss his return.",
        "\"I talked to the president and he said, 'No way, under no circumstances would he hand them over,\" "
        "Brook told reporters.",
        "\"I got a very strong signal that I would not be allowed to bring back Jo Example,\" Brook said.",
        "Example is now the last living member of the group.",
        "He has hired a lawyer in Southville, in case he decides to return, his family said.",
    ])
    body = " ".join(body_paragraphs(text))
    assert "He has hired a lawyer in Southville" in body or "Example has hired a lawyer in Southville" in body
    assert "Example is now the last living member of the group." in body


# a contraction the page typed with a space and an opening mark ("the automaker isn ‘t slowing down")
# opened no quotation: it had held the lead's first eight lines in one unit (page-06ee193d); and a
# straight mark closing the one curly mark left open after a curly pair ('called Omar a “terrorist” and
# said, “somebody ought to ...," the prosecutor's office said') closes it (page-7a457a4f)
def test_a_contraction_typed_with_an_opening_mark_opens_no_quotation():
    text = "\n".join([
        "Examplex's first electric car isn’t expected until next year, but the carmaker isn ‘t slowing down on new models.",
        "The Examplex Space is the seventh electric car to use the new platform, the firm said.",
        "You could think of it as a futuristic wagon, or a well-stretched saloon, the firm said.",
        "A 275 horsepower motor is mounted at the rear, powered by an 82 kWh battery.",
    ])
    body = " ".join(body_paragraphs(text))
    assert "the carmaker isn’t slowing down" in body
    assert "A 275 horsepower motor is mounted at the rear" in body


def test_a_straight_mark_after_a_curly_pair_closes_the_curly_mark_left_open():
    text = "\n".join([
        "A Northtown man pleaded guilty on Monday to threatening to kill a member of parliament, prosecutors said.",
        "Jo Example, 55, faces a maximum of 10 years in prison.",
        "During the call, he called the member a “traitor” and said, “somebody ought to hurt her,\" the prosecutors said.",
        "The member is one of the first two women elected for Northtown.",
        "Example's lawyer, Sam Brook, said he never intended to harm anyone.",
    ])
    body = " ".join(body_paragraphs(text))
    assert "“somebody ought to hurt her,” the prosecutors said" in body
    assert "The member is one of the first two women elected for Northtown." in body


# an opening curly mark typed to close ('la serie “I Cavalieri dello Zodiaco“, prodotta da ...') closes
# the quotation, in the unit pass and in house style; a link's label alone on a line ("Leggi anche") and
# the title after it are page furniture (page-b6fb53e9)
def test_a_curly_mark_typed_to_close_closes_and_a_links_label_takes_its_title():
    text = "\n".join([
        "E’ stato annunciato oggi che Examplex ospiterà il remake della serie cult “I Cavalieri di Northtown“, "
        "prodotta da Toei.",
        "Le uniche speranze dei fan sono un adattamento fedele all’originale e la qualità che può fornire Examplex.",
        "Leggi anche",
        "I Cavalieri di Northtown diventeranno un film: lo faranno i produttori di Southville?",
        "Tornando al remake, il titolo provvisorio è “Knights of Northtown” e la prima stagione avrà 12 episodi.",
    ])
    body = " ".join(body_paragraphs(text))
    assert "“I Cavalieri di Northtown”, prodotta da Toei." in body
    assert "Tornando al remake" in body
    assert "Leggi anche" not in body and "diventeranno un film" not in body


# guards from reviewer rev48b's probes
def test_the_firm_is_not_named_after_its_buyer():
    text = ("The company was bought by Bigcorp for £20m last year, filings show.\n\n"
            "Bigcorp's chief executive said the deal would create 200 jobs.\n\n"
            "Bigcorp has since closed two of the company's four factories.")
    assert not _rewrite(text).headline.startswith("Bigcorp Bought")


def test_no_cut_before_a_name_a_subject_still_waits_for_its_verb_on():
    text = ("A motorist who knocked down elderly pedestrian Jo Example has been jailed for four years at Northtown "
            "Crown Court.")
    assert split_sentences(text) == [text]


def test_a_first_name_the_source_writes_in_lower_case_is_still_given_when_the_name_acts():
    text = ("Sam Example scored 26 points as the Northtown Bears beat Harbour City 107-92 on Sunday. The Bears extended "
            "their home winning streak to 32 games, dating back to 1997, the season before Brook arrived. Will Brook "
            "had 19 points and Ann Sample added 18 for the Bears. The Bears play again on Tuesday and will be without "
            "two players.")
    assert "the season before Will Brook arrived" in " ".join(body_paragraphs(text))


def test_a_time_zone_rejoins_its_clock_only_before_a_stop_or_a_joining_word():
    from copydesk.pagelines import clock_rejoined
    assert clock_rejoined(["The patient was admitted at 11 p.m.", "CT scans showed a bleed."]) == [
        "The patient was admitted at 11 p.m.", "CT scans showed a bleed."]
    assert clock_rejoined(["It was updated at 5:45 p.m.", "ET to include details from the call."]) == [
        "It was updated at 5:45 p.m. ET to include details from the call."]


def test_a_straight_mark_after_a_space_opens_and_closes_no_curly_quotation():
    from copydesk.gluedmarks import mixed_close
    assert mixed_close("“It is a disgrace,” she said, “and the \"so-called plan is no plan at all.") == -1
    assert mixed_close("“It is a disgrace and no plan at all,\" she said.") > 0


@pytest.mark.parametrize("line", [
    "Detectives can be reached at crash@northtown.example.",
    "Scammers use fake invoices that land right in your inbox, police warned.",
    "Email Jo Example at jo@example.org to sign up for a shift at the food bank on Saturday.",
])
def test_a_stories_own_contact_or_warning_is_no_promo(line):
    from copydesk.ingest.roles import role_of
    assert role_of(line, 5, 12) != "promo"


def test_a_works_illustration_is_no_caption():
    from copydesk.ingest.roles import roles
    lines = ["Jo Example (left) at the launch in Northtown.",
             "Her memoir, illustrated with family photographs, has sold 10,000 copies since it came out in May.",
             "The book tells of her childhood in Southville."]
    assert roles(lines)[1] != "caption"


# guards from reviewer rev48c's probes
@pytest.mark.parametrize("text", [
    "Sam Brook was jailed for six years at Northtown Crown Court on Monday for the attack, and his wife (left) Jo "
    "said the family had waited four years for justice.",
    "At her first meeting as leader of Northtown council on Monday night the new leader said her predecessor "
    "(pictured) Sam Brook had left the finances in good shape.",
])
def test_a_name_beside_its_relation_or_post_after_a_mark_is_not_cut(text):
    assert split_sentences(text) == [text]


def test_a_contraction_before_a_capitalised_word_is_left_as_the_source_has_it():
    from copydesk.ingest.text import clean_text
    assert "won ‘t Harde" in clean_text("Northtown Wanderers won ‘t Harde's youth tournament on Sunday.").text


@pytest.mark.parametrize(("sentence", "closes"), [
    ("Jo Example said,“ We were unlucky today,” after the match.", []),  # an opening mark typed after a comma
    ("The shop sold a 55“ television for £300 on Monday.", []),  # an inch mark
    ("She called the show “I Cavalieri di Northtown“, a remake.", [45]),
])
def test_an_opening_mark_closes_only_a_quotation_open_there(sentence, closes):
    from copydesk.gluedmarks import misclosed
    assert misclosed(sentence) == closes


def test_a_story_line_after_a_links_label_with_no_title_stays():
    from copydesk.ingest.roles import roles
    lines = ["The council approved the bypass on Monday.", "Read also",
             "Work on the road will start in spring, the council's planning chief, Jo Example, said.",
             "The road will cost 20m pounds."]
    assert roles(lines)[2] != "related"
