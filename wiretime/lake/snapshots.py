"""Snapshots: how a commit becomes visible to plain Parquet readers all at once.

    lake/
      _snapshots/00000007/<table>/published_date=D/part-*.parquet   one complete, immutable
      _snapshots/00000008/...                                        state of every table
      current -> _snapshots/00000008      the committed snapshot (a symlink)
      documents -> current/documents      what readers glob (one symlink per table)

A commit builds snapshot N+1 in `_snapshots/N+1.tmp`: unchanged files are hard links to
snapshot N's (no copy), new and rewritten files are written there. The directory is then
renamed to its final name, the state store commits (the commit point), and `current` is
swapped to it by one atomic rename. A snapshot is never modified after its rename; old ones
are deleted after a retention time so that queries still reading them can finish.
`recover` puts things right after a crash at any point of that sequence.
"""

from __future__ import annotations

import os
import shutil
import time
from datetime import datetime
from pathlib import Path

from wiretime.lake import schema
from wiretime.lake.files import fsync

SNAPSHOTS = "_snapshots"
CURRENT = "current"


class LayoutError(Exception):
    """The folder holds something that is not a wiretime lake of this layout."""


def snapshot_dir(root: Path, snapshot: int) -> Path:
    return root / SNAPSHOTS / f"{snapshot:08d}"


def pointed(root: Path) -> int | None:
    """The snapshot `current` points at (None when there is no pointer yet)."""
    try:
        return int(Path(os.readlink(root / CURRENT)).name)
    except (FileNotFoundError, ValueError):
        return None


def ensure_links(root: Path) -> None:
    """One symlink per table, `lake/<table> -> current/<table>` (new tables get theirs)."""
    for table in schema.tables():
        link = root / table
        if link.is_symlink():
            continue
        if link.exists():
            raise LayoutError(f"{link} is a real folder: a lake of an older layout (move it away and re-run)")
        tmp = root / f".{table}.link"
        tmp.unlink(missing_ok=True)
        os.symlink(f"{CURRENT}/{table}", tmp)
        os.replace(tmp, link)


def point(root: Path, snapshot: int) -> None:
    """Make `snapshot` the one readers see: one atomic rename of a symlink."""
    tmp = root / f".{CURRENT}.link"
    tmp.unlink(missing_ok=True)
    os.symlink(f"{SNAPSHOTS}/{snapshot:08d}", tmp)
    os.replace(tmp, root / CURRENT)
    fsync(root)


def stage(root: Path, snapshot: int) -> Path:
    """A fresh, invisible folder to build `snapshot` in (with an empty folder per table)."""
    staged = root / SNAPSHOTS / f"{snapshot:08d}.tmp"
    if staged.exists():
        shutil.rmtree(staged)
    for table in schema.tables():
        (staged / table).mkdir(parents=True)
    return staged


def publish(staged: Path) -> Path:
    """Give a fully written staging folder its final name (still not `current`)."""
    final = staged.with_name(staged.name.removesuffix(".tmp"))
    os.rename(staged, final)
    fsync(final.parent)
    return final


def sweep(root: Path, committed: int) -> list[str]:
    """Delete what no commit names: staging folders, half-deleted snapshots, and snapshots
    published after the last commit (a crash between `publish` and the state commit)."""
    removed = []
    folder = root / SNAPSHOTS
    for path in sorted(folder.iterdir()) if folder.exists() else []:
        name = path.name
        stale = name.endswith((".tmp", ".trash")) or (name.isdigit() and int(name) > committed)
        if stale:
            shutil.rmtree(path)
            removed.append(name)
    return removed


def expired(snapshots: list[tuple[int, str]], committed: int, retention_s: float, keep: int) -> list[int]:
    """Snapshots that may go: superseded more than `retention_s` ago, or beyond the `keep`
    most recent ones (the current snapshot always stays)."""
    old = [(s, at) for s, at in snapshots if s < committed]
    succession = {s: at for s, at in snapshots}
    out = []
    for rank, (snapshot, _) in enumerate(reversed(old)):
        successor = succession.get(snapshot + 1)
        age = time.time() - datetime.fromisoformat(successor).timestamp() if successor else float("inf")
        if rank >= keep or age > retention_s:
            out.append(snapshot)
    return sorted(out)


def retire(root: Path, snapshots: list[int]) -> None:
    """Delete old snapshots (renamed first, so a crash midway leaves a `.trash` for `sweep`)."""
    for snapshot in snapshots:
        path = snapshot_dir(root, snapshot)
        if path.exists():
            trash = path.with_name(path.name + ".trash")
            os.rename(path, trash)
            shutil.rmtree(trash)
