"""JSON output: ``Rewrite.to_dict()``; the schema is documented in README "JSON output".

Every string goes through ``copydesk.safety.clean_text`` first: JSON would escape C0
controls, but C1 and bidi-override characters would reach a terminal as they are.
"""

from __future__ import annotations

import json

from copydesk.model import Rewrite
from copydesk.render import register
from copydesk.safety import clean_data


@register("json")
def render_json(rewrite: Rewrite) -> str:
    return json.dumps(clean_data(rewrite.to_dict()), ensure_ascii=False, indent=2)
