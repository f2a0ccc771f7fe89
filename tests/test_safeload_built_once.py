"""`load_yaml` builds each scalar of a rule file or config once: the value
`measure` builds to judge it (`!!int abc` is refused there) is the one the
document holds, not built again by the construction."""
from __future__ import annotations

import datetime

import pytest
import yaml

from lint.safeload import LoadError, load_yaml

INT, STAMP = "tag:yaml.org,2002:int", "tag:yaml.org,2002:timestamp"
TEXT = "limit: 3\nlist: [1, &two 2, *two]\nwhen: 2024-01-02\nat: 2024-01-02 10:30:00\nname: x\n"


@pytest.fixture
def builds(monkeypatch):
    """Tag -> how many times its constructor ran (from the safe loader's
    table, which the judging constructor shares, or called by name, as a
    date is judged)."""
    counts = {INT: 0, STAMP: 0}
    table = yaml.SafeLoader.yaml_constructors
    for tag in counts:
        def counted(self, node, make=table[tag], tag=tag):
            counts[tag] += 1
            return make(self, node)
        monkeypatch.setitem(table, tag, counted)
    monkeypatch.setattr(yaml.constructor.SafeConstructor, "construct_yaml_timestamp", table[STAMP])
    return counts


def test_each_scalar_is_built_once(builds):
    load_yaml(TEXT)
    assert builds == {INT: 3, STAMP: 2}       # 1, 2 (its alias is the same node), 3; two stamps


def test_the_values_are_those_pyyaml_builds():
    # the nearest case: what the document holds is unchanged, an alias's value the same object
    data = load_yaml(TEXT)
    assert data == yaml.safe_load(TEXT)
    assert data["when"] == datetime.date(2024, 1, 2) and data["list"][1] is data["list"][2]


def test_a_refused_scalar_is_still_refused(builds):
    with pytest.raises(LoadError, match="'abc' is not a whole number"):
        load_yaml("a: 1\nb: !!int abc\n")
