"""Every kind of bad input is quarantined with its reason and bytes; the good input of the
same batches is ingested; `wiretime report` shows it all."""

from __future__ import annotations

import json
import sqlite3

import polars as pl
import pytest

from tests.lake_corpus import EXPECTED_IDS, MAX_FILE_MB, build
from wiretime import driver
from wiretime.ingest import REASONS, Limits
from wiretime.report import report


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    root = tmp_path_factory.mktemp("quarantine")
    expected = build(root / "landing")
    limits = Limits(max_file_bytes=int(MAX_FILE_MB * 2**20))
    summary = driver.run(root / "landing", root / "lake", batch_size=4, limits=limits)
    return root, expected, summary


def test_every_bad_input_is_quarantined_with_its_reason(lake):
    root, expected, summary = lake
    db = sqlite3.connect(root / "lake" / "_state" / "state.sqlite")
    recorded = dict(db.execute("SELECT origin, reason FROM quarantine"))
    assert recorded == expected
    assert set(expected.values()) <= set(REASONS)
    assert summary["quarantined"] == len(expected)


def test_quarantine_keeps_machine_readable_records_and_original_bytes(lake):
    root, expected, _ = lake
    folder = root / "lake" / "_quarantine"
    records = {r["origin"]: r for r in (json.loads(p.read_text()) for p in folder.glob("*.json"))}
    assert {o: r["reason"] for o, r in records.items()} == expected

    def data(origin):
        return (folder / records[origin]["data"]).read_bytes()

    landing = root / "landing"
    assert data("bad/binary.txt") == (landing / "bad" / "binary.txt").read_bytes()
    assert data("bad/lines.jsonl:6") == (landing / "bad" / "lines.jsonl").read_bytes().splitlines(True)[5]
    assert data("bad/outside.txt") == b"/etc/hostname"  # the link, never the outside file's content
    assert len(data("bad/huge.txt")) == 64 * 1024 < (landing / "bad" / "huge.txt").stat().st_size
    assert "../../x" in records["bad/lines.jsonl:6"]["detail"]


def test_good_input_of_the_same_batches_is_ingested(lake):
    root, _, _ = lake
    ids = set(pl.read_parquet(root / "lake" / "documents" / "**" / "*.parquet")["doc_id"])
    assert ids == EXPECTED_IDS


def test_report_shows_the_quarantine(lake):
    root, expected, _ = lake
    text = report(root / "lake")
    assert f"quarantined inputs: {len(expected)}" in text
    for reason in set(expected.values()):
        assert reason in text
    assert "documents" in text and str(len(EXPECTED_IDS)) in text
