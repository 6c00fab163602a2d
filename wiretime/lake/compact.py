"""Compaction: merge a partition's small files into one, as an atomic commit like any batch.

Each batch adds one file per table and partition it touches, so a partition fed by many
batches accumulates small files (slow to list and open). `compact` rewrites such partitions
as one file each (streamed), in a new snapshot: readers see the old files or the merged one,
never both. The pipeline calls `maintain` after each run (partitions of `MAINTAIN_FILES`
files or more); `wiretime compact` merges every partition with more than one file. Either
also upgrades files written under an older schema version.
"""

from __future__ import annotations

from pathlib import Path

from wiretime.lake import faults, schema, snapshots
from wiretime.lake.build import Builder
from wiretime.lake.session import locked
from wiretime.lake.state import Commit
from wiretime.lake.writer import new_batch_id

MAINTAIN_FILES = 8


def compact(root: Path, min_files: int = 2) -> dict:
    """Merge every partition holding at least `min_files` files; returns what was done."""
    if not (root / "_state" / "state.sqlite").exists():
        return {"snapshot": None, "partitions": 0, "files_before": 0, "retired_snapshots": 0}
    with locked(root) as lake:
        crowded = {table: _crowded(snapshots.snapshot_dir(root, lake.snapshot) / table, min_files)
                   for table in schema.BASE}
        upgrade = lake.stale_schema()
        if upgrade or any(crowded.values()):
            build = Builder(root, lake.snapshot, "compact-" + new_batch_id(), upgrade=upgrade)
            for table, partitions in crowded.items():
                build.carry(table, skip=partitions)
                for partition in partitions:
                    build.merge(table, partition)
            build.aggregates()
            build.publish()
            lake.state.commit(Commit(build.batch_id, build.snapshot, [], [], [], []))
            faults.point("committed")
            snapshots.point(root, build.snapshot)
            lake.snapshot = build.snapshot
        retired = lake.retire_expired()
        return {"snapshot": lake.snapshot, "partitions": sum(map(len, crowded.values())),
                "files_before": sum(n for parts in crowded.values() for n in parts.values()),
                "retired_snapshots": len(retired)}


def _crowded(table: Path, min_files: int) -> dict[str, int]:
    """Partition -> file count, for the partitions of at least `min_files` files."""
    out = {}
    for folder in sorted(table.glob(f"{schema.PARTITION}=*")):
        count = len(list(folder.glob("*.parquet")))
        if count >= min_files:
            out[folder.name.split("=", 1)[1]] = count
    return out


def maintain(root: Path) -> dict:
    """After a run: merge the partitions that have gathered many small files."""
    return compact(root, MAINTAIN_FILES)
