"""Lines a page runs into the copy with no stop or space, set apart by ``copydesk.segment``: a
timeline's entries ("... Bumpers Lane.26 April – Hereford stay up ..."), a list item's subhead in
capitals ("BALL OF THE CENTURY Benaud was ..."), a link's label at a line's opening ("Chilcot report:
Findings at-a-glanceThe campaign group ..."), a quotation's speaker, stop or mark glued to the next
sentence ('... of life," she said. The chair ...', '... future"The task now ...'); and two cuts the
splitter makes that the source never did, joined back: after a figure glued to "vs." ("63%, $1160vs.
$710.") and after a question told with its speaker in lower case ("Were you bleeding? she was
asked."). And two tests ``segment`` puts to a line with no stop that runs into the story's next
sentence: may a quotation after it open the next one, and does it end on a caption's year."""

from __future__ import annotations

import itertools
import re

from copydesk.gluedmarks import double_open
from copydesk.lexicon import FEMALE, MALE, PERSON_WORDS, ROLES_BEFORE_NAME, SPEECH_VERBS
from copydesk.splitmend import BEFORE_A_TITLE, CAMEL, FIRST_PERSON_WORD, token_start

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


# a subhead glued to the copy's next line at its opening, its last word in lower case run into the
# line's capital: "Virtual meatballsVirtual reality is becoming a common tool ..." (not a name written
# with a capital inside, "Sony PlayStation sales", "LinkedIn": the word before the glue is a plain one)
_SUBHEAD_GLUED_OPENING = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3} [a-z]{4,}(?=[A-Z][a-z]+ [a-z])")


def glued_subhead(sent: str) -> int:
    """Where the copy starts after a short subhead glued to it at the line's opening, or 0: the line
    opens on a word of the subhead's own."""
    m = _SUBHEAD_GLUED_OPENING.match(sent)
    if m is None or any(c in m.group(0) for c in "\"“”‘’':,.") or CAMEL.search(m.group(0)) \
            or m.group(0).startswith("By ") or _BYLINE_WORD.search(m.group(0)):
        return 0  # (not a byline run into its box: "By Jane ExampleBBC harbour correspondentThe ...")
    after = sent[m.end():].split(None, 1)[0].lower()
    # (the line after it opens on a word of the subhead's own: "Virtual meatballs|Virtual reality", "Flood
    # defences|Flood barriers"; not a brand's or a handle's capital, "easyJet", "greenBasket", nor a typo's
    # lost space, "Police saidNorthtown residents")
    return m.end() if after in m.group(0).lower().split() else 0


_BYLINE_WORD = re.compile(r"\b(?:correspondent|editor|reporter|writer|columnist)$")


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
    if _OPENS_FRONTED.match(before.lstrip()):
        return False  # a fronted clause that lost its comma: "Asked about a failure at the bank in 2019 | Chief
        # executive Jo Example said: ..." (reviewer rev42b), "Speaking at the opening in 2019 ..."
    if _RELATIVE_HEAD.match(before.lstrip()):
        return False  # a subject with its relative clause: "The strike that closed ... in March | Northtown Council
        # has said was unlawful" (the verb comes after the name)
    return len(words) >= YEAR_CAPTION_WORDS and _YEAR_END.search(before) is not None \
        and not _FRONTED.intersection(words[-YEAR_CAPTION_WORDS:]) \
        and not _CLAUSE_TOLD.intersection(w.lower().strip(",") for w in words[-YEAR_CAPTION_WORDS:])
    # (not a fronted clause the subject follows with no comma: "Since his move from Southport in 2019 |
    # Example has scored"; nor a clause the sentence tells: "Figures show that in 2024 | Northtown was ...")


_RELATIVE_HEAD = re.compile(r"(?:\S+\s){1,3}(?:that|who|which)\s")
_FRONTED = frozenset("Since In During After Before When Following Until While".split())
_OPENS_FRONTED = re.compile(r"(?:[A-Z][a-z]+ing|Asked|Told|Outside|Inside|After|Before|Following|Since|During|When|"
                            r"By|Throughout|Through|Within|Under|Between|Across|Over|Towards|Toward|"
                            r"While|Once|Until|Having|Paying)\s")
