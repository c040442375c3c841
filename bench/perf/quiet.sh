# Sourced by the benchmark scripts. quiet waits (at most PH_QUIET_MAX s, 60) until the machine is idle: at least 85 %
# of its CPU time idle over one second. A server left with a backlog (Redmine works through queued requests for
# seconds after a run at 32 connections; PhoiHop's search indexer after a burst of creations) or a JIT still compiling
# would otherwise take CPU from the next measurement.
quiet() {
  local waited=0 a b
  while [ "$waited" -lt "${PH_QUIET_MAX:-60}" ]; do
    a=$(awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat); sleep 1
    b=$(awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat)
    if awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[1] - x[1];
        exit !(t > 0 && (y[2] - x[2]) / t >= 0.85) }'; then return 0; fi
    waited=$((waited + 1))
  done
  echo "the machine did not go quiet within ${PH_QUIET_MAX:-60} s; measuring anyway" >&2
}
