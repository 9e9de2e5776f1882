#!/usr/bin/env bash
# Prints what the command line of SPEC §7 answers: every command's --help in both languages, and
# a set of runs (successes and refusals) with their exit codes, stdout, stderr and a digest of the
# files they write. Run it before and after a change to the cli package and diff the two: the
# contract (option names, defaults, help texts, exit codes, messages) must not move.
#   .ci/cli-transcript.sh > before.txt; (change); .ci/cli-transcript.sh > after.txt; diff before.txt after.txt
#   .ci/cli-transcript.sh /path/to/other/checkout   (compiles and runs that checkout instead)
# The PDF's digest is left out: it records the time it was written. Charts print the minute they were
# made in their footer: an SVG is digested with its times masked, a PNG gives its size only.
set -euo pipefail
. "$(cd "$(dirname "$0")/.." && pwd)/installer/find-jdk.sh" # this checkout's, also for another
REPO="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
cd "$REPO"
./mvnw -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cli-transcript-cp.txt >&2
JAVA="$(find_jdk)/bin/java" || { echo "needs a JDK 21+ (JAVA_HOME or under /usr/lib/jvm)" >&2; exit 1; }
CP="$REPO/target/classes:$(cat target/cli-transcript-cp.txt)"
# Named WORK in the transcript, so two runs compare; help wraps the default --db path, so give two
# runs side by side folders of the same length.
WORK="${CLI_TRANSCRIPT_WORK:-/tmp/loopwatch-cli-transcript}"
rm -rf "$WORK"; mkdir -p "$WORK/home"
DB="$WORK/t.db"
DEMO="$REPO/assets/demo/beijing-2022-demo.csv"

run() {
  echo "### loopwatch $*" | sed -e "s#$WORK#WORK#g" -e "s#$REPO#REPO#g"
  local rc=0
  (cd "$WORK" && HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" LANG=C.UTF-8 \
    "$JAVA" -Duser.language=en -Duser.country=US -cp "$CP" org.loopwatch.app.Launcher "$@" \
    >"$WORK/out" 2>"$WORK/err") || rc=$?
  echo "exit $rc"; echo "--- stdout"; sed -e "s#$WORK#WORK#g" -e "s#$REPO#REPO#g" "$WORK/out"; echo "--- stderr"
  # Left out: the JDK's native-access warnings and JavaFX's shutdown-hook race of a headless
  # export (a stack trace that comes and goes from run to run), which are not LoopWatch's words.
  sed -e "s#$WORK#WORK#g" -e "s#$REPO#REPO#g" "$WORK/err" | grep -v -e '^WARNING: ' -e '^Exception in thread "Glass/Prism Shutdown Hook"' \
    -e '^java.lang.IllegalStateException: Shutdown in progress' -e $'^\tat ' -e 'org.apache.fontbox.ttf.CmapSubtable' || true
}
digest() { echo "### file $1: $( [ -f "$WORK/$1" ] && sha256sum < "$WORK/$1" | cut -c1-16 || echo absent)"; }
svg_digest() {
  echo "### file $1: $( [ -f "$WORK/$1" ] && sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}( [+-][0-9]{2}:[0-9]{2})?/TIME/g' \
    "$WORK/$1" | sha256sum | cut -c1-16 || echo absent)"
}
png_size() { # the width and height in the PNG's header, big-endian at bytes 16 and 20
  local hex
  [ -f "$WORK/$1" ] || { echo "### file $1: absent"; return; }
  hex="$(od -An -tx1 -j16 -N8 "$WORK/$1" | tr -d ' \n')"
  echo "### file $1: PNG $((16#${hex:0:8})) × $((16#${hex:8:8}))"
}

for lang in en zh-CN; do
  run --lang "$lang" --help
  for cmd in init import export-csv export-xlsx summary statement copy team "team init" export "export chart" "export briefing"; do
    # shellcheck disable=SC2086
    run --lang "$lang" $cmd --help
  done
done

run --db "$DB" summary                                   # no file: exit 3
run --db "$DB" export chart --out "$WORK/c.png"          # no file: exit 3
run --db "$DB" init
run --db "$DB" import "$DEMO"                            # the demo's groups are not the defaults: exit 2
run --db "$DB" import "$DEMO" --create-groups
run --db "$DB" summary
run --db "$DB" summary --json --from 2022-01-10 --to 2022-01-20 --group "Other stakeholders" --method jeffreys --level 0.9
run --db "$DB" summary --lang zh-CN --group "Athletes and team officials" --from 2022-01-30
run --db "$DB" export-csv --out "$WORK/e.csv" --from 2022-01-10; digest e.csv
run --db "$DB" export-xlsx --out "$WORK/e.xlsx" --to 2022-01-20
run --db "$DB" statement
run --db "$DB" statement --json --date 2022-01-15
for lang in en zh-CN; do
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c-$lang.png"; png_size "c-$lang.png"
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c-$lang.svg" --chart tests --preset a4-landscape --scale 2 \
    --from 2022-01-10 --to 2022-01-20 --group "Other stakeholders" --group "Athletes and team officials" --stage in_loop
  svg_digest "c-$lang.svg"
  run --lang "$lang" --db "$DB" export chart --out="$WORK/c2-$lang.png" --chart=cumulative --stage=all --from=2022-01-05
  png_size "c2-$lang.png"
  run --lang "$lang" --db "$DB" export briefing --out "$WORK/b-$lang.pdf" --from 2022-01-10 --to 2022-01-20 --stage apart
  run --lang "$lang" --db "$DB" export briefing --out "$WORK/b2-$lang.pdf" --group "Other stakeholders" --stage arrival
  # refusals
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.txt"
  run --lang "$lang" --db "$DB" export chart --out "$WORK/no-folder/c.png"
  run --lang "$lang" --db "$DB" export chart --out "$WORK"
  run --lang "$lang" --db "$DB" export chart
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --from 2022-02-01 --to 2022-01-01
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --stage nowhere
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --chart pie
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --preset poster
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --scale 0
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --from yesterday
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --group "No such group"
  run --lang "$lang" --db "$DB" export chart --out "$WORK/c.png" --colour red
  run --lang "$lang" --db "$DB" export briefing
  run --lang "$lang" --db "$DB" export briefing --out "$WORK/b.pdf" --from 2022-02-01 --to 2022-01-01
  run --lang "$lang" --db "$DB" export briefing --out "$WORK/b.pdf" --stage nowhere
  run --lang "$lang" --db "$DB" export briefing --out "$WORK/b.pdf" --group "No such group"
  run --lang "$lang" --db "$DB" export briefing --out "$WORK/no-folder/b.pdf"
  run --lang "$lang" --db "$DB" export briefing --out "$WORK/b.pdf" --from 2030-01-01
  run --lang "$lang" --db "$DB" export
  run --lang "$lang" --db "$DB" export pie
  run --lang "$lang" --db "$DB" export-csv --out "$WORK/e.csv" --from 2022-02-01 --to 2022-01-01
  run --lang "$lang" --db "$DB" summary --group "No such group" --stage all
done
ls "$WORK" | sed 's/^/written: /'
