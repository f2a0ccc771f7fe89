"""fx538: a URL read through a damaged archive (a truncated zip or tar.gz,
a folder or a text file named as a zip) is a `file.unreadable` row and a
line naming it, and the rest of the audit goes on; an archive not there
is a `file.missing` row, as a missing path is (qa402 #5). Guards: an
unknown protocol still stops the audit in one line (exit 2), and a sound
archive is listed as before."""
from __future__ import annotations

import io
import tarfile

import pytest

from test_qa77_regressions import audit

pytest.importorskip("fsspec")

from lint.audit.plan import PlanError, plan, sources  # noqa: E402
from lint.audit.url_sources import through_archive  # noqa: E402
from lint.config import Config  # noqa: E402
from audit_helpers import zip_bytes as _zip_bytes  # noqa: E402

DOUBLED = "# Council\n\nThe the council met on Tuesday.\n"


def _config():
    config = Config(path="/cfg/.newslint.yaml", root="/cfg")
    return lambda p: config


def _tar_gz_bytes(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        for rel, text in files.items():
            data = text.encode("utf-8") * 50
            info = tarfile.TarInfo(rel)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _rows(folder):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


@pytest.fixture
def damaged(tmp_path):
    (tmp_path / "bad.zip").write_bytes(_zip_bytes({"b.md": DOUBLED})[:60])
    (tmp_path / "bad.tar.gz").write_bytes(_tar_gz_bytes({"b.md": DOUBLED})[:40])
    (tmp_path / "text.zip").write_text("not a zip\n")
    (tmp_path / "dir.zip").mkdir()
    return tmp_path


@pytest.mark.parametrize("spec, why", [
    ("zip://b.md::{}/bad.zip", "cannot read archive: File is not a zip file"),
    ("zip://::{}/bad.zip", "cannot read archive: File is not a zip file"),
    ("zip://::{}/text.zip", "cannot read archive: File is not a zip file"),
    ("tar://::{}/bad.tar.gz", "cannot read archive: Compressed file ended before the end-of-stream "
                              "marker was reached"),
    ("zip://::{}/dir.zip", "cannot read archive: Is a directory"),
])
def test_a_damaged_archive_is_planned_as_its_unreadable_row(damaged, spec, why):
    spec = spec.format(damaged.as_uri())
    parts = plan([spec], config_for=_config())
    assert [(p.kind, p.paths, p.notices) for p in parts] == [
        ("unreadable", (spec,), ((1, 1, "file.unreadable", "error", why),))]


def test_a_missing_archive_is_a_missing_source(tmp_path):
    spec = "zip://a.md::" + (tmp_path / "none.zip").as_uri()
    missing: list[str] = []
    assert sources([spec], _config(), missing=missing) == [] and missing == [spec]


def test_sources_without_a_list_refuse_a_damaged_archive_in_one_line(damaged):
    spec = "zip://::" + (damaged / "bad.zip").as_uri()
    with pytest.raises(PlanError, match=r"^zip://::file://.*/bad\.zip: cannot read archive: File is not a zip "
                                        r"file$"):
        sources([spec], _config())


def test_the_audit_goes_on_past_a_damaged_archive(damaged, audit_client):
    (damaged / "ok.md").write_text(DOUBLED, encoding="utf-8")
    spec = "zip://b.md::" + (damaged / "bad.zip").as_uri()
    done = audit(damaged, spec, str(damaged / "ok.md"), "-o", "out", "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 1, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert f"newslint: {spec}: file.unreadable: cannot read archive: File is not a zip file\n" in done.stderr
    rows = sorted((r["path"], r["rule"], r["line"], r["column"]) for r in _rows(damaged / "out"))
    assert rows == sorted([(str(damaged / "ok.md"), "hygiene.doubled-word", 3, 1),
                           (spec, "file.unreadable", 1, 1)])


def test_guard_an_unknown_protocol_in_a_chain_still_stops_the_audit(tmp_path, audit_client):
    done = audit(tmp_path, "zip://a.md::nosuchproto://x.zip", "-o", "out",
                 "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 2 and "cannot read the sources: Protocol not known: nosuchproto" in done.stderr
    assert "internal error" not in done.stderr


@pytest.mark.parametrize("spec, through", [
    ("zip://a.md::file:///z.zip", True), ("simplecache::tar://::memory://t.tar", True),
    ("file:///d/a.md", False), ("simplecache::memory://a.md", False), ("memory://x::y/a.md", False),
])
def test_guard_only_a_chain_through_an_archive_is_caught(spec, through):
    assert through_archive(spec) is through


def test_guard_a_sound_archive_beside_a_damaged_one_is_listed_as_before(damaged):
    good = damaged / "good.zip"
    good.write_bytes(_zip_bytes({"a.md": DOUBLED, "s/b.md": DOUBLED}))
    unreadable: list = []
    found = sources(["zip://::" + good.as_uri(), "zip://::" + (damaged / "bad.zip").as_uri()], _config(),
                    unreadable=unreadable)
    assert found == ["zip://a.md::" + good.as_uri(), "zip://s/b.md::" + good.as_uri()]
    assert [u[0] for u in unreadable] == ["zip://::" + (damaged / "bad.zip").as_uri()]
