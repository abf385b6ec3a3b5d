"""Mending the splitter's pieces (``copydesk.segment``) where sentencex cuts or joins wrongly
for news copy: a rank it does not know ("Army Spc. | Caleb Barnes"), a caption a page set
inside a quotation that single marks made one piece, a pull quote run into the next line, and
a table's rows run into the story's sentence after them."""

from __future__ import annotations

import re
from collections.abc import Iterable

import sentencex

from copydesk.lexicon import STOPWORDS

# a rank or office the splitter does not know, with its stop, before a name: "Army Spc. Caleb
# Barnes", "Cllr. Jane Example", "Pte. Sam Example" (sentencex knows "Sgt.", "Lt.", "Gen.", ...),
# nor after "then-" or "ex-": "when then-Sen. Obama said ..." (the year before it stays with him)
_RANKS = (r"(?<![\w.])(?:Spc|Const|Cllr|Ald|Pte|Gdsm|Spr|Bdr|Sqn|Ldr|Cdr|Amb|Atty"
          r"|(?:(?<=then-)|(?<=ex-))(?:Sen|Gov|Rep|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Supt|Pres|Det))\.")
RANK_STOP = re.compile(_RANKS + r"\s+[A-Z]")
_ENDS_ON_RANK = re.compile(_RANKS + r"\s*$")


# a quotation reopened inside one piece: its paragraphs ran together when the page lost its breaks
# ("... how we view this game. [a caption.] 'We enjoyed ...")
_INNER_REOPEN = re.compile(r"[.!?]\s+['‘](?=[A-Z])")
# a picture's cue in a line of the page set inside a quotation
_PICTURE_CUE = re.compile(r"\bpictured\b|\((?:(?:back|front|far|top|bottom|second|third|fourth)\s)?"
                          r"(?:left|right|centre|center|above|below|inset)\)")
# a line that tells of a person by full name in the third person, set inside the quotation's lines:
# "... how much she was loved. | Janet Muller was discovered dead in the boot of a burning car ..."
_NAMED_LINE = re.compile(r"\s*(?!(?:The|A|An|Our|This|That|These|Those|His|Her|Their|Its|My|Your|We|I)\s)"
                         r"(?:[A-Z][\w'’-]+\s){2,4}(?:was|is|were|are|has|had)\s")
CAPTION_ISLAND = 2  # a caption's lines inside a quotation, at most: the caption and one more
# (the single marks hidden while the splitter reads the piece, then put back)
_STRAIGHT_STAND_IN, _CURLY_STAND_IN = "\u2063", "\u2064"


def _split_past_marks(piece: str) -> list[str]:
    """The sentences of ``piece`` as the splitter cuts them with its single marks hidden (so
    that marks which seem to pair across the piece keep none of it whole); a closing mark the
    splitter left alone goes back on the sentence before it."""
    hidden = piece.replace("'", _STRAIGHT_STAND_IN).replace("‘", _CURLY_STAND_IN)
    parts: list[str] = []
    for part in sentencex.segment("en", hidden):
        part = part.replace(_STRAIGHT_STAND_IN, "'").replace(_CURLY_STAND_IN, "‘")
        if parts and not part.strip().strip("'’\"”"):
            parts[-1] += part  # a closing mark the splitter left alone
        else:
            parts.append(part)
    return parts


def quoted_paragraphs(piece: str) -> list[str]:
    """A piece the splitter kept whole because single marks seemed to pair across it, with a
    caption the page set between two of the quotation's paragraphs ("'The fact ... this game.
    Tottenham return ... - Ryan Mason pictured in action ... Spurs head coach ... 'We enjoyed
    ... preparation.'"): the quotation before the caption, the caption and the lines after it up
    to the mark that reopens the quotation (a quotation resumed after a break reopens), each a
    piece; the rest as it was. Without a caption the piece stays whole: the lines of one
    quoted paragraph are the speaker's."""
    if piece.lstrip()[:1] not in "'‘" or not _INNER_REOPEN.search(piece):
        return [piece]
    parts = _split_past_marks(piece)
    out: list[str] = []
    outside = 0  # lines since a caption, until the quotation reopens
    for part in parts:
        opens = part.lstrip()[:1] in "'‘"
        if not opens and (_PICTURE_CUE.search(part) or out and _NAMED_LINE.match(part)):
            outside = 1  # the caption: a piece of its own (not a stop left where a picture stood: the
            # speaker's words may run on after it, ". . She's a really cheeky girl.'")
        elif outside and opens:
            outside = 0  # the quotation resumes: its paragraphs run on together, as before
        elif outside:
            outside += 1
            if outside > CAPTION_ISLAND:
                return [piece]  # the page's lines run on past its captions: no island to cut out
        elif out:
            out[-1] += part  # the quotation's own lines
            continue
        out.append(part)
    if outside or len(out) == 1:
        return [piece]  # the quotation never resumes: nothing tells where its words end (or no caption)
    return out


