-- sanctions.lua: a rule file for sanctions relief, built step by step in
-- the README ("Writing rules"). Copy it and change it.
--
--   dealscope test-rules examples/rules/sanctions.lua
--   dealscope analyze --rules examples/rules/sanctions.lua article.txt
--

-- 1. The words. Each phrase matches whole tokens, ignoring case and
--    accents: "sanction*" is a prefix, "(lift|ease)" an alternative,
--    "[the] list" an optional word; "asset-freeze" = "asset freeze".
words "sanction" {
  "sanction*", "asset(s)? freeze", "frozen assets", "blacklist*",
  "SDN list", "specially designated nationals", "restrictive measures",
}
words "relieve" {
  "lift*", "eas(e|es|ed|ing)", "remov*", "suspend*", "waiv*", "delist*",
  "unfreez*", "roll* back", "relax*", "exempt*", "(grant|issue)(s|ed)? [a] general licen(s|c)e",
}
words "tighten" { "impos*", "tighten*", "expand*", "extend*", "add(s|ed)? to" }

-- 2. The parties, resolved to ISO codes (the default dictionary).
include "actors"

-- 3. The rule: a relief word near a sanctions word, in one clause, not
--    when the clause tightens them; the actor is whoever lifts them.
rule "sanctions_relief" {
  match  = near(relieve, sanction, 6),
  unless = near(tighten, sanction, 3),
  actor  = agent(actor),
  object = sanction,
  examples = {
    yes = { "The United States will lift sanctions on Venezuelan oil.",
            "Brussels eased restrictive measures against Belarusian potash." },
    no  = { "Washington imposed new sanctions on Russian banks.",
            "The EU extended its asset freeze against 40 officials." },
  },
}

-- 4. A second rule for the same label: a name tells them apart, and
--    priority picks between them when both fire on one clause.
rule "sanctions_relief" {
  name = "delisting",
  match = seq{ "remov*", "from", "[the] (SDN|sanctions|entity) list", gap = 4 },
  priority = 1,
  actor = agent(actor),
  examples = { yes = { "Treasury removed three firms from the SDN list." } },
}
