"""Lines a page runs into the copy with no stop or space, set apart by ``copydesk.segment``: a
timeline's entries ("... Bumpers Lane.26 April – Hereford stay up ..."), a list item's subhead in
capitals ("BALL OF THE CENTURY Benaud was ..."), a link's label at a line's opening ("Chilcot report:
Findings at-a-glanceThe campaign group ..."), a quotation's speaker, stop or mark glued to the next
sentence ('... of life," she said. The chair ...', '... future"The task now ...'); and two cuts the
splitter makes that the source never did, joined back: after a figure glued to "vs." ("63%, $1160vs.
$710.") and after a question told with its speaker in lower case ("Were you bleeding? she was
asked."). And the tests ``segment`` puts to a caption with no stop that runs into the story's next
sentence: after a quotation it closes, after a year it ends on, before "The" and a people's word."""

from __future__ import annotations

import re

from copydesk.splitmend import BEFORE_A_TITLE, FIRST_PERSON_WORD, open_quote, token_start

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# a timeline box's entry: "26 April – Hereford stay up on the final day", "3 June - Case adjourned"
DATED_ENTRY = re.compile(rf"\d{{1,2}} (?:{_MONTH_NAMES}) [–-] ")
# (the sentence the story runs on with after the box's last entry: "... from the ConferenceAnd former boss ...")
_AFTER_ENTRY = re.compile(r"(?<=[a-z]{3})(?=(?:And|But|The|A|An|In|On|At|He|She|It|They|Meanwhile|However|Now)\s[a-z])")


def timeline_cuts(sent: str) -> list[str]:
    """``sent`` cut where a timeline's entries run into it and into each other with no space
    ("... moved to Bumpers Lane.26 April – Hereford stay up ... season29 April – Supporters' Trust
    make offer ..."), each entry a line of its own, and after the last entry where the story's next
    sentence is glued to it ("... expelled from Football ConferenceAnd former boss Foyle ..."); []
    when no entry is glued to the word or stop before it."""
    cuts = [m.start() for m in DATED_ENTRY.finditer(sent)
            if m.start() and (sent[m.start() - 1].islower() or sent[m.start() - 1] == ".")]
    if not cuts:
        return []
    ends = [0, *cuts, len(sent)]
    parts = [sent[a:b].strip() for a, b in zip(ends, ends[1:], strict=False)]
    if (after := _AFTER_ENTRY.search(parts[-1])) is not None:
        parts[-1:] = [parts[-1][:after.start()], parts[-1][after.start():]]
    return [part for part in parts if part]


# a list item's subhead in capitals run into its copy: "BALL OF THE CENTURY Benaud was on hand to ...",
# "10. INTRODUCING 'AUSTRALIA'S BIGGEST SUMMER EVER' One of his final pieces ..." (three words in
# capitals at least, then a word in lower case after its capital; not a wire's "NEW YORK (AP) -")
# (nor a team sheet's "CLERMONT AUVERGNE: N Abendanon; ...": no colon, and no initial alone)
_CAPS_HEAD = re.compile(r"(?:[\"“‘']?[A-Z0-9][A-Z0-9'’&.,!?-]+[\"”’']?[!?]?\s){3,}(?=[\"“‘']?[A-Z][a-z])")
CAPS_HEAD_LETTERS = 12  # capital letters in the subhead, at least


def caps_head(sent: str) -> int:
    """Where the copy starts after a subhead in capitals run into it, or 0."""
    m = _CAPS_HEAD.match(sent)
    if m is None or sum(c.isupper() for c in m.group(0)) < CAPS_HEAD_LETTERS:
        return 0
    if _SHOUT_TOLD.search(m.group(0).rstrip()) and _TOLD_AFTER.match(sent, m.end()):
        return 0  # a quotation in capitals and its speaker: '"GET OUT OF MY HOUSE," Mrs Example shouted'
    if m.group(0).rstrip().endswith((',"', ",'", ",”", ",’")):
        return 0
    return m.end()


_SHOUT_TOLD = re.compile(r"[,!?][\"”’']$")
# (the speaker after it: a name, a pronoun or a role, and a verb of speech within a few words)
_TOLD_AFTER = re.compile(r"(?:[\w'’.-]+\s){0,4}(?:said|says|shouted|shouts|screamed|yelled|cried|chanted|wrote|writes|"
                         r"tweeted|posted|added|told|asked|replied)\b")


