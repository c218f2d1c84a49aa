-- dealscope default rules: trade deals.
--
-- A rule file in the dealscope rule language (see the README, "Writing
-- rules"). It reads a news article the way a trade analyst does: each
-- clause that grants tariff relief, commits to purchases, eases or
-- tightens export controls, commits to enforcement or investment, or
-- says an issue is unresolved, with who acts (agent), towards whom
-- (target) and on what (np). Certainty, negation, attribution and
-- figures come from context.lua and the attribute layer.
--
-- Each label names its nearest standard code, so that records join the
-- Global Trade Alert (GTA intervention types) and UNCTAD's MAST
-- classification of non-tariff measures (chapters): see `gta` and
-- `mast` on the first rule of each label.
--
-- The words are the words of trade reporting from 1987 to 2025 ("slash",
-- "roll back", "lift curbs", "agreed to buy", "COCOM", "entity list",
-- "port fees", "anti-dumping duties"), not the sentences of any text.
--

include "actors"
include "context"

-- headlines restate the article; rules read its sentences
options { headings = false }

-- names in which no cue counts: places, firms and papers named after a
-- country name no party ("Bank of America", "South China Sea"); an
-- agreement and statutes named after tariffs hold no tariff measure
mask(not_actor)
mask {
  "Tariffs and Trade", "Tariff Act",
  "Trade Act", "Trade Expansion Act", "Smoot-Hawley", "Tariff Commission",
  "Harmonized Tariff Schedule", "tariff schedule(s)?", "tariff classification(s)?",
  "end(s|ed|ing)? up",
}

-- ---------------------------------------------------------------------
-- what measures are about
-- ---------------------------------------------------------------------

words "tariff" {
  "tariff*", "dut(y|ies)", "lev(y|ies)", "import tax(es)?", "export tax(es)?",
  "customs dut(y|ies)", "port fee(s)?", "port charge(s)?", "surcharge(s)?",
  "anti-dumping", "antidumping", "countervailing", "tax(es)? on imports",
}

words "sanction" {
  "sanction(s)?", "trade sanction(s)?", "penalt(y|ies)", "punitive measure(s)?",
  "trade measure(s)?",
}

-- barriers to imports other than quotas
words "import_barrier" {
  "import curb(s)?", "curb(s)? on imports", "import restriction(s)?",
  "restriction(s)? on imports", "import ban(s)?", "ban(s)? on imports",
  "import control(s)?", "unilateral restraint(s)?", "import restraint(s)?",
}
-- barriers in general: something must be done to them to make a measure
words "barrier" {
  "trade barrier(s)?", "non-tariff barrier(s)?", "barrier(s)? to imports",
  "import barrier(s)?", "barrier(s)? to trade", "import licen(s|c)(e|es|ing)",
}

-- import quotas (their increase is relief, their imposition escalation)
words "quota" {
  "quota(s)?", "import quota(s)?", "tariff quota(s)?", "tariff-rate quota(s)?",
}
words "export_quota" { "export quota(s)?" }

-- the textile quota regime of 1974-2004
words "mfa" {
  "Multi-Fibre Arrangement", "Multi-Fiber Arrangement", "Multi-Fibre Agreement",
  "Multi-Fiber Agreement", "Multifibre Arrangement", "=MFA", "textile pact",
  "textile agreement", "textile accord",
}

-- access without duty
words "duty_free" {
  "duty-free", "duty free", "tariff-free", "zero duty", "zero dut(y|ies)",
  "zero tariff(s)?", "zero-tariff", "free of duty", "free of dut(y|ies)",
  "exempt(ed)? from (tariffs|duties|duty)",
}

-- export controls by name: stating one is stating a measure
words "export_control" {
  "export control(s)?", "controls on exports", "export restriction(s)?",
  "restriction(s)? on exports", "export curb(s)?", "curb(s)? on exports",
  "export ban(s)?", "ban(s)? on exports", "export licen(s|c)e requirement(s)?",
  "entity list", "unverified list", "affiliate(s)? rule", "50 percent rule",
  "subsidiaries of sanctioned", "=COCOM", "=CoCom", "technology controls",
  "chip controls", "embargo(es)?", "dual-use controls", "export embargo(es)?",
  "controls on (chips|semiconductors|technology)", "voluntary restraint(s)?",
  "voluntary export restraint(s)?", "export restraint(s)?",
}

-- licensing, neutral until something is done to it
words "licensing" {
  "export licen(s|c)(e|es|ing)", "licen(s|c)ing regime", "licen(s|c)ing framework",
  "licen(s|c)ing requirement(s)?", "licen(s|c)ing process", "licen(s|c)ing system",
  "licen(s|c)ing rule(s)?", "export permit(s)?",
}

-- goods and technology whose export is controlled
words "controlled_goods" {
  "chip(s)?", "semiconductor(s)?", "processor(s)?", "GPU(s)?", "AI chip(s)?",
  "=Blackwell", "=H20", "=H100", "supercomputer(s)?", "rare earth(s)?",
  "rare-earth magnet(s)?", "gallium", "germanium", "graphite", "antimony",
  "critical mineral(s)?", "high technology", "high-tech(nology)? goods",
}

-- exports as such
words "exports" {
  "export(s)?", "exporting", "shipment(s)?", "overseas sales", "sales abroad",
  "foreign sales",
}

words "illicit" {
  "fentanyl", "precursor(s)?", "precursor chemical(s)?", "narcotic(s)?",
  "illicit drug(s)?", "drug trafficking", "drug flows", "smuggl*", "counterfeit*",
  "piracy", "pirated", "intellectual property", "IP theft", "trade secret(s)?",
  "transshipment", "trans-shipment",
}

words "investment" {
  "divest*", "divestiture", "joint venture(s)?", "acquisition(s)?",
  "invest(s|ed|ing)?", "investment(s)?", "stake(s)?", "takeover(s)?",
}

-- purchases of goods and services
words "buy" {
  "buy", "buys", "buying", "bought", "purchas*", "procur*", "procurement",
  "place(d|s)? orders", "orders for", "sold to", "sales to", "sale to",
}
words "cargo" { "cargo(es)?", "consignment(s)?", "shipment(s)?" }
-- what is bought in trade: commodities, manufactures, their units
words "goods" {
  "goods", "products", "commodit(y|ies)", "grain(s)?", "wheat", "corn", "maize",
  "soybean(s)?", "soya", "soy", "rice", "sugar", "cotton", "coffee", "cocoa", "tea",
  "beef", "pork", "poultry", "chicken", "meat", "dairy", "milk", "cheese", "butter",
  "fruit(s)?", "citrus", "oranges", "apples", "vegetable(s)?", "oilseed(s)?",
  "rapeseed", "canola", "palm oil", "vegetable oil(s)?", "barley", "sorghum",
  "oats", "feed", "feedgrain(s)?", "fertili(s|z)er(s)?", "tobacco", "textile(s)?",
  "yarn", "fabric(s)?", "garment(s)?", "clothing", "apparel", "steel", "aluminium",
  "aluminum", "copper", "iron ore", "coal", "oil", "crude", "petroleum", "fuel",
  "gas", "natural gas", "=LNG", "energy", "aircraft", "airplane(s)?", "plane(s)?",
  "jet(s)?", "jetliner(s)?", "=Boeing", "=Airbus", "helicopter(s)?", "vehicle(s)?",
  "car(s)?", "auto(s)?", "truck(s)?", "machinery", "equipment", "computer(s)?",
  "supercomputer(s)?", "super computer(s)?", "chip(s)?", "semiconductor(s)?",
  "electronics", "weapon(s)?", "arms", "munitions", "ship(s)?", "vessel(s)?",
  "cargo(es)?", "tonnes", "tons", "bushels", "bales", "barrels", "agricultural",
  "farm", "food(s)?", "foodstuff(s)?", "produce", "=TikTok", "services",
}

-- what makes a purchase part of a deal: a commitment or a foreign seller
words "commitment" {
  "agree*", "commit*", "pledg*", "obligation(s)?", "promis*", "plan*",
  "resum*", "renew*", "deal", "agreement", "accord",
  "pact", "contract(s|ed)?", "under the", "expect*", "likely", "hono(u)?r*",
  "fulfil*", "set to", "increase in", "increas*", "additional", "provision for",
  "minimum of", "at least", "guarantee*", "campaign",
}
words "foreign" { "foreign", "overseas", "imported", "abroad" }
-- a bare future counts when a party is named: "the Soviets will buy more"
words "modal" { "will", "shall", "would" }

-- not purchases of goods: finance and currency markets
words "finance" {
  "bond(s)?", "share(s)?", "stock(s)?", "securit(y|ies)", "equit(y|ies)",
  "promissory note(s)?", "asset(s)?", "treasury bill(s)?", "=T-bills",
  "merger(s)?", "arbitrage", "tender offer(s)?", "greenmail", "poison pill(s)?",
  "leveraged buyout(s)?", "buyout(s)?", "stake(s)?", "(pct|pc|percent) interest",
  "interest in", "subsidiary", "subsidiaries",
  "(buy|buys|buying|bought|sell|selling|sold) (dollars|yen|marks|sterling|currency|currencies)",
  "foreign exchange", "intervention",
}

-- domestic production quotas are not trade measures
words "production" {
  "production", "output", "planting(s)?", "plantings", "hectare(s)?", "acreage",
  "sowing", "=OPEC", "crude", "barrels", "bpd", "milk quota(s)?",
  "production quota(s)?", "fishing quota(s)?", "catch",
}

words "unresolved" {
  "unresolved", "remain(s|ed)? [largely] (unresolved|untouched|divided|deadlocked)",
  "remain(s|ed)? at odds", "(are|were|is|was) at odds", "at odds over",
  "(failed|fail|fails) to (agree|reach|resolve|settle)", "no agreement",
  "not [yet] (resolved|settled)", "unable to (agree|resolve|reach|settle)",
  "rather than resolv(e|es|ing)", "defer(s|red)? rather than", "not a resolution",
  "absence of [a] resolution", "no resolution", "sticking point(s)?",
  "outstanding issue(s)?", "deadlock(ed)?", "impasse", "stalemate",
  "talks (broke down|collapsed|stalled)", "(were|was) not enough", "unsatisfied",
  "dissatisfied", "(left|remain) unaddressed", "continue talks",
}

-- ---------------------------------------------------------------------
-- what is done to them
-- ---------------------------------------------------------------------

-- taking a measure away
words "remove" {
  "roll* back", "rollback", "scrap*", "suspend*", "suspension", "paus*", "lift*",
  "remov*", "removal", "waiv*", "waiver(s)?", "exempt*", "exemption(s)?",
  "eliminat*", "abolish*", "abolition", "end", "ends", "ended", "ending",
  "drop*", "withdr(a|e)w*", "relax*", "eas(e|es|ed|ing)", "loosen*",
  "liberali(s|z)*", "freed", "freeing", "rescind*", "revok*", "repeal*",
  "dismantl*", "phas(e|ed|es|ing) out", "phase-out", "cancel*", "call* off",
  "hold up", "held up", "holding up", "hold off", "delay*", "postpon*",
  "defer*", "put off", "scal(e|ed|es|ing) back", "streamlin*", "rationali(s|z)*",
  "simplif*",
}
-- making a measure smaller
words "reduce" {
  "cut", "cuts", "cutting", "reduc*", "lower*", "slash*", "halv*", "trim*",
}
-- making a measure bigger, or a new one
words "raise" {
  "impos*", "rais*", "hik*", "increas*", "slap*", "introduc*", "levied",
  "levying", "threat*", "tighten*", "extend*", "extension", "broaden*",
  "widen*", "expand*", "reimpos*", "re-impos*", "toughen*", "step* up",
  "ramp* up", "doubl*", "tripl*", "announc*", "add(s|ed|ing)? to", "adopt*",
  "establish*", "put in place", "apply", "applied", "applies", "applying",
}
-- bigger quotas are relief
words "enlarge" {
  "rais*", "increas*", "improv*", "expand*", "enlarg*", "additional",
}
-- restricting trade directly
-- setting up a new measure (a bigger quota is not a new one)
words "institute" {
  "impos*", "introduc*", "adopt*", "establish*", "tighten*", "extend*", "extension",
  "broaden*", "widen*", "reimpos*", "re-impos*", "put in place", "set up",
}
words "restrict" {
  "restrict*", "ban", "bans", "banned", "banning", "halt*", "block*", "bar",
  "bars", "barred", "barring", "prohibit*", "curb", "curbs", "curbed",
  "curbing", "limit*", "embargo*", "stop*", "freez*", "exclud*", "restrain*",
  "cut off", "clamp* down",
}
words "hold_level" {
  "maintain*", "hold", "holds", "held", "keep", "keeps", "kept", "freez*",
  "cap", "caps", "capped",
}
words "retaliate" {
  "retaliat*", "countermeasure(s)?", "counter-measure(s)?", "hit back",
}
-- allowing trade in controlled goods
words "allow" {
  "allow*", "approv*", "permit*", "access to", "licen(s|c)e(s|d)? to sell",
  "resum* (sales|exports|shipments)", "freer",
  "private sector", "greenlight*",
}
words "revisit" { "revisit*", "reconsider*", "review*", "reform*", "overhaul*" }
words "decontrol" { "decontrol*", "de-license", "de-licens*", "delicens*" }
-- acting against illicit trade
words "act" {
  "reduc*", "curb*", "crack* down", "crackdown", "combat*", "stop*", "fight*",
  "tackl*", "halt*", "control*", "enforc*", "commit*", "pledg*", "prevent*",
  "prosecut*", "seiz*", "interdict*", "block*", "take action", "act against",
  "protect*", "protection",
}
words "approve" {
  "approv*", "greenlight*", "clear(s|ed|ing)?", "pledg*", "commit*", "promis*",
  "agree*", "allow*", "announc*", "sign*",
}
words "resume" { "resum*", "resumption", "renew*", "restart*" }
-- a subject that receives a measure is not the party that takes it
words "receive" {
  "benefit(s|ed|ing)? from", "gain(s|ed)?", "receiv*", "obtain*", "won", "win(s)?",
  "get(s)?", "got", "enjoy*",
}
-- the party after these words buys: "corn sold to the Soviet Union"
words "sold_to" { "sold to", "sales to", "sale to", "shipped to", "delivered to" }
words "be_aux" { "be", "been", "being", "is", "are", "was", "were" }
-- demands made of a party ("asked Seoul to lower tariffs")
words "demand" {
  "ask*", "urg(e|es|ed|ing)", "press(es|ed|ing)?", "call(s|ed|ing)? (on|for)",
  "demand*", "request*", "sought", "seek*",
}

-- the nouns a party owns: "China's export restrictions"
local measure = { tariff, sanction, import_barrier, barrier, quota, export_quota,
  export_control, licensing }

-- ---------------------------------------------------------------------
-- the rules
-- ---------------------------------------------------------------------

local ease = any(remove, reduce)
-- "a ban on beef imports", "curbs on Japanese imports"
local import_ban = seq{ any("ban(s)?", "curb(s)?", "restriction(s)?", "control(s)?",
  "limit(s)?", "embargo(es)?"), "on", "import*", gap = 3 }
local import_measure = any(tariff, sanction, import_barrier, barrier, import_ban)
local export_measure = any(export_control, licensing)
local who = agent(actor, { owner = measure, demand = demand, receive = receive })
-- for purchases, the party goods are sold to is the buyer
local buyer = agent(actor, { owner = measure, demand = demand, receive = receive,
  buyer = sold_to })
local whom = target(actor)

rule "tariff_relief" {
  gta = "Import tariff (liberalising); Import quota; Import ban",
  mast = "none for tariffs (not an NTM); D for trade-defence duties, E for quotas and bans",
  note = "cuts, removes, suspends, exempts, delays or scraps tariffs, duties, levies, "
    .. "fees, sanctions or a planned hike",
  match = near(any(ease, "improv(e|es|ed|ing)"), import_measure, 6),
  priority = 1,
  actor = who, counterpart = whom, object = np(any(tariff, sanction, import_barrier, barrier)),
  examples = {
    yes = { "South Korea will cut import taxes on 50 items.",
            "The United States will roll back several tariffs.",
            "Washington agreed to hold up imposing anti-dumping duties.",
            "Beijing suspended port fees on U.S. ships." },
    no = { "The council cut its interest rate.", "Tariffs were raised to 100 pct.",
           "OPEC agreed to cut production quotas." },
  },
}

rule "tariff_relief" {
  name = "passive_relief",
  note = "tariffs named long before the verb that cuts them: "
    .. "\"tariffs on a list of goods will be cut\"",
  match = seq{ tariff, seq{ be_aux, ease, gap = 1 }, gap = 24 },
  priority = 1,
  actor = who, counterpart = whom, object = np(tariff),
  examples = {
    yes = { "The tariffs on cosmetics, bicycles, apples, radios and TV sets will be cut." },
    no = { "The tariffs on cosmetics, bicycles, apples, radios and TV sets will stay." },
  },
}

rule "tariff_relief" {
  name = "quota_relief",
  note = "a bigger import quota, or one removed",
  match = any(near(enlarge, quota, 10), near(remove, quota, 6)),
  unless = any(export_quota, near(production, quota, 12), mfa),
  priority = 1,
  actor = who, counterpart = whom, object = np(quota),
  examples = {
    yes = { "The quota on beef will be raised by 4,500 tonnes.",
            "Japan agreed to end import quotas on beef and citrus." },
    no = { "Export quotas were suspended.", "OPEC raised its production quotas." },
  },
}

rule "tariff_relief" {
  name = "duty_free",
  note = "goods admitted without duty",
  match = any(duty_free, seq{ "zero", tariff, gap = 1 }),
  priority = 1,
  actor = who, counterpart = whom, object = np(duty_free),
  examples = {
    yes = { "The EC ruled all oilseed imports duty-free.",
            "The government decided to allow duty-free import of cotton yarn." },
    no = { "Duties on cotton yarn were raised." },
  },
}

rule "tariff_escalation" {
  gta = "Import tariff (harmful); Anti-dumping; Countervailing duty; Import ban",
  mast = "D (contingent trade-protective measures), E (quotas, prohibitions), F (charges)",
  note = "imposes, raises or threatens tariffs, duties, levies, fees, sanctions or import barriers",
  match = near(raise, import_measure, 5),
  unless = seq{ ease, any(raise, import_measure), gap = 6 },
  actor = who, counterpart = whom, object = np(any(tariff, sanction, import_barrier, barrier)),
  examples = {
    yes = { "The White House slapped 100 pct tariffs on Japanese goods.",
            "President Reagan imposed sanctions on Japanese goods." },
    no = { "Washington agreed to scrap a planned tariff hike.",
           "They hinted at a reduction in the tariff imposed last year." },
  },
}

rule "tariff_escalation" {
  name = "retaliation",
  note = "retaliation, threatened or taken",
  match = retaliate,
  actor = who, counterpart = whom, object = np(retaliate),
  examples = {
    yes = { "The U.S. is prepared to retaliate if the tax is introduced.",
            "The sector has borne the brunt of retaliatory Chinese tariffs." },
    no = { "The U.S. welcomed the agreement." },
  },
}

rule "tariff_escalation" {
  name = "import_barrier",
  note = "an import barrier stated as it stands, or imports shut out",
  match = any(import_barrier, near(restrict, seq{ "from", "market*", gap = 3 }, 4),
    near(restrict, "import*", 3), near(raise, "ban(s)?", 3),
    seq(any("anti-dumping", "antidumping", "countervailing", "punitive"), "dut(y|ies)")),
  unless = any(ease, near(production, quota, 12), "export*"),
  actor = who, counterpart = whom, object = np(any(import_barrier, tariff)),
  examples = {
    yes = { "The issues include Japanese import restrictions on 12 farm products.",
            "The fibres have been banned from the U.S. market." },
    no = { "Seoul removed import curbs on 170 products." },
  },
}

rule "tariff_escalation" {
  name = "foreign_exports",
  note = "curbs or penalties on another party's exports: an importer's measure",
  match = near(any(raise, restrict, sanction), seq(any("on", "against"), actor, exports), 5),
  unless = ease,
  actor = who, counterpart = whom, object = np(exports),
  examples = {
    yes = { "The Senate called on Reagan to impose penalties on Japanese exports.",
            "It urged that curbs be imposed on Japanese exports to the United States." },
    no = { "Japanese exports rose 3 pct." },
  },
}

rule "tariff_escalation" {
  name = "new_quota",
  note = "new or wider import quotas, including the textile quota regime",
  match = any(near(institute, any(quota, mfa), 8), near(any(raise, restrict), mfa, 8)),
  unless = any(export_quota, near(production, quota, 12), seq{ ease, quota, gap = 4 },
    near(enlarge, quota, 3)),
  actor = who, counterpart = whom, object = np(any(quota, mfa)),
  examples = {
    yes = { "Fifty countries adopted the new MFA last July." },
    no = { "The beef quota will be raised by 3,000 tonnes." },
  },
}

rule "purchase_commitment" {
  gta = "none: purchase commitments have no GTA intervention type",
  mast = "none (nearest: M, government procurement, for public purchases)",
  note = "commits, resumes or agrees to buy goods or services; a concluded purchase "
    .. "reported as part of trade",
  match = all(buy, goods, any(commitment, foreign, all(modal, actor),
    seq{ any("of", "from"), actor, gap = 2 }, seq{ "sold to", actor, gap = 2 })),
  unless = finance,
  actor = buyer, counterpart = whom, object = np(any(goods, buy)),
  examples = {
    yes = { "His country's firms have agreed to buy 1.8 billion dlrs worth of U.S. goods.",
            "China is expected to resume American soybean purchases.",
            "Recent Soviet purchases of U.S. corn stood at 1.5 mln tonnes." },
    no = { "The board purchased 1,323 tonnes of cocoa in the week.",
           "Foreigners bought four billion marks worth of German bonds.",
           "Oil companies will bid up prices as they purchase oil for their refineries.",
           "Reef Energy agreed to buy a 12 pct interest in a gas pipeline." },
  },
}

rule "purchase_commitment" {
  name = "resumed_cargoes",
  note = "cargoes or shipments of a buyer resumed",
  match = near(resume, cargo, 6),
  actor = buyer, counterpart = whom, object = np(cargo),
  examples = {
    yes = { "The resumption of two large soybean cargoes is a win." },
    no = { "Two cargoes arrived." },
  },
}

rule "export_control_relief" {
  gta = "Export licensing requirement (liberalising); Export ban; Export quota",
  mast = "P (export-related measures: P1 licences, quotas, prohibitions)",
  note = "pauses, suspends, relaxes or lifts export restrictions, licensing regimes, "
    .. "entity-list rules",
  match = any(near(ease, export_measure, 6), near(revisit, export_measure, 8)),
  priority = 1,
  actor = who, counterpart = whom, object = np(export_measure),
  examples = {
    yes = { "China will pause its rare-earth licensing regime for one year.",
            "The bill would reduce licensing requirements by 65 pct." },
    no = { "The ministry tightened export controls on gallium." },
  },
}

rule "export_control_relief" {
  name = "allow_sales",
  note = "allows sales of, or access to, controlled goods",
  match = near(allow, controlled_goods, 6),
  unless = near(restrict, controlled_goods, 3),
  priority = 1,
  actor = who, counterpart = whom, object = np(controlled_goods),
  examples = {
    yes = { "Nvidia will be allowed to sell H20 chips to China.",
            "Trump signalled willingness to discuss access to advanced chips." },
    no = { "Washington restricted exports of such chips." },
  },
}

rule "export_control_relief" {
  name = "freer_exports",
  note = "exports freed: bigger export quotas, freer or private exports, decontrol",
  match = any(near(enlarge, export_quota, 6), near(remove, export_quota, 6),
    near(allow, exports, 4), decontrol),
  priority = 1,
  actor = who, counterpart = whom, object = np(any(export_quota, exports)),
  examples = {
    yes = { "India's cotton export quota has been raised by 190,000 bales.",
            "The government allowed freer cotton and rice export." },
    no = { "Exports rose 3 pct in March." },
  },
}

rule "export_control_tightening" {
  gta = "Export licensing requirement (harmful); Export ban; Export quota",
  mast = "P (export-related measures: P1 licences, quotas, prohibitions)",
  note = "imposes, expands or enforces export restrictions, licences, bans; "
    .. "or states them",
  match = any(export_control, near(restrict, exports, 4), near(reduce, export_quota, 4),
    all(hold_level, exports, "level*"), near(raise, licensing, 5)),
  unless = any(near(illicit, exports, 3), seq(any("on", "against"), actor, exports)),
  actor = who, counterpart = whom, object = np(any(export_control, licensing, exports)),
  examples = {
    yes = { "Washington has previously restricted exports of such chips.",
            "China's rare earth export restrictions hurt manufacturers.",
            "The U.S. halted overseas sales of soy products." },
    no = { "Exports of chips rose 10 pct." },
  },
}

rule "enforcement_commitment" {
  gta = "none: enforcement commitments have no GTA intervention type",
  mast = "none (nearest: N, intellectual property, for IP enforcement)",
  note = "commits to act against drug precursors, smuggling, counterfeiting, IP theft",
  match = near(act, illicit, 6),
  priority = 1,
  actor = who, counterpart = whom, object = np(illicit),
  examples = {
    yes = { "China will advance commitments to reduce fentanyl exports.",
            "Both sides pledged to crack down on counterfeit goods." },
    no = { "Tariffs tied to fentanyl stay in place." },
  },
}

rule "investment_commitment" {
  gta = "FDI: entry and ownership rule; FDI: financial incentive",
  mast = "I (trade-related investment measures)",
  note = "approves or pledges investment, divestiture, acquisition, joint venture",
  match = any(near(approve, investment, 6), "divestiture", "divest*"),
  unless = finance,
  actor = who, counterpart = whom, object = np(investment),
  examples = {
    yes = { "Xi is expected to greenlight the divestiture of TikTok.",
            "Japan pledged to invest $550 billion in the United States." },
    no = { "Direct investment abroad led to a capital outflow." },
  },
}

rule "unresolved_issue" {
  gta = "none",
  mast = "none",
  note = "an issue said to remain unresolved, untouched, deferred, not addressed",
  match = unresolved,
  object = np(unresolved),
  examples = {
    yes = { "Industrial subsidies remain largely untouched in this round.",
            "Ministers failed to agree on new trade deals with Canada." },
    no = { "Ministers agreed on a new trade deal." },
  },
}

-- relief and escalation of one measure cannot both hold in one clause:
-- relief rules carry priority 1, so "scrap a planned hike" is relief
exclusive { "tariff_relief", "tariff_escalation" }
exclusive { "export_control_relief", "export_control_tightening" }
