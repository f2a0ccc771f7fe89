"""Where each value of a YAML file starts, so a config or rule error names its line.

A `Marks` maps a key path (`("select", 0)`, `("rules", "house.x", "level")`,
`("tokens", 3)`) to the 1-based (line, column) of that value in the file, and
`path + (KEY,)` to the key itself (for an unknown key). It is built from the
node graph `safeload.load_yaml` composes anyway, only when asked: configs ask on
every parse (the rule-set cache keeps a clean one's marks with its values,
`config_cache`); rule files only when one is wrong, since the rule-set cache
keeps their parsed content without marks.
"""
from __future__ import annotations

from typing import Callable

KEY = "\0key"      # last element of a path that means "the key, not its value"


class PlacedError(Exception):
    """A value of a YAML file (a config, a rule file) is wrong. str() is one
    line: `path[:line:column]: key: problem`. `at` is the key path of the
    offending value (default `(key,)`), which `placed` turns into its line and
    column; `reword(text)` gives the problem again once the text written
    there is known (`12:00`, which YAML read as 720). Once placed, `file` is
    the file alone and `line`, `column` (1-based, characters) where in it;
    unplaced, `file` is `path` and both are None. `errors` holds each error
    of one file or load when there were several (`joined`)."""

    errors: tuple = ()

    def __init__(self, path: str, message: str, key: str | None = None,
                 at: tuple | None = None, reword: Callable[[str], str] | None = None, *,
                 file: str | None = None, line: int | None = None, column: int | None = None):
        self.path, self.problem, self.key = path, message, key
        self.at = (key,) if at is None and key else at
        self.reword = reword
        self.file, self.line, self.column = path if file is None else file, line, column
        super().__init__(f"{path}: {key}: {message}" if key else f"{path}: {message}")

    def placed(self, marks: "Marks | None"):
        """This error (of the same class) with `path:line:col:` from `marks`,
        or itself when unknown."""
        spot = marks.at(self.at) if marks is not None else None
        if spot is None:
            return self
        written = marks.written(self.at) if self.reword is not None else None
        problem = self.problem if written is None else self.reword(written)
        return type(self)(f"{self.path}:{spot[0]}:{spot[1]}", problem, self.key,
                          file=self.file, line=spot[0], column=spot[1])


def first_written(error, marks: "Marks | None"):
    """Of `error` and its `also` (errors of one rule, each with a key path
    `at`: `kinds.base.OptionError`), the one written first in the file
    `marks` reads (qa348 #5: a `raw:` piece above a bad token), `error`
    itself when none is placed or there is no other."""
    errors = (error,) + tuple(getattr(error, "also", ()))
    if len(errors) == 1 or marks is None:
        return error
    spots = [(marks.at(e.at), i) for i, e in enumerate(errors)]
    placed = [(spot, i) for spot, i in spots if spot is not None]
    return errors[min(placed)[1]] if placed else error


def file_order(error: PlacedError) -> tuple:
    """Sort key of one file's errors: placed ones by (line, column), then
    those with no line (a pyproject dotted key), as found (a stable sort)."""
    return error.line is None, error.line or 0, error.column or 0


def joined(errors: list) -> PlacedError:
    """One error for the errors of one file or load (not empty; each a
    PlacedError of one class), told apart by str(), once each: the first's
    class, path, key and place, str() one line for each, in order, and
    `errors` them all, as yamllint says every problem of a file. An error
    that is itself joined gives its own errors (a rule's every wrong option)."""
    errors = list({str(e): e for each in errors for e in (each.errors or (each,))}.values())
    if len(errors) == 1:
        return errors[0]
    first = errors[0]
    one = type(first)(first.path, first.problem, first.key, first.at, first.reword,
                      file=first.file, line=first.line, column=first.column)
    one.args = ("\n".join(str(e) for e in errors),)
    one.errors = tuple(errors)
    return one


class Marks:
    """Key path -> (line, column), both 1-based, from one YAML document."""

    def __init__(self) -> None:
        self.spots: dict[tuple, tuple[int, int]] = {}
        self.texts: dict[tuple, str] = {}      # list items' scalar text, for `find`
        self.keys: dict[tuple, str] = {}       # keys YAML read as no text: their text
        self.values: dict[tuple, str] = {}     # mapping values YAML read as no text (`yes`)
        self.quoted: set[tuple] = set()        # mapping values written quoted or as a block (`"10"`)

    def at(self, path: tuple | None) -> tuple[int, int] | None:
        """The mark of `path`, else of the nearest enclosing value that has one
        (the example of a key it lacks); None when not even the top key has one.
        `()` is the document itself."""
        if path is None:
            return None
        path = _norm(path)
        if not path:
            return self.spots.get(())
        while path:
            spot = self.spots.get(path)
            if spot is not None:
                return spot
            path = path[:-1]
        return None

    def written(self, path: tuple | None) -> str | None:
        """The text written for the list item, the mapping value or the key
        (`path + (KEY,)`) at `path`, when YAML read it as no text (`12:00` ->
        720, `yes` -> True); else None."""
        if path is None:
            return None
        path = _norm(path)
        return self.keys.get(path, self.texts.get(path, self.values.get(path)))

    def find(self, path: tuple, text: str) -> tuple:
        """The path of the first list item under `path` whose text is `text`, or of
        the key `text` in the mapping at `path`; `path` itself when neither is there."""
        path = _norm(path)
        for item, value in self.texts.items():
            if value == text and item[:-1] == path:
                return item
        if path + (text, KEY) in self.spots:
            return path + (text, KEY)
        return path


def _norm(path: tuple) -> tuple:
    return tuple(p if isinstance(p, int) and not isinstance(p, bool) else str(p) for p in path)


def collect(root, marks: Marks, read=None) -> None:
    """Record the mark of every value and key under the composed node `root`.
    Only call it on a graph `safeload.measure` accepted: aliases are walked each
    time they are used, which its node limit bounds. `read(key node)` gives a
    key as the built mapping holds it (`yes` -> True): such a key is also
    marked under that value, so an error about the key `True` finds `yes`."""
    import yaml
    stack = [(root, ())]
    while stack:
        node, path = stack.pop()
        marks.spots.setdefault(path, _spot(node))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                name = str(k.value) if isinstance(k, yaml.ScalarNode) else "?"
                marks.spots.setdefault(path + (name, KEY), _spot(k))
                if read is not None and isinstance(k, yaml.ScalarNode) and not \
                        k.tag.endswith(":str"):
                    built = _norm((read(k),))
                    marks.spots.setdefault(path + built + (KEY,), _spot(k))
                    marks.keys.setdefault(path + built + (KEY,), k.value)
                    marks.spots.setdefault(path + built, _spot(v))
                if isinstance(v, yaml.ScalarNode) and not v.tag.endswith(":str"):
                    marks.values.setdefault(path + (name,), v.value)
                elif isinstance(v, yaml.ScalarNode) and v.style:    # ' " | >: text as written
                    marks.quoted.add(path + (name,))
                stack.append((v, path + (name,)))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                if isinstance(item, yaml.ScalarNode):
                    marks.texts.setdefault(path + (i,), item.value)
                stack.append((item, path + (i,)))


def _spot(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1
