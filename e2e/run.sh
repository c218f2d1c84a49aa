#!/usr/bin/env bash
# make e2e: every end-to-end check, each in a shell of its own, with a
# time limit; a summary at the end, status 1 if any failed. Run from the
# checkout root after `make all examples` (make e2e does both, and
# installs the Debian packages the checks need).
#
#   bash e2e/run.sh [browser terminal lighttpd host stream]
set -uo pipefail
cd "$(dirname "$0")/.."
checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(browser terminal lighttpd host stream)
declare -A limit=([browser]=300 [terminal]=300 [lighttpd]=120 [host]=600 [stream]=1200)
failed=()
for c in "${checks[@]}"; do
  [ -f "e2e/$c.sh" ] || { echo "e2e: no check '$c'" >&2; exit 2; }
  echo "e2e $c: $(sed -n '2s/^# //p' "e2e/$c.sh")"
  start=$SECONDS
  timeout --kill-after=10 "${limit[$c]:-300}" bash "e2e/$c.sh"
  status=$?
  if [ "$status" -eq 0 ]; then
    echo "e2e $c: passed ($((SECONDS - start)) s)"
  else
    [ "$status" -eq 124 ] && echo "e2e $c: timed out after ${limit[$c]:-300} s" >&2
    echo "e2e $c: FAILED (status $status)" >&2
    failed+=("$c")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "e2e: ${#failed[@]} of ${#checks[@]} failed: ${failed[*]}" >&2
  exit 1
fi
echo "e2e: all ${#checks[@]} passed (screenshots and logs in build/e2e)"
