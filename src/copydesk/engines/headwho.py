"""Who a headline keeps credited: an accuser's allegation ("..., Prosecutors Say"), a claimant's
warning or claim ("..., Cameron Warns"), a claim in its speaker's own quoted words ("..., Cameron
Will Say"), what a court heard ("..., Court Hears"). A headline
drops other speakers; these it keeps, or the claim reads as the desk's own fact.

Used by ``engines/headline.py`` (``trim`` and ``write_headline``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from copydesk.engines.headrules import QUOTED_SPAN
from copydesk.engines.spans import ignorecase_literal
from copydesk.engines.verbs import main_verbs
from copydesk.gazetteer import gazetteer
from copydesk.lexicon import ROLES_BEFORE_NAME, sex_cues

# who accuses: what they say of a suspect is an allegation, and a headline keeps it attributed
# ("Six Men Conspired to Join ISIS, Prosecutors Say"), where other speakers are dropped
ACCUSER = re.compile(r"\b(?:(?P<many>prosecutors|police|detectives|investigators|authorities|court (?:documents|papers|records)"
                      r"|charging documents)|(?P<one>(?:the )?(?:criminal )?(?:complaint|indictment|lawsuit|FBI)))\b")


def accused(headline: str) -> bool:
    """Does ``headline`` end with an accuser's attribution (", Police Say"), a claimant's
    (", Cameron Warns") or a paper's (", BBC Understands")?"""
    m = re.search(r",\s+([\w ]{3,30}?)\s+says?$", headline, re.IGNORECASE)
    return m is not None and ACCUSER.fullmatch(m.group(1).lower()) is not None \
        or _CLAIMANT_HEAD.search(headline) is not None or _UNDERSTANDS_HEAD.search(headline) is not None


# a paper's own unconfirmed report, after it: ", BBC Understands" (``trim`` keeps it from "The BBC
# understands ...")
_UNDERSTANDS_HEAD = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+(?:[Oo]n\s+)?){1,3}[Uu]nderstands$")  # ("Mail on Sunday")


# a claim's speaker, after it: ", David Cameron warned today." (a warning, a claim, a prediction is
# the speaker's, and a headline that drops the speaker states it as fact)
_CLAIMANT = re.compile(r"^,\s+(?:[A-Z][\w'’.-]+\s+){0,3}(?P<who>[A-Z][\w'’-]+)\s+(?:has\s+|have\s+)?"
                       r"(?P<verb>warned|warns|claimed|claims|insisted|insists|predicted|predicts|alleged|alleges)\b")
_CLAIMANT_HEAD = re.compile(r",\s+[A-Z][\w'’-]+\s+(?:Warns|Claims|Insists|Predicts|Alleges)$")
_CLAIM_PRESENT = {"warned": "warns", "claimed": "claims", "insisted": "insists", "predicted": "predicts",
                  "alleged": "alleges"}


# the same with a clause after it: ", Ed Balls claimed today as Labour stepped up its attack"
_CLAIMANT_THEN = re.compile(_CLAIMANT.pattern.removeprefix("^")
                            + r"(?:\s+(?:today|yesterday|tonight|last night|this week|on [A-Z][a-z]+day))?"
                            r"\s+(?:as|after|while|when|amid|in)\s")


def claimant_before_clause(text: str) -> tuple[int, str] | None:
    """Where the claim of "David Cameron has a 'secret plan' to cut taxes, Ed Balls claimed today
    as Labour ..." ends, and the speaker its headline keeps ("Balls Claims"); None when no
    claimant's attribution with a clause after it follows the claim."""
    m = _CLAIMANT_THEN.search(text)
    if m is None:
        return None
    return m.start(), f"{m.group('who')} {_CLAIM_PRESENT.get(m.group('verb'), m.group('verb'))}"


def kept_speaker(attribution: str) -> str | None:
    """"Prosecutors Say" for "..., federal prosecutors said Monday": the accuser that an
    allegation keeps in its headline; "Cameron Warns" for "..., David Cameron warned today": the
    speaker a warning or a claim keeps; None for any other speaker."""
    claimant = _CLAIMANT.match(attribution)
    if claimant:
        verb = claimant.group("verb")
        who = claimant.group("who")
        if who in _ORGANISATION or who == "State":  # a body named in full: "Islamic State", not "State"
            who = " ".join(attribution[:claimant.start("who")].split()[1:] + [who])
        return f"{who} {_CLAIM_PRESENT.get(verb, verb)}"
    m = ACCUSER.search(attribution.lower())
    if m is None:
        return None
    if m.group("many"):
        return f"{m.group('many')} say"
    return f"{m.group('one').removeprefix('the ')} says".replace("fbi", "FBI")


