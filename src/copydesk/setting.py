"""Where a story is set: the place its text puts it in, or None.

``salient_place`` reads the capitalised runs of an article's sentences and weighs each
place the gazetteer knows as evidence: a mention after "in", "at", "near", with a region
after it ("Omaha, Nebraska"), at a court ("Truro Crown Court"), at an address or in the
lead counts most; a hometown ("Jane Doe, 44, of Elgin", "born in"), a speaker's words,
a past event ("in Surrey in 1995"), a team ("against Mexico") and a name the text uses
for a club, company or person ("Manchester United", "Columbia University", "Matsuyama
shot a 66") count little or nothing. Nationality words ("Indonesian court") and regions
of one country add to their country. A country must clearly lead the others; a city or
region must lead its country and be named strongly, else the country alone is given.
When nothing clearly leads, there is no place: wrong is worse than absent.

The text layer (capitalised runs, hometowns, quotes) is ``copydesk.placescan``; what the
words before a name say of it (made up, a name given, past, wished for, a destination) is
``copydesk.placeclause``; a mention and the country it points to (homonyms) is
``copydesk.placemention``; what the mentions decide (the leading country, then its city or
region) is ``copydesk.placedecide``; the fallback for small towns, counties and regions when the
main gazetteer finds nothing or only the country is ``copydesk.smalltowns``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from copydesk.gazetteer import (
    DEMONYMS,
    GB_NATIONS,
    fallback_entries,
    fallback_index,
    gazetteer,
    is_place_word,
    qualifier_countries,
    regions,
)
from copydesk.landmarks import landmark_country
from copydesk.lexicon import REGION_WORDS
from copydesk.placeclause import (
    REGION_TOWN,
    TOWN_OF_AFTER,
    about_fiction,
    affiliated,
    city_of_area,
    made_there,
    not_real,
    town_in_region,
    unreal,
)
from copydesk.placedecide import decide
from copydesk.placehints import (
    country_of_institutions,
    hospital_town,
    landmark_mentions,
    position_weight,
    split_lists,
)
from copydesk.placemention import Mention
from copydesk.placescan import (
    AREA_WORDS,
    CLUB_AFTER,
    CLUB_BEFORE,
    HOMETOWN,
    HOMETOWN_ENDS,
    HOMETOWN_IN,
    LOCAL_BODY,
    MAX_SENTENCES,
    NOT_PLACES,
    PAST_AFTER,
    PAST_OF_PEOPLE_BEFORE,
    QUALIFIER,
    ROLE_AFTER,
    TEAM_BEFORE,
    TEAM_PART_AFTER,
    TOWN_COMMON,
    YEAR_EVENT_BEFORE,
    Runs,
    been_before,
    common_word,
    dated_background,
    in_quote,
    match_report,
    opinion_piece,
    result_to_come,
    scan,
    sport_told,
)
from copydesk.smalltowns import fallback_place, province_town

__all__ = ["MAX_SENTENCES", "find_places", "salient_place"]

_VERB_AFTER = re.compile(r"\s+(?:[a-z]{3,}ed|was|were|is|are|has|have|had|will|would|could|can|did|does|beat|won|lost|"
                         r"drew|play|plays|face|faces|host|hosts|lead|leads)\b")

_AMBIGUOUS_NEED_PREP = {"georgia", "jordan", "chad", "israel", "jersey",
                        "guinea", "niger", "sydney", "dallas", "houston", "phoenix",
                        "columbus", "buffalo", "madison", "victoria", "lincoln", "jackson",
                        "barcelona", "madrid", "milan", "liverpool", "munich", "dortmund",
                        "valencia", "seville", "sevilla", "lyon", "marseille", "porto",
                        "turin", "newcastle", "leicester", "southampton", "derby", "chelsea",
                        "bristol", "charlotte", "austin", "florence", "chester"}
_PREPS = {"in", "at", "from", "to", "near", "outside", "across", "into", "around", "throughout",
          "toward", "towards", "inside", "within", "of", "via", "visited", "visiting", "leave",
          "left", "reached", "entered",
          # the same for the commonest other languages of the news we see
          "von", "aus", "nach", "bei", "im", "de", "du", "à", "au", "dans", "en", "em", "na", "no",
          "da", "di", "desde", "hacia", "para"}
#: Words before a name that put the story there ("in Omaha"); the other ``_PREPS`` say
#: where someone came from or went ("from Elgin", "into Syria") and weigh less.
_STRONG_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within",
                 "off", "im", "dans", "en", "em", "nel", "nella"}
#: The last word of an organisation named after a place ("Manchester United").
_ORG_WORDS = {"united", "city", "athletic", "rovers", "wanderers", "albion", "fc", "afc", "hotspur",
              "university", "college"}
#: Verbs after a name that make it a person or a team ("Matsuyama shot a 66").
# words ending in "s" that are no team's plural nickname: the town's paper is still the town's ("the
# Dallas Morning News")
_NOT_NICKNAMES = frozenset("news times express press sports services affairs relations".split())
# (but "the Paris Olympics" stays the event's: sports copy says "since Paris" for the Games)
_PERSON_VERBS = {"said", "says", "told", "added", "shot", "scored", "won", "carded", "finished",
                 "admitted", "claimed", "insisted", "replied", "wrote", "tweeted", "denied",
                 "played", "signed", "joined", "beat", "defeated", "insists", "admits", "believes",
                 "thinks", "hopes", "wants", "posted", "blogged", "explained", "noted"}
_NEXT_WORD = re.compile(r"(?:'s|’s)?\s+([a-z]+)")
_CONCEDING = ("Although ", "Though ", "Even though ", "Whereas ")
_PLACE_NAMED = re.compile(r"\b(?:in|at)\s[A-Z][a-z]")
_COURT_WORDS = {"court", "crown", "magistrates", "sheriff", "coroner's", "coroners", "coroner"}
#: The last word of a venue named after its town ("Truro Crown Court"), and the words
#: between town and venue. Not hospitals (the injured are taken to the next town's) nor
#: airports (named after people as often: "Kennedy Airport").
_HARBOURS = frozenset(("harbour", "harbor"))
_VENUE_ENDS = _COURT_WORDS | {"council"} | _HARBOURS  # (and a town's council: "Sheffield City Council" says where, as strong; a town's harbour: "outside Sydney Harbour")
_TOWN_COURTS = frozenset(("crown", "magistrates", "sheriff"))
# a venue a town's possessive names: "London's Queen's Club", "Sheffield's Crucible Theatre"
_VENUE_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Club|Stadium|Theatre|Hospital|Airport|Cathedral|Arena|Castle|"
                          r"Guildhall|Town Hall)\b"
                          r"|\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:delivery|sorting|post|register|council)\s+office\b")
# (a named service's office in the town: "at Windsor's Royal Mail delivery office")
_VENUE_PARTS = _VENUE_ENDS | {"coroner", "magistrate", "county", "district", "city", "borough", "town",
                              "metropolitan"}  # "Bristol County Court", "Leeds City Council"
# the word after a name that makes it a region's ("Ondo state", "Sichuan Province")
_REGION_AFTER = re.compile(r"\s(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in REGION_WORDS) + r")\b"
                           # (the region's word ends its name: not "Birmingham state schools", "Ohio State University")
                           r"(?=\s*[,.;:)]|\s*$|\s(?:of|in|on|at|since|and|or|where|which|who|has|have|had|is|was|were|are|"
                           r"said|says|to|for|from|by|with|after|before|during|when|this|last|near)\b)")
# the region's own office after its name's possessive: "Ondo's state commissioner for health"
_REGION_OWN = re.compile(r"\s(?:state|province|region)\b")
# a country told with a region that other countries have a region of that name too: "Zimbabwe's
# Midlands province", "the Midlands province of Zimbabwe"
_COUNTRY_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s(?:the\s)?$")
_COUNTRY_AFTER = re.compile(r"(?:\s(?:[Ss]tate|[Pp]rovince|[Rr]egion))?(?:\sof|,)\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
_REGION_PREPS = (" in ", " across ", " throughout ", " around ", " near ", " in the ", " across the ")
# Words after a name that leave it a place: verbs and function words ("Iran said", "Ondo state").
_NOT_ATTRIBUTIVE = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
                    "may", "might", "should", "and", "or", "but", "to", "in", "on", "at", "of", "for",
                    "with", "by", "from", "as", "that", "which", "who", "where", "when", "than", "said",
                    "says", "state", "province", "county", "region", "district", "city", "last",
                    "this", "after", "before", "since", "until", "during", "into", "over", "under",
                    "did", "does", "do", "also", "now", "today", "earlier", "later", "what", "a",
                    "an", "the", "it", "its", "his", "her", "their", "our", "we", "they", "he", "she",
                    "you", "not", "no", "so", "if", "then", "because", "while", "about", "against",
                    "between", "through", "up", "out", "again", "all", "both", "more", "most", "such",
                    "only", "too", "very", "just", "been", "being", "be", "here", "there", "why",
                    "how", "whether", "yesterday", "tonight"}
# the word before a name, over "the" and a place's possessive ("in Nigeria's Ondo state": "in")
# (a word whole, from its first letter: the first that can be the last word before the name is
# a whole word, and a word read whole that is not that is no shorter one either)
_PREV_WORD = re.compile(r"([A-Za-z](?<![A-Za-z].)[A-Za-z]*+)\W*+(?:the\s+)?$")
_PREV_WORD_POSSESSIVE = re.compile(r"([A-Za-z]+)\W*(?:the\s+)?[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)*['’]s\s+$")


_NAMED_BEFORE_BRACKET = re.compile(r"[A-Z][\w'’-]+\s\($")
# a part of a town named before it: "in central London", "in east Belfast"
_PART_OF_TOWN = frozenset("central north south east west northern southern eastern western downtown "
                          "north-west north-east south-west south-east inner outer".split())


def _prep_kind(word: str | None) -> str:
    """"strong" ("in", "at"), "weak" ("from", "to", "of") or "" for the word before a name."""
    if not word:
        return ""
    word = word.lower()
    return "strong" if word in _STRONG_PREPS else "weak" if word in _PREPS else ""


class _People:
    """The one-word names the text has speak or play ("Brent said", "Matsuyama shot a 66"),
    each read only when asked for: ``find_places`` asks of a few places only, not of every
    capitalised word."""

    def __init__(self) -> None:
        self._uses: dict[str, list[tuple[str, int]]] = {}  # name -> (sentence, where its run ends)
        self._read: dict[str, bool] = {}

    def add(self, name: str, sent: str, end: int) -> None:
        self._uses.setdefault(name, []).append((sent, end))

    def __contains__(self, name: str) -> bool:
        got = self._read.get(name)
        if got is None:
            got = self._read[name] = any(
                after is not None and after.group(1) in _PERSON_VERBS
                for after in (_NEXT_WORD.match(sent, end) for sent, end in self._uses.get(name, ())))
        return got


def _name_uses(runs: Runs) -> tuple[set[str], _People]:
    """Names the text uses for something else: (organisations, people).

    An organisation: a place name that heads a longer name ending in an organisation
    word or a team's plural nickname ("Manchester United", "Columbia University", "San
    Antonio Spurs"). A person: a place name followed by a verb of speech or play
    ("Matsuyama shot a 66", "Brent said"). Either is taken for a place only after "in",
    "near" and the like.
    """
    gaz = gazetteer()
    orgs: set[str] = set()
    people = _People()
    for _, sent, m, tokens, lead, whole in runs:
        if len(tokens) >= 2 and tokens[-1].lower() in _VENUE_ENDS:
            continue  # "Truro Crown Court": a venue, see ``_venue``
        if len(tokens) >= 2:
            if is_place_word(whole):
                continue
            last = tokens[-1]
            head = whole
            for k in range(len(tokens) - 1, 0, -1):
                head = head[:head.rindex(" ")]  # the first k words (no word holds a space)
                if is_place_word(head):
                    if any(t.lower() in _ORG_WORDS for t in tokens[k:]) or (
                            last.endswith("s") and last[:-1].isalpha() and last.lower() not in gaz.cities
                            and last.lower() not in _NOT_NICKNAMES):
                        orgs.add(head)
                    break
        elif not lead:
            people.add(tokens[0].lower(), sent, m.end())
    return orgs, people


# "Toronto Street, Bolton": an address
# (after "in"/"on"/"at": "Chris Lane, Donna and Peter" is a man and his parents, no address)
_ADDRESS = re.compile(r"\b(?:in|on|at|off|along|of|to|into|near|from|outside|onto|towards|by)\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+\s"
                      r"(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Square),\s*$")
_BENCH = frozenset(("judge", "magistrate", "coroner", "court", "tribunal", "jury"))
_TEAM_ENDS = ("against", "versus", "vs", "beat", "beating", "for", "with", "at", "guided", "captained", "coached",
              "steered")


def _town_hall(tokens: list[str]) -> bool:
    """Is ``tokens`` a town's county, town or city hall ("Exeter County Hall")?"""
    return len(tokens) > 2 and tokens[-1] == "Hall" and tokens[-2] in ("County", "Town", "City")


