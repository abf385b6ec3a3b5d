"""What each source sentence is, read as an editor reads a page.

``roles`` gives every sentence of a ``Document`` one role:

* ``lead``: the first sentence of the story proper;
* ``body``: running copy;
* ``quote``: running copy that carries a quotation;
* ``standfirst``: a subhead or highlight line (all capitals, "WHAT HAPPENED NEXT .",
  a Daily Mail highlight bullet at the top ending in " .");
* ``caption``: a photo caption ("Label: ... (left) ... .", a sentence ending in " .",
  "(pictured)", "(shown)", "(above)", "(file picture)", "(From L-R) ...");
* ``byline``: "By Jane Doe", "CNN's Jane Doe contributed to this report.";
* ``timestamp``: "PUBLISHED: 10:27 EST, 2 May 2013", "Last updated at 10:27";
* ``related``: a related-story link ("READ MORE: ...", "Opinion: What X deserves .");
* ``promo``: promotion or sponsorship ("Sign up for ...", "Sponsored by ...": its patterns
  are ``ingest/promo``'s);
* ``embed``: the stub an embedded post or video leaves ("pic.twitter.com/...",
  "— Jane (@jane) May 2, 2015", "Scroll down for video");
* ``nav``: site navigation ("Back to top", "Share this article");
* ``joined``: two sentences run together where the scrape lost a boundary ("... for the
  second time But, 23 years on, ..."): no rule can tell where one ends, so it never ships.

Only ``lead``, ``body`` and ``quote`` sentences may ship (``SHIPPABLE``).

What a sentence leans on (a pronoun, a connective, a bare reference, a quote
continuation) is ``ingest/dependency``'s; ``clean_title`` (``ingest/titles``) decodes HTML
entities and strips the site name from a page title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from copydesk.ingest.asides import (
    asked_of_picture,
    body_defined,
    caption_in_quote,
    caption_starts,
    items_shown,
    lean_on_captions,
    passive_between_captions,
    question_labels,
    scene_shown,
    stranger_pictured_last,
    verbless_aside,
)
from copydesk.ingest.boxes import analysis_box, disclosure, page_boxes, ratings_box, team_news_box
from copydesk.ingest.captions import (
    DOUBLE_MARK,
    MARKS_SPAN,
    PHOTO_MARK,
    PICTURE,
    PICTURE_ROLES,
    SAID,
    between_spaced_captions,
    caption,
    death_told_again,
    named_pictures,
    present_beside_captions,
    retold_between_captions,
    spaced_stop,
)
from copydesk.ingest.gallery import gallery_captions
from copydesk.ingest.inquote import set_in_a_quotation
from copydesk.ingest.promo import INFO_BOX, PROMO, SHOP_LINK, giveaway_before_entry, maybe_promo
from copydesk.ingest.renamed import named_again_last, named_in_full_again, renamed_before_caption
from copydesk.ingest.repeats import (
    LINE_STOPS,
    REPEAT_WORDS,
    aged_again,
    caption_pair_first,
    deck_told_again,
    opens_on_another,
    pull_quotes,
    quoted_again,
    quoted_deck,
    retold,
    retold_ahead,
    runs_into_another,
    told_around,
)
from copydesk.ingest.transcript import opens_turn, speaker_labels
from copydesk.ingest.unmarked import block_unmarked, speech_unmarked
from copydesk.lexicon import CASE_TRAPS
from copydesk.pagelines import DATED_ENTRY
from copydesk.segment import QUOTED_PHRASE
from copydesk.splitmend import LINK_JOINS, TABLE_ROW_GLUE, link_joins

SHIPPABLE = frozenset({"lead", "body", "quote"})
# the lines of a live page's match ticker (a running log, not the report)
TICKER_MIN = 3
_TICKER = re.compile(
    r"(?:Attempt (?:missed|saved|blocked)\.|Foul by [A-Z]|(?:Corner|Offside|Substitution),\s+[A-Z]|Goal!\s|"
    r"(?:First|Second) Half (?:begins|ends)|Match ends,|Half Time,|Full Time,|Delay (?:in match|over)\b|"
    r"(?:Dangerous play|Hand ball) by [A-Z]|Own Goal by [A-Z]|Penalty (?:saved|missed|conceded)\b|"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} \([A-Z][^)]{2,40}\) (?:wins a free kick|is shown the (?:yellow|red) card|"
    r"right footed shot|left footed shot|header from|hits the (?:left|right)? ?(?:post|bar)))")
ROLES = ("lead", "body", "quote", "unmarked", "standfirst", "caption", "byline", "timestamp", "related",
         "promo", "embed", "nav", "joined", "analysis", "gallery", "picture")


# the paper's own reporting told as a story of its own: "Yesterday the Mail revealed how millions ..."
_OWN_STORY = re.compile(r"^(?:(?:Yesterday|Last\s(?:week|month|year)|Earlier\sthis\s(?:week|month|year)|Today),?\s)?"
                        r"(?:the\s)?(?:Daily\s)?Mail(?:\son\sSunday|Online)?\s(?:revealed|reported|disclosed|told)\s"
                        r"(?:how|that|last|yesterday|on)\b")
# what a sentence of running text ends on: a stop, then perhaps closing marks or a bracket
_STOPS = LINE_STOPS
SUBHEAD_WORDS = 12  # the words of a line with no stop that is a subhead, not a sentence


# A Daily Mail / CNN page-furniture line: the stop stands apart (" ."), as scrapers left captions, links, bullets.
_OPEN_MARKS = ("'", "‘", '"', "“")
_COLON_CLOSE_OPENS = re.compile(r":’[A-Z]")
# an outlet's name, a colon and a title in marks, a few words after it: 'Hollywood Reporter: "Mad Men's" return.'
_LINKED_TITLE = re.compile(r"^(?:The\s)?(?:[A-Z][\w'’&.-]*\s){0,2}(?:Reporter|Times|Post|Guardian|Telegraph|Mail|News|"
                           r"Variety|Deadline|Journal|Independent|Mirror|Express|Standard|Herald|Magazine|Review):\s+"
                           r"[\"“‘'][^\"“”]{1,60}[\"”’']\s*(?:[-–—]+\s*)?[^.!?:\"“”]{0,40}[.!?]?$")


# a quotation closed on its own stop before the stop set apart: "... a very cheap manager.' ." is the
# end of a paragraph that closed on a quotation (the page's stop added after its mark), not a caption
# (or a paragraph that closed on its own stop with two pictures' stops after it: "'...,' he complained
# afterwards, and on this evidence he would appear to be right. . .")
_QUOTE_CLOSED_STOP = re.compile(r"[.!?]['’\"”]\s+\.$|(?=.*['‘’\"“”]\W)[^\n]*[a-z][.!?](?:\s+\.){2,}$")
# (a quotation's mark in it: a caption that retells the lead may end so too, "Mourners ... Friday. . .", rev42c)
# (when the paragraph opens on the quotation, or its speaker and a verb of speech, or runs on from a quotation's
# paragraph into the next: not a caption's scene, "The scene on Elm Road, where a neighbour said: '...' .")
_QUOTE_PARAGRAPH = re.compile(r"['‘\"“]|(?:[A-Z][\w'’.-]*\s|(?:expert|spokesman|spokeswoman|chief|boss|manager|"
                              r"minister|director|officer|inspector|professor|analyst|lawyer|solicitor|chairman|"
                              r"president|leader|coach|captain|founder|editor|author|writer|user|fan)\s){0,5}"
                              r"[A-Z][\w'’.-]*(?:,\s[^,:'‘\"“]{1,80},)?\s(?:said|says|added|adds|tweeted|tweets|wrote|writes|"
                              r"explained|insisted|revealed|continued|told\s[\w\s]{1,30}?):\s+['‘\"“]"
                              # (or a quotation's last line, with no opening mark of its own: "Never stop believing.' .")
                              r"|[^'‘\"“]*[.!?]['’\"”]\s+\.$"
                              # (or a quotation's paragraphs run together: "It was crazy. 'I noticed that ...")
                              r"|(?=[^'‘\"“]*[.!?]\s+['‘\"“][A-Z])"
                              # (or on a subject named and its verb of the past: "Traffic Scotland tweeted a bizarre
                              # warning ..., adding: '...' .")
                              r"|(?:[A-Z][\w'’.-]*\s){1,4}(?:[a-z]{3,}ed|said|wrote|told|posted)\b"
                              # (or a quotation's end and its speaker's verb: "It takes time', and revealed ...", not
                              r"|[^'‘\"“]{3,200}?\w['’\"”],\s(?:and\s)?(?:revealed|added|explained|insisted|admitted|"  # "Outside
                              r"claimed|warned|said|says|told|joked|continued)\b")  # the Examples', neighbours ...", rev51b)
# (unless captions ran into its lines: a picture's mark, or a label after a stop, "... hungry. Beaten: The trailer ...")
_LABEL_INSIDE = re.compile(r"[.!?]\s+[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}:\s+[A-Z]")


_BYLINE = re.compile(
    r"^(?:By\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,4}\s*\.?$"
    # ("CNN's Jane Doe contributed to this report.", not "... Maj. Shannon Clark denied ..., describing him as one
    # of many people who have contributed to the agency.")
    r"|(?:[A-Z][\w.'’\-]+\s+){0,3}[A-Z][\w.'’\-]+'s\s+.{0,200}\b(?:contributed|reported|wrote)\s+"
    r"(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|from)\b[^.]{0,60}\.$"
    r"|[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,4}\s+(?:also\s+)?(?:contributed to this (?:report|story|article)"
    r"|(?:reported (?:and wrote )?|wrote )from [A-Z][\w .,'’\-]{0,40})[^.]{0,80}\.$"
    r"|(?:Additional reporting|Reporting|Writing|Editing) by\s.{0,120}$)",
)
_TIMESTAMP = re.compile(
    r"^(?:\d{1,2}\s[A-Z][a-z]+\s\d{4}\s+)?(?:PUBLISHED|UPDATED|Published|Updated|Last updated|Posted|First published)\b.{0,80}$"
    r"|^\d{1,2}:\d\d\s*(?:[AP]M|EST|EDT|GMT|BST|UTC)?\b.{0,40}$",
)
_RELATED = re.compile(
    r"^(?:READ(?: MORE)?|Read(?: more)?|RELATED|Related|MORE|More|SEE ALSO|See also|WATCH|Watch|"
    r"OPINION|Opinion|ANALYSIS|Analysis|PHOTOS|Photos|VIDEO|Video|Gallery|GALLERY|LISTEN|Listen|"
    r"Also read|ALSO READ|Don't miss|DON'T MISS|Click here|CLICK HERE)\s*:",
)
# a label in capitals before a colon: an outlet's related link ("THR: 'Furious 7' scores ...") or a
# caption's ("CLAIM: MP Jo Example is ..."); not a time zone or a score
_OUTLET_LABEL = re.compile(r"^(?!(?:BST|GMT|EST|EDT|UTC|PST|CET)\b)[A-Z]{2,6}:\s+(?=['‘\"“]?[A-Z])")
_EMBED = re.compile(
    r"pic\.twitter\.com/|instagram\.com/p/|^—\s?[^()]{1,60}\(@\w+\)|\(@\w+\)\s+\w+ \d{1,2}, \d{4}$"
    r"|^(?:Scroll down for (?:videos?|more)|Watch (?:the video|the man|the moment|how|as|live|highlights)\b|"
    r"Media playback is (?:not |un)supported|"
    r"View this post on Instagram|A post shared by|This video is|Embedded video|Your browser does not)",
    re.IGNORECASE,
)
# a clip's line, in the present tense: "Ryan Campbell talks to Stumped about his comeback." (a person's
# name, a programme or an outlet named in capitals, the person's own story, and nothing more; not
# "The President talks to Putin about Ukraine on Tuesday.")
_CLIP = re.compile(
    r"^(?!The\s|Prime\s|President\s|Mr\s|Mrs\s|Ms\s|Dr\s)[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\s(?:talks|chats) to "
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}about\s(?:his|her|their)\s[^.!?,;:\"“]{1,40}\.?$"
)
_NAV = re.compile(
    r"^(?:Home|Back to top|Skip to (?:main )?content|Share(?: this)?(?: article| story)?|Print|"
    r"Email|Comments?|Next (?:article|story)|Previous (?:article|story)|Menu|Search|Close|Log ?in|"
    r"Sign in|Register|Most (?:read|popular)|Trending)\s*[.:|]?$",
    re.IGNORECASE,
)
_URL_ONLY = re.compile(r"^\(?\+?[\d ()+\-]{0,20}\)?[,;]?\s*(?:[\w\-]+\.)+(?:com|org|net|co\.uk|uk|gov|info)\b\S*\s*\.?$")
_CAPS = re.compile(r"[A-Z]")
_CAMEL_HINT = re.compile(r"[a-z\d][A-Z]")  # (what every run of LINK_JOINs holds: searched first, fast)
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]$")
_LOWER = re.compile(r"[a-z]")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b"
    r"|\b[a-z]{3,}(?:ed|es)\b|\b[a-z]{3,}s\b",
)
_JOINED = re.compile(r" (?<=[a-z] )(?:But|However|Meanwhile|Yet|Instead|Nevertheless)(?=[ ,])")
# a closing quotation mark, then a new sentence with no stop between ("lamented the agents'
# 'disgraceful conduct' Marijuana remains illegal ..."): a caption run into the copy
# (it opens on the mark and looks back at the word: only marks are tried)
_JOINED_AFTER_QUOTE = re.compile(r"[\"”'’](?<=\w[\"”'’]) [A-Z][a-z]+ (?:remains|remain|is|are|was|were|has|have|had|will|would|"
                                 r"can|could)\b")
# a related-story title quoting someone, with no stop: "Houthi leader: 'Anyone who ... is dreaming'"
_QUOTE_TITLE = re.compile(r"^(?P<label>[A-Z][\w'’.\- ]{0,40}):\s+['‘\"“][^'’\"”]{5,}[\w]['’\"”]$")
# (or an outlet's link to its own story, a title in double marks and a few words after it, no stop: "Example
# Reporter: "Mad Men's" return", "Example Reporter: "Turtles" -- the untold story", judge SH 08)
_QUOTE_LINK = re.compile(r"^(?P<label>[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,3}):\s+[\"“][^\"“”]{1,60}[^\"“”.!?,][\"”]"
                         r"(?:\s(?:--|[-–—:])?\s?[^.!?\"“”:]{1,60})?(?<![.!?])$")
# (or a transfer list's: "Out:Jo Example, defender (Northtown, undisclosed); Sam Brooks, ...")
_TEAM_SHEET = re.compile(r"^[A-Z][A-Z0-9 .'’&-]{1,40}:\s|^[A-Z][\w .'’&-]{1,40}\s\(\d(?:-\d){2,3}\):\s|^(?:In|Out|Ins|Outs|Released|Signed|Loaned out|Arrivals|"
                         r"Departures):\s?[A-Z]")
_PULL_QUOTE = re.compile("^" + QUOTED_PHRASE + "$")
_FIXTURE_LINE = re.compile(r"^[A-Z][A-Z'’. -]{2,30} v\.? [A-Z][A-Z'’. -]{2,30},")
_LIST_LEAD_IN = re.compile(r"\b(?:include|includes|included|including|following|follows|are|were|these|below):$")
# a list's line: "Breakfast – Porridge or natural yoghurt with fruit.", "Lunch – Sausage supper."
_LIST_LINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)? [–—-] [A-Z]\S*(?: \S+){0,11}$")
_STAT_LINE = re.compile(r"^[\d.,%£$€]+\s+[–—-]\s+(?:[A-Z]|[a-z]+s\s(?![^–—]*\s[–—-]\s)(?![^.]*\bsaid\b))|\((?:supplied|provided|courtesy) (?:by|of) [A-Z]\w+\)")


# Cheap tests of what each pattern needs before it runs (most sentences are running
# copy that none of them matches), on the sentence lowercased; a sentence with one of
# lexicon.CASE_TRAPS runs every pattern.
_BYLINE_STARTS = ("By", "Additional reporting", "Reporting", "Writing", "Editing")
_EMBED_STARTS = ("scroll down for", "watch ", "media playback is", "view this post",
                 "a post shared by", "this video is", "embedded video", "your browser does not")
_JOINED_WORDS = ("But", "However", "Meanwhile", "Yet", "Instead", "Nevertheless")
_JOINED_HINT = re.compile("|".join(_JOINED_WORDS))  # one of the words (faster than a test of each)
_SINGLE_OPEN_CAPITAL = re.compile(r"[‘'](?<![^\s][‘'])[A-Z]")  # at the start or after a space


def _maybe_embed(s: str, low: str | None) -> bool:
    return low is None or "/" in s or "(@" in s or low.startswith(_EMBED_STARTS)


# a transfer window's list line: "In:Colin Example, forward (Northtown); ...", "Out: Sam Example, manager."
_SIGNINGS = re.compile(r"(?:In|Out|Ins|Outs|Loans?(?:\s(?:ended|in|out|returns?))?|Loaned(?:\s(?:in|out))?|Arrivals|"
                       r"Departures|Released|Signed|Returned):\s?(?:Loan:\s?)?"
                       r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*,\s[a-z]")


# a figure glued to the word before it and the word after it, as a fact box's lines run together
_FIGURE_GLUE = re.compile(r"[a-z]{3}\d[\d,.]{2,}(?:[a-z]{1,3}\b|\s[a-z])")  # (not "co2", "@jotest88")
# a fact box's career record: a club and its years, then the games ("Derby (loan, 2010-11): 29 apps, 5 goals.")
_RECORD_ROW = re.compile(r"\((?:[\w ]+,\s)?(?:19|20)\d\d-(?:\d{2,4})?\)\s?:?\s\d+\s(?:apps|appearances|games|caps)\b")


# a question that names what it asks about, with no quotation mark: a subhead or a link's title
LINK_QUESTION_WORDS = 10
# a graphic's row: a name, its club or firm in brackets and a price ("Mats Example (Northtown) £36m.")
_PRICE_ROW = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s\([^()]{2,40}\),?\s[£$€]\d[\d.]*m\s?\.?$")
# a question the copy asks of what it told (a connective, a pronoun): "But who will pay for it?"
_ASKED_IN_COPY = re.compile(r"^(?:But|And|So|Yet|Or|Then)\b|\b(?:it|they|them|he|she|him|her|we|you|this|that|these|those)\b")
ANSWER_WORDS = 4  # a line this short after a question is its answer
# the title of a link to the paper's own explainer, which the scraper left in the copy: "A look at all of the charges"
# (no verb of its own and no stop: a line that goes on "A look at the figures shows ..." is copy)
LINK_TITLE = re.compile(r"A (?:look at|timeline of) (?:[a-z0-9'’,-]+ ){0,8}[a-z0-9'’-]+")
# (a wh-question only: "Is Example Water doing enough ...?" is the copy's own question, its answer after it)
_LINK_QUESTION = re.compile(r"^(?:What|What's|Why|How|Who|Who's|Where|When)\s"
                            r"(?=[^\"“”‘’']*?\s(?!I\b)[A-Z])[^\"“”‘’]+\?$")


def role_of(sentence: str, position: int, total: int) -> str:
    """The role of one sentence, from its own text and where it stands (0-based)."""
    s = sentence.strip()
    if not s:
        return "nav"
    low = s.lower() if s.isascii() or not any(c in s for c in CASE_TRAPS) else None
    # (a timestamp opens on "P", "U", "L", "F" or a digit; a byline holds one of its hints)
    if (s[0] in "PULF" or s[0].isdecimal()) and _TIMESTAMP.match(s):
        return "timestamp"
    if s[0].isdecimal() and DATED_ENTRY.match(s):
        return "nav"  # a timeline's entry: "3 June – Case adjourned for 28 days"
    if (s.startswith(_BYLINE_STARTS) or "contributed" in s or "reported" in s or "wrote" in s) and _BYLINE.match(s):
        return "byline"
    if _maybe_embed(s, low) and _EMBED.search(s):
        return "embed"
    if len(s) < 110 and (" talks to " in s or " chats to " in s) and _CLIP.match(s):
        return "embed"
    if ":" in s and (_RELATED.match(s) or _OUTLET_LABEL.match(s) and not SAID.search(s)):
        return "related"  # (an outlet's or a caption's label in capitals: "THR: Studio profitability report")
    title = (_QUOTE_TITLE.match(s) or _QUOTE_LINK.match(s)) if ":" in s else None
    if title and not SAID.search(title.group("label")):
        return "related"
    if s.startswith("Shop ") and SHOP_LINK.match(s):
        return "promo"  # a shop's link text: "Shop the rest of today's sale right here." (judge QF 08)
    if maybe_promo(s, low) and (PROMO.search(s) or disclosure(s)) \
            or position >= total - 3 and " is " in s and ("'s " in s or "’s " in s) and disclosure(s, last=True):
        return "promo"
    if "www." in s and INFO_BOX.search(s):
        return "promo"  # a travel page's practical box: "Doubles at the Example Hotel (01534 746 141; www.example.com) ..."
    if s.startswith(("A look at ", "A timeline of ")) and LINK_TITLE.fullmatch(s):
        return "related"  # a link's title to the paper's explainer, no verb and no stop: "A look at all of the charges"
    if "Mail" in s[:40] and _OWN_STORY.match(s):
        return "related"  # the paper's plug for its own other story: "Yesterday the Mail revealed how ..."
    if len(s) < 80 and (_NAV.match(s) or _URL_ONLY.match(s)):
        return "nav"
    if _CAMEL_HINT.search(s) and (joins := link_joins(s, strict=True)) and (joins >= LINK_JOINS or joins > 1 and s.endswith("?")):
        return "nav"  # a run of links or a list's items glued with no space or stop ("... HarbourSam Brook is ...";
        # "Global solidarity over NorthtownHow its survivors view NorthtownWhat's happening in Northtown?")
    if s[0].isupper() and _TICKER.match(s):
        return "nav"  # a live page's match ticker: "Substitution, Northtown. Jo Example replaces Sam Brooks."
    if (s.count(" | ") >= 3 or s.startswith(("| ", "Home | | ")) and " | " in s) and len(s) <= 400:
        return "nav"  # a page's table row, its cells set off by bars: "| DL | Sam Example | 63 | 85% |", "Home | | | ..."
    if s.startswith("| ") and " | " not in s and s.rstrip("| ").endswith((".", "”", '"', "!", "?")):
        return "caption"  # a box of one cell, set beside the copy: its pull quote ("| Jo Example expects to ...")
    if len(TABLE_ROW_GLUE.findall(s)) >= 2:
        return "nav"  # a table's rows run together: "... to a household 6.3Limit numbers ... 6.3Give ..."
    if s.count(":") >= 2 and len(_FACT_LABEL.findall(s)) >= 2:
        return "nav"  # a fact box's fields: "CURRENT JOB: Broadcaster. SHOW US YOUR MEDALS: ..."
    if ":" in s[:14] and _SIGNINGS.match(s):
        return "nav"  # a club's signings listed: "Loan:Simon Church, forward (MK Dons); Adam Collin, ..."
    if len(_FIGURE_GLUE.findall(s)) >= 2:
        return "nav"  # a fact box's figures run together: "5,600workers on site at peak4,000km electrical cabling230,000 ..."
    if "(" in s and _RECORD_ROW.search(s):
        return "nav"  # a career record's row: "Valladolid (2009-13): 85 apps, 13 goals."
    if len(s) <= 4 and _LIST_NUMBER.match(s):
        return "standfirst"  # "1.": the number of a list item, whose title was a line of its own
    if not _LOWER.search(s) and len(_CAPS.findall(s)) >= 4:
        return "standfirst"  # "ADDING GOALS WILL MAKE JAMES A STAR ."
    if caption(s, position):
        return "caption"
    if position and PICTURE.match(s) and not DOUBLE_MARK.search(s):
        return "caption"
    if s[:1] in "'‘\"“" and _PULL_QUOTE.match(s):
        return "standfirst"  # a pull quote set as a subhead: a quotation with no stop and no speaker
    if s.endswith(":") and _LIST_LEAD_IN.search(s):
        return "standfirst"  # a list's lead-in with no list after it ("Some of the proposals include:")
    if not s.strip(". "):
        return "picture"  # a stop standing alone where the page's picture stood (" . "): no line, set in
    if s[0] in ":;,)]" or not any(c.isalnum() for c in s):
        return "joined"  # what is left of a line run into another (": McHenry, who ...", "–")
    if " ." in s and caption_in_quote(s):
        return "caption"  # a picture's caption inside a quotation's lines: "... the best. . Sam and his ... 'I ..."
    if s[1:2] == " " and s[:1].islower() and s[2:3] in _OPEN_MARKS:
        return "joined"  # a letter left before a line: "e 'It just shows ...'"
    if ":’" in s and _COLON_CLOSE_OPENS.search(s):
        return "joined"  # a closing mark set to open a quotation ("Casey said, smiling:’It would be ..."): its
        # marks cannot be told apart
    if (s[0].isdecimal() or s[0] in ".,%£$€" or "(" in s) and _STAT_LINE.search(s) \
            or (s.count(";") >= 3 or s.count(",") >= 8) and _TEAM_SHEET.match(s) \
            or (" – " in s or " — " in s or " - " in s) and _LIST_LINE.match(s) \
            or " v " in s and _FIXTURE_LINE.match(s):
        # a fact-box line: "1998 – The last time ...", "(supplied by Opta)"; a team sheet: "HARBOUR
        # XV: J Example; ...", "Harbour (4-4-2): Example 6; ..."; a list's line: "Lunch – Sausage supper."; a fixture: "HARBOUR v
        # NORTHTOWN, Old Ground, Northtown, Saturday, 3pm"
        return "standfirst"
    if spaced_stop(s) and not (_QUOTE_CLOSED_STOP.search(s) and not PHOTO_MARK.search(s)
                                and not _LABEL_INSIDE.search(s) and _QUOTE_PARAGRAPH.match(s)):
        # Page furniture left with a detached stop: a caption, a related-story title or a
        # highlight bullet. Near the top of a page it is a highlight (standfirst).
        return "standfirst" if position < 4 and total > 8 else "caption"
    if s[-1:] not in _STOPS and total > 3 and (len(s.split()) <= SUBHEAD_WORDS or " | " in s):
        return "standfirst"  # a subhead: a short line with no closing stop (or a run of links: "A | B")
    if s[-1:] == "?" and len(s.split()) <= 2 and total > 3:
        return "standfirst"  # a subhead put as a question: "Lifeline?"
    if total > 3 and s.endswith(("...", "…")) and len(s.split()) <= TEASER_WORDS and not _VERB_IN_TEASER.search(s):
        return "standfirst"  # a subhead that trails off into the next section: "The bottom line ..." (judges RR 03, RU 05)
    if ": " in s[:40] and _LINKED_TITLE.match(s):
        return "related"  # an outlet's link to its own piece: 'Hollywood Reporter: "Mad Men's" return.'
    if s[-1:] not in _STOPS and ", pictured" in s:
        return "caption"  # "Jo Example at the school in Northtown, pictured, ... answers" with no stop
    if _JOINED_HINT.search(s) and _JOINED.search(MARKS_SPAN.sub(" ", s)):
        return "joined"
    if ("' " in s or "’ " in s or '" ' in s or "” " in s) and _JOINED_AFTER_QUOTE.search(s):
        return "joined"
    if '"' in s or "“" in s or "”" in s:
        return "quote"
    if s[-1:] == "." and ", " in s[:72] and verbless_aside(s):
        return "caption"  # "Sam Example, who was re-elected as mayor with 97 per cent of the vote."
    if s.startswith("The ") and scene_shown(s):
        return "caption"  # "The charred remains of a car seat that had been left on the hob, which caught fire."
    return "quote" if ("'" in s or "‘" in s) and _SINGLE_OPEN_CAPITAL.search(s) else "body"


# a text whose sentences end on a stop this often puts stops where it means them (a Daily Mail page
# with its captions cut from the lines they were run into ends fewer than 70% of its lines on one;
# a list's or a feed's lines, under half)
_FACT_LABEL = re.compile(r"(?<![\w'’])(?:[A-Z]{2,}\s){0,4}[A-Z]{3,}:\s")
_STOPPED_SHARE = 0.55


def _unstopped(sentences: list[str], out: list[str]) -> None:
    """In a text that ends its sentences on a stop, a line with none is page furniture: a
    photo's caption or a highlight left without one ("Herrera hits the back of the net while
    representing Spain's Under 20 side against Tahiti"), or one run into a line after it ("... on
    Radio 4's Feedback programme" | "The controller of ..."). Near the top, before the story has
    told two sentences, it is a highlight (standfirst); after them, or further on, a caption. The
    last line too: a page ends on its captions and share lines ("Follow Sam on Twitter"), and a
    sentence cut off there must not ship either."""
    if len(sentences) < 4:
        return
    stopped = sum(1 for s in sentences if s.rstrip()[-1:] in _STOPS)
    if stopped < _STOPPED_SHARE * len(sentences):
        return  # (a feed's lines, or a text with no stops: its lines are its sentences)
    told = 0  # the story's sentences before it: a line after them is set in the story, a caption
    for i, s in enumerate(sentences):
        end = s.rstrip()[-2:]  # (what ``_MARK_NO_STOP`` reads: the last two characters)
        if out[i] in SHIPPABLE and (end[-1:] not in _STOPS or _MARK_NO_STOP.match(end)
                                    or end[0] == "]" and _SIC_NO_STOP.search(s)):
            if i and out[i - 1] in SHIPPABLE and i + 1 < len(sentences) and _ANSWERS_BEFORE.match(s) \
                    and SAID.search(s):  # ("Instead, Lawrence said, ...": not "Meanwhile, fans queue outside ...")
                told += 1  # copy that lost its stop: a line that answers the one before it ("Instead,
                continue  # Lawrence said, little Wil has taken the limits off ..."), as no caption does
            out[i] = "standfirst" if i < 4 and told < 2 else "caption"
            if i < 4 and told >= 2 and i + 1 < len(sentences) and out[i + 1] in SHIPPABLE \
                    and _PRONOUN_OPENS.match(sentences[i + 1]) \
                    and not (_SPEAKER_GOES_ON.match(sentences[i + 1]) and i and _NAMED_SPEAKER.search(sentences[i - 1])):
                out[i + 1] = "joined"  # (near the top, "They were then driven ..." goes on with the caption's lines)
                # (not a speaker's words told on from the story's line before it: "... but Germany
                # international Mertesacker insists Klopp would be a good fit" | caption | "He said: 'I've
                # got ...'", judge RM 06)
        told += out[i] in SHIPPABLE


_PRONOUN_OPENS = re.compile(r"(?:They|He|She|It|His|Her|Their|Its)\s")
_SPEAKER_GOES_ON = re.compile(r"(?:He|She)\s(?:said|says|added|adds|explained|continued)\s?:")
_NAMED_SPEAKER = re.compile(r"\b[A-Z][\w'’-]+\s(?:insists|insisted|says|said|admits|admitted|believes|claims|claimed|"
                            r"warns|warned|argues|argued)\b")
_ANSWERS_BEFORE = re.compile(r"(?:Instead|However|Meanwhile|Nevertheless|Nonetheless|In return|In response),\s")
# a line that ends on a quotation's closing mark with no stop inside it: "... would have made
# 'tremendous advances'", a caption cut from the sentence it ran into (copy puts its stop after)
_MARK_NO_STOP = re.compile(r"[a-z]['’\"”]\s*$")
# (or an editor's "[sic]" with no stop before it: "... with the caption 'best nite of my life [sic]'"; not a
# transcript's "... Never say never. [Laughs]"" nor "... results! [sic]""; and in single marks only, where the
# mark could be read as no quotation's close before: a double mark after "[sic]" always closed one)
_SIC_NO_STOP = re.compile(r"[\w,;:]\s?\[sic\]['’]\s*$")


# a question that asks for the words quoted after it: "The tagline?", "The message?"
NAMED_BY_QUOTE = re.compile(r"(?:The|Their|His|Her|Its)\s(?:tagline|slogan|message|motto|answer|verdict|response|reply|"
                            r"catch|title|name|headline|caption|warning|advice)\?")
TEASER_WORDS = 5  # words, at most, of a subhead that trails off ("The bottom line ...")
# a verb that makes a short line trailing off a sentence of the copy ("And then it happened ...")
_VERB_IN_TEASER = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|said|says|"
                             r"[a-z]+ed)\b|\b(?:I|he|she|it|we|they|you)\b|\w['’]s\b")  # ("But here's the disconnect ...")


def roles(sentences: Sequence[str]) -> list[str]:
    """A role for each sentence; the first shippable one is the ``lead``."""
    return list(_roles(tuple(sentences)))


@lru_cache(maxsize=32)  # (the engine, the desk and the context check read the same document's)
def _roles(sentences: tuple[str, ...]) -> tuple[str, ...]:
    out = [role_of(s, i, len(sentences)) for i, s in enumerate(sentences)]
    for i in range(len(out) - 1):  # a short question the copy answers at once ("Why? | Because, capitalism, of course."):
        if out[i] == "standfirst" and sentences[i].endswith("?") and sentences[i + 1].startswith("Because") \
                and len(sentences[i].split()) <= 2:  # no subhead ("Lifeline?"), judge QD 07
            out[i] = "body"
        elif out[i] == "standfirst" and NAMED_BY_QUOTE.fullmatch(sentences[i]) and sentences[i + 1][:1] in "\"“‘'":
            out[i] = "body"  # ("The tagline? | "Meth. We're on it."": the words it asks for, judge RU 03)
    for i in range(1, len(out)):  # a short question after a rail of links is its last link ("What happens next?")
        if out[i - 1] == "nav" and sentences[i].endswith("?") and len(sentences[i].split()) <= 4 \
                and link_joins(sentences[i - 1], strict=True) > 1:
            out[i] = "nav"
    for i in range(1, len(out)):
        # a subhead or an explainer's link put as a question about someone or something named, alone
        # between lines that ask nothing: "What is behind the South East Asia haze?" (not "How would he
        # respond?", which the copy asks and answers; nor one of the questions a preview lists)
        if out[i] in SHIPPABLE and sentences[i].endswith("?") and len(sentences[i].split()) <= LINK_QUESTION_WORDS \
                and _LINK_QUESTION.match(sentences[i]) and not sentences[i - 1].rstrip("'’\"” ").endswith("?") \
                and not (i + 1 < len(sentences) and (sentences[i + 1].rstrip("'’\"” ").endswith("?")
                                                     or len(sentences[i + 1].split()) <= ANSWER_WORDS)):
            out[i] = "standfirst"  # (nor one a short answer follows: "What did the contestant win? | A brand-new car!")
    for i in range(1, len(out) - 1):
        # a related story's title put as a question, before another link's title with no stop: "Are
        # nurses the new doctors? | NHS short of front-line staff, MPs say"
        if out[i] in SHIPPABLE and sentences[i].endswith("?") and len(sentences[i].split()) <= LINK_QUESTION_WORDS \
                and out[i + 1] not in SHIPPABLE and sentences[i + 1].rstrip()[-1:].isalnum() \
                and 3 <= len(sentences[i + 1].split()) <= LINK_QUESTION_WORDS and not DOUBLE_MARK.search(sentences[i]) \
                and not _ASKED_IN_COPY.search(sentences[i]) \
                and not sentences[i - 1].rstrip("'’\"” ").endswith("?"):
            out[i] = "nav"
    rows = [i for i, t in enumerate(sentences) if t[:1].isupper() and "(" in t and _PRICE_ROW.match(t)]
    if len(rows) >= 2:
        copy = " ".join(t for i, t in enumerate(sentences) if i not in rows)
        told = [sentences[i].split(" (")[0].split()[-1] in copy for i in rows]
        # a graphic's list of names and fees, most of whose names the copy tells too ("Mats Example
        # (Northtown) £36m." | "Jo Brook ..."): not a list that is the story's own data (a rich list)
        if 2 * sum(told) >= len(rows):
            for i in rows:
                if i - 1 in rows or i + 1 in rows:
                    out[i] = "nav"
    pulled, quoted = pull_quotes(sentences)  # (a speaker's lines set again without marks: not the copy's)
    for i in pulled:
        out[i] = "caption" if out[i] in SHIPPABLE else out[i]
    # A sentence that opens with the same words as one before it is a caption or a
    # pull quote repeating the body (the Daily Mail repeats its lines under photos).
    heads = [tuple(s.lower().split(None, REPEAT_WORDS)[:REPEAT_WORDS]) for s in sentences]  # (the rest is not read)
    seen: dict[tuple[str, ...], int] = {}
    unstopped: set[str] = set()  # (the lines with no stop so far, which a caption's may be: ``_unstopped``)
    for i, head in enumerate(heads):
        if sentences[i].rstrip()[-1:] not in _STOPS:
            if out[i] != "standfirst":  # (not the page's highlights over the story, which its lines tell again)
                unstopped.add(sentences[i].strip())
        elif out[i] in SHIPPABLE and i not in quoted and sentences[i].strip()[:-1].rstrip() in unstopped \
                and len(head) == REPEAT_WORDS and i + 1 < len(out) and out[i + 1] in PICTURE_ROLES:
            out[i] = "caption"  # (a caption set twice, the second time with a stop, before another caption:
            # "Rojo's identity ... was originally held back ... revealed." | "Rojo's wife ... (pictured ...)"; a line
            # the copy goes on from is the story's: "... auditioned for Asia's Got Talent ..." | "The triple threat ...")
            continue
        if len(head) == REPEAT_WORDS:
            if head in seen and out[i] in SHIPPABLE and i not in quoted:
                if caption_pair_first(sentences, seen[head], i) or quoted_deck(sentences, out, seen[head], i):
                    out[seen[head]] = "caption"  # (the first of the two is the caption's, or the deck's: see below)
                    seen[head] = i
                else:
                    out[i] = "caption"
            elif out[i] in SHIPPABLE and sentences[i].rstrip()[-1:] in _STOPS:
                seen[head] = i  # (a line with no stop, a bullet or a caption, the copy repeats: the
                # copy's is the story's; ``_unstopped`` takes the line out)
    # On a page that runs its captions into the copy, a name with its picture between commas is
    # one more ("Reds legend Jo Example, pictured with Sam Brooks, says ..."); in clean copy it may
    # be running text ("Jo Example, pictured, dismissed the report").
    pictures_read = named_pictures(sentences, out, SHIPPABLE)
    runs_into_another(sentences, out, heads, SHIPPABLE)
    opens_on_another(sentences, out, SHIPPABLE)
    _unstopped(sentences, out)  # (before the retold lines: a caption with no stop is no sentence of the copy)
    retold(sentences, out, SHIPPABLE)
    deck_told_again(sentences, out, SHIPPABLE)
    aged_again(sentences, out, SHIPPABLE)
    quoted_again(sentences, out, SHIPPABLE)
    told_around(sentences, out, SHIPPABLE)
    named_in_full_again(sentences, out, SHIPPABLE)
    question_labels(sentences, out, SHIPPABLE)
    lean_on_captions(sentences, out, SHIPPABLE)
    stranger_pictured_last(sentences, out, SHIPPABLE)
    named_again_last(sentences, out, SHIPPABLE)
    renamed_before_caption(sentences, out, SHIPPABLE)
    asked_of_picture(sentences, out, SHIPPABLE)
    present_beside_captions(sentences, out, SHIPPABLE)
    passive_between_captions(sentences, out, SHIPPABLE)
    between_spaced_captions(sentences, out, SHIPPABLE)
    retold_between_captions(sentences, out, SHIPPABLE)
    set_in_a_quotation(sentences, out, SHIPPABLE)
    death_told_again(sentences, out, SHIPPABLE)
    caption_starts(sentences, out, SHIPPABLE)
    body_defined(sentences, out, SHIPPABLE)
    items_shown(sentences, out, SHIPPABLE)
    speech_unmarked(sentences, out, SHIPPABLE)
    block_unmarked(sentences, out, SHIPPABLE)
    retold_ahead(sentences, out, SHIPPABLE)  # (last of the caption passes: the story's line it needs still ships)
    # A live page's match ticker runs to the end of the page once it begins (its "Assisted by
    # Jo Example." and "Sam Brooks replaces Jo Example." read like anything else)
    ticker = [i for i, s in enumerate(sentences) if out[i] == "nav" and _TICKER.match(s.strip())]
    if len(ticker) >= TICKER_MIN:
        out[ticker[0]:] = ["nav"] * (len(out) - ticker[0])
    if not pictures_read:
        named_pictures(sentences, out, SHIPPABLE)  # (on a page whose captions only the passes above found)
    question_labels(sentences, out, SHIPPABLE)  # (again: a label before a caption the passes above found)
    team_news_box(sentences, out)
    ratings_box(sentences, out, SHIPPABLE)
    analysis_box(sentences, out, SHIPPABLE, SAID)
    page_boxes(sentences, out, SHIPPABLE)
    gallery_captions(sentences, out, SHIPPABLE)
    giveaway_before_entry(sentences, out, SHIPPABLE)
    if (labels := speaker_labels(sentences)):
        # a transcript's turns: their labels are the speakers', no pictures' (after every rule that reads
        # lines between captions, which a turn is not)
        for i, s in enumerate(sentences):
            if out[i] in ("caption", "standfirst") and opens_turn(s, labels):
                out[i] = "body"
    for i, role in enumerate(out):
        if role in SHIPPABLE:
            out[i] = "lead"
            break
    return tuple(out)
