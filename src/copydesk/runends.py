"""Where a line with no stop runs into the next: whether the line ends where ``segment``'s
``_GLUED_RUN`` found the next one opening, by the rule of the group that found it (a caption's
last word before "In her ...", a name and its perfect passive, a year or a month a caption ends on).
``segment`` finds the places; this module judges each."""

from __future__ import annotations

import re

from copydesk.engines.verbs import has_verb, verb_kind
from copydesk.gazetteer import is_place_word
from copydesk.lexicon import DETERMINERS, MONTHS, ROLES_BEFORE_NAME, WEEKDAYS
from copydesk.pagelines import may_follow, may_quote, year_caption_end
from copydesk.splitmend import (
    BEFORE_A_NAME,
    BEFORE_A_TITLE,
    CAPTION_MARK,
    CLAUSE_BEFORE_NAME,
    PICTURE_MARK,
    named_after_moment,
    open_quote,
    person_after_caption,
)

# the kinds of work or body a title in sentence case follows, before a participle or a time word
# that might open a sentence: "the BBC documentary Walking with Giants", "the charity Standing with Heroes"
_BEFORE_A_NAMED_WORK = BEFORE_A_TITLE | frozenset("""documentary sitcom programme program drama musical charity
campaign podcast opera exhibition memoir poem hymn scheme boutique shop brand label single track painting""".split())

_WORK_NOUNS = frozenset("remake film movie novel book musical play show series song album sequel adaptation version "
                        "production classic".split())  # ("the horror remake It was sold out": the work's title)
_BEFORE_IT_TITLE = BEFORE_A_TITLE | _WORK_NOUNS
_NAMED_THINGS = _BEFORE_A_NAMED_WORK | _WORK_NOUNS | frozenset("""epic thriller comedy trawler ship boat vessel yacht horse
pub restaurant bar club band group team newspaper paper magazine""".split())
# the word a firm's or a body's name ends on, which no person's name follows in running copy
_FIRM_KINDS = frozenset("Partners Group Holdings Capital Ltd Limited Inc Plc PLC LLP LLC Associates Ventures Investments "
                        "Management Advisors Advisers Consulting Foundation Trust".split())
_PREPOSITIONS = frozenset("In On At For With After Before During Despite Following According".split())
# (a preposition in capitals after a name, then a possessive in lower case, opens a sentence: no
# title in title case writes "In her", "... when it comes to the Armenians | In her Pulitzer
# Prize-winning book, ...")
# (and the possessive's phrase ends on a comma or a verb: not a title, "Dancing | With her Shadow before ...",
# reviewer rev47)
_NEW_CLAUSE_AFTER = re.compile(r"[A-Z][a-z]+\s(?:her|his|their|its|my|our)\s(?:[^\s,.]+\s){0,7}?[^\s,.]+"
                               r"(?:,\s|\s(?:lay|stood|sat|hung|was|were|is|are)\s)")
_AS_CLAUSE = re.compile(r"As\s(?:it|he|she|they|we)\s[a-z]+\b[^.;:\"“”]{0,80},\s(?:it|he|she|they|we)\s")
_POSSESSIVE_AFTER = re.compile(r"[A-Z][a-z]+\s(?:her|his|their|its|my|our)\s\w")


# (a verb that reports what follows with no "that": no caption ends before "Former ..." or "The ... party" after it)
_REPORTED = re.compile(r"\b(?:said|says|told|tells|confirmed|confirms|announced|announces|warned|warns|recalled|recalls|"
                       r"heard|hears|revealed|reveals|claimed|claims|insisted|insists|reported|reports|stated|states|"
                       r"added|explained|believe|believes|believed|fear|fears|feared)\b")
