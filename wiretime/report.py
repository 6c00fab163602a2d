"""What the lake holds: tables, row counts, paths, quarantine, the last run, a query to try."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from wiretime import timeline
from wiretime.lake.aggregate import scan
from wiretime.lake.schema import AGGREGATES, PARTITIONED
from wiretime.lake.state import State


def report(root: Path) -> str:
    """A plain-text report of the lake at `root`."""
    if not (root / "_state" / "state.sqlite").exists():
        return f"{root}: no lake here yet (run `wiretime run --lake {root}`)"
    lines = [f"lake: {root.resolve()}", "", f"{'table':<18}{'rows':>10}{'files':>8}  path"]
    for name in PARTITIONED:
        frame = scan(root, name)
        rows = 0 if frame is None else frame.select(pl.len()).collect().item()
        files = len(list((root / name).glob("*/*.parquet")))
        lines.append(f"{name:<18}{rows:>10}{files:>8}  {root / name}/published_date=*/*.parquet")
    for name in AGGREGATES:
        path = root / name / "part-0.parquet"
        rows = pl.scan_parquet(path).select(pl.len()).collect().item() if path.exists() else 0
        lines.append(f"{name:<18}{rows:>10}{int(path.exists()):>8}  {path}")
    state = State(root)
    try:
        quarantined, last = state.quarantined(), state.last_run()
    finally:
        state.close()
    lines += ["", f"quarantined inputs: {len(quarantined)}"]
    lines += [f"  {origin}: {reason} ({detail[:80]})" for origin, reason, detail, _ in quarantined[-10:]]
    if last:
        lines += ["", f"last run: {last['finished_at']} " + ", ".join(
            f"{k}={v}" for k, v in last.items() if isinstance(v, int))]
    picture = timeline.write(root)
    lines += ["", f"timeline plot: {picture}" if picture else "timeline plot: none yet (no dated mentions)"]
    lines += ["", "try:", "  python -c \"import polars as pl; print(pl.scan_parquet('"
              f"{root}/time_mentions/**/*.parquet', hive_partitioning=True)"
              ".select('doc_id','text','type','value','utc','tz_source').collect())\""]
    return "\n".join(lines)
