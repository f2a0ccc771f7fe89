"""The README's "Dating an archive." route, as the tests that run it read it
(fx511, qa376), written once: the section, its ```python and ```yaml
snippets, and a run of the Python snippet in a story folder. The tests run
the README's own text, so a change to the documented route is tested as
written.

`dating_section()`: README.md from "**Dating an archive.**" to its end.
`snippet(section, lang)`: the first ```lang block's body in it
(AttributeError where there is none). `run_snippet(code, folder)`: runs
`code` with `folder` as the working directory, then goes back to the one
before, whether it raised or not."""
from __future__ import annotations

import os
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def dating_section() -> str:
    readme = README.read_text(encoding="utf-8")
    return readme[readme.index("**Dating an archive.**"):]


def snippet(section: str, lang: str) -> str:
    return re.search(rf"```{lang}\n(.*?)```", section, re.S).group(1)


def run_snippet(code: str, folder: Path) -> None:
    old = os.getcwd()
    try:
        os.chdir(folder)
        exec(compile(code, "README", "exec"), {})
    finally:
        os.chdir(old)
