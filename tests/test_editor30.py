"""The editor's faults found by reading outputs in the thirtieth session, each in invented
text (copy-editor judges and the desk's own reading)."""

from __future__ import annotations

import datetime as dt

import copydesk
from copydesk.ingest.roles import role_of

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def _body(result: copydesk.Rewrite) -> str:
    return " ".join(s.text for p in result.body for s in p)


def test_a_paragraph_that_closes_on_a_quotation_and_a_stop_set_apart_is_copy_not_a_caption():
    text = (
        "Northtown manager Sam Example has praised his players after a 3-1 win over Southby on Saturday. "
        "The victory lifts Northtown to fifth in the table. "
        "Example said his side had worked hard all week in training. "
        "Ann Brook (left) celebrates her goal with team-mates at the Old Ground. "
        "'We knew what we had to do and we did it,' Example said. "
        "'I am proud of every one of them. They never stopped running.' . "
        "Northtown face Westby next weekend. "
        "Striker Ann Brook scored twice in the second half. "
        "'It was the best day of my career,' she said. 'I will never forget it.' . "
        "Pictured: the Northtown fans at the Old Ground ."
    )
    assert role_of("'I am proud of every one of them. They never stopped running.' .", 5, 10) == "quote"
    assert role_of("The Northtown fans at the Old Ground .", 5, 10) == "caption"
    result = copydesk.rewrite(text, now=NOW)
    body = _body(result)
    assert "They never stopped running.'" in body and "I will never forget it.'" in body
    assert "' ." not in body  # the stop set apart after the closing mark goes
    assert "celebrates her goal" not in body and "fans at the Old Ground" not in body  # captions still go


def test_a_quotation_with_captions_run_into_its_lines_stays_out():
    # a label after a stop, or a picture's mark, inside the piece: captions ran into the quotation
    assert role_of("Speaking about the film, Jo told a magazine: 'I was hungry all the time. Beaten: The trailer "
                   "shows Jo bruised in the ring. I love what I do.' .", 5, 10) == "caption"
    assert role_of("Jo said: 'I trained with Sam (right) for months. It was hard.' .", 5, 10) == "caption"


def test_a_caption_with_no_stop_runs_into_a_sentence_opened_by_a_participle_or_a_time_gone_by():
    from copydesk.segment import split_paragraphs

    text = ("The new rest area aims to give more privacy to cabin crew as they sleep Drawing on the advice of 40"
            " crew members from three continents, the designers made the bunks longer.\n\n"
            "The designs were made after the firm spoke to crew members from three continents Last year other"
            " pictures showed the cramped bunks on older jets.\n\n"
            "He says he never hurt the boy Even though he was jailed, his wife still supports him.")
    sentences, _ = split_paragraphs(text, "en")
    assert "Drawing on the advice of 40 crew members from three continents, the designers made the bunks longer." \
        in sentences
    assert "Last year other pictures showed the cramped bunks on older jets." in sentences
    assert "Even though he was jailed, his wife still supports him." in sentences
    # a title or a town after a word a title follows, or a short line: no cut
    for whole in ("The band played Drawing on Memory at the festival in the park last night.",
                  "The film was called Last Year and it won two prizes at the festival.",
                  "Fans will remember the song Even Now from the band's first album years ago."):
        assert split_paragraphs(whole, "en")[0] == [whole]


def test_a_caption_opened_on_a_pictures_moment_runs_into_a_sentence_on_a_name_and_its_verb():
    from copydesk.segment import split_paragraphs

    glued = ("Jo Example (centre front) poses in the Northtown team photo ahead of the start of the new season"
             " Example was a wicketkeeper for England.")
    assert split_paragraphs(glued, "en")[0] == [
        "Jo Example (centre front) poses in the Northtown team photo ahead of the start of the new season",
        "Example was a wicketkeeper for England."]
    # a name that a role or a relation introduces is the caption's own ("... with his team-mate Example was ...")
    for whole in ("Jo Example (left) poses with the trophy in front of the crowd after the final as his wife Ann"
                  " Example was watching.",
                  "The crowd watched as the team celebrated the title at the ground after the final and Example was"
                  " named man of the match."):
        assert split_paragraphs(whole, "en")[0] == [whole]


