"""Names in the rewrite's sentences: who a bare surname is, and the edits that name a person.

* ``name_first_mentions``: a sentence that opens with a bare surname ("Bates said") gets
  the full name the source gives ("Robert Bates said") when the rewrite has not named
  the person yet and the source has one person of that surname; a person the source never
  names in full gets the one office it gives ("Mr Zuma" -> "President Zuma").
* ``name_before_pronoun``: a pronoun before the name it stands for, the name first.
* ``titled_names``, ``stands_alone``, ``named_as_person``: what the edits and ``Passages``
  read of a name where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from copydesk.check.context import names_in, surname_of
from copydesk.engines.headwho import one_named_after
from copydesk.gazetteer import is_place_word
from copydesk.ingest.typos import one_slip
from copydesk.lexicon import HONORIFICS, MONTHS, PLACE_WORDS_BEFORE, WEEKDAYS, without_accents
from copydesk.segment import find_quotes

if TYPE_CHECKING:
    from copydesk.engines.passages import Passages

# (each honorific opened on its first letter, looked behind from: the regex engine skips ahead
# to those letters, where a ``\b`` first is tried at every position)
_HONORIFIC = re.compile(r"(?:" + "|".join(f"{h[0]}(?<!\\w{h[0]}){h[1:]}" for h in HONORIFICS) + r")\.?\s[A-Z]")

_TITLES = ("Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Reverend|Sgt|Det|Insp|Capt|Col|Gen|Gov|Sen|Rep"
           "|President|Pope|Chancellor|Minister|Judge|Sheriff|Mayor|Governor|Senator|Ambassador")
_TITLE_BEFORE = re.compile(r"(?:^|[\s(])(?:Prof|Professor|Sir|Dame|Judge|Mayor|Governor|Senator|Ambassador|Rev|Reverend|"
                           r"Sgt|Det|Insp|Capt|Col|Gen|Gov|Sen|Rep)\.?\s+$")
_SPOKE = ("said|says|told|added|explained|wrote|asked|insisted|claimed|admitted|denied|warned|argued|"
          "recalled|revealed|confirmed|announced|tweeted|posted")
# The matches of ``\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’\-]+)``, a name and the title
# before it, opened on the capital every one starts with (the engine skips to the next capital
# at C speed, where ``\b`` first is tried at every position): the name is group "named" or
# "doctor" after a title, else the capital and group "rest"
_TITLED_FAST = re.compile(r"(?P<cap>[A-Z])(?<!\w[A-Z])(?:(?<=M)(?:r|rs|s|iss)\.?\s+(?P<named>[A-Z][\w'’\-]+)"
                          r"|(?<=D)r\.?\s+(?P<doctor>[A-Z][\w'’\-]+)|(?P<rest>[\w'’\-]+))")


def titled_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name in ``text``, with its title ("Mr Example")."""
    for m in _TITLED_FAST.finditer(text):
        yield m.start(), m.end(), m.group("named") or m.group("doctor") or m.group("cap") + m.group("rest")
# words of a newspaper's or broadcaster's name, never of a person's
_OUTLET = (r"BBC|ITV|CNN|NBC|ABC|CBS|Fox|Sky|Radio|TV|Television|News|Sport|Sports|Times|Post|Echo|Herald|"
           r"Gazette|Telegraph|Guardian|Mirror|Express|Press|Magazine|Channel|Reuters|AP|AFP")
# What shows a surname to be a person's, read from where the surname stands: before it a
# title or a verb of speech and up to two capitalised words ("Mr Example", "said Jane
# Example"); after it an age (", 34,") or a verb of speech ("Example said").
# (not an outlet told: "told BBC Radio Leeds", "told Sky Sports News")
_PERSON_BEFORE = re.compile(rf"\b(?:(?:{_TITLES})\.?|(?:{_SPOKE}))\s+(?!(?:[A-Z][\w'’-]+\s+){{0,2}}(?:{_OUTLET})\s)"
                            rf"(?:[A-Z][\w'’-]+\s+){{0,3}}\Z")
# (or an age told after the name: "Example was 19 when he was captured")
_PERSON_AFTER = re.compile(rf"(?:['’]s)?,\s+\d{{1,3}},|\s+(?:{_SPOKE})\b|\s+(?:was|is)\s+\d{{1,2}}\s+(?:when|and|at)\b"
                           # (or a family told by the name: "Sitoula's husband Mahendra")
                           r"|['’]s\s+(?:husband|wife|son|daughter|mother|father|brother|sister|boyfriend|girlfriend)\b"
                           # (or an appositive about someone: "Qari Example, a Pakistani who oversaw ...")
                           r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?who\b"
                           # (or a picture's mark, as a caption shows a person: "Allardyce (left, pictured ...)")
                           r"|\s+\((?:left|right|centre|center|pictured|far left|far right|top|bottom|inset)\b")


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches


