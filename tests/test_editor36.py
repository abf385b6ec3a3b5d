"""Faults found by copy editors reading outputs in the thirty-sixth session, each in invented
text: a bracketed sentence that brings in a name the story leans on, a "has" of ownership read
as a perfect, and the possessives a headline keeps."""

from __future__ import annotations

from shipping import NOW
from shipping import body_sentences as _body


def test_a_bracketed_sentence_that_brings_in_a_name_the_story_uses_later_ships():
    named = "(Example's real name was Jonas Tarrow, a Northtown builder who ran the gang's finances.)"
    text = ("Two leaders of a smuggling gang were jailed on Monday at Northtown Crown Court, police said.\n\n"
            "The men, known as Big Example and Little Sample, were each given nine years.\n\n"
            "Sample's real name was Peter Lorne, the court heard.\n\n"
            "He was the gang's driver and kept its boats at Southvale harbour.\n\n"
            f"{named}\n\n"
            "The gang brought in cigarettes worth £3m over two years, the court heard.\n\n"
            "The sentences of Tarrow and Lorne end the inquiry, the police said.\n\n"
            "Three other members of the gang will be sentenced in May.")
    body = _body(text)
    assert named in body
    # (a bracketed note that brings in no name the story uses again stays out)
    note = "(Example Harbour Films is owned by the Example Group, as is this paper.)"
    other = text.replace(named, note)
    assert note not in _body(other)


def test_has_of_ownership_is_no_perfect_for_the_headlines_tense():
    from copydesk.engines.headcuts import any_perfect
    from copydesk.engines.headline import trim
    head = trim("More than 900 people are employed at the depot, which has workshops in Northtown and Southvale.")
    assert "employed" in head and " employ " not in head, head
    assert not any_perfect("900 people employed at depot, which has workshops")
    assert any_perfect("ministers have apologised for delay and promised review")
    assert any_perfect("club has now won the cup")


def test_a_headline_keeps_the_possessive_of_a_second_clause_and_of_an_idiom():
    from copydesk.engines.headlinese import without_possessives
    assert without_possessives("fans say Example was too slow but his brain is quick enough") == \
        "fans say Example was too slow but his brain is quick enough"
    assert without_possessives("it will be a strange feeling hanging up his boots") == \
        "it will be a strange feeling hanging up his boots"
    # (the subject's own things still lose theirs)
    assert without_possessives("Example lists his age and his job") == "Example lists his age and job"


def test_a_past_after_a_name_is_the_names_verb_when_its_article_went():
    from copydesk.engines.headline import trim
    from copydesk.engines.tense import present_tense
    assert trim("Jamie Example extended the lead, racing over soon after half-time.").startswith(
        "Jamie Example extends lead"), trim("Jamie Example extended the lead, racing over soon after half-time.")
    assert present_tense("Jamie Example scored try", frozenset()) == "Jamie Example scores try"
    # (a participle in a subject that opens the clause is still the subject's: "Those released were ...")
    assert present_tense("Two men arrested in Northtown were released", frozenset()) == \
        "Two men arrested in Northtown released"


def test_a_player_named_only_in_the_line_up_gets_his_full_name_at_first_mention():
    text = ("Northtown ran in six tries to beat Southvale in the autumn series on Saturday.\n\n"
            "The visitors led briefly through an early try, but the hosts raced ahead before the break.\n\n"
            "Northtown went ahead when Tarrow swept over the conversion from the touchline.\n\n"
            "Sample scored after long spells of pressure and Tarrow added the conversion.\n\n"
            "The hosts' coach said his side had played their best rugby of the year.\n\n"
            "Northtown: 15-Ian Sample, 14-Joe Kerrow, 13-Max Dunne, 12-Alan Dorby, 11-Tom Seyle, "
            "10-Finn Rusk, 9-Greg Tarrow (capt); 1-Alan Dellow, 2-Ross Forde, 3-Zak Fell.")
    body = " ".join(_body(text))
    assert "when Greg Tarrow swept over" in body, body
    from copydesk.engines.mentions import in_lineup
    assert not in_lineup("the A-Team and the 2-Tone label", "Tone")


def test_a_caption_run_into_a_lede_that_opens_on_a_crowds_count_is_cut_from_it():
    from copydesk.desk import prepare
    from copydesk.model import Article
    text = ("Jo Example, 48, lost her case at the Court of Appeal Thousands of tenants face higher rents after "
            "judges ruled yesterday that the increase was fair. Jo Example launched a bid to overturn the rise, "
            "saying it was unfair. But the judges ruled against her. The landlord said it was pleased.")
    sentences = prepare(Article(text=text)).sentences
    assert sentences[0] == "Jo Example, 48, lost her case at the Court of Appeal", sentences
    assert sentences[1].startswith("Thousands of tenants face higher rents")
    body = _body(text)
    assert body[0].startswith("Thousands of tenants face higher rents"), body
    # (a crowd's count inside a sentence is no new one: "the club's Hundreds" takes no cut, nor a title)
    assert prepare(Article(text="Fans queued for hours. It was said that Hundreds of fans queued. "
                                "Then they left. The club thanked them.")).sentences[1] == \
        "It was said that Hundreds of fans queued."


