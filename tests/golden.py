"""How golden output is produced, shared by the test and the update script."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_SUFFIXES = {".md", ".markdown", ".html", ".htm", ".txt"}


def expected_path(article: Path) -> Path:
    return article.with_name(article.name + ".expected")


def golden_output(article: Path) -> str:
    """`newslint check --no-color FILE` run from the repo root, plus its exit code."""
    proc = subprocess.run(
        [sys.executable, "-m", "lint", "check", "--no-color", str(article.relative_to(ROOT))],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
        timeout=120)
    return f"{proc.stdout}{proc.stderr}exit: {proc.returncode}\n"


SAMPLE = "fixtures/sample/wire-story.txt"


def readme_example_output() -> str:
    """What the README's quick-start command prints for the bundled sample."""
    proc = subprocess.run([sys.executable, "-m", "lint", "check", "--no-color", SAMPLE], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
                          timeout=120)
    return proc.stdout


def readme_with_example(text: str) -> str:
    """README text with its example-output block replaced by what the command prints now."""
    start = text.index("```text\n", text.index("<!-- example-output:")) + len("```text\n")
    end = text.index("```", start)
    return text[:start] + readme_example_output() + text[end:]
