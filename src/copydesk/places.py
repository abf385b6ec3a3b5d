"""FIRST CUT: datelines. To be replaced by gazetteer-backed place finding (issue 2)."""

from __future__ import annotations

import datetime as dt

from copydesk.model import Dateline, Document


def format_date(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def make_dateline(doc: Document, *, now: dt.datetime) -> tuple[Dateline, list[str]]:
    notes = []
    published = doc.article.published
    if published is None:
        day = now.date()
        notes.append(f"date assumed: no publication date known, used the run date {day.isoformat()}")
    else:
        day = published.date() if isinstance(published, dt.datetime) else published
    place = doc.article.place
    text = f"{place} – {format_date(day)}" if place else format_date(day)
    if not place:
        notes.append("no place: the text names no place, so the dateline carries the date alone")
    return Dateline(place=place, date=day, text=text, place_from="option" if place else "none",
                    date_assumed=published is None), notes
