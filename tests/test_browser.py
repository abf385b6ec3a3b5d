"""Real-browser tests: Debian's chromium (/usr/bin/chromium) driven by Playwright,
against ``copydesk serve`` running as a subprocess on 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from copydesk.desk import rewrite
from copydesk.model import Article
from copydesk.store import Store
from httpserver import stop_process
from serverkit import HARBOUR, XSS_ARTICLE, XSS_TITLE

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Debian chromium not installed - apt-get install chromium chromium-driver"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """``copydesk serve`` on a free port with a fresh database; yields (base URL, db path)."""
    db = tmp_path / "desk.db"
    port = free_port()
    exe = shutil.which("copydesk") or str(Path(sys.executable).with_name("copydesk"))
    env = {k: v for k, v in os.environ.items() if k not in ("COPYDESK_TOKEN", "COPYDESK_DB")}
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([exe, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"copydesk serve did not start: {(tmp_path / 'serve.log').read_text()}")
            time.sleep(0.2)
        yield base, db
    finally:
        stop_process(proc)
        log.close()


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


def test_paste_submit_read_and_trace_a_sentence_to_its_source(served, browser):
    base, _ = served
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}/new")
    page.fill("textarea[name=text]", HARBOUR)
    page.fill("input[name=title]", "Wellington Backs Harbour Bridge")
    page.click("#submit")
    page.wait_for_url(f"{base}/rewrites/*")
    assert page.locator("h1.headline").inner_text().startswith("Wellington Backs Harbour Bridge")

    # The list shows the headline and the summary; the headline opens the detail page.
    page.goto(f"{base}/")
    card = page.locator("li.card").first
    assert card.locator("h2").inner_text() == "Wellington Backs Harbour Bridge"
    summary = card.locator(".summary").inner_text()
    assert "bridge" in summary and len(summary) > 60
    card.locator("h2 a").click()
    page.wait_for_url(f"{base}/rewrites/*")
    assert page.locator(".rewrite .summary .s").count() >= 1

    # Click a body sentence: its source sentences light up, and only they.
    sentence = page.locator(".body .s[data-src]:not([data-src=''])").last
    sources = sentence.get_attribute("data-src").split()
    assert not page.locator("ol.sources li.hl").count()
    sentence.click()
    lit = page.locator("ol.sources li.hl")
    assert sorted(lit.evaluate_all("els => els.map(e => e.id)")) == sorted(f"src-{i}" for i in sources)
    # The highlight fades in (a CSS transition), so read the colour once it has settled: right
    # after the click the computed background may still be the transparent start of the fade.
    # A highlight that never gets a background times out here.
    page.wait_for_function(
        """id => { const bg = getComputedStyle(document.getElementById(id)).backgroundColor;
                   return bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent'; }""",
        arg=f"src-{sources[0]}", timeout=5000)
    assert sentence.evaluate("e => e.classList.contains('pinned')")
    source_text = page.locator(f"#src-{sources[0]}").inner_text()
    assert source_text and source_text.split()[0] in HARBOUR

    # Hovering another sentence moves the highlight; leaving brings back the pinned one.
    other = page.locator(".rewrite .summary .s").first
    other.hover()
    other_ids = other.get_attribute("data-src").split()
    assert sorted(lit.evaluate_all("els => els.map(e => e.id)")) == sorted(f"src-{i}" for i in other_ids)
    page.mouse.move(1, 1)
    assert sorted(lit.evaluate_all("els => els.map(e => e.id)")) == sorted(f"src-{i}" for i in sources)
    assert errors == [], errors


def test_stored_xss_payloads_never_run(served, browser):
    base, db = served
    article = Article(text=XSS_ARTICLE, title=XSS_TITLE, url="javascript:window.__xss='readmore'",
                      source_name='<img src=x onerror="window.__xss=\'source\'">')
    store = Store.open(str(db))
    try:
        rid = store.save_rewrite(rewrite(article))
    finally:
        store.close()
    page = browser.new_page()
    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    for path in ("/", f"/rewrites/{rid}", "/?q=storm"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        for el in page.locator(".s[data-src]").all()[:5]:
            el.click()  # the page's own script runs over the payload text
        assert page.evaluate("typeof window.__xss") == "undefined", path
        # The payloads are on the page as text, so the test saw them rendered.
        assert "<script>" in page.locator("main").inner_text(), path
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    # Not even a blocked attempt: escaping kept the payloads from becoming markup at all.
    assert violations == [], violations