def quoted_claimant(attribution: str, claim: str) -> str | None:
    """"Cameron will say" for "David Cameron will say today that high taxes are 'immoral'": a
    claim whose words are the speaker's own (a quotation inside it) or a prediction (a modal
    verb: "would have an increased duty") keeps its speaker, named by surname; None when the
    claim quotes nobody and predicts nothing, or no person is named."""
    if not QUOTED_SPAN.search(claim) and not _MODAL.search(claim):
        return None  # (a prediction is a claim too: "Katy Bourne said emergency services would have ...")
    m = _NAMED_SPEAKER.match(attribution)
    if m is None or not _ORGANISATION.isdisjoint(m.group(0).split()):
        return None  # ("Health Inspectorate Wales said": a body, not a person)
    verb = "will say" if m.group("will") else "says"
    return f"{m.group('surname')} {verb}"


_MODAL = re.compile(r"\b(?:would|could|might|will|should)\b")


# a person's view of how things stand: the claim's first verb one of these, in the present ("the new
# legislation reflects the needs of Bolivia", "the deal is good for Britain")
_VIEW_VERBS = frozenset("reflects represents shows proves means remains deserves needs lacks matters is are".split())
# (not a state told by an event: "is charged", "are being held", "is expected to", "is due to")
_EVENT_AFTER = re.compile(r"(?:being|expected|due|set|about|likely|going|[a-z]+ed|[a-z]+ing|[a-z]+en)$")
# a speaker named by a title and a name: "Vice-President Alvaro Garcia Linera said"
_TITLED_SPEAKER = re.compile(r"^(?P<run>(?:[A-Z][\w'’.-]+\s+){1,5}?)(?:said|says)\s")


def judging_speaker(attribution: str, claim: str) -> str | None:
    """"Vice-President says" for "Vice-President Alvaro Garcia Linera said the new legislation
    reflects the needs of Bolivia" (judge RK 09: "New Legislation Reflects Needs of Bolivia" told
    an official's view as the desk's fact): a named person's view of how things stand keeps its
    speaker, by surname, or by title when the name runs to three words and more (whose surname is
    "Garcia Linera"?); None for an event told, a body's words, or no person named."""
    m = _TITLED_SPEAKER.match(attribution)
    tokens = claim.split()
    verbs = main_verbs(tokens) if m else []
    if not verbs or tokens[verbs[0]].lower() not in _VIEW_VERBS:
        return None
    if tokens[verbs[0]].lower() in ("is", "are") and verbs[0] + 1 < len(tokens) \
            and _EVENT_AFTER.match(tokens[verbs[0] + 1].lower()):
        return None
    run = m.group("run").split()
    if not _ORGANISATION.isdisjoint(run) or any(w.endswith(("'s", "’s")) for w in run):
        return None
    titled = run[0].split("-")[-1].lower() in ROLES_BEFORE_NAME
    name = run[1:] if titled else run
    if not name:
        return None
    return f"{run[0]} says" if titled and len(name) >= 3 else f"{name[-1]} says"


def told_by(headline: str) -> bool:
    """Does ``headline`` end on the speaker ``quoted_claimant`` kept ("..., Cameron Will Say")?
    The saying is then the news, not a standing fact."""
    return _SAYS_TAIL.search(headline) is not None


_ORGANISATION = frozenset("""Inspectorate Council Police Department Ministry Commission Office Service Agency
Authority Board Trust Court Government Party Association Union Institute University Bank Group Company Club
Foundation Society Committee Organisation Organization Network Federation League News Times Post""".split())
# a claim with its speaker after it ("..., Cameron Will Say")
# (not "..., Sam Sample Insists" and the like too: withdrawn, one side's claim then headed a story whose next
# line told it false, "Water Is Safe to Drink, Northtown Water Insists" over hundreds ill, reviewer rev42d)
_SAYS_TAIL = re.compile(r",\s[A-Z][\w'’-]+\s(?:[Ww]ill\s[Ss]ay|[Ss]ays)$"
                        r"|,\s(?:[A-Z][\w'’&-]+\s){1,4}[Ww]arns$")  # (a body's warning: "..., Sutton Trust Warns")