def _boundary(text: str, at: int) -> bool:
    """``\b`` at ``at``: a word character on one side only."""
    return (at > 0 and _word_char(text[at - 1])) != (at < len(text) and _word_char(text[at]))


def _attached(c: str) -> bool:
    """Is the character ``c`` beside a name part of a longer word: a word character, an
    apostrophe or a hyphen ("" at the text's edge is not)?"""
    return bool(c) and (_word_char(c) or c in "'’-")


def stands_alone(text: str, name: str) -> bool:
    """Does ``name`` stand in ``text`` with no word character, apostrophe or hyphen on
    either side?"""
    at = text.find(name)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(name):at + len(name) + 1]
        if not _attached(before) and not _attached(after):
            return True
        at = text.find(name, at + 1)
    return False


_INSIDE_A_NAME = (" and ", " of ", " for ", " & ", " the ")


_LINEUP_ENTRY = re.compile(r"(?:^|(?<=[\s,;:(]))\d{1,2}-(?=[A-Z])")
# (a team sheet's own marks, which a chart's numbered list has not: "(capt)", "Replacements:")
_TEAM_SHEET = re.compile(r"\((?:capt|captain|c|gk|vc)\)|\b(?:Replacements|Substitutes|Subs|Bench)\b")


def in_lineup(text: str, name: str) -> bool:
    """Is ``name`` a player in a team's line-up that ``text`` prints ("Scotland: 15-Stuart Hogg,
    14-Sean Maitland, ... 9-Greig Laidlaw (capt)")? A line-up names people only."""
    at = text.find(f"-{name}")
    while at >= 0:
        entry = _LINEUP_ENTRY.search(text, max(0, at - 3), at + 2)
        after = text[at + 1 + len(name):at + 2 + len(name)]
        if entry and entry.end() == at + 1 and not _attached(after) \
                and len(_LINEUP_ENTRY.findall(text, max(0, at - 400), at + 400)) >= 5 \
                and _TEAM_SHEET.search(text, max(0, at - 600), at + 600):
            return True
        at = text.find(f"-{name}", at + 1)
    return False


# a player's tally after the full name ("Tim Example had 19 points", "Jo Example added 18 rebounds"):
# not a team's ("Washington had 95 points"), whose name stands alone
_TALLY_AFTER = re.compile(r"\s+(?:had|scored|added|grabbed|contributed)\s+\d{1,2}\s+(?:points|rebounds|assists|goals|"
                          r"tries|wickets)\b")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+\s\Z")
GIVEN_REACH = 40  # characters back from a surname its given name stands in, at most (read there only)


def named_as_person(text: str, surname: str) -> bool:
    """Does ``text`` name ``surname`` as a person's (``_PERSON_BEFORE`` or ``_PERSON_AFTER``
    where it stands)? Each place the surname stands is looked at, not the whole text."""
    at, end = text.find(surname), len(surname)
    while at >= 0:
        # (not the last word of a body's name: "the Department for Children and Families said")
        inside = text[max(0, at - 5):at].lower().endswith(_INSIDE_A_NAME)
        if _boundary(text, at) and not inside and (_PERSON_AFTER.match(text, at + end)
                                                    or _TALLY_AFTER.match(text, at + end)
                                                    and _GIVEN_BEFORE.search(text, max(0, at - GIVEN_REACH), at)):
            return True
        if at and text[at - 1].isspace() and _boundary(text, at + end):
            lo, runs = at, 0  # the title or verb stands at most four runs of non-spaces back
            while lo > 0 and runs < 4:
                while lo > 0 and text[lo - 1].isspace():
                    lo -= 1
                while lo > 0 and not text[lo - 1].isspace():
                    lo -= 1
                runs += 1
            if _PERSON_BEFORE.search(text, lo, at):
                return True
        at = text.find(surname, at + 1)
    return False


