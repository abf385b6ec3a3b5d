"""Engines turn a prepared ``Document`` into a ``Draft``. Every engine is a plugin.

An engine is a class registered under the ``copydesk.engines`` entry-point group;
the built-ins (``extractive``, ``openai``, ``llama-cpp``) are registered the same way
in copydesk's own pyproject.toml, so a third-party engine is a peer, not a guest::

    [project.entry-points."copydesk.engines"]
    my-engine = "my_package:MyEngine"

The interface is small: ``draft`` writes the parts, ``revise`` (model engines only)
gets one chance to fix a sentence the checker flagged, ``status`` describes the
engine's set-up in one line for ``copydesk engines``.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, ClassVar

from copydesk.errors import EngineNotFound

if TYPE_CHECKING:
    from copydesk.config import Settings
    from copydesk.model import Document, Draft, Problem

GROUP = "copydesk.engines"


class Engine:
    """Base class of engines. Subclasses set ``name`` and implement ``draft``."""

    name: ClassVar[str] = ""
    #: True for engines that call a language model: their drafts go through the
    #: revise-then-replace-or-cut policy, and the web desk runs them as background jobs.
    uses_model: ClassVar[bool] = False
    #: True for engines that send requests to a server and are safe to call from many
    #: threads at once: the desk then keeps up to ``concurrency`` rewrites in flight.
    in_flight: ClassVar[bool] = False

    def __init__(self, settings: Settings | None = None):
        from copydesk.config import Settings

        self.settings = settings or Settings()

    def status(self) -> str:
        """One line on how this engine is set up, e.g. "base URL ..., model ..."."""
        return "ready"

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        raise NotImplementedError

    def revise(self, doc: Document, sentence: str, problems: list[Problem]) -> str | None:
        """Rewrite one flagged sentence given its problems; None when the engine cannot."""
        return None

    def close(self) -> None:
        """Release what the engine holds (a model, a client)."""


@lru_cache(maxsize=1)
def available() -> dict[str, object]:
    """Engine entry points by name, not yet loaded.

    Scanning the installed distributions costs milliseconds, so it is done once per
    process; ``available.cache_clear()`` rescans after installing a plugin at run time.
    """
    return {ep.name: ep for ep in entry_points(group=GROUP)}


@cache
def _load(name: str) -> type[Engine]:
    return available()[name].load()  # type: ignore[attr-defined, no-any-return]


def engine_class(name: str) -> type[Engine]:
    eps = available()
    if name not in eps:
        known = ", ".join(sorted(eps)) or "none"
        raise EngineNotFound(
            f"no engine named {name!r} - choose one of: {known} (see 'copydesk engines')"
        )
    return _load(name)


def get_engine(name: str, settings: Settings | None = None) -> Engine:
    """Load and construct the engine plugin called ``name``."""
    return engine_class(name)(settings)
