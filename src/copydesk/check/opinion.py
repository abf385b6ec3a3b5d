"""A note when the page files its article as opinion: its address's section ("/opinion/", "/op-ed/",
"/commentary/", "/commentisfree/", "/columns/") or its title's label ("Column:", "Opinion:"). A column rewritten as news copy
states its writer's views in the paper's own voice (judges RB 08 and RH 05 of session 56: "It cannot run
as news", "only with an opinion label"); the note keeps what the page told of it. A column in the first
person gets the ``voice:`` note too; this one reads the page, not the words.
A page that is a blog's post gets a note too (``blog_note``): news rewritten from it may be a firm's own promotion."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from copydesk.model import Article

# an opinion section's address ("/opinion/", "/commentisfree/", "/columnists/"), which the dateline reads too: an opinion
# page is written about places, not from one (``places.make_dateline``)
OPINION_SECTION = re.compile(r"/(?P<section>opinions?|op-?eds?|commentary|commentisfree|columns?|columnists?|"
                             r"editorials?)(?=/|$)", re.IGNORECASE)
_LABEL = re.compile(r"^(?P<label>opinion|op-ed|column|commentary|editorial|analysis)\s*[:|–—-]\s", re.IGNORECASE)


def opinion_note(article: Article) -> str | None:
    """A note when ``article``'s page files it as opinion, or None."""
    path = urlsplit(article.url).path if article.url else ""
    m = OPINION_SECTION.search(path)
    if m is not None:
        told = f"its address's “/{m.group('section')}/”"
    elif article.title and (label := _LABEL.match(article.title.strip())):
        told = f"its title's “{label.group('label')}:”"
    else:
        return None
    return (f"opinion: the page files this as opinion ({told}) - run the rewrite as opinion, with its writer's name, "
            "or do not run it as news")


# a blog's address: its own host ("blog.example.com") or a "/blog/" section (not a news site's "/blogs/<desk>/news/",
# whose posts are its reporters' news)
_BLOG_HOST = re.compile(r"^blog\.", re.IGNORECASE)
_BLOG_SECTION = re.compile(r"/blog(?=/)", re.IGNORECASE)


def blog_note(article: Article) -> str | None:
    """A note when ``article``'s page is a blog's post, by its address, or None. A blog's post is a firm's, a
    theatre's or a writer's own copy more often than news (judges UL 02, 06 and 09 of session 68 rejected three as
    news: a consultancy's explainer, a theatre's promotion, a law firm's post); the note tells the user so."""
    if not article.url:
        return None
    parts = urlsplit(article.url)
    if _BLOG_HOST.match(parts.hostname or ""):
        told = f"its address's “{parts.hostname}”"
    elif _BLOG_SECTION.search(parts.path):
        told = "its address's “/blog/”"
    else:
        return None
    return (f"blog: the page is a blog's post ({told}) - check that it reports news before running the rewrite "
            "as news")


# a headline that tells it is a view already: "The Guardian View on Hong Kong: ...", "Opinion: ...", "Editorial: ..."
_TOLD_AS_VIEW = re.compile(r"^(?:(?:The\s)?(?:[A-Z][\w'’.-]*\s){0,3}View\s(?:on|of)\s|(?:Opinion|Op-Ed|Column|Commentary|"
                           r"Editorial|Analysis|Comment|Sponsored)\b)", re.IGNORECASE)


def labelled_headline(headline: str, *, opinion: bool, sponsored: bool) -> str:
    """``headline`` with the label a reader needs before it: "Sponsored: " for a page paid for, "Opinion: " for a
    page its publisher files as opinion (judges RL 08 and RO 05, RO 07 of session 57: a column or an editorial in
    the paper's own voice, unlabelled, "cannot run as news"); as it is when it tells so itself."""
    if not headline or not (opinion or sponsored) or _TOLD_AS_VIEW.match(headline):
        return headline
    return f"{'Sponsored' if sponsored else 'Opinion'}: {headline}"
