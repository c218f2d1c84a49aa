# e2e/lib.sh: what every end-to-end check shares. Sourced, not run.
# Each check runs from the checkout root with LUA_PATH/LUA_CPATH of the
# working tree (make e2e sets them), writes what it keeps (screenshots,
# logs) under $E2E_OUT and its scratch files under a fresh $E2E_TMP that
# the trap removes, with every background process it started.

set -euo pipefail

E2E_OUT=${E2E_OUT:-build/e2e}
mkdir -p "$E2E_OUT"
E2E_OUT=$(cd "$E2E_OUT" && pwd)
E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/dealscope-e2e.XXXXXX")
E2E_PIDS=()

e2e_cleanup() {
  local pid
  for pid in "${E2E_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${E2E_PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$E2E_TMP"
}
trap e2e_cleanup EXIT
trap 'exit 130' INT TERM

DEALSCOPE=${DEALSCOPE:-bin/dealscope}
SEED=examples/busan-summit-2025.txt

say()  { printf '  %s\n' "$*"; }
pass() { printf '  ok: %s\n' "$*"; }
fail() { printf '  FAILED: %s\n' "$*" >&2; exit 1; }

# need CMD...: every command is on PATH
need() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || fail "'$c' is not installed (make e2e installs it)"
  done
}

# a Lua check: lua5.4 e2e/check.lua WHAT ARGS...
check() { lua5.4 e2e/check.lua "$@"; }

# a free TCP port on 127.0.0.1, from $1 upwards
free_port() {
  local p=${1:-18080}
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}
