"""Picture captions, read by their own text (``copydesk.ingest.roles`` gives a line its role):
a picture's mark ("(left)", "(pictured)", "(file picture)"), people placed by position ("Jane
Example, second left, ..."), a line that says it is a picture ("Pictured: ...", "This image
shows ..."), a picture's moment told in the present ("Example applauds supporters during the
clash with ..."), the Daily Mail's label before its line ("Behind bars: Saad, 37, was ..."), and
a graphic's arrows. Also the patterns the roles share with it: a verb of speech (``SAID``), a
double mark and a span in double marks, a stop set apart at a line's end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.ingest.unmarked import A_MARK  # (not an apostrophe inside a word)
from copydesk.lexicon import MONTHS, ROLES_BEFORE_NAME, WEEKDAYS
from copydesk.segment import ANY_MARK


def spaced_stop(s: str) -> bool:
    """A stop standing apart at the end (" .", " :"), read at the end of the stripped ``s``."""
    return s[-1:] in (".", ":") and s[-2:-1].isspace()


PICTURE_ROLES = frozenset(("caption", "picture"))  # a picture's caption, or the stop left where it stood


PHOTO_MARK = re.compile(
    r"\((?:left|right|centre|center|middle|top|bottom|above|below|inset|pictured|shown|"
    r"(?:an )?artist['’]s (?:illustration|impression|rendering|concept)(?: shown| pictured| above)?|"
    r"(?:(?:above|below|left|right|main) )?file(?: picture| photo| image)?(?: of [^()]{1,60})?|"
    r"(?:pictured |picture |photo |stock picture |stock image )?posed by (?:a )?models?|"
    r"from l-?r|l-?r|top left|top right|bottom left|bottom right|far left|far right|second left|"
    r"second right|centre left|centre right|(?:back|front|rear|middle|top|bottom) row|(?:back|front|rear) (?:left|right|centre|center)|(?:(?:pictured|shown|seen) )?(?:from )?left to right|main(?: picture)?|file image|stock (?:image|photo|picture)|"
    r"(?:pictured|shown|seen|above|below|left|right|centre|center)[:,]?\s+(?:left|right|above|below|centre|center|"
    r"top|bottom|here|with [^)]{1,40}|in [^)]{1,40})|"
    # (a place in the picture, after who it is beside: "(behind Allen, left)", "(with his wife, right)")
    r"(?:behind|beside|next to|with|alongside|in front of|standing|sitting|seated)\s[^()]{1,40},\s(?:far\s)?"
    r"(?:left|right|centre|center|top|bottom))\)",
    re.IGNORECASE,
)


# where the picture stands or what it shows, an aside a caption sets and the copy may set too: "(pictured right
# with actor Sam Lee)", "(pictured 2012)", "(second from right)", "(not pictured)", "(first photo)", "(see photo
# held by ...)", "(left, pictured behind ...)", "(like those above)". A caption's only
# on a line whose verb is in the present, or before a line run on after it (``caption``): "Jo Example (pictured
# 2012) was jailed ..." is the story's, reviewer rev46. Never "(on the right)", a player's place on the pitch,
# nor "(pictured leaving court)", "(left and right)".
PICTURE_ASIDE = re.compile(
    r"\((?:(?:left|right|above|below), pictured [^()]{1,60}|pictured (?:left|right|above|below|centre|center)"
    r" (?:with|at|in|on|during|outside|inside|alongside|behind|beside) [^()]{1,60}|"
    r"pictured(?: in)? (?:19|20)\d\d|(?:second|third|fourth|fifth) from (?:left|right)|"
    r"not pictured|(?:first|second|third|last|top|bottom|main) (?:photo|picture|image)|see (?:photo|picture|image)[^()]{0,60}|"
    r"like th(?:ose|ese|is|at) (?:above|below))\)",
    re.IGNORECASE,
)
# a story's verb in the past, the future or a report: the line is the story's, its aside the copy's
_STORY_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|"
                         r"[a-z]{2,}ed|ran|led|took|made|gave|found|left|won|lost|got|went|came|saw|met|told|became|"
                         r"began|held|kept|sold|bought|paid|spent|built|set|put)\b")
_BRACKETED_ASIDE = re.compile(r"\([^()]*\)")


# a wire photo's caption places its people with commas: "Jane Example, 18, center left, and
# her brother ...", "Sam Example, right, ..."
_POSITIONED = re.compile(
    r"[A-Z][\w'’.-]+(?:, \d{1,3})?, (?:(?:second |third |fourth |fifth )?from (?:left|right)|"
    r"(?:far |center |centre |front |back |top |bottom )?(?:left|right|center|centre))(?=[,.;]|\s+and\b|$)"
    # ("Summer, fourth from left helping to deliver presents.")
    r"|[A-Z][\w'’.-]+, (?:second|third|fourth|fifth|sixth) from (?:left|right)\b")


_FROM_LR = re.compile(r"^\(?(?:from )?(?:l-?r|left to right)\)?\b", re.IGNORECASE)


# a caption pointing at its picture: "... in Chelmsford, pictured above, on April 15", "Silver pictured
# above entering court" (not "was photographed with Putin", which running copy says too)
# (not what "can be seen here", where the story stands: "The side-effects of occupation can be seen here")
_PICTURED = re.compile(r"\b(?:pictured|shown|(?<!\bbe )(?<!\bbeen )seen) (?:here|above|below|left|right)\b(?! (?:of|to|and|in|all)\b)")


# a line that shows a picture's person: "Here Jo is seen applying ...", "Here they are pictured at ..."
# (not "Here the plan is seen as a risk": a view)
_HERE_SEEN = re.compile(r"Here,?\s(?:[\w'’-]+\s){1,3}(?:is|are)\s(?:(?:seen|shown)(?!\s(?:as|to|that|by)\b)|pictured(?!\s(?:as|to|that)\b))\b")
_SPOKEN = re.compile(r"\b(?:said|says|added|told)\b")


# the picture between commas after whom it shows ("Example, pictured training on Monday, should stay")
PICTURED_INSERT = re.compile(r"\w, (?:pictured(?: [^,.;:]{1,60})?|illustrated|here (?:seen|pictured|shown)(?: [^,.;:]{1,60})?"
                             # (a picture's "here" is of another day, its year told: not the copy's "here" of the
                             # place, "Brook, here making his first start, scored twice", reviewer rev50b)
                             r"|here [a-z]{3,}ing [^,.;:]{0,60}\b(?:19|20)\d\d), ")  # ("... years ago, illustrated, ...", "Pietersen, here playing for Delhi,")


# a line that points at a graphic: "as shown by the red arrow", "circled in red", "marked on the map"
_GRAPHIC = re.compile(r"\b(?:as (?:shown|marked|indicated|pointed out) (?:by|with) (?:the |a |an )?(?:\w+ )?arrows?|"
                      r"(?:circled|ringed|marked) in (?:red|yellow|white|blue|green)|(?:marked|shown) on the map)\b")


# what a person in a photo does, told in the present ("Former goalkeeper Jo Example applauds
# supporters during the clash against Northtown.")
# (not "poses": "poses a risk"; nor "waves", "when waves broke over the wall")
PHOTO_VERB = re.compile(r"^[A-Z][\w'’.-]*\s(?:(?!(?:was|were|is|are|has|have|had|when|that|who|which)\s)[\w'’.-]+\s){0,6}?"
                         r"(?<!\bto\s)(?:applauds|reacts|gestures|looks on|salutes|"
                         r"shakes hands|shake hands|holds up|walks off|strikes a pose|smiles|pretends|kisses|hugs|"
                         r"embraces|stretches|plays a (?:backhand|forehand|shot|pass)|"
                         # (a match picture's duel: "Jo Example and Sam Sample fight for the ball during ...", "Jo
                         # Example skips past Sam Sample during the ... match")
                         r"(?:(?:fights?|battles?|vies?|challenges|compete) for (?:the ball|possession|a header)|"
                         r"skips past|gets past|gets beyond|holds off)(?=[^.]*\bduring\s(?:(?:the|a|an|their|his|her)\s)?"
                         r"(?:[\w'’-]+\s){0,6}?(?:match|game|clash|derby|fixture|final|semi-final|tie|encounter|contest|"
                         r"first half|second half|half)\b)|"
                         # (a match picture: "The Icelandic winger is joined by his teammates as they celebrate ...")
                         r"is joined by|are joined by|celebrates (?:his|her|their|the)\s(?:\w+\s)?(?:goal|equaliser|equalizer|opener|winner|strike|header|try|win|victory))\b(?!\s+(?:have|has|had|are|were|is|was|will|would|of|and|or)\b)")


# a picture's moment told in the present, with where it was taken: "Pep Guardiola prepares his side for
# their first leg against Porto", "The Bayern boss gives instructions to Manuel Neuer at a training
# session on Tuesday", "Machida takes to the scales at the weigh-in ahead of his clash" (on a page
# with captions: the copy tells what happened in the past)
# (or several people: "Luis Example, Neymar Jnr and Jo Brooks pose for a picture in the dressing room")
_PRESENT_DOING = (
    r"^(?:The\s)?(?:[A-Z][\w'’.-]*,?\s(?:and\s)?){1,8}(?:[a-z][\w'’-]*\s){0,2}?(?:prepares|gives|gets|takes|trains|arrives|"
    r"leaves|poses|pose|walks|talks|speaks|shares|enjoys|watches|holds|stands|sits|waves|jokes|wears|chats|lifts|shakes|greets|"
    r"serve|serves|"  # ("X and Y serve food during a Downing Street barbecue in May 2011")
    r"attends|sprints|jogs|fires|controls|battles|challenges|clears|tackles|rides|hugs|kisses|embraces|smiles|"
    r"laughs|sings|dances|performs|oversees|directs|instructs|puts|high-five|high-fives|curls|slots|volleys|"
    r"lies (?:injured|prone|motionless|on the (?:pitch|ground|turf|floor|track|grass))|limps|grimaces|"  # ("Bastian Schweinsteiger lies injured on the pitch during Bayern's 1-0 win ...")
    r"celebrate)\s[^\"“‘]{0,120}?\b")
PRESENT_CAPTION = re.compile(
    _PRESENT_DOING + r"(?:during|in action|for a (?:picture|photo|photograph|selfie)|"
    r"under the (?:tackle|challenge)|ahead of|at (?:a|the|his|her|their) (?:[a-z]+\s)?(?:training|session|weigh-in|"
    r"press conference|premiere|launch|ceremony|party|photocall|gala|screening|event)"
    # (a goal's picture at the ground: "Jo Example curls home the sixth goal against Getafe at the Nou Camp")
    r"|(?<=\s)(?:against|past)\s[A-Z][^\"“‘]{0,60}?\sat the [A-Z][\w'’-]*)\b"
    # (or someone looking over what happened: "Leo's owner Jo Example examines the damage caused to his home ...")
    r"|^(?:[A-Z][\w'’.-]*\s(?:[a-z][\w'’-]*\s){0,2}?){0,4}[A-Z][\w'’.-]*\s(?:examines|inspects|surveys|looks at|clears up)\s"
    r"the\s(?:damage|wreckage|scene|remains|aftermath|debris)\b")


# (the moment after a win, on a line with no stop only: "... stands on his car after winning the Grand Prix";
# copy tells "Northtown sits top after beating Southby." with its stop, reviewer rev50b)
_AFTER_WIN = re.compile(_PRESENT_DOING + r"after (?:winning|scoring|beating|his win|her win|their win|victory)\b")
_FULL_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*\s)*?[A-Z][a-z][\w'’-]*\s(?P<surname>[A-Z][a-z][\w'’-]*)\s[a-z]")


# a match picture's moment: a player grabbing, vying, closing down or preparing, in celebration, for
# possession, in training or before a leg of a tie ("Hill grabs the badge in celebration after scoring",
# "Austin vies for possession with Richardson", "Example prepares his side for their first leg against
# Porto"), with no time of the copy's own ("... next Thursday": a preview's line)
MATCH_MOMENT = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s){1,4}(?:grabs|vies|closes down|prepares)\s[^\"“‘]{0,100}?\b(?:in celebration|for possession|"
    r"in training|(?:first|second)[ -]leg)\b(?![^.]*\b(?:next|tomorrow|will)\b)")


# the same with a role between names, only with the moment no copy tells in the present: a politician
# on the trail ("Liberal Democrat leader Jo Example meets supporters at the Swan while out campaigning in
# Northtown") or a player under a tackle ("Northtown winger Sam Brook gets a kick away under the tackle
# of ..."); a scheduled meeting "ahead of" a summit, "during" a tour, is the copy's
PRESENT_ROLE_CAPTION = re.compile(
    r"^(?!(?:These|This|That|Those|The|Now|Today|Then|But|And|When|While|In|On|At|As|After|Before|Since)\s)(?:[A-Z][\w'’.-]*\s){1,4}(?:[a-z][\w'’-]*\s){1,2}(?:[A-Z][\w'’.-]*\s){1,3}(?:meets|greets|chats|talks|speaks|"
    r"poses|gets|takes|fires|battles|holds|waves|shakes)\s[^\"“‘]{0,120}?\b(?:while (?:out )?(?:campaigning|canvassing)\b|"
    r"on the campaign trail\b|under the (?:tackle|challenge)\b)")


# a goal's picture, a player's role and name and the strike in the present ("Northtown midfielder Sam Example
# slots home from the penalty spot", "... curls in a free-kick to secure his side's 2-0 win"): the copy tells
# a goal in the past
_GOAL_MOMENT = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s){1,4}(?:[a-z][\w'’-]*\s){1,2}(?:[A-Z][\w'’.-]*\s){1,3}(?:slots|curls|volleys|heads|fires|"
    r"scores|converts|nods|taps|strokes|drills|rifles|smashes|sweeps|steers|lashes|thumps|blasts|chips|lobs)\s"
    r"(?=home\b|past\b|into the (?:net|corner|bottom|top|roof|back)\b|in (?:a|an|the|from|at|off|his|her|their)\b|"
    r"(?:a|an|the|his|her|their) (?:[\w-]+ )?(?:penalty|spot-kick|free-kick|free kick|shot|header|volley|strike|"
    r"effort|winner|opener|equaliser|equalizer|goal)\b|from the penalty spot\b)"
    r"[^\"“‘]{0,80}?\b(?:from the penalty spot|to (?:secure|seal|clinch|earn|give) (?:his|her|their) (?:side|team)['’]?s?\b)")


# a sports picture's caption: "Andy Murray in action last year at the Queen's Club, which will host ..."
_IN_ACTION = re.compile(r"^(?:[A-Z][\w'’.-]+\s){1,4}(?:is\s|was\s)?(?:in action|pictured|celebrates|poses)\b")
# (or with a role and a second name: "Northtown batsman Sam Example pictured in action for ...", "Jo
# Example and Sam Brook pictured playing for ...")
_ROLED_PICTURED = re.compile(r"^(?:[A-Z][\w'’.-]+\s){1,3}(?:(?:and|&|[a-z]+(?=\s[A-Z]))\s(?:[A-Z][\w'’.-]+\s){1,3})+"
                             r"(?:are\s|is\s)?pictured\s(?:in action|playing|during|at|with|after|before|celebrating|"
                             r"arriving|leaving|training)\b")


_PICTURED_JOINS = frozenset(("and",))


_LIST_LABEL = re.compile(r"^[A-Z][a-z]+, [a-z]+,? and [a-z]+:\s+[A-Z]")


_LABEL = re.compile(r"^(?P<label>[A-Z0-9][\w'’&.\- ]{0,40}?):\s+(?P<rest>.+)$")


_LABEL_NOT_PICTURE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|include|includes|included|"
    r"believes|thinks|read|reads)\b|^(?:The )?[Bb]ottom line$|^(?:But|And|So|Yet|Or)\b"
    # (a clause's contracted verb: "Here's the thing: That statistic is overstated.", judge SE 03)
    r"|^(?:Here|There|What|That|It|Who)['’]s\b")


# a picture's label of five or six words: a noun phrase, no clause's opening ("It's based on a
# calculation:") nor one that goes on into the line ("The poll strongly suggests that:"), nor a
# line of copy that brings in what it names ("The verdict of the jury:", "The case for the defence:")
_LONG_LABEL = re.compile(r"(?!(?:It|That|There|Here|What|This|These|Those|Which|Who)\b|(?:It|That|There|Here|What)['’]s\b)"
                         r"(?!.*\b(?:that|this|which|who|suggests|shows|means|says|reveals|found|finds)$)"
                         r"(?!.*\b(?:verdict|result|results|response|reply|case|cost|costs|timeline|steps?|news|question|"
                         r"questions|winners?|losers?|things|advice|key|lessons?|damage|reasons?|answers?|problems?|"
                         r"issues?|outcome|decision|message|plan|points?|truth|score|impact|effects?|facts?|details|"
                         r"verdicts|options?|rules?|changes?|figures|numbers|warning|tips?|view|story)\b)")
# what shows a long label's line is a picture's: a picture's words, no stop of a sentence's at its end,
# or a caption's length run on into the story's sentence after it
_PICTURE_CUE = re.compile(r"\((?:left|right|centre|center|above|below|pictured|inset|file)|\bpictured\b|\bseen here\b|"
                          r"\bfile (?:picture|photo|image)\b|\bphotographed\b")
LONG_LABEL_LINE = 30  # words of a long label's line run on into a sentence of the story


def run_on_label(line: str) -> bool:
    """Is ``line`` a picture's long label run on into a sentence of the story with its stop ("Almost
    as big as a person: Ben dwarfs ... this season Ben's arrival came a fortnight after the largest
    lamb born in the UK weighed in ..."): a caption whose last words the next line may lean on?"""
    label = _LABEL.match(line) if ":" in line else None
    return label is not None and 5 <= len(label.group("label").split()) <= 6 \
        and len(line.split()) >= LONG_LABEL_LINE and line.rstrip()[-1:] in ".!?\"'”’" \
        and _LONG_LABEL.match(label.group("label")) is not None and not _LABEL_NOT_PICTURE.search(label.group("label"))


