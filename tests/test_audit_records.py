"""fx107 #4 and #5: `newslint audit --write-baseline FILE` writes the file
`check --write-baseline` writes (one writer, from records each partition
keeps), and `--resume` counts a baseline's hidden and gone findings over
the partitions written before it too."""
from __future__ import annotations

import json

import pytest

from archive_gen import articles, write_jsonl, write_wxr
from test_audit import audit, cut_short
from test_audit_baseline import check, client  # noqa: F401  (a fixture)

pytest.importorskip("distributed")


def archive(folder, fmt: str = "jsonl") -> list[str]:
    """An export and a folder of stories under `folder`; the sources to name."""
    name = f"desk.{'jsonl' if fmt == 'jsonl' else 'xml'}"
    (write_jsonl if fmt == "jsonl" else write_wxr)(folder / name, articles(120, seed=5))
    (folder / "stories").mkdir()
    (folder / "stories" / "a.md").write_text("# Old\n\nThe the story, TK.\n", encoding="utf-8")
    (folder / "stories" / "b.md").write_text("# New\n\nA a slip.\n", encoding="utf-8")
    return [name, "stories"]


def findings(path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["repeats_recorded"] is True
    return sorted(json.dumps(f, sort_keys=True) for f in data["findings"])


@pytest.mark.parametrize("fmt", ["jsonl", "wxr"])
def test_audit_writes_the_baseline_check_writes(client, tmp_path, fmt):  # noqa: F811
    sources = archive(tmp_path, fmt)
    by_check = check(tmp_path, "--write-baseline", "check.json", *sources)
    done = audit(tmp_path, *sources, "-o", str(tmp_path.parent / f"{tmp_path.name}-out"),
                 "--write-baseline", "audit.json", "--scheduler", client.scheduler.address,
                 "--partition-size", "25")
    assert done.exit_code == 0 == by_check.exit_code, done.stderr      # as check: exit 0
    assert findings(tmp_path / "audit.json") == findings(tmp_path / "check.json")
    assert len(findings(tmp_path / "audit.json")) > 10
    said = [ln for ln in by_check.stderr.splitlines() if "recorded" in ln]
    assert [ln.replace("audit.json", "check.json") for ln in done.stderr.splitlines()
            if "recorded" in ln] == said
    quiet = check(tmp_path, "--baseline", "audit.json", *sources)    # adopted: nothing new
    assert quiet.exit_code == 0 and quiet.stdout.startswith("No problems found."), quiet.stdout


@pytest.mark.parametrize("args, said", [(["--write-baseline", "-"], "needs a file name, not '-'"),
                                        (["--write-baseline", "a.json", "--baseline", "b.json"],
                                         "use --write-baseline without --baseline")])
def test_bad_write_baseline_options_are_one_line(tmp_path, args, said):
    (tmp_path / "a.md").write_text("# A\n\nThe the end.\n", encoding="utf-8")
    done = audit(tmp_path, "a.md", "-o", str(tmp_path / "o"), *args)
    assert done.exit_code == 2 and said in done.stderr and not (tmp_path / "o").exists()


def interrupted(run, out, sources, **options):
    """An audit of `sources` into `out` whose later half of partitions is
    then unwritten, as a Ctrl-C leaves it (`cut_short`)."""
    whole = run(sources, str(out), **options)
    assert len(list(out.glob("part-*.parquet"))) >= 4
    cut_short(out)
    return whole


def test_resume_counts_hidden_and_gone_over_every_partition(client, tmp_path, monkeypatch):  # noqa: F811
    from lint.audit import settings
    from lint.audit.run import run
    from lint.baseline import Baseline

    monkeypatch.chdir(tmp_path)
    sources = archive(tmp_path)
    assert check(tmp_path, "--write-baseline", "base.json", *sources).exit_code == 0
    (tmp_path / "stories" / "a.md").write_text("# Old\n\nThe story.\n", encoding="utf-8")   # 2 fixed
    options = dict(client=client, per=25, baseline=Baseline("base.json"))
    whole = interrupted(lambda *a, **k: run(*a, settings(), **k), tmp_path / "o", sources, **options)
    assert whole.gone == (2, 0) and whole.hidden > 10
    resumed = run(sources, str(tmp_path / "o"), settings(), resume=True, **options)
    assert 0 < resumed.skipped < resumed.partitions
    assert (resumed.hidden, resumed.gone) == (whole.hidden, whole.gone)


def test_resume_writes_the_whole_baseline(client, tmp_path, monkeypatch):  # noqa: F811
    from lint.audit import settings
    from lint.audit.run import AuditError, run

    monkeypatch.chdir(tmp_path)
    sources = archive(tmp_path)
    options = dict(client=client, per=25, write_baseline="audit.json")
    interrupted(lambda *a, **k: run(*a, settings(), **k), tmp_path / "o", sources, **options)
    (tmp_path / "audit.json").unlink()
    resumed = run(sources, str(tmp_path / "o"), settings(), resume=True, **options)
    assert 0 < resumed.skipped and resumed.recorded == len(findings(tmp_path / "audit.json"))
    assert check(tmp_path, "--write-baseline", "check.json", *sources).exit_code == 0
    assert findings(tmp_path / "audit.json") == findings(tmp_path / "check.json")
    cut_short(tmp_path / "o")
    with pytest.raises(AuditError, match="changed since"):     # resumed without it: refused
        run(sources, str(tmp_path / "o"), settings(), resume=True, client=client, per=25)


def test_resume_with_a_write_baseline_the_audit_began_without_says_so(client, tmp_path,  # noqa: F811
                                                                       monkeypatch):
    from lint.audit import settings
    from lint.audit.run import AuditError, run

    monkeypatch.chdir(tmp_path)
    sources = archive(tmp_path)
    run(sources, str(tmp_path / "o"), settings(), client=client, per=50)
    cut_short(tmp_path / "o")
    with pytest.raises(AuditError) as refused:      # qa65 #7: it blamed the sources or config
        run(sources, str(tmp_path / "o"), settings(), client=client, per=50, resume=True,
            write_baseline="b.json")
    said = str(refused.value)
    assert "--write-baseline was not given when that audit began" in said
    assert "sources" not in said and "config" not in said and not (tmp_path / "b.json").exists()


def test_a_refused_resume_names_each_change():
    from lint.audit.records import changes, key

    class Base:
        def __init__(self, n):
            self.known = {("a.md", "", "hygiene.placeholder", str(n)): 1}

    def plan(config="c" * 16, baseline=None, write_to=None):
        return config + key(baseline, write_to)

    assert changes(plan(), plan()) == []
    assert changes(plan(), plan(config="d" * 16)) == ["the config changed since that audit"]
    assert changes(plan(baseline=Base(1)), plan()) == ["--baseline changed since that audit (given then, not now)"]
    assert changes(plan(), plan(baseline=Base(1))) == ["--baseline changed since that audit (not given then)"]
    assert changes(plan(baseline=Base(1)), plan(baseline=Base(2))) == [
        "--baseline changed since that audit (another file)"]
    assert changes(plan(write_to="/a"), plan()) == [
        "--write-baseline changed since that audit (given then, not now)"]
    assert changes(plan(write_to="/a"), plan(write_to="/b")) == [
        "--write-baseline changed since that audit (a file in another folder)"]
    [said] = changes(plan(baseline=Base(1)), plan(baseline=Base(1), write_to="/a"))
    assert said.startswith("--write-baseline was not given when that audit began")
