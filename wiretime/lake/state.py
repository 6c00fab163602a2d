"""The lake's state store (SQLite, `_state/state.sqlite`): what was ingested and committed.

A batch's Parquet files count only once its row is in `batches`; documents are recorded in
the same transaction, so "already ingested" and "visible in the tables" never disagree.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from wiretime.lake.schema import SCHEMA_VERSION

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY, committed_at TEXT NOT NULL, documents INTEGER NOT NULL,
    files TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
    batch_id TEXT NOT NULL, origin TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (
    origin TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, summary TEXT);
"""


class State:
    """Open (and create) the state store of the lake at `root`."""

    def __init__(self, root: Path):
        path = root / "_state" / "state.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def known(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
        """doc_id -> (content_hash, version) for the ids already committed."""
        ids = list(doc_ids)
        out: dict[str, tuple[str, int]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self.db.execute(
                f"SELECT doc_id, content_hash, version FROM documents WHERE doc_id IN ({','.join('?' * len(chunk))})",
                chunk)
            out.update({d: (h, v) for d, h, v in rows})
        return out

    def committed_batches(self) -> set[str]:
        return {b for (b,) in self.db.execute("SELECT batch_id FROM batches")}

    def commit_batch(self, batch_id: str, docs: list[tuple[str, str, int, str]], files: list[str]) -> None:
        """Record a batch and its documents (doc_id, content_hash, version, origin) at once."""
        now = datetime.now(UTC).isoformat()
        with self.transaction() as db:
            db.execute("INSERT INTO batches VALUES (?, ?, ?, ?)", (batch_id, now, len(docs), json.dumps(files)))
            db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)",
                           [(d, h, v, batch_id, o) for d, h, v, o in docs])

    def record_quarantine(self, items: list[tuple[str, str, str]]) -> None:
        now = datetime.now(UTC).isoformat()
        with self.transaction() as db:
            db.executemany("INSERT INTO quarantine VALUES (?, ?, ?, ?)", [(*i, now) for i in items])

    def quarantined(self) -> list[tuple[str, str, str, str]]:
        return list(self.db.execute("SELECT origin, reason, detail, at FROM quarantine ORDER BY at"))

    def record_run(self, run_id: str, started_at: str, summary: dict) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?)",
                       (run_id, started_at, datetime.now(UTC).isoformat(), json.dumps(summary)))

    def last_run(self) -> dict | None:
        row = self.db.execute("SELECT run_id, started_at, finished_at, summary FROM runs "
                              "ORDER BY finished_at DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return {"run_id": row[0], "started_at": row[1], "finished_at": row[2], **json.loads(row[3] or "{}")}