def _long_label(label: str, line: str) -> bool:
    return _LONG_LABEL.match(label) is not None and (
        _PICTURE_CUE.search(line) is not None or line.rstrip()[-1:] not in ".!?\"'”’"
        or len(line.split()) >= LONG_LABEL_LINE)


# someone's words announced by what they are: "His message:", "Her reply:", "Their answer:" (a possessive
# pronoun's: a picture's label names whom it shows)
_WORDS_OF = re.compile(r"^(?:His|Her|Their|Its)\s(?:message|reply|answer|response|advice|warning|plea|verdict|"
                       r"explanation|excuse|instruction|instructions|words|view|conclusion|request|demand|promise)$")


# words told as someone's: a quotation, or a clause in the first or second person or an address
_WORDS_TOLD = re.compile(r"[\"“‘']|(?:I|I'm|I've|I'll|We|We're|We've|We'll|You|You're|There's|There\sis|There\swill|It's|"
                         r"Don't|Do\snot|Please|Let's|Stay|Come|Never|Thank)\b")


# a picture's words inside a label's line: a dash, a bracket, "pictured", "says" (no one's words then)
_PICTURE_WORDS = re.compile(r"\s[-–—]\s|\(|\bpictured\b|\bshown\b|\bsays\b|\bsaid\b|\bseen\b")


