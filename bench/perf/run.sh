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
# PH_OUT (docs/performance.md), PH_PID (the server's process id; found from the port if unset).
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
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
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
  "Create a progress report (API)|POST|/api/v1/tasks/$TASK/progress|bearer|{\"reportedOn\":\"$TODAY\",\"percent\":50,\"text\":\"Đang triển khai theo kế hoạch\"}"
  "Create a task (API)|POST|/api/v1/programs/$PROGRAM/tasks|secretariat|{\"title\":\"Tổ chức hội nghị sơ kết công tác phối hợp\",\"leadOrganizationId\":$LEAD,\"dueDate\":\"$(date +%Y)-12-31\"}"
)

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

ROWS=""
for spec in "${REQUESTS[@]}"; do
  IFS='|' read -r name method path auth body <<<"$spec"
  args=(-s -o /dev/null -w '%{http_code}' -X "$method")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
  [ "$auth" = bearer ] && args+=(-H "Authorization: Bearer $TOKEN")
  [ "$auth" = secretariat ] && args+=(-H "Authorization: Bearer $SEC_TOKEN")
  [ "$auth" = cookie ] && args+=(-b "$COOKIE")
  status=$(curl "${args[@]}" "$BASE$path")
  for c in $CONNECTIONS; do
    r=$(run "$method" "$path" "$auth" "$body" "$c")
    echo "$name c=$c $r (first answer $status)" >&2
    ROWS+="| $name | \`$method $path\` ($status) | $c | $(field "$r" rps) | $(field "$r" p50) | $(field "$r" p95) | $(field "$r" p99) | $(field "$r" errors) |"$'\n'
  done
done

# A six-month review of the program: one POST (computes the figures of every task), median of 5, as PH_REVIEW_USER
# (a SECRETARIAT of the keeping body, e.g. the generator's <prefix>-b0-u2) or else the focal point.
REVIEW_TOKEN=$SEC_TOKEN
REVIEW=""
for i in 1 2 3 4 5; do
  REVIEW+="$(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $REVIEW_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"kind\":\"SIX_MONTH\",\"periodStart\":\"$(date +%Y)-01-01\",\"periodEnd\":\"$(date +%Y)-06-30\"}" \
    "$BASE/api/v1/programs/$PROGRAM/reviews")"$'\n'
done
REVIEW_MEDIAN=$(echo "$REVIEW" | awk 'NF{print $2*1000}' | sort -n | sed -n 3p)
REVIEW_STATUS=$(echo "$REVIEW" | awk 'NF{print $1}' | sort -u | tr '\n' ' ')

RSS="n/a"; HEAP="n/a"
if [ -n "$PID" ]; then
  RSS="$(( $(ps -o rss= -p "$PID") / 1024 )) MB"
  HEAP=$(jcmd "$PID" GC.heap_info 2>/dev/null | grep -m1 -i 'total' | sed 's/^ *//' || echo n/a)
fi

mkdir -p "$(dirname "$OUT")"
{
  echo "# Performance"
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
  echo "Six-month review of program $PROGRAM (\`POST /api/v1/programs/$PROGRAM/reviews\`, median of 5): ${REVIEW_MEDIAN:-n/a} ms (answers: $REVIEW_STATUS)."
  echo
  echo "Server process after the run: RSS $RSS; heap: $HEAP."
  [ -n "${PH_NOTES:-}" ] && { echo; echo "$PH_NOTES"; }
} > "$OUT"
echo "wrote $OUT" >&2
