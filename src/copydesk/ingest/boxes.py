"""Boxes a page sets beside its story, whose lines never ship as news: a correspondent's analysis,
the round's team news, a match's player ratings and a travel promo's "Visit:" box. Each takes the roles ``copydesk.ingest.roles``
gave the page's sentences and marks the box's lines in place; ``match_labels`` takes a match
preview's labels out of its text."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

ANALYSIS_MAX = 10  # sentences of a correspondent's box, at most, when no reported speech ends it first
FIXTURE_BOX_MIN = 2  # items that make a box of the round's team news
_FIXTURE_LABEL = re.compile(r"[A-Z][A-Z'’. -]{2,30} [vV]\.? [A-Z][A-Z'’. -]{2,30}\s\((?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b")


def team_news_box(sentences: Sequence[str], out: list[str]) -> None:
    """A box of the round's team news, each item opened on its fixture in capitals ("HARBOUR v
    NORTHTOWN (SATURDAY: Old Ground, 3pm) Jo Example returns ..."), runs to the end of the page:
    its lines are set apart (``standfirst``) from the first item on."""
    boxed = [i for i, s in enumerate(sentences) if "DAY" in s[:80] and _FIXTURE_LABEL.match(s)]
    if len(boxed) >= FIXTURE_BOX_MIN:
        out[boxed[0]:] = ["standfirst"] * (len(out) - boxed[0])


# a correspondent's byline run into their box's first words: "By Danny ExampleBBC home affairs
# correspondentTheresa May's ...", "BBC racing correspondent Jo ExampleThe crucial words ..."
_GLUED_BYLINE = re.compile(r"[a-z](?:BBC|ITV|Sky|CNN)\s(?:[\w'’-]+\s){0,4}?(?:correspondent|editor)(?=[A-Z])"
                           r"|\b(?:correspondent|editor)\s(?:[A-Z][\w'’-]+\s){1,2}[A-Z][a-z'’-]+(?<!Mc)(?<!Mac)(?<!O')"
                           r"(?=(?:The|A|An|It|This|In|But)\s)"
                           # (or a name's possessive, glued to a surname of four letters or more, no
                           # apostrophe or hyphen inside: "BBC racing correspondent Jo ExampleShutter Speed's
                           # clearly in very good order"; not "Priya D'Souza's", "Hart-Davis's", "FitzGerald's")
                           r"|\b(?:correspondent|editor)\s(?:[A-Z][\w'’-]+\s){1,2}[A-Z][a-z]{3,}(?<!Fitz)(?<!Mac)"
                           r"(?=(?:[A-Z][a-z]+\s){1,2}[A-Z]?[a-z]*['’]s\s|[A-Z][a-z]+['’]s\s)")
# what a nameless group thinks, told in the present with no words quoted, is the correspondent's own
# summary inside the box, not the story's reporting again: "Officers say chiefs could get rid of ..."
# (only a view hedged as the correspondent hedges it, a modal in its clause: not a side's stated
# intent, "Residents say they will take the council to court", nor a finding, "Scientists say the
# fish was probably ...", which are the story's reporting again)
_GROUP_SAYS = re.compile(r"(?:(?:Many|Some|Most|Other|Senior|Junior)\s+)?[A-Z][a-z-]+[a-z]s\s+say\s(?!:)(?!they\b|we\b)"
                         r"(?=[^\"“.]*\b(?:could|might|may|would)\b)(?=[^\"“]*$)")
_ANALYSIS_LABEL = re.compile(r"^(?:Analysis|ANALYSIS|Comment|COMMENT)\s*:")


def analysis_box(sentences: Sequence[str], out: list[str], shippable: Container[str], speech: re.Pattern[str]) -> None:
    """A correspondent's box ("Analysis: Jane Example, BBC News, Pretoria ...") is their view,
    not the story's reporting: the sentences after its label never ship as news, up to the
    first that reports what someone said (the story again) or ``ANALYSIS_MAX`` of them."""
    for i, s in enumerate(sentences):
        if not (":" in s[:12] and _ANALYSIS_LABEL.match(s.strip())
                or ("correspondent" in s or "editor" in s) and _GLUED_BYLINE.search(s)):
            continue
        out[i] = "related"
        for j in range(i + 1, min(len(sentences), i + 1 + ANALYSIS_MAX)):
            t = sentences[j]
            if ('"' in t or "“" in t or speech.search(t)) and not _GROUP_SAYS.match(t):
                break
            if out[j] in shippable:
                out[j] = "analysis"


# a match preview's fact box, its labels run into the copy: "West Bromwich Albion vs Leicester City
# (The Hawthorns) Team news West Brom Craig Dawson is set to return ...", and each side's label
# again before its news: "... back in training. Leicester Matt Upson and Dean Hammond are ..."
_MATCH_HEADER = re.compile(r"(?:^|(?<=[.!?] ))(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) vs?\.? (?P<b>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
                           r" \([^()]{2,40}\) Team news (?P<team>(?:[A-Z][\w'’-]+ ){1,3}?)(?=[A-Z][a-z]+ [A-Z][a-z'’-]+ [a-z])")
_PERSON_NEWS = r"(?=[A-Z][a-z]+ [A-Z][a-z'’-]+ (?:is|are|has|have|will|and|was|were)\b)"


def match_labels(para: str) -> str:
    """``para`` without a match preview's labels (see _MATCH_HEADER): the fixture, its ground and
    "Team news", and a side's name set before the player its news is about."""
    m = _MATCH_HEADER.search(para)
    if m is None or not all(any(w.startswith(t) or t.startswith(w) for t in (m.group("a") + " " + m.group("b")).split())
                            for w in m.group("team").split()):
        return para  # (the label after "Team news" is one of the two sides, in full or short)
    sides = {m.group("team").strip(), m.group("a").split()[0], m.group("b").split()[0]}
    para = para[:m.start()] + para[m.end():]
    again = re.compile(r"(?<=[.!?] )(?:" + "|".join(map(re.escape, sorted(sides, key=len, reverse=True))) + r") " + _PERSON_NEWS)
    return again.sub("", para)


