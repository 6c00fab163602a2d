"""Compaction: merge a partition's small files into one, as an atomic commit like any batch.

Each batch adds one file per table and partition it touches, so a partition fed by many
batches gathers small files (slow to list and open). `compact` rewrites such a partition as
one file (streamed) with a single commit: readers see the old files or the merged one, never
both, nor neither, once the commit is applied (see README "What a reader sees"). The pipeline
calls `maintain` after each run (partitions of `MAINTAIN_FILES` files or more); `wiretime
compact` merges every partition with more than one file and recomputes the aggregates from
the base tables. Either first upgrades files written under an older schema version.
"""

from __future__ import annotations

from pathlib import Path

from wiretime.lake import schema
from wiretime.lake.build import Changes
from wiretime.lake.session import locked
from wiretime.lake.state import Commit
from wiretime.lake.writer import finish, new_batch_id, upgrade

MAINTAIN_FILES = 8


def compact(root: Path, min_files: int = 2, *, recompute: bool = True) -> dict:
    """Merge every partition holding at least `min_files` files; returns what was done."""
    if not (root / "_state" / "state.sqlite").exists():
        return {"partitions": 0, "files_before": 0}
    with locked(root) as lake:
        if lake.stale_schema():
            upgrade(lake)
        changes = Changes(root, "compact-" + new_batch_id())
        merged = before = 0
        for table in schema.BASE:
            for partition in changes.partitions(table):
                count = len(changes.committed_files(table, partition))
                if count >= min_files:
                    changes.merge(table, partition)
                    merged, before = merged + 1, before + count
        if recompute:
            changes.aggregates(None, None)
        if changes.plan:
            finish(lake, Commit(changes.batch_id, plan=changes.plan, files=changes.placed))
        return {"partitions": merged, "files_before": before}


def maintain(root: Path) -> dict:
    """After a run: merge the partitions that have gathered many small files."""
    return compact(root, MAINTAIN_FILES, recompute=False)
