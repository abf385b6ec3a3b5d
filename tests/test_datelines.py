"""Wire datelines, dates from every source, places only where the story is, and the verdict."""

from __future__ import annotations

import datetime as dt

import pytest

from copydesk.desk import prepare
from copydesk.ingest.dateline import date_in_url, published_in_text
from copydesk.ingest.text import clean_text
from copydesk.model import Article, Dateline
from copydesk.places import make_dateline, resolve_place
from copydesk.placeverdict import place_figures, place_verdict

NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)
BODY = ("The council met for three hours on Monday. They agreed to meet again next month. "
        "The talks will resume in the spring.")


def dateline(text: str, **article):
    return make_dateline(prepare(Article(text=text, **article)), now=NOW)[0]


# --- wire datelines -------------------------------------------------------------------


@pytest.mark.parametrize(("head", "wire", "place"), [
    ("Bengaluru: ", "Bengaluru:", "Bengaluru, India"),
    ("SEVILLA, 12 de marzo (EFE) — ", "SEVILLA, 12 de marzo (EFE) —", "Sevilla, Spain"),
    ("Hamburg – ", "Hamburg –", "Hamburg, Germany"),
    ("LONDON (Reuters) - ", "LONDON (Reuters) -", "London, United Kingdom"),
    ("Atlanta (CNN) ", "Atlanta (CNN)", "Atlanta, United States"),
    ("WASHINGTON (AP) — ", "WASHINGTON (AP) —", "Washington, United States"),
    ("Dubai, May 10: ", "Dubai, May 10:", "Dubai, United Arab Emirates"),
    ("Washington, DC, United States: ", "Washington, DC, United States:", "Washington, United States"),
])
def test_wire_datelines_become_metadata(head, wire, place):
    cleaned = clean_text(head + BODY)
    assert cleaned.wire_dateline == wire
    assert cleaned.text == BODY  # out of the body
    dl = dateline(head + BODY)
    assert (dl.place, dl.place_from) == (place, "wire")


def test_daily_mail_header_then_a_dateline():
    text = ("By . Jane Roe . PUBLISHED: . 14:35 EST, 2 April 2015 . | . UPDATED: . 16:10 EST, "
            "2 April 2015 . LONDON — " + BODY)
    cleaned = clean_text(text)
    assert (cleaned.byline, cleaned.wire_dateline, cleaned.text) == ("Jane Roe", "LONDON —", BODY)
    dl = dateline(text)
    assert (dl.place, dl.date, dl.date_from, dl.date_assumed) == (
        "London, United Kingdom", dt.date(2015, 4, 2), "text", False)


def test_dateline_after_short_standfirst_paragraphs():
    text = ("Launched in two versions with a bigger engine.\n\nOffers more room inside.\n\n"
            "Bengaluru: " + BODY)
    cleaned = clean_text(text)
    assert cleaned.wire_dateline == "Bengaluru:"
    assert cleaned.text.endswith(BODY) and "Bengaluru" not in cleaned.text


def test_dateline_after_a_glued_title():
    text = ("Tuesday's football: Eastern Lakes beat Northfield to reach the final Dekalb, Ill. — "
            + BODY)
    cleaned = clean_text(text)
    assert cleaned.wire_dateline == "Dekalb, Ill. —"
    assert cleaned.text.split("\n\n")[-1] == BODY
    assert resolve_place("Dekalb, Ill.") == "Dekalb, United States"


@pytest.mark.parametrize("text", [
    "Overdose: Two parents were charged on Thursday. " + BODY,  # a caption label
    "Update: The meeting was moved to Tuesday. " + BODY,
    "Chelsea – the club said on Monday – will appeal. " + BODY,  # no dateline form: no sentence after
    "The mayor of Hamburg – who was re-elected – spoke. " + BODY,
])
def test_what_is_no_wire_dateline(text):
    assert clean_text(text).wire_dateline is None


# --- dates ----------------------------------------------------------------------------


