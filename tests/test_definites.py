"""A definite reference to a thing the sentence before named first ships with that sentence."""

from copydesk.engines.definites import Definites

SENTS = [
    "Fans of the late actor Sam Example packed the Northtown cinema on Friday for his last film.",
    "A montage of his scenes closes the film.",
    "The song that plays over the montage is a ballad by Jane Sample.",
    "Co-star Tom Example shared the video for the song on Sunday, where it has a million likes.",
    "The film took a record $10 million over the weekend.",
    "Jane Sample leads the charts in the other contest.",
]


def test_the_song_leans_on_the_sentence_that_named_it():
    d = Definites(SENTS)
    assert d.leans_back(2) is not None  # "the montage", named in sentence 1
    assert "the song" in (d.leans_back(3) or "")
    assert d.leans_back(4) is None  # "The film": named two sentences before, and in the first
    assert d.leans_back(0) is None
    assert "the other contest" in (d.leans_back(5) or "")


def test_a_sentence_that_says_which_itself_stands_alone():
    d = Definites(["Two men were hurt in the crash on the bridge.",
                   "One man was taken to hospital and the other was treated at the scene.",
                   "Police said the bridge was closed and the other roads were open.",
                   "The first of the crash victims went home."])
    assert d.leans_back(1) is None  # "one ... the other"
    assert d.leans_back(3) is None  # "the first": no noun


def test_passages_make_the_song_one_unit_with_its_introduction():
    from copydesk.engines.passages import Passages

    p = Passages(SENTS, unit_of=lambda i: (i,))
    assert p.unit(3, (3,)) == (0, 1, 2, 3)  # the song <- the montage <- the film <- his last film
    assert p.unit(4, (4,)) == (4,)


def test_a_text_that_lost_its_start_leads_with_a_sentence_that_stands():
    from copydesk.engines.passages import Passages

    lost = ["Sam Example, 24, is also wanted by Harbour City, while Northtown have asked about the left-back.",
            "Northtown Rovers will insist on £30m for defender Jan Sample, who spent last season on loan.",
            "Winger Tom Example is a target for two clubs.",
            "The club are confident of their asking price."]
    p = Passages(lost, unit_of=lambda i: (i,))
    assert p.lost_start() and p.lead() == 1 and 0 in p.told_lost()
    # a whole story: nothing lost ("who also founded" describes; "as well as" lists)
    whole = ["Jan Example, who also founded the harbour trust, opened the new wall on Monday.",
             "The wall cost £2m as well as a year of work.", "It will protect 300 homes."]
    p = Passages(whole, unit_of=lambda i: (i,))
    assert not p.lost_start() and p.lead() == 0 and not p.told_lost()


def test_the_summary_keeps_the_source_order_when_the_lead_moved_for_a_lost_start():
    from copydesk.desk import prepare
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.model import Article

    text = ("Two hundred people have already been charged. The officer in charge of Operation Harbour, "
            "Det Supt Jan Example, appealed for calm at the protests planned in Northtown later this month. "
            "Operation Harbour was set up to investigate disorder in Northtown since July. "
            "Police released the figures at a press conference in Northtown on Monday. "
            "The chief constable said it had been a hard year for the force.")
    draft = ExtractiveEngine().draft(prepare(Article(text=text)), summary_sentences=3)
    assert [s.sources[0] for s in draft.summary] == sorted(s.sources[0] for s in draft.summary)
    assert not draft.body[0][0].text.startswith("Two hundred")  # the body leads with what stands


def test_a_demonstrative_before_a_noun_leans_on_the_sentence_before():
    from copydesk.engines.definites import Definites

    sents = ["A harbour worker was flown to Northtown for treatment.",
             "As of Monday, that harbour worker is in fair condition.",
             "The deal starts lifting those harbour fees much too soon.",
             # no back reference: a clock, "said that", a pronoun for people, a speech's own words
             "He said that growth in Northtown is at risk this week.",
             "Rancour persisted over plans to pardon those behind it.",
             "The mayor said: 'We love that seamless finish on these boats.'"]
    d = Definites(sents)
    assert d.leans_back(1) == "inner reference “that harbour”"
    assert d.leans_back(2) == "inner reference “those harbour”"
    assert [d.leans_back(i) for i in (3, 4, 5)] == [None, None, None]


def test_a_team_sheet_is_no_sentence_to_ship():
    from copydesk.ingest.roles import role_of

    line = "HARBOUR ROVERS: J Example; S Sample, T Example, B Sample; K Example, L Sample; M Example."
    assert role_of(line, 20, 40) == "standfirst"
    commas = "HARBOUR ROVERS: Example, Sample, Jones, Smith, Brown, Green, White, Black, Grey, Stone."
    assert role_of(commas, 20, 40) == "standfirst"
    assert role_of("The mayor spoke; the board listened; the crowd left; the pier shut.", 20, 40) == "body"


def test_the_storys_first_sentence_opens_on_a_not_the():
    from copydesk.engines.definites import lead_indefinite

    assert lead_indefinite("The body, believed to be that of Jan Example, 44, was found on Monday.") \
        == "A body, believed to be that of Jan Example, 44, was found on Monday."
    assert lead_indefinite("The huts, made of chalk and straw, have been rebuilt at Northtown.") \
        == "Huts, made of chalk and straw, have been rebuilt at Northtown."
    assert lead_indefinite("The inquiry will report in May.") == "An inquiry will report in May."
    for kept in ("The government has cut the tax on bread.",  # the one of its kind
                 "The call was made at a meeting of the council.",  # what a lost sentence told
                 "The regulator, Harbour Watch, said it wanted more progress.",  # a name says which
                 "The business was set up by Jan and Sam Example in 2007.",  # background (dated)
                 "The leader of the party has resigned.",  # "of" says which
                 "The Northtown Trust has bought the pier.",  # a name
                 "The injured were taken to hospital.",  # no noun counted one by one
                 "The accused was jailed.", "The money was found in a bag.", "The staff were told on Monday.",
                 "The research, published on Monday, shows a rise.", "The series will return next year.",
                 "The man were seen."):  # (a plural verb after a singular noun: left as it is)
        assert lead_indefinite(kept) == kept


def test_only_the_first_sentence_of_the_story_loses_its_the():
    from copydesk.desk import prepare
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.model import Article

    text = ("The grant will see six hectares of Northtown Quarry restored and opened as a trail. "
            "The project is one of the first steps towards a visitor attraction planned in the quarry. "
            "The grant will pay for a team of 100 volunteers to work with the Northtown Wildlife Trust. "
            "Work on the trail is due to start in the spring and finish next year.")
    draft = ExtractiveEngine().draft(prepare(Article(text=text)), summary_sentences=3)
    texts = [s.text for para in draft.body for s in para]
    assert texts[0].startswith("A grant will see six hectares")
    assert draft.summary[0].text.startswith("A grant will see")
    assert any(t.startswith("The grant will pay") for t in texts)  # later, "the grant" is the one told
