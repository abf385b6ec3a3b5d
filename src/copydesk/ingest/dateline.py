"""The head of an article: its wire dateline, a Daily Mail byline header, a date line.

``take_header`` looks at the first paragraphs of cleaned text and takes out, as
metadata:

* a Daily Mail header, "By . Jane Doe . PUBLISHED: . 14:35 EST, 2 April 2015 . |
  . UPDATED: ..." (and the bare "By . Jane Doe ."), with whatever dateline follows it;
* a wire dateline at the start of the first paragraph: "LONDON (Reuters) -",
  "Atlanta (CNN)", "(CNN) --", "WASHINGTON (AP) —", "ISLAMABAD:", "GAZA CITY, Gaza
  Strip —", "SEVILLA, 12 de marzo (EFE) —", and, when the place is one the gazetteer
  knows, the mixed-case forms "Bengaluru:", "Hamburg –", "Dubai, May 10:" and
  "Washington, DC, United States:". Up to two short standfirst paragraphs may come
  before it, and a title glued to the first paragraph ("... bowl eligible Dekalb,
  Ill. — Mike Glass threw ...") is split off when the dateline is an unmistakable one
  (an agency in brackets, or an AP state abbreviation).

``published_in_text`` reads a "PUBLISHED: ... 2 April 2015" line and
``date_in_url`` a ``/2017/05/19/`` path, for the dateline's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from copydesk.gazetteer import AP_STATES
from copydesk.lexicon import MONTHS, WEEKDAYS
from copydesk.splitmend import open_quote

_AGENCIES = (
    r"CNN|AP|Reuters|AFP|UPI|Xinhua|dpa|DPA|Bloomberg|EFE|ANSA|PTI|IANS|APP|Kyodo|Yonhap|"
    r"BBC|TASS|Interfax|KUNA|WAM|SPA|Anadolu|The Associated Press|Associated Press|"
    r"CNN Money|CNNMoney|EW\.com|Mashable|Variety|The Hollywood Reporter|CP|PA|NNA|"
    r"[A-Z]{2,5}"
)
_DASH = r"(?:--|—|–|-|:)"
_AGENCY = re.compile(_AGENCIES)
_OUTLET = r"[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,4}"  # a paper's or a station's name, in capitals
_PLACE_WORD = r"[A-Z][\w.'’\-]*"
_PLACE = rf"{_PLACE_WORD}(?: (?:{_PLACE_WORD}|de|del|la|el|al|of|upon|am|an|on|sur|en)){{0,4}}"
_CAPS_WORD = r"[A-Z][A-Z.'’\-]+"
_CAPS_PLACE = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ES_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
# ", 12 de marzo", ", May 10", ", 10 May 2015": a date the dateline carries after its place
_DATE = rf"(?:\d{{1,2}} de {_ES_MONTH}(?: de \d{{4}})?|{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?)"

WIRE_PATTERNS = (
    # "LONDON, England (CNN) --", "Boston (CNN)Dzhokhar", "WASHINGTON (AP) —"
    re.compile(rf"^(?P<place>{_PLACE}(?:, (?:{_PLACE})){{0,2}})(?:, {_DATE})?\s*\((?P<agency>{_AGENCIES})\)\s*{_DASH}?\s*"),
    # "(CNN) --", "(CNN)A mysterious ..."
    re.compile(rf"^\((?P<agency>{_AGENCIES})\)\s*{_DASH}?\s*"),
    # "ISLAMABAD:", "GAZA CITY, Gaza Strip —", "NEW DELHI -", "SEVILLA, 12 de marzo (EFE) —", and a paper's
    # own name where an agency's stands: "KIRKWALL (Orkney Gazette) -" (the place in capitals, the dash after)
    re.compile(rf"^(?P<place>{_CAPS_PLACE}(?:, (?:{_PLACE}))?)(?:, {_DATE})?\s*"
               rf"(?:\((?P<agency>{_AGENCIES}|{_OUTLET})\)\s*)?{_DASH}\s+"),
)
# "Bengaluru:", "Hamburg –", "Dubai, May 10:", "Washington, DC, United States:" - taken only
# when the gazetteer knows the place (see ``_known_place``).
_MIXED = re.compile(rf"^(?P<place>{_PLACE}(?:, (?:{_PLACE}|[A-Z]{{2}})){{0,2}})(?:, {_DATE})?\s*(?::|—|–|--| -)\s+")
_AP_STATE = "|".join(re.escape(s) for s in sorted(AP_STATES, key=len, reverse=True))
# A dateline after a title glued to the paragraph: only the unmistakable forms.
_GLUED = re.compile(
    rf"(?<=[a-z0-9’'\")])\s+(?P<dl>(?P<place>{_PLACE}(?:, (?:{_PLACE}|{_AP_STATE}))?)\s*\((?P<agency>{_AGENCIES})\)\s*{_DASH}?"
    rf"|(?P<place2>{_PLACE}), (?:{_AP_STATE})\s*(?:—|–|--|-))\s+(?=[A-Z\"“])"
)
_GLUED_WITHIN = 300  # characters from the start of the paragraph

# "By . Daily Mail Reporter . PUBLISHED: . 10:27 EST, 2 May 2013 . | . UPDATED: . 11:27 EST, 2 May 2013 . "
DM_BYLINE = re.compile(
    r"^(?:By\s*\.?\s*(?P<byline>[^.|]{2,80}?)\s*\.\s*)?"
    r"(?:(?:PUBLISHED|Published)\s*:?\s*\.?\s*[^|]{0,60}?\.\s*\|?\s*\.?\s*)"
    r"(?:(?:UPDATED|Updated)\s*:?\s*\.?\s*[^.]{0,60}?\d{4}\s*\.?\s*)?"
)
SIMPLE_BYLINE = re.compile(r"^By\s*\.\s*(?P<byline>[A-Z][^.|]{2,60}?)\s*\.\s+(?=[A-Z“\"'])")
_PUBLISHED = re.compile(
    rf"\bPUBLISHED\s*:?\s*\.?\s*(?:\d{{1,2}}:\d{{2}}\s*[A-Z]{{2,4}},?\s*)?(?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}})"
    rf"|\bPUBLISHED\s*:?\s*\.?\s*(?:\d{{1,2}}:\d{{2}}\s*[A-Z]{{2,4}},?\s*)?(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}}),? (?P<y2>\d{{4}})",
    re.IGNORECASE,
)
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2]|[a-z]{3,9})[/-](?P<d>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)",
    re.IGNORECASE,
)
# Shouted first words that are no place ("BREAKING:").
NOT_PLACES = {
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "LIVE", "NEW",
    "OPINION", "ANALYSIS", "EDITOR'S NOTE", "NOTE", "WARNING", "CORRECTION", "FACT CHECK",
    "REVIEW", "INTERVIEW", "SPOILER", "SPOILERS", "FIRST ON CNN", "UPDATE 1", "UPDATE 2",
}
_STANDFIRST_WORDS = 25  # a paragraph this short, before the dateline, is a standfirst
_STANDFIRSTS = 2


def _title_place(place: str) -> str:
    """"LONDON, England" -> "London, England"; mixed-case places stay as they are."""
    def fix(part: str) -> str:
        part = part.strip()
        if part.isupper() and part not in AP_STATES and len(part) > 2:
            return " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in part.split())
        return part

    return ", ".join(fix(p) for p in place.split(","))


def _starts_sentence(rest: str) -> bool:
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'(")


def _known_place(place: str) -> bool:
    """A mixed-case dateline's place must be a city, country or state the gazetteer knows."""
    from copydesk.gazetteer import gazetteer

    gaz = gazetteer()
    head = place.split(",")[0].strip().lower()
    if head in gaz.countries or head in gaz.states:
        return True
    return bool(gaz.cities.get(head)) and head not in _COMMON_WORDS