LABEL_WORDS_MAX = 10  # words of a video's or a picture's label, at most, before a reporter's credit run into it
TITLED_AFTER_WORDS = 6  # words of a caption, at least, before a judge or an officer opens the next sentence
_NAME_AND_VERB = re.compile(r"(?:[A-Z][\w'’-]+\s){1,3}(?:was|is|has|had|[a-z]{3,}ed|[a-z]{3,}s)\s")
_BEFORE_A_TITLED = frozenset("then later former retired late including historian".split())
# (besides ``ROLES_BEFORE_NAME``)
_ROLES_BEFORE_TITLE = frozenset("""coroner sheriff recorder magistrate pathologist consultant expert barrister
solicitor prosecutor investigator inspector sergeant constable superintendent psychiatrist psychologist lecturer
vet dentist physician""".split())
GERUND_AFTER_WORDS = 8  # words of a line, at least, before a participle that opens the next sentence


def _not_named(word: str) -> bool:
    """May a sentence open after ``word`` on an adverb or a participle: not a word a name or a
    title follows ("a bar called Indeed, which ...", "the horse Perhaps", "the documentary Walking
    with Giants")?"""
    return not (word[:1].islower() and word.lower() in _BEFORE_A_NAMED_WORK)


_DETERMINERS = DETERMINERS | {"this", "that"}
_NAME_AND_BE = re.compile(r"\s[A-Z][a-z]+\s(?:is|was|has|had)\s")
_BE_FORMS = frozenset("is are was were be been being became become becomes called named titled dubbed".split())
_GOES_ON_INTO = frozenset("that and or but of to as than with by for from the a an said says which who estimates estimated "
                          "warns warned believes believed thinks thought claims claimed suggests suggested shows showed "
                          "finds found fears feared".split())


_BUT_FULL_NAME = re.compile(r"But\s[A-Z][a-z'’-]+\s[A-Z]")


# a picture's label that opens a caption: "Odd lawsuit: Singer Sam Sample claims ..."
_LABELLED = re.compile(r"[A-Z][\w'’ -]{1,40}:\s[A-Z]")


