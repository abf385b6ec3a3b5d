"""The page's own promotion, which ``role_of`` (``copydesk.ingest.roles``) calls ``promo`` and never
ships: an offer to the reader ("Sign up for ...", "Sponsored by ...", "You can sign up here."), the
outlet's plug for its newsletter, its podcast or its own reporting ("Daily Mail Australia has
contacted the police for comment."), a link's call to click, a shop's link text ("Shop the rest of
today's sale right here."), and a travel page's box of telephone numbers and web addresses."""

from __future__ import annotations

import re
from collections.abc import Sequence

# a shop's link text (not "Shop owners ...", "Shop discounts are deeper now.", rev53b)
SHOP_LINK = re.compile(r"Shop (?:the rest of |all (?:of )?|more of )?(?:the |today['’]s |this week['’]s |our )?(?:sale|"
                       r"deals?|offers?|discounts?|collection|range)(?:\s(?:right|just|online))?\s(?:here|now|below)\W*$")
_WEB_ADDRESS_END = r"(?-i:(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+(?:/[\w/-]*)?)\.?$"
_ENDS_ON_ADDRESS = re.compile(r"\.[a-z]{2,}(?:/[\w/-]*)?\.?$")  # (``maybe_promo``'s test for the branch above)
PROMO = re.compile(
    r"^(?:Sign up|Subscribe|Download (?:the|our)|Follow (?:us|@)|Like us on|Sponsored|"
    r"Paid (?:post|content)|Advertisement|Promoted|Get (?:our|the) (?:newsletter|app)|"
    r"For (?:the latest|more) (?:news|stories|updates)|Join (?:us|the conversation)|"
    r"Share (?:this|your)|Have you got a story|Do you have a story|Got a story)\b"
    r"|\bwill (?:be )?(?:providing|bringing|keeping) you (?:with|all|up)\b"
    r"|\b(?:will (?:provide|show|have|carry)|there will be) (?:live |full )?(?:[\w-]+ ){0,3}(?:commentary|video highlights)\b"
    # the site's own offer to the reader: "We've launched a new ... newsletter", "You can sign up here."
    r"|\b(?:launched|introduced|started) (?:a|our) (?:new |free |weekly |daily )?(?:[A-Z][\w ]{0,30})?newsletter\b"
    r"|\bright to your inbox\b|\bright in(?:to)? your inbox\b(?![^.]*\b(?:said|says|warned|told)\b)"
    r"|^(?:And )?(?:do not forget |don't forget )?you can (?:now )?sign up\b"
    r"|\b(?:not (?:currently )?accepting comments|comments (?:are|have been) (?:closed|disabled))\b"
    # a deals page's small print glued on the end of a product's line, no stop between: "... warranty card Quantities
    # may be limited." (judge RX 03; the bare line is ``boxes``', and a story's "Quantities are limited to two packs
    # per customer ..." stays copy, reviewer rev51b)
    r"|[a-z]\sQuantities (?:are|may be) limited\.$"
    r"|^(?:See|Read) the (?:original|full) (?:story|article|report)\b"  # "See the original story at ..."
    # the outlet's own podcast: "Catch up on the 2020 election campaign with AP experts on our weekly politics podcast"
    r"|^(?:Catch up|Keep up|Stay up to date|Listen|Tune in)\b[^.]{0,120}\bour (?:[\w-]+ ){0,3}podcast\b"
    # a station's plug: "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here." (judge QH 05)
    r"|^Listen (?:to|live to) (?:[A-Z][\w'’-]*\s?){1,3}(?:live|on|every|weekdays)\b|\bor listen (?:back|again) here\b"
    # the writer's own contact line: "Email Jo Example at jo@example.com or follow her @joexample."
    r"|^(?:E-?mail|Contact)\s(?:[A-Z][\w.'’-]+\s){1,3}at\s\S+@\S+?\.?(?:\s+or\s+follow\b.*)?$"
    r"|^(?:[A-Z][\w.'’-]+\s){2,3}(?:may|can) be reached at\s\S+@"  # (not "Detectives can be reached at ...")
    # a link to the outlet's own piece: "Read Mark's analysis of the poll", "Read our verdict"
    r"|^(?:Read|Watch|Listen to) (?:our|(?:[A-Z][\w.'’-]+\s){0,2}[A-Z][\w.'’-]+['’]s) (?:full )?"
    r"(?:analysis|verdict|review|interview|report|blog|column|guide|explainer)\b"
    # the page's own furniture addressed to the reader: "Click on the photos above to ...", "Tap here"
    r"|^(?:Click|Tap)(?: (?:on|through))? (?:here|the (?:photos?|pictures?|images?|gallery|video|link|button)s?)\b"
    r"|^(?:See|Scroll through) (?:the|our) (?:gallery|photos|pictures)\b"
    # the outlet telling of its own reporting: "Daily Mail Australia has contacted the police for comment."
    r"|^(?:[A-Z][\w.'’]*\s+){1,4}(?:has|have)\s+(?:contacted|approached|reached out to)\b[^.]{0,120}"
    r"\bfor (?:a )?(?:comment|response)\b"
    # the outlet's travel disclosure: "Daily Mail Australia was at the festival as a guest of ... Tourism."
    r"|^(?:[A-Z][\w.'’]*\s+){1,4}(?:was|were|travelled|traveled|flew|stayed)\b[^.]{0,120}\bas (?:a )?guests? of\b"
    # a video's teaser: "Here's the story – in 15 seconds.", "Here is what happened in 60 seconds"
    r"|^Here(?:'s|’s| is) (?:(?:the|our) (?:story|news|latest|video|clip|report|recap|lowdown)|what (?:happened|you "
    r"need to know))\b[\s,–—-]*in (?:just )?\d{1,3} seconds[.!]?$"
    # a call to the reader to act, and where: "To donate to the family's fund, visit the couple's website."
    # (not a police appeal or a helpline, which the story may carry: "To report information, call ...")
    r"|^To (?:donate|contribute|give|find out more|learn more|read more|see more|watch|listen|buy|order|book|"
    r"subscribe)\b[^.]{0,160},\s(?:please\s)?(?:visit|go to|click|see|log on to|head to|check out)\b"
    # the page pointing at its own list: "All that and more is below in the latest Lunch Break."
    r"|^(?:All (?:that|this|of that|of this) and (?:much )?more|(?:Find|See) (?:them|it|all of them|more) )"
    r"[^.]{0,40}\b(?:below|after the jump)\b"
    # the page's help line or link, however it opens: "For confidential support call ... or click here for
    # details.", "For more reports from Example Monitoring, click here."
    r"|(?:,\s|\bor\s|^)click here(?: for (?:details|more(?: information)?|help))?\.$"
    # a link's sentence: "... can visit the family's fundraising page by clicking here.", "For a primer on
    # the craze, see last year's winners."
    r"|\b(?:visit|donate|give|go to|support)\b[^.]{0,80}\bby clicking here\.$"
    r"|^For (?:a |an |more )?(?:primer|refresher|explainer|recap|reminder|background|more)(?: on [^,.]{1,60})?, "
    r"(?:see|read|click|visit|check out|watch)\b"
    # the outlet's own accounts and its description of itself: "You can follow Example Monitoring on Twitter
    # and Facebook.", "Example Monitoring reports and analyses news from TV, radio, web and print media ..."
    r"|^You can (?:keep|stay) up to date with\b"
    r"|^(?:You can )?follow (?:[A-Z][\w.'’-]*\s){1,4}on (?:Twitter|Facebook|Instagram|X)\b"
    r"|^(?:[A-Z][\w.'’-]*\s){1,3}(?:reports and analyses|reports on and analyses) news from\b"
    # the outlet's disclosure: "(Warner Bros. ... are owned by Time Warner, as is CNN.)"
    r"|^\(.{0,200}\b(?:owned by|parent company of)\b.{0,80}?\)(?:$|\s)"
    # the site's own accounts, and its next post: "Be sure to visit Example Farm on Facebook, Twitter, and Instagram.",
    # "Read about that topic in the next article in this series, ..."
    r"|^(?:Be sure to|Don['’]t forget to|Make sure (?:to|you)) (?:visit|follow|like|check out|find)\b[^.]{0,80}"
    r"\bon (?:Facebook|Twitter|Instagram|YouTube|TikTok|Pinterest|LinkedIn)\b"
    r"|^(?:Read|Learn|Find out) (?:more )?about (?:that|this|it)\b[^.]{0,30}\bin (?:the|our) next (?:article|post|part|"
    r"installment|instalment|episode)\b"
    # the same calls to the reader in the other languages pages come in: Portuguese ("Deixe suas dúvidas e opiniões
    # aqui embaixo!", "Receba em seu email nosso ebook ..."), Spanish, Italian, French and German
    r"|^(?:Receba (?:em|no) (?:seu )?e-?mail|Deixe (?:o |a )?(?:seu|sua|seus|suas|um|uma|aqui) (?:\w+ )?"
    r"(?:coment|d[úu]vida|opini|recado)|Inscreva-se|Cadastre-se|Assine (?:a |o |nossa |nosso )|Siga-nos|"
    r"Compartilhe (?:este|esta|isso|com))"
    # where the reader may act, the line's last words a web address: "People are being urged to search Men United ...
    # via prostatecanceruk.org/menunited.", "Tickets ... are available from www.lofcdirect.co.uk." (judges TO 02, TP 04)
    # (the reader addressed, "are being urged", "you can"; the address in lower case, a link's: not a firm named by its
    # domain, "The hackers were able to steal ... via Ticketmaster.co.uk", "Touts were selling tickets ... on Viagogo.com")
    r"|\b(?:(?:are|is) being (?:urged|encouraged|invited|asked)|you can)\b[^.]{0,120}\b(?:via|at|on|from)\s"
    + _WEB_ADDRESS_END +
    r"|\b(?:tickets?|donations?)\b[^.]{0,120}\b(?:available|priced|on sale|can be (?:bought|booked|made|found))\b"
    r"[^.]{0,80}\b(?:via|at|on|from)\s" + _WEB_ADDRESS_END +
    # (or where to enter, or to read more: "Entry details are on their website, www.wykefarms.com.", judge UB 08)
    r"|^(?:(?:Entry|Full|More|Further|Booking|Competition)\s)?(?:details|information|info|terms)\b[^.]{0,80}"
    r"\b(?:on|at|from|via|visit)\b[^.]{0,40}?,?\s" + _WEB_ADDRESS_END +
    r"|^(?:Suscr[íi]bete|S[íi]guenos|D[ée]janos (?:tu|un|una)|Deja (?:tu|un) comentario|Reg[íi]strate|"
    r"Comparte (?:este|esta|esto))"
    r"|^(?:Iscriviti|Seguici|Lascia (?:un|il tuo) commento|Condividi (?:questo|questa))"
    r"|^(?:Abonnez-vous|Suivez-nous|Inscrivez-vous|Laissez (?:un|votre) commentaire|Partagez (?:cet|cette|ce))"
    r"|^(?:Abonnieren Sie|Folgen Sie uns|Melden Sie sich\b.{0,60}\bNewsletter)",
    re.IGNORECASE,
)


