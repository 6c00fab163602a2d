"""The lake's state store (SQLite, `_state/state.sqlite`): what was ingested and committed.

One SQLite transaction per batch is the commit point of the whole lake: it records the
batch, its documents (current version and partition), every content hash it made visible,
the landing units it consumed, its quarantine records and the plan that places its files in
the tables (see `journal.py`). A staged file that no committed plan names is garbage.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from wiretime.lake import schema
from wiretime.lake.files import durable

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY, committed_at TEXT NOT NULL, documents INTEGER NOT NULL,
    replaced INTEGER NOT NULL, quarantined INTEGER NOT NULL, files TEXT NOT NULL,
    plan TEXT, applied INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
    published_date TEXT NOT NULL, batch_id TEXT NOT NULL, origin TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contents (
    doc_id TEXT NOT NULL, content_hash TEXT NOT NULL, batch_id TEXT NOT NULL,
    PRIMARY KEY (doc_id, content_hash));
CREATE TABLE IF NOT EXISTS units (key TEXT PRIMARY KEY, batch_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (
    key TEXT PRIMARY KEY, origin TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL,
    file TEXT NOT NULL, batch_id TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, summary TEXT);
"""
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Current:
    """The visible version of a document."""

    content_hash: str
    version: int
    published_date: str


@dataclass(slots=True)
class Commit:
    """Everything one batch records, in one transaction."""

    batch_id: str
    plan: list[tuple[str, str]] = field(default_factory=list)  # empty: the batch changed no table
    documents: list[tuple[str, str, int, str, str]] = field(default_factory=list)
    # ^ doc_id, content_hash, version, published_date, origin
    contents: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, content_hash) made visible
    units: list[str] = field(default_factory=list)
    quarantine: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # ^ key, origin, reason, detail, file
    replaced: int = 0
    files: list[str] = field(default_factory=list)


def now() -> str:
    return datetime.now(UTC).isoformat()


class State:
    """Open (and create) the state store of the lake at `root`."""

    def __init__(self, root: Path):
        path = root / "_state" / "state.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=120, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        # OFF still survives a killed process (only an OS crash or power loss can hurt it)
        self.db.execute(f"PRAGMA synchronous={'FULL' if durable() else 'OFF'}")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, db: sqlite3.Connection, key: str, value: str) -> None:
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _chunked(self, query: str, keys: list) -> Iterator[tuple]:
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            yield from self.db.execute(query.format(",".join("?" * len(chunk))), chunk)

    def current(self, doc_ids: Iterable[str]) -> dict[str, Current]:
        """The visible version of each of these documents that has one."""
        rows = self._chunked("SELECT doc_id, content_hash, version, published_date FROM documents "
                             "WHERE doc_id IN ({})", sorted(set(doc_ids)))
        return {d: Current(h, v, p) for d, h, v, p in rows}

    def seen_contents(self, doc_ids: Iterable[str]) -> set[tuple[str, str]]:
        """(doc_id, content_hash) pairs a committed batch already consumed."""
        return set(self._chunked("SELECT doc_id, content_hash FROM contents WHERE doc_id IN ({})",
                                 sorted(set(doc_ids))))

    def seen_units(self, keys: Iterable[str]) -> set[str]:
        return {k for (k,) in self._chunked("SELECT key FROM units WHERE key IN ({})", sorted(set(keys)))}

    def written_since(self, mark: str) -> tuple[set[tuple[str, str]], str]:
        """The (table, partition) pairs that batches committed after `mark` (a commit time)
        placed files in, and the latest such commit time ("" when there is none)."""
        touched: set[tuple[str, str]] = set()
        newest = ""
        for at, placed in self.db.execute("SELECT committed_at, files FROM batches WHERE committed_at > ?",
                                          (mark,)):
            newest = max(newest, at)
            for path in json.loads(placed):
                table, _, rest = path.partition("/")
                if rest.startswith(f"{schema.PARTITION}="):
                    touched.add((table, rest.split("/", 1)[0].split("=", 1)[1]))
        return touched, newest

    def set_mark(self, key: str, value: str) -> None:
        """Record a bookkeeping value (not part of any batch's commit)."""
        with self.transaction() as db:
            self.set_meta(db, key, value)

    def commit(self, c: Commit) -> None:
        """Record a batch: the lake's commit point (all of it, or nothing)."""
        at = now()
        with self.transaction() as db:
            db.execute("INSERT INTO batches VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (c.batch_id, at, len(c.documents), c.replaced, len(c.quarantine), json.dumps(c.files),
                        json.dumps(c.plan) if c.plan else None, int(not c.plan)))
            db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                           [(d, h, v, p, c.batch_id, o) for d, h, v, p, o in c.documents])
            db.executemany("INSERT OR IGNORE INTO contents VALUES (?, ?, ?)",
                           [(d, h, c.batch_id) for d, h in c.contents])
            db.executemany("INSERT OR IGNORE INTO units VALUES (?, ?)", [(k, c.batch_id) for k in c.units])
            db.executemany("INSERT OR IGNORE INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [(*q, c.batch_id, at) for q in c.quarantine])
            if c.plan:
                self.set_meta(db, "schema_version", str(schema.SCHEMA_VERSION))
                self.set_meta(db, "last_commit", at)

    def unapplied(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(batch_id, plan) of committed batches whose files are not all in place yet."""
        rows = self.db.execute("SELECT batch_id, plan FROM batches WHERE applied = 0 ORDER BY committed_at")
        return [(b, [tuple(op) for op in json.loads(p)]) for b, p in rows]

    def mark_applied(self, batch_id: str) -> None:
        """The plan is carried out: forget it (the files are where it said)."""
        with self.transaction() as db:
            db.execute("UPDATE batches SET applied = 1, plan = NULL WHERE batch_id = ?", (batch_id,))

    def ensure_schema_version(self) -> None:
        """Record this code's schema version in a new lake (an existing one keeps its own)."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(schema.SCHEMA_VERSION),))

    def quarantined(self) -> list[tuple[str, str, str, str, str]]:
        """(origin, reason, detail, file, at) of every quarantine record, oldest first."""
        return list(self.db.execute("SELECT origin, reason, detail, file, at FROM quarantine ORDER BY at, origin"))

    def quarantine_by_reason(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT reason, count(*) FROM quarantine GROUP BY reason ORDER BY reason"))

    def record_run(self, run_id: str, started_at: str, summary: dict) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?)",
                       (run_id, started_at, now(), json.dumps(summary, default=str)))

    def last_run(self) -> dict | None:
        row = self.db.execute("SELECT run_id, started_at, finished_at, summary FROM runs "
                              "ORDER BY finished_at DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return {"run_id": row[0], "started_at": row[1], "finished_at": row[2], **json.loads(row[3] or "{}")}
