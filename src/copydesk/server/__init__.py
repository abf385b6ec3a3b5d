"""The web desk: pages to read and check rewrites, a JSON API, and the published feeds.

    copydesk serve                      # http://127.0.0.1:8080
    from copydesk.server import create_app

Modules: ``app`` (factory, errors), ``pages`` (HTML), ``api`` (JSON under /api/v1),
``published`` (/feed.rss, /feed.atom), ``service`` (run or queue a rewrite),
``jobs`` (background model rewrites), ``security`` (token, CSRF, limits, CSP, nh3),
``views`` (what pages and API show of a rewrite).
"""

from __future__ import annotations

from copydesk.server.app import create_app

__all__ = ["create_app"]
