"""The main job: landing folder -> ingest -> split -> tag -> Parquet lake -> aggregates."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger

from tasks import stages
from wiretime.lake.state import State


@flow(name="wiretime-pipeline", log_prints=False)
def pipeline(input_dir: str = "seeds", lake_dir: str = "lake", batch_size: int = 500) -> dict:
    """Process every new article of `input_dir` into the lake at `lake_dir`; returns counts."""
    logger = get_run_logger()
    started = datetime.now(UTC).isoformat()
    Path(lake_dir).mkdir(parents=True, exist_ok=True)
    totals = {"files": 0, "documents": 0, "already_ingested": 0, "quarantined": 0, "sentences": 0,
              "mentions": 0, "files_written": 0}
    for paths in stages.discover(input_dir, batch_size):
        batch = stages.ingest(paths, input_dir, lake_dir)
        spans = stages.split(batch.articles)
        mentions = stages.tag(batch.articles, spans)
        written = stages.write(lake_dir, batch.articles, spans, mentions)
        totals["files"] += len(paths)
        totals["documents"] += written["documents"]
        totals["already_ingested"] += batch.already_ingested + written["skipped"]
        totals["quarantined"] += len(batch.quarantined)
        totals["sentences"] += written.get("sentences", 0)
        totals["mentions"] += written.get("mentions", 0)
        totals["files_written"] += len(written["files"])
    totals["aggregates"] = stages.aggregate(lake_dir)
    state = State(Path(lake_dir))
    try:
        state.record_run(uuid.uuid4().hex, started, totals)
    finally:
        state.close()
    logger.info("run done: %s", totals)
    return totals
