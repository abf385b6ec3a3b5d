"""A quotation over five or six sentences may ship whole (beyond four it never shipped at
all), and the checker reads a sentence inside a quotation its paragraph opened as quoted:
the check of that sentence alone, which finds no mark, no longer puts the source's
paragraph marks back ('struggling. " The model'). Every fixture is invented (Northtown)."""

from __future__ import annotations

from copydesk.check.verify import check_draft
from copydesk.engines.passages import Passages
from copydesk.engines.units import Units
from copydesk.model import Article, Document, Draft, Sentence

_SENTS = [
    "Northtown University has launched a scheme to spot students who are struggling with their courses.",
    'Prof Sam Example said: "We take advantage of the fact that modules are presented many times.',
    "One can use the experience of earlier students to help the students who come after them.",
    "The data from before a course starts is extremely valuable to the tutors.",
    # (the splitter hangs the next quoted paragraph's opening mark on the end of this one)
    '"It is now used on thirteen modules, most of them first-year modules in the sciences. "',
    'The model is tailored to each of the modules, so that more tailored support can be given."',
    "The university has put in place an ethics policy to protect the data of its students.",
]


def test_a_quotation_over_five_sentences_is_one_unit_that_can_ship():
    units = Units(_SENTS)
    assert units.of(3) == (1, 2, 3, 4, 5)
    passages = Passages(_SENTS, units.of, english=True)
    assert passages.unit(3, units.of(3)) == (1, 2, 3, 4, 5)


def test_a_sentence_inside_a_quotation_its_paragraph_opened_is_quoted():
    # (the sentences as a page splits them, a quoted paragraph to each: ``Document`` takes them as given)
    doc = Document(article=Article(text=" ".join(_SENTS)), text=" ".join(_SENTS), sentences=list(_SENTS),
                   paragraphs=[[i] for i in range(len(_SENTS))], language="en")
    # (the desk drops the mark that reopens a quoted paragraph: the quotation runs on in one)
    quote = [Sentence(_SENTS[i].lstrip('"').removesuffix(' "'), [i]) for i in range(1, 6)]
    draft = Draft(summary=[Sentence(doc.sentences[0], [0])], headline="", engine="test",
                  body=[[Sentence(doc.sentences[0], [0])], quote])
    report = check_draft(doc, draft)
    assert report.ok, [(c.text[:40], c.problems) for c in report.sentences if c.status != "supported"]
    # the same sentence alone, with no quotation open before it, still fails: someone's words as fact
    alone = Draft(summary=[Sentence(doc.sentences[0], [0])], headline="", engine="test",
                  body=[[Sentence(doc.sentences[0], [0])], [quote[3]]])
    assert not check_draft(doc, alone).ok


def test_a_glued_mark_before_words_that_name_the_speaker_closed_the_quote():
    from copydesk.segment import split_sentences

    text = ('Northtown can go top on Sunday, and Example added: "If they go 12 points clear, it is a big '
            'problem."Rovers have won just twice on the road since September.In their past 17 away games, '
            'Example\'s team have won just once."In the first half you saw a team that is not ready," the '
            'manager told Northtown Radio.')
    sents = split_sentences(text)
    assert sents[0].endswith('a big problem."'), sents  # the quote closed there
    assert sents[1] == "Rovers have won just twice on the road since September.", sents  # the paper's words
    assert sents[3].startswith('"In the first half'), sents
    # a speaker who tells of "He" is no name: the quotation goes on
    text = ('In a statement, Sam Example said: "It is with sadness that I tell you this."He added: "He was '
            'the heart and soul of the paper."Kit was a giant among harbour masters."')
    assert not any(s.startswith("Kit was a giant") for s in split_sentences(text))


