"""What a source sentence leans on: the opening that points back to a sentence before it
(a pronoun, a connective, a bare surname, "the town", a quote's continuation, an answer) and
the references inside it ("the same X", "this X", "then", "the 34-year-old"). A sentence that
leans back ships only right after the one it leans on (``engines/passages``); the checker
reads the same openings (``check/context``), and so does the headline (no headline opens on one).

Split from ``ingest/roles`` (a sentence's role on the page), which it complements.
"""

from __future__ import annotations

import re
from functools import lru_cache

from copydesk.gazetteer import DEMONYMS
from copydesk.ingest.pronouns import (
    CAPITAL_INSIDE,
    JUDGED,
    QUOTED_TEXT,
    REPORTED,
    both_named,
    fronted_pronoun,
    fronted_then_pronoun,
    it_told_after_dash,
    plural_pronoun,
    points_ahead,
)
from copydesk.lexicon import BACK_NOUNS, MONTHS, WEEKDAYS

# --- what a sentence leans on ---------------------------------------------------------

_PRONOUN = re.compile(
    r"^(?:He|She|It|They|Him|Her|His|Hers|Its|Their|Theirs|Them|These|Those|This|That|"
    r"Such|Both|Neither|Either|Another|Others|Other|The others|The other|The latter|The former|The same|Here|There)"
    r"(?:'s|’s|'re|’re|'d|’d|'ll|’ll|'ve|’ve)?\b",
)
# "It is/was ... that/to" and "There is/are" are dummy subjects: they point at nothing.
# (the words after "It is" that make it one: what is reported, and how a thing is judged)
# what a musing before the news finds a thing ("It's amazing what ..."), which the lead passes over (SCENE_SETTING)
MUSING = "amazing|incredible|remarkable|astonishing|extraordinary|funny|strange|curious"
_WONDER = MUSING + "|odd|surprising|interesting|unclear|uncertain|unknown|not known|not clear|obvious"
# a style that names a person by rank: "Her Royal Highness took the baton ...", "His Holiness said ..."
STYLED = re.compile(r"^H(?:er|is) (?:Royal Highness|Majesty|Holiness|Excellency|Grace|Eminence)\b")
_DUMMY = re.compile(
    # (not "It is also said to be the spot where ...", "It is also home to ...": the thing told before)
    r"^(?:It(?:'s|’s| is| was| has been| will be| would be| seems| seemed| appears| appeared)(?:\s+(?:not|also|now|still))?"
    rf"(?:\s+(?:{REPORTED})\b(?!\s+to\s+(?:be|have)\b)|\s+(?:{JUDGED}|too early|worth)\b"
    # ("It's amazing what a bit of make-up can do", "It is unclear how ...": what it stands for follows)
    rf"|\s+(?:{_WONDER})\s+(?:what|how|why|whether|when|where|who)\b"
    # (not what a thing was made or meant for: "It was intended to give the public confidence ..."; but the
    # weather's and a forecast's "It is set to be the hottest day", "It is going to be ...": dummies)
    r"|\s+(?!(?:thought|believed|understood|expected|claimed|reported|said|estimated|alleged|known|intended|designed|"
    r"meant|scheduled|planned|built|used|made|created|launched|aimed|able|unable|ready)\s)\w+\s+"
    # ("It will be available to 1.7bn people": "to" before a determiner or a number is no infinitive, and
    # "it" is the thing told before; "to police" is not told apart here)
    r"(?:that|whether|to(?=\s+(?!(?:the|a|an|his|her|their|its|our|my|your|all|every|any|some|this|these|those)\b)[a-z]))\b)"
    # "It is just 12 weeks since ...", "It has been a year since ...": time gone by, no referent
    r"|It(?:'s|’s| is| was| has been| had been)\s+(?:just\s+|only\s+|now\s+|almost\s+|nearly\s+|more than\s+|over\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)"
    r"\s+(?:since|ago)\b"
    # "It's T20 season on the sub-continent": a season named, no referent
    r"|It(?:'s|’s| is)\s+(?:[\w-]+\s+)?season\s+(?:on|in|for|again|once)\b"
    # (and with a modal: "There can be no doubt that ...", "There could be more strikes")
    r"|There(?:'s|’s| is| are| was| were| have been| has been| had been| will be| would be| can be| could be|"
    r" may be| might be| must be| should be| seems to be| appears to be)\b|This year\b|This week\b|"
    r"This month\b|This summer\b|This season\b|That night\b|That day\b|Those who\b|These days\b|"
    r"Such as\b|Here's how\b|Here is how\b)",
)
# what is reported of a pronoun after the dummy: "It is hoped it will help ...", "It is thought he
# was ...": the pronoun stands for someone or something told before (not "It is thought that the ...")
_DUMMY_THEN_PRONOUN = re.compile(rf"^It(?:'s|’s| is| was| has been)\s+(?:also\s+|now\s+)?(?:{REPORTED})\s+"
                                 r"(?:that\s+)?(?P<word>he|she|it|they|his|her|their)\b")
