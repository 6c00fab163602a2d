"""Compaction: merge a partition's small files into one, as an atomic commit like any batch.

Each batch adds one file per table and partition it touches, so a partition fed by many
batches gathers small files (slow to list and open). `compact` rewrites such a partition as
one file (streamed) with a single commit: readers see the old files or the merged one, never
both, nor neither, once the commit is applied (see README "What a reader sees"). `wiretime
compact` merges every partition with more than one file and recomputes the aggregates from
the base tables. Either first upgrades files written under an older schema version.

The pipeline calls `maintain` after each run. Its work is bounded whatever the lake's size:
it looks only at the partitions that batches committed since the previous maintenance wrote
to (the state store lists every batch's files), merges those holding `MAINTAIN_FILES` files
or more, at most `MAINTAIN_PARTITIONS` of them (the fullest first; the rest wait for the next
run), in commits of `MAINTAIN_CHUNK` partitions, each streamed file by file.
"""

from __future__ import annotations

from pathlib import Path

from wiretime.lake import schema
from wiretime.lake.build import Changes
from wiretime.lake.session import locked
from wiretime.lake.state import Commit, State
from wiretime.lake.writer import finish, new_batch_id, upgrade

MAINTAIN_FILES = 8
#: table-partitions merged by one `maintain` at most, and per commit
MAINTAIN_PARTITIONS = 64
MAINTAIN_CHUNK = 16
_MARK = "maintained_through"


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
    """After a run: merge the recently written partitions that gathered many small files;
    returns what was merged and how many such partitions were left for the next run."""
    if not (root / "_state" / "state.sqlite").exists():
        return {"partitions": 0, "files_before": 0, "deferred": 0}
    with State(root) as state:
        touched, newest = state.written_since(state.meta(_MARK) or "")
    counting = Changes(root, "count")
    crowded = sorted(((len(counting.committed_files(t, p)), t, p) for t, p in touched if t in schema.BASE),
                     reverse=True)
    crowded = [(count, table, partition) for count, table, partition in crowded if count >= MAINTAIN_FILES]
    chosen = crowded[:MAINTAIN_PARTITIONS]
    merged = before = 0
    for first in range(0, len(chosen), MAINTAIN_CHUNK):
        with locked(root) as lake:
            if lake.stale_schema():
                upgrade(lake)
            changes = Changes(root, "compact-" + new_batch_id())
            for _, table, partition in chosen[first:first + MAINTAIN_CHUNK]:
                count = len(changes.committed_files(table, partition))  # again, under the lock
                if count >= 2:
                    changes.merge(table, partition)
                    merged, before = merged + 1, before + count
            if changes.plan:
                finish(lake, Commit(changes.batch_id, plan=changes.plan, files=changes.placed))
    if newest and len(crowded) == len(chosen):
        with State(root) as state:
            state.set_mark(_MARK, newest)
    return {"partitions": merged, "files_before": before, "deferred": len(crowded) - len(chosen)}
