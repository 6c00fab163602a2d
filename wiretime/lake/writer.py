"""Atomic Parquet writes: a batch's files appear by rename, and count once committed.

Protocol: every file of a batch is written aside (`.tmp`), flushed and renamed to
`<table>/published_date=D/part-<batch>.parquet`; then the batch is committed in the state
store. `recover()` (run before each batch) deletes leftovers of batches that never
committed, so a crash at any point leaves no half batch behind once the next run starts.
"""

from __future__ import annotations

import fcntl
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from wiretime.lake.rows import build_tables
from wiretime.lake.schema import PARTITION, PARTITIONED
from wiretime.lake.state import State
from wiretime.model import Article, TimeMention


def new_batch_id() -> str:
    """Sortable by time, unique across processes."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:8]


@contextmanager
def lake_lock(root: Path) -> Iterator[None]:
    """One writer at a time per lake (an advisory lock on `_state/lock`)."""
    path = root / "_state" / "lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name, flush it to disk, then rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_batch(root: Path, state: State, batch_id: str, tables: dict[str, pa.Table],
                docs: list[tuple[str, str, int, str]]) -> list[str]:
    """Write a batch's partitioned tables and commit it; returns the files written."""
    files: list[str] = []
    for name, table in tables.items():
        if table.num_rows == 0:
            continue
        for day in sorted(set(table.column(PARTITION).to_pylist())):
            part = table.filter(pc.equal(table.column(PARTITION), pa.scalar(day, pa.date32())))
            path = root / name / f"{PARTITION}={day.isoformat()}" / f"part-{batch_id}.parquet"
            write_atomic(part.drop_columns([PARTITION]), path)
            files.append(str(path.relative_to(root)))
    state.commit_batch(batch_id, docs, files)
    return files


def recover(root: Path, state: State) -> list[str]:
    """Delete temporary files and the files of batches that never committed."""
    committed = state.committed_batches()
    removed = []
    for name in PARTITIONED:
        for path in (root / name).glob(f"{PARTITION}=*/*"):
            batch = path.name.removeprefix("part-").removesuffix(".parquet")
            if path.name.endswith(".tmp") or batch not in committed:
                path.unlink()
                removed.append(str(path.relative_to(root)))
    return removed


def commit_articles(root: Path, articles: list[Article], spans: dict[str, list[tuple[int, int]]],
                    mentions: dict[str, list[tuple[int, TimeMention]]]) -> dict:
    """Write a batch of annotated articles exactly once, under the lake lock.

    Articles already committed with the same content are dropped here, under the lock, so
    two runs racing on the same landing folder cannot both add them.
    """
    state = State(root)
    try:
        with lake_lock(root):
            recover(root, state)
            known = state.known(a.doc_id for a in articles)
            fresh, seen = [], set()
            for a in articles:
                if a.doc_id in known or a.doc_id in seen:
                    continue
                seen.add(a.doc_id)
                fresh.append(a)
            if not fresh:
                return {"documents": 0, "skipped": len(articles), "files": []}
            batch_id = new_batch_id()
            tables = build_tables(fresh, spans, mentions, version={}, ingested_at=datetime.now(UTC))
            docs = [(a.doc_id, a.content_hash, 1, a.origin) for a in fresh]
            files = write_batch(root, state, batch_id, tables, docs)
            return {"documents": len(fresh), "skipped": len(articles) - len(fresh), "files": files,
                    "sentences": tables["sentences"].num_rows, "mentions": tables["time_mentions"].num_rows}
    finally:
        state.close()
