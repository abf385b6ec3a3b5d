"""Session 67's editor rules, on invented text: each case is a fault a copy-editor judge found in a real rewrite,
or a guard that pins what a rule must not do."""

from __future__ import annotations

from copydesk.engines.headline import write_headline
from copydesk.engines.housestyle import house_style
from copydesk.ingest.text import clean_text
from shipping import body_paragraphs, roles_read, shipped


def test_a_comma_typed_before_a_sentences_stop_goes():
    # (a real rewrite shipped "... to continue their pursuit anyway,. But ...", the source's slip)
    assert house_style("Once the deal was off, it was pointless for the club to continue their pursuit anyway,.") \
        == "Once the deal was off, it was pointless for the club to continue their pursuit anyway."


def test_a_comma_before_the_stop_stays_inside_a_quotation():
    # (a speaker's words keep every mark the source gave them)
    line = 'He told the crowd "we will be back,."'
    assert house_style(line) == line
    assert house_style("we will be back,.", in_quote=True) == "we will be back,."


_VILLAGE = [
    "Jo Example, 43, of Northby near Southtown, was jailed for three years earlier this month.",
    "She was also ordered to pay compensation of £110,000 at the town's sheriff court.",
    "Her appeal against that sentence will be heard in the spring.",
]


def test_a_headline_drops_a_home_village_told_by_the_town_it_is_near():
    # (a real head read "Wanda ... of Auchenmalg Near Newton Stewart Jailed for Three Years", judge UF 02)
    head = write_headline(_VILLAGE, 0)
    assert head == "Jo Example Jailed for Three Years"


def test_a_headline_keeps_a_place_that_is_not_where_the_subject_lives():
    # ("near" inside what happened: the place is the news's, not an aside on who)
    head = write_headline([
        "Jo Example was jailed for three years for a robbery near Southtown station.",
        "She was also ordered to pay compensation of £11,000.",
        "Her appeal will be heard in the spring.",
    ], 0)
    assert "Southtown" in head


# a report with a footnote's number glued to a sentence's stop, as a press release's text comes flattened
_FOOTNOTED = (
    "Regulators have approved a new drug for a rare form of blood cancer, its maker said on Tuesday. "
    "Trials showed that patients given the drug lived for around four months longer than those who were not. "
    "The drug works by cutting off the blood supply that a tumour needs to grow and spread to other parts of "
    "the body.7 Tumours build their own blood supply by releasing a protein that the drug blocks. "
    "Doctors said the approval would give patients a new choice where few treatments were left. "
    "The drug will be available in hospitals from next month, the maker said."
)


def test_a_footnotes_number_glued_to_a_stop_is_dropped():
    body = " ".join(body_paragraphs(_FOOTNOTED))
    assert "body.7" not in body
    assert "parts of the body." in body
    assert "Tumours build their own blood supply by releasing a protein that the drug blocks." in body


# a timeline of dated entries glued after a story's last sentence: a day before its month is no footnote
_TIMELINE = (
    "The club stayed up on the last day of the season after a late winner away from home. "
    "Its new owners said they would clear the club's debts by the end of the summer. "
    "The manager said the players had shown great spirit in the last month of the season. "
    "By way of a twist, a rival announced on Tuesday that the club's captain has moved to Northby Lane.26 April "
    "- the club stays up on the final day of the season. "
    "Fans celebrated on the pitch after the final whistle."
)


def test_a_day_glued_to_a_stop_before_its_month_is_kept():
    assert "Northby Lane.26 April" in clean_text(_TIMELINE).text
    assert "parts of the body. Tumours" in clean_text(_FOOTNOTED).text


# a paper's page: the story's line, a caption that tells it again, a picture's stop alone, then a caption that
# tells it a third time in fewer words after the stop (judge CC 13: "Days before he arrested, Besim was browsing the
# Facebook page of ..." shipped after the story's own line)
_RETOLD_AFTER_PICTURE = (
    "A teenager has appeared in court charged with planning an attack on a police station in Northtown. "
    "Officers arrested the 18-year-old at his family home during raids before dawn on Saturday. "
    "Police said his social media pages gave them an insight into his state of mind. "
    "Just two days before the teenager was arrested at his home, he was reading the Facebook page of "
    "the radical preacher Sam Example Brookes. "
    "Jo Tester, from Northtown, appeared in court charged with 'planning an attack on a police station'. . "
    "Days before he was arrested, Tester was browsing the Facebook page of Sam Example Brookes. "
    "He was arrested along with four other teenagers, who were later released without charge. "
    "A number of knives were seized at some of the homes searched. "
    "Mr Tester did not apply for bail and was remanded in custody until a hearing next month."
)


def test_a_line_after_a_pictures_stop_that_retells_a_line_just_before_it_is_a_caption():
    read = roles_read(_RETOLD_AFTER_PICTURE)
    assert read["Days before he was arrested, Tester was browsing the Facebook page of Sam Example Brookes."] \
        == "caption"
    assert "Tester was browsing" not in shipped(_RETOLD_AFTER_PICTURE)