def test_a_quotation_closed_after_a_plural_before_and_is_closed_not_a_possessive():
    from copydesk.engines.units import Units

    sentences = ["Jo Example is suing a neighbour over a lost cat.",
                 "She claims that living near him has 'brought back all the bad memories' and she now needs help.",
                 "Example, who lives in Northtown, is a singer.",
                 "She says the players' wages are too high."]
    units = Units(sentences, english=True)
    assert units.of(1) == (1,) and units.of(2) == (2,)
    # a plural's possessive before a noun still leaves a quotation open
    assert Units(["He said: 'The players' wages are too high.", "We cannot go on.'", "He left."],
                 english=True).of(1) == (0, 1)


def test_a_fact_box_line_of_a_figure_a_dash_and_words_in_lower_case_is_no_copy():
    from copydesk.ingest.roles import role_of

    for line in ("3325 - runs Jo Example has scored, the most in the league's history.",
                 "46 – days the tournament lasts, beginning on April 8 and ending on May 24.",
                 "1998 – The last time Northtown won the cup."):
        assert role_of(line, 10, 30) == "standfirst"
    for copy in ("3,000 people came to the match on Saturday.", "2015 was the hottest year on record."):
        assert role_of(copy, 10, 30) == "body"


def test_a_guides_label_in_capitals_goes_and_its_names_in_capitals_read_as_the_source_writes_them():
    from copydesk.engines.housestyle import capitals_cased, kicker_dropped

    lowercase = {"one", "to", "watch", "the", "in"}
    assert kicker_dropped("ONE TO WATCH: In Jo DE WITT, Northtown have a star.", lowercase) \
        == "In Jo DE WITT, Northtown have a star."
    assert kicker_dropped("JO EXAMPLE: I was there.", lowercase) == "JO EXAMPLE: I was there."  # a speaker's label
    source = "Sam McBride and Jo de Witt play for Northtown in the NPL. He told us: 'WE WON'. The US team lost."
    assert capitals_cased("But MCBRIDE is the star of the NPL.", source) == "But McBride is the star of the NPL."
    assert capitals_cased("In 22-year-old DE WITT, Northtown have a star.", source) \
        == "In 22-year-old de Witt, Northtown have a star."
    assert capitals_cased("DE WITT scored twice.", source) == "De Witt scored twice."
    # an acronym, a word the source writes only in lower case, a subhead's words, a quotation's shout: as they are
    for same in ("The US side lost to the NPL champions.", "He said: 'MCBRIDE IS THE BEST'.",
                 "TEAM OF THE YEAR Northtown won the league."):
        assert capitals_cased(same, source + " Team of the year.") == same


def test_the_storys_line_after_a_quotation_with_no_speaker_opens_a_paragraph_and_a_pair_does_not_lean_past_it():
    text = ("A newly married man has died of cancer on his honeymoon, weeks after his wedding. "
            "Sam Example, who had a rare cancer, died on Saturday with his wife Jo Example by his side. "
            "The couple married on March 21 at a hospital in Northtown after he was told the cancer was terminal. "
            "'This world will be a sadder place without Sam in it,' Jo Example told a local paper. "
            "The cancer is a rare and aggressive form of the disease. "
            "Patients with the cancer often have swollen glands. "
            "'Everyone deserves to be loved. "
            "You love with everything you have and he did that for me.' "
            "Sam Example met Jo Example in January 2013 after the two were put in touch online. "
            "Six months later Sam Example was told he had cancer.")
    result = copydesk.rewrite(text, now=NOW)
    paragraphs = [" ".join(s.text for s in p) for p in result.body]
    assert any(p.startswith("Sam Example met Jo Example in January 2013") for p in paragraphs)
    assert "Everyone deserves" not in _body(result)  # (the quotation with no speaker stays out)
    # what "the pair" stands for may be in the quotation ("our two boys, Jo and Tom"): no leaning past it
    from copydesk.engines.passages import Passages
    from copydesk.engines.units import Units
    sents = ["Jo and Sam Example won £1m on the lottery on Saturday.", "They live in Northtown.",
             "'We will look after our two boys, Tom and Ben.", "They mean everything to us.'",
             "The pair had worked at the Northtown biscuit factory for years."]
    units = Units(sents, english=True)
    assert Passages(sents, units.of, english=True).unit(4, units.of(4)) is None


