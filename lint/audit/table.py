"""The audit's columns: one row per finding, one per article, and the summary.

Findings (`part-*.parquet`): `article` (its id in an export; null for a
plain file and for a finding on an export file itself, such as a line that
is not JSON, as `check --format json` gives none),
`path`, `line`, `column`, `end_line`, `end_column` (1-based, columns count
characters, the end exclusive: as `newslint check --format json`), `rule`,
`level`, `message`, `fix` (null, or {`replacement`, `column`}: as `check
--format json` gives it, `column` the 1-based column the fix starts at when
that is before the finding's, on its line, else null; `as_now` reads an
older newslint's rows, which kept the replacement alone), `published` (the
publication date the rules used, `publication.settle`'s, or null) and `section` (or null). Articles
(`_articles/part-*.parquet`): `path`, `article`, `published`, `section`,
`findings` (`ArticleRows`: a file a finding is on that no article owns is a
row too); each file's metadata `newslint.undated` (`UNDATED`) counts its
articles read with no publication date that a rule needed, as `check`
counts them (`FileResult.undated`): a `published` null is also a file not
read (a FIFO, a binary file: nu54 #5) or empty (`file.empty`: white space,
a hollow NewsML-G2 item), under `--published` too: it
holds no story for the date to be given to, and the summary's months count
stories (qa383 #2). Summary (`_summary.parquet`): `rule`, `level`, `month`
(`YYYY-MM` of publication, null when unknown), `findings`, `articles`
(distinct (`path`, `article`) pairs: two dumps' `line 1` records, or two
desks' exports that reuse ids, are two articles; qa84 #3).
"""
from __future__ import annotations

from collections import Counter


def _schemas():
    import pyarrow as pa

    text = pa.string()
    return {
        "findings": pa.schema([
            ("article", text), ("path", text), ("line", pa.int32()), ("column", pa.int32()),
            ("end_line", pa.int32()), ("end_column", pa.int32()), ("rule", text), ("level", text),
            ("message", text), ("fix", pa.struct([("replacement", text), ("column", pa.int32())])),
            ("published", pa.date32()), ("section", text)]),
        "articles": pa.schema([
            ("path", text), ("article", text), ("published", pa.date32()), ("section", text),
            ("findings", pa.int32())]),
    }


def schema(name: str):
    return _schemas()[name]


class FindingRows:
    """Columns of findings, filled file by file."""

    def __init__(self):
        self.columns: dict[str, list] = {f: [] for f in (
            "article", "path", "line", "column", "end_line", "end_column", "rule", "level",
            "message", "fix", "published", "section")}

    def add(self, result, docs, dates) -> None:
        """`result`'s findings, each with its article's of `docs` and that
        article's date in `dates` (in the order of `docs`: `work.dated`)."""
        c = self.columns
        day = dict(zip(map(id, docs), dates))
        for d, doc in zip(result.diagnostics, owners(result.diagnostics, docs)):
            c["article"].append(d.article or None)
            c["path"].append(d.path)
            c["line"].append(d.line)
            c["column"].append(d.column)
            c["end_line"].append(d.end_line)
            c["end_column"].append(d.end_column)
            c["rule"].append(d.rule)
            c["level"].append(d.level)
            c["message"].append(d.message)
            c["fix"].append(_fix(d))
            c["published"].append(day[id(doc)] if doc is not None else None)
            c["section"].append(section_of(doc))


def _fix(d) -> dict | None:
    """A finding's `fix` cell: its replacement (stored as `to_table` stores a
    text) and the column the fix starts at when it starts before the finding,
    as `formatters.json` gives it (nu73 #4: the space a `quotes.apostrophe-mark`
    fix takes was lost, so a fix applied from the rows left it); else null."""
    from ..formatters import storable

    if d.fix is None:
        return None
    before = d.offset - d.fix.start
    return {"replacement": storable(d.fix.replacement), "column": d.column - before if before else None}


def as_now(table):
    """(`table`, a findings partition as read, in this newslint's schema;
    whether it was not): an older newslint's `fix` (the replacement text
    alone) is {`replacement`, `column` null}, its start not known, so an
    audit it began is finished by `--resume` as one dataset."""
    import pyarrow as pa

    at = table.schema.get_field_index("fix")
    if at < 0 or not pa.types.is_string(table.schema.field(at).type):
        return table, False
    old = table.column(at).combine_chunks()
    fix = pa.StructArray.from_arrays([old, pa.nulls(len(old), pa.int32())], ["replacement", "column"],
                                     mask=old.is_null())
    return table.set_column(at, "fix", fix), True