_CONNECTIVE = re.compile(
    r"^(?:But|And|Or|So|Yet|Also|However|"
    # ("Nor does Xi see ...": the negative it adds to was told before)
    r"Nor(?=\s(?:does|did|do|is|was|are|were|has|have|had|can|could|will|would|should|must|may|might)\b)|Meanwhile|Still|Instead|Nevertheless|Nonetheless|Moreover|"
    r"Furthermore|Besides|Otherwise|Then|Thus|Hence|Therefore|Consequently|Indeed|Likewise|"
    r"Similarly|Conversely|Alternatively|Additionally|Even so|Even then|By then|By that time|After that|Before that|As a result|"
    r"In addition|In turn|In contrast|By contrast|On the other hand|At the same time|For that reason|"
    # (what answers what was told before: "In return, the father of five has ...")
    r"In return(?=,)|In response(?=,)|In exchange(?=,)|In reply(?=,)|In retaliation(?=,)|"
    r"Because of this|Because of that|Despite this|Despite that|In that case|That is why|"
    r"Not only that|If so|If not(?! for\b)|If that(?:'s|’s| is| was) (?:the case|so|true)|Later|Afterwards|Earlier(?!\s+(?:this|that|in|on|last|today)\b)|Since then|Until then|Now(?! that)|Either way|"
    r"Although|Though|Which|Whereas|While this|As such|To that end|In the meantime|Above all|"
    r"For his part|For her part|For their part|Added|Asked|Still,|Regardless|Even so|All the same|Not least|"
    # (what ranks or adds to what was said before: "Most of all, ...", "Worse still, ...")
    r"Most of all|More importantly|Most importantly|What's more|What’s more|What is more|In other words|"
    # (what came after what was told before: "What followed was a detailed explanation ...")
    r"What followed|What came next|What happened next|What came after|"
    r"Worse still|Even worse|Worse(?=,)|On top of that|Again(?=,)|In fact(?=,)|For example(?=,)|For instance(?=,)|Plus(?=,)|"
    # (what ranks after what was told before: "Close behind was the notion that ...")
    r"Close behind|Just behind|Not far behind|Hot on (?:its|their|his|her) heels|Next came|Second came|"
    # (an ellipsis that takes its verb from the sentence before: "As did many of the injured troops ...")
    r"(?:As|So) (?:did|does|do|had|has|have|was|were|is|are|could|would|will))\b",
)
# "Both defendants", "All three men", "Neither driver": a determiner before the people the story
# has told of, not a pronoun; like "The defendants" it has its antecedent once the story has begun
_GROUP_OF = re.compile(r"^(?:Both|All|Neither|Either)(?:\s+(?:two|three|four|five|six|of the))?\s+"
                       r"(?:defendants?|accused|men|women|brothers|sisters|cousins|teenagers|boys|girls|officers|"
                       r"suspects|victims|drivers?|parents|players|teams|sides|clubs|companies|firms|countries|"
                       r"candidates|leaders|parties|couples?|pilots?|guards)\b(?!\s+of\b)")
# a quantifier for people told of before: "Some used a pipe to prop her up" (not "Some residents used ...")
_SOME_OF_THEM = re.compile(r"^(?P<word>Some|Many|Most|Few|Several|None)(?:\s+of\s+them)?\s+"
                           r"(?:[a-z]+ed|are|were|have|had|said|say|says|will|would|could|can|may|might|did|do|"
                           r"went|came|took|made|got|told|ran|fled|began|tried|wanted|managed)\b")
# a demonstrative before its noun ("This bundle of joy was ...", not "This is ..."): opening a text
# that lost its top, it points at the page's picture or headline, and still tells its news
THIS_NOUN = re.compile(r"^(?:This|These)\s(?!(?:is|was|are|were|has|had|have|will|would|can|could|may|might|"
                       r"must|should|does|did|means|comes|came)\b)[a-z][\w'’-]*\s")


def stands_first(sentence: str, dep: str) -> bool:
    """May the source's first sentence, whose opening ``dep`` leans back, open the rewrite all
    the same? Nothing comes before it to lean on: a reference or an inner one ("such crimes", "The
    men entered the Post Office ...", "Fellow tenants ...") leant on the page's headline, and a
    demonstrative and its noun (``THIS_NOUN``) on its picture; cut, it would cut the news."""
    return dep.startswith(("inner", "reference")) or THIS_NOUN.match(sentence) is not None \
        or dep.startswith("pronoun") and (_NAMED_LATER.search(sentence) is not None
                                          or _CONCESSIVE_NAMED.match(sentence) is not None
                                          or _CONCESSIVE_POSSESSIVE.match(sentence) is not None
                                          or _IDENTIFIED.match(sentence) is not None
                                          or _GROUP_NAMED_LATER.match(sentence) is not None
                                          or _WHERE_FROM.match(sentence) is not None
                                          or _ANOTHER_OF_A_KIND.match(sentence) is not None
                                          or it_told_after_dash(sentence))
    # (or a pronoun whose person the sentence names later: "She's a model ..., but until she was 18 Jo Example was")


# a feature's opening that says what its pronoun stands for: "They are the peculiar concrete markings that
# have been spotted all across America, ..." (the thing, not a person told before)
_IDENTIFIED = re.compile(r"^(?:They|It)(?:['’]re|['’]s|\sare|\sis|\swere|\swas)\s(?:the|some of the|one of the)\s"
                         r"[^.;\"“]{3,100}?\s(?:that|which|we|you|people|most of us|many of us)\s")
# (or a feature's people told by where they come from, whom the next lines name: "They come from more than 20
# countries, drawn to Libya as the funnel to Europe. | Eritreans want to escape ...", judge RW 12)
_WHERE_FROM = re.compile(r"They\s(?:come|came|hail|travel|travelled|traveled|arrive|arrived|flee|fled)\sfrom\s"
                         r"(?:more than\s|over\s|at least\s)?(?:\d+|dozens of|scores of|many|all over|across)\b")
# (or a lede's "Another" before its noun, one more of a kind the reader knows: "Another cloud of choking smoke is
# set to descend upon Delhi this week", judge SA 06; not "Another said ...", a person told before)
_ANOTHER_OF_A_KIND = re.compile(r"(?:Yet\s)?Another\s(?!(?:one|said|says|added|told|was|is|has|had|who|of|"
                                r"person|man|woman)\b)(?:[a-z][\w-]*|\d[\d,.]*)\s")
