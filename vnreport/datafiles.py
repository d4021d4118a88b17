"""Where the data files are, and a cache of what is built from them.

Everything derived from data files (the folded word list, the gazetteer's matchers) is built once and
kept ready-made in a cache file, so a process that analyses one article does not rebuild it: the first
run builds, later runs load. The cache lives in `$VNREPORT_CACHE`, else the user's cache folder
(`$XDG_CACHE_HOME/vnreport` or `~/.cache/vnreport`). An entry is keyed by vnreport's version, the
Python version and a fingerprint of its source files (size and modification time of every data file
it reads), so editing a lexicon or upgrading underthesea rebuilds it. A cache that cannot be read
(corrupt, from another version) is rebuilt; one that cannot be written (read-only, full disk) is
skipped — never an error.

underthesea's files are reached by path: importing the package costs half a second and `analyze`
needs only its data files (its CRF model is loaded only for `vnreport segment`).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_FORMAT = 1  # bump when the pickled objects' classes change shape


@cache
def underthesea_dir() -> Path:
    """underthesea's package folder, found without importing the package."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("underthesea is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def underthesea_file(*parts: str) -> Path:
    return underthesea_dir().joinpath(*parts)


def data_dir() -> Path:
    return Path(str(resources.files("vnreport").joinpath("data")))


def cache_dir() -> Path:
    configured = os.environ.get("VNREPORT_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vnreport"


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("vnreport")
    except Exception:  # not installed (a source checkout on sys.path)
        return "0"


def fingerprint(sources: Iterable[Path]) -> str:
    """Size and modification time of every source file: cheap, and changes when a file does."""
    digest = hashlib.sha256(f"{_FORMAT}:{_version()}:{sys.version_info[:2]}".encode())
    for path in sorted(sources):
        try:
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{path.name}:missing".encode())
    return digest.hexdigest()[:20]


def all_data_files() -> list[Path]:
    return sorted(p for p in data_dir().iterdir() if p.is_file())


def built(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`'s result, loaded from the cache when it was built from the same sources before."""
    path = cache_dir() / f"{name}-{fingerprint(sources)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    except Exception:  # missing, unreadable or corrupt: build it again
        pass
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    """Write atomically (a temporary file renamed into place), or not at all."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".tmp-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary = Path(handle.name)
        os.replace(temporary, path)
        for old in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # an entry of older sources
    except Exception:  # read-only or full: run without a cache
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
