"""Where the data files are, and a cache of what is built from them.

Everything derived from data files (the folded word list, the gazetteer's matchers) is built once and
kept ready-made in a cache file, so a process that analyses one article does not rebuild it: the first
run builds, later runs load. The cache lives in `$VNREPORT_CACHE`, else the user's cache folder
(`$XDG_CACHE_HOME/vnreport` or `~/.cache/vnreport`). An entry is keyed by vnreport's version, the
Python version, the package's code and its source files (size and modification time of every module
and of every data file it reads), so editing a lexicon, the code that builds from it, or upgrading
underthesea rebuilds it; a few entries per name are kept, as several installs may share the folder.
A cache that cannot be read (corrupt, from another version) is rebuilt; one that cannot be written
(read-only, full disk) is skipped — never an error.

underthesea's files are reached by path: importing the package costs half a second and `analyze`
needs only its data files (its CRF model is loaded only for `vnreport segment`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_FORMAT = 2  # the layout of the cache's key


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


@cache
def _code_fingerprint() -> str:
    """Size and modification time of every module of the package: a cached structure is only as good
    as the code that built it (and the classes it is made of), so editing that code rebuilds it."""
    from vnreport import __version__

    digest = hashlib.sha256(f"{_FORMAT}:{__version__}:{sys.version_info[:2]}".encode())
    package = Path(__file__).parent
    for path in sorted(_python_files(package)):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _python_files(folder: Path) -> Iterable[Path]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                yield from _python_files(Path(entry.path))
            elif entry.name.endswith(".py"):
                yield Path(entry.path)


def fingerprint(sources: Iterable[Path]) -> str:
    """The package's code and every source file (size and modification time: cheap, and changes when
    a file does)."""
    digest = hashlib.sha256(_code_fingerprint().encode())
    for path in sorted(sources):
        try:
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{path.name}:missing".encode())
    return digest.hexdigest()[:20]


def all_data_files() -> list[Path]:
    return sorted(p for p in data_dir().iterdir() if p.is_file())


@cache
def _data_fingerprint() -> str:
    return fingerprint(all_data_files())


Builder = TypeVar("Builder", bound=Callable[..., object])


def prebuilt(name: str) -> Callable[[Builder], Builder]:
    """Keep what a builder makes from the package's data files (a matcher, a table) in the cache: built
    once per process like `functools.cache`, and loaded ready-made by later processes. The builder reads
    only data files and code (any change to either rebuilds it); its arguments, if any, are a few
    strings or flags, and name the entry with `name`."""

    def decorate(build: Builder) -> Builder:
        @cache
        @functools.wraps(build)
        def get(*args: object, **kwargs: object) -> object:
            key = hashlib.sha256(repr((args, sorted(kwargs.items()))).encode()).hexdigest()[:8]
            path = cache_dir() / f"{name}-{key}-{_data_fingerprint()}.pickle"
            return _load_or_build(path, lambda: build(*args, **kwargs))

        return get  # type: ignore[return-value]

    return decorate


def built(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`'s result, loaded from the cache when it was built from the same sources before."""
    return _load_or_build(cache_dir() / f"{name}-{fingerprint(sources)}.pickle", build)


def _load_or_build(path: Path, build: Callable[[], T]) -> T:
    try:
        with path.open("rb") as handle, _collector_paused():
            return pickle.load(handle)  # type: ignore[no-any-return]
    except Exception:  # missing, unreadable or corrupt: build it again
        pass
    value = build()
    store(path, value)
    return value


_KEEP = 4  # entries per name: several installs (virtual environments, checkouts) share one cache
_STALE_TEMPORARY = 600.0  # seconds: a temporary file this old was left by a process that died writing it


def _prune(folder: Path, name: str) -> None:
    """Keep the newest entries of `name`, and remove temporary files that dead writers left behind."""
    entries = sorted(folder.glob(f"{name}-*.pickle"), key=_mtime, reverse=True)
    for old in entries[_KEEP:]:
        old.unlink(missing_ok=True)
    now = time.time()
    for temporary in folder.glob(".tmp-*"):
        if now - _mtime(temporary) > _STALE_TEMPORARY:
            temporary.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Unpickling makes a hundred thousand objects, none of them garbage: the cyclic collector would
    scan them again and again while they arrive (a fifth of the load time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def store(path: Path, value: object) -> None:
    """Write atomically (a temporary file renamed into place), or not at all."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".tmp-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary = Path(handle.name)
        os.replace(temporary, path)
        _prune(path.parent, path.name.rsplit("-", 1)[0])
    except Exception:  # read-only or full: run without a cache
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
