"""Pronouns inside a sentence that point back before it (``copydesk.ingest.dependency`` reads a
sentence's opening; these read its inside): "they" with nothing before it to stand for ("Many
fear they will lose ..."), a pronoun in a fronted phrase ("In their online conversations, ..."),
and a pronoun subject after a fronted phrase that names no one ("On Monday, he said ...")."""

from __future__ import annotations

import re
from functools import lru_cache

# "It is/was ... that/to": the words after "It is" that make "It" a dummy subject: what is
# reported, and how a thing is judged
REPORTED = "thought|believed|understood|expected|feared|hoped|claimed|reported|said|estimated|alleged"
JUDGED = "likely|unlikely|possible|impossible|unclear|clear|important|time|hard|difficult|easy"
QUOTED_TEXT = re.compile(r"[\"“][^\"“”]*[\"”]")  # a quotation in double marks


# "they", "them", "their" before anything in the sentence they could stand for: "Many fear
# they will lose ...", "Some of them sprinted ...", "Along the way they must cross ...".
_PLURAL = re.compile(r"\b(?:[Tt]hey|[Tt]hem|[Tt]heir|[Tt]heirs|[Tt]hemselves)\b")
_PLURAL_HINTS = ("they", "them", "their", "They", "Them", "Their")
_ANTECEDENT = re.compile(
    r"^[A-Z][\w'’-]*\s+(?:have|has|are|is|were|was|will|would|had|say|says|said)\b"  # "Oman have their own"
    r"|\b(?:[A-Za-z][a-z]{2,}(?<!ss)(?<!us)(?<!is)(?<!ous)s|\w*[Pp]eople|[Pp]olice|[Ss]taff|\w*[Cc]hildren|\w*[Mm]en|"
    r"[Cc]ommittee|[Tt]eam|[Ff]amily|[Gg]roup|[Cc]ouple|[Gg]overnment|[Cc]ompany|[Cc]rew|[Pp]ublic|[Cc]ouncil|"
    r"[Cc]lub|[Ss]ide|[Pp]arty|[Jj]ury|[Pp]air|[Tt]rio|[Aa]udience|[Cc]rowd|[Ee]veryone|[Aa]nyone|[Ss]omeone|"
    r"[Mm]ajority|[Bb]oth|[Ee]ach|[Ff]irm|[Bb]oard|[Uu]nion|[Pp]anel|[Ff]orce|[Aa]rmy|[Mm]ilitary|[Ss]quad)\b"
    r"|(?<=\s)[A-Z][\w'’-]+|\d")


@lru_cache(maxsize=8192)
def plural_pronoun(sentence: str) -> str | None:
    """"they/them/their" outside quotations with nothing before it in the sentence that
    it could stand for; or None."""
    if not any(h in sentence for h in _PLURAL_HINTS) or sentence[:1] in "\"“‘'":
        return None
    s = QUOTED_TEXT.sub(" ", sentence) if '"' in sentence or "“" in sentence else sentence
    if "'" in s or "‘" in s:
        s = re.sub(r"['‘](?<!\w['‘])[^'’]*['’](?!\w)", " ", s)  # (opened on the mark)
        if re.search(r"['‘](?<!\w['‘])\w", s):
            return None  # a quotation left open: whose words these are is not clear here
    m = _PLURAL.search(s)
    if not m or _ANTECEDENT.search(s[:m.start()]):
        return None
    comma = s.find(", ", m.end())
    if comma > 0 and _NAMES_THEM.match(s[comma + 2:]) and not _PLURAL.match(s[comma + 2:]):
        return None  # "After years in the shadow of their neighbours, Dundee are ...": named after it
    return f"inner reference “{m.group(0)}” (a plural pronoun)"


# A fronted phrase whose pronoun points back: "In their online conversations, one of ...",
# "When they finished, she ...". (Not when the clause after it names whom the pronoun
# stands for: "In its latest outlook, the IMF ...", "After they left, Jane and Alan ...".)
_FRONTED_PRONOUN = re.compile(
    r"^(?:(?:In|On|At|For|With|From|By|During|After|Before|Despite|Among|Under|Through|Within|Unlike|Like|"
    r"Throughout)\s+(?P<poss>their|its)\b|(?:After|When|While|Before|As|Once|Since|Until|Because|Although|"
    r"If|Now that|Even though|Though)\s+(?P<subj>they)\b)[^,]{0,80},\s+(?P<main>.{0,60})")