def test_date_from_the_url_path():
    dl = dateline(BODY + " Police said more.", url="http://127.0.0.1/news/2017/05/19/council-meets")
    assert (dl.date, dl.date_from, dl.date_assumed) == (dt.date(2017, 5, 19), "url", False)
    assert date_in_url("http://127.0.0.1/news/world/2019/nov/18/story") == dt.date(2019, 11, 18)
    assert date_in_url("http://127.0.0.1/news/2019/13/45/story") is None
    assert date_in_url(None) is None


def test_metadata_date_wins_and_no_date_is_assumed():
    dl = dateline(BODY + " More.", url="http://127.0.0.1/news/2017/05/19/x", published=dt.date(2018, 1, 2))
    assert (dl.date, dl.date_from) == (dt.date(2018, 1, 2), "metadata")
    dl = dateline(BODY + " More.")
    assert (dl.date, dl.date_from, dl.date_assumed) == (NOW.date(), "run", True)


def test_published_line_forms():
    assert published_in_text("PUBLISHED: 14:35 EST, 2 April 2015 | UPDATED: ...") == dt.date(2015, 4, 2)
    assert published_in_text("Published: Apr. 3, 2016 text") == dt.date(2016, 4, 3)
    assert published_in_text("Nothing published here.") is None


def test_dateline_dict_carries_where_the_date_came_from():
    dl = Dateline(place=None, date=dt.date(2025, 1, 2), text="January 2, 2025", date_from="url")
    assert Dateline.from_dict(dl.to_dict()) == dl
    old = {"place": None, "date": "2025-01-02", "text": "January 2, 2025", "date_assumed": True}
    assert Dateline.from_dict(old).date_from == "run"  # stored before date_from existed


# --- places: only where the story is -------------------------------------------------


@pytest.mark.parametrize("lead", [
    # a person who shares a city's name
    "Matsuyama shot a six-under 66 in the last round to win by seven shots on Sunday.",
    # an organisation named after a place
    "A panel from Columbia University released its report on the magazine. Columbia's report was harsh.",
    # a product that shares a small town's name
    "Developers who use Cocoa will get the new tools next month, the company said.",
    # a foreign idiom: "landed from Mars"
    "Per chi è sbarcato da Marte recentemente, il venerdì nero è arrivato.",
    # a club at home
    "The manager left his best players out when his side lost at Chelsea on Boxing Day.",
    # a national team
    "The winger suffered a strain against Mexico during the international break.",
    # a speaker's words
    "'I lived my whole life in Barcelona, it is my home,' the coach said on Tuesday.",
    # a blogger called Brent
    "Brent wrote that the new feed reader is nearly done. Brent said the parser came first.",
])
def test_no_place_from_names_that_are_something_else(lead):
    assert dateline(lead + " " + BODY).place is None


def test_a_homonym_is_resolved_by_the_story():
    lead = ("Real Madrid's coach has played in Spain all his career. He started as a coach at "
            "Valladolid, where he stayed in Valladolid for three years in Spain.")
    assert dateline(lead + " " + BODY).place == "Valladolid, Spain"


def test_a_big_city_is_not_its_small_namesake_abroad():
    lead = ("The final began on Monday at the Magic Box in Madrid. Colombia's pair lost the "
            "opening tie, and Colombia's coach was unhappy.")
    assert dateline(lead + " " + BODY).place == "Madrid, Spain"


def test_a_court_is_where_a_trial_is():
    lead = "Truro Crown Court heard that the men lured him to a mine near Falmouth."
    assert dateline(lead + " " + BODY).place == "Truro, United Kingdom"


def test_the_hague_keeps_its_article():
    lead = "The court's new member was welcomed at a ceremony at The Hague, in the Netherlands, on Wednesday."
    assert dateline(lead + " " + BODY).place == "The Hague, Netherlands"


def test_country_alone_when_no_city_leads():
    lead = ("A mysterious illness has killed 18 people in southwestern Nigeria, health officials "
            "said. Nigerian doctors are testing samples. One patient was moved to Lagos later.")
    assert dateline(lead + " " + BODY).place == "Nigeria"