# a link's label that opens the line, glued to the copy's next sentence: "Chilcot report: Findings
# at-a-glanceThe campaign group initially aimed ...", "Example report: Coverage in fullMr Brook has ..."
_LABEL_GLUED_OPENING = re.compile(r"[A-Z][\w'’ -]{2,40}: (?:[\w'’,-]+ ){0,6}[\w'’-]*?[a-z]"
                                  r"(?=(?:The|A|An|Mr|Mrs|Ms|Dr|Sir|He|She|It|They|We|In|On|At|But|And|This|That)\s)")


def glued_label(sent: str) -> int:
    """Where the copy starts after a link's label glued to it at the line's opening, or 0 (not
    after a speaker's colon, nor inside a name written with a capital in it: "on LinkedIn and")."""
    m = _LABEL_GLUED_OPENING.match(sent)
    if m is None or token_start(sent, m.end())[:1].isupper() or _SPEECH_IN_LABEL.search(m.group(0)) \
            or any(c in m.group(0) for c in "\"“”‘’'"):
        return 0
    return m.end()


_SPEECH_IN_LABEL = re.compile(r"\b(?:said|says|told|tells|added|wrote|writes|tweeted|explained)\b")


# a question or a cry told with its speaker after it in lower case: "Were you bleeding? she was asked."
ASKED_THEN = re.compile(r"[?!][\"”’']?\s+(?:s?he|they|I|we|you|it|[a-z]+ed)\s")
_LOWER_OPENING = re.compile(r"(?:s?he|they|we|you|it|[a-z]+ed)\s[a-z]")


_VERSUS_END = re.compile(r"[\d%)]vs\.$")  # ("63%, $1160vs." + "$710.": a figure glued to "vs.")


def versus_rejoined(pieces: list[str]) -> list[str]:
    """``pieces`` with a piece that ends on "vs." glued to a figure joined to the next: no stop."""
    out: list[str] = []
    for piece in pieces:
        if out and _VERSUS_END.search(out[-1].rstrip()):
            out[-1] = out[-1].rstrip() + " " + piece.lstrip()
        else:
            out.append(piece)
    return out