# (or its contact clause: "They are the chocolate treats we most look forward to at Easter")
# (or the people "They" stands for, named as a list that is the subject of the clause after it: "They are
# Barcelona's golden boys and the unstoppable trio of Lionel Messi, Neymar and Luis Suarez have reached ...")
_GROUP_NAMED_LATER = re.compile(r"^They(?:['’]re|\sare|\swere)\s[^.;\"“]{3,120}?\s[A-Z][\w'’-]+,?\sand\s(?:[A-Z][\w'’-]+\s){1,3}"
                                r"(?:have|are|were|had)\b")
_GROUP_CLAUSE = re.compile(r"\sand\s(?=(?:the\s)?[^.;\"“]{0,80}?[A-Z])")


def group_clause(sentence: str) -> str | None:
    """The clause that names the people a feature's opening "They are ..." stands for ("the
    unstoppable trio of Lionel Messi, Neymar and Luis Suarez have reached yet another milestone"), or None."""
    if not _GROUP_NAMED_LATER.match(sentence):
        return None
    m = _GROUP_CLAUSE.search(sentence)
    return sentence[m.end():] if m else None
# a feature's concessive opening that names its person after "but": "She might be a new mother to
# twins but that didn't prevent a fresh-faced Charlene of Monaco from ..."
_CONCESSIVE_NAMED = re.compile(r"^(?:She|He)\s(?:might|may|could)\s(?:be|have|look)\b[^.;]{0,120}?\bbut\b[^.;]{0,80}?"
                               r"(?<=[a-z,]\s)(?!The\s|A\s|An\s)[A-Z][a-z]+\s(?:of\s)?[A-Z][a-z]")
_NAMED_LATER = re.compile(r"(?<=[a-z0-9,]\s)(?!The\s|A\s|An\s)[A-Z][a-z]+\s[A-Z][a-z][\w'’-]+\s(?:was|is|has|had|said|says)\b")
# (or after "but", by a possessive: "She recently turned 51 but Elle Macpherson's good looks ..."; not
# a body's: "but Manchester United's fans", "but Northtown Council's gritters")
_CONCESSIVE_POSSESSIVE = re.compile(r"^(?:She|He)\s[^.;]{0,120}?\bbut\s(?!The\s|A\s|An\s)[A-Z][a-z]+\s"
                                    r"(?!(?:United|City|Council|Party|Government|Club|Office|Minister|County|Police)\b)"
                                    r"[A-Z][a-z][\w-]+['’]s\s[a-z]")


# someone "fellow" to one told before: "Fellow Oscar-winner Kevin Kline has also signed on ..."
_FELLOW = re.compile(r"^Fellow\s[\w'’-]+")
# a count of others than the ones just told of: "Three other passengers", "Two more men", "A further 20",
# "Two others were arrested ..."
_OTHER_ONES = re.compile(r"^(?:An?|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|\d+)\s+"
                         r"(?:(?:other|more|further|additional)\s+(?:\d[\d,]*\s+)?[a-z]+|others\b)")
_DEFINITE = re.compile(
    # ("The nearby church has ...", "The neighbouring town": near what was told before)
    r"^The (?:(?:nearby|neighbouring|neighboring|adjacent|same|other|latest|previous|second|third|next|host) "
    r"[a-z]+(?=\s)|town|city|village|company|firm|club|group|team|man|woman|boy|girl|men|women|"
    r"couple|pair|two|three|four|victim|victims|suspect|suspects|pilot|driver|teenager|child|"
    r"children|family|agency|organisation|organization|country|state|player|star|singer|actor|"
    r"actress|officer|officers|court|judge|jury|move|decision|incident|attack|case|"
    # (a paper's report named by who made it or where it ran is told there: "The study, by two
    # scientists from the University of Oxford, was published in ...")
    r"(?:report|study|survey)(?!,\s(?:by|from|published|led|conducted|carried out|commissioned|funded|"
    r"released|compiled|produced)\b)|"
    r"deal|plan|bill|law|policy|scheme|announcement|technology|project|source|spokesman|"
    # (what someone said or showed, told before: "The claim went largely ignored ...")
    r"claim|claims|allegation|allegations|accusation|accusations|comments|remarks|statement|ruling|verdict|"
    r"proposal|offer|request|rumours|rumors|footage|findings|figures|letter|tweet|"
    r"spokeswoman|school|hospital|region|area|island|restaurant|store|site|event|latter|former|"
    r"same|band|side|party|government|ministry|department|trio|duo|mother|father|son|daughter|"
    r"brothers|sisters|husband|wife|boss|manager|coach|striker|midfielder|defender|goalkeeper|"
    r"flanker|winger|forward|prop|hooker|scrum-half|fly-half|full-back|batsman|bowler|keeper|captain|skipper|"
    r"boxer|golfer|jockey|cyclist|sprinter|swimmer|rapper|presenter|comedian|chef|"
    # (a player told of by what he does or is, as sports pages name one told before: "The stopper
    # was also at fault", "The Frenchman has ...")
    r"stopper|shot-stopper|frontman|playmaker|centre-back|centre-half|left-back|right-back|veteran|"
    r"debutant|newcomer|youngster|stadium|arena|venue|"
    r"Frenchman|Spaniard|Dutchman|Englishman|Scot|Welshman|Irishman|Argentine|Brazilian|Portuguese|"
    r"Italian|German|Belgian|Croatian|Serbian|Serb|Swede|Dane|Norwegian|Uruguayan|Colombian|Chilean|"
    r"Ivorian|Senegalese|Nigerian|Ghanaian|Cameroonian|Australian|American|Canadian|Kiwi|"
    r"film|movie|show|series|album|book|novel|documentary)"  # ("The film is based on ...": which film?)
    # the noun stands alone, as the subject: "The company said", "The pair, who ..." (not
    # "The town council of Fairhaven", a complete name)
    r"(?=[,.;:’']|\s+(?:has|have|had|is|are|was|were|will|would|said|says|can|could|must|also|then|now|"
    r"later|did|does|do|may|might|should|almost|nearly|never|still|just|went|came|[a-z]+ed|[a-z]+s)\b)",
)
# a club or side named by where it is from, as a paper names one told of before: "The west London
# club also felt ...", "The Spanish side" (a direction before the place, or a nationality)
_EPITHET = re.compile(
    r"^The\s(?:(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|"
    r"western|central)\s(?:[A-Z][a-z]+\s){1,2})|(?:Spanish|French|Italian|German|Dutch|Portuguese|Scottish|Welsh|"
    r"Irish|English|Belgian|Turkish|Greek|Russian|Brazilian|Argentine|Argentinian)\s)(?:club|side|outfit|giants|"
    r"champions|holders|hosts|visitors)"
    r"(?=[,.;:]|\s+(?:has|have|had|is|are|was|were|will|would|said|says|can|could|must|also|then|now|later|did|does|"
    r"may|might|should|felt|made|took|went|came|got|lost|won|beat|kept|left|saw|gave|found|held|met|paid|sold|"
    r"began|fell|ran|sent|spent|stood|struck|[a-z]+ed|[a-z]+s)\b)")
