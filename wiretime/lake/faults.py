"""Named points of the commit protocol where the crash tests kill the process (SIGKILL).

`point("name")` does nothing unless the environment asks for it:
  WIRETIME_KILL_AT=name:N      the process kills itself, with SIGKILL, the N-th time it
                               reaches `name` (a real kill: no cleanup, no exception, no flush);
  WIRETIME_TRACE_POINTS=FILE   every point reached is appended to FILE (one name per line),
                               so a test can list a clean run's points and choose where to kill.
Deterministic kill points reach the narrow windows (between a rename and a commit) that a
timer would almost never hit; the crash test also kills at random times for the rest.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

_hits: Counter[str] = Counter()


def point(name: str) -> None:
    """Mark that the process reached `name` (and die here if asked to)."""
    trace = os.environ.get("WIRETIME_TRACE_POINTS")
    kill = os.environ.get("WIRETIME_KILL_AT")
    if not trace and not kill:
        return
    _hits[name] += 1
    if trace:
        with open(trace, "a", encoding="utf-8") as fh:
            fh.write(name + "\n")
    if kill:
        target, _, nth = kill.partition(":")
        if target == name and _hits[name] == int(nth or 1):
            os.kill(os.getpid(), signal.SIGKILL)