def asked_rejoined(pieces: list[str]) -> list[str]:
    """``pieces`` with a piece that opens in lower case on its speaker ("she was asked.", "he
    wondered.") joined to the question or cry before it: one sentence, as the source wrote it."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].rstrip("\"”’' ").endswith(("?", "!")) and _LOWER_OPENING.match(piece):
            out[-1] = out[-1].rstrip() + " " + piece.lstrip()
        else:
            out.append(piece)
    return out


# a quotation, its speaker and the stop, then the next sentence, which the splitter may read on into
# when the paragraph's marks do not pair up ('... of life," she said. The chair of ...'): cut there
_SAID_THEN = re.compile(r'(?<=[,!?]")(\s+(?:[\w\'’.-]+\s+){0,4}?(?:said|says|added|adds|explained|insisted)\.)\s+(?=[A-Z][a-z])')
# a stop and a straight double mark glued to the next sentence ('... a lot to me."Muir, who ...'), which
# the splitter may read on past: cut after the mark, which ``gluedmarks.glued_marks`` then reads by the
# marks around it
_GLUED_MARK_STOP = re.compile(r'(?<=[a-z]{2}[.!?]")(?=[A-Z][a-z]+(?:[\'’]s)?[\s,])')


def mark_cuts(sent: str) -> list[str]:
    """``sent`` cut after a quotation's speaker and stop (``_SAID_THEN``), after a stop and
    a mark glued to the next sentence (``_GLUED_MARK_STOP``), and after a closing mark glued to
    a word and the next sentence (``_GLUED_CLOSE``)."""
    return [cut for part in _SAID_THEN.sub("\\1\n", sent).split("\n") for piece in _GLUED_MARK_STOP.split(part)
            for cut in _closed_glued(piece)]


# a closing mark glued between a quotation's last word and the next sentence, as a tweet quoted
# with no stop: '... #Music #MichaelJackson"Producer and DJ Mark Ronson wrote: ...'
_GLUED_CLOSE = re.compile(r'(?<=[\w!?])"(?=[A-Z][a-z]+[\s,])')
# the paper's words after a quotation: the next speaker and the verb that gives them their words
# ("Producer and DJ Mark Ronson wrote: "), or a person named with an apposition ("Temperton, whose ...")
_PAPERS_TURN = re.compile(r"(?:[A-Z][\w'’.-]*\s(?:and\s|&\s)?){1,6}(?:wrote|said|added|tweeted|posted|told [\w ]{2,30}?):\s*$"
                          r"|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:who|whose)\s")


def _closed_glued(piece: str) -> list[str]:
    """``piece`` cut after each glued mark (``_GLUED_CLOSE``) that closes a quotation opened
    before it (an odd count of marks up to it) and before the paper's words (``_PAPERS_TURN``)
    with no first person up to the next mark: '... future"The task now ... will lead us back ...'
    or '... future"The search for a successor begins now ...' opens the speaker's next paragraph
    (its quotation left open before it, as papers set one speaker's paragraphs)."""
    out, start = [], 0
    for m in _GLUED_CLOSE.finditer(piece):
        nxt = piece.find('"', m.end())
        after = piece[m.end():nxt if nxt >= 0 else len(piece)]
        if piece.count('"', start, m.start()) % 2 == 1 and not FIRST_PERSON_WORD.search(after) \
                and _PAPERS_TURN.match(after):
            out.append(piece[start:m.end()])
            start = m.end()
    return [*out, piece[start:]] if out else [piece]


# a people's word after "The" that opens the story's next sentence where a caption with no stop
# runs into it: "... but only manages to injure his hamstring | The Frenchman is treated ...", "... on
# his morning run and workout | The Filipino's promoter says ...", "... on the Today programme | The
# Labour party raised ..." (a word in lower case after it: not a title's "The French Connection"),
# or, after a year a caption ends on, "The" and a quotation's first word in lower case: "... in a
# speech in 1944 | The ‘special relationship’ has been ..." (``PEOPLE_AFTER_THE`` finds where to
# look; ``people_after_the`` decides)
_PEOPLE_WORDS = ("Frenchman|Frenchwoman|Englishman|Englishwoman|Scotsman|Scot|Welshman|Irishman|Dutchman|Spaniard|"
                 "Swede|Dane|Pole|Finn|Brit|Argentine|Brazilian|Portuguese|Italian|German|Belgian|Croatian|Serbian|"
                 "Australian|American|Canadian|Mexican|Colombian|Uruguayan|Chilean|Nigerian|Ghanaian|Senegalese|"
                 "Ivorian|Cameroonian|Egyptian|Algerian|Moroccan|Japanese|Chinese|Korean|Filipino|Indian|Pakistani|"
                 "Russian|Ukrainian|Austrian|Swiss|Greek|Turk|Israeli|Iranian|Kenyan|Jamaican|New Zealander|"
                 "Labour|Conservative|Tory|Liberal|Republican|Democratic")
PEOPLE_AFTER_THE = r"The\s(?:(?:" + _PEOPLE_WORDS + r")(?:['’]s)?\s[a-z]|[‘“][a-z])"
_FINITE = r"(?:is|are|was|were|has|had|have|will|would|says|said|[a-z]{3,}ed)\b"
# (a noun in lower case after the people's word, then the sentence's verb: "The Filipino's promoter says";
# not the name of a ship, a band, a film or a horse after a noun: "the trawler The Frenchman were lost",
# "gangster epic The Irishman was", "the restaurant The Italian were praised")
_PEOPLE_THEN_VERB = re.compile(r"The\s(?:" + _PEOPLE_WORDS + r")(?:['’]s)?\s(?!(?:is|are|was|were|has|had|have|will|"
                               r"would|says|said)\s)[a-z]+(?<!ed)\s" + _FINITE
                               + r"|The\s[‘“][a-z][^’”]{0,40}[’”]\s(?:[a-z]+\s)?" + _FINITE)
CAPTION_LINE_WORDS = 8  # words of a caption's line, at least, before the story's sentence it runs into
# the words a title follows ("told The Scotsman that ...", "a copy of The Turk", "edited The Scotsman")
_BEFORE_A_NAMED = BEFORE_A_TITLE | frozenset("""told tell tells telling edited edits edit editing read reading ranked
rank voted vote call calls copy copies nickname nicknamed about over against like than via""".split())
# a line opened on a fronted phrase with no comma to end it: the name or title after a quotation or
# a year in it is the subject of its own main clause ("In the film 'The Long Good Friday' Jo Example
# played ...", "As the crowd sang 'You'll Never Walk Alone' Sam Example wiped away tears", "Described by
# neighbours as 'the heart of the whole estate' Mary Example received ...")
_FRONTED_LINE = re.compile(r"(?:In|As|After|Before|When|While|Since|Under|With|Without|Having|Despite|Following|Upon|"
                           r"On|During|Until|Once|Throughout|Amid|Like|Unlike|For|From|By|At|Through|Because|If|"
                           r"Although|Though|Among|Amongst|Between|Across|Along|Around|Inside|Outside|Behind|Beside|"
                           r"Near|Over|Against|Beyond|Within|Of|Out|Off|Into|Onto|Toward|Towards|Up|Down|Past|"
                           r"Known|Told|Born|Seen|Made|Built|Held|Led)\b|[A-Z][a-z]+(?:ing|ed)\b")


def _fronted(line: str) -> bool:
    """Does ``line`` open on a fronted phrase that no comma ends (see _FRONTED_LINE)?"""
    return _FRONTED_LINE.match(line.lstrip("'‘\"“")) is not None and ", " not in line  # (not a figure's "2,000")


def people_after_the(sent: str, at: int) -> bool:
    """Does the story's sentence open at ``sent[at]`` (a space) on "The", a people's word and its
    verb (or a quotation after a year), after a caption's line of CAPTION_LINE_WORDS or more that
    ends on a word no title follows and opens on no fronted phrase (see _PEOPLE_THEN_VERB)?"""
    line = sent[:at]
    words = line.split()
    if len(words) < CAPTION_LINE_WORDS or _PEOPLE_THEN_VERB.match(sent, at + 1) is None or _fronted(line):
        return False
    last = words[-1]
    if sent.startswith(("The ‘", "The “"), at + 1):
        return last.isdigit() and len(last) == 4  # ("... in a speech in 1944 | The ‘special ...")
    return last.isalpha() and last.islower() and last not in _BEFORE_A_NAMED


# a person by first name and surname, and their verb and its object, that open the story's sentence
# right after a quotation a caption with no stop closes: "... was ‘stronger than it has ever been’ |
# Winston Example first coined the phrase ..." (not a speech verb: "'... ever been' Jo Example said"
# tells the quotation's own speaker; and its object after it: not the verb of a clause that leaves
# the quoted thing its object, "the hymn ‘abide with me’ Sam Example composed for his wife")
_NAMED_DOES = re.compile(r"[A-Z][a-z]+\s[A-Z][a-z]+(?:\s(?!(?:and|or|but|of)\s)[a-z]+)?\s(?!(?:said|added|claimed|insisted|admitted|"
                         r"revealed|explained|warned|stated|declared|replied|answered|joked|tweeted|posted|asked|"
                         r"wrote|shouted|screamed|whispered|told)\s)[a-z]{3,}ed\s(?:the|a|an|his|her|their|its|this|"
                         r"that|these|those)\s"
                         # (or "But" before a name: "... 'isn't willing to live with the agreement' | But Jo Example,
                         # chief executive of ..., disagreed")
                         r"|But\s[A-Z][a-z]")
# (a speech verb after the name does cut where the line told its own speaker before the quotation:
# "He wrote 'we was robbed [sic]' | Jo Example posted on Saturday night")
_NAMED_SAYS = re.compile(r"[A-Z][a-z]+\s[A-Z][a-z]+\s(?:said|added|claimed|insisted|admitted|revealed|explained|warned|"
                         r"stated|declared|replied|answered|joked|tweeted|posted|asked|wrote|told)\s")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|wrote|writes|posted|posts|tweeted|tweets|added|told\s\w+)[:,]?\s*$")