# Capitalised words that open a paragraph and are also towns ("Update:", "Overall:").
_COMMON_WORDS = {"update", "overall", "note", "warning", "watch", "video", "live", "read", "more",
                 "why", "what", "how", "who", "where", "when", "here", "today", "now", "also",
                 "however", "meanwhile", "still", "yet", "so", "but", "and", "then", "photo",
                 "pictured", "above", "below", "left", "right", "top", "bottom", "inset"}


def take_wire_dateline(text: str) -> tuple[str, str | None, str | None]:
    """Split a leading wire dateline off ``text``: (rest, dateline as it stood, place hint)."""
    for pattern in WIRE_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        rest = text[m.end():]
        if not _starts_sentence(rest):  # must leave a sentence behind, starting like one
            continue
        place = m.groupdict().get("place")
        if place and pattern is WIRE_PATTERNS[2] and not (m.group("agency") and _AGENCY.fullmatch(m.group("agency"))):
            # "ISLAMABAD:" - an all-caps place; refuse a shouted first word ("BREAKING:", "BREAKING (Gazette) -").
            if place.split(",")[0].strip().upper() in NOT_PLACES:
                continue
        return rest, m.group(0).strip(), _title_place(place) if place else None
    m = _MIXED.match(text)
    if m and _starts_sentence(text[m.end():]) and _known_place(m.group("place")):
        return text[m.end():], m.group(0).strip(), m.group("place")
    return text, None, None


