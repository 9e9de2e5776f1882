# Finds a JDK 21 or newer, for the scripts that run Java outside Maven (which picks its own through
# maven-toolchains-plugin): the installer build, CI's smoke test and the command-line transcript.
# One copy, so all of them agree on which JDK a machine has. Source it, then:
#   JDK="$(find_jdk)"             a JDK home: $JAVA_HOME when it is 21+, else one under /usr/lib/jvm
#   JDK="$(find_jdk jpackage)"    the same, one that also has bin/jpackage (a full JDK, not a JRE)
#   jdk_major "$JDK"              its feature version, e.g. 25
# find_jdk prints nothing and fails when there is none; the caller says what it needed.

jdk_major() {
  local v
  v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  echo "${v%%.*}"
}

find_jdk() {
  local tool="${1:-java}" home candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("${JAVA_HOME%/}")
  for home in /usr/lib/jvm/*/; do candidates+=("${home%/}"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/$tool" ] || continue
    if [ "$(jdk_major "$home")" -ge 21 ] 2>/dev/null; then echo "$home"; return 0; fi
  done
  return 1
}