def _venue(tokens: list[str]) -> list[str] | None:
    """The town of a court or airport ("Truro Crown Court" -> ["Truro"]), or None."""
    hall = _town_hall(tokens)  # (or a town's hall, where an inquest sits: "the coroner at Exeter County Hall")
    if (len(tokens) < 2 or tokens[-1].lower() not in _VENUE_ENDS) and not hall:
        return None
    head = list(tokens[:-1]) if hall else list(tokens)
    while len(head) > 1 and head[-1].lower().rstrip("'’s") in _VENUE_PARTS:
        head.pop()
    key = " ".join(head).lower()
    # a Crown, magistrates' or sheriff court bears a town's name, even a common word ("Mold Crown Court")
    town_court = any(t.lower().rstrip("'’") in _TOWN_COURTS for t in tokens[len(head):])
    known = key in gazetteer().cities or key in fallback_index() and (town_court or not common_word(key, TOWN_COMMON))
    return head if len(head) < len(tokens) and known else None  # not the "Supreme Court"


_TOWN_OF_BEFORE = re.compile(r"\b(?:city|town|village|suburb)\s+of\s+$")
_VENUE_IN = re.compile(r"\bat\s(?:the\s)?(?:[A-Z][\w'’-]*\s){1,4}(?:Centre|Center|Theatre|Theater|Hall|Arena|Museum|"
                       r"Gallery|Cathedral|Church|Abbey|Stadium)\sin\s$")
