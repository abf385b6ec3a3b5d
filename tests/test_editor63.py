"""Session 63's editor rules, on invented text: each case is a fault a copy-editor judge or a reading of the
outputs found in a real rewrite, or a guard that pins what a rule must not do."""

from __future__ import annotations

from copydesk import rewrite
from copydesk.editorial import quotes_broken
from copydesk.engines.acronyms import definitions, short_forms
from copydesk.engines.housestyle import house_style
from copydesk.engines.passagelost import counts_on_lost
from copydesk.ingest.roles import role_of
from copydesk.ingest.runon import captions_run_on
from copydesk.ingest.typos import place_slips
from copydesk.segment import split_sentences
from shipping import body_paragraphs

# a story whose first line tells how its event went (the line before it, the news, was lost upstream): the lead is
# the second line, and the third counts "two others" beside the two men only the first line counts (a real rewrite
# shipped "Authorities say agents interrupted ... | Two others were arrested ..." with the men told after them)
_OTHERS = (
    "The incident began on Friday evening when police officers stopped two men carrying suitcases at a car park "
    "near Northtown station. "
    "Officials say the officers interrupted an attempt to move stolen jewellery from Northtown to Southport. "
    "Two others were arrested and accused of planning to sell the jewellery. "
    "On Friday evening, the officers ordered the two men to open the suitcases, a police spokesman said. "
    "One of the men dropped his suitcase and ran, according to a statement from Northtown police on Saturday. "
    "The officers held the other man, identified as Sam Example, at the scene. "
    "Officers searched the area with dogs and a helicopter, and closed the roads around the station. "
    "The second man, Jo Brook, was arrested at his home in Southport early on Saturday morning. "
    "The suitcases held rings and necklaces worth about £80,000, police said."
)


def test_a_count_of_others_follows_the_lost_line_that_counts_the_group():
    paragraphs = body_paragraphs(_OTHERS)
    body = " | ".join(paragraphs)
    assert body.index("stopped two men") < body.index("Two others were arrested")
    # (right after it, in its paragraph: the count reads against the two men)
    assert any("stopped two men" in p and "Two others were arrested" in p for p in paragraphs)
    assert paragraphs[0].startswith("Officials say the officers interrupted")


def test_a_count_of_others_after_a_counted_group_stays_where_it_is():
    assert not counts_on_lost("Two others were arrested.", "Four men were held at the airport.",
                              ["The raid began when officers stopped two men."])
    assert not counts_on_lost("The others went home.", "Officials say the raid failed.",
                              ["The raid began when officers stopped two men."])
    assert counts_on_lost("Two others were arrested.", "Officials say the raid failed.",
                          ["The raid began when officers stopped two men."])


# a lead too long for a headline with a body's long name in it, the body's short form told more than once after
# it (a real rewrite took a background line for its headline: "Government Forces Take Nearly All ... Aleppo", and
# another "Barcelona and PSG Meet on April 15 ...", where the lead's "Paris Saint-Germain" is "PSG" after it)
_SHORT_FORM = (
    "The Northern Council of the River Trust (NCRT) says the full clean-up of the river and its banks is likely to "
    "take several weeks. "
    "Workers removed nearly all of the oil spilled into the Wend near Northtown this week. "
    "It was the worst spill on the river for twenty years, the NCRT said. "
    "Barges and trucks are taking the waste to a plant at Southport, which the council runs. "
    "The NCRT said 40 volunteers had joined its staff on the banks since Monday. "
    "The company that owns the pipeline, Example Fuels, said it was sorry for the spill and would pay for the work."
)


def test_a_long_lead_heads_the_story_with_the_short_form_its_source_uses():
    assert rewrite(_SHORT_FORM).headline.startswith("NCRT Says Full Clean-Up of River")


def test_a_short_form_stands_only_for_a_name_whose_initials_it_is_and_that_the_source_writes():
    source = ["Northtown Saint-Albans and PSA meet on Friday.", "PSA won the last tie.", "NSA is a spy agency."]
    assert short_forms("Striker feels tie with Paris Saint-Albans will prove spectacle", source, definitions(source)) == \
        "Striker feels tie with PSA will prove spectacle"
    # (told once only, or never, it is not the source's short form: the name stays)
    assert short_forms("Tie with Northtown Saint-Albans", source, definitions(source)) == "Tie with Northtown Saint-Albans"
    assert short_forms("Tie with Southport Athletic", source, definitions(source)) == "Tie with Southport Athletic"
    # (nor a short form the source defines as another name's, nor one only a speaker says)
    defined = [*source, "The Paris Sports Association (PSA) was founded in 1901."]
    assert short_forms("Tie with Paris Saint-Albans", defined, definitions(defined)) == "Tie with Paris Saint-Albans"
    assert short_forms("Tie with Paris Sports Association", defined, definitions(defined)) == "Tie with PSA"
    said = ['He said: "PSA are a good side."', '"PSA won the last tie," he added.']
    assert short_forms("Tie with Paris Saint-Albans", said, definitions(said)) == "Tie with Paris Saint-Albans"


