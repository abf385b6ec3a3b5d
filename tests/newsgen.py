"""Synthetic but realistic news articles and RSS/Atom feeds, written from our own templates.

Every article is built from a seed: a place, an institution, people with roles, numbers,
dates and quotes that are attributed, in inverted-pyramid order, 9 to 14 sentences in
4 to 7 paragraphs. Two seeds give two different stories (their word 3-shingles overlap
little), the same seed gives the same story, so syndicated copies can be made on purpose.
Used by the feed tests and by benchmarks/pipeline.py.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from email.utils import format_datetime
from html import escape

PLACES = [
    ("Leeds", "United Kingdom"), ("Porto", "Portugal"), ("Tampere", "Finland"), ("Ghent", "Belgium"),
    ("Valencia", "Spain"), ("Kraków", "Poland"), ("Halifax", "Canada"), ("Dunedin", "New Zealand"),
    ("Mombasa", "Kenya"), ("Cebu", "Philippines"), ("Recife", "Brazil"), ("Aarhus", "Denmark"),
    ("Graz", "Austria"), ("Tucson", "United States"), ("Hobart", "Australia"), ("Bergen", "Norway"),
]
FIRST = ["Maria", "Tomas", "Aisha", "Henrik", "Lucia", "Kwame", "Yuki", "Olga", "Rafael", "Ingrid",
         "Samir", "Chloe", "Mateo", "Priya", "Jonas", "Elif", "Nadia", "Bruno", "Hana", "Felix"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Castillo", "Novak", "Haddad", "Brennan", "Sato", "Keller",
        "Oyelaran", "Varga", "Delacroix", "Ferreira", "Nakamura", "Petrov", "Quinn", "Abara", "Holm"]
BODIES = [
    ("city council", "council leader"), ("regional health board", "chief executive"),
    ("port authority", "harbour master"), ("state university", "vice-chancellor"),
    ("transport agency", "director"), ("water utility", "operations manager"),
    ("public library service", "head librarian"), ("fire and rescue service", "chief fire officer"),
    ("housing association", "chair"), ("environment agency", "area manager"),
]
PROJECTS = [
    "a new tram line", "a flood barrier", "a children's hospital wing", "a cycle network",
    "a solar farm", "a ferry terminal", "a public swimming pool", "a district heating plant",
    "a science park", "a night bus service", "a seawall repair", "a community kitchen",
]
VERBS = ["approved", "delayed", "expanded", "cut the cost of", "opened bids for", "paused", "funded"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
GROUPS = ["residents", "shop owners", "commuters", "parents", "nurses", "fishing crews", "students",
          "bus drivers", "farmers", "pensioners"]
WORRIES = ["noise during construction", "rising fares", "lost parking", "the loss of green space",
           "delays to other projects", "higher local taxes", "traffic on side streets", "job cuts"]
QUOTES = [
    "We listened to {group} and changed the plan where it mattered",
    "This is the biggest investment the {body} has made in a generation",
    "Nobody should have to wait {n} years for something this basic",
    "The numbers work, and the timetable is realistic",
    "We will publish every contract so people can check our work",
    "It is not perfect, but it is a real step forward for {city}",
    "Our members were not consulted until the very last week",
    "If the money arrives on time, the first phase can open by {month}",
]


@dataclass
class Story:
    """One synthetic article."""

    key: str
    title: str
    paragraphs: list[str]
    published: dt.datetime
    author: str
    place: str

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def html(self) -> str:
        return "".join(f"<p>{escape(p)}</p>" for p in self.paragraphs)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def story(seed: int | str, *, base: dt.datetime | None = None) -> Story:
    """The story of ``seed``: same seed, same story."""
    rng = random.Random(f"copydesk-story-{seed}")
    city, country = rng.choice(PLACES)
    body, role = rng.choice(BODIES)
    project = rng.choice(PROJECTS)
    verb = rng.choice(VERBS)
    leader, critic, expert = _person(rng), _person(rng), _person(rng)
    day = rng.choice(DAYS)
    cost = rng.randint(3, 900)
    year = rng.randint(2026, 2031)
    month = rng.choice(MONTHS)
    group, worry = rng.choice(GROUPS), rng.choice(WORRIES)
    pct = rng.randint(3, 61)
    votes_for, votes_against = rng.randint(20, 45), rng.randint(2, 19)
    quotes = rng.sample(QUOTES, 3)
    fill = {"group": group, "body": body, "n": rng.randint(4, 25), "city": city, "month": month}
    q1, q2, q3 = (q.format(**fill) for q in quotes)
    n_jobs = rng.randint(40, 2500)
    ref = rng.randint(1000, 99999)

    lead = [
        f"The {body} in {city} {verb} {project} on {day}, in a decision that will shape the area for years.",
        f"The plan is expected to cost {cost} million euros and to be finished by {month} {year}, officials said.",
    ]
    quote_para = [
        f"\"{q1},\" said {leader}, the {role}, after the meeting.",
        f"Members voted {votes_for} to {votes_against} in favour after a debate that lasted "
        f"{rng.randint(2, 7)} hours.",
    ]
    context = [
        f"The project was first proposed in {rng.randint(2012, 2024)} but stalled when an earlier estimate "
        f"came in {pct} percent higher.",
        f"Around {n_jobs} jobs are linked to the work, according to a report filed as document {ref}.",
    ]
    critics = [
        f"Some {group} have raised concerns about {worry}.",
        f"\"{q2},\" said {critic}, who speaks for a local group of {group}.",
    ]
    expert_para = [
        f"{expert}, who studies public projects at a university in {country}, said similar schemes "
        f"elsewhere took {rng.randint(2, 9)} years longer than planned.",
        f"\"{q3},\" {expert.split()[0]} said.",
    ]
    tail = [
        f"A public consultation on the detailed design opens on {rng.randint(1, 28)} {rng.choice(MONTHS)}.",
        f"The {body} said it would report on progress every {rng.choice(['three', 'six'])} months.",
    ]
    middle = [context, critics, expert_para]
    rng.shuffle(middle)
    paragraphs = [" ".join(lead), " ".join(quote_para), *(" ".join(p) for p in middle)]
    if rng.random() < 0.6:
        paragraphs.append(" ".join(tail))
    base = base or dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC)
    published = base + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 20))
    title = f"{city} {body} {verb} {project}"
    title = title[0].upper() + title[1:]
    return Story(key=str(seed), title=title, paragraphs=paragraphs, published=published,
                 author=_person(rng), place=f"{city}, {country}")


def rss(title: str, link: str, items: list[tuple[str, Story]], *, full_content: bool = True) -> str:
    """An RSS 2.0 feed of ``items`` (each: the item's link, its story)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{escape(title)}</title><link>{escape(link)}</link><description>{escape(title)}</description>",
    ]
    for url, s in items:
        out.append("<item>")
        out.append(f"<title>{escape(s.title)}</title><link>{escape(url)}</link>")
        out.append(f'<guid isPermaLink="true">{escape(url)}</guid>')
        out.append(f"<pubDate>{format_datetime(s.published)}</pubDate><dc:creator>{escape(s.author)}</dc:creator>")
        out.append(f"<description>{escape(s.paragraphs[0])}</description>")
        if full_content:
            out.append(f"<content:encoded><![CDATA[{s.html}]]></content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def html_page(s: Story) -> str:
    """A web page for ``s``: navigation, the article, a footer."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(s.title)}</title>"
        f"<meta property='og:title' content='{escape(s.title, quote=True)}'>"
        f"<meta name='author' content='{escape(s.author, quote=True)}'>"
        f"<meta property='article:published_time' content='{s.published.isoformat()}'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<article><h1>{escape(s.title)}</h1>{s.html}</article>"
        "<footer>Copyright the Example Gazette. All rights reserved.</footer></body></html>"
    )
