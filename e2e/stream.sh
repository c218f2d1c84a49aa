#!/usr/bin/env bash
# `dealscope stream` on 100,000 lines with 100 malformed ones: 100,000
# lines out in order, 100 error lines exactly where the malformed lines
# are, every line of schema dealscope/1; peak memory (/usr/bin/time) and
# throughput reported, and the memory flat: the peak of 100,000 lines is
# within 5 MB of the peak of 10,000 and under 50 MB.
. e2e/lib.sh
[ -x /usr/bin/time ] || fail "/usr/bin/time is not installed (package time)"
LINES=${E2E_STREAM_LINES:-100000}
BAD=${E2E_STREAM_BAD:-100}

run_stream() {   # IN OUT -> "peak_kb seconds"
  /usr/bin/time -f '%M %e' -o "$E2E_TMP/time.txt" $DEALSCOPE stream < "$1" > "$2" \
    || fail "dealscope stream exited with status $?"
  cat "$E2E_TMP/time.txt"
}

lua5.4 e2e/gen_stream.lua $((LINES / 10)) $((BAD / 10)) > "$E2E_TMP/small.jsonl"
read -r small_kb small_s <<<"$(run_stream "$E2E_TMP/small.jsonl" "$E2E_TMP/small.out")"
check stream "$E2E_TMP/small.jsonl" "$E2E_TMP/small.out" $((BAD / 10))

lua5.4 e2e/gen_stream.lua "$LINES" "$BAD" > "$E2E_TMP/in.jsonl"
bytes=$(wc -c < "$E2E_TMP/in.jsonl")
read -r peak_kb secs <<<"$(run_stream "$E2E_TMP/in.jsonl" "$E2E_TMP/out.jsonl")"
check stream "$E2E_TMP/in.jsonl" "$E2E_TMP/out.jsonl" "$BAD"

summary=$(awk -v b="$bytes" -v s="$secs" -v k="$peak_kb" -v sk="$small_kb" -v n="$LINES" \
  'BEGIN { printf "%d lines, %.1f MB in %.1f s: %.2f MB/s, %.0f lines/s; peak RSS %.1f MB (%.1f MB on %d lines)",
           n, b / 1e6, s, b / 1e6 / s, n / s, k / 1024, sk / 1024, n / 10 }')
pass "stream: $summary"
printf '%s\n' "$summary" > "$E2E_OUT/stream.txt"
[ "$peak_kb" -lt $((50 * 1024)) ] || fail "peak RSS ${peak_kb} KB is over 50 MB"
[ "$peak_kb" -le $((small_kb + 5 * 1024)) ] \
  || fail "memory grows with the input: ${small_kb} KB on $((LINES / 10)) lines, ${peak_kb} KB on $LINES"
pass "memory is flat: under 50 MB, and 10 times the lines add less than 5 MB"
