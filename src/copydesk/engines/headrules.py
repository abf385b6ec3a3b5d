"""Rules a headline is judged and trimmed by, beside ``engines/headline.py``: a subject
that names no one, a cut that runs on inside a phrase, a fronted phrase or a first-person
opening, and the time phrases a headline drops (fronted ones, clock times)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from copydesk.engines.headparticiple import participle_breaks
from copydesk.engines.spans import ignorecase_literal, word_pairs
from copydesk.engines.verbs import has_verb, main_verbs, verb_kind
from copydesk.lexicon import BACK_NOUNS, ROLES_BEFORE_NAME
from copydesk.segment import open_quote, words

# a span in double or curly marks, or in straight single marks outside a word; the pattern
# opens on the mark (so only marks are tried) and then looks back at which one it was
QUOTED_SPAN = re.compile(r"[\"“„«‘'](?:(?<=[\"“„«‘])[^\"“”„«»‘’]*[\"”“»’]|(?<=')(?<![\w]')[^']+'(?!\w))")
# a time or frequency phrase fronted without a comma: "Since 2008 children ...", "For 43 years Cuba ..."
FRONT_TIME = re.compile(
    r"^(?:(?:For|Over|In|During)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\d[\d,]*|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many)\s+(?:years?|months?|weeks?|days?|decades?|hours?)|(?:Since|In)\s+\d{4}|"
    r"Often|Sometimes|Usually|Late one night|Early one morning|"
    # a day with no comma after it: "Yesterday the Mail revealed ...", "Last night police said ..."
    # (not "Today" or "Tonight", which open programmes' names: "Today Show host ...")
    r"(?:Yesterday|Last night|This morning|This afternoon|Earlier today|Earlier this week"
    # (or the month something starts, a plain word after it: "From October people in England will have
    # to pay 5p ..."; not "Until October drivers will be able to park free", whose end is the news, nor
    # "Since April Example took over", "In May Day parades", "In June 2016 voters backed ...")
    r"|From\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?=\s+[a-z]))"
    r"(?=\s+(?:(?:the|a|an)\s+)?[\w'’-]+\s+[a-z]))\s+(?=[\w\"“])")
# a clock time: "at about 06:00", "at 9:50 a.m."
CLOCK = re.compile(r"\s+(?:at\s+)?(?:about|around|approximately|roughly|shortly after|just after|just before)?\s*"
                    r"\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|BST|GMT|GMT|local time))?(?=[\s,.;]|$)")
FRONTED_OPENING = re.compile(
    r"^(?:(?:Since|When|While|After|Before|Because|Although|Though|If|Unless|Until|As|Seeing|Often|Late|Despite|"
    r"Once|Whether|In|On|At|For|During|Amid|With|Without|Inside|Outside|From|By|Like|Unlike|Having|Being|Using|"
    r"Among|Amongst|Fresh from|Fresh off|Ahead of|Following|Alongside|Along with|"
    r"I|We|You|Our|My|Your)\s|(?!(?:Moh?amm?ed|Muhamm?ed|Ahmed|Jared|Fred|Ted|Reed|Alfred|Wilfred|Manfred|Saee?d|Sayed|Javed|Zayed|"
    r"Rasheed|Hamed|Majed|Khaled|Obed|Mohamed)\s)[A-Z][a-z]+ed\s[^,]{0,40},\s)", re.IGNORECASE)  # (not "Mohamed Salah ...,")
FIRST_PERSON = re.compile(r"(?<![\w'’])(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urselves|[Mm]e|[Mm]y|[Yy]ou|[Yy]our)(?![\w'’.])")


# an animal a headline may name by what it is ("Dog Causes Fire": its name tells a reader nothing)
_ANYONE = frozenset("dog dogs cat cats horse horses puppy kitten".split())


# a body's or an office's head noun before "of" ("house of parliament", "department of health")
_BODIES = frozenset("house chamber department ministry court council board committee bank government parliament "
                    "assembly senate office secretary minister president chairman governor mayor head leader "
                    "chief director".split())


def described_subject(headline: str, source: Sequence[str], known: frozenset[str] = frozenset()) -> str | None:
    """The source's words when the headline's subject is a definite description with its
    article dropped, taken from a sentence that follows another ("The Brazil international
    is expecting ..." after "Barcelona star Neymar feels ..."): a headline must name its
    subject, and "Brazil International Is Expecting More Fireworks" names no one."""
    tokens = QUOTED_SPAN.sub(" ", headline).split()
    main = main_verbs([t.lower() for t in tokens], known)  # (``known``: presents whose past the source has: "tops")
    if not main or main[0] > 5:
        return None
    subject = [w.lower() for w in words(" ".join(tokens[:main[0]]))]
    if not subject or subject[0] in ("the", "a", "an") or subject[-1] in _ANYONE:
        return None  # ("Dog Causes Severe Fire")
    if "of" in subject[1:-1] and subject[subject.index("of", 1) - 1] in _BODIES:
        return None  # a body named by whose it is: "Lower House of Parliament Gives Final Approval ..."
        # (not "Man of the Match", "Rest of the Squad": they name no one)
    if _opens_on(source, subject):
        return None  # "Three men accused of ...": the source brings them in with no article
    for i, sent in enumerate(source):
        if i == 0 and subject[-1] not in _LEAD_NAMED_KINDS:
            continue  # (the lead may bring a thing in by a description: "The Federal Reserve ...")
        if subject[-1] in _NAMED_KINDS and (fronted := _FRONTED_THE.match(sent)) is not None:
            sent = sent[fronted.end():]  # "Last weekend, the country was declared ...": the clause after it
        first = FIRST_WORD.search(sent)  # words(sent)[0], without reading the whole sentence
        if first is None or first.group(0).lower() != "the":
            continue
        # (the first words alone: "The", the subject's, one more, and whether any follow)
        sw = [m.group(0) for m in itertools.islice(FIRST_WORD.finditer(sent), len(subject) + 2)]
        if len(sw) <= len(subject) + 1 or sw[0].lower() != "the":
            continue
        if [w.lower() for w in sw[1:len(subject) + 1]] == subject:
            head = sw[len(subject)]
            if head.islower() and not head.endswith("s"):
                return " ".join(sw[:len(subject) + 1])
    return None


# kinds of thing a story names ("the country", "the much-anticipated film"): a headline's subject
# that is one of them with its article dropped names none, even from the story's first line, as a
# scrape that lost the paragraph naming it opens there ("The much-anticipated film sparked
# controversy ...", "Last weekend, the country was declared free of ...")
_NAMED_KINDS = frozenset("""country nation film movie club town city village island team band
album novel hospital school university restaurant eatery hotel airline charity""".split())
# (from the lead only the kinds whose lead a lost paragraph named: a work, a country, a place; not an
# institution a local story's lead says 'the school', 'the band', 'the airline' of)
_LEAD_NAMED_KINDS = frozenset("country nation film movie album novel town city village island".split())
# a time phrase fronted with its comma before "the": "Last weekend, the ...", "On Tuesday, the ..."
_FRONTED_THE = re.compile(r"(?:Last|This|Earlier|On|Early|Late|Yesterday|Today)\b[^,]{0,25},\s(?=[Tt]he\s)")


def _opens_on(source: Sequence[str], subject: list[str]) -> bool:
    """Does a sentence of ``source`` open on ``subject``'s words, with no article before them?"""
    for sent in source:
        first = FIRST_WORD.search(sent)
        if first is None or first.group(0).lower() != subject[0]:
            continue
        sw = [m.group(0).lower() for m in itertools.islice(FIRST_WORD.finditer(sent), len(subject))]
        if sw == subject:
            return True
    return False


FIRST_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*")  # a word as ``words`` reads it
GOES_ON = re.compile(r"^\s+[\"“‘']?([a-z][\w'’-]*)")
CLAUSE_START = frozenset("""who which that whose where when while after before as because since until
although though despite amid following but and or in at on for during over from with by near into
under across outside inside than to through against without within about around among between
including like unlike via amid toward towards yesterday today tonight now last this earlier later
recently early late overnight ahead alongside unrelated belonging wherever whenever""".split())


def tail_continues(headline: str, source: Sequence[str]) -> str | None:
    """The word the source goes on with after the headline's last words, when it runs on
    inside the phrase ("... Magazine's disastrous | story"); None at a phrase's end."""
    ws = [w for w in words(QUOTED_SPAN.sub(" ", headline))]
    if len(ws) < 2 or ws[-1] != words(headline)[-1]:
        return None
    pattern = None  # ``\bW1\W{1,3}W2\b`` ignoring case, compiled only for words word_pairs cannot read
    mine = {w.lower() for w in ws}
    for sent in source:
        if ignorecase_literal(sent, ws[-2], ws[-1]):
            pairs = list(word_pairs(sent, ws[-2], ws[-1]))
        else:
            pattern = pattern or re.compile(r"\b" + re.escape(ws[-2]) + r"\W{1,3}" + re.escape(ws[-1]) + r"\b",
                                            re.IGNORECASE)
            pairs = [m.span() for m in pattern.finditer(sent)]
        if not pairs:
            continue  # the last two words are not in it: nothing to find (and no set to build)
        theirs = {w.lower() for w in words(sent)}
        if len(mine & theirs) < 0.6 * len(mine):
            continue  # another sentence that happens to share the last two words
        goes_on = None
        for start, end in pairs:  # cut only when every place the words stand runs on
            nxt = GOES_ON.match(sent[end:])
            name = NAME_GOES_ON.match(sent[end:])
            if _CONTACT_CLAUSE.match(sent, end):
                return None  # "all 30 counts | he faced in ...": the noun's own clause, which a headline drops
            if "ing " in sent[end:end + 30] and end in participle_breaks(sent):
                return None  # (a participle's phrase on the noun the headline ends on: "... soup | exploiting ...")
            if adjectives_run_on(ws[-1], sent[end:]):
                goes_on = goes_on or sent[end:].split()[0].strip(",")
            elif nxt and (nxt.group(1).lower() not in CLAUSE_START
                          or wants_its_object(ws[-1].lower(), nxt.group(1).lower())):
                goes_on = goes_on or nxt.group(1)  # (and "to double down | on", "come up | with", "run out | of")
            elif name and ws[-1][:1].isupper() and sent[start:end].split()[-1][:1].isupper():
                goes_on = goes_on or name.group(1)  # "... Walker's character, Brian | O'Conner": a name cut
            else:
                return None
        if goes_on:
            return goes_on
    return None


def wants_its_object(last: str, nxt: str) -> bool:
    """Is ``last`` | ``nxt`` a phrasal verb cut from its object ("to double down | on ...",
    "come up | with", "run out | of")?"""
    return last in ("down", "up", "out") and nxt in ("on", "with", "of") \
        or last in ("way", "room", "space") and nxt == "for" \
        or last in ("weighs", "weigh", "weighed", "chips", "chip", "chipped") and nxt == "in"  # "Halep weighs | in"


NAME_GOES_ON = re.compile(r"^\s+([A-Z][\w'’-]*)")


# a cut between coordinate adjectives: "the magazine's disastrous | , discredited story",
# "an ancient | , primally horrifying method"
_ADJ_END = re.compile(r"[a-z](?:ous|ful|able|ible|less|ent|ive|ic|al|ed|ant|ary|ern|ient)$")
_ADJ_NEXT = re.compile(r"^,\s+(?!(?:and|but|or|who|which|that|while|as|after|before|when|although|with|according|"
                       r"including|a|an|the|adding|saying|where|whose|not)\b)[a-z][\w-]*(?<!ing)\s+[a-z]")


def adjectives_run_on(last: str, after: str) -> bool:
    """Is ``last`` an adjective whose phrase goes on after a comma in ``after``?"""
    return bool(_ADJ_END.search(last) and _ADJ_NEXT.match(after))


# nouns that name no news by themselves: the source's "the move" points back at what an
# earlier sentence said, and a headline "Zuma Announces Move" tells the reader nothing
_PICTURES = frozenset("picture pictures photo photos photograph photographs image images footage".split())
LIGHT_NOUNS = BACK_NOUNS | frozenset("""moves comment statements incidents claim revelation finding warning
developments measure change plan proposal idea issue matter situation results episode case
individuals suspects pair duo trio charge charges call appeal collection star number figure figures
job role post stadium venue eatery premises establishment outlet""".split()) | _PICTURES  # (people told of before: "the individuals were using ...")
_BARE_BEFORE = frozenset("with to for from of in on at over into about after".split())
_NAME_PARTS = frozenset("post job role stadium venue".split())  # light nouns that also name ("Post Office")
_PICTURE_OF = frozenset("in inside at showing taken".split())  # where a picture was taken says which ("Photos Inside Crater")
# what explains the noun where it stands: "the decision to ...", "the move by ...", "plans for ..."
# (or a clause whose subject a pronoun is: "Over Claims He Attempted to Bribe Voters")
_EXPLAINED_BY = frozenset("of to for about that on against by over from into after he she they".split())


def bare_reference(headline: str, source: Sequence[str]) -> str | None:
    """The light noun ("the move", "the announcement") a headline carries unexplained when
    the source only has it as a bare definite reference; None when it names its news."""
    tokens = QUOTED_SPAN.sub(" ", headline).split()
    for k, tok in enumerate(tokens):
        low = tok.lower().strip(",.;:!?")
        if low not in LIGHT_NOUNS or k and tok[:1].isupper() and low in _NAME_PARTS:
            continue  # ("Men Entered Post Office": a name's word)
        if low in _NAME_PARTS and not (k and tokens[k - 1].lower() in _BARE_BEFORE):
            continue  # (only bare after a preposition: "Linked With Job"; not "New 30,000-Seat Stadium",
            # "Lead Role", "Leaves Post", which say which)
        if (k and tokens[k - 1][:1].isupper() and tokens[k - 1].lower() not in (
                "makes", "announces", "welcomes", "criticises", "criticizes", "defends", "backs", "condemns")):
            continue  # "Climate Change", "Budget Plans": a name or a compound tells what it is
        nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if nxt in _EXPLAINED_BY or tok.endswith(",") or low in _PICTURES and nxt in _PICTURE_OF:
            continue
        pattern = re.compile(r"\b(?:the|this|that|these|those)\s+" + re.escape(low) + r"\b(?!\s+(?:of|to|for|about|that|on|by)\b)",
                             re.IGNORECASE)
        if any(pattern.search(sent) for sent in source[:12]):
            return low
    return None


_HONORIFIC = re.compile(r"(?<![\w'’])(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+(?=[A-Z][\w'’-]+)")


def without_honorific(headline: str) -> str:
    """A headline names a person by surname, never "Mr X": "Mr MacAskill Makes ..." ->
    "MacAskill Makes ...". Not the source's full name for the surname: "Ms Example" beside a
    "John Example" is another person. Quoted words stay as they are."""
    quoted = [m.span() for m in QUOTED_SPAN.finditer(headline)]
    return _HONORIFIC.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in quoted) else "", headline)