def test_a_call_to_the_reader_to_act_is_a_promo():
    from copydesk.ingest.roles import role_of

    for promo in ("To donate to the Example family's fund to cover their legal debts, visit the couple's website.",
                  "To find out more about the scheme, please visit the council's website."):
        assert role_of(promo, 10, 30) == "promo"
    for copy in ("To help the family, neighbours raised £2,000 in a week.",
                 "To report information anonymously, call Crimestoppers on 0800 555 111.",  # (a police appeal)
                 "To see the comet, astronomers say you need a clear sky and a pair of binoculars."):
        assert role_of(copy, 10, 30) == "body"


def test_a_links_language_note_goes():
    from copydesk.engines.housestyle import house_style

    assert house_style('"The ship may sink," the port authority said in a tweet (in Spanish).') \
        == '"The ship may sink," the port authority said in a tweet.'
    assert house_style("The agency said (in Chinese) that the powder was added to the spirit.") \
        == "The agency said that the powder was added to the spirit."
    quoted = "He said: 'The menu (in Spanish) was short.'"
    assert house_style(quoted) == quoted  # (a quotation keeps its words)


def test_a_travel_pages_box_of_telephone_numbers_and_web_addresses_is_a_promo():
    from copydesk.ingest.roles import role_of

    assert role_of("Doubles at the Example Hotel (01534 746 141; www.examplehotel.com) start at £140, with"
                   " breakfast.", 40, 50) == "promo"
    assert role_of("Northair (0844 493 0758; www.northair.example) flies to Northtown.", 40, 50) == "promo"
    assert role_of("The hotel, which opened in 1901, has 40 rooms.", 40, 50) == "body"


def test_a_speakers_quotation_over_many_sentences_ships_whole_and_a_caption_inside_it_stays_out():
    text = ("Northtown manager Jo Example has warned that the club's ground will not be ready for the new season.\n\n"
            "Flood water poured into the stadium on Monday night.\n\n"
            "Example said: 'We could not get anywhere near the ground at first.\n\n"
            "'When we got in, the reality hit everybody. The whole site was under water.\n\n"
            "'The changing rooms were completely destroyed.\n\n"
            "Jo Example (left) inspects the damage at the ground with club staff on Tuesday .\n\n"
            "'All the pitches need to be dug up and reseeded. The stands need to be rebuilt.\n\n"
            "'It will take months, not weeks.'\n\n"
            "The club will play its first three home games at Southby.\n\n"
            "The council said it would help with the costs.")
    result = copydesk.rewrite(text, now=NOW)
    body = _body(result)
    assert "The changing rooms were completely destroyed." in body and "It will take months, not weeks.'" in body
    assert "inspects the damage" not in body
    # the words on either side of the picture are two quotations, each as the source has it, each closed
    from copydesk.editorial import quotes_broken
    from copydesk.eval import altered_quotes
    # (session 43, judge MQ 05: not as two quotations side by side, "destroyed.' 'All the pitches", but
    # the quotation left open at its paragraph's end and resumed in the next, as one of many paragraphs)
    paragraphs = result.body_paragraphs
    resumed = next(k for k, p in enumerate(paragraphs) if p.startswith("'All the pitches"))
    assert paragraphs[resumed - 1].endswith("completely destroyed.")
    assert not altered_quotes(paragraphs, " ".join(result.source_sentences))
    from copydesk.editorial import quotation_paragraphs_joined
    assert not any(quotes_broken(p) for p in quotation_paragraphs_joined(paragraphs))
    # a quotation the source never closes, that a caption interrupts and no mark resumes, swallows the
    # paper's own lines: it stays out
    runaway = text.replace("'All the pitches", "All the pitches").replace("'It will", "It will").replace(
        "not weeks.'", "not weeks.")
    assert "It will take months" not in _body(copydesk.rewrite(runaway, now=NOW))


