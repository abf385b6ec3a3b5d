"""Datelines: place from option, wire or text via the gazetteer; never an invented place."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from copydesk import gazetteer
from copydesk.desk import prepare
from copydesk.model import Article
from copydesk.places import format_date, make_dateline, resolve_place, salient_place

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)


def dateline(text: str, **article):
    doc = prepare(Article(text=text, **article))
    return make_dateline(doc, now=NOW)


@pytest.mark.parametrize(("name", "expected"), [
    ("Islamabad", "Islamabad, Pakistan"),
    ("Boston", "Boston, United States"),
    ("Paris", "Paris, France"),
    ("Washington", "Washington, United States"),
    ("Washington, D.C.", "Washington, United States"),
    ("New York", "New York, United States"),
    ("Pakistan", "Pakistan"),
    ("London, England", "London, United Kingdom"),
    ("Tulsa, Oklahoma", "Tulsa, United States"),
    ("Hong Kong", "Hong Kong"),
    ("Vatican City", "Vatican City"),  # a city-state is not "Vatican City, Vatican"
    ("Glasgow", "Glasgow, United Kingdom"),
    ("Cardiff", "Cardiff, United Kingdom"),
    ("Scotland", "Scotland, United Kingdom"),
    ("Texas", "Texas, United States"),
    # the region after the comma says which country: not London, England
    ("London, Ontario", "London, Canada"),
    ("Halifax, Nova Scotia", "Halifax, Canada"),
    # a town the main gazetteer does not know, placed by the source's own region
    ("Portland, Dorset", "Portland, United Kingdom"),
    ("Kirkwall, Scotland", "Kirkwall, United Kingdom"),
    ("Frobville", None),
    ("Frobville, Ruritania", None),
])
def test_resolve_place(name, expected):
    assert resolve_place(name) == expected


def test_resolve_prefers_a_mentioned_country():
    assert resolve_place("London", prefer_countries=("CA",)) == "London, Canada"


def test_format_date_has_no_leading_zero():
    assert format_date(dt.date(2025, 7, 6)) == "July 6, 2025"


STORY = ("{lead} Officials met for three hours on Monday. "
         "They agreed to meet again next month. The talks will resume in the spring.")


def test_wire_dateline_gives_the_place():
    dl, notes = dateline("ISLAMABAD: " + STORY.format(lead="Pakistan is cautious about the talks."),
                         published=dt.date(2025, 7, 6))
    assert dl.text == "Islamabad, Pakistan – July 6, 2025"
    assert (dl.place_from, dl.date_assumed) == ("wire", False)
    assert not any("date assumed" in n for n in notes)


def test_unknown_wire_place_is_kept_as_the_source_gives_it():
    dl, notes = dateline("FROBVILLE, Ruritania (AP) — " + STORY.format(lead="The mill closed."))
    assert dl.place == "Frobville, Ruritania"
    assert any("not in the gazetteer" in n for n in notes)


@pytest.mark.parametrize(("wire", "place"), [
    ("HALIFAX, Nova Scotia (CP) — ", "Halifax, Canada"),
    ("KIRKWALL, Scotland - ", "Kirkwall, United Kingdom"),
    ("WASHINGTON (AP) — ", "Washington, United States"),
    ("Tulsa, Oklahoma (CNN) ", "Tulsa, United States"),
])
def test_wire_dateline_region_becomes_the_country(wire, place):
    dl, _ = dateline(wire + STORY.format(lead="The ferry terminal reopened on Tuesday."))
    assert (dl.place, dl.place_from) == (place, "wire")


def test_salient_place_from_the_text():
    text = STORY.format(lead="Flooding forced hundreds of families from their homes in Porto Alegre "
                             "on Sunday, and rescuers in Brazil worked through the night.")
    dl, _ = dateline(text)
    assert dl.place == "Porto Alegre, Brazil"
    assert dl.place_from == "text"


def test_city_with_state_in_the_text():
    text = STORY.format(lead="Five people were released from a hospital in Omaha, Nebraska, on Monday.")
    assert dateline(text)[0].place == "Omaha, United States"


def test_country_alone_when_no_city():
    text = STORY.format(lead="Voters in Pakistan went to the polls on Thursday in a tense election.")
    assert dateline(text)[0].place == "Pakistan"


def test_a_uk_nation_alone():
    text = STORY.format(lead="Teachers in Scotland voted to strike over pay on Wednesday.")
    assert dateline(text)[0].place == "Scotland, United Kingdom"


def test_a_list_of_towns_is_not_a_town_and_its_region():
    # "Newport" is a Welsh county borough too, but here it is one town in a list.
    text = STORY.format(lead="New sea walls are planned around the coast of Wales, including "
                             "Cardiff, Newport and Colwyn Bay, and the first opens in Swansea.")
    assert dateline(text)[0].place == "Swansea, United Kingdom"


def test_hometowns_are_not_where_the_story_is():
    # "from Elgin", "from Inverness": where two passengers came from, not where the news is
    text = STORY.format(lead="A mechanic from Elgin died when the helicopter came down on Friday. "
                             "Another passenger, a welder from Inverness, survived.")
    assert dateline(text)[0].place is None
    text = STORY.format(lead="Victoria Cherry, 44, of Fulwood, was found dead at a house in Bolton "
                             "on Monday, police in Bolton said.")
    assert dateline(text)[0].place == "Bolton, United Kingdom"


def test_a_name_that_is_a_region_here_and_a_city_elsewhere():
    # Surrey, British Columbia is a city; a Welsh county in the text says the English county.
    lead = ("Recruits at the barracks in Surrey, where a soldier from Denbighshire died, were "
            "questioned on Monday.")
    assert dateline(STORY.format(lead=lead))[0].place == "Surrey, United Kingdom"
    assert dateline(STORY.format(lead="The new bridge in Surrey opened on Monday."))[0].place == \
        "Surrey, Canada"
    # where something happened years ago is background, not the dateline
    lead = "A recruit was found dead at the barracks in Surrey in 1995, a court heard."
    assert dateline(STORY.format(lead=lead))[0].place is None


@pytest.mark.parametrize("lead", [
    "The Brazil international scored twice as his club won the cup final on Sunday night.",
    "Liverpool want a fee for France defender Jean Martin, who has two years left on his deal.",
])
def test_a_country_that_names_a_team_or_a_nationality_is_no_place(lead):
    assert dateline(STORY.format(lead=lead))[0].place is None


# --- the fallback: small towns and regions ----------------------------------------


@pytest.mark.parametrize(("lead", "place"), [
    ("Floodwater closed the old stone bridge in Tadcaster on Sunday night.", "Tadcaster, United Kingdom"),
    ("Police in West Yorkshire said two men had been arrested after the raid.",
     "West Yorkshire, United Kingdom"),
    ("A soldier from Llangollen, Denbighshire, was honoured at a ceremony on Friday.",
     "Llangollen, United Kingdom"),
    ("Volunteers near Glenning Valley cleared fallen trees after the storm.",
     "Glenning Valley, Australia"),
    # a venue named after its town
    # (Wembley Arena is a London landmark now: see tests/test_landmarks.py)
    ("Keepers at Paignton Zoo welcomed two red panda cubs on Saturday.", "Paignton, United Kingdom"),
    ("The driver was jailed for two years at Leeds Crown Court on Friday.", "Leeds, United Kingdom"),
])
def test_fallback_finds_small_towns_and_regions(lead, place):
    dl, notes = dateline(STORY.format(lead=lead))
    assert (dl.place, dl.place_from) == (place, "text")
    assert not any(n.startswith("no place") for n in notes)


@pytest.mark.parametrize("lead", [
    # a town's name with no "in"/"at"/"from" before it is a person here
    "World number one Selby, the 2014 champion, looked impressive in the final frame.",
    # an acronym is no place, though a Slovenian municipality is called Ig
    "Shares rose 2% on Monday, analysts at IG said in a note to clients.",
    # a common word is no town, though towns are called Hope
    "There is still hope in Hope for the families who waited all night.",
    # a name several countries' towns share, and nothing says which
    "The fair in Sande drew more visitors than ever before this summer.",
    # a venue named after a person ("Kennedy" is a common name, though a Bogota district)
    "Their flight landed at Kennedy Airport two hours late on Sunday night.",
    # a continent is no dateline place
    "Shares rose across Europe after the central bank held its rate.",
])
def test_fallback_never_guesses(lead):
    dl, notes = dateline(STORY.format(lead=lead))
    assert dl.place is None
    assert any(n.startswith("no place") for n in notes)


def test_gazetteer_tables_are_pickled_and_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "_cache_path", lambda kind: tmp_path / f"places-{kind}-test.pickle")
    stale = tmp_path / "places-regions-old.pickle"
    stale.write_bytes(b"from an older copydesk")
    built = gazetteer._cached("regions", gazetteer._build_regions)
    path = tmp_path / "places-regions-test.pickle"
    assert path.exists() and not stale.exists()
    assert built["nova scotia"] == ("CA",)
    path.write_bytes(b"not a pickle")  # a damaged cache is built again, not trusted
    assert gazetteer._cached("regions", gazetteer._build_regions) == built
    assert pickle.loads(path.read_bytes()) == built


def test_no_place_means_date_alone_and_a_note():
    text = STORY.format(lead="The company said its profits rose by 12% in the last quarter.")
    text = text.replace("on Monday", "on Friday")  # (NOW is a Sunday: a Monday told as past is no story of today)
    dl, notes = dateline(text, url="http://127.0.0.1/business/profits")  # (a page: fetched, the run date stands in)
    assert dl.place is None
    assert dl.text == "July 6, 2025"
    assert dl.date_assumed is True
    assert any(n.startswith("no place") for n in notes)
    assert any(n.startswith("date assumed") for n in notes)


@pytest.mark.parametrize("lead", [
    "Paris Hilton launched a new perfume on Tuesday at a glittering party.",
    "Will the committee approve the plan before the summer recess?",
    "Reading the report, the chairman said the numbers were worse than expected.",
    "Mobile phone sales fell by a third last year, the survey found.",
    "Nice weather brought crowds to the beaches over the holiday weekend.",
    "Jack London wrote dozens of novels and hundreds of short stories.",
])
def test_common_words_and_names_are_not_places(lead):
    assert salient_place(prepare(Article(text=STORY.format(lead=lead))).sentences) is None


def test_option_wins_over_everything():
    dl, _ = dateline("ISLAMABAD: " + STORY.format(lead="Pakistan is cautious."),
                     place="Karachi, Pakistan", published=dt.date(2024, 1, 2))
    assert dl.text == "Karachi, Pakistan – January 2, 2024"
    assert dl.place_from == "option"


def test_datetime_published_uses_its_date():
    dl, _ = dateline(STORY.format(lead="Pakistan is cautious."),
                     published=dt.datetime(2024, 3, 9, 23, 59))
    assert dl.date == dt.date(2024, 3, 9)





@pytest.mark.parametrize("before", ["council di", "council dİ"])
def test_council_of_a_place_is_read_whatever_the_case_of_its_word(before):
    # find_places tests the word before a name before its regex; that regex ignores case,
    # and a non-ASCII word ("dİ") folds to "di" there, so the cheap test must let it through
    from copydesk.setting import find_places

    lead = ["Nothing here.", "Still nothing.", "More.", "Again.", "Yet more.", "Six."]
    found = find_places([*lead, f"The {before} Freiburg voted on Monday."])
    assert [(m.key, m.strong) for m in found] == [("freiburg", True)]
    assert find_places([*lead, "The council dx Freiburg voted on Monday."]) == []


@pytest.mark.parametrize("text, place", [
    # a UK nation named twice, by name or adjective, and no other: more exact than the country
    (["The Scottish Prison Service has awarded contracts for phone jamming at two prisons in the UK.",
      "Ministers said Scottish prisons had seen 2,000 phones seized since 2011.",
      "The UK Parliament passed the law in 2012 and the Scottish Parliament extended it."],
     "Scotland, United Kingdom"),
    # one region named in the lead and again
    (["A Queensland farmer has opened up about his friendship with a five-metre crocodile in Australia.",
      "The crocodile lived on a farm in Australia for 20 years.",
      "Queensland rangers caught it in 1989."], "Queensland, Australia"),
    # a region named only in passing, deep in the story: the country alone
    (["Australian smugglers were arrested in Indonesia in 2005.", "Indonesia has a tough stance on drugs.",
      "Indonesian police acted on a tip.", "One said he was promised a holiday to Bali.",
      "Bali's beaches were busy that week."], "Indonesia"),
    # "the States" is America, so a story of two countries has no place
    (["The new harbour phone has been the talk of the town lately, with its long battery life.",
      "It should be in shops by November 10 both here in the States and in the UK.",
      "The UK version is a little thinner, reports a gadget blog."], None),
    # the short names of British cities are British in a British story
    (["Hull FC captain Sam Example was taken to hospital in Hull after the Super League match on Friday.",
      "The Hull side lost 20-12 to Leeds Rhinos in England's top flight.",
      "Example, an Englishman, is expected to miss the next match in Hull."], "Hull, United Kingdom"),
    (["Newcastle fans queued outside St James' Park in Newcastle on Saturday before the match in England.",
      "The English club said tickets in Newcastle had sold out.",
      "Police in Newcastle said the crowd was calm."], "Newcastle, United Kingdom"),
])
def test_the_place_a_story_is_set_in(text, place):
    assert salient_place(text) == place


def test_a_party_of_a_nation_is_no_setting():
    # the Scottish National Party campaigns across the country
    parties = ["The Scottish National Party won votes across the UK on Thursday.",
               "Scottish National Party leaders met in the UK capital.",
               "Voters in the UK went to the polls on Thursday."]
    assert salient_place(parties) != "Scotland, United Kingdom"


def test_a_town_named_from_the_start_and_again_leads_its_country_talked_about():
    # a speech about Britain, given in Glasgow: the country's evidence is what the speech is
    # about, and the town is where it was given
    speech = ["The Prime Minister made his case for Britain in a speech on Monday.",
              "Speaking in Glasgow, he told an audience in Glasgow that Britain was stronger together.",
              "He said Britain had been built by people from across Britain and the United Kingdom.",
              "Britain's economy would suffer, he warned, if Scotland voted to leave Britain.",
              "Critics in Westminster said the speech came too late for Britain."]
    assert salient_place(speech) == "Glasgow, United Kingdom"
    # a town named once, however strongly, in a story told across its country: the country
    tour = ["The tour will cross India over seven weeks, with games at 12 venues all round India.",
            "The final takes place in Kolkata in May.", "Fans in India have bought two million tickets.",
            "India's board said the tour was India's biggest.", "Broadcasters across India will show it."]
    assert salient_place(tour) != "Kolkata, India"


def test_a_place_told_as_part_of_a_city_gives_the_city():
    # "in the Old Swan area of Liverpool": a district; the dateline names its city, as a wire does
    text = ["Sam Example was found badly injured at the meat market in the Old Swan area of Liverpool on Monday.",
            "Police in Old Swan said the market was closed for the day.",
            "Detectives believe the gunmen had waited outside the gym in Old Swan for an hour."]
    assert salient_place(text) == "Liverpool, United Kingdom"
    from copydesk.gazetteer import gazetteer
    from copydesk.placeclause import city_of_area
    assert city_of_area("Old Swan, United Kingdom", ["Nothing names a city here."], gazetteer()) == \
        "Old Swan, United Kingdom"


def test_a_part_of_the_town_before_its_name_leaves_the_mention_strong():
    from copydesk.places import salient_place
    text = ["One in five curry houses are believed to be serving an illegal dish, a charity claims.",
            "Trading standards officers raided a restaurant on Harbour Street in central Manchester.",
            "The charity reported the restaurant after its manager boasted of the dish.",
            "The restaurant, in central Manchester, was not fined.",
            "The charity said the fines were minimal."]
    assert salient_place(text) == "Manchester, United Kingdom"


def test_a_town_named_with_its_province_and_named_again_is_the_setting():
    from copydesk.places import salient_place
    text = ["When villagers in China spent £1,000 digging a new well, they expected fresh water.",
            "Residents of Qingshuiwan, in Hebei Province, northern China, said the water smelled of petrol.",
            "A villager in Qingshuiwan said everyone could smell gas.",
            "Local officials in Qingshuiwan say they have started an investigation.",
            "The well is only 46m deep."]
    assert salient_place(text) == "Qingshuiwan, China"
    # named once, it is no setting
    once = [*text[:2], "A villager said everyone could smell gas.", *text[3:4]]
    once[3] = "Local officials say they have started an investigation."
    assert salient_place(once) == "China"


def test_a_towns_other_name_in_brackets_is_the_same_town():
    text = ["The police allege a 28-year-old man robbed the bank in Chennai.",
            "The man was arrested at a railway station in Kolkata (Calcutta).",
            "The robbery caused outrage in India.", "Police in Kolkata said he had fled by train.",
            "Two suspects remain untraced."]
    from copydesk.setting import find_places
    assert not any(m.key == "calcutta" for m in find_places(text))


def test_a_town_whose_name_joins_an_arabic_article_with_a_hyphen_is_one_place():
    from copydesk.setting import find_places
    text = ["The men were killed on a road in Deir ez-Zor, Syria, on Monday.", "Nobody else was hurt.",
            "Tourists in Sharm el-Sheikh were told to stay indoors."]
    keys = {m.key for m in find_places(text)}
    assert {"deir ez-zor", "sharm el-sheikh"} <= keys, keys
