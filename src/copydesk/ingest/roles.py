"""What each source sentence is, read as an editor reads a page.

``roles`` gives every sentence of a ``Document`` one role:

* ``lead``: the first sentence of the story proper;
* ``body``: running copy;
* ``quote``: running copy that carries a quotation;
* ``standfirst``: a subhead or highlight line (all capitals, "WHAT HAPPENED NEXT .",
  a Daily Mail highlight bullet at the top ending in " .");
* ``caption``: a photo caption ("Label: ... (left) ... .", a sentence ending in " .",
  "(pictured)", "(shown)", "(above)", "(file picture)", "(From L-R) ...");
* ``byline``: "By Jane Doe", "CNN's Jane Doe contributed to this report.";
* ``timestamp``: "PUBLISHED: 10:27 EST, 2 May 2013", "Last updated at 10:27";
* ``related``: a related-story link ("READ MORE: ...", "Opinion: What X deserves .");
* ``promo``: promotion or sponsorship ("Sign up for ...", "Sponsored by ...");
* ``embed``: the stub an embedded post or video leaves ("pic.twitter.com/...",
  "— Jane (@jane) May 2, 2015", "Scroll down for video");
* ``nav``: site navigation ("Back to top", "Share this article");
* ``joined``: two sentences run together where the scrape lost a boundary ("... for the
  second time But, 23 years on, ..."): no rule can tell where one ends, so it never ships.

Only ``lead``, ``body`` and ``quote`` sentences may ship (``SHIPPABLE``).

``opening_dependency`` says why a sentence cannot open a passage on its own (a pronoun,
a connective, a bare reference, a quote continuation); ``clean_title`` decodes HTML
entities and strips the site name from a page title.
"""

from __future__ import annotations

import html
import re

SHIPPABLE = frozenset({"lead", "body", "quote"})
REPEAT_WORDS = 8
ROLES = ("lead", "body", "quote", "standfirst", "caption", "byline", "timestamp", "related",
         "promo", "embed", "nav", "joined")

# A Daily Mail / CNN page-furniture line: the stop stands apart (" ."), as the
# scrapers left captions, related links and highlight bullets.
_SPACED_STOP = re.compile(r"\s[.:]$")
_PHOTO_MARK = re.compile(
    r"\((?:left|right|centre|center|top|bottom|above|below|inset|pictured|shown|file(?: picture| photo)?|"
    r"from l-?r|l-?r|top left|top right|bottom left|bottom right|far left|far right|second left|"
    r"second right|centre left|centre right|left to right|main(?: picture)?|file image)\)",
    re.IGNORECASE,
)
_FROM_LR = re.compile(r"^\(?(?:from )?(?:l-?r|left to right)\)?\b", re.IGNORECASE)
_PICTURED = re.compile(r"\b(?:pictured|photographed|seen) (?:here|above|below|left|right|with|at|in|on)\b",
                       re.IGNORECASE)
