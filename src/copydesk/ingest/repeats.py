"""Lines a page sets twice, which the copy must not ship twice or as its own: a caption that
runs into a sentence of the copy, a caption that retells a sentence before it, and a speaker's
words set again as a pull quote, without marks: "Like everyone, I have
personal circumstances that I have to manage. This is a role that requires ... " between two
paragraphs of the copy, and the same words later inside the speaker's quotation. Shipped, the
marked-less lines read as the paper's own words in the first person; and read as a repeat, the
quotation's own lines would go instead (``copydesk.ingest.roles`` takes a line that repeats an
earlier one for a caption)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from copydesk.ingest.captions import PICTURE_ROLES
from copydesk.ingest.dependency import opening_dependency
from copydesk.lexicon import IRREGULAR, SPOKE, STOPWORDS, stem
from copydesk.segment import ANY_MARK, find_quotes, open_quote

REPEAT_WORDS = 8  # a line's first words that say it repeats another
PULL_MIN_WORDS = 6  # a line's words, at least, for its repeat to say anything
_MARKS = "\"“”‘’'"
_MARKS_NOT_APOSTROPHES = "\"“”‘"  # (a line's own marks: an apostrophe may stand inside a word)


def pull_quotes(sentences: Sequence[str]) -> tuple[set[int], set[int]]:
    """The lines of an unmarked pull quote, and the lines of the quotation it repeats: two runs of
    the same lines, one opening on a quotation mark, the other with no mark in it at all; and lines
    that repeat a later speaker's quotation whole (``_pulled_from_quotations``)."""
    bare = [s.strip().lstrip(_MARKS).rstrip() for s in sentences]
    seen: dict[str, list[int]] = {}
    for i, b in enumerate(bare):
        if b.count(" ") >= PULL_MIN_WORDS - 1:
            seen.setdefault(b, []).append(i)
    twice = {i: at for at in seen.values() if len(at) == 2 for i in at}
    pulled: set[int] = _pulled_from_quotations(sentences)
    quoted: set[int] = set()
    if not twice:
        return pulled, quoted  # (most texts: no line the page sets twice)
    for first, second in {tuple(at) for at in twice.values()}:
        runs = [_run(first, twice), _run(second, twice)]
        marked = [sentences[run[0]].lstrip()[:1] in _MARKS for run in runs]
        if marked[0] == marked[1]:
            continue
        plain, speech = (runs[1], runs[0]) if marked[0] else (runs[0], runs[1])
        if any(c in sentences[k] for k in plain for c in _MARKS_NOT_APOSTROPHES):
            continue  # (a line with a mark of its own is no bare pull quote)
        pulled.update(plain)
        quoted.update(speech)
    return pulled, quoted


PULL_RUN_MAX = 3  # lines of a pull quote set from one quotation
PULL_FROM = 3  # a pull quote sits in the story, never among its first lines (a lead a statement repeats)
PULL_QUOTED_MIN_WORDS = 8
_LEANS_BACK = re.compile(r"(?:It|That|This|These|Those|He|She|They)\b")
_STRAIGHT_OPENING = re.compile(r"(?:^|\s)'(?=\w)")


def _pulled_from_quotations(sentences: Sequence[str]) -> set[int]:
    """Lines with no mark of their own whose words, one line or a few in a row, are a whole
    quotation a later line holds in its marks and tells with its speaker: a pull quote set from
    a speaker's words ("Since 2008, there hasn't been a single year of revenue gain ..." between
    two paragraphs, and later '"Since 2008, there hasn't been ... as a whole," says analyst Jo
    Example.'). Not among the story's first lines (a lead that a statement repeats word for word
    is the paper's), nor inside a quotation still open, nor a line the next one leans on."""
    spans: dict[tuple[str, ...], int] = {}
    for k, s in enumerate(sentences):
        if k > PULL_FROM and any(c in s for c in _MARKS_NOT_APOSTROPHES) and SPOKE.search(s):
            for q in find_quotes(s):
                words = tuple(_RUN_WORD.findall(q.text.lower()))
                if len(words) >= PULL_QUOTED_MIN_WORDS:
                    spans.setdefault(words, k)
    if not spans:
        return set()
    bare = [None if any(c in s for c in _MARKS_NOT_APOSTROPHES) or _STRAIGHT_OPENING.search(s)
            else tuple(_RUN_WORD.findall(s.lower())) for s in sentences]
    pulled: set[int] = set()
    for i in range(PULL_FROM, len(sentences)):
        if bare[i - 1] is None and open_quote(sentences[i - 1]) or sentences[i - 1].rstrip().endswith(":"):
            continue  # (a line inside a quotation still open, or one a colon brings in)
        words: tuple[str, ...] = ()
        for k in range(i, min(len(sentences), i + PULL_RUN_MAX)):
            if bare[k] is None:
                break
            words += bare[k]
            if spans.get(words, -1) > k and not (k + 1 < len(sentences) and _LEANS_BACK.match(sentences[k + 1])):
                pulled.update(range(i, k + 1))
                break
    return pulled


