"""Peak resident memory of a whole process tree, sampled while it runs.

Why sampling: the kernel's own peak (`getrusage(RUSAGE_CHILDREN).ru_maxrss`) is the peak of
the single largest waited-for descendant, not of the tree at one moment. A pipeline run is
a tree: the Prefect temporary server (uvicorn), Dask's nannies and workers. What a machine
must hold is their sum, so a thread polls the tree (psutil, every `interval` seconds) and
keeps the largest sum of RSS seen. RSS counts shared pages in every process that maps them,
so the sum is an upper bound; a spike shorter than the interval can be missed, which is
why the largest single process's kernel peak is reported beside it.
"""

from __future__ import annotations

import threading

import psutil


class TreePeak:
    """Polls the RSS of `pid` and all its descendants until `stop()`; `peak` is in bytes."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.peak_processes: list[tuple[str, int]] = []  # (what, RSS bytes) at the peak
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def sample(self) -> int:
        """The tree's RSS sum now (processes that vanish mid-sample are left out)."""
        try:
            tree = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return 0
        total, alive = 0, []
        for proc in tree:
            try:
                rss = proc.memory_info().rss
                alive.append((_role(proc), rss))
                total += rss
            except psutil.Error:
                continue
        if total > self.peak:
            self.peak, self.peak_processes = total, alive
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def breakdown(self) -> str:
        """The processes at the peak: "role MB, role MB, ..." (largest first)."""
        ordered = sorted(self.peak_processes, key=lambda p: -p[1])
        return ", ".join(f"{role} {rss / 2**20:.0f}" for role, rss in ordered)

    def stop(self) -> int:
        """Stop polling; the peak in bytes."""
        self._stop.set()
        self._thread.join()
        return self.peak


def _role(proc: psutil.Process) -> str:
    """A short name for what a process of a pipeline run is."""
    try:
        line = " ".join(proc.cmdline())
    except psutil.Error:
        return "?"
    for needle, role in (("uvicorn", "prefect-server"), ("prefect.server", "prefect-server"),
                         ("multiprocessing.spawn", "spawned"), ("multiprocessing.forkserver", "spawned"),
                         ("wiretime.driver", "driver"), ("wiretime run", "flow"), ("bin/wiretime", "flow")):
        if needle in line:
            return role
    return proc.name()
