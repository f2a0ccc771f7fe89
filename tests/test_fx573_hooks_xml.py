"""fx573: the pre-commit hooks' files: pattern takes .xml in any case, as the
walk reads a NITF, NewsML-G2 or WordPress .xml (qa428 #4); a staged sitemap
it names is skipped with a line and the hook passes (exit 0)."""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())


@pytest.mark.parametrize("hook", HOOKS, ids=lambda h: h["id"])
def test_the_hooks_take_xml_in_any_case(hook):
    for name in ("wire.xml", "feeds/WIRE.XML", "a.Xml"):
        assert re.search(hook["files"], name), name
    for other in ("a.xsl", "a.xmlx", "a.xml.bak"):          # guard: nothing else came in with it
        assert not re.search(hook["files"], other), other


def test_a_staged_sitemap_is_skipped_and_passes(run_cli, tmp_path):
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?>\n<urlset "
                                         "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n")
    done = run_cli("check", "--no-cache", "--force-exclude", "sitemap.xml", cwd=tmp_path)
    assert done.exit_code == 0 and "sitemap.xml: file.format: skipped" in done.stderr