def run_ends(sent: str, m: re.Match[str]) -> bool:
    """Does the line ``sent`` end where ``m`` (a _GLUED_RUN match) found the next one opening, by the
    rule of the group that found it?"""
    word = sent[: m.start()].rsplit(None, 1)[-1]
    if m.group("opener"):
        if word[:1] in "$£€¥" and word[1:2].isdigit() and _LABELLED.match(sent):
            word = word[1:]  # a sum that ends a labelled caption: "Odd lawsuit: ... suing Jo Example for
            # $5,000 In her lawsuit, ..." (not a title after a price in the copy: "a £20 In the Night Garden set")
        # (after a caption's picture mark a title's word may open the next line: "Doaa and Umm
        # (above) ... the brutal al-Khansa Brigade | In an interview with Sky News Doaa ...")
        if m.group("opener") in ("Each", "Every", "Both") and (not _not_named(word) or word in _TITLED_PAPERS):
            return False  # (a title in sentence case after its noun: "the literacy charity Every child reads",
            # reviewer rev49b)
        return may_follow(word, m.group("opener")) \
            or CAPTION_MARK.search(sent, 0, m.start()) is not None and m.group("opener") in _PREPOSITIONS \
            or _POSSESSIVE_AFTER.match(sent, m.end()) is not None and m.group("opener") in _PREPOSITIONS \
            and word[:1].isupper() and len(sent[: m.start()].split()) >= TITLED_AFTER_WORDS \
            and _NEW_CLAUSE_AFTER.match(sent, m.end()) is not None \
            or m.group("opener") == "As" and len(sent[: m.start()].split()) >= TITLED_AFTER_WORDS \
            and _AS_CLAUSE.match(sent, m.end()) is not None  # ("... bodies like Earth | As it collided with Earth, it ...")
    if m.group("purpose") or m.group("possessive"):  # (not after a verb or a word a clause goes on from:
        # "the book was | Her Story")
        return word[:1].islower() and may_follow(word, "To") and word not in _GOES_ON_INTO \
            and word not in _BE_FORMS and word not in _BEFORE_A_NAMED_WORK and word not in _WORK_NOUNS \
            and not word.endswith("ed")
        # (nor after a work's or a venture's noun, "the musical | Her Story", nor a verb that takes the
        # phrase as its object, "Crowds greeted | Their ...": reviewer rev48)
    if m.group("opener_now"):
        return may_follow(word, "Now")
    if m.group("but_named"):
        if _BUT_FULL_NAME.match(sent, m.start() + 1) and not (word[:1].islower() or word[-1:] in "'’\""):
            return False  # (a full name after it only after a caption's last word or mark: not a title's
            # "Anything But Grey Town, ...", "Nothing But Blue Skies, which ...")
        return may_follow(word, "But") and _not_named(word)
    if m.group("national"):  # (after a caption's last word in lower case, never one a name goes on from)
        return _ends_on_caption_word(sent[: m.start()], word) and may_follow(word, "The") \
            and word.lower() not in _GOES_ON_INTO and has_verb(sent[: m.start()])  # (not "epic | The Irishman")
        # (and a caption's line has its verb: not a phrase a name stands beside, "Backed by owners of the racing
        # gelding | The Kiwi will run ...", reviewer rev49b)
    if m.group("which_named"):  # (the clause on the name closed, the line's verb after it: "Avastin, which is also
        # known as bevacizumab, has been approved"; not a place or a firm told inside the line, "... near | Kelby,
        # which lies 20 miles away.", "... from its main rival | Halvex, which supplies ...", reviewer rev49b)
        return _LABELLED.match(sent) is not None and _ends_on_caption_word(sent[: m.start()], word) \
            and may_follow(word, "The") and _CLAUSE_CLOSED.match(sent, m.start() + 1) is not None
    if m.group("credit"):  # (after a label's last word in lower case: a credit is never a sentence's object)
        return word[:1].islower() and word.lower() not in _CLAUSE_GOES_ON and word.lower() not in _GOES_ON_INTO \
            and len(sent[: m.start()].split()) <= LABEL_WORDS_MAX and " that " not in sent[: m.start()]
    if m.group("in_place"):
        return _ends_on_caption_word(sent[: m.start()], word) and may_follow(word, "In") \
            and is_place_word(sent[m.start() + 4:].split(None, 1)[0].rstrip(","))
    if m.group("dated_in"):  # (after a caption's last word: not "the film Born | On ...", nor "due | On ...")
        after = sent[m.start() + 1:].split(",", 1)[-1].lstrip()
        return _ends_on_caption_word(sent[: m.start()], word) and may_follow(word, "In") \
            and word not in _SLOGAN_BEFORE and _TITLE_CASE_CLAUSE.match(after) is None
    if m.group("it_aux"):  # (after a name too: "Grand Prix | It was")
        if sent[m.start() + 4:].split(None, 1)[0] in _IT_NEW_VERBS and word[:1].isupper() and word not in _DAYS_MONTHS:
            return False  # (a title that ends on "It": "Cousin It appeared", "Just Do It came", "Whip It came")
        return word.lower() not in _BEFORE_IT_TITLE and len(sent[: m.start()].split()) >= 5
    if m.group("named"):
        return person_after_caption(sent, m.start())
    if m.group("org_named"):
        return word in _FIRM_KINDS and len(sent[: m.start()].split()) >= TITLED_AFTER_WORDS
    if m.group("titled"):  # (not after a word a name or a clause goes on from: "told the court that | Judge",
        # nor after a role, "Greater Devon coroner Dr Jo Example said")
        # (and only a caption's line: a name and its verb first, no comma, "Paul Example avoided a prison
        # sentence after a third assault on a policeman | Sheriff ...", not a sentence whose role lacks its
        # comma, "... and then | Sheriff", "by retired | Judge", reviewer rev44b)
        left = sent[: m.start()]
        if sent.startswith(("Former ", "The "), m.start() + 1) and (
                word.lower() in _WORK_NOUNS or word.lower() in ("how", "why", "whether") or _reported_before(left)):
            return False  # (a reported clause with no "that": "... said in a joint statement | The Northtown council
            # had ...", "... recalled at the service how | Former Lord Mayor ...", a title: "the musical | The Office
            # party", reviewer rev46)
        return _line_ends_before_name(left, word) and word not in _ROLES_BEFORE_TITLE and word not in _BEFORE_A_TITLED \
            and "," not in left and _NAME_AND_VERB.match(left) is not None
    if m.group("named_been"):
        return _named_been_ends(sent[: m.start()], word)
    if m.group("moment_named"):
        return named_after_moment(sent, m.start()) or _named_after_label(sent, m.start())
    if m.group("after_year"):
        if word in ("April", "May", "June", "August") and _NAME_AND_BE.match(sent, m.start()):
            return False  # a month that is a first name, then a surname: "with her sister in June Example was ..."
        return year_caption_end(sent[: m.start()]) or _NAMED_BEEN.match(sent, m.end()) is not None \
            and _named_been_ends(sent[: m.start()], word)  # ("... played in court | Chancey Luna has been charged")
    if m.group("gerund"):
        return len(sent[: m.start()].split()) >= GERUND_AFTER_WORDS and _not_named(word)
    if m.group("many"):  # (not after a word a clause goes on from: "said that Hundreds of ..."; nor after
        # a thing named, a title's words in sentence case: "the campaign group Millions of mums for ...")
        near = [w.lower() for w in sent[: m.start()].split()[-3:]]
        return _not_named(word) and word.lower() not in _GOES_ON_INTO and not _DETERMINERS.intersection(near)
    if m.group("turn") and sent.startswith(("Sure", "Granted", "Frankly"), m.start() + 1):
        return word[:1].islower() and _not_named(word) and not _POSSESSIVE_NEXT.match(sent, m.start() + 1)
        # (a concession after a line's last word in lower case: "... public shaming online | Sure, McHenry ...",
        # not a title's "Never | Sure,"; nor a name and the possessive of its description, "the 4-1 favourite
        # Granted, Ireland's champion mare, won ...", "the magazine Frankly, Northtown's best-selling title";
        # "Sadly," and "Admittedly," keep the adverbs' rule, after a year or a name too, reviewer rev49b)
    if m.group("turn") or m.group("adverb") or m.group("styled") or m.group("time_past"):
        return _not_named(word)
    if m.group("said") is not None and sent[m.start() - 1] in "'’":  # (after a word in marks: a caption's, its
        # picture's mark in it, "... pictured, described the figure as 'shameful' | ‘It is only ...’"; not a line
        # that lost its stop, "One of his posts said '...' | 'Democracy is ...,' it said.")
        return PICTURE_MARK.search(sent, 0, m.start()) is not None and may_quote(sent[: m.start()]) \
            and _LOWER_IN_MARKS.search(sent, 0, m.start()) is not None  # (a word the paper quotes, reviewer rev50)
    return m.group("said") is not None and may_quote(sent[: m.start()])


