"""The zone columns reach the lake: the seed's clock times, its publication time, and the
daily aggregate's local and UTC days (Prefect-free driver: the same stage functions)."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime

import polars as pl

from tests.conftest import SEEDS
from wiretime import driver


def _scan(root, table):
    return pl.scan_parquet(root / table / "**" / "*.parquet", hive_partitioning=True).collect()


def test_seed_rows_carry_the_zone_columns(tmp_path):
    landing, root = tmp_path / "landing", tmp_path / "lake"
    shutil.copytree(SEEDS, landing)
    driver.run(landing, root)
    clock = _scan(root, "time_mentions").filter(pl.col("local").is_not_null()).sort("mention_index")
    rows = clock.select("text", "tz", "tz_source", "paired_with", "conflict", "tz_flag", "local_date",
                        "utc_date").rows()
    local_index = clock["mention_index"][1]
    assert rows[0][1:] == ("Asia/Almaty", "paired", local_index, None, None, date(2017, 1, 24), date(2017, 1, 24))
    assert rows[1][1:3] == ("UTC", "explicit") and rows[1][0] == "0800 بتوقيت غرينتش"
    assert clock["utc"].dt.replace_time_zone(None).to_list() == [datetime(2017, 1, 24, 8)] * 2
    doc = _scan(root, "documents").row(0, named=True)
    assert (doc["published_tz"], doc["published_at"], doc["published_local_date"]) == ("Asia/Almaty", None,
                                                                                      date(2017, 1, 24))
    per_day = _scan(root, "mentions_per_day") if (root / "mentions_per_day").is_dir() else None
    assert per_day is not None and {"local_day", "utc_day"} <= set(per_day.columns)
    assert per_day.filter(pl.col("utc_day").is_not_null())["mentions"].sum() == 2


def test_published_at_is_local_with_its_offset(tmp_path):
    landing, root = tmp_path / "landing", tmp_path / "lake"
    landing.mkdir()
    article = {"id": "late", "lang": "en", "published": "2024-02-29T23:30:00Z", "text":
               "ALMATY (Reuters) - Talks ended at 4 a.m. local time. The ministry said today they would resume."}
    (landing / "late.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    driver.run(landing, root)
    doc = _scan(root, "documents").row(0, named=True)
    assert (doc["published_tz"], doc["published_at"]) == ("Asia/Almaty", "2024-03-01T04:30:00+05:00")
    assert doc["published_local_date"] == date(2024, 3, 1) and str(doc["published_date"]) == "2024-02-29"
    mentions = _scan(root, "time_mentions").sort("mention_index")
    clock, today = mentions.row(0, named=True), mentions.row(1, named=True)
    assert today["value"] == "2024-03-01" and today["local_date"] == date(2024, 3, 1)
    assert (clock["local_date"], clock["utc_date"], clock["tz_source"]) == (date(2024, 3, 1), date(2024, 2, 29),
                                                                            "place")


def test_a_naive_publication_time_is_wall_time_at_the_dateline(tmp_path):
    landing, root = tmp_path / "landing", tmp_path / "lake"
    landing.mkdir()
    article = {"id": "naive", "lang": "ar", "published": "2024-03-01T03:00:00",
               "text": "أستانة (رويترز) - انتهت المحادثات الساعة الثانية فجرا."}
    (landing / "naive.jsonl").write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    driver.run(landing, root)
    doc = _scan(root, "documents").row(0, named=True)
    assert doc["published_at"] == "2024-03-01T03:00:00+05:00"
    assert doc["published_at_utc"].replace(tzinfo=None) == datetime(2024, 2, 29, 22)
    assert str(doc["published_date"]) == "2024-02-29" and doc["published_local_date"] == date(2024, 3, 1)
