"""Ingest: news in. ``text`` (pasted or piped text), ``web`` (a URL), ``feeds`` (RSS/Atom/JSON)."""
