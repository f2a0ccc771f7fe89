"""fx573: a folder whose only news .xml the config's exclude: leaves out says
'(the config's exclude: skips files)' in check and audit, local and file://
(qa428 #2; run in the folder, whose config a URL's files take); an excluded sitemap, which a walk would not read anyway, blames
no exclude: in either (guard)."""
from __future__ import annotations

import pytest

from lint.audit.plan import PlanError, plan

NITF = "<?xml version='1.0'?>\n<nitf><body><body.content><p>The levee held.</p></body.content></body></nitf>\n"
SITEMAP = "<?xml version='1.0'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n"
HINT = "exclude: skips files"


def _folder(tmp_path, text):
    ex = tmp_path / "ex"
    ex.mkdir()
    (ex / "WIRE.XML").write_text(text)
    (ex / ".newslint.yaml").write_text('exclude:\n  - "*.[xX][mM][lL]"\n')
    return ex


def _said(spec) -> str:
    with pytest.raises(PlanError) as err:
        plan([spec])
    return str(err.value)


def test_an_excluded_nitf_is_blamed_on_exclude(tmp_path, monkeypatch, run_cli):
    ex = _folder(tmp_path, NITF)
    monkeypatch.chdir(ex)
    assert HINT in _said(".") and HINT in _said(ex.as_uri())
    done = run_cli("check", "--no-cache", ".")
    assert done.exit_code == 0 and HINT in done.stderr


def test_guard_an_excluded_sitemap_blames_no_exclude(tmp_path, monkeypatch, run_cli):
    ex = _folder(tmp_path, SITEMAP)
    monkeypatch.chdir(ex)
    local, url = _said("."), _said(ex.as_uri())
    assert "no article or export files found" in local and HINT not in local
    assert "no article or export files found" in url and HINT not in url
    done = run_cli("check", "--no-cache", ".")
    assert "no article files to lint here" in done.stderr and HINT not in done.stderr
