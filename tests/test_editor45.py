"""Faults found by copy editors reading outputs in the forty-fifth session, each in invented text."""

from __future__ import annotations

import copydesk
from shipping import NOW, body_paragraphs, body_sentences  # noqa: F401  (the helpers later tests share)


def _rewrite(text: str) -> copydesk.Rewrite:
    return copydesk.rewrite(text, now=NOW)


def _headline(text: str) -> str:
    return _rewrite(text).headline


_COURT = ("A man who sent dozens of abusive messages to his former partner has been jailed. "
          "Sam Example, 38, bombarded the woman with texts after she ended their relationship last year. "
          "Northtown Magistrates' Court heard he also sent messages to her sister. "
          "The woman said the messages had left her frightened to leave the house. "
          "She said he had followed her to work twice. "
          "Jo Brook, defending, said Example, who had one previous conviction for harassment, accepted sending "
          "the messages and that they would have caused her distress. "
          "Example, of Northtown, was jailed for 10 weeks and had previously been found guilty of harassment at a trial. "
          "On top of the jail term, he was also banned from going near his former partner for five years "
          "'He regrets that and knows he has problems,' Mr Brook said. "
          "'He wants to get help.' "
          "Example, of Northtown, was jailed for 10 weeks and had previously been found guilty of harassment at a trial. "
          "On top of the jail term, he was also banned from going near his former partner for five years. "
          "District Judge Ann Sample said: 'You made her life a misery for months.' ")


def test_a_caption_set_first_is_the_caption_and_the_story_keeps_its_own_lines_later():
    # (judge NP 02: a page set "X was jailed for 12 weeks ... | As well as being jailed, he was banned ..."
    # first as a caption run into the defence's quotation, and again later with its stop; the desk kept the
    # caption's copy, so "'He regrets that ...'" followed the jailing instead of what the defence accepted)
    paragraphs = body_paragraphs(_COURT)
    said = next(p for p in paragraphs if p.startswith("Jo Brook, defending, said"))
    assert "'He regrets that" in said, paragraphs
    jailed = next(p for p in paragraphs if "was jailed for 10 weeks" in p)
    assert "regrets" not in jailed and jailed.endswith("for five years."), paragraphs
    assert sum("was jailed for 10 weeks" in p for p in paragraphs) == 1


def test_the_caption_pair_needs_the_same_line_twice_and_the_run_on_line_whole_after_it():
    from copydesk.ingest.roles import roles
    lines = ["A man was jailed yesterday for stealing a van in Northtown.",
             "Sam Example, 30, took the van from a car park last May.",
             "Example, of Northtown, was jailed for 10 weeks by the magistrates.",
             "He was also banned from driving for a year",
             "'He is sorry,' his lawyer said.",
             "Example, of Northtown, was jailed for 10 weeks by the magistrates.",
             "He was also banned from driving for a year."]
    got = roles(lines)
    assert got[2] == "caption" and got[5] not in ("caption",), got
    lines[6] = "He was fined £200 as well."  # (the later line not the run-on one whole: the later copy goes, as before)
    got = roles(lines)
    assert got[2] != "caption" and got[5] == "caption", got


_SOURCE = ["A man who sent abusive messages to a woman he once dated has been jailed.",
           "Sam Example, 40, sent the victim hundreds of texts over a year.",
           "The victim said she had been too frightened to go out.",
           "He also sent texts to the victim's mother, telling her: 'You will hear from me.'",
           "The 40-year-old was left anxious and unable to work.",
           "Jo Brook, defending, said Example accepted sending the texts and that they would have caused her distress."]


def test_a_pronoun_for_someone_the_story_never_names_stands_where_the_same_person_was_told_last():
    # (judge NP 02: the defence's line "... accepted sending the link and that it would have caused her upset"
    # was cut: "her", the unnamed victim, was read as pointing to no one, though the rewrite's line before
    # told of the victim as the source's did)
    from copydesk.check.context import context_problems
    assert context_problems([(_SOURCE[i], [i]) for i in (0, 1, 2, 5)], _SOURCE) == {}
    # (but where the nearest line names someone too, "Sam Example ... sent the victim ...", whom "her" means is
    # not told by the unnamed alone: still flagged, reviewer rev45)
    assert list(context_problems([(_SOURCE[i], [i]) for i in (0, 1, 5)], _SOURCE)) == [2]


