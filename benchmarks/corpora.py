"""Readers for the evaluation corpora, shared by every benchmark script.

The corpora are research-use copies kept outside the repository; each
function takes the corpus folder and yields articles built in memory.
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import random
from pathlib import Path

import regex

SUFFIXES = {".txt", ".md", ".html", ".htm"}
REUTERS = regex.compile(r"<REUTERS\b.*?</REUTERS>", regex.DOTALL)
FIELD = {k: regex.compile(rf"<{k}>(.*?)</{k}>", regex.DOTALL) for k in ("DATE", "TITLE", "DATELINE", "BODY")}


def reuters(folder: Path):
    """(name, text, published) for every Reuters-21578 story with a body: the
    title, a blank line, then the dateline running into the body."""
    for path in sorted(folder.glob("reut2-*.sgm")):
        for i, block in enumerate(REUTERS.findall(path.read_bytes().decode("latin-1"))):
            f = {k: html.unescape((p.search(block) or [None, ""])[1]) for k, p in FIELD.items()}
            if not f["BODY"].strip():
                continue
            day, month, year = regex.match(r"\s*(\d{1,2})-(\w{3})-(\d{4})", f["DATE"]).groups()
            published = dt.datetime.strptime(f"{day}-{month}-{year}", "%d-%b-%Y").date()
            body = f["BODY"].replace("\x03", "").strip()
            text = f"{f['TITLE'].strip()}\n\n{f['DATELINE'].strip()} {body}\n"
            yield f"{path.name}#{i}", text, published


def polnear(folder: Path):
    """(name, text, published) for every PolNeAR text listed in metadata.tsv."""
    with open(folder / "metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            path = folder / row["compartment"] / "text" / f"{row['filename']}.txt"
            if path.exists():
                yield path.name, path.read_text(encoding="utf-8"), dt.date.fromisoformat(
                    row["publication_date"])


def fnc1_bodies(folder: Path):
    """(name, text) for every FNC-1 training body."""
    csv.field_size_limit(10_000_000)
    with open(folder / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield f"fnc1#{row['Body ID']}", row["articleBody"]


def articles(folder: Path):
    """(name, bytes) of every article under a folder, whatever the corpus:
    FNC-1 bodies, Reuters stories rebuilt as text, or article files."""
    if (folder / "train_bodies.csv").is_file():
        for name, text in fnc1_bodies(folder):
            yield f"{name}.txt", text.encode("utf-8")
    elif any(folder.glob("reut2-*.sgm")):
        for name, text, _ in reuters(folder):
            yield f"{name}.txt", text.encode("utf-8")
    else:
        for path in sorted(folder.rglob("*")):
            if path.suffix in SUFFIXES and path.is_file():
                yield str(path), path.read_bytes()


def split_ids(ids, seed: int, dev_share: float) -> dict[str, str]:
    """Body ID -> "dev" or "held-out": a seeded shuffle of the sorted ids, so
    one seed always gives one split and no body is in both parts."""
    order = sorted(ids, key=int)
    random.Random(seed).shuffle(order)
    cut = round(len(order) * dev_share)
    return {b: ("dev" if k < cut else "held-out") for k, b in enumerate(order)}
