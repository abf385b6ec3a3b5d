"""Words: the one tokenizer, stemmer, stop list and speech-verb list copydesk uses.

The extractive engine ranks sentences with these, segmentation counts with them and
the checker matches an output sentence against its source with them, so the engine
and the checker always agree about what a word, a stem or an attribution is.

* ``words``: words as written, for counting ("U.S.", "al-Assad", "it's" are one each).
* ``tokens`` / ``clause_tokens`` / ``raw_tokens``: lowercased word tokens (dotted
  abbreviations joined, "U.S." -> "us"; a possessive "s" dropped), with clause breaks,
  or with case and offsets kept.
* ``flat``: letters and digits only, lowercased (verbatim lookups).
* ``stem``: a light suffix stripper ("bombs"/"bomb", "charged"/"charge").
* ``STOPWORDS``: function words; ``NEWS_FILLER``: words every news story uses.
* ``SPEECH`` / ``SPEECH_VERBS``: the verbs of attribution ("said", "told", "according").
* ``BACK_NOUNS``: "the move", "the announcement": nouns that bare point back.
* ASCII fast path: for ASCII text (most news, once its curly quotes and dashes are spaced
  out) ``str.translate`` does the regexes' work several times faster; ``sentence_tokens``
  tokenises many sentences in one pass.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

# --- tokens -----------------------------------------------------------------

_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# every dotted abbreviation holds ".X."; a pattern that opens with a literal is found fast
DOTTED_HINT = re.compile(r"\.[A-Za-z]\.")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_ALNUM_DROP = re.compile(r"[\W_]+", re.UNICODE)
_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*", re.UNICODE)
_CLAUSE_TOKEN = re.compile(r"[^\W_]+|[,;:!?()\[\]\"“”«»—–]", re.UNICODE)

# ASCII fast path: every character that is not a letter or digit becomes a space
# (tokens) or goes (flat); the ``_LINES`` tables keep newlines, to split many at once.
_NON_ALNUM = "".join(chr(c) for c in range(128) if not chr(c).isalnum())
ASCII_SPACES = str.maketrans(dict.fromkeys(_NON_ALNUM, " "))
ASCII_DROP = str.maketrans("", "", _NON_ALNUM)
ASCII_SPACES_LINES = str.maketrans({c: " " for c in range(128) if not chr(c).isalnum() and c != 10})
ASCII_DROP_LINES = str.maketrans("", "", "".join(chr(c) for c in range(128)
                                                 if not chr(c).isalnum() and c != 10))


def undot(text: str) -> str:
    """"U.S." -> "US", "u.k." -> "uk": dotted abbreviations become one token."""
    if not DOTTED_HINT.search(text):
        return text
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)


def tokens(text: str) -> list[str]:
    """Lowercased word tokens; a possessive or clitic "s" ("Bader's", "bader 's") is dropped."""
    text = undot(text).lower()
    found = text.translate(ASCII_SPACES).split() if text.isascii() else _TOKEN.findall(text)
    return _without_s(found)


def words(text: str) -> list[str]:
    """Words as written (case kept), with inner apostrophes, dots and hyphens ("U.S.", "al-Assad")."""
    return list(_words(text))  # (a list of the caller's own)


# The headline's rules count and compare the words of the same few texts again and again
# (half their questions, within one article): the last answers are kept, about an article's.
@lru_cache(maxsize=256)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


# ASCII fast path of ``clause_tokens``: a clause break becomes a "|" word, any other
# character that is not a letter or digit a space
_ASCII_CLAUSE = str.maketrans({c: (" | " if chr(c) in ",;:!?()[]\"" else " ")
                               for c in range(128) if not chr(c).isalnum()})


def clause_tokens(text: str) -> list[str]:
    """``tokens`` plus a "|" wherever punctuation breaks the clause."""
    text = undot(text).lower()
    if text.isascii():
        return [t for t in text.translate(_ASCII_CLAUSE).split() if t != "s"]
    out = []
    for t in _CLAUSE_TOKEN.findall(text):
        if t == "s":
            continue
        out.append(t if t[0].isalnum() else "|")
    return out


def raw_tokens(text: str) -> list[tuple[str, int]]:
    """Tokens with their case kept, and their offsets in ``undot(text)``."""
    return [(m.group(0), m.start()) for m in _TOKEN.finditer(undot(text))]


def flat(text: str) -> str:
    """Letters and digits only, lowercased: quote marks, spacing and punctuation fall away."""
    text = text.lower()
    return text.translate(ASCII_DROP) if text.isascii() else _ALNUM_DROP.sub("", text)


# Marks beyond ASCII that news text is full of (curly quotes, dashes, the ellipsis, currency):
# none is a letter or digit, so for tokens and flats each is as good as a space.
SEPARATORS_BEYOND_ASCII = "‘’“”–—…«»„£€•·"


def joined_lines(sentences: list[str]) -> str | None:
    """The sentences one a line, with ``SEPARATORS_BEYOND_ASCII`` spaced out, when that is
    ASCII text with no line break inside a sentence (the fast path: most news beyond ASCII is
    ASCII but for its marks); else None."""
    joined = "\n".join(sentences)
    if not sentences or joined.count("\n") != len(sentences) - 1:
        return None
    if not joined.isascii():
        for mark in SEPARATORS_BEYOND_ASCII:
            if mark in joined:
                joined = joined.replace(mark, " ")
        if not joined.isascii():
            return None
    return joined


def sentence_tokens(sentences: list[str]) -> list[list[str]]:
    """``tokens`` of each sentence, in one pass over the whole text when it is ASCII (or ASCII
    once its marks are spaced out). The engine and the checker ask it of the same article's
    sentences one after the other: the last few answers are kept (each caller gets lists of
    its own)."""
    return list(map(list, _sentence_tokens(tuple(sentences))))


@lru_cache(maxsize=4)
def _sentence_tokens(sentences: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    joined = joined_lines(list(sentences))
    if joined is None:
        return tuple(tuple(tokens(s)) for s in sentences)
    if DOTTED_HINT.search(joined):  # undot only the sentences that need it
        joined = "\n".join(undot(s) for s in joined.split("\n"))
    lines = joined.lower().translate(ASCII_SPACES_LINES).split("\n")
    return tuple(tuple(_without_s(line.split())) for line in lines)


def _without_s(found: list[str]) -> list[str]:
    """``found`` less each "s" token (a possessive or clitic), copied only when one is there."""
    return [t for t in found if t != "s"] if "s" in found else found


def sentence_flats(sentences: list[str]) -> list[str]:
    """``flat`` of each sentence, in one pass over the whole text when it is ASCII (or ASCII
    once its marks are spaced out)."""
    joined = joined_lines(sentences)
    if joined is None:
        return [flat(s) for s in sentences]
    return joined.lower().translate(ASCII_DROP_LINES).split("\n")


def is_capital(word: str) -> bool:
    """Written with a capital: "Smith", "NASA" (a name's shape, not proof of one)."""
    return word[:1].isupper() or (len(word) > 1 and word.isupper())


def is_lowercased(text: str) -> bool:
    """True for text written without capitals (FRANK-style "bader 's goal")."""
    if text.isascii():  # every ASCII letter is cased: one test in C
        return text.islower()
    return any(c.isalpha() for c in text) and not any(c.isupper() for c in text)


# --- stems ------------------------------------------------------------------


# Irregular verb forms, to their base form (only forms with no other common sense).
IRREGULAR = {
    "beaten": "beat", "won": "win", "lost": "lose", "taken": "take", "took": "take", "given": "give",
    "gave": "give", "chosen": "choose", "chose": "choose", "stolen": "steal", "stole": "steal",
    "thrown": "throw", "threw": "throw", "driven": "drive", "drove": "drive", "broken": "break",
    "broke": "break", "shown": "show", "known": "know", "knew": "know", "seen": "see", "made": "make",
    "sent": "send", "ran": "run", "sold": "sell", "bought": "buy", "became": "become", "came": "come",
    "went": "go", "gone": "go", "held": "hold", "kept": "keep", "paid": "pay", "brought": "bring",
    "caught": "catch", "fought": "fight", "struck": "strike", "shot": "shoot", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly", "grew": "grow",
    "grown": "grow", "spent": "spend", "built": "build", "began": "begin", "begun": "begin",
    "met": "meet", "written": "write", "wrote": "write", "spoke": "speak", "spoken": "speak",
    "told": "tell", "said": "say", "thought": "think", "sought": "seek", "taught": "teach",
    "wore": "wear", "worn": "wear", "sang": "sing", "sung": "sing", "swam": "swim", "ate": "eat",
    "eaten": "eat", "forgot": "forget", "forgotten": "forget", "hid": "hide", "hidden": "hide",
    "sank": "sink", "sunk": "sink", "shrank": "shrink", "slid": "slide", "dealt": "deal",
    "meant": "mean", "lent": "lend", "felt": "feel", "slept": "sleep", "fled": "flee", "died": "die",
    "dies": "die", "dying": "die", "lying": "lie", "children": "child", "men": "man", "women": "woman",
    "people": "person",
    # (less common, each with its participle where it differs)
    "arose": "arise", "arisen": "arise", "bent": "bend", "blew": "blow", "blown": "blow", "bred": "breed",
    "burnt": "burn", "clung": "cling", "crept": "creep", "dug": "dig", "drank": "drink", "dwelt": "dwell",
    "forbade": "forbid", "forbidden": "forbid", "forgave": "forgive", "forgiven": "forgive", "heard": "hear",
    "knelt": "kneel", "laid": "lay", "leapt": "leap", "learnt": "learn", "misled": "mislead",
    "mistook": "mistake", "overcame": "overcome", "overheard": "overhear", "overthrew": "overthrow",
    "overthrown": "overthrow", "sat": "sit", "shook": "shake", "shaken": "shake", "shone": "shine",
    "spun": "spin", "sprang": "spring", "sprung": "spring", "stank": "stink", "stung": "sting",
    "strode": "stride", "strove": "strive", "striven": "strive", "swung": "swing", "slung": "sling",
    "trod": "tread", "trodden": "tread", "underwent": "undergo", "undergone": "undergo",
    "understood": "understand", "wept": "weep", "withheld": "withhold", "befell": "befall",
    "befallen": "befall", "beheld": "behold", "mislaid": "mislay", "outgrew": "outgrow", "outgrown": "outgrow",
    "foresaw": "foresee", "foreseen": "foresee", "foresees": "foresee", "oversaw": "oversee",
    "overseen": "oversee", "oversees": "oversee",
}
# the table's plural nouns, no verb's forms ("men" is no past of "man")
IRREGULAR_NOUN_FORMS = frozenset(("children", "men", "women", "people"))
# the irregular pasts whose present the headline's tense rules may write from the base above
# (``engines/verbs``; the common ones it has in its own table, with their nouns' care)
IRREGULAR_PASTS = ("arose bent blew bred burnt clung crept dealt dug drank dwelt forbade forgave heard knelt laid "
                   "leapt learnt misled mistook overcame overheard overthrew sat shook shone spun sprang stank "
                   "stung strode strove swung slung trod underwent understood wept withheld befell beheld mislaid "
                   "outgrew foresaw oversaw slept shrank").split()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stemmer: enough to match "bombs"/"bomb", "charged"/"charge", "running"/"run";
    irregular forms go to their base form first ("rose"/"rise", "beaten"/"beat")."""
    w = word.lower()
    w = IRREGULAR.get(w, w)
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl in (("ingly", ""), ("edly", ""), ("ings", ""), ("ies", "y"), ("ied", "y"),
                         ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
                         ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + repl
            if suffix in ("ed", "ing", "ings", "edly", "ingly") and len(w) > 5 and w.endswith(("ell", "oll", "ull")):
                w = w[:-1]  # a longer word's British double l: "cancelled", "travelling" -> "cancel", "travel"
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # "stopp" -> "stop"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


# --- word lists -------------------------------------------------------------

STOPWORDS = frozenset("""
a an and are as at be been being but by for from had has have he her hers him his i if in into is it
its me my no nor not of on or our ours she so than that the their them then there these they this those
to too us was we were what when where which who whom whose why will with would you your yours also
about after again against all am any because before below between both could did do does doing down
during each few further here how just more most other out over own same should some such through under
until up very while can may might must shall being upon mr mrs ms dr st
above having herself himself itself myself now off once only ourselves theirs themselves yourself
""".split())

# Words (beside the stop words) that nearly every news story uses: no topic of their own.
NEWS_FILLER = frozenset("one two new last year years first".split())

# Nouns that, bare after "the" ("made the announcement", "The move follows ..."), point back
# at what an earlier sentence said: the sentence leans on it, and a headline with one says
# nothing (the desk's context rules and its headlines read the same list).
BACK_NOUNS = frozenset("""announcement announcements move decision comments remarks statement incident claims
revelations findings admission development discovery measures changes plans proposals scheme figures news""".split())

# Words after which a capitalised name is a town or its team ("the defeat at Preston", "beat
# Washington"): the body and the headline give no person's full name there.
PLACE_WORDS_BEFORE = frozenset("at from in against beat beats beating over to v vs near".split())

# Articles and possessive determiners: a word after one is a noun, never a finite verb.
DETERMINERS = frozenset("the a an his her their its my your our".split())

# Nouns that stand for one person ("the teen", "the striker"): the checker's referents and context.
PERSON_WORDS = frozenset("""teen teenager youngster man woman boy girl player striker midfielder
defender goalkeeper winger forward actor actress star singer officer suspect victim driver boss
manager coach captain gunman shooter pilot student teacher mother father son daughter husband wife
boyfriend girlfriend rapper model presenter""".split())

# The verbs (and "according") that attribute words to a speaker.
SPEECH_VERBS = frozenset("""said says say saying told tells tell added adds asked asks explained
explains insisted insists claimed claims stated states wrote writes tweeted warned warns declared
admitted admits revealed reveals noted notes continued replied replies argued argues commented
posted announced announces confirmed confirms urged urges recalled recalls joked jokes according
vowed vows pleaded stressed stresses suggested suggests believes believed exclaimed exulted quipped
shouted screamed yelled whispered boasted conceded concedes acknowledged responded remarked countered
predicted promised reiterated lamented complained recounted trumpeted proclaimed gushed raged fumed
enthused enthuses mused sighed beamed snapped thundered confessed reflected observed maintained""".split())
# verbs that attribute words only where a speaker's tag stands: after a quotation's close ('...," Jo Example
# remembers.', '"Oh, actually? Yes," he assures himself.') or before its colon ("She remembered: '...'"), never
# "the names of the dead were remembered" nor "the win assured them of a place"
# (and a laugh or a smile the words came with, in a tag: "'That didn't happen,' laughs Mrs Example"; and "comments",
# a noun elsewhere: "“We're truly excited ...,” comments Jo Example in a statement")
SPEECH_TAG_ONLY = re.compile(r"[,?!]['’\"”]\s(?:he|she|they|(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)\s"
                             r"(?:remembers|remembered|laughs|laughed|smiles|smiled|assures|assured)\b|\b(?:remembers|remembered):\s"
                             r"|[,?!]['’\"”]\s(?:laughs|laughed|smiles|smiled|comments)\s(?:he|she|(?:Mr|Mrs|Ms|Miss|Dr)\s)?[A-Z]?")
# what a text must hold for ``SPEECH_TAG_ONLY`` to find anything in it (a cheap test before the pattern)
SPEECH_TAG_WORDS = ("remember", "laugh", "smile", "comments", "assure")
# the honorifics a surname may stand after ("Mr Lewis"), that a full name replaces
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss")
# What case-folding does unlike lowercasing: "ı" and "ſ" match "i" and "s" without lowercasing
# to them, and "İ" lowercases to two characters. For text with none of them, a lowercase ASCII
# pattern matches ignoring case exactly where it matches the lowercased text (both ways;
# checked over all of Unicode).
CASE_TRAPS = ("İ", "ı", "ſ")
# a quotation's words, in double marks or single (the single-quoted span opened on its mark, looked
# behind from: every branch opens on a mark): where a pronoun is the speaker's own, not the paper's
# ("... from her former teacher"), as the engines place a line and the checker reads its context
QUOTATION = re.compile(r"[\"“][^\"”]*[\"”]|['‘](?<!\w['‘])[^'’]*['’](?!\w)")
# the names of the days and months, in their order: the dateline reads them in the source, the
# checker in claims
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
# the words that make a name a region's ("Ondo state", "Hubei Province"): the dateline writes them
# ("Ondo State, Nigeria") and the place verdict reads a label's "Ondo, Nigeria" as that region
REGION_WORDS = ("state", "province", "region", "prefecture", "governorate")
SPEECH = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b", re.I)
# "be" typed as "been" or as "he" after a modal, before a passive's participle: "can been seen", "can he heard" (no
# question asks in lower case, mid-sentence, with a participle after its subject)
MODAL_BE = re.compile(r"\b(can|could|will|would|should|must|may|might|cannot) (?:been|he) (?=(?:[a-z]{3,}ed|seen|heard|"
                       r"found|made|done|told|shown|given|kept|held|caught|taken|sold|built|paid|known|used)\b)")
# (the typo rule closes it up in the copy; the checker reads the source's speaker through it)

# Words that say a person's sex wherever they stand (the checker's referents, the engines' cues).
MALE_TITLES = frozenset({"Mr", "Sir", "Lord"})
FEMALE_TITLES = frozenset({"Mrs", "Ms", "Miss", "Lady", "Dame"})
MALE = frozenset("""he him his himself mr man father son husband boyfriend brother boy king prince dad
grandfather uncle nephew sir lord stepfather grandson""".split())
FEMALE = frozenset("""she her hers herself mrs ms miss woman mother daughter wife girlfriend sister girl
queen princess mum mom grandmother aunt niece lady dame stepmother granddaughter""".split())
_SEX_TITLE_WORDS = frozenset(t.lower() for t in MALE_TITLES | FEMALE_TITLES)
_LETTERS = re.compile(r"[A-Za-z]+")


def sex_cues(text: str) -> tuple[bool, bool]:
    """Does ``text`` hold a word that says a man, and one that says a woman ("his wife": both)?
    A title counts only as one ("Miss Example", not "will miss the match")."""
    male = female = False
    for w in _LETTERS.findall(text):
        low = w.lower()
        if low in _SEX_TITLE_WORDS and w not in MALE_TITLES and w not in FEMALE_TITLES:
            continue
        male = male or low in MALE
        female = female or low in FEMALE
    return male, female


# The verbs that tell someone's own words for certain (not "suggests", "notes", "snapped", which
# ``SPEECH_VERBS`` holds for the lines that may be speech): who spoke just before, a line that
# tells someone's words and is no picture's caption.
SPOKE = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|explained|insisted|claimed|warned|argued|stated|"
                   r"wrote|tweeted|replied|continued|described)\b")


# --- roles before a name ----------------------------------------------------

# The nouns of what a person is, written before the name in news copy ("Liverpool manager
# Brendan Rodgers", "Former QPR boss Harry Redknapp"): the run of words that ends on one of them
# and stands before a full name says who the person is, not what happened.
ROLES_BEFORE_NAME = frozenset("""manager coach boss chairman chairwoman chief captain striker midfielder
defender goalkeeper keeper winger forward playmaker star player skipper owner president minister secretary
leader candidate director executive founder spokesman spokeswoman singer actor actress model rapper
presenter host champion mayor governor senator officer detective commissioner ambassador chancellor
editor head teacher doctor nurse surgeon lawyer attorney judge professor scientist researcher student
driver pilot soldier businessman businesswoman billionaire millionaire tycoon entrepreneur chef designer author
writer comedian musician artist photographer journalist reporter broadcaster footballer cricketer golfer boxer
jockey athlete cyclist quarterback fighter referee campaigner activist blogger heiress celebrity batsman bowler
international""".split())


# --- ranking terms ----------------------------------------------------------

# what ranking leaves out: function words, news filler and the verbs of attribution
RANK_STOP = STOPWORDS | NEWS_FILLER | SPEECH_VERBS


def rank_term(word: str) -> str:
    """A word's ranking term: its stem, or "" for a word that carries no topic."""
    if word in RANK_STOP or len(word) < 2:
        return ""
    return stem(word)


# Each word's term, kept for the words seen (an article's words are mostly known ones); a
# plain dict, read without writing, is faster than an LRU cache for the few hundred look-ups
# of each article. Bounded: emptied when it holds TERMS_KEPT words.
TERMS_KEPT = 200_000
_TERMS: dict[str, str] = {}


def rank_terms(words: list[str]) -> list[str]:
    """``rank_term`` of each of ``words``."""
    terms = list(map(_TERMS.get, words))
    if None in terms:
        if len(_TERMS) >= TERMS_KEPT:
            _TERMS.clear()
        for k, term in enumerate(terms):
            if term is None:
                terms[k] = _TERMS[words[k]] = rank_term(words[k])
    return cast(list[str], terms)  # (every None filled in above)


def without_accents(text: str) -> str:
    """"montréal" -> "montreal", "Åsberg" -> "Asberg": the word without its accents, as English text
    writes it (the gazetteer's keys; a name the source spells both ways)."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# a word read with a vowel's sound first: "an hour", "an honest", "an 18-year-old", "an 800", "an 11", "an ITV", "an
# FA", "an Africa"; not "a one", "a union", "a European", "a Ukraine", "a BBC", "a 1,000"
_VOWEL_SOUND = re.compile(r"(?!(?:eu|uni|use|usu|uto|ufo|one|once|ewe|ukr)|(?:Eu|Uni|Use|Uk|One|Ufo))[aeiouAEIOU]"
                          r"|(?:hour|honest|honour|honor|heir|Hour|Honest|Honour|Honor|Heir)"
                          r"|[AEFHILMNORSX](?=[A-Z0-9]|$|[\s.,-])(?!\w*[a-z])"
                          r"|(?:8|11(?!\d)|18(?!\d)|8\d(?!\d)|8\d\d(?![\d,])|11,?\d{3}(?![\d,])|18,?\d{3}(?![\d,]))")


def indefinite_article(word: str, *, like: str = "a") -> str:
    """"an" before ``word`` when it is read with a vowel's sound first (``_VOWEL_SOUND``), else "a"; capitalised
    when ``like``, the article it stands for, is ("A", "An")."""
    article = "an" if _VOWEL_SOUND.match(word) else "a"
    return article.capitalize() if like[:1].isupper() else article
