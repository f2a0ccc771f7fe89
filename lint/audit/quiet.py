"""A worker preload for `newslint audit`'s local cluster (distributed's
`preload`: a module whose `dask_setup(worker)` runs in each worker process as
it starts, before it connects).

A terminal's Ctrl-C signals its whole process group, and the local cluster's
worker processes are in it: each raised KeyboardInterrupt out of its event
loop and printed a traceback before the command's one line. The command
handles the interrupt itself (it cancels the futures and closes the cluster,
which stops the workers), so the workers ignore SIGINT. Workers on a
`--scheduler` are started elsewhere and keep their own handling.

The local scheduler lives in the command's process and goes only when the
command closes it, so a worker's heartbeat that finds it gone (an OSError,
which the worker logs with its traceback and outlives) is the shutdown racing
the heartbeat, not a fault to show: that one record is dropped.
"""
from __future__ import annotations

import logging
import signal
import threading


def dask_setup(worker) -> None:
    """Ignore SIGINT in this worker process (its main thread runs the worker)
    and leave out the heartbeat's record of a scheduler already closed."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.getLogger("distributed.worker").addFilter(_closed_scheduler)


def _closed_scheduler(record: logging.LogRecord) -> bool:
    """False (drop) for the heartbeat's OSError: the scheduler has closed."""
    exc = record.exc_info[1] if record.exc_info else None
    return not (record.funcName == "heartbeat" and isinstance(exc, OSError))