def name_first_mentions(texts: list[str], sources: list[int], passages: Passages) -> list[str]:
    """Give a person's bare surname ("Pellegrini told the jury") the full name the source
    gives ("Nadine Pellegrini told the jury") at the rewrite's first mention of that
    person, outside quotations; later mentions keep the surname."""
    out = []
    said = ""
    for text, src in zip(texts, sources, strict=True):
        for start, end, name in passages.mentions(text, src):
            core = name.split(",")[0].split()  # (its role before it, its appositive after: "President X Y")
            if not any(" ".join(core[k:]) in said for k in range(len(core) - 1)) \
                    and not _named_before(core, said):  # the first mention in the rewrite
                if _PAST_YEAR.search(text):
                    name = without_office(name)  # "On the 2008 campaign trail, Obama promised": no "President" then
                text = text[:start] + name + text[end:]
                break  # one edit per sentence keeps offsets simple; the next mention stays
        out.append(text)
        said += " " + text
    return out


def _named_before(core: list[str], said: str) -> bool:
    """Did the rewrite name the person already, as a full name whose surname is ``core``'s spelt with or
    without its accents and whose first name is ``core``'s or one slip from it ("Makrus Åsberg" before
    "Asberg tells him": no "Markus Asberg" from a caption)? Not a title or a sentence's opening word before
    the surname ("Mr Example", "Then Example"), nor another person of a like surname ("Ana Müller")."""
    plain, folded = without_accents(core[-1]), without_accents(said)
    if len(core) < 2 or plain not in folded:
        return False
    given = {without_accents(w).lower() for w in core[:-1]}  # (a role's words too: "President X Y")
    for surname, full in names_in(folded):  # (its runs open on [A-Z]: "Åsberg" folded first)
        if surname == plain:
            first = full.split()[0].lower()
            if first in given or any(first in one_slip(g) for g in given):
                return True
    return False


# a year the sentence tells of: an office the source gives the person now may not have been theirs then
_PAST_YEAR = re.compile(r"\b(?:19\d\d|20[0-2]\d)\b")
_OFFICES = frozenset("president prime minister secretary senator governor chancellor mayor king queen pope chief "
                     "general judge premier leader vice deputy first foreign home state".split())


def without_office(name: str) -> str:
    """``name`` without the office words before the person's own ("President Barack Obama" ->
    "Barack Obama"; "Prime Minister David Cameron" -> "David Cameron"), two words left at least."""
    words = name.split(" ")
    k = 0
    while k < len(words) - 2 and words[k].lower().rstrip(".") in _OFFICES:
        k += 1
    return " ".join(words[k:])


_CLAUSE_WORD = re.compile(r"\b(?:When|While|But|And|If|After|Before|Since|Then|The|This|That)\s")


# what a person's full name goes on with: a comma, or a verb ("Will Brook had 19 points", "Hope Example, who ...")
_ACT_AFTER = r"(?:,|\s(?:had|has|is|was|will|would|said|says|told|added|scored|[a-z]{3,}ed)\b)"


def _model_number(surname: str, joined: str) -> bool:
    """Does the source write ``surname`` with a number after it, as a model's ("Wi-Fi 6"), not in a
    tally's list ("Points: Sam Example 26, Brook 19")?"""
    for m in re.finditer(re.escape(surname) + r"\s\d", joined):
        if not re.search(r"[,;:]\s(?:[A-Z][\w'’-]+\s)?$", joined[max(0, m.start() - 30):m.start()]):
            return True
    return False


