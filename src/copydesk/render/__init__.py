"""Renderers turn a ``Rewrite`` into text. They sit in a registry keyed by name.

``text`` is the seed format; ``markdown``, ``json`` and ``html`` follow. A renderer
is a function ``(Rewrite) -> str``; ``register`` adds one.
"""

from __future__ import annotations

from collections.abc import Callable

from copydesk.errors import BadOption
from copydesk.model import Rewrite

Renderer = Callable[[Rewrite], str]
RENDERERS: dict[str, Renderer] = {}


def register(name: str) -> Callable[[Renderer], Renderer]:
    def wrap(fn: Renderer) -> Renderer:
        RENDERERS[name] = fn
        return fn

    return wrap


def render(rewrite: Rewrite, fmt: str = "text") -> str:
    if fmt not in RENDERERS:
        raise BadOption(f"no format named {fmt!r} - use one of: {', '.join(sorted(RENDERERS))}")
    return RENDERERS[fmt](rewrite)


# The built-in renderers register themselves on import.
from copydesk.render import html, json, markdown, text  # noqa: E402, F401
