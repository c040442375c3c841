#!/usr/bin/env bash
# Soak benchmark (issue 14, acceptance 4; never part of the test suite): the jar on a fresh PostgreSQL database
# filled by the data generator, 32 concurrent clients with mixed reads and writes for 10 minutes, then
#   - errors: every answer other than 2xx, and socket errors (wrk);
#   - heap after a full GC (jcmd GC.run, then GC.heap_info) at the end of minute 1 and at the end of the load;
#   - every write answered with 201 is in the database (ids written by the clients vs. rows).
# Prints the figures and writes them to PH_OUT (bench/soak/RESULT.md).
#
#   bench/soak/run.sh                      # 10 minutes, 32 clients, database phoihop_soak on 127.0.0.1:5432
#   PH_MINUTES=2 PH_CLIENTS=8 bench/soak/run.sh
#
# Settings (environment): PH_JAR (target/phoihop-*.jar; built with mvn -o -B -q package -DskipTests if missing),
# PH_DB (phoihop_soak; dropped and created again), PH_PG_HOST (127.0.0.1), PH_PG_PORT (5432), PH_PG_USER (postgres),
# PH_PORT (18080), PH_MINUTES (10), PH_CLIENTS (32), PH_THREADS (2), PH_SCALE (1: generate-data
# --profile=redmine-equivalent, 20 programs of 500 tasks), PH_HEAP (-Xmx1g), PH_OUT (bench/soak/RESULT.md),
# PH_KEEP=1 keeps the server and the database afterwards, PH_REUSE=1 takes the database a previous run generated. Requires wrk, curl, jq, psql/createdb, jcmd.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${PH_DB:-phoihop_soak}
PG_HOST=${PH_PG_HOST:-127.0.0.1}
PG_PORT=${PH_PG_PORT:-5432}
PG_USER=${PH_PG_USER:-postgres}
PORT=${PH_PORT:-18080}
MINUTES=${PH_MINUTES:-10}
CLIENTS=${PH_CLIENTS:-32}
THREADS=${PH_THREADS:-2}
SCALE=${PH_SCALE:-1}
HEAP=${PH_HEAP:--Xmx1g}
OUT=${PH_OUT:-bench/soak/RESULT.md}
BASE=http://127.0.0.1:$PORT
for tool in wrk curl jq psql createdb jcmd; do
  command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }
done

JAR=${PH_JAR:-$(ls target/phoihop-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
if [ -z "$JAR" ]; then
  mvn -o -B -q package -DskipTests
  JAR=$(ls target/phoihop-*.jar | grep -v plain | head -1)
fi
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ] && [ -z "${PH_KEEP:-}" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${PH_REUSE:-}" ]; then
  echo "soak: fresh database $DB on $PG_HOST:$PG_PORT" >&2
  dropdb --if-exists --force -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$DB"
  createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$DB"
fi
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?reWriteBatchedInserts=true"
export SPRING_DATASOURCE_USERNAME=$PG_USER
export SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-}
export PHOIHOP_DATA_DIR=$WORK/data
export PHOIHOP_ADMIN_PASSWORD=soak-admin-password-2026
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -qAtX)

if [ -z "${PH_REUSE:-}" ]; then
  echo "soak: generate-data --profile=redmine-equivalent --scale=$SCALE" >&2
  GEN=$(java -jar "$JAR" generate-data --profile=redmine-equivalent --scale="$SCALE" --server.port=0 | grep '^generate-data:')
  echo "$GEN" >&2
  case "$GEN" in *FAILED*) exit 1 ;; esac
  FOCAL=$(echo "$GEN" | sed -n 's/.*focal point \([^ ]*\) \/ \([^,]*\),.*/\1/p')
  PASS=$(echo "$GEN" | sed -n 's/.*focal point \([^ ]*\) \/ \([^,]*\),.*/\2/p')
  PROGRAM=$(echo "$GEN" | sed -n 's/.*program \([0-9]*\),.*/\1/p')
else
  # PH_REUSE=1: the database a previous run generated (never loaded: no soak rows), indexed again at start.
  echo "soak: reusing $DB as generated" >&2
  FOCAL=$("${PSQL[@]}" -c "select min(username) from app_user where username like 'gen%-b1-u0'")
  PASS=phoihop-perf-2026
  PROGRAM=$("${PSQL[@]}" -c "select min(id) from program")
  "${PSQL[@]}" -c "delete from search_document"
