#!/usr/bin/env bash
# The progress bar in a real terminal: tmux runs `dealscope analyze` on
# 200 files with stderr on the terminal; the terminal shows the bar while
# it runs (bar, files, MB, MB/s, ETA, updated in place with carriage
# returns) and its final line at the end. With stderr not a terminal,
# nothing is written there.
. e2e/lib.sh
need tmux timeout

files="$E2E_TMP/files"
mkdir -p "$files"
# 200 articles: the seed, with a number that differs, three times over
text=$(cat "$SEED" "$SEED" "$SEED")
for i in $(seq 1 200); do
  printf '%s\nArticle %d.\n' "$text" "$i" > "$files/article-$i.txt"
done

sock="dealscope-e2e-$$"
tmux_() { tmux -L "$sock" -f /dev/null "$@"; }
stop_tmux() { tmux_ kill-server 2>/dev/null || true; e2e_cleanup; }
trap stop_tmux EXIT

log="$E2E_TMP/terminal.log"
: > "$log"
tmux_ new-session -d -s e2e -x 150 -y 20 "bash --norc --noprofile"
tmux_ pipe-pane -t e2e -o "cat >> '$log'"
export LUA_PATH LUA_CPATH
tmux_ set-environment -t e2e LUA_PATH "${LUA_PATH:-}"
tmux_ set-environment -t e2e LUA_CPATH "${LUA_CPATH:-}"
tmux_ send-keys -t e2e "cd '$PWD' && export LUA_PATH='${LUA_PATH:-}' LUA_CPATH='${LUA_CPATH:-}'" Enter
tmux_ send-keys -t e2e "clear; $DEALSCOPE analyze --format jsonl $files/*.txt > $E2E_TMP/out.jsonl; echo E2E-EXIT=\$?" Enter

screen=""
for _ in $(seq 1 600); do          # 120 s at most
  screen=$(tmux_ capture-pane -p -t e2e)
  grep -q '^E2E-EXIT=' <<<"$screen" && break
  sleep 0.2
done
grep -q '^E2E-EXIT=0' <<<"$screen" || { printf '%s\n' "$screen" >&2; fail "dealscope analyze did not finish with status 0 in the terminal"; }
printf '%s\n' "$screen" > "$E2E_OUT/terminal-screen.txt"
cp "$log" "$E2E_OUT/terminal-stream.log"

# the final line stays on the screen
final=$(grep -E '^200/200 files, [0-9.]+ MB in [0-9]+:[0-9]{2} \([0-9.]+ MB/s\)$' <<<"$screen") \
  || { printf '%s\n' "$screen" >&2; fail "no final progress line on the screen"; }
pass "final line on the screen: $final"

# the bar was drawn while it ran: frames rewritten with carriage returns
frames=$(tr '\r' '\n' < "$log" | grep -cE '^\[[#-]{24}\] +[0-9]+%  [0-9]+/200 files  [0-9.]+/[0-9.]+ MB  [0-9.]+ MB/s  ETA [0-9]+:[0-9]{2}' || true)
[ "$frames" -ge 1 ] || fail "no progress bar frame in what the terminal received"
example=$(tr '\r' '\n' < "$log" | grep -E '^\[[#-]{24}\]' | sed 's/\x1b\[K//' | sed -n '2p;1p' | tail -1)
pass "$frames progress bar frames drawn in place, e.g. $example"

lines=$(wc -l < "$E2E_TMP/out.jsonl")
[ "$lines" -eq 200 ] || fail "stdout has $lines lines, expected 200"
pass "stdout (a file) got the 200 documents, untouched by the bar"

# stderr not a terminal: no bar
$DEALSCOPE analyze --format jsonl "$files"/article-1*.txt > /dev/null 2> "$E2E_TMP/stderr.txt"
[ ! -s "$E2E_TMP/stderr.txt" ] || fail "progress written to stderr that is not a terminal"
pass "nothing on stderr when it is not a terminal"