# A short sentence about "the" something that names nothing: "The season finale is this week."
BARE_WORDS = 9
_BARE_DEFINITE = re.compile(r"^The(?:\s+[a-z][\w'’-]*){1,3}(?=\s+(?:is|was|are|were|will|has|had|comes|came)\b)")
_NAMED_INSIDE = re.compile(r"\b[A-Z][\w'’-]+|\d")
# A quote that goes on from the sentence before: an unopened closing mark first.
_CONTINUATION = re.compile(r"^[^\"“”‘]*[\w,;.!?][\"”](?:\s|$)|^[’']\s")


# An answer to a question the sentence before asked: "No, you don't, she wrote back."
_ANSWER = re.compile(r"^(?:No|Yes|Yeah|Yep|Nope|Sure(?!,\s(?:[A-Z][\w'’-]+\s){1,3}(?!(?:said|says|told|added|replied|"
                     r"agreed|admitted)\b)[a-z])|Absolutely|Exactly|Definitely|Of course|Not really|"  # (not "Sure, Jo Example admits ...")
                     r"Not at all|Not exactly|Not yet)\s*[,.!—–](?!\s*\d)")
_FRAGMENT = re.compile(r"^[A-Z][a-z]{1,12}[.!]$")
# A person described by age alone: "The 34-year-old was ...", "..., the 34-year-old said."
_AGED = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b(?!\s+[A-Z])")
_NAMED = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*")
# a day or a month told with its preposition, which ``_NAMED`` reads as two capitalised words: "On Friday, the
# 52-year-old libertarian lawmaker ... shared" names no one (judge DA 09)
_TIME_CAPITALS = frozenset("On In At By Since Until Last This Next From During Early Late Earlier Later".split()) \
    | frozenset(w.capitalize() for w in (*WEEKDAYS, *MONTHS))


def _names_someone(text: str) -> bool:
    """Does ``text`` hold a name of two capitalised words (``_NAMED``) that is not a day's or a month's time?"""
    return any(not set(m.group(0).split()) <= _TIME_CAPITALS for m in _NAMED.finditer(text))


# A reference inside the sentence to something said before it: "the same problem",
# "these people", "such a move.", "in this underrated comedy"
# (each word opens on its first letter and looks back from there for the word boundary, so
# that only "t" and "s" are tried, not every position)
_INNER = re.compile(r"(?P<ref>t(?<!\wt)he same|t(?<!\wt)hese|s(?<!\ws)uch|t(?<!\wt)his|"
                    r"t(?:(?<=from t)|(?<=with t)|(?<=after t)|(?<=about t)|(?<=among t))hat)"
                    r"\s+(?P<next>[a-z][\w'’-]*)(?:\s+(?P<after>[\w'’-]+))?")
_AUX_AFTER_THIS = frozenset("is was would will could can has had should might must may did does".split())
# "the same" after a participle in a clause of time, which compares it with the sentence's own main clause
_SAME_IN_CLAUSE = re.compile(r"\b(?:after|while|when|before|since)\s[^,.;:\"“”]{0,60}?\b(?<!for\s)(?<!of\s)"
                             r"(?:attempting|trying|doing|making|completing|taking|facing)\sthe same$")
_SAME_FEATS = frozenset("feat thing journey climb route trip challenge crossing swim walk ride race".split())
# what "the same" is compared with, a few words on: "the same respect and freedom of travel as"
_SAME_AS = re.compile(r"(?:\s+[\w'’-]+){1,6}?\s+as\s")
_THAT_TIME = re.compile(r"(?<=\s)that\s(?:season|year|summer|winter|spring|autumn|week|month|night|day|era|campaign)\b")
# "that" before a singular noun and its verb after a verb of saying is the pointing word, not the
# conjunction: "Lt Example said that process could take several weeks" (which process?)
_SAID_THAT_THING = re.compile(r"\b(?:said|says|added|explained|warned)\s+that\s+(?:" + "|".join(sorted(
    {n for n in BACK_NOUNS if not n.endswith("s")} | set("process plan deal case sum amount operation procedure "
                                                         "search inquiry review investigation journey trip".split())))
    + r")\s+(?:could|would|will|was|is|has|had|may|might|should|must|can)\b")
_INNER_HINTS = (" the same ", " these ", " such ", " this ", "-year-old", " that ", "mentioned ", " another ",
                " no different")
# the second of a kind told before ("he wrote in another tweet": the first was told before it), and a
# likeness to what was said before ("Defendants are no different.": from whom?)
_ANOTHER_ONE = re.compile(r"\b(?:in|on|with|from)\s+another\s+(?:tweet|post|message|statement|interview|video|"
                          r"letter|email|picture|photo|image|clip|update)\b")