# the words a slogan's or a title's words follow ("banners reading | Since January, Nothing Has Changed"), and a
# title's clause in title case ("Nothing Has Changed"): a date opener there is no new line (reviewer rev51)
_SLOGAN_BEFORE = frozenset("""reading saying headed headlined titled entitled marked bearing declaring proclaiming
newsletter headline slogan banner leaflet""".split())
_TITLE_CASE_CLAUSE = re.compile(r"(?:[A-Z][\w'’]*\s){1,2}(?:Has|Have|Had|Is|Are|Was|Were|Will|Would|Can|Could|Be|Been|Must)\b")
_TITLED_PAPERS = frozenset("report study review strategy plan".split())  # ("the report | Both sides of the river")
_IT_NEW_VERBS = frozenset("means meant comes came follows followed emerged seems seemed appears appeared".split())
_DAYS_MONTHS = frozenset(w.title() for w in (*WEEKDAYS, *MONTHS))


# (a word in lower case in its own marks: "a 'gold digger'", not a title, "in 'Dawn'", nor a plural's "the fans'")
_LOWER_IN_MARKS = re.compile(r"(?:^|\s)['‘][a-z][^'‘’]*['’]$")
_POSSESSIVE_NEXT = re.compile(r"\w+,\s[A-Z][\w-]*['’]s\b")
_CLAUSE_CLOSED = re.compile(r"[A-Z][a-z]+,\s(?:which|who)\s[^,.;:\"“”]{3,80},\s(?:(?:also|now|still|already)\s)?"
                            r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|[a-z]{3,}(?:ed|s))\b")