def test_a_headline_keeps_the_harm_an_event_did_and_drops_the_place_before_it():
    from copydesk.engines.headinserts import harm_kept
    from copydesk.engines.headline import trim
    head = trim("A delivery van crashed into a bus shelter at Northtown Retail Park on Sunday, killing a "
                "pedestrian, police said.")
    assert head == "delivery van crashes into bus shelter, killing pedestrian, police say", head
    # (short enough already, or no place before the harm: unchanged)
    assert harm_kept("van hits shelter at Northtown Park, killing man", 12) == "van hits shelter at Northtown Park, killing man"
    long = "airstrikes targeting a military base hit a nearby school near the old market, injuring six students"
    assert harm_kept(long, 12) == long


def test_an_owners_other_things_with_none_told_before_lose_their_other():
    from copydesk.engines.answers_back import without_other
    text = "Example's other hits included Northern Lights and Blue Harbour for the band Heatwave."
    assert without_other(text, "Jo Example died in Northtown last week at the age of 66.") == \
        "Example's hits included Northern Lights and Blue Harbour for the band Heatwave."
    # (a hit told before: the "other" answers it)
    assert without_other(text, "Jo Example, who wrote the hit Thriller, died last week.") == text
    # (further in, "other" tells things from the subject's own: it stays)
    for same in ("The coach said Example is a star unlike his other players.",
                 "They may not come from the planet's other building blocks.",
                 "The love is loyal as their other pet hardly gets a look in."):
        assert without_other(same, "") == same


def test_a_first_line_told_at_the_time_of_an_untold_event_leads_nothing():
    text = ("Mr Example and his family were not at the farm near the town of Northvale at the time.\n\n"
            "Armed officers had been sent to deal with the intruder, who was hiding in a barn, police said.\n\n"
            "Earlier reports suggested a number of gunmen had entered Mr Example's home.\n\n"
            "A wounded police officer was in a stable condition, police said.\n\n"
            "The break-in comes ten days before the region holds its elections.")
    body = _body(text)
    assert body[0].startswith("Armed officers had been sent"), body
    from copydesk.engines.passages import Passages
    rest = ["It was sold in May.", "Buyers were told in June.", "The firm apologised."]
    # (a first line that tells its own event, or the time's own, keeps its place: "at the time" is its)
    for first in ("The firm said it knew nothing of the fault at the time of the sale.",
                  "A gas explosion destroyed a house in Northtown but the family were away on holiday at the time.",
                  "Police named a man who died when his car left the road, saying he was alone at the time.",
                  "The closure of the library in 2019 was called short-sighted by campaigners at the time."):
        assert not Passages([first, *rest], lambda i: (i,)).lost_start(), first


def test_a_country_named_all_through_is_no_dateline_in_a_match_report_where_it_is_a_team():
    from copydesk.setting import salient_place
    story = ["Tonga's government has promised land reform after months of protests.",
             "The protests began in March over rising rents.",
             "Tonga's prime minister said the reform would come within a year.",
             "Thousands marched through the capital last week.",
             "Tonga has one of the region's fastest growing economies.",
             "Many young people leave to work abroad."]
    assert salient_place(story) == "Tonga"
    match = ["The visitors led briefly through an early try, but the hosts raced ahead before the break.",
             "A late try extended the lead soon after half-time.",
             "The visitors' fly-half kicked two penalties.",
             "It was a soft try, scored down the blind side of a scrum.",
             "The wing made amends soon after with a try of his own.",
             "Tonga went ahead when the captain swept over the conversion.",
             "Tonga got a penalty try, and the visiting prop got the sin-bin.",
             "Tonga scored after multiple phases.",
             "Tonga's coach praised his side's patience.",
             "Tonga play again next week."]
    assert salient_place(match) is None  # (a match report's country is its team)


def test_a_wall_of_leaning_sentences_breaks_before_one_that_leans_on_the_line_above_it():
    # (and never inside a speaker's reported words: see the reviewers' inputs below)
    import copydesk
    text = ("Northtown Rovers have confirmed that their long-serving captain Sam Example and hooker Jo Sample will "
            "both start Friday night's league match against Southvale at the Riverside Stadium in front of a sell-out crowd.\n\n"
            "Both Example and Sample, who have played nearly 300 matches between them for the club, are to retire at the "
            "end of May and each has a maximum of six games left in their long professional careers.\n\n"
            "And while head coach Tom Brook was naming his full squad for the match on Thursday, he announced that the "
            "lock and the hooker would start in the pack against the visitors from the south coast.\n\n"
            "The match is being billed as a tribute to them both and, in a nice touch by the club, the ball will be "
            "presented by Example's father and Sample's mother along with two of their oldest friends from school.\n\n"
            "Rovers are fourth in the table, two points behind Southvale, with five games left to play.\n\n"
            "Brook said the whole squad wanted to send the pair off with a win in front of their own supporters.")
    body = copydesk.rewrite(text, now=NOW).body
    first = " ".join(s.text for s in body[0])
    assert first.startswith("Northtown Rovers have confirmed") and "And while head coach" not in first, body
    assert any(p[0].text.startswith("And while head coach") for p in body)


