#!/usr/bin/env bash
# The C host (examples/embed/host.c, built by make examples): its own
# lua_State loads dealscope and a rule file and classifies stdin; the
# lines it prints are the provisions the command line finds. Under
# valgrind (when installed): no error, no leak.
. e2e/lib.sh
host=build/examples/host
[ -x "$host" ] || fail "$host is not built (make examples)"

$DEALSCOPE analyze --format jsonl "$SEED" > "$E2E_TMP/seed.jsonl"
"$host" -p "$PWD" < "$SEED" > "$E2E_TMP/host.out" || fail "the host failed on the seed article"
check host "$E2E_TMP/host.out" "$E2E_TMP/seed.jsonl"

rules=examples/rules/extend-trade.lua
$DEALSCOPE analyze --format jsonl --rules "$rules" "$SEED" > "$E2E_TMP/extend.jsonl"
"$host" -p "$PWD" -r "$rules" < "$SEED" > "$E2E_TMP/extend.out" || fail "the host failed with $rules"
check host "$E2E_TMP/extend.out" "$E2E_TMP/extend.jsonl"

printf 'rule "broken" { match = near(nothing, here, 3) }\n' > "$E2E_TMP/broken.lua"
if "$host" -p "$PWD" -r "$E2E_TMP/broken.lua" < "$SEED" > /dev/null 2> "$E2E_TMP/broken.err"; then
  fail "the host accepted a broken rule file"
fi
[ "$(wc -l < "$E2E_TMP/broken.err")" -eq 1 ] && grep -q 'broken.lua:1: rule "broken"' "$E2E_TMP/broken.err" \
  || { cat "$E2E_TMP/broken.err" >&2; fail "the host's error is not one line naming the file, line and rule"; }
pass "a broken rule file: status 1, one line: $(cat "$E2E_TMP/broken.err")"

if command -v valgrind >/dev/null 2>&1; then
  timeout 300 valgrind -q --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite,possible "$host" -p "$PWD" < "$SEED" \
    > "$E2E_TMP/vg.out" 2> "$E2E_TMP/vg.err" \
    || { cat "$E2E_TMP/vg.err" >&2; fail "valgrind reports errors or leaks in the host"; }
  check host "$E2E_TMP/vg.out" "$E2E_TMP/seed.jsonl" > /dev/null
  pass "valgrind memcheck: no error, no leak (lua_close frees everything)"
else
  say "valgrind is not installed: memcheck skipped"
fi