_NO_DIFFERENT = re.compile(r"\b(?:is|are|was|were|be)\s+no\s+different\b(?!\s+(?:from|than|to|in|when|if)\b)")
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
_WORK_HINT = re.compile("|".join(_WORKS))  # (one search for any of them: each opens on a space)
_BY_ASSOCIATION = re.compile(r"\b[Tt]he(?:\s+[a-z][\w-]*){0,2}\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:[a-z][\w-]*\s+)?"
                             r"(?:drama|comedy|dramedy|sitcom|series|show|film|movie|thriller|album)\b(?!,?\s+[A-Z\"“'‘])")
# A person described, not named: "the French World Cup winner", "the 62-times Spain
# international", "the former champion", "the Brazilian". Who it is was said before.
# (each word capitalised: "South African"; the people of a country with no adjective of that form too)
_NATIONALITY = "|".join(sorted((d.title() for d in DEMONYMS), key=len, reverse=True)) + (
    "|New Zealander|Frenchman|Englishman|Irishman|Welshman|Dutchman|Scot|Spaniard|Swede|Dane|Finn|Pole|Brit|Kiwi|"
    "Aussie")
_PERSON_ROLE = ("winner|champion|champ|international|striker|midfielder|defender|goalkeeper|keeper|forward|"
                "winger|captain|skipper|playmaker|golfer|batsman|bowler|all-rounder|boxer|fighter|sprinter|"
                "cyclist|rider|racer|veteran|youngster|teenager|superstar|star|singer|rapper|actor|actress|"
                "frontman|politician|billionaire|tycoon|mogul|incumbent|runner-up|finalist|debutant|"
                "right-back|left-back|centre-back|center-back|full-back|stopper|ace|legend")
_PERSON_DESC = re.compile(
    r"\b[Tt]he\s+(?P<desc>(?:(?:former|reigning|defending|current|ex|veteran|retired|two-time|three-time|"
    r"four-time|five-time|\w+-times?|\d+-times?|\d+-year-old|one-time|long-time|serial)[\s-]+)*"
    r"(?:(?:" + _NATIONALITY + r")(?:-born)?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"(?:(?:world|former|Olympic|title|cup|league|tour|major|grand slam)\s+)?"
    r"(?:" + _PERSON_ROLE + r")|(?:" + _NATIONALITY + r")(?=[,.;:!?)]|\s+(?:and|who|has|had|is|was|will|would|"
    r"can|could|said|says|added|also|then|now|scored|won|beat|lost|struck|netted|finished|came|went|told)\b))"
    # a description standing for someone: no name after it ("the former champion Roger
    # Federer"), no "of ..." making it whole ("the winner of the Open"), no noun after a
    # nationality ("the Brazilian side")
    r"(?![\w'’-])(?!\s+(?:of\b|[A-Z]))"
    r"(?=[,.;:!?)]|\s+(?:and|but|or|who|has|had|is|was|will|would|can|could|said|says|also|then|now|won|beat|lost|"
    r"struck|came|went|told|[a-z]+ed|[a-z]+s)\b)")
# the words one of these descriptions ends on: a cheap test on a sentence's tokens first
# (the words a sentence is scanned for: the last of a nationality's words, "South African")
_DESC_WORDS = frozenset(_PERSON_ROLE.split("|")) | frozenset(n.split()[-1] for n in _NATIONALITY.split("|")) | frozenset(
    f"{n.split()[-1]}-born" for n in _NATIONALITY.split("|"))
_APPOSED = re.compile(r"[A-Z][\w'’.-]+,(?:\s+\d{1,3},)?\s+$")


@lru_cache(maxsize=8192)
def person_description(sentence: str) -> str | None:
    """A definite description of a person who is not named in it ("the French World Cup
    winner", "the 62-times Spain international", "the Brazilian"), outside quotations and
    not in apposition to a name ("Pique, the former champion, ..."); or None."""
    if "he " not in sentence or _DESC_WORDS.isdisjoint(sentence.replace(",", " ").replace(".", " ").split()):
        return None
    s = _OPEN_QUOTE_TAIL.sub(" ", QUOTED_TEXT.sub(" ", sentence)) if '"' in sentence or "“" in sentence else sentence
    for m in _PERSON_DESC.finditer(s):
        if _APPOSED.search(s[max(0, m.start() - 40):m.start()]):
            continue
        desc = m.group("desc")
        if desc.split()[0].endswith("-year-old"):
            continue  # "the 34-year-old" is the age rule's
        return f"inner reference “the {desc}” (a person described)"
    return None


_MENTIONED = re.compile(r"\b(?:aforementioned|above-mentioned|previously mentioned)\b")
_OPEN_QUOTE_TAIL = re.compile(r"[\"“][^\"“”]*$")


# a quotation's speaker named by a role with "the", as a paper names one it has introduced ("...,"
# said the official, who briefed reporters"; '"...," the spokesman added'): which official?
_SPEAKER_ROLES = (r"official|spokesman|spokeswoman|spokesperson|source|diplomat|aide|officer|minister|"
                  r"lawyer|attorney|prosecutor|researcher|analyst|expert|witness|insider")
_SPEAKER_TOLD_BEFORE = re.compile(r"[,.!?][\"”’']\s+(?:(?:said|says|added|adds|continued|explained)\s+the\s+(?:senior\s+)?"
                                  r"(?P<role>" + _SPEAKER_ROLES + r")|the\s+(?:senior\s+)?(?P<role2>" + _SPEAKER_ROLES
                                  + r")\s+(?:said|says|added|adds|continued|explained))\b")


# a contrast told at the sentence's end, with what it replaces before it: "... with his assistants instead."
_INSTEAD_END = re.compile(r"\sinstead[.!]?[\"”’']?$")


