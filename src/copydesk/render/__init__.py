"""Renderers turn a ``Rewrite`` into text. They sit in a registry keyed by name.

``text`` is the seed format; ``markdown``, ``json`` and ``html`` follow. A renderer
is a function ``(Rewrite) -> str``; ``register`` adds one.
"""

from __future__ import annotations

from copydesk.errors import BadOption
from copydesk.model import Rewrite

# The built-in renderers register themselves on import.
from copydesk.render import html, json, markdown, text  # noqa: F401
from copydesk.render.registry import RENDERERS, Renderer, register

__all__ = ["RENDERERS", "Renderer", "register", "render"]


def render(rewrite: Rewrite, fmt: str = "text") -> str:
    if fmt not in RENDERERS:
        raise BadOption(f"no format named {fmt!r} - use one of: {', '.join(sorted(RENDERERS))}")
    return RENDERERS[fmt](rewrite)
