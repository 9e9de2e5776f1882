#!/usr/bin/env bash
# Builds the Linux app image and .deb of LoopWatch from a clean clone:
#   installer/build-linux.sh            # app image + .deb in target/installer/
#   installer/build-linux.sh --image    # app image only (quick; what CI smoke-tests)
#
# What it does, and why:
# 1. ./mvnw package → target/loopwatch.jar (JavaFX, sqlite-jdbc and the rest inside).
# 2. jlink a trimmed runtime from the build JDK (21+) with just the modules jdeps finds.
# 3. Unpack sqlite-jdbc's native library into the image and point org.sqlite.lib.path at it, so
#    it never loads from a temp folder that may be mounted noexec.
# 4. jpackage an app image, whose bin/LoopWatch is then replaced by installer/linux/launcher.sh
#    (jpackage's launcher queries rpm/dpkg at every start); then three training runs record AOT
#    caches (JDK 25+, JEP 483/514/515) or CDS archives (JDK 21–24) into the image: one of the
#    desktop start on a year of results and 40 saves (under Xvfb when there is no display; decision
#    0074), one of the commands (CommandTraining), one of --version alone, each used by the
#    launcher for what it starts (decisions 0031, 0061).
#    JavaFX's native libraries go beside the jar, where JavaFX loads them without unpacking (0061).
# 5. jpackage a .deb from that image, adding libgtk-3-0 to Depends and a desktop entry with the icon.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/target/installer"
IMAGE_ONLY=false
[ "${1:-}" = "--image" ] && IMAGE_ONLY=true

. installer/find-jdk.sh
JDK="$(find_jdk jpackage)" || { echo "Needs a JDK 21+ with jpackage (set JAVA_HOME or install one under /usr/lib/jvm)." >&2; exit 1; }
JDK_MAJOR="$(jdk_major "$JDK")"
VERSION="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)"
echo "== LoopWatch $VERSION with JDK $JDK_MAJOR from $JDK"

# GTK 3 (the training run opens a real window), Xvfb, fakeroot, unzip: installed when missing.
"$ROOT/installer/system-packages.sh" installer

if [ ! -f target/loopwatch.jar ] || [ "${REBUILD:-true}" = true ]; then
  ./mvnw -B -q -ntp -DskipTests package
fi

rm -rf "$OUT"
mkdir -p "$OUT/input/native" "$OUT/work"
cp target/loopwatch.jar "$OUT/input/"
# picocli ships Java 5 class files, which an AOT cache skips ("Old class has been linked"): every
# command loaded and verified its 171 classes from the jar. The image's copy gets them as Java 8
# class files with stack maps, the same code (decision 0050); needs the ClassFile API (JDK 25+).
if [ "$JDK_MAJOR" -ge 25 ]; then
  "$JDK/bin/java" installer/tools/ModernizeOldClasses.java "$OUT/input/loopwatch.jar" picocli/
fi

# sqlite-jdbc's native library for this machine, beside the jar in the image.
case "$(uname -m)" in
  x86_64) SQLITE_ARCH=x86_64 ;;
  aarch64) SQLITE_ARCH=aarch64 ;;
  *) echo "Unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
(cd "$OUT/work" && unzip -q -o "$ROOT/target/loopwatch.jar" "org/sqlite/native/Linux/$SQLITE_ARCH/libsqlitejdbc.so")
cp "$OUT/work/org/sqlite/native/Linux/$SQLITE_ARCH/libsqlitejdbc.so" "$OUT/input/native/"

# JavaFX's native libraries for this machine, beside the jar in the image. JavaFX looks there first
# (NativeLibLoader: "the same folder as this jar") and loads them as they are; otherwise, at every
# start, it inflates each one from the jar and compares its MD5 with the copy in its cache folder
# (twice 0.6 MB hashed by still-interpreted code: ≈ 50 ms of CPU before the first frame, decision
# 0061) — and writes to the user's cache folder. The jar keeps its copies, so `java -jar` works alike.
(cd "$OUT/work" && unzip -q -o "$ROOT/target/loopwatch.jar" 'lib*.so' -d javafx-native)
cp "$OUT/work/javafx-native/"lib*.so "$OUT/input/"

echo "== jlink"
MODULES="$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 target/loopwatch.jar)"
MODULES="$MODULES,java.logging,java.naming,jdk.localedata,jdk.crypto.ec"
"$JDK/bin/jlink" --add-modules "$MODULES" --output "$OUT/runtime" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --include-locales=en,de,fr,zh

# Memory (decision 0009): the serial collector with a small young generation, and a heap bounded
# at 512 MB. The desktop app holding ten years of rows then peaks at about 1.5 × a bare JavaFX
# window (SPEC §9) instead of 2 ×; 512 MB holds a data set four times that size (import, app and
# briefing), and bounds how far a long session's heap grows (200 saves: 0.77 GB resident, not 1.3). LOOPWATCH_MEMORY_OPTIONS replaces them, to measure others.
# Keep them alike in installer/windows/build-windows.ps1 and installer/macos/build-macos.sh.
# The Linux launcher (installer/linux/launcher.sh) also limits glibc's malloc arenas for the desktop
# start (decision 0048); Windows and macOS do not use glibc.
read -r -a MEMORY_OPTIONS <<< "${LOOPWATCH_MEMORY_OPTIONS:--XX:+UseSerialGC -Xmn8m -Xmx512m}"
JVM_EXTRA=("${MEMORY_OPTIONS[@]}")
if [ "$JDK_MAJOR" -ge 24 ]; then
  # JavaFX 21's Marlin renderer still uses sun.misc.Unsafe; allow it quietly on JDKs that warn.
  JVM_EXTRA+=(--sun-misc-unsafe-memory-access=allow)