SPEAKER_TOLD = "(a speaker told of before)"  # what ``speaker_told_before``'s answer ends on


def told_speaker(sentence: str) -> str | None:
    """The role of a quotation's speaker named as one told of before ("...," said the official:
    "official"), or None."""
    m = _SPEAKER_TOLD_BEFORE.search(sentence)
    return m and (m.group("role") or m.group("role2"))


def speaker_told_before(sentence: str) -> str | None:
    """A quotation's speaker named as one told of before ("...," said the official), or None."""
    role = told_speaker(sentence)
    return f"inner reference “the {role}” {SPEAKER_TOLD}" if role else None


def inner_reference(sentence: str) -> str | None:
    """A reference inside ``sentence`` (outside quotations) to something only the text
    before it says: "the same X", "these X", "such a X." (not "such a long time"), "this X"
    (not "this week"), "the 34-year-old" with nobody named before it; or None."""
    if _WORK_HINT.search(sentence) and (m := _BY_ASSOCIATION.search(QUOTED_TEXT.sub(" ", sentence))):
        return f"inner reference “{m.group(0)}”"  # "the Tom Selleck drama": which one is said before
    if " the " in sentence and (told := speaker_told_before(sentence)):
        return told
    if "instead" in sentence and _INSTEAD_END.search(sentence):
        return "inner reference “instead” (in place of what came before)"  # "... attended a festival instead."
    if not any(h in sentence for h in _INNER_HINTS):
        return person_description(sentence)
    s = sentence
    if '"' in s or "“" in s:  # the speaker's words refer within the speech (an open quote runs on)
        s = _OPEN_QUOTE_TAIL.sub(" ", QUOTED_TEXT.sub(" ", s))
    for m in _INNER.finditer(s):
        ref, after = m.group("ref"), m.group("after") or ""
        nxt = m.group("next").removesuffix("'s").removesuffix("’s")
        if nxt in _INNER_FREE[ref]:
            continue
        if ref == "the same" and ("as" in (nxt, after) or "that" in (nxt, after) or s[max(0, m.start() - 3):m.start()] == "at "
                                  or _SAME_AS.match(s, m.end("ref"))):
            continue  # "the same level as last year", "at the same time", "the same respect and freedom
            # of travel as ...": no reference back
        if ref == "this" and nxt in _AUX_AFTER_THIS and len(s[:m.start()].split()) >= 8:
            continue  # "... of travel as provided to them, and we are frustrated that this could not be
            # permitted": the pronoun takes up what the sentence itself has said
        if ref == "the same" and nxt in _SAME_FEATS and _SAME_IN_CLAUSE.search(s, 0, m.end("ref")) \
                and len(s[:m.start()].split()) >= 8:
            continue  # "A climber has set his sights on the summit of K2 ... 20 years after his mother died
            # attempting the same feat": a clause of the sentence's own, compared with its own main clause
        if ref == "the same" and nxt == "name" and CAPITAL_INSIDE.search(s, 0, m.start()):
            continue  # "Maleficent, ... the movie of the same name": named in the sentence itself
        if ref == "such" and (nxt not in ("a", "an") or after and not _PHRASE_END.match(s[m.end():])):
            continue  # "such a move." refers back; "such a long time", "such crimes" may not
        return f"inner reference “{ref} {nxt}”"
    if " that " in s and (m := _THAT_TIME.search(s) or _SAID_THAT_THING.search(s)):
        return f"inner reference “{m.group(0)}”"  # "the squad players that season": which season?
        # (or "said that process could take weeks": which process?)
    if " another " in s and (m := _ANOTHER_ONE.search(s)) or " no different" in s and (m := _NO_DIFFERENT.search(s)):
        return f"inner reference “{m.group(0)}”"
    if "mentioned " in s and (m := _MENTIONED.search(s)):
        return f"inner reference “{m.group(0)}”"  # "the aforementioned Lopetegui"
    m = _AGED.search(s) if "-year-old" in s else None
    if m and not _names_someone(s[:m.start()]) and not _NAMED.search(s[m.end():m.end() + 40]):
        # (not "The 36-year-old passenger, Gary Terry of Davenport, was ...": named in apposition)
        return f"inner reference “{m.group(0)}”"
    return person_description(sentence)


# An event placed after one told before: "Webster immediately showed remorse", "Cooper
# and Kevern then went to the flat", "He later clarified that ...". Away from that
# sentence the adverb ties the event to whatever the rewrite said last.
_SEQUENCE_WORDS = (" then ", " immediately ", " subsequently ", " afterwards ", " thereafter ", " instead ",
                   " again ", " later ")
_SEQUENCE = re.compile(
    r"^(?:[\"“‘']?[A-Z][\w'’.-]*(?:,?\s+[\w'’.-]+){0,12}?),?\s+(?P<adv>then|immediately|subsequently|afterwards|"
    r"thereafter|instead|again|later)\s+(?:[a-z]+ed|went|came|took|made|began|told|said|gave|ran|left|got|had|"
    r"has|have|was|were|saw|found|became|is|are|will|would|fought|fled|won|lost|met|sent|held|led|put|set|hit|"
    r"sold|bought|brought|caught|paid|spent|spoke|wrote|drove|flew|threw|struck|fell|kept|shot|stole|broke|"
    r"[a-z]{3,}(?<!s)s)\b")  # ("Mr Example instead prefers": a present too)

# "then" as "at that time" in an aside between commas: ", then led by Gordon Brown,", ", then aged 12,"
# (the main verb right after it: "Brook, 19, then stabbed the boy twice, the court heard." is the sequence's)
_THEN_ASIDE = re.compile(r"then\s+(?:[a-z]+ed|led|known|aged|a|an|the|still|just|only|\d+)\b[^,.;]{0,60},\s+"
                         r"(?:[a-z]+ed|was|were|is|are|has|had|have|will|would|could|can|made|took|gave|won|lost|"
                         r"became|began|came|went|left|kept|held|sent|sold|told|said|[a-z]+s)\b")


