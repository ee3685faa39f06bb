"""The site's clock: small jobs each app asks to have run every few seconds or every hour.

Apps register their jobs when they load (in their AppConfig.ready); `manage.py jobs` runs
them, beside the application server and the task worker. A job must be quick and safe to run
twice at once: it finds what is owed in the database and hands the slow part to the task
queue.
"""

import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    function: object
    every: float  # seconds; 0 means every round of the clock
    report: str  # what the job's result counts, for the clock's output


_jobs = {}


def register(name, function, *, every=0, report=""):
    _jobs[name] = Job(name, function, every, report)


def registered():
    return list(_jobs.values())