SAID = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|explained|insisted|stated|wrote|writes|"
    r"claimed|warned|argued|announced|declared|tweeted|noted|replied|continued|admitted)\b",
    re.IGNORECASE,
)


DOUBLE_MARK = re.compile('["“”]')


# a capitalised connective straight after a lower-case word: a lost sentence boundary
MARKS_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]")  # words inside double quotes are the speaker's


# a photo's caption as the Daily Mail sets it between paragraphs, with no label: a name doing
# in the present tense what the picture shows ("Bosch jumps into the arms of ...", "Thiago is
# congratulated on his strike by ...", "Striker Charlie Austin celebrates after scoring ...")
PICTURE = re.compile(
    r"^(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|What|When|Before|After|His|Her|Their|"
    r"Our|Its|There|Here|To|In|On|At|As|For|With|From|By|If|Once|While|Since|Then|Now|Also|And|But|Or|So|"
    r"Yet|Both|Each|Every|All|Some|Many|Most)\b)[A-Z][\w'’.\-]*(?: (?:[A-Z][\w'’.\-]*|of|No|\d+|and|&)){0,6},? "
    r"(?:celebrates?|poses?|smiles|jumps|waves|raises|kisses|hugs|embraces|kicks|fires|fends off|blows|"
    r"shakes hands|gestures|reacts|walks off|looks on|holds|scores (?:for|against|his|her|the)|"
    r"(?:is|are) (?:pictured|seen|mobbed|congratulated|tackled|consoled|greeted|embraced))\b")