# a match's player ratings: "Here's how we rated each player ... | Jo Example – Saved well early on. |
# 6.5. | Sam Sample – Strong display ... 7." (its lines never ship as news: each score belongs to the
# entry before it, and a rewrite that cut or packed them would pin it on the wrong player)
_SCORE_TEXT = r"(?:\d(?:\.5)?|10)\.?"
_SCORE = re.compile(_SCORE_TEXT)
_HALF_SCORE = re.compile(r"\d\.5\.?")
# an entry's player and its dash: "Jo Example - ", "Dirk van Example – " (a particle in the name)
_ENTRY_NAME = r"(?:(?:[A-Z][\w'’.-]*|van|von|de|der|den|da|di|du|dos|le|la|al|el|ter|ten)\s){0,4}[A-Z][\w'’.-]*\s[–-]\s"
_RATING_ENTRY = re.compile(_ENTRY_NAME)
# (an entry that is its score alone: "Chris Example - 6.5." (not "... not expected back until Oct. 5.")
_SCORED_ENTRY = re.compile(_ENTRY_NAME + _SCORE_TEXT)
# the line that promises the box, a line of its own: "Here's how Sportsmail rated each player...", "Player
# ratings." (not "Scroll down for our player ratings" above the report, a manager's "full marks to the
# players", a fans' poll, a preview's "each player's chances")
_PROMISE = re.compile(r"(?:(?:And\s)?[Hh]ere(?:'s|’s|\sis)\show\s(?:[\w'’]+\s){1,3}rated\s(?:each|every|all|the)\s"
                      r"(?:[\w'’]+\s){0,2}players?\b(?!['’]s)|(?:PLAYER\sRATINGS|Player\sratings)\b)[^.!?]{0,40}[.!?…:]*")
RATINGS_MIN = 4  # entries and their scores, at least (two of the scores halves: not a list's numbers "1.", "2.")
ENTRY_LINES = 5  # lines of an entry, at most, after its first and before its score
BETWEEN_LINES = 2  # lines between one entry's score and the next entry, at most: a side's label, a caption
LABEL_WORDS = 4  # words of a side's label between entries ("Queens Park Rangers.", "Subs."), at most


def ratings_box(sentences: Sequence[str], out: list[str], shippable: Container[str]) -> None:
    """Each box of player ratings, after the line that promises it (_PROMISE): entries ("Name - ...")
    each closed by its score on a line of its own (or an entry that is its score), with a side's label
    or a caption between them. Its lines, from the promise to the last score, are set apart
    (``standfirst``); the story before, between and after the boxes ships."""
    for promise, s in enumerate(sentences):
        if len(s) < 120 and _PROMISE.fullmatch(s.strip()) and out[promise] != "standfirst":
            _box_after(sentences, out, promise, shippable)


