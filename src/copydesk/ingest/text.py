"""Pasted or piped text: bytes to str, scraper residue out, the wire dateline taken aside.

``decode_bytes`` (``copydesk.ingest.decode``) turns what came in into text and refuses
binary data. ``clean_text`` drops boilerplate
lines ("Read More", "Advertisement", share buttons, cookie notices, photo credits),
inline residue ("Scroll down for video", "Media playback is not supported on this
device"), and a leading wire dateline ("LONDON (Reuters) -", "(CNN) --", "ISLAMABAD:"),
which it keeps as metadata. Runs of whitespace become one space; no other character
is changed, and nothing inside quotation marks is ever removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ftfy import fix_encoding

from copydesk.gluedmarks import spaced_marks_closed
from copydesk.ingest.boxes import match_labels
from copydesk.ingest.captions import PHOTO_MARK
from copydesk.ingest.dateline import WIRE_PATTERNS, take_header, take_wire_dateline
from copydesk.ingest.decode import decode_bytes
from copydesk.ingest.latest import older_ledes
from copydesk.lexicon import MONTHS, SPEECH
from copydesk.splitmend import open_quote

__all__ = ["CleanText", "clean_text", "decode_bytes", "take_wire_dateline"]


@dataclass
class CleanText:
    text: str
    wire_dateline: str | None = None
    notes: list[str] = field(default_factory=list)
    #: the place the wire dateline names, as it stood there ("LONDON" -> "London")
    place_hint: str | None = None
    #: a byline found at the top ("By Jane Doe", "By . Jane Doe . PUBLISHED: ...")
    byline: str | None = None
    #: a title line found at the top
    title: str | None = None


# --- boilerplate -------------------------------------------------------------------

# A whole line that is nothing but one of these is scraper residue. Short lines only:
# a real paragraph that happens to start with "Share" is longer than this.
_BOILERPLATE_LINE = re.compile(
    r"""^\W*(?:
        read\ more.{0,80}
      | continue\ reading.{0,60}
      | advertisements?
      | ad(?:vert)?
      | sponsored(?:\ content)?
      | share(?:\ (?:this|the)\ (?:article|story|page|post))?(?:\ on\ \w+)?
      | (?:share|tweet|email|print|pin|whatsapp|facebook|twitter|linkedin|reddit|copy\ link|comments?)
        (?:\s*[|/•·]?\s*(?:share|tweet|email|print|pin|whatsapp|facebook|twitter|linkedin|reddit|copy\ link|comments?))*
      | follow\ (?:us|me|@\w+|\w+(?:\ \w+)?\ on\ \w+).{0,80}
      | like\ us\ on\ facebook.{0,60}
      | click\ here.{0,100}
      | tap\ here.{0,100}
      | sign\ up\ (?:for|to).{0,100}
      | subscribe.{0,80}
      | (?:newsletter|related(?:\ (?:articles?|stories|coverage|content|links?))?|more\ on\ this\ story|most\ read|trending|recommended(?:\ for\ you)?|see\ also|watch|video|listen)\s*:?.{0,0}
      | (?:we|this\ site|this\ website)\ uses?\ cookies.{0,200}
      | .{0,60}\bcookies?\ (?:policy|settings|notice|consent).{0,120}
      | accept(?:\ all)?\ cookies.{0,60}
      | (?:photo|image|picture|pictured|credit|photograph|video)s?\s*(?:credit)?\s*[:/©].{0,100}
      | (?:image|photo)\ (?:copyright|caption|source).{0,100}
      | ©.{0,100}
      | copyright\ (?:©\ )?\d{4}.{0,100}
      | all\ rights\ reserved.{0,40}
      | \(?(?:ap|afp|reuters|getty|epa|shutterstock)\ (?:photo|images?)\b.{0,100}
      | getty\ images.{0,40}
      | scroll\ down\ for\ videos?\W*
      | media\ playback\ is\ (?:not\ )?supported\ on\ this\ device\W*
      | (?:skip\ to\ (?:main\ )?content|back\ to\ top|top\ of\ page|loading(?:\.\.\.)?|close|menu|search)
      | (?:previous|next)\ (?:article|story|page|post).{0,80}
      | published|updated|last\ updated
      | (?:updated\ at\ )?\d{1,2}(?::\d{2})?\ ?[ap]\.?m\.?  # a live page's time stamp: "10 p.m.", "4:14 p.m."
      | _{3,}.{0,20}  # a live page's rule between its updates: "___"
      | you\ (?:may|might)\ (?:also\ )?like.{0,120}  # a promo: "You may like... Who will make the Rock Hall?"
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_MAX_WORDS = 25
# a promo's label whose item is the next line: "You may like..." | "Who will make the Rock Hall?"
_PROMO_LABEL = re.compile(r"^\W*(?:you\ (?:may|might)\ (?:also\ )?like|related(?:\ (?:articles?|stories|coverage|"
                          r"content|links?))?|recommended(?:\ for\ you)?|see\ also|more\ on\ this\ story|most\ read|"
                          r"read\ more)\W*$", re.I | re.X)
_PROMO_ITEM_WORDS = 20
# a post's line of its metadata, in the page's language: "05/10/2018 - Publicado por: Clarissa Example -
# Categoria: Saúde - Tags: sad" (judge QJ 11: run into the lead), "Posted by Jo Example", "Tags: ..."
_POST_META = re.compile(r"^(?:[\d/.-]{6,10}\s*[-–—|]\s*)?(?:(?:Publicado|Publicada|Postado|Posted|Publié|Pubblicato|"
                        r"Veröffentlicht)\s(?:por|by|par|da|von|em|el|le|on)\b|(?:Tags|Etiquetas|Categoria|Categoría|"
                        r"Category|Catégorie|Kategorie)\s?:)")
_TAGS = re.compile(r"\b(?:Tags|Etiquetas)\s?:")
_TAG_WORDS = 3  # words, at most, of one of its tags on a line of its own

# Residue that scrapers glue into running text, removed wherever it stands outside quotes.
_INLINE_RESIDUE = re.compile(
    r"""(?:
        \bScroll\ down\ for\ videos?\ ?\.?
      | \bClick\ here\ to\ [^.!?"“”]{0,120}[.!?]?
      | \bFollow\ @?[\w.]+(?:\ [\w.]+){0,3}\ on\ Twitter(?:\ @\w+)?(?:\ (?:or|and)\ (?:on\ )?(?:Facebook|Instagram)\b)?
        (?:,\ on\ Instagram(?:\ at\ \w+)?)?(?:,?\ or\ if\ you\ have\ a\ story\ suggestion\ email\ [\w.+-]+@[\w.-]*\w)?
        (?:\ (?:to\ keep\ up\ with|to\ stay\ up\ to\ date\ with|to\ get|for)\ (?:the\ |all\ the\ |our\ )?(?:latest|more|updates|news)
           (?:\ [a-z'’&,-]+){0,16}(?=[.!?]))?\.?  # (and what it is for, whole to its stop, words in lower case only:
           # "... on Twitter to keep up with the latest and greatest deals from around the web.")
        # (a page's footer: "Follow us on Twitter @BBCNewsEnts, on Instagram, or if you have a story ... email ...")
      | \bShare\ this\ article\b\.?
      | \bShare\ this\ with(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Linked[Ii]n|Reddit|\ )*
        (?:Copy\ this\ link)?   # a share bar run into the text: "Share this withEmailFacebook...Copy this link"
      | ©\ ?(?:\d{4}\ )?[A-Z][^.©]{0,60}\.\ All\ rights\ reserved\.   # "©2015 The Hollywood Reporter. All rights reserved."
      | \bThe\ Latest\ on\ [^.!?"“”()]{0,160}\(all\ times\ \w+\):?   # a live page's intro, after its dateline
      | \bAdvertisement\b(?=\s*$)
      | \bRead\ [Mm]ore\b(?=\s*$)
    )""",
    re.VERBOSE,
)
# an author's plug after the story, its book's title in marks: "Mike Wall's book about the search
# for alien life, "Out There" (Grand Central Publishing, 2018), is out now."
_BOOK_PLUG = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}['’]s\s(?:new\s|latest\s)?book\s"
                        r"[^\n\"“]{0,120}[\"“][^\"”\n]{1,80}[\"”][^\n]{0,120}?\bis\s(?:out|available)\snow\.\s?")
# a word that every match of ``_INLINE_RESIDUE`` holds: text with none of them has no residue
_RESIDUE_HINTS = ("Scroll", "Media", "Click", "Follow", "Share", "Advertisement", "Read", "©", "More stories", "The Latest",
                  "More on", "Watch", "Listen to")
# The page's own words that no one ever said, removed even where unbalanced marks make them look
# quoted, and replaced by a space: scraped paragraphs run together around them ("Slams.Media
# playback is not supported on this deviceIreland are ...", 'the aim.Media playback ... device"The
# plan', "...happened.\"More stories from across YorkshireThe council ...").
_GLUED_HINTS = ("Media playback", "More stories", "More on", "Read ", "Watch ", "Listen to")  # (what every match holds)
_GLUED_RESIDUE = re.compile(
    r"Media playback is (?:not |un)supported on (?:this|your) device\.?"
    # a link's words glued to the sentences on both sides: "... of unlawful killing.More on the
    # millionaire 'murdered' by his wife, and other newsShe said:", "... suggests that:Read
    # Professor Curtice's analysis of the pollIncreasing the amount ...", '... on the podium."Listen to
    # Vettel's post-race rantAt the front'"
    # (its last word in lower case, glued to the next sentence's first: not "McAllister", "YouTube")
    r"|(?:(?<=[.:!?])|(?<=[.!?][\"”]))(?:Read|More on|Watch|Listen to)\s[^.!?\"“”\n]{3,120}?\s[a-z]+(?=[A-Z][a-z])"
    r"|\bMore stories from (?:across |around )?(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[A-Z\s]|$)"
    r"|\bMore on this(?: and other (?:[A-Z][a-z]+ ){1,3}stories| story)(?=[A-Z\s]|$)"
)

# stops standing apart after a sentence that ended on its own ("... the Netherlands.’ . .", where a
# page's pictures stood): residue, not the mark of a caption (which has no stop of its own before it)
# (and between two sentences: "... what people think. . 'It was then that ...")
# (only before a quotation's next paragraph: elsewhere a caption's own stop may stand so, which
# tells the caption)
# a footnote's number glued to a sentence's stop, before the next sentence or the paragraph's end (not a day
# before its month: "... has moved to Bumpers Lane.26 April - Hereford stay up ...", a timeline's next entry)
_FOOTNOTE = re.compile(r"(?<=[a-z]{3}\.)\d{1,2}(?=\s*$|\s+(?!(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\b)[A-Z][a-z])")
_STOP_AFTER_STOP_INSIDE = re.compile(r"(?<=[.!?])(?:\s+\.)+(?=\s+['‘\"“][A-Z])")
# a picture's captions set inside a quotation where its picture stood, between the stop the page
# left apart and the quotation's mark opened again: "He said: 'The job he has done is second to
# none. . Jo Example is full of praise for the manager. The club sit top of the league. 'I can't see
# them not going up ...'" (a quotation's words never run on in the paper's voice and open again)
_CAPTIONS_INSIDE = re.compile(r"(?<=[.!?])\s+\.(?:\s+[A-Z][^'‘’\"“”\n]{10,300}?[.!?]){1,3}(?=\s+['‘][A-Z])")


# or a caption with no stop at all, set between a sentence of the quotation and its reopened mark
# ("... without it being noticed how hot it was. King Charles Spaniel Alfie, who suffered ... in a
# microwave 'They have told me ...": prose ends on a stop, a caption need not)
# (an apostrophe inside a word is no mark: "Simeone's Atleti side host rivals Real Madrid ...")
_CAPTION_NO_STOP = re.compile(r"(?<=[.!?])\s+[A-Z](?:[^'‘’\"“”\n.!?]|(?<=\w)['’](?=\w)){20,600}?(?=\s+['‘][A-Z])")


CAPTION_NO_STOP_PLAIN = 400  # characters of a stopless run, at most, that goes with no picture's mark in it (longer:
# a speaker's own line may run so, reviewer rev42d; a run of three captions holds a "(left)")
CAPTION_NO_STOP_WORDS = 9  # a stopless caption's words, at least (fewer: a phrase the quotation after it ends)
# how a line that brings in the quotation after it ends: "... reading:", "a banner reading", "in its list of"
# (a verb of saying anywhere in it, lexicon.SPEECH, brings one in too: "... said")
_BRINGS_IN = re.compile(r"(?:[:,;–—-]|\b(?:reading|reads|"
                        r"titled|entitled|called|named|dubbed|of|the|a|an|to|as|that|and|or|but|her|his|their|its|"
                        r"single|album|song|book|film|show|series|campaign|slogan|motto|message|words?))\s*$", re.IGNORECASE)


# a short title in marks that the sentence goes on after: "... hear the band play 'Summer Rain' on the green"
_TITLE_AFTER = re.compile(r"\s+['‘][A-Z][^'‘’\"“”.!?]{0,40}['’]\s+[a-z]")
_SPEAKERS_OWN = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b")  # (a speaker's words: "She would shower you ...")


def _nested_title(before: str) -> bool:
    """Is the quotation open before a single mark a speaker's in double marks ('... "It was ... the club's
    anthem ‘Blue Moon’."'): a single mark inside it opens a title, not the speaker's next line after a caption."""
    doubles = before.count('"') + before.count("“") + before.count("”")
    return doubles % 2 == 1


# or one caption with its own stop, set between a sentence of the quotation and its reopened mark:
# "He explained: 'I spoke to her that morning. Jo pictured volunteering in Northtown. 'She said ..."
# (a picture's mark tells the line a picture's, "(back right)", or a name and a bare "pictured": not a
# speaker's "Dad was pictured in the paper", "The message is simple: stay at home", reviewer rev42b;
# and the quotation is one a speaker opened: not "the '90s", whose mark is an apostrophe)
_CAPTION_STOPPED = re.compile(r"(?<=[.!?])\s+([A-Z][^'‘’\"“”\n.!?]{5,200}[.!?])(?=\s+['‘][A-Z])")
_NAME_PICTURED = re.compile(r"(?:[A-Z][\w'’.-]+\s){1,3}pictured\s(?:[a-z]+ing|with|at|in|on|during|after|before|outside|"
                            r"inside|alongside)\b")
_SPEAKER_OPENS = re.compile(r"\b(?:said|says|added|adds|explained|explains|continued|wrote|writes|told\s[^:'‘\"“]{1,40}?)"
                            r"\s?:\s*['‘]")


def _captions_inside(para: str) -> str:
    """``para`` without the captions set inside its open quotation (see _CAPTIONS_INSIDE)."""
    for m in reversed(list(_CAPTIONS_INSIDE.finditer(para))):
        if open_quote(para[:m.start()]):
            para = para[:m.start()] + para[m.end():]
    for m in reversed(list(_CAPTION_NO_STOP.finditer(para))):
        line = m.group(0)
        if len(line.split()) >= CAPTION_NO_STOP_WORDS and not _BRINGS_IN.search(line) \
                and (len(line) <= CAPTION_NO_STOP_PLAIN or PHOTO_MARK.search(line)) \
                and not SPEECH.search(line) and not _SPEAKERS_OWN.search(line) and open_quote(para[:m.start()]) \
                and not _TITLE_AFTER.match(para, m.end()) and not _nested_title(para[:m.start()]):
            para = para[:m.start()] + para[m.end():]
    for m in reversed(list(_CAPTION_STOPPED.finditer(para))):
        line = m.group(1)
        if (PHOTO_MARK.search(line) or _NAME_PICTURED.match(line)) and not _SPEAKERS_OWN.search(line) \
                and not SPEECH.search(line) and _SPEAKER_OPENS.search(para, 0, m.start()) \
                and open_quote(para[:m.start()]) and not _nested_title(para[:m.start()]):
            para = para[:m.start()] + para[m.end():]
    return para


_STOPS_AFTER_STOP = re.compile(r"(?:(?<=[.!?])|(?<=[.!?]['’\"”]))(?:\s+\.)+$")

# --- wire datelines: copydesk.ingest.dateline ---------------------------------------

_CLOSERS = "\"'”’»)]"  # what may follow a sentence's stop


SUBHEAD_MAX_WORDS = 16
LABEL_MAX_WORDS = 4


def _all_capitalised(line: str) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() for w in line.split())


