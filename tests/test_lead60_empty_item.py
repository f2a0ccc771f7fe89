"""An empty NewsML-G2 item holds no story: `check -v` says so as it does for a
white-space file, and the audit's row carries no date (one `Document.empty`)."""
import subprocess
import sys

ITEM = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" '
        'standard="NewsML-G2" standardversion="2.29">\n'
        '<contentSet><inlineXML contenttype="application/nitf+xml"></inlineXML></contentSet>\n'
        '</newsItem>\n')


def _verbose(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "lint", "check", "-v", "--no-cache", name],
                          cwd=tmp_path, capture_output=True, text=True)
    return done.stderr


def test_empty_news_item_is_said_empty_in_the_date_line(tmp_path):
    assert f"{'item.xml'}: empty: no publication date to look for" in _verbose(tmp_path, "item.xml", ITEM)


def test_guard_white_space_file_is_said_empty(tmp_path):
    assert "a.md: empty: no publication date to look for" in _verbose(tmp_path, "a.md", "\n \n")


def test_guard_undated_story_is_not_said_empty(tmp_path):
    err = _verbose(tmp_path, "a.md", "# Council meets\n\nThe council met.\n")
    assert "a.md: empty" not in err and "a.md: no publication date found" in err
