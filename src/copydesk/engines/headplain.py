"""The plain compression of a lead into a headline, in any language (``make_headline``):
attribution out, then the longest head that ends at a clause boundary and fits; source
words only. ``copydesk.engines.headline`` falls back on it, and for a language other than
English it is the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.engines.headcheck import PAST_AGO, headline_problem, is_dated
from copydesk.engines.headcuts import any_perfect
from copydesk.engines.headpatterns import AGE
from copydesk.engines.headrules import QUOTED_SPAN, advocate_claim, trailing_attribution
from copydesk.engines.headtrims import (
    ARTICLES,
    HEADLINE_MAX,
    LEADING_ATTRIBUTION,
    OBJECT_PRONOUN,
    drop_outside_quotes,
    open_quote,
    word_count,
)
from copydesk.engines.headwants import leaves_wanting
from copydesk.engines.headwho import allegations
from copydesk.engines.titlecase import title_case
from copydesk.engines.verbs import SMALL_WORDS
from copydesk.ingest.dependency import opening_dependency
from copydesk.segment import words

LEGACY_WORDS = 14
LEGACY_SLACK = 2

_STRONG_BREAK = re.compile(r"\s(?:--|—|–|-)\s|[;:]\s|,\s(?=(?:and|but|or|so|yet)\s)")
_CLAUSE_BREAK = re.compile(r",\s")
_SUBORDINATE = re.compile(
    r"\s(?:who|which|whose|after|when|while|because|despite|although|though|"
    r"following|amid|before|until|unless|whereas|even if|even though|if)\s",
    re.IGNORECASE,
)
_AGE_APPOSITIVE = re.compile(r",\s\d{1,3},(?=\s)")



def make_headline(lead: str, *, language: str = "en") -> str:
    """Compress the lead sentence into a headline of source words only.

    Title Case is an English convention; other languages keep the sentence's own case.
    """
    text = lead.strip()
    m = trailing_attribution(text)
    last_quote = max((q.end() for q in QUOTED_SPAN.finditer(text)), default=0)
    if m and m.start() >= last_quote and len(words(text[: m.start()])) >= 4:
        text = text[: m.start()]
    lead_m = LEADING_ATTRIBUTION.match(text)
    if lead_m and len(words(text[lead_m.end():])) >= 5 and not open_quote(text[: lead_m.end()]) \
            and not OBJECT_PRONOUN.search(QUOTED_SPAN.sub(" ", text[lead_m.end():])):  # ("lure him": the speaker)
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
        cuts = [*strong, *commas, *subordinate]
        # (a cut that leaves out what its words want is tried last: "Between Fantastical Lives | and reality")
        soft = {cut for cut in cuts if leaves_wanting(text[:cut].rstrip(" ,;:-–—"), text[cut:])}
        for cut in [*(c for c in cuts if c not in soft), *(c for c in cuts if c in soft)]:
            head = text[:cut].rstrip(" ,;:-–—")
            if 5 <= len(words(head)) <= LEGACY_WORDS and not open_quote(head):
                text = head
                break
        else:
            if len(words(text)) > LEGACY_WORDS + LEGACY_SLACK:
                text = _first_words(text, LEGACY_WORDS)
    text = text.rstrip(" .!;:,")
    if (language or "en").split("-")[0] != "en":
        return text
    if not open_quote(text):  # articles out here too: "The police allege ..." -> "Police Allege ..."
        text = re.sub(r"^(?:The|A|An)\s+(?=\S)", "", drop_outside_quotes(text, ARTICLES))
    return title_case(text)


def _first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text``, never ending inside a quotation."""
    tokens = text.split()

    def bare(token: str) -> str:
        return token.strip(".,;:!?\"'“”‘’()").lower()

    # Best: end a phrase, just before a function word ("... 10 inmates | on death row").
    for k in range(min(n, len(tokens) - 1), 5, -1):
        head = " ".join(tokens[:k])
        if bare(tokens[k]) in SMALL_WORDS and bare(tokens[k - 1]) not in SMALL_WORDS and not open_quote(head):
            return head.rstrip(",;:")
    for k in range(min(n, len(tokens)), 3, -1):
        head = " ".join(tokens[:k])
        if not open_quote(head) and words(tokens[k - 1]) and words(tokens[k - 1])[-1].lower() not in SMALL_WORDS:
            return head.rstrip(",;:")
    return " ".join(tokens[:n])


