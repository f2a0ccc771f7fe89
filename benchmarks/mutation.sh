#!/usr/bin/env bash
# Mutation testing of newslint's core modules with mutmut 3: how many small
# deliberate bugs (a `<=` made `<`, a `+ 1` dropped, a string changed) the test
# suite catches. A benchmark, not part of CI: it is CPU-heavy (the covering
# tests run once per mutant).
#
# usage: benchmarks/mutation.sh [--ref GIT_REF] [--jobs N] [--keep] [--mutants GLOB]... [GROUP...]
#   GROUP     engine fixes suppress document stitch formatters dates (default: all)
#   --ref     measure that commit instead of the working tree (e.g. a "before" score)
#   --jobs    mutants run in parallel (mutmut --max-children; default 1: other work shares the CPU)
#   --keep    keep the work folders (default: $TMPDIR/newslint-mutation/GROUP, removed at the end)
#   --memory  address-space cap in KB for mutmut and every test process (default 2000000)
#   --mutants test only the mutants whose names match (mutmut names, `*` globs: a function's
#             mutants after an edit, or the survivors of an earlier run); the rest stay untested
#
# Needs `pip install ".[mutation]"` (mutmut). Each group runs in a copy of the
# repository (mutmut writes a `mutants/` folder and reads `setup.cfg`), with the
# whole suite except the slow subprocess-only tests (wheel build, pre-commit,
# the archive audit's Dask workers, the HTML report's Chromium test, golden
# files: mutmut cannot trace into subprocesses, and a worker started outside
# the copy cannot even import the mutated code) and the random fuzz test
# (test_fuzz.py; a kill there is luck, not a test). For each group it prints
# killed, survived and untested counts and the killed share (killed + timed
# out) / (all run); `mutmut results` in the kept folder lists the
# survivors, `mutmut show NAME` shows one.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
ref="" jobs=1 keep=0 memory=2000000 groups=() names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --ref) ref=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --memory) memory=$2; shift 2 ;;
    --mutants) names+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) groups+=("$1"); shift ;;
  esac
done
[ ${#groups[@]} -gt 0 ] || groups=(engine fixes suppress document stitch formatters dates)
command -v mutmut >/dev/null || { echo "mutation.sh: mutmut is not installed (pip install '.[mutation]')" >&2; exit 2; }

modules() {   # the source files of a group (paths inside the repository)
  case "$1" in
    engine) echo lint/engine.py lint/session.py ;;
    fixes) echo lint/fixes.py ;;
    suppress) echo lint/suppress.py ;;
    document) echo lint/document.py ;;
    stitch) echo lint/readers/_stitch.py ;;
    formatters) echo lint/formatters/*.py ;;
    dates) echo lint/analysis/calendar.py lint/kinds/after_publication.py lint/kinds/future_tense_past_date.py \
                lint/kinds/weekday_mismatch.py lint/kinds/impossible_date.py lint/kinds/relative_weekday.py \
                lint/kinds/dateline_mismatch.py ;;
    *) echo "mutation.sh: unknown group '$1'" >&2; exit 2 ;;
  esac
}

base=${TMPDIR:-/tmp}/newslint-mutation
mkdir -p "$base"
printf '%-11s %7s %7s %8s %8s %8s %8s\n' group mutants killed timeout survived untested killed%
for group in "${groups[@]}"; do
  work="$base/$group"
  rm -rf "$work" && mkdir -p "$work"
  if [ -n "$ref" ]; then
    git -C "$root" archive "$ref" | tar -x -C "$work"
  else
    (cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work")
  fi
  only=() tests=()
  for m in $(cd "$work" && modules "$group"); do [ -f "$work/$m" ] && only+=("$m"); done
  for t in "$work"/tests/test_*.py; do
    case "$(basename "$t")" in
      test_packaging.py|test_precommit.py|test_audit.py|test_fixtures.py|test_fuzz.py) ;;
      *) tests+=("tests/$(basename "$t")") ;;
    esac
  done
  {
    echo "[mutmut]"
    echo "source_paths = lint"
    echo "process_isolation = forkserver"   # each mutant's tests start from a process that ran none
    echo "only_mutate ="; printf '    %s\n' "${only[@]}"
    echo "also_copy ="   # everything the tests read: every top-level file and folder
    (cd "$work" && for f in * .[!.]*; do [ -e "$f" ] && [ "$f" != lint ] && printf '    %s\n' "$f"; done)
    echo "pytest_add_cli_args_test_selection ="; printf '    %s\n' "${tests[@]}"
    echo "pytest_add_cli_args ="
    echo "    --deselect=tests/test_html_report.py::test_chromium_renders_the_report"
  } > "$work/setup.cfg"
  # pyproject's [tool.mutmut], if a later commit adds one, would win over setup.cfg.
  python - "$work/pyproject.toml" <<'EOF'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(re.sub(r"(?ms)^\[tool\.mutmut\].*?(?=^\[|\Z)", "", s))
EOF
  # A clean run that fails once under load (a rule's time budget) is tried again.
  # The address-space cap stops a mutant that loops appending (LineIndex's line
  # scan with `find` from a wrong offset) within seconds: a MemoryError fails
  # its tests, instead of gigabytes growing until mutmut's CPU-time limit.
  (cd "$work" && ulimit -v "$memory" && { mutmut run --max-children "$jobs" ${names[@]+"${names[@]}"} > mutmut.log 2>&1 \
                   || mutmut run --max-children "$jobs" ${names[@]+"${names[@]}"} >> mutmut.log 2>&1 || true; })
  (cd "$work" && mutmut export-cicd-stats > /dev/null 2>&1 || true)
  stats="$work/mutants/mutmut-cicd-stats.json"
  if [ ! -f "$stats" ]; then
    echo "mutation.sh: $group: mutmut did not finish; see $work/mutmut.log" >&2
    continue
  fi
  python - "$group" "$stats" <<'EOF'
import json, sys
group, path = sys.argv[1:]
s = json.load(open(path))
caught = s["killed"] + s["timeout"]
counted = sum(s[k] for k in ("killed", "timeout", "survived", "no_tests", "suspicious", "segfault",
                             "check_was_interrupted_by_user"))   # with --mutants, the ones run
share = f"{100 * caught / counted:.1f}" if counted else "-"
print(f"{group:<11} {s['total']:7} {s['killed']:7} {s['timeout']:8} {s['survived']:8} {s['no_tests']:8} {share:>8}")
if counted < s["total"] - s["skipped"]:
    print(f"            ({s['total'] - s['skipped'] - counted} mutants not run: killed% is of the {counted} run)")
EOF
  if [ "$keep" = 1 ]; then
    echo "            (kept: $work; survivors: cd $work && mutmut results)"
  else
    rm -rf "$work"
  fi
done
