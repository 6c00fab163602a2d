"""Task runners for `wiretime run --runner dask`, and the Prefect server their workers need.

Dask worker processes run Prefect tasks and report to a Prefect API. Without a server URL
every worker would start its own temporary server (10-20 s each, against one SQLite file),
so the Dask path always runs against a real server: the one configured (PREFECT_API_URL or
the active profile), or, for a local cluster only, a temporary server started here for the
length of the run. Remote workers cannot reach a server on our loopback, so pointing at an
existing cluster (`--address`) requires a configured PREFECT_API_URL the workers share.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect_dask import DaskTaskRunner


class NeedsServer(RuntimeError):
    """The Dask runner was asked for a remote cluster without a shared Prefect server."""


def dask_runner(address: str | None, workers: int) -> DaskTaskRunner:
    """A runner on the cluster at `address`, or on a new local cluster of `workers` processes.

    The local cluster uses one thread per worker (the stages are CPU-bound Python) and a
    random dashboard port (":0"): `None` would still bind :8787, taken on a shared host.
    """
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": ":0"})


@contextmanager
def server_for_workers(remote: bool) -> Iterator[str]:
    """Yield the Prefect API URL the flow and its Dask workers report to.

    The URL is exported in the environment for the run, so that worker processes (which
    inherit it) do not fall back to temporary servers of their own.
    """
    url = get_current_settings().api.url
    if not url and remote:
        raise NeedsServer(
            "--address needs a Prefect server that the Dask workers can reach: start one "
            "(see README, 'Scale-out on Dask') and set PREFECT_API_URL here and on the workers")
    server = None
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server.start(timeout=get_current_settings().server.ephemeral.startup_timeout_seconds)
        url = server.api_url
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url
    try:
        with temporary_settings({PREFECT_API_URL: url}):
            yield url
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        if server is not None:
            _flush_to_api()
            server.stop()


def _flush_to_api() -> None:
    """Send the queued logs and events before our server stops (else exit waits on retries)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=30, at_exit=False)