# whom the picture shows, after a dash at the caption's end: "... last summer - Ryan Mason pictured
# in action against Chicago Fire."
_DASH_PICTURED = re.compile(r"\s[-–—]\s(?:[A-Z][\w'’.-]+\s){1,4}(?:\([a-z]+\)\s)?(?:is\s|are\s)?pictured\b[^.;:\"“]{0,80}\.?$")


# the picture itself named: "This sequence of images captured by ... show ...", "The photo shows ..."
_PICTURE_NAMED = re.compile(r"^(?:(?:This|These) (?:(?:sequence|series|set) of )?(?:[a-z]+ )?(?:images?|pictures?|photos?|"
                            r"photographs?|stills?)\b|The (?:photo|picture|image|photograph)s? (?:shows?|above|below)\b"
                            # a graphic's line and its credit: "The breakdown of all goals scored by ...",
                            # "Stats courtesy of Opta."
                            r"|(?:The|A) (?:breakdown|graphic|chart|table|infographic) (?:shows?|below|above)\b"
                            r"|(?:The|A) (?:breakdown|graphic|chart|table|infographic) of\b(?![^.]*\b(?:is|are|was|were|has|"
                            r"have|had|will|[a-z]+ed (?:the|a|an|his|her|their|its))\b)"  # (a label: no verb of its own)
                            r"|(?:Stats|Statistics|Data|Figures|Graphics?|Pictures?|Photos?|Images?) courtesy of\b)")