# a person named before "said"/"says"/"will say" ("David Cameron will say today that")
_NAMED_SPEAKER = re.compile(r"^(?:[A-Z][\w'’-]+\s+){0,3}(?P<surname>[A-Z][\w'’-]+)\s+(?:(?P<will>will\s+)?say|said|says)\b")


# what a court, tribunal or inquest heard: an allegation, not a fact a headline may state bare
_ALLEGATION = re.compile(r"\b(?:court|tribunal|inquest|hearing|jury|trial)\s+(?:has\s+|had\s+|was\s+|were\s+)?"
                         r"(?:heard|told)\b|\ballegedly\b"
                         r"|\baccording to (?:the |a )?(?:law)?(?:suit|complaint|indictment|charges?|allegations?|claim)\b"
                         r"|\b(?:law)?suit,?\s+(?:\w+\s+){0,4}?(?:claims|alleges|alleged|claimed)\b", re.IGNORECASE)
# what every match of ``_ALLEGATION`` holds, lowercased ("suit" for "lawsuit")
_ALLEGATION_WORDS = ("heard", "told", "allegedly", "according to", "suit")


def allegations(text: str) -> set[str]:
    """The matches of ``_ALLEGATION`` in ``text``, lowercased (the pattern, which ignores case,
    runs only when one of its words stands in the lowercased text)."""
    if ignorecase_literal(text):
        low = text.lower()
        if not any(w in low for w in _ALLEGATION_WORDS):
            return set()
    return {m.group(0).lower() for m in _ALLEGATION.finditer(text)}


# what "allegedly" tells of, up to the clause's end: "after allegedly | throwing 12 Christians into the sea, ..."
_ALLEGED_CLAUSE = re.compile(r"\ballegedly\s+(?P<clause>[^,;.:]+)", re.IGNORECASE)


def allegation_dropped(head: str, sentence: str) -> bool:
    """Has the trim left out every word (of four letters or more) of what ``sentence`` says was allegedly done, so that
    ``head`` states no allegation and needs no "allegedly" ("Muslim migrants have been arrested for 'aggravated murder'
    after allegedly throwing 12 Christians into the sea": "Group of Muslim Migrants Arrested ..., Police Say"; not
    "Man Stabbed Wife" from "A man allegedly stabbed his wife")?"""
    low = head.lower()
    clauses = [m.group("clause") for m in _ALLEGED_CLAUSE.finditer(sentence)]
    return bool(clauses) and not any(w.lower() in low for clause in clauses for w in re.findall(r"[\w'’-]{4,}", clause))


# the attribution that closes an allegation heard in court: "..., a court heard today."
HEARD = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’]+\s+){0,3}?"
                    r"(?P<who>court|jury|inquest|tribunal)\s+(?:has\s+|had\s+)?(?P<verb>heard)"
                    r"(?:\s+(?:today|yesterday|on\s+\w+day))?\.$")
HEARS = {"heard": "Hears"}  # ("..., Jury Told" would end on a verb that wants more)


# a lead whose subject is an age alone ("The 50 year-old said ..."): the page lost the sentence
# that named the person
# (or an age and a role: "The 25-year-old wing has crossed codes ...")
# (or an age and where the person is from: "The 23-year-old from Kinross finished second")
_AGED = re.compile(r"^(\d{1,3})[- ]year[- ]old\s(?:(?![a-z]+(?:s|ed)\s)[a-z][\w-]*\s"
                   r"(?=(?:has|have|had|is|was|will|[a-z]+s|[a-z]+ed)\s)|from\s(?:[A-Z][\w'’-]+\s){1,3}"
                   r"(?=(?:has|have|had|is|was|will|[a-z]+s|[a-z]+ed)\s))?")