QUOTE_CAPTION_WORDS = 6  # words of the line, at least, before the quotation's closing mark
QUOTED_WORDS = 3  # words of the quotation, at least, its first in lower case (not a word or two quoted before a
# name: "the ‘escape-proof’ Colditz Castle and remained ...")


def named_after_quote(sent: str, at: int) -> bool:
    """Does a sentence of the story open at ``sent[at]`` (a space) on a person's first name,
    surname, verb and object (or "But" and a name), right after a closing mark that closes a
    quotation of QUOTED_WORDS or more, the first in lower case, the line opened, in a line at least QUOTE_CAPTION_WORDS long that opens on no
    fronted phrase (see _NAMED_DOES, _FRONTED_LINE); or on a name and a speech verb where the line
    told its own speaker before the quotation (_NAMED_SAYS)?"""
    if not (at > 1 and sent[at - 1] in "'’" and len(sent[:at].split()) >= QUOTE_CAPTION_WORDS
            and open_quote(sent[:at - 1])) or _fronted(sent[:at]):
        return False
    opened = max(sent.rfind(" '", 0, at - 1), sent.rfind(" ‘", 0, at - 1), sent.rfind("‘", 0, at - 1))
    if opened < 0 or len(sent[opened:at].split()) < QUOTED_WORDS or not sent[opened:at].lstrip(" '‘")[:1].islower():
        return False  # (a quotation in capitals is a name: "self-styled 'King of the Road' Rob Example ignored the")
    return _NAMED_DOES.match(sent, at + 1) is not None \
        or _NAMED_SAYS.match(sent, at + 1) is not None and _SAYS_BEFORE.search(sent, 0, opened) is not None


