"""Faults found by copy editors reading outputs in the fortieth session, each in invented text."""

from __future__ import annotations

from shipping import body_paragraphs, body_sentences


def test_a_compound_with_capitals_of_its_own_is_title_cased_in_every_part():
    from copydesk.engines.titlecase import title_case
    assert title_case("Guards suspended after they posted anti-Islamic messages") \
        == "Guards Suspended After They Posted Anti-Islamic Messages"
    assert title_case("Sales of the Northtown Knitwear-branded range") == "Sales of the Northtown Knitwear-Branded Range"
    assert title_case("Voters back pro-EU party") == "Voters Back Pro-EU Party"
    assert title_case("Northtown-based firm hires ex-Harbour striker") == "Northtown-Based Firm Hires Ex-Harbour Striker"
    # (a name's particle stays as the name has it, and a name's or a place's own lower-case part: a
    # compound that is no prefix before a capital nor a word with an English word after it is left be)
    for head in ("Forces Say al-Douri Was Killed", "Crowds Fill Daehak-ro", "Striker Kim Min-seok Signs",
                 "Fans Meet Tama-chan", "Flood Hits Northby-upon-Wold", "Bridge Shut at Vernay-sur-Loue"):
        assert title_case(head) == head


def test_a_set_phrase_keeps_its_article_in_a_headline():
    from copydesk.engines.headlinese import headlinese
    assert headlinese("The Reds beat Chinnor 29-12 for a second win in a row") \
        == "The Reds beat Chinnor 29-12 for second win in a row"
    assert headlinese("Jo Example wins the crime novel of the year award") \
        == "Jo Example wins crime novel of the year award"
    assert headlinese("The show takes a look at a few of the uses") == "The show takes a look at a few of the uses"
    assert headlinese("Fans gather for the fight of the century") == "Fans gather for fight of the century"
    # (elsewhere the articles go as before)
    assert headlinese("A man was charged with a crime at the station") == "A man was charged with crime at station"
    # (a row that is a quarrel, a half that is no fraction, and "in the season" lose theirs)
    assert headlinese("The mayor resigned after a row over the harbour") == "The mayor resigned after row over harbour"
    assert headlinese("It was top early in the season") == "It was top early in season"


def test_a_nameless_groups_view_in_the_present_stays_inside_a_correspondents_box():
    from copydesk.ingest.roles import roles
    sents = ["The harbour council voted on Monday to close the ferry terminal.",
             "Council leader Sam Sample said the terminal would close in June.",
             "By Jane ExampleBBC harbour correspondentThe council's vote will be welcomed by the ferry's critics.",
             "High on their list of worries is the cost of the new quay.",
             "Traders say the council could sell the land to anyone it likes - and there'd be nothing they could do.",
             "A final decision is expected in the summer.",
             "Mr Sample told the meeting the vote was \"a hard one\".",
             "The ferry company said it was disappointed."]
    out = roles(sents)
    assert out[2] == "related" and out[3:6] == ["analysis"] * 3, out
    assert out[6] == "quote" and out[7] == "body"  # the story's reporting again
    # (a named speaker, or a group's words quoted, is the story's reporting and ends the box)
    for line in ("Sam Sample says the council could sell the land.",
                 "Traders say the plan is \"a disgrace\"."):
        out = roles(sents[:4] + [line] + sents[5:])
        assert out[4] != "analysis" and out[5] != "analysis", (line, out)


def test_a_years_elided_century_opens_no_quotation():
    from copydesk.engines.units import Units, has_quote
    from copydesk.gluedmarks import SINGLE_OPEN
    line = "First match: Northtown, Feb 24, '90 Last match: Harbour Road, Sep 4, '03 Stats via the club"
    assert not has_quote(line)
    assert not SINGLE_OPEN.search("the summer of '69 and the '90s, in '08")
    assert SINGLE_OPEN.search("He said: '90 per cent of us agree.'")  # (a quotation that opens on a figure)
    sents = ["Jo Example said: 'We will go on.'", line, "And she is open to offers."]
    units = Units(sents)
    assert units.of(1) == (1,) and units.of(2) == (2,)


