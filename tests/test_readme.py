"""The README's commands and example output are the ones that really run."""
from __future__ import annotations

import re

from conftest import ROOT
from golden import readme_example_output

README = (ROOT / "README.md").read_text(encoding="utf-8")


def shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.S)


def test_ci_runs_the_readme_test_command():
    test_command = next(b.strip() for b in shell_blocks() if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_quick_start_sample_exists():
    install_and_run = shell_blocks()[0].strip()
    sample = install_and_run.rsplit(" ", 1)[-1]
    assert install_and_run.startswith("python -m pip install . && newslint check ")
    assert (ROOT / sample).is_file()


def test_example_output_is_current():
    block = re.search(r"<!-- example-output:.*?-->\n```text\n(.*?)```", README, re.S)
    assert block, "README lost its example-output block"
    assert block.group(1) == readme_example_output()
