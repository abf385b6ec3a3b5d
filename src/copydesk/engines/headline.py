"""Headlines written from the lead by rules alone (after Dorr, Zajic & Schwartz's Hedge
Trimmer, 2003): take the lead sentence, trim what a headline does without, and keep the
main clause whole.

``write_headline`` tries the lead sentence and then the next sentences that can stand
alone; the first one that trims to a well-formed headline wins:

1. drop attribution ("..., police said", "Officials said that ...", "according to X");
2. drop a fronted adverbial or subordinate clause ("Now that he was found guilty, ...",
   "On Tuesday, ...", "Inside the HQ of X, ..."), parentheses, ages (", 21,") and
   non-restrictive clauses (", who has worked there for 14 years,");
3. drop time phrases ("on Tuesday", "today", "last night", "now");
4. put the main verb in the headline's present tense ("was charged" -> "charged",
   "has won"/"won" -> "wins") where the verb's forms are known;
5. cut at a clause boundary (never inside a phrase) until it is about 12 words;
6. drop a leading article, and set it in Title Case.

``headline_problem`` says why a headline is not well formed (no finite verb, a cut
prefix of a source sentence, a pronoun or caption-label opening, too long, unbalanced
quotation marks), or None; the desk's editorial figures count it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.engines.verbs import (
    PARTICIPLES,
    PAST_TO_PRESENT,
    SMALL_WORDS,
    has_verb,
    main_verbs,
    verb_kind,
)
from copydesk.ingest.roles import opening_dependency
from copydesk.segment import words

HEADLINE_WORDS = 12
HEADLINE_MAX = 14  # "about 12": a whole clause of 14 words beats a cut one
HEADLINE_MIN = 4

_TIME = re.compile(
    r"(?<![\d,.])\b(?:(?:on|by|from|until|since|early|late|earlier|later)\s+)?(?:(?:this|last|next|on)\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|today|tonight|yesterday|this (?:morning|afternoon|evening|week|month|year|weekend)"
    r"|last (?:night|week|month|year|weekend)|earlier this (?:week|month|year)"
    r"|(?:[Jj]ust\s+)?(?:(?:over|under|almost|nearly|more than|less than)\s+)?(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a few|several|\d+)\s+(?:decade|year|month|week|day)s?\s+ago"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|at the weekend|right now|now)\b",
)
_FRONTED = re.compile(
    r"^(?:Now that|After|When|While|As|Although|Though|Despite|Following|In|On|At|During|With|Inside|"
    r"Since|Before|Until|Because|If|Amid|Over|Under|For|By|Earlier|Later|Last|This|Speaking|"
    r"According to|Outside|Within|Across|Throughout|Ahead of|Unlike|Like|Once|Having|Just|From|To|"
    r"Hours after|Days after|Weeks after|Months after|Years after)\b[^,]{0,120},\s+"
)
_TRAILING_ATTRIBUTION = re.compile(
    r",?\s+(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,6}?"
    r"(?:said|says|say|told|reported|reports|announced|confirmed|added|stated|claimed|warned|according to)"
    r"(?:\s+[\w.'’-]+){0,6}\s*[.!]?$",
    re.IGNORECASE,
)
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:[\w'’.-]+\s+){1,5}?(?:said|says|say|told\s+\w+|reported|reports|announced|claimed|"
    r"claims|warned|believe|believes|fear|fears|confirmed)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r",?\s+(?:that\s+)?(?=[\w\"“‘'])",
)
_PAREN = re.compile(r"\s*\([^()]{1,60}\)")
_AGE = re.compile(r",\s\d{1,3},(?=\s)")
_NONRESTRICTIVE = re.compile(r",\s(?:who|which|whose|where)\s[^,]{3,120},(?=\s)")
# an appositive between a name and its verb: "Scott Wood, an attorney who represents Bates, said"
_APPOSITIVE = re.compile(r"(?<=[A-Za-z]),\s(?:a|an|the|best known|known|now|formerly|aged)\s"
                         r"(?:[^,\"“]|\"[^\"]{1,60}\"){3,100}?,\"?(?=\s[a-z])"
                         r"(?!\s[\w'’-]+\s(?:and|or)\s)")  # "killed, captured and displaced": a list
_POSSESSIVE_DET = re.compile(r"(?<=\s)(?:his|her|their|its)\s(?=\w)")
_OBJECT_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|them|hers|himself|herself)\b", re.IGNORECASE)
_BREAKS = re.compile(
    r"\s(?:--|—|–|-)\s|[;:]\s|,\s|\s(?=(?:who|which|whose|after|when|while|because|despite|although|"
    r"though|following|amid|before|until|unless|whereas|as|but|for|in|at|on|during|over|from|"
    r"with|by|into|than|since|under|near|across|outside|inside|against|ahead)\s)|\s(?=[\"“‘]\w)",
)
# adjectives that want what follows ("comes complete | with ...", "is set | to ...")
_NEEDS_COMPLEMENT = frozenset("""complete able unable due keen aware likely unlikely eager poised capable
prone liable""".split())
_END_BAD = frozenset("a an the and but or nor for so yet on at to by of in with as from into over his her "
                     "their its our my your this that these those who which whose when while than is are "
                     "was were be been has have had will would can could must should may might not very "
                     "more most less said says told added you me us it".split())
_QUOTED_SPAN = re.compile(r"[\"“„«‘][^\"“”„«»‘’]*[\"”“»’]|(?<![\w])'[^']+'(?!\w)")
_LABEL = re.compile(r"^[A-Z][\w'’ ]{0,30}:\s")
_WORD = re.compile(r"[\w'’.-]+")


def _n(text: str) -> int:
    return len(words(text))


def _open_quote(text: str) -> bool:
    doubles = text.count('"') % 2 == 1 or text.count("“") != text.count("”")
    singles = len(re.findall(r"(?:^|\s)['‘]\w", text)) > len(re.findall(r"\w[.,!?]?['’](?=\s|$|[,.;:!?])", text))
    return doubles or singles


def _drop_relative(text: str) -> str:
    """The subject's relative clause out, up to the main verb ("16-year-old who was born
    here but moved away has come home" -> "16-year-old has come home")."""
    tokens = text.split(" ")
    main = main_verbs(tokens)
    if not main:
        return text
    for k in range(1, main[0]):
        if tokens[k].lower() in ("who", "which") and not _open_quote(" ".join(tokens[k:main[0]])):
            if main[0] - k >= 3:
                return " ".join(tokens[:k] + tokens[main[0]:])
            break
    return text


