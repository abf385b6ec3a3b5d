"""The body of a headline's trim, once attribution is out (``trim`` in ``copydesk.engines.headline``,
from step 2 of its list on): a fronted phrase or clause, the inserts between a subject and its verb (a
place's county, an age, an appositive, an aside between dashes, a list of examples), time phrases and
the subject's own possessives dropped; headlinese; a long subject's relative clause or participle
phrase; the headline's present tense; then the cut to about 12 words and the last touches."""

from __future__ import annotations

import re

from copydesk.engines.headcheck import WORD, is_dated, told_earlier
from copydesk.engines.headcut import cut_to_length
from copydesk.engines.headcuts import (
    any_perfect,
    without_degree,
    without_for_what,
    without_participle_phrase,
)
from copydesk.engines.headfinish import after_the_cut
from copydesk.engines.headinserts import (
    APPOSITIVE_PLACE,
    DASH_ASIDE,
    KNOWN_AS_SUBJECT,
    OR_NAME,
    PLACE_INSERT,
    RESIDENCE,
    STRAY_COMMA,
    SUCH_AS,
    WHERE_INSERT,
    WORK_TITLE,
    harm_kept,
    without_named_place,
)
from copydesk.engines.headlinese import headlinese, without_possessives
from copydesk.engines.headpatterns import (
    AGE,
    APPOSITIVE,
    BELIEVED_INSERT,
    FRONT_TAIL,
    FRONT_YEAR,
    FRONTED,
    LASTING,
    LONG_NONRESTRICTIVE,
    NONRESTRICTIVE,
    PAREN,
    PARTICIPLE_APPOSITIVE,
    PP_NO_COMMA,
    PREPOSITION_FRONT,
    SINCE_SPAN,
    YEAR,
    without_comparison,
)
from copydesk.engines.headpicks import COURT_AT_END
from copydesk.engines.headrules import (
    CLOCK,
    FRONT_TIME,
    QUOTED_SPAN,
    clause_inside,
    drop_contact_clause,
    possessive_appositive,
    role_name_commas,
    without_any_span,
)
from copydesk.engines.headtrims import (
    HEADLINE_MAX,
    HEADLINE_MIN,
    HEADLINE_WORDS,
    OVER_TIME,
    TIME_PHRASE,
    TIME_WORDS,
    drop_relative,
    drop_whole,
    first_of_list,
    open_quote,
    orphan_coordinator,
    second_passive,
    shorter_subject,
    time_out,
    word_count,
)
from copydesk.engines.headwhen import doer_when, state_when_event
from copydesk.engines.spans import Either, lower_words
from copydesk.engines.tense import present_tense, reported_present
from copydesk.engines.verbs import has_verb, past_standing, presents_of_pasts
from copydesk.ingest.dependency import opening_dependency

# a subject of one name, then who they are: "Kayahan, one of Turkey's best-loved singers and songwriters, died ..."
# (judge HB 01: "Kayahan Dies of Cancer at 66" told no reader who he was; a full name tells more, and its
# appositive goes as before)
_ONE_NAME_WHO = re.compile(r"(?:\(CNN\)\s?)?(?P<name>[A-Z][\w'’-]+),\s(?P<who>one\sof\s(?!(?:whom|which|them|those|these|"
                           r"the\s(?:first|last))\b)[^,]{5,80}),\s[a-z]")


def who_kept(head: str, sentence: str, room: int) -> str:
    """``head`` with who its one-name subject is, as ``sentence`` tells it, when it fits: "Kayahan Dies of Cancer at
    66" -> "Kayahan, One of Turkey's Best-Loved Singers and Songwriters, Dies of Cancer at 66"."""
    m = _ONE_NAME_WHO.match(sentence)
    if m is None or not head.startswith(m.group("name") + " "):
        return head
    told = f"{m.group('name')}, {m.group('who')},{head[len(m.group('name')):]}"
    return told if word_count(told) <= HEADLINE_MAX - room else head


def _age_out(m: re.Match) -> str:
    """What stands for an age cut from a headline: nothing, or the comma that opens the clause after it ("Jo
    Example, 46, who took over in 2011, said ..." -> "Jo Example, who ..., said": the clause still closes, and goes
    whole; without its comma, "who took over ..., said the honour" was read as one clause and the verb lost)."""
    return "," if m.string.startswith((" who ", " whose ", " which "), m.end()) else ""