def test_a_run_together_lists_numbers_go_though_the_run_starts_past_one_or_a_number_stands_alone():
    from copydesk.splitmend import list_markers_dropped

    sentences = ["Jo Example takes his food very seriously 7.", "Every juice he drinks is made from scratch 8.",
                 "He is a big fan of the film 9.", "10.", "He has a manicure at home every Sunday 11.", "12."]
    assert list_markers_dropped(sentences) == ["Jo Example takes his food very seriously.",
                                               "Every juice he drinks is made from scratch.",
                                               "He is a big fan of the film.", "10.",
                                               "He has a manicure at home every Sunday.", "12."]
    # two sentences on numbers, or numbers out of sequence, are the sentences' own
    own = ["The girl was aged 7.", "Her brother was 9.", "The cat was 3.", "They moved in 2012."]
    assert list_markers_dropped(own) == own


def test_a_videos_teaser_is_a_promo():
    from copydesk.ingest.roles import role_of

    for promo in ("Here's the story - in 15 seconds.", "Here is what happened in just 60 seconds"):
        assert role_of(promo, 5, 30) == "promo"
    assert role_of("Here is the fastest car in the world: it does 0-60 in 2 seconds.", 5, 30) == "body"


def test_a_count_of_others_leans_on_the_ones_told_before():
    from copydesk.ingest.dependency import opening_dependency

    for leaning in ("Two others were arrested and accused of planning to move the drugs.",
                    "Several others were hurt in the blast."):
        assert opening_dependency(leaning) is not None
    assert opening_dependency("Two men were arrested at the border.") is None


def test_the_same_in_a_clause_of_the_sentences_own_refers_to_that_sentence():
    from copydesk.ingest.dependency import opening_dependency

    assert opening_dependency("A climber has set his sights on the summit of Mount Example, 20 years after his"
                              " mother died attempting the same feat.") is None
    assert opening_dependency("Three years later, his brother who lived in Northtown suffered the same fate.") \
        is not None


def test_a_claim_or_figures_told_before_lean_back():
    from copydesk.ingest.dependency import opening_dependency

    for leaning in ("The claim went largely ignored elsewhere and has never been verified.",
                    "The figures also revealed that the most pest-free place was Southby.",
                    "The footage was shot in September last year."):
        assert opening_dependency(leaning) is not None
    assert opening_dependency("Claims of fraud went largely ignored in Northtown.") is None


def test_what_a_thing_was_meant_for_is_no_dummy_it():
    from copydesk.ingest.dependency import opening_dependency

    for leaning in ("It was intended to give the public confidence that the sentences were tough.",
                    "It was created to showcase opera, musicals and plays."):
        assert opening_dependency(leaning) is not None
    for dummy in ("It is important to note that the scheme works.", "It is hard to say."):
        assert opening_dependency(dummy) is None


def test_then_as_at_that_time_in_an_aside_is_no_sequence():
    from copydesk.ingest.dependency import opening_dependency

    assert opening_dependency("Seven years ago the government, then led by Jo Example, ordered 10,000 bibs.") is None
    assert opening_dependency("Sam Example, then 45, left the club.") is None
    assert opening_dependency("The gunman then fled the scene, police said.") is not None