def _box_after(sentences: Sequence[str], out: list[str], promise: int, shippable: Container[str]) -> None:
    """The box of ratings the line at ``promise`` opens, if its entries and scores follow."""
    scores: list[int] = []  # the score line of each entry, in order
    named = ""  # the player of the last entry
    broke = False  # (the box ended on a line of the story's)
    i, gap = promise + 1, 0
    while i < len(sentences) and gap <= BETWEEN_LINES:
        line = sentences[i].strip()
        if not (entry := _RATING_ENTRY.match(line)):
            # (between entries only a side's label, a stray stop or a caption: one the page reading
            # found, or one of the player just rated or rated next, with its picture's mark after the
            # name, "Jo Example (15) performed well";
            # the story's own line, or the next box's promise, ends this one)
            if _PROMISE.fullmatch(line) or out[i] in shippable and len(line.split()) > LABEL_WORDS \
                    and not _pictured_as(line, named) and not _captions_next(sentences, i, line):
                broke = True
                break
            i, gap = i + 1, gap + 1
            continue
        named = entry.group(0).rstrip(" –-")
        if _SCORED_ENTRY.fullmatch(line):
            scores.append(i)
            i, gap = i + 1, 0
            continue
        score = next((j for j in range(i + 1, min(len(sentences), i + 1 + ENTRY_LINES))
                      if _SCORE.fullmatch(sentences[j].strip()) or _RATING_ENTRY.match(sentences[j])), None)
        if score is None or not _SCORE.fullmatch(sentences[score].strip()):
            broke = True
            break  # (an entry with no score of its own ends the box)
        scores.append(score)
        i, gap = score + 1, 0
    halves = sum(1 for j in scores if _HALF_SCORE.search(sentences[j].strip()[-4:]))
    if len(scores) < RATINGS_MIN or halves < 2:
        return
    if broke and _resumes(sentences, i):
        return  # (entries go on past a line the box cannot place: all of it or none, never half a box)
    out[promise:scores[-1] + 1] = ["standfirst"] * (scores[-1] + 1 - promise)


# a picture's mark after a player's name, as a caption sets it: "(15)", "(left)", "(centre)"
_PICTURED = re.compile(r"\s\((?:\d{1,2}|left|right|centre|center|above|below|pictured|second left|second right)\)")


def _pictured_as(line: str, name: str) -> bool:
    """Does ``line`` open on ``name`` (a player's, from an entry) and its picture's mark?"""
    return bool(name) and line.startswith(name) and _PICTURED.match(line, len(name)) is not None


def _captions_next(sentences: Sequence[str], at: int, line: str) -> bool:
    """Does ``line`` (at ``at``) open on the name, and its picture's mark, of the player whose entry
    follows within BETWEEN_LINES?"""
    for j in range(at + 1, min(len(sentences), at + 1 + BETWEEN_LINES)):
        if entry := _RATING_ENTRY.match(sentences[j]):
            return _pictured_as(line, entry.group(0).rstrip(" –-"))
    return False


def _resumes(sentences: Sequence[str], at: int) -> bool:
    """Does an entry with its score follow within a few lines of ``at``?"""
    for j in range(at, min(len(sentences), at + BETWEEN_LINES + 2)):
        line = sentences[j].strip()
        if _SCORED_ENTRY.fullmatch(line) or _RATING_ENTRY.match(line) and any(
                _SCORE.fullmatch(t.strip()) for t in sentences[j + 1:j + 1 + ENTRY_LINES]):
            return True
    return False


VISIT_LINES = 3  # lines of a "Visit:" box, at most, between its label and its contact line
VISIT_BOXES_MIN = 2  # boxes that make a page's run of travel promos (one "Visit:" line alone may be a caption's label)
CONTACT_WORDS = 14  # words of a contact line, at most: an address, a telephone number, a web address
_VISIT_LABEL = re.compile(r"Visit\s*:\s+[A-Z]")
# a box's contact line: a telephone number in international form, or a web address
_CONTACT = re.compile(r"\+\d{1,3}\s?\d{2,4}\s?\d{3}|\bwww\.|\b[\w-]+\.(?:com|co\.uk|org|net|org\.uk|gov\.uk)(?:/|\s|$|\.\s|\)|,)")


