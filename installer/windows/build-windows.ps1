# Builds LoopWatch-<version>.msi on Windows (needs a JDK 21+ with jpackage and the WiX Toolset 3
# on PATH). Run from the repository root:  powershell -File installer\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
$version = ([xml](Get-Content pom.xml)).project.version
.\mvnw.cmd -B -q -DskipTests package
Remove-Item -Recurse -Force target\installer -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\installer\input\native | Out-Null
Copy-Item target\loopwatch.jar target\installer\input\
# sqlite-jdbc's native DLL beside the jar, loaded from there instead of %TEMP%.
Expand-Archive -Force target\loopwatch.jar target\installer\work -ErrorAction SilentlyContinue
Copy-Item target\installer\work\org\sqlite\native\Windows\x86_64\sqlitejdbc.dll target\installer\input\native\
$modules = & jdeps --print-module-deps --ignore-missing-deps --multi-release 21 target\loopwatch.jar
& jlink --add-modules "$modules,java.logging,java.naming,jdk.localedata,jdk.crypto.ec" --output target\installer\runtime `
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive
# The memory options (serial collector, 8 MB young generation, 512 MB heap) are those of
# installer/build-linux.sh; decision 0009 has the measurements.
& jpackage --type msi --dest target\installer --name LoopWatch --app-version $version --vendor LoopWatch `
  --description "Daily PCR positivity for the health team of a closed-loop event" `
  --input target\installer\input --main-jar loopwatch.jar --main-class org.loopwatch.app.Launcher `
  --runtime-image target\installer\runtime --icon installer\windows\LoopWatch.ico `
  --java-options '-Dorg.sqlite.lib.path=$APPDIR\native' --java-options '-Dorg.sqlite.lib.name=sqlitejdbc.dll' `
  --java-options '--enable-native-access=ALL-UNNAMED' `
  --java-options '-XX:+UseSerialGC' --java-options '-Xmn8m' --java-options '-Xmx512m' `
  --win-menu --win-menu-group LoopWatch --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-upgrade-uuid 6f0c2a5e-7d1b-4c55-9a7e-2f1e3c9d4b10