def _glued_dateline(text: str) -> tuple[str, str, str, str] | None:
    """(title before, rest after, dateline, place) for a dateline after a glued title."""
    window = text[:_GLUED_WITHIN + 60]
    # (every match holds an agency's bracket or a dash: without one, no pattern to run)
    if "(" not in window and "-" not in window and "—" not in window and "–" not in window:
        return None
    m = _GLUED.search(text, 0, _GLUED_WITHIN + 60)
    if not m or m.start() > _GLUED_WITHIN:
        return None
    before = text[:m.start()].strip()
    if re.search(r"[.!?][\"”’')]*\s", before + " "):
        return None  # a sentence ended before it: this is running text, not a title
    place = m.group("place") or m.group("place2")
    return before, text[m.end():], m.group("dl").strip(), _title_place(place)


@dataclass
class Header:
    paragraphs: list[str]
    wire: str | None = None
    place: str | None = None
    byline: str | None = None


def take_header(paragraphs: list[str]) -> Header:
    """Take the byline header and the wire dateline off the first paragraphs."""
    out = Header(list(paragraphs))
    if not out.paragraphs:
        return out
    first = out.paragraphs[0]
    m = DM_BYLINE.match(first) if first.startswith(("By", "PUBLISHED", "Published")) else None
    if m and m.end() > 0 and ("PUBLISHED" in m.group(0) or "Published" in m.group(0)):
        out.byline = (m.group("byline") or "").strip() or None
        first = first[m.end():].lstrip()
    else:
        m2 = SIMPLE_BYLINE.match(first)
        if m2:
            out.byline = m2.group("byline").strip()
            first = first[m2.end():]
    out.paragraphs[0] = first
    for i, para in enumerate(out.paragraphs[:_STANDFIRSTS + 1]):
        rest, wire, place = take_wire_dateline(para)
        if wire:
            out.paragraphs[i], out.wire, out.place = rest, wire, place
            return out
        glued = _glued_dateline(para) if i == 0 else None
        if glued:
            before, rest, out.wire, out.place = glued
            out.paragraphs[i:i + 1] = [before, rest] if before else [rest]
            return out
        if i + 1 < len(out.paragraphs) and _lone_place(para, out.paragraphs[i + 1:i + 4]):
            out.paragraphs[i], out.wire, out.place = "", f"{para} –", para  # a page's dateline on a line
            out.paragraphs = [p for p in out.paragraphs if p]  # of its own: "Pittsburgh" | "Brock Nelson's ..."
            return out
        if len(para.split(None, _STANDFIRST_WORDS)) > _STANDFIRST_WORDS:
            break  # a real paragraph without a dateline: the story has none
    return out


def _lone_place(para: str, story: list[str]) -> bool:
    """Is ``para`` a place's name and nothing else, one the gazetteer knows and the story's first
    paragraphs name again ("Pittsburgh" | "... over the Pittsburgh Penguins"), and never write in
    lower case (a section's label: "Mobile" over "mobile phones")?"""
    words = para.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or para[-1:] in ".!?:\"'”’" \
            or not any(para in p for p in story):
        return False
    low = re.compile(r"\b" + re.escape(para.lower()) + r"\b")
    if any(low.search(p) for p in story):
        return False  # the story writes it as a word of its own ("mobile phones", "reading"): a label
    from copydesk.gazetteer import is_place_word  # (loaded only for such a line)

    return is_place_word(para)


def _month(value: str) -> int | None:
    """"4", "April", "Apr.", "Sept" -> the month's number; None for no month."""
    if value.isdigit():
        return int(value)
    key = value.lower().rstrip(".")
    key = "sep" if key == "sept" else key
    for i, name in enumerate(MONTHS):
        if len(key) >= 3 and name.startswith(key):
            return i + 1
    return None


def _make_date(year: str, month: str, day: str) -> dt.date | None:
    m = _month(month)
    try:
        return dt.date(int(year), m, int(day)) if m else None
    except ValueError:
        return None


def published_in_text(text: str) -> dt.date | None:
    """The date of a "PUBLISHED: 14:35 EST, 2 April 2015" line near the top of ``text``."""
    m = _PUBLISHED.search(text, 0, 2000)
    if not m:
        return None
    if m.group("y"):
        return _make_date(m.group("y"), m.group("m"), m.group("d"))
    return _make_date(m.group("y2"), m.group("m2"), m.group("d2"))