def test_a_glued_mark_before_a_fact_box_closed_the_quote():
    from copydesk.segment import split_sentences

    # a fact box run on after the quotation ('... spectacular."1971Commissioned ...'): no quotation
    # opens on a figure glued to a word, and the quote before it ships whole
    text = ('Sam Example of the company said: "We would be mad to knock the chimney down. "If you think of the '
            'money spent on the harbour tower, we can do something spectacular."1971Built on the western shore'
            '2,000 homes were powered by Northtown')
    sents = split_sentences(text)
    assert sents[1].endswith('something spectacular."'), sents
    assert sents[2].startswith("1971Built"), sents


def test_a_glued_mark_before_the_papers_report_of_other_words_closed_the_quote():
    from copydesk.segment import split_sentences

    # no later mark decides: the words after the glued mark tell of someone's words in the third
    # person, with none of their own, so they are the paper's ("Other users like ... pointed out")
    text = ('Sam Example agreed, voicing concern. "I am both amused and confused."Other users like Kit Example '
            'who watched the video pointed out the singer\'s wardrobe."Am I the only one who noticed," he said.')
    sents = split_sentences(text)
    assert 'Other users like Kit Example who watched the video pointed out the singer\'s wardrobe.' in sents, sents
    # a speaker's own words after the mark reopen as before
    text = ('Sam Example said: "We will rebuild the pier."We said we would and we will."Then the harbour opens," '
            'she added.')
    assert not any(s.startswith("We said we would") for s in split_sentences(text))


def test_a_third_person_account_between_two_glued_marks_is_the_papers():
    from copydesk.segment import split_sentences

    # paragraphs run together: the quotation goes on over a glued mark, closes at the next, the
    # paper tells of the speaker's review in the third person, and a new paragraph of her words
    # opens at the mark after ('... across the county."The commissioner will ...."By giving ...')
    text = ('"I have visited many homes across the county," she said."I have seen good care there."However, '
            'I have also heard of poor care across the county."The commissioner will look at how residents '
            'live in care homes. Her team will also visit the homes."By giving residents a voice, my review '
            'will make the homes better," she said.')
    sents = split_sentences(text)
    assert "The commissioner will look at how residents live in care homes." in sents, sents
    assert "Her team will also visit the homes." in sents, sents
    assert any(s.startswith('"By giving residents a voice, my review') for s in sents), sents
    # after its speaker ('... she said.'), a glued mark opens: her words about someone else in the
    # third person are still hers
    text = ('"The pellet went through her back leg," she said."She is learning to hop around the house, '
            'it is terrible."The fact that it was three shots is crazy. We live on an estate," she said.')
    sents = split_sentences(text)
    assert any(s.startswith('"She is learning to hop') for s in sents), sents
    assert not any(s.startswith("She is learning") for s in sents), sents


def test_a_glued_mark_the_splitter_hung_on_the_next_sentence_closes_before_the_papers_report():
    from copydesk.segment import split_sentences

    # the glued mark before "Example said he was ..." closed the quotation: the words after it
    # report his in the third person, with none of his own (the splitter gives the mark to them)
    text = ('"I have wanted to try the new game for a while," he added."I have been lucky in the old one '
            'and I could not turn this down."I have been watching a lot of games. I need to know what to '
            'do."Sam Example said he was having to adapt to a new way of training."I was clearing out the '
            'shed and it hurt my neck," Example said."It is getting my body used to it."He signed off '
            'with his old club last month.')
    sents = split_sentences(text)
    assert "Sam Example said he was having to adapt to a new way of training." in sents, sents


