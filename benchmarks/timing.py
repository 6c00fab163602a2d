"""The timing loop the stage benchmarks share: interleaved rounds, the best CPU time counts.

Why interleaved and the best: on a shared machine a round may be slowed by another process;
running every contender once per round and keeping each one's fastest round compares them
under the same load, and CPU time (not wall time) ignores time spent waiting for a core.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any


def best_times(contenders: dict[str, Callable[[Any], Any]], items: Sequence[Any], rounds: int,
               count: Callable[[Any], int] | None = None,
               before_each: Callable[[], None] | None = None) -> dict[str, tuple[float, int]]:
    """name -> (best CPU seconds over `rounds` interleaved rounds, what it found in `items`):
    the sum of its results, or of `count` of them (`len` for lists of spans). `before_each`
    runs, untimed, before every contender's pass (to empty what a tagger remembers)."""
    best = dict.fromkeys(contenders, float("inf"))
    found = dict.fromkeys(contenders, 0)
    for _ in range(rounds):
        for name, run in contenders.items():
            if before_each is not None:
                before_each()
            start = time.process_time()
            results = map(run, items)
            found[name] = sum(results if count is None else map(count, results))
            best[name] = min(best[name], time.process_time() - start)
    return {name: (best[name], found[name]) for name in contenders}
