"""The hostile corpus in a real browser: the web desk's pages, the HTML renderer's page and the
Markdown export (rendered as CommonMark with raw HTML on) run no script, and long words wrap.

Slow: Debian's chromium driven by Playwright, ``copydesk serve`` as a subprocess on 127.0.0.1.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from copydesk.cli import main
from copydesk.render import render
from copydesk.store import Store
from hostile import CORPUS
from test_browser import CHROMIUM, browser, served  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Debian chromium not installed - apt-get install chromium chromium-driver"),
]

NO_OVERFLOW = "document.documentElement.scrollWidth <= window.innerWidth + 1"


def watch(page) -> list[str]:
    """Every dialog (alert, confirm, prompt) a payload opens, and every page error."""
    seen: list[str] = []

    def on_dialog(dialog):
        seen.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: seen.append(f"error: {exc}"))
    return seen


def test_hostile_corpus_runs_no_script_in_a_browser(served, browser, tmp_path):  # noqa: F811
    from httpserver import LocalServer

    base, db = served
    with LocalServer({"/h/": CORPUS.parent}) as feeds:
        runner = CliRunner()
        assert runner.invoke(main, ["feeds", "add", feeds.url("/h/feed.json"), "--db", str(db)]).exit_code == 0
        run = runner.invoke(main, ["run", "--allow-private", "-q", "--db", str(db)])
        assert run.exit_code == 0, run.output
    with Store.open(str(db)) as store:
        items = store.list_rewrites(limit=None)
    assert len(items) >= 9
    md = runner.invoke(main, ["export", "--format", "md", "--db", str(db)]).stdout

    page = browser.new_page(viewport={"width": 800, "height": 900})
    seen = watch(page)
    for path in ["/", "/feeds", *(f"/rewrites/{i.id}" for i in items)]:
        page.goto(base + path)
        page.wait_for_load_state("load")
        for el in page.locator(".s[data-src]").all()[:3]:
            el.click()
        assert page.evaluate(NO_OVERFLOW), f"{path}: a long word pushes the page sideways"
    page.goto("about:blank")  # leave the desk's CSP behind: the renderer's page has its own inline style
    for item in items:
        page.set_content(render(item.rewrite, "html"))
        assert page.evaluate(NO_OVERFLOW), f"HTML page of {item.rewrite.headline[:40]!r} overflows"
    page.set_content(MarkdownIt("commonmark").render(md))
    assert page.locator("img, svg, iframe, script, details").count() == 0
    assert page.locator("a[href^='javascript:'], a[href^='data:']").count() == 0
    page.wait_for_timeout(300)  # an onerror or ontoggle would have fired by now
    assert seen == [], seen