def _contact(line: str) -> bool:
    return len(line.split()) <= CONTACT_WORDS and not ("'" in line[:1] or '"' in line) and _CONTACT.search(line) is not None


def visit_box(sentences: Sequence[str], out: list[str], shippable: Container[str]) -> None:
    """A page's run of travel promos set inside a story ("Visit: Luskentyre beach, Isle of Harris. |
    The stunning islands of the Outer Hebrides ... are part of the UK's smallest constituency. |
    visitscotland.com/..."): each box's lines from its label to its short contact line (a telephone
    number or a web address, within ``VISIT_LINES``) are the promo's, not the story's. Only on a
    page with ``VISIT_BOXES_MIN`` such boxes or more: one "Visit:" line is as likely a caption's
    label ("Visit: The Duchess arrives at ..."), and a telephone number or a web address is as likely
    the story's own (a police appeal, a charity's donation line)."""
    boxes = []
    for i, s in enumerate(sentences):
        if not (s.startswith("Visit") and _VISIT_LABEL.match(s)):
            continue
        end = next((j for j in range(i, min(len(sentences), i + 2 + VISIT_LINES)) if _contact(sentences[j])), None)
        if end is not None and not any(_VISIT_LABEL.match(sentences[k]) for k in range(i + 1, end + 1)):
            boxes.append((i, end))
    if len(boxes) < VISIT_BOXES_MIN:
        return
    for i, end in boxes:
        for k in range(i, end + 1):
            if out[k] in shippable:
                out[k] = "promo"


# a related link's label on a line of its own, in any of the languages the desk reads, and the title
# it introduces on the next line ("Leggi anche | I Cavalieri dello Zodiaco diventeranno un film: ...")
_LINK_LABEL = re.compile(r"(?:Read also|Also read|See also|Related|Read more|Leggi anche|Lesen Sie auch|Lesen Sie mehr|"
                         r"Lire aussi|Leia também|Veja também|Lea también|Vea también|Читайте также)\s*:?", re.IGNORECASE)
# (not a story's line the page lost the link's title before: "Read also | Work ... will start in spring, the
# council's planning chief, Jo Example, said."; nor a teaser's "Read more" before the story's next sentence,
# reviewer rev48c)
_TOLD = re.compile(r",\s(?:[^,]{0,80}\s)?(?:said|told|added|sagte|sagten|erklärte|teilte|ha detto|ha dichiarato|"
                   r"ha spiegato|hanno detto|a indiqué|a déclaré|a dit|a expliqué|ont indiqué|сообщил|сообщила|заявил|"
                   r"заявила)(?!\w)")
_MORE = re.compile(r"(?:Read more|Lesen Sie mehr)\b", re.IGNORECASE)
LINK_TITLE_WORDS = 25  # words of the line after the label, at most, that are a link's title
_TIP = re.compile(r"(?:Have|Got) a (?:news )?tip\?")  # (the page's, before the writer's contact line)


def labelled_link(sentences: Sequence[str], out: list[str], shippable: Container[str]) -> None:
    """A link's label alone on a line is page furniture, and the short line after it the link's title;
    so is the page's "Have a tip?" before the writer's contact line (not a quotation's, reviewer rev48b)."""
    for i, line in enumerate(sentences[:-1]):
        if len(line) <= 24 and _LINK_LABEL.fullmatch(line.strip()):
            out[i] = "nav"
            title = sentences[i + 1]
            if out[i + 1] in shippable and len(title.split()) <= LINK_TITLE_WORDS and not _TOLD.search(title) \
                    and not (_MORE.match(line.strip()) and title.rstrip().endswith((".", "!"))):
                out[i + 1] = "related"
        elif len(line) <= 20 and _TIP.fullmatch(line.strip()) and out[i + 1] == "promo" and "@" in sentences[i + 1]:
            out[i] = "promo"


# a section's key-points box, its label glued to its first word: "Summary Fiber can help keep you feeling
# full ..." (a health page sets one after each section, retelling it); a label and a capital, then a verb
# within the box's first words, never the label alone or a name it begins ("Summary Street is closed")
_KEY_POINTS = re.compile(r"(?:Summary|SUMMARY|Key takeaways?|Takeaway|The bottom line|Bottom line)\s(?=[A-Z][a-z])"
                         r"(?:[\w'’,-]+\s){1,12}?(?:can|may|might|could|is|are|was|were|has|have|help|helps|show|shows|"
                         r"suggest|suggests|will|should|must|include|includes)\b")