class ArticleRows:
    """Columns of articles: every article read, with or without findings,
    and every (`path`, `article`) a finding names that no article read owns,
    with null `published` and `section`: a file refused whole (`file.encoding`,
    `file.xml`), a source where nothing is (`file.missing`), an export's own
    finding (a line that is not JSON, `article` null). So every finding row
    has its articles row and `findings` adds up to the finding rows, as
    `_summary.parquet` counts such a file as an article (qa124 #4). A finding
    a baseline hid (`hidden`) still names its row, with no finding counted:
    a refused file is one article audited with `--baseline` or without
    (qa146 #3)."""

    def __init__(self):
        self.columns: dict[str, list] = {f: [] for f in (
            "path", "article", "published", "section", "findings")}

    def add(self, path: str, result, docs, dates, hidden=()) -> None:
        """A row for each of `docs`, published on its date in `dates`, and
        one for each (path, article) of a finding none of them owns."""
        owned = owners(result.diagnostics, docs)
        counts = Counter(id(doc) for doc in owned)
        c = self.columns
        for doc, day in zip(docs, dates):
            c["path"].append(path)
            c["article"].append(doc.article or None)
            c["published"].append(day)
            c["section"].append(section_of(doc))
            c["findings"].append(counts[id(doc)])
        # a finding's path as its row has it (FindingRows: `d.path`), so the keys match
        unowned = Counter((d.path, d.article or None) for d, doc in zip(result.diagnostics, owned)
                          if doc is None)
        for d, doc in zip(hidden, owners(hidden, docs)):
            if doc is None:
                unowned[(d.path, d.article or None)] += 0
        for (where, article), n in unowned.items():
            c["path"].append(where)
            c["article"].append(article)
            c["published"].append(None)
            c["section"].append(None)
            c["findings"].append(n)


def owners(diagnostics, docs) -> list:
    """The article of `docs` each finding was linted as (None for none): the
    one with its id that starts where its article does (`Diagnostic.article_at`,
    `Document.article_at`, a source offset of the text read). Ids are not
    always unique (a dump's revisions, an id mapped to a slug), places are:
    each revision owns its own findings, its refused date's warning too (qa386
    #3). A finding on an export file itself (a line that is not JSON) names
    no article, and none owns it."""
    placed: dict = {}
    for doc in docs:
        placed.setdefault((doc.article, doc.article_at), doc)
    return [placed.get((d.article, d.article_at)) for d in diagnostics]


def section_of(doc) -> str | None:
    """The article's section (`Document.section`: what it states, else its
    site's content folder, `site_sections.place_section`), or None."""
    return doc.section or None if doc is not None else None


# The `_articles` files' metadata key: how many of their articles had no publication date.
UNDATED = "newslint.undated"
# ... and how many of those were given one that was refused (`FileResult.date_refused`): the
# audit's summary says so, as check's note does (qa376 #8)
REFUSED = "newslint.date-refused"


def to_table(columns: dict, name: str, metadata: dict | None = None):
    """A pyarrow Table of `columns` under the `name` schema. Every text is
    stored as `check --format json` shows it (`formatters.storable`): a file
    name that is not UTF-8 (a latin-1 `caf\xe9.md`, each bad byte a lone
    surrogate in Python) has U+FFFD for its bad bytes, which Parquet's UTF-8
    strings can hold; the partition is never lost for it (qa124 #1).
    `metadata` ({str: str}, e.g. `UNDATED`) goes in the table's schema."""
    import pyarrow as pa

    from ..formatters import storable

    text = {f.name for f in schema(name) if pa.types.is_string(f.type)}
    table = pa.table({k: [storable(v) if v is not None else None for v in vs] if k in text else vs
                      for k, vs in columns.items()}, schema=schema(name))
    return table.replace_schema_metadata(metadata) if metadata else table


def undated(table) -> int:
    """How many articles of one `_articles` file had no publication date
    (its `UNDATED` metadata); a file written without it (an older newslint)
    counts its null `published`, as before."""
    said = (table.schema.metadata or {}).get(UNDATED.encode())
    return int(said) if said is not None else table["published"].null_count


def refused(table) -> int:
    """How many undated articles of one `_articles` file were given a date
    that was refused (its `REFUSED` metadata); 0 for a file written without it."""
    return int((table.schema.metadata or {}).get(REFUSED.encode(), 0))


def summarise(table):
    """Findings per rule, level and month of publication (a pyarrow Table)."""
    import pyarrow.compute as pc

    month = pc.strftime(pc.cast(table["published"], "timestamp[s]"), format="%Y-%m")
    # an article is its file and its id in it (a plain file's id is null: the file)
    key = pc.binary_join_element_wise(table["path"], pc.fill_null(table["article"], ""), "\x00")
    with_month = table.append_column("month", month).append_column("key", key)
    grouped = with_month.group_by(["rule", "level", "month"]).aggregate(
        [("key", "count"), ("key", "count_distinct")])
    grouped = grouped.rename_columns(
        ["findings" if n == "key_count" else "articles" if n == "key_count_distinct" else n
         for n in grouped.column_names])
    return grouped.select(["rule", "level", "month", "findings", "articles"]).sort_by(
        [("rule", "ascending"), ("month", "ascending")])