def date_in_url(url: str | None) -> dt.date | None:
    """The date of a URL path like ``/2017/05/19/`` or ``/2019/nov/18/``."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _make_date(m.group("y"), m.group("m"), m.group("d")) if m else None


# a year the text tells of (not part of a number: "1,950", "£2014", "2,014")
_YEAR = re.compile(r"(?<![\d£$€])(?<!\d,)(?<!\d\.)(?:19[5-9]\d|20\d\d)(?!\d|,\d)")
STALE_YEARS = 2  # a text whose latest year is this many years before the run date is older news


def latest_year(text: str) -> int | None:
    """The latest year ``text`` names (1950-2099), or None."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


# (not a name's or a habit's: "Good Friday", "the Mail on Sunday", "The Sunday Times", "every Monday")
_WEEKDAY = re.compile(r"(?<!Good\s)(?<!Black\s)(?<!Super\s)(?<!Bloody\s)(?<!Easter\s)(?<!Cyber\s)(?<!Holy\s)"
                      r"(?<!Mail on\s)(?<!every\s)(?<!Every\s)"
                      r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      r"(?!s\b|\s(?:Times|Telegraph|Post|Mirror|Express|People|Herald|Agreement|Night Football|Sport)\b)")
# a sentence that tells of a day to come: its weekday says nothing of when the story was written
_AHEAD = re.compile(r"\b(?:will|won't|shall|due|next|scheduled|expected|set to|set for|plans? to|until|adjourned|"
                    r"resumes?|continues|upcoming|this coming|ahead of|later|to be|to face|to play|to meet|"
                    # (a present that tells of a day to come: "The council votes on Friday")
                    r"votes|opens|closes|starts|begins|meets|kicks off|goes on sale)\b|\bfrom\s(?=[MTWFS][a-z]+day\b)|['’]ll\b")
WEEKDAY_BACK_MAX = 3  # days: a story told on the run date tells of what happened in the days just before