def test_but_before_a_name_ends_a_caption_run_into_the_story():
    from copydesk.segment import split_sentences
    text = ("Jo Example stands at the quay ahead of a photo shoot on Thursday Stats via the club "
            "But Example, who also spoke highly of the new signing, remains a respected figure in the game.")
    assert split_sentences(text)[-1] == ("But Example, who also spoke highly of the new signing, remains a "
                                         "respected figure in the game.")
    # (a capitalised "But" after a word a title follows is no new sentence: "the film But Always")
    assert len(split_sentences("She starred in the film But Always Tomorrow with Sam Example.")) == 1


def test_the_line_before_a_here_he_caption_is_the_captions_first():
    from copydesk.ingest.roles import roles
    sents = ["Jo Example has said she would like to manage the national side.",
             "Example, who played 90 times for her country, has not been approached.",
             "Example (centre) poses in the team photo ahead of the new season",
             "Example was a goalkeeper for Northtown.",
             "Here she looks on as Harbour's Sam Brooks shoots towards goal in the cup final in 1999",
             "The board will meet on Monday."]
    out = roles(sents)
    assert out[3] == "caption", out
    assert out[5] == "body"


def test_another_picture_or_post_told_in_the_present_is_its_caption():
    from copydesk.ingest.roles import roles
    sents = ["Readers of teen novels have mocked their heroines on Twitter this week.",
             "Thousands of users have taken part under the hashtag.",
             "One of the funniest tweets from the hashtag (pictured)",
             "Another tweet explores the fact that heroines never seem nervous.",
             "Another girl's tweet refers to a vampire saga.",
             "Jo Example, who started the hashtag, said she was delighted."]
    out = roles(sents)
    assert out[3] == "caption" and out[4] == "caption", out
    assert out[5] == "body"
    # (a page with no captions tells of its pictures as the story: the line stays)
    plain = roles([sents[0], sents[1], "Another photo shows the harbour wall falling into the sea.", sents[5]])
    assert plain[2] == "body", plain


def test_a_quotation_credited_before_and_after_it_is_credited_once():
    from copydesk.engines.housestyle import said_twice
    assert said_twice("The 40-year-old singer said: 'Jo would have been 41 today. Jo, this is for you,' said Example.") \
        == "'Jo would have been 41 today. Jo, this is for you,' said Example."
    assert said_twice("Sam Brooks heaped praise on the young striker after Saturday's game at the Old Ground, by "
                      "stating: 'He has a very good technique,' Brooks said to Harbour TV.") \
        == ("Sam Brooks heaped praise on the young striker after Saturday's game at the Old Ground. "
            "'He has a very good technique,' Brooks said to Harbour TV.")
    # (a speaker told by a pronoun or a name before the colon, two quotations, or no credit after it: unchanged)
    for text in ("He said: 'We will go on,' said Example.",
                 'The mayor said: "We will go," Example said. "And we will stay," he added.',
                 'The mayor said: "We will go."'):
        assert said_twice(text) == text


def test_the_rewrite_credits_a_quotation_once():
    text = ("The Northtown film awards were held on Sunday night. The big winner was Harbour Lights, which won best "
            "film. Other winners included Jo Example, who won best actor for her role as the late Sam Brooks. "
            "The 40-year-old actor said: \"Sam would have turned 41 this week. Sam, this is for you,\" said Example. "
            "The ceremony ran for three hours.")
    body = " ".join(body_sentences(text))
    assert '"Sam would have turned 41 this week. Sam, this is for you," said Example.' in body
    assert "actor said:" not in body


def test_a_subhead_glued_to_the_next_lines_opening_is_a_line_of_its_own():
    from copydesk.segment import split_sentences
    text = ("The headset was shown at a fair in Northtown. Virtual picnicsVirtual reality is becoming a common tool "
            "for people wanting to sell something. Estate agents use it to show houses.")
    assert "Virtual reality is becoming a common tool for people wanting to sell something." in split_sentences(text)
    # (a name written with a capital inside is no glue)
    for line in ("Sony PlayStation sales rose by a third last year.", "Her LinkedIn profile was taken down on Monday."):
        assert split_sentences(line) == [line]