_CLAUSE_TOLD = frozenset("that said says show shows showed admitted revealed found claimed told debut".split())


# where a caption with no stop that retells a line of the story runs into the next sentence of the
# story: a word in lower case or a figure, then a person's name (or a thing of theirs) and a verb that
# opens a clause ("... in the room | Jo's body was found ...")
_RETOLD_GLUE = re.compile(r"(?<=[a-z0-9]) (?=(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+(?:['’]s\s[a-z]+)?\s"
                          r"(?:was|were|is|are|has|had|have|said|says|told|will|would)\s(?P<next>\w+))"
                          # (or a speaker told by their role and full name, before the colon that opens their
                          # words: "... according to research | Northtown pensions specialist Jo Example said: '...")
                          r"|(?<=[a-z0-9]) (?=(?P<said>[A-Z][\w'’-]+\s(?:[A-Z][\w'’-]+\s)?(?:[a-z]+\s){0,3}(?:[A-Z][\w'’-]+\s){0,2}"
                          r"[A-Z][\w'’-]+\s(?:said|says|added|explained|told\s[A-Z][\w'’-]+):\s?[\"“'‘]))")
# the words a caption does not end on, as they bring in a name as their object or their clause's
# subject ("told police her husband | Sam Sample was to blame", "council leader | Jo Example said")
_TAKES_A_NAME = frozenset("""that and or but nor when while after before because as if since until though although
whether where who which whom heard hears believed believes thinks thought think believe knew know knows alleged alleges
found finds than with by from to of for in on at about against between under over into like named called dubbed
including show shows showed shown suggest hope hopes hoped fear fears feared realised realized learned learnt
discovered decided ruled insist insisted claim say tell confirm confirmed reveal accept accepted deny denied
agree agreed meant means feel feels felt""".split()) | SPEECH_VERBS | ROLES_BEFORE_NAME | PERSON_WORDS | MALE | FEMALE
_FUNCTION = frozenset("""the a an and or but of to in on at by for with from that this these those his her their its
was were is are has had have been be being it he she they we you who which when while after before as than into
about over under also just very more most some any all not no""".split())
# a clause's finite verb, where a caption's opening words tell one: "Jo Example was allegedly locked ...",
# "The hearing revealed ...", "They have both been released ..."
_FINITE = frozenset("""was were is are has had have will would can could did does do said says told took made gave
went came left put kept saw won lost met ran set led held hit got began broke brought bought caught fell felt fled
grew heard knew paid sent shot sold spent spoke stood struck threw wore wrote suffered""".split())
_NOT_IN_A_SUBJECT = frozenset("who which that whose whom when where after before because as if and but".split())
_DASH = re.compile(r"\s[-–—]\s")
_MARK_OPENS = re.compile(r"[\"“”‘]|(?<!\w)'")
RETOLD_WORDS = 6  # words of substance, at least, in a caption that retells a line of the story
RETOLD_SHARE = 0.7  # of them, at least, told in one other sentence
SUBJECT_WORDS = 5  # words, at most, before a caption's verb

# a caption's last words: a place or a time it tells of, a preposition among its last six words
_ENDS_ON_A_PLACE_OR_TIME = re.compile(r"\b(?:in|on|at|by|from|with|into|during|before|after|of|to|for|near|outside|"
                                      r"inside|over|under|across|through|since|until|against|beside|behind)"
                                      r"(?:\s[^\s]+){1,5}$")
