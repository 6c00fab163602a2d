"""Parquet files of a commit being prepared: write, rewrite (streamed), conform to a schema.

Files are only ever written inside a staging folder no reader looks at (see `journal.py`),
and reach the tables by rename. Rewrites stream record batches: a partition never has to
fit in memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from wiretime.lake import schema

#: rows per record batch when streaming a rewrite
STREAM_ROWS = 64 * 1024


class SchemaError(Exception):
    """A lake file that cannot be brought to the current schema without losing data."""


def durable() -> bool:
    """Whether commits are flushed to disk (WIRETIME_FSYNC=0 trades power-loss safety for
    speed; a killed process loses nothing either way: the kernel keeps what was written)."""
    return os.environ.get("WIRETIME_FSYNC", "1") != "0"


def flush(root: Path) -> None:
    """Make everything written under `root` durable: one syncfs(2) of its file system (one
    call, where an fsync per file costs a disk round trip each: a batch can write thousands
    of small partition files); sync(2) where syncfs is missing."""
    if not durable():
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        if _LIBC is None or _LIBC.syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc if hasattr(libc, "syncfs") else None
    except OSError:
        return None


_LIBC = _libc()


def _metadata(table: str) -> dict[bytes, bytes]:
    return {b"wiretime.table": table.encode(), b"wiretime.schema_version": str(schema.SCHEMA_VERSION).encode()}


def writer(path: Path, table: str, arrow_schema: pa.Schema) -> pq.ParquetWriter:
    path.parent.mkdir(parents=True, exist_ok=True)
    return pq.ParquetWriter(path, arrow_schema.with_metadata(_metadata(table)), compression="zstd")


def write(path: Path, table: str, rows: pa.Table) -> None:
    """Write `rows` (already of the table's schema) to a new file (flushed with its commit)."""
    with writer(path, table, rows.schema) as out:
        out.write_table(rows)


def rewrite(sources: Iterable[Path], path: Path, table: str, target: pa.Schema,
            drop_ids: set[str] | None = None, extra: pa.Table | None = None) -> int:
    """Stream `sources` (then `extra` rows) into one new file of schema `target`, leaving out
    the rows of `drop_ids`; returns the rows written (no file is left when none is)."""
    rows = 0
    out = None
    tail = [conform(extra, target)] if extra is not None else []
    try:
        for batch in chain(_batches(sources, target, drop_ids), tail):
            if batch.num_rows == 0:
                continue
            if out is None:
                out = writer(path, table, target)
            out.write_table(batch)
            rows += batch.num_rows
    finally:
        if out is not None:
            out.close()
    return rows


def _batches(sources: Iterable[Path], target: pa.Schema, drop_ids: set[str] | None) -> Iterator[pa.Table]:
    drop = pa.array(sorted(drop_ids), pa.string()) if drop_ids else None
    for source in sources:
        for batch in pq.ParquetFile(source).iter_batches(batch_size=STREAM_ROWS):
            part = pa.Table.from_batches([batch])
            if drop is not None:
                part = part.filter(pc.invert(pc.is_in(part.column("doc_id"), value_set=drop)))
            yield conform(part, target)


def conform(rows: pa.Table, target: pa.Schema) -> pa.Table:
    """`rows` with exactly the columns of `target`: missing ones as nulls, types cast safely."""
    extra = set(rows.column_names) - set(target.names)
    if extra:
        raise SchemaError(f"columns {sorted(extra)} are no longer in the schema: refusing to drop them")
    columns = []
    for field in target:
        if field.name in rows.column_names:
            try:
                columns.append(rows.column(field.name).cast(field.type))
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
                raise SchemaError(f"column {field.name!r} cannot become {field.type}: {e}") from e
        else:
            columns.append(pa.nulls(rows.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=target)


def matches(path: Path, target: pa.Schema) -> bool:
    """Whether a file already has exactly the target schema (names and types, in order)."""
    return pq.read_schema(path).remove_metadata().equals(target.remove_metadata())


def doc_ids(path: Path) -> set[str]:
    return set(pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist())
