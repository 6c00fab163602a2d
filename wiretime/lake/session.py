"""Exclusive access to a lake for one commit: the lock, the state store, crash recovery.

Writers (batch commits, compaction) hold an advisory lock on `_state/lock` while they stage,
commit and apply; readers never lock. The kernel drops the lock when its process dies, even
by SIGKILL, so a crashed writer never blocks the next one. Under the lock, the lake is first
put right: plans committed but not applied are applied (roll forward), staging left by an
uncommitted batch is deleted, and `_lake.json` describes the schemas.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from wiretime.lake import journal, schema
from wiretime.lake.state import State

DESCRIPTION = "_lake.json"


@dataclass
class Session:
    """A locked, recovered lake."""

    root: Path
    state: State

    def stale_schema(self) -> bool:
        """Whether the lake's files were written under another schema version than this code's."""
        return int(self.state.meta("schema_version") or schema.SCHEMA_VERSION) != schema.SCHEMA_VERSION


@contextmanager
def locked(root: Path) -> Iterator[Session]:
    """The lake at `root`, created if needed, locked and recovered, for one commit."""
    (root / "_state").mkdir(parents=True, exist_ok=True)
    with open(root / "_state" / "lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state = State(root)
        try:
            state.ensure_schema_version()
            journal.roll_forward(root, state)
            describe(root, int(state.meta("schema_version")))
            yield Session(root, state)
        finally:
            state.close()
            fcntl.flock(lock, fcntl.LOCK_UN)


def describe(root: Path, version: int) -> None:
    """Write `_lake.json` (schemas and version, for readers) when it is missing or outdated."""
    path = root / DESCRIPTION
    if path.exists() and json.loads(path.read_text(encoding="utf-8")).get("schema_version") == version:
        return
    described = schema.describe() if version == schema.SCHEMA_VERSION else {"schema_version": version}
    tmp = root / f".{DESCRIPTION}.tmp"
    tmp.write_text(json.dumps(described, indent=1), encoding="utf-8")
    os.replace(tmp, path)