# nouns and words whose clause may follow them with no "that": no caption ends on them
_TAKES_A_CLAUSE = frozenset("""evidence suggestion suggestions indication indications sign signs proof allegation
allegations claim claims report reports rumour rumours rumor rumors fear fears belief doubt doubts question chance
hope hopes concern concerns worry worries warning warnings news fact idea impression view whose so then now yet sure
how why prove suspect expect expects assume conclude establish understand reckon guess ensure insist""".split())
_SAYS = re.compile(r"(?!The\s)(?:[A-Z][\w'’-]+\s){1,3}(?:said|says|told)\b")
_RELATIVE = re.compile(r"\b(?:who|whose|whom|which|that)\b")
# a perfect whose verb wants its object, a preposition after it: "Sam Sample had used in the attack"
_ACTIVE_WANTS_OBJECT = re.compile(r"(?:[A-Z][\w'’-]+\s){1,3}(?:has|had|have)\s(?:\w+ly\s)?[a-z]+(?:ed|en|t)\s"
                                  r"(?:in|on|at|to|for|with|from|by|of|into)\b")
# a speaker's colon may end a caption that has a verb of its own, not a fronted phrase that lost its
# comma: "One in five savers who stop work this year will retire with debts ..., according to research |
# Northtown Life pensions specialist Jo Example said: '...'", not "In a letter sent to parents on Friday |
# Headteacher Jo Example said: '...'"
_FRONTED_PHRASE = re.compile(r"(?:In|On|At|With|Without|For|From|By|Under|Over|Amid|Despite|Writing|Asked|Speaking|"
                             r"Describing|Responding|Reacting|Commenting|Addressing|Talking)\s")


def _fronted(head: str) -> bool:
    """Does ``head`` open on a fronted clause or phrase ("Speaking at ...", "In a letter sent ...")?"""
    return bool(_OPENS_FRONTED.match(head) or _FRONTED_PHRASE.match(head))


def _has_a_verb(head: str) -> bool:
    head = head.lstrip()
    return not _fronted(head) and any(w.lower() in _FINITE for w in head.split())


def _substance(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]{2,}", text.lower()) if w not in _FUNCTION}


def _opens_on_a_clause(head: str) -> bool:
    """Does ``head`` open on a subject and its finite verb, a clause of its own ("Jo Example was
    allegedly locked ...", "The hearing revealed ...")? Not a fronted clause ("Speaking at ...",
    "After the crash ..."), nor a subject whose first verb is a relative clause's ("The dog walker
    who found the bomb ...")."""
    if _fronted(head):
        return False
    toks = head.split()[:SUBJECT_WORDS + 2]
    if not toks or not toks[0][:1].isupper():
        return False
    for k, tok in enumerate(toks[1:], 1):
        low = tok.lower()
        if low in _NOT_IN_A_SUBJECT or tok.endswith((",", ";", ":")):
            return False
        if low in _FINITE or (low.endswith("ed") and len(low) > 4 and toks[k - 1].lower() not in _FUNCTION):
            if low not in _TELLS_A_CLAUSE:
                return True
            # (a verb of saying or hearing: its clause must be whole before the caption ends, "The hearing
            # revealed Jo succumbed to ...", not "Prosecutor Jo Example told the jury yesterday | Sample had
            # lied ...", "Magistrates heard that after failing to stop | Sample had driven home")
            rest = head.split(None, k + 1)[-1]
            that = f" {rest} ".find(" that ")  # ("told the jury that Sample had stolen ...": the clause after "that")
            return _opens_on_a_clause(rest[that + 5:] if 0 <= that and rest[:that].count(" ") < 8 else rest)
    return False


_TELLS_A_CLAUSE = SPEECH_VERBS | frozenset("heard hears found finds showed shows learned learnt".split())


