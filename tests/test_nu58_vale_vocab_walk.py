"""nu58 #2: under a `.vale.ini` whose section names `.txt` files (`[*]`, or
the `[*.{md,txt}]` the README's Vale section suggests), `newslint check .`
walked into the StylesPath and linted the Vocab's word lists
(`styles/config/vocabularies/Desk/accept.txt`, `reject.txt`) as articles:
`titles.missing-headline`, an error, on `accept.txt`, so a repo with clean
copy exited 1, and the pre-commit hook failed any commit that staged the list.
They are the run's own settings (`-o` into the StylesPath is refused for that
reason), not copy."""
from __future__ import annotations

import json

import pytest
from vale_helpers import vale_project

RULE = "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens: [reportedly]\n"
STORY = ("---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\n"
         "The council approved the budget on Tuesday, the mayor said.\n")


def project(tmp_path, section):
    vocab = "styles/config/vocabularies/Desk"
    return vale_project(tmp_path, f"StylesPath = styles\nVocab = Desk\n[{section}]\nBasedOnStyles = Desk, newslint\n",
                        {"Desk/Hedges": RULE}, {"content/story.md": STORY},
                        {f"{vocab}/accept.txt": "Lakeshore\nNewsML\n", f"{vocab}/reject.txt": "utilise\n"})


@pytest.mark.parametrize("section", ["*", "*.{md,txt}"])
def test_a_folder_walk_leaves_the_vocab_lists_unlinted(run_cli, tmp_path, section):
    root = project(tmp_path, section)
    res = run_cli("check", "--no-cache", "--format", "json", ".", cwd=root)
    paths = sorted({f["path"] for f in json.loads(res.stdout)})
    assert [p for p in paths if "vocabularies" in p] == []
    assert res.exit_code == 0, res.stdout


@pytest.mark.parametrize("section", ["*", "*.{md,txt}"])
def test_control_the_story_itself_is_linted_clean(run_cli, tmp_path, section):
    root = project(tmp_path, section)
    res = run_cli("check", "--no-cache", "--format", "json", "content/story.md", cwd=root)
    assert (res.exit_code, json.loads(res.stdout)) == (0, [])
