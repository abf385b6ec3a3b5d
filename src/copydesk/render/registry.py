"""The registry of renderers: a renderer is a function ``(Rewrite) -> str`` under a name."""

from __future__ import annotations

from collections.abc import Callable

from copydesk.model import Rewrite

Renderer = Callable[[Rewrite], str]
RENDERERS: dict[str, Renderer] = {}


def register(name: str) -> Callable[[Renderer], Renderer]:
    """Add the decorated function to ``RENDERERS`` as ``name``."""
    def wrap(fn: Renderer) -> Renderer:
        RENDERERS[name] = fn
        return fn

    return wrap