# The same without the comma (the Daily Mail's style): "When she posted a picture ... to Instagram
# many of her followers ...", "On the video she reveals ...", "Over the top of that she sucked
# in her cheeks": with no comma there is no name after the phrase that the pronoun could stand for.
_FRONTED_NO_COMMA = re.compile(
    r"^(?:(?:After|When|While|Before|As|Once|Since|Until|Because|Although|If|Though)\s+|"
    r"(?:In|On|At|Over|Under|From|During|After|Before|Since|Throughout|Within|Inside)\s+"
    r"(?:the|a|an|this|that|these|those|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,5}?)"
    r"(?P<subj>he|she|they)\s+[a-z]")
_NAMES_THEM = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?P<both>\s+(?:and|&)\s+[A-Z])?")


@lru_cache(maxsize=8192)
def fronted_pronoun(sentence: str) -> str | None:
    """A pronoun in a fronted phrase ("In their ...,", "When they ...,") that the clause
    after it does not resolve; or None."""
    m = _FRONTED_PRONOUN.match(sentence) if sentence[:1] in "IOAFWBDTLUSEN" else None
    if not m:
        m = _FRONTED_NO_COMMA.match(sentence) if sentence[:1] in "AWBOSUITDFC" else None
        if m and "," not in sentence[:m.start("subj")]:
            return f"inner reference “{m.group('subj')}” (a fronted pronoun)"
        return None
    named = _NAMES_THEM.match(m.group("main"))
    if named and (m.group("poss") == "its" or named.group("both")):
        return None
    return f"inner reference “{(m.group('poss') or m.group('subj'))}” (a fronted pronoun)"


# A fronted phrase, then a clause whose subject is a pronoun: "On Monday, he said ...", "If he
# does that, he could ...", "Last year, she won ..." (not when the phrase names someone the
# pronoun may stand for: "After Smith scored, he ...", nor a dummy "In 2010, it was announced ...")
_FRONTED_THEN_PRONOUN = re.compile(
    r"^(?P<phrase>[A-Z][^,\"“”‘’]{2,70}),\s+(?P<subj>he|she|they|it|his|her|their"
    # (a demonstrative that stands for what was told: "Unfortunately, that means ...")
    r"|(?:that|this)(?=\s(?:means|meant|is|was|has|had|will|would|could|may|might)\b))\s+(?P<rest>.*)$")
_DUMMY_AFTER_PHRASE = re.compile(
    r"(?:is|was|'s|’s|has been|had been|will be|would be|seems|seemed|appears|appeared)\s+(?:not\s+|also\s+)?"
    rf"(?:{JUDGED}|{REPORTED}|announced|revealed|confirmed|known|decided|agreed)\b(?!\s+to\s+(?:be|have)\b)")
# an adverb put first with no comma, then a pronoun subject: "Increasingly it is being used as a tool ..."
# (what "it" is, the sentence before told)
_ADVERB_THEN_PRONOUN = re.compile(r"^(?P<adverb>[A-Z][a-z]{3,}ly)\s(?P<subj>he|she|it|they)\s(?P<rest>.*)$")
# the adverbs of comment, before which "it" is a dummy's or a cleft's: "Remarkably it took firefighters just
# ten minutes ...", "Incredibly it was the third time that ..." (reviewer rev43b)
_COMMENT_ADVERBS = frozenset("""remarkably incredibly certainly sadly surprisingly unsurprisingly interestingly
ironically thankfully fortunately unfortunately luckily clearly obviously apparently amazingly astonishingly
curiously oddly strangely tragically predictably inevitably understandably admittedly arguably frankly
honestly naturally notably significantly crucially importantly happily unhappily mercifully""".split())
# a capital inside a phrase, not a day's or a month's: a name the phrase holds
CAPITAL_INSIDE = re.compile(r"\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                             r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z]")


# a fronted participle whose subject is the clause's: "Born in Leeds, he ...", "Raised by his aunt in
# Cork, she ..." (the names inside it are not who the pronoun stands for)
_PARTICIPLE_PHRASE = re.compile(r"(?:Born|Raised|Brought up|Educated|Trained|Schooled|Married|Widowed|Elected|"
                                r"Appointed|Named|Signed|Released|Freed|Jailed|Convicted|Diagnosed|Injured)\s(?:in|at|by|to|from|as|with)\s")


