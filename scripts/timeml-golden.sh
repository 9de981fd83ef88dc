#!/usr/bin/env bash
# Pins the temporal tagger's output on a TimeML corpus (such as TBAQ) that may not be copied
# into the repo: record it once, change the tagger, then check that nothing moved.
#
#   scripts/timeml-golden.sh record BIN GOLD_DIR OUT_DIR   # outside the repo: it quotes the corpus
#   scripts/timeml-golden.sh check  BIN GOLD_DIR OUT_DIR   # compares a new run with OUT_DIR
#
# Recorded: the `eval-timeml` report, its `--errors` list and the `timeml` output of every
# file. `check` compares the report and every tagged file byte for byte, and the errors
# list without its last column (`rule=…`, the rule that found an expression), so a rule
# renamed or moved shows only there.
set -euo pipefail
mode=${1:?record or check}; bin=${2:?binary}; gold=${3:?gold dir}; out=${4:?output dir}

record() { # record DIR
  mkdir -p "$1/tml"
  "$bin" eval-timeml "$gold" --errors "$1/errors.tsv" > "$1/report.txt"
  find "$gold" -name '*.tml' | sort | while read -r f; do
    rel=${f#"$gold"/}; mkdir -p "$1/tml/$(dirname "$rel")"
    "$bin" timeml "$f" -o "$1/tml/$rel"
  done
}

without_rules() { sed -E 's/\trule=[^\t]*$//' "$1"; }

case $mode in
  record) record "$out" ;;
  check)
    new=$(mktemp -d); trap 'rm -rf "$new"' EXIT
    record "$new"
    status=0
    cmp -s "$out/report.txt" "$new/report.txt" && echo "report: identical" || { echo "report: differs"; status=1; }
    diff -rq "$out/tml" "$new/tml" > /dev/null && echo "tagged files: identical" || { echo "tagged files: differ"; status=1; }
    if cmp -s <(without_rules "$out/errors.tsv") <(without_rules "$new/errors.tsv"); then
      echo "errors list (without the rule column): identical"
    else
      echo "errors list: differs"; diff <(without_rules "$out/errors.tsv") <(without_rules "$new/errors.tsv") | head -20; status=1
    fi
    exit $status ;;
  *) echo "usage: $0 record|check BIN GOLD_DIR OUT_DIR" >&2; exit 2 ;;
esac