def weekdays_back(sentences: list[str] | tuple[str, ...], day: dt.date) -> int | None:
    """How many days before ``day`` the text's farthest weekday lies, of those it tells of as
    past ("on Tuesday night", "Villa Park looked a picture on Tuesday night"), or None when it
    tells of none: a story of Tuesday, told as past, was not written on a Sunday."""
    far = None
    for s in sentences:
        if "day" not in s or _AHEAD.search(s):
            continue
        for m in _WEEKDAY.finditer(s):
            back = (day.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
            far = back if far is None else max(far, back)
    return far


# a day of a month with no year: "on 9 August", "on Dec. 4" ("May" only before or after a day's
# number, where it is the month: "May 22", "22 May")
_DAY_MONTH = re.compile(r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s(?P<m1>" + _MONTH + r")(?!\s?,?\s?\d{4}|\w)"
                        r"|(?P<m2>" + _MONTH + r")\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s\d{4}|:))")
DATE_BACK_MAX = 31  # days: a story told on the run date tells of days of this month or the last


# a month told with no day or year as last year's: "the referendum last June" ("in April" may be
# any story's background: not read; nor "May", a name as often: "the last May government")
_MONTH_ALONE = re.compile(r"(?<!\bthe\s)\b(?P<last>last\s)(?P<m>January|February|March|April|June|July|August|"
                          r"September|October|November|December)\b(?!\s?,?\s?\d)")


def days_back(sentences: list[str] | tuple[str, ...], day: dt.date) -> int | None:
    """How many days before ``day`` the latest day of a month the text tells of as past lies
    ("found ... on 9 August", read in December: last August's), or None when it tells of none.
    A day that would fall after ``day`` this year, told as past, was last year's. A month told
    as "last June" counts by its last day (told in July: last year's June)."""
    near = None
    for s in sentences:
        if _AHEAD.search(s):
            continue
        for m in _MONTH_ALONE.finditer(s) if "last " in s else ():
            month = MONTHS.index(m.group("m").lower()) + 1
            # "last June" told in July (or "last August"): the month a year back, as papers use it; a
            # month two or more before the run date's ("last March", told in July) may be this year's:
            # read as the later of the two, the nearer the run date
            year = day.year - 1 if month >= day.month - 1 else day.year
            last_day = dt.date(year, month, calendar.monthrange(year, month)[1])
            back = max(0, (day - last_day).days)
            near = back if near is None else min(near, back)
        if not any(c.isdigit() for c in s):
            continue
        for m in _DAY_MONTH.finditer(s):
            month = _month(m.group("m1") or m.group("m2"))
            if month is None:
                continue
            try:
                told = dt.date(day.year, month, int(m.group("d1") or m.group("d2")))
                if told > day:
                    told = told.replace(year=day.year - 1)  # (last February had no 29th: no date)
            except ValueError:
                continue
            back = (day - told).days
            near = back if near is None else min(near, back)
    return near


# a holiday on a fixed day of the year (month, day): the story opens on it as its subject ("Anzac Day
# commemorates ...") or on its events ("the Boxing Day parade"), not as a day to come, nor with a year
# (not Easter, whose day moves, nor "Christmas", a season)
_HOLIDAYS = {
    "Anzac Day": (4, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Valentine's Day": (2, 14), "Halloween": (10, 31),
    "Hallowe'en": (10, 31), "Bonfire Night": (11, 5), "Guy Fawkes Night": (11, 5), "St Patrick's Day": (3, 17),
    "St George's Day": (4, 23), "St Andrew's Day": (11, 30), "Burns Night": (1, 25), "Hogmanay": (12, 31),
    "Armistice Day": (11, 11), "Australia Day": (1, 26), "Canada Day": (7, 1), "Bastille Day": (7, 14),
    "Fourth of July": (7, 4),
}


def _holiday_pattern(name: str) -> str:
    return re.escape(name).replace("'", "['’]").replace(r"St\ ", r"St\.?\ ")


_HOLIDAY = re.compile(r"(?:^|(?<=\bthe\s)|(?<=\b[Tt]his\syear['’]s\s))("
                      + "|".join(_holiday_pattern(n) for n in sorted(_HOLIDAYS, key=len, reverse=True)) + r")"
                      r"(?:(?=\s(?:[a-z]+s|is|was|has|had|saw|brought)\b)"
                      r"|(?=\s(?:service|services|parade|parades|celebrations|commemorations|march|marches|ceremony|"
                      r"ceremonies|events|dawn service)\b))")
HOLIDAY_SENTENCES = 3  # the lead's: a holiday the story opens on is the day it tells of


def holidays_back(sentences: list[str] | tuple[str, ...], day: dt.date) -> tuple[str, int] | None:
    """The holiday on a fixed day that the story's first sentences name (not as a day to come,
    nor with a year), and how many days before ``day`` its last date lies; None when they name
    none. A story that opens on Anzac Day was not written in July."""
    near: tuple[str, int] | None = None
    for s in sentences[:HOLIDAY_SENTENCES]:
        if _AHEAD.search(s) or re.search(r"\b(?:19|20)\d\d\b", s):
            continue
        for m in _HOLIDAY.finditer(s):
            name = m.group(1).replace("’", "'").replace("St.", "St")
            month, mday = _HOLIDAYS[name]
            told = dt.date(day.year, month, mday)
            if told > day:
                told = told.replace(year=day.year - 1)
            back = (day - told).days
            if near is None or back < near[1]:
                near = (name, back)
    return near


# where the paper's correspondent files from: "reports the BBC's Jo Example from the capital, Abuja",
# "says the BBC's Sam Example in Delhi", "the BBC's Jo Example in Budapest reports" (the dateline's own place)
_CORRESPONDENT = re.compile(r"\b[Tt]he\sBBC['’]s\s(?:[A-Z][\w'’-]+\s){1,3}(?:reports\s|says\s)?(?:in|from)\s"
                            r"(?:the\s(?:capital|city),\s)?(?P<place>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\b")


def correspondent_place(sentences: list[str] | tuple[str, ...]) -> str | None:
    """The one place the paper's correspondent files the story from, or None (none, or two)."""
    found = {m.group("place") for s in sentences if "BBC" in s for m in _CORRESPONDENT.finditer(s)}
    return found.pop() if len(found) == 1 else None


# the writer's own place, told in the copy: "... coach England in their Test series here in the Caribbean"
_WRITER_HERE = re.compile(r"\bhere in (?:the )?(?P<place>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)")


def writer_here(sentences: list[str] | tuple[str, ...]) -> str | None:
    """The place the writer says they are in ("here in the Caribbean"), outside quotations; or None."""
    for s in sentences:
        if "here in " in s and s[:1] not in "\"“‘'":
            for m in _WRITER_HERE.finditer(s):
                if not open_quote(s[:m.start()]):
                    return m.group("place")
    return None