def fronted_then_pronoun(sentence: str) -> str | None:
    """The pronoun subject of a clause after a fronted phrase that names no one; or None."""
    if (adverb := _ADVERB_THEN_PRONOUN.match(sentence)) is not None \
            and not (adverb.group("subj") == "it" and (_DUMMY_AFTER_PHRASE.match(adverb.group("rest"))
                                                       or adverb.group("adverb").lower() in _COMMENT_ADVERBS)):
        return f"inner reference “{adverb.group('subj')}” (a pronoun after a fronted adverb)"
    m = _FRONTED_THEN_PRONOUN.match(sentence) if ", " in sentence[:74] else None
    if not m or CAPITAL_INSIDE.search(m.group("phrase")) and not _PARTICIPLE_PHRASE.match(m.group("phrase")) \
            or m.group("subj") == "it" and _DUMMY_AFTER_PHRASE.match(m.group("rest")):
        return None
    return f"inner reference “{m.group('subj')}” (a pronoun after a fronted phrase)"


# a possessive that opens an absolute phrase points ahead, to the subject named after the comma: "Their
# American dream shattered and huge savings wasted, nearly 150 Indians returned home ..." (a lead); not a
# clause of its own before the comma ("Their lawyers said, ...", "Her house was sold, and ...")
_NOT_ABSOLUTE = r"(?!(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|told|added|he|she|they|it)\b)"
_CATAPHORA = re.compile(rf"(?:His|Her|Their|Its)\s(?:{_NOT_ABSOLUTE}[\w'’-]+\s){{0,6}}?(?:[a-z]+(?:ed|en)|over|gone|done)"
                        rf"(?:\s{_NOT_ABSOLUTE}[\w'’-]+){{0,5}}?,\s(?:(?:nearly|about|almost|around|some|more than|over|at least)\s)?"
                        r"(?:\d[\d,]*\s(?:[A-Za-z][\w'’-]*\s){1,3}?|(?P<named>(?:[A-Z][a-z]+\s){1,3}))(?!(?:and|or)\b)[a-z]")
# the last words of a club's, a firm's or a body's name: no person a "His" or "Her" points ahead to
_BODY_ENDS = frozenset("""United City Town Rovers Athletic Wanderers Albion County Rangers Celtic Council Police
Government Group Trust Bank Club Party Union Ministry Office Board Authority Committee Company Limited Ltd""".split())


def points_ahead(sentence: str, known_surnames: frozenset[str] = frozenset()) -> bool:
    """Does ``sentence`` open on a possessive that points ahead, to the subject after its absolute phrase? A
    person's "His" or "Her" points ahead to a name only when that name is a person's: a surname the source
    names in full (``known_surnames``, when the caller knows them), else a name that ends on no club's or
    body's word ("His future settled, Northtown United will now turn to ...": the player's, told before,
    reviewer rev49b)."""
    m = _CATAPHORA.match(sentence) if sentence[:1] in "HIT" else None
    if m is None:
        return False
    if m.group("named") and sentence.startswith(("His ", "Her ")):
        last = m.group("named").split()[-1]
        return last in known_surnames if known_surnames else last not in _BODY_ENDS
    return True


# "Both" before the two it names, joined by "and", and their verb: the subject is told here ("Both the Ivory Coast
# international and Nasri have come under criticism ...", "Both Example and Sample scored"); not a pronoun or a verb
# among them, "Both he and his wife were taken to hospital", "Both were injured and he ...", reviewer rev51
_BOTH_AND = re.compile(r"Both\s(?!(?:(?!and\b)[\w'’.-]+\s){0,4}?(?:he|she|they|them|us|we|him|her|his|its|their|were|was|"
                       r"died|are|is|had|have)\b)(?:the\s)?(?:[\w'’.-]+\s){1,4}?and\s(?:the\s)?[\w'’.-]+(?:\s[\w'’.-]+){0,3}\s"
                       r"(?:have|has|had|are|were|was|is|will|would|could|can|must|may|scored|said|say|[a-z]+ed)\b")


def both_named(sentence: str) -> bool:
    """Does ``sentence`` open on "Both" and the two it names ("Both Example and Sample scored")?"""
    return _BOTH_AND.match(sentence) is not None


# what a first sentence's "It" is, told after a dash: "It was a real-life fairytale – the moment, 70 years ago, when
# two princesses ..." (not a dash clause that points back, "It was a mistake – the minister admitted as much")
_IT_AFTER_DASH = re.compile(r"^It(?:['’]s|\sis|\swas)\s(?:a|an|the)\s[^.;:\"“”–—]{3,60}?\s[–—-]\s(?:the|a|an)\s[a-z]"
                            r"(?![^.;:]*\b(?:so|as much|it|this|that)\s*(?:when|in|on|at|,|\.|$))")


def it_told_after_dash(sentence: str) -> bool:
    """Does ``sentence`` open on an "It" that the words after its dash say ("It was a fairytale – the moment ...")?"""
    return _IT_AFTER_DASH.match(sentence) is not None