_LABEL = re.compile(r"^(?P<label>[A-Z0-9][\w'’&.\- ]{0,40}?):\s+(?P<rest>.+)$")
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|explained|insisted|stated|wrote|writes|"
    r"claimed|warned|argued|announced|declared|tweeted|noted|replied|continued|admitted)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:By\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,4}\s*\.?$"
    r"|(?:[A-Z][\w.'’\-]+\s+){0,3}[A-Z][\w.'’\-]+'s\s+.{0,200}\b(?:contributed|reported|wrote)\b"
    r"[^.]{0,60}\.$"
    r"|[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,4}\s+(?:also\s+)?(?:contributed to this (?:report|story|article)"
    r"|reported (?:and wrote )?from [A-Z][\w .,'’\-]{0,40})[^.]{0,80}\.$"
    r"|(?:Additional reporting|Reporting|Writing|Editing) by\s.{0,120}$)",
)
_TIMESTAMP = re.compile(
    r"^(?:PUBLISHED|UPDATED|Published|Updated|Last updated|Posted|First published)\b.{0,80}$"
    r"|^\d{1,2}:\d\d\s*(?:[AP]M|EST|EDT|GMT|BST|UTC)?\b.{0,40}$",
)
_RELATED = re.compile(
    r"^(?:READ(?: MORE)?|Read(?: more)?|RELATED|Related|MORE|More|SEE ALSO|See also|WATCH|Watch|"
    r"OPINION|Opinion|ANALYSIS|PHOTOS|Photos|VIDEO|Video|Gallery|GALLERY|LISTEN|Listen|"
    r"Also read|ALSO READ|Don't miss|DON'T MISS|Click here|CLICK HERE)\s*:",
)
_PROMO = re.compile(
    r"^(?:Sign up|Subscribe|Download (?:the|our)|Follow (?:us|@)|Like us on|Sponsored|"
    r"Paid (?:post|content)|Advertisement|Promoted|Get (?:our|the) (?:newsletter|app)|"
    r"For (?:the latest|more) (?:news|stories|updates)|Join (?:us|the conversation)|"
    r"Share (?:this|your)|Have you got a story|Do you have a story|Got a story)\b"
    r"|\bwill (?:be )?(?:providing|bringing|keeping) you (?:with|all|up)\b"
    r"|\b(?:not (?:currently )?accepting comments|comments (?:are|have been) (?:closed|disabled))\b",
    re.IGNORECASE,
)
_EMBED = re.compile(
    r"pic\.twitter\.com/|instagram\.com/p/|^—\s?[^()]{1,60}\(@\w+\)|\(@\w+\)\s+\w+ \d{1,2}, \d{4}$"
    r"|^(?:Scroll down for (?:video|more)|Watch the video|Media playback is (?:not |un)supported|"
    r"View this post on Instagram|A post shared by|This video is|Embedded video|Your browser does not)",
    re.IGNORECASE,
)
_NAV = re.compile(
    r"^(?:Home|Back to top|Skip to (?:main )?content|Share(?: this)?(?: article| story)?|Print|"
    r"Email|Comments?|Next (?:article|story)|Previous (?:article|story)|Menu|Search|Close|Log ?in|"
    r"Sign in|Register|Most (?:read|popular)|Trending)\s*[.:|]?$",
    re.IGNORECASE,
)
_URL_ONLY = re.compile(r"^\(?\+?[\d ()+\-]{0,20}\)?[,;]?\s*(?:[\w\-]+\.)+(?:com|org|net|co\.uk|uk|gov|info)\b\S*\s*\.?$")
_CAPS = re.compile(r"[A-Z]")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]$")
_LOWER = re.compile(r"[a-z]")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b"
    r"|\b[a-z]{3,}(?:ed|es)\b|\b[a-z]{3,}s\b",
)
_DOUBLE = re.compile('["“”]')
# a capitalised connective straight after a lower-case word: a lost sentence boundary
_MARKS_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]")  # words inside double quotes are the speaker's
_JOINED = re.compile(r"(?<=[a-z]) (?:But|However|Meanwhile|Yet|Instead|Nevertheless)(?=[ ,])")
# a related-story title quoting someone, with no stop: "Houthi leader: 'Anyone who ... is dreaming'"
_QUOTE_TITLE = re.compile(r"^(?P<label>[A-Z][\w'’.\- ]{0,40}):\s+['‘\"“][^'’\"”]{5,}[\w]['’\"”]$")
_STAT_LINE = re.compile(r"^[\d.,%£$€]+\s+[–—-]\s+[A-Z]|\((?:supplied|provided|courtesy) (?:by|of) [A-Z]\w+\)")


def _caption(sentence: str, position: int) -> bool:
    s = sentence.strip()
    if "(" in s and (_FROM_LR.match(s) or _PHOTO_MARK.search(s)):
        return True
    label = _LABEL.match(s) if ":" in s else None
    if label and not _SPEECH.search(label.group("label")) and not _DOUBLE.search(label.group("label")):
        label_words = label.group("label").split()
        rest = label.group("rest")
        if len(label_words) <= 5 and (_SPACED_STOP.search(s) or len(rest.split()) <= 8) \
                and not rest.startswith(("'", '"', "‘", "“")):
            return True
    return False


def role_of(sentence: str, position: int, total: int) -> str:
    """The role of one sentence, from its own text and where it stands (0-based)."""
    s = sentence.strip()
    if not s:
        return "nav"
    if _TIMESTAMP.match(s):
        return "timestamp"
    if _BYLINE.match(s):
        return "byline"
    if _EMBED.search(s):
        return "embed"
    if ":" in s and _RELATED.match(s):
        return "related"
    title = _QUOTE_TITLE.match(s) if ":" in s else None
    if title and not _SPEECH.search(title.group("label")):
        return "related"
    if _PROMO.search(s):
        return "promo"
    if len(s) < 80 and (_NAV.match(s) or _URL_ONLY.match(s)):
        return "nav"
    if len(s) <= 4 and _LIST_NUMBER.match(s):
        return "standfirst"  # "1.": the number of a list item, whose title was a line of its own
    if not _LOWER.search(s) and len(_CAPS.findall(s)) >= 4:
        return "standfirst"  # "ADDING GOALS WILL MAKE JAMES A STAR ."
    if _caption(s, position):
        return "caption"
    if _STAT_LINE.search(s):
        return "standfirst"  # a fact-box line: "1998 – The last time ...", "(supplied by Opta)"
    if _SPACED_STOP.search(s):
        # Page furniture left with a detached stop: a caption, a related-story title or a
        # highlight bullet. Near the top of a page it is a highlight (standfirst).
        return "standfirst" if position < 4 and total > 8 else "caption"
    if s[-1:] not in ".!?\"'”’)…" and len(s.split()) <= 12 and total > 3:
        return "standfirst"  # a subhead: a short line with no closing stop
    if _JOINED.search(_MARKS_SPAN.sub(" ", s)):
        return "joined"
    return "quote" if _DOUBLE.search(s) or re.search(r"(?:^|\s)[‘'][A-Z]", s) else "body"


