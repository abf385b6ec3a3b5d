"""Captions the roles of the page (``ingest.roles``) set apart from running copy: one that
names someone and says who they are, with no main verb of its own, and one inside a quotation's
lines after the stop that stands where a picture stood; a caption's question label and a link's
question at the story's end (``question_labels``); and the "He" that leans on a caption which
named its person (``lean_on_captions``)."""

from __future__ import annotations

import re

from copydesk.ingest.captions import run_on_label
from copydesk.lexicon import DETERMINERS, IRREGULAR, IRREGULAR_NOUN_FORMS, STOPWORDS
from copydesk.segment import ANY_MARK, LOOSE_MARK

# A caption that names someone and says who they are, with no verb of its own: "Sam Example, who
# has been re-elected as mayor after winning 97 per cent of the vote.", "Jo Example, pictured in
# action for Northtown in 2012." Running copy goes on to a main verb ("Sam Example, who ..., has
# died."). Read word by word, and only where no main verb can hide: a name (or "The" and a noun
# or two), perhaps an age, then a relative clause or a picture's to the stop, with one verb
# group if a relative's (one after "and", "he", "that" ... is the clause's too) and none if a
# picture's; past a comma only a place or a date. A word that may be a verb the rule cannot
# read keeps the sentence: an unknown word after a name ("..., who lives in Northtown swims
# daily."), and any plural's or pair's ("Northtown Rovers, who are fifth in the league play ...").
_ASIDE = re.compile(r"^(?P<np>[A-Z][^,;:()]{1,60}?)(?:, (?:aged )?\d{1,3})?, (?P<opener>who|which|whose|"
                    r"pictured|seen|shown|photographed|filmed|snapped|spotted|here) (?P<rest>[^;:()\"“”‘]+)\.$")
_ASIDE_PARTICLES = frozenset("of the de van von da al bin le la du del der den di".split())
_ASIDE_DETERMINERS = frozenset("The A An His Her Their Its This That".split())
# a connective or a fronted adverb before the comma ("Still, who knows."): no name
_ASIDE_NOT_NAME = frozenset("""still yet then now well indeed instead meanwhile however besides plus today
yesterday tonight earlier later again also otherwise""".split()) | STOPWORDS - {"mr", "mrs", "ms", "dr", "st"}
_FINITE_WORDS = frozenset("""is are was were be been being has have had will would can could should shall may
might must do does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't didn't
doesn't don't say awoke bore beat bet bit bled bound burst cast cost cut drew fed flung froze got ground hit hung
hurt led left let lay lit put quit read rode rang saw set showed shut slew smelt spat spilt split spread stood
stuck strung swept swore thrust tore woke wove wound""".split()) \
    | frozenset(w for w in IRREGULAR if not w.endswith("ing") and w not in IRREGULAR_NOUN_FORMS)
# after these a word is a noun, never a finite verb ("the cuts", "by volunteers")
_NOUN_BEFORE = DETERMINERS | frozenset("two three four five many more several some these those this that of in at on "
                                        "for from with by into about over under between against".split())
# a verb of the relative clause's own, not the sentence's: after "and", a pronoun, a relative
_LEANS = frozenset("and or but nor to then he she they it we i you who whom which that".split())
_ADVERBS = frozenset("not also still never now already just first".split())
# what a place or a date past the clause is made of ("..., near Northtown, in 2012.")
_PLACE_WORDS = frozenset("""in at on of for from near with by the a an and during after before since until
last this next year years ago aged per cent between into as""".split())
_AFTER_NAME = _PLACE_WORDS | frozenset("to who which whose where when while".split())