# a person named as a speaker at a sentence's opening: "O'Donnell wrote ...", "Mrs Example said ..."
_SPEAKER_OPENS = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?([A-Z][\w'’-]{2,})\s(?:said|says|wrote|writes|told|added|"
                            r"revealed|explained|admitted)\b")


# a person told of by surname as a clause's subject: "Charnley is hoping", "Charnley has been" (not
# "move to Sale was announced": after a preposition, a place or a club)
_NAMED_DOING = re.compile(r"(?<!\bto\s)(?<!\bat\s)(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bThe\s)(?<!\bthe\s)"
                          r"(?<![\w'’-])([A-Z][a-z][\w'’-]+)\s(?:is|was|has|had|will|would|said|says|added|told)\s")
# (a whole word: not "Donnell" in "O'Donnell said")
# (or opening a sentence with "who": "Muir, who finished fifth ...", a place never: "Scotland, who had ...")
_NAMED_WHO = re.compile(r"^([A-Z][a-z][\w'’-]+),\swho\s")


def aged_subject(head: str, sentence: str, after: Sequence[str],
                 full_name: Callable[[str], str | None] | None) -> str:
    """``head`` with an age for its subject ("50 year-old says she was ...") named, when the
    lead opens on "The" and the next sentences name one speaker and only one ("O'Donnell wrote
    ..."): the person the page's lost first sentence named (in full when the source gives it)."""
    m = _AGED.match(head)
    if m is None or not sentence.startswith("The ") or (surname := one_named_after(sentence, after)) is None:
        return head
    return f"{(full_name(surname) if full_name else None) or surname} {head[m.end():]}"


def one_named_after(sentence: str, after: Sequence[str]) -> str | None:
    """The one person the sentences ``after`` a lead that names no one tell of by name, as a speaker opening a line
    ("O'Donnell wrote ...") or else as a clause's subject ("Chorley-born Charnley is hoping"); None when they name
    no one, or more than one."""
    names = {n.group(1) for s in after if (n := _SPEAKER_OPENS.match(s))}
    # (and the people the next sentences tell of by name, whom the lead does not name: one speaker beside another
    # person named leaves in doubt whose age the lead told, "... but Example is hoping ... | Sample said ...")
    names |= {n.group(1) for s in after[:4] for n in _NAMED_DOING.finditer(s)} - set(sentence.split())
    gaz = gazetteer()
    names |= {n.group(1) for s in after[:4] if (n := _NAMED_WHO.match(s))
              and n.group(1).lower() not in gaz.countries and n.group(1).lower() not in gaz.cities}
    return names.pop() if len(names) == 1 else None


# a full name opening a sentence, before an aside's comma or its verb: "Angus Carpenter, of Liverpool, ..."
_NAME_OPENS = re.compile(r"^((?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+)(?=,\s|\s(?:has|had|was|is|denied|admitted|pleaded)\b)")


def aged_after_name(head: str, sentence: str, before: str) -> str:
    """``head`` with an age for its subject ("62-year-old found guilty ...") named, when the
    sentence opens on "The" right after one that opens on the person's full name ("Angus
    Carpenter, of Liverpool, ... denied three counts. | The 62-year-old was found guilty")."""
    m = _AGED.match(head) or _PARENT_OF.match(head)
    name = _NAME_OPENS.match(before) if m is not None and sentence.startswith("The ") else None
    return f"{name.group(1)} {head[m.end():]}" if name else head


# the roles a player is told by after their name (never one that stands to a player, "the manager",
# "the coach", "the referee": reviewer rev43)
_POSITIONS = frozenset("""midfielder striker defender goalkeeper keeper winger forward batsman bowler all-rounder
wicketkeeper player captain skipper full-back centre-back playmaker fly-half scrum-half flanker prop hooker
quarterback pitcher""".split())
_OBJECT_AFTER = re.compile(r"\b(?:him|her|them)\b")
# a person named with an age before the sentence tells of them by their role: "Sidwell, 34, has made ...
# | ... the midfielder is now hoping to sign a new deal" (the age says a person, not a club or a place)
_AGED_NAME_OPENS = re.compile(r"^((?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+),\s\d{1,2},\s")


def role_after_aged_name(head: str, sentence: str, before: str) -> str:
    """``head`` opening on a person's role ("Midfielder hoping to sign new deal", from "... the
    midfielder is now hoping ...") with the name of the person the sentence before opens on, told with
    an age ("Sidwell, 34, has made ..."), and whom this sentence names no one beside; else ``head``."""
    role = head.split(" ", 1)[0]
    if role.lower() not in _POSITIONS or f"the {role.lower()} " not in sentence.lower() \
            or (name := _AGED_NAME_OPENS.match(before)) is None or len(head.split()) < 3:
        return head
    if _OBJECT_AFTER.search(sentence.lower().split(f"the {role.lower()} ", 1)[1]):
        return head  # (the role's own clause tells of another: "the manager is hoping to keep him")
    if re.search(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\s[A-Z][a-z]+", sentence):
        return head  # (the sentence names another: "the midfielder" may be theirs)
    return f"{name.group(1)} {head.split(' ', 1)[1]}"

# a person told of as a parent ("The father-of-four pleaded guilty ..."), as a paper calls one named before
_PARENT_OF = re.compile(r"^(?:father|mother|grandfather|grandmother|dad|mum|mom)-of-(?:one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|\d{1,2})\s(?=(?:has|have|had|is|was|will|[a-z]+s|[a-z]+ed)\s)")


# the people the sentence before opens on, told by a plural noun: "The teenagers, who have not been named, were ..."
_PLURAL_OPENS = re.compile(r"^The\s((?:[a-z-]+\s)?[a-z]+(?<![su])s)\b(?=,[^.;]*?\s(?:were|are|have)\b|\s(?:were|are|have)\b)")


def they_named(head: str, before: str) -> str:
    """``head`` opening on "They" ("They released without charge", its speaker's attribution dropped)
    with the people the sentence before opens on ("The teenagers ...": "Teenagers released ..."),
    else ``head`` unchanged."""
    m = _PLURAL_OPENS.match(before)
    return f"{m.group(1)[:1].upper()}{m.group(1)[1:]} {head[5:]}" if m else head


# what befell the person before the death the story tells after it: "The 44-year-old ... had been shot in the head"
# (the line right before the death, told of the same person, plainly: not "nothing to suggest he had been attacked",
# "whether he had been assaulted", "when he was beaten as a child", a Taser's shot, reviewer rev52b)
_BEFALL = re.compile(r"^(?:(?:Police|Officers|Detectives)\s(?:said|say)\s(?:that\s)?)?(?:[Hh]e|[Ss]he|The\s(?:\d+-year-old|man|"
                     r"woman|boy|girl|victim|teenager|pensioner))\b[^.;]{0,60}?"
                     r"\b(?:had|has)\sbeen\s(?P<verb>shot|stabbed|attacked|assaulted|beaten)\b(?![^.]*\b(?:Taser|stun\sgun)\b)")
_DOUBT = re.compile(r"\b(?:not|no|nothing|never|whether|if|ruled\sout|denied|years?\sago|as\sa\s(?:child|boy|girl)|in\s(?:19|20)\d\d)\b")
_BARE_DEATH = re.compile(r"died(?:\s(?:in|at)\s(?:hospital|the\sscene))?\.?$")


def died_named(sentence: str, lead: str, before: Sequence[str] = ()) -> str | None:
    """``sentence`` ("He died later in hospital.") with its pronoun the person the lead opens on by a
    full name ("Thomas Example, known as Tommy, was found badly injured ..."), else None; a bare
    death after what the lines ``before`` it say befell them is told with it ("... had been shot in the
    head and chest. | He died later in hospital." -> "... died in hospital after being shot")."""
    name = _NAME_OPENS.match(lead)
    if len(sentence.split(None, 1)) < 2:
        return None
    male, female = sex_cues(lead)
    if male if sentence.startswith("She") else female:
        return None  # "Sam Example and his wife were injured ... | She died later": the pronoun may be another's
    rest = sentence.split(None, 1)[1].replace("later died", "died", 1).replace("died later", "died", 1)
    if name and _BARE_DEATH.match(rest) and before and (befell := _BEFALL.match(before[-1])) \
            and not _DOUBT.search(before[-1]):
        rest = f"{rest.rstrip('.')} after being {befell.group('verb')}."
    return f"{name.group(1)} {rest}" if name else None  # (no "later": after what, in a headline?)


# a finding's source, which the headline keeps: what a survey, a poll or an index found is its
# finding, never a fact the paper states ("Scottish voters would rather have ..., a new survey has
# revealed", "According to the index, Norway comes on top ...", headline audit, session 47)
_STUDY = r"(?P<what>survey|poll|study|report|index|research|review|analysis)"
_STUDY_AFTER = re.compile(r",\s(?:a|an|the)\s(?:new\s|recent\s|latest\s|major\s|separate\s)?" + _STUDY
                          + r"\s(?:has\s|have\s)?(?:revealed|reveals|found|finds|shows|showed|suggests|suggested)"
                          r"(?:\s(?:today|yesterday|this week))?\.?$")
_STUDY_BEFORE = re.compile(r"^According\sto\s(?:a|an|the)\s(?:new\s|latest\s)?" + _STUDY + r",\s(?=[A-Z])")
_FINDS = {"report": "Says", "index": "Shows", "poll": "Shows"}


def study_finds(text: str) -> tuple[str, str] | None:
    """``text`` without the survey, poll or index it reports, and that source as a headline keeps it
    ("Survey Finds", "Index Shows"); None when it reports none."""
    m = _STUDY_AFTER.search(text) if "," in text else None
    if m is not None:
        rest = text[:m.start()]
    elif text.startswith("According") and (m := _STUDY_BEFORE.match(text)) is not None:
        rest = text[m.end():]
    else:
        return None
    what = m.group("what")
    return rest, f"{what.capitalize()} {_FINDS.get(what, 'Finds')}"


# a body named as the speaker of what befell its own thing: "The daily Yeni Safak said | its offices
# and those of Yeni Akit were attacked" (fc-348): once the attribution goes, the thing is the body's.
# Only a body: a name after "The" ("The daily Yeni Safak", "The Northtown Trust"), or one a body's
# word ends ("Northtown Council"); a person's "its" points at something else ("Jo Example said its
# roof ..."), and a plural at the sentence's head is no name ("Police said their officers ...")
_BODY_SPEAKER = re.compile(r"^(?P<the>The\s+(?:[a-z-]+\s+){0,2})?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?"
                            r"[A-Z][\w&'’.-]*){0,4})\s+(?:said|says)\b")
_OWN_THING = re.compile(r"(?:its|their)\s(?=[a-z])")
_PERSON_WORDS = frozenset("""Minister Mayor Chancellor President Premier Queen King Prince Princess Duke Duchess Earl
Lord Lady Pope Reverend Rev Bishop Archbishop Governor Senator Judge Secretary Speaker Emperor Sultan Sheikh Mr Mrs Ms Dr
Professor Sir Dame Captain General Chairman Chairwoman Chief""".split())
_KIN_AFTER = re.compile(r"(?:son|sons|daughter|daughters|child|children|baby|mother|father|parents|wife|husband|family)\b")
_BODY_WORDS = (_ORGANISATION - {"Police", "Court", "Government"}) | frozenset("Ltd Limited plc PLC Inc FC United City "
                                                                       "College Corporation Airlines Airways".split())


def speakers_own(attribution: str, rest: str) -> str:
    """``rest``, what a named body said, with the possessive that opens it and points back at the
    body given its name ("its offices ... were attacked" -> "Yeni Safak's offices ... were
    attacked"); ``rest`` as it is for any other opening or speaker."""
    own = _OWN_THING.match(rest)
    named = _BODY_SPEAKER.match(attribution) if own else None
    if own is None or named is None:
        return rest
    name = named.group("name")
    if _PERSON_WORDS.intersection(name.split()) or own.group(0).startswith("their") and _KIN_AFTER.match(rest, own.end()):
        return rest  # a person's title ("The Prime Minister said its economy ...": the country's), or a family's
        # own ("The Northtown Hospital Trust said their son ...": the parents')
    if not named.group("the") and (len(name.split()) < 2 or name.split()[-1] not in _BODY_WORDS) \
            or name.endswith(("'s", "’s")):
        return rest
    return f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} {rest[own.end():]}"


# a lead that lost the sentence before it, on "The victim" (no one a headline can name), where the next
# lines tell the victim as "the man" or "the woman" hurt, shot or killed, and no one arrested or suspected
_VICTIM_TOLD = re.compile(r"\bthe (?P<who>man|woman|boy|girl|teenager|pensioner)\b")
_HURT = re.compile(r"\b(?:shot|stabbed|injured|hurt|died|killed|wounded|attacked|assaulted|struck|hospital|injuries)\b")
_HE, _SHE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"), re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")
_MALE_WORDS, _FEMALE_WORDS = frozenset(("man", "boy")), frozenset(("woman", "girl"))
_SUSPECTED = re.compile(r"\b(?:arrest\w*|suspect\w*|charged|held|detained|accused|gunman|attacker|driver|police said the)\b")


