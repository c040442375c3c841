#!/usr/bin/env bash
# Start-up to a served login page on the embedded default (H2 file database), median of 5 runs.
# Usage: bench/startup.sh            (builds the jar if missing)
# The jar is extracted (java -Djarmode=tools … extract) and run with a class-data-sharing archive made by a
# training run, as the README's production section recommends; each run starts a fresh JVM on the same
# database (the first, which creates it, is not counted).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/phoihop-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { mvn -B -q package -DskipTests; jar=$(ls target/phoihop-*.jar | head -1); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app="$work/app/$(basename "$jar")"
export PHOIHOP_DATA_DIR="$work/data"
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" > "$work/train.log" 2>&1 || true
port=18123
run() {
  local start end
  start=$(date +%s%N)
  java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/app.jsa" -jar "$app" --server.port=$port > "$work/run.log" 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.02; done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
run > /dev/null
times=()
for i in 1 2 3 4 5; do times+=("$(run)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "runs (ms): ${times[*]}"
echo "median (ms): $(echo "$sorted" | sed -n 3p)"
