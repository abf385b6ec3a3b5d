"""Content support: what a sentence says beyond its quotes, numbers, dates and names.

The checker (``verify``) calls these after its claim checks. Both work on the pieces a
sentence copies from its source: the sentence's words, lightly stemmed, are covered
greedily by the longest runs of consecutive source words ("fragments").

* claim:    a sentence built mostly of long pieces of the source (at least ``SPLICE_COPY``
            of its words in runs of ``RUN`` or more) whose content words no single passage
            of the source holds (a passage is a sentence with its neighbours; less than
            ``SPLICE_COVER`` of the words' rarity-weighted mass). Pieces of distant
            sentences joined into one claim is how who-did-what swaps and wrong links are
            made ("arsenal beat chelsea" from "arsenal lost ..." and "... beat chelsea").
* negation: a "not", "no" or "never" put between two pieces the source runs together, or
            a source negation left out between two pieces of one source sentence
            ("he did not win" -> "he did win").
* role:     a name put in front of a predicate copied from a source sentence that never
            mentions it and says it of another name ("kompany was sent on their way" from
            "... Dzeko ... after being sent on their way"); see ``check_subject``.

A paraphrase in the writer's own words copies few long runs and is not judged here: the
claim checks in ``verify`` still hold it to its names, numbers, dates and quotes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from copydesk.check.claims import commonness
from copydesk.lexicon import ROLES_BEFORE_NAME, STOPWORDS, stem, tokens
from copydesk.model import Problem

if TYPE_CHECKING:
    from copydesk.check.index import SourceIndex

# A run of at least this many consecutive source words counts as copied.
RUN = 3
# A sentence is judged on its pieces when at least this share of its words is copied.
SPLICE_COPY = 0.8
# ... and is a splice when no passage holds this share of its content words' weight.
SPLICE_COVER = 0.6
# A name word at most this common (log frequency, ``claims.commonness``) is a name, not a title.
COMMON_NAME = 4.2
# How many of the best supporting sentences are tried as the centre of a passage.
PASSAGES = 5

NEGATIONS = frozenset("not no never nobody nothing none neither nor cannot without t".split())
_NEG_STEMS = frozenset(stem(w) for w in NEGATIONS)
# Words that frame a summary ("the article discusses") rather than state a fact.
FRAME = frozenset("""article discusses discuss discussed discussion author mentions mentioned mention
concludes conclude overview describes described summary notes reports reported says said according
also highlights explains""".split())


def fragments(words: list[str], index: SourceIndex) -> list[tuple[int, int, int | None]]:
    """Greedy cover of ``words`` (stems) by source runs: (start, length, source position)."""
    seq, _sid, pos = index.stem_sequence
    out: list[tuple[int, int, int | None]] = []
    i = 0
    n_words, n_seq = len(words), len(seq)
    while i < n_words:
        best = 0
        at: int | None = None
        for k in pos.get(words[i], ()):
            n = 0
            while i + n < n_words and k + n < n_seq and seq[k + n] == words[i + n]:
                n += 1
            if n > best:
                best, at = n, k
        if at is None:
            out.append((i, 1, None))
            i += 1
        else:
            out.append((i, best, at))
            i += best
    return out


def _coverage(text_tokens: list[str], index: SourceIndex, ranked: list[tuple[float, int]]) -> float:
    """The largest rarity-weighted share of the content words that one passage holds."""
    content = list(dict.fromkeys(
        stem(t) for t in text_tokens
        if t not in STOPWORDS and t not in FRAME and len(t) >= 3 and not t.isdigit()))
    if not content:
        return 1.0
    weight = {s: index.idf(s, 3.0) for s in content}
    total = sum(weight.values())
    best = 0.0
    for _, i in ranked[:PASSAGES]:
        passage = index.passage_stems(i)
        best = max(best, sum(w for s, w in weight.items() if s in passage) / total)
    return best


def splice(toks: list[str], index: SourceIndex, ranked: list[tuple[float, int]]):
    """(copied share, passage coverage, the two pieces of distant sentences or None) for ``toks``."""
    frags = fragments([stem(t) for t in toks], index)
    seq, sid, _pos = index.stem_sequence
    copied = sum(n for _, n, at in frags if at is not None and n >= RUN) / len(toks)
    long_ = sorted(((a, n, at) for a, n, at in frags if at is not None and n >= RUN), key=lambda f: -f[1])
    pair = None
    for other in long_[1:]:
        a, b = sorted((long_[0], other))
        if abs(sid[a[2]] - sid[b[2]]) <= 1:
            continue
        if seq[a[2] + a[1]] is None and (b[2] == 0 or seq[b[2] - 1] is None):
            continue  # two whole source sentences run together: a splitting slip, not a splice
        pair = (a, b)
        break
    if pair is None or copied < SPLICE_COPY:
        return copied, 1.0, pair, frags
    return copied, _coverage(toks, index, ranked), pair, frags


# Coordinated main clauses ("..., and ...", "...; ...") are claims of their own: a writer
# may join what distant source sentences say, each clause on its own support.
_CLAUSES = re.compile(r"\s*(?:[;:]|,\s*(?:and|but|while|whereas|although|though|as|after|before)\b)\s*", re.I)


# A sentence is grounded when more than this share of its content words occurs in the source.
GROUND = 0.4


def check_grounding(text: str, index: SourceIndex, problems: list[Problem]) -> bool:
    """Add a ``claim`` problem when ``text`` says mostly what the source never mentions.

    Content words (not stop words, not summary framing, three letters or more) are
    stemmed and looked up anywhere in the source. A sentence with none of its own (a
    stray URL, a lone word, markup) or with no more than ``GROUND`` of them in the source
    is not the source speaking. Returns True when it added a problem.
    """
    toks = tokens(text)
    content = list(dict.fromkeys(
        stem(t) for t in toks if t not in STOPWORDS and t not in FRAME and len(t) >= 3 and not t.isdigit()))
    if not toks:
        problems.append(Problem("claim", "no words: not a sentence of the article", text))
        return True
    if not content:
        return False
    stems = index.stems
    # "Mapletonian" is grounded by "Mapleton", "Afghan" by "Afghanistan" (the prefixes read
    # only for a stem the source lacks)
    missing = [s for s in content if s not in stems and not (len(s) >= 5 and s[:5] in index.stem_prefixes)]
    if len(missing) > (1 - GROUND) * len(content):
        shown = ", ".join(missing[:6])
        problems.append(Problem(
            "claim", f"most of what this says is nowhere in the source ({len(missing)} of "
            f"{len(content)} content words missing: {shown})", text))
        return True
    return False


def check_support(text: str, index: SourceIndex, ranked: list[tuple[float, int]], problems: list[Problem]) -> None:
    """Add ``claim`` and ``negation`` problems for ``text`` (quotes already taken out)."""
    if check_grounding(text, index, problems):
        return
    seq, sid, _pos = index.stem_sequence
    clauses = _CLAUSES.split(text)
    for clause in clauses:
        toks = tokens(clause)
        if len(toks) < 2 * RUN:
            continue
        copied, cover, pair, frags = splice(toks, index, ranked if len(clauses) == 1 else index.rank(clause))
        _check_negation(toks, frags, seq, sid, problems)
        if pair is None or copied < SPLICE_COPY or cover >= SPLICE_COVER:
            continue
        _add_claim(toks, pair, sid, problems)
        return


# The subject taken over: at most this many leading words, and a piece of at least this many
# copied words after it.
SUBJECT_WORDS = 4
PREDICATE_RUN = 4
# How far back before the copied piece the source's own subject is looked for.
SUBJECT_REACH = 8


SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
# "his Taser", "a Nokia": a capitalised word that is owned or counted is no one's name.
OWNERS = frozenset("his her their its my our your a an".split())


def check_subject(text: str, index: SourceIndex, problems: list[Problem]) -> None:
    """A name put in front of what the source says of another name: "kompany was sent on
    their way ..." from "... Dzeko ... after being sent on their way ...". The sentence
    opens with a name (rare words the source writes with capitals) that the source
    sentence of the copied predicate never mentions, while that sentence has a rare name
    of its own just before the piece. (A coreference or link error of a compressing model.)
    """
    toks = tokens(text)
    if len(toks) < 2 + PREDICATE_RUN:
        return
    frags = fragments([stem(t) for t in toks], index)
    _seq, sid, _pos = index.stem_sequence
    found = next(((k, a, at) for k, (a, n, at) in enumerate(frags)
                  if at is not None and n >= PREDICATE_RUN and a > 0), None)
    if found is None:
        return
    j, a, at = found
    subject = [t for t in toks[:a] if t not in STOPWORDS]
    if not subject or len(subject) > SUBJECT_WORDS or not all(t in index.names for t in subject):
        return
    if not any(commonness(t) < COMMON_NAME for t in subject):
        return
    i = sid[at]
    if any(f[2] is not None and sid[f[2]] == i for f in frags[:j]):
        return
    if any(stem(t) in index.sent_stems[i] for t in subject):
        return
    words = index.word_sequence
    theirs = None
    for k in range(at - 1, max(at - 1 - SUBJECT_REACH, -1), -1):
        w = words[k]
        if w is None or w in SUBJECT_PRONOUNS:
            return  # the source's sentence begins, or a pronoun is the subject: whose, we cannot tell
        if (w in index.names and w not in STOPWORDS and commonness(w) < COMMON_NAME
                and words[k - 1] not in OWNERS):
            theirs = w
            break
    if theirs and words[k - 1] == "of" and words[k - 2] in ROLES_BEFORE_NAME \
            and _role_held(words, words[k - 2], subject):
        return  # (the name is the role's, not the subject's: "The leader of Westland's opposition has been named"
        # of a subject the source calls by that role, "Freedom Party leader Jo Example": the engine's ``role_named``)
    if theirs:
        problems.append(Problem(
            "role", f"“{' '.join(subject)}” does what source sentence {i + 1} says of “{theirs}”",
            " ".join(subject)))


def _role_held(words: list[str | None], role: str, subject: list[str]) -> bool:
    """Does the source put ``role`` right before the ``subject``'s name ("... leader jo example")?"""
    run = [role, *subject]
    return any(words[k:k + len(run)] == run for k, w in enumerate(words) if w == role)