def _run(i: int, twice: dict[int, list[int]]) -> tuple[int, ...]:
    """The lines set twice in a row around ``i``, from the first of them."""
    start = i
    while start - 1 in twice:
        start -= 1
    end = i
    while end + 1 in twice:
        end += 1
    return tuple(range(start, end + 1))


# words a title or a name follows inside a sentence ("today's release of Fall of an Empire: ...")
_NAMES_AFTER = frozenset("of in on at the a an to for from with by and or as into about called named "
                         "titled dubbed".split())


def runs_into_another(sentences: list[str], out: list[str], heads: list[tuple[str, ...]],
                      shippable: frozenset[str]) -> None:
    """A line that runs, with no stop, into the opening words of another sentence of the text
    ("... spanned several blocks Wellington Batucada – a community-based percussion group –
    brought ...", where "Wellington Batucada – a community-based ..." is a sentence of its own):
    a chain of captions repeating the copy, which the copy tells in its own sentences. ``heads``:
    each sentence's first ``REPEAT_WORDS`` words, lowercased."""
    openings = {head: i for i, head in enumerate(heads)}
    for i, s in enumerate(sentences):
        if out[i] not in shippable or len(s) < 120:
            continue
        tokens = s.split()
        for k in range(4, len(tokens) - REPEAT_WORDS):
            if tokens[k][:1].isupper() and tokens[k - 1][-1:].islower() and tokens[k - 1] not in _NAMES_AFTER \
                    and openings.get(tuple(t.lower() for t in tokens[k:k + REPEAT_WORDS]), i) != i:
                out[i] = "caption"
                break


def opens_on_another(sentences: list[str], out: list[str], shippable: frozenset[str]) -> None:
    """A line that opens on the end of another sentence of the text, from its first words or
    from later in it, and runs on with no stop into a capital ("Shadow chancellor Ed Balls will
    point to figures ... changes | The Lib Dems said", after "However, in a speech in Yorkshire,
    Shadow chancellor Ed Balls will point to figures ... changes."): a caption that repeats the
    copy, glued to the line after it."""
    ends: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for s in sentences:
        words = tuple(s.rstrip(" .!?").lower().split())
        if len(words) >= REPEAT_WORDS:
            ends.setdefault(words[-REPEAT_WORDS:], []).append(words)
    for i, s in enumerate(sentences):
        if out[i] not in shippable or len(s) < 80:
            continue
        tokens = s.split()
        lowered = [t.lower() for t in tokens]
        for k in range(REPEAT_WORDS, len(tokens)):
            if not (tokens[k][:1].isupper() and tokens[k - 1][-1:].isalnum()):
                continue
            head = tuple(lowered[:k])
            if any(len(words) > k and words[-k:] == head or len(words) == k and words == head
                   for words in ends.get(head[-REPEAT_WORDS:], ())):
                out[i] = "caption"
                break


