"""The pages and the published feeds, in process (httpx.ASGITransport) on a real SQLite file."""

from __future__ import annotations

import re
from html import unescape

import anyio
import feedparser
import pytest

from copydesk.desk import rewrite
from copydesk.engines import Engine
from copydesk.model import Article, Draft, Sentence
from serverkit import (
    HARBOUR,
    LIBRARY,
    ORCHARD,
    XSS_ARTICLE,
    XSS_TITLE,
    client,
    csrf,
    make_app,
    store_of,
)

pytestmark = pytest.mark.anyio
HTML = {"accept": "text/html"}


def save(app, text, **kw) -> int:
    return store_of(app).save_rewrite(rewrite(text, **kw))


async def test_index_empty_then_lists_rewrites(app):
    async with client(app) as c:
        empty = await c.get("/", headers=HTML)
        assert empty.status_code == 200 and "No rewrites yet" in empty.text
        rid = save(app, HARBOUR, title="Wellington Backs Harbour Bridge", url="http://127.0.0.1:8001/bridge")
        r = await c.get("/", headers=HTML)
    assert r.status_code == 200
    assert "Wellington Backs Harbour Bridge" in r.text
    assert f'href="/rewrites/{rid}"' in r.text
    assert "Wellington, New Zealand" in r.text, "dateline"
    assert "120 million dollars" in r.text, "summary"
    assert "127.0.0.1:8001" in r.text, "source"
    assert re.search(r'class="badge (ok|warn|bad)"', r.text), "check status"
    assert "UTC" in r.text, "time"


async def test_index_search_and_pages(tmp_path):
    app = make_app(tmp_path, page_size=2)
    for text in (HARBOUR, ORCHARD, LIBRARY):
        save(app, text)
    async with client(app) as c:
        first = await c.get("/", headers=HTML)
        second = await c.get("/?page=2", headers=HTML)
        found = await c.get("/?q=tonnes", headers=HTML)
        nothing = await c.get("/?q=zeppelin", headers=HTML)
        beyond = await c.get("/?page=9", headers=HTML)
        bad = await c.get("/?page=zero", headers=HTML)
    assert "page 1 of 2" in first.text and 'rel="next"' in first.text
    assert "Tromso" in first.text and "Huon" in first.text and "harbour bridge" not in first.text
    assert "harbour bridge" in second.text and 'rel="prev"' in second.text
    assert "Huon" in found.text and "Tromso" not in found.text and "1 rewrite matching" in found.text
    assert "Nothing matches" in nothing.text
    assert beyond.status_code == 200 and "harbour" not in beyond.text
    assert bad.status_code == 422 and "page" in bad.text and "<html" in bad.text


async def test_detail_links_sentences_to_sources_and_shows_the_report(app):
    rid = save(app, HARBOUR, title="Wellington Backs Harbour Bridge", url="http://127.0.0.1:8001/bridge")
    stored = store_of(app).get_rewrite(rid).rewrite
    async with client(app) as c:
        r = await c.get(f"/rewrites/{rid}", headers=HTML)
    assert r.status_code == 200
    page = r.text
    assert '<h1 class="headline">' in page and "Wellington Backs Harbour Bridge" in page
    assert stored.dateline.text in page
    for i, sentence in enumerate(stored.source_sentences):
        assert f'id="src-{i}"' in page
        assert sentence.replace('"', "&#34;") in page or sentence in unescape(page)
    spans = re.findall(r'<span class="s[^"]*" tabindex="0" data-src="([\d ]*)"', page)
    n_sentences = 1 + len(stored.summary) + sum(len(p) for p in stored.body)
    assert len(spans) == n_sentences
    for sent in stored.summary:
        assert " ".join(map(str, sent.sources)) in spans
    assert 'class="readmore" href="http://127.0.0.1:8001/bridge"' in page
    assert "Check report" in page
    assert "/static/desk.js" in page