def test_a_pronoun_for_an_unnamed_person_after_someone_else_unnamed_is_still_flagged():
    from copydesk.check.context import context_problems
    other = [_SOURCE[0], "Sam Example, 40, was sentenced in front of the judge and his father.", *_SOURCE[1:]]
    got = context_problems([(other[i], [i]) for i in (0, 1, 6)], other)
    assert list(got) == [2] and got[2].kind == "context", got


def test_a_quotation_after_the_attack_its_speaker_launched_on_twitter_ships_with_it():
    # (judge NR 04: "Rev ... launched a furious attack on Twitter." shipped, and the tweet, a quotation with
    # no speaker of its own after it, was left out: the attack was announced and never shown)
    text = ("Housing charities have been accused of hypocrisy over plans to sell homes to tenants. "
            "The charities said it was wrong that they should be forced to sell at a discount. "
            "The trade body pledged to fight the plans in Parliament. "
            "And Jo Example, a vicar who sits on the board of Northtown Homes, launched a furious attack on Twitter. "
            "'So we build homes for people to rent and then the government makes us sell them cheaply. "
            "That is no policy at all.' "
            "The government said the plans would help thousands of families own their homes. ")
    said = " ".join(body_paragraphs(text))
    assert "launched a furious attack on Twitter. 'So we build homes" in said, said


def test_a_quotation_after_a_line_that_brings_in_nothing_still_waits_for_its_speaker():
    from copydesk.engines.units import Units
    lines = ["Jo Example, a vicar in Northtown, launched a new book on Monday.",
             "'So we build homes and then we sell them cheaply.'",
             "Jo Example took to Twitter to defend the council's plans.",
             "'We will not give up on these families.'"]
    units = Units(lines)
    assert units.of(1) == () and units.of(3) == (2, 3)


_TELETHON = ("Viewers have laughed after a Northtown TV station let a rude joke name appear on screen during a charity "
             "telethon. Hosts stood by unaware that a donor called Ima Example had given $20.50 to the appeal. "
             "Viewers were quick to spot the blunder. "
             "The appeal raised more than $2 million for the Northtown children's hospital. "
             "Around 500 volunteers counted the donations through the night. "
             "{picture}"
             "Viewers react to the onscreen blunder where the station allowed the name Ima Example to feature "
             "during the broadcast of the Northtown appeal. ")


def test_a_crowd_told_in_the_present_after_a_picture_is_its_caption():
    # (judge NO 10: "Twitter users react to onscreen blunder where Channel 7 allowed the name ... to feature
    # ...", the last picture's caption, closed the rewrite and retold its lead)
    said = body_sentences(_TELETHON.format(picture=". "))
    assert not any(s.startswith("Viewers react") for s in said), said
    assert any("500 volunteers" in s for s in said)


def test_a_crowd_in_the_present_with_no_picture_before_it_stays():
    said = body_sentences(_TELETHON.format(picture=""))
    assert any(s.startswith("Viewers react") for s in said), said


def _gallery(after: str, captions: tuple[str, ...] | None = None) -> str:
    captions = captions or ("Northtown trio Sam Example (left), Jo Brook (centre) and Ali Sample have scored 90 goals.",
                            "Example curls home the sixth goal against Southport on Tuesday night .",
                            "Brook controls the ball surrounded by Southport defenders during the match .",
                            "Sample fires home the second goal in the rout of Southport .",
                            "The breakdown of all goals scored by the three this season .")
    return ("Northtown's three strikers have reached 90 goals between them this season after a 6-0 win over Southport. "
            "The win was the club's biggest of the season. "
            "Example scored twice, Sample claimed two and Brook also netted in the rout at the Northtown Arena. "
            + " ".join(captions) + " " + after + " "
            "Northtown's win lifts them to second in the table, three points behind the leaders. "
            "Example needs one more goal to match his best season, set in 2019. ")


def test_a_line_after_a_gallery_of_captions_leans_on_the_story_line_before_the_gallery():
    # (judge NT 06: "It means Messi now has 49 goals ..." after six captions was cut as leaning on nothing,
    # and "His total includes six penalties" and "one more goal" later had no figure to refer to)
    said = body_sentences(_gallery("It means Example now has 40 goals for the season, Brook has 30 and Sample has 20."))
    at = next(k for k, s in enumerate(said) if s.startswith("It means Example"))
    assert "Example scored twice" in said[at - 1], said