# --- the verdict ----------------------------------------------------------------------


@pytest.mark.parametrize(("got", "label", "verdict"), [
    (None, {"place": "Halifax, Canada", "country": "Canada"}, "none"),
    ("Halifax, Canada", {"place": "Halifax, Canada", "country": "Canada"}, "right"),
    ("Canada", {"place": "Halifax, Canada", "country": "Canada"}, "right"),
    ("Toronto, Canada", {"place": "Canada", "country": "Canada"}, "right"),
    ("Toronto, Canada", {"place": "Halifax, Canada", "country": "Canada"}, "wrong"),
    ("Halifax, United Kingdom", {"place": "Halifax, Canada", "country": "Canada"}, "wrong"),
    ("London, United Kingdom", {"place": None, "country": None}, "wrong"),
    ("Topeka, United States", {"place": "Kansas, United States", "country": "United States"}, "right"),
    ("Cardiff, United Kingdom", {"place": "Wales, United Kingdom", "country": "United Kingdom"}, "right"),
    ("Swansea, United Kingdom", {"place": "Scotland, United Kingdom", "country": "United Kingdom"}, "wrong"),
    ("New York City, United States", {"place": "New York, United States", "country": "United States"}, "right"),
    # a region told with its word is that region
    ("Ondo State, Nigeria", {"place": "Ondo, Nigeria", "country": "Nigeria"}, "right"),
    ("Lagos State, Nigeria", {"place": "Ondo, Nigeria", "country": "Nigeria"}, "wrong"),
    # a wire place the gazetteer does not know: right only when the label names it
    ("Frobville", {"place": "Frobville, Ruritania", "country": "Ruritania"}, "right"),
    ("Frobville", {"place": "Halifax, Canada", "country": "Canada"}, "wrong"),
])
def test_place_verdict(got, label, verdict):
    assert place_verdict(got, label) == verdict


@pytest.mark.parametrize(("lead", "place"), [
    # a region of one country, said where the story is
    ("A farmer in far-north Queensland has lived beside a crocodile for 20 years. Rangers in "
     "Queensland asked for his help.", "Queensland, Australia"),
    # an address names the town
    ("The body was found at a house in Toronto Street, Bolton, on Monday. Police in Bolton "
     "arrested a man.", "Bolton, United Kingdom"),
    # where a summit is held, though another country is talked about more
    ("The summit was supposed to be about Cuba. But insert Venezuela into the mix and the "
     "meeting in Panama City, Panama, turns tense. Venezuela's leader spoke. Venezuela "
     "walked out.", "Panama City, Panama"),
])
def test_the_place_the_story_is_set_in(lead, place):
    assert dateline(lead + " " + BODY).place == place


def test_a_persons_workplace_is_no_setting():
    lead = ("Four people died on a ride at a theme park on the Gold Coast. She was a public servant "
            "in Canberra and had two daughters.")
    assert dateline(lead + " " + BODY).place != "Canberra, Australia"


def test_place_figures():
    label = {"place": "Halifax, Canada", "country": "Canada"}
    fig = place_figures([("Halifax, Canada", label), ("Toronto, Canada", label), (None, label),
                         (None, {"place": None, "country": None})])
    assert (fig["given"], fig["right"], fig["wrong"]) == (2, 1, 1)
    assert (fig["place_given_share"], fig["place_wrong_share"]) == (0.5, 0.5)
    assert place_figures([(None, label)])["place_wrong_share"] is None


def test_a_city_written_without_its_accents():
    assert resolve_place("Montreal") == "Montreal, Canada"
    lead = "Thousands of fans lined the streets in Montreal on Sunday for the parade."
    assert dateline(lead + " " + BODY).place == "Montreal, Canada"