_TO_COME = re.compile(r"\b(?:will|would|to be|set to|due to|plans? to|is to|are to)\b")
_TOWN_PREPS = frozenset(("in", "at", "near"))
_TOWN_PREP_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$")
_POSSESSIVES = frozenset(("his", "her", "their"))
_OWNED_VENUES = frozenset("Hall Theatre Stadium Arena Park Centre Museum Gallery Library Cathedral Festival Day Racecourse".split())
_OWNER = re.compile(r"[A-Z][\w-]+['’]s\s")
# an event named for the town it is held in, told as where someone was: "expelled from the Dubai Open
# Chess tournament", "competing at the Madrid Open" (not "the Boston Marathon bomber", a person's label)
_TOWN_EVENTS = frozenset(("Open", "Marathon", "Masters", "Motor Show", "Air Show", "Film Festival"))
# a town told by the city it is near, after its own name: "in her Nyack village home, near New York"
# (its name, maybe "village", "town" or "suburb" and "home" or "house" after it; not "Barajas airport")
_NEAR_NAMED = re.compile(r"\b(?P<town>[A-Z][\w'’-]+)(?:\s(?:village|town|suburb))?(?:\s(?:home|house))?,\s+near\s$")

_NEAR_CITY_MIN = 500_000
_IN_THE_PICTURES = re.compile(r"(?:In|Among)\s(?:the|these|one\sof\sthe)\s(?:new\s)?(?:images|photographs|pictures|photos)\b")
_HOME_BEFORE = re.compile(r"\b(?:his|her|their)\s(?:house|home|garden|studio)\s(?:in|at)\s$")
_OTHER_FORCE = re.compile(r"\b(?!Scottish\s|Scotland\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Police|Constabulary)\b"
                          r"(?!\s(?:Authority|Federation|Commissioner|Investigations|Review|Scotland))")
