"""Explicit schemas with a recorded version; adding a column never breaks reading old partitions."""

from __future__ import annotations

import json
import shutil

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from tests.test_lake_versions import T1, T2, commit, doc
from wiretime.lake import schema
from wiretime.lake.state import State

NEW = pa.field("published_local_day", pa.date32())


def test_files_carry_the_explicit_schema_and_its_version(tmp_path):
    commit(tmp_path, doc())
    for table, target in schema.tables().items():
        [path] = (tmp_path / table).rglob("*.parquet")
        found = pq.read_schema(path)
        assert found.remove_metadata().equals(target), table
        assert found.metadata[b"wiretime.schema_version"] == str(schema.SCHEMA_VERSION).encode()
    described = json.loads((tmp_path / "_lake.json").read_text())
    assert described["schema_version"] == schema.SCHEMA_VERSION
    assert described["tables"]["documents"][0] == ["doc_id", "string"]
    with State(tmp_path) as state:
        assert state.meta("schema_version") == str(schema.SCHEMA_VERSION)


@pytest.fixture
def evolved(tmp_path, monkeypatch):
    """A lake written under the current schema, then one more batch after a column was added."""
    root = tmp_path / "lake"
    commit(root, doc(published="2017-01-23"))
    before = tmp_path / "before"
    shutil.copytree(root / "documents", before)  # a copy made before the upgrade: old files
    extended = schema.DOCUMENTS.append(NEW)
    monkeypatch.setitem(schema.BASE, "documents", extended)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    commit(root, doc("new", T2, published="2017-01-25"))
    return root, before, extended


def test_adding_a_column_upgrades_old_files_so_plain_readers_just_work(evolved):
    root, _, extended = evolved
    for path in (root / "documents").rglob("*.parquet"):
        assert pq.read_schema(path).remove_metadata().equals(extended)
    via_polars = pl.scan_parquet(root / "documents" / "**" / "*.parquet", hive_partitioning=True).collect()
    assert via_polars.sort("doc_id").select("doc_id", NEW.name).rows() == [("d", None), ("new", None)]
    pattern = f"{root}/documents/**/*.parquet"
    query = f"SELECT doc_id, {NEW.name}, text FROM read_parquet('{pattern}', hive_partitioning=true)"
    via_duckdb = duckdb.sql(query + " ORDER BY doc_id").fetchall()
    assert via_duckdb == [("d", None, T1), ("new", None, T2)]
    via_arrow = ds.dataset(root / "documents", format="parquet", partitioning="hive").to_table()
    assert via_arrow.num_rows == 2 and NEW.name in via_arrow.column_names
    assert json.loads((root / "_lake.json").read_text())["schema_version"] == schema.SCHEMA_VERSION


def test_old_partitions_beside_new_ones_read_with_schema_merging_options(evolved):
    """A copy of old files mixed with new ones (what a lake copied mid-upgrade would hold)."""
    root, before, extended = evolved
    mixed = before.parent / "mixed"
    shutil.copytree(before, mixed)
    shutil.copytree(root / "documents" / "published_date=2017-01-25", mixed / "published_date=2017-01-25")
    polars_schema = pl.Schema(pl.from_arrow(extended.empty_table()).schema)
    via_polars = pl.scan_parquet(mixed, hive_partitioning=True, schema=polars_schema,
                                 missing_columns="insert").collect()
    assert via_polars.height == 2 and via_polars[NEW.name].null_count() == 2
    via_duckdb = duckdb.sql(f"SELECT count(*), count({NEW.name}) FROM read_parquet('{mixed}/**/*.parquet', "
                            "hive_partitioning=true, union_by_name=true)").fetchall()
    assert via_duckdb == [(2, 0)]
    via_arrow = ds.dataset(mixed, format="parquet", partitioning="hive", schema=extended).to_table()
    assert via_arrow.num_rows == 2 and via_arrow.column(NEW.name).null_count == 2


def test_a_column_removed_from_the_schema_is_refused_not_dropped(tmp_path, monkeypatch):
    commit(tmp_path, doc())
    without_url = schema.DOCUMENTS.remove(schema.DOCUMENTS.get_field_index("url"))
    monkeypatch.setitem(schema.BASE, "documents", without_url)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(Exception, match="url"):
        commit(tmp_path, doc("e", T2))
    monkeypatch.undo()
    assert pl.read_parquet(tmp_path / "documents" / "**" / "*.parquet")["url"].to_list() == [None]
