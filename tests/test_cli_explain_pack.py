"""`newslint explain PACK` (qa48 #12): a pack's examples are run as one
rule's are, so CI fails on a pack with an example not as expected; a pack
name mistyped gets a did-you-mean naming the pack."""
from __future__ import annotations

import textwrap

RULE = """\
    extends: existence
    message: "house: '%s'"
    level: warning
    description: House rule against TK. A second sentence.
    tokens: [TKTK]
    examples:
      - fail: "{fail}"
      - pass: "The cost is high."
    """


def house(tmp_path, fail: str):
    rules = tmp_path / "rules"
    (rules / "house").mkdir(parents=True)
    (rules / "house" / "no-tk.yaml").write_text(textwrap.dedent(RULE.format(fail=fail)), encoding="utf-8")
    (rules / "house" / "fine.yaml").write_text(textwrap.dedent(RULE.format(fail="It is TKTK.")),
                                               encoding="utf-8")
    return rules


def test_a_pack_with_an_example_not_as_expected_exits_1(run_cli, tmp_path):
    rules = house(tmp_path, fail="The cost is high today.")        # nothing to flag: not as expected
    result = run_cli("explain", "house", "--rules", rules)
    assert result.exit_code == 1
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert rows["house.no-tk"].endswith("<-- NOT AS EXPECTED: 1 example")
    assert "NOT AS EXPECTED" not in rows["house.fine"]
    assert result.stderr == "newslint: 1 example of pack house is not as expected\n"
    one = run_cli("explain", "house.no-tk", "--rules", rules)      # as for the rule alone
    assert one.exit_code == 1


def test_a_pack_whose_examples_hold_exits_0(run_cli, tmp_path):
    result = run_cli("explain", "house", "--rules", house(tmp_path, fail="The TKTK cost."))
    assert result.exit_code == 0 and result.stderr == "" and "NOT AS EXPECTED" not in result.stdout
    assert result.stdout.splitlines()[1].endswith("House rule against TK.")    # one sentence


def test_a_mistyped_pack_gets_the_pack_suggested(run_cli):
    for typed, pack in [("dat", "dates"), ("captoins", "captions"), ("hygeine", "hygiene")]:
        result = run_cli("explain", typed)
        assert result.exit_code == 2
        assert f"no rule {typed!r} (did you mean {pack}" in result.stderr, result.stderr


def test_the_bundled_packs_examples_hold(run_cli):
    for pack in ("dates", "captions", "hygiene"):
        result = run_cli("explain", pack)
        assert result.exit_code == 0 and "NOT AS EXPECTED" not in result.stdout, pack
