"""fx579: `quote_others.other_spans` lists its quotations in no set order; its
one caller, `quote_fixes._source_spans`, sorts them with the others, so every
quotation in other marks is held whatever the order (AP: never alter quotations)."""
from __future__ import annotations

from lint.analysis.quote_others import other_spans
from lint.config import Config
from lint.engine import active_rules
from lint.fixes import fix_bytes

SWAPS = ("extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
         "swap:\n  '\\bit is\\b': it's\n  '\\balright\\b': all right\n")


def _fix(tmp_path, text, path="a.txt"):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "words.yaml").write_text(SWAPS, encoding="utf-8")
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "rules"),))
    return fix_bytes(path, text.encode("utf-8"), config, rules=active_rules(config))


def _held(outcome):
    return sorted((d.snippet.lower(), key) for d, key in outcome.result.held.items())


def test_guard_spans_in_other_marks_out_of_order_are_all_held(tmp_path):
    # other_spans lists guillemets before a glued ‘…’ quotation that comes first: the caller sorts
    text = ("Fees\n\nShe left early.\u2018It is alright,\u2019 he said, and later "
            "\u00abit is alright\u00bb too.\n")
    spans = other_spans(text)
    assert spans != sorted(spans) and len(spans) == 2
    outcome = _fix(tmp_path, text)
    assert "It is alright,\u2019" in outcome.fixed and "\u00abit is alright\u00bb" in outcome.fixed
    assert {k for _, k in _held(outcome)} == {"quotation"} and len(_held(outcome)) == 4