def _add_claim(toks, pair, sid, problems: list[Problem]) -> None:
    (a, _, at_a), (b, _, at_b) = pair
    one = " ".join(toks[a:a + pair[0][1]])
    two = " ".join(toks[b:b + pair[1][1]])
    problems.append(Problem(
        "claim",
        f"joins “{one}” (source sentence {sid[at_a] + 1}) and “{two}” (source sentence {sid[at_b] + 1}); "
        "no passage of the source says them together",
        two,
    ))


def _check_negation(toks: list[str], frags, seq, sid, problems: list[Problem]) -> None:
    """A negation put between, or left out between, two pieces that the source runs together."""
    words = [stem(t) for t in toks]
    pieces = [f for f in frags if f[2] is not None and not (f[1] == 1 and toks[f[0]] in NEGATIONS)]
    for (s1, n1, _at1), (s2, n2, at2) in zip(pieces, pieces[1:], strict=False):
        between = toks[s1 + n1:s2]
        if n1 + n2 < 2 * RUN - 1 or len(between) > 2:
            continue
        for gap in range(4):  # the first piece as it stands up to 3 words before the second
            end = at2 - gap
            if end - n1 >= 0 and seq[end - n1:end] == words[s1:s1 + n1] and sid[end - 1] == sid[at2]:
                skipped = seq[end:at2]
                break
        else:
            continue
        said = [t for t in between if t in NEGATIONS]
        source = [t for k, t in enumerate(skipped) if t in _NEG_STEMS
                  and not (k + 1 < len(skipped) and skipped[k + 1] == "only")
                  and not (end + k + 1 < len(seq) and seq[end + k + 1] == "only")]
        said = ["n't" if t == "t" else t for t in said]
        source = ["n't" if t == "t" else t for t in source]
        if said and not source:
            problems.append(Problem("negation", f"“{said[0]}” where the source says it without a negation",
                                    said[0]))
            return
        if source and not said:
            problems.append(Problem("negation", f"the source's “{source[0]}” is left out here", source[0]))
            return
