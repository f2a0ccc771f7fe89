"""The pip command `newslint audit` gives without the `audit` extra (nu57):
from the folder newslint was installed from (`-e` when editable), the
checkout its code lies in when none is installed, else the package index;
always for the Python running newslint, quoted for the shell. Dask is needed
only by the two tests that import the extra's modules for real (`with_the_extra`)."""
from __future__ import annotations

import json

import pytest

from lint.audit import extra


def with_the_extra():
    """Skip a test that imports the extra's modules for real, as the audit's tests skip without it."""
    for module in extra.MODULES:
        pytest.importorskip(module)


class _Installed:
    def __init__(self, direct_url):
        self.direct_url = direct_url

    def read_text(self, name):
        assert name == "direct_url.json"
        return None if self.direct_url is None else json.dumps(self.direct_url)


@pytest.fixture
def installed(monkeypatch):
    """Set what importlib.metadata says of newslint's install (PEP 610)."""
    import importlib.metadata

    monkeypatch.setattr(extra.sys, "executable", "/opt/my venv/bin/python")

    def given(direct_url):
        monkeypatch.setattr(importlib.metadata, "distribution", lambda name: _Installed(direct_url))
    return given


@pytest.mark.parametrize("direct_url, command", [
    ({"url": "file:///src/newslint", "dir_info": {"editable": True}},
     "'/opt/my venv/bin/python' -m pip install -e '/src/newslint[audit]'"),      # pip install -e .
    ({"url": "file:///src/news%20lint", "dir_info": {}},
     "'/opt/my venv/bin/python' -m pip install '/src/news lint[audit]'"),        # pip install .
    ({"url": "https://example.org/newslint-0.1.0.tar.gz", "archive_info": {}},
     "'/opt/my venv/bin/python' -m pip install 'newslint[audit]'"),              # a URL: the index's name
    (None, "'/opt/my venv/bin/python' -m pip install 'newslint[audit]'"),       # from the index
])
def test_the_command_installs_the_extra_where_newslint_came_from(installed, direct_url, command):
    installed(direct_url)
    assert extra.pip_command() == command


def test_without_an_install_the_checkout_of_this_code_is_named(monkeypatch):
    import importlib.metadata

    from conftest import ROOT

    def not_installed(name):
        raise importlib.metadata.PackageNotFoundError(name)
    monkeypatch.setattr(importlib.metadata, "distribution", not_installed)
    monkeypatch.setattr(extra.sys, "executable", "python3")
    assert extra.pip_command() == f"python3 -m pip install '{ROOT}[audit]'"


def test_the_line_names_the_module_missing_when_it_is_known(installed):
    installed(None)
    assert extra.missing("pyarrow") == ("newslint audit needs the audit extra (pyarrow is not installed); "
                                        "install it with: '/opt/my venv/bin/python' -m pip install 'newslint[audit]'")
    assert extra.missing("").startswith("newslint audit needs the audit extra; install it with: ")


def test_the_first_module_that_cannot_be_imported_is_named(monkeypatch):
    with_the_extra()
    assert extra.not_importable() is None            # all import (with_the_extra)
    monkeypatch.setitem(extra.sys.modules, "pyarrow", None)
    assert extra.not_importable() == "pyarrow"


def test_a_git_install_is_told_to_install_the_extra_from_the_same_repository(installed):
    installed({"url": "https://github.com/OWNER/newslint",
               "vcs_info": {"vcs": "git", "commit_id": "0123abcd", "requested_revision": "COMMIT"}})
    command = extra.pip_command()
    assert "[audit]" in command and "git+https://github.com/OWNER/newslint@" in command, command
    assert command == ("'/opt/my venv/bin/python' -m pip install "
                       "'newslint[audit] @ git+https://github.com/OWNER/newslint@0123abcd'")


def test_a_git_install_from_a_subdirectory_names_it_and_a_local_folder_stays_a_folder(installed):
    installed({"url": "file:///src/mono", "subdirectory": "tools/newslint",
               "vcs_info": {"vcs": "git", "commit_id": "0123abcd"}})
    assert extra.pip_command().endswith(
        "'newslint[audit] @ git+file:///src/mono@0123abcd#subdirectory=tools/newslint'")
    installed({"url": "file:///src/newslint", "dir_info": {}})      # no vcs_info: the folder, as before
    assert extra.pip_command().endswith(" -m pip install '/src/newslint[audit]'")


def test_a_module_that_is_installed_but_cannot_be_imported_is_not_called_missing(installed, monkeypatch):
    with_the_extra()
    import importlib

    installed(None)
    real = importlib.import_module

    def skewed(name, *args):
        if name == "distributed":       # distributed built for another dask: dask.utils is there
            raise ImportError("cannot import name 'typename' from 'dask.utils'", name="dask.utils")
        return real(name, *args)
    monkeypatch.setattr(importlib, "import_module", skewed)
    line = extra.missing(extra.not_importable())
    assert "dask.utils is not installed" not in line, line
    assert ("distributed is installed but failed to import (ImportError: cannot import name 'typename' "
            "from 'dask.utils')") in line, line
    assert " -m pip check " in line and "pip install" not in line, line     # installing again changes nothing


def test_a_module_an_extra_module_needs_and_that_is_not_installed_is_still_called_missing(installed, monkeypatch):
    import importlib

    installed(None)
    real = importlib.import_module

    def lacking(name, *args):
        if name == "dask":          # dask's own dependency is not there: installing the extra brings it
            raise ModuleNotFoundError("No module named 'toolz_not_here'", name="toolz_not_here")
        return real(name, *args)
    monkeypatch.setattr(importlib, "import_module", lacking)
    assert extra.not_importable() == "toolz_not_here"
    assert "(toolz_not_here is not installed); install it with: " in extra.missing("toolz_not_here")
