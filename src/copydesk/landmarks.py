"""Landmarks that pin a place: courts, parliaments, stadiums, famous sights.

News names the venue more often than its town: "at the Old Bailey", "outside Downing
Street", "at the Crucible", "the Court of Session", "at Dens Park", "near Stonehenge".
Everyone on a copy desk knows where those are; the gazetteer does not. This is a small,
hand-written table of such names that recur in news, each with the place it pins.

Only names that point to one place are here ("Supreme Court", "Parliament House" and
"Etihad Stadium" are in several countries and are left out). A name that is also an
ordinary word, a play or another town ("Crucible", "Lord's", "the Oval") counts only
after "at", "in", "outside" and the like; a name said alone ("the White House said")
is evidence like any other mention of a place, weighed by ``copydesk.setting``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from copydesk.alternation import longest_first


class Landmark(NamedTuple):
    place: str  # "Sheffield": a city, or a region or UK nation when ``kind`` says so
    kind: str  # "city" | "region" | "nation"
    country: str  # ISO code
    needs_prep: bool  # counts only after "at", "in", "outside", ...


# name (as news writes it; alternatives with "|") -> (place, kind, country, needs_prep)
_TABLE: dict[str, tuple[str, str, str, bool]] = {
    # United Kingdom: government, courts, parliaments
    "Downing Street|No 10 Downing Street|Whitehall|Westminster Abbey": ("London", "city", "GB", False),
    "Old Bailey|Royal Courts of Justice|Scotland Yard|New Scotland Yard": ("London", "city", "GB", False),
    "House of Commons|House of Lords|Buckingham Palace|Kensington Palace|Clarence House": (
        "London", "city", "GB", False),
    "Court of Session|Scottish Parliament|Bute House": ("Edinburgh", "city", "GB", False),
    # (the parliament's powers as much as its place: "Holyrood should have full control of income tax" is
    # no story set in Edinburgh, "MSPs at Holyrood voted ..." is)
    "Holyrood": ("Edinburgh", "city", "GB", True),
    "Stormont|Northern Ireland Assembly": ("Belfast", "city", "GB", False),
    "Senedd|Welsh Assembly|National Assembly for Wales|Welsh Government|Welsh government": (
        "Wales", "nation", "GB", False),
    "Scottish Government|Scottish government": ("Scotland", "nation", "GB", False),
    # United Kingdom: sights, markets, airports
    "Trafalgar Square|Tower of London|London Eye|Big Ben|Heathrow|Heathrow Airport|Canary Wharf": (
        "London", "city", "GB", False),
    "FTSE 100|FTSE 250|London Stock Exchange": ("London", "city", "GB", False),
    "Hyde Park Corner|St Paul's Cathedral|Westminster Bridge|Piccadilly Circus|Parliament Square|Leicester Square": (
        "London", "city", "GB", False),
    "Stonehenge": ("Wiltshire", "region", "GB", False),
    "Windsor Castle": ("Windsor", "city", "GB", False),
    "Edinburgh Castle|Royal Mile": ("Edinburgh", "city", "GB", False),
    # United Kingdom: sports venues
    "Wembley|Wembley Stadium|Wembley Arena|Twickenham|White Hart Lane|Stamford Bridge|Emirates Stadium|"
    "Selhurst Park|Craven Cottage|Upton Park|Loftus Road|Alexandra Palace|Wimbledon|All England Club": (
        "London", "city", "GB", True),
    "Lord's|the Oval|Kia Oval": ("London", "city", "GB", True),
    "Old Trafford": ("Manchester", "city", "GB", True),
    "Anfield|Goodison Park": ("Liverpool", "city", "GB", True),
    "Villa Park|Edgbaston": ("Birmingham", "city", "GB", True),
    "Elland Road|Headingley": ("Leeds", "city", "GB", True),
    "Crucible|Crucible Theatre|Bramall Lane": ("Sheffield", "city", "GB", True),
    "Trent Bridge|City Ground": ("Nottingham", "city", "GB", True),
    "Molineux": ("Wolverhampton", "city", "GB", True),
    "Turf Moor": ("Burnley", "city", "GB", True),
    "Ewood Park": ("Blackburn", "city", "GB", True),
    "Carrow Road": ("Norwich", "city", "GB", True),
    "Portman Road": ("Ipswich", "city", "GB", True),
    "Vicarage Road": ("Watford", "city", "GB", True),
    "Celtic Park|Parkhead|Ibrox|Hampden|Hampden Park": ("Glasgow", "city", "GB", True),
    "Murrayfield|Tynecastle|Easter Road": ("Edinburgh", "city", "GB", True),
    "Pittodrie": ("Aberdeen", "city", "GB", True),
    "Dens Park|Tannadice": ("Dundee", "city", "GB", True),
    "Millennium Stadium|Principality Stadium|Cardiff Arms Park": ("Cardiff", "city", "GB", True),
    "Windsor Park|Ravenhill": ("Belfast", "city", "GB", True),
    "Cardiff City Stadium": ("Cardiff", "city", "GB", True),
    "Etihad Campus|City Football Academy|Carrington training ground": ("Manchester", "city", "GB", True),
    "Melwood": ("Liverpool", "city", "GB", True),
    "Hawthorns": ("West Bromwich", "city", "GB", True),
    "King Power Stadium|Welford Road": ("Leicester", "city", "GB", True),
    "Britannia Stadium": ("Stoke-on-Trent", "city", "GB", True),
    "Madejski Stadium": ("Reading", "city", "GB", True),
    "Riverside Stadium": ("Middlesbrough", "city", "GB", True),
    "Pride Park": ("Derby", "city", "GB", True),
    "St Mary's Stadium": ("Southampton", "city", "GB", True),
    "Fratton Park": ("Portsmouth", "city", "GB", True),
    "Ashton Gate": ("Bristol", "city", "GB", True),
    "Kingsholm": ("Gloucester", "city", "GB", True),
    "Franklin's Gardens": ("Northampton", "city", "GB", True),
    "Sandy Park": ("Exeter", "city", "GB", True),
    "Scotstoun|Firhill": ("Glasgow", "city", "GB", True),
    "Rugby Park": ("Kilmarnock", "city", "GB", True),
    "Fir Park": ("Motherwell", "city", "GB", True),
    # Ireland
    "Croke Park|Aviva Stadium|Lansdowne Road|Dail|Dáil|Leinster House": ("Dublin", "city", "IE", True),
    # United States
    "White House|Oval Office|Capitol Hill|the Pentagon|State Department|Justice Department|"
    "Department of Justice|Department of Homeland Security|Lincoln Memorial": (
        "Washington", "city", "US", False),
    "Wall Street|New York Stock Exchange|Times Square|Central Park|Madison Square Garden|"
    "Yankee Stadium|Flushing Meadows|Broadway|Rikers Island|Ground Zero|JFK Airport|"
    "John F. Kennedy International Airport|LaGuardia Airport": ("New York", "city", "US", True),
    "Fenway Park|TD Garden": ("Boston", "city", "US", True),
    "Staples Center": ("Los Angeles", "city", "US", True),
    "Soldier Field": ("Chicago", "city", "US", True),
    "Lambeau Field": ("Green Bay", "city", "US", True),
    "Daytona International Speedway": ("Daytona Beach", "city", "US", True),
    "Wrigley Field": ("Chicago", "city", "US", True),
    "Hollywood": ("Los Angeles", "city", "US", True),
    "Golden Gate Bridge|Alcatraz": ("San Francisco", "city", "US", True),
    "Kennedy Space Center": ("Cape Canaveral", "city", "US", False),
    "Augusta National": ("Augusta", "city", "US", False),
    "Walt Disney World|Walt Disney World Resort|Walt Disney World Speedway|Epcot|Magic Kingdom": (
        "Orlando", "city", "US", False),
    "Disneyland": ("Anaheim", "city", "US", False),
    "Las Vegas Strip|MGM Grand Garden Arena|Caesars Palace": ("Las Vegas", "city", "US", True),
    "Space Needle": ("Seattle", "city", "US", False),
    "French Quarter|Bourbon Street": ("New Orleans", "city", "US", True),
    "Guantanamo Bay": ("Guantanamo Bay", "city", "CU", False),
    # Europe
    "the Kremlin|Red Square": ("Moscow", "city", "RU", False),
    "Elysee Palace|Élysée Palace|Eiffel Tower|Louvre|Parc des Princes|Roland Garros|Champs-Elysees|"
    "Champs-Élysées|Notre-Dame|Notre Dame Cathedral": ("Paris", "city", "FR", True),
    "Stade Velodrome|Stade Vélodrome": ("Marseille", "city", "FR", True),
    "Bundestag|Reichstag|Brandenburg Gate": ("Berlin", "city", "DE", False),
    "Allianz Arena": ("Munich", "city", "DE", True),
    "Signal Iduna Park|Westfalenstadion": ("Dortmund", "city", "DE", True),
    "Camp Nou|Nou Camp|Sagrada Familia|La Rambla|Las Ramblas": ("Barcelona", "city", "ES", True),
    "Bernabeu|Bernabéu|Santiago Bernabeu|Santiago Bernabéu|Vicente Calderon|Moncloa Palace": (
        "Madrid", "city", "ES", True),
    "San Siro": ("Milan", "city", "IT", True),
    "Juventus Stadium": ("Turin", "city", "IT", True),
    "Mestalla": ("Valencia", "city", "ES", True),
    "San Mames|San Mamés": ("Bilbao", "city", "ES", True),
    "Estadio da Luz|Estádio da Luz": ("Lisbon", "city", "PT", True),
    "Estadio do Dragao|Estádio do Dragão": ("Porto", "city", "PT", True),
    "Amsterdam Arena": ("Amsterdam", "city", "NL", True),
    "BayArena": ("Leverkusen", "city", "DE", True),
    "Colosseum|Palazzo Chigi|Quirinale": ("Rome", "city", "IT", True),
    "St Peter's Square|St Peter's Basilica|Sistine Chapel": ("Vatican City", "city", "VA", True),
    "Acropolis": ("Athens", "city", "GR", True),
    # Asia, Oceania, Americas, Africa, Middle East
    "Tiananmen Square|Great Hall of the People|Zhongnanhai|Forbidden City": ("Beijing", "city", "CN", True),
    "Sheshan International": ("Shanghai", "city", "CN", True),
    "Taj Mahal": ("Agra", "city", "IN", True),
    "Eden Gardens": ("Kolkata", "city", "IN", True),
    "Wankhede Stadium|Dalal Street": ("Mumbai", "city", "IN", True),
    "Sydney Opera House|Sydney Cricket Ground|Bondi Beach": ("Sydney", "city", "AU", True),
    "Melbourne Cricket Ground|MCG": ("Melbourne", "city", "AU", True),
    "Dreamworld": ("Gold Coast", "city", "AU", True),
    "Eden Park": ("Auckland", "city", "NZ", True),
    "Maracana|Maracanã|Copacabana": ("Rio de Janeiro", "city", "BR", True),
    "Knesset|Western Wall|Al-Aqsa": ("Jerusalem", "city", "IL", True),
    "Yas Marina": ("Abu Dhabi", "city", "AE", True),
}

#: Words before a landmark that put the story at it ("at the Crucible").
_PREP_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|to|from|on|into|around|across|beyond|"
                          r"towards?|by)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?$", re.IGNORECASE)  # ("at their Etihad Campus base")

#: A fixture's venue in brackets after it: "Crystal Palace vs Manchester City (Selhurst Park)".
_FIXTURE_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s(?:vs?\.?|versus)\s[A-Z][\w'’.-]*"
                             r"(?:\s[A-Z][\w'’.-]*){0,3}\s\($")

#: Words after a venue that make it where an event is ("a Crucible semi-final").
_EVENT_AFTER = re.compile(r"\s+(?:semi-final|semi-finals|final|finals|showdown|clash|fight|bout|match|"
                          r"game|test|derby|tie|encounter|defeat|win|victory|draw)\b")


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, Landmark]]:
    names: dict[str, Landmark] = {}
    for alternatives, (place, kind, country, needs_prep) in _TABLE.items():
        for name in alternatives.split("|"):
            names[name.removeprefix("the ")] = Landmark(place, kind, country, needs_prep)
    # "Wembley Arena" before "Wembley"; a name that runs on into a longer one is another
    # thing ("The Hollywood Reporter", "The Wall Street Journal")
    # grouped by first letter, so most positions fail on one character class
    by_letter: dict[str, list[str]] = {}
    for name in names:
        by_letter.setdefault(name[0], []).append(name[1:])
    # each letter's names under the letter itself, read first (the regex engine skips ahead
    # to one of the letters, and passes over the other letters' names on one character each),
    # then looked behind from, and the rest of them read as a letter tree, longest first
    alternatives = "|".join(f"{re.escape(letter)}(?<![\\w'’-].){longest_first(rest)}"
                            for letter, rest in by_letter.items())
    pattern = re.compile(r"(?:" + alternatives + r")(?![\w-])(?!\s+[A-Z])")
    return pattern, names


def landmark_country(name: str) -> str | None:
    """The country code of the landmark of the table called ``name`` ("Villa Park": "GB"), or None."""
    found = _compiled()[1].get(name)
    return found.country if found is not None else None


class LandmarkMention(NamedTuple):
    pos: int  # sentence index
    start: int  # offset in the sentence
    end: int
    name: str
    landmark: Landmark
    after_prep: bool  # "at the Crucible", "outside Downing Street", "a Crucible semi-final"


def find_landmarks(sentences: list[str]) -> list[LandmarkMention]:
    """Every landmark of the table named in ``sentences``, in order.

    A name that needs a preposition before it and has none is left out.
    """
    pattern, names = _compiled()
    found = []
    for pos, sent in enumerate(sentences):
        for m in pattern.finditer(sent):
            landmark = names[m.group(0)]
            prep = bool(_PREP_BEFORE.search(sent, max(0, m.start() - 16), m.start())
                        or _EVENT_AFTER.match(sent, m.end())
                        or sent[m.end():m.end() + 1] == ")" and _FIXTURE_BEFORE.search(sent, 0, m.start()))
            if landmark.needs_prep and not prep:
                continue
            found.append(LandmarkMention(pos, m.start(), m.end(), m.group(0), landmark, prep))
    return found


#: Names of a country's own parties and institutions: evidence of that country, weighed as
#: a nationality word is ("Indonesian court"). Only names of one country; not news
#: outlets ("the BBC" reports from everywhere) nor names shared abroad ("Labour" is also
#: Ireland's, Norway's and New Zealand's).
NATIONAL_WORDS: dict[str, str] = {
    **dict.fromkeys(("tory", "tories", "liberal democrat", "liberal democrats",
                     "lib dem", "lib dems", "snp", "plaid cymru", "ukip", "nhs", "ofsted", "ofcom", "hmrc",
                     "home office", "foreign office", "crown prosecution service", "metropolitan police",
                     "met police", "unison", "arts council england", "dvla", "network rail",
                     # the BBC's home channels ("BBC Radio 3" is read "bbc radio"), not "the BBC", which a
                     # story from anywhere may quote
                     "bbc radio", "bbc one", "bbc two", "bbc radio scotland", "bbc radio wales"), "GB"),
    **dict.fromkeys(("republican", "republicans", "gop", "fbi", "cia", "medicare", "medicaid",
                     "house oversight committee", "senate judiciary committee", "drug enforcement administration",
                     "dea", "irs", "nypd", "lapd"), "US"),
    **dict.fromkeys(("taoiseach", "garda", "gardai", "gardaí", "fianna fail", "fianna fáil", "fine gael",
                     "sinn fein", "sinn féin"), "IE"),
    **dict.fromkeys(("lok sabha", "rajya sabha", "bjp"), "IN"),
    **dict.fromkeys(("bundeswehr", "cdu", "spd"), "DE"),
}
