#!/usr/bin/env bash
# PhoiHop and Redmine side by side (issue 15): one run, this machine, the same data shape, the same tools and
# connection counts, each signed in as an ordinary member. Never part of the test suite.
#
#   # once, as root: install Redmine from Debian's packages and load its dataset (20 projects, 10,000 issues,
#   # ~50,000 journals); it listens on 127.0.0.1:3000 and keeps its files in $REDMINE_PEER_DIR
#   /work/shared/peers/redmine/setup.sh          # (../shared/peers/redmine/setup.sh from the repository root)
#   # then, from the repository root, with the jar built (mvn -B package -DskipTests):
#   bench/perf/side-by-side.sh
#
# Without PH_BASE the script makes the PhoiHop side itself: a fresh PostgreSQL database phoihop_perf on
# 127.0.0.1:5432 (user postgres), `generate-data --profile=redmine-equivalent` into it, the jar started on port 18080
# (plain `java -jar`, default JIT and heap), and stopped at the end. With PH_BASE set it uses that running instance
# (then PH_USER, PH_PROGRAM, PH_TASK, PH_SECRETARIAT_USER as for bench/perf/run.sh).
#
# Pairs measured (Redmine's project cp-05 has 500 issues, 382 open; PhoiHop's first program has 500 tasks):
#   list HTML      /projects/cp-05/issues?…status open…&per_page=25   ↔ /programs/P?status=OPEN&size=25
#   list JSON      /issues.json?project_id=cp-05&status_id=open&limit=25  ↔ /api/v1/programs/P/tasks?status=OPEN&size=25
#   task page      /issues/2031 (5 journals)                           ↔ /tasks/T (its progress reports)
#   summary report /projects/cp-05/issues/report                       ↔ /programs/P/dashboard
#   create         POST /issues.json (ab)                              ↔ POST /api/v1/programs/P/tasks (ab)
# Both servers are first warmed up alike: PH_PREWARM_ROUNDS (3) rounds of PH_PREWARM s (20) of each read at 8
# connections and 500 creations, each round followed by a wait until the machine is idle (a JVM on two cores
# compiles its hot paths for minutes). Before every measurement the script waits until the machine is idle (quiet()), so
# that neither server's leftover work (a backlog of queued requests, a JIT still compiling) falls into the other's.
# Reads: wrk -t2 (-t1 at one connection), PH_WARMUP s (3) of warm-up then PH_DURATION s (10) measured, at 1, 8 and 32
# connections, through bench/perf/report.lua (requests/s, p50, p95, p99, errors = socket errors + non-2xx/3xx).
# Creation: ab -n PH_POSTS (1000; 200 at one connection) at the same counts. Writes the table between the markers
# <!-- side-by-side --> of docs/performance.md (PH_OUT), appending it when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
RD=${REDMINE_PEER_DIR:-/var/tmp/redmine-peer}
RB=http://127.0.0.1:3000
DURATION=${PH_DURATION:-10}
WARMUP=${PH_WARMUP:-3}
POSTS=${PH_POSTS:-1000}
CONNECTIONS=${PH_CONNECTIONS:-1 8 32}
OUT=${PH_OUT:-docs/performance.md}
LUA=bench/perf/report.lua
for tool in wrk ab curl; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y wrk apache2-utils curl" >&2; exit 2; }
done
[ -s "$RD/cookie.txt" ] && [ -s "$RD/api_key.txt" ] && curl -s -o /dev/null "$RB/" \
  || { echo "Redmine is not running on $RB with $RD/cookie.txt and api_key.txt: run its setup.sh as root" >&2; exit 2; }
R_COOKIE=$(cat "$RD/cookie.txt")
R_KEY="X-Redmine-API-Key: $(cat "$RD/api_key.txt")"

SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${PH_BASE:-}" ]; then
  JAR=$(ls target/phoihop-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [ -n "$JAR" ] || { mvn -B -q package -DskipTests; JAR=$(ls target/phoihop-*.jar | grep -v original | head -1); }
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists phoihop_perf" -c "create database phoihop_perf"
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/phoihop_perf SPRING_DATASOURCE_USERNAME=postgres
  export PHOIHOP_DATA_DIR=$(mktemp -d)
  GEN=$(java -jar "$JAR" generate-data --profile=redmine-equivalent --server.port=0 | grep '^generate-data:')
  echo "$GEN" >&2
  PH_USER=$(echo "$GEN" | sed -n 's/.*focal point \([^ ]*\) \/ .*/\1/p')
  PH_PASSWORD=$(echo "$GEN" | sed -n 's/.*focal point [^ ]* \/ \([^,]*\),.*/\1/p')
  PH_PROGRAM=$(echo "$GEN" | sed -n 's/.*, program \([0-9]*\),.*/\1/p')
  PH_TASK=$(echo "$GEN" | sed -n 's/.*, task \([0-9]*\).*/\1/p')
  PH_SECRETARIAT_USER=${PH_USER%%-b*}-b0-u2
  java -jar "$JAR" --server.port=18080 > "$PHOIHOP_DATA_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  PH_BASE=http://127.0.0.1:18080
  until curl -fs -o /dev/null "$PH_BASE/login"; do
    kill -0 $SERVER_PID 2>/dev/null || { tail -30 "$PHOIHOP_DATA_DIR/server.log" >&2; exit 1; }
    sleep 0.5
  done
fi
BASE=$PH_BASE; PASS=${PH_PASSWORD:-phoihop-perf-2026}
PROGRAM=${PH_PROGRAM:?}; TASK=${PH_TASK:?}
token() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASS\"}" \
  "$BASE/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'; }
P_TOKEN=$(token "$PH_USER"); P_SEC=$(token "${PH_SECRETARIAT_USER:?}")
[ -n "$P_TOKEN" ] && [ -n "$P_SEC" ] || { echo "could not sign in to PhoiHop as $PH_USER / $PH_SECRETARIAT_USER" >&2; exit 2; }
JARF=$(mktemp)
CSRF=$(curl -sf -c "$JARF" -b "$JARF" "$BASE/login" | sed -n 's/.*name="_csrf"[[:space:]]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JARF" -b "$JARF" --data-urlencode "username=$PH_USER" --data-urlencode "password=$PASS" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
P_COOKIE=$(awk '$6=="SESSION"||$6=="JSESSIONID"{print $6"="$7}' "$JARF" | tail -1); rm -f "$JARF"
LEAD=$(curl -sf -H "Authorization: Bearer $P_TOKEN" "$BASE/api/v1/tasks/$TASK" | sed -n 's/.*"leadOrganizationId":\([0-9]*\).*/\1/p')
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)

. bench/perf/quiet.sh
# wrk through report.lua: prints "rps=… p50=… p95=… p99=… requests=… errors=…"
measure() { # url cookie header connections
  local t=2; [ "$4" -lt 2 ] && t=1
  quiet
  WRK_COOKIE=$2 WRK_HEADER=$3 wrk -t$t -c"$4" -d"${WARMUP}s" --timeout 30s -s "$LUA" "$1" > /dev/null
  WRK_COOKIE=$2 WRK_HEADER=$3 wrk -t$t -c"$4" -d"${DURATION}s" --timeout 30s -s "$LUA" "$1" | sed -n 's/^RESULT //p'
}
# ab: the same fields from its report
post() { # url header body-file connections
  local n=$POSTS; [ "$4" -lt 2 ] && n=$(( POSTS / 5 ))
  quiet
  ab -q -n "$n" -c "$4" -p "$3" -T application/json -H "$2" "$1" 2>&1 | awk -v n="$n" '
    /^Requests per second/ {rps=$4} /^Failed requests/ {f=$3} /^Non-2xx responses/ {x=$3}
    /^  50%/ {p50=$2} /^  95%/ {p95=$2} /^  99%/ {p99=$2}
    END {printf "rps=%s p50=%s p95=%s p99=%s requests=%s errors=%d\n", rps, p50, p95, p99, n, f + x}'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }'; }

R_BODY=$(mktemp); P_BODY=$(mktemp)
cat > "$R_BODY" <<'JSON'
{"issue":{"project_id":"cp-20","tracker_id":1,"status_id":1,"priority_id":2,"assigned_to_id":6,
 "subject":"Benchmark created issue: coordinate venue logistics","description":"Created by ab load test.\n\nSecond paragraph of the description.",
 "start_date":"2026-12-01","due_date":"2026-12-31","done_ratio":0,"estimated_hours":8}}
JSON
printf '{"title":"Tổ chức hội nghị sơ kết công tác phối hợp","description":"Tạo bởi phép đo tải.","leadOrganizationId":%s,"dueDate":"%s-12-31"}' \
  "$LEAD" "$(date +%Y)" > "$P_BODY"

# name | Redmine url | Redmine cookie | Redmine header | PhoiHop url | PhoiHop cookie | PhoiHop header
PAIRS=(
  "Task list, open, 25, HTML|$RB/projects/cp-05/issues?set_filter=1&f%5B%5D=status_id&op%5Bstatus_id%5D=o&per_page=25|$R_COOKIE||$BASE/programs/$PROGRAM?status=OPEN&size=25|$P_COOKIE|"
  "Task list, open, 25, JSON|$RB/issues.json?project_id=cp-05&status_id=open&limit=25||$R_KEY|$BASE/api/v1/programs/$PROGRAM/tasks?status=OPEN&size=25||Authorization: Bearer $P_TOKEN"
  "Task page with its history|$RB/issues/2031|$R_COOKIE||$BASE/tasks/$TASK|$P_COOKIE|"
  "Status summary report|$RB/projects/cp-05/issues/report|$R_COOKIE||$BASE/programs/$PROGRAM/dashboard|$P_COOKIE|"
)
# Warm-up before anything is measured: PH_PREWARM seconds (20) of each read at 8 connections and 500 creations, on
# both servers alike. A JVM compiles its hot paths in its first minute or two under load; Redmine's Ruby gains little
# from this, PhoiHop a lot, and both are measured as a server in use, not one just started.
PREWARM=${PH_PREWARM:-20}
PREWARM_ROUNDS=${PH_PREWARM_ROUNDS:-3}
if [ "$PREWARM" -gt 0 ]; then
  for round in $(seq "$PREWARM_ROUNDS"); do
    for spec in "${PAIRS[@]}"; do
      IFS='|' read -r name rurl rcookie rheader purl pcookie pheader <<<"$spec"
      WRK_COOKIE=$rcookie WRK_HEADER=$rheader wrk -t2 -c8 -d"${PREWARM}s" --timeout 30s -s "$LUA" "$rurl" > /dev/null
      WRK_COOKIE=$pcookie WRK_HEADER=$pheader wrk -t2 -c8 -d"${PREWARM}s" --timeout 30s -s "$LUA" "$purl" > /dev/null
    done
    ab -q -n 500 -c 8 -p "$R_BODY" -T application/json -H "$R_KEY" "$RB/issues.json" > /dev/null 2>&1 || true
    ab -q -n 500 -c 8 -p "$P_BODY" -T application/json -H "Authorization: Bearer $P_SEC" \
      "$BASE/api/v1/programs/$PROGRAM/tasks" > /dev/null 2>&1 || true
    quiet
  done
fi
ROWS=""
for spec in "${PAIRS[@]}"; do
  IFS='|' read -r name rurl rcookie rheader purl pcookie pheader <<<"$spec"
  for c in $CONNECTIONS; do
    r=$(measure "$rurl" "$rcookie" "$rheader" "$c"); p=$(measure "$purl" "$pcookie" "$pheader" "$c")
    echo "$name c=$c Redmine: $r | PhoiHop: $p" >&2
    ROWS+="| $name | $c | $(field "$r" rps) | $(field "$p" rps) | **$(ratio "$(field "$p" rps)" "$(field "$r" rps)")** | $(field "$r" p50) / $(field "$r" p99) | $(field "$p" p50) / $(field "$p" p99) | $(field "$r" errors) / $(field "$p" errors) |"$'\n'
  done
done
for c in $CONNECTIONS; do
  r=$(post "$RB/issues.json" "$R_KEY" "$R_BODY" "$c"); p=$(post "$BASE/api/v1/programs/$PROGRAM/tasks" "Authorization: Bearer $P_SEC" "$P_BODY" "$c")
  echo "Create c=$c Redmine: $r | PhoiHop: $p" >&2
  ROWS+="| Create an issue / a task (REST, ab) | $c | $(field "$r" rps) | $(field "$p" rps) | **$(ratio "$(field "$p" rps)" "$(field "$r" rps)")** | $(field "$r" p50) / $(field "$r" p99) | $(field "$p" p50) / $(field "$p" p99) | $(field "$r" errors) / $(field "$p" errors) |"$'\n'
done
rm -f "$R_BODY" "$P_BODY"

P_RSS="n/a"; R_RSS="n/a"
P_PID=${SERVER_PID:-$(ss -ltnpH "sport = :${BASE##*:}" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}
[ -n "$P_PID" ] && P_RSS="$(( $(ps -o rss= -p "$P_PID") / 1024 )) MB"
[ -f "$RD/run/puma.pid" ] && R_RSS="$(( $(ps -o rss= --ppid "$(cat "$RD/run/puma.pid")" -p "$(cat "$RD/run/puma.pid")" | awk '{s+=$1} END {print s}') / 1024 )) MB"

TABLE=$(cat <<EOF
<!-- side-by-side -->
## Side by side with Redmine

\`bench/perf/side-by-side.sh\`, $(date -u '+%F %H:%M UTC'), one run on this machine ($(nproc) cores,
$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')); load average before: $LOAD_BEFORE, after:
$(cut -d' ' -f1-3 /proc/loadavg). Redmine 5.0.4 (Debian, puma 2 workers × 5 threads) with its dataset of 10,000
issues / ~50,000 journals, as user01 (Developer); PhoiHop on PostgreSQL with \`redmine-equivalent\` (20 programs ×
500 tasks, ~50,000 progress reports), as \`$PH_USER\` (FOCAL_POINT) and \`$PH_SECRETARIAT_USER\` (SECRETARIAT, creation).
Both servers first warmed up alike ($PREWARM_ROUNDS rounds of ${PREWARM} s of each read at 8 connections and 500 creations, each round followed by a wait until the machine was idle);
before each measurement the script waits until the machine is idle; then reads: wrk,
${WARMUP} s warm-up then ${DURATION} s; creation: ab, $POSTS requests ($(( POSTS / 5 )) at one connection).
Latencies in ms; errors are socket errors plus answers other than 2xx/3xx. Both share the same PostgreSQL 15 server.

| request | connections | Redmine req/s | PhoiHop req/s | ratio | Redmine p50 / p99 | PhoiHop p50 / p99 | errors R / P |
|---|---:|---:|---:|---:|---:|---:|---:|
${ROWS}
Resident memory after the run: PhoiHop $P_RSS (one JVM), Redmine $R_RSS (puma master and workers).
<!-- /side-by-side -->
EOF
)
mkdir -p "$(dirname "$OUT")"; touch "$OUT"
python3 - "$OUT" "$TABLE" <<'PY'
import re, sys
path, table = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8').read()
pattern = re.compile(r'<!-- side-by-side -->.*?<!-- /side-by-side -->', re.S)
text = pattern.sub(lambda m: table, text) if pattern.search(text) else text.rstrip('\n') + '\n\n' + table + '\n'
open(path, 'w', encoding='utf-8').write(text)
PY
echo "wrote the side-by-side table into $OUT" >&2
