"""The benchmark harness runs end to end on a few articles (no Prefect, no rival library)
and prints every table; nothing here is timed or compared with a goal."""

from __future__ import annotations

import json

from benchmarks.__main__ import main


def test_quick_run_prints_every_table(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert main(["--quick", "--eval-dir", str(tmp_path / "no-kit"), "--work", str(tmp_path / "work"),
                 "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    for line in ("== time tagging", "wire_ar      wiretime ", "wire_en      wiretime+zones",
                 "== end to end", "driver   yes", "seconds per stage", "== goals", "peak memory < 1 GB"):
        assert line in printed, line
    figures = json.loads(out.read_text())
    run = figures["e2e"]["rows"][0]
    assert run["ok"] and run["articles"] == 20 and run["sentences"] > 20 and run["mentions"] > 0
    assert set(run["stage_s"]) >= {"ingest", "split-sentences", "tag-times", "write-lake", "total"}
    assert run["peak_tree_mb"] >= run["peak_tree_pss_mb"] > 0
