#!/usr/bin/env bash
# Measures process start → first frame and peak memory of the installed LoopWatch app image
# against a bare JavaFX window (a Stage with a Label) on the same JDK, alternating runs.
#   installer/build-linux.sh --image && installer/measure-startup.sh [RUNS]
# Needs a display; without one it runs itself under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
APP=target/installer/image/LoopWatch
[ -x "$APP/bin/LoopWatch" ] || { echo "Build the app image first: installer/build-linux.sh --image" >&2; exit 1; }
JAVA="$APP/lib/runtime/bin/java"
# The bare window runs on the full JDK of the same version as the bundled runtime.
WANT="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
BUILD_JDK=""
for home in ${JAVA_HOME:-} /usr/lib/jvm/*/; do
  [ -x "$home/bin/java" ] || continue
  v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  if [ "$v" = "$WANT" ]; then
    BUILD_JDK="${home%/}"; break
  fi
done
[ -n "$BUILD_JDK" ] || { echo "No full JDK $WANT found for the bare-window floor" >&2; exit 1; }
[ -d target/test-classes/org/loopwatch/bench ] || ./mvnw -B -q -ntp -DskipTests package
DB="$(mktemp -d)/startup.db"
"$BUILD_JDK/bin/java" -jar target/loopwatch.jar --db "$DB" init >/dev/null
CACHE="$(mktemp -d)"
echo "JDK: $BUILD_JDK · $(nproc) cores · $(date -u +%Y-%m-%dT%H:%MZ) · $RUNS runs each, alternating"
"$BUILD_JDK/bin/java" -cp target/test-classes org.loopwatch.bench.StartupHarness "$RUNS" \
  "bare JavaFX window=$BUILD_JDK/bin/java -Djavafx.cachedir=$CACHE -cp target/test-classes:target/loopwatch.jar org.loopwatch.bench.BareJavaFxWindow\$Main" \
  "env:JAVA_TOOL_OPTIONS=-Dloopwatch.probe=first-frame" \
  "installed app (AOT cache)=$APP/bin/LoopWatch --db $DB" \
  "env:JAVA_TOOL_OPTIONS=-Dloopwatch.probe=first-frame" \
  "java -jar (no cache)=$BUILD_JDK/bin/java --enable-native-access=ALL-UNNAMED -jar target/loopwatch.jar --db $DB"