def test_the_reviewers_misfires_stay_fixed():
    """Invented inputs an adversarial reviewer found worse after this session's first rules."""
    from copydesk.engines.answers_back import without_other
    from copydesk.engines.headinserts import harm_kept
    from copydesk.engines.headlinese import without_possessives
    from copydesk.engines.mentions import brings_in_name, in_lineup
    from copydesk.engines.tense import present_tense
    from copydesk.segment import split_sentences
    # a bracket that is the paper's note, or that names only a month, never ships
    for note in ("(Editor's note: This story has been amended to correct the name of the school.)",
                 "(Disclosure: Example Power owns a share of this newspaper.)",
                 "(This article was updated in March with new figures.)"):
        sents = ["A plant was fined £4m.", note, "Example Power said it would appeal in March."]
        assert not brings_in_name(sents, 1), note
    # a numbered chart is no team sheet
    chart = "Top ten: 1-Blue Harbour, 2-Night Owl, 3-Red Sky, 4-Long Road, 5-Cold Rain, 6-Old Town."
    assert not in_lineup(chart, "Blue Harbour")
    # "boots" keeps its owner only when hung up
    assert without_possessives("thief steals her boots and coat") == "thief steals boots and coat"
    # a participle after a plural, or before an auxiliary, is the subject's
    assert present_tense("Three Labour MPs suspended are to be reinstated", frozenset()) == \
        "Three Labour MPs suspended are to be reinstated"
    assert present_tense("Two Americans kidnapped are freed after nine days", frozenset()) == \
        "Two Americans kidnapped freed after nine days"
    # a crowd's count after a thing named, or after a verb of saying, opens no line
    for text in ("Parents from the campaign group Millions of mums for safer streets marched on Saturday.",
                 "A new study estimates Thousands of jobs could be lost in the region."):
        assert len(split_sentences(text)) == 1, text
    # no person is dropped as a place, and killing time is no harm
    for same in ("gunman hiding in a crowd of supporters opens fire on President Ana Lorne, wounding three bodyguards",
                 "band plays long acoustic set to waiting crowd at Northtown Arena, killing time before headliners"):
        assert harm_kept(same, 12) == same
    # "other" goes only before an owner's works, never kin or places
    for same in ("Her other children, aged four and six, were rescued by a neighbour.",
                 "Its other sites in Southvale and Eastby are safe, it said.",
                 "His other brother, Max, was waiting for them at home."):
        assert without_other(same, "") == same


def test_a_speakers_unmarked_words_keep_their_also_and_a_colons_line_needs_what_it_brings_in():
    from copydesk.engines.answers_back import without_also
    told = "The rebels also threatened to cut off my legs if I tried to flee."
    assert without_also(told) == told
    assert without_also('Jo Example also apologised, saying "I set that back".') == \
        'Jo Example apologised, saying "I set that back".'
    text = ("Tuesday is Equal Pay Day in Northtown.\n\n"
            "Here's the announcement the mayor should make:.\n\n"
            "\"Today in Northtown, women earn 80 pence for every pound men earn.\"\n\n"
            "The date was not chosen at random.\n\n"
            "It is based on a calculation of the pay gap over a year.\n\n"
            "A woman in the town loses £300,000 in pay over a 40-year career, the council says.")
    body = " ".join(_body(text))
    if "Today in Northtown" not in body:
        assert "should make:" not in body, body


def test_a_wall_of_reported_speech_keeps_its_claims_with_their_speaker():
    import copydesk
    text = ("Plans for a £60m bypass around Northtown have been criticised by a councillor, who says the scheme will not work.\n\n"
            "Speaking at a packed public meeting in the town hall on Wednesday evening, Councillor Jo Example said the plan "
            "drawn up by the county's highways team is badly flawed from start to finish. It costs far more than the £40m "
            "the county has set aside for it, and the gap will have to be found from other budgets. It will take at least "
            "six years to build, during which the town centre will be gridlocked for much of every working day. And it will "
            "not even solve the problem, because most of the traffic in the town is local and will never use a bypass.\n\n"
            "The county council said the plan had been through two rounds of consultation.\n\n"
            "A decision is expected in the spring.")
    body = copydesk.rewrite(text, now=NOW).body
    starts = [p[0].text for p in body]
    assert not any(s.startswith("It will take at least six years") for s in starts), starts
