"""Exclusive access to a lake for one commit: the lock, the state store, crash recovery.

Writers (batch commits, compaction) take an advisory lock on `_state/lock` for the time of
a commit only; readers never lock. The kernel drops the lock when its process dies, even by
SIGKILL, so a crashed writer never blocks the next one. Under the lock, `recover` first
repairs whatever a crash left: it deletes staging and unpublished snapshot folders and
points `current` at the snapshot the state store committed.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from wiretime.lake import faults, schema, snapshots
from wiretime.lake.snapshots import point, pointed, snapshot_dir
from wiretime.lake.state import Commit, State

#: seconds a superseded snapshot stays readable (WIRETIME_SNAPSHOT_RETENTION_S)
RETENTION_S = 300.0
#: superseded snapshots kept at most, whatever their age (WIRETIME_SNAPSHOTS_KEPT)
KEPT = 8


@dataclass
class Session:
    """A locked, recovered lake: its root, state store and committed snapshot."""

    root: Path
    state: State
    snapshot: int

    @property
    def folder(self) -> Path:
        return snapshot_dir(self.root, self.snapshot)

    def stale_schema(self) -> bool:
        """Whether the lake's files were written under another schema version than this code's."""
        recorded = self.state.meta("schema_version")
        return recorded is not None and int(recorded) != schema.SCHEMA_VERSION

    def retire_expired(self) -> list[int]:
        """Delete the superseded snapshots past their retention."""
        retention = float(os.environ.get("WIRETIME_SNAPSHOT_RETENTION_S", RETENTION_S))
        kept = int(os.environ.get("WIRETIME_SNAPSHOTS_KEPT", KEPT))
        old = snapshots.expired(self.state.snapshots(), self.snapshot, retention, kept)
        snapshots.retire(self.root, old)
        faults.point("retired")
        self.state.forget_snapshots(old)
        return old


@contextmanager
def locked(root: Path) -> Iterator[Session]:
    """The lake at `root`, created if needed, locked and recovered, for one commit."""
    (root / "_state").mkdir(parents=True, exist_ok=True)
    with open(root / "_state" / "lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state = State(root)
        try:
            yield Session(root, state, recover(root, state))
        finally:
            state.close()
            fcntl.flock(lock, fcntl.LOCK_UN)


def recover(root: Path, state: State) -> int:
    """Repair what a crash left and return the committed snapshot (creating snapshot 0, an
    empty lake, the first time)."""
    committed = state.snapshot()
    if committed is None:
        snapshots.sweep(root, -1)
        snapshots.publish(snapshots.stage(root, 0))
        state.commit(Commit("genesis", 0, [], [], [], []))
        committed = 0
    snapshots.sweep(root, committed)
    if pointed(root) != committed:
        point(root, committed)
        faults.point("recovered-pointer")
    snapshots.ensure_links(root)
    for table_dir in (snapshot_dir(root, committed) / t for t in schema.tables()):
        table_dir.mkdir(exist_ok=True)  # a table added to the schema since that snapshot
    return committed