def test_a_stop_and_a_mark_glued_to_the_next_sentence_end_a_sentence():
    from copydesk.segment import split_sentences

    # the paragraphs run together: '... to me."Example, who finished fifth ...' is two sentences, the
    # mark closing the quotation (a name and its apposition are the paper's, and the speaker's
    # first-person words open again at the mark after them)
    text = ('The new record holder said: "I am really pleased to get that record. It means a lot to me."'
            'Example, who finished fifth last year, now holds the county record."This is my first race of '
            'the season, so I am really pleased," she said.')
    sents = split_sentences(text)
    assert any(s.endswith('It means a lot to me."') for s in sents), sents
    assert "Example, who finished fifth last year, now holds the county record." in sents, sents
    # a stop glued to a possessive or an abbreviation in capitals ends its sentence too
    for glued, second in (("He was then a banker.Example's illness had prompted his engagement.",
                           "Example's illness had prompted his engagement."),
                          ("Warsaw would veto any sanctions against Northland.EU rules envisage a vote.",
                           "EU rules envisage a vote.")):
        assert split_sentences(glued)[-1] == second, split_sentences(glued)


def test_a_stop_glued_after_a_closing_mark_gets_its_space():
    from copydesk.segment import split_sentences

    # (in a paragraph whose glued marks keep the splitter reading on)
    text = ('Writing about his illness, Jo Example had said he had "an embarrassment of ills."There is barely '
            'a morsel not included. I have a gut-buster."Writers have paid tribute to the author.Kit Lane, the '
            'broadcaster, tweeted that he had been "a kind man and a brilliant writer".Sam Brooks described him '
            'as "the writer who first made me buy the paper"."The best of us has died," he added.')
    joined = " ".join(split_sentences(text))
    assert 'a brilliant writer". Sam Brooks described him' in joined, joined  # (the space back after the stop)


def test_a_new_speaker_the_paper_introduces_between_two_glued_marks_is_the_papers():
    from copydesk.segment import split_sentences

    text = ('"I feel very lucky to be in the show," he said."I do not think it was a coincidence that we all came '
            'through there."Jo Example is the head of drama at the channel and she thinks the cast had room to '
            'grow."They had the chance to do complex roles, rather than flat ones," she said.')
    sents = split_sentences(text)
    assert any(s.startswith("Jo Example is the head of drama") for s in sents), sents
    assert any(s.startswith('"They had the chance') for s in sents), sents


def test_a_glued_mark_between_two_speakers_words_closed_the_first_quotation():
    from copydesk.segment import split_sentences

    # read as one quotation, the report's words and Sam Example's would run under two speakers
    text = ('Most of the catch is sold abroad."A strong fleet," the report says, "needs open markets."But that '
            'access may come at a price."Leaving will involve trade-offs," said Sam Example, who chairs the panel.')
    sents = split_sentences(text)
    assert '"A strong fleet," the report says, "needs open markets."' in sents, sents
    assert "But that access may come at a price." in sents, sents
    # one speaker told before and after: the mark reopened the same quotation
    same = ('Most of the catch is sold abroad."A strong fleet," Sam Example says, "needs open markets."But '
            'that access may come at a price."Leaving will involve trade-offs," said Sam Example.')
    assert "But that access may come at a price." not in split_sentences(same)


def test_a_speaker_told_before_a_glued_opening_and_another_told_with_a_role_close_the_first():
    from copydesk.segment import split_sentences

    # Sam Example's words, the paper's lines, then Tom Sample's: the mark after "affair." closed
    text = ('"We will not change him," said 48-year-old ex-Northtown hooker Sam Example."We have a good '
            'structure here."We have to settle him in. He will be nothing like the last affair."There is a long '
            'line of Harbour players moving to union. The head coach has spoken of him as a future international.'
            '"The potential is there, without a doubt," former Northtown and England winger Tom Sample told '
            'the radio.')
    sents = split_sentences(text)
    assert "There is a long line of Harbour players moving to union." in sents, sents
    assert any(s.startswith('"The potential is there') for s in sents), sents


def test_the_papers_report_of_what_others_say_between_glued_marks_closes_the_quotation():
    from copydesk.segment import split_sentences

    text = ('Sam Example told the radio: "It is looking like £1m in total. It has caused disruption."But sport '
            'throws up all sorts of challenges."All seven pitches were flooded at the end of December.The club, '
            'who begin their season in February, say that 80 members of staff have been kept out."We couldn\'t '
            'get anywhere near the site," said Sam Example.')
    sents = split_sentences(text)
    assert "All seven pitches were flooded at the end of December." in sents, sents
    assert '"We couldn\'t get anywhere near the site," said Sam Example.' in sents, sents