def _finite(low: str, prev: str) -> bool:
    """Might ``low`` (a lowercase word) be a finite verb, after ``prev``?"""
    if prev in _NOUN_BEFORE:
        return False  # "a shot", "by volunteers": a noun
    return low in _FINITE_WORDS or len(low) > 4 and low.endswith("ed") \
        or len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def verbless_aside(s: str) -> bool:
    """Is ``s`` a name and a clause about it, with no main verb: a caption (above)?"""
    m = _ASIDE.match(s)
    if not m or "'" in s and re.search(r"(?:^|\s)'", s):
        return False  # (a single quotation mark opening: the words may be someone's)
    np = m.group("np").split()
    if len(np) > 8 or np[0].lower() in _ASIDE_NOT_NAME and np[0] not in _ASIDE_DETERMINERS \
            or np[-1].endswith("s") and not np[-1].endswith(("ss", "'s", "’s")):
        return False  # (a plural's verb may be one with no ending: "The twins, who ... live ...")
    if not all(w[:1].isupper() or w in _ASIDE_PARTICLES for w in np) and (
            np[0] not in _ASIDE_DETERMINERS or len(np) > 4
            or any(w.endswith("ed") or _finite(w, "") for w in np[1:])):
        return False  # (not a name, nor "The house" or "The 30-year-old")
    relative = m.group("opener") in ("who", "which", "whose")
    segments = m.group("rest").split(", ")
    words = [w.strip("’,.!?") for w in segments[0].split()]
    verbs = 0  # verb groups read: a relative clause has one, a picture's none
    prev, prev_verb, named = "", False, False  # named: the name before was a noun's ("the Northtown council")
    for word in words:
        low = word.lower()
        if word[:1].isupper() or word[:1].isdigit():
            prev_verb = False
        elif _finite(low, prev):
            if not verbs or not (prev_verb or prev in _LEANS):
                verbs += 1  # (the first is the relative's own, after "whose father" or "which it")
            prev_verb = True
        elif prev[:1].isupper() and not named and low not in _AFTER_NAME and not low.endswith(("ing", "ly")):
            return False  # "Northtown swims": a word after a name that may be a verb we do not know
        elif not (low.endswith("ly") or low in _ADVERBS):
            prev_verb = False
        named = word[:1].isupper() and (named or prev in _NOUN_BEFORE)
        prev = word if word[:1].isupper() else low
    if verbs != (1 if relative else 0):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _PLACE_WORDS for seg in segments[1:] for w in seg.split())


# a stop standing apart after a sentence's own stop, inside a line: a picture stood there, and what
# follows is its caption or another line, never the same sentence or quotation run on
_PICTURE_BREAK = re.compile(r"[.!?]['’\"”]?\s\.\s+(?=[A-Z'‘\"“])")


def caption_in_quote(s: str) -> bool:
    """A stop standing apart where a picture stood, and after it words in no marks up to a new
    quotation ("... the best. . Sam and his team-mates celebrate ... 'I understand ..."): the
    picture's caption inside the lines of a quotation. (Not a quotation that runs on over the
    picture to its own closing mark: "... time. . I watched the game ...'")"""
    for m in _PICTURE_BREAK.finditer(s):
        mark = ANY_MARK.search(s, m.end())
        if mark and mark.start() > m.end() and s[mark.start() - 1].isspace():
            return True
    return False


LABEL_QUESTION_MAX = 4  # words: a caption's own question ("More of this?"), not a sentence of the copy
LABEL_BEFORE_UNSTOPPED_MAX = 6  # (a question that asks with no wh-word or auxiliary: "Enough room to swing a cat?")
LABEL_EXCLAIM_MAX = 3  # words: a label's exclamation ("Cabin envy!"), only before a caption with no stop
_ASKS = re.compile(r"(?:How|Why|What|Who|Where|When|Which|Did|Does|Do|Is|Are|Was|Were|Can|Could|Will|Would|Should|"
                   r"Has|Have|Had)\b")
_CONNECTIVE = re.compile(r"(?:But|And|So|Or|Yet|Then)\b")
TEASER_WORDS, TEASER_AFTER = 8, 4  # a teaser's words at most, and the story's sentences before it at least
_TEASER = re.compile(r"(?:Why|What|How|Who|Where|When|Is|Are|Can|Will|Could|Should|Does|Do)\s")


