"""A rule this install skips, in the language server (nu27): `check` prints
one line on stderr for Vale.Spelling without the `spelling` extra; the
server logged nothing to the client. It now tells it once, as it tells
other notices: window/logMessage and window/showMessage, at Info level."""
from __future__ import annotations

import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig

from lsp_helpers import TESTS, capabilities, open_doc, published, recording_client, replace_all, until
from vale_helpers import vale_project

pytestmark = pytest.mark.asyncio(loop_scope="module")
NO_SPELLING = ClientServerConfig(server_command=[sys.executable, str(TESTS / "lsp_nospell_server.py")],
                                 client_factory=recording_client)
SKIPPED = ("Vale.Spelling: not available: spell-checking needs the Hunspell binding: "
           "pip install 'newslint[spelling]'")
TEXT = "Thiss is is a test.\n"


@pytest_lsp.fixture(config=NO_SPELLING, scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = vale_project(tmp_path_factory.mktemp("skipped"), "[*]\nBasedOnStyles = Vale\n")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=lsp_client.root.as_uri()))
    yield
    await lsp_client.shutdown_session()


async def test_a_skipped_vale_rule_is_logged_and_shown_once(client):
    doc = (client.root / "a.md").as_uri()
    found = await published(client, doc, 1, open_doc(client, doc, TEXT))
    assert [d.code for d in found] == ["Vale.Repetition"]        # the other rules run
    await until(lambda: any(SKIPPED in m.message for m in client.log_messages), "the skip notice")
    logged = [m for m in client.log_messages if SKIPPED in m.message]
    shown = [m for m in client.messages if SKIPPED in m.message]
    assert len(logged) == len(shown) == 1 and logged[0].type == types.MessageType.Info
    assert logged[0].message.endswith("; the rule is skipped")
    await published(client, doc, 2, replace_all(client, doc, TEXT + "\n", 2))
    assert len([m for m in client.log_messages if SKIPPED in m.message]) == 1    # once a server life

