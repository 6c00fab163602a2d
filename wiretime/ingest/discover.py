"""The landing folder to work units: what to read, in a stable order, in bounded batches.

A unit is a whole file, or a range of lines of a JSONL file (a 100k-line file must not be
one batch). Its `key` names the exact bytes it covers (path, size, modification time, the
sidecar's, the line range): the lake records the keys a batch committed, so a later run skips
unchanged units without reading them, and a file changed in place gets new keys.

Problems visible without parsing (a symlink leaving the landing folder, a file over the size
limit, an unknown format, a corrupt gzip) are found here and travel as `problem` units, so
they reach the quarantine through the same batch machinery as everything else.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wiretime.ingest.article import Limits

#: suffix -> kind; `.json` beside a file of the same stem is that file's sidecar instead
KINDS = {".txt": "txt", ".json": "json", ".jsonl": "jsonl", ".jsonl.gz": "jsonl.gz", ".rss": "feed",
         ".atom": "feed", ".xml": "feed"}
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Unit:
    """One file, or lines [first, last) of a JSONL file, of the landing folder."""

    path: str  # relative to the landing folder, with forward slashes
    kind: str  # a KINDS value, or "problem"
    size: int
    mtime_ns: int
    sidecar: str | None = None  # relative path of the metadata sidecar
    sidecar_stamp: str = ""
    first: int = 0
    last: int = 0  # 0: the whole file
    weight: int = 1  # articles expected (for batching)
    problem: tuple[str, str] | None = None  # (reason, detail) found without parsing

    @property
    def key(self) -> str:
        return "|".join((self.path, str(self.size), str(self.mtime_ns), self.sidecar_stamp,
                         f"{self.first}-{self.last}"))


def kind_of(name: str) -> str | None:
    """The source kind a file name announces, or None."""
    lower = name.lower()
    for suffix in sorted(KINDS, key=len, reverse=True):
        if lower.endswith(suffix):
            return KINDS[suffix]
    return None


def discover(landing: Path, limits: Limits | None = None, lines_per_unit: int = 500) -> list[Unit]:
    """Every unit of the landing folder, sorted by path then line (hidden names are skipped:
    a file being uploaded is named `.something` until it is complete)."""
    limits = limits or Limits()
    root = landing.resolve()
    units: list[Unit] = []
    for directory, dirs, files in os.walk(landing):
        here = Path(directory)
        for name in list(dirs):
            if (here / name).is_symlink() and not name.startswith("."):
                files.append(name)  # judged like a file: inside the folder it is already walked
        dirs[:] = [d for d in dirs if not d.startswith(".") and not (here / d).is_symlink()]
        names = {n for n in files if not n.startswith(".")}
        sidecars = {_stem(n) + ".json" for n in names if kind_of(n) not in (None, "json")}
        sidecars = {n for n in sidecars if _inside(here / n, root)}
        for name in sorted(names):
            if name in sidecars and kind_of(name) == "json":
                continue
            units.extend(_units(here / name, root, landing, limits, lines_per_unit))
    return sorted(units, key=lambda u: (u.path, u.first))


def _units(path: Path, root: Path, landing: Path, limits: Limits, lines_per_unit: int) -> list[Unit]:
    rel = path.relative_to(landing).as_posix()
    try:
        return list(_file_units(path, rel, root, landing, limits, lines_per_unit))
    except OSError as e:
        return [Unit(rel, "problem", 0, 0, problem=("unreadable", f"{type(e).__name__}: {e}"))]


def _file_units(path: Path, rel: str, root: Path, landing: Path, limits: Limits,
                lines_per_unit: int) -> Iterator[Unit]:
    stat = path.lstat()
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(root):
            yield _problem(rel, stat, "symlink_outside", f"points to {os.readlink(path)}")
            return
        if target.is_dir():
            return  # walked under its real name
        stat = path.stat()
    kind = kind_of(path.name)
    if kind is None:
        yield _problem(rel, stat, "unsupported_format", f"not one of {', '.join(sorted(KINDS))}")
        return
    if stat.st_size > limits.max_file_bytes:
        yield _problem(rel, stat, "too_large", f"{stat.st_size} bytes > limit {limits.max_file_bytes}")
        return
    sidecar, stamp = _sidecar(path, landing)
    base = Unit(rel, kind, stat.st_size, stat.st_mtime_ns, sidecar, stamp)
    if kind == "feed":
        data = path.read_bytes()
        yield _with(base, weight=max(1, data.count(b"<item") + data.count(b"<entry")))
    elif kind in ("jsonl", "jsonl.gz"):
        try:
            lines = count_lines(path, kind, limits.max_file_bytes)
        except _Bad as e:
            yield _with(base, kind="problem", problem=(e.reason, e.detail))
            return
        for first in range(0, max(lines, 1), lines_per_unit):
            last = min(first + lines_per_unit, lines)
            yield _with(base, first=first, last=last, weight=max(1, last - first))
    else:
        yield base


def _problem(rel: str, stat: os.stat_result, reason: str, detail: str) -> Unit:
    return Unit(rel, "problem", stat.st_size, stat.st_mtime_ns, problem=(reason, detail))


def _with(unit: Unit, **changes) -> Unit:
    fields = {name: getattr(unit, name) for name in Unit.__slots__}
    return Unit(**(fields | changes))


def _inside(path: Path, root: Path) -> bool:
    """Whether `path`, symlinks resolved, stays inside `root` (nothing is read from outside)."""
    return Path(os.path.realpath(path)).is_relative_to(root)


def _stem(name: str) -> str:
    return name[:-len(".jsonl.gz")] if name.lower().endswith(".jsonl.gz") else Path(name).stem


def _sidecar(path: Path, landing: Path) -> tuple[str | None, str]:
    if kind_of(path.name) == "json":
        return None, ""
    sidecar = path.with_name(_stem(path.name) + ".json")
    if not sidecar.is_file() or not _inside(sidecar, landing.resolve()):
        return None, ""
    stat = sidecar.stat()
    return sidecar.relative_to(landing).as_posix(), f"{stat.st_size}:{stat.st_mtime_ns}"


class _Bad(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def count_lines(path: Path, kind: str, max_bytes: int) -> int:
    """Lines of a (gzipped) JSONL file; a gzip that is corrupt or inflates past `max_bytes`
    (a decompression bomb) is refused here, before any of its lines is used."""
    lines = total = 0
    last = b"\n"
    try:
        with open_lines(path, kind) as fh:
            while chunk := fh.read(_CHUNK):
                lines += chunk.count(b"\n")
                total += len(chunk)
                last = chunk[-1:]
                if total > max_bytes:
                    raise _Bad("too_large", f"inflates past the limit of {max_bytes} bytes")
    except (OSError, EOFError, zlib.error) as e:
        if kind != "jsonl.gz":
            raise
        raise _Bad("corrupt_gzip", f"{type(e).__name__}: {e}") from e
    return lines + (last != b"\n")


def open_lines(path: Path, kind: str):
    """A binary file object over the (decompressed) bytes of a JSONL file."""
    return gzip.open(path, "rb") if kind == "jsonl.gz" else open(path, "rb")


def batches(units: list[Unit], size: int) -> list[list[Unit]]:
    """Consecutive units grouped so that each batch expects about `size` articles at most."""
    out: list[list[Unit]] = []
    current: list[Unit] = []
    weight = 0
    for unit in units:
        if current and weight + unit.weight > size:
            out.append(current)
            current, weight = [], 0
        current.append(unit)
        weight += unit.weight
    if current:
        out.append(current)
    return out