def _present(text: str, source_words: frozenset[str]) -> str:
    """The main verb in the headline's present tense, where its forms are known."""
    tokens = text.split(" ")
    main = main_verbs(tokens)
    if not main:
        return text
    k = main[0]
    if k + 1 < len(tokens) and verb_kind(tokens[k + 1]) in ("present", "aux-past") and len(main) > 1 \
            and tokens[k].lower() not in ("said", "told"):  # "Power said claims had": "said" is the verb
        k = main[1]  # "those released were": a participle in the subject, then the verb
    low = tokens[k].lower().strip(",")
    if verb_kind(tokens[k]) == "present" and low not in ("has", "have"):
        return text
    nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    if low in ("was", "were"):
        if nxt.endswith("ed") or nxt in PARTICIPLES:  # passive: "Man was charged" -> "Man charged"
            return " ".join(tokens[:k] + tokens[k + 1:])
        return text  # "was Robson's assistant" is a past state: "is" would be false
    if low in ("has", "have", "had"):
        if nxt == "been" and k + 2 < len(tokens) and (tokens[k + 2].lower().endswith("ed")
                                                      or tokens[k + 2].lower() in PARTICIPLES):
            return " ".join(tokens[:k] + tokens[k + 2:])  # "has been charged" -> "charged"
        return text
    if low in ("did",):
        return text
    prev = tokens[k - 1]
    if prev.endswith(","):
        return text  # "huts, made of chalk": a participle, not the main verb
    plural = prev.lower() in ("they", "we") or ((prev.islower() or k == 1) and prev.endswith("s")
                                               and not prev.endswith(("ss", "us", "is", "'s", "’s")))
    if low in PAST_TO_PRESENT:
        now = PAST_TO_PRESENT[low]
        return " ".join(tokens[:k] + [now[:-1] if plural and now.endswith("s") else now] + tokens[k + 1:])
    base = _base(low, source_words)
    if base is None:
        return text
    if plural:
        now = base
    elif low.endswith("ied"):
        now = low[:-3] + "ies"
    else:
        now = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    return " ".join(tokens[:k] + [now] + tokens[k + 1:])


