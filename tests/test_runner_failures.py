"""lint/runner.py when the worker pool fails: no file is ever left out.

A batch the pool refuses to take (shut down, or broken by a dead worker) was
dropped: the items already taken from the batch iterator were never linted and
the run went on without them, reporting nothing. It is now linted in this
process, with every later batch. A batch a worker died with cannot be
recovered: the run ends with one line naming its files."""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from lint.runner import WorkerLost, _Shared, in_order


class RefusingPool:
    """Takes `accept` batches (run on a thread), then refuses as a shut-down pool does."""

    def __init__(self, accept: int):
        self.accept, self.threads = accept, ThreadPoolExecutor(1)

    def submit(self, fn, *args):
        if self.accept == 0:
            raise RuntimeError("cannot schedule new futures after shutdown")
        self.accept -= 1
        return self.threads.submit(fn, *args)


def _there(item: int) -> tuple[int, str]:
    return item, "worker"


def _here(item: int) -> tuple[int, str]:
    return item, "here"


@pytest.mark.parametrize("accept", [0, 1, 2, 3])
def test_a_batch_the_pool_refuses_is_linted_here_in_its_turn(accept):
    pool = RefusingPool(accept)
    try:
        got = list(_Shared(pool, _there, list(range(40)), jobs=2).results(_here))
    finally:
        pool.threads.shutdown()
    assert [item for item, _ in got] == list(range(40))
    where = [w for _, w in got]
    assert where.count("worker") > 0 if accept else "worker" not in where
    # after the first refusal nothing more is sent: the rest is all done here
    first_here = where.index("here")
    assert set(where[first_here:]) == {"here"}


def _die_on_f2(item: str) -> str:
    if item == "f2.md":
        os._exit(9)            # as the OOM killer or a crash in a C extension would end it
    return item


def test_a_worker_that_dies_names_the_files_it_had():
    items = [f"f{k}.md" for k in range(40)]
    with pytest.raises(WorkerLost) as caught:
        list(in_order(_die_on_f2, str, items, jobs=2))
    # the worker's first batch is the first five items (see `guided`)
    assert caught.value.items == items[:5]
    assert "while linting f0.md, f1.md, f2.md, f3.md, f4.md; run again" in str(caught.value)


def test_a_long_batch_is_named_by_its_first_files():
    # `--fix` batches hold (path, config) pairs: the path names each
    message = str(WorkerLost([(f"a{k}.md", None) for k in range(7)]))
    assert "while linting a0.md, a1.md, a2.md, a3.md, a4.md and 2 more;" in message