# a telephone number and a web address in brackets, as a travel page lists its hotels and airlines
INFO_BOX = re.compile(r"\([^()]*\d{3,5}[\s-]\d{3}[\s-]?\d{0,4}[^()]*[;,]\s*www\.[\w.-]+\.[a-z]{2,}[^()]*\)")


# what ``PROMO`` needs before it runs, a cheap test on the sentence lowercased (most sentences are
# running copy it does not match; a sentence with one of lexicon.CASE_TRAPS, ``low`` None, runs it)
_PROMO_STARTS = ("see the original", "see the full", "read the original", "read the full", "read ", "watch ",
                 "listen to ",
                 "sign up", "subscribe", "download", "follow", "like us", "sponsored", "paid",
                 "advertisement", "promoted", "get our", "get the", "for the latest", "for more",
                 "join", "share", "have you got", "do you have", "got a story", "click", "tap", "see the gallery",
                 "see our gallery", "scroll through")


# (the other languages' calls, above: their first words)
_ELSEWHERE_STARTS = ("receba", "deixe", "inscreva", "cadastre", "assine", "siga-nos", "compartilhe", "suscr", "síguenos",
                     "siguenos", "déjanos", "dejanos", "deja ", "regístrate", "registrate", "comparte", "iscriviti",
                     "seguici", "lascia", "condividi", "abonnez", "suivez", "inscrivez", "laissez", "partagez",
                     "abonnieren", "folgen sie", "melden sie")