def _base(past: str, source_words: frozenset[str]) -> str | None:
    """The base form of a regular past tense, when the source or a spelling rule settles it."""
    if past.endswith("ied"):
        return past[:-3] + "y"
    stem = past[:-2]
    candidates = [past[:-1], stem] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    for c in candidates:  # a form the source itself uses ("charge", "charges", "charging")
        if c in source_words or c + "s" in source_words or c + "es" in source_words:
            return c
    if past.endswith("eed"):
        return past[:-1]
    if re.search(r"[aeiou][aeiou][scvz]$", stem):
        return stem + "e"  # "released", "raised", "seized", "received"
    if re.fullmatch(r"[^aeiouy]*[aeiou][^aeiouwxy]", stem):
        return stem + "e"  # one syllable, one consonant, not doubled: "voted", "ruled", "faced"
    if stem.endswith(("ss", "sh", "ch", "ck", "ng", "rn", "rm", "lp", "lk", "nt", "rt", "st", "ct", "pt")) \
            or re.search(r"[aeiou][aeiou][^aeiou]$", stem) or re.search(r"[^aeiou][aeiou][wxy]$", stem):
        return stem  # "warned", "helped", "backed", "rejected", "played"
    return None


def trim(sentence: str, source_words: frozenset[str] = frozenset()) -> str:
    """Hedge-Trimmer rules over one sentence: the headline's words, before casing."""
    text = " ".join(sentence.split()).rstrip()
    m = _TRAILING_ATTRIBUTION.search(text)
    last_quote = max((q.end() for q in _QUOTED_SPAN.finditer(text)), default=0)
    if m and m.start() >= last_quote and _n(text[: m.start()]) >= 4:
        text = text[: m.start()]
    lead_m = _LEADING_ATTRIBUTION.match(text)
    if lead_m and _n(text[lead_m.end():]) >= 5 and not _open_quote(text[: lead_m.end()]) \
            and not _OBJECT_PRONOUN.search(_QUOTED_SPAN.sub(" ", text[lead_m.end():])):
        rest = text[lead_m.end():]  # (not when what is said points back at the speaker: "lure him")
        text = rest[:1].upper() + rest[1:]
    for _ in range(2):
        m = _FRONTED.match(text)
        if m and _n(text[m.end():]) >= 4 and not _open_quote(text[: m.end()]):
            rest = text[m.end():]
            if opening_dependency(rest) is None or rest.split()[0] in ("the", "a", "an"):
                text = rest[:1].upper() + rest[1:]
    text = _PAREN.sub("", text)
    text = _AGE.sub("", text)
    text = _NONRESTRICTIVE.sub("", text)
    text = _APPOSITIVE.sub("", text)
    text = _orphan_coordinator(text)
    if not _open_quote(text):
        text = _drop_outside_quotes(text, _POSSESSIVE_DET)  # "lists his age" -> "lists age"
    if not _open_quote(text):
        stripped = _TIME.sub("", text)
        stripped = re.sub(r"\s+([,.;:])", r"\1", " ".join(stripped.split()))
        stripped = re.sub(r",(?=[,.;:]|$)", "", stripped).strip(" ,")
        if _n(stripped) >= HEADLINE_MIN:
            text = stripped
    text = text.rstrip(" .!;:,")
    text = re.sub(r"^(?:[Tt]he|An?|an?)\s+(?=\S)", "", text)  # lower case once a time phrase went
    if not _open_quote(text):
        text = _headlinese(text)
    if _n(text) > HEADLINE_MAX:
        text = _drop_relative(text)  # before the tense changes: the past forms are known verbs
    text = _present(text, source_words)
    known = _presents_of_pasts(text, source_words | frozenset(_WORD.findall(sentence.lower())))
    for limit in (HEADLINE_WORDS, HEADLINE_MAX):
        if _n(text) <= HEADLINE_WORDS:
            break
        strong = sorted({m.start() for m in _STRONG.finditer(text)}, reverse=True)
        weak = sorted({m.start() for m in _BREAKS.finditer(text)} - set(strong), reverse=True)
        commas = {m.start() for m in re.finditer(r",\s", text)}
        for cut in [*strong, *weak]:
            head = text[:cut].rstrip(" ,;:-–—")
            tokens = head.split()
            last = tokens[-1].lower().strip("\"'“”‘’") if tokens else ""
            if cut in commas and (not _CLAUSE_AFTER_COMMA.match(text[cut + 2:])
                                  or _LIST_GOES_ON.match(text[cut + 2:])):
                continue  # "an ancient, | brutal practice", "killed, | captured and displaced": a list
            if cut not in commas and cut not in strong and (
                    last.endswith("ing") or (len(tokens) > 1 and tokens[-2].lower() == "to")
                    or verb_kind(tokens[-1]) is not None):
                continue  # "conspired to sneak | into Syria": the verb wants what follows
            if _n(head) <= limit and _n(head) >= (4 if cut in strong else 5) and last not in _END_BAD \
                    and last not in _NEEDS_COMPLEMENT and not _OBJECT_PRONOUN.search(_QUOTED_SPAN.sub(" ", head)) \
                    and not _open_quote(head) and has_verb(head, known) and not _open_subordinate(head):
                text = head
                break
    tail = re.search(r",\s([a-z][^,]*)$", text)
    if tail and not _open_quote(text) and not any(verb_kind(t) for t in tail.group(1).split()) \
            and _n(text[:tail.start()]) >= HEADLINE_MIN and has_verb(text[:tail.start()], known) \
            and tail.group(1).split()[0] not in ("and", "but", "or"):
        text = text[:tail.start()]  # a trailing appositive: "Yazidis, minority group" -> "Yazidis"
    text = re.sub(r"^(?:The|A|An)\s+(?=\S)", "", text)
    return _orphan_coordinator(text).rstrip(" .!;:,")


