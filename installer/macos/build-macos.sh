#!/usr/bin/env bash
# Builds LoopWatch-<version>.dmg on macOS (needs a JDK 21+ with jpackage). From the repository root:
#   installer/macos/build-macos.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)"
./mvnw -B -q -DskipTests package
rm -rf target/installer && mkdir -p target/installer/input/native target/installer/work
cp target/loopwatch.jar target/installer/input/
ARCH="$(uname -m)"; [ "$ARCH" = arm64 ] && ARCH=aarch64
(cd target/installer/work && unzip -q -o ../../loopwatch.jar "org/sqlite/native/Mac/$ARCH/libsqlitejdbc.dylib")
cp "target/installer/work/org/sqlite/native/Mac/$ARCH/libsqlitejdbc.dylib" target/installer/input/native/
MODULES="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 21 target/loopwatch.jar)"
jlink --add-modules "$MODULES,java.logging,java.naming,jdk.localedata,jdk.crypto.ec" --output target/installer/runtime \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive
# The memory options (serial collector, 8 MB young generation, 512 MB heap) are those of
# installer/build-linux.sh; decision 0009 has the measurements.
jpackage --type dmg --dest target/installer --name LoopWatch --app-version "$VERSION" --vendor LoopWatch \
  --description "Daily PCR positivity for the health team of a closed-loop event" \
  --input target/installer/input --main-jar loopwatch.jar --main-class org.loopwatch.app.Launcher \
  --runtime-image target/installer/runtime --icon installer/macos/LoopWatch.icns \
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/native' --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.dylib' \
  --java-options '--enable-native-access=ALL-UNNAMED' \
  --java-options '-XX:+UseSerialGC' --java-options '-Xmn8m' --java-options '-Xmx512m' \
  --mac-package-identifier org.loopwatch.LoopWatch --mac-package-name LoopWatch