def trim_body(text: str, sentence: str, source_words: frozenset[str], *, room: int, shorten: bool = False,
              lasting: bool = True) -> str:
    """The rest of ``trim`` once attribution is out: ``room`` words are kept free for it."""
    text = without_comparison(text)  # "Compared with other countries, | many ... are ...": no measure of its own
    m = FRONT_TIME.match(text) or OVER_TIME.match(text)
    dated = None
    if m and word_count(text[m.end():]) >= 5:
        dated = FRONT_YEAR.match(m.group(0))  # "In 1987 a coup ... overthrew": history, and it says so
        text = text[m.end()].upper() + text[m.end() + 1:]
        if dated:
            text = text.rstrip(" .") + f" {dated.group(1).lower()} {dated.group(2)}"
    if ":" in text or "." in text[:-1]:
        text = CLOCK.sub("", text)
    if ", wh" in text and (fronted := FRONTED.match(text)) and text.find(", wh") < fronted.end():
        # "In the wake of the disaster, which has left ..., Sitoula endured": the clause out first,
        # one comma left (not the subject's clause after the phrase: "On the last day, the Duchess, who ...")
        text = drop_whole(NONRESTRICTIVE, text, ",", count=1)
    historic = dated is not None  # "For 10 days from 29 April 1945, Operation Manna dropped": history keeps its past
    historic = historic or bool(lasting and (m and LASTING.match(m.group(0)) or " since " in text and SINCE_SPAN.search(text))
                                and any_perfect(text))  # ("Have Fought"; "Has Racked Up £50billion in Losses since ...", QC 06)
    historic = historic or bool(m and m.group(0).startswith(("Late one", "Early one")))  # a story told (judge NH 12)
    for _ in range(2):
        m = FRONTED.match(text)
        historic = historic or bool(m and YEAR.search(m.group(0)))
        if m and word_count(text[m.end():]) >= 4 and not open_quote(text[: m.end()]) \
                and not (PREPOSITION_FRONT.match(text) and clause_inside(m.group(0).rstrip("\"”, "))):
            # (a phrase with no comma of its own runs on into the news: "In a new tutorial YouTube
            # star Promise Tamang turns herself into Maleficent, Angelina Jolie's character ...")
            rest = text[m.end():]
            if (tail := FRONT_TAIL.match(rest)) is not None:
                rest = rest[tail.end():]  # "Just one day after ... from his wife of 10 years, Law & Order star
                # Stephanie March, | the famous chef has filed": the name was the fronted phrase's
            if opening_dependency(rest) is None or rest.split()[0] in ("the", "a", "an"):
                text = rest[:1].upper() + rest[1:]
        elif m and (pp := PP_NO_COMMA.match(text)) and word_count(text[pp.end():]) >= 4 \
                and not has_verb(pp.group(0)) and clause_inside(text[pp.end():m.end()]):
            text = text[pp.end():]  # "In a new tutorial | YouTube star Promise Tamang turns ..."
            break
    # (each pattern below is tried only when the text holds what all its matches hold: a bracket, a comma, a dash, ...)
    if word_count(text) > HEADLINE_WORDS - room and "," in text and (first := first_of_list(text.rstrip(" .!"))) \
            and word_count(first) >= 5 and has_verb(first):
        text = first  # "... comes complete with toy testing rooms, a table tennis table, ... and a gym"
    if " known as " in text:  # "A group of world powers known as the P5+1 reached": the name is the subject
        text = KNOWN_AS_SUBJECT.sub(r"\g<name>", text, count=1)
    if "(" in text:
        text = PAREN.sub("", text)
    if ", believed to be " in text or ", thought to be " in text:
        text = BELIEVED_INSERT.sub("", text, count=1)  # "A body, believed to be that of X, 44, of Y, was found"
    if "," in text:
        text = PLACE_INSERT.sub(r"\1", text)  # "in Portland, Dorset, restored" -> "in Portland restored"
    if "," in text:
        text = APPOSITIVE_PLACE.sub(r"\1,", text)  # ", a town the size of Key West, Florida, have" -> "... West, have"
    if "," in text:
        text = WHERE_INSERT.sub(r"\1", text, count=1)  # "Linton Bridge, over the River Wharfe, was damaged"
    if "," in text:  # "Angus Carpenter, of Liverpool, who has ..." -> "Angus Carpenter, who has ..."
        text = AGE.sub(_age_out, RESIDENCE.sub(r"\g<who>,", text))
    stray = STRAY_COMMA.match(text) if "," in text else None  # (after the age: "the man, 22, from Northtown, was")
    if stray and not has_verb(stray.group(1)):  # the source's "The body of the man in his 70s, was found"
        text = stray.group(1) + text[stray.end(1) + 1:]
    if ", wh" in text and word_count(text) > HEADLINE_WORDS:  # "Stan Freberg, whose career ... on TV, the
        text = drop_whole(LONG_NONRESTRICTIVE, text, count=1)  # radio and on records, has died": a list inside
    if "," in text:
        text = drop_whole(NONRESTRICTIVE, text)
    if "-" in text or "–" in text or "—" in text:
        text = DASH_ASIDE.sub(" ", text, count=1)
    if "such as" in text or "including" in text:
        text = SUCH_AS.sub("", text, count=1)
    if word_count(text) > HEADLINE_WORDS - room and ('"' in text or "“" in text):
        # a work's title after what it is: 'HBO's new documentary "Going Clear: ...," but' -> '... documentary, but'
        text = WORK_TITLE.sub(lambda m: m.group("what") + ("," if m.group("comma") else ""), text, count=1)
    if "," in text:
        text = role_name_commas(possessive_appositive(drop_whole(APPOSITIVE, text)))
    if "," in text:
        text = PARTICIPLE_APPOSITIVE.sub("", text, count=1)
    if ", or " in text:
        text = OR_NAME.sub(r"\1", text, count=1)
    text = orphan_coordinator(text)
    if not open_quote(text):
        text = without_possessives(text)  # "lists his age" -> "lists age"
    if not open_quote(text):
        stripped = TIME_PHRASE.sub(time_out, text) if any(w in text for w in TIME_WORDS) else text
        stripped = re.sub(r"\s+([,.;:])", r"\1", " ".join(stripped.split()))
        stripped = re.sub(r",(?=[,.;:]|$)", "", stripped).strip(" ,")
        if word_count(stripped) >= HEADLINE_MIN:
            text = stripped
    text = text.rstrip(" .!;:,")
    text = re.sub(r"^(?:[Tt]he|An?|an?)\s+(?=\S)", "", text)  # lower case once a time phrase went
    # (read with its articles: after them "to head" would look like an infinitive)
    historic = historic or is_dated(text) or told_earlier(text)  # "was found ... in 1995", "previously wrote"
    if not open_quote(text):
        text = headlinese(text)
    text = second_passive(text)
    tensed = False
    if word_count(text) > HEADLINE_MAX:  # before the tense changes: the past forms are known verbs
        text, tensed = drop_relative(text)
    if word_count(text) > HEADLINE_MAX:
        text = without_participle_phrase(text, HEADLINE_MAX)  # "teacher accused of ... | took a plea deal"
    if word_count(text) > HEADLINE_MAX:
        text = drop_contact_clause(text)  # "all 30 counts he faced in the trial" -> "all 30 counts in the trial"
    if word_count(text) > HEADLINE_MAX:
        text = without_any_span(text)  # "more powerful than at any stage in F1 career" -> "more powerful"
    if word_count(text) > HEADLINE_MAX:
        text = without_named_place(text)  # "Broadcroft Quarry in Portland": the dateline has it
    if " when " in text:
        text = doer_when(text) or text  # "sheepdog was at controls when he sent vehicle down bank": the deed
    historic = historic or past_standing(text)  # "worked for X": told as "Work for X", no longer true
    text = text if historic or tensed else reported_present(present_tense(text, source_words))
    plain = lower_words(sentence)
    own = frozenset(plain if plain is not None else WORD.findall(sentence.lower()))
    # (the sentence's words are among the source's, as a rule: then the source's alone)
    known = presents_of_pasts(text, source_words if own <= source_words else Either(source_words, own))
    if shorten:
        text = shorter_subject(text)
    if word_count(text) > HEADLINE_WORDS - room and " when " in text:
        text = state_when_event(text, known) or text
    if word_count(text) > HEADLINE_WORDS - room and " for what " in text:
        text = without_for_what(text, HEADLINE_MIN)  # "Aguero receives four-match ban | for what was second dismissal"
    if word_count(text) > HEADLINE_WORDS - room and text.endswith("Court"):
        text = COURT_AT_END.sub("", text)  # "... by careless driving at Llandudno Magistrates' Court": the charge stays
    if ", " in text and word_count(text) > HEADLINE_WORDS - room:
        text = harm_kept(text, HEADLINE_WORDS - room)  # ("..., killing passenger": the news, kept)
    if word_count(text) > HEADLINE_MAX - room and "ly " in text and not QUOTED_SPAN.search(text):
        text = without_degree(text)  # "their house completely engulfed in flames": the degree carries no news
    text = cut_to_length(text, sentence, source_words, known, room=room, historic=historic)
    if "one of" in sentence:
        text = who_kept(text, sentence, room)
    return after_the_cut(text, sentence, source_words, known, historic=historic, tensed=tensed)
