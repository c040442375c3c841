#!/usr/bin/env bash
# HTTP load on a running PhoiHop (never part of the test suite). Writes docs/performance.md.
#
#   # 1. a database with a dataset (prints the focal point user, a program id and a task id):
#   java -jar target/phoihop-*.jar generate-data --profile=redmine-equivalent --server.port=0
#   # 2. the application on it, then:
#   PH_USER=gen51-b1-u0 PH_PASSWORD=phoihop-perf-2026 PH_PROGRAM=1 PH_TASK=1 bench/perf/run.sh
#
# Settings (environment): PH_BASE (http://127.0.0.1:8080), PH_USER / PH_PASSWORD (a FOCAL_POINT of the task's lead
# body), PH_PROGRAM, PH_TASK, PH_DURATION (wrk seconds per run, 10), PH_CONNECTIONS ("1 8 32"), PH_THREADS (2),
# PH_OUT (docs/performance.md), PH_PID (the server's process id; found from the port if unset),
# PH_CREATE_PROGRAM (where «Create a task» adds its tasks; default PH_PROGRAM), PH_LABEL (the dataset's name: the results go between <!-- run:LABEL --> markers of PH_OUT, replacing only those),
# PH_PREWARM (seconds of warm-up per request at 8 connections before measuring, 10: the JVM compiles its hot paths),
# PH_PREWARM_ROUNDS (2: rounds of every read before anything is measured, each followed by a wait for an idle machine;
# PH_QUIET_MAX bounds each wait, 60 s),
# PH_REVIEW_TASKS (when set, e.g. 1000: a program with that many tasks, two progress reports each, is created through
# the API and its six-month review timed, instead of PH_PROGRAM's), PH_DB (a psql connection string, e.g.
# postgresql://postgres@127.0.0.1/phoihop_perf: the task list's SQL is timed alone with EXPLAIN ANALYZE and set
# against the application's time per request at one connection).
# Requires wrk (apt-get install -y wrk) and curl. wrk runs on the same machine and takes CPU itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE=${PH_BASE:-http://127.0.0.1:8080}
USER_=${PH_USER:?PH_USER: a FOCAL_POINT user}
PASS=${PH_PASSWORD:-phoihop-perf-2026}
PROGRAM=${PH_PROGRAM:?PH_PROGRAM}
TASK=${PH_TASK:?PH_TASK}
DURATION=${PH_DURATION:-10}
CONNECTIONS=${PH_CONNECTIONS:-1 8 32}
THREADS=${PH_THREADS:-2}
OUT=${PH_OUT:-docs/performance.md}
LUA=bench/perf/report.lua
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

# Bearer token for the API, session cookie for pages (signed in through the form with its CSRF token).
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$USER_\",\"password\":\"$PASS\"}" \
  "$BASE/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "could not get a token for $USER_" >&2; exit 2; }
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
CSRF=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf"[[:space:]]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USER_" --data-urlencode "password=$PASS" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
COOKIE=$(awk '$6=="SESSION"||$6=="JSESSIONID"{print $6"="$7}' "$JAR" | tail -1)
[ -n "$COOKIE" ] || { echo "could not sign in as $USER_" >&2; exit 2; }
# A SECRETARIAT of the keeping body creates tasks and reviews (PH_SECRETARIAT_USER, or PH_REVIEW_USER; e.g. the
# generator's <prefix>-b0-u2); without one, creation runs as the focal point and is refused (403, counted as errors).
SEC_USER=${PH_SECRETARIAT_USER:-${PH_REVIEW_USER:-}}
SEC_TOKEN=$TOKEN
if [ -n "$SEC_USER" ]; then
  SEC_TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$SEC_USER\",\"password\":\"$PASS\"}" \
    "$BASE/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