def victim_told(lead: str, after: Sequence[str]) -> str | None:
    """``lead`` ("The victim was fatally injured ...") with its subject the person the next lines
    (``after``) tell as hurt ("... the man ... when he was shot": "A man was fatally injured ..."), else None."""
    who = {m.group("who") for line in after for m in _VICTIM_TOLD.finditer(line)
           if _HURT.search(line) and not _SUSPECTED.search(line) and not line.startswith(" who", m.end())}
    if len(who) != 1 or any(_SUSPECTED.search(line) for line in after):
        return None
    person = who.pop()
    told = " ".join([lead, *after])  # (the victim's pronouns: "... stabbed her", "found him injured")
    male, female = _HE.search(told) is not None, _SHE.search(told) is not None
    if (female and not male) if person in _MALE_WORDS else (male and not female) if person in _FEMALE_WORDS else False:
        return None
    return f"{'An' if person[0] in 'aeiou' else 'A'} {person}{lead[len('The victim'):]}"


# a claim told first and its speaker after it, in the next line: "The Duchess of Cambridge is a modern-day
# suffragette ... | Or so says actress Patsy Kensit, who ...": the claim is the speaker's, and the headline says so
_SO_SAYS = re.compile(r"(?:Or\s)?[Ss]o\s(?:says|said|claims|claimed|believes|reckons|thinks)\s"
                      # (a role before the name, not a relation or a place it is of: "a lawyer for Jo Example", "the
                      # mayor of Kettleby", "officers at Fenwick House", "a friend of ...", reviewer rev49b)
                      r"(?:(?!(?:of|for|at|in|on|by|from|with|to|near|behind|representing)\s)[a-z][\w-]*\s){0,3}"
                      r"(?P<name>(?:[A-Z][\w'’-]+\s){0,2}(?P<surname>[A-Z][\w'’-]+))(?=[,.]|\s(?:who|in|on|at)\b)")