# A line that tells again, in other order, what a sentence before it told: nearly all its words
# are that sentence's, and every number too ("Residents of a Dallas neighborhood saw a man
# approach a male peacock ..." under the photo, after "Residents of Beckley Club Estates in
# Dallas, Texas, say that they saw a man approach a male peacock ..."). The page repeats its
# lines under its photos; read twice in the rewrite, it reads as a second event.
RETOLD_SHARE = 0.8
RETOLD_MIN_WORDS = 6
TOLD_MIN_WORDS, TOLD_SHARE, TOLD_ONE_SHARE = 10, 0.9, 0.6  # (a line the story told across its lines before)
RETOLD_REACH = 40
_PRONOUN_OPENERS = ("He ", "She ", "They ")
_TIME_WORDS = frozenset("since later now then recently earlier already".split())
CONTENT_WORD = re.compile(r"[a-z0-9£$€%][a-z0-9£$€%'’-]{2,}")
FIGURE = re.compile(r"\d[\d,.]*")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][a-z][\w-]*")
QUOTED_AGAIN_WORDS, QUOTED_SHARE_AGAIN = 3, 0.7  # (a line that quotes again what a line just before it quoted)
NEAR_SHARE, NEAR_REACH = 0.5, 3  # (a line beside a caption: half its words, from the last three lines)
_WORD = re.compile(r"[\w'’-]+")
_POINTED = re.compile(r"(?:Above|Below|Left|Right|Inset|Top|Bottom)(?:,|\s(?:left|right|centre|center),)\s")
BETWEEN_SHARE = 0.5  # (a line between a picture's mark and a caption: this much of it told before)
POINTED_SHARE = 0.6  # (a caption's first sentence before its "Above, ...": this much of it told before)
_WHEN = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:January|February|March|April|June|July|August|"
                   r"September|October|November|December)\b")  # (a new day or month told before an "Above, ...": news)
_PAST_FORM = re.compile(r"[a-z]{3,}ed|" + "|".join(IRREGULAR))  # ("fined", "reopened", "won")
# (a verb of the story's tense, past, future or speech, not a picture's present: "will have to call", "completed")
_STORY_TENSE = re.compile(r"\b(?:was|were|will|would|had|said|told)\b|(?<!\bis )(?<!\bare )(?<!\bbe )\b[a-z]{3,}ed\b")
_PERSON = re.compile(r"\b[A-Z][a-z][\w'’-]*\s[A-Z][a-z][\w'’-]*\b")  # ("Raheem Sterling": a name of two words)
# (a line on a part of a group told before tells something new of that part: "One of the officers had
# worked multiple overtime shifts" after "Ten of the 18 staffers ... were working overtime")
PARTITIVE = re.compile(r"(?:One|Two|Three|Four|Five|Some|Many|Most|Several|Half|Each|Both|Neither|Either|A few|A number)"
                        r" of (?:the|them|those|these|their|his|her|its|our)\b")


def _figures(text: str) -> set[str]:
    """The numbers ``text`` gives, a trailing comma or stop off ("2,000," -> "2,000")."""
    return {n.rstrip(",.") for n in FIGURE.findall(text)}


# (a line the story's next line leans on, after a speaker's words, is the story's, told again to bring in what
# follows: "He added: '...'" | "Webster was handed a community order ..." | "He was also told to pay £85 in costs":
# without it, "He" reads as the speaker; a caption set apart by its stop, "... community order .", is a caption
# all the same)
_PERSON_LEANS = re.compile(r"(?:He|She|They|His|Her|Their)\s")


def _leaned_on(sentences: list[str], out: list[str], shippable: frozenset[str], i: int) -> bool:
    line = sentences[i].rstrip()
    return 0 < i and i + 1 < len(sentences) and out[i + 1] in shippable \
        and _PERSON_LEANS.match(sentences[i + 1]) is not None and ANY_MARK.search(sentences[i - 1]) is not None \
        and line[-1:] == "." and line[-2:-1] != " " and line[:1].isupper() and not line.startswith(_PRONOUN_OPENERS)