_STRONG = re.compile(r"\s(?:--|—|–|-)\s|[;:]\s")
_LIST_GOES_ON = re.compile(r"[a-z][\w'’-]*(?:,\s|\s(?:and|or)\s)")
_DROPPABLE = re.compile(r"(?<=\s)(?:a|an|the|his|her|their|its)\s(?=\w)")


def _headlinese(text: str) -> str:
    """Articles and possessive determiners out, as headlines drop them (outside quotes)."""
    return _drop_outside_quotes(text, _DROPPABLE)


def _drop_outside_quotes(text: str, pattern: re.Pattern[str]) -> str:
    spans = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    out, last = [], 0
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        out.append(text[last:m.start()])
        last = m.end()
    out.append(text[last:])
    return "".join(out)


_SUBORDINATORS = frozenset("since when while after before because although though if unless until whereas "
                           "once".split())


_CLAUSE_SUBJECTS = frozenset("the a an he she it they we i you his her their its this that these those".split())


def _open_subordinate(text: str) -> bool:
    """Does ``text`` end inside a subordinate clause that has no finite verb yet
    ("..., and since assuming office")?"""
    tokens = text.split()
    main = main_verbs(tokens)
    if not main:
        return False
    for k in range(len(tokens) - 1, main[0], -1):
        if tokens[k].lower().strip(",") in _SUBORDINATORS:
            rest = [t.lower() for t in tokens[k + 1:]]
            if not rest or rest[0].endswith("ing"):
                return True  # "..., and since assuming office"
            return rest[0] in _CLAUSE_SUBJECTS and not any(verb_kind(t) for t in rest)
    return False


