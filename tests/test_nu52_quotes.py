"""nu52 #3: a Q&A turn's bold speaker label. The sentences are ours, after
the 18f post (`2017-03-30-how-us-customs-border-protection-…md:29`) that
showed it."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config

QUOTES = Config(select=("quotes",))
ANSWER = "The term we like to use is, “Today’s philosophy is tomorrow’s common sense.”"


def found(text: str, path: str) -> list[tuple[str, int, int]]:
    return [(d.rule, d.line, d.column) for d in lint_text(text, path, config=QUOTES)]


# --- #3: a bold label that opens the turns of a Q&A names the turn's speaker --------

def _qa(label: str, other: str) -> str:
    """A Markdown Q&A: `other` asks twice, `label` answers twice (the answer with a quote first)."""
    return (f"# Bridge Q&A\n\n{other} Why did you pick the bridge plan?\n\n{label} {ANSWER}\n\n"
            f"{other} What came next?\n\n{label} We built the frontend in three days.\n")


@pytest.mark.parametrize("label, other", [
    ("**U.S. CBP team:**", "**Standards team:**"),      # the colon inside the bold
    ("**U.S. CBP team**:", "**Standards team**:"),      # ... or right after it
])
def test_a_bold_label_a_qa_repeats_names_the_speaker(label, other):
    assert found(_qa(label, other), "t.md") == []


def test_a_bold_label_in_html_names_the_speaker():
    turns = "".join(f"<p><b>{who}:</b> {words}</p>" for who, words in [
        ("Standards team", "Why?"), ("U.S. CBP team", ANSWER), ("Standards team", "And?"),
        ("U.S. CBP team", "Three days.")])
    assert found(f"<html><body><h1>Bridge</h1>{turns}</body></html>", "t.html") == []


@pytest.mark.parametrize("text", [
    # a bold lead-in used once is no speaker (`**Why it matters:**`, Axios style)
    f"# Bridge\n\n**Why it matters:** {ANSWER}\n\nThe ferry runs.\n",
    # a lone answer: one label, used once, is not yet a Q&A's
    f"# Bridge\n\n**U.S. CBP team:** {ANSWER}\n",
    # a repeated bold opening with no colon labels nobody
    f"# Bridge\n\n**Update** {ANSWER}\n\n**Update** The ferry runs.\n",
])
def test_a_bold_opening_that_is_no_qa_label_names_nobody(text):
    assert [rule for rule, _, _ in found(text, "t.md")] == ["quotes.unattributed"]

