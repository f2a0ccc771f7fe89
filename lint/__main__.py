"""`python -m lint` and the `newslint` command (pyproject's entry point)."""
from . import process


def main() -> None:
    process.hold()      # the collector stays paused from the import into run(): see `process`
    from .cli import run

    run()


if __name__ == "__main__":
    main()