def test_what_a_picture_shows_and_a_box_of_speakers_still_break_the_line_back():
    said = body_sentences(_gallery("This hashtag looks at how fans celebrated the win online."))
    assert not any(s.startswith("This hashtag") for s in said), said
    box = ("Jo Brook: We played well.", "Sam Example: I am happy (left) with that.", "Ali Sample: It was a great night .",
           "Jo Brook: The fans were brilliant.", "Sam Example: We go again on Saturday .")
    said = body_sentences(_gallery("It means Example now has 40 goals for the season, Brook has 30 and Sample has 20.",
                                   box))
    assert not any(s.startswith("It means Example") for s in said), said


def test_the_story_s_sentence_after_a_caption_s_picture_mark_is_cut_from_the_caption():
    # (judge NS 10: "... at Lidl in Maidenhead, Berkshire (pictured) Sentencing him, Presiding magistrate Mark
    # Lovett said: '...'" went out whole as a caption, and the sentencing, the news of the story, with it)
    from copydesk.pagelines import picture_mark_cuts
    line = ("Example had filmed shoppers at the Northtown Superstore (pictured) Sentencing him, magistrate "
            "Jo Brook said: 'This was planned.'")
    cuts = picture_mark_cuts(line)
    assert [line[c:].strip() for c in cuts] == ["Sentencing him, magistrate Jo Brook said: 'This was planned.'"]
    assert picture_mark_cuts("Jo Example (pictured) speaking to reporters, said the plans would be dropped.") == []
    assert picture_mark_cuts("Jo Example (pictured) said the plans would be dropped.") == []


def test_a_speaker_s_closed_quotation_ends_its_paragraph_before_the_other_side_s_but():
    # (judge NT 10: "... that will deliver it.' But Simon Walker, director general of the IoD, criticised the
    # announcement ..." ran Cameron's quotation and his critic's rebuttal together in one paragraph)
    text = ("The mayor of Northtown today announced plans to give every council worker two days of paid leave a year "
            "to volunteer. The leave would be taken in a block or spread across the year. "
            "Workers would need their manager's agreement. "
            "Announcing the plan the mayor, Jo Example, said: 'This is about building a better town. "
            "Volunteers are the heart of Northtown, in its schools, its parks and its care homes, and they have "
            "been for as long as anyone can remember. I am proud we are the first council to do this.' "
            "But Sam Brook, head of the Northtown Chamber of Commerce, criticised the plan, saying it had not been "
            "thought through. 'Many firms already give their staff time to help good causes, and this adds cost,' "
            "he said. "
            "The plan will be put to a vote of the full council next month. "
            "It is expected to pass easily. "
            "The council employs about 4,000 people. ")
    paragraphs = body_paragraphs(text)
    mayor = next(p for p in paragraphs if "Jo Example, said" in p)
    assert "Sam Brook" not in mayor, paragraphs
    assert any(p.startswith("But Sam Brook") for p in paragraphs), paragraphs


def test_the_narrowed_rules_leave_copy_alone():
    # (reviewer rev45b: each rule, first drawn too wide, took copy for a caption or a speaker's line)
    from copydesk.engines.units import Units
    from copydesk.ingest.inserted import story_before
    from copydesk.pagelines import picture_mark_cuts
    lines = ["Rebel fighters launched a fresh attack on the town on Monday.", "'We have nowhere left to go.'"]
    assert Units(lines).of(1) == ()  # (an attack of arms, by no one named: whose words these are is untold)
    lines = ["Angry customers took to social media to complain.", "'We are sorry for the delay.'"]
    assert Units(lines).of(1) == ()
    said = body_sentences(_TELETHON.format(picture="Pictured: the hosts on stage . ")
                          .replace("Viewers react to the onscreen blunder", "Viewers react to the blunder every year"))
    assert any("every year" in s for s in said), said  # (a habit is copy, not a picture's moment)
    gallery = ["Jo Example finished second in the Northtown marathon on Sunday.", "Sam Brook (left) at the start .",
               "Ali Sample at the finish .", "Kim Example with her medal .", "The crowd at the finish line ."]
    roles_of = {0: "body", 1: "caption", 2: "caption", 3: "caption", 4: "caption", 5: "body"}.__getitem__
    assert story_before(5, roles_of, [*gallery, "It means Example now has three medals."]) == 0
    assert story_before(5, roles_of, [*gallery, "She said she would run again next year."]) == -1
    assert picture_mark_cuts("Jo Example in the 1977 play (pictured) Opening Night, the drama, toured widely.") == []
    lines = ["Northtown Police took to Facebook to appeal for witnesses.", "'I just want to know who did this.'"]
    assert Units(lines).of(1) == ()  # (a body's post: the words after it are someone else's, rev45b R1-05)


