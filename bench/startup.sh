#!/usr/bin/env bash
# Start-up to a served login page on the embedded default (H2 file database), median of 5 runs.
# Usage: bench/startup.sh [extra JVM options…]   (builds the jar if missing; AOT=false measures without the
# ahead-of-time processed code; JAVA=/path/to/bin/java picks the JVM, default the java on the PATH)
# The jar is extracted (java -Djarmode=tools … extract) and run with its ahead-of-time processed code
# (-Dspring.aot.enabled=true) and the client compiler only, as the README's "Start-up" section recommends, with what a
# training run leaves behind: on Java 17 to 24 a class-data-sharing archive (-XX:ArchiveClassesAtExit /
# -XX:SharedArchiveFile), on Java 25 and later an ahead-of-time cache (-XX:AOTCacheOutput / -XX:AOTCache: classes
# loaded and linked, method profiles). Each run starts a fresh JVM on the same database
# (the first, which creates it, is not counted). For each run it prints the wall time until GET /login answers 200
# and the CPU time (user + system, all threads) the JVM had used by then: on a shared machine the wall time
# grows with the load (printed too) while the CPU time stays comparable between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/phoihop-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { mvn -B -q package -DskipTests; jar=$(ls target/phoihop-*.jar | grep -v original | head -1); }
aot="-Dspring.aot.enabled=${AOT:-true}"
java=${JAVA:-java}
version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${version%%.*}" -ge 25 ]; then
  train_opt() { echo "-XX:AOTCacheOutput=$1/app.aot"; }
  run_opt() { echo "-XX:AOTCache=$1/app.aot"; }
else
  train_opt() { echo "-XX:ArchiveClassesAtExit=$1/app.jsa"; }
  run_opt() { echo "-XX:SharedArchiveFile=$1/app.jsa"; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app="$work/app/$(basename "$jar")"
export PHOIHOP_DATA_DIR="$work/data"
"$java" "$(train_opt "$work")" -Dspring.context.exit=onRefresh "$aot" "$@" -jar "$app" > "$work/train.log" 2>&1 || true
port=18123
tick=$(getconf CLK_TCK)
run() {
  local start end pid cpu
  start=$(date +%s%N)
  "$java" -XX:TieredStopAtLevel=1 "$(run_opt "$work")" "$aot" "$@" -jar "$app" --server.port=$port \
      > "$work/run.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped; see its log:" >&2; tail -20 "$work/run.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  cpu=$(awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' /proc/$pid/stat)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $cpu $(cut -d' ' -f1 /proc/loadavg)"
}
run "$@" > /dev/null
walls=(); cpus=(); loads=()
for i in 1 2 3 4 5; do
  read -r wall cpu load < <(run "$@")
  walls+=("$wall"); cpus+=("$cpu"); loads+=("$load")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
echo "java $version: $java"
echo "wall (ms): ${walls[*]}"
echo "cpu  (ms): ${cpus[*]}"
echo "load average (1 min) at each: ${loads[*]}"
echo "median wall (ms): $(median "${walls[@]}")   median cpu (ms): $(median "${cpus[@]}")"
