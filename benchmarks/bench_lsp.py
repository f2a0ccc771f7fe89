"""Language-server latency: from a `didChange` on a 5 KB article to its
published diagnostics, through the real `newslint server` process (stdio).

    python benchmarks/bench_lsp.py                  # 20 warm-up edits, 100 timed
    python benchmarks/bench_lsp.py -n 300 --seed 2
    python benchmarks/bench_lsp.py --big 10         # also: a hover while a 10 MB article lints

Each edit replaces one word (an incremental change, as editors send them)
and waits for the diagnostics of that version before the next, so each
figure is one round trip: protocol, debounce (none for a quick document),
lint in the worker thread, conversion to UTF-16 ranges. The article comes
from benchmarks/bench.py's generator (`--seed`). The machine is shared:
the load average is printed beside the figures.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import article  # noqa: E402

WORDS = ["council", "board", "panel", "committee", "the the", "Leave a Reply", "mayor"]


class Client(LanguageClient):
    def __init__(self):
        super().__init__("bench-lsp", "1")
        self.arrived: dict[tuple[str, int | None], float] = {}

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams):
            self.arrived.setdefault((params.uri, params.version), time.perf_counter())

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams):
            print(f"  server says: {params.message}", file=sys.stderr)

    async def wait(self, uri: str, version: int, timeout: float = 300.0) -> float:
        deadline = time.perf_counter() + timeout
        while (uri, version) not in self.arrived:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no diagnostics for {uri} v{version}")
            await asyncio.sleep(0.0005)
        return self.arrived[(uri, version)]


def change(uri: str, version: int, text: str, rng: random.Random) -> tuple[types.DidChangeTextDocumentParams, str]:
    """Replace one word on a random line (an incremental edit)."""
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if " " in line]
    i = rng.choice(candidates)
    words = lines[i].split(" ")
    j = rng.randrange(len(words))
    start = sum(len(w) + 1 for w in words[:j])
    new = rng.choice(WORDS)
    edit = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(i, start), types.Position(i, start + len(words[j]))), text=new)
    words[j] = new
    lines[i] = " ".join(words)
    return (types.DidChangeTextDocumentParams(types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                                              [edit]), "\n".join(lines))


async def run(args) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-lsp-"))
    client = Client()
    await client.start_io(sys.executable, "-m", "lint", "server", *args.server_args)
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=folder.as_uri()))
    client.initialized(types.InitializedParams())
    rng = random.Random(args.seed)
    text = article(rng, "md", args.size)
    uri = (folder / "story.md").as_uri()
    began = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    await client.wait(uri, 1)
    print(f"article: {len(text.encode()):,} bytes (seed {args.seed}); first diagnostics after open: "
          f"{(time.perf_counter() - began) * 1000:.0f} ms")
    times = []
    for version in range(2, 2 + args.warmup + args.n):
        params, text = change(uri, version, text, rng)
        sent = time.perf_counter()
        client.text_document_did_change(params)
        if version >= 2 + args.warmup:
            times.append((await client.wait(uri, version) - sent) * 1000)
        else:
            await client.wait(uri, version)
    times.sort()
    load = os.getloadavg()
    print(f"didChange -> publishDiagnostics, {len(times)} edits after {args.warmup} warm-up: "
          f"median {statistics.median(times):.1f} ms, p90 {times[int(len(times) * 0.9)]:.1f} ms, "
          f"min {times[0]:.1f} ms, max {times[-1]:.1f} ms (goal: median <= 50 ms)")
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    if args.big:
        await big(client, folder, uri, args)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


async def big(client: Client, folder: Path, small: str, args) -> None:
    """Open a large article, then time hovers on the small one while it lints."""
    rng = random.Random(args.seed)          # 50 KB pieces: the generator is quadratic in length
    text = "\n".join(article(rng, "md", 50_000) for _ in range(max(1, int(args.big * 20))))
    uri = (folder / "big.md").as_uri()
    began = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    hovers = []
    await asyncio.sleep(0.5)
    while (uri, 1) not in client.arrived and len(hovers) < 200:
        sent = time.perf_counter()
        await client.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(small), types.Position(2, 0)))
        hovers.append((time.perf_counter() - sent) * 1000)
        await asyncio.sleep(0.1)
    done = await client.wait(uri, 1, timeout=900)
    print(f"{len(text.encode()) / 1e6:.1f} MB article: diagnostics after {done - began:.1f} s; "
          f"{len(hovers)} hovers on another document meanwhile: median "
          f"{statistics.median(hovers) if hovers else float('nan'):.0f} ms, max "
          f"{max(hovers, default=float('nan')):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=100, help="timed edits (default 100)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed edits first (default 20)")
    parser.add_argument("--size", type=int, default=5000, help="article size in characters (default 5000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated article and edits")
    parser.add_argument("--server-args", type=str.split, default=[], metavar="ARGS",
                        help="extra arguments for `newslint server`, quoted as one (\"--log-file F -v\")")
    parser.add_argument("--big", type=float, default=0, metavar="MB",
                        help="also open an article of this many MB and time hovers while it lints")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
