"""How `file.too-large` says a file's size and the limit it is over: the
limit as the config wrote it (`max-file-size: 0.01` is "0.01 MB", never the
"0.00999928 MB" its bytes read back as; 0.123456789 all its digits: qa401
#5), the size to the fewest decimals that read over it ("0.02 MB", never
"0.0 MB": qa396 #7) and are within a tenth of it (a 52,545-byte page over
0.05 MB is "0.0501 MB", never "0.1 MB": qa401 #4)."""
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
    """`max_bytes` in MB as a config gives it, in plain digits: as the
    config wrote it when it did (`config_values.Limit`), else the shortest
    decimal whose bytes (`config_values.max_file_size`: whole bytes, at
    least one) are `max_bytes` ("0.01", "10", "0.3333")."""
    written = getattr(max_bytes, "written", None)
    if written:
        return written
    for digits in range(1, 18):
        value = float(f"{max_bytes / MB:.{digits}g}")
        if max(1, int(value * MB)) == max_bytes:
            break
    else:
        value = max_bytes / MB
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# How far a size said may be from the size, as a share of it: one decimal's
# rounding can say 0.0501 MB as "0.1" (twice it) or 0.16 as "0.2"; a tenth
# keeps the short "0.003 MB" of 0.00278 and "0.7 MB" of 0.668.
NEAR = 0.1


def size_mb(size: int, limit: str) -> str:
    """`size` (bytes, over the limit) as "N MB" to the fewest decimals (1 to
    6) that read over the `limit` shown (`limit_mb`), so never its number,
    and are within `NEAR` of the size; whole megabytes with none ("11 MB"
    beside a "10 MB" limit, never "11.0": qa413 #4); else "N bytes"."""
    if size % MB == 0 and size // MB > float(limit):
        return f"{size // MB} MB"
    exact = size / MB
    for places in range(1, 7):
        shown = f"{exact:.{places}f}"
        if float(shown) > float(limit) and abs(float(shown) - exact) <= NEAR * exact:
            return f"{shown} MB"
    return f"{size:,} bytes"
