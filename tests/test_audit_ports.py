"""The local cluster `newslint audit` starts asks for no fixed port (fx276).

`dashboard_address=None` only turns distributed's dashboard off: its scheduler
still served HTTP (health and metrics routes), asking first for port 8787, and
warned "Port 8787 is already in use" whenever another cluster on the machine
held it (8 such warnings in one run of the suite on a shared machine; the
audit hid its own). The audit's cluster, and the tests' (`NO_DASHBOARD`), ask
for a free port on the loopback interface."""
from __future__ import annotations

import warnings

import pytest

distributed = pytest.importorskip("distributed")


@pytest.fixture
def asked(monkeypatch) -> list[dict]:
    """The address and port each HTTP server of this process asks for, as
    distributed's nodes call tornado's `HTTPServer.listen` (port 0: any free one)."""
    from distributed import node

    out: list[dict] = []
    real = node.HTTPServer.listen

    def listen(self, port, address="", **kw):
        out.append({"address": address, "port": port})
        return real(self, port, address, **kw)

    monkeypatch.setattr(node.HTTPServer, "listen", listen)
    return out


def test_the_audits_own_cluster_asks_for_a_free_loopback_port(asked, monkeypatch):
    from lint.audit.run import _client

    real = distributed.LocalCluster
    # the audit's own keywords, its workers as threads of this process (quick; the
    # scheduler, whose HTTP server this is, lives here either way)
    monkeypatch.setattr(distributed, "LocalCluster",
                        lambda **kw: real(**{**kw, "processes": False, "preload": []}))
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        with _client(None, None, 1) as client:
            served = client.cluster.scheduler.http_server
            bound = served.address, served.port
    # the scheduler's first, then the worker's (as a process, its own: port 0 already)
    assert asked[0] == {"address": "127.0.0.1", "port": 0} and {a["port"] for a in asked} == {0}, asked
    assert bound[0] == "127.0.0.1" and bound[1] not in (0, 8787), bound
    assert [str(w.message) for w in said if "already in use" in str(w.message)] == []