def roles(sentences: list[str]) -> list[str]:
    """A role for each sentence; the first shippable one is the ``lead``."""
    out = [role_of(s, i, len(sentences)) for i, s in enumerate(sentences)]
    # A sentence that opens with the same words as one before it is a caption or a
    # pull quote repeating the body (the Daily Mail repeats its lines under photos).
    seen: set[tuple[str, ...]] = set()
    for i, s in enumerate(sentences):
        head = tuple(s.lower().split()[:REPEAT_WORDS])
        if len(head) == REPEAT_WORDS:
            if head in seen and out[i] in SHIPPABLE:
                out[i] = "caption"
            seen.add(head)
    for i, role in enumerate(out):
        if role in SHIPPABLE:
            out[i] = "lead"
            break
    return out


# --- what a sentence leans on ---------------------------------------------------------

_PRONOUN = re.compile(
    r"^(?:He|She|It|They|Him|Her|His|Hers|Its|Their|Theirs|Them|These|Those|This|That|"
    r"Such|Both|Neither|Either|Another|Others|Other|The other|The latter|The former|Here|There)"
    r"(?:'s|’s|'re|’re|'d|’d|'ll|’ll|'ve|’ve)?\b",
)
# "It is/was ... that/to" and "There is/are" are dummy subjects: they point at nothing.
_DUMMY = re.compile(
    r"^(?:It(?:'s|’s| is| was| has been| will be| would be| seems| seemed| appears| appeared)"
    r"(?:\s+(?:not|also|now|still|thought|believed|understood|expected|feared|hoped|claimed|reported|"
    r"said|estimated|alleged|likely|unlikely|possible|impossible|unclear|clear|important|time|"
    r"hard|difficult|easy|too early|worth)\b|\s+\w+\s+(?:that|to|whether)\b)"
    r"|There(?:'s|’s| is| are| was| were| have been| has been| will be)\b|This year\b|This week\b|"
    r"This month\b|This summer\b|This season\b|That night\b|That day\b|Those who\b|These days\b|"
    r"Such as\b|Here's how\b|Here is how\b)",
)
_CONNECTIVE = re.compile(
    r"^(?:But|And|Or|So|Yet|Also|However|Meanwhile|Still|Instead|Nevertheless|Nonetheless|Moreover|"
    r"Furthermore|Besides|Otherwise|Then|Thus|Hence|Therefore|Consequently|Indeed|Likewise|"
    r"Similarly|Even so|Even then|By then|By that time|After that|Before that|As a result|"
    r"In addition|In turn|In contrast|By contrast|On the other hand|At the same time|For that reason|"
    r"Because of this|Because of that|Despite this|Despite that|In that case|That is why|"
    r"Not only that|Later|Afterwards|Since then|Until then|Now(?! that)|Either way|"
    r"Although|Though|Which|Whereas|While this|As such|To that end|In the meantime|Above all|"
    r"For his part|For her part|For their part|Added|Asked|Still,)\b",
)
_DEFINITE = re.compile(
    r"^The (?:town|city|village|company|firm|club|group|team|man|woman|boy|girl|men|women|"
    r"couple|pair|two|three|four|victim|victims|suspect|suspects|pilot|driver|teenager|child|"
    r"children|family|agency|organisation|organization|country|state|player|star|singer|actor|"
    r"actress|officer|officers|court|judge|jury|move|decision|report|study|incident|attack|case|"
    r"deal|plan|bill|law|policy|scheme|announcement|technology|project|source|spokesman|"
    r"spokeswoman|school|hospital|region|area|island|restaurant|store|site|event|latter|former|"
    r"same|band|side|party|government|ministry|department|trio|duo|mother|father|son|daughter|"
    r"brothers|sisters|husband|wife|boss|manager|coach|striker|midfielder|defender|goalkeeper)"
    # the noun stands alone, as the subject: "The company said", "The pair, who ..." (not
    # "The town council of Fairhaven", a complete name)
    r"(?=[,.;:’']|\s+(?:has|have|had|is|are|was|were|will|would|said|says|can|could|must|also|then|now|"
    r"later|did|does|do|may|might|should|[a-z]+ed|[a-z]+s)\b)",
)
# A short sentence about "the" something that names nothing: "The season finale is this week."
BARE_WORDS = 9
_BARE_DEFINITE = re.compile(r"^The(?:\s+[a-z][\w'’-]*){1,3}(?=\s+(?:is|was|are|were|will|has|had|comes|came)\b)")
_NAMED_INSIDE = re.compile(r"\b[A-Z][\w'’-]+|\d")
# A quote that goes on from the sentence before: an unopened closing mark first.
_CONTINUATION = re.compile(r"^[^\"“”‘]*[\w,;.!?][\"”](?:\s|$)|^[’']\s")


