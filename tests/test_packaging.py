"""What a first install shows: pyproject.toml in the forms current setuptools reads without a warning
box, and the HTML views' assets in the package."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT
from vnreport.render.html.document import asset


def test_license_is_an_spdx_expression_with_a_setuptools_that_reads_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # The table form ({text = "MIT"}) prints a deprecation box on every build since setuptools 77.
    assert project["project"]["license"] == "MIT"
    assert "setuptools>=77" in project["build-system"]["requires"]
    # A package-dir of "" makes the editable install a plain path entry, without setuptools' box.
    assert project["tool"]["setuptools"]["package-dir"] == {"": "."}


def test_the_html_assets_ship_with_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["vnreport.render.html"]
    assert patterns == ["*.css", "*.js"]
    for name in ("report.css", "report.js", "stats.css"):
        assert asset(name).strip()
