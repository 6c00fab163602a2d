"""What the lake holds: tables, row counts, quarantine, the last run, a query to try."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from wiretime.lake import schema
from wiretime.lake.read import scan, table_files
from wiretime.lake.session import DESCRIPTION
from wiretime.lake.state import State

SHOWN_QUARANTINE = 10


def report(root: Path) -> str:
    """A plain-text report of the lake at `root`."""
    if not (root / DESCRIPTION).exists():
        return f"{root}: no lake here yet (run `wiretime run --lake {root}`)"
    described = json.loads((root / DESCRIPTION).read_text(encoding="utf-8"))
    with State(root) as state:
        by_reason, items, last = state.quarantine_by_reason(), state.quarantined(), state.last_run()
        committed = state.meta("last_commit") or "never"
    lines = [f"lake: {root.resolve()}",
             f"schema version {described['schema_version']}, last commit {committed}", "",
             f"{'table':<18}{'rows':>10}{'files':>7}{'partitions':>12}  path"]
    for name in schema.tables():
        frame = scan(root, name)
        rows = 0 if frame is None else frame.select(pl.len()).collect().item()
        files = table_files(root, name)
        partitioned = name in schema.BASE
        where = (f"{root / name}/{schema.PARTITION}=*/*.parquet" if partitioned
                 else str(root / name / f"{name}.parquet"))
        partitions = len({f.parent.name for f in files}) if partitioned else "-"
        lines.append(f"{name:<18}{rows:>10}{len(files):>7}{partitions:>12}  {where}")
    lines += ["", f"quarantined inputs: {len(items)} in {root / '_quarantine'}"
              + (" (" + ", ".join(f"{r} {n}" for r, n in by_reason.items()) + ")" if by_reason else "")]
    lines += [f"  {origin}: {reason} ({detail[:80]}) -> {file}"
              for origin, reason, detail, file, _ in items[-SHOWN_QUARANTINE:]]
    if len(items) > SHOWN_QUARANTINE:
        lines.append(f"  ... and {len(items) - SHOWN_QUARANTINE} more: "
                     f"sqlite3 {root / '_state' / 'state.sqlite'} 'SELECT * FROM quarantine'")
    if last:
        lines += ["", f"last run: {last['finished_at']} " + ", ".join(
            f"{k}={v}" for k, v in last.items() if isinstance(v, int))]
    lines += ["", "try:", "  python -c \"import polars as pl; print(pl.scan_parquet('"
              f"{root}/time_mentions/', hive_partitioning=True)"
              ".select('doc_id','text','type','value','utc','tz_source').collect())\""]
    return "\n".join(lines)
