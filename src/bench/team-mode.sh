#!/usr/bin/env bash
# SPEC §9 second round, team mode: 8 desks saving at once into one local PostgreSQL server.
# Prints p50/p95 of a save (call → COMMIT acknowledged) and of the time until the 7 other desks'
# dashboards show it (notice → re-read → figures recomputed), twice: every desk saving as fast as it
# can (a stress test) and every desk saving every 250 ms (still ~30× a person's pace).
#   src/bench/team-mode.sh                 (about 2–4 minutes on 2 cores; needs Debian's postgresql)
#   SAVES=100 src/bench/team-mode.sh       (fewer saves per desk)
# run-all.sh calls it as its last section with CP (class path) and RESULTS (file to append to) set;
# alone it builds what it needs. It runs under `nice` (NICE=0 to turn that off), as the machine is shared:
# the load average before and after is printed with the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench
mkdir -p "$OUT"

find_jdk() {
  for home in ${JAVA_HOME:-} /usr/lib/jvm/*/; do
    [ -x "$home/bin/java" ] || continue
    v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "${home%/}"; return 0; fi
  done
  return 1
}
JAVA="$(find_jdk)/bin/java"
say() { echo "$*"; if [ -n "${RESULTS:-}" ]; then echo "$*" >> "$RESULTS"; fi; }

if [ -z "${CP:-}" ]; then
  echo "== build (test classes with the bench sources)"
  ./mvnw -B -q -ntp -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
  CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  say "team mode: skipped, no PostgreSQL server programs (Debian: apt-get install postgresql)"
  exit 0
fi

server="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
say "team mode · PostgreSQL $("$server/postgres" --version | awk '{print $3}') on this machine (its own server, fsync on) · $(nproc) cores · nice ${NICE:-10} · load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Flat out twice in one JVM (decision 0059): first with every desk's code cold, as 8 desks opened
# at the same moment, then on a new database with new desks once that code is compiled.
for pause in 0 250; do
  rounds=1; [ "$pause" = 0 ] && rounds=2
  nice -n "${NICE:-10}" "$JAVA" -Djava.awt.headless=true -cp "$CP" org.loopwatch.bench.TeamDesksBenchmark "${SAVES:-200}" "$pause" 0 "$rounds" 2>/dev/null \
    | while IFS= read -r line; do say "$line"; done
done
say "team mode · load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