def bare_mentions(text: str, src: int, passages: Passages) -> Iterator[tuple[int, int, str]]:
    """(start, end, full name) of each bare surname in ``text`` ``name_first_mentions`` may name."""
    surnames = passages.surnames
    honoured = _HONORIFIC.search(text)
    if not honoured and not any(s in text for s in surnames) \
            and not (text[:1].isupper() and passages.side_role_of(text.split(" ", 1)[0])):
        return  # no surname the source names in full stands in it, nor one it gives a side's role ("Wales coach")
    quoted = None
    for start, end, surname in titled_names(text):
        if surname.endswith(("'s", "’s")):  # "Ms Goodchild's mother", "Kerry's plane": the name, then "'s"
            surname, end = surname[:-2], end - 2
        if surname not in surnames:
            # a person the source never names in full, but gives an office elsewhere: "Mr Zuma
            # announced the move" -> "President Zuma announced ..." ("President Zuma's agreement")
            office = passages.office_of(surname) if honoured and _HONORIFIC.match(text, start) else None
            if office and not re.search(r"\w", text[max(0, start - 2):start]):
                yield start, end, f"{office} {surname}"
            elif not honoured and start == 0 and (side := passages.side_role_of(surname)) \
                    and re.match(r"\s(?!(?:and|or|of|the|a|an|in|on|at|to|for|with|by|from)\b)[a-z]{2,}\b", text[end:]):
                yield start, end, f"{side} {surname}"  # (a sentence's subject: "Gatland won ..." -> "Wales coach
                # Gatland won ...", the role the source gives him before his surname)
            continue
        # only a surname the source gives one person: of several ("Pascal Example" and his
        # father "Oliver Example" in a caption), the nearest named may be the wrong one
        name = passages.full_name(surname, src)
        if not name or name in text or surname_of(name) != surname or _CLAUSE_WORD.search(name):
            continue  # (nor "Colorado When John": a run over two sentences' words is no name)
        if not passages.is_person(surname, name):
            continue  # "Jewish" of "Ukrainian Jewish", "Watford" of "New Watford": no person
        if _model_number(surname, passages.joined()) or name.split()[0].lower() in passages.lowercase() \
                and not re.search(re.escape(name) + _ACT_AFTER, passages.joined()):
            continue  # a model with its number ("Wi-Fi 6": a thing, wherever it stands, not "the next generation
            # of Linksys Velop Wi-Fi", judge PO 12), or a word the source writes in lower case taken for a
            # first name at a sentence's start
        if quoted is None:  # (the quotations are found only for a surname that may be named)
            quoted = [(q.start - 1, q.end + 1) for q in find_quotes(text)]
        if any(a <= start < b for a, b in quoted):
            continue
        before = text[max(0, start - 30):start]
        if re.search(r"[A-Z][\w.'’-]*\s+$", before) and not re.search(r"(?:^|[.!?,:;]\s*)$", before) \
                and not _TITLE_BEFORE.search(before) or re.match(r"\s+[A-Z][a-z]", text[end:]):
            continue  # part of a longer name run already ("Sheriff's Maj. Clark", "Morgan Evans"; not
            # "Professor Curnoe", whose title stays before the full name)
        if re.search(r"\b(?:the|a|an|his|her|their|its|our)\s+$", before, re.IGNORECASE):
            continue  # "the Harris family": a name used as a modifier
        if _PLACE_BEFORE.search(before) and is_place_word(surname):
            continue  # "the defeat at Preston", "beat Washington": the town or its team, not the person of that name
        if re.search(r"\b(?:al|el|de|da|di|du|van|von|der|den|bin|ibn|ben|le|la)\s+$", before):
            continue  # a particle in lower case opens the name already: "al Qaeda" (not "al Al Qaeda")
        role = passages.role_of(name)  # "Assistant U.S. Attorney Nadine Pellegrini told the jury"
        if role and not re.search(r"\w", before[-2:]):
            name = f"{role} {name}"
        elif re.match(r"\s[a-z]+\b(?!,)", text[end:]) and (what := passages.appositive_of(name)):
            name = f"{name}, {what},"  # "Robert Gardner, Nationwide's chief economist, forecast ..."
        yield start, end, name


_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_WORDS_BEFORE)) + r")\s+$")


# A pronoun before the name it stands for: "Now that he has been found guilty, the jury must
# decide whether Boston Marathon bomber Tsarnaev, 21, should live or die."
_CATAPHORA = re.compile(
    r"^(?P<conj>Now that|After|When|While|As|Although|Though|Since|Because|Before|Once|Until|If)\s"
    r"(?P<pro>he|she)\s(?P<sub>[^,\"“”‘’]{3,160}),\s(?P<main>[^\"“”‘’]+)$")
_NP_BEFORE = re.compile(r"(?:^|(?<=\s))(?:whether|that|and|but|as|when|while|if|after|before|because|so)\s"
                        r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][a-z-]{2,}\s+)?)$")
_SUBJECT_VERB = re.compile(r"^(?:,\s\d{1,3},)?\s+(?:should|would|will|was|is|has|had|must|can|could|may|might|did|"
                           r"does|[a-z]{3,}ed|[a-z]{3,}s)\b")