def question_labels(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """A short question with no mark of its own just before a caption is the caption's label
    ("More of this?" | "The move is likely ..., pictured above with her husband"): out too; and
    so is one that ends the story, a link's title."""
    for i in range(len(sentences) - 1):
        s = sentences[i].strip()
        if out[i] not in shippable or out[i + 1] != "caption" or not s.endswith(("?", "!")):
            continue
        unstopped = sentences[i + 1].rstrip()[-1:] not in ".!?\"'”’"
        most = (LABEL_BEFORE_UNSTOPPED_MAX if unstopped and not _ASKS.match(s) else LABEL_QUESTION_MAX) \
            if s.endswith("?") else LABEL_EXCLAIM_MAX if unstopped else 0
        if len(s.split()) <= most and not ANY_MARK.search(s) and not _CONNECTIVE.match(s):
            out[i] = "caption"  # (not the copy's own "But is it safe?" before a picture's caption)
            # (an exclamation too, "Cabin envy!"; and longer before a caption with no stop, which only
            # a picture sets: "Enough room to swing a cat?" | "A file picture reveals ...")
    # the story's last line a short question: a link's title to an explainer ("Why is Saudi Arabia
    # bombing Yemen?"), which the story does not answer
    last = max((i for i, role in enumerate(out) if role in shippable), default=0)
    s = sentences[last].strip() if sentences else ""
    if last >= TEASER_AFTER and s.endswith("?") and len(s.split()) <= TEASER_WORDS and _TEASER.match(s) \
            and not ANY_MARK.search(s):
        out[last] = "related"


# a person's name inside a line (two capitalised words, not the line's first), and a pronoun
# that opens a sentence on someone told of before
_NAME_INSIDE = re.compile(r"(?<=\s)(?:[A-Z][a-z][\w'’-]*\s){1,2}[A-Z][a-z][\w'’-]*\s(?:has|had|was|is|said|says|told|made|"
                          r"wrote|visited|added)\b")
# (someone the story's sentence before tells of: a full name, a title, a person's pronoun)
_NAMED_BEFORE = re.compile(r"(?<=\s)[A-Z][a-z][\w'’-]*\s[A-Z][a-z][\w'’-]*|\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s[A-Z]|"
                           r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b|"
                           # (a full name opening it: "Jo Example denied assault", not "By Monday, ...")
                           r"^(?!(?:By|On|In|At|The|A|An|For|From|After|Before|When|While|As|But|And|Then|Now|Last|"
                           r"This|That|Since|During|Over|Under|Earlier|Later)\s)[A-Z][a-z][\w'’-]*\s[A-Z][a-z][\w'’-]*")
_HE_SHE = re.compile(r"(?:He|She|His|Her)\s")


def lean_on_captions(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """A sentence that opens on "He" or "She" right after a caption line that names someone doing
    something, when the story's sentence before names no one, tells of the caption's person: a
    link's title was run into the sentence that introduced them ("On the ground: Devastation in
    Nepal India's Prime Minister Narendra Modi has made ..." | "He has visited the country twice").
    Shipped after the story's sentence, its "He" would point at nothing: it is out, "joined" to
    the line it leans on (and so is what leans on it)."""
    for i in range(1, len(sentences) - 1):
        if out[i] != "caption" or out[i + 1] not in shippable or not _HE_SHE.match(sentences[i + 1]):
            continue
        if run_on_label(sentences[i]):
            out[i + 1] = "joined"  # (a long picture label run on into the story's sentence the "He" is of:
            continue  # "Almost as big as a person: Ben dwarfs ... after the largest lamb born in the UK
            # weighed in ... | He was named The Big One": after the line before the caption, a false claim)
        if not (named := _NAME_INSIDE.search(sentences[i])):
            continue
        k = i - 1
        while k >= 0 and out[k] not in shippable:
            k -= 1
        surname = named.group(0).split()[-2]  # (the caption's person, told before by surname)
        if k >= 0 and not _NAMED_BEFORE.search(sentences[k]) and not re.search(r"\b" + re.escape(surname) + r"\b",
                                                                              sentences[k]):
            out[i + 1] = "joined"


# a caption's second sentence, telling of the first: "Her footage showed several women who had left
# to join the group (above)" (the picture's mark at its end, no stop after it)
_CAPTION_GOES_ON = re.compile(r"^(?:Her|His|Their|Its)\s(?:footage|video|film|pictures|photos|photographs|images|camera)\s"
                              r"[^.!?]{10,200}\((?:above|below|left|right|pictured|top|bottom|inset)\)$")
# the picture pointed at: "Stewart was a wicketkeeper-batsman for England." | "Here he looks on as ..."
_HERE_CAPTION = re.compile(r"Here\s(?P<who>he|she)\s(?:is|was|looks|poses|stands|sits|can\sbe\sseen|celebrates|walks)\b")
# (its first line a named person's standing fact, no count, no time to come: "Stewart was a wicketkeeper
# for England.", not "Four people are known to have died", "The club will unveil a statue ...")
_STANDING_FACT = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s(?:was|is|has\sbeen)\s(?:a|an|the)\s[^\d]*$")
_SPEECH_OR_QUOTE = re.compile(r"[\"“”‘]|\b(?:said|says|told|tells|added)\b")
CAPTION_START_WORDS = 25  # a caption's first sentence runs to this many words, at most


def caption_starts(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """A short sentence right before a caption's second sentence (``_CAPTION_GOES_ON``) is the
    caption's first: "Last September a Syrian woman agreed to carry a hidden camera ..." | "Her
    footage showed ... (above)"; "Stewart was a wicketkeeper for England." | "Here he looks on as
    ...". Shipped alone it tells half the picture's story."""
    for i in range(len(sentences) - 1):
        if out[i + 1] == "caption" and out[i] in shippable and len(sentences[i].split()) <= CAPTION_START_WORDS \
                and i and any(r in shippable for r in out[:i]) and not _SPEECH_OR_QUOTE.search(sentences[i]) \
                and (_CAPTION_GOES_ON.match(sentences[i + 1].rstrip())
                     or _HERE_CAPTION.match(sentences[i + 1]) and _STANDING_FACT.match(sentences[i])
                     and " will " not in sentences[i]):
            out[i] = "caption"


# a line that tells of another item the page shows, in the present: "Another tweet explores the fact
# that ...", "Another girl's tweet refers to Twilight", "Another picture expresses his thoughts on ..."
_ANOTHER_SHOWN = re.compile(r"Another\s(?:[\w'’-]+\s){0,2}?(?P<item>picture|photo|photograph|image|tweet|post|snap|video|"
                            r"clip|meme|selfie)\s(?:[a-z]+ly\s)?(?!claims\b|accuses\b|alleges\b|appears\b|remains\b)[a-z]{3,}s\b")


# (a line that reports what the item says of someone is the story's: "Another clip goes further and
# accuses the mayor of lying")
_REPORTS = re.compile(r"\b(?:accus|claim|alleg)")
# the words a caption tells each kind of item by, and the kind of each item ``_ANOTHER_SHOWN`` names
_KINDS = {"tweet": re.compile(r"\b(?:tweets?|twitter)\b"), "post": re.compile(r"\b(?:posts?|instagram|facebook)\b"),
          "video": re.compile(r"\b(?:videos?|clips?|footage)\b"),
          "picture": re.compile(r"\b(?:pictures?|pictured|photos?|photographs?|images?|snaps?|selfies?)\b")}
_KIND_OF = {"clip": "video", "photo": "picture", "photograph": "picture", "image": "picture", "snap": "picture",
            "selfie": "picture", "meme": "picture"}


def items_shown(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """On a page whose captions tell of pictures or posts, a line that tells of another of them in
    the present (``_ANOTHER_SHOWN``) is that item's caption: the reader of the rewrite never sees it.
    Not a line that reports what it claims or seems to show ("Another post claims ...")."""
    captions = " ".join(s for s, role in zip(sentences, out, strict=True) if role == "caption").lower()
    if not captions:
        return
    for i, s in enumerate(sentences):
        if s.startswith("Another ") and out[i] in shippable and (m := _ANOTHER_SHOWN.match(s)) \
                and _KINDS[_KIND_OF.get(m.group("item"), m.group("item"))].search(captions) and not _REPORTS.search(s, m.end()):
            out[i] = "caption"  # (a caption of the page tells of the same kind of item: "One of the funniest
            # tweets ...", then "Another tweet explores ...")


# a picture of someone the story never told of, set as its last line: "Monty, a giant schnauzer cross, was
# pictured driving a mini down a race track in New Zealand in 2012." (judge RM 12)
_STRANGER_PICTURED = re.compile(r"^(?P<name>[A-Z][\w'’-]+)(?:\s[A-Z][\w'’-]+)?,\s[^,;:\"“”]{3,60},\s(?:was|were)\s"
                                r"(?:pictured|photographed|filmed|snapped)\s")


def stranger_pictured_last(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """The story's last line, a picture of someone whose name no line before it tells, is the
    picture's caption."""
    last = next((i for i in range(len(sentences) - 1, 0, -1) if out[i] in shippable), None)
    m = _STRANGER_PICTURED.match(sentences[last]) if last is not None else None
    if m is None:
        return
    name = re.compile(r"\b" + re.escape(m.group("name")) + r"\b")
    if not any(name.search(s) for s in sentences[:last]):
        out[last] = "caption"


# a picture's question to the reader, set as its caption: "Would you eat this?"
_ASKS_OF_PICTURE = re.compile(r"^(?:Would|Could|Will|Do|Did|Can)\syou\s[a-z]+(?:\s[a-z]+)?\s(?:this|these|one)\?$")


def asked_of_picture(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """The line before a caption that asks the reader of the picture ("Fortnum & Mason's Chotch Egg is the
    world's first gourmet chocolate Scotch egg. | Would you eat this?", judge RK 08) is that caption's
    first line: what "this" is. (A short line with no marks only, which no story's paragraph runs on from.)"""
    for i in range(1, len(sentences)):
        if out[i] == "caption" and out[i - 1] in shippable and _ASKS_OF_PICTURE.match(sentences[i]) \
                and len(sentences[i - 1].split()) <= 25 and not LOOSE_MARK.search(sentences[i - 1]):
            out[i - 1] = "caption"


# what a picture shows of a scene, told by its noun and no verb of its own: "The charred remains of a car seat that had
# been left on the hob, which caught fire." (judge UC 05); a verb only in the clauses that say which or what it did
# (its noun's "of" after "remains", "ruins": not the verb, "The arrested man remains in custody")
_SCENE = re.compile(r"The\s(?:[a-z][\w-]*\s){0,2}(?:(?:remains|wreckage|aftermath|debris|ruins|rubble)\sof|(?:scene|shell|site|"
                    r"spot|moment|body|bodies|car|vehicle|house|home|building|room|cell|damage)\s(?:of|at|in|where|that|which))\b")
_SCENE_CLAUSE = re.compile(r"\b(?:that|which|where|when|who|after|as)\s")


def scene_shown(s: str) -> bool:
    """Is ``s`` what a picture shows ("The charred remains of a car seat that had been left on the hob, which caught
    fire."): a scene's noun and what it is of, a verb only inside a clause that defines it, no verb of its own?"""
    m = _SCENE.match(s)
    if m is None or LOOSE_MARK.search(s) or s[-1:] != ".":
        return False
    clause = _SCENE_CLAUSE.search(s, m.end() - 6)
    main = s[m.end():clause.start()] if clause and clause.start() >= m.end() else s[m.end():]
    # (no verb of the sentence's own before a defining clause: "The remains of the car were found ..." has one)
    return not any(_finite(w.lower().strip(",."), "") or w.lower().strip(",.") in _SCENE_VERBS for w in main.split())


_SCENE_VERBS = frozenset("is are was were be been has have had lies lay stands stood sits sat shows showed can could "
                         "will would may might remain remained".split())


# a line that tells what a body is, the body named nowhere else in the story: "Hizb Ut-Ta-Khir is an Islamic
# fundamentalist group who have a branch in Australia." (judge CC 13), the caption of a picture of its flag
_BODY_DEFINED = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,3})\s(?:is|are)\s(?:a|an)\s(?:[\w-]+\s){0,3}"
                           r"(?:group|organisation|organization|movement|party|network|militia|sect|charity|company|firm)\b")


def body_defined(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """A line that tells what a body is (``_BODY_DEFINED``), right after a caption or a picture's stop and
    before a line that opens on "He" or "She", the body named in no other line: a caption. Shipped, it stands
    between the story's man and the "He" that tells of him."""
    for i in range(1, len(sentences) - 1):
        if out[i] in shippable and out[i - 1] in ("caption", "picture") and out[i + 1] in shippable \
                and sentences[i + 1].startswith(("He ", "She ")) and (m := _BODY_DEFINED.match(sentences[i])) \
                and not any(m.group("name") in s for j, s in enumerate(sentences) if j != i):
            out[i] = "caption"


# a picture's moment told in the present passive: "One by one the men are murdered." (judge UH 02), set between two
# captions of a video's stills
_PASSIVE_NOW = re.compile(r"\b(?:is|are)\s(?:being\s)?[a-z]{3,}(?:ed|en)\b")
PASSIVE_CAPTION_WORDS = 8


def passive_between_captions(sentences: list[str] | tuple[str, ...], out: list[str], shippable: frozenset[str]) -> None:
    """A short line in the present passive (``_PASSIVE_NOW``), no mark, no figure, between two captions: one more."""
    for i in range(1, len(sentences) - 1):
        s = sentences[i]
        if out[i] in shippable and out[i - 1] in ("caption", "joined") and out[i + 1] == "caption" \
                and len(s.split()) <= PASSIVE_CAPTION_WORDS and _PASSIVE_NOW.search(s) \
                and not any(c in s for c in "'‘’\"“”") and not any(c.isdigit() for c in s):
            out[i] = "caption"