fi
KEEPER=$(echo "$FOCAL" | sed 's/-b[0-9]*-u0$/-b0-u2/')   # the keeping body's SECRETARIAT (DataGenerator)

java $HEAP -jar "$JAR" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for i in $(seq 1 900); do
  curl -sf -o /dev/null "$BASE/actuator/health" && break
  kill -0 "$SERVER" 2>/dev/null || { tail -50 "$WORK/server.log" >&2; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "$BASE/actuator/health" || { echo "the server did not start" >&2; exit 1; }
# The generated rows bypass the search index: the server indexes them in the background at its first start. Wait for
# it, so that minute 1 of the load measures the load, not the indexing.
for i in $(seq 1 1800); do
  grep -q 'Search: rebuilt the' "$WORK/server.log" && break
  sleep 1
done
grep -m1 'Search: rebuilt the' "$WORK/server.log" | sed 's/.*Search: /soak: search index /' >&2 || true

token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASS\"}" \
    "$BASE/api/v1/auth/token" | jq -r .token
}
FOCAL_TOKEN=$(token "$FOCAL")
KEEPER_TOKEN=$(token "$KEEPER")
# The focal point's open tasks of the program: where its progress reports go; new tasks get its body as lead.
LEAD=$(curl -sf -H "Authorization: Bearer $FOCAL_TOKEN" "$BASE/api/v1/users/me" | jq -r '.organizationId // empty' || true)
TASKS_JSON=$(curl -sf -H "Authorization: Bearer $FOCAL_TOKEN" "$BASE/api/v1/programs/$PROGRAM/tasks?size=500")
[ -n "$LEAD" ] || LEAD=$(echo "$TASKS_JSON" | jq -r '.items[0].leadOrganizationId')
TASKS=$(echo "$TASKS_JSON" | jq -r --argjson lead "$LEAD" '[.items[] | select(.leadOrganizationId == $lead
  and (.status == "NOT_STARTED" or .status == "IN_PROGRESS" or .status == "OVERDUE") and .recurrence == null) | .id]
  | join(",")')
[ -n "$TASKS" ] || { echo "no open task of $FOCAL in program $PROGRAM" >&2; exit 1; }
# A page session (cookie SESSION, in the database) for the HTML pages of the mix.
JAR_COOKIES=$WORK/cookies
CSRF=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" \
  | sed -n 's/.*name="_csrf"[[:space:]]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=$FOCAL" \
  --data-urlencode "password=$PASS" --data-urlencode "_csrf=$CSRF" "$BASE/login"
COOKIE=$(awk '$6=="SESSION"||$6=="JSESSIONID"{print $6"="$7}' "$JAR_COOKIES" | tail -1)
[ -n "$COOKIE" ] || { echo "could not sign in as $FOCAL" >&2; exit 1; }
curl -sf -o /dev/null -b "$COOKIE" "$BASE/programs/$PROGRAM" || { echo "the page session does not work" >&2; exit 1; }

heap() { # full GC, then the heap in use (KB) from GC.heap_info
  jcmd "$SERVER" GC.run >/dev/null
  jcmd "$SERVER" GC.heap_info | sed -n 's/.* total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}
mkdir -p "$WORK/ids"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u '+%F %H:%M:%S UTC')
echo "soak: $CLIENTS clients for $MINUTES min on program $PROGRAM as $FOCAL / $KEEPER (load $LOAD_BEFORE)" >&2
SOAK_PROGRAM=$PROGRAM SOAK_LEAD=$LEAD SOAK_TASKS=$TASKS SOAK_FOCAL_TOKEN=$FOCAL_TOKEN SOAK_KEEPER_TOKEN=$KEEPER_TOKEN \
SOAK_COOKIE=$COOKIE SOAK_TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F) SOAK_IDS=$WORK/ids \
  wrk -t"$THREADS" -c"$CLIENTS" -d"${MINUTES}m" --timeout 30s -s bench/soak/mix.lua "$BASE" > "$WORK/wrk.out" 2>&1 &