def retold(sentences: list[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line that tells again what one before it told (see above): a caption."""
    words: list[frozenset[str]] = []
    stems: list[frozenset[str]] = []
    stem_of: dict[str, str] = {}  # (each word's stem, a possessive's "'s" off, worked out once)
    for s in sentences:
        found = set(CONTENT_WORD.findall(s.lower().replace("’", "'")))  # (words of three letters or more)
        found -= STOPWORDS
        words.append(frozenset(found))
        stems.append(frozenset(stem_of.setdefault(w, stem(_POSSESSIVE_END.sub("", w))) for w in found))
    lead = next((k for k, role in enumerate(out) if role in shippable), -1)  # (no line of retold's own is the lead)
    told_numbers: set[str] = set()  # (the numbers and words the story told before each line)
    told_words: set[str] = set()
    told_forms: dict[str, set[str]] = {}  # (and each stem's words as told: a past the story told only in its bare
    # form, "faces a fine", "is set to reopen", is news, "was fined", "reopened"; not so after "scoring")
    for i, mine in enumerate(words):
        if i and out[i - 1] in shippable:
            told_numbers |= _figures(sentences[i - 1])
            told_words |= stems[i - 1]
            for w in words[i - 1]:
                told_forms.setdefault(stem_of[w], set()).add(w)
        if out[i] not in shippable or len(mine) < RETOLD_MIN_WORDS or _leaned_on(sentences, out, shippable, i):
            continue
        stemmed = stems[i]
        told_here = {s for w in mine if (s := stem_of[w]) in told_words
                     and (not _PAST_FORM.fullmatch(w) or told_forms[s] - {w[:-1], w[:-2], w[:-3], IRREGULAR.get(w)})}
        if len(mine) >= TOLD_MIN_WORDS and not PARTITIVE.match(sentences[i]) and len(told_here) >= TOLD_SHARE * len(stemmed) \
                and _figures(sentences[i]) <= told_numbers \
                and (tellers := [j for j in range(max(0, i - RETOLD_REACH), i)
                              if len(stemmed & stems[j]) >= TOLD_ONE_SHARE * len(stemmed) and out[j] in shippable]):
            # told before, much of it in one line and the rest across the story ("Elle Example, who turned 51
            # last month, has revealed ..." after "She turned 51 ..." and "The model has revealed ...": a
            # caption that brings nothing new); but where the line that told it first stands among captions
            # and says no more, that line is the caption and this one the story's (a caption block of lines
            # set again, then "Millions have fled Syria ...", which the story tells a few lines on)
            first = max(tellers, key=lambda j: len(stemmed & stems[j]))
            if lead < first and out[first - 1] == "caption" and stemmed - stems[first] and len(stems[first] - stemmed) <= 1 \
                    and _figures(sentences[first]) <= _figures(sentences[i]):
                out[first] = "caption"
            else:
                out[i] = "caption"
            continue
        need = RETOLD_SHARE * len(mine)
        # (the name a line opens on, where a line before told that person by a pronoun: "Derek snapped a
        # photo of the note ..." after "He later snapped a photo of the stranger's note ...", the story
        # having named Derek before it; the line then tells nothing else new but a time word)
        named = (first := sentences[i].split(None, 1)[0]).istitle() and first.isalpha() and first.lower() in mine
        for j in range(max(0, i - RETOLD_REACH), i):
            if named and out[j] in shippable and sentences[j].startswith(_PRONOUN_OPENERS) \
                    and first.lower() not in words[j] and not (mine - words[j]) - {first.lower()} - _TIME_WORDS \
                    and any(first in sentences[k] for k in range(j)):
                out[i] = "caption"
                break
            if len(mine & words[j]) < need or out[j] not in shippable:
                continue
            # (and every number and name among that sentence's: "Grant Ward (Ipswich Town) right
            # footed shot ..." is not Freddie Sears's)
            if set(FIGURE.findall(sentences[i])) <= set(FIGURE.findall(sentences[j])) \
                    and {w.lower() for w in _CAPITALISED.findall(sentences[i], 1)} <= words[j]:
                out[i] = "caption"
                break
        else:
            # beside a caption, a line that tells half of a sentence just before it again, its people
            # and numbers among that sentence's ("Liverpool forward Raheem Sterling has rejected a new
            # £100,000-a-week deal to stay at Anfield." after "... after he rejected a new deal worth
            # £100,000-a-week"): the next picture's caption
            # (or after a picture's stop alone: "... the Facebook page of Mohammed Junaid Thorne. | . | Days before he
            # arrested, Besim was browsing the Facebook page of Mohammed Junaid Thorne.", judge CC 13)
            # (or, anywhere, a line that quotes again what one just before it quoted, most of its words that line's:
            # "Harley Levanic posted an image of a new neck tattoo reading 'Infidel' with the caption 'Who is next
            # boys?'" two lines after the story told the post, judge CC 14)
            beside = any(0 <= k < len(out) and out[k] == "caption" for k in (i - 1, i + 1)) \
                or (i and out[i - 1] == "picture")
            quoted = [q.text.lower() for q in find_quotes(sentences[i]) if len(q.text.split()) >= QUOTED_AGAIN_WORDS] \
                if not beside else []
            if not beside and not quoted:
                continue
            people = {w.lower() for m in _PERSON.finditer(sentences[i]) for w in m.group(0).split()}
            for j in range(max(0, i - NEAR_REACH), i):
                if out[j] in shippable and len(mine & words[j]) >= (NEAR_SHARE if beside else QUOTED_SHARE_AGAIN) * len(mine) \
                        and people and people <= set(_WORD.findall(sentences[j].lower())) \
                        and set(FIGURE.findall(sentences[i])) <= set(FIGURE.findall(sentences[j])) \
                        and (beside or all(q in sentences[j].lower() for q in quoted)):
                    out[i] = "caption"
                    break
    # (a line with no mark between a picture's mark, a stop alone, and a line the story set again: the
    # picture's own caption, "... a 'children's game'. | . | The BBC's online game, Syrian Journey, often
    # ends with ... | [the lead set again]")
    # half of whose stems the story told before it (not one with news of its own, "Images on social media
    # appeared to show a section of the roof had been removed": judge pair49)
    told: set[str] = set()
    for i in range(len(sentences) - 1):
        if i and (out[i - 1] == "picture" or i >= 2 and out[i - 1] == out[i - 2] == "caption") \
                and out[i + 1] == "caption" and out[i] in shippable \
                and not OPENING_MARK.search(sentences[i]) and len(words[i]) >= RETOLD_MIN_WORDS \
                and len(stems[i] & told) >= BETWEEN_SHARE * len(stems[i]) \
                and ((dep := opening_dependency(sentences[i])) is None or dep.startswith("pronoun")) \
                and not (_STORY_TENSE.search(sentences[i]) and any(
                    sentences[i + 1].split()[:REPEAT_WORDS] == sentences[j].split()[:REPEAT_WORDS] for j in range(i - 1))):
            out[i] = "caption"  # (not a line that goes on from the story's: "Of course, Jake had to ..."; nor one in the
            # story's tense before a line set again, reviewer rev49)
        elif out[i] in shippable:
            told |= stems[i]
    # (and a caption's first sentence before its "Above, ..." that tells again what the story told: "On
    # Monday, the FBI announced the arrest of six ... men from Minnesota ... | Above, FBI Special Agent ...")
    told = set()
    told_when: set[str] = set()  # (its numbers, days and months told before too: a new one is news, reviewer rev49)
    for i in range(len(sentences) - 1):
        if out[i] in shippable and told and out[i + 1] == "caption" and _POINTED.match(sentences[i + 1]) \
                and not OPENING_MARK.search(sentences[i]) and len(stems[i]) >= RETOLD_MIN_WORDS \
                and len(stems[i] & told) >= POINTED_SHARE * len(stems[i]) \
                and _figures(sentences[i]) | set(_WHEN.findall(sentences[i])) <= told_when:
            out[i] = "caption"
        elif out[i] in shippable:
            told |= stems[i]
            told_when |= _figures(sentences[i]) | set(_WHEN.findall(sentences[i]))


# A line set just before a picture's captions that the story's next line tells again, in full:
# "Lewis Hamilton told the Clare Balding Show how he once stepped on former President Bill Clinton's
# foot." | [captions] | "Speaking on ... The Clare Balding Show on Thursday night, Hamilton revealed
# how once stepped on the foot of former USA President Bill Clinton ...": the first picture's caption,
# which the rewrite, with the captions gone, would tell twice.
AHEAD_SHARE = 0.75
AHEAD_REACH = 6  # lines from the caption's to the story's, at most
AHEAD_OPENING = 5  # words a caption with no picture after it opens on as the story's line does
_POSSESSIVE_END = re.compile(r"['’]s$")
_NEGATED = re.compile(r"\b(?:not|never|no|nor|none|nobody|nothing)\b|n['’]t\b", re.IGNORECASE)
_TELLING = frozenset("told tells said says revealed reveals explained explains recalled recalls described describes".split())


_QUOTED_WORDS = re.compile(r"(?:^|(?<=[\s(]))['‘\"“]([^'’\"”]{2,60})['’\"”]")


def _quoted_in(line: str, story: str) -> bool:
    """Has ``line`` phrases in marks, three words at most in all and no other mark, and does ``story`` hold each of
    them (a show's title both lines name, "'Peepshow'"; a speaker's words are longer, and keep the line)?"""
    phrases = _QUOTED_WORDS.findall(line)
    return bool(phrases) and not OPENING_MARK.search(_QUOTED_WORDS.sub(" ", line)) \
        and all(p in story for p in phrases) and len(" ".join(phrases).split()) <= 3


def _plain_words(text: str) -> set[str]:
    """Content words of ``text``, a possessive's "'s" off ("clinton's" -> "clinton")."""
    return {_POSSESSIVE_END.sub("", w) for w in CONTENT_WORD.findall(text.lower())} - STOPWORDS


def retold_ahead(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line (not the lead) right before a caption, whose words, numbers and names the
    story's next line after the captions holds nearly all: a caption. So is one that a story line a
    few lines on opens as it does and tells in full ("The robots were originally created by Walker for
    a show called 'Peepshow'." before "The robots were originally created in 2012 by Walker for ...")."""
    first = next((i for i, role in enumerate(out) if role in shippable), None)
    # (each line's first words, and the lines that open alike: most open as no other does)
    openings = [" ".join(s.split(None, AHEAD_OPENING)[:AHEAD_OPENING]) for s in sentences]
    counts = Counter(openings)
    for i in range(len(sentences) - 1):
        if out[i] not in shippable or i == first:
            continue
        if out[i + 1] in PICTURE_ROLES:
            j = next((k for k in range(i + 2, min(len(sentences), i + 2 + AHEAD_REACH)) if out[k] in shippable), None)
        elif counts[openings[i]] > 1:
            j = next((k for k in range(i + 1, min(len(sentences), i + 1 + AHEAD_REACH))
                      if out[k] in shippable and openings[k] == openings[i]), None)
        else:
            continue
        if j is None or len(sentences[j]) <= len(sentences[i]) or sentences[j].startswith(_PRONOUN_OPENERS):
            continue  # (a story line on a pronoun may not ship where the caption's line stood: "She could face ...")
        mine, theirs = _plain_words(sentences[i]), _plain_words(sentences[j])
        if len(mine) < RETOLD_MIN_WORDS or len(mine & theirs) < AHEAD_SHARE * len(mine) \
                or OPENING_MARK.search(sentences[i]) and not _quoted_in(sentences[i], sentences[j]) \
                or _NEGATED.search(sentences[i]) and not _NEGATED.search(sentences[j]):
            continue
        # (what it has that the story's line lacks: a verb of telling, and the person's given name before
        # the surname the story's line tells them by; any other word may be the news, "resigned", "died")
        given = sentences[i].split(None, 1)[0].lower()
        if not (mine - theirs) <= _TELLING | ({given} if given in mine else set()):
            continue
        # (every number, and every capitalised word but the line's first, is the story line's own)
        if set(FIGURE.findall(sentences[i])) <= set(FIGURE.findall(sentences[j])) \
                and {_POSSESSIVE_END.sub("", w.lower()) for w in _CAPITALISED.findall(sentences[i], 1)} <= theirs:
            out[i] = "caption"


# A person named in full with their age again, as the copy named them a few lines before: "Monsour
# Example, 27, was arrested on Friday at the border." after "Monsour Example, 27, is in the U.S. on a
# student sponsorship ...": copy gives a name and an age once; a picture's caption gives them again.
_NAME_AGE_OPENS = re.compile(r"((?:[A-Z][\w'’-]+\s){1,3}[A-Z][\w'’-]+),\s(\d{1,3}),\s")
NAMED_AGAIN_REACH = 5
NAMED_AGAIN_WORDS = 25
AGAIN_TOLD_SHARE = 0.6


def aged_again(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line of ``NAMED_AGAIN_WORDS`` words at most, with no quotation, that opens on a
    full name and an age a shippable line at most ``NAMED_AGAIN_REACH`` before it opened on: a caption."""
    opened: dict[tuple[str, str], int] = {}
    for i, s in enumerate(sentences):
        if out[i] not in shippable or not s[:1].isupper() or ", " not in s[:60] or (m := _NAME_AGE_OPENS.match(s)) is None:
            continue
        key = (m.group(1), m.group(2))
        if key in opened and i - opened[key] <= NAMED_AGAIN_REACH and len(s.split()) <= NAMED_AGAIN_WORDS \
                and not OPENING_MARK.search(s):
            # (and what it tells after the name, the story tells elsewhere: most of its words, every figure;
            # not the court's date, the sentence, the sum stolen, each news of its own)
            told = " ".join(sentences[k] for k in range(len(sentences)) if k != i and out[k] in shippable)
            rest = _plain_words(s[m.end():])
            if rest and len(rest & _plain_words(told)) >= AGAIN_TOLD_SHARE * len(rest) \
                    and set(FIGURE.findall(s[m.end():])) <= set(FIGURE.findall(told)):
                out[i] = "caption"
                continue
        opened.setdefault(key, i)


# A caption that quotes again words the copy quoted before it: 'The DJ believes: "I want people to
# know ..." "I look in the mirror and I feel like it's me who's looking back ...," says Example.'
# after the copy's paragraph that ends on the same words. Ten words running, the same, are no chance.
AGAIN_WORDS = 10
QUOTED_SHARE = 0.6  # of a line's words inside quotation marks, at least
_RUN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def quoted_again(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """On a page that sets captions, a shippable line beside a caption (or the stop a picture
    left), most of its words inside quotation marks, one quotation of ``AGAIN_WORDS`` words or
    more the earlier lines held whole: a caption repeating the copy's quotation. (Not a
    charge or a long name the copy repeats, nor a caption with the copy's next sentence glued to
    it; and away from the captions the copy may quote in full what its lead quoted in part.)"""
    if "caption" not in out:
        return
    # (the lines beside a picture that hold a quotation's marks, found first: most pages have none)
    near = [i for i, s in enumerate(sentences) if out[i] in shippable and ("'" in s or "‘" in s or '"' in s or "“" in s)
            and any(0 <= k < len(out) and out[k] in PICTURE_ROLES for k in (i - 1, i + 1))]
    if not near:
        return
    told, upto = " ", 0  # the earlier shippable lines' words, read up to ``upto``
    for i in near:
        told += "".join(" ".join(_RUN_WORD.findall(sentences[k].lower())) + " " for k in range(upto, i)
                        if out[k] in shippable)
        upto = i
        words = _RUN_WORD.findall(sentences[i].lower())
        spans = [_RUN_WORD.findall(q.text.lower()) for q in find_quotes(sentences[i])]
        # (a quotation the earlier line held whole: not the full words after a lead that quoted part)
        if sum(map(len, spans)) >= QUOTED_SHARE * len(words) \
                and any(len(q) >= AGAIN_WORDS and f" {' '.join(q)} " in told for q in spans):
            out[i] = "caption"


# A line set between two captions that the copy tells in full around it, before and after ("Gerrard
# will miss Liverpool's FA Cup quarter-final replay with Blackburn because of suspension." between
# "Steven Gerrard (right) trains ..." and "Robbie Fowler, pictured with ..., says ...", the copy
# telling the replay before and the suspension after): the first picture's caption goes on.
AROUND_SHARE = 0.8
AROUND_REACH = 8  # the copy's lines read on each side
AROUND_MAX_WORDS = 25
OPENING_MARK = re.compile(r"(?:^|[\s(])[\"“‘']|[\"”]")  # (a quotation's mark, not an apostrophe)


def told_around(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A shippable line of no more than ``AROUND_MAX_WORDS`` words between two captions, with no
    quotation marks, ``AROUND_SHARE`` of its words, every number and every capitalised word
    told by the copy's lines within ``AROUND_REACH`` on either side: a caption."""
    if out.count("caption") < 2:
        return
    for i in range(1, len(out) - 1):
        s = sentences[i]
        if out[i] not in shippable or out[i - 1] != "caption" or out[i + 1] != "caption" \
                or len(s.split()) > AROUND_MAX_WORDS or OPENING_MARK.search(s) or SPOKE.search(s):
            continue
        mine = frozenset(CONTENT_WORD.findall(s.lower())) - STOPWORDS
        if len(mine) < RETOLD_MIN_WORDS:
            continue
        near = [k for k in range(max(0, i - AROUND_REACH), min(len(out), i + AROUND_REACH + 1))
                if k != i and out[k] in shippable]
        if not any(k < i for k in near) or not any(k > i for k in near):
            continue
        told = " ".join(sentences[k] for k in near)
        words = frozenset(CONTENT_WORD.findall(told.lower()))
        if len(mine & words) >= AROUND_SHARE * len(mine) \
                and set(FIGURE.findall(s)) <= set(FIGURE.findall(told)) \
                and all(w in told for w in _CAPITALISED.findall(s)):
            out[i] = "caption"


LINE_STOPS = ".!?\"'”’)…"  # (what a line of running text ends on, as ``roles`` reads it)


def caption_pair_first(sentences: Sequence[str], first: int, second: int) -> bool:
    """Are lines ``first`` and ``second`` the same line twice, the first run into the next with no
    stop (a caption of two lines run into the copy: "Sam Example, of Northtown, was jailed for 12
    weeks ... | As well as being jailed, he was also banned ... his victim 'He regrets that ...'")
    and the second followed by that next line whole, with its stop? Then the page set the
    caption first and the story's own lines later."""
    if sentences[first].strip() != sentences[second].strip() or second + 1 >= len(sentences) or first + 1 >= second:
        return False
    if first < 2 or sentences[first + 2].lstrip()[:1] not in "'\"‘“" or not _PERSON.search(sentences[first - 1]):
        return False  # (never the lead nor the line after it; the run-on line ran into a quotation; and the
        # story's line before the caption names someone, whom the quotation's "He" may mean once the caption is
        # gone: reviewer rev45)
    run_on, whole = sentences[first + 1].rstrip(), sentences[second + 1].rstrip()
    return run_on[-1:] not in LINE_STOPS and whole[-1:] in LINE_STOPS and whole[:-1].rstrip() == run_on


def quoted_deck(sentences: Sequence[str], out: list[str], first: int, second: int) -> bool:
    """Is line ``first``, opening the copy, a deck that quotes the speaker whose words line ``second``
    gives again on their own ('"You're going to see ... on other platforms," says Jo Example, director
    for games at the tech giant.' over the lead, then '"You're going to see ... on other platforms."'
    in the speaker's paragraph, judge QJ 04)? The deck goes and the story keeps its line."""
    opening, again = sentences[first].lstrip(), sentences[second].strip()
    return not any(out[k] in ("lead", "body", "quote") for k in range(first)) \
        and opening[:1] in "\"“'‘" and again[:1] in "\"“'‘" and again[-1:] in "\"”'’" \
        and again[1:-2] in opening and _SAYS_AFTER.search(opening) is not None


_SAYS_AFTER = re.compile(r"[,.!?][\"”'’]\s(?:says|said)\s[A-Z]")


# a page's deck set with a stop above the lead: "The home-improvement retailer earned $2.8 billion in
# the third quarter." before "Dow component Home Depot reported ..." and "The home-improvement
# retailer earned $2.8 billion, or $2.53 per diluted share, ..." (judge PO 03, page-51374560)
_DESCRIBED_OPENING = re.compile(r"The\s(?:[a-z][\w-]*\s){1,3}[a-z]")
DECK_REACH, DECK_SHARE = 5, 0.6
_LETTERS = re.compile(r"[a-z]+")


def deck_told_again(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """The first shippable line, opening on a description ("The home-improvement retailer ..."),
    whose figures a longer line within ``DECK_REACH`` lines tells again with most of its words,
    and the lines there all of its words ("third quarter" in "third-quarter earnings"): the page's
    deck, a standfirst (the longer line tells the story, and names who it is about)."""
    first = next((i for i, role in enumerate(out) if role in shippable), None)
    if first is None or not _DESCRIBED_OPENING.match(sentences[first]):
        return
    mine, figures = _plain_words(sentences[first]), set(FIGURE.findall(sentences[first]))
    near = range(first + 1, min(len(sentences), first + 1 + DECK_REACH))
    told = set(_LETTERS.findall(" ".join(sentences[j] for j in near if out[j] in shippable).lower()))
    if len(mine) < RETOLD_MIN_WORDS or not {p for w in mine for p in _LETTERS.findall(w)} <= told:
        return
    for j in near:
        if out[j] in shippable and len(sentences[j]) > len(sentences[first]) and figures <= set(FIGURE.findall(sentences[j])) \
                and sentences[j].split()[:3] == sentences[first].split()[:3] \
                and len(mine & _plain_words(sentences[j])) >= DECK_SHARE * len(mine):
            out[first] = "standfirst"
            return
