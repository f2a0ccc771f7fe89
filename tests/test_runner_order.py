"""lint/runner.py's `in_order`: results in the order given, whichever
process made them; with `first_here` the first item is done in this process
before the workers fork (what it loads on first use is then shared)."""
from __future__ import annotations

import os
import time
from functools import partial

import pytest

from lint.runner import FIRST_HERE_MAX, _small, guided, in_order


def _where(item: int) -> tuple[int, int]:
    return item, os.getpid()


_STATE: dict = {}


def _seen(item: int) -> tuple[int, int, bool]:
    """The item, the process, and whether that process had loaded the state."""
    return item, os.getpid(), _STATE.get("loaded", False)


def _load_then_seen(item: int) -> tuple[int, int, bool]:
    _STATE["loaded"] = True          # what a first file loads on first use (word lists)
    return _seen(item)


@pytest.mark.parametrize("first_here", [True, False])
def test_the_first_item_done_here_before_the_fork_is_shared_with_the_workers(first_here):
    _STATE.clear()
    seen: list[tuple[int, int]] = []
    got = list(in_order(_seen, _load_then_seen, list(range(40)), jobs=2, first_here=first_here,
                        progress=lambda done, total: seen.append((done, total))))
    _STATE.clear()
    assert [item for item, _, _ in got] == list(range(40))
    assert seen == [(k, 40) for k in range(1, 41)]
    in_workers = [loaded for _, pid, loaded in got if pid != os.getpid()]
    assert in_workers and all(loaded is first_here for loaded in in_workers)
    assert got[0][1] == os.getpid() if first_here else got[0][1] != os.getpid()


def test_only_an_article_sized_first_file_is_linted_before_the_fork(tmp_path):
    small, big = tmp_path / "a.txt", tmp_path / "b.xml"
    small.write_bytes(b"x" * FIRST_HERE_MAX)
    big.write_bytes(b"x" * (FIRST_HERE_MAX + 1))
    assert _small(str(small)) and not _small(str(big))
    assert not _small(str(tmp_path / "missing.txt"))


def test_batches_shrink_to_single_items_and_keep_the_order():
    for n, jobs in ((199, 2), (2000, 2), (5, 4), (1, 2)):
        batches = list(guided(list(range(n)), jobs))
        assert [i for b in batches for i in b] == list(range(n))
        sizes = [len(b) for b in batches]
        assert sizes == sorted(sizes, reverse=True) and max(sizes) <= 64 and sizes[-1] == 1
    assert [len(b) for b in guided(list(range(199)), 2)][:3] == [24, 21, 19]
    assert list(guided([], 2)) == []


def test_the_items_are_shared_between_this_process_and_the_workers_in_order():
    got = list(in_order(_where, _where, list(range(40)), jobs=2, first_here=True))
    assert [item for item, _ in got] == list(range(40))
    pids = [pid for _, pid in got]
    assert pids[0] == os.getpid() and len(set(pids)) == 2     # here, and one worker (jobs - 1)
    assert pids.count(os.getpid()) > 1                         # not only the first item
    assert [item for item, _ in in_order(_where, _where, [5, 6], jobs=3)] == [5, 6]


def _log_and_echo(folder: str, item: int) -> tuple[int, int]:
    with open(os.path.join(folder, f"{item}.done"), "w"):
        pass
    return item, os.getpid()


def test_a_long_item_here_never_leaves_the_workers_idle(tmp_path):
    """The parent blocks on its first batch until the worker has done 20 items:
    the worker must be fed while the parent is busy (two batches ahead is only 8)."""
    folder = str(tmp_path)
    waited = []

    def slow_here(item):
        if not waited:
            waited.append(item)
            deadline = time.monotonic() + 60
            while len(os.listdir(folder)) < 20 and time.monotonic() < deadline:
                time.sleep(0.01)
            waited.append(len(os.listdir(folder)))
        return item, os.getpid()

    got = list(in_order(partial(_log_and_echo, folder), slow_here, list(range(40)), jobs=2))
    assert [item for item, _ in got] == list(range(40))
    assert waited[1] >= 20


def test_no_more_workers_than_items():
    # --jobs 1000 on three files forked 999 workers (a pool forks all at once): 4 s, not 0.3.
    import multiprocessing
    alive = [len(multiprocessing.active_children())
             for _ in in_order(_where, _where, [1, 2, 3], jobs=50)]
    assert 0 < max(alive) <= 2                                  # this process is the third