# (where someone was: "at/in/during the", or "from the" after a removal: not "withdrew from the Madrid
# Open", "coverage from the Augusta Masters")
_AT_EVENT = re.compile(r"(?:\b(?:at|in|during)|\b(?:expelled|disqualified|ejected|removed|thrown\sout|sent\shome|points|"
                       r"title|money)\sfrom)\sthe\s$")  # (or what a player took from it: "1,000 ranking points from the")
# an event's own time, right after its name, past or to come: "expelled from the Dubai Open (Chess
# tournament) in March", "at the London Marathon last year", "at the Rome Open next week"
_EVENT_NOT_NOW = re.compile(r"(?:\s[A-Z][\w'’-]*){0,3}\s(?:[a-z]+\s){0,2}(?:in\s(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|\d{4})|(?:last|next)\s(?:year|month|week|season|summer|"
                            r"spring|autumn|winter)|\d+\s(?:years?|months?|weeks?)\sago|later\sthis|tomorrow)\b")
# the event, the story's first subject, and its verb: "The Miami Open is threatening to turn into ..." (judge QC 02)
_EVENT_GOES_ON = re.compile(r"\s(?:is|was|has|had|will|opens|opened|begins|began|starts|started|kicks\soff|returns|"
                            r"continues|threatens)\b(?![^.;]*\b(?:in|at|outside)\s[A-Z])")  # (not held elsewhere, rev53b)
_EVENT_THEN = re.compile(r"\b(?:ago|(?:last|next)\s(?:year|month|week|season)|in\s(?:19|20)\d\d)\b")  # (another time)
_CAPITAL_BEFORE = re.compile(r"\b(?:in|at|near|to)\sthe\s(?:[A-Z][\w'’-]+\s)?capital,?\s$")
_IN_OWN = re.compile(r"\b(?:in|at)\s(?:his|her|their)\s$")
_OWN_SEAT = re.compile(r"\s(?:constituency|seat|ward)\b")  # (a member's own: not "their Aberdeen home", anyone's)
_OFFICES = frozenset("mayor bishop dean provost sheriff council corporation".split())


def _town_beside(name: str, country: str) -> bool:
    """Is ``name`` a town of ``country`` (the main gazetteer's or the small towns' index)?"""
    return any(t.country == country and t.kind == "town" for t in fallback_entries(name.lower()))


def _office_of(key: str, cities: dict) -> str:
    """The town a capitalised office names ("lord mayor of portsmouth" -> "portsmouth"), or ""."""
    office, _, town = key.rpartition(" of ")
    return town if town in cities and office.rsplit(" ", 1)[-1] in _OFFICES else ""


