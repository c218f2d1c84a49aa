-- The 20-rule file of `make bench`: the default trade rules (18 rules,
-- with the parties dictionary and the context cues) and two of our own.
include "trade"

words "minerals" { "critical mineral(s)?", "rare earth(s)?", "lithium", "cobalt", "nickel" }
words "supply" { "supply (agreement|deal|pact)(s)?", "offtake", "stockpil*" }
rule "minerals_supply" { match = near(supply, minerals, 8), actor = agent(actor) }

words "sanction" { "sanction*", "asset(s)? freeze", "blacklist*" }
words "relieve" { "lift*", "eas(e|es|ed|ing)", "remov*", "suspend*", "waiv*", "delist*" }
rule "sanctions_relief" { match = near(relieve, sanction, 6), actor = agent(actor) }
