"""Preparing one commit: stage its files, and write down the plan that will put them in place.

Every change to the lake (a batch, a compaction, a schema upgrade) is one `Changes`. It reads
the committed files it needs, stages new ones under `_staging/<batch>/`, and collects the
plan (see `journal.py`). Nothing a reader can see changes until the plan is committed and
applied. Per table and partition it produces at most one "place": the rows a batch adds to a
partition go into the same rewrite as the rows it removes there, so a replaced document
changes in one rename.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from wiretime.lake import aggregate, faults, files, schema
from wiretime.lake.journal import Plan, staged
from wiretime.lake.schema import PARTITION


class Changes:
    """The files and plan of one commit being prepared."""

    def __init__(self, root: Path, batch_id: str):
        self.root, self.batch_id = root, batch_id
        self.plan: Plan = []
        self.placed: list[str] = []
        self._names = 0

    def committed_files(self, table: str, partition: str) -> list[Path]:
        return sorted((self.root / table / f"{PARTITION}={partition}").glob("*.parquet"))

    def partitions(self, table: str) -> list[str]:
        return sorted(p.name.split("=", 1)[1] for p in (self.root / table).glob(f"{PARTITION}=*") if p.is_dir())

    def _new_name(self, table: str, partition: str) -> str:
        self._names += 1
        return f"{table}/{PARTITION}={partition}/part-{self.batch_id}-{self._names:04d}.parquet"

    def _place(self, final: str) -> None:
        self.plan.append(("place", final))
        self.placed.append(final)
        faults.point("staged-file")

    def write_rows(self, table: str, rows: pa.Table, remove: dict[str, set[str]]) -> pl.DataFrame:
        """Add a batch's rows (with their PARTITION column) and remove the rows of the documents
        in `remove[partition]`; returns the removed rows (with PARTITION)."""
        target = schema.BASE[table]
        adding = _by_partition(rows)
        empty = rows.schema.empty_table().drop_columns([PARTITION])
        removed = []
        for partition in sorted(set(adding) | set(remove)):
            new = adding.get(partition, empty)
            gone = remove.get(partition, set())
            holders = [f for f in self.committed_files(table, partition) if files.doc_ids(f) & gone] if gone else []
            for holder in holders:
                removed.append(_rows_of(holder, gone, partition))
            if not holders:
                if new.num_rows == 0:
                    continue
                final = self._new_name(table, partition)
                files.write(staged(self.root, self.batch_id, final), table, new)
                self._place(final)
                continue
            for index, holder in enumerate(holders):  # the new rows ride with the first rewrite
                final = str(holder.relative_to(self.root))
                extra = new if index == 0 else None
                if files.rewrite([holder], staged(self.root, self.batch_id, final), table, target, gone, extra):
                    self._place(final)
                else:
                    self.plan.append(("remove", final))
        return pl.concat(removed) if removed else pl.DataFrame()

    def merge(self, table: str, partition: str) -> None:
        """Rewrite all of a partition's files as one (compaction)."""
        old = self.committed_files(table, partition)
        final = self._new_name(table, partition)
        files.rewrite(old, staged(self.root, self.batch_id, final), table, schema.BASE[table])
        self._place(final)
        self.plan.extend(("remove", str(f.relative_to(self.root))) for f in old)

    def conform(self, table: str) -> int:
        """Rewrite, in place, the table's files written under an older schema; returns how many."""
        target = schema.BASE[table]
        count = 0
        for partition in self.partitions(table):
            for old in self.committed_files(table, partition):
                if not files.matches(old, target):
                    final = str(old.relative_to(self.root))
                    files.rewrite([old], staged(self.root, self.batch_id, final), table, target)
                    self._place(final)
                    count += 1
        return count

    def aggregates(self, tables: dict[str, pa.Table] | None, removed: dict[str, pl.DataFrame] | None) -> None:
        """Stage every aggregate table: the committed one plus the batch's documents minus the
        replaced ones, in the partitions they touch (or, with no arguments, recomputed from
        the base tables)."""
        if tables is None:
            plus, minus = None, {}
        else:
            plus = aggregate.contributions(pl.from_arrow(tables["time_mentions"]), pl.from_arrow(tables["documents"]))
            minus = (aggregate.contributions(removed["time_mentions"], removed["documents"])
                     if removed and removed["time_mentions"].height else {})
        fresh = aggregate.recompute(self.root) if plus is None else {}
        for name in schema.AGGREGATES:
            final = str(aggregate.path(self.root, name).relative_to(self.root))
            target = staged(self.root, self.batch_id, final)
            if plus is None:
                files.write(target, name, fresh[name])
            else:
                aggregate.update(self.root, name, target, plus[name], minus.get(name), files.writer)
            self._place(final)

def _by_partition(rows: pa.Table) -> dict[str, pa.Table]:
    """A batch's rows split by partition (ISO day), in their order, without the PARTITION
    column: one stable sort and a slice per partition (a filter per partition would scan
    the whole batch once for each of them)."""
    if rows.num_rows == 0:
        return {}
    ordered = rows.take(pc.sort_indices(rows.column(PARTITION)))  # stable: row order kept per day
    days = ordered.column(PARTITION).combine_chunks()
    runs = pc.run_end_encode(days)
    ends = runs.run_ends.to_pylist()
    body = ordered.drop_columns([PARTITION])
    out, start = {}, 0
    for day, end in zip(runs.values.to_pylist(), ends, strict=True):
        out[day.isoformat()] = body.slice(start, end - start)
        start = end
    return out


def _rows_of(path: Path, doc_ids: set[str], partition: str) -> pl.DataFrame:
    """The rows of `doc_ids` in a file, with their PARTITION column."""
    frame = pl.from_arrow(pq.read_table(path, filters=[("doc_id", "in", sorted(doc_ids))]))
    return frame.with_columns(pl.lit(partition).str.to_date().alias(PARTITION))