_KEY_OPENING = re.compile(r"(?:Summary|SUMMARY|Key takeaways?|Takeaway|The bottom line|Bottom line)\s[A-Z][\w'’-]*")
KEY_POINTS_MIN = 2  # boxes that make a page's run of key points (one may be a street's or a firm's name)


def summary_box(sentences: Sequence[str], out: list[str], shippable: Container[str]) -> None:
    """A page's key-points boxes, each a line on its label: on a page with ``KEY_POINTS_MIN`` of them or
    more, none is the story's."""
    boxes = [i for i, s in enumerate(sentences) if s[:1] in "SKTB" and out[i] in shippable and _KEY_POINTS.match(s)]
    if len({_KEY_OPENING.match(sentences[i]).group(0) for i in boxes}) == 1:
        return  # (every line on the same label and word: a name, "Takeaway Express has ...", "Summary Street will ...")
    if len(boxes) >= KEY_POINTS_MIN:
        for i in boxes:
            out[i] = "standfirst"


def page_boxes(sentences: Sequence[str], out: list[str], shippable: Container[str]) -> None:
    """The page's furniture set in boxes between the story's lines: travel promos, link labels and
    their titles, key points."""
    visit_box(sentences, out, shippable)
    labelled_link(sentences, out, shippable)
    summary_box(sentences, out, shippable)
    told_writers(sentences, out)  # (a writer's note on someone the story told of: its own line, reviewer rev50b)
    deals_tail(sentences, out, shippable)
    newsletter_pitch(sentences, out)


# a newsletter's call, and its pitch before it: "Start your day with the Opening Bell powered by The Example Cooler.",
# "There's plenty more where that came from. | Sign up for ..."
_SIGN_UP = re.compile(r"^(?:Sign up|Subscribe)\b")
_PITCH = re.compile(r"^(?:Start|Begin) your (?:day|morning|week) with (?:the )?[A-Z]|^There['’]s (?:plenty|lots|much|so "
                    r"much) more where (?:that|this) came from[.!]$")  # (not "Start your day with a high-protein ...")
_NAME = re.compile(r"\b(?:[A-Z][\w'’&-]+\s){1,3}[A-Z][\w'’&-]+")
PITCH_REACH = 2  # lines before a newsletter's call that its pitch stands within


def newsletter_pitch(sentences: Sequence[str], out: list[str]) -> None:
    """The lines that pitch a newsletter right before its call to sign up ("Start your day with ... powered by
    The Example Cooler. | The Example Cooler is the preferred reading of ... | Sign up for ..."): promos, never
    copy. A line is the pitch's when it says so, or names what a line of the pitch named."""
    for i in [i for i, t in enumerate(sentences) if out[i] == "promo" and _SIGN_UP.match(t)]:
        pitch = [j for j in range(max(0, i - PITCH_REACH), i) if _PITCH.search(sentences[j])]
        if not pitch:
            continue
        names = {n for j in [*pitch, i] for n in _NAME.findall(sentences[j])}
        for j in range(min(pitch), i):
            if j in pitch or any(n in sentences[j] for n in names):
                out[j] = "promo"


# a deals box's code given, or a price cut, and the words of its lines: "... $438 off select new configurations with
# coupon code appleinsider", "Details can be found in this ... deal roundup.", "Amazon is also offering instant
# discounts ..." (not "deal" alone, "incentives" or "financing": a story's agreements and terms, reviewer rev52)
_CODE = re.compile(r"\b(?:coupon|promo|discount|voucher)\scode\s[\"“'‘]?[A-Za-z0-9]{4,}|[$£€]\d[\d,]*\soff\b|\b\d{1,2}%\soff\b",
                   re.IGNORECASE)
_DEAL = re.compile(r"\b(?:coupon|promo|discount|voucher)\scodes?\b|[$£€]\d[\d,]*\soff\b|\bsave\b[^.]{0,30}[$£€]\d|"
                   r"\bdeals?\sroundup\b|\binstant\sdiscounts?\b|\bprice\sguide\b|\blatest\sdeals\b|\bbest\sprices?\b",
                   re.IGNORECASE)
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|added|according to)\b")
DEALS_REACH = 12  # the page's last lines a deals box stands among
DEAL_HEAD_REACH = 4  # lines before its first code that its subhead stands within