class PlantingEngine(Engine):
    """A model-like engine whose headline claims what the source does not say."""

    name = "planting"
    uses_model = True

    def draft(self, doc, *, summary_sentences=3):
        sents = [Sentence(s, [i]) for i, s in enumerate(doc.sentences)]
        return Draft(summary=sents[:2], headline="Library opens 24 hours for 90 days from March 3",
                     body=[sents[i:i + 2] for i in range(0, len(sents), 2)], engine=self.name)


async def test_detail_shows_every_flagged_claim_with_kind_and_detail(app):
    # The headline is replaced, and the report names what it claimed that the source does not say.
    rid = save(app, LIBRARY, engine=PlantingEngine())
    stored = store_of(app).get_rewrite(rid).rewrite
    flagged = [c for c in stored.check.sentences if c.problems]
    assert flagged, "the checker flagged the unsupported headline"
    async with client(app) as c:
        r = await c.get(f"/rewrites/{rid}", headers=HTML)
    page = unescape(r.text)
    assert '<table class="flags">' in r.text
    for check in flagged:
        for problem in check.problems:
            assert problem.kind in page and problem.detail in page
    assert "Library opens 24 hours for 90 days from March 3" in page


async def test_detail_missing_is_a_404_page(app):
    async with client(app) as c:
        r = await c.get("/rewrites/99", headers=HTML)
        bad = await c.get("/rewrites/x", headers=HTML)
    assert r.status_code == 404 and "no rewrite 99" in r.text and "<html" in r.text
    assert bad.status_code == 422


async def test_new_form_posts_with_csrf_and_redirects_to_the_rewrite(app):
    async with client(app) as c:
        form = await c.get("/new", headers=HTML)
        assert 'name="text"' in form.text and 'name="url"' in form.text and 'name="engine"' in form.text
        assert "copydesk_csrf" in c.cookies
        token = await csrf(c)
        r = await c.post("/new", data={"csrf_token": token, "text": HARBOUR, "title": "Bridge vote",
                                       "engine": "extractive", "summary_sentences": "2"})
        assert r.status_code == 303, r.text
        assert re.fullmatch(r"/rewrites/\d+", r.headers["location"])
        page = await c.get(r.headers["location"], headers=HTML)
    assert "Bridge vote" in page.text


@pytest.mark.parametrize("fields, status, words", [
    ({"text": ""}, 400, "no article given"),
    ({"text": "Too short."}, 400, "too short"),
    ({"text": HARBOUR, "summary_sentences": "lots"}, 400, "whole number"),
    ({"text": HARBOUR, "summary_sentences": "0"}, 400, "summary_sentences must be 1 to"),
    ({"text": HARBOUR, "engine": "crystal-ball"}, 400, "no engine named"),
    ({"url": "javascript:alert(1)"}, 400, "not an http(s) URL"),
    ({"url": "http://127.0.0.1:9/x"}, 400, "127.0.0.1"),
])
async def test_new_form_errors_keep_what_was_typed(app, fields, status, words):
    async with client(app) as c:
        token = await csrf(c)
        r = await c.post("/new", data={"csrf_token": token, **fields}, headers=HTML)
    assert r.status_code == status, r.text
    assert words in unescape(r.text)
    assert 'role="alert"' in r.text
    if fields.get("text"):
        assert fields["text"].split("\n")[0][:40] in unescape(r.text), "the pasted text is kept"
    assert store_of(app).count_rewrites() == 0


async def test_new_form_without_or_with_a_forged_csrf_token_is_refused(app):
    async with client(app) as c:
        missing = await c.post("/new", data={"text": HARBOUR}, headers=HTML)
        token = await csrf(c)
        c.cookies.set("copydesk_csrf", "someone-elses-cookie-value", domain="127.0.0.1")
        swapped = await c.post("/new", data={"csrf_token": token, "text": HARBOUR}, headers=HTML)
    async with client(app) as c:
        token = await csrf(c)
        forged = await c.post("/new", data={"csrf_token": token[:-3] + "abc", "text": HARBOUR}, headers=HTML)
    for r in (missing, swapped, forged):
        assert r.status_code == 403 and "reload the page" in r.text
    assert store_of(app).count_rewrites() == 0


