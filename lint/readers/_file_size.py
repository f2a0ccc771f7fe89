"""How `file.too-large` says a file's size and the limit it is over: the
limit as the config wrote it (`max-file-size: 0.01` is "0.01 MB", never the
"0.00999928 MB" its bytes read back as), the size to the fewest decimals
that read over it ("0.02 MB", never "0.0 MB": qa396 #7)."""
from __future__ import annotations

from decimal import Decimal

MB = 1048576        # bytes in max-file-size's megabyte (`config_values.max_file_size`)


def sizes(size: int | None, max_bytes: int) -> tuple[str | None, str]:
    """(`size`, `max_bytes`) as `file.too-large` says them: "0.02 MB" and
    "0.01 MB" (`limit_mb`, `size_mb`); a size no six decimals tell from the
    limit in bytes, the limit's bytes beside it ("10,486 bytes", "0.01 MB
    (10,485 bytes)"); `size` None (a stream's, unknown) stays None."""
    limit = limit_mb(max_bytes)
    shown = None if size is None else size_mb(size, limit)
    if shown is not None and shown.endswith(" bytes"):
        return shown, f"{limit} MB ({max_bytes:,} bytes)"
    return shown, f"{limit} MB"


def limit_mb(max_bytes: int) -> str:
    """`max_bytes` in MB as a config gives it, in plain digits: the shortest
    decimal whose bytes (`config_values.max_file_size`: whole bytes, at
    least one) are `max_bytes` ("0.01", "10", "0.3333")."""
    for digits in range(1, 18):
        value = float(f"{max_bytes / MB:.{digits}g}")
        if max(1, int(value * MB)) == max_bytes:
            break
    else:
        value = max_bytes / MB
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def size_mb(size: int, limit: str) -> str:
    """`size` (bytes, over the limit) as "N MB" to the fewest decimals (1 to
    6) that read over the `limit` shown (`limit_mb`), else "N bytes"."""
    for places in range(1, 7):
        shown = f"{size / MB:.{places}f}"
        if float(shown) > float(limit):
            return f"{shown} MB"
    return f"{size:,} bytes"