# a fronted phrase whose title holds a colon: "With the new Avengers: Age of Ultron movie released
# this week, ..." (a picture's label does not end on a capitalised title after "the new")
_TITLE_IN_PHRASE = re.compile(r"^(?:With|After|Following|Since|Despite|Before|Ahead of|As|Like)\s(?:the\s)?(?:new|latest|"
                              r"upcoming|last|first|hit)\s[A-Z][\w'’-]*$")


# a picture's line that says so first: "Pictured is one of the homes ...", "Pictured: the house in ...",
# "Pictured above, ...", "Pictured with her mother, ..." (not "Pictured as a hero by the press, he ...")
_PICTURED_FIRST = re.compile(r"^Pictured(?::|,|\s(?:is|are|above|below|here|left|right|top|bottom|from|with|in|at|on|"
                             r"during|outside|inside|after|before|together|alongside|leaving|arriving)\b)(?![^.]*,\s(?:he|she|they|it)\s)")


# a name, then what the picture shows it doing: into the camera, or in the present at a moment of
# years ago ("... punches the ball past Peter Shilton during the 1986 World Cup quarter final.")
_PICTURE_MOMENT = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,3}(?:(?:looks|stares|gazes|smiles|grins|poses)\s(?:into|at|for)\s"
                             r"the\scamera\b|[a-z]+s\s[^.,;]{0,80}?\sduring\s(?:the\s)?(?:19|20)\d\d\b[^,;]{0,50}\.$)")


# a place the line points at as the picture shows it, then where it stands, outside a quotation: "... led police
# to Example at this apartment complex near Northtown University" (not "in this country", "at this stage",
# "Residents of this quiet street", "The staff at this hotel were ...": the story's own, reviewer rev46)
_AT_THIS = re.compile(r"\b(?:at|outside|near|inside|on|in)\sthis\s(?:[a-z]+\s)?(?:apartment\scomplex|"
                      r"housing\scomplex|building|house|home|flat|apartment|street|car|vehicle|bridge|"
                      r"church|hotel|restaurant|pub|shop|store|beach|cul-de-sac)\s(?:near|in|on|off|outside|at)\s[A-Z]"
                      # (or what a picture shows written on it: "Northtown, written in Hindi on this label, ...")
                      r"|\b(?:written|printed|painted|carved|shown|seen|pictured)\s(?:[a-z]+\s|[A-Z][a-z]+\s){0,3}"
                      r"(?:at|in|on|from|of|into)\sthis\s(?:[a-z]+\s)?(?:rope|label|picture|photo|image|photograph)\b")


_WRITER_I = re.compile(r"(?:^|[\s,;(])(?:I|I['’]ve|I['’]m|I['’]d)\s(?!\))")
_OPENS_A_QUOTATION = re.compile(r"[\"“‘]|(?<!\w)'")


def caption(sentence: str, position: int) -> bool:
    s = sentence.strip()
    if s.startswith("Pictured") and _PICTURED_FIRST.match(s):
        return True
    if s[:1] in "TASDFGPI" and _PICTURE_NAMED.match(s):
        return True
    if "(" in s and (_FROM_LR.match(s) or PHOTO_MARK.search(s)):
        # (not the writer's own line with its picture's mark, no one quoted in it: "I spent a few months testing
        # Nomad's version (pictured above) ...", judge QJ 07; a caption never tells a picture in the first person)
        return _OPENS_A_QUOTATION.search(s) is not None or not _WRITER_I.search(s)
    if "(" in s and (aside := PICTURE_ASIDE.search(s)) \
            and (s[aside.end():aside.end() + 1] == " " and s[aside.end() + 1:aside.end() + 2].isupper()
                 or not _STORY_VERB.search(_BRACKETED_ASIDE.sub(" ", s))):
        return True  # (a caption's line, its verb in the present, or one a line runs on after)
    if ("left" in s or "right" in s or "cent" in s) and _POSITIONED.search(s):
        return True
    if ("pictured" in s or "shown" in s or "seen" in s) and _PICTURED.search(MARKS_SPAN.sub(" ", s)):
        return True
    if s.startswith("Here") and _HERE_SEEN.match(s) and not _SPOKEN.search(s):
        return True  # "Here promise is seen heavily contouring her face ...": the picture's line
    if position and " this " in s and _AT_THIS.search(s) and not ANY_MARK.search(s):  # (a speaker's "this" is theirs)
        return True  # "The victim led police to Example at this apartment complex near ...": the picture's place
    if "pictured" in s and _DASH_PICTURED.search(s):
        return True  # "Tottenham return to the US ... - Ryan Mason pictured in action against Chicago Fire."
    if ("arrow" in s or "circle" in s or "marked" in s or "map" in s) and _GRAPHIC.search(s):
        return True  # "... near junction 13 as shown by the red arrow": the graphic's line
    if position and (" camera" in s or " during " in s) and _PICTURE_MOMENT.match(s) and not SAID.search(s):
        return True  # "Maradona looks into the camera after ...", "Maradona punches the ball past X during the 1986 ..."
    if position and _IN_ACTION.match(s) and not SAID.search(s):
        return True
    if position and (" from the " in s or " to " in s) and _GOAL_MOMENT.match(s) and not ANY_MARK.search(s):
        return True  # "Northtown midfielder Sam Example slots home from the penalty spot to secure ...": a goal's picture
    if position and " pictured " in s and (m := _ROLED_PICTURED.match(s)) and not SAID.search(s) \
            and all(w in _PICTURED_JOINS or w in ROLES_BEFORE_NAME for w in re.findall(r"(?<=\s)[a-z]+(?=\s[A-Z])", m.group(0))):
        return True  # "Mumbai Indians batsman Rohit Sharma pictured in action for India ..."
    if position and " during " in s and PHOTO_VERB.match(s) and not SAID.search(s):
        return True  # "Sam Example applauds supporters during the clash with ...": a picture's moment
    if ":" in s and _LIST_LABEL.match(s) and not SAID.search(s[:s.index(":")]):
        return True  # "Blood, sweat and tears: According to his trainer, ...": a picture's label of three words
    label = _LABEL.match(s) if ":" in s else None
    if label and _TITLE_IN_PHRASE.match(label.group("label")):
        label = None  # "With the new Avengers: Age of Ultron movie released ...": a title's colon
    if label and _WORDS_OF.match(label.group("label")) and _WORDS_TOLD.match(label.group("rest")) \
            and not spaced_stop(s) and len(label.group("rest").split()) <= 12 and s.rstrip()[-1:] in ".!?" \
            and not _PICTURE_WORDS.search(label.group("rest")):
        label = None  # "His message: There's going to be an announcement.": someone's words, told
    if label and not SAID.search(label.group("label")) and not DOUBLE_MARK.search(label.group("label")):
        label_words = label.group("label").split()
        rest = label.group("rest")
        if len(label_words) <= 5 and (spaced_stop(s) or len(rest.split()) <= 8) \
                and not rest.startswith(("'", '"', "‘", "“")) and not _LABEL_NOT_PICTURE.search(label.group("label")):
            return True
        # the Daily Mail's picture label before a whole sentence: "Behind bars: Saad, 37, was
        # recently sentenced ...", "Shedding the pounds: David Rush, 33, ..." (not a list's
        # "Four others were: ...", a column's "Bottom line: ...", nor a capitals subhead)
        if len(label_words) <= (6 if _long_label(label.group("label"), s) else 4) and rest[:1].isupper() \
                and not _LABEL_NOT_PICTURE.search(label.group("label")) and not label.group("label").isupper():
            return True  # (or of five or six words that name what the picture shows: "Her love interest
            # these days: Jones is now dating ...", "An artist's impression of the pub: The ...")
    return False