fi
EXTRA_OPTIONS=()
for option in "${JVM_EXTRA[@]}"; do EXTRA_OPTIONS+=(--java-options "$option"); done
if [ "$JDK_MAJOR" -ge 25 ]; then
  CACHE_FILE=loopwatch.aot
  COMMAND_CACHE_FILE=loopwatch-commands.aot
  VERSION_CACHE_FILE=loopwatch-version.aot
  CACHE_FLAG=-XX:AOTCache
else
  CACHE_FILE=loopwatch.jsa
  COMMAND_CACHE_FILE=loopwatch-commands.jsa
  VERSION_CACHE_FILE=loopwatch-version.jsa
  CACHE_FLAG=-XX:SharedArchiveFile
fi
CACHE_OPTION="$CACHE_FLAG="'$APPDIR/'"$CACHE_FILE"

echo "== jpackage app image"
"$JDK/bin/jpackage" --type app-image --dest "$OUT/image" \
  --name LoopWatch --app-version "$VERSION" --vendor "LoopWatch" \
  --description "Daily PCR positivity for the health team of a closed-loop event" \
  --input "$OUT/input" --main-jar loopwatch.jar --main-class org.loopwatch.app.Launcher \
  --runtime-image "$OUT/runtime" --icon assets/icon-256.png \
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/native' \
  --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.so' \
  --java-options '--enable-native-access=ALL-UNNAMED' \
  --java-options "$CACHE_OPTION" "${EXTRA_OPTIONS[@]}"
APP="$OUT/image/LoopWatch"
APPDIR="$APP/lib/app"

# 4b. jpackage's native launcher asks the package manager which package owns it at every start
# (rpm -qf, dpkg -S, twice; 0.3 s of CPU), so bin/LoopWatch becomes a small script that starts the
# runtime with the same options and picks the start-up cache for what is asked (decision 0031).
sed -e "s|@VERSION@|$VERSION|" -e "s|@DESKTOP_CACHE@|$CACHE_FILE|" -e "s|@COMMAND_CACHE@|$COMMAND_CACHE_FILE|" -e "s|@VERSION_CACHE@|$VERSION_CACHE_FILE|" \
  -e "s|@CACHE_FLAG@|$CACHE_FLAG|" -e "s|@JVM_OPTIONS@|${JVM_EXTRA[*]}|" installer/linux/launcher.sh > "$APP/bin/LoopWatch"
chmod 755 "$APP/bin/LoopWatch"

record_option() {
  if [ "$JDK_MAJOR" -ge 25 ]; then echo "-XX:AOTCacheOutput=$1"; else echo "-XX:ArchiveClassesAtExit=$1"; fi
}
TRAIN_BASE=("$APP/lib/runtime/bin/java" -Dorg.sqlite.lib.path="$APPDIR/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so
  --enable-native-access=ALL-UNNAMED "${JVM_EXTRA[@]}")

echo "== training run for the command line's start-up cache ($COMMAND_CACHE_FILE)"
# Headless, as commands run: import, summary, briefing PDF, statement, CSV export (CommandTraining).
# Classes only, no training data (JDK 25 records the methods each run compiled, and a JVM started with
# the cache compiles them all again at once, on a thread of its own): for a command, C1 alone, that
# replay compiled what the other commands of the training needed, on the second core, while the
# briefing's worker wanted it — ten-year briefing −30 to −37 ms, 100,000-row import −35 ms without
# it (decision 0082). A build-time option only: nothing changes in how the cache is used.
COMMAND_CACHE_OPTIONS=()
[ "$JDK_MAJOR" -ge 25 ] && COMMAND_CACHE_OPTIONS=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)
if ! env -u DISPLAY "${TRAIN_BASE[@]}" -XX:TieredStopAtLevel=1 "${COMMAND_CACHE_OPTIONS[@]}" \
    "$(record_option "$APPDIR/$COMMAND_CACHE_FILE")" -cp "$APPDIR/loopwatch.jar" \
    org.loopwatch.app.CommandTraining "$OUT/work/commands" >"$OUT/work/command-training.log" 2>&1; then
  echo "command training run failed; its log:" >&2; cat "$OUT/work/command-training.log" >&2; exit 1
