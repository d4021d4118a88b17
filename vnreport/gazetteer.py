"""The administrative gazetteer's source data: underthesea's 2025 mapping of administrative units (63 old →
34 new provinces, old districts, old and new wards), read once per process.

The places extractor builds its matchers from it (`extract/locations/lexicon.py`); the person-name rules use its
province names to tell `Hà Nội` from a person (`extract/names.py`).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from vnreport.datafiles import underthesea_file

HCM_SHORT = "Hồ Chí Minh"


@cache
def admin_mapping() -> dict[str, Any]:
    """underthesea's 2025 administrative-unit mapping, parsed once per process (4.8 MB of JSON)."""
    raw = underthesea_file("address", "data", "mapping.json").read_text(encoding="utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


def province_short_names() -> set[str]:
    """Short names of the provinces before and after the 2025 reform (`Hà Nội`, `Bắc Giang`, `Hồ Chí Minh`)."""
    mapping = admin_mapping()
    return {entry["short"] for table in ("province_names", "old_province_names") for entry in mapping[table].values()}
