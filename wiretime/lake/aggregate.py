"""Aggregates recomputed from the lake's tables with Polars (lazy scans, no row loops)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from wiretime.lake.schema import MENTIONS_PER_DAY, PARTITION
from wiretime.lake.writer import write_atomic


def scan(root: Path, table: str) -> pl.LazyFrame | None:
    """A lazy scan of a partitioned table, or None while it has no file."""
    if not any((root / table).glob(f"{PARTITION}=*/*.parquet")):
        return None
    return pl.scan_parquet(root / table / "**" / "*.parquet", hive_partitioning=True)


def mentions_per_day(root: Path) -> pl.DataFrame:
    """Mentions per day they point at (UTC day for clock times), language and type."""
    mentions, documents = scan(root, "time_mentions"), scan(root, "documents")
    if mentions is None or documents is None:
        return pl.DataFrame(schema=pl.Schema(MENTIONS_PER_DAY))
    return (mentions.filter(pl.col("resolved_date").is_not_null())
            .join(documents.select("doc_id", "lang"), on="doc_id")
            .group_by(pl.col("resolved_date").alias("day"), "lang", "type")
            .agg(pl.len().cast(pl.Int64).alias("mentions"), pl.col("doc_id").n_unique().cast(pl.Int64).alias("documents"))
            .sort("day", "lang", "type")
            .collect())


def refresh(root: Path) -> dict[str, int]:
    """Recompute every aggregate table; returns rows per table."""
    table = mentions_per_day(root).to_arrow().cast(MENTIONS_PER_DAY)
    write_atomic(table, root / "mentions_per_day" / "part-0.parquet")
    return {"mentions_per_day": table.num_rows}