def retold_captions_cut(sentences: list[str], paragraphs: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """``sentences`` and ``paragraphs`` (each a list of sentence indices) with the sentences cut where a
    caption that retells a line of the story runs into the next sentence (``retold_cuts``)."""
    return cuts_applied(sentences, paragraphs, retold_cuts(sentences))


def cuts_applied(sentences: list[str], paragraphs: list[list[int]],
                 cut: list[list[str]]) -> tuple[list[str], list[list[int]]]:
    """``sentences`` and ``paragraphs`` with each sentence replaced by its pieces in ``cut`` (one list a
    sentence), the paragraphs' indices renumbered."""
    if all(len(pieces) == 1 for pieces in cut):
        return sentences, paragraphs
    at = list(itertools.accumulate(len(pieces) for pieces in cut))  # (each sentence's end, renumbered)
    return [piece for pieces in cut for piece in pieces], [list(range(at[p[0]] - len(cut[p[0]]), at[p[-1]]))
                                                          for p in paragraphs]


def retold_cuts(sentences: list[str]) -> list[list[str]]:
    """Each sentence, cut where a caption with no stop that retells another line of the story runs
    into the next sentence of the story ("Jo Example was allegedly locked in a bedroom by her father,
    forcing her to ... in the room | Jo's body was found days after ...", where another line tells
    "Sam Example allegedly locked his daughter in the bedroom ..., forcing her to ... in the room"):
    the pieces, or the sentence alone. The caption then reads as the repeat it is.

    A caption is a clause of its own: it opens on a subject and its verb, it stands in no quotation
    and no dash's aside, and it does not end on a word that brings in the name after it (a role, a
    kinsman, a verb of saying or thinking: "... told police her husband | Sam Sample was to blame")."""
    words: list[set[str]] = []  # (each sentence's words of substance, read once a cut is in question)
    out = []
    told_whole = _told_whole(sentences) if any(": " in s[:LABEL_REACH] for s in sentences) else {}
    for i, sent in enumerate(sentences):
        if (whole := _retold_whole(sent, i, told_whole)) is not None:
            out.append([sent[:whole].strip(), sent[whole:].strip()])  # ("Her love interest: <a line of the
            continue  # story, whole but its stop> | Legal documents ... state ...": the story's next line)
        pieces, start = [], 0
        for m in _RETOLD_GLUE.finditer(sent):
            before = sent[start:m.start()]
            last = before[before.rfind(" ") + 1:].strip(",;:")
            if not (last.islower() or last[:1].isdigit()) or last in _TAKES_A_NAME or last in _FUNCTION:
                continue  # (a word in lower case ends the caption: not "Paris | Saint-Germain", "the | Tories")
            if m.group("next") and m.group("next").lower() in _FINITE:
                continue  # (the name and its verb are no clause's opening: "... Jo Example said was overdue")
            if m.group("next") and last.isalpha() and _SAYS.match(sent, m.start() + 1) \
                    or _RELATIVE.search(" ".join(before.split()[-4:])):
                continue  # (a speaker's role before their name, "... headteacher | Jo Example said", and the
                # words of a relative clause, "... Northtown Bank whose chief economist | Jo Example said")
            if not _ENDS_ON_A_PLACE_OR_TIME.search(before) or last.lower() in _TAKES_A_CLAUSE:
                continue  # (a caption ends on where or when, "in the room", "on March 30, 2013", "according to
                # research"; not on what a clause after it tells, "there is no suggestion | Sam Sample was
                # aware ...", "inquiry into allegations | Sample ...", nor on an object that a clause about it
                # follows, "found the knife | Sam Sample had used", reviewer rev43)
            if _ACTIVE_WANTS_OBJECT.match(sent, m.start() + 1):
                continue  # (the clause after it wants its object: "... Sam Sample had used in the attack")
            told = _substance(before)
            if len(told) < RETOLD_WORDS or _MARK_OPENS.search(before) or len(_DASH.findall(before)) % 2 \
                    or not (_opens_on_a_clause(before.lstrip()) or m.group("said") and _has_a_verb(before)):
                continue  # (nor inside a dash's aside: "would hike VAT - something | Mr Cameron has ruled out -")
            words = words or [_substance(s) for s in sentences]
            after = _substance(sent[m.start():])
            retold = [j for j in range(len(sentences)) if j != i and len(told & words[j]) >= RETOLD_SHARE * len(told)]
            # (the line told again is another's, not this sentence's twin: a page may print a lead twice)
            if retold and all(len(after & words[j]) < len(after) / 2 for j in retold):
                pieces.append(before.strip())
                start = m.start() + 1
        out.append([*pieces, sent[start:].strip()] if pieces else [sent])
    return out


LABEL_REACH = 50  # characters into a line that a caption's label ends in ("Her love interest these days: ")
WHOLE_WORDS = 8  # words, at least, of a story's line that a caption after its label tells again whole
RUN_ON_WORDS = 5  # words, at least, of the story's sentence run on after it
_LINE_LABEL = re.compile(r"^[A-Z0-9'‘][\w'’&.\- ]{0,40}?:\s+")
_RUNS_ON = re.compile(r"\s(?=['‘\"“]?[A-Z])")
# (a speaker's colon is no caption's label, "The club said: ..."; and what runs on opens a sentence of its own, a
# quotation or a clause with its verb, not the rest of a name: "Road East, fire crews ...", reviewer rev46)
_SPEAKER_LABEL = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|stated|states|announced|declared)\b", re.I)
_OPENS_A_SENTENCE = re.compile(r"['‘\"“][A-Z]|(?![A-Z][\w'’-]*,)[A-Z][\w'’-]*(?:\s[\w'’-]+){0,6}?\s(?:is|are|was|were|has|"
                               r"have|had|will|would|can|could|said|says|told|state|states|show|shows|[a-z]{3,}ed)\b")


