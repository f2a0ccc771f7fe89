"""fx554: a --resume refused because the partitioning changed says the
--partition-size then and now, as --select's refusal does (nu73 #6)."""
from __future__ import annotations

from lint.audit.inputs import partitioning

SAID = "the partitioning changed since that audit"


def test_a_size_changed_is_said_then_and_now_with_the_one_to_resume_with():
    assert partitioning({"partition_size": 2}, {"partition_size": 1000}) == (
        f"{SAID} (--partition-size then: 2; now: 1000; resume with --partition-size 2)")


def test_guard_a_plan_that_kept_no_size_or_the_same_one_is_said_alone():
    assert partitioning({}, {"partition_size": 1000}) == SAID             # an older newslint's plan
    assert partitioning({"partition_size": "2"}, {"partition_size": 1000}) == SAID   # not its own
    assert partitioning({"partition_size": 5}, {"partition_size": 5}) == SAID   # cut otherwise
