"""Building the next snapshot from the committed one: carry, drop, add, merge, recompute.

Every change to the lake (a batch, a compaction, a schema upgrade) is one `Builder`: it
starts from the committed snapshot's files and ends with a published folder holding the
complete next state of every table. What it does not touch is hard-linked, never copied.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from wiretime.lake import aggregate, faults, files, schema, snapshots
from wiretime.lake.schema import PARTITION
from wiretime.lake.state import now


class Builder:
    """The next snapshot of the lake, staged beside the committed one."""

    def __init__(self, root: Path, base: int, batch_id: str, *, upgrade: bool = False):
        self.root, self.base, self.batch_id, self.upgrade = root, base, batch_id, upgrade
        self.snapshot = base + 1
        self.previous = snapshots.snapshot_dir(root, base)
        self.staged = snapshots.stage(root, self.snapshot)
        self.touched: set[str] = set()
        self.written: list[str] = []
        self._names = 0

    def partitions(self, table: str) -> list[str]:
        """The committed snapshot's partitions of a table (as YYYY-MM-DD)."""
        return sorted(p.name.split("=", 1)[1] for p in (self.previous / table).glob(f"{PARTITION}=*"))

    def old_files(self, table: str, partition: str) -> list[Path]:
        return sorted((self.previous / table / f"{PARTITION}={partition}").glob("*.parquet"))

    def _new_path(self, table: str, partition: str) -> Path:
        self._names += 1
        return self.staged / table / f"{PARTITION}={partition}" / f"part-{self.batch_id}-{self._names:04d}.parquet"

    def carry(self, table: str, *, skip: Iterable[str] = (), drop: dict[str, set[str]] | None = None) -> None:
        """Bring the table's committed files over, except partitions in `skip`; files holding
        rows of `drop[partition]` (replaced documents) are rewritten without them."""
        skip, drop = set(skip), drop or {}
        target = schema.tables()[table]
        for partition in self.partitions(table):
            if partition in skip:
                continue
            gone = drop.get(partition, set())
            for old in self.old_files(table, partition):
                stale_schema = self.upgrade and not files.matches(old, target)
                if stale_schema or (gone and files.doc_ids(old) & gone):
                    files.rewrite([old], self._new_path(table, partition), table, target, gone)
                    self.touched.add(partition)
                    faults.point("rewrote-file")
                else:
                    files.link(old, self.staged / table / old.parent.name / old.name)
        faults.point("carried-table")

    def add(self, table: str, rows: pa.Table) -> None:
        """Write a batch's new rows (with their PARTITION column) into one file per partition."""
        if rows.num_rows == 0:
            return
        days = rows.column(PARTITION)
        for day in sorted(set(days.to_pylist())):
            part = rows.filter(pc.equal(days, pa.scalar(day, pa.date32()))).drop_columns([PARTITION])
            partition = day.isoformat()
            path = self._new_path(table, partition)
            files.write(path, table, part)
            self.written.append(str(path.relative_to(self.staged)))
            self.touched.add(partition)
            faults.point("wrote-file")

    def merge(self, table: str, partition: str) -> None:
        """Rewrite all of a partition's committed files as one (compaction)."""
        files.rewrite(self.old_files(table, partition), self._new_path(table, partition), table,
                      schema.tables()[table])
        self.touched.add(partition)
        faults.point("merged-partition")

    def aggregates(self) -> None:
        """Carry the aggregates of untouched partitions; recompute the touched ones."""
        for table in schema.AGGREGATES:
            self.carry(table, skip=self.touched)
        for partition in sorted(self.touched):
            for table, rows in aggregate.compute(self.staged, partition).items():
                if rows.num_rows:
                    files.write(self._new_path(table, partition), table, rows)
            faults.point("aggregated-partition")

    def publish(self) -> Path:
        """Describe the snapshot in `_lake.json` and give it its final name."""
        description = {**schema.describe(), "snapshot": self.snapshot, "batch_id": self.batch_id,
                       "built_at": now()}
        (self.staged / "_lake.json").write_text(json.dumps(description, indent=1), encoding="utf-8")
        folder = snapshots.publish(self.staged)
        faults.point("published")
        return folder

    def pinned(self, relative: str) -> str:
        """A written file's path relative to the lake root, inside this (immutable) snapshot."""
        return f"{snapshots.SNAPSHOTS}/{self.snapshot:08d}/{relative}"
