#!/usr/bin/env bash
# The mod_magnet handler in a real lighttpd: started on a loopback port
# with examples/lighttpd/lighttpd.conf, a real curl POST of the seed
# article answered with JSON of schema dealscope/1 (the same provisions
# as the command line), 405 for GET, 400 for an empty body; then stopped.
. e2e/lib.sh
need lighttpd curl timeout
[ -e /usr/lib/lighttpd/mod_magnet.so ] || [ -n "$(find / -name mod_magnet.so -path '*lighttpd*' 2>/dev/null | head -1)" ] \
  || fail "lighttpd's mod_magnet is not installed (package lighttpd-modules-lua)"

port=$(free_port 18080)
conf="$E2E_TMP/lighttpd.conf"
sed -e "s|@ROOT@|$PWD|g; s|@PORT@|$port|g; s|@STATE@|$E2E_TMP|g" \
  examples/lighttpd/lighttpd.conf > "$conf"
lighttpd -tt -f "$conf" > "$E2E_TMP/config-test.log" 2>&1 \
  || { cat "$E2E_TMP/config-test.log" >&2; fail "lighttpd refuses the configuration"; }

env -u LUA_PATH -u LUA_CPATH lighttpd -D -f "$conf" > "$E2E_TMP/lighttpd.out" 2>&1 &
server=$!
E2E_PIDS+=("$server")
url="http://127.0.0.1:$port/analyze"
for _ in $(seq 1 100); do           # 10 s at most
  curl -s -o /dev/null "$url" && break
  kill -0 "$server" 2>/dev/null || { cat "$E2E_TMP/lighttpd.out" >&2; fail "lighttpd exited"; }
  sleep 0.1
done
pass "lighttpd $(lighttpd -v | sed 's/ (.*//; s/.*\///') serves on 127.0.0.1:$port (pid $server)"

$DEALSCOPE analyze --format jsonl --date 2025-10-30 "$SEED" > "$E2E_TMP/seed.jsonl"
status=$(curl -sS --max-time 30 -o "$E2E_TMP/answer.json" -w '%{http_code} %{content_type}' \
  -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$SEED" \
  "$url?id=busan-summit-2025&date=2025-10-30")
[ "${status%% *}" = 200 ] || { cat "$E2E_TMP/error.log" >&2 || true; fail "POST /analyze answered $status"; }
case "${status#* }" in application/json*) ;; *) fail "content type ${status#* }";; esac
pass "POST /analyze of the seed article: 200, ${status#* }"
check json "$E2E_TMP/answer.json" "$E2E_TMP/seed.jsonl"

status=$(curl -sS --max-time 10 -o "$E2E_TMP/get.json" -D "$E2E_TMP/get.head" -w '%{http_code}' "$url")
[ "$status" = 405 ] || fail "GET /analyze answered $status, expected 405"
grep -qi '^Allow: POST' "$E2E_TMP/get.head" || fail "405 without Allow: POST"
grep -q '"error"' "$E2E_TMP/get.json" || fail "405 without a JSON error"
pass "GET /analyze: 405 with Allow: POST and a JSON error"

status=$(curl -sS --max-time 10 -o "$E2E_TMP/empty.json" -w '%{http_code}' --data-binary '' "$url")
[ "$status" = 400 ] || fail "an empty POST answered $status, expected 400"
pass "empty POST: 400"

kill "$server"
for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
kill -0 "$server" 2>/dev/null && fail "lighttpd did not stop"
wait "$server" 2>/dev/null || true
pass "lighttpd stopped"
if grep -q 'lua:' "$E2E_TMP/error.log" 2>/dev/null; then
  cat "$E2E_TMP/error.log" >&2
  fail "the handler logged Lua errors"
fi