# a speaker named beside a verb of speech ("..., Redknapp said.", "He said:")
_SPEAKER_NAMED = re.compile(r"\b(?:said|says|added|adds|told|explained|insisted)\s+(?:[A-Z][\w'’.-]+\s+)?([A-Z][\w'’-]+)"
                            r"|\b([A-Z][\w'’-]+)\s+(?:said|says|added|adds|told|explained|insisted)\b")
_NO_NAME = frozenset(("He", "She", "They", "It", "I", "We", "The"))
# a line that tells of a person by age, as no speaker tells of themself: "The 68-year-old left ..."
AGED_LINE = re.compile(r"\s*The \d{1,3}-year-old\s(?!(?:who|whose|and|or)\b)[a-z]")
# a speaker's own first person (read where a quotation may go on or end: segment, units)
FIRST_PERSON_WORD = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|We|we're|us|our|Our)\b")


def speakers_named(texts: Iterable[str]) -> set[str]:
    """The names ``texts`` give speakers beside a verb of speech ("Redknapp said" -> "Redknapp";
    not "He said")."""
    return {n for text in texts for m in _SPEAKER_NAMED.finditer(text) for n in m.groups() if n} - _NO_NAME


def speaker_told_of(piece: str, para: str) -> list[str]:
    """A piece the splitter kept whole across a quotation's paragraphs (single marks that
    reopen: "... something I wanted to do. Redknapp resigned as manager in February. ... 'I don't
    have to work ..."), holding a line that tells of the speaker in the third person, by the
    name the paragraph gives them beside a verb of speech, or of a person by age: cut into its
    sentences, so that the quotation's units (``engines.units``) end before that line, the
    paper's (a caption set between the quotation's paragraphs). Else the piece as it was."""
    if not _INNER_REOPEN.search(piece):
        return [piece]
    speakers = speakers_named((para,))
    parts = _split_past_marks(piece)
    told = any(part.lstrip()[:1] not in "'‘" and not FIRST_PERSON_WORD.search(part)
               and (AGED_LINE.match(part) or part.split(None, 1)[0].rstrip(",") in speakers)
               for part in parts if part.strip())
    if not told or len(parts) < 2 or "".join(parts).replace(" ", "") != piece.replace(" ", ""):
        return [piece]  # (nor when the splitter's parts would lose a character)
    return [part.strip() for part in parts if part.strip()]


def ranks_rejoined(pieces: Iterable[str]) -> list[str]:
    """The splitter's pieces, each cut after a rank's stop ("Army Spc. | Caleb Barnes, to a
    concert") joined to the name after it."""
    out: list[str] = []
    for piece in pieces:
        if out and _ENDS_ON_RANK.search(out[-1]) and piece.lstrip()[:1].isupper():
            out[-1] += piece
        else:
            out.append(piece)
    return out


PULL_QUOTE_WORDS = 8  # a quotation's words a pull quote repeats, at least
_DOUBLE_QUOTED = re.compile(r"\"([^\"]{20,300}?)[,.!?]?\"")


def pull_quotes_cut(sents: list[str]) -> list[str]:
    """A pull quote, a quotation repeated without its marks, run into the next sentence with no
    stop ('... the big time. | This is a dream come true and it means the world to me | Chisora has
    had ...', after '"This is a dream come true and it means the world to me," said Fury.'), or
    glued to that quotation's opening mark ('... Morocco"We are preparing ... Morocco," said'): the
    repeat is cut from the sentence it runs into."""
    quoted = {q for s in sents if '"' in s for q in _DOUBLE_QUOTED.findall(s) if len(q.split()) >= PULL_QUOTE_WORDS}
    if not quoted:
        return sents
    out = []
    for sent in sents:
        q = next((q for q in quoted if sent.startswith(q + " ") and sent[len(q) + 1:len(q) + 2].isupper()
                  or sent.startswith(q + '"' + q)), None)  # (or glued to the quotation it repeats)
        out += [q, sent[len(q) + (sent[len(q)] == " "):]] if q else [sent]
    return out


# a table's rows run together, each cell's figure glued to the next row's first word ("... tax 6.8Increase
# top rate ... 7.2Increase ...")
DIGIT_CAPITAL = re.compile(r"\d[A-Z]")
TABLE_ROW_GLUE = re.compile(r"\d(?=[A-Z][a-z]{2,})")  # (a cell's figure glued to the next row's word: "6.3Limit")
TABLE_TAIL_WORDS = 8  # a sentence of the story run on after the table's last row, at least