LIST_MIN_LINES = 3  # lines with no stop in a row that are a list, not prose


def _without_lists(lines: list[str]) -> tuple[list[str], int]:
    """In text whose lines are paragraphs, each run of LIST_MIN_LINES or more short lines in a row
    with no stop (related links, a tour's dates, a menu) blanked: no sentence of the story. Blank
    lines do not break a run; a long line does; the count of lines blanked comes second."""
    out = list(lines)
    run: list[int] = []
    blanked = 0
    for k, line in enumerate([*lines, "."]):
        if not line:
            continue
        if not _ends_sentence(line) and _at_most(line, SUBHEAD_MAX_WORDS):
            run.append(k)
            continue
        if len(run) >= LIST_MIN_LINES:
            for j in run:
                out[j] = ""
            blanked += len(run)
        run = []
    return out, blanked


QUESTION_HEAD_WORDS = 10
_MARKED = re.compile(r"[\"“”‘:]|’(?!\w)")  # a quotation's mark or a speaker's label (an apostrophe is neither)
_QUESTION_HEAD = re.compile(r"(?:What|Why|How|Who|When|Where|Which|Is|Are|Was|Were|Will|Would|Can|Could|Should|Does|Do|"
                            r"Did|Has|Have)\s")  # (no quotation, no speaker's label: "Dispatcher: ... OK?")


