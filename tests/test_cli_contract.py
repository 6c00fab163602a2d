"""`wiretime split` and `wiretime tag` speak the evaluation kit's JSONL contract."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(args: list[str], lines: list[str]) -> tuple[list[dict], str]:
    proc = subprocess.run([sys.executable, "-m", "wiretime", *args], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=60, check=True)
    return [json.loads(x) for x in proc.stdout.splitlines()], proc.stderr


def test_tag_gmt_mention():
    line = json.dumps({"id": "s", "text": "تنتهي الساعة الثانية بعد الظهر (0800 بتوقيت غرينتش)",
                       "reference": "2017-01-24"}, ensure_ascii=False)
    [out], _ = _run(["tag", "--lang", "ar"], [line])
    gmt = [m for m in out["mentions"] if m["text"] == "0800 بتوقيت غرينتش"]
    assert out["id"] == "s" and gmt[0]["utc"] == "2017-01-24T08:00Z" and gmt[0]["tz_source"] == "explicit"
    assert {"start", "end", "text", "type", "value"} <= set(gmt[0])


def test_tag_uses_given_zone_and_prefer():
    line = json.dumps({"id": "d", "text": "tuesday at 3pm", "reference": "2013-02-12T04:30:00-02:00",
                       "tz": "Etc/GMT+2"})
    [out], _ = _run(["tag", "--lang", "en", "--prefer", "future"], [line])
    values = [(m["value"], m.get("utc")) for m in out["mentions"]]
    assert ("2013-02-19T15:00", "2013-02-19T17:00Z") in values


def test_split_offsets_and_bad_lines():
    lines = [json.dumps({"id": "a", "text": "One. Two."}), "not json", json.dumps({"text": "no id"}),
             json.dumps({"id": "b", "text": 5})]
    outs, err = _run(["split", "--lang", "en"], lines)
    assert outs[0] == {"id": "a", "sentences": [[0, 4], [5, 9]]}
    assert outs[1]["id"] == "b" and "error" in outs[1]
    assert "line 2" in err and "line 3" in err