def after_table(sent: str) -> int:
    """Where the story's sentence starts after a table's rows run into it ("... £7.85 8.2|The most
    popular of the policy statements ... scored 7.3 out of 10."), or 0: two glued rows or more, and
    after the last a sentence of ``TABLE_TAIL_WORDS`` words that ends on its stop."""
    if not DIGIT_CAPITAL.search(sent):
        return 0  # (most sentences: no figure glued to a word)
    glues = list(TABLE_ROW_GLUE.finditer(sent))
    if len(glues) < 2:
        return 0
    cut = glues[-1].end()
    rest = sent[cut:]
    return cut if len(rest.split()) >= TABLE_TAIL_WORDS and rest.rstrip()[-1:] in ".!?" else 0


# a caption's picture mark: "(left)", "(pictured)"
CAPTION_MARK = re.compile(r"\((?:above|below|left|right|centre|center|pictured|inset)\)")

# (words a name may follow inside a sentence: "the winger Ugo Monye, who ...", "against Sam Example, who")
BEFORE_A_NAME = frozenset("""of by for to with as and or the a an at in on from than like against under
winger striker defender midfielder goalkeeper forward captain manager boss coach player star wife husband son
daughter mother father brother sister friend partner girlfriend boyfriend colleague team-mate singer actor
actress model president minister leader chairman""".split())
CAPTION_MARK_REACH = 200  # characters before a cut that a caption's picture mark may stand in
# the person a caption chain runs into, and the verb of the sentence they open (not "... (left) met
# Labour leader Sam Brooks in Northtown": an object, no sentence)
_PERSON_BY_ROLE = (r"(?:[A-Z][\w'’-]+\s){1,2}(?:boss|manager|leader|chief|captain|coach|chairman|president|minister|"
                   r"secretary)\s[A-Z][a-z]+\s[A-Z]")  # ("Liverpool boss Brendan R...")
_PERSON_WHO = r"[A-Z][a-z][\w'’-]+,\s(?:who|whose|from)\s"  # ("Rodgers, who ...", "James, from Salford, was")
# (the opening of that person: ``segment`` looks for it, then asks ``person_after_caption``)
PERSON_OPENS = _PERSON_BY_ROLE + "|" + _PERSON_WHO
_NAMED_THEN_VERB = re.compile(r"(?:" + _PERSON_BY_ROLE + r"[\w'’-]+(?:\s\([a-z]+\))?|" + _PERSON_WHO + r"[^,.;]{3,150},)"
                              r"\s(?:has|have|had|is|was|were|hasn't|hasn’t|will|would|said|says|spoke|told|[a-z]+ed)\b")


def person_after_caption(sent: str, at: int) -> bool:
    """Does a sentence of the story open at ``sent[at]`` (a space), run into a chain of captions:
    a caption's picture mark shortly before, a word in lower case before the person that is
    neither a role nor a preposition, and the person told of by a role or a name and "who", then
    the sentence's verb ("... earlier this season | Liverpool boss Brendan Rodgers (left) hasn't ...")?"""
    words = sent[:at].split()
    before = words[-1] if words else ""
    if len(words) > 1 and words[-2] in ("and", "or", "with") and sent.startswith(", from ", sent.find(",", at + 1)):
        return False  # ("Jo Example (pictured) and nurse Dale, from Northtown, have raised ...": one subject)
    return CAPTION_MARK.search(sent, max(0, at - CAPTION_MARK_REACH), at) is not None \
        and before[:1].islower() and before not in BEFORE_A_NAME and _NAMED_THEN_VERB.match(sent, at + 1) is not None


# a picture's moment that opens a caption ("Stewart (centre front) poses in the team photo ...", "O'Sullivan
# in action against ..."), and a person then named by name alone with the verb of the story's sentence
_MOMENT_OPENS = re.compile(r"(?:[A-Z][\w'’.-]+\s){1,3}(?:\((?:(?:second|far|centre|center|front|back|top|bottom)\s)?"
                           r"(?:left|right|centre|center|front|back|above|below|pictured|inset)"
                           r"(?:\s(?:front|back|left|right|row))?\)\s)?(?:is\s)?(?:in action|poses|celebrates|looks on|"
                           r"applauds|reacts|gestures|smiles)\b")
_NAME_THEN_BE = re.compile(r"[A-Z][a-z][\w'’-]+(?:\s[A-Z][a-z][\w'’-]+)?\s(?:was|is|has|had|were|are)\s[a-z]")
MOMENT_WORDS = 6  # words of the caption, at least, before the person