def so_says(following: str) -> str | None:
    """The surname of the speaker ``following`` gives the line before to ("Or so says actress Patsy
    Kensit, who ...": "Kensit"), else None."""
    m = _SO_SAYS.match(following)
    if m is None:
        return None
    # (a body's name whole: "Or so claims Northtown Water, which ...": "Northtown Water", not "Water")
    return m.group("name") if following.startswith(", which", m.end()) else m.group("surname")


def claim_whole(head: str, sentence: str) -> bool:
    """Does ``head`` keep the main verbs of the claim ``sentence`` tells, so that a speaker's "Says" after it
    gives the speaker the claim and not a phrase cut from it ("Plan to Build 4,000 Homes, Whitlock Says" from
    "The plan to build 4,000 homes ... will destroy the character of the old market town"), nor a second
    attribution ("..., Council Leader Rita Vell Says" told already)? (reviewer rev49b)"""
    tokens = [t.strip(".,;:!?\"“”‘’'") for t in sentence.split()]
    words = {w.strip(".,;:!?\"“”‘’'").lower() for w in head.split()}
    verbs = [tokens[k].lower() for k in main_verbs(tokens)]
    return bool(verbs) and all(v in words for v in verbs)


# a subject told by its kind and named between commas: "The humanoid, known as Ham, has been drawing ..."
_KNOWN_AS = re.compile(r"The\s(?P<kind>[a-z][a-z-]+(?:\s[a-z][a-z-]+)?),\s(?:known\sas|called|named|nicknamed|dubbed)\s"
                       r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}),\s(?=[a-z])")