def _without_question_heads(lines: list[str]) -> tuple[list[str], int]:
    """In text whose lines are paragraphs, an explainer's subheads put as questions blanked: a
    short line of its own that asks ("What did the prosecutors say?") before a line that answers
    (opens a sentence and asks nothing). Run into the answer, the question reads as the copy's."""
    out = list(lines)
    filled = [k for k, line in enumerate(lines) if line]
    dropped = 0
    for a, b in zip(filled, filled[1:], strict=False):
        line, nxt = lines[a], lines[b]
        if line.endswith("?") and line.count("?") == 1 and _QUESTION_HEAD.match(line) and _at_most(line, QUESTION_HEAD_WORDS) \
                and not _MARKED.search(line) and _opens_sentence([nxt]) and not nxt.endswith("?"):
            out[a] = ""
            dropped += 1
    return out, dropped


# a page's title, date, time and site run into its first paragraph, before a dash
_TITLE_STAMP = re.compile(r"^\|?\s*[^|\n]{0,200}?\s(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\s\d{1,2},\s\d{4}\s[-–—]\s\d{1,2}:\d{2}"
                          r"(?:\s?[AaPp]\.?[Mm]\.?)?\s[A-Z]{2,5}\s[\w.-]{2,40}\s[-–—]\s(?=[A-Z\"“])")
