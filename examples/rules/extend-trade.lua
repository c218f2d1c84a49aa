-- extend-trade.lua: the default trade rules plus a label of our own.
-- Everything "trade" defines stays: we add words to its classes and a
-- rule with a label of our own, which uses the defaults' parties.
--
--   dealscope analyze --rules examples/rules/extend-trade.lua article.txt
--

include "trade"

-- 2025 words for a measure the defaults know: more port fees
words "tariff" { "port service fee(s)?", "vessel fee(s)?" }

-- a label of our own: critical-minerals supply pacts
words "minerals" { "critical mineral(s)?", "rare earth(s)?", "lithium", "cobalt", "nickel" }
words "supply"   { "supply (agreement|deal|pact)(s)?", "offtake", "stockpil*" }

rule "minerals_supply" {
  match = near(supply, minerals, 8),
  actor = agent(actor), counterpart = target(actor), object = np(minerals),
  examples = {
    yes = { "Japan and the United States signed a supply agreement on critical minerals." },
    no = { "Lithium prices fell." },
  },
}
