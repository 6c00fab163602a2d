"""Reading the lake from our own code (report, timeline): the tables as readers see them."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from wiretime.lake import schema
from wiretime.lake.aggregate import path as aggregate_path
from wiretime.lake.schema import PARTITION


def table_files(root: Path, table: str) -> list[Path]:
    """The Parquet files of a table."""
    if table in schema.AGGREGATES:
        file = aggregate_path(root, table)
        return [file] if file.exists() else []
    return sorted((root / table).glob(f"{PARTITION}=*/*.parquet"))


def scan(root: Path, table: str) -> pl.LazyFrame | None:
    """A lazy scan of a table (base tables with their partition column); None while empty."""
    found = table_files(root, table)
    if not found:
        return None
    if table in schema.AGGREGATES:
        return pl.scan_parquet(found[0])
    return pl.scan_parquet(root / table, hive_partitioning=True)