fi
LEAD=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/tasks/$TASK" | sed -n 's/.*"leadOrganizationId":\([0-9]*\).*/\1/p')
export LEAD TASK
# Progress is reported on a task still open (PH_REPORT_TASK, else the program's first task in progress or not started
# that the focal point's body leads): a done or cancelled task refuses reports (409).
REPORT_TASK=${PH_REPORT_TASK:-$(curl -sf -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/v1/programs/$PROGRAM/tasks?status=IN_PROGRESS,NOT_STARTED&organizationId=$LEAD&size=50" \
  | python3 -c 'import json,sys,os; l=[t for t in json.load(sys.stdin)["items"] if str(t["leadOrganizationId"])==os.environ["LEAD"] and t["recurrence"] is None]; print(l[0]["id"] if l else os.environ["TASK"])' 2>/dev/null || echo "$TASK")}
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
# Tasks are created in PH_CREATE_PROGRAM (default PH_PROGRAM): a run adds thousands, which a later run's reads of
# PH_PROGRAM would then see.
CREATE_PROGRAM=${PH_CREATE_PROGRAM:-$PROGRAM}
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)

PORT=$(echo "$BASE" | sed -n 's#.*:\([0-9]*\).*#\1#p')
PID=${PH_PID:-$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}

# name | method | path | auth (cookie/bearer) | body
REQUESTS=(
  "Task list, status filter, HTML (page 1 of 25)|GET|/programs/$PROGRAM?status=OVERDUE&size=25|cookie|"
  "Task list, status filter, JSON (page 1 of 25)|GET|/api/v1/programs/$PROGRAM/tasks?status=OVERDUE&page=0&size=25|bearer|"
  "Task page with progress history|GET|/tasks/$TASK|cookie|"
  "Program status summary (dashboard)|GET|/programs/$PROGRAM/dashboard|cookie|"
  "Leader dashboard|GET|/dashboard|cookie|"
  "Search|GET|/api/v1/search?q=c%C3%B4ng%20t%C3%A1c%20c%C3%A1n%20b%E1%BB%99|bearer|"
  "Create a progress report (API)|POST|/api/v1/tasks/$REPORT_TASK/progress|bearer|{\"reportedOn\":\"$TODAY\",\"percent\":50,\"text\":\"Đang triển khai theo kế hoạch\"}"
  "Create a task (API)|POST|/api/v1/programs/$CREATE_PROGRAM/tasks|secretariat|{\"title\":\"Tổ chức hội nghị sơ kết công tác phối hợp\",\"leadOrganizationId\":$LEAD,\"dueDate\":\"$(date +%Y)-12-31\"}"
)

PREWARM=${PH_PREWARM:-10}
LABEL=${PH_LABEL:-dataset}
run() { # method path auth body connections
  local auth="" cookie=""
  [ "$3" = bearer ] && auth="Bearer $TOKEN"
  [ "$3" = secretariat ] && auth="Bearer $SEC_TOKEN"
  [ "$3" = cookie ] && cookie="$COOKIE"
  WRK_METHOD=$1 WRK_BODY=$4 WRK_AUTH=$auth WRK_COOKIE=$cookie \
    wrk -t"$(( $5 < THREADS ? $5 : THREADS ))" -c"$5" -d"${DURATION}s" --timeout 10s -s "$LUA" "$BASE$2" \
    | sed -n 's/^RESULT //p'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

. bench/perf/quiet.sh
# Warm-up of the whole server first: PH_PREWARM_ROUNDS (2) rounds of every read for PH_PREWARM s at 8 connections,
# each round followed by a wait until the machine is idle (the JIT compiles the hot paths of every page on a core
# of its own for minutes); then each request again just before it is measured, and a wait before every run.
for round in $(seq "${PH_PREWARM_ROUNDS:-2}"); do
  [ "$PREWARM" -gt 0 ] || break
  for spec in "${REQUESTS[@]}"; do
    IFS='|' read -r name method path auth body <<<"$spec"
    [ "$method" = GET ] && DURATION=$PREWARM run "$method" "$path" "$auth" "$body" 8 > /dev/null
  done
  quiet
done
ROWS=""
for spec in "${REQUESTS[@]}"; do
  IFS='|' read -r name method path auth body <<<"$spec"
  args=(-s -o /dev/null -w '%{http_code}' -X "$method")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
  [ "$auth" = bearer ] && args+=(-H "Authorization: Bearer $TOKEN")
  [ "$auth" = secretariat ] && args+=(-H "Authorization: Bearer $SEC_TOKEN")
  [ "$auth" = cookie ] && args+=(-b "$COOKIE")
  status=$(curl "${args[@]}" "$BASE$path")
  [ "$PREWARM" -gt 0 ] && DURATION=$PREWARM run "$method" "$path" "$auth" "$body" 8 > /dev/null
  for c in $CONNECTIONS; do
    quiet
    r=$(run "$method" "$path" "$auth" "$body" "$c")
    echo "$name c=$c $r (first answer $status)" >&2
    ROWS+="| $name | \`$method $path\` ($status) | $c | $(field "$r" rps) | $(field "$r" p50) | $(field "$r" p95) | $(field "$r" p99) | $(field "$r" errors) |"$'\n'
  done
done

# A six-month review of the program: one POST (computes the figures of every task), median of 5, as PH_REVIEW_USER
# (a SECRETARIAT of the keeping body, e.g. the generator's <prefix>-b0-u2) or else the focal point.
REVIEW_TOKEN=$SEC_TOKEN
REVIEW_PROGRAM=$PROGRAM
REVIEW_SIZE="its tasks"
if [ -n "${PH_REVIEW_TASKS:-}" ]; then
  YEAR=$(date +%Y)
  KEEPER=$(curl -sf -H "Authorization: Bearer $SEC_TOKEN" "$BASE/api/v1/programs/$PROGRAM" \
    | sed -n 's/.*"keeperOrganizationId":\([0-9]*\).*/\1/p')
  REVIEW_PROGRAM=$(curl -sf -H "Authorization: Bearer $SEC_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Chương trình đo sơ kết $PH_REVIEW_TASKS nhiệm vụ\",\"year\":$YEAR,\"parties\":[{\"organizationId\":${KEEPER:-$LEAD}},{\"organizationId\":$LEAD}]}" \
    "$BASE/api/v1/programs" | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
  curl -sf -o /dev/null -H "Authorization: Bearer $SEC_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"signedOn\":\"$YEAR-01-15\"}" "$BASE/api/v1/programs/$REVIEW_PROGRAM/sign"
  export BASE SEC_TOKEN LEAD YEAR REVIEW_PROGRAM TODAY
  seq 1 "$PH_REVIEW_TASKS" | xargs -P 4 -I{} bash -c '
    m=$(( ({} % 12) + 1 )); d=$(( ({} % 27) + 1 ))
    due=$(printf "%s-%02d-%02d" "$YEAR" "$m" "$d")
    id=$(curl -sf -H "Authorization: Bearer $SEC_TOKEN" -H "Content-Type: application/json" \
      -d "{\"title\":\"Nhiệm vụ đo số {}\",\"leadOrganizationId\":$LEAD,\"dueDate\":\"$due\"}" \
      "$BASE/api/v1/programs/$REVIEW_PROGRAM/tasks" | sed -n "s/^{\"id\":\([0-9]*\).*/\1/p")
    for pct in 40 100; do
      on=$(printf "%s-%02d-10" "$YEAR" "$(( m < 11 ? m : 11 ))"); [[ "$on" > "$TODAY" ]] && on=$TODAY
      done_=false; [ $pct = 100 ] && [ $(( {} % 3 )) -ne 0 ] && done_=true
      curl -sf -o /dev/null -H "Authorization: Bearer $SEC_TOKEN" -H "Content-Type: application/json" \
        -d "{\"reportedOn\":\"$on\",\"percent\":$([ $done_ = true ] && echo 100 || echo 40),\"completed\":$done_,\"text\":\"Báo cáo tiến độ\"}" \
        "$BASE/api/v1/tasks/$id/progress"
    done'
  REVIEW_SIZE="$PH_REVIEW_TASKS tasks, two progress reports each, created for this measurement"
fi
REVIEW=""
for i in 1 2 3 4 5; do
  REVIEW+="$(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $REVIEW_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"kind\":\"SIX_MONTH\",\"periodStart\":\"$(date +%Y)-01-01\",\"periodEnd\":\"$(date +%Y)-06-30\"}" \
    "$BASE/api/v1/programs/$REVIEW_PROGRAM/reviews")"$'\n'
done
REVIEW_MEDIAN=$(echo "$REVIEW" | awk 'NF{print $2*1000}' | sort -n | sed -n 3p)
REVIEW_STATUS=$(echo "$REVIEW" | awk 'NF{print $1}' | sort -u | tr '\n' ' ')

# The task list's SQL alone: what a cache miss of the JSON list runs (tasks with their co-operating bodies, report
# facts, deadline changes), timed by EXPLAIN ANALYZE (planning + execution, median of 5), set against the
# application's p50 at one connection for the whole request.
SQL_LINE=""
if [ -n "${PH_DB:-}" ]; then
  sqltime() {
    psql "$PH_DB" -qAt -c "explain (analyze, format json) $1" | python3 -c 'import json,sys; p=json.load(sys.stdin)[0]; print(p["Planning Time"]+p["Execution Time"])'
  }
  QUERIES=("select * from task t where t.program_id = $PROGRAM order by t.id"
    "select c.task_id, c.organization_id from task_cooperating c join task t on t.id = c.task_id where t.program_id = $PROGRAM"
    "select r.task_id, r.id, r.reported_on, r.percent, r.completed from progress_report r join task t on t.id = r.task_id where t.program_id = $PROGRAM"
    "select d.* from deadline_change d join task t on t.id = d.task_id where t.program_id = $PROGRAM")
  TIMES=""
  for i in 1 2 3 4 5; do
    total=0
    for q in "${QUERIES[@]}"; do total=$(awk -v a="$total" -v b="$(sqltime "$q")" 'BEGIN{print a+b}'); done
    TIMES+="$total"$'\n'
  done
  SQL_MS=$(echo "$TIMES" | awk 'NF' | sort -g | sed -n 3p)
  APP_MS=$(echo "$ROWS" | awk -F'|' '/Task list, status filter, JSON/ && $4+0 == 1 {gsub(/ /, "", $6); print $6; exit}')
  APP_MS=${APP_MS:-n/a}
  SQL_LINE="Task list, SQL alone (EXPLAIN ANALYZE of the four statements a cache miss runs, planning + execution, median of 5): ${SQL_MS} ms; the application's whole request (JSON list, p50 at one connection): ${APP_MS} ms; ratio $(awk -v a="$APP_MS" -v b="$SQL_MS" 'BEGIN{ if (b > 0 && a > 0) printf "%.2f", a / b; else print "n/a"}')× (target ≤ 3×)."
fi
RSS="n/a"; HEAP="n/a"
if [ -n "$PID" ]; then
  RSS="$(( $(ps -o rss= -p "$PID") / 1024 )) MB"
  HEAP=$(jcmd "$PID" GC.heap_info 2>/dev/null | grep -m1 -i 'total' | sed 's/^ *//' || echo n/a)
fi

mkdir -p "$(dirname "$OUT")"
SECTION=$(mktemp)
{
  echo "<!-- run:$LABEL -->"
  echo "## Load on one instance: $LABEL"
  echo
  echo "Generated by \`bench/perf/run.sh\` on $(date -u '+%F %H:%M UTC'). Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB", $2/1048576}' /proc/meminfo),"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average before the run: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "wrk (${THREADS} threads at most, ${DURATION}s per run) runs on the same machine and takes CPU itself."
  echo "Signed in as \`$USER_\` (a FOCAL_POINT): session cookie for pages, bearer token for the API. Latencies in ms."
  echo
  echo "| request | | connections | requests/s | p50 | p95 | p99 | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$ROWS"
  echo
  echo "The server was first warmed up with ${PH_PREWARM_ROUNDS:-2} rounds of every read for ${PREWARM} s at 8 connections, each round followed by a wait until the machine was idle, and each request again for ${PREWARM} s just before it was measured (not counted); before every run the script waited until the machine was idle."
  echo
  echo "Six-month review of program $REVIEW_PROGRAM ($REVIEW_SIZE; \`POST /api/v1/programs/$REVIEW_PROGRAM/reviews\`, median of 5): ${REVIEW_MEDIAN:-n/a} ms (answers: $REVIEW_STATUS)."
  echo
  [ -n "$SQL_LINE" ] && { echo "$SQL_LINE"; echo; }
  echo "Server process after the run: RSS $RSS; heap: $HEAP."
  [ -n "${PH_NOTES:-}" ] && { echo; echo "$PH_NOTES"; }
  echo "<!-- /run:$LABEL -->"
} > "$SECTION"
touch "$OUT"
python3 - "$OUT" "$SECTION" "$LABEL" <<'PY'
import re, sys
path, section, label = sys.argv[1], open(sys.argv[2], encoding='utf-8').read().rstrip('\n'), sys.argv[3]
text = open(path, encoding='utf-8').read()
pattern = re.compile(r'<!-- run:' + re.escape(label) + r' -->.*?<!-- /run:' + re.escape(label) + r' -->', re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: section, text)
else:
    text = (text.rstrip('\n') + '\n\n' if text.strip() else '# Performance\n\n') + section + '\n'
open(path, 'w', encoding='utf-8').write(text)
PY
rm -f "$SECTION"
echo "wrote the $LABEL section of $OUT" >&2
