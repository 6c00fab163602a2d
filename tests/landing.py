"""A small landing folder for the ops tests: the seed plus a synthetic batch.

Designed so the expected figures are known without running the pipeline: 3 article files
(.txt, .txt, .jsonl), 4 distinct documents, 2 bad inputs, 1 exact duplicate line.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import SEEDS

FILES, DOCUMENTS, QUARANTINED, DUPLICATES = 3, 4, 2, 1
#: phrases of the articles that must never show up in logs or artifacts
SECRET_PHRASES = ("Shelling stopped", "ceasefire talks in Geneva")

_WIRE_2 = {"id": "wire-2", "lang": "en", "published": "2017-02-07T08:30:00Z", "tz": "Asia/Damascus",
           "text": "Shelling stopped at 6 p.m. local time on Tuesday, residents said. "
                   "The next convoy is due next week."}
_WIRE_3 = {"id": "wire-3", "lang": "ar", "published": "2017-02-08", "place": "دمشق",
           "tz": "Asia/Damascus",
           "text": "قال مصدر إن الاجتماع سيعقد يوم الخميس المقبل "
                   "في الساعة العاشرة صباحا (0800 بتوقيت غرينتش)."}


def make_landing(root: Path) -> Path:
    """Fill `root` with the seed article and the synthetic batch; returns `root`."""
    root.mkdir(parents=True, exist_ok=True)
    for path in SEEDS.iterdir():
        shutil.copy(path, root)
    (root / "geneva.txt").write_text(
        "The ceasefire talks in Geneva will resume at 10 a.m. (0900 GMT) on Thursday, the UN said on Monday.",
        encoding="utf-8")
    meta = {"lang": "en", "published": "2017-02-06", "place": "Geneva", "tz": "Europe/Zurich"}
    (root / "geneva.json").write_text(json.dumps(meta))
    lines = [json.dumps(_WIRE_2), "{not json", json.dumps(_WIRE_3, ensure_ascii=False), json.dumps(_WIRE_2),
             json.dumps({"id": "wire-4", "text": "An article without a publication date."})]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root
