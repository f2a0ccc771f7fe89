"""fx438 (rr53a #9, qa300 #4): the language server keeps each parent
folder's site listing between lints, and lists it again when a stamp of what
it read changes: a new `_config.yml`, an edited `destination:`, a renamed
`config/` folder. Each edit is given a distinct mtime (`_dated`), so no
test leans on the clock's tick."""
from __future__ import annotations

import itertools
import os

import pytest

from lint import site_listings, sites
from lint.site_listings import KeptListings

_SECONDS = itertools.count(1_600_000_000)


def _dated(*paths) -> None:
    for p in paths:
        t = next(_SECONDS) * 10**9
        os.utime(p, ns=(t, t))


@pytest.fixture
def listed(monkeypatch):
    """The folders `site_listings` lists (`generators_of`), in order."""
    real, folders = sites.generators_of, []

    def counted(folder):
        folders.append(folder)
        return real(folder)
    monkeypatch.setattr(site_listings, "generators_of", counted)
    return folders


@pytest.fixture
def kept(monkeypatch, listed):
    """A KeptListings that keeps every answer (the clock read 10 s ahead: no
    answer is young), and the folders it listed."""
    monkeypatch.setattr(site_listings.time, "time_ns", lambda: 10**19)
    return KeptListings(), listed


def _left_out(path, read) -> bool:
    from lint.config import Config
    return sites.holder(str(path), lambda p: Config(), {}, read) is not None


def test_an_unchanged_folder_is_listed_once_across_lints(tmp_path, kept):
    read, listed = kept
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "_layouts").mkdir()
    _dated(tmp_path / "_config.yml", tmp_path / "_layouts", tmp_path)
    story = tmp_path / "_layouts" / "a.md"
    assert _left_out(story, read) and _left_out(story, read)
    assert listed.count(str(tmp_path)) == 1


def test_a_new_config_file_in_a_kept_folder_is_seen(tmp_path, kept):
    read, listed = kept
    (tmp_path / "_layouts").mkdir()
    _dated(tmp_path / "_layouts", tmp_path)
    story = tmp_path / "_layouts" / "a.md"
    assert not _left_out(story, read)
    (tmp_path / "_config.yml").write_text("title: x\n")
    _dated(tmp_path / "_config.yml", tmp_path)
    assert _left_out(story, read)
    assert listed.count(str(tmp_path)) == 2


def test_an_edited_destination_of_the_same_size_is_seen(tmp_path, kept):
    read, _ = kept
    config = tmp_path / "_config.yml"
    config.write_text("destination: out\n")
    _dated(config, tmp_path)
    out, pub = tmp_path / "out" / "a.md", tmp_path / "pub" / "a.md"
    assert _left_out(out, read) and not _left_out(pub, read)
    config.write_text("destination: pub\n")     # same size, same inode, same folder
    _dated(config)
    assert not _left_out(out, read) and _left_out(pub, read)


def test_a_renamed_hugo_config_folder_is_seen(tmp_path, kept):
    read, _ = kept
    (tmp_path / "config" / "_default").mkdir(parents=True)
    (tmp_path / "config" / "_default" / "hugo.toml").write_text('publishDir = "docs"\n')
    _dated(tmp_path / "config" / "_default" / "hugo.toml", tmp_path / "config" / "_default",
           tmp_path / "config", tmp_path)
    story = tmp_path / "docs" / "a.md"
    assert _left_out(story, read)
    os.rename(tmp_path / "config" / "_default", tmp_path / "config" / "old")
    _dated(tmp_path / "config")     # the folder that holds _default: tmp_path's own stamp is unchanged
    assert not _left_out(story, read)


def test_an_edited_file_in_hugo_s_config_folder_is_seen(tmp_path, kept):
    read, _ = kept
    hugo = tmp_path / "config" / "_default" / "hugo.toml"
    hugo.parent.mkdir(parents=True)
    hugo.write_text('publishDir = "docs"\n')
    _dated(hugo, hugo.parent, tmp_path / "config", tmp_path)
    assert _left_out(tmp_path / "docs" / "a.md", read)
    hugo.write_text('publishDir = "site"\n')
    _dated(hugo)
    assert not _left_out(tmp_path / "docs" / "a.md", read) and _left_out(tmp_path / "site" / "a.md", read)


def test_a_young_answer_is_listed_again(tmp_path, listed):
    # nearest case of the kept answer: stamps within RACY_NS of the clock are not trusted
    (tmp_path / "_config.yml").write_text("title: x\n")     # ctime: now
    read = KeptListings()
    story = tmp_path / "_layouts" / "a.md"
    assert _left_out(story, read) and _left_out(story, read)
    assert listed.count(str(tmp_path)) == 2


def test_the_language_server_keeps_the_listings(tmp_path, monkeypatch, kept):
    import lint.server.linting as linting
    read, listed = kept
    monkeypatch.setattr(linting, "KEPT", read)
    linter = linting.Linter()
    story = str(tmp_path / "a.md")
    config = linter.session.config_for(story)
    assert not linter.left_out(story, config) and not linter.left_out(story, config)
    assert listed.count(str(tmp_path)) == 1


def test_qa304_an_edited_production_config_is_seen(tmp_path, kept):
    # qa304: config/production/ wins over _default (`hugo_folders`); no fx438 test
    # failed with its stamps dropped (`HUGO_CONFIG_DIRS` cut to "_default")
    read, _ = kept
    base, prod = tmp_path / "config" / "_default" / "hugo.toml", tmp_path / "config" / "production" / "hugo.toml"
    for p, out in ((base, "docs"), (prod, "prod")):
        p.parent.mkdir(parents=True)
        p.write_text(f'publishDir = "{out}"\n')
    _dated(base, prod, base.parent, prod.parent, tmp_path / "config", tmp_path)
    assert _left_out(tmp_path / "prod" / "a.md", read) and not _left_out(tmp_path / "docs" / "a.md", read)
    prod.write_text('publishDir = "pubx"\n')   # same size, same inode, no folder's listing changes
    _dated(prod)
    assert not _left_out(tmp_path / "prod" / "a.md", read) and _left_out(tmp_path / "pubx" / "a.md", read)


def test_qa304_a_content_link_left_dangling_is_seen(tmp_path, kept):
    # qa304: a legacy config.toml is Hugo's only beside content/ (or archetypes/);
    # a `content` link whose folder is removed changes no stamp of the site root
    read, _ = kept
    site, real = tmp_path / "site", tmp_path / "real"
    site.mkdir()
    real.mkdir()
    (site / "config.toml").write_text('publishDir = "docs"\n')
    os.symlink(real, site / "content")
    _dated(site / "config.toml", real, site)
    assert _left_out(site / "docs" / "a.md", read)
    real.rmdir()
    _dated(tmp_path)
    assert not _left_out(site / "docs" / "a.md", read)