def test_a_line_after_a_pictures_stop_with_news_of_its_own_still_ships():
    text = _RETOLD_AFTER_PICTURE.replace(
        "Days before he was arrested, Tester was browsing the Facebook page of Sam Example Brookes.",
        "Detectives also found a list of police officers' home addresses on a laptop taken from the house.")
    read = roles_read(text)
    assert read["Detectives also found a list of police officers' home addresses on a laptop taken from the house."] \
        != "caption"


# a caption that tells what a group is, set between the pictures' captions and the story's "He" (judge CC 13:
# "Hizb Ut-Ta-Khir is an Islamic fundamentalist group ..." left "He was arrested" pointing at a group)
_GROUP_CAPTION = _RETOLD_AFTER_PICTURE.replace(
    "He was arrested along with",
    "Northtown Dawn is an extremist group which has a branch in the city. He was arrested along with")


def test_a_line_that_tells_what_a_group_named_nowhere_else_is_between_a_caption_and_he_is_a_caption():
    read = roles_read(_GROUP_CAPTION)
    assert read["Northtown Dawn is an extremist group which has a branch in the city."] == "caption"


def test_a_group_the_story_names_again_is_told_as_copy():
    text = _GROUP_CAPTION.replace("A number of knives", "Northtown Dawn denied any link to him. A number of knives")
    read = roles_read(text)
    assert read["Northtown Dawn is an extremist group which has a branch in the city."] != "caption"


def test_a_connective_inside_a_line_that_opens_on_a_known_surname_leans_on_the_line_before():
    from copydesk.ingest.dependency import opening_dependency
    line = "Example, in contrast, hassled, harried and hounded their opponents."
    assert opening_dependency(line, known_surnames=frozenset({"Example"})).startswith("inner reference")
    # (a surname alone is still a surname's dependency: naming the person is its mend)
    assert opening_dependency("Example hassled and hounded the opponents all afternoon.",
                              known_surnames=frozenset({"Example"})).startswith("surname")


def test_a_headlines_per_cent_is_told_as_a_percent_sign_outside_a_quotation():
    from copydesk.engines.titlecase import title_case
    # (judge UE 12: "... Retirement Income 13 per cent Higher" read as mixed case)
    assert title_case("leader wins election with 97 per cent of the vote") == "Leader Wins Election With 97% of the Vote"
    # (a speaker's words keep theirs; "per cent" with no figure before it is a word like any other)
    assert "13 per Cent" in title_case('Jo Example says "13 per cent" is too much')
    assert "%" not in title_case("what per cent of voters agree")


def test_an_age_after_a_fronted_day_names_no_one_and_leans_back():
    # (judge DA 09: "On Friday, the 52-year-old libertarian lawmaker ... shared ..." opened a body that never named him;
    # "On Friday" was read as a name of two words)
    from copydesk.ingest.dependency import opening_dependency
    dep = opening_dependency("On Friday, the 52-year-old lawmaker from Northtown shared a video of himself playing cards.")
    assert dep is not None and "52-year-old" in dep
    assert opening_dependency("Senator Jo Example said the 52-year-old lawmaker would not stand again.") is None


def test_a_phrase_that_says_it_is_the_answer_leans_on_the_question_before():
    from copydesk.ingest.dependency import answers
    assert answers("An avid interest in poker, as it turns out.")
    assert not answers("An avid interest in poker is what the two men share.")


def test_a_full_name_run_on_after_a_firms_name_opens_a_sentence_and_the_line_before_keeps_its_stop():
    # (judge UG 06: "... backed by the investment firm Renatus Capital Partners Andrew Maxwell is a former ..." shipped
    # as one line; the page had lost the stop between them)
    from copydesk.segment import split_sentences
    assert split_sentences("The brothers are backed by the Northtown-based investment firm Example Capital Partners "
                           "Sam Brook is a former professional rugby player with Ulster.") == [
        "The brothers are backed by the Northtown-based investment firm Example Capital Partners.",
        "Sam Brook is a former professional rugby player with Ulster."]
    # (a role before the name, not a firm's kind: the line is whole)
    line = "The brothers were advised by the charity's chief executive Sam Brook is a claim he denies."
    assert split_sentences(line) == [line]


def test_a_pronoun_after_a_first_name_the_source_gives_in_full_has_its_person_in_the_sentence():
    # (the context check would cut "Derek was able to get his car started ..." and every line after it where the line
    # before it was left out: "his" was read as someone told before, "Derek" not being a name of two words)
    from copydesk.check.context import context_problems
    source = [
        "A law student who left his headlights on all day found a friendly note from a stranger on his car.",
        "Jo Example, who studies at the city's university, also found a charger left beside the fence.",
        "Most people would have expected an angry letter, the student said.",
        "The stranger's note, Jo told the Northtown Post, explained how to use the charger.",
        "Jo was able to get his car started, but nobody answered the stranger's door.",
        "The note has since been shared thousands of times online.",
    ]
    passage = [(source[i], [i]) for i in (0, 1, 4, 5)]
    assert 2 not in context_problems(passage, source)
    # (a "his" with no one named before it in the sentence still leans back)
    source[4] = "Then he was able to get his car started, but nobody answered the stranger's door."
    passage = [(source[i], [i]) for i in (0, 1, 4, 5)]
    assert 2 in context_problems(passage, source)


