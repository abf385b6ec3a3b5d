"""A saved web page or piped HTML is read as a page (its article extracted, as from a URL), a
feed file is refused with one line, and plain text that merely holds a "<" stays text
(``ingest/markup.py``, ``desk.article_from_text``, ``copydesk rewrite FILE``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import copydesk
from copydesk.cli import main
from copydesk.errors import ExtractionFailed, InputError
from copydesk.ingest.markup import markup_kind

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "web" / "article.html"
FEED = FIXTURES / "feeds" / "rss20.xml"


@pytest.mark.parametrize("text, kind", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("\ufeff  <!-- saved from url=(0040)http://127.0.0.1:8001/ -->\n<html lang='en'><p>x</p></html>", "html"),
    ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "html"),
    ("<p>The ferry will run twice a day.</p>\n<p>The council approved it.</p>", "html"),  # a copied fragment
    ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel/></rss>', "feed"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    ("The vote was 5 <6 in the end, the council said.", None),
    ("<b>Breaking</b> The ferry will run twice a day, the council said.", None),  # one tag is no page
    ("KIRKWALL - The ferry will run twice a day.", None),
])
def test_markup_kind(text, kind):
    assert markup_kind(text) == kind


def test_a_saved_page_is_rewritten_from_its_article_not_its_markup(tmp_path):
    result = CliRunner().invoke(main, ["rewrite", str(PAGE)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "<" not in out and "script" not in out.lower()
    assert "**Stronsay Ferry to Sail Twice a Day**" in out
    assert "the ferry between Kirkwall and the island of Stronsay will run twice a day" in out
    assert "Home News Sport" not in out
    # the page's own date and canonical link, as a URL's page would give them
    assert "February 10, 2026" in out
    assert out.rstrip().endswith("Read More http://127.0.0.1:8001/news/stronsay-ferry")


def test_html_piped_to_stdin_is_a_page_too():
    html = PAGE.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["rewrite", "-", "--format", "json"], input=html, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert '"headline": "Stronsay Ferry to Sail Twice a Day"' in result.stdout


def test_the_library_reads_html_as_a_page():
    result = copydesk.rewrite(PAGE.read_text(encoding="utf-8"))
    assert result.headline == "Stronsay Ferry to Sail Twice a Day"
    assert all("<" not in p for p in result.body_paragraphs)
    assert result.article.url == "http://127.0.0.1:8001/news/stronsay-ferry"


def test_a_feed_file_is_refused_with_one_line_naming_the_fix(tmp_path):
    result = CliRunner().invoke(main, ["rewrite", str(FEED)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is an RSS/Atom feed, not one article" in lines[0]
    assert "copydesk feeds add" in lines[0] and "Traceback" not in result.output
    with pytest.raises(InputError):
        copydesk.rewrite(FEED.read_text(encoding="utf-8"))


def test_a_page_with_no_article_names_the_file(tmp_path):
    empty = tmp_path / "menu.html"
    empty.write_text("<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav>"
                     "<div><p>Menu</p></div></body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["rewrite", str(empty)])
    assert result.exit_code != 0
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and str(empty) in line and "paste the article text" in line
    with pytest.raises(ExtractionFailed):
        copydesk.rewrite(empty.read_text(encoding="utf-8"))


@pytest.mark.parametrize("raw, site, clean", [
    # the page's own name for itself goes, whatever its form
    ("Pear Jam Recipe for the Winter - Harbour Kitchen", "Harbour Kitchen", "Pear Jam Recipe for the Winter"),
    ("New Chief Executive at Experience - Experience", "Experience", "New Chief Executive at Experience"),
    ("Harbour Kitchen | Pear jam recipe for the winter", "Harbour Kitchen", "Pear jam recipe for the winter"),
    # a name's own hyphen is no separator
    ("Pear Jam Recipe | The Anti-Waste Cook", None, "Pear Jam Recipe"),
    # a label is no part of the news
    ("BREAKING NEWS: Northtown activate £7m release clause to sign Sam Example", None,
     "Northtown activate £7m release clause to sign Sam Example"),
    ("Exclusive: Ferry to sail twice a day", None, "Ferry to sail twice a day"),
    ("Breaking: Ferry sails", None, "Breaking: Ferry sails"),  # (too little would stay)
    # a site name that is not there changes nothing; a writer's name stays
    ("Britain faces chaos, says minister - Jane Example", "Harbour Kitchen", "Britain faces chaos, says minister - Jane Example"),
])
def test_a_title_loses_its_site_and_label(raw, site, clean):
    from copydesk.ingest.titles import clean_title

    assert clean_title(raw, site) == clean


def test_the_texts_own_language_beats_a_pages_template():
    # a German page whose template declares English: its title keeps German capitals
    html = ("<!DOCTYPE html><html lang='en'><head><title>Die lange Reise ins digitale Gesundheitswesen</title>"
            "</head><body><article><h1>Die lange Reise ins digitale Gesundheitswesen</h1>"
            + "".join(f"<p>{p}</p>" for p in (
                "Die elektronische Patientenakte soll im kommenden Jahr für alle Versicherten kommen, "
                "sagte der Minister am Montag in Berlin.",
                "Die Krankenkassen haben lange auf diese Entscheidung gewartet und begrüßen den Plan.",
                "Kritiker warnen dagegen vor Problemen beim Datenschutz und fordern mehr Zeit für die Praxen.",
                "Die Ärzte sollen die Akte ab dem Sommer nutzen können, wenn die Technik bereit ist.",
                "In mehreren Regionen läuft bereits ein Test, an dem sich rund zweihundert Praxen beteiligen."))
            + "</article></body></html>")
    result = copydesk.rewrite(html)
    assert result.language == "de"
    assert result.headline == "Die lange Reise ins digitale Gesundheitswesen"


def test_an_embedded_social_post_is_not_the_storys_text():
    from copydesk.ingest.web import extract_article

    paras = "".join(f"<p>{p}</p>" for p in (
        "A Northtown man pleaded guilty on Monday to threatening to sink the harbour master's boat.",
        "He faces up to two years in prison, the court said.",
        "The harbour master asked for mercy in a letter she posted online.",
        "Sentencing is set for March 3."))
    tweet = ('<blockquote class="twitter-tweet"><p>Sharing my full letter on the sentencing of the man who '
             'threatened my boat. pic.twitter.com/abc</p>&mdash; Jo Example (@joexample) November 19, 2019'
             '</blockquote>')
    html = f"<!DOCTYPE html><html><body><article><h1>Man pleads guilty</h1>{paras}{tweet}</article></body></html>"
    text = extract_article(html).text
    assert "Sentencing is set for March 3." in text
    assert "Sharing my full letter" not in text and "@joexample" not in text