def named_after_moment(sent: str, at: int) -> bool:
    """Does a sentence of the story open at ``sent[at]`` (a space) on a person by name and a verb
    ("... ahead of the County Championship season | Stewart was a wicketkeeper-batsman ..."), after
    a caption that ``sent`` opens on, a picture's moment, and a word in lower case that no name
    follows as its part ("his team-mate Stewart was")?"""
    words = sent[:at].split()
    return len(words) >= MOMENT_WORDS and words[-1][:1].islower() and words[-1] not in BEFORE_A_NAME \
        and words[-1] not in CLAUSE_BEFORE_NAME and "," not in sent[:at] \
        and _MOMENT_OPENS.match(sent) is not None and _NAME_THEN_BE.match(sent, at + 1) is not None


# the words a clause of the sentence's own opens after, its subject a name: "... the mood changed when |
# Example was sent off", "... prosecutors allege | Brook was ..." (a caption's line ends on none of them)
CLAUSE_BEFORE_NAME = frozenset("""when where after that because while as if since before until but and or
allege alleges alleged say says said decide decides decided claim claims claimed believe believes believed
think thinks thought rule rules ruled find finds found insist insists insisted argue argues argued suggest
suggests suggested admit admits admitted deny denies denied know knows knew hear hears heard learn learned
learnt show shows showed reveal reveals revealed confirm confirms confirmed""".split())


# a related-story title glued to the next sentence with no stop between them: "Houthi leader:
# 'Anyone who thinks we will surrender is dreaming' On Wednesday, ..."
# (its marks a pair of one kind: "'The scheduled arrival of Carnival Cruise Lines’ Carnival Spirit has
# been delayed" opens on a straight mark, and its curly one is a plural's possessive)
_PAIRED_PHRASE = r"(?:'[^'’\"”.!?]{5,}\w'|‘[^'’\"”.!?]{5,}\w’|[\"“][^'’\"”.!?]{5,}\w[\"”])"
_CURLY_CLOSES = re.compile(r"[,.!?]’")
GLUED_TITLE = re.compile(r"^(?:[A-Z][\w'’.\- ]{0,40}:\s+)?" + _PAIRED_PHRASE + r"(?=\s+[A-Z])"
                          # (an outlet's label, then the title and its dash's tail: 'Hollywood Reporter:
                          # "Teenage Mutant Ninja Turtles" – the untold story Freberg disdained ...')
                          # (the sentence after it a name and its verb: not '"Outstanding" - a word she once
                          # kept for Example alone')
                          r"|^[A-Z][\w'’.\- ]{0,40}:\s+" + _PAIRED_PHRASE + r"\s(?:[–—-]|--)\s[a-z][\w'’ -]{0,40}?"
                          r"(?=\s+[A-Z][a-z]+\s(?:[a-z]+ed|(?!this\b|thus\b|his\b|its\b|us\b)[a-z]+s|has|had|was|is)\b)")


def glued_title(sent: str) -> re.Match[str] | None:
    """The related title that opens ``sent``, glued to the sentence after it, or None."""
    glued = GLUED_TITLE.match(sent)
    if glued and glued.group(0).endswith("s’") and _CURLY_CLOSES.search(sent, glued.end()):
        return None  # ("‘... Cruise Lines’ Northtown Star has been delayed,’ the statement said": a possessive)
    return glued


# a numbered list run together: each item's number glued to the end of the item before it ("... in the
# build-up to the mega fight 1. Twizzlers are ... snacks 2. Ramen noodle soup ...")
_TRAILING_NUMBER = re.compile(r"(?<=[a-z'’)])(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bto)(?<!\bof)(?<!\bby)(?<!\bis)(?<!\bwas)"
                              r"(?<!\bare)(?<!\bwere)(?<!\baged)(?<!\bage)(?<!\bweek)(?<!\bday)(?<!\bnumber)"
                              r"(?<!\bfrom)(?<!\bunder)(?<!\bover)(?<!\bthan)(?<!\bfinished)(?<!\bplaced)(?<!\branked)"
                              r"(?<!\bround)(?<!\bgame)(?<!\bstage)(?<!\blevel)(?<!\bchapter)(?<!\bpage)"
                              r"(?<!January)(?<!February)(?<!March)(?<!April)(?<!May)(?<!June)(?<!July)(?<!August)"
                              r"(?<!September)(?<!October)(?<!November)(?<!December)\s(\d{1,2})\.$")
# (not a number the sentence's own words want: "on March 3.", "aged 7.", "in week 8.", "finished 9.")
_LONE_NUMBER = re.compile(r"(\d{1,2})\.$")
LIST_MARKERS_MIN = 3  # numbers in sequence, at least: fewer may be a sentence's own ("aged 7.")