async def test_job_page_for_missing_and_failed_jobs(tmp_path):
    from copydesk.config import Settings

    app = make_app(tmp_path, settings=Settings(model=str(tmp_path / "missing.gguf")))
    async with client(app) as c:
        missing = await c.get("/jobs/abc", headers=HTML)
        assert missing.status_code == 404 and "no job abc" in missing.text
        token = await csrf(c)
        r = await c.post("/new", data={"csrf_token": token, "text": HARBOUR, "engine": "llama-cpp"})
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
        job_id = r.headers["location"].rsplit("/", 1)[1]
        for _ in range(150):  # the job fails fast: the model file does not exist
            if (await c.get(f"/api/v1/jobs/{job_id}")).json()["status"] == "failed":
                break
            await anyio.sleep(0.2)
        page = await c.get(r.headers["location"], headers=HTML)
    assert page.status_code == 200
    assert f'data-job="{job_id}"' in page.text and "failed" in page.text and "missing.gguf" in page.text


async def test_feeds_page_add_list_remove(app):
    async with client(app) as c:
        empty = await c.get("/feeds", headers=HTML)
        assert "No feeds yet" in empty.text
        token = await csrf(c, "/feeds")
        r = await c.post("/feeds", data={"csrf_token": token, "url": "http://127.0.0.1:8001/world.rss",
                                         "name": "World desk"})
        assert r.status_code == 303 and r.headers["location"] == "/feeds"
        listed = await c.get("/feeds", headers=HTML)
        assert "World desk" in listed.text and "never" in listed.text
        feed_id = store_of(app).list_feeds()[0].id
        bad = await c.post("/feeds", data={"csrf_token": token, "url": "gopher://127.0.0.1/old"}, headers=HTML)
        assert bad.status_code == 400 and "not an http(s) URL" in bad.text and "gopher://127.0.0.1/old" in bad.text
        gone = await c.post(f"/feeds/{feed_id}/delete", data={"csrf_token": token})
        assert gone.status_code == 303
        again = await c.post(f"/feeds/{feed_id}/delete", data={"csrf_token": token}, headers=HTML)
        assert again.status_code == 404 and f"no feed {feed_id}" in again.text
        forged = await c.post("/feeds", data={"url": "http://127.0.0.1/x/feed"}, headers=HTML)
        assert forged.status_code == 403
    assert store_of(app).list_feeds() == []


async def test_feed_state_shows_last_run_errors_and_counts(app):
    store = store_of(app)
    feed = store.add_feed("http://127.0.0.1:8001/broken.rss", "Broken feed")
    store.feed_failed(feed.id, "HTTP 503 from 127.0.0.1:8001 - try again later")
    async with client(app) as c:
        r = await c.get("/feeds", headers=HTML)
    assert "Broken feed" in r.text and "HTTP 503 from 127.0.0.1:8001" in r.text
    row = re.search(r"<tr>\s*<td><b>Broken feed</b>.*?</tr>", r.text, re.S).group(0)
    assert re.findall(r"<td>(\d+)</td>", row) == ["1", "0", "0"], "errors, entries, articles"


def _feed_ok(parsed) -> None:
    assert not parsed.bozo, parsed.get("bozo_exception")


async def test_published_feeds_validate_and_carry_each_rewrite(app):
    rid = save(app, HARBOUR, title="Wellington Backs Harbour Bridge", url="http://127.0.0.1:8001/bridge")
    save(app, ORCHARD)
    last_paragraph = store_of(app).get_rewrite(rid).rewrite.body_paragraphs[-1]
    async with client(app) as c:
        rss = await c.get("/feed.rss")
        atom = await c.get("/feed.atom")
        few = await c.get("/feed.rss", params={"limit": 1})
        bad = await c.get("/feed.rss", params={"limit": 0})
    assert rss.headers["content-type"].startswith("application/rss+xml")
    assert atom.headers["content-type"].startswith("application/atom+xml")
    assert bad.status_code == 422
    for response, version in ((rss, "rss20"), (atom, "atom10")):
        parsed = feedparser.parse(response.content)
        _feed_ok(parsed)
        assert parsed.version == version
        assert len(parsed.entries) == 2
        bridge = next(e for e in parsed.entries if e.title == "Wellington Backs Harbour Bridge")
        assert "120 million dollars" in bridge.summary
        assert last_paragraph in unescape(bridge.content[0].value)
        assert "Read More" in bridge.content[0].value
        links = {link.href for link in bridge.links}
        assert "http://127.0.0.1:8001/bridge" in links or "http://127.0.0.1:8001/bridge" in bridge.content[0].value
        assert re.search(r"/rewrites/\d+$", bridge.id)
    assert len(feedparser.parse(few.content).entries) == 1