# An answer to a question the sentence before asked: "No, you don't, she wrote back."
_ANSWER = re.compile(r"^(?:No|Yes|Yeah|Yep|Nope|Sure|Absolutely|Exactly|Definitely|Of course|Not really|"
                     r"Not at all|Not exactly|Not yet)\s*[,.!—–](?!\s*\d)")
_FRAGMENT = re.compile(r"^[A-Z][a-z]{1,12}[.!]$")
# A person described by age alone: "The 34-year-old was ...", "..., the 34-year-old said."
_AGED = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b(?!\s+[A-Z])")
_NAMED = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*")
# A reference inside the sentence to something said before it: "the same problem",
# "these people", "such a move.", "in this underrated comedy"
_INNER = re.compile(r"\b(?P<ref>the same|these|such|this|(?:(?<=from )|(?<=with )|(?<=after )|(?<=about )|(?<=among ))that)\s+(?P<next>[a-z][\w'’-]*)(?:\s+(?P<after>[\w'’-]+))?")
_INNER_HINTS = (" the same ", " these ", " such ", " this ", "-year-old", " that ", "mentioned ")
# what may follow "such a move" when the phrase ends there
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:is|was|would|will|could|can|has|had|in|at|on|for|to|of|that|and|or)\b)")
_INNER_FREE = {
    "this": frozenset("""week weekend month year morning afternoon evening summer spring autumn fall winter
        season time term century decade one way""".split()),
    "these": frozenset("days".split()),
    "such": frozenset(),
    "the same": frozenset(),
    "that": frozenset("is was would will could can has had".split()),
}
# a work named by who made or stars in it: "the Tom Selleck drama", "this underrated Chuck Lorre dramedy"
_WORKS = (" drama", " comedy", " dramedy", " sitcom", " series", " show", " film", " movie", " thriller", " album")
_BY_ASSOCIATION = re.compile(r"\b[Tt]he(?:\s+[a-z][\w-]*){0,2}\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:[a-z][\w-]*\s+)?"
                             r"(?:drama|comedy|dramedy|sitcom|series|show|film|movie|thriller|album)\b(?!,?\s+[A-Z\"“'‘])")
_MENTIONED = re.compile(r"\b(?:aforementioned|above-mentioned|previously mentioned)\b")
_QUOTED_TEXT = re.compile(r"[\"“][^\"“”]*[\"”]")
_OPEN_QUOTE_TAIL = re.compile(r"[\"“][^\"“”]*$")


