"""One line for a data file that cannot be read (`rule_cache.load_data`'s
errors), as the engine and the option checks report it."""
from __future__ import annotations


def data_error(path: str, exc: Exception) -> str:
    """One line for a data file `load_data` could not read (an OSError, a
    ValueError, a YAML error): `path:line:column: invalid YAML: …` where YAML
    says (its own words, as a config's are put, `yaml_errors.yaml_error`),
    never PyYAML's several lines with `in "<unicode string>"` (qa96 #10)."""
    problem, mark = str(exc).splitlines()[0] if str(exc) else type(exc).__name__, None
    if hasattr(exc, "where"):                # safeload's LoadError: it knows its line and column
        return f"{exc.where(path)}: {problem}"
    if getattr(exc, "problem_mark", None) is not None or getattr(exc, "context_mark", None) is not None:
        from .yaml_errors import yaml_error
        try:
            with open(path, encoding="utf-8") as fh:
                problem, mark = yaml_error(exc, fh.read())
        except (OSError, ValueError):
            mark = exc.problem_mark or exc.context_mark
            problem = exc.problem or exc.context or problem
        problem = f"invalid YAML: {problem}"
    elif isinstance(exc, OSError):
        problem = exc.strerror or problem
    where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else path
    return f"{where}: {problem}"
