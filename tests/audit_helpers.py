"""What the `newslint audit` tests of fx518, fx522, fx536 and the reviews
qa376, qa383, qa384, qa387 share, written once.

`scheduler_args(client)`: ["--scheduler", address] for a dask Client.
`rows(folder)`: the rows of the parquet dataset in `folder`, as a list of
dicts (pyarrow is imported when called, so a test file that skips without
it still imports). `write_files(folder, {relative path: text})`: each text
written as UTF-8 with its line ends as given, parents made.
`config_with(exclude, root)`: a `plan`/`sources` config callable that gives
one Config, its `exclude` globs and its file at `root`/.newslint.yaml.
`zip_bytes({member name: text or bytes})`: a zip archive's bytes, built in
memory (fx538, qa402, qa403). `tar_bytes({member name: text})`: a USTAR
tar archive's bytes, built in memory, as a bytearray a test may damage
(qa411, fx556).

Synthetic input only."""
from __future__ import annotations

import io
import pathlib
import tarfile
import zipfile

from lint.config import Config


def scheduler_args(client):
    return ["--scheduler", client.scheduler.address]


def rows(folder):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


def write_files(folder: pathlib.Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")


def config_with(exclude, root="/cfg"):
    config = Config(exclude=tuple(exclude), path=f"{root}/.newslint.yaml", root=root)
    return lambda p: config


def zip_bytes(files: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for rel, data in files.items():
            z.writestr(rel, data)
    return buf.getvalue()


def tar_bytes(files: dict) -> bytearray:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return bytearray(buf.getvalue())