def deals_tail(sentences: Sequence[str], out: list[str], shippable: Container[str]) -> None:
    """A deals box that closes a page, from its subhead to the next subhead or the end ("Save hundreds on the
    16-inch ... | Apple resellers are accepting orders ... | Expercom is knocking up to $438 off ... with coupon
    code ... | ... Price Guide for the latest deals ..."): a promo, never copy. Only where a code is given or a
    price cut among the page's last lines, a subhead opens the box, most of its lines tell of deals, and none
    is told as someone's words."""
    start = max(1, len(sentences) - DEALS_REACH)
    coded = next((i for i in range(start, len(sentences)) if _CODE.search(sentences[i])), None)
    if coded is None:
        return
    head = next((j for j in range(coded - 1, max(start, coded - DEAL_HEAD_REACH) - 1, -1)
                 if out[j] == "standfirst" and sentences[j].rstrip()[-1:].isalnum()), None)
    if head is None:
        return
    end = next((j for j in range(head + 1, len(sentences)) if out[j] == "standfirst"), len(sentences))
    box = range(head + 1, end)
    if box and 2 * sum(1 for i in box if _DEAL.search(sentences[i])) > len(box) \
            and not any(_ATTRIBUTED.search(sentences[i]) for i in box):
        for i in box:
            out[i] = "promo"


# the site's own lines on who paid for the piece or its links, set in the copy as a box's last line
_OPENS = r"^(?:[-–—•*]\s*)?(?:This|Today's|Today’s|This week's|This week’s|This month's|This month’s)\s(?:(?![\w-]+['’]s\s)[\w'’-]+\s){0,3}?"
_DISCLOSURE = re.compile(
    # (who paid: "- This week's Tennis Podcast is sponsored by ...", "This sponsored deal is brought to you by ...")
    # (not after a possessive, "This year's show", "This season's coverage": news of the event, reviewer rev50b)
    _OPENS + r"(?:[Pp]odcast|episode|article|newsletter|series|content|feature|video|show|post|page|guide|deal|offer|story|"
    r"coverage|edition|issue|column|list|review)\s(?:is|was) brought to you by\b"
    # (who paid for the site's own kinds; "This deal was funded by a loan", "This review was paid for by the Home
    # Office" are news, reviewer rev50b)
    r"|" + _OPENS + r"(?:[Pp]odcast|episode|article|newsletter|content|feature|video|post|page|guide|column)\s(?:is|was) "
    r"(?:sponsored|supported|paid for|funded) by\b"
    # (another kind's sponsor only as the bare line, the sponsor's name and the end: not "This show is sponsored by
    # Northtown Motors for the first time in its 150-year history", reviewer rev50b)
    r"|" + _OPENS + r"(?:series|show|deal|offer|story|coverage|edition|issue|list|review)\s(?:is|was) sponsored by "
    r"(?:the\s)?(?:[A-Z][\w'’&.-]*\s?){1,5}[.!]?$"
    # (its share of a sale: "If you buy something through this post, the site may get a share of the sale.")
    r"|^If you (?:buy|purchase) [^.]{0,60}\b(?<!\byou )(?:may|might|could|will) (?:get|earn|receive) (?:a )?(?:small )?"
    r"(?:share|commission|cut)\b"
    r"|^Get (?:[A-Z][\w'’.&-]*\s){1,5}for [Ff]ree\b"  # (a deal's call: "Get Example Password Manager for Free (...)")
    r"|^For more(?: information| details| deals)?,\s(?:learn|read|see|visit|check|click|head)\b"  # ("For more, visit ...")
    # (a share button's words, and a call to the site's next pieces: "Looking for more gift ideas? Stay tuned for more
    # Example Gift Guides!")
    r"|^Click [Tt]o [Tt]weet\b|^Looking for more (?:[\w'’-]+\s){0,2}(?:ideas|recommendations|deals|reviews|guides|recipes|inspiration|tips|stories|"
    r"articles|gifts?|offers|bargains|reads|reading|content|coverage)\?$|^Stay tuned for more\b"
    # (a deal page's small print, the bare line: "Prices are subject to change without notice and coupons may expire
    # at any time.", "Some deals may not be available to all customers.", "Example may receive a commission on
    # orders placed through this article."; not a story's "Quantities are limited to two packs per customer after
    # ...", "Prices are subject to change under the contracts, which ...", reviewer rev51b)
    r"|^Prices are subject to change without notice(?:\sand\s(?:coupons|offers|deals)\s[^.]{0,40})?\.$"
    r"|^Quantities (?:are|may be) limited\.$|^Some deals may not be available(?: to all customers)?\.$"
    r"|^(?:[\w.'’-]+\s){1,3}(?:may|might) (?:receive|earn|get) (?:a )?(?:small )?commission on "
    r"(?:orders|purchases|sales)\b[^.]{0,30}\b(?:this|these|our) (?:article|page|post|links?)\b"
    # (a site's disclaimer of its writers' views and its advice: "The views and opinions expressed in the article do
    # not necessarily reflect those of Example News.", "Example.com advises users to check with certified experts
    # ...": the site by its address, not a bank's or a charity's advice)
    r"|^The (?:views|opinions)(?: and (?:views|opinions))? expressed (?:in|on) (?:the|this) (?:article|piece|column|"
    r"commentary|post|blog)\b[^.]{0,30}\b(?:do not|don['’]t|does not) necessarily (?:reflect|represent)\b"
    r"|^[\w-]+\.(?:com|co\.uk|net|org|in)\sadvises (?:users|readers|investors) to (?:check|consult)\b"
    # (a subscription's call and its code: "Get access to ... subscriptions service ... for as little as Rs 599 for
    # first year.", 'Use the code "GETPRO".', the bare line)
    r"|^Get access to\b[^.]{0,80}\bsubscriptions?\b[^.]{0,60}\bfor as little as\b"
    # (the site's note on its own copy: "Correction added Nov. 18, 2019: The caption below the photograph ...", "This
    # article was reprinted on Example.com.", "This article has been adapted from its original source."; a rewrite is
    # new copy, and what they correct or credit is the page's)
    r"|^(?:Correction|Clarification)(?:\s(?:added|appended|made|issued))?(?:\s(?:on\s)?[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4})?:\s"
    r"|^This (?:article|post) (?:was|has been|is) (?:reprinted|republished|adapted|syndicated|"
    r"originally published|first published)\b(?:\s(?:on|from|with|in)\s(?:[^.]|\.(?=[a-z])){0,60})?\.$"
    r"|^Use (?:the )?(?:promo |discount |coupon )?code\s[\"“'‘]?[A-Z0-9]{3,}[\"”'’]?(?:\s(?:for|to get)\s[^.,]{0,30})?\.[\"”'’]?$")
