"""copydesk: a newsroom copy desk for incoming news.

    >>> import copydesk
    >>> result = copydesk.rewrite(text, title="...", published="2025-07-06")
    >>> print(copydesk.render(result, "text"))
"""

from __future__ import annotations

__version__ = "0.1.0"

from copydesk.desk import rewrite  # noqa: E402
from copydesk.model import Article, Rewrite  # noqa: E402
from copydesk.render import render  # noqa: E402

__all__ = ["Article", "Rewrite", "__version__", "render", "rewrite"]