@pytest.mark.parametrize(("lead", "place"), [
    # where a politician travelled to make the news
    ("The prime minister travelled to Glasgow this morning to unveil the manifesto. He warned "
     "Britain of chaos.", "Glasgow, United Kingdom"),
    # a city's own police speak from there
    ("Baltimore police said Friday that the man was not buckled in. The commissioner "
     "apologised.", "Baltimore, United States"),
    # the first sentence puts the story there, though other cities of the country follow
    ("Five patients were released from an Omaha, Nebraska, hospital on Wednesday. None fell ill. "
     "They were exposed to the virus in March. A colleague is treated in Bethesda, Maryland, and "
     "one went home to Atlanta.", "Omaha, United States"),
])
def test_where_the_news_is_made(lead, place):
    assert dateline(lead + " " + BODY).place == place


def test_an_attribute_is_no_setting():
    lead = "A man threatened the New York police officer in a video posted online."
    assert dateline(lead + " " + BODY).place is None


@pytest.mark.parametrize(("sents", "place"), [
    # "Liverpool" is a club's name too, but "Liverpool Crown Court" is only the town's court
    (["Jo Example, of Liverpool, who has busked in the city centre for 20 years, denied two counts of fraud.",
      "The 60-year-old was found guilty of one count when he played with a charity banner on his drum.",
      "He was cleared of the other count by a jury at Liverpool Crown Court.",
      "A police sergeant told the court he gave the impression he was collecting for the charity.",
      "He will be sentenced next month."], "Liverpool, United Kingdom"),
    # a town's possessive before a venue
    (["Northtown Rovers have got their preferred venue by securing London's Queen's Club for their "
      "quarter final against France.",
      "The club will host the tie in July after talks with the association.",
      "Tickets go on sale on May 27."], "London, United Kingdom"),
    # Hyde Park Corner is London's
    (["Thousands attended the early morning service at Hyde Park Corner and hundreds took part in a parade.",
      "The day commemorates the first major battle of the Northland forces.",
      "A service was also held at Westminster Abbey.",
      "The first time the day was marked in the capital was in 1916, a year after the landings at Gallipoli."],
     "London, United Kingdom"),
    # Airdrie is a larger town in Canada; its sheriff court is Scotland's
    (["Northtown have vowed to stand by Sam Example after the midfielder was spared jail for assault.",
      "The 27-year-old has been placed on a 16-week restriction of liberty order.",
      "Example was handed his third conviction at Airdrie Sheriff Court.",
      "The court heard he charged towards two officers after a disturbance in Airdrie in November."],
     "Airdrie, United Kingdom"),
    # a town's own council speaks from there, though "City" after a town names a club too
    (["Leeds City Council said the new bus lanes on the ring road had not cut journey times.",
      "The scheme was paid for by a government grant.",
      "Councillor Sam Example said: \"We will look at the figures again.\""],
     "Leeds, United Kingdom"),
    # the Old Bailey is London's court: a court story is filed from there, not from the homes it names
    (["A trader who ran a mortgage fraud to pay for holidays was ordered to pay back £500,000 today.",
      "Sam Example, 38, of Harlow, Essex, travelled first class around the world with his girlfriend.",
      "He spent £8,700 on holidays abroad in 2009.",
      "The Old Bailey heard that he hid the fraud by trading properties.",
      "When the home in Essex was raided in 2011, detectives found piles of cash.",
      "The couple lived in a £700,000 home in Rayne, Essex, with their children.",
      "The court heard he has homes in Essex and southern Spain which he can sell."],
     "London, United Kingdom"),
    # a dash typed as two hyphens ends the place's name: "in Edmonton--he also found ..."
    (["A Northtown student who had left his headlights on was greeted by a friendly note from a stranger.",
      "But the student found more than the note that cold November day in Edmonton--he also found a charger.",
      "The stranger was never found."],
     "Edmonton, Canada"),
    # "a Bellingham, Washington woman": the text writes Washington as the state, so "in Washington" is too
    (["Agents stopped a plan to smuggle drugs from Canada to San Francisco, authorities say.",
      "Two men were stopped near the border on Tuesday.",
      "One fired a weapon at the agents, according to a complaint filed in federal court in Washington on Wednesday.",
      "Investigators later arrested a Bellingham, Washington woman who planned to pick the men up."],
     "Washington State, United States"),
])
def test_a_venue_sets_the_story_in_its_town(sents, place):
    from copydesk.setting import salient_place

    assert salient_place(sents) == place


