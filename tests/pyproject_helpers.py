"""What the pyproject.toml reviews (qa390, qa400) and fx544 share, written once.

`run_with_pyproject(tmp_path, text)`: writes `text` as pyproject.toml beside a
story holding a TK and runs `check story.txt` there. `refused_at(done, where)`:
the run refused the file in one line at `where` ("pyproject.toml:3:1:"), exit 2.
`ran(done)`: the run went on with the defaults (the TK found, exit 1) and said
nothing of the pyproject. `tomllib_entries(monkeypatch, text)`: (names_table's
answer on `text`, how many times it called tomllib.loads), the cost measure of
qa400 #4 and fx544 (a count, never a time). Synthetic input only."""
from __future__ import annotations

import lint.toml_pieces as toml_pieces
from conftest import run_check
from lint.toml_pieces import names_table

STORY = "Officials said it TK.\n"


def run_with_pyproject(tmp_path, text: str):
    (tmp_path / "pyproject.toml").write_bytes(text.encode("utf-8"))
    (tmp_path / "story.txt").write_text(STORY)
    return run_check(tmp_path, "story.txt")


def refused_at(done, where: str) -> bool:
    return (done.returncode == 2 and where in done.stderr and "invalid TOML" in done.stderr
            and len(done.stderr.strip().splitlines()) == 1)


def ran(done) -> bool:
    return done.returncode == 1 and "hygiene.placeholder" in done.stdout and "pyproject.toml" not in done.stderr


def tomllib_entries(monkeypatch, text: str) -> tuple[bool, int]:
    calls = []
    real = toml_pieces.tomllib

    class Counting:
        TOMLDecodeError = real.TOMLDecodeError

        @staticmethod
        def loads(s):
            calls.append(len(s))
            return real.loads(s)

    monkeypatch.setattr(toml_pieces, "tomllib", Counting)
    return names_table(text), len(calls)
