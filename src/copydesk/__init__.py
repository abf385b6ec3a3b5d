"""copydesk: a newsroom copy desk for incoming news.

    >>> import copydesk
    >>> result = copydesk.rewrite(text, title="...", published="2025-07-06")
    >>> print(copydesk.render(result, "text"))

Importing the package is cheap: ``rewrite``, ``Article`` and ``Rewrite`` are loaded on
first use, so a low module (``ingest.fetch``, ``render.feeds``) that only needs
``__version__`` does not drag in the desk, the engines and the checker. ``render`` is
the one name imported here: the ``copydesk.render`` subpackage shares it, and importing
a subpackage binds its name on the package, so the function must be bound after it (the
renderers need only ``model`` and ``errors``).
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from copydesk.render import render

if TYPE_CHECKING:
    from copydesk.desk import rewrite
    from copydesk.model import Article, Rewrite


def _version() -> str:
    """The installed distribution's version; "0+unknown" for a bare source checkout."""
    try:
        return version("copydesk")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


__version__ = _version()

# public name -> the module that defines it
_LAZY = {"rewrite": "copydesk.desk", "Article": "copydesk.model", "Rewrite": "copydesk.model"}

__all__ = ["Article", "Rewrite", "__version__", "render", "rewrite"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'copydesk' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