def _told_whole(sentences: list[str]) -> dict[tuple[str, ...], list[tuple[int, str]]]:
    """Each sentence of WHOLE_WORDS words or more, its last stop off, by its first five words."""
    by_start: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for j, s in enumerate(sentences):
        core = s.strip().rstrip(".!?")
        if s.strip()[-1:] in ".!?" and len(core.split()) >= WHOLE_WORDS:
            by_start.setdefault(tuple(core.split()[:5]), []).append((j, core))
    return by_start


def _retold_whole(sent: str, i: int, told: dict[tuple[str, ...], list[tuple[int, str]]]) -> int | None:
    """Where the story's next sentence starts in ``sent``, a caption that opens on a label and tells a
    line of the story again whole but its stop, then runs on into a sentence of the story with no stop
    between ("Her love interest these days: Jo Example is now dating Sam Sample, who ... on Earth Legal
    documents obtained by the site state that ..."); None when it is no such caption."""
    label = _LINE_LABEL.match(sent) if told and ": " in sent[:LABEL_REACH] else None
    if label is None:
        return None
    rest = sent[label.end():]
    for j, core in told.get(tuple(rest.split()[:5]), ()):
        end = label.end() + len(core)
        if j != i and rest.startswith(core) and _RUNS_ON.match(sent, end) \
                and len(sent[end:].split()) >= RUN_ON_WORDS and sent.rstrip()[-1:] in ".!?'’\"”" \
                and not _SPEAKER_LABEL.search(label.group(0)) and _OPENS_A_SENTENCE.match(sent[end:].strip()):
            return end
    return None


