"""The body's faults found by reading outputs in the thirty-fifth session, each in invented text:
a pull quote set from a quotation told with its speaker, and a lede paragraph that runs long."""

from __future__ import annotations


def test_a_pull_quote_set_from_a_speakers_quotation_never_ships_as_the_papers_words():
    import datetime as dt

    import copydesk
    now = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)
    text = ("The merger of the two Northtown bus companies became final on Tuesday, the regulator said.\n\n"
            "The new company will run 400 buses across the county from next month.\n\n"
            "Its head office will stay in Northtown, and no drivers will lose their jobs.\n\n"
            "The old depot on Mill Lane will be sold to pay for twenty electric buses.\n\n"
            "Not one of the county's bus routes has made a profit since the year 2008.\n\n"
            "Fares will rise by 5% in January, and three rural routes will close in the spring.\n\n"
            "\u201cNot one of the county's bus routes has made a profit since the year 2008,\u201d says transport "
            "analyst Jo Example. She expects more routes to close next year.")
    shipped = [s.text for p in copydesk.rewrite(text, now=now).body for s in p]
    assert "Not one of the county's bus routes has made a profit since the year 2008." not in shipped
    from copydesk.ingest.repeats import pull_quotes
    story = ["The new company will run 400 buses across the county from next month.",
             "Its head office will stay in Northtown, and no drivers will lose their jobs.",
             "The old depot on Mill Lane will be sold to pay for twenty electric buses.",
             "Fares will rise by 5% in January, and three rural routes will close in the spring."]
    pull = "Not one of the county's bus routes has made a profit since the year 2008."
    told = "\u201cNot one of the county's bus routes has made a profit since the year 2008,\u201d says Jo Example."
    assert pull_quotes([*story, pull, told])[0] == {4}
    # (a line that only shares some words with a quotation is the copy's own)
    assert pull_quotes([*story, "Not one of the routes made a profit last year.", told])[0] == set()
    # (nor is a lead a statement repeats word for word, a line the next one leans on, or one that a
    # colon brings in)
    assert pull_quotes([pull, *story, told])[0] == set()
    assert pull_quotes([*story, pull, "That is why fares must rise.", told])[0] == set()
    assert pull_quotes([*story[:3], "The figures tell the story:", pull, told])[0] == set()


def test_the_leads_paragraph_takes_a_third_sentence_only_while_it_stays_short():
    from copydesk.engines.paragraphs import pack_paragraphs
    chosen = [(0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,)]
    # three long sentences: the lead's paragraph holds two
    assert pack_paragraphs(chosen, (0,), lengths=[30, 25, 25, 20, 20, 20, 20, 20])[0] == [0, 1]
    # three short ones: all three
    assert pack_paragraphs(chosen, (0,), lengths=[20, 15, 12, 20, 20, 20, 20, 20])[0] == [0, 1, 2]


def test_an_existential_there_with_a_modal_points_at_nothing_before_it():
    from copydesk.ingest.dependency import opening_dependency
    for sentence in ("There can be no doubt that the collisions on Saturday will be far heavier than last year.",
                     "There could be more strikes at the Northtown plant before the summer.",
                     "There would be weaker growth for some oil exporters, the fund said."):
        assert opening_dependency(sentence) is None, sentence
    # (a "There" of place still leans on where it was: "There, he found ...")
    assert opening_dependency("There he found the missing ledger under the floor of the shed.") is not None
    # and a story that opens on one leads with it, not with a line further down
    import datetime as dt

    import copydesk
    text = ("There can be no doubt that Saturday's derby at Northtown Park will be the fiercest for years.\n\n"
            "Both sides need a win to stay up, and both managers have said as much this week.\n\n"
            "Jo Example will captain Northtown in the absence of the injured Sam Sample.\n\n"
            "Harbour City have lost their last four matches and have not scored since March.\n\n"
            "Kick-off is at 3pm, and the match is a sell-out.")
    body = copydesk.rewrite(text, now=dt.datetime(2025, 7, 6, tzinfo=dt.UTC)).body
    assert body[0][0].text.startswith("There can be no doubt")