# "Tulip Example, a former aide, and who is standing ..., was at ...": with the inserts
# gone, a coordinator is left between the subject and its verb
_COORD_VERB = re.compile(r"^(?P<subj>[^\"“‘,;:]{2,80}?)\s+(?:and|but|or)\s+(?=(?i:was|were|is|are|has|have|had|will|would|"
                         r"could|can|may|might|must|should|did|does|do)\b)")


def _orphan_coordinator(text: str) -> str:
    m = _COORD_VERB.match(text)
    if m and not has_verb(m.group("subj")):
        return m.group("subj") + " " + text[m.end():]
    return text


def _presents_of_pasts(text: str, source_words: frozenset[str]) -> frozenset[str]:
    """The words of ``text`` in -s whose past in -ed the source uses ("punches": "punched")."""
    out = set()
    for w in _WORD.findall(text.lower()):
        if len(w) > 3 and w.endswith("s") and (
                w[:-1] + "d" in source_words or w[:-1] + "ed" in source_words
                or (w.endswith("es") and w[:-2] + "ed" in source_words)
                or (w.endswith("ies") and w[:-3] + "ied" in source_words)):
            out.add(w)
    return frozenset(out)


def headline_problem(headline: str, source: Sequence[str] = ()) -> str | None:
    """Why ``headline`` is not a well-formed headline, or None when it is."""
    h = " ".join(headline.split())
    n = _n(h)
    if n < HEADLINE_MIN:
        return "too short"
    if n > HEADLINE_MAX:
        return "too long"
    if _LABEL.match(h) and not h.startswith(("'", '"', "“", "‘")):
        return "opens on a caption label"
    dep = opening_dependency(h)
    if dep and not dep.startswith("reference"):
        return f"opens on a {dep}"
    if _BAD_OPENING.match(h):
        return "opens on a verb, an infinitive or a conjunction"
    if _orphan_coordinator(h) != h:
        return "a coordinator between the subject and its verb"
    if h.rstrip().endswith("?"):
        return "a question"
    if _open_quote(h):
        return "unbalanced quotation marks"
    outside = _QUOTED_SPAN.sub(" ", h)
    m = _OBJECT_PRONOUN.search(outside)
    if m:
        return f"a pronoun “{m.group(0)}” with nothing to refer to"
    last = h.split()[-1].lower().strip("\"'“”‘’.,;:!?")
    if last in _END_BAD:
        return f"ends on “{last}”"
    if last in _NEEDS_COMPLEMENT:
        return f"ends on “{last}”, which wants what follows"
    if not has_verb(h.lower()) and not has_verb(h.lower(), _presents_of_pasts(
            h, frozenset(w.lower() for sent in source for w in _WORD.findall(sent)))):
        return "no finite verb"
    if _open_subordinate(h.lower()):
        return "ends inside a subordinate clause"
    if last.endswith(("'s", "’s")):
        return "ends on a possessive"
    described = described_subject(h, source)
    if described:
        return f"a subject that names no one (the source's “{described}” refers back)"
    tail = _tail_continues(h, source)
    if tail:
        return f"cut mid-phrase (the source goes on “{tail}”)"
    key = [w.lower() for w in words(h)]
    for sent in source:
        if not sent[: len(key[0]) + 4].lower().lstrip("\"'“‘( ").startswith(key[0]):
            continue  # a prefix starts with the headline's first word
        sw = [w.lower() for w in words(sent)]
        if len(sw) > len(key) and sw[: len(key)] == key:
            # cut mid-phrase: the source runs on without a break after the headline's words
            at = _cut_position(sent, len(key))
            nxt = _GOES_ON.match(sent[at:]) if at is not None else None
            if at is not None and not re.match(r"\s*(?:[,;:(]|\s[-–—]|[.!?])", sent[at:]) \
                    and not (nxt and nxt.group(1).lower() in _CLAUSE_START):
                return "a cut prefix of a source sentence"
    return None