_WRITER_NOTE = re.compile(r"(?:[A-Z][\w'’-]+\s){2,3}is\s(?:the\s)?(?:[A-Z][\w&]+\s){0,2}[A-Z][\w&]+['’]s\s"
                          # (not a first, an only or a superlative: "Scotland's youngest newspaper editor", news of them)
                          r"(?!(?:[a-z-]+\s){0,2}(?:first|only|last|most|[a-z]+est|longest-serving|longest-running)\b)"
                          r"(?:[a-z-]+\s){0,3}(?:curator|editor|"
                          r"writer|reporter|correspondent|columnist|contributor|critic|producer)\b")


def disclosure(sentence: str, *, last: bool = False) -> bool:
    """Is ``sentence`` the site's own line on a sponsor, a deal, its share of a sale, or (among the page's
    ``last`` lines) its writer: a promo, never copy?"""
    return (_DISCLOSURE.match(sentence) is not None or last and _WRITER_NOTE.match(sentence) is not None) \
        and not _REPORTED.search(sentence)


# the paper's report of who said so: ", the league confirmed", ", the regulator found" (reviewer rev50b)
_REPORTED = re.compile(r",\s(?:[\w'’-]+\s){0,4}(?:said|says|confirmed|found|announced|reported|told|warned|reads|wrote|"
                       r"added|urged)\b")


def told_writers(sentences: Sequence[str], out: list[str]) -> None:
    """A writer's note among the last lines on someone the story told of by that name ("Amara Example is the
    Gazette's editor" closing a story about her) is the story's own line."""
    for i in range(max(1, len(out) - 3), len(out)):
        if out[i] == "promo" and not disclosure(sentences[i]) and disclosure(sentences[i], last=True) \
                and re.search(r"\b" + re.escape(sentences[i].split(" is ", 1)[0].strip()) + r"\b", " ".join(sentences[:i])):
            out[i] = "body"
