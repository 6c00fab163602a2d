"""Peak memory of a whole process tree, sampled while it runs.

Why sampling: the kernel's own peak (`getrusage(RUSAGE_CHILDREN).ru_maxrss`) is the peak of
the single largest waited-for descendant, not of the tree at one moment. A pipeline run is
a tree: the Prefect temporary server (uvicorn), Dask's nannies and workers. What a machine
must hold is their sum, so a thread polls the tree (psutil, every `interval` seconds) and
keeps the largest sums seen, of two measures:
  RSS  resident pages of each process, summed: the usual figure, but pages shared between
       processes (the code of polars, pyarrow and Python's own libraries, mapped by every
       worker) are counted once per process, so the sum is an upper bound;
  PSS  proportional set size (/proc/PID/smaps_rollup): each shared page divided among the
       processes that map it, so the sum is what the tree really holds.
A spike shorter than the interval can be missed, which is why the largest single process's
kernel peak is reported beside it.
"""

from __future__ import annotations

import threading

import psutil

MB = 2**20


class TreePeak:
    """Polls the memory of `pid` and all its descendants until `stop()`."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = self.peak_pss = 0
        self.at_peak: list[tuple[str, int, int]] = []  # (role, RSS, PSS) of each process at the RSS peak
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def sample(self) -> tuple[int, int]:
        """The tree's sums of RSS and PSS now (processes that vanish mid-sample are left out)."""
        try:
            tree = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return 0, 0
        processes = []
        for proc in tree:
            try:
                info = proc.memory_full_info()
            except psutil.Error:
                continue
            processes.append((_role(proc), info.rss, getattr(info, "pss", info.rss)))
        rss, pss = sum(p[1] for p in processes), sum(p[2] for p in processes)
        if rss > self.peak_rss:
            self.peak_rss, self.at_peak = rss, processes
        self.peak_pss = max(self.peak_pss, pss)
        return rss, pss

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def breakdown(self) -> str:
        """The processes at the RSS peak: "role RSS/PSS, ..." in MB, largest first."""
        ordered = sorted(self.at_peak, key=lambda p: -p[1])
        return ", ".join(f"{role} {rss / MB:.0f}/{pss / MB:.0f}" for role, rss, pss in ordered)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _role(proc: psutil.Process) -> str:
    """A short name for what a process of a pipeline run is."""
    try:
        line = " ".join(proc.cmdline())
    except psutil.Error:
        return "?"
    for needle, role in (("uvicorn", "prefect-server"), ("prefect.server", "prefect-server"),
                         ("multiprocessing.spawn", "spawned"), ("multiprocessing.forkserver", "spawned"),
                         ("multiprocessing.resource_tracker", "resource-tracker"),
                         ("wiretime.driver", "driver"), ("wiretime run", "flow"), ("bin/wiretime", "flow")):
        if needle in line:
            return role
    return proc.name()