def described_subject(headline: str, source: Sequence[str]) -> str | None:
    """The source's words when the headline's subject is a definite description with its
    article dropped, taken from a sentence that follows another ("The Brazil international
    is expecting ..." after "Barcelona star Neymar feels ..."): a headline must name its
    subject, and "Brazil International Is Expecting More Fireworks" names no one."""
    tokens = _QUOTED_SPAN.sub(" ", headline).split()
    main = main_verbs([t.lower() for t in tokens])
    if not main or main[0] > 5:
        return None
    subject = [w.lower() for w in words(" ".join(tokens[:main[0]]))]
    if not subject or subject[0] in ("the", "a", "an"):
        return None
    for i, sent in enumerate(source):
        if i == 0:
            continue
        first = _FIRST_WORD.search(sent)  # words(sent)[0], without reading the whole sentence
        if first is None or first.group(0).lower() != "the":
            continue
        sw = words(sent)
        if len(sw) <= len(subject) + 1 or sw[0].lower() != "the":
            continue
        if [w.lower() for w in sw[1:len(subject) + 1]] == subject:
            head = sw[len(subject)]
            if head.islower() and not head.endswith("s"):
                return " ".join(sw[:len(subject) + 1])
    return None


_GOES_ON = re.compile(r"^\s+[\"“‘']?([a-z][\w'’-]*)")
_FIRST_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*")  # a word as ``words`` reads it
_CLAUSE_START = frozenset("""who which that whose where when while after before as because since until
although though despite amid following but and or in at on for during over from with by near into
under across outside inside than to through against without within about around among between
including like unlike via amid toward towards yesterday today tonight now last this earlier later
recently early late overnight ahead""".split())


def _tail_continues(headline: str, source: Sequence[str]) -> str | None:
    """The word the source goes on with after the headline's last words, when it runs on
    inside the phrase ("... Magazine's disastrous | story"); None at a phrase's end."""
    ws = [w for w in words(_QUOTED_SPAN.sub(" ", headline))]
    if len(ws) < 2 or ws[-1] != words(headline)[-1]:
        return None
    pattern = re.compile(r"\b" + re.escape(ws[-2]) + r"\W{1,3}" + re.escape(ws[-1]) + r"\b", re.IGNORECASE)
    mine = {w.lower() for w in ws}
    for sent in source:
        if pattern.search(sent) is None:
            continue  # the last two words are not in it: nothing to find (and no set to build)
        theirs = {w.lower() for w in words(sent)}
        if len(mine & theirs) < 0.6 * len(mine):
            continue  # another sentence that happens to share the last two words
        for m in pattern.finditer(sent):
            nxt = _GOES_ON.match(sent[m.end():])
            if nxt and nxt.group(1).lower() not in _CLAUSE_START:
                return nxt.group(1)
            name = _NAME_GOES_ON.match(sent[m.end():])
            if name and ws[-1][:1].isupper() and sent[m.start():m.end()].split()[-1][:1].isupper():
                return name.group(1)  # "... Walker's character, Brian | O'Conner": a name cut
    return None


_NAME_GOES_ON = re.compile(r"^\s+([A-Z][\w'’-]*)")


def _cut_position(sentence: str, n_words: int) -> int | None:
    ms = list(re.finditer(r"\w+(?:[’'.\-]\w+)*", sentence))
    return ms[n_words - 1].end() if len(ms) >= n_words else None