# a page's label for other stories, run in after the story's last sentence: what follows is theirs
_TAIL_LABEL = re.compile(r"(?<=[.!?\"”’])\s+(?:Top stories|Most read|Most popular|Related stories|More stories|"
                         r"Latest news|Partner news|You may also like|Recommended for you)\s*\|?\s+(?=[A-Z])")


def _cut_tail_label(paragraph: str) -> str:
    """``paragraph`` up to a label for other stories run in after its last sentence."""
    if "stories" not in paragraph and "news" not in paragraph and "like" not in paragraph \
            and "Most" not in paragraph and "Recommended" not in paragraph:
        return paragraph
    m = _TAIL_LABEL.search(paragraph)
    return paragraph[:m.start()] if m else paragraph


def _opens_sentence(lines: list[str]) -> bool:
    """Does the next line (if any, and not blank) open a sentence: a capital, a digit or a mark?"""
    return bool(lines) and bool(lines[0]) and (lines[0][:1].isupper() or lines[0][:1].isdigit()
                                               or lines[0][:1] in "\"“‘'(")


def _ends_sentence(line: str) -> bool:
    """Does ``line`` end a sentence: a stop (. ! ? … or a CJK one), then only closing marks or
    brackets (and a table cell's " |")?
    (Read from the end: a regex search would try every stop in a long line.)"""
    return line.rstrip(" |").rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", "。", "！", "？")  # (" |": a table's cell)


