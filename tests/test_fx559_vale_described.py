"""fx559: a Vale style rule with no `description:` is described in the
reports by its message with Go's verbs as '…', and SARIF's help points to
`newslint explain` without promising examples it has not (nu74 #4)."""
import json

from lint.vale.messages import blanked

WE = """extends: existence
message: "Try to avoid using first-person plural like '%s'."
level: warning
ignorecase: true
tokens:
  - we
"""


def _desk(tmp_path, extra=""):
    (tmp_path / "styles" / "House").mkdir(parents=True)
    (tmp_path / "styles" / "House" / "We.yml").write_text(WE + extra)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n[*]\nBasedOnStyles = House, newslint\n")
    (tmp_path / "a.md").write_text("# Crew\n\nWe left on Tuesday. The the boat sank.\n")


def test_blanked_verbs():
    assert blanked("Use '%s' instead of '%[2]s'; 5%% off.") == "Use '…' instead of '…'; 5% off."
    assert blanked("No verbs here.") == "No verbs here."


def test_sarif_descriptions(tmp_path, run_cli):
    _desk(tmp_path)
    res = run_cli("check", "a.md", "--format", "sarif", cwd=tmp_path)
    rules = {r["id"]: r for r in json.loads(res.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    we = rules["House.We"]
    assert we["shortDescription"]["text"] == "Try to avoid using first-person plural like '…'."
    assert "More: newslint explain House.We" in we["help"]["text"]
    assert "Examples:" not in we["help"]["text"]
    assert "Examples: newslint explain hygiene.doubled-word" in rules["hygiene.doubled-word"]["help"]["text"]


def test_own_description_kept(tmp_path, run_cli):
    _desk(tmp_path, "description: First-person plural in news copy.\n")
    out = tmp_path / "r.html"
    run_cli("check", "a.md", "--format", "html", "-o", out, cwd=tmp_path)
    table = out.read_text().split('id="by-rule"', 1)[1].split("</table>", 1)[0]
    assert "First-person plural in news copy." in table and "like '" not in table