# (words after which a clause goes on: "Fans cheered when | The Frenchman ...", "She told him | The American ...")
_CLAUSE_GOES_ON = frozenset("when while as and but or nor that if because after before since until unless whether "
                            "him her them me us you it told said says tell".split())
_NAMED_BEEN = re.compile(r"(?:[A-Z][a-z'’-]+\s){1,2}[A-Z][a-z'’-]+\s(?:has|have|had)\sbeen\s[a-z]{3,}ed\b")


def _line_ends_before_name(left: str, word: str) -> bool:
    """May the line ``left`` end on ``word`` before a name that opens the next sentence: a word in lower case,
    no role and no word a name or a clause goes on from, the line long enough to be a caption's?"""
    return word[:1].islower() and word not in BEFORE_A_NAME and word not in CLAUSE_BEFORE_NAME \
        and word not in ROLES_BEFORE_NAME and len(left.split()) >= TITLED_AFTER_WORDS


def _ends_on_caption_word(left: str, word: str) -> bool:
    """May the line ``left`` end on ``word`` as a caption's does, run into the story's next line: a word in lower
    case, none a clause goes on from nor a work's or a thing's noun a name follows, the line a caption's length?"""
    low = word.lower()
    return word[:1].islower() and low not in _CLAUSE_GOES_ON and low not in _NAMED_THINGS \
        and len(left.split()) >= TITLED_AFTER_WORDS


def _reported_before(left: str) -> bool:
    """Does a verb that reports what follows with no "that" stand in the last words of ``left``?"""
    return _REPORTED.search(" ".join(left.split()[-7:])) is not None


def _named_been_ends(left: str, word: str) -> bool:
    """Does a line end on ``word`` before a full name and its perfect passive? After a line's word in
    lower case, not a role, a name's opener or a reported clause's verb ("charged defender | Jo Example
    has been ...", "said | Jo Example has been ...")."""
    words = [w.lower() for w in left.split()[-4:]]
    det = max((k for k, w in enumerate(words) if w in _DETERMINERS and k), default=None)
    beside = det is not None and words[det - 1] not in _PLACE_PREPOSITIONS  # (nor a noun the name stands beside:
    # "The cruise ship | Carnival Spirit has been damaged"; a place's phrase ends a line: "in the back | Luna, ...")
    return _line_ends_before_name(left, word) and word not in _GOES_ON_INTO and not _reported_before(left) and not beside \
        and not (_WAITING_SUBJECT.match(left) and not _AUXILIARY.search(left))
    # (nor a line whose subject still waits for its verb, the name a description's: "A motorist who knocked down
    # elderly pedestrian | Jo Example has been jailed", "The trial of the man accused of murdering schoolgirl | ...")


_WAITING_SUBJECT = re.compile(r"(?:A|An|The)\s(?:[\w'’-]+\s){0,3}?(?:who|whose|that|which|of)\s")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did)\b")


_PLACE_PREPOSITIONS = frozenset("in on at into onto from across over under near outside inside behind beside".split())


_FIRST_NAME = re.compile(r"[A-Z][a-z][\w-]*")
_LABEL_OPENS = re.compile(r"[A-Z][\w'’ -]{1,40}:\s")  # (its words after it in either case: "Big Ben: the 20lb lamb")


def _named_after_label(sent: str, at: int) -> bool:
    """Does the story's line open at ``sent[at]`` (a space) on a person a labelled caption named, and the line's
    verb ("Proud mum: Jean with her son Big Ben after a long labour at a farm | Ben isn't the biggest ...")? After
    the caption's last word in lower case, none a name or a clause goes on from, the caption a caption's length."""
    left = sent[:at]
    name = _FIRST_NAME.match(sent, at + 1)
    if open_quote(left) or {"and", "but", "that", "or"} & {w.lower() for w in left.split()[-4:]}:
        return False  # (a speaker's words ('... said: "... the day | Tom's father ...'), a clause's subject that
        # waits for its verb ("but the reason | Tom isn't fit remains ...": reviewer rev50)
    last = left.split()[-1]
    return _LABEL_OPENS.match(sent) is not None and name is not None and _line_ends_before_name(left, last) \
        and last not in _GOES_ON_INTO and re.search(rf"\b{name.group(0)}\b", left) is not None