async def test_feeds_and_pages_neutralise_xss_payloads(app):
    article = Article(text=XSS_ARTICLE, title=XSS_TITLE, url="javascript:window.__xss='readmore'")
    rid = store_of(app).save_rewrite(rewrite(article))
    async with client(app) as c:
        pages = [await c.get(p, headers=HTML) for p in ("/", f"/rewrites/{rid}")]
        feeds = [await c.get("/feed.rss"), await c.get("/feed.atom")]
        api = await c.get(f"/api/v1/rewrites/{rid}")
    for r in pages:
        assert "<script>window" not in r.text
        assert "<img src" not in r.text and "<svg" not in r.text
        assert 'href="javascript:' not in r.text
        assert "&lt;script&gt;" in r.text, "the payload is shown as text, escaped"
        assert "script-src 'self'" in r.headers["content-security-policy"]
    for r in feeds:
        _feed_ok(feedparser.parse(r.content))
        raw = feedparser.parse(r.content, sanitize_html=False)  # as delivered to a reader
        entry = raw.entries[0]
        for detail in (entry.summary_detail, entry.content[0]):
            if detail.type != "text/html":
                continue  # plain text: a reader shows it as text
            for tag in re.findall(r"<[^>]*>", detail.value):
                low = tag.lower()
                assert not low.startswith(("<script", "<img", "<svg")), tag
                assert "onerror" not in low and "onload" not in low and "javascript:" not in low, tag
        assert "Read More" not in entry.content[0].value, "no link to a javascript: URL"
        assert "Ferries to the Aran Islands" in entry.content[0].value
    assert api.json()["headline"] == XSS_TITLE or "Storm" in api.json()["headline"]


async def test_security_headers_on_every_page(app):
    async with client(app) as c:
        for path in ("/", "/new", "/feeds", "/docs", "/feed.rss", "/api/v1/rewrites", "/static/desk.css"):
            r = await c.get(path, headers=HTML)
            assert r.status_code == 200, path
            csp = r.headers["content-security-policy"]
            assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
            assert r.headers["x-content-type-options"] == "nosniff"


def test_a_flagged_sentence_shipped_unchanged_shows_as_unsupported():
    from copydesk.model import Problem, SentenceCheck
    from copydesk.server.views import effective_status

    problem = [Problem("number", "24 is not in the source", "24")]
    kept = SentenceCheck("Opens 24 hours", "headline", "replaced", [0], problem, original="Opens 24 hours")
    swapped = SentenceCheck("Open until midnight.", "headline", "replaced", [0], problem, original="Opens 24 hours")
    clean = SentenceCheck("Open until midnight.", "body", "supported", [0])
    assert effective_status(kept) == "unsupported"
    assert effective_status(swapped) == "replaced"
    assert effective_status(clean) == "supported"


async def test_feeds_stay_valid_xml_with_control_characters(app):
    result = rewrite(HARBOUR, url="http://127.0.0.1:8001/bridge")
    result.headline = "Bridge\x0bvote\x00 passes"
    store_of(app).save_rewrite(result)
    async with client(app) as c:
        for path in ("/feed.rss", "/feed.atom"):
            r = await c.get(path)
            assert r.status_code == 200
            parsed = feedparser.parse(r.content)
            _feed_ok(parsed)
            assert parsed.entries[0].title == "Bridgevote passes"
