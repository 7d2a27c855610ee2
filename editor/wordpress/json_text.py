"""JSON written exactly as WordPress writes it: PHP ``json_encode`` without flags, compact.

ASCII only (``\\u00e9``, lowercase hex, surrogate pairs above U+FFFF), ``/`` escaped as ``\\/``,
no spaces. Python's encoder with ``ensure_ascii`` matches PHP byte for byte once ``/`` is
escaped (checked against the saved samples); ``/`` only ever occurs inside strings.
"""

from __future__ import annotations

import json
from typing import Any


def wp_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
