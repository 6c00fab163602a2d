"""The scheduled deployment of the pipeline, as `wiretime serve` serves it.

deployments/prefect.yaml declares the same deployment for `prefect deploy` and a worker.
Overlapping runs: the deployment allows one active run; a run that becomes due while the
previous one is still going is cancelled (CANCEL_NEW), not queued, because the next run
picks up whatever it left anyway. Runs started outside the deployment (`wiretime run`) can
still overlap: the lake's own lock and exactly-once commit keep the tables free of
duplicates then (README, "Overlapping runs").
"""

from __future__ import annotations

from pathlib import Path

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import RunnerDeployment
from prefect.types.entrypoint import EntrypointType

from flows.pipeline import pipeline

DEPLOYMENT_NAME = "wiretime-landing"
DEFAULT_INTERVAL_SECONDS = 300
ONE_AT_A_TIME = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)


def landing_deployment(input_dir: str, lake_dir: str, *, batch_size: int = 500,
                       interval: int | None = None, cron: str | None = None) -> RunnerDeployment:
    """The pipeline over `input_dir` into `lake_dir`, every `interval` seconds or on `cron`.

    Paths are made absolute (the runs execute in subprocesses); the flow is referenced by
    module path, so it loads wherever wiretime is installed, whatever the working directory.
    """
    if interval is not None and cron is not None:
        raise ValueError("give an interval or a cron schedule, not both")
    schedule = {"cron": cron} if cron else {"interval": interval or DEFAULT_INTERVAL_SECONDS}
    parameters = {"input_dir": str(Path(input_dir).resolve()), "lake_dir": str(Path(lake_dir).resolve()),
                  "batch_size": batch_size}
    return pipeline.to_deployment(
        name=DEPLOYMENT_NAME, parameters=parameters, concurrency_limit=ONE_AT_A_TIME,
        entrypoint_type=EntrypointType.MODULE_PATH, tags=["wiretime"],
        description="Process the new articles of the landing folder into the lake.", **schedule)
