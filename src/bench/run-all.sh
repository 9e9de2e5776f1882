#!/usr/bin/env bash
# Runs every benchmark of SPEC §9 and prints each figure next to its target.
#   src/bench/run-all.sh            (about 6–10 minutes on 2 cores)
# The machine is shared: absolute times drift with the load of others (printed at start and end);
# start-up and memory are ratios measured in the same run, alternating, which drift far less.
# Results also go to target/bench/results.txt; docs/benchmarks.md records the latest run.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench
mkdir -p "$OUT"
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { apt-get update -qq && apt-get install -y -qq xvfb >/dev/null; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi

find_jdk() {
  for home in ${JAVA_HOME:-} /usr/lib/jvm/*/; do
    [ -x "$home/bin/java" ] || continue
    v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "${home%/}"; return 0; fi
  done
  return 1
}
JDK="$(find_jdk)"; JAVA="$JDK/bin/java"
RESULTS="$OUT/results.txt"
: > "$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

say "LoopWatch benchmarks · $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores · $(free -g | awk '/Mem/ {print $2}') GiB · $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) · JDK $("$JAVA" -version 2>&1 | head -1)"
say "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build"
./mvnw -B -q -ntp -Pbench -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
APP=(--enable-native-access=ALL-UNNAMED -jar target/loopwatch.jar)

echo "== data sets"
rm -f "$OUT"/bench.db* "$OUT"/import-*.db* "$OUT/import.csv"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" org.loopwatch.bench.GenerateBenchmarkDatabase "$OUT/bench.db" "$OUT/import.csv"

echo "== JMH: measures over 58,400 rows"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main MeasuresBenchmark -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.log" 2>&1
summary_ms="$(grep -E '^MeasuresBenchmark.summaryOfAllMeasures:p0.50' "$OUT/jmh.log" | awk '{print $3}')"
rolling_ms="$(grep -E '^MeasuresBenchmark.rollingSeriesForEveryGroup:p0.50' "$OUT/jmh.log" | awk '{print $3}')"
say "summary of all measures, 58,400 rows, warm   median ${summary_ms} ms   target ≤ 20 ms"
say "rolling series, 8 groups × 2 stages × 10 y   median ${rolling_ms} ms   (no target; drawn by the dashboard)"

echo "== import of 100,000 rows from the command line"
# (Outputs captured first: with pipefail, the probe's exit code 2 would fail a pipeline.)
help_text="$("$JAVA" "${APP[@]}" --help 2>&1 || true)"
probe_text="$("$JAVA" "${APP[@]}" --db "$OUT/probe.db" import /dev/null 2>&1 || true)"
if [[ "$help_text" == *"import FILE.csv"* && "$probe_text" != *"not available"* ]]; then
  times=(); cpu=()
  for run in 1 2 3 4 5; do
    rm -f "$OUT/import-$run.db"*
    # A new database: the file's groups 5–8 are created on the way, as a first import would.
    start=$(now_ms)
    /usr/bin/time -f "%U %S" -o "$OUT/import-time.txt" "$JAVA" "${APP[@]}" --db "$OUT/import-$run.db" import --create-groups "$OUT/import.csv" >/dev/null
    end=$(now_ms)
    times+=($((end - start))); cpu+=("$(awk '{printf "%.0f", ($1 + $2) * 1000}' "$OUT/import-time.txt")")
  done
  say "import 100,000 rows (process start to exit)  median $(printf '%s\n' "${times[@]}" | median) ms   target ≤ 2,000 ms   runs ${times[*]}   (CPU user+sys median $(printf '%s\n' "${cpu[@]}" | median) ms on 2 cores)"
  rm -f "$OUT"/import-phases-*.db*
  "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" org.loopwatch.bench.ImportPhases "$OUT/import.csv" "$OUT" 1 2>/dev/null \
    | sed 's/^run 1:/  where the time goes (one cold in-process run):/' | tee -a "$RESULTS"
else
  say "import 100,000 rows: the import command is not in this build"
fi
rm -f "$OUT/probe.db"*

echo "== start-up and memory against a bare JavaFX window"
CACHE="$(mktemp -d)"
"$JAVA" -cp "$CP" org.loopwatch.bench.StartupHarness 9 \
  "bare JavaFX window=$JAVA -Djavafx.cachedir=$CACHE -cp $CP org.loopwatch.bench.BareJavaFxWindow\$Main" \
  "env:JAVA_TOOL_OPTIONS=-Dloopwatch.probe=first-frame" \
  "LoopWatch (java -jar, 58,400 rows)=$JAVA --enable-native-access=ALL-UNNAMED -jar target/loopwatch.jar --db $OUT/bench.db" \
  | tee -a "$RESULTS"
say "targets: first frame ≤ 1.3 × the bare window; peak memory ≤ 1.5 × the bare window (peak RSS read once the app shows its 58,400 rows)"

if [ -x target/installer/image/LoopWatch/bin/LoopWatch ]; then
  "$JAVA" -cp "$CP" org.loopwatch.bench.StartupHarness 9 \
    "bare JavaFX window=$JAVA -Djavafx.cachedir=$CACHE -cp $CP org.loopwatch.bench.BareJavaFxWindow\$Main" \
    "env:JAVA_TOOL_OPTIONS=-Dloopwatch.probe=first-frame" \
    "installed app image (AOT cache)=target/installer/image/LoopWatch/bin/LoopWatch --db $OUT/bench.db" \
    | tee -a "$RESULTS"
  say "target: the installed app starts faster than the bare window (ratio < 1)"
fi

echo "== save → dashboard redrawn"
if [ -f target/test-classes/org/loopwatch/bench/SaveToDashboardBenchmark.class ]; then
  "$JAVA" --enable-native-access=ALL-UNNAMED -Djavafx.cachedir="$CACHE" -cp "$CP" org.loopwatch.bench.SaveToDashboardBenchmark "$OUT/bench.db" 40 | tee -a "$RESULTS"
else
  say "save → dashboard redrawn: not in this build"
fi

echo "== briefing PDF from the command line"
if "$JAVA" "${APP[@]}" --db "$OUT/bench.db" export briefing --out "$OUT/probe.pdf" >/dev/null 2>&1; then
  # java -jar, and the installed app image's launcher when it has been built; each for the whole
  # ten years (the command's default period, drawn by month) and for the last 56 days (by day).
  launchers=("java -jar")
  [ -x target/installer/image/LoopWatch/bin/LoopWatch ] && launchers+=("installed app")
  for launcher in "${launchers[@]}"; do
    if [ "$launcher" = "java -jar" ]; then command=("$JAVA" "${APP[@]}"); else command=(target/installer/image/LoopWatch/bin/LoopWatch); fi
    for period in "ten years" "last 56 days"; do
      from=(); [ "$period" = "last 56 days" ] && from=(--from 2025-11-03)
      times=(); cpu=()
      for run in 1 2 3 4 5; do
        rm -f "$OUT/briefing.pdf"
        start=$(now_ms)
        env -u DISPLAY /usr/bin/time -f "%U %S" -o "$OUT/briefing-time.txt" "${command[@]}" --db "$OUT/bench.db" export briefing --out "$OUT/briefing.pdf" "${from[@]}" >/dev/null
        end=$(now_ms)
        [ -s "$OUT/briefing.pdf" ] || { echo "no PDF written" >&2; exit 1; }
        times+=($((end - start))); cpu+=("$(awk '{printf "%.0f", ($1 + $2) * 1000}' "$OUT/briefing-time.txt")")
      done
      say "briefing PDF ($launcher), $period, process start → file written  median $(printf '%s\n' "${times[@]}" | median) ms   target ≤ 3,000 ms   runs ${times[*]}   (CPU user+sys median $(printf '%s\n' "${cpu[@]}" | median) ms)"
    done
  done
  "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" org.loopwatch.bench.BriefingPhases "$OUT/bench.db" "$OUT/phases.pdf" 2>/dev/null \
    | sed 's/^/  where the time goes (ten years, one run): /' | tee -a "$RESULTS"
else
  say "briefing PDF: export briefing is not in this build"
fi
say "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Results in $RESULTS"