# what a court, tribunal or inquest heard: an allegation, not a fact a headline may state bare
_ALLEGATION = re.compile(r"\b(?:court|tribunal|inquest|hearing|jury|trial)\s+(?:has\s+|had\s+|was\s+|were\s+)?"
                         r"(?:heard|told)\b|\ballegedly\b", re.IGNORECASE)
# "There is ...", "It's obvious that ...": no subject that a headline can state news about
_WEAK_OPENING = re.compile(r"^(?:There(?:'s|’s)?\s|It(?:'s|’s|\s+is|\s+was)\s|Here\s|This\s+is\s|What\s|Why\s|How\s|"
                           r"[\"“‘']|.*\?[\"'”’]?$)")
_BAD_OPENING = re.compile(r"^(?:No sooner|Hardly|Scarcely|Barely|Not only|Only when|Only after|To|Let alone|Has|Have|Is|Are|Was|Were|Do|Does|Did|And|But|Or)\s", re.IGNORECASE)
# a comma a clause may end at: what follows starts a clause, a participle phrase or a name
_CLAUSE_AFTER_COMMA = re.compile(
    r"(?:and|but|which|who|while|as|after|before|when|although|though|with|according|including|a|an|the|"
    r"adding|saying|where|whose|despite|amid|because|so|yet|[a-z]+ing|[a-z]+ed|[A-Z]\w*)\b")


def write_headline(sentences: Sequence[str], lead: int, *, language: str | None = "en",
                   ship: Sequence[bool] | None = None) -> str:
    """A headline from the lead (or the next sentence that stands alone), in Title Case."""
    english = (language or "en").split("-")[0] == "en"
    if not sentences:
        return ""
    if not english:
        return make_headline(sentences[lead], language=language or "und")
    # one pass over the first 40 sentences: a line break joins no two words
    source_words = frozenset(map(str.lower, _WORD.findall("\n".join(sentences[:40]))))
    tried = 0
    fallback: str | None = None
    for i in range(lead, len(sentences)):
        if tried >= 6:
            break
        dep = opening_dependency(sentences[i]) if i != lead else None
        if (ship is not None and not ship[i]) or (dep is not None and not dep.startswith("reference")) \
                or _WEAK_OPENING.match(sentences[i]) or _ALLEGATION.search(sentences[i]):
            continue  # an allegation heard in court never loses its attribution to a headline
        tried += 1
        head = trim(sentences[i], source_words)
        problem = headline_problem(head, sentences)
        if problem is None:
            return title_case(head)
        if fallback is None and problem.startswith("a subject that names no one"):
            fallback = head  # better than a cut lead, though it names no one
    return title_case(fallback) if fallback else make_headline(sentences[lead], language=language or "en")


# --- the plain compression (any language) ----------------------------------------------

LEGACY_WORDS = 14
LEGACY_SLACK = 2

_STRONG_BREAK = re.compile(r"\s(?:--|—|–|-)\s|[;:]\s|,\s(?=(?:and|but|or|so|yet)\s)")
_CLAUSE_BREAK = re.compile(r",\s")
_SUBORDINATE = re.compile(
    r"\s(?:who|which|whose|after|when|while|because|despite|although|though|"
    r"following|amid|before|until|unless|whereas)\s",
    re.IGNORECASE,
)
_AGE_APPOSITIVE = re.compile(r",\s\d{1,3},(?=\s)")
# what _TRAILING_ATTRIBUTION cannot match without (a cheap search that skips the costly one)
_ATTRIBUTION_VERB = re.compile(
    r"said|says|say|told|reported|reports|announced|confirmed|added|stated|claimed|warned|according to",
    re.IGNORECASE,
)
# Title Case leaves these lowercase inside a headline: articles, short conjunctions and
# prepositions of three letters or fewer.
_TITLE_SMALL = frozenset("a an the and but or nor for of in to on at by as via per off up out vs".split())