fi
ls -la "$APPDIR/$COMMAND_CACHE_FILE"
# A LoopWatch class a command loads that the training did not is parsed and verified from the jar at
# every start, and the first one opens the jar (13,000 entries) ahead of its time: an import as the
# benchmark runs it must take every one of them from the cache.
CHECK_DB="$OUT/work/commands/cache-check.db"
rm -f "$CHECK_DB"*
FROM_JAR="$(env -u DISPLAY JAVA_TOOL_OPTIONS="-Xlog:class+load=info:stdout" "$APP/bin/LoopWatch" --db "$CHECK_DB" \
  import --create-groups "$OUT/work/commands/training.csv" 2>/dev/null | grep -E 'org\.loopwatch\.[^ ]* source: (file|jar):' || true)"
if [ -n "$FROM_JAR" ]; then
  echo "the command-line cache lacks LoopWatch classes an import loads (add their path to CommandTraining):" >&2
  echo "$FROM_JAR" >&2; exit 1
fi

echo "== training run for --version's start-up cache ($VERSION_CACHE_FILE)"
# Without a cache `loopwatch --version` parses and verifies its few classes from the jar: ≈ 10 ms of
# its ≈ 50 (SPEC §9: ≤ 2 × java -version). A cache of what --version alone loads (≈ 10 MB mapped,
# nothing else loaded) takes that off (decision 0061); the desktop's or the commands' would load
# thousands of classes --version never uses. Same JVM options as the launcher gives --version.
if ! env -u DISPLAY "${TRAIN_BASE[@]}" -XX:TieredStopAtLevel=1 "$(record_option "$APPDIR/$VERSION_CACHE_FILE")" -cp "$APPDIR/loopwatch.jar" \
    org.loopwatch.app.Launcher --version >"$OUT/work/version-training.log" 2>&1; then
  echo "--version training run failed; its log:" >&2; cat "$OUT/work/version-training.log" >&2; exit 1
fi
ls -la "$APPDIR/$VERSION_CACHE_FILE"

echo "== training run for the desktop's start-up cache ($CACHE_FILE)"
# On a year of results ending three days ago (DesktopTraining), not an empty database: the run
# opens it, shows the dashboard with its figures, then fills in 40 cells of the free days through
# the Daily entry screen's view model (SaveTraining), so the cache holds a save's classes and the
# JIT's profiles of its code, and the installed app's first saves are as quick as its later ones
# (decision 0074). Without data it learnt only the empty state's start.
TRAIN_DB="$OUT/work/desktop/training.db"
mkdir -p "$OUT/work/desktop"
if ! env -u DISPLAY "${TRAIN_BASE[@]}" -cp "$APPDIR/loopwatch.jar" org.loopwatch.app.DesktopTraining "$TRAIN_DB" \
    >"$OUT/work/desktop-training-data.log" 2>&1; then
  echo "writing the desktop training run's database failed; its log:" >&2; cat "$OUT/work/desktop-training-data.log" >&2; exit 1
fi
TRAIN_JAVA=("${TRAIN_BASE[@]}" -Dloopwatch.probe=train-saves -Djavafx.cachedir="$OUT/work/openjfx"
  "$(record_option "$APPDIR/$CACHE_FILE")" -cp "$APPDIR/loopwatch.jar" org.loopwatch.app.Launcher --db "$TRAIN_DB")
# A failing run must print its log, not die silently under set -e.
training=0
if [ -n "${DISPLAY:-}" ]; then
  "${TRAIN_JAVA[@]}" >"$OUT/work/training.log" 2>&1 || training=$?
else
  xvfb-run -a -s "-screen 0 1280x800x24" "${TRAIN_JAVA[@]}" >"$OUT/work/training.log" 2>&1 || training=$?
fi
if [ "$training" -ne 0 ] || ! grep -q loopwatch-ready "$OUT/work/training.log"; then
  echo "training run failed (exit $training); its log:" >&2; cat "$OUT/work/training.log" >&2; exit 1
fi
# The training run's JavaFX cache folder must stay empty: a library unpacked there means JavaFX did
# not find the ones beside the jar, and every start would pay for unpacking and hashing again.
if [ -n "$(find "$OUT/work/openjfx" -name '*.so' 2>/dev/null)" ]; then
  echo "JavaFX unpacked native libraries instead of loading those beside the jar in $APPDIR:" >&2
  find "$OUT/work/openjfx" -name '*.so' >&2; exit 1
fi
ls -la "$APPDIR/$CACHE_FILE"

echo "== smoke test: $APP/bin/LoopWatch --version"
env -u DISPLAY "$APP/bin/LoopWatch" --version

if [ "$IMAGE_ONLY" = true ]; then
  echo "App image: $APP"
  exit 0
fi

echo "== jpackage .deb"
"$JDK/bin/jpackage" --type deb --dest "$OUT" --app-image "$APP" \
  --name LoopWatch --app-version "$VERSION" --vendor "LoopWatch" \
  --description "Daily PCR positivity for the health team of a closed-loop event" \
  --linux-package-name loopwatch --linux-package-deps "libgtk-3-0" \
  --linux-shortcut --linux-menu-group "Office;MedicalSoftware" --linux-app-category science \
  --icon assets/icon-256.png --resource-dir installer/linux
DEB="$(ls "$OUT"/loopwatch_*.deb)"
dpkg-deb -I "$DEB" | sed -n '/Depends/p'
echo "Debian package: $DEB"
