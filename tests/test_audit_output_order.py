"""The order of the audit's stderr lines (nu54 #5): a skipped file is said
before the summary, as `check` says its skipped files before its report,
so the summary ends the run's output. Synthetic input under tmp_path."""
from __future__ import annotations

from test_qa77_regressions import audit_on


def test_the_audit_says_a_skipped_file_before_its_summary(tmp_path, audit_client):
    (tmp_path / "story.txt").write_text("Vote\n\nThe the council met.\n", encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?>\n<urlset><url><loc>https://x/'
                                          "</loc></url></urlset>\n", encoding="utf-8")
    result = audit_on(tmp_path, audit_client, str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output       # a warning: the audit passes
    lines = result.stderr.splitlines()
    skipped = [i for i, line in enumerate(lines) if "sitemap.xml: file.format: skipped: " in line]
    assert len(skipped) == 1, lines
    assert lines[-1].startswith("newslint: audited 1 article "), lines
    assert skipped[0] < len(lines) - 1, lines
