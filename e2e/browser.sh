#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium opens the report
# of the seed article (a file:// URL), takes a screenshot, and dumps the
# DOM after its script ran: every provision is highlighted with its label,
# the side panel shows a provision's attributes, and a text made to break
# out of its element (<script>, " onmouseover=", <img onerror>) stays text.
. e2e/lib.sh
need chromium timeout

# chromium, headless, with a profile of its own and nothing that calls out
browser() {
  local profile
  profile=$(mktemp -d "$E2E_TMP/profile.XXXXXX")
  timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --disable-extensions --user-data-dir="$profile" "$@" \
    2>>"$E2E_TMP/chromium.log"
}

html="$E2E_TMP/seed.html"
$DEALSCOPE analyze --format html --date 2025-10-30 -o "$html" "$SEED"
$DEALSCOPE analyze --format jsonl --date 2025-10-30 "$SEED" > "$E2E_TMP/seed.jsonl"

shot="$E2E_OUT/seed-report.png"
rm -f "$shot"
browser --window-size=1280,2400 --screenshot="$shot" "file://$html" >/dev/null \
  || fail "chromium could not take the screenshot (see $E2E_TMP/chromium.log)"
check png "$shot"

browser --dump-dom "file://$html" > "$E2E_TMP/seed.dom.html" \
  || fail "chromium could not dump the DOM"
check dom "$E2E_TMP/seed.dom.html" "$E2E_TMP/seed.jsonl"

label=$(lua5.4 -e 'local c = require "dealscope.core"
  local v = c.json_decode(io.read("l")); io.write(v.provisions[7].label)' < "$E2E_TMP/seed.jsonl")
browser --dump-dom "file://$html#p-1-7" > "$E2E_TMP/seed7.dom.html" \
  || fail "chromium could not dump the DOM"
check panel "$E2E_TMP/seed7.dom.html" "$label"

# hostile text: in the clauses of provisions, in the document id,
hostile="$E2E_TMP/hostile.txt"
cat > "$hostile" <<'TEXT'
China will cut tariffs on <script>alert(1)</script> soybeans by 10% " onmouseover="alert(2)" today.
The United States agreed to lift export controls on chips <img src=x onerror=alert(3)>.
TEXT
# and in what a rule file's roles return (actor, object)
$DEALSCOPE analyze --format html --rules e2e/hostile-rules.lua \
  --id '<img src=x onerror=alert(4)>" onmouseover="alert(5)' -o "$E2E_TMP/hostile.html" "$hostile"
$DEALSCOPE analyze --format jsonl --rules e2e/hostile-rules.lua --id x "$hostile" \
  > "$E2E_TMP/hostile.jsonl"
browser --dump-dom "file://$E2E_TMP/hostile.html" > "$E2E_TMP/hostile.dom.html" \
  || fail "chromium could not dump the DOM"
check inert "$E2E_TMP/hostile.dom.html"
check dom "$E2E_TMP/hostile.dom.html" "$E2E_TMP/hostile.jsonl"
browser --window-size=1280,900 --screenshot="$E2E_OUT/hostile-report.png" \
  "file://$E2E_TMP/hostile.html" >/dev/null || fail "chromium could not take the screenshot"
check png "$E2E_OUT/hostile-report.png"