# a caption with no stop run into the story's next sentence, which opens on a word of plain English set in
# capitals: "... of lava spilling from the erupting volcano | Small volcanic eruptions over the past 20 years have
# been protecting the Earth ...", "... at the heart of the event | Circus acts twirled from ropes ..."
# (the word the caption ends on in lower case, the capital's word in lower case elsewhere in the story and
# capitalised nowhere else inside a sentence: not a name, "the zoo's new | Cheetah exhibit", "the company | Apple")
# (or on a role in capitals, a full name and the name's verb: "... back to health at a Polish animal shelter |
# Veterinarian Jo Example took care of him ...", a caption's line with no picture's mark; group "plain" marks the
# common word's place, the other the role's, both found in one pass)
_CAPITAL_AFTER_LOWER = re.compile(r"(?<![\w'’-])(?P<word>[a-z]{3,})\s(?P<cap>[A-Z][a-z]{2,})(?=\s(?:(?P<plain>[a-z])|"
                                  r"[A-Z][\w'’-]+\s(?:[A-Z][\w'’-]+\s){1,2}(?:[a-z]{3,}ed|took|made|gave|told|said|says|has|"
                                  r"had|was|is)\b))")
_INNER_WORD = re.compile(r"(?<=\s)[A-Za-z][a-z]+\b")
# (the words a sentence opens on that ``segment``'s own rules judge: "... 1,500 homes | And it's also ...", a lead
# whose stop those rules put back)
_OPENERS_RULED = frozenset("""And But Or So Yet The A An It He She They We This That These Those In On At As When While
After Before If Now Then There Here His Her Their Its""".split())
COMMON_BEFORE_WORDS = 8  # words of the caption's line, at least
COMMON_AFTER_WORDS = 5  # and of the story's sentence after it
# (what a caption's line never ends on: a word a phrase or a name goes on from; besides the kinds of work and body)
_COMMON_GOES_ON = _GOES_ON_INTO | _BE_FORMS | _SLOGAN_BEFORE | _TITLED_PAPERS | _NAMED_THINGS | BEFORE_A_NAME | frozenset(
    """in on at into onto upon about over under across against between among during until since than like via
    per near after before because while when where whose whom what how why whether if unless although though
    his her their its my your our this these those every each some any many most few several both all no
    two three four five six seven eight nine ten dozen hundred thousand million new old former late latest
    called named known dubbed nicknamed titled entitled reading reads read marked saying
    get gets got make makes made take takes took give gives gave see sees saw use uses used include includes
    including feature features featuring offer offers offering has have had been be is are was were will would shall
    should can could may might must""".split())
# (nor a verb that takes the capital's word as its object: "the new model will have | Quattro electric all-wheel drive")
# (not where the words before want a clause after them, its "that" left out: "And it's also the seventh year in a row
# | President Barack Obama has broken his promise ...", "... officials said | President Jo Example had ...")
_CLAUSE_GOES_ON_TO = re.compile(r"\b(?:it['’]s|it\sis|it\swas|that['’]s|there['’]s|this\sis|times?|years?|row|"
                                r"said|says|told|tells|believe[sd]?|thinks?|thought|knows?|knew|hopes?|hoped|fears?|"
                                r"feared|claims?|claimed|insists?|insisted|announced|reported|revealed|confirmed)\b")
_CAPTION_ROLES = ROLES_BEFORE_NAME | _ROLES_BEFORE_TITLE | frozenset("veterinarian".split())


# (a story's name after a caption's last word in lower case, and the name's verb in the past: "Tsarnaev lawyer keeps
# criminals off death row | Clarke tried to convince jurors ...", "... for the 2012 season | Haskell posted the image")
# (not where a clause still goes on to the name, "and then | Rose made", "as opponent | Henry showed"; nor after an
# adjective, "a young | Hazard idolised", "in eastern | Aleppo"; nor after a verb, "meant | Villa came")
_NAME_CLAUSE_BEFORE = frozenset("and but or nor as then that which who whom whose when where while than if because "
                                "though although after before until since".split())