def find_places(sentences: list[str], scanned: tuple[Runs, set[str]] | None = None) -> list[Mention]:
    """Every place mention of the first ``MAX_SENTENCES`` sentences, weighed as evidence.

    A mention weighs 1, twice that in the first three sentences (1.5 times in the next
    three), and twice again after "in"/"at"/"near" or with a region after it ("Omaha,
    Nebraska"): that is a strong mention. A hometown ("Jane Doe, 44, of Elgin") weighs a
    quarter: it says where a person is from, not where the story is.
    """
    gaz = gazetteer()
    mentions: list[Mention] = []
    names: set[str] = set()  # places the text names a thing after or makes up: never a setting
    runs, surnames = scanned or scan(sentences)
    orgs, people = _name_uses(runs)
    # a name the text tells as a town ("the rural southern Oklahoma city of Duncan") is that
    # town again after "in"/"at" ("visiting his girlfriend in Duncan"), though a surname too
    towns_told = {key for _pos, sent, m, _tokens, _lead, key in runs
                  if key in surnames and _TOWN_OF_BEFORE.search(sent, max(0, m.start() - 40), m.start())}
    hometown_end = (-1, -1)  # (pos, end of the qualifier of a hometown: "of Doha, Qatar")
    forces: set[tuple[int, str]] = set()  # (pos, key) of a nation's police force named ("Police Scotland")
    cities, countries, states, region_codes = gaz.cities, gaz.countries, gaz.states, regions()
    for pos, sent, m, tokens, lead, key in runs:
        office = " of " in key and _office_of(key, cities)  # "Lord Mayor of Portsmouth": the town's own office
        owned = len(tokens) > 2 and tokens[-1] in _OWNED_VENUES and tokens[0].lower() in cities \
            and _OWNER.match(m.group(0)) is not None  # "at Warrington's Parr Hall": the town of the venue
        event = len(tokens) > 1 and tokens[0].lower() in cities and not owned \
            and (tokens[1] in _TOWN_EVENTS or " ".join(tokens[1:3]) in _TOWN_EVENTS) \
            and (_AT_EVENT.search(sent, max(0, m.start() - 30), m.start()) is not None
                 or pos == 0 and m.start() == 0 and lead == "the" and _EVENT_GOES_ON.match(sent, m.end())
                 and not _EVENT_THEN.search(sent)) \
            and not _EVENT_NOT_NOW.match(sent, m.end())
        # (not one with its own time, past or to come: "expelled from the Dubai Open in March", "at the Rome
        # Open next week")
        if owned or event:
            tokens, key = tokens[:1], tokens[0].lower()
        force = len(tokens) in (2, 3) and tokens[0] == "Police" and " ".join(tokens[1:]).lower() in countries \
            and not any(_OTHER_FORCE.search(t) for t in sentences[:MAX_SENTENCES])
        # (not beside another force: "Police Scotland officers have joined Northumbria Police in the search")
        if force:  # "Police Scotland have appealed": the nation's own force, as "Baltimore police" is the city's
            tokens, key = tokens[1:], " ".join(tokens[1:]).lower()
            forces.add((pos, key))
        if office:
            tokens, key = tokens[-len(office.split()):], office
        if (key not in cities and key not in countries and key not in states and key not in region_codes
                and (len(tokens) < 2 or tokens[-1].lower() not in _VENUE_ENDS and not _town_hall(tokens))
                and not key.endswith(("-based", "-area"))):
            continue  # no place, no venue and no "-based": most runs, skipped at once
        based = key.endswith("-based") and len(tokens[-1]) > 6
        area = key.endswith("-area") and len(tokens[-1]) > 5  # "a Detroit-area soccer referee": the town's area
        if based or area:  # "a Belfast-based investment firm": where a firm or a person works from
            tokens = [*tokens[:-1], tokens[-1][:-6 if based else -5]]
            key = " ".join(tokens).lower()
            if key not in gaz.cities or gaz.cities[key][0].population < _BASED_MIN:
                continue  # "Devonport-based ships": a small town of that name may lie anywhere
        if key in cities and (held := landmark_country(" ".join(tokens))) is not None \
                and all(town.country != held for town in cities[key]) and sport_told(sentences):
            continue  # "at Villa Park" in a match report: the ground, whose town the landmarks tell (no Villa Park, Illinois)
        venue = _venue(tokens)
        harbour = bool(venue) and tokens[-1].lower() in _HARBOURS  # (a town's harbour: no court)
        council = bool(venue) and tokens[-1] == "Council"  # "Sheffield City Council said": the town's own
        british = bool(venue) and any(t.lower() in ("crown", "sheriff") for t in tokens)  # ("Airdrie Sheriff Court")
        if venue:
            tokens = venue  # "Truro Crown Court": the court's town, where the story is
            key = " ".join(tokens).lower()
            if council:
                venue = None  # (a strong mention of the town, no court's)
        surface = " ".join(tokens)
        if key in NOT_PLACES and key not in _AMBIGUOUS_NEED_PREP:
            continue
        before = sent[max(0, m.start() - 40): m.start()]
        if key in surnames and key not in gaz.countries and not _TOWN_OF_BEFORE.search(before) \
                and not (key in towns_told and (venue or lead in _TOWN_PREPS or _TOWN_PREP_BEFORE.search(before))
                         and not m.group(0).endswith(("'s", "’s"))):  # ("at Duncan's apartment": his)
            continue  # (a surname, unless told as a town: "the rural southern Oklahoma city of Duncan")
        is_city = key in gaz.cities or bool(venue)
        is_country = key in gaz.countries
        is_state = key in gaz.states
        if is_state and is_city and not venue and (gaz.cities[key][0].population < 100_000
                                                   or gaz.cities[key][0].country != "US"):
            is_city = False  # "Florida", "Virginia": the state, not a town abroad of that name
        region_word = None if venue else _REGION_AFTER.match(sent, m.end()) or (
            _REGION_OWN.match(sent, m.end()) if m.group(0).endswith(("'s", "’s")) else None)
        if is_city and region_word and len(regions().get(key, ())) == 1:
            is_city = False  # "in Nigeria's Ondo state", "Hubei province": the region, not its town of that name
        region = None
        if not (is_city or is_country or is_state):
            codes = regions().get(key, ())
            if len(codes) > 1:  # ("Zimbabwe's Midlands province": the country told with it says which)
                told = _COUNTRY_BEFORE.search(before) or _COUNTRY_AFTER.match(sent, m.end())
                code = gaz.countries.get(told.group(1).lower()) if told else None
                codes = (code,) if code in codes else codes
            told_as_region = region_word is not None or before.endswith(_REGION_PREPS)
            if len(codes) != 1 or surface.isupper() or key in AREA_WORDS or common_word(key, _REGION_COMMON) \
                    or not told_as_region and (key in DEMONYMS or key in people or key in orgs or key in surnames):
                continue  # (nor a people's name, "Somali immigrants", nor a person's or a club's, "Kerry said",
                # "Roma": unless told as the region, "in Kerry", "Ethiopia's Somali region")
            region = codes[0]  # "Queensland", "Bavaria": a region of one country
        if ROLE_AFTER.match(sent, m.end()) or before.endswith("(") and _NAMED_BEFORE_BRACKET.search(before):
            continue  # (or a town's other name in brackets: "in Kolkata (Calcutta)" names one town)
        tail = before.rstrip()
        last = tail.rsplit(None, 1)[-1] if tail else ""  # each pattern below ends on a word here
        prev = None if lead else (_PREV_WORD_POSSESSIVE if before.endswith(("'s ", "’s ")) else _PREV_WORD).search(before)
        if prev and is_city and not is_country and prev.group(1).lower() in _PART_OF_TOWN:
            prev = _PREV_WORD.search(before[:prev.start(1)])  # "in central London": the word before the part
        bench = based and (after_based := _NEXT_WORD.match(sent, m.end())) is not None \
            and after_based.group(1) in _BENCH  # "a Brisbane-based judge": the court the ruling is heard at
        kind = "strong" if office or area or owned or event or force or bench else "weak" if based \
            else _prep_kind(lead or (prev.group(1) if prev else None))
        if kind == "strong" and last == "near" and is_city and cities[key][0].population >= _NEAR_CITY_MIN \
                and (town := _NEAR_NAMED.search(before)) and _town_beside(town.group("town"), cities[key][0].country):
            kind = "weak"  # "in her Nyack village home, near New York": the place named before it is the story's
            # (a great city a town is told by; not "Little Gaddesden, near Berkhamsted", a town's own)
        if m.group(0).endswith(("'s", "’s")) and is_city and _VENUE_AFTER.match(sent, m.end()):
            kind = "strong"  # "London's Queen's Club will host ...": the town of the venue
        if tail.endswith(",") and _ADDRESS.search(before):
            kind = "strong"  # "a house in Toronto Street, Bolton"
        if made_there(last, before):
            kind = "strong"  # "the mayor of Freiburg", "der Stadtrat von Freiburg", "travelled to Glasgow"
        if is_city and not is_country and (last == "capital" or last == "capital," or last in _POSSESSIVES) \
                and (_CAPITAL_BEFORE.search(before) or _OWN_SEAT.match(sent, m.end()) and _IN_OWN.search(before)):
            kind = "strong"  # "at a forum in the capital Astana", "campaigning in his Hereford constituency"
        local = is_city and not is_country and LOCAL_BODY.match(sent, m.end()) is not None
        if council or local and not lead:
            kind = "strong"  # "Baltimore police said": the city's own police
        q = QUALIFIER.match(sent, m.end())
        qualifier = q.group(1).rstrip(".") if q else None  # "in Doha, Qatar."
        if qualifier and not qualifier_countries(qualifier):
            qualifier = None
        if qualifier and key in cities and qualifier.lower() in countries and qualifier.lower() not in gaz.states \
                and _VERB_AFTER.match(sent, q.end()) \
                and not ({c.country for c in cities[key]} | {e.country for e in fallback_entries(key)}) \
                & set(qualifier_countries(qualifier)):  # (a country, a team: not "of Keswick, Cumbria was foiled")
            qualifier = None  # "in Port-Gentil, Egypt failed ...": the next clause's subject, not the town's country
            # (never a state's name too: "Police in Rome, Georgia have arrested ...", a town of the state the
            # gazetteer lacks, reviewer rev49b)
        if qualifier is None and british:
            qualifier = "United Kingdom"  # a Crown or sheriff court is Britain's (a magistrates' court may be Australia's)
        if qualifier is None and last == "of" and is_city:
            region_town = REGION_TOWN.search(sent, max(0, m.start() - 60), m.start())
            if region_town and qualifier_countries(region_town.group(1)):
                qualifier = region_town.group(1)  # "the Lincolnshire town of Boston"
        if last.removesuffix(".").endswith(_TEAM_ENDS) and TEAM_BEFORE.search(before):
            continue  # "a strain against Mexico": a team
        if is_city and not is_country and (last in ("to", "at", "with", "from") and CLUB_BEFORE.search(before)
                                           or CLUB_AFTER.match(sent, m.end())
                                           or TEAM_PART_AFTER.match(sent, m.end()) and before.endswith("the ")
                                           and match_report(sentences)):
            continue  # "loaned back to Lille", "at Lille this season", "in the Warrington defence": the club
        name_use = key in _AMBIGUOUS_NEED_PREP or not is_country and (key in orgs or key in people)
        if name_use and m.group(0).endswith(("'s", "’s")) and not _VENUE_AFTER.match(sent, m.end()):
            continue  # "in Barcelona's history": the club
        if name_use and not (
                kind == "strong" and lead != "at" and (not prev or prev.group(1).lower() != "at")
                or qualifier or venue):
            continue  # "at Chelsea", "Matsuyama shot": a club, a person (not "Liverpool Crown Court")
        if is_city and not is_country and not qualifier and not venue:
            top = gaz.cities[key][0]
            if not kind and top.population < 300_000 or (kind != "strong" and top.population < 100_000
                                                         and common_word(key, TOWN_COMMON)):
                continue  # a lesser town or a common word ("Cocoa") standing alone
        if TOWN_OF_AFTER.match(sent, m.end()):
            continue  # "the Lincolnshire town of Boston": the town's region, told with the town
        if not_real(sent, m.start()):
            names.add(key)  # "a lamb named Big Ben", "set in the fictional city of Los Santos"
            continue
        quoted = in_quote(sent, m.start())
        past = bool(PAST_AFTER.match(sent, q.end() if q else m.end())) or unreal(sent, m.start(), pos) \
            or dated_background(sentences, pos) \
            or result_to_come(sent, m.start(), q.end() if q else m.end()) \
            or bool(before[-1:] == " " and (YEAR_EVENT_BEFORE.search(before[-80:])
                                            or " who " in before and PAST_OF_PEOPLE_BEFORE.search(before)
                                            or been_before(sent, m.start()))) \
            or " seen " in sent and _HOME_BEFORE.search(before) is not None and _IN_THE_PICTURES.match(sent) is not None
        # ("In the images, ... the painter is seen ... walking around her house in Mexico": where a picture of
        # someone at home was taken, not where the story is; footage of the story's own event still sets it)
        # ("Although the main ceremony took place in Shanghai, her part took place in Monte Carlo"):
        # the place conceded is the story's foil, not its setting
        # (only when the main clause names another place: "Although flooding in York is common, this
        # week's levels ..." is set in York)
        # ("Whereas a similar line in Leeds took ten years, ...": a comparison's place, always the foil)
        conceded = sent.startswith(_CONCEDING) and "," not in sent[:m.start()] \
            and (sent.startswith("Whereas ") or _PLACE_NAMED.search(sent, sent.find(",", m.end()) + 1 or len(sent)) is not None)
        strong = bool(kind == "strong" or qualifier or venue) and not quoted and not past and not conceded
        held_at = strong and not venue and before.endswith(" in ") and _VENUE_IN.search(before) is not None \
            and not _TO_COME.search(before)  # ("her farewell show will be at the Example Hall in Leeds": not yet)
        # ("premiered at Chapter Arts Centre in Cardiff": the town of the venue an event was held at)
        weight = position_weight(pos) * (3.0 if venue and not harbour or held_at else 2.0 if strong else 1.0)
        after = _NEXT_WORD.match(sent, m.end())
        if last in HOMETOWN_ENDS and (HOMETOWN.search(before) or last == "in" and (" from " in before or " of " in before)
                                      and HOMETOWN_IN.search(before)) or not venue and affiliated(sent, before):
            weight, strong = 0.25, False
        elif quoted or past or conceded:
            weight *= 0.5  # a speaker's words ("I lived my whole life in Barcelona"), the past, a wish
        elif not strong and not based and after and after.group(1) not in _NOT_ATTRIBUTIVE and not after.group(1).endswith("ed"):
            weight *= 0.5  # "the Iran deal", "Minnesota men": about it, not set there
        if hometown_end[0] == pos and m.start() < hometown_end[1]:
            weight, strong = 0.25, False  # "a buyer in Doha, Qatar": Qatar is the hometown's too
        elif q and qualifier and weight == 0.25 and last in HOMETOWN_ENDS and HOMETOWN.search(before):
            hometown_end = (pos, q.end())
        if is_country:
            mentions.append(Mention("country", key, surface, None, weight, pos, strong, aside=quoted or past))
        elif is_city:
            mentions.append(Mention("city", key, surface, qualifier, weight, pos, strong, court=bool(venue) and not harbour,
                                     aside=quoted or past, local=local and not quoted and not past))
        elif is_state:
            mentions.append(Mention("state", key, surface, None, weight, pos, strong))
        elif region:
            # (told as the source tells it, "Ondo State, Nigeria": "Ondo, Nigeria" reads as the town)
            told = f"{surface} {region_word.group(0).strip().capitalize()}" if region_word else surface
            mentions.append(Mention("region", key, told, region, weight, pos, strong))
    if any(m.qualifier == "Washington" for m in mentions):  # ("a Bellingham, Washington woman": the state's
        mentions = [replace(m, kind="state", qualifier=None) if m.kind == "city" and m.key == "washington"
                    and not m.qualifier else m for m in mentions]  # name; "in Washington" is the state)
    if forces and any((m.pos, m.key) not in forces and (m.strong or m.kind in ("city", "region")) and not m.aside
                      and m.surface.title() not in GB_NATIONS.values() for m in mentions):
        # (a force sets the story in its nation only when the story puts it in no other place: "Police
        # Scotland" helping a search near Wooler, Northumberland, or for a Fife woman missing in Benidorm;
        # another nation stays beside it, and the two at odds give the kingdom: "may have travelled to England")
        mentions = [m for m in mentions if (m.pos, m.key) not in forces]
    named_at = {(m.pos, m.key) for m in mentions}
    # "at Eden Gardens in Kolkata": the landmark and its town are one mention, not two
    mentions += [m for m in landmark_mentions(sentences[:MAX_SENTENCES], gaz) if (m.pos, m.key) not in named_at]
    if names:  # once a made-up place or a name, always: "Fans in Los Santos forums", "Big Ben: the lamb"
        mentions = [m for m in mentions if m.key not in names]
        surnames.update(names)  # (and the fallback for small places, which skips these names, too)
    return split_lists(mentions)