def test_a_plan_in_the_passive_drops_its_is_and_counts_without_it():
    from copydesk.engines.headcheck import headline_problem
    from copydesk.engines.tense import headline_aux

    assert headline_aux("Jo Example's Story Is to Be Told in Hollywood Film Dubbed 'The Great Escape'") \
        == "Jo Example's Story to Be Told in Hollywood Film Dubbed 'The Great Escape'"
    assert headline_aux("Old Northtown Pier Is to Be Demolished") == "Old Northtown Pier to Be Demolished"
    assert headline_aux("Goal of Game Is to Bluff Opponents") == "Goal of Game Is to Bluff Opponents"
    sentences = ["Jo Example's story is to be told in a Hollywood film dubbed 'The Great Escape' next year.",
                 "The film will star two British actors.", "Filming starts in June."]
    # fifteen words as the lead has them, fourteen as the headline tells them: not too long
    assert headline_problem("Jo Example's story is to be told in Hollywood film dubbed 'The Great Escape' soon",
                            sentences) != "too long"


def test_review_guards_the_sessions_rules_against_copy_they_misread():
    from copydesk.engines.housestyle import capitals_cased, house_style, kicker_dropped
    from copydesk.ingest.dependency import opening_dependency
    from copydesk.ingest.roles import role_of
    from copydesk.segment import split_paragraphs
    from copydesk.splitmend import list_markers_dropped

    # a number the sentence's own words want is no list's marker
    for own in (["The jury retired on May 4.", "It returned its verdict on May 5.", "Jo Example was sentenced on May 6."],
                ["The eldest, Sam, is 9.", "Jo is 10.", "The youngest, Ann, is 11."],
                ["Northtown were top in week 7.", "They were second in week 8.", "They finished 9."]):
        assert list_markers_dropped(own) == own
    # a clause of the sentence's own, its subject a name, is no copy run on after a caption
    for whole in ("Jo Example walks free from Northtown Crown Court on Friday after the jury decided Brook was the real"
                  " culprit.",
                  "Jo Brook celebrates after scoring for Northtown but the mood changed when Example was sent off.",
                  "Jo Example, who starred in the BBC documentary Walking with giants in 2001, has died aged 80.",
                  "Speaking on Radio Northtown, the former fast bowler Holding said the decision was a disgrace."):
        assert split_paragraphs(whole, "en")[0] == [whole]
    # capitals the source also writes in lower case, or only where a sentence starts, stay as set
    source = "Never before had she spoken. She had never met him. The NICE guidance is new. Nice is in France."
    assert capitals_cased("She had NEVER met him.", source) == "She had NEVER met him."
    # a transcript's speaker keeps the label that attributes the words
    assert kicker_dropped("THE JUDGE: You have shown no remorse.", {"the", "judge"}) \
        == "THE JUDGE: You have shown no remorse."
    # the weather's "It is set to be", a figure and a dash aside, a sequence's "then", an offence told before
    assert opening_dependency("It is set to be the hottest day of the year so far, with 33C forecast.") is None
    assert role_of("£20,000 – more than she had saved in 40 years – was taken in the raid on Tuesday night.", 5, 20) \
        == "body"
    assert opening_dependency("Brook, 19, then stabbed the boy twice in the chest, the court heard.") is not None
    assert opening_dependency("Sam Example was arrested a week after his cousin was jailed for committing the same"
                              " offence.") is not None
    # a web address alone, a police appeal, a teaser's words inside a sentence, a language that is news
    assert role_of("The site (www.northtownpapers.example) sold more than 300 forged passports.", 5, 20) == "body"
    assert role_of("To report information anonymously, call Crimestoppers on 0800 555 111.", 5, 20) == "body"
    assert role_of("Here is what happened in 45 seconds of terror on the Northtown bridge.", 5, 20) == "body"
    assert house_style("She sings in English and (in Spanish) on her new album.") \
        == "She sings in English and (in Spanish) on her new album."
    # a caption's scene that ends on a quotation and a stop set apart stays a caption
    assert role_of("The scene on Elm Road on Sunday morning, where a neighbour said: 'It was like a war zone.' .",
                   6, 9) == "caption"
