"""How a commit's files reach the tables: staged aside, committed as a plan, applied by renames.

    lake/_staging/<batch>/<table>!published_date=D!part-*.parquet   written here first (flat:
                                                                     no reader looks in _staging)
    lake/<table>/published_date=D/part-*.parquet                      what readers glob

A batch writes every file it needs into its staging folder. Its plan, a list of operations
("place" a staged file at its final path, replacing any file of that name; "remove" a final
path), is stored in the state store in the same transaction as everything else the batch
records: that transaction is the commit point. Applying the plan is a run of renames and
unlinks, each atomic and each idempotent, so after a crash anywhere `roll_forward` simply
applies the committed plan again, and a staging folder no committed plan names is deleted.

Per table and partition a batch changes exactly one file with one rename (a new file, or an
existing file replaced under its own name), so a reader sees each table-partition before or
after the batch, never halfway; see README "What a reader sees" for the whole guarantee.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from wiretime.lake import faults
from wiretime.lake.files import flush
from wiretime.lake.state import State

STAGING = "_staging"

Plan = list[tuple[str, str]]  # ("place", final relative path) or ("remove", final relative path)


def staged(root: Path, batch_id: str, final: str) -> Path:
    """Where a batch stages the file that will live at `final` (relative to the root): one
    flat folder per batch, since every folder created and removed costs a disk sync."""
    return root / STAGING / batch_id / final.replace("/", "!")


def apply(root: Path, batch_id: str, plan: Plan) -> None:
    """Carry out a committed plan (again, after a crash: every step is idempotent)."""
    for op, final in plan:
        target = root / final
        if op == "place":
            source = staged(root, batch_id, final)
            if source.exists():  # else: placed before a crash
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
        elif op == "remove":
            target.unlink(missing_ok=True)
        else:
            raise ValueError(f"unknown plan operation {op!r}")
        faults.point("applied-step")
    flush(root)
    shutil.rmtree(root / STAGING / batch_id, ignore_errors=True)


def roll_forward(root: Path, state: State) -> list[str]:
    """After a crash: apply the plans committed but not applied, delete uncommitted staging
    folders. Returns the batches finished."""
    finished = []
    for batch_id, plan in state.unapplied():
        apply(root, batch_id, plan)
        state.mark_applied(batch_id)
        faults.point("rolled-forward")
        finished.append(batch_id)
    folder = root / STAGING
    if folder.exists():
        for leftover in folder.iterdir():
            shutil.rmtree(leftover)
    return finished