def test_the_narrowed_rules_leave_what_reviewers_broke_them_on():
    """Regression guards from an adversarial review of this session's first versions (all invented)."""
    from copydesk.engines.headlinese import headlinese
    from copydesk.engines.units import has_quote
    from copydesk.gluedmarks import SINGLE_OPEN
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_sentences
    # set phrases only where the phrase ends
    assert headlinese("Council embroiled in a row over bins") == "Council embroiled in row over bins"
    assert headlinese("Firefighters rescue a little girl") == "Firefighters rescue little girl"
    assert headlinese("Council hires a little-known firm") == "Council hires little-known firm"
    assert headlinese("Wife and a half-brother share estate") == "Wife and half-brother share estate"
    assert headlinese("Final day of the week-long festival") == "Final day of week-long festival"
    assert headlinese("Closure of the day centre delayed") == "Closure of day centre delayed"
    # a quotation may open on a count
    assert has_quote("He said: '90 per cent of us agree with the plan.'")
    assert SINGLE_OPEN.search("it was a sign of '30 years of tea. Thank you.'")
    # "But" before a title is no new sentence
    line = "Fans sang the anthem (written in 1990) But Rovers Never Die as the coffin passed."
    assert split_sentences(line) == [line]
    # a story's line before a "Here ..." caption stays, unless it is a named person's standing fact
    base = ["Floods swept through Northtown on Sunday night.", "Rescuers worked through the night."]
    for story in ("Four people are known to have died and two are missing.",
                  "The club will unveil a statue of Jo Example next month."):
        out = roles(base + [story, "Here he stands at the harbour wall in 1999 as the water rises",
                            "The council will meet on Monday."])
        assert out[2] not in ("caption", "standfirst"), (story, out)
    # a side's stated intent ends a correspondent's box: the story's reporting again
    sents = ["The harbour council voted on Monday to close the ferry terminal.",
             "By Jane ExampleBBC harbour correspondentThe council's vote will be welcomed by critics.",
             "Residents say they will take the council to court over the closure.",
             "A hearing is set for June."]
    assert roles(sents)[2] != "analysis"
    # another post reported as a claim, or of a kind no caption shows, is the story's
    page = ["The mayor has been criticised over posts on social media this week.",
            "Jo Example (pictured) at the town hall",
            "Another post claims the council spent £2m on the harbour.",
            "Another video shows him getting into a grey van.",
            "The council said the claim was false."]
    out = roles(page)
    assert out[2] != "caption" and out[3] != "caption", out
    # (a byline glued to its box is no subhead: the box is read as before)
    assert split_sentences("By Jane ExampleBBC harbour correspondentThe council's vote will be welcomed by critics.") \
        == ["By Jane ExampleBBC harbour correspondentThe council's vote will be welcomed by critics."]
    assert headlinese("Council to close the terminal at the end of the year") == "Council to close terminal at end of year"


def test_a_line_the_story_tells_again_in_full_after_the_captions_is_their_first():
    from copydesk.ingest.roles import roles
    sents = ["Jo Example has barely put a foot wrong on the track this year, but admitted to one slip off it.",
             "The 30-year-old's success has let him meet stars from other sports.",
             "Jo Example told the Harbour Show how he once stepped on former Mayor Sam Brooks's foot.",
             "Example (centre) said the incident happened at a gala in 2008.",
             "Speaking on Northtown Radio's The Harbour Show on Thursday night, Example revealed how he once "
             "stepped on the foot of former Northtown Mayor Sam Brooks at the gala.",
             "'It was crazy,' he said."]
    out = roles(sents)
    assert out[2] == "caption", out
    assert out[4] in ("body", "quote")
    # (a line the story's next line tells only by a pronoun stays: that line may not ship)
    told_by_pronoun = sents[:4] + ["He told the Harbour Show on Thursday night how he once stepped on former Mayor "
                                   "Sam Brooks's foot at the gala."] + sents[5:]
    assert roles(told_by_pronoun)[2] != "caption"


def test_a_person_named_with_their_age_again_a_few_lines_on_is_a_caption():
    from copydesk.ingest.roles import roles
    sents = ["A student has been arrested at the border after trying to flee the country to avoid charges.",
             "Sam Example, 27, is in the country on a student visa, according to court documents.",
             "He was picked up by border officers on Friday.",
             "Sam Example, 27, was arrested on Friday at the border near Harbourtown.",
             "Prosecutors believe he was trying to flee the country."]
    out = roles(sents)
    assert out[3] == "caption", out
    # (far on in the story, or with words of his own, the name and age stay)
    far = sents[:3] + ["The court sat for an hour."] * 4 + sents[3:]
    assert roles(far)[7] != "caption"
    quoted = sents[:3] + ["Sam Example, 27, said: \"I was only going home.\""] + sents[4:]
    assert roles(quoted)[3] != "caption"