# a caption's picture mark that a story sentence runs on after: "... with Greta Van Susteren (left)
# The FBI agents took ...", "... by terrorist hacking (file photo) The Government Accountability ..."
_AFTER_PICTURE_MARK = re.compile(r"(?:\((?:left|right|above|below|centre|center|pictured|inset|file photo|file picture|"
                                 r"stock image|stock photo)\)(?P<at>\s)(?=(?:The|A|An)\s[A-Z][\w'’-]+\s"
                                 # (or a name the clause after goes on from: "... (stock image) Example,
                                 # whose song ...")
                                 r"|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?,\s(?:who|whose|which)\s"
                                 # (or a participle that opens the story's sentence, as no clause goes on after a
                                 # picture's mark: "... at Lidl in Northtown (pictured) Sentencing him, magistrate ...")
                                 # (only before the speaker's verb: not "Opening Night, the 1977 drama", reviewer rev45b)
                                 r"|(?:Sentencing|Jailing|Speaking|Addressing|Asked|Commenting|Responding)\s"
                                 r"(?:him|her|them|to|at|about|after|before|on|outside)\b[^,.;:!?\"“]{0,60},\s"
                                 r"[^.;:!?\"“]{0,80}?\b(?:said|says|told|added)\b)"
                                 # (or a caption's last words, "pictured above", before a subject and its verb:
                                 # "... bribe voters with chocolate cake, pictured above | Detectives are expected ...")
                                 # (its comma too: not "the plume of smoke pictured above Northtown has ...")
                                 r"|(?<=,\s)pictured\s(?:above|below|left|right)(?P<at2>\s)(?=(?:The|He|She|They|It)\s[a-z]"
                                 r"|[A-Z][a-z]+\s(?:are|is|was|were|have|has|had|will|said|says)\s)"
                                 # (or a caption's date, "pictured in June 2013", "pictured with Jo Example in 2009",
                                 # before a speaker's opening mark, a name and its verb, or a time set before a comma:
                                 # "... pictured in January 2013 | TMZ went on to report ...", "... in 2009 | In
                                 # February, the pair ...": a story's line runs on where the picture's date ends)
                                 r"|\bpictured\b[^.;:!?\"“‘()]{0,60}?\bin\s(?:(?:" + _MONTH_NAMES + r")\s)?(?:19|20)\d\d"
                                 # (not a short title in marks: "... pictured in 2013 'Harbour Style' shoots")
                                 r"(?P<at3>\s)(?=(?!['‘\"“][A-Z][^'’\"”.,!?]{0,40}['’\"”]\s+[a-z])['‘\"“][A-Z]"
                                 r"|(?:[A-Z][\w'’-]+\s){1,3}(?:went|said|says|told|is|was|were|are|"
                                 r"has|had|have|will|would|could|reported|claimed|added|revealed|state|states)\b"
                                 r"|(?:In|On|Last|Earlier|Since|During|After|Before)\s[\w'’ ]{1,30},\s)"
                                 # (or, after a caption's mark that ends a long line, a name and its verb: "... the film
                                 # starring Steve McQueen and Richard Attenborough (pictured) | Bader was among those
                                 # recaptured ...")
                                 r"|\((?:left|right|above|below|pictured|inset)\)(?P<at4>\s)(?=[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?\s"
                                 r"(?:was|were|is|are|has|had|have|will|would|said|says)\s))")


# a caption that opens on "The" and a name with its picture mark, run on after a line in lower case
# ("... breaking down winners by county | The New York Yankees (left) and Boston Red Sox (right) come
# in first ..."), and the story's "The" and a name and a verb after that caption's last word in lower
# case ("... as their favorite | The Mets are not the favorite team in one county ...")
_THE_NAMED_CAPTION = re.compile(r"(?<=[a-z])\s(?=The\s(?:[A-Z][\w'’.-]+\s){1,3}\((?:left|right|centre|center|pictured|"
                                r"above|below)\))")
_THE_NAMED_AFTER = re.compile(r"(?<=[a-z])\s(?=The\s(?:[A-Z][\w'’.-]+\s){1,3}(?:are|is|was|were|have|has|had)\s)")
THE_CAPTION_AFTER = 8  # words of the line, at least, that a caption opening on "The" and a name runs on after
_NOT_A_LINE_END = frozenset("""as and or but of to in on at by for with from that than as while when after before
supports support features feature include includes including said says watched watch saw see met joined like
beat beats played plays against versus v vs""".split())
MARK_LINE_WORDS = 10  # words of a caption's line, at least, before its mark that a name and its verb run on after
# a person's relation or post that the name after the mark stands beside: "his wife (left) Jo said ...", "the new
# chief constable (pictured) Sam Brook said ...", "Sam Brook and his brother (right) Tom were ..." (reviewer rev48c)
_NAMED_BESIDE = frozenset("""wife husband partner fiance fiancé fiancee fiancée widow widower mother father mum dad mom son
daughter brother sister grandmother grandfather grandson granddaughter aunt uncle cousin nephew niece boyfriend
girlfriend friend colleague predecessor successor boss manager coach captain deputy constable leader mayor chairman
chairwoman chair president minister secretary spokesman spokeswoman lawyer solicitor barrister teammate""".split())