def _at_most(text: str, n: int) -> bool:
    """``len(text.split()) <= n``, without splitting the whole of a long text."""
    return len(text.split(None, n)) <= n

_BYLINE_LINE = re.compile(
    r"^By:?\s+(?P<byline>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|der)){0,6})"
    r"(?:\s*[,|–—-]\s*.{0,60})?$"
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# What ``_SPACES`` would change: searching for it first spares ordinary lines the rewrite.
_ODD_SPACE = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]|  ")
# its characters beyond ASCII alone: a class with no alternative, which the engine scans for fast
_WIDE_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


_LIST_LOST = "\x00"  # where a paragraph breaks after a list's lead-in whose list the page lost


def _residue_gap(m: re.Match[str]) -> str:
    """What stands where a link glued to the sentences on both sides was: a space, or a paragraph
    break after a list's lead-in (the list lost with the link): "The poll strongly suggests that:Read
    Professor Curtice's analysis of the pollIncreasing the amount ..." is no one sentence "... suggests
    that: Increasing ..." (the lead-in, alone, is then no line of the story)."""
    if m.string[m.start() - 1:m.start()] != ":" or m.group(0).startswith("Media") \
            or m.string[m.end():m.end() + 1] in "\"“'‘" or _SAYS_BEFORE.search(m.string, 0, m.start()):
        return " "
    return _LIST_LOST