#: A "-based" town counts only when its largest namesake has this many people.
_BASED_MIN = 100_000
#: A region's name this common as a word ("Capital", "Centre") is no region in the main scan.
_REGION_COMMON = 4.8


def salient_place(sentences: list[str]) -> str | None:
    """The place an article is set in, as "City, Country", "Region, Country" or "Country".

    None when no place clearly leads: wrong is worse than absent. When only the country
    is clear, a small town of that country the text puts the story in ("in Llangollen")
    is named from the fallback index. An opinion piece or column (written in the first
    person) has none: what it talks about is not where it was written.
    """
    if opinion_piece(sentences):
        return None
    gaz = gazetteer()
    scanned = scan(sentences)
    mentions = find_places(sentences, scanned)
    if mentions and about_fiction(sentences):
        # a story about a film or a game: a place it names once may be the work's own
        named: dict[str, int] = defaultdict(int)
        for m in mentions:
            named[m.key] += 1
        mentions = [m for m in mentions if named[m.key] > 1]
    if not mentions:
        return fallback_place(*scanned) or hospital_town(scanned[0], gaz) or country_of_institutions(scanned[0], gaz)
    place, country = decide(mentions, scanned, gaz, sentences)
    if country is None:
        if place and (small := fallback_place(*scanned)) and town_in_region(place, small, sentences):
            return small  # ("in Wittmann, Arizona": the town, not the state)
        return city_of_area(place, sentences[:MAX_SENTENCES], gaz) if place else place
    small = fallback_place(*scanned)
    if small and small.rpartition(", ")[2] == gaz.country_names.get(country):
        return small
    if small is None and place == gaz.country_names.get(country):  # ("Residents of Ansai, in Shaanxi Province")
        return province_town(sentences[:MAX_SENTENCES], country, scanned[1]) or place
    if small is None and place is None:  # (the country alone, named in passing: a hospital of one of its towns)
        return hospital_town(scanned[0], gaz, country)
    return place
