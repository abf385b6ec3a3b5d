"""Shared parts of the web desk tests: articles we wrote, an app on a real SQLite file,
and an in-process client (httpx.ASGITransport) that speaks to it like a browser would.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from copydesk.config import Settings
from copydesk.server import create_app
from copydesk.store import Store

BASE = "http://127.0.0.1"

# Our own short articles (no third-party text).
HARBOUR = """WELLINGTON, New Zealand -- The city council voted on Tuesday to build a new harbour bridge, Mayor Jane Smith said.
The bridge will cost 120 million dollars and take four years to build, according to the council's plan.
"This is a great day for Wellington," Smith told reporters after the vote.
Opponents said the money should go to housing instead. The vote was 9 to 4.
Construction is due to start in March 2027, and the old ferry service will keep running until then.
"""

ORCHARD = """HOBART, Australia -- Apple growers in the Huon Valley expect their biggest harvest in a decade, the Tasmanian Fruit Growers Association said on Monday.
The association forecast 48,000 tonnes of fruit, up from 39,000 tonnes last season.
Growers credited a mild spring and fewer frosts for the strong crop.
"We have not seen trees this heavy since 2015," said association chair Peter Nolan.
Packing sheds are hiring 600 seasonal workers to handle the extra fruit.
"""

LIBRARY = """TROMSO, Norway -- The public library in Tromso will stay open until midnight during the polar night, the municipality announced on Friday.
Librarian Ingrid Berg said the longer hours were meant to give residents a warm, bright place to meet.
The library will add reading lamps, board games and a weekly storytelling evening.
The trial will run from November 27 until January 15 and cost 350,000 kroner.
"People need light and company in the dark months," Berg said.
"""

# Payloads that would set window.__xss if any of them ever ran.
XSS_TITLE = 'Storm <script>window.__xss="title"</script> hits <img src=x onerror="window.__xss=\'img\'"> coast'
XSS_ARTICLE = """GALWAY, Ireland -- A storm brought winds of 130 kilometres per hour to the west coast on Sunday, Met Eireann said.
<script>window.__xss = "body-script"</script> Ferries to the Aran Islands were cancelled for the day.
<img src="x" onerror="window.__xss = 'body-img'"> Some 4,000 homes lost power, the ESB network said.
<svg onload="window.__xss = 'svg'"></svg> Crews expect to restore power by Monday evening.
<a href="javascript:window.__xss='link'">Click here</a> for the latest warnings, the forecaster said.
"""


def make_app(tmp_path: Path, **kwargs):
    """A web desk on a fresh SQLite file in ``tmp_path``."""
    kwargs.setdefault("settings", Settings())
    return create_app(str(tmp_path / "desk.db"), **kwargs)


def client(app, **kwargs) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE, **kwargs)


async def csrf(c: httpx.AsyncClient, path: str = "/new") -> str:
    """Load a form page (which sets the CSRF cookie) and return its signed token."""
    r = await c.get(path, headers={"accept": "text/html"})
    assert r.status_code == 200, r.text
    m = re.search(r'name="csrf_token" value="([^"]+)"', r.text)
    assert m, "form has no csrf_token field"
    return m.group(1)


def store_of(app) -> Store:
    return app.state.store
