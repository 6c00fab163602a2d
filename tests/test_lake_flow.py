"""The Prefect flow and the Prefect-free driver write the same lake (so what the crash tests
prove with the driver holds for the flow), and the flow commits batches in landing order."""

from __future__ import annotations

from tests.lake_corpus import EXPECTED_IDS, MAX_FILE_MB, build, contents
from wiretime import driver
from wiretime.ingest import Limits


def test_flow_and_driver_build_the_same_lake(tmp_path, prefect_harness, monkeypatch):
    from flows.pipeline import pipeline

    build(tmp_path / "landing")
    monkeypatch.setenv("WIRETIME_FSYNC", "0")
    monkeypatch.setenv("WIRETIME_MAX_FILE_MB", str(MAX_FILE_MB))
    counts = pipeline(input_dir=str(tmp_path / "landing"), lake_dir=str(tmp_path / "flow"), batch_size=4)
    driver.run(tmp_path / "landing", tmp_path / "driver", 4, Limits(max_file_bytes=int(MAX_FILE_MB * 2**20)))
    by_flow, by_driver = contents(tmp_path / "flow"), contents(tmp_path / "driver")
    assert {t for t in by_flow if by_flow[t] != by_driver[t]} == set()
    assert {row[0] for row in by_flow["state.documents"]} == EXPECTED_IDS
    assert counts["quarantined"] == 13 and counts["documents"] == len(EXPECTED_IDS) + 2  # 2 replacements
