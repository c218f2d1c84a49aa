-- hostile-rules.lua: a rule file whose roles return text made to break
-- out of HTML (e2e/browser.sh): the report must show it as text.
words "cut" { "cut*", "lift*" }
words "measure" { "tariff*", "export control(s)?" }
rule "hostile_label" {
  match = near(cut, measure, 4),
  object = function() return [[tariffs"><img src=y onerror=alert(7)> ' onmouseover='alert(8)]] end,
  actor = function() return [[<script>alert(9)</script>]] end,
}