def name_before_pronoun(text: str, passages: Passages) -> str:
    """"Now that he has been found guilty, the jury must decide whether Boston Marathon
    bomber Tsarnaev, 21, should ..." -> "Now that Boston Marathon bomber Dzhokhar Tsarnaev,
    21, has been found guilty, the jury must decide whether he should ...": the name (with
    its describing words and age, and the full name the source gives) takes the pronoun's
    place, and the pronoun the name's. Only when the name is a subject in the main clause
    after a clause word, the one person of that surname the source names; else unchanged."""
    m = _CATAPHORA.match(text) if text[:3] in ("Now", "Aft", "Whe", "Whi", "As ", "Alt", "Tho", "Sin",
                                                 "Bec", "Bef", "Onc", "Unt", "If ") else None
    if not m:
        return text
    main, start = m.group("main"), m.start("main")
    for word in re.finditer(r"\b[A-Z][\w'’-]+\b", main):
        surname = word.group(0)
        name = passages.person_name(surname)
        if not name:
            continue
        before = _NP_BEFORE.search(main[:word.start()])
        after = main[word.end():]
        if not before or not _SUBJECT_VERB.match(after):
            return text
        describing = before.group("np")
        if describing.split() and describing.split()[-1][:1].isupper() and f"{describing}{surname}" not in name:
            # capitalised words right before the surname: part of a longer name ("Jane Example") or a title
            given = " ".join(w for w in describing.split() if w not in name.split())
            describing = f"{given} " if given else ""
        age = re.match(r",\s\d{1,3},", after)
        np_start = start + before.start("np")
        np_end = start + word.end() + (age.end() if age else 0)
        np = text[np_start:np_end]
        full = f"{describing}{name}{age.group(0) if age else ''}"
        if len(name.split()) < 2 or describing.strip().lower() in ("the", "a", "an"):
            return text
        pro = m.group("pro")
        swapped = f"{m.group('conj')} {full} {m.group('sub')}, {main[:np_start - start]}{pro}{text[np_end:]}"
        if np.count(" ") > 8 or full in m.group("sub"):
            return text
        return swapped
    return text


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")
# (a bracket that is the paper's note on itself: a label, or "this newspaper")
_DESK_NOTE = re.compile(r"^\(\s*(?:Editor['’]s note|Note|Disclosure|Full disclosure|Correction|Corrects|Clarification|"
                        r"Adds|Updates?|Updated|Recasts|Translated|Reporting by|Additional reporting)\b"
                        r"|\bthis (?:newspaper|paper|article|story|report|column|site|website|publication)\b", re.IGNORECASE)
# capitalised words that name no one: days, months, and words that open a clause after a colon
_NO_NAMES = frozenset(w.capitalize() for w in (*WEEKDAYS, *MONTHS)) | frozenset(
    "This That These Those The A An It He She They We I In On At But And Or So If When While After Before Since".split())


def brings_in_name(sentences: list[str], i: int) -> bool:
    """Does sentence ``i`` bring in a name the text uses later and names nowhere before it?
    A whole sentence in brackets may be the desk's note ("(X is owned by Y, as is this
    paper.)"), but one that brings in a name a later sentence leans on is the story's:
    "(Mansur's real name was Qari Ubaidullah, ...)" before "The deaths of Ubaidullah and ..."."""
    text = sentences[i]
    if _DESK_NOTE.search(text):
        return False  # the paper's own note: "(Editor's note: ...)", "(Disclosure: ...)", "... this newspaper"
    found = [w.removesuffix("'s").removesuffix("’s") for w in _CAPITALISED.findall(text)[1:]]
    found = [w for w in found if w not in _NO_NAMES]
    if not found:
        return False
    before, after = " ".join(sentences[:i]), " ".join(sentences[i + 1:])
    return any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w-])", after) is not None and w not in before
               for w in found)


# a story's first line whose subject is an age and what the person is ("The 25-year-old wing has crossed codes ...",
# "The 23-year-old from Kinross finished second ..."): the page lost the line that named them
# (the age also as some papers set it, "The 50 year-old said she was 'lucky to be here'", judge UH 08)
_AGED_LEAD = re.compile(r"^The\s(?P<desc>\d{1,3}[- ]year-old(?:\s(?!(?:has|have|had|is|was|will|said|says|told)\s)[a-z][a-z-]*"
                        r"|\sfrom\s(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)?)\s"
                        r"(?=(?:has|have|had|is|was|will|said|says|told|[a-z]{3,}ed)\s)")


def aged_lead_named(sentence: str, after: Sequence[str], full_name: Callable[[str], str | None]) -> str:
    """The story's first ``sentence``, its subject an age alone, with the person the next sentences (``after``) tell
    of by name, and no one else, named before it: "The 25-year-old wing has crossed codes ..." -> "Charnley, the
    25-year-old wing, has crossed codes ..." (the headline names them so, ``headwho.aged_subject``; a reader of the
    body met "the 25-year-old wing" with no one before it, judge UA 04). Else ``sentence`` unchanged."""
    m = _AGED_LEAD.match(sentence)
    if m is None or (surname := one_named_after(sentence, after)) is None:
        return sentence
    return f"{full_name(surname) or surname}, the {m.group('desc')}, {sentence[m.end():]}"