def _at4_cut(sent: str, start: int) -> bool:
    """Does a name and its verb after the picture mark at ``start`` open the story's sentence?"""
    before = sent[:start]
    if len(before.split()) < MARK_LINE_WORDS or before.rsplit(None, 1)[-1].lower() in _NAMED_BESIDE:
        return False
    return not double_open(before)  # (not inside a quotation)


PICTURE_MARK_REACH = 250  # characters before a cut that the caption's picture mark may stand in


def picture_mark_cuts(sent: str) -> list[int]:
    """Where a story sentence opens after a caption's picture mark in ``sent`` (see _AFTER_PICTURE_MARK),
    and where a caption that opens on "The" and a name with its mark runs on after a line in lower case."""
    if ")" not in sent and "pictured " not in sent:
        return []
    cuts = [next(m.start(g) for g in ("at", "at2", "at3", "at4") if m.group(g) is not None)
            for m in _AFTER_PICTURE_MARK.finditer(sent)
            if m.group("at4") is None or _at4_cut(sent, m.start())]
    if "The " in sent:
        # (after a caption's line of some length that ends on a noun: not "Fans cheered as | The Beatles
        # (left) played ...", "He supports | The Northtown Rovers (pictured) and ...")
        marks = [m.start() for m in _THE_NAMED_CAPTION.finditer(sent) if len(sent[:m.start()].split()) >= THE_CAPTION_AFTER
                 and sent[:m.start()].rsplit(None, 1)[-1] not in _NOT_A_LINE_END]
        cuts += marks + [m.start() for m in _THE_NAMED_AFTER.finditer(sent)
                         if any(0 < m.start() - at <= PICTURE_MARK_REACH for at in marks)]
    return sorted(set(cuts))


# the openers a title in capitals may take before a word in lower case ("the As You Like It tour",
# "Some Like It hot"): after a capitalised word they start no new sentence
_TITLE_OPENERS = frozenset("It As In On At For With Without When If That Those Its Earlier Now".split())


# words a letter names a class after ("category A prisoners", "plan A was", "vitamin A deficiency",
# "patient A told"): there "A" opens no sentence
_LETTER_CLASSES = frozenset("""category categories plan type grade grades vitamin hepatitis class section schedule
group level part item option model series block wing ward gate terminal row platform route pool size appendix
annex figure table box team side list star league tier unit zone phase stage version point road exhibit
patient patients witness person child victim defendant woman man girl boy officer doctor soldier mother father
suspect student pupil company player prisoner letter""".split())


def may_follow(word: str, opener: str) -> bool:
    """May a new sentence start with ``opener`` after ``word`` (see segment's _GLUED_RUN)?"""
    if word[:1].islower() or word[:1].isdigit():
        if opener in ("A", "An", "One"):
            return word.lower().strip("'’") not in BEFORE_A_TITLE and word.lower() not in _LETTER_CLASSES \
                and not word[:1].isdigit()
        return word.lower() not in BEFORE_A_TITLE or opener == "The"
    return opener not in _TITLE_OPENERS and opener not in ("A", "An", "One")  # ("Patient A", "Formula One")


# a clock's "a.m." or "p.m." before its time zone: the splitter ends a sentence there ("This story was
# updated at 5:45 p.m. | ET to include details from the NASA telecon.")
_ZONE_OPENS = re.compile(r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|AEST|AEDT)\b"
                         r"(?=[,.;:)]|\s*$|\s(?:to|on|and|or|but|with|in|at|for|from|by|after|before|when|as|until|"
                         r"the|a|an|today|tomorrow|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday)\b)")


def clock_rejoined(pieces: list[str]) -> list[str]:
    """``pieces`` with a piece that opens on a time zone joined to the one before, when that ends on
    "a.m." or "p.m."."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].rstrip().endswith(("a.m.", "p.m.")) and _ZONE_OPENS.match(piece):
            out[-1] = out[-1].rstrip() + " " + piece
        else:
            out.append(piece)
    return out