_HISTORY = re.compile(r"\b(?:(?:1[89]|20)\d\d|during|last\s(?:[a-z]+\s)?year|(?:years|decades)\sago)\b")


def known_as(sentence: str) -> str:
    """``sentence`` with a subject its kind refers back to ("The humanoid" after "this robotic head") named
    by the name the commas give it: "Humanoid Ham has been drawing in crowds ..."; else ``sentence``."""
    m = _KNOWN_AS.match(sentence)
    if m is None or m.group("name").split()[0] in ("The", "A", "An") or _HISTORY.search(sentence, m.end()):
        return sentence  # (not history: "The programme, called X, was developed during the last academic year")
    name, head = m.group("name"), m.group("kind").split()[-1]
    if head in _PEOPLE or name.split()[0] in _NOT_A_NAME or "'s" in name or "’s" in name:
        return sentence  # (not "Man Mr Big", "Woman Lady Luck", "Pupil Head Girl", "Man Britain's Worst Driver")
    if head in name.lower().split():
        return f"{name} {sentence[m.end():]}"  # "Operation Nightfall", not "Operation Operation Nightfall"
    return f"{m.group('kind').capitalize()} {name} {sentence[m.end():]}"


_PEOPLE = frozenset("man woman men women person people".split())
_NOT_A_NAME = frozenset("Mr Mrs Ms Miss Dr Sir Lady Lord Dame Head Chief Deputy Captain Officer Inspector".split())