# a connective set off by commas inside the sentence: "On Wednesday night, however, those
# days seemed long ago", "Curiously, though, the spotlight turned ...": it answers the sentence before
_INNER_CONNECTIVE = re.compile(r",\s(?:however|though|meanwhile|nevertheless|nonetheless|in turn|as a result|"
                               r"instead|therefore|by contrast|in contrast|too),")


_FOR_THE_GROUP = re.compile(r"\b(?:for|of|at|with|from|by)\s+the\s+(?:group|organisation|organization|charity|"
                            r"campaign group|rights group)\b(?!\s+(?:of|that|which|who)\b|['’])")


def inner_connective(sentence: str) -> str | None:
    """A connective inside ``sentence``, between commas, outside quotes ("..., however,
    ..."), or a bare "the group" it names someone by ("counsel for the group"); or None."""
    if ", " not in sentence and " the " not in sentence:
        return None
    s = QUOTED_TEXT.sub(" ", sentence) if '"' in sentence or "“" in sentence else sentence
    m = _INNER_CONNECTIVE.search(s) if ", " in s else None
    if m:
        return f"inner reference “{m.group(0).strip(', ')}” (a connective)"
    # (every match names one of these: a substring test is faster than the pattern's search)
    m = _FOR_THE_GROUP.search(s) if " the " in s and ("group" in s or "organi" in s or "charity" in s) else None
    return f"inner reference “{m.group(0)}”" if m else None


# a reply to what was said before it: "UPMC counters that ...", "The club hit back, saying ..."
_REPLY = re.compile(r"^(?:The\s[a-z]+\s+|(?:[A-Z][\w'’.&-]*\s+){1,4})(?P<verb>counters|countered|retorts|retorted|rebuts|"
                    r"rebutted|hits back|hit back|fires back|fired back|responds|responded|replies|replied|answers|"
                    r"answered)\b")
# or a quotation its speaker gave in reply: '"Sorry, but do I know you?" he responded.', '"No," the
# spokesman replied.', '"We will see," replied Jan Example.'
_REPLY_VERB = r"responded|replied|retorted|countered|shot back|hit back|fired back|answered"
_QUOTED_REPLY = re.compile(r"^[\"“‘'][^\"“”]{1,300}?[\"”’']\s+(?:(?:he|she|they|the\s[a-z]+|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
                           r"\s+(?P<verb>" + _REPLY_VERB + r")|(?P<verb_first>" + _REPLY_VERB + r")\s+(?:the\s[a-z]+|"
                           r"[A-Z][\w'’-]+))\b")
_REPLY_WORDS = (" counter", " retort", " rebut", " back", " respond", " repl", " answer")


@lru_cache(maxsize=8192)
def sequence_reference(sentence: str) -> str | None:
    """An adverb between subject and verb that places the event after one told before
    ("then", "immediately", "later", "instead", "again"), or a reply ("UPMC counters that
    ..."); or None."""
    m = _REPLY.match(sentence) if any(w in sentence[:60] for w in _REPLY_WORDS) else None
    if m is None and sentence[:1] in "\"“‘'" and any(w in sentence for w in _REPLY_WORDS):
        m = _QUOTED_REPLY.match(sentence)
    if m:  # (the verb's last word: "hit back" -> "back")
        verb = next(v for v in m.groupdict().values() if v).split()[-1]
        return f"inner reference “{verb}” (a reply to what came before)"
    if not any(w in sentence for w in _SEQUENCE_WORDS):
        return None
    m = _SEQUENCE.match(sentence)
    if not m or QUOTED_TEXT.search(sentence[:m.start("adv")]) or _OPEN_QUOTE_TAIL.search(sentence[:m.start("adv")]):
        return None
    if m.group("adv") == "then" and sentence[m.start("adv") - 2:m.start("adv")] == ", " \
            and _THEN_ASIDE.match(sentence, m.start("adv")):
        return None  # "the government, then led by Gordon Brown, placed ...": at that time, an aside
    return f"inner reference “{m.group('adv')}” (an event after one told before)"