_DOUBLE_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def single_marked(head: str) -> str:
    """A headline quotes in single marks, as headlines do ('Says She Was "Lucky to Be Here"' ->
    'Says She Was 'Lucky to Be Here''): only a balanced pair, and not round words that hold a
    single mark of their own other than an apostrophe."""
    def one(m: re.Match[str]) -> str:
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if re.search(r"(?:^|\s)['‘]|['’](?:\s|$)", inner):
            return m.group(0)  # (a quotation inside: its marks would be read as the pair's)
        before, after = head[m.start() - 1:m.start()], head[m.end():m.end() + 1]
        if before.isalnum() or before in "'’‘" and before or after.isalnum() or after in "'’" and after \
                or head[max(0, m.start() - 2):m.start()] in ("' ", "’ ") or open_quote(head[:m.start()]):
            return m.group(0)  # ("Big Dig"'s, Nurses' "Fury", a title inside a single-marked one)
        return (f"'{inner}'" if m.group(1) is not None else f"‘{inner}’")
    return _DOUBLE_QUOTED.sub(one, head)


def with_its_time(sentence: str, sentences: Sequence[str], language: str | None) -> str | None:
    """The plain compression of ``sentence`` when it keeps the past time its clause is set at, is
    short enough and well formed; else None."""
    told = make_headline(sentence, language=language or "en")
    ok = PAST_AGO.search(told) and word_count(told) <= HEADLINE_MAX and headline_problem(told, sentences) is None
    return told if ok else None


def tally_in_perfect(sentence: str, sentences: Sequence[str], language: str | None) -> str | None:
    """The plain compression of ``sentence``, a tally ("Sidwell, 34, has made 32 appearances this
    season"), when it keeps the perfect ("Sidwell Has Made 32 Appearances This Season"), is short
    enough and well formed; else None."""
    told = make_headline(AGE.sub("", sentence), language=language or "en")
    ok = any_perfect(told.lower()) and word_count(told) <= HEADLINE_MAX and headline_problem(told, sentences) is None
    return told if ok else None


def first_standing(found: Sequence[str], tallies: set[str]) -> str:
    """Of the standing facts ``found``, the first; or a tally no year sets in the past before a fact
    one does ("Has Scored Three Fastest Centuries", not "Moved to Club in 2013"; a figures story's
    dated lead stays, "Population Fell by 2,000 in 2024")."""
    first = found[0]
    if is_dated(first):
        first = next((h for h in found if h in tallies and not is_dated(h)), first)
    return first


def plain_fallback(sentences: Sequence[str], lead: int, ship: Sequence[bool] | None, language: str | None, *,
                   long_lead: str | None, vague: str | None, reach: int) -> str:
    """The headline when no sentence gave one: the plain compression of the lead, or of the first
    sentence after it (within ``reach``) that states no allegation as a fact (what a court heard keeps
    its attribution or stays out)."""
    picks = [j for j in range(lead, min(len(sentences), lead + reach + 1))
             if not allegations(sentences[j]) - {"allegedly"}
             and (ship is None or ship[j]) and opening_dependency(sentences[j]) is None
             and not advocate_claim(sentences[j], sentences)] or [lead]
    heads = [make_headline(sentences[j], language=language or "en") for j in picks]
    # the first of them that is well formed ("Residents of Ansai, in Shaanxi Province" names no
    # event), else the first whose quotation marks close; never a quotation cut open: else the
    # plain compression of the first sentence that opens on no mark, if need be
    chosen = next((h for h in heads if headline_problem(h, sentences) is None), None) \
        or long_lead and title_case(long_lead) or vague and title_case(vague) \
        or next((h for h in heads if not open_quote(h)), None)
    if chosen:
        return chosen
    for j, sent in enumerate(sentences):
        if (ship is None or ship[j]) and sent[:1] not in "\"“‘'":
            head = make_headline(sent, language=language or "en")
            if not open_quote(head):
                return head
    return heads[0]