def inner_reference(sentence: str) -> str | None:
    """A reference inside ``sentence`` (outside quotations) to something only the text
    before it says: "the same X", "these X", "such a X." (not "such a long time"), "this X"
    (not "this week"), "the 34-year-old" with nobody named before it; or None."""
    if any(w in sentence for w in _WORKS) and (m := _BY_ASSOCIATION.search(_QUOTED_TEXT.sub(" ", sentence))):
        return f"inner reference “{m.group(0)}”"  # "the Tom Selleck drama": which one is said before
    if not any(h in sentence for h in _INNER_HINTS):
        return None
    s = sentence
    if '"' in s or "“" in s:  # the speaker's words refer within the speech (an open quote runs on)
        s = _OPEN_QUOTE_TAIL.sub(" ", _QUOTED_TEXT.sub(" ", s))
    for m in _INNER.finditer(s):
        ref, after = m.group("ref"), m.group("after") or ""
        nxt = m.group("next").removesuffix("'s").removesuffix("’s")
        if nxt in _INNER_FREE[ref]:
            continue
        if ref == "the same" and ("as" in (nxt, after) or "that" in (nxt, after) or s[max(0, m.start() - 3):m.start()] == "at "):
            continue  # "the same level as last year", "at the same time": no reference back
        if ref == "such" and (nxt not in ("a", "an") or after and not _PHRASE_END.match(s[m.end():])):
            continue  # "such a move." refers back; "such a long time", "such crimes" may not
        return f"inner reference “{ref} {nxt}”"
    if "mentioned " in s and (m := _MENTIONED.search(s)):
        return f"inner reference “{m.group(0)}”"  # "the aforementioned Lopetegui"
    m = _AGED.search(s) if "-year-old" in s else None
    if m and not _NAMED.search(s[:m.start()]) and not _NAMED.search(s[m.end():m.end() + 40]):
        # (not "The 36-year-old passenger, Gary Terry of Davenport, was ...": named in apposition)
        return f"inner reference “{m.group(0)}”"
    return None


def opening_dependency(sentence: str, *, known_surnames: frozenset[str] = frozenset()) -> str | None:
    """Why ``sentence`` cannot open a passage on its own, or None when it can.

    ``known_surnames`` are surnames that the source introduces with a full name
    elsewhere: a sentence that opens with one of them alone ("Smolen said") leans on
    that introduction.
    """
    s = sentence.lstrip("\"“‘' ")
    quoted = len(s) != len(sentence.lstrip())
    if not quoted and _CONTINUATION.match(sentence.strip()):
        return "quote continuation"
    if _DUMMY.match(s):
        return None
    m = _CONNECTIVE.match(s)
    if m and not quoted:
        return f"connective “{m.group(0)}”"
    m = _PRONOUN.match(s)
    if m and not quoted:
        return f"pronoun “{m.group(0)}”"
    m = _DEFINITE.match(s)
    if m and not quoted:
        return f"reference “{m.group(0)}”"
    m = _ANSWER.match(s) or (_FRAGMENT.match(s) if len(s) < 16 else None)
    if m:
        return f"answer “{m.group(0)}”"  # ("Kinda.": a one-word reply to what came before)
    m = _BARE_DEFINITE.match(s) if not quoted and s.startswith("The ") else None
    if m and len(s.split()) <= BARE_WORDS and not _NAMED_INSIDE.search(s, 4):
        return f"reference “{m.group(0)}”"  # "The season finale is this week.": of what?
    if not quoted and known_surnames:
        first = re.match(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+)?([A-Z][\w'’\-]+)(?:'s|’s)?\b(?!\s+[A-Z])", s)
        if first and first.group(1) in known_surnames:
            return f"surname “{first.group(1)}”"
    return inner_reference(sentence)


# --- titles ---------------------------------------------------------------------------

_SITE_SUFFIX = re.compile(r"\s+(?:[|•·»]|[-–—:]{1,2})\s+(?P<site>[^|•·»\-–—]{2,40})$")
_SITE_PREFIX = re.compile(r"^(?P<site>[^|•·»]{2,30}?)\s+[|•·»]\s+")


_SITE_WORD = re.compile(r"\.(?:com|org|net|co|io|uk|de|fr)\b|\d|[a-z][A-Z]|^[A-Z]{2,}$|"
                        r"(?:News|Times|Post|Herald|Journal|Mail|Online|Daily|Tribune|Guardian|"
                        r"Telegraph|Express|Reuters|BBC|CNN|Wire|Magazine|Today|Blog|Insider)$")


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


def clean_title(title: str | None) -> str | None:
    """A page title as a headline: HTML entities decoded, the site's name cut off.

    "&#039;The Medium is the Message&#039;: ... | Inexhibit" -> "'The Medium is the
    Message': ..."; "Apple ships X - 9to5Mac" -> "Apple ships X".
    """
    if title is None:
        return None
    text = " ".join(html.unescape(html.unescape(title)).split())
    for _ in range(2):
        m = _SITE_SUFFIX.search(text)
        dash = not re.match(r"\s+[|•·»]", m.group(0)) if m else False
        if m and _site_like(m.group("site"), dash=dash) and len(text[: m.start()].split()) >= 3:
            text = text[: m.start()].rstrip()
            continue
        m = _SITE_PREFIX.match(text)
        if m and _site_like(m.group("site")) and len(text[m.end():].split()) >= 3:
            text = text[m.end():].lstrip()
            continue
        break
    return text or None