# (nor where the name's clause tells of a time or a thing the line names, "that" left out: "referring to the time |
# Indonesia withdrew ...", "the white baseball cap | Lane wore when he was shot"; nor after a side's name for itself,
# "after hosts | Villa led")
_RELATIVE_HEADS = frozenset("time times day days moment year years week weeks night month way reason thing things "
                            "hosts visitors champions holders rivals opponents side club".split())
_GAP_AFTER = frozenset("when while as because before after until if and but or".split())
_COMPASS = frozenset("eastern western northern southern central north south east west".split())


def _name_joins(sent: str, m: re.Match, capital: dict[str, int], opens: set[str]) -> bool:
    """Does the caption's line end at ``m``'s capital, a name the story gives elsewhere, before the name's verb in the
    past? The line a clause of its own (a verb; no quotation), its last words no clause's opener."""
    cap, word = m.group("cap"), m.group("word")
    after = sent[m.end("cap"):].split(None, 1)
    left = sent[: m.start("cap")]
    last = [w.lower() for w in left.split()[-4:]]
    if not after or verb_kind(after[0]) != "past" or len(after) < 2 or after[1].split(None, 1)[0] in _GAP_AFTER:
        return False  # (the name's verb with its object or its phrase after it: not "the cap | Lane wore when ...")
    return (capital.get(cap, 0) >= 2 or cap in opens) and word not in _RELATIVE_HEADS \
        and word not in _CAPTION_ROLES and word not in _COMPASS and verb_kind(word) is None \
        and not _NAME_CLAUSE_BEFORE.intersection(last) and last[-2] not in ("a", "an") \
        and not any(q in left for q in "\"“”‘") and " '" not in left and has_verb(left)


def common_word_cuts(sentences: list[str]) -> list[list[str]]:
    """Each of ``sentences``, cut where a caption with no stop runs into a sentence of the story that opens on a
    common word in capitals, or on a role and a full name (see _CAPITAL_AFTER_LOWER): the pieces, or the sentence
    alone."""
    # (the cheap tests first, on each place found; the story's words are read only where a place passes them)
    found = [[m for m in _CAPITAL_AFTER_LOWER.finditer(s)
              if (m.group("cap") not in _OPENERS_RULED if m.group("plain") else m.group("cap").lower() in _CAPTION_ROLES)
              and m.group("word") not in _COMMON_GOES_ON and not m.group("word").endswith("ly")
              and len(s[: m.start("cap")].split()) >= COMMON_BEFORE_WORDS
              and len(s[m.start("cap"):].split()) >= COMMON_AFTER_WORDS]
             for s in sentences]
    if not any(found):
        return [[s] for s in sentences]
    lower: set[str] = set()
    capital: dict[str, int] = {}
    opens: set[str] = set()  # (the words sentences open on)
    if any(m.group("plain") for matches in found for m in matches):
        for s in sentences:
            opens.add(s.split(None, 1)[0] if s else "")
            for w in _INNER_WORD.findall(s):
                if w[0].islower():
                    lower.add(w)
                else:
                    capital[w] = capital.get(w, 0) + 1
    out = []
    for sent, matches in zip(sentences, found, strict=True):
        at = [m.start("cap") for m in matches
              if ((m.group("cap").lower() in lower and capital.get(m.group("cap"), 0) == 1
                   or _name_joins(sent, m, capital, opens)) if m.group("plain")
                  else not _CLAUSE_GOES_ON_TO.search(" ".join(sent[: m.start("cap")].split()[-8:])))
              and has_verb(sent[m.start("cap"):]) and not open_quote(sent[: m.start("cap")])]
        ends = [0, *sorted(set(at)), len(sent)]
        out.append([piece for a, b in zip(ends, ends[1:], strict=False) if (piece := sent[a:b].strip())])
    return out