# a line that tells a picture's person doing something in the present: a name of one to three words
# (not an opener: "The", "This", "Previous"), maybe an adverb, and a picture's verb ("Van Example jokes
# that ...", "Jo Tanveer gleefully reads ...", "Niko Example attempts to get ...")
_PRESENT_LINE = re.compile(r"^(?!(?:The|This|That|These|Those|A|An|Previous|Other|Some|Many|Most|When|While|If|As|"
                           r"In|On|At|After|Before|Think|There|Here|It|He|She|They|We|You|I)\s)"
                           r"(?:[A-Z][\w'’.-]+\s)(?:(?:van|de|der|von|da|di|le|la)\s)?(?:[A-Z][\w'’.-]+\s){0,2}"
                           r"(?:[a-z]+ly\s)?(?:reads|jokes|attempts|starts off|watches|checks|shows off|awaits|"
                           r"reacts|greets|hugs|gestures|points|looks on|looks at|stares|clutches|carries|wears|poses)\b")
# (or a crowd doing the picture's thing: "Twitter users react to the blunder ...", "Northtown fans celebrate
# at the final whistle", "Intrigued locals take pictures of the flaming water ...")
_CROWD_PRESENT = re.compile(r"^(?!(?:When|Where|If|As|But|And|While|Once|Until|Unless|Before|After)\s)"
                            r"(?:[A-Z][\w'’.-]*\s){0,2}(?:[a-z]+\s)?(?:[Ff]ans|[Ss]upporters|users|[Rr]esidents|[Ll]ocals|"
                            r"[Vv]iewers|[Oo]nlookers|[Cc]rowds|[Ss]pectators|[Mm]ourners|[Ss]hoppers|[Tt]ourists|[Vv]illagers|"
                            r"[Pp]rotesters|[Ww]ell-wishers|[Ww]ellwishers)\s(?:react|watch|gather|look on|celebrate|queue|cheer|"
                            r"take pictures|take photos|take selfies|pay tribute|lay flowers)\b")
# (copy in the present of habit, not a picture's moment: "Fans queue outside the ground every Saturday")
_HABIT = re.compile(r"\b(?:every|each|nightly|daily|weekly|often|usually|always|regularly|sometimes|weekends?|"
                    r"whenever)\b", re.IGNORECASE)
_NAMED_NUMBER = re.compile(r"\b[A-Z][\w'’-]*\s\d+\b")  # (a name's number is no figure: "Channel 7", "Apollo 11")
# (a line the next one leans on: "The queue ...", "They ...", "It ...")
_LEANS_ON_IT = re.compile(r"(?:The\s[a-z]+|They|It|This|That|These|Those)\b")


def _crowd_caption(sentences: Sequence[str], out: list[str], i: int) -> bool:
    """Is line ``i``, right after a picture, a crowd doing the picture's thing in the present
    ("Twitter users react to the blunder ...")? After a caption, or after the stop a picture left
    only as the page's last line; never with a habit, a figure, or a next line that leans on it
    (reviewer rev45b: "Shoppers queue at the only cash machine. | The queue ...")."""
    s = sentences[i]
    if not _CROWD_PRESENT.match(s) or _HABIT.search(s) or _DIGIT.search(_NAMED_NUMBER.sub("", s)):
        return False
    if out[i - 1] != "caption" and i + 1 < len(sentences):
        return False
    return i + 1 >= len(sentences) or not _LEANS_ON_IT.match(sentences[i + 1])


# a bare nationality noun opening a line in the present, as copy never does: "Dutchman reads out ..."
_BARE_NATIONALITY = re.compile(r"^(?:Dutchman|Frenchman|Englishman|Scotsman|Welshman|Irishman|Spaniard)\s"
                               r"(?!(?:is|was|has|does)\b)[a-z]+s\b")