# "The chapter said Thursday that it has hired ...": what the speaker says of itself is its own
# act, and the headline states it ("Chapter Hires ..."); only "it"/"they", which point back at
# the speaker (a "he" after "Police said" is someone else), and only a done or a planned act
# (not "would", not the pluperfect, not a claim or a belief)
_SELF_REPORT = re.compile(
    r"^(?P<who>(?:[\w'’.&()-]+\s+){1,7}?)(?:said|says|say|announced|announces|announce|confirmed|confirms|confirm)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r",?\s+(?:that\s+)?(?P<pro>it|they)\s+(?P<act>(?:has|have|had|will)\s+[a-z]+\s|[a-z]{3,}ed\s)")


# what the speaker says was done to it, or what it thought: "have been ignored", "expected more"
_NOT_AN_ACT = re.compile(r"(?:(?:has|have|had)\s+been\s|(?:(?:has|have|had)\s+)?(?:expected|believed|feared|hoped|"
                         r"thought|felt|wanted|wished|suspected|assumed)\b)")


def self_report(text: str) -> str | None:
    """``text`` with a speaker's report of its own act made the speaker's act, or None."""
    m = _SELF_REPORT.match(text)
    if m is None:
        return None
    who = m.group("who").split()
    plural = who[-1].lower() in ("police", "officials", "authorities", "people") or (
        who[-1].lower().endswith("s") and not who[-1].endswith(("'s", "’s", "ss")))
    if (m.group("pro") == "they") is not plural or who[0].lower() in ("he", "she", "it", "they", "we", "i"):
        return None  # "The council said they ...": "they" may be others
    act = text[m.start("act"):]
    if _NOT_AN_ACT.match(act):
        return None  # "say they have been ignored", "say they expected more": a claim, not an act
    if act.startswith("had "):  # "said it had lodged an appeal": done when it said so
        act = ("have " if plural else "has ") + act[4:]
    return m.group("who") + act


_ROLE_OF = re.compile(
    r"^(?P<role>[Hh]ead|[Ll]eader|[Cc]hief|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Bb]oss|[Gg]overnor|"
    r"[Mm]anager|[Oo]wner|[Ff]ounder|[Ee]ditor|[Cc]hief executive)\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}),\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?P<rest>[a-z].+)$")


def role_before_name(headline: str) -> str:
    """"Head of Drug Enforcement Administration, Michele Leonhart, Is Expected to Resign" ->
    "Drug Enforcement Administration Head Michele Leonhart Is Expected to Resign": a role and
    its organisation in front of the name, as headlines write them, without the commas."""
    m = _ROLE_OF.match(headline)
    if m is None:
        return headline
    role = m.group("role")
    return f"{m.group('org')} {role[:1].upper() + role[1:]} {m.group('name')} {m.group('rest')}"


# who argues one side's case: what they say is that side's claim, and a headline that drops
# "Ms Foster said" states it as fact ("Bullet Fragments in Pte James' Body Were Yellow")
_ADVOCATE = re.compile(r"\b(?:QC|KC|barrister|lawyer|solicitor|attorney|counsel|"
                       r"defen[cs]e (?:lawyer|counsel|barrister|attorney|team)|"
                       r"representing|represents|spokes(?:man|woman|person) for the family)\b", re.IGNORECASE)
_SPEAKER = re.compile(r"(?:^|,\s)(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<name>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?"
                      r"\s+(?:said|says|told|added|claimed|argued)\b")


def advocate_speaks(attribution: str, source: Sequence[str]) -> bool:
    """Does ``attribution`` (", Ms Foster said.") give the words to someone who argues a
    side: a lawyer, or a person the source introduces as one ("Alison Foster QC,
    representing the family")?"""
    if _ADVOCATE.search(attribution):
        return True
    m = _SPEAKER.search(attribution)
    if m is None:
        return False
    name = m.group("name")
    for sent in source:
        if name not in sent:
            continue  # (no pattern to make)
        for at in (k.start() for k in re.finditer(r"\b" + re.escape(name) + r"\b", sent)):
            if _ADVOCATE.search(sent, max(0, at - 40), at + len(name) + 50):
                return True
    return False


# a closing attribution: "..., officials said on Saturday."
TRAILING_ATTRIBUTION = re.compile(
    r",?\s+(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,6}?"
    r"(?:said|says|say|told|reported|reports|announced|confirmed|added|stated|claimed|warned|according to)"
    # (not "said it had lodged an appeal": what follows is what was said, not when or where)
    r"(?!\s+(?:that|it|he|she|they|we|I|there|to)\s)"  # (nor "are said to oppose": the passive)
    # (nor "said the harbour would reopen in June": a clause with its own verb is what was said)
    r"(?!(?:\s+[\w.'’-]+){1,4}\s+(?:would|will|was|were|is|are|had|has|have|could|should|can|must|may)\s)"
    r"(?:\s+[\w.'’-]+){0,6}\s*[.!]?$",
    re.IGNORECASE,
)
# what TRAILING_ATTRIBUTION cannot match without (a cheap search that skips the costly one)
ATTRIBUTION_VERB = re.compile(
    r"said|says|say|told|reported|reports|announced|confirmed|added|stated|claimed|warned|according to",
    re.IGNORECASE,
)


# ATTRIBUTION_VERB's words, lowercased ("say" for "says", "report" for "reported" and "reports")
_ATTRIBUTION_WORDS = ("said", "say", "told", "report", "announced", "confirmed", "added", "stated", "claimed",
                      "warned", "according to")
# words TRAILING_ATTRIBUTION can span: an article, six words, the verb (two: "according to"), six
# words, a stop standing apart; and the word a comma before them ends
_TRAILING_REACH = 20


def trailing_attribution(text: str) -> re.Match[str] | None:
    """``TRAILING_ATTRIBUTION.search(text)``, found faster: none without one of its verbs
    (ignoring case: lowercased, a substring test each; ``ATTRIBUTION_VERB`` where letters
    case-fold unlike they lowercase), and the search starts where the last words it can
    span begin (its words are runs without spaces: no match starts before them)."""
    if ignorecase_literal(text):
        low = text.lower()
        if not any(w in low for w in _ATTRIBUTION_WORDS):
            return None
    elif ATTRIBUTION_VERB.search(text) is None:
        return None
    head = text.rsplit(None, _TRAILING_REACH)
    return TRAILING_ATTRIBUTION.search(text, len(head[0]) if len(head) > _TRAILING_REACH else 0)


def advocate_claim(sentence: str, sentences: Sequence[str]) -> bool:
    """Does ``sentence`` close on the words of a side's advocate ("..., Ms Foster said")?"""
    said = trailing_attribution(sentence)
    return said is not None and advocate_speaks(said.group(0), sentences)


# --- what ``headline_problem`` and the cut read (``copydesk.engines.headline``) ---

def participle_phrase(h: str, source: Sequence[str]) -> bool:
    """Is ``h`` the phrase a source sentence fronts on a participle before its clause
    ("Unveiling plans for change in legislation ..., she said ...")?"""
    first = h.split(None, 1)[0]
    if not (first.endswith("ing") and first[1:].islower() and len(first) > 5):
        return False
    return any(sent.startswith(first + " ") and CLAUSE_AFTER_PHRASE.search(sent) for sent in source)


# the clause after a fronted phrase: ", she said", ", Mrs Example announced" (a pronoun or a titled name:
# "..., the council said" may follow a whole clause)
CLAUSE_AFTER_PHRASE = re.compile(r"^[^,]{8,160},\s(?:he|she|they|we|(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s[A-Z][\w'’-]+)\s[a-z]+\s")
# a speaker and a listener, what was said gone: "Prof Sam Example Tells BBC"
# (or a listener in lower case: "Mr Musk Recently Tells Students", not "Tells of Heartbreak", "Tells Residents to Leave")
TELLS_NOTHING = re.compile(r"\b(?:[Tt]ells|[Tt]old|[Tt]ell)\s+(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s*){1,3}$"
                           r"|\b(?:tells|told|tell)\s+(?!(?:of|about|how|what|why)\b)(?:the\s+)?"
                           r"(?:(?!(?:to|that|of|about)\b)[a-z][\w'’-]*\s*){1,2}$")
# a subject told of against one before it: "Fellow Tenants Newport ...", "Temperton's Other Hits"
SUBJECT_BACK = re.compile(r"^(?:Fellow\s|(?:One|Another|Two|Three|Some|Many)\s[Ss]uch\s|"  # ("One Such Individual")
                          # (all of a number told before: "All Five Escape Unhurt", "All Three Were Charged")
                          r"(?:All|The)\s(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s"
                          r"(?=(?i:were|are|was|is|have|had|has|will|escape|escaped|survive|survived|die|died|deny|denied|"
                          r"admit|admitted|face|faced)\b)|"
                          # (some of a group told of before: "Two of the Teenagers Had Scouted", not "Two of the
                          # Best Actresses": a superlative says which)
                          r"(?:One|Two|Three|Four|Five|Some|Many|Most|All|Both|Several|None|Each)\sof\s[Tt]he\s"
                          r"[A-Z][a-z]+s\s(?!(?:[Ww]ho|[Ww]hich|[Tt]hat|[Oo]f|[Ii]n|[Aa]t|[Ff]rom|[Ii]nvolved|[Aa]ccused|[Kk]illed)\b)|"
                          r"(?:[\w'’-]+\s){0,3}?(?:[\w-]+['’]s\s)?Other\s(?=[a-z]|[A-Z][a-z]+\s))")
# a negation: what follows it in the same clause limits what is denied
NEGATED = re.compile(r"\b(?:not|no|never|cannot|can't|can’t|won't|won’t|don't|don’t|doesn't|doesn’t|didn't|didn’t|"
                      r"isn't|isn’t|aren't|aren’t|wasn't|wasn’t|nor)\b", re.IGNORECASE)
# a cut before what says what the denial is about (its purpose, source or beneficiary): "to", "from", "for"
LIMITS = re.compile(r"\s(?:to|from|for)\s")


# "not just the humiliation of losing ..., but of being mocked": no cut between the halves
NOT_ONLY = re.compile(r"\bnot\s(?:just|only|merely|simply)\s")


def not_only_open(head: str) -> bool:
    """Does ``head`` leave a "not just X" without its "but Y" (a cut the checker reads as
    a lost negation, and a reader as half a thought)?"""
    m = NOT_ONLY.search(head) if "not" in head else None
    return m is not None and re.search(r"\bbut\b", head[m.end():]) is None


# a person named by a role, then where they are: the place goes when the headline is too long
SUBJECT_PLACE = re.compile(r"^(?:The\s)?(?P<who>(?:[A-Z][\w'’-]*\s){0,2}(?:[a-z][\w-]*\s)?(?:candidate|man|woman|boy|"
                           r"girl|teacher|mother|father|doctor|nurse|officer|worker|student|pensioner|driver|MP|"
                           r"councillor|grandmother|grandfather|teenager|couple|family|boss|chief|owner|soldier))"
                           r"\s(?:in|at)\s(?:[\w'’-]+\s){1,5}?(?=(?:was\s|is\s|has\sbeen\s)?(?:accused|charged|jailed|"
                           r"arrested|found|cleared|convicted|sentenced|banned|fined|sacked|suspended|[a-z]+ed)\s)")


def shortens(text: str) -> bool:
    """Could ``shorter_subject`` say who in fewer words (asked before a second trim)? Only of
    the subject's words, wherever the articles and inserts fall: a role word or "from"."""
    head = " ".join(text.split()[:12])
    return any(w in ROLES_BEFORE_NAME for w in head.lower().split()) or " from " in head \
        or (" in " in head or " at " in head) and SUBJECT_PLACE.match(text) is not None


def clause_inside(phrase: str) -> bool:
    """Does ``phrase`` hold a clause of its own: a present verb ("Promise Tamang turns"), or a
    past one after a name ("Tamang turned"; not "a note sent to AMs", a participle)?"""
    tokens = phrase.split()
    return any(verb_kind(tokens[k]) == "present" or tokens[k - 1][:1].isupper() for k in main_verbs(tokens))


# a clause of a subject pronoun and its verb, with no object, inside a noun phrase ("all 30 counts
# he faced in the trial"): the noun's, which says no more in a headline than the noun alone; a
# preposition of place or time or the end after it (not "told police he shot the man", whose clause
# has an object, nor "a rant she unleashed on a worker", whose verb the preposition completes)
_CONTACT_CLAUSE = re.compile(r"(?<=[a-z]{3}) (?:he|she|they|we) (?:[a-z]{3,}ed|faced|won|lost|took|made|had|held|"
                             r"wrote|gave|brought|sought|built|paid|spent|sold)(?= (?:in|at|during|since|after|before)\b|$)")


# a comparison with every span of a career: "more powerful (now) than at any stage in his F1 career"
# (the comparative alone says as much in a headline: "Feeling More Powerful")
_ANY_SPAN = re.compile(r"(?<=[a-z]) (?:now )?than (?:at |in )?any (?:other )?(?:stage|point|time|moment|period) "
                       r"(?:in|of|during) (?:his |her |their |its |the )?(?:[\w'’-]+ ){0,3}?"
                       r"(?:career|life|reign|tenure)\b")  # (not "than at any time in the town's history": that is news)


def without_any_span(text: str) -> str:
    """``text`` without a comparison's span of a whole career ("more powerful than at any stage in
    F1 career" -> "more powerful")."""
    return _ANY_SPAN.sub("", text, count=1) if " any " in text else text


def drop_contact_clause(text: str) -> str:
    """``text`` without a noun's clause of a pronoun and its verb ("guilty of all 30 counts he
    faced in the Boston Marathon bombing trial" -> "... counts in the ... trial"), when one
    follows a noun in lower case (not a name's, nor a verb's: "said he faced")."""
    m = _CONTACT_CLAUSE.search(text)
    if m is None:
        return text
    before = text[:m.start()].rsplit(None, 1)[-1]
    if verb_kind(before) is not None or before in _NOT_A_NOUN:
        return text
    return text[:m.start()] + text[m.end():]


_NOT_A_NOUN = frozenset("that said says and but or because when if as than so".split())


# a role's name between commas at the head of the sentence: "The regulator, NHS Improvement, said"
_ROLE_NAME = re.compile(r"^((?:[Tt]he\s)?[a-z][a-z-]+(?:\s[a-z][a-z-]+)?),\s([A-Z][\w'’.&-]*(?:\s(?:[A-Z][\w'’.&-]*|of|for|and))"
                        r"{0,5}),\s(?=[a-z])")


def role_name_commas(text: str) -> str:
    """``text`` with the commas round the name of the role that opens it gone ("regulator, NHS
    Improvement, said it wanted" -> "regulator NHS Improvement said it wanted"), so that its verb
    is the sentence's."""
    return _ROLE_NAME.sub(r"\1 \2 ", text, count=1) if ", " in text else text


# the writer's "our" before the world we share: "Our young Earth may have collided ..."
_OUR_WORLD = re.compile(r"^Our (?=(?:young |early |own |home )?(?:Earth|planet|world|solar system|galaxy|universe|"
                        r"Sun|Moon|sun|moon)\b)")


def without_our(text: str) -> str:
    """``text`` without the writer's opening "Our" before the Earth, the planet or the like."""
    return _OUR_WORLD.sub("", text, count=1) if text.startswith("Our ") else text


# an "also" before the verb: a headline tells its one item, "Hawick Knitwear Increases Production", never
# "Also Increases" after a line that is not there (not "but also": "not only ... but also" wants it)
_ALSO = re.compile(r"(?<=\w)\s(?<!\bbut\s)also\s(?=[a-z])")
# (only after a subject by name: a thing told by its kind, "The weather also hit ...", "Archery, fencing and
# wheelchair rugby have also missed out", is the lesser item of a story whose news was told before it)
_MARK_BEFORE = re.compile(r"[\"“‘]|(?:^|\s)'")  # (a quotation's opening mark; not a possessive's "Example's")
_NAMED_SUBJECT = re.compile(r"(?!The\s|A\s|An\s|This\s|These\s)[A-Z][\w'’.-]+\s[A-Z][\w'’-]+\b")


def without_also(text: str) -> str:
    """``text`` without an "also" before its verb after a subject by name, outside any quotation ("Hawick
    Knitwear, which ..., has also increased" -> "has increased")."""
    m = _ALSO.search(text) if " also " in text and _NAMED_SUBJECT.match(text) else None
    if m is None or _MARK_BEFORE.search(text, 0, m.start()) or "not only " in text[:m.start()].lower() \
            or text.startswith(("known ", "called "), m.end()):
        return text  # ("not only ... but has also", "also known as": reviewer rev50)
    return text[:m.start()] + text[m.end() - 1:]


# a feeling the headline would end on, its cause after it: "Speaks of Despair | after his team ..."
_FEELING_END = re.compile(r"\b(?:of|his|her|their|its)\s(?:despair|anger|fury|delight|joy|relief|frustration|"
                          r"disappointment|sadness|shock|pride|heartbreak|dismay)$")
# a death told after the cut, in the same clause: "was shot | in the abdomen and later died Thursday"
_DEATH_AFTER = re.compile(r"[^,;]{0,40}?\band\s(?:later\s|then\s|subsequently\s)?(?:died|was killed|was pronounced dead)\b")


def news_follows(head: str, rest: str) -> bool:
    """Does the news follow a cut into ``head`` | ``rest``: a feeling's cause ("Speaks of Despair |
    after his team twice threw away a lead") or a death in the same clause ("Guard Shot | in the
    abdomen and later died")?"""
    return rest.startswith((" after ", " over ")) and bool(_FEELING_END.search(head)) \
        or " and " in rest[:60] and bool(_DEATH_AFTER.match(rest))


_PARTICLES = frozenset("away up out off down back".split())
_ENDS_ALONE = frozenset("died dies resigned resigns collapsed collapses".split())  # (verbs that want no object)
_VERB_PAIR_END = re.compile(r"\b(?:live or die|win or lose|sink or swim|stay or go|come and go)$", re.IGNORECASE)


def verb_may_end(head: str, tokens: Sequence[str]) -> bool:
    """May a headline end on the verb ``tokens[-1]`` (``head``'s words): a pair that is whole ("Live or
    Die"), a phrasal verb's object ("Threw Away | Lead" ends on the noun), or a verb that wants no
    object ("Shot in Abdomen and Later Died")?"""
    return bool(_VERB_PAIR_END.search(head)) or tokens[-1].lower() in _ENDS_ALONE \
        or len(tokens) > 2 and tokens[-2] in _PARTICLES and verb_kind(tokens[-3]) is not None


# a title in marks: "Fuller House.", "Jimmy Kimmel Live" (words in capitals, a few)
_TITLE_SPAN = re.compile(r"[\"“‘'][A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|of|the|and|in|on|a)){0,5}[.,!?]?[\"”’']")


def titles_only(text: str) -> bool:
    """Are the spans in marks in ``text``, if any, titles ("a spinoff series called "Fuller House"")
    rather than someone's words?"""
    return all(_TITLE_SPAN.fullmatch(q.group(0)) for q in QUOTED_SPAN.finditer(text))


# a meeting told before what it said or decided: "Chechen clerics met on 3 April, two days after ...,
# and said the report had insulted their faith" (the meeting is the scene; what it said is the news)
_MET_AND = re.compile(r"^(?P<subject>(?:[\w'’.-]+\s+){1,6}?)(?:met|gathered|convened|assembled)\b[^.;:\"“]{0,120}?,?\s+"
                      r"and\s+(?P<verb>said|warned|vowed|agreed|voted|called|demanded|decided|declared)\s+(?P<rest>.+)$")


_MEETING_WORDS = (" met ", " gathered ", " convened ", " assembled ")  # (each match holds " and " and one of these)


def meeting_outcome(text: str) -> str:
    """``text`` with a meeting that opens it dropped for what it said or decided ("clerics met on 3
    April ... and said the report had insulted their faith" -> "clerics said the report had ...")."""
    m = _MET_AND.match(text) if " and " in text and any(w in text for w in _MEETING_WORDS) else None
    return f"{m.group('subject')}{m.group('verb')} {m.group('rest')}" if m else text


# an appositive after a name that opens on a possessive: "after Jason Chan, its marketing manager, boasted"
_POSSESSIVE_APPOSITIVE = re.compile(r"(?P<name>\b[A-Z][\w'’-]+),\s(?:its|his|her|their)\s[^,\"“”]{3,60}?,(?=\s[a-z])")


def possessive_appositive(text: str) -> str:
    """``text`` without an appositive that opens on its/his/her/their after a name ("Jason Chan, its
    marketing manager, boasted" -> "Jason Chan boasted"); not a clause ("If the plan fails, his
    council will raise taxes, and ..."), which has a verb, nor a span inside a quotation."""
    def keep_or_drop(m: re.Match[str]) -> str:
        span = m.group(0)[len(m.group("name")):]
        return m.group(0) if has_verb(span.lower()) or open_quote(span) else m.group("name")
    return _POSSESSIVE_APPOSITIVE.sub(keep_or_drop, text) if "," in text else text


# a subject told by what it was convicted or accused of, a relative clause after it, then the
# sentence's own verb: "A Michigan father convicted of abusing his daughter who might lose parental
# rights to his only child claims his baby was never abused" (the relative clause goes: the news is
# the verb after it, not the participle before it)
_PARTICIPLE_SUBJECT = re.compile(
    r"^(?P<np>(?:An?|The)\s[^,\"“]{3,80}?\s(?:convicted|accused|charged|jailed|cleared|found guilty|suspected)\s"
    r"(?:of|over|with|for)\s[^,\"“]{3,80}?)\s(?:who|which)\s[^,\"“]{3,100}?\s"
    r"(?P<rest>(?:claims|says|insists|denies|admits|has|is|was|will|faces|wants|vows)\s.+)$")


def participle_subject_clause(text: str) -> str:
    """``text`` without the relative clause between a subject told by a participle ("convicted of
    ...") and the sentence's own verb ("... who might lose parental rights ... claims ...")."""
    m = _PARTICIPLE_SUBJECT.match(text) if " who " in text or " which " in text else None
    return f"{m.group('np')} {m.group('rest')}" if m else text