def list_markers_dropped(sentences: list[str]) -> list[str]:
    """``sentences`` with a run-together list's numbers taken off the ends of the items before them:
    three or more sentences that end on numbers in sequence (1., 2., 3. ..., or 6., 7., 8. ... where
    the list's start ran otherwise), a lone "10." line among them (which stays, a line of the page's)."""
    if sum(1 for s in sentences if s[-2:-1].isdigit()) < LIST_MARKERS_MIN:
        return sentences  # (most texts: no sentence ends on a number)
    # (a number that stands as a line of its own, "10.", counts in the run: the page set it apart)
    ends = [(i, int(m.group(1))) for i, s in enumerate(sentences)
            if (m := _TRAILING_NUMBER.search(s) or _LONE_NUMBER.match(s))]
    marked: set[int] = set()
    run: list[int] = []  # sentence indices of the run so far, numbered n, n + 1, n + 2 ...
    last = first = 0
    for i, n in [*ends, (-1, 0)]:  # (a sentinel ends the last run)
        if run and n == last + 1:
            run.append(i)
        else:
            # (a run from 1, or one with a number the page set apart: "aged 7." "was 8." "was 9." are
            # the sentences' own)
            if len(run) >= LIST_MARKERS_MIN and (first == 1 or any(_LONE_NUMBER.match(sentences[j]) for j in run)):
                marked.update(run)
            run, first = [i], n
        last = n
    return [_TRAILING_NUMBER.sub(".", s) if i in marked else s for i, s in enumerate(sentences)]


def open_quote(text: str) -> bool:
    """Does a quotation opened in ``text`` stay open at its end (double marks by their count,
    single ones by opening and closing marks: an apostrophe is neither)?"""
    if text.count('"') % 2 == 1 or text.count("“") != text.count("”"):
        return True  # doubles
    return ("'" in text or "‘" in text) and len(SINGLE_OPENS.findall(text)) > len(SINGLE_CLOSES.findall(text))


REOPENING_MARKS = "\"“‘'"


def continues_quotation(before: str, opening: str) -> bool:
    """Does ``opening`` (a paragraph's first sentence) reopen the quotation left open at the end
    of ``before`` (the paragraph above), with the same kind of mark? A quotation of many
    paragraphs is set so: each opens on a mark, and only the last closes."""
    mark = opening.lstrip()[:1]
    if mark not in REOPENING_MARKS or not open_quote(before):
        return False
    doubles = before.count('"') % 2 == 1 or before.count("“") != before.count("”")
    return (mark in '"“') == doubles


# ("'£5bn and what do we get": a currency opens too, and the paper's bracket: "'(Sam Example) has been")
SINGLE_OPENS = re.compile(r"(?:^|[\s:])['‘][\w£$€(\[]")
SINGLE_CLOSES = re.compile(r"\w[.,!?]?['’](?=\s|$|[,.;:!?])")


# sentencex reads a lower-case "me." as an abbreviation (Maine's "Me."), so a sentence that ends
# on it runs into the next: '"Words fail me." A friend said both men were amazing.'
_ME_STOP = re.compile(r"(?<![\w'’-])me[.!?][\"”’']?(?=\s+[\"“‘']?[A-Z])")


def me_stops_cut(piece: str) -> list[str]:
    """``piece`` cut after each "me." that ends a sentence outside a quotation (inside one,
    sentencex keeps the quotation's sentences together, as it does after any other word)."""
    out, start = [], 0
    for m in _ME_STOP.finditer(piece):
        told = piece[start:m.end()]
        if not open_quote(told):
            out.append(told)
            start = m.end()
    return [*out, piece[start:].strip()] if out else [piece]


# a caption's picture moment ("X is spoken to by referee Y in ..."), which a page may print twice,
# the second time run on into the copy with no stop: "Ronnie Example is spoken to by referee Sam
# Brooks in his match against Jo Stone | Example is spoken to by referee Brooks in his match at
# the Crucible | Brooks approached Example as he walked to the table ..."
_MOMENT = re.compile(r"(?<=[A-Za-z'’])\s((?:is|are|was|were)\s[a-z]+\s(?:[a-z]+\s){1,2})")
_COPY_OPENS = re.compile(r"(?<=[A-Za-z])\s(?=[A-Z][\w'’-]+\s(?:[a-z]{3,}ed|said|has|had|was|told)\s)")


def restated_caption_cuts(sent: str) -> list[int]:
    """Where a picture's moment told twice in ``sent`` runs into the copy: the second telling's
    opening (its name, a capitalised word run on after the first telling's last word) and the
    copy's (a name and its past verb run on after the second telling's last capitalised word);
    [] when no moment stands twice so."""
    seen: dict[str, int] = {}
    for m in _MOMENT.finditer(sent):
        at = seen.setdefault(m.group(1), m.start())
        if at == m.start():
            continue
        name = sent.rfind(" ", 0, m.start()) + 1  # the name before the second telling ("O'Sullivan")
        if name <= at or not sent[name:name + 1].isupper() or not sent[:name].rstrip()[-1:].isalpha() \
                or not sent[:name].rstrip().rsplit(None, 1)[-1][:1].isupper():
            return []  # the first telling must end on a name run into the second's ("Stevens | O'Sullivan")
        copy = _COPY_OPENS.search(sent, m.end())
        if copy is None or len(sent[copy.end():].split()) < 6:
            return [name]
        return [name, copy.end()]
    return []