def make_headline(lead: str, *, language: str = "en") -> str:
    """Compress the lead sentence into a headline of source words only.

    Title Case is an English convention; other languages keep the sentence's own case.
    """
    text = lead.strip()
    m = _TRAILING_ATTRIBUTION.search(text) if _ATTRIBUTION_VERB.search(text) else None
    last_quote = max((q.end() for q in _QUOTED_SPAN.finditer(text)), default=0)
    if m and m.start() >= last_quote and len(words(text[: m.start()])) >= 4:
        text = text[: m.start()]
    lead_m = _LEADING_ATTRIBUTION.match(text)
    if lead_m and len(words(text[lead_m.end():])) >= 5 and not _open_quote(text[: lead_m.end()]):
        rest = text[lead_m.end():]
        text = rest[:1].upper() + rest[1:]  # "Officials said the dam held" -> "The dam held"
    text = text.rstrip(" .!;:,")
    if len(words(text)) > LEGACY_WORDS:
        text = _AGE_APPOSITIVE.sub("", text)  # "Moreno, 24, is" -> "Moreno is"
    if len(words(text)) > LEGACY_WORDS:
        # Keep the main clause: the longest head, cut at a strong break, a comma or
        # before a subordinate clause, that fits the headline.
        strong = sorted({m.start() for m in _STRONG_BREAK.finditer(text)}, reverse=True)
        commas = sorted({m.start() for m in _CLAUSE_BREAK.finditer(text)}, reverse=True)
        subordinate = sorted({m.start() for m in _SUBORDINATE.finditer(text)}, reverse=True)
        for cut in [*strong, *commas, *subordinate]:
            head = text[:cut].rstrip(" ,;:-–—")
            if 5 <= len(words(head)) <= LEGACY_WORDS and not _open_quote(head):
                text = head
                break
        else:
            if len(words(text)) > LEGACY_WORDS + LEGACY_SLACK:
                text = _first_words(text, LEGACY_WORDS)
    text = text.rstrip(" .!;:,")
    return title_case(text) if (language or "en").split("-")[0] == "en" else text


def _first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text``, never ending inside a quotation."""
    tokens = text.split()

    def bare(token: str) -> str:
        return token.strip(".,;:!?\"'“”‘’()").lower()

    # Best: end a phrase, just before a function word ("... 10 inmates | on death row").
    for k in range(min(n, len(tokens) - 1), 5, -1):
        head = " ".join(tokens[:k])
        if bare(tokens[k]) in SMALL_WORDS and bare(tokens[k - 1]) not in SMALL_WORDS and not _open_quote(head):
            return head.rstrip(",;:")
    for k in range(min(n, len(tokens)), 3, -1):
        head = " ".join(tokens[:k])
        if not _open_quote(head) and words(tokens[k - 1]) and words(tokens[k - 1])[-1].lower() not in SMALL_WORDS:
            return head.rstrip(",;:")
    return " ".join(tokens[:n])


def title_case(text: str) -> str:
    """Title Case as the seed does, leaving words inside quotation marks as they stand."""
    protected = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    out = []
    tokens = list(re.finditer(r"\S+", text))
    for k, m in enumerate(tokens):
        token = m.group(0)
        if any(s <= m.start() < e for s, e in protected):
            out.append(token)
            continue
        core = token.lstrip("([{\"'“‘")
        prefix = token[: len(token) - len(core)]
        if not core or not core[0].isalpha() or not core[0].islower() or not core.islower():
            out.append(token)
            continue
        word = core.split("-")[0].lower()
        if 0 < k < len(tokens) - 1 and word in _TITLE_SMALL:
            out.append(token)
            continue
        parts = core.split("-")
        core = "-".join(p[:1].upper() + p[1:] if p[:1].islower() else p for p in parts)
        out.append(prefix + core)
    return " ".join(out)