WRK=$!
sleep 60
HEAP_1=$(heap)
LOAD_1=$(cut -d' ' -f1-3 /proc/loadavg)
echo "soak: heap after a full GC at minute 1: ${HEAP_1} KB (load $LOAD_1)" >&2
wait "$WRK"
HEAP_END=$(heap)
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
echo "soak: heap after a full GC at the end: ${HEAP_END} KB (load $LOAD_END)" >&2
RESULT=$(sed -n 's/^RESULT //p' "$WORK/wrk.out")
[ -n "$RESULT" ] || { cat "$WORK/wrk.out" >&2; exit 1; }
field() { echo "$RESULT" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# Every acknowledged write, read back from the database by id.
cat "$WORK"/ids/*.ids > "$WORK/all.ids"
WRITTEN_TASKS=$(awk '$1=="task"{print $2}' "$WORK/all.ids" | sort -u | wc -l)
WRITTEN_REPORTS=$(awk '$1=="progress"{print $2}' "$WORK/all.ids" | sort -u | wc -l)
HTTP_ERRORS=$(awk '$1=="error"' "$WORK/all.ids" | wc -l)
ERROR_STATUSES=$(awk '$1=="error"{print $2}' "$WORK/all.ids" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
"${PSQL[@]}" -c "create table soak_written (kind varchar(10), id bigint)"
awk '$1!="error"' "$WORK/all.ids" | tr ' ' '\t' | "${PSQL[@]}" -c "\copy soak_written from stdin"
FOUND_TASKS=$("${PSQL[@]}" -c "select count(distinct w.id) from soak_written w join task t on t.id = w.id where w.kind = 'task'")
FOUND_REPORTS=$("${PSQL[@]}" -c "select count(distinct w.id) from soak_written w join progress_report p on p.id = w.id where w.kind = 'progress'")
"${PSQL[@]}" -c "drop table soak_written"
SOCKET_ERRORS=$(field socket_errors)
RATIO=$(awk -v a="$HEAP_1" -v b="$HEAP_END" 'BEGIN{printf "%.3f", b / a}')
RSS="$(( $(ps -o rss= -p "$SERVER") / 1024 )) MB"
VERDICT=PASS
[ "$HTTP_ERRORS" = 0 ] && [ "$SOCKET_ERRORS" = 0 ] || VERDICT=FAIL
awk -v r="$RATIO" 'BEGIN{exit !(r <= 1.10)}' || VERDICT=FAIL
[ "$WRITTEN_TASKS" = "$FOUND_TASKS" ] && [ "$WRITTEN_REPORTS" = "$FOUND_REPORTS" ] || VERDICT=FAIL

mkdir -p "$(dirname "$OUT")"
{
  echo "# Soak: $VERDICT"
  echo
  echo "\`bench/soak/run.sh\` started $STARTED: $CLIENTS clients (wrk, $THREADS threads) for $MINUTES minutes against"
  echo "PostgreSQL ($DB, $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -qAtX -c 'show server_version')), the jar with $HEAP, data: \`generate-data --profile=redmine-equivalent --scale=$SCALE\`."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB", $2/1048576}' /proc/meminfo); load average before $LOAD_BEFORE, at minute 1 $LOAD_1, at the end $LOAD_END (wrk, PostgreSQL and the server share the machine)."
  echo "Mix per request: 12 % progress report (POST), 6 % new task (POST), 22 % task list page of 25 (JSON), 15 % task, 10 % its progress, 10 % search, 7 % notifications, 10 % program page (HTML), 8 % task page (HTML)."
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| requests | $(field requests) ($(field rps)/s) |"
  echo "| latency p50 / p95 / p99 / max (ms) | $(field p50) / $(field p95) / $(field p99) / $(field max) |"
  echo "| errors: answers other than 2xx | $HTTP_ERRORS ${ERROR_STATUSES} |"
  echo "| errors: socket (connect, read, write, timeout) | $SOCKET_ERRORS |"
  echo "| heap after a full GC, end of minute 1 | $HEAP_1 KB |"
  echo "| heap after a full GC, end of the load | $HEAP_END KB |"
  echo "| ratio end / minute 1 (goal ≤ 1.10) | $RATIO |"
  echo "| tasks written (201) / found in the database | $WRITTEN_TASKS / $FOUND_TASKS |"
  echo "| progress reports written (201) / found | $WRITTEN_REPORTS / $FOUND_REPORTS |"
  echo "| server RSS at the end | $RSS |"
} > "$OUT"
cat "$OUT"
[ "$VERDICT" = PASS ]