# (not after a speaker's colon, whose words the link stood before: "... told the BBC:", reviewer rev47)
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told|added|statement|wrote|writes|tweeted|explained|read|reads)"
                          r"(?:\s(?:the\s)?[A-Z]\w*)?:$")


def _squeeze(line: str) -> str:
    """Runs of whitespace to one space, ends stripped."""
    if not _odd_space(line):
        return line.strip()
    # every whitespace character but the space is unprintable: a printable line's runs are of
    # spaces alone, which splitting and joining squeezes faster than the pattern
    return " ".join(line.split()) if line.isprintable() else _SPACES.sub(" ", line).strip()


def _odd_space(line: str) -> bool:
    """``_ODD_SPACE.search(line)``, with the ASCII cases tested as plain substrings (faster)."""
    return "  " in line or "\t" in line or "\f" in line or "\v" in line \
        or (not line.isascii() and _WIDE_SPACE.search(line) is not None)
# Bounded, so that text full of unclosed quote marks stays linear.
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]{0,3000}[\"”“»]")


def _outside_quotes(text: str, pattern: re.Pattern[str]) -> str:
    """Remove ``pattern``'s matches from ``text`` except where they fall inside a quotation."""
    matches = list(pattern.finditer(text))
    if not matches:
        return text
    protected = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]  # sorted, disjoint
    out, last, k = [], 0, 0
    for m in matches:
        while k < len(protected) and protected[k][1] <= m.start():
            k += 1
        if m.start() == m.end() or (k < len(protected) and protected[k][0] < m.end()):
            continue
        out.append(text[last:m.start()])
        last = m.end()
    if last == 0:
        return text
    out.append(text[last:])
    return "".join(out)


# Windows-1252 renderings of UTF-8 lead bytes: 'Â£', 'Ã©', 'â€™'
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac")


# a closing single mark typed to open a quotation after its speaker's colon, with no space: "smiling:’It would be ..."
_COLON_CLOSE_OPENS = re.compile(r"(?<=\w):’(?=[A-Z])")
_SPLIT_CONTRACTION = re.compile(r"\b((?:is|are|was|were|do|does|did|ca|could|wo|would|should|has|have|had|must|need)n) ‘t\b(?!\s[A-Z][a-z])")  # (not Dutch "won ‘t Harde's ...")