def test_a_single_mark_closes_before_the_double_mark_that_closes_its_quotation():
    # (judge NZ 08: 'She remembers telling herself: " \'Hell no, ... This can\'t be the end.\'"' read as a
    # single quotation left open, and the eight lines after it as its runaway: all were cut, and the
    # rewrite ended on the line that brought the quotation in)
    from copydesk.engines.units import _single_open_after
    line = "She told herself: \" 'No, I don't want to give up. This can't be the end.'\""
    assert _single_open_after(line, False) is False
    assert _single_open_after("He said: 'It was the players' ball", False) is True  # (still open: a possessive)
    text = ("A nurse who lost both legs in the Northtown blast has told a court how she fought to stay alive. "
            "Jo Example, 34, said she had been walking past the market when the bomb went off. "
            "She said the pain was so great that she thought she would die. "
            "She remembers telling herself: \" 'No, I don't want to die. I have too much living to do. "
            "This can't be the end.'\" "
            "She said she felt relief when she reached the hospital. "
            "\"I can get on with my life now,\" she said. ")
    said = body_sentences(text)
    assert any("This can't be the end" in s for s in said), said
    assert any(s.startswith("She said she felt relief") for s in said), said


def test_a_full_body_still_takes_the_words_its_last_line_brings_in():
    # (judge NZ 08: a long court story filled the body at "And then, she said, "the mom in me" took over.",
    # and the words that line brings in were left for the next unit, which never came)
    from copydesk.engines.extractive import BODY_MAX
    lines = ["A nurse who lost both legs in the Northtown blast told a court on Monday how she survived."]
    lines += [f"Witness number {k} told the Northtown court that the market had been busy on the day of the blast."
              for k in range(1, BODY_MAX - 2)]
    lines += ["Jo Example, 34, said the pain had been so great that she wanted to give up.",
              "And then, she said, the mother in her took over.",
              "She remembers telling herself: \"I have too much living to do.\"",
              "The trial continues."]
    said = body_sentences(" ".join(lines))
    assert any(s.startswith("And then, she said") for s in said), said[-3:]
    assert any(s.startswith("She remembers telling herself") for s in said), said[-3:]


def test_a_person_named_once_is_not_named_again_from_a_caption_s_spelling():
    # (judge NY 06: the body named "Makrus Åsberg", then the desk wrote "Markus Asberg tells him" from a
    # caption's spelling: one man spelt two ways)
    text = ("Four Swedish police officers on holiday stopped an attack on a Northtown train on Monday. "
            "'We are no heroes, just tourists,' Jonas Åsberg, 25, told reporters. "
            "Video shows Sam Brook and Åsberg holding the attacker down. "
            "Jonas Asberg (left) and Sam Brook (right) stepped in to stop the attack . "
            "'Take it easy, just calm down,' Asberg tells him. "
            "The attacker was arrested by Northtown police. ")
    said = " ".join(body_sentences(text))
    assert "Jonas Asberg tells him" not in said and "Asberg tells him" in said, said


def test_the_narrowed_marks_and_names_leave_copy_alone():
    # (reviewer rev45c: a plural's or a dropped g's apostrophe before the closing double mark read as a close,
    # and any capitalised word before a surname counted as a first name)
    from copydesk.editorial import quotes_broken
    assert not quotes_broken("\"It was not the owners' fault, it was the fans'\" a spokesman said.")
    assert not quotes_broken("\"We just kept goin'\" she said.")
    from copydesk.engines.mentions import _named_before
    assert _named_before(["Markus", "Asberg"], "'We are tourists,' Makrus Åsberg, 25, told reporters.")
    assert not _named_before(["Jo", "Muller"], "Ana Müller opened the scoring after ten minutes.")
    assert not _named_before(["Sam", "Example"], "Then Example stepped up to take the penalty.")
    assert not _named_before(["Sam", "Example"], "'Mr Example kept us going,' the head said.")