# words a quotation follows inside its own sentence: "... said 'Then ...'", "a sign reading 'Keep out.'"
_BEFORE_A_QUOTE = frozenset("""said says say told tell tells asked asks ask added adds wrote writes read reads reading
replied replies shouted screamed yelled tweeted posted captioned declared explained insisted claimed warned
admitted revealed joked quipped stated and or that of as saying with titled entitled dubbed called named word
words caption message sign slogan motto asking telling adding writing"""
                             .split())


def may_quote(before: str) -> bool:
    """May a quotation after ``before`` (a run with no stop) open a sentence of its own?"""
    words_before = before.split()
    if len(words_before) >= 6 and words_before[-2].lower() in ("been", "being") \
            and words_before[-1].lower() in _PASSIVE_NOT_SAID:
        return True  # "... though the details have now been revealed | 'He asked me ...'": a passive says nothing
    return len(words_before) >= 6 and words_before[-1].lower() not in _BEFORE_A_QUOTE \
        and words_before[-1].lower() not in BEFORE_A_TITLE \
        and not any(w.lower().rstrip(",") in ("said", "says", "told", "asked", "added") for w in words_before[-4:])


_PASSIVE_NOT_SAID = frozenset("revealed confirmed announced released posted published".split())


YEAR_CAPTION_WORDS = 8  # words of a line, at least, before the year it ends on
_YEAR_END = re.compile(r"\b(?:in|during|since)\s(?:(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)(?:\s(?:19|20)\d\d)?|(?:19|20)\d\d)$")


def year_caption_end(before: str) -> bool:
    """Does ``before`` end a line on a year ("... in the FA Cup semi-final in 2010"), long enough to be a
    caption's, so that a subject and its verb after it open the next sentence? (Not "In 2010 Villa were
    relegated": a year that opens its sentence.)"""
    words = before.split()
    return len(words) >= YEAR_CAPTION_WORDS and _YEAR_END.search(before) is not None \
        and not _FRONTED.intersection(words[-YEAR_CAPTION_WORDS:]) \
        and not _CLAUSE_TOLD.intersection(w.lower().strip(",") for w in words[-YEAR_CAPTION_WORDS:])
    # (not a fronted clause the subject follows with no comma: "Since his move from Southport in 2019 |
    # Example has scored"; nor a clause the sentence tells: "Figures show that in 2024 | Northtown was ...")


_FRONTED = frozenset("Since In During After Before When Following Until While".split())
_CLAUSE_TOLD = frozenset("that said says show shows showed admitted revealed found claimed told debut".split())