def test_a_pull_quote_glued_to_the_quotation_it_repeats_is_cut_from_it():
    from copydesk.segment import split_sentences

    text = ('The ban was overturned in the spring.We are preparing for a future full of good things for the '
            'harbour"We are preparing for a future full of good things for the harbour," said Sam Example.')
    sents = split_sentences(text)
    assert sents[-1] == ('"We are preparing for a future full of good things for the harbour," said Sam Example.'), sents


def test_a_double_mark_after_a_stop_and_a_space_opens_the_next_sentence():
    from copydesk.segment import split_sentences

    # (a quotation reopened over a paragraph break before it leaves the splitter reading marks the wrong way)
    text = ('Sam Example told the radio: "It is looking like £1m in total. It has caused massive disruption. "But '
            'sport throws up all sorts of challenges." All seven pitches were flooded. The club say 80 members of '
            'staff have been kept out for the last month. "We couldn\'t get anywhere near the site," said Sam '
            'Example. "When we were able to access it, the reality hit everybody.')
    sents = split_sentences(text)
    assert "The club say 80 members of staff have been kept out for the last month." in sents, sents
    assert '"We couldn\'t get anywhere near the site," said Sam Example.' in sents, sents


def test_a_single_mark_before_a_bracket_opens_a_quotation_over_two_sentences():
    sents = ["Jo Example said: '(The most surprising thing in my bag is) a tester kit to check my health.",
             "I believe most ailments come from what we eat.'",
             "The kit costs £20."]
    units = Units(sents, english=True)
    assert units.of(0) == units.of(1) == (0, 1)


def test_a_pull_quote_run_into_the_next_sentence_is_cut_from_it():
    from copydesk.segment import split_sentences

    text = ('Two judges scored it 117-112. "This is a dream come true and it means the world to me," said Sam '
            'Example. Example can now dream of a title shot. This is a dream come true and it means the world to me '
            'Jo Brooks has had two bouts cancelled this year.')
    sents = split_sentences(text)
    assert "This is a dream come true and it means the world to me" in sents, sents
    assert sents[-1] == "Jo Brooks has had two bouts cancelled this year.", sents


def test_a_single_quotation_cut_after_its_own_question_is_joined_and_a_currency_opens_it():
    from copydesk.segment import open_quote, split_sentences

    text = ("Fans gathered before kick-off. A banner inside the Northtown stadium read: '£5bn and what do we "
            "get? £64 a ticket'. The club said prices were fair.")
    sents = split_sentences(text)
    assert "A banner inside the Northtown stadium read: '£5bn and what do we get? £64 a ticket'." in sents, sents
    assert open_quote("A banner read: '£5bn and what do we get?")


def test_a_speaker_named_before_told_far_back_and_another_after_close_the_first():
    from copydesk.segment import split_sentences

    long_words = " ".join(["They are worried about the move and they need to know it will be all right."] * 8)
    text = ('"I see the anxiety in kids starting to build," Ms Example told the radio."' + long_words +
            '"It is harder for them, so parents need reassurance."Getting a place in a secondary school can be '
            'stressful, and last month thousands of pupils sat the tests."Transition is a stressful time and we '
            'believe the programme will help," Mr Sample said.')
    sents = split_sentences(text)
    assert any(s.startswith("Getting a place in a secondary school") for s in sents), sents