def test_the_later_rules_leave_what_a_second_review_broke_them_on():
    """Regression guards from the second adversarial review (all invented)."""
    from copydesk.engines.housestyle import said_twice
    from copydesk.ingest.roles import roles
    from copydesk.segment import split_sentences
    for text in ("The defendant said: 'I was at home all night,' Prosecutor Jo Example said.",
                 "A council spokesman said: 'The library will stay open,' said Example.",
                 "The sign on the door said: 'Closed until further notice, sorry!' said Example.",
                 "The 14-year-old's mother said: 'He is a good boy,' said Example.",
                 "Sam Brooks told officers he was at home, saying: 'I never went near that shop,' Jo Example said."):
        assert said_twice(text) == text
    for line in ("Passengers on easyJet flights from Northtown waited for six hours on Monday.",
                 "Police saidNorthtown residents should stay indoors until the smoke clears."):
        assert split_sentences(line) == [line]
    story = ["Northtown council met on Monday to decide the bypass plan.",
             "The council did not approve the bypass plan at its meeting on Monday night.",
             "The bypass (pictured) would run past the harbour",
             "Councillors had been expected to approve the bypass plan at the meeting on Monday night in the hall.",
             "A new vote is due in June."]
    assert roles(story)[1] != "caption"
    court = ["Jo Example, 45, has been charged with fraud in Northtown.",
             "Police said the money was taken over a decade.",
             "Jo Example, 45, will appear before Northtown magistrates on Monday.",
             "The bank has not commented."]
    assert roles(court)[2] != "caption"


def test_a_clause_that_leaves_its_verb_to_the_sentence_before_stays_in_its_paragraph():
    from copydesk.engines.paragraphs import elliptical
    assert elliptical("The council's decision not to close the quay is not.")
    assert not elliptical("The boy's mother said her son does not understand why he is not.")
    text = ("A panel of harbour experts has taken apart the council's report on the ferry crash, and the verdict is "
            "that its failings amount to malpractice made worse by its reaction. The council's mistakes of fact are "
            "regrettable but understandable. The council's decision not to sack anybody is not. Before the report "
            "was withdrawn, it was read 20,000 times in its first week. The ferry has not sailed since May.")
    paragraph = [p for p in body_paragraphs(text) if "is not." in p][0]
    assert "regrettable but understandable. The council's decision not to sack anybody is not." in paragraph


def test_a_body_sentence_that_fails_is_put_back_as_the_source_wrote_it_though_the_summary_tells_it():
    """The summary and the body each tell the story whole: a failing body sentence is replaced by the
    source sentence that says it right even when the summary ships that source sentence too."""
    import copydesk
    from copydesk.engines import Engine
    from copydesk.model import Draft, Sentence
    text = ("The harbour council voted on Tuesday to rebuild the sea wall at Northtown. Work will start in "
            "March and take two years. The rebuild will cost 9.5 million pounds, council leader Jo Example said. "
            "The harbour will stay open while the work goes on.")

    class Misnamer(Engine):
        name = "misnamer"
        uses_model = True

        def draft(self, doc, *, summary_sentences=3):
            told = [Sentence(doc.sentences[k], [k]) for k in range(3)]
            wrong = Sentence(doc.sentences[2].replace("Jo Example", "Sam Brooks"), [2])
            return Draft(summary=told, headline="Council Votes to Rebuild Sea Wall", engine=self.name,
                         body=[told[:2], [wrong]])

        def revise(self, doc, sentence, problems):
            return None

    result = copydesk.rewrite(text, engine=Misnamer(), published="2025-03-18")
    assert "council leader Jo Example said" in " ".join(result.body_paragraphs)
    assert "Sam Brooks" not in " ".join(result.body_paragraphs)
    assert any(c.status == "replaced" and c.part == "body" for c in result.check.sentences)
