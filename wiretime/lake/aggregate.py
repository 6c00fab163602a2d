"""Aggregate tables, recomputed per publication partition from that partition's base files.

Why per partition: a document's rows all live in its publication partition, so the
aggregates of partition D depend on D's files only. A batch recomputes exactly the
partitions it touched (new rows, or a replaced document leaving), inside the same snapshot,
so aggregates and base tables never disagree. Counts add up across partitions, including
`documents` (a document is in one partition only): sum them grouped by any column.

    mentions_per_day   mentions per day they point at (UTC day for clock times), source, lang, type
    mentions_per_hour  clock-time mentions with a known instant, per UTC hour, source, lang
    timeline           mentions per resolved date and its distance in days from publication
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pyarrow as pa

from wiretime.lake import schema

_COUNTS = (pl.len().cast(pl.Int64).alias("mentions"), pl.col("doc_id").n_unique().cast(pl.Int64).alias("documents"))


def _mentions(snapshot: Path, partition: str) -> pl.DataFrame | None:
    """The partition's mentions joined with their document's source and language."""
    def files(table: str) -> list[Path]:
        return sorted((snapshot / table / f"{schema.PARTITION}={partition}").glob("*.parquet"))

    mention_files, document_files = files("time_mentions"), files("documents")
    if not mention_files or not document_files:
        return None
    mentions = pl.scan_parquet(mention_files).select("doc_id", "type", "resolved_date", "utc")
    documents = pl.scan_parquet(document_files).select("doc_id", "source", "lang")
    return mentions.join(documents, on="doc_id", how="inner").collect()


def compute(snapshot: Path, partition: str) -> dict[str, pa.Table]:
    """Every aggregate table's rows for one partition (empty tables when it has no mention)."""
    joined = _mentions(snapshot, partition)
    if joined is None or joined.height == 0:
        return {name: s.empty_table() for name, s in schema.AGGREGATES.items()}
    published = date.fromisoformat(partition)
    dated = joined.filter(pl.col("resolved_date").is_not_null())
    frames = {
        "mentions_per_day": dated.group_by(pl.col("resolved_date").alias("day"), "source", "lang", "type")
        .agg(*_COUNTS),
        "mentions_per_hour": joined.filter(pl.col("utc").is_not_null())
        .group_by(pl.col("utc").dt.truncate("1h").alias("hour"), "source", "lang").agg(*_COUNTS),
        "timeline": dated.with_columns(
            (pl.col("resolved_date") - pl.lit(published)).dt.total_days().cast(pl.Int32).alias("days_from_published"))
        .group_by("resolved_date", "days_from_published", "source", "lang", "type").agg(*_COUNTS),
    }
    out = {}
    for name, target in schema.AGGREGATES.items():
        frame = frames[name]
        out[name] = frame.select(target.names).sort(target.names).to_arrow().cast(target)
    return out