def test_a_possessive_mark_after_a_double_opening_is_no_title():
    from copydesk.segment import split_sentences

    text = ('"And it is not over for us."Sam Example has welcomed Wales\' Euro 2016 day of destiny by saying '
            'the squad have no regrets."You want to enjoy it," said Example.')
    sents = split_sentences(text)
    assert any("Sam Example has welcomed Wales' Euro 2016 day" in s for s in sents), sents
    from copydesk.splitmend import GLUED_TITLE as _GLUED_TITLE
    assert _GLUED_TITLE.match('"Sam Example has welcomed Wales\' Euro 2016 day of destiny.') is None
    assert _GLUED_TITLE.match("'It was tough, very intense at times' The setting is new.") is not None


def test_a_mark_glued_after_a_speakers_colon_opens():
    from copydesk.gluedmarks import straight_mark
    from copydesk.segment import split_sentences

    text = ('Northtown coach Sam Example:"It has been coming. We had a few solid games."Everyone did their job '
            'and there is not a player who did not give us something."Fairhaven coach Tom Sample:"Northtown took '
            'their chances well. We did not."')
    assert straight_mark(text, text.index(':"N') + 1) == "open"
    sents = split_sentences(text)
    assert any(s.endswith('did not give us something."') for s in sents), sents


def test_an_attribution_with_a_relative_clause_joins_its_quotation():
    from copydesk.segment import split_sentences

    text = ("Jo Example told the show she was trying to find herself. 'I made up a persona so I could find out "
            "who I was.' Jo Example, who now lives in Northtown, said. She added: 'I am sorry.'")
    sents = split_sentences(text)
    assert "'I made up a persona so I could find out who I was.' Jo Example, who now lives in Northtown, said." \
        in sents, sents


def test_an_impersonal_sentence_between_two_glued_marks_is_the_papers():
    from copydesk.segment import split_sentences

    text = ('"I met a man called Jo Example. He made a lot of difference to me, otherwise I would not be '
            'talking to you."There will also be a showing at the Harbour Hall, near Northtown, on 6 July.'
            '"It\'s great that so many people have become involved and I can\'t wait," added Sam Example.')
    sents = split_sentences(text, "en")
    assert "There will also be a showing at the Harbour Hall, near Northtown, on 6 July." in sents
    assert any(s.endswith('talking to you."') for s in sents)


def test_a_glued_mark_before_two_sentences_of_the_papers_own_closed_the_quote():
    from copydesk.segment import split_sentences

    text = ('In a letter to the minister on Friday, Sam Example said officials had been slow to act.'
            '"This was achieved in spite of your officials giving confusing advice to the owners."The '
            'government has funded a team of six inspectors to look into illegal schools.While most of the '
            'places visited so far have been in Northtown, inspectors may also look at other towns."It will '
            'apply across the board, to any group that runs such a school."It will apply to all groups, I want '
            'to make that clear," Example told Harbour Radio.')
    sents = split_sentences(text)
    assert sents[1].endswith('to the owners."'), sents
    assert sents[2].startswith("The government has funded"), sents
    assert sents[4].startswith('"It will apply across the board'), sents


def test_a_glued_mark_opens_a_speakers_next_paragraph_when_the_one_after_speaks_in_the_first_person():
    from copydesk.segment import split_sentences

    text = ('Sir Sam Example said: "Real apprenticeships are as important as good degrees."Students facing '
            'huge loans find themselves in a hard place. Even if they would prefer training, they feel they '
            'have little choice."Our patchwork system hinders our economy and keeps young people from good '
            'jobs."Jo Tester, from the Northtown colleges, said: "We need more places."')
    sents = split_sentences(text)
    assert any(s.startswith('"Students facing huge loans') for s in sents), sents
    # (and never right after its speaker: '..., who co-wrote the report, said."Clearly ...')
    text = ('"An octopus will turn very dark," Prof Sam Example, who co-wrote the report, said."Clearly the '
            'stance is no physiological response. It makes it look as big as it can be. The dark colour comes '
            'with those behaviours."')
    sents = split_sentences(text)
    assert not sents[0].endswith('said."'), sents
