-- The default trade rules' attributes: actors, certainty, negation,
-- attribution, objects. Each case is a sentence of news style and the
-- value an analyst would write down.
local dealscope = require "dealscope"

local az = dealscope.new()

--- The provisions of a text with a given label.
local function find(text, label)
  local out = {}
  for _, p in ipairs(az:analyze(text).provisions) do
    if not label or p.label == label then out[#out + 1] = p end
  end
  return out
end

--- The one provision of a text with a given label.
local function one(text, label)
  local ps = find(text, label)
  assert(#ps >= 1, ("no %s provision in: %s"):format(label, text))
  return ps[1]
end

describe("the default rules' actors", function()
  local cases = {
    -- subjects: countries, capitals, leaders, adjectives
    { "China will cut tariffs on American cars.", "tariff_relief", "CHN" },
    { "Beijing agreed to lift its ban on beef imports.", "tariff_relief", "CHN" },
    { "Washington imposed 25% tariffs on steel.", "tariff_escalation", "USA" },
    { "Tokyo agreed to cut duties on chocolate.", "tariff_relief", "JPN" },
    { "Seoul will cut import taxes on 50 items.", "tariff_relief", "KOR" },
    { "Taipei announced a new round of tariff cuts.", "tariff_relief", "TWN" },
    { "Trump also hinted at a reduction in the 20% tariff.", "tariff_relief", "USA" },
    { "Xi is expected to greenlight the divestiture of TikTok.", "investment_commitment", "CHN" },
    { "Nakasone pledged to cut tariffs on farm products.", "tariff_relief", "JPN" },
    { "Yeutter said the U.S. would impose sanctions on Japanese goods.",
      "tariff_escalation", "USA" },
    { "The Community will lower levies on wheat bran.", "tariff_relief", "EUU" },
    { "The Soviet Union agreed to buy four mln tonnes of U.S. corn.",
      "purchase_commitment", "SUN" },
    { "South Korea will lift import curbs on 170 products.", "tariff_relief", "KOR" },
    -- the subject, not the target of a preposition
    { "The United States will roll back tariffs on Chinese goods.", "tariff_relief", "USA" },
    { "Trump hinted at a cut in the tariff imposed on Chinese goods.", "tariff_relief", "USA" },
    { "India cut the export duty on coffee sold to Europe.", "tariff_relief", "IND" },
    -- a party that owns the measure
    { "The sector has borne the brunt of retaliatory Chinese tariffs.",
      "tariff_escalation", "CHN" },
    { "China's rare earth export restrictions have been a point of leverage.",
      "export_control_tightening", "CHN" },
    { "Trade issues include Japanese import restrictions on farm products.",
      "tariff_escalation", "JPN" },
    { "A suspension of Beijing's licensing framework would help U.S. firms.",
      "export_control_relief", "CHN" },
    -- passive voice
    { "New tariffs were imposed on Chinese goods by Washington.", "tariff_escalation", "USA" },
    { "The ban, imposed by the U.S. Trade Commission, was discriminatory.",
      "tariff_escalation", "USA" },
    -- coordination: the coordinated clauses share the subject
    { "China is expected to pause its licensing regime, resume American soybean purchases, "
      .. "and advance commitments to reduce fentanyl exports.", "purchase_commitment", "CHN" },
    { "China is expected to pause its licensing regime, resume soybean purchases, "
      .. "and advance commitments to reduce fentanyl exports.", "enforcement_commitment", "CHN" },
    { "In exchange, the United States will roll back tariffs, including scrapping a planned "
      .. "100% tariff hike.", "tariff_relief", "USA" },
    { "Trump hinted at a cut in tariffs and signaled openness to revisiting the affiliates rule.",
      "export_control_relief", "USA" },
    -- speech: the party in the reported clause acts
    { "Lyng said the U.S. will never again embargo shipments of farm products.",
      "export_control_tightening", "USA" },
    -- demands: the party asked acts
    { "Washington has asked Seoul to lower tariffs on 290 items.", "tariff_relief", "KOR" },
    { "Lyng and Yeutter asked Japan to end import quotas on beef.", "tariff_relief", "JPN" },
    { "The Senate called on Reagan to impose penalties on Japanese exports.",
      "tariff_escalation", "USA" },
    -- a purchase: the buyer after "sold to"
    { "USDA confirmed one mln tonnes of corn sold to the Soviet Union.",
      "purchase_commitment", "SUN" },
    -- a subject that receives is not the party that acts
    { "Under the deal, Argentina will benefit from improved quotas on beef set by the EC.",
      "tariff_relief", "EUU" },
  }
  for _, c in ipairs(cases) do
    it(("resolves %q to %s"):format(c[1], c[3]), function()
      assert.equal(c[3], one(c[1], c[2]).actor)
    end)
  end

  it("carries the party of the provision before to a clause that names none", function()
    local ps = find("South Korea will cut import taxes on 50 items. The tariff cuts take "
      .. "effect on July 1 and the duties would be lowered further next year.")
    assert.is_true(#ps >= 2)
    assert.equal("KOR", ps[2].actor)
  end)

  it("leaves an unresolved issue without actor", function()
    assert.is_nil(one("Industrial subsidies remain largely untouched.", "unresolved_issue").actor)
  end)

  it("names the counterpart where the text says it", function()
    assert.equal("CHN", one("Washington imposed 25% tariffs on Chinese steel.",
      "tariff_escalation").counterpart)
  end)

  it("codes Moscow as the USSR in a text of 1987", function()
    local doc = az:analyze("Moscow agreed to buy eight mln tonnes of U.S. grain.",
      { date = "1987-03-02" })
    assert.equal("SUN", doc.provisions[1].actor)
  end)

  it("takes a meta table whose date is false as one without a date", function()
    local text = "Moscow agreed to buy eight mln tonnes of U.S. grain by May 1."
    local doc = az:analyze(text, { id = 7, date = false })
    assert.same(az:analyze(text).provisions, doc.provisions)
    assert.equal(7, doc.id)
  end)
end)

describe("the default rules' certainty", function()
  local cases = {
    { "China will cut tariffs on U.S. cars.", "tariff_relief", "stated" },
    { "China agreed to cut tariffs on U.S. cars.", "tariff_relief", "stated" },
    { "China is expected to cut tariffs on U.S. cars.", "tariff_relief", "expected" },
    { "Taiwan announced plans to cut import tariffs.", "tariff_relief", "expected" },
    { "The draft would cut tariffs on cars.", "tariff_relief", "expected" },
    { "China reportedly agreed to cut tariffs on cars.", "tariff_relief", "reported" },
    { "According to people familiar with the matter, China will cut tariffs.",
      "tariff_relief", "reported" },
    { "Trump hinted at a reduction in the 20% tariff.", "tariff_relief", "possible" },
    { "The United States may lift sanctions against Japan.", "tariff_relief", "possible" },
    { "Japan is considering cuts in import duties.", "tariff_relief", "possible" },
    { "The Soviets will buy more corn if they need it.", "purchase_commitment", "conditional" },
    { "Tariffs would be eliminated as soon as dumping has stopped.",
      "tariff_relief", "conditional" },
    { "Japan is not considering cuts in import duties on chocolate.", "tariff_relief", "denied" },
    { "The U.S. will never again embargo shipments of farm products.",
      "export_control_tightening", "denied" },
    { "China ruled out any cut in tariffs on soybeans.", "tariff_relief", "denied" },
  }
  for _, c in ipairs(cases) do
    it(("reads %q as %s"):format(c[1], c[3]), function()
      assert.equal(c[3], one(c[1], c[2]).certainty)
    end)
  end

  describe("when several cues govern a measure, the weakest wins", function()
    it("possible over expected", function()
      assert.equal("possible",
        one("India is likely to press for lower tariffs on coffee.", "tariff_relief").certainty)
    end)
    it("conditional over possible", function()
      assert.equal("conditional", one("Officials did not rule out retaliatory measures if "
        .. "Washington fails to comply.", "tariff_escalation").certainty)
    end)
    it("denied over possible", function()
      assert.equal("denied", one("Officials said they are not considering cuts in import "
        .. "duties on chocolate.", "tariff_relief").certainty)
    end)
    it("reported over expected", function()
      assert.equal("reported", one("China is reportedly expected to cut tariffs on cars.",
        "tariff_relief").certainty)
    end)
  end)

  it("does not carry a cue from an earlier sentence", function()
    assert.equal("stated", find("The deal reportedly includes concessions. "
      .. "China will cut tariffs on cars.", "tariff_relief")[1].certainty)
  end)

  it("carries a cue over the clauses coordinated with its own", function()
    assert.equal("expected", one("China is expected to pause its licensing regime, resume "
      .. "American soybean purchases, and cut fentanyl exports.",
      "purchase_commitment").certainty)
  end)

  it("does not let a cue after the measure govern it unless it looks back", function()
    assert.equal("stated", one("The resumption of two large soybean cargoes this season could "
      .. "serve as a win.", "purchase_commitment").certainty)
  end)
end)

describe("the default rules' negation scope", function()
  it("denies what a negation governs: \"did not discuss Nvidia's Blackwell chip\"", function()
    local p = one("Trump did not discuss access to Nvidia's Blackwell chip.",
      "export_control_relief")
    assert.equal("denied", p.certainty)
    assert.is_true(p.negated)
  end)

  it("leaves \"did not hesitate to cut tariffs\" affirmative", function()
    local p = one("Japan did not hesitate to cut tariffs on beef.", "tariff_relief")
    assert.equal("stated", p.certainty)
    assert.is_false(p.negated)
  end)

  it("stops at the end of the clause", function()
    local p = one("They would not disclose the plan, but officials said Washington would "
      .. "impose tariffs on Japanese chips.", "tariff_escalation")
    assert.is_false(p.negated)
  end)

  it("reaches only a few tokens", function()
    local p = one("No official wanted to comment on the long talks, but China will cut "
      .. "tariffs on cars.", "tariff_relief")
    assert.is_false(p.negated)
  end)

  it("does not deny an unresolved issue by its own words", function()
    local p = one("It offers relief, but not a resolution to the structural decoupling.",
      "unresolved_issue")
    assert.equal("stated", p.certainty)
  end)
end)

describe("the default rules' attribution", function()
  it("names the source before a speech verb", function()
    assert.equal("a Coffee Board official", one("India cut the export duty on coffee, "
      .. "a Coffee Board official said.", "tariff_relief").attribution)
  end)

  it("names the source after a speech verb", function()
    assert.equal("Albert Melnikov", one("\"We will buy more U.S. corn,\" said Albert Melnikov, "
      .. "a trade official.", "purchase_commitment").attribution)
  end)

  it("names the source after 'according to'", function()
    assert.equal("the commerce ministry", one("China will suspend port fees, according to "
      .. "the commerce ministry.", "tariff_relief").attribution)
  end)

  it("names none where the text names none", function()
    assert.is_nil(one("China will cut tariffs on cars.", "tariff_relief").attribution)
  end)
end)

describe("the default rules' objects", function()
  it("take the measure's words with their modifiers", function()
    assert.equal("controversial rare-earth licensing regime",
      one("China is expected to pause a controversial rare-earth licensing regime.",
        "export_control_relief").object)
  end)

  it("take an 'of' phrase after the measure", function()
    assert.equal("U.S. divestiture of TikTok", one("Xi is expected to greenlight the U.S. "
      .. "divestiture of TikTok.", "investment_commitment").object)
  end)
end)