# a table's row of two cells or more, each short (not a page laid out in a table: "|  | Seeking a bigger role ... |")
_TABLE_ROW = re.compile(r"^\s*\|[^\n|]{0,160}(?:\|[^\n|]{0,160}){2,}\|\s*$", re.MULTILINE)


def table_rows(para: str) -> list[tuple[bool, str]] | None:
    """``para``'s table rows, a line each ("| DL | Sam Example | 63 | 1 tackle. 1 sack. |"), and
    the runs of lines between them, in order, as (is a row, text); None when it holds no row."""
    if para[:1] == "|" and _TABLE_ROW.fullmatch(para):
        return [(True, " ".join(para.split()))]
    if " |" not in para or "\n" not in para or not _TABLE_ROW.search(para):
        return None
    out: list[tuple[bool, str]] = []
    run: list[str] = []
    for line in para.split("\n"):
        if _TABLE_ROW.fullmatch(line):
            out += [(False, " ".join(run))] if run else []
            out.append((True, " ".join(line.split())))
            run = []
        elif line.strip():
            run.append(line)
    return out + ([(False, " ".join(run))] if run else [])


# what is left of a sentence when its quotation went to the sentence before: "Cherry said."
# (or a name and its relative clause: "Kayla, who now says she is gay, said.")
ATTRIBUTION_ONLY = re.compile(r"^(?:(?:[A-Z][\w'’.-]*\s+){1,4}|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s(?:who|whose)\s"
                               r"[^,.\"“”]{3,60},\s+)(?:said|says|added|told\s+[\w ]{2,30}?|explained|"
                               r"insisted|recalled|wrote|asks|asked|replies|replied)(?:\s(?:in return|in reply|back|again|later))?"
                               # (and its source's: "Jamie wrote, the affidavit said.")
                               r"(?:,\s(?:the\s)?(?:[\w'’-]+\s){1,3}?(?:said|says|showed|shows|stated)|,\saccording\sto\s[^,.\"“”]{3,40})?\.$")


def attributions_joined(sents: list[str]) -> list[str]:
    """An attribution the source stopped after its quotation ('"... for that exchange." Cherry
    said.') joins the quotation: the words and marks stay the source's."""
    out: list[str] = []
    for sent in sents:
        if out and ATTRIBUTION_ONLY.match(sent) and out[-1].endswith(('"', "”", "'", "’")):
            out[-1] += " " + sent
        else:
            out.append(sent)
    return out


def single_quote_rejoined(sents: list[str]) -> list[str]:
    """A quotation in single marks that the splitter cut after its own question or exclamation
    (" read: '£5bn and what do we get? | £64 a ticket'."): the two halves joined again, when the
    second, short, closes what the first opened."""
    out: list[str] = []
    for sent in sents:
        if out and out[-1].endswith(("?", "!")) and open_quote(out[-1]) and len(sent.split()) <= 15 \
                and sent[:1] not in "'‘\"“" and SINGLE_CLOSES.search(sent) and not open_quote(out[-1] + " " + sent):
            out[-1] += " " + sent
        else:
            out.append(sent)
    return out


# a line run into a person's introduction with no stop or space: "Simon Jack: Hinkley delay is a
# high stakes betTom Greatrex, the chief executive of ..." (a word in lower case glued to a name and
# its apposition; not "MacDonald")
CAMEL = re.compile(r"[a-z][A-Z]")  # (what every match of ``_GLUED_NAME`` holds: searched first, fast)
# (read at the capital glued to the word before it, which ``CAMEL`` finds: the word's end is looked
# behind from there, three letters in lower case at least, and not "MacDonald")
_GLUED_NAME = re.compile(r"(?<=[a-z]{3})(?<!Mac)(?=[A-Z][a-z]+\s[A-Z][\w'’-]+,\s(?:the|a|an|who)\s"
                         # (or a sentence's opening article: "Historical child abuse: Key investigationsA spokesman for ...")
                         r"|(?:A|An|The)\s[a-z]{3,}\s(?:for|of|at|from|with|in|has|have|had|was|were|is|are|will)\s"
                         # (or a speaker's role and name, and the verb: "... MPs sayReport author Jo Example said ...")
                         r"|[A-Z][a-z]+(?:\s[a-z]+){0,2}\s[A-Z][a-z]+\s[A-Z][\w'’-]+\s(?:said|says|told|added)\b)")