def clean_text(raw: str) -> CleanText:
    """Clean pasted article text; see the module docstring for what goes and what stays."""
    notes: list[str] = []
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    ascii_only = text.isascii()  # no zero-width character, no mojibake: both are beyond ASCII
    if not ascii_only:
        text = _ZERO_WIDTH.sub("", text)
    # (each match opens on one of three characters: looking for them first is faster)
    if not ascii_only and ("\u00c2" in text or "\u00c3" in text or "\u00e2" in text) and _MOJIBAKE.search(text):
        # UTF-8 read as Windows-1252 upstream ("Â£300" for "£300"): decode it right. Only the
        # encoding is repaired (ftfy.fix_encoding); quote marks and wording stay as they are.
        fixed = fix_encoding(text)
        if fixed != text:
            text = fixed
            notes.append("cleanup: repaired mis-decoded characters (mojibake such as 'Â£')")
    if not ascii_only and " ‘t" in text:
        text = _SPLIT_CONTRACTION.sub(r"\1’t", text)  # "the automaker isn ‘t slowing down": a typed apostrophe, no quotation
    if not ascii_only and ":’" in text:
        text = _COLON_CLOSE_OPENS.sub(": ‘", text)  # "Casey said, smiling:’It would be ...": a closing mark typed to open
    if not ascii_only and ("“ " in text or " ”" in text) and "„" not in text:
        text = spaced_marks_closed(text)  # ("“ I love what I’m doing.”": the curly mark's stray space goes)
    lines, older = older_ledes([_squeeze(line) for line in text.split("\n")])  # (a wire's running file)
    if older:
        notes.append(f"cleanup: dropped {older} line{'s' if older != 1 else ''} of older updates told again")

    kept: list[str] = []
    dropped = 0
    listed = False  # after a promo's label: its item, the next short line, goes too
    tagged = False  # after a post's line of tags: its tags, one to a line, go too
    for line in lines:
        if line and (listed and _at_most(line, _PROMO_ITEM_WORDS) and not line.endswith(".")
                     or _at_most(line, _BOILERPLATE_MAX_WORDS) and (_BOILERPLATE_LINE.match(line) or _POST_META.match(line))
                     or tagged and _at_most(line, _TAG_WORDS) and line[:1].islower() and not _ends_sentence(line)):
            dropped += 1
            listed = not listed and _PROMO_LABEL.match(line) is not None
            tagged = _TAGS.search(line) is not None or tagged
            kept.append("")
            continue
        listed = listed and not line
        tagged = False
        kept.append(line)
    if dropped:
        notes.append(f"cleanup: dropped {dropped} boilerplate line{'s' if dropped != 1 else ''}")

    # A title line on top: short, no closing punctuation, much shorter than the line
    # after it (so the first line of hard-wrapped text is not taken for one).
    title = None
    byline = None
    first_lines = [i for i, line in enumerate(kept) if line][:3]
    if len(first_lines) >= 2:
        i, j = first_lines[0], first_lines[1]
        line, after = kept[i], kept[j]
        if (_at_most(line, 20) and not _ends_sentence(line) and not line.endswith(":")
                and (j > i + 1 or len(line) < 0.6 * len(after))
                and (after[:1].isupper() or after[:1].isdigit() or after[:1] in "\"“‘'(")
                and not WIRE_PATTERNS[1].match(line)):
            title = line
            kept[i] = ""
            notes.append(f"cleanup: took the first line {title!r} as the title")
    for i in [i for i, line in enumerate(kept) if line][:2]:
        m = _BYLINE_LINE.match(kept[i])
        if m:
            byline = m.group("byline")
            kept[i] = ""
            break

    # Paragraphs: blank lines separate them, and so does a line break after a sentence;
    # other single newlines are hard wraps inside a paragraph and become spaces.
    # (in text whose lines are paragraphs, as a page's are, a line with no stop before a line
    # that opens a sentence is a subhead: its own paragraph, never run into the sentence after it)
    # (told by what follows a line with no stop: in wrapped text, mostly the rest of its sentence
    # in lower case; in a page's text, a capital: its lists, labels and subheads stand alone)
    filled = [line for line in kept if line]
    open_ends = [k for k in range(len(filled) - 1) if not _ends_sentence(filled[k])]
    running_on = sum(1 for k in open_ends if filled[k + 1][:1].islower())
    unwrapped = len(filled) >= 4 and (sum(map(_ends_sentence, filled)) > len(filled) / 2
                                      or len(open_ends) >= 3 and running_on * 3 <= len(open_ends)
                                      # (half its lines end a sentence, and each other ends on a name or a figure and
                                      # no lower case runs on after it: a short page's "... to Real Madrid | Kepa
                                      # Arrizabalaga will undergo ...", not a wrap's "... when he hit | Jo Sample")
                                      or not running_on and len(open_ends) * 2 <= len(filled)
                                      and all(filled[k].split()[-1][:1].isupper() or filled[k].split()[-1][:1].isdigit()
                                              for k in open_ends))
    if unwrapped:
        kept, listed_lines = _without_lists(kept)
        if listed_lines:
            notes.append(f"cleanup: dropped {listed_lines} lines of lists (links, dates, menus)")
        kept, asked = _without_question_heads(kept)
        if asked:
            notes.append(f"cleanup: dropped {asked} subhead{'s' if asked != 1 else ''} put as questions")
    paragraphs: list[str] = []
    current: list[str] = []
    for i, line in enumerate(kept):
        if line:
            alone = not current  # (after a paragraph's end: a line that opens one)
            current.append(line)
            if not _ends_sentence(line) and not (
                    (unwrapped and _at_most(line, SUBHEAD_MAX_WORDS)
                     or alone and _at_most(line, LABEL_MAX_WORDS) and _all_capitalised(line))
                    and _opens_sentence(kept[i + 1:i + 2])):
                continue
            # (in wrapped text too, a name or a label alone between two sentences: "... make-up
            # photos. | Kate Henshaw | Veteran Nollywood actress ...", a caption's)
        if current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))

    if paragraphs and (stamp := _TITLE_STAMP.match(paragraphs[0])):
        paragraphs[0] = paragraphs[0][stamp.end():]  # "Title November 20, 2019 - 11:28 AMT Site.Net - The story"
        notes.append("cleanup: took the page's title and time stamp off the first paragraph")
    paragraphs = [_cut_tail_label(p) for p in paragraphs]
    header = take_header(paragraphs)
    paragraphs, wire, place = header.paragraphs, header.wire, header.place
    byline = header.byline or byline
    if byline:
        notes.append(f"cleanup: took the byline {byline!r} as metadata")
    if wire:
        notes.append(f"cleanup: took the wire dateline {wire!r} as metadata")

    residue = 0
    cleaned: list[str] = []
    whole = "\n".join(paragraphs)  # (one look for the hints; none holds a line break)
    hinted = any(h in whole for h in _RESIDUE_HINTS)
    for para in paragraphs:
        if hinted and any(h in para for h in _GLUED_HINTS):
            new = _outside_quotes(_GLUED_RESIDUE.sub(_residue_gap, para), _INLINE_RESIDUE)
        else:
            new = _outside_quotes(para, _INLINE_RESIDUE) if hinted else para
        if " book " in new and "now" in new:
            new = _BOOK_PLUG.sub("", new)
        if new.endswith(" .") and (m := _STOPS_AFTER_STOP.search(new)):
            new = new[:m.start()]  # "... in the Netherlands.’ . .": the page's stops after the last sentence
        if "'" in new or "‘" in new:
            new = _captions_inside(new)  # "'... another level. . Jo is full of praise ... 'I can't see ...'"
        if " Team news " in new:
            new = match_labels(new)  # "Harbour United vs Northtown (Old Ground) Team news Harbour Jo Example is ..."
        if "." in new and _FOOTNOTE.search(new) is not None:
            new = _FOOTNOTE.sub("", new)  # "... to other parts of the body.11 Tumours develop ...": a footnote's number
        if " . " in new:
            new = _STOP_AFTER_STOP_INSIDE.sub("", new)  # "... what people think. . 'It was then": where a picture stood
        if new != para:
            residue += 1
            if _LIST_LOST in new:  # (see _residue_gap)
                cleaned.extend(part for part in map(_squeeze, new.split(_LIST_LOST)) if part)
                continue
            new = _squeeze(new)
        if new:
            cleaned.append(new)
    if residue:
        notes.append("cleanup: removed scraper residue inside the text")
    return CleanText("\n\n".join(cleaned), wire_dateline=wire, notes=notes,
                     place_hint=place, byline=byline, title=title)
