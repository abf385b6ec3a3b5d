"""JSON output: ``Rewrite.to_dict()``; the schema is documented in README "JSON output"."""

from __future__ import annotations

import json

from copydesk.model import Rewrite
from copydesk.render.registry import register


@register("json")
def render_json(rewrite: Rewrite) -> str:
    return json.dumps(rewrite.to_dict(), ensure_ascii=False, indent=2)