# the first word, after a title: "Smolen said", "Mr Smolen's", not "Jane Smolen"
_NOUN_AFTER = re.compile(r"\s+[a-z]+s\s+(?:have|has|had|are|were|will|would|say|said)\b")  # "Housing chiefs have"
# (its possessive apart: "Smith's 911 call was played" leans on the Joy Smith told before)
_FIRST_WORD = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+)?([A-Z][\w'’\-]+?)(?:'s|’s)?(?![\w'’\-])(?!\s+[A-Z])")


# the openings read in order, each with the kind of what it leans on ("Three other passengers were
# taken to ...": other than whom? a reference; "Her Royal Highness took ...": a style, before "Her"
# is read as a pronoun, whose it is was told before)
_OPENINGS = ((STYLED, "reference"), (_CONNECTIVE, "connective"), (_GROUP_OF, "reference"), (_SOME_OF_THEM, "pronoun"),
             (_PRONOUN, "pronoun"), (_DEFINITE, "reference"), (_EPITHET, "reference"), (_FELLOW, "reference"),
             (_OTHER_ONES, "reference"))


# a quotation that opens on a third person: the speaker's "he" is someone the sentence before named
_QUOTED_PERSON = re.compile(r"(?:He|She|His|Her|Him)\b(?:['’]s)?(?!\s+Majesty\b)")  # (not "Her Majesty")


# a speaker's quotation that opens on a demonstrative subject after the colon: 'Prof Jo Example told the
# BBC: "This has been developed as a tool for tutors ..."' (this: the scheme the line before told; judge MU 06)
_COLON_QUOTE_DEMONSTRATIVE = re.compile(r"^[^\"“‘:]{3,120}\b(?:said|says|told\s[^\"“‘:]{2,40}|added|explained|wrote|"
                                        r"tweeted|continued|insisted|stated)\s?:\s*[\"“‘']\s*(?P<word>This|These|That|Those)\s"
                                        # (a thing made or done, told before: not "This is going to be another
                                        # tough year", "This is a great day", where "this" is now's)
                                        r"(?:(?:has|have|had)\sbeen\s[a-z]+(?:ed|en|wn|t)\b|(?:was|were|is|are)\s(?:developed|"
                                        r"designed|built|created|made|launched|introduced|written|planned|funded)\b)")


# The draft, the context check and the edits ask about the same sentences of one article
# several times: the answers of the last few hundred are kept (about one article's worth).
@lru_cache(maxsize=256)
def opening_dependency(sentence: str, *, known_surnames: frozenset[str] = frozenset()) -> str | None:
    """Why ``sentence`` cannot open a passage on its own, or None when it can.

    ``known_surnames`` are surnames that the source introduces with a full name
    elsewhere: a sentence that opens with one of them alone ("Smolen said") leans on
    that introduction.
    """
    s = sentence.lstrip("\"“‘' ")
    quoted = len(s) != len(sentence.lstrip())
    # (a continuation holds a closing double mark or opens on a single one)
    if not quoted and ('"' in sentence or "”" in sentence or "’" in sentence) \
            and _CONTINUATION.match(sentence.strip()):
        return "quote continuation"
    if _DUMMY.match(s):  # ("There were "many moments ...," said the official": which official?)
        if (m := _DUMMY_THEN_PRONOUN.match(s)) and not quoted:  # "It is hoped it will help ...": what will?
            return f"pronoun “{m.group('word')}” (after a dummy subject)"
        return speaker_told_before(sentence) if " the " in sentence else None
    if not quoted:  # (a quotation's own opening is the speaker's: not read as the writer's)
        for pattern, kind in _OPENINGS:
            m = pattern.match(s)
            if m and not (pattern is _PRONOUN and (points_ahead(s, known_surnames) or both_named(s))):  # (its subject ahead)
                return f"{kind} “{m.group('word') if 'word' in pattern.groupindex else m.group(0)}”"
    if quoted and s[:1] in "HS" and (m := _QUOTED_PERSON.match(s)):
        return f"pronoun “{m.group(0)}” (a quotation's, of someone told before)"  # "'He's so positive,' X added"
    m = _ANSWER.match(s) or (_FRAGMENT.match(s) if len(s) < 16 else None)
    if m:
        return f"answer “{m.group(0)}”"  # ("Kinda.": a one-word reply to what came before)
    m = _BARE_DEFINITE.match(s) if not quoted and s.startswith("The ") else None
    if m and len(s.split()) <= BARE_WORDS and not _NAMED_INSIDE.search(s, 4):
        return f"reference “{m.group(0)}”"  # "The season finale is this week.": of what?
    if not quoted and known_surnames:
        first = _FIRST_WORD.match(s)
        if first and first.group(1) in known_surnames and not _NOUN_AFTER.match(s, first.end()):
            # what the sentence refers to inside it leans on its neighbour, whoever it names
            # ("Cooper and Kevern then went ...")
            # (and a connective inside it leans on its neighbour too: naming the person does not tell what "Sunderland,
            # in contrast, hassled ..." contrasts with, judge UE 03)
            return inner_reference(sentence) or sequence_reference(sentence) or inner_connective(sentence) \
                or f"surname “{first.group(1)}”"
    if not quoted and ":" in s and (m := _COLON_QUOTE_DEMONSTRATIVE.search(s)):
        return f"inner reference “{m.group('word')}” (a quotation's, of what was told before)"
    return (inner_reference(sentence) or fronted_pronoun(s if not quoted else "") or sequence_reference(sentence)
            or (plural_pronoun(sentence) if not points_ahead(s, known_surnames) else None) or inner_connective(sentence)
            or (fronted_then_pronoun(s) if not quoted else None))


# what opens an answer to the question just before it: "No-one would be surprised ...", "Probably not."
_ANSWERS_A_QUESTION = re.compile(r"(?:Yes|No|Not really|Not yet|Not quite|Probably|Perhaps|Maybe|Possibly|Certainly|Absolutely|"
                      r"Hardly|Unlikely|Of course)[,.!]|(?:No-one|No one|Nobody|Few)\s(?:would|could|will|can)\b"
                      r"|(?:Who knows|Time will tell|The answer)\b"  # (not "No arrests", "No fewer than", rev43b)
                      # (or a phrase that says it is the answer: "What does X have in common with ...? | An avid interest
                      # in poker, as it turns out.", judge DA 09)
                      r"|[^.?!\"“”]{3,80}?,\sas\sit\s(?:turns|turned)\sout[.!]"
                      r"|(?:(?:Partly|Simply|Mainly|Largely|Probably|Perhaps)\s)?[Bb]ecause\b"  # ("Why? | Because space ...")
                      # (or one that names the question's person as its own: "How do you shop for a tech-savvy person
                      # who ...? | I am totally that person for my family ...", judge RB 04)
                      r"|[^.?!\"“”]{0,40}?\b(?:am|is|are|was|were)\s(?:[a-z]+ly\s)?(?:that|this)\s(?:person|one|man|woman|guy|"
                      r"kind of person|type|sort|shopper)\b")


def answers(sentence: str) -> bool:
    """Does ``sentence`` open as the answer to a question told just before it ("No-one would be
    surprised ...", "Probably.")? Said of it only after a question: ``Passages.dependency``."""
    return _ANSWERS_A_QUESTION.match(sentence) is not None
