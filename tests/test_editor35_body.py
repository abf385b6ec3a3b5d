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