# ("... from across Birmingham hereA man has been charged": a promo's link run into the story)


# a page's related links glued to each other and to the story with no space or stop ("... the day's
# events'Super fans' turn out ... in WindsorIn pictures: ... monarchFull coverage: Queen at 90Her visit
# marked ..."): a word in lower case (three letters at least) or a figure, then a capitalised word
LINK_JOIN = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d))(?<!Mac)(?=[A-Z][a-z][\w'’]*\s)")
_LINK_LABEL = re.compile(r"[A-Z][\w ]{1,24}:\s")
LINK_JOINS = 3  # joins in one sentence that tell a run of links (a brand's "PlayStation" is one)


def link_joins(sent: str, *, strict: bool = False) -> int:
    """How many different joins of LINK_JOIN ``sent`` holds (a camel-case name told three times,
    "CubaDupa", is one). ``strict``: only joins no brand's name makes ("PlayStation", "WhatsApp",
    "LinkedIn"): after a word in lower case or a figure ("monarchFull", "90Her"), before a word that
    opens a link's title ("AleppoHow", "AleppoWhat's") or before a person's name and verb ("HarbourSam Brook is")."""
    return len({sent[max(0, m.start() - 4):m.start() + 4] for m in LINK_JOIN.finditer(sent)
                if not strict or _LINK_TITLE_WORD.match(sent, m.start()) or _NAME_AFTER_JOIN.match(sent, m.start())
                or _LOWER_TOKEN_BEFORE.search(sent, 0, m.start())})


_LINK_TITLE_WORD = re.compile(r"(?:How|What|What's|Why|When|Where|Who|Full|More|Watch|Read|Video|Live|Her|His|The)\s")
_NAME_AFTER_JOIN = re.compile(r"[A-Z][a-z]+\s[A-Z][\w'’-]+\s[a-z]")  # ("... HarbourSam Brook is with ...": a list's next item)
_LOWER_TOKEN_BEFORE = re.compile(r"(?:^|[\s(])[a-z\d][\w'’-]*$")  # (the join's token opens in lower case or on a figure)


def glued_links(sent: str) -> list[str]:
    """``sent`` cut at each join of a run of glued links (see LINK_JOIN), or [] when it holds
    fewer than LINK_JOINS of them; the links are lines with no stop of their own."""
    if link_joins(sent) < LINK_JOINS:
        return []
    ends = [0, *(m.start() for m in LINK_JOIN.finditer(sent)), len(sent)]
    pieces = [sent[a:b].strip() for a, b in zip(ends, ends[1:], strict=False) if sent[a:b].strip()]
    # (a link's label among them, "In pictures: ...", "Full coverage: ...": not a list's items glued,
    # "Jo Example will play for NorthtownSam Brook is with Southtown", whose last alone tells no news)
    return pieces if any(_LINK_LABEL.match(piece) for piece in pieces[1:-1]) else []


def glued_name(sent: str) -> int:
    """Where a name and its apposition, or a sentence's article, is glued to the word before it
    ("... betTom Greatrex, the chief ...", "... investigationsA spokesman for ..."), or 0."""
    for m in CAMEL.finditer(sent):
        at = m.start() + 1
        if _GLUED_NAME.match(sent, at) and not sent[max(0, at - 4):at][:1].isupper() \
                and not token_start(sent, at)[:1].isupper():
            return at  # (not inside a name written with a capital in it: "GreenField chairman ...")
    return 0


# Captions that restate the copy they run into, and runs of names repeated (``segment`` cuts there)

# the words a title in capitals follows ("at the After Hours club", "played When the Levee Breaks",
# "known as It"): there the capital is the title's, no new sentence (as after a word in capitals:
# "the As You Like It tour")
BEFORE_A_TITLE = frozenset("""the a an at of in on as for to from with by into called named titled dubbed
known played plays sang sings sing performed performs read reads wrote writes song album novel film show tour
book series play latest new hit debut upcoming forthcoming""".split())
# ("latest" before a title in marks: "in his latest 'How Did We Get Here?' video series")


def restated_at(sent: str) -> int:
    """Where a sentence that a title or caption ran into opens again on the title's own first
    words ("David Cameron will say ... receive a tax cut | David Cameron will say today that
    ..."): the second opening, or 0 when none."""
    words = sent.split(None, RESTATED_WORDS)
    if len(words) <= RESTATED_WORDS or not words[0][:1].isupper():
        return 0
    at = sent.find(" " + " ".join(words[:RESTATED_WORDS]) + " ", 1) + 1
    if at <= 0 or len(sent[:at].split()) < 6 or sent[:at].rstrip()[-1:] in ".!?,;:\"”'’" \
            or open_quote(sent[:at]):
        return 0  # (not inside a quotation: "'... I think Jurgen Klopp has proved ...'")
    return at


RESTATED_WORDS = 3


# words a name follows inside its own sentence (beyond BEFORE_A_TITLE's)
_FUNCTION_WORDS = frozenset("and or but that this these those his her their its our your my said says told".split())


# a name run of three or more capitalised words after a word in lower case, no stop between
# (opened on the capital and looked behind from it: the regex engine skips ahead to capitals, where
# a pattern that opens on a look-behind is tried at every position)
_NAME_RUN = re.compile(r"[A-Z](?<=[a-z]\s[A-Z])[\w'’-]+\s(?:[A-Z][\w'’-]+\s)+[A-Z][\w'’-]+(?=\s[a-z])")


def repeated_runs(sent: str) -> list[int]:
    """Where captions run into each other and into a sentence, each line opening on the same
    name with no stop before it ("... deny his former club Valencia victory | Substitute Rodrigo
    De Paul celebrates ... the lead | Substitute Rodrigo De Paul had given ..."): the openings,
    or [] when no name run stands twice so."""
    seen: dict[str, int] = {}
    for m in _NAME_RUN.finditer(sent):
        before = sent[:m.start()].rsplit(None, 1)[-1]
        if not before.islower() or before in BEFORE_A_TITLE or before in _FUNCTION_WORDS:
            continue  # "the Sinn Féin MLA accepts": the name inside its sentence
        first = seen.setdefault(m.group(0), m.start())
        if first != m.start():
            return [first, m.start()]
    return []


# a name of two words or more after a word in lower case, its verb after it: "... innocence Brenda Example has"
_NAME_VERB = re.compile(r"[A-Z](?<=[a-z]\s[A-Z])[\w'’-]+(?:\s[A-Z][\w'’-]+)+(?=\s(?:has|had|was|is|said|says|told|[a-z]{3,}ed)\b)")


PICTURE_WORD = re.compile(r"\((?:left|right|centre|center|pictured|above|below|inset)\)")
# (or between commas: "Jo Example, left, of being a 'gold digger'", "... the union's secretary, pictured, said")
PICTURE_MARK = re.compile(r",\s(?:pictured|left|right|centre|center|above|below|inset),\s|" + PICTURE_WORD.pattern)


def named_again(sent: str) -> list[int]:
    """Where a caption that names someone, a picture's mark in it, runs with no stop into the copy's
    sentence that opens on the same name ("He and his wife Brenda Example (left) maintain his innocence | Brenda Example has
    refused to allow ..."): the copy's opening, or [] (the name once only, or too little either side)."""
    if "(" not in sent or not PICTURE_WORD.search(sent):
        return []  # (most sentences: no picture's mark, no caption)
    for m in _NAME_VERB.finditer(sent):
        name = m.group(0)
        before = sent[:m.start()]
        if name in before and PICTURE_WORD.search(before) and len(sent[m.end():].split()) >= 5 \
                and name not in sent[m.end():] \
                and before.rsplit(None, 1)[-1] not in BEFORE_A_TITLE and before.rsplit(None, 1)[-1] not in _FUNCTION_WORDS:
            return [m.start()]
    return []


# words a line the page printed twice repeats, at least
LINE_REPEAT_WORDS = 8


_WORD = re.compile(r"\S+")


def repeated_line(sent: str) -> list[int]:
    """Where a caption runs into the copy that says the same with no stop between them ("...
    representing the Philippines | With the support of her fans, Ms Moon will attend the awards
    | With the support of her fans, Ms Moon will attend the awards."): the openings of the two,
    or [] when no run of ``LINE_REPEAT_WORDS`` words stands twice, each opening on a small word
    in capitals ("With", "The", "He"), which only a line's opening is (not "to be Liar's Poker -
    a game where ...", a phrase the caption and the copy share)."""
    words = _WORD.findall(sent)
    if len(words) < 2 * LINE_REPEAT_WORDS:
        return []
    seen: dict[tuple[str, ...], int] = {}
    for k in range(len(words) - LINE_REPEAT_WORDS + 1):
        if words[k][:1].isupper() and words[k].lower() in STOPWORDS:
            key = tuple(words[k:k + LINE_REPEAT_WORDS])
            first = seen.setdefault(key, k)
            if k - first >= LINE_REPEAT_WORDS:
                starts = [m.start() for m in _WORD.finditer(sent)]
                return [starts[first], starts[k]]
    return []


def token_start(sent: str, at: int) -> str:
    """The word (up to the space before it) that holds the letter before ``sent[at]``."""
    return sent[sent.rfind(" ", 0, at) + 1:at]