def test_a_town_named_by_its_service_office_is_the_setting():
    # "Windsor's Royal Mail delivery office": the possessive run is two, the town and the service
    lead = ("The mayor, with her deputy, met staff and opened an exhibition at Windsor's Royal Mail "
            "delivery office on Thursday. Staff from the office in the UK sang for the mayor.")
    assert dateline(lead + " " + BODY).place == "Windsor, United Kingdom"


def test_an_airport_told_in_lower_case_is_no_setting():
    # travellers stopped at an airport on their way: where they were stopped, not the story's place
    lead = ("Three men from Northtown were stopped by officials and arrested on their return to the UK. "
            "The men were all detained at Istanbul's Sabiha Gokcen airport.")
    assert (dateline(lead + " " + BODY).place or "").startswith("Istanbul") is False


def test_a_soldiers_base_is_no_setting():
    # "on leave from Fort Meade in Maryland": where the soldier serves, not where the story is
    lead = ("A 14-year-old Pennsylvania girl and her boyfriend were charged on Thursday, the district "
            "attorney announced. Sam Example, who was on leave from Fort Meade in Maryland at the time, "
            "was charged earlier.")
    assert "Maryland" not in (dateline(lead + " " + BODY).place or "")
    assert "Fort Meade" not in (dateline(lead + " " + BODY).place or "")


def test_a_war_that_befell_people_before_is_no_setting():
    # the families' campaign is the story; the war is where their sons died, years before
    lead = ("The campaign was launched on 19 July by a group of families of troops killed in the conflict. "
            "The campaign was led by Sam Example and Jo Example, who lost sons in Iraq. "
            "A total of 179 service personnel were killed in Iraq between 2003 and 2009.")
    assert "Iraq" not in (dateline(lead + " " + BODY).place or "")


def test_a_landmark_in_the_past_is_no_setting():
    # "saw Harbour lose twice at Wembley in 2010": a memory, not where the story is told
    lead = ("Sam Example wants to turn old misery into joy when Harbour face Northtown in the semi-final. "
            "Example saw Harbour lose twice at Wembley in 2010, in the cup final and in the semi-final.")
    assert "London" not in (dateline(lead + " " + BODY).place or "")


def test_a_ground_the_visitors_are_away_from_is_no_setting():
    lead = ("Sam Example's shot put Northtown ahead before Jo Example rolled the ball into an empty net. "
            "The visitors have won only once in their last six matches away from Loftus Road.")
    assert "London" not in (dateline(lead + " " + BODY).place or "")


def test_where_a_thing_is_thought_to_have_been_stolen_is_no_setting():
    lead = ("The harbour museum bought the statue for $650,000 from a New York dealer in 2007. "
            "The statue is thought to have been stolen from a temple in Tamil Nadu in southern India. "
            "The decision to return it came after talks between Singapore's heritage board and Indian officials.")
    assert "India" not in (dateline(lead + " " + BODY).place or "")


def test_an_inquest_at_a_county_hall_is_where_the_story_is():
    lead = ("Sam Example, 47, was killed by a speeding car as he tried to hail a taxi in Kiev in 2008. "
            "His wife had returned to a restaurant for a missing glove. "
            "The coroner at Exeter County Hall recorded a verdict of unlawful killing.")
    assert dateline(lead + " " + BODY).place == "Exeter, United Kingdom"


def test_a_towns_own_office_in_capitals_names_the_town():
    lead = ("The service, held to mark the end of the war, was led by the Reverend Sam Example. "
            "The event included readings from veterans and a performance from a military wives choir. "
            "Wreaths were laid at the war memorial, including one placed by the Lord Mayor of Portsmouth.")
    assert dateline(lead + " " + BODY).place == "Portsmouth, United Kingdom"