# a link's title to the paper's explainer, the next line of the story run on after it with no stop (a real rewrite
# shipped "... will be executed. A look at all of the charges Jurors will be asked to weigh ...")
_LINK_GLUED = (
    "A jury found Sam Example guilty on Tuesday of all 12 counts he faced in the Northtown bridge fraud trial. "
    "Five of the 12 counts carry a prison term of ten years or more. "
    "The trial will next move to sentencing, where the judge will hear from both sides before deciding the term. "
    "A look at all of the charges Jurors will hear from 40 witnesses over six weeks, most of them called by the "
    "prosecution. "
    "Example, 52, ran the firm that won the contract to repair the bridge in 2019. "
    "Prosecutors said he billed the council for work that was never done. "
    "His lawyer, Jo Brook, said he would appeal."
)


def test_a_link_title_run_on_into_the_next_line_is_cut_from_it_and_the_line_ships():
    body = " | ".join(body_paragraphs(_LINK_GLUED))
    assert "A look at" not in body
    assert "Jurors will hear from 40 witnesses over six weeks" in body


def test_a_look_at_is_a_link_only_alone_or_before_a_line_of_its_own():
    assert role_of("A look at all of the charges", 4, 10) == "related"
    assert role_of("A look at the figures shows the council spent more than it raised.", 4, 10) != "related"
    text = ("A look at the charges Prosecutors filed in May shows how wide the case has grown over the year. "
            "Two more firms are named in it.")
    assert captions_run_on(split_sentences(text), [[0, 1]])[0][0].startswith("A look at the charges Prosecutors filed")


# a name in capitals that ends in "S", its possessive an apostrophe ("ISIS' cruelty to them"): no quotation's mark
# (read as one, the line could not balance its marks and was cut, with the line after it that leans on it; a real
# rewrite then told of "the mountains" no line had brought in)
_CAPITALS_POSSESSIVE = (
    "The NWSS militia has freed 40 prisoners it held in the hills above Northtown, local officials said on Sunday. "
    "Most of those freed were farmers from the valley, officials said. "
    "The valley's farmers have long suffered at the hands of armed groups, with many forced from their land. "
    "NWSS' cruelty to them has been extraordinary. "
    "NWSS' seizure of the town of Eastfield, in particular, drove thousands into the hills, where many were trapped. "
    "An aid group responded, first by dropping supplies in the hills. "
    "The prisoners were handed to the Red Cross at a checkpoint south of Northtown."
)


def test_a_possessive_of_a_name_in_capitals_is_no_quotation_mark():
    assert not quotes_broken("ISIS' cruelty to them has been extraordinary.")
    assert not quotes_broken("NWSS' seizure of the town, in particular, drove thousands into the hills.")
    assert quotes_broken("He said 'the group has gone and")
    body = " | ".join(body_paragraphs(_CAPITALS_POSSESSIVE))
    assert "NWSS' cruelty to them has been extraordinary." in body
    assert "NWSS' seizure of the town of Eastfield" in body


def test_an_ellipsis_where_a_picture_stood_after_a_quotation_closed_goes():
    # (a real rewrite shipped "... is something I know the Queen will never forget.’. ...", the page's lead into its
    # next picture)
    line = "‘Poor Jo is gone, but that night is something I know the mayor will never forget.’. ..."
    assert house_style(line) == "‘Poor Jo is gone, but that night is something I know the mayor will never forget.’"
    assert house_style('It ended "badly." ...') == 'It ended "badly."'
    # (a speaker's trailing off is theirs, and a line's own ellipsis stays)
    assert house_style("He said he was fine ...") == "He said he was fine ..."
    assert house_style("‘I was fine, but then ...’") == "‘I was fine, but then ...’"


# a town the source names once with a letter slipped in, and once as the town is spelt (a real rewrite shipped
# "at Mitton Manor Primary School in Tewskesbury" under the dateline "Tewkesbury, United Kingdom")
_TOWN_SLIP = (
    "A teacher has been banned from the classroom after he let pupils change their exam answers. "
    "Sam Example asked pupils at a primary school in Tewskesbury, Gloucestershire, to change their answers after "
    "the test had ended. "
    "Officials were tipped off and an inquiry began in June. "
    "The inquiry found that some pupils had changed answers outside exam conditions. "
    "A panel heard the case at a hearing near Tewkesbury last week. "
    "Example was given 28 days to appeal."
)


def test_a_town_spelt_with_a_slip_beside_its_own_spelling_is_spelt_as_the_town():
    assert place_slips(_TOWN_SLIP) == {"Tewskesbury": "Tewkesbury"}
    shipped = " ".join(body_paragraphs(_TOWN_SLIP))
    assert "Tewskesbury" not in shipped and "in Tewkesbury, Gloucestershire" in shipped
    # (not another word made of the town's name, nor a person's name, nor a town the gazetteer knows itself)
    assert place_slips("He came from the Tikriti clan of Tikrit, near Tikrit's river.") == {}
    assert place_slips("Councillor Jo Tewskesbury spoke in Tewkesbury and Tewkesbury again.") == {}
