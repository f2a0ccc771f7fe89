"""A stale dateline said twice (fx102, qa64 #10): the repeat is dropped only
where the first is reported, so suppressing the first takes nothing away."""
from __future__ import annotations

from lint.config import Config
from lint.engine import lint_bytes

PAGE = ('<html><head><meta property="article:published_time" content="2026-11-26T10:00:00Z">'
        "<title>Millbrook council</title></head><body><article><h1>Millbrook council meets</h1>\n"
        '<p class="dateline">MILLBROOK, Nov. 20</p>{directive}\n'
        "<p>MILLBROOK, Nov. 20 (Reuters) - The council met and approved the budget.</p>\n"
        "</article></body></html>\n")


def _datelines(tmp_path, directive: str) -> list[int]:
    text = PAGE.format(directive=directive)
    path = tmp_path / "d1.html"
    path.write_text(text)
    return [d.line for d in lint_bytes(str(path), text.encode(), Config()).diagnostics
            if d.rule == "dates.dateline-mismatch"]


def test_one_stale_date_in_two_datelines_is_one_finding_at_the_first(tmp_path):
    assert _datelines(tmp_path, "") == [2]


def test_suppressing_the_first_dateline_leaves_the_repeat_reported(tmp_path):
    # qa64 t8/d1.html: 'No problems found' with the first line's directive
    assert _datelines(tmp_path, " <!-- newslint-disable-line dates.dateline-mismatch -->") == [3]
