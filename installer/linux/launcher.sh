#!/bin/sh
# The installed app's launcher on Linux (bin/LoopWatch, on the PATH as `loopwatch`), written into the
# app image by installer/build-linux.sh in place of jpackage's native launcher. That one asks the
# package manager which package owns it at every start (`rpm -qf`, then `dpkg -S`, twice, and
# `dpkg -L` when installed from the .deb) — 0.3 s of CPU before Java starts, for the desktop app
# and for every command (decision 0031). This script starts the bundled runtime directly with the
# same options, and picks the start-up cache for what is asked:
#   the desktop app (no command)   the AOT cache trained on the desktop start (@DESKTOP_CACHE@)
#   a command (import, export …)   the AOT cache trained on the commands      (@COMMAND_CACHE@)
#   --version                      a small AOT cache trained on --version alone (@VERSION_CACHE@)
#   --help                         none: the runtime's own class-data archive, as java -version
# An AOT cache loads every class it holds when the JVM starts, so the desktop's (JavaFX and all)
# would make `loopwatch --version` load 5,000 classes it never uses. Which cache is used changes
# only speed, never behaviour; a missing or stale cache is skipped by the JVM.
# Where the image is: through a link (the package's /usr/bin/loopwatch) `readlink -f` finds it; called
# by its own path, the shell's own string handling does, sparing the two processes (readlink,
# dirname) that were ≈ 4 ms of an 8 ms launcher in front of `--version` (SPEC §9: ≤ 2 × java -version).
self="$0"
if [ -L "$self" ] || [ "${self#*/}" = "$self" ]; then
    self="$(readlink -f "$self")"
fi
bin="${self%/*}"
app="$bin/../lib/app"
java="$bin/../lib/runtime/bin/java"

kind=desktop
skip_value=false
for arg in "$@"; do
    if [ "$skip_value" = true ]; then
        skip_value=false
        continue
    fi
    case "$arg" in
        --db|--lang) skip_value=true ;;
        --db=*|--lang=*) ;;
        --version|-V) kind=version ;;
        --help|-h) kind=plain ;;
        *) kind=command; break ;;
    esac
done

case "$kind" in
    desktop) cache_file="$app/@DESKTOP_CACHE@" ;;
    command) cache_file="$app/@COMMAND_CACHE@" ;;
    version) cache_file="$app/@VERSION_CACHE@" ;;
    *) cache_file="" ;;
esac
cache=""
[ -n "$cache_file" ] && [ -f "$cache_file" ] && cache="@CACHE_FLAG@=$cache_file"
# A command lives a second or two: C2's compilations cost more CPU than they win back before it
# ends (import −25 % CPU, briefing −25 %, decision 0031); --version and --help compute nothing.
# The desktop app, which runs for hours, keeps both compilers (decision 0009).
command_options=""
[ "$kind" != desktop ] && command_options="-XX:TieredStopAtLevel=1"
# A command's heap (decision 0080). Most of a serial young collection's pause here is the kernel
# faulting in, 4 KiB at a time, the old generation's pages its survivors are copied to: 22 pauses,
# ≈ 200 ms of a 1 s ten-year briefing. Transparent huge pages fault them in 2 MiB at a time, and a
# 64 MB young generation collects twice instead of 22 times: installed, briefing −11 % wall, import −9 %.
# Only where the kernel offers them: asked for under "never", the JVM would print a warning on
# standard output, into a command's output. The desktop app keeps its small heap (0009, 0048).
heap_options=""
if [ "$kind" = command ]; then
    heap_options="-Xmn64m"
    thp_mode=""
    thp_file="${LOOPWATCH_THP_MODE_FILE:-/sys/kernel/mm/transparent_hugepage/enabled}"
    [ -r "$thp_file" ] && read -r thp_mode <"$thp_file"
    case "$thp_mode" in
        *"[always]"*|*"[madvise]"*) heap_options="$heap_options -XX:+UseTransparentHugePages" ;;
    esac
fi
# The desktop app's native memory (decision 0048): glibc gives each thread that mallocs its own
# arena (up to 8 per core) and keeps freed blocks in it, and it raises its mmap threshold after
# each large free, so C2's compiler arenas, GTK's and SQLite's blocks stay resident in several
# half-empty arenas. Two arenas, and blocks of 128 KiB and more always mapped apart (returned to the
# system when freed), take 7–12 MB off the peak of the app holding ten years of rows (SPEC §9).
# A value set by whoever starts the app wins; commands keep glibc's defaults.
if [ "$kind" = desktop ]; then
    export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
    export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
fi

# shellcheck disable=SC2086 # $cache and the options are words on purpose
exec "$java" -Djpackage.app-version=@VERSION@ -Dorg.sqlite.lib.path="$app/native" \
    -Dorg.sqlite.lib.name=libsqlitejdbc.so --enable-native-access=ALL-UNNAMED $cache $command_options @JVM_OPTIONS@ $heap_options \
    -cp "$app/loopwatch.jar" org.loopwatch.app.Launcher "$@"
