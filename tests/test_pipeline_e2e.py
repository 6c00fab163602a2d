"""The whole flow on the sample article, into a temporary lake: the foundation's promises."""

from __future__ import annotations

import shutil

import duckdb
import polars as pl
import pyarrow.dataset as ds
import pytest

from tests.conftest import SEEDS

TABLES = ("documents", "sentences", "time_mentions")


@pytest.fixture(scope="module")
def lake(tmp_path_factory, prefect_harness):
    from flows.pipeline import pipeline

    root = tmp_path_factory.mktemp("lake")
    landing = tmp_path_factory.mktemp("landing")
    for path in SEEDS.iterdir():
        shutil.copy(path, landing)
    first = pipeline(input_dir=str(landing), lake_dir=str(root))
    second = pipeline(input_dir=str(landing), lake_dir=str(root))
    return root, first, second


def _mentions(root) -> pl.DataFrame:
    return pl.scan_parquet(root / "time_mentions" / "**" / "*.parquet", hive_partitioning=True).collect()


def test_seed_mentions_exactly(lake):
    root, first, _ = lake
    rows = {r["text"]: r for r in _mentions(root).to_dicts()}
    assert rows["الثلاثاء"]["type"] == "DATE" and rows["الثلاثاء"]["value"] == "2017-01-24"
    local = rows["نحو الساعة الثانية بعد الظهر"]  # "about": mod APPROX, in the span (TimeML)
    assert local["type"] == "TIME" and local["value"] == "2017-01-24T14:00"
    assert local["local"].isoformat() == "2017-01-24T14:00:00"
    assert local["tz"] == "Asia/Almaty" and local["tz_source"] == "paired"
    assert local["utc"].isoformat() == "2017-01-24T08:00:00+00:00"
    gmt = rows["0800 بتوقيت غرينتش"]
    assert gmt["type"] == "TIME" and gmt["tz_source"] == "explicit"
    assert gmt["utc"].isoformat() == "2017-01-24T08:00:00+00:00"
    assert local["paired_with"] == gmt["mention_index"]
    assert rows["الشهر المقبل"]["value"] == "2017-02"
    end = rows["نهاية اليوم"]
    assert end["type"] == "DATE" and end["value"] == "2017-01-24" and end["mod"] == "END"
    assert first["documents"] == 1 and first["mentions"] == len(rows) + 1  # الثلاثاء twice


def test_rerun_adds_no_rows(lake):
    root, first, second = lake
    assert second["documents"] == 0 and second["files"] == 0  # the unchanged file is not even re-read
    counts = {t: pl.scan_parquet(root / t / "**" / "*.parquet").select(pl.len()).collect().item()
              for t in TABLES}
    assert counts == {"documents": 1, "sentences": first["sentences"], "time_mentions": first["mentions"]}


def test_readable_without_our_code(lake):
    root, first, _ = lake
    for table in TABLES:
        pattern = str(root / table / "**" / "*.parquet")
        query = f"SELECT count(*) FROM read_parquet('{pattern}', hive_partitioning=true)"
        via_duckdb = duckdb.sql(query).fetchall()[0][0]
        via_arrow = ds.dataset(root / table, format="parquet", partitioning="hive").count_rows()
        assert via_duckdb == via_arrow > 0
    day = duckdb.sql(f"SELECT DISTINCT published_date FROM read_parquet('{root}/documents/**/*.parquet', "
                     "hive_partitioning=true)").fetchall()[0][0]
    assert day.isoformat() == "2017-01-24"
    per_day = pl.read_parquet(root / "mentions_per_day", hive_partitioning=True)
    day_grain = _mentions(root).filter(pl.col("resolved_date").is_not_null()).height
    assert per_day["mentions"].sum() == day_grain == first["mentions"] - 1  # all but "next month"