def present_beside_captions(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """On a page with captions, a shippable line right after a caption (or the stop a picture left)
    that tells a named person doing something in the present, with no quotation, no speaker and no
    time of its own ("Van Example jokes that £35 million ... may be a little optimistic." after
    "Dutchman reads out the names of ..."): the next picture's caption. A bare nationality noun
    opening a line in the present ("Dutchman reads out ...") is a caption wherever it stands on
    such a page, and so are two such lines in a row ("Jo Example gleefully awaits ... | Van Example
    reads the carefully written document ..."), after a story line too."""
    if not any(r in PICTURE_ROLES for r in out):
        return
    for i in range(1, len(sentences)):
        s = sentences[i]
        if out[i] not in shippable or DOUBLE_MARK.search(s) or s[:1] in "'‘" or SAID.search(s):
            continue
        if _BARE_NATIONALITY.match(s) or s.startswith("Scene") and _SCENES.match(s) \
                or _PRESENT_LINE.match(s) and i + 1 < len(sentences) and _PRESENT_LINE.match(sentences[i + 1]) \
                and not _TIME_OF_ITS_OWN.search(sentences[i + 1]) and not _STORY_PRESENT.search(s) \
                and not _STORY_PRESENT.search(sentences[i + 1]) \
                or picture_moment(s) and i + 1 < len(sentences) and picture_moment(sentences[i + 1]) \
                or out[i - 1] in PICTURE_ROLES and (_PRESENT_LINE.match(s) or _crowd_caption(sentences, out, i)
                                                    or _SEEN_DOING.match(s) and not _DIGIT.search(s)
                                                    or picture_moment(s)
                                                    or s.endswith(".") and _ENDS_PRESENT.search(s)) \
                and not _TIME_OF_ITS_OWN.search(s):
            out[i] = "caption"
    for i in range(1, len(sentences) - 1):  # (a short line between a picture's stop and its caption is the caption's
        # label: "." | "Example's football skills aid his powerful kicking." | "Northtown winger ... shows his speed ...";
        # not a product's name and price, "Egg on Toast, £12.", whose line the next one leans on)
        if out[i - 1] == "picture" and out[i + 1] == "caption" and out[i] in shippable \
                and len(sentences[i].split()) <= _LABEL_WORDS and not A_MARK.search(sentences[i]) \
                and not _DIGIT.search(sentences[i]) \
                and not SAID.search(sentences[i]) and not LEANS_OPENING.match(sentences[i]):
            out[i] = "caption"


_LABEL_WORDS = 10


def picture_moment(line: str) -> bool:
    """Does ``line`` tell a person in a picture's moment of play or pose, in the present (below)?"""
    return _ACTION_PRESENT.match(line) is not None and not _STORY_PRESENT_WORDS.search(line)


# a person in a picture's moment of play or pose, told in the present right after the picture's stop
# (or in two such lines in a row): "Alex Example leaps the tackle of Jo Example during ...", "Northtown 92
# winger Sam Example shows his speed to ...", "Sarries' stand-in captain Example places his grubber kick
# ..." (the subject a name, a role or a side's, seven words at most, with no verb of its own)
_ACTION_PRESENT = re.compile(r"^(?!(?:The|This|That|These|Those|It|He|She|They|We|You|I|When|While|If|As|After|Before)\s)"
                             r"[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|[a-z][a-z'’-]*(?<!ed)(?<!ing)|\d+)){0,6}?\s"
                             r"(?:leaps|kicks|places|evades|fends off|raises|jumps|dives|heads|shoots|fires|celebrates|salutes|"
                             r"waves|smiles|laughs|races|sprints|slides|battles|tussles|tackles|lifts|embraces|applauds|skips|slots|"
                             r"rises|grabs|kisses|trudges|strides|stretches|swings|throws|catches|clears|dribbles|strikes|"
                             r"shows\s(?:his|her|their)\s(?:speed|skill|skills|class|strength|delight|frustration|joy))\b")
_STORY_PRESENT_WORDS = re.compile(r"\b(?:said|says|told|will|would|has been|have been|had|was|were|next|last|tomorrow|"
                                  r"yesterday|every)\b")
# a picture's scene, with no verb of its own: "Scenes of elation as Saracens clinch victory ..." (not
# "Scenes of chaos at Dover led to ...", whose verb tells news)
_SCENES = re.compile(r"Scenes?\sof\s[a-z]+\sas\s")
# a still of a video, in the present, of a person: "The man is seen bending down and picking up the bird ..."
# (not "The average price is seen falling", a forecast; nor "can be seen", told of a video in the copy)
_SEEN_DOING = re.compile(r"(?:The\s(?:man|woman|boy|girl|thief|driver|couple|pair|suspect)|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                         r"\s(?:is|are)\sseen\s[a-z]+ing\b")
# a picture's people doing its thing at the line's end: "England's first team through to the semi-finals ... celebrate."
# (not "little to celebrate.", an infinitive)
_ENDS_PRESENT = re.compile(r"(?<!\sto)(?<!\swill)(?<!\scan)\s(?:celebrate|celebrates)\s?\.$")


# a story's own present (a court's "awaits sentencing", a profile's habit, a figure): no picture's moment
# (reviewer rev47)
_STORY_PRESENT = re.compile(r"\b(?:points out|awaits (?:sentencing|trial|the outcome|a decision|the result)|"
                            r"every (?:day|morning|night|week|Friday|Monday|weekday)|with ease|as she has|as he has)\b|\d")

_DIGIT = re.compile(r"\d")  # (a figure is news: "carrying a holdall containing £40,000")
_TIME_OF_ITS_OWN = re.compile(r"\b(?:tomorrow|tonight|next|will|yesterday|last|on (?:Monday|Tuesday|Wednesday|Thursday|"
                              r"Friday|Saturday|Sunday)|this (?:week|month|year|season|summer|weekend))\b")


def retold_between_captions(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line between two captions, no quotation and opening on nothing it leans on, whose
    names and figures the story told before it, all of them ("Serena Williams strikes a pose next to
    her cake ... | Williams beat Sabine Lisicki in three sets on Wednesday to progress to the
    semi-finals of the Miami Open. | Willaims celebrates as ..." after a lead on her win over Lisicki
    at the Miami Open): a caption that tells the lead again (judge OD 02, fc-028)."""
    told = ""
    for i in range(1, len(sentences) - 1):
        if out[i - 1] in shippable:
            told += " " + sentences[i - 1]
        s = sentences[i]
        if not _alone_between_captions(sentences, out, shippable, i):
            continue
        names = [n for n in _NAME_WORD.findall(s) if n not in _DAYS]
        if len(names) >= 2 and all(n in told for n in names) \
                and all(f in told for f in _FIGURE.findall(s)):
            out[i] = "caption"


_NAME_WORD = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_DAYS = frozenset(w.capitalize() for w in (*WEEKDAYS, *MONTHS))  # (a day is no one told before)
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def between_spaced_captions(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line between two captions that each end on a stop standing apart (the Daily Mail's
    " ."), itself no quotation and opening on nothing it leans on ("... run the show for Saracens on
    Saturday . | England centre Brad Barritt will captain Mark McCall's side against at Stade
    Geoffroy-Guichard. | Owen Farrell has recovered from a knee injury ... ."): the picture's caption
    between them (judge OH 08, fc-033). Not "Joining them in being ruled out is ...", which leans on
    the line before it."""
    for i in range(1, len(sentences) - 1):
        if spaced_stop(sentences[i - 1]) and spaced_stop(sentences[i + 1]) \
                and _alone_between_captions(sentences, out, shippable, i):
            out[i] = "caption"


def _alone_between_captions(sentences: Sequence[str], out: list[str], shippable: frozenset[str], i: int) -> bool:
    """Is line ``i`` a shippable line between two captions, no quotation, opening on nothing it leans on?"""
    s = sentences[i]
    return out[i] in shippable and out[i - 1] == "caption" and out[i + 1] == "caption" \
        and not ANY_MARK.search(s) and not LEANS_OPENING.match(s)


# a line's first words that lean on what came before it: a pronoun, a connective, a participle's object
LEANS_OPENING = re.compile(r"(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|But|And|So|Also|However|"
                            r"Meanwhile|[A-Z][a-z]+ing\s(?:them|him|her|it)\b)\b")


def death_told_again(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line that tells again a death a line before it told, the same age and the same
    name ("Richie Benaud has passed away at the age of 84 ..." | ... | "Richie Benaud, one of
    cricket's great personalities, has died at the age of 84 after battling skin cancer."): the
    caption under a picture of the dead, in other words (judge OH 09, fc-211)."""
    told: list[tuple[str, str]] = []  # (the age, the line) of each death told
    for i, s in enumerate(sentences):
        m = _DIED_AT.search(s) if out[i] in shippable and ("died" in s or "passed away" in s) else None
        if m is None:
            continue
        age = m.group("age") or m.group("at")
        names = set(_NAME_WORD.findall(s[:m.start()])) - _DAYS
        if any(age == was and names and names <= set(_NAME_WORD.findall(line)) for was, line in told) \
                and not ANY_MARK.search(s):
            out[i] = "caption"
            continue
        told.append((age, s))


_DIED_AT = re.compile(r"\b(?:has died|died|has passed away|passed away)\b[^.;]*?\bage of (?P<age>\d+)"
                      r"|\b(?:has died|died|has passed away|passed away) at (?P<at>\d+)\b")


# a bare ", illustrated," four words or more into a line: the picture's ("... 4.5 billion years ago, illustrated,
# various planetesimals"), not a work's ("Her memoir, illustrated with ...,", "The report, illustrated, runs to ...")
_ILLUSTRATED = re.compile(r"^(?:\S+\s){3,}\S+, illustrated, ")


def named_pictures(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> bool:
    """On a page with captions, the lines that tell a picture of named people in the present
    ("Sam Example and Jo Brook serve food during a barbecue in May 2011") or with "pictured"
    between commas: captions too. Whether the page had captions to read them by."""
    ran = "caption" in out or "picture" in out  # (or where a picture stood, its stop left alone: ".")
    for i, s in enumerate(sentences):
        subhead = out[i] == "standfirst" and i >= 3 and s[-1:] not in ".!?\"'’”" \
            and (name := _FULL_NAME.match(s)) is not None \
            and re.search(r"\b" + name.group("surname") + r"\b", " ".join(sentences[:i])) is not None
        # (its person the story told of: a subhead's own, "Harbour master prepares ahead of ..." or a name the
        # story never told, leads the section's "She ..." after it, reviewer rev50b)
        # (or, on any page, a line with no stop read as a subhead past the top: "Lewis Hamilton stands on his
        # Mercedes after winning the Bahrain Grand Prix", which the story's "It was another ..." would lean on)
        if i and (ran and out[i] in shippable or subhead) \
                and ((", pictured" in s or ", here " in s or _ILLUSTRATED.search(s))
                     and PICTURED_INSERT.search(MARKS_SPAN.sub(" ", s))
                     or (PHOTO_VERB.match(s) or PRESENT_CAPTION.match(s) or PRESENT_ROLE_CAPTION.match(s)
                         or MATCH_MOMENT.match(s) or s[-1:] not in ".!?" and _AFTER_WIN.match(s)) and not SAID.search(s)):
            out[i] = "caption"
    return ran