def maybe_promo(s: str, low: str | None) -> bool:
    return low is None or "ing you " in low or "comments" in low or low.startswith(_PROMO_STARTS) or "commentary" in low \
        or "highlights" in low or "newsletter" in low or "podcast" in low or "inbox" in low or "sign up" in low or "for comment" in low or "for a comment" in low \
        or "guest" in low or "below" in low or "after the jump" in low or "click here" in low \
        or "clicking" in low or low.startswith(("for ", "this ", "today", "- ", "– ", "— ", "• ", "if you ", "get ", "click",
                                                "looking for more", "stay tuned", "prices are", "quantities", "some deals",
                                                "use ", "listen ")) or "commission on" in low \
        or "follow" in low or "analyses news" in low or "up to date" in low or "necessarily" in low or "advises" in low \
        or low.startswith("(") or low.startswith("to ") or "seconds" in low or "@" in low \
        or "quantities" in low or low.startswith(_ELSEWHERE_STARTS) or " on facebook" in low or "next article" in low \
        or "next post" in low or _ENDS_ON_ADDRESS.search(low) is not None


# a giveaway the paper tells the reader of ("And best of all, Example Farms is giving away one 24-inch egg to a
# cheddar-loving family."), right before the line that says where to enter: an offer, no news (pair judge 66a)
_GIVEAWAY = re.compile(r"\b(?:giv(?:ing|es?) away|(?:chance|change) to win|up for grabs|prize draw|competition to win)\b",
                       re.IGNORECASE)


def giveaway_before_entry(sentences: Sequence[str], out: list[str], shippable: frozenset[str]) -> None:
    """A line that offers a giveaway, right before the promotion that says where to enter, is the promotion's."""
    for i in range(1, len(sentences)):
        if out[i] == "promo" and out[i - 1] in shippable and _GIVEAWAY.search(sentences[i - 1]) \
                and _ENTRY.match(sentences[i]):
            out[i - 1] = "promo"


_ENTRY = re.compile(r"(?:(?:Entry|Full|More|Further|Competition)\s)?(?:details|information|info|terms)\b", re.IGNORECASE)