def test_a_papers_name_is_no_persons_for_the_context_check():
    from copydesk.check.context import names_in
    assert names_in("At first he thought it was from an angry driver, he told the National Post.") == ()
    assert names_in("She told the Northtown Evening Mail that she would stay.") == ()
    assert [full for _, full in names_in("Jo Example told the paper she would stay.")] == ["Jo Example"]


# a paper's page with a caption that tells again, quotation and all, the post the story told two lines before it
# (judge CC 14: "Harley Levanic posted an image of a new neck tattoo reading 'Infidel' with the caption 'Who is next
# boys?'" shipped after the story's own line)
_POST_RETOLD = (
    "Eight prison guards have been suspended after posting pictures of themselves at a far-right rally in Northtown. "
    "The guards were pictured posing with a former councillor known for her views on immigration. "
    "In other posts some of the guards compared their neighbours to criminals. "
    "One guard, Sam Example, posted a picture in February of a new tattoo on his arm reading 'Loyalty' and tagged "
    "other guards asking 'Who wants one next?' "
    "Another guard, Jo Brook, commented on the photo: 'Looks great, mate.' "
    "Sam Example posted an image of a new arm tattoo reading 'Loyal' with the caption 'Who wants one next?' "
    "The prison service said it took the matter very seriously and had begun an inquiry. "
    "The union representing the guards declined to comment on the suspensions."
)


def test_a_line_that_quotes_again_a_post_the_line_just_before_it_told_is_a_caption():
    read = roles_read(_POST_RETOLD)
    assert read["Sam Example posted an image of a new arm tattoo reading 'Loyal' with the caption 'Who wants one next?'"] \
        == "caption"


def test_a_line_with_a_quotation_of_its_own_after_a_told_post_still_ships():
    line = "Sam Example later told a newspaper that the new tattoo on his arm was 'nothing to apologise for'."
    text = _POST_RETOLD.replace("Sam Example posted an image of a new arm tattoo reading 'Loyal' with the caption "
                                "'Who wants one next?'",
                                line)
    assert roles_read(text)[line] != "caption"


def test_a_story_that_opens_on_an_age_set_with_a_space_and_a_verb_of_saying_names_the_person():
    # (judge UH 08: "The 50 year-old said she was 'lucky to be here' ..." opened a body that never named her)
    text = ("The 50 year-old said she was \"lucky to be here\" after falling ill at home and looking up her symptoms. "
            "Example wrote on her blog that she searched for the signs of a heart attack before taking an aspirin. "
            "She saw a heart doctor the next day, who found an artery that was almost completely blocked. "
            "Example said her chest began to ache last week after she helped a neighbour out of a car. "
            "The actress has appeared in several films and television shows.")
    assert body_paragraphs(text)[0].startswith("Example, the 50 year-old, said she was")


def test_what_unnamed_people_said_is_no_headline():
    # (a column's "People said Mata was too slow but his brain is certainly quick enough" gave the head "People Say Mata
    # Was Too Slow", the view the writer goes on to answer)
    from copydesk.engines.headcheck import headline_problem
    assert headline_problem("People Say Example Was Too Slow") is not None
    assert headline_problem("Many Thought Example Would Quit") is not None
    # (a count of people and what happened to them is news; so is a named speaker's word)
    assert headline_problem("Many Die in Northtown Flood") is None
    assert headline_problem("Example Says Club Will Appeal Ban") is None


# a video's stills told as captions run into the copy, a short line in the present passive between two of them (judge
# UH 02: "One by one the men are murdered." shipped as copy)
_STILLS = (
    "Militants have released a video that appears to show the killing of a group of prisoners in the desert. "
    "The footage could not be verified, officials in Northtown said on Sunday. "
    "They did not say who the men were or when the killings took place. "
    "The prisoners were filmed barefoot and in shackles in an unknown prison at the start of the video "
    "They were then blindfolded and driven in a van to the killing ground, before being led out in a brutal execution "
    "One by one the men are murdered. "
    "The body of one of the men can be seen after he was killed "
    "It is the latest video released by the group, which is using such films to draw in new fighters. "
    "A similar video was released last month showing the killing of a group of fishermen."
)


def test_a_short_line_in_the_present_passive_between_two_captions_is_one_more():
    assert roles_read(_STILLS)["One by one the men are murdered."] == "caption"


def test_a_short_line_in_the_present_passive_among_the_copy_still_ships():
    text = ("A new bridge over the river at Northtown opened on Monday after two years of work. "
            "Drivers had faced a long detour since the old bridge was closed. "
            "The road is expected to be busy. "
            "Tolls are charged only at weekends. "
            "The council said the bridge cost £12m and was built to last a hundred years.")
    assert roles_read(text)["Tolls are charged only at weekends."] != "caption"
