"""The administrative gazetteer's source data: underthesea's 2025 mapping of administrative units (63 old →
34 new provinces, old districts, old and new wards), read once per process.

The places extractor builds its matchers from it (`extract/locations/lexicon.py`); the person-name rules use its
province names to tell `Hà Nội` from a person (`extract/names.py`).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from vnreport.datafiles import built, underthesea_file

HCM_SHORT = "Hồ Chí Minh"


def mapping_file() -> Path:
    return underthesea_file("address", "data", "mapping.json")


@cache
def admin_mapping() -> dict[str, Any]:
    """underthesea's 2025 administrative-unit mapping, parsed once per process (4.8 MB of JSON)."""
    raw = mapping_file().read_text(encoding="utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


@cache
def province_short_names() -> frozenset[str]:
    """Short names of the provinces before and after the 2025 reform (`Hà Nội`, `Bắc Giang`, `Hồ Chí Minh`);
    kept in the cache, so that a process that needs only these does not parse the whole mapping."""
    return built("province-names", [mapping_file()], _read_province_short_names)


def _read_province_short_names() -> frozenset[str]:
    mapping = admin_mapping()
    return frozenset(
        entry["short"] for table in ("province_names", "old_province_names") for entry in mapping[table].values()
    )
