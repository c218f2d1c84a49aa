-- Deal records: provisions merged into measures, with every source kept
-- as evidence. The three articles in spec/fixtures/deal-*.txt report one
-- invented deal with rising certainty and a changed figure; their
-- provisions are written by hand below, next to what each article says,
-- with offsets found in the article text.
local H = require "spec.helpers"
local core = require "dealscope.core"
local dealscope = require "dealscope"
local deal = require "dealscope.deal"

local json_encode = deal.json_encode

-- the sentence (1-based) of 'text' that holds byte 'pos'
local function sentence_of(text, pos)
  for i, s in ipairs(core.sentences(text)) do
    if pos >= s.start and pos <= s.stop then return i end
  end
end

-- a provision over 'clause', which must occur in 'text'
local function P(text, clause, t)
  local s, e = text:find(clause, 1, true)
  assert(s, "not in the article: " .. clause)
  t.start, t.stop, t.text = s, e, clause
  t.sentence = sentence_of(text, s)
  t.negated = t.negated or false
  t.rule = t.rule or "hand"
  t.figures = t.figures or {}
  return t
end

local ARTICLES = {
  {
    id = "deal-1", date = "2026-03-02", source = "Wire A",
    provisions = function(text) return {
      P(text, "Vietnam is expected to cut its tariff on Australian beef to 10% from 20% under "
        .. "the draft text.",
        { label = "tariff_relief", actor = "VNM", counterpart = "AUS", object = "beef tariff",
          certainty = "expected",
          figures = { { kind = "change", from = 20, to = 10, unit = "%",
                        text = "to 10% from 20%" } } }),
      P(text, "Hanoi could also buy up to 1 million tonnes of Australian wheat a year",
        { label = "purchase_commitment", actor = "VNM", counterpart = "AUS", object = "wheat",
          certainty = "possible", attribution = "one of the people",
          figures = { { kind = "mass", value = 1000000, unit = "t", text = "1 million tonnes",
                        bound = "up to" } } }),
      P(text, "Australia reportedly plans to ease export licensing for lithium concentrate",
        { label = "export_control_relief", actor = "AUS", counterpart = "VNM",
          object = "lithium concentrate export licensing", certainty = "reported" }),
      P(text, "Dairy access remains unresolved",
        { label = "unresolved_issue", object = "dairy access", certainty = "stated",
          attribution = "the people" }),
    } end,
  },
  {
    id = "deal-2", date = "2026-03-09", source = "Wire B",
    provisions = function(text) return {
      P(text, "Vietnam will cut its beef tariff to 10%",
        { label = "tariff_relief", actor = "VNM", counterpart = "AUS", object = "beef tariff",
          certainty = "stated",
          figures = { { kind = "percent", value = 10, unit = "%", text = "10%" } } }),
      P(text, "is set to buy 1 million tonnes of Australian wheat a year",
        { label = "purchase_commitment", actor = "VNM", counterpart = "AUS", object = "wheat",
          certainty = "expected",
          figures = { { kind = "mass", value = 1000000, unit = "t",
                        text = "1 million tonnes" } } }),
      P(text, "Australia will ease export licensing for lithium concentrate, the ministry said.",
        { label = "export_control_relief", actor = "AUS", counterpart = "VNM",
          object = "export licensing for lithium concentrate", certainty = "stated",
          attribution = "the ministry" }),
      -- a restatement of the beef tariff cut, with a date of its own
      P(text, "The cut in the beef tariff takes effect on July 1.",
        { label = "tariff_relief", actor = "VNM", object = "beef tariff cut", certainty = "stated",
          figures = { { kind = "date", value = "2026-07-01", text = "July 1" } } }),
      P(text, "The two sides left dairy unresolved.",
        { label = "unresolved_issue", object = "dairy", certainty = "stated" }),
    } end,
  },
  {
    id = "deal-3", date = "2026-03-20", source = "Wire A",
    provisions = function(text) return {
      P(text, "Vietnam will cut its tariff on Australian beef from 20% to 12%.",
        { label = "tariff_relief", actor = "VNM", counterpart = "AUS", object = "beef tariff",
          certainty = "stated",
          figures = { { kind = "change", from = 20, to = 12, unit = "%",
                        text = "from 20% to 12%" } } }),
      P(text, "Vietnam agreed to buy 1.5 million tonnes of Australian wheat a year.",
        { label = "purchase_commitment", actor = "VNM", counterpart = "AUS", object = "wheat",
          certainty = "stated",
          figures = { { kind = "mass", value = 1500000, unit = "t",
                        text = "1.5 million tonnes" } } }),
      P(text, "Australia will lift export licensing for lithium concentrate bound for Vietnam.",
        { label = "export_control_relief", actor = "AUS", counterpart = "VNM",
          object = "lithium concentrate export licensing", certainty = "stated" }),
      P(text, "Australia will also suspend anti-dumping duties on Vietnamese steel pipes "
        .. "for two years.",
        { label = "tariff_relief", actor = "AUS", counterpart = "VNM",
          object = "anti-dumping duties on steel pipes", certainty = "stated",
          figures = { { kind = "duration", value = 2, unit = "year", text = "two years" } } }),
    } end,
  },
}

local function article(i)
  local a = ARTICLES[i]
  local text = H.fixture(a.id .. ".txt")
  return { id = a.id, date = a.date, source = a.source, provisions = a.provisions(text) }, text
end

local function article_deal(i)
  return deal.from_document((article(i)))
end

-- the provisions of a deal with the given label and actor
local function find(d, label, actor)
  local out = {}
  for _, p in ipairs(d:provisions()) do
    if p.label == label and p.actor == actor then out[#out + 1] = p end
  end
  return out
end

local function field(list, k)
  local out = {}
  for i, x in ipairs(list) do out[i] = x[k] end
  return out
end

local function figtexts(p)
  local out = {}
  for i, f in ipairs(p.figures) do
    out[i] = f.text .. (f.conflict and " !" or "")
  end
  return out
end


describe("dealscope.deal", function()
  it("is the module dealscope exports as deal, with merge and deal_from_json", function()
    assert.equal(deal, dealscope.deal)
    assert.equal(deal.merge, dealscope.merge)
    assert.equal(deal.from_json, dealscope.deal_from_json)
  end)

  describe("new()", function()
    it("keeps one provision per measure with the clause as evidence", function()
      local a, text = article(1)
      local d = deal.new(a.provisions, a)
      local ps = d:provisions()
      assert.equal(4, #ps)
      local beef = find(d, "tariff_relief", "VNM")[1]
      assert.same({ "to 10% from 20%" }, figtexts(beef))
      local e = beef.evidence[1]
      assert.equal("deal-1", e.document)
      assert.equal("2026-03-02", e.date)
      assert.equal("Wire A", e.source)
      assert.equal(text:sub(e.start, e.stop), e.text)
      assert.equal(3, e.sentence)
      assert.equal("expected", e.certainty)
    end)

    it("merges restatements within one document into one provision", function()
      local a = article(2)
      assert.equal(5, #a.provisions)
      local d = deal.new(a.provisions, a)
      assert.equal(4, #d)
      local beef = find(d, "tariff_relief", "VNM")
      assert.equal(1, #beef)
      assert.same({ "Vietnam will cut its beef tariff to 10%",
                    "The cut in the beef tariff takes effect on July 1." },
                  field(beef[1].evidence, "text"))
      assert.same({ "10%", "July 1" }, figtexts(beef[1]))
    end)

    it("keeps two measures of one document apart when their figures conflict", function()
      -- the seed's "planned 100% tariff hike" and "the 20% tariff", with a
      -- generic object: one text, two rates, two measures
      local d = deal.new({
        { label = "tariff_relief", actor = "USA", object = "tariffs", certainty = "stated",
          figures = { { kind = "percent", value = 100, unit = "%", text = "100%" } } },
        { label = "tariff_relief", actor = "USA", object = "tariff", certainty = "possible",
          figures = { { kind = "percent", value = 20, unit = "%", text = "20%" } } },
      }, { id = "seed" })
      assert.equal(2, #d)
    end)

    it("drops an exact copy of a provision", function()
      local a = article(1)
      local twice = {}
      for _, p in ipairs(a.provisions) do twice[#twice + 1] = p; twice[#twice + 1] = p end
      assert.equal(deal.new(a.provisions, a):to_json(), deal.new(twice, a):to_json())
    end)

    it("gives the same deal whatever the order of the provisions", function()
      local a = article(2)
      local rev = {}
      for i = #a.provisions, 1, -1 do rev[#rev + 1] = a.provisions[i] end
      assert.equal(deal.new(a.provisions, a):to_json(), deal.new(rev, a):to_json())
    end)

    it("accepts a single provision and no document fields", function()
      local d = deal.new{ label = "custom_label", certainty = "denied", negated = true }
      local p = d:provisions()[1]
      assert.equal("custom_label", p.label)
      assert.is_true(p.negated)
      assert.is_nil(p.evidence[1].document)
    end)

    it("makes an empty deal from nothing", function()
      local d = deal.new()
      assert.equal(0, #d)
      assert.same({}, d:provisions())
      assert.same({}, d:parties())
    end)

    it("keeps strings as valid UTF-8, each bad byte as U+FFFD, so JSON reads back the same",
       function()
      local d = deal.new({
        { label = "x\xff", certainty = "stated", text = "cut\xC0\xAF", object = "ok é",
          figures = { { kind = "k\xfe", text = "20\xED\xA0\x80%" } } },
        { label = "x\xfe", certainty = "stated", text = "cut\xC0\xAE", object = "ok é",
          figures = { { kind = "k\xff", text = "20\xED\xA0\x81%" } } },
      }, { id = "\x80" })
      local p = d:provisions()
      assert.equal(1, #p)
      assert.equal("x\u{FFFD}", p[1].label)
      assert.equal("cut\u{FFFD}\u{FFFD}", p[1].evidence[1].text)
      assert.same({ kind = "k\u{FFFD}", text = "20" .. ("\u{FFFD}"):rep(3) .. "%" },
                  p[1].evidence[1].figures[1])
      assert.equal("\u{FFFD}", p[1].evidence[1].document)
      local back = assert(deal.from_json(d:to_json()))
      assert.equal(d:to_json(), back:to_json())
      assert.same(p, back:provisions())
    end)

    it("keeps a number id as its text", function()
      local d = deal.new({ { label = "x", certainty = "stated" } }, { id = 9876 })
      assert.equal("9876", d:provisions()[1].evidence[1].document)
    end)

    it("raises on a provision without a label, naming it", function()
      assert.has_error(function()
        deal.new{ { label = "x", certainty = "stated" }, { certainty = "stated" } }
      end, "bad argument #1 to 'new' (provision 2: 'label' must be a string, got nil)")
    end)

    it("raises on an unknown certainty", function()
      assert.has_error(function()
        deal.new{ { label = "x", certainty = "likely" } }
      end, "bad argument #1 to 'new' (provision 1: unknown certainty 'likely' "
        .. "(stated, expected, reported, possible, conditional or denied))")
    end)

    it("raises on a figure field that is a table", function()
      assert.has_error(function()
        deal.new{ { label = "x", certainty = "stated", figures = { { kind = "a", value = {} } } } }
      end, "bad argument #1 to 'new' (provision 1: figure 1: field 'value' must be a string, "
        .. "number or boolean, got table)")
    end)

    it("raises on a negative offset and on a bad document field", function()
      assert.has_error(function()
        deal.new{ { label = "x", certainty = "stated", start = -1 } }
      end, "bad argument #1 to 'new' (provision 1: 'start' out of range)")
      assert.has_error(function()
        deal.new({}, { date = 20260302 })
      end, "bad argument #2 to 'new' ('date' must be a string, got number)")
    end)
  end)

  describe("from_document()", function()
    it("reads id, date, source and provisions of a document table", function()
      local a = article(3)
      assert.equal(deal.new(a.provisions, a):to_json(), deal.from_document(a):to_json())
    end)

    it("raises on a document that is not a table", function()
      assert.has_error(function() deal.from_document("text") end,
        "bad argument #1 to 'from_document' (table expected, got string)")
    end)
  end)

  describe("words()", function()
    local function overlap(a, b)
      local set = {}
      for _, w in ipairs(deal.words(a)) do set[w] = true end
      for _, w in ipairs(deal.words(b)) do if set[w] then return true end end
      return false
    end

    it("links the seed's names of the rare-earth licensing measure", function()
      assert.is_true(overlap("rare-earth licensing regime", "rare earth export controls"))
      assert.is_true(overlap("rare-earth licensing regime", "expanded licensing framework"))
    end)

    it("keeps the seed's other export-control objects apart", function()
      local objs = { "export controls", "rule on subsidiaries of sanctioned firms",
                     "Nvidia’s Blackwell AI processor", "rare-earth licensing regime" }
      for i = 1, #objs do
        for j = i + 1, #objs do
          assert.is_false(overlap(objs[i], objs[j]), objs[i] .. " / " .. objs[j])
        end
      end
    end)

    it("drops generic measure words, stop words, demonyms and numbers", function()
      assert.same({}, deal.words("export controls"))
      assert.same({}, deal.words("the tariffs"))
      assert.same({ "soybean" }, deal.words("American soybean purchases"))
      assert.same({ "hik" }, deal.words("a planned 100% tariff hike"))
    end)

    it("makes plural and verb forms of a word meet", function()
      assert.same(deal.words("licence"), deal.words("licensing"))
      assert.same(deal.words("duties"), deal.words("duty"))
      assert.same(deal.words("soybean cargoes"), deal.words("soybeans cargo"))
      assert.same(deal.words("sanctioned firms"), deal.words("sanction firm"))
    end)

    it("folds case, accents and dashes", function()
      assert.same(deal.words("RARE–EARTH Régime licences"),
                  deal.words("rare earth regime licenses"))
    end)
  end)

  describe("parties(), gives() and gets()", function()
    local d = dealscope.merge{ article_deal(1), article_deal(2), article_deal(3) }

    it("lists actors and counterparts, sorted", function()
      assert.same({ "AUS", "VNM" }, d:parties())
    end)

    it("gives a party the provisions it is the actor of", function()
      assert.same({ "export_control_relief", "tariff_relief" }, field(d:gives("AUS"), "label"))
      assert.same({ "beef tariff", "wheat" }, field(d:gives("VNM"), "object"))
      assert.same({}, d:gives("CHN"))
    end)

    it("gets a party what the other party of a bilateral deal gives", function()
      local b = deal.new{
        { label = "tariff_relief", actor = "USA", object = "tariffs", certainty = "stated" },
        { label = "purchase_commitment", actor = "CHN", object = "soybeans",
          certainty = "expected" },
        { label = "unresolved_issue", object = "subsidies", certainty = "stated" },
      }
      assert.same({ "soybeans" }, field(b:gets("USA"), "object"))
      assert.same({ "tariffs" }, field(b:gets("CHN"), "object"))
    end)

    it("gets only what names the party as counterpart when there are more parties", function()
      local m = deal.new{
        { label = "tariff_relief", actor = "USA", counterpart = "JPN", object = "cars",
          certainty = "stated" },
        { label = "tariff_relief", actor = "USA", object = "steel", certainty = "stated" },
        { label = "purchase_commitment", actor = "CHN", object = "soybeans", certainty = "stated" },
      }
      assert.same({ "cars" }, field(m:gets("JPN"), "object"))
      assert.same({}, m:gets("CHN"))
    end)

    it("raises on a party that is not a string", function()
      assert.has_error(function() d:gives(1) end,
        "bad argument #1 to 'gives' (string expected, got number)")
    end)
  end)

  describe("merge()", function()
    local d1, d2, d3 = article_deal(1), article_deal(2), article_deal(3)
    local all = dealscope.merge{ d1, d2, d3 }

    it("merges the three articles into one record of five measures", function()
      assert.same({ "tariff_relief", "purchase_commitment", "export_control_relief",
                    "unresolved_issue", "tariff_relief" }, field(all:provisions(), "label"))
      assert.same({ 4, 3, 3, 2, 1 }, (function()
        local n = {}
        for i, p in ipairs(all:provisions()) do n[i] = #p.evidence end
        return n
      end)())
    end)

    it("takes the strongest certainty and keeps each source's", function()
      local wheat = find(all, "purchase_commitment", "VNM")[1]
      assert.equal("stated", wheat.certainty)
      assert.same({ "possible", "expected", "stated" }, field(wheat.evidence, "certainty"))
      assert.same({ "2026-03-02", "2026-03-09", "2026-03-20" }, field(wheat.evidence, "date"))
      local lithium = find(all, "export_control_relief", "AUS")[1]
      assert.same({ "reported", "stated", "stated" }, field(lithium.evidence, "certainty"))
      assert.same({ "lithium concentrate export licensing",
                    "export licensing for lithium concentrate",
                    "lithium concentrate export licensing" }, field(lithium.evidence, "object"))
    end)

    it("keeps conflicting figures side by side and flags them", function()
      local beef = find(all, "tariff_relief", "VNM")[1]
      assert.is_true(beef.conflict)
      assert.same({ "from 20% to 12% !", "10%", "July 1", "to 10% from 20% !" }, figtexts(beef))
      local wheat = find(all, "purchase_commitment", "VNM")[1]
      assert.same({ "1.5 million tonnes !", "1 million tonnes !" }, figtexts(wheat))
      assert.is_false(find(all, "export_control_relief", "AUS")[1].conflict)
    end)

    it("shows the latest strongest source's object and text", function()
      local beef = find(all, "tariff_relief", "VNM")[1]
      assert.equal("Vietnam will cut its tariff on Australian beef from 20% to 12%.", beef.text)
      assert.equal("dairy", find(all, "unresolved_issue", nil)[1].object)
    end)

    it("does not depend on the order of the deals", function()
      local want = all:to_json()
      assert.equal(want, dealscope.merge{ d3, d1, d2 }:to_json())
      assert.equal(want, dealscope.merge{ d2, dealscope.merge{ d3, d1 } }:to_json())
    end)

    it("is idempotent", function()
      assert.equal(d1:to_json(), dealscope.merge{ d1, d1 }:to_json())
      assert.equal(all:to_json(), dealscope.merge{ all, d2, all }:to_json())
    end)

    it("merges an empty list into an empty deal", function()
      assert.equal(0, #dealscope.merge{})
    end)

    it("raises on an element that is not a deal", function()
      assert.has_error(function() dealscope.merge{ d1, {} } end,
        "bad argument #1 to 'merge' (element 2: dealscope.Deal expected, got table)")
    end)

    it("merges the seed article's restatements into one provision each", function()
      local text = H.read("examples/busan-summit-2025.txt")
      local function S(clause, t) return P(text, clause, t) end
      local d = deal.new({
        S("China is expected to pause a controversial rare-earth licensing regime "
          .. "for at least one year",
          { label = "export_control_relief", actor = "CHN", object = "rare-earth licensing regime",
            certainty = "expected",
            figures = { { kind = "duration", value = 1, unit = "year", text = "one year",
                          bound = "at least" } } }),
        S("resume American soybean purchases",
          { label = "purchase_commitment", actor = "CHN", object = "soybeans",
            certainty = "expected" }),
        S("the United States will roll back several tariffs and export controls",
          { label = "tariff_relief", actor = "USA", object = "tariffs", certainty = "stated" }),
        S("the United States will roll back several tariffs and export controls",
          { label = "export_control_relief", actor = "USA", object = "export controls",
            certainty = "stated" }),
        S("scrapping a planned 100% tariff hike originally scheduled for November 1",
          { label = "tariff_relief", actor = "USA", object = "tariff hike", certainty = "stated",
            figures = { { kind = "percent", value = 100, unit = "%", text = "100%" },
                        { kind = "date", value = "2025-11-01", text = "November 1" } } }),
        S("Trump also hinted at a reduction in the 20% tariff",
          { label = "tariff_relief", actor = "USA", object = "fentanyl tariff",
            certainty = "possible",
            figures = { { kind = "percent", value = 20, unit = "%", text = "20%" } } }),
        S("signaled openness to revisiting a rule that penalizes subsidiaries of sanctioned "
          .. "Chinese firms",
          { label = "export_control_relief", actor = "USA",
            object = "rule on subsidiaries of sanctioned firms", certainty = "possible" }),
        S("apparent willingness to discuss Chinese access to Nvidia’s Blackwell AI processor",
          { label = "export_control_relief", actor = "USA",
            object = "Nvidia Blackwell AI processor",
            certainty = "possible" }),
        S("China’s rare earth export restrictions have been one of the sharpest points of leverage",
          { label = "export_control_tightening", actor = "CHN",
            object = "rare earth export restrictions", certainty = "stated" }),
        S("A temporary suspension of Beijing’s expanded licensing framework",
          { label = "export_control_relief", actor = "CHN", object = "expanded licensing framework",
            certainty = "expected" }),
        S("provision for renewed Chinese soybean purchases",
          { label = "purchase_commitment", actor = "CHN", object = "soybeans",
            certainty = "stated" }),
      }, { id = "busan", date = "2025-10-30" })
      local pause = find(d, "export_control_relief", "CHN")
      assert.equal(1, #pause)
      assert.equal(2, #pause[1].evidence)
      assert.equal("expected", pause[1].certainty)
      local soy = find(d, "purchase_commitment", "CHN")
      assert.equal(1, #soy)
      assert.same({ "expected", "stated" }, field(soy[1].evidence, "certainty"))
      assert.equal("stated", soy[1].certainty)
      assert.same({ "tariffs", "tariff hike", "fentanyl tariff" },
                  field(find(d, "tariff_relief", "USA"), "object"))
      assert.same({ "export controls", "rule on subsidiaries of sanctioned firms",
                    "Nvidia Blackwell AI processor" },
                  field(find(d, "export_control_relief", "USA"), "object"))
      assert.equal(1, #find(d, "export_control_tightening", "CHN"))
    end)
  end)

  describe("diff()", function()
    local d1, d3 = article_deal(1), article_deal(3)

    it("shows exactly what changed from the first article to the last", function()
      local df = d1:diff(d3)
      assert.same({ "anti-dumping duties on steel pipes" }, field(df.added, "object"))
      assert.same({ "dairy access" }, field(df.removed, "object"))
      assert.equal(3, #df.changed)
      local beef, wheat, lithium = df.changed[1], df.changed[2], df.changed[3]
      assert.equal("beef tariff", beef.to.object)
      assert.same({ field = "certainty", from = "expected", to = "stated" }, beef.changes[1])
      assert.equal(2, #beef.changes)
      local f = beef.changes[2]
      assert.same({ "figures", "change", "%" }, { f.field, f.kind, f.unit })
      assert.same({ { kind = "change", from = 20, to = 10, unit = "%", text = "to 10% from 20%" } },
                  f.from)
      assert.same({ { kind = "change", from = 20, to = 12, unit = "%", text = "from 20% to 12%" } },
                  f.to)
      assert.equal("wheat", wheat.to.object)
      assert.same({ "certainty", "figures" }, field(wheat.changes, "field"))
      assert.same({ "possible", "stated" }, { wheat.changes[1].from, wheat.changes[1].to })
      assert.same({ "1 million tonnes" }, field(wheat.changes[2].from, "text"))
      assert.same({ "1.5 million tonnes" }, field(wheat.changes[2].to, "text"))
      assert.same({ { field = "certainty", from = "reported", to = "stated" } }, lithium.changes)
    end)

    it("lists everything as added against an empty deal and removed the other way", function()
      local df = deal.new():diff(d3)
      assert.equal(4, #df.added)
      assert.same({}, df.removed)
      assert.equal(4, #d3:diff(deal.new()).removed)
    end)

    it("finds no change between a deal and itself or its merge with itself", function()
      assert.same({ added = {}, removed = {}, changed = {} }, d1:diff(d1))
      assert.same({ added = {}, removed = {}, changed = {} }, d1:diff(dealscope.merge{ d1, d1 }))
    end)

    it("reports a changed object and counterpart", function()
      local a = deal.new{ { label = "tariff_relief", actor = "USA", counterpart = "CHN",
                            object = "steel tariffs", certainty = "stated" } }
      local b = deal.new{ { label = "tariff_relief", actor = "USA", counterpart = "MEX",
                            object = "tariffs on steel and aluminium", certainty = "stated" } }
      assert.same({
        { field = "object", from = "steel tariffs", to = "tariffs on steel and aluminium" },
        { field = "counterpart", from = "CHN", to = "MEX" },
      }, a:diff(b).changed[1].changes)
    end)

    it("finds no change in a new wording of the object or a counterpart left unsaid", function()
      local a = deal.new{ { label = "tariff_relief", actor = "VNM", counterpart = "AUS",
                            object = "beef tariff", certainty = "stated" } }
      local b = deal.new{ { label = "tariff_relief", actor = "VNM",
                            object = "tariffs on Australian beef", certainty = "stated" } }
      assert.same({ added = {}, removed = {}, changed = {} }, a:diff(b))
    end)

    it("raises on something that is not a deal", function()
      assert.has_error(function() d1:diff({}) end,
        "bad argument #1 to 'diff' (dealscope.Deal expected, got table)")
    end)
  end)

  describe("to_json() and from_json()", function()
    local all = dealscope.merge{ article_deal(1), article_deal(2), article_deal(3) }

    it("writes the schema name and the deal", function()
      local v = deal.json_decode(all:to_json())
      assert.equal("dealscope/1", v.schema)
      assert.same({ "AUS", "VNM" }, v.deal.parties)
      assert.equal(5, #v.deal.provisions)
      assert.same(all:provisions(), v.deal.provisions)
    end)

    it("reads a deal back exactly", function()
      local s = all:to_json()
      local back = assert(dealscope.deal_from_json(s))
      assert.equal(s, back:to_json())
      assert.same(all:provisions(), back:provisions())
    end)

    it("reads the documents form of the analysis output", function()
      local docs = {}
      for i = 1, 3 do docs[i] = (article(i)) end
      local s = json_encode{ schema = "dealscope/1", documents = docs }
      local back = assert(dealscope.deal_from_json(s))
      assert.equal(all:to_json(), back:to_json())
    end)

    it("returns nil and a message on bad JSON or another schema", function()
      local v, err = dealscope.deal_from_json("{\"schema\": ")
      assert.is_nil(v)
      assert.equal("bad JSON at byte 12: unexpected end of text", err)
      assert.same({ nil, "not JSON of schema dealscope/1" },
                  { dealscope.deal_from_json('{"schema":"other/2","deal":{}}') })
      assert.same({ nil, "deal.provisions[1].evidence[1]: 'certainty' must be a string, got nil" },
                  { dealscope.deal_from_json(
                      '{"schema":"dealscope/1","deal":{"provisions":'
                      .. '[{"label":"x","evidence":[{}]}]}}') })
    end)

    it("never raises on arbitrary bytes", function()
      math.randomseed(7)
      local s = all:to_json()
      for _ = 1, 300 do
        local t = {}
        for i = 1, math.random(0, 60) do t[i] = string.char(math.random(0, 255)) end
        local cut = s:sub(1, math.random(0, #s)) .. table.concat(t)
        local ok, v, err = pcall(dealscope.deal_from_json, cut)
        assert.is_true(ok, v)
        assert.is_true(v ~= nil or type(err) == "string")
      end
    end)

    it("raises on an argument that is not a string", function()
      assert.has_error(function() dealscope.deal_from_json(nil) end,
        "bad argument #1 to 'deal_from_json' (string expected, got nil)")
    end)
  end)

  describe("ledger()", function()
    it("adds documents one at a time into the same record", function()
      local l = deal.ledger()
      for i = 1, 3 do
        local a = article(i)
        for _, p in ipairs(a.provisions) do assert.equal(l, l:add(p, a)) end
      end
      assert.equal(dealscope.merge{ article_deal(1), article_deal(2), article_deal(3) }:to_json(),
                   l:to_json())
      local n, nev = l:count()
      assert.same({ 5, 13 }, { n, nev })
    end)

    it("adds a whole document with add_document()", function()
      local l = deal.ledger():add_document((article(1))):add_document((article(3)))
      assert.equal(dealscope.merge{ article_deal(1), article_deal(3) }:to_json(), l:to_json())
    end)
  end)

  describe("close()", function()
    it("is idempotent and makes the deal unusable", function()
      local d = article_deal(1)
      assert.matches("^dealscope%.Deal %(0x%x+%)$", tostring(d))
      d:close()
      d:close()
      assert.equal("dealscope.Deal (closed)", tostring(d))
      assert.has_error(function() d:provisions() end,
        "calling 'provisions' on bad self (attempt to use a closed deal)")
    end)

    it("closes at the end of a to-be-closed variable's scope", function()
      local d = article_deal(1)
      do
        local c <close> = d
        assert.equal(4, #c)
      end
      assert.equal("dealscope.Deal (closed)", tostring(d))
    end)
  end)
end)


-- Random provision sets: merge is a function of the set of evidence.
describe("dealscope.deal merge properties", function()
  local LABELS = { "tariff_relief", "export_control_relief", "purchase_commitment" }
  local ACTORS = { "CHN", "USA", false }
  local OBJECTS = { "rare-earth licensing regime", "rare earth export controls",
                    "expanded licensing framework", "export controls", "soybeans",
                    "soybean cargoes", "tariffs", "tariff hike", "fentanyl tariff", false }
  local CERTAINTY = { "stated", "expected", "reported", "possible", "conditional", "denied" }
  local FIGURES = {
    { kind = "percent", value = 20, unit = "%", text = "20%" },
    { kind = "percent", value = 10, unit = "%", text = "10%" },
    { kind = "percent", value = 10.0, unit = "%", text = "10 percent" },
    { kind = "date", value = "2025-11-01", text = "November 1" },
    { kind = "mass", value = 12e6, unit = "t", text = "12 million metric tons" },
  }
  local DATES = { "2025-10-30", "2025-11-01", false }

  local function pick(t) return t[math.random(#t)] or nil end

  local function random_document(k)
    local ps = {}
    for i = 1, math.random(0, 8) do
      local figs = {}
      for j = 1, math.random(0, 2) do figs[j] = pick(FIGURES) end
      ps[i] = { label = pick(LABELS), actor = pick(ACTORS), object = pick(OBJECTS),
                certainty = pick(CERTAINTY), negated = math.random(4) == 1,
                figures = figs, start = math.random(1, 20), text = "clause " .. math.random(3) }
      ps[i].stop = ps[i].start + 10
    end
    return { id = "d" .. k, date = pick(DATES), provisions = ps }
  end

  local function shuffle(t)
    local c = { table.unpack(t) }
    for i = #c, 2, -1 do
      local j = math.random(i)
      c[i], c[j] = c[j], c[i]
    end
    return c
  end

  -- the same-measure relation, computed pair by pair in Lua from the
  -- evidence the deal returns (its figures are the stored ones)
  local function reference_partition(d)
    local ev = {}
    for _, p in ipairs(d:provisions()) do
      for _, e in ipairs(p.evidence) do
        ev[#ev + 1] = { label = p.label, actor = p.actor, e = e, key = json_encode(e) .. p.label
                        .. (p.actor or "") }
      end
    end
    local function words(e)
      local s = {}
      for _, w in ipairs(e.object and deal.words(e.object) or {}) do s[w] = true end
      return s
    end
    local function overlap(a, b)
      local ea, eb = next(a) == nil, next(b) == nil
      if ea or eb then return ea and eb end
      for w in pairs(a) do if b[w] then return true end end
      return false
    end
    local function classes(e)
      local t = {}
      for _, f in ipairs(e.figures) do
        local c = (f.kind or "") .. "|" .. (f.unit or "") .. "|" .. (f.per or "")
        local v = json_encode{ value = f.value, from = f.from, to = f.to }
        t[c] = t[c] or {}
        t[c][v] = true
      end
      return t
    end
    local function compatible(a, b)
      local ca, cb = classes(a), classes(b)
      for c, vs in pairs(ca) do
        if cb[c] then
          local shared = false
          for v in pairs(vs) do if cb[c][v] then shared = true end end
          if not shared then return false end
        end
      end
      return true
    end
    local parent = {}
    for i = 1, #ev do parent[i] = i end
    local function root(i) while parent[i] ~= i do i = parent[i] end return i end
    for i = 1, #ev do
      for j = i + 1, #ev do
        local a, b = ev[i], ev[j]
        local wa, wb = words(a.e), words(b.e)
        local generic = next(wa) == nil and next(wb) == nil
        if a.label == b.label and a.actor == b.actor and overlap(wa, wb)
           and (a.e.document ~= b.e.document
                or (generic and json_encode(a.e.figures) == json_encode(b.e.figures))
                or (not generic and compatible(a.e, b.e))) then
          parent[root(i)] = root(j)
        end
      end
    end
    local groups = {}
    for i = 1, #ev do
      local r = root(i)
      groups[r] = groups[r] or {}
      table.insert(groups[r], ev[i].key)
    end
    local out = {}
    for _, g in pairs(groups) do table.sort(g); out[#out + 1] = table.concat(g, "\n") end
    table.sort(out)
    return out
  end

  local function partition(d)
    local out = {}
    for _, p in ipairs(d:provisions()) do
      local g = {}
      for _, e in ipairs(p.evidence) do g[#g + 1] = json_encode(e) .. p.label .. (p.actor or "") end
      table.sort(g)
      out[#out + 1] = table.concat(g, "\n")
    end
    table.sort(out)
    return out
  end

  it("merges random deals the same in any order and grouping", function()
    math.randomseed(2025)
    for _ = 1, 150 do
      local a, b, c = random_document(1), random_document(2), random_document(3)
      local da, db, dc = deal.from_document(a), deal.from_document(b), deal.from_document(c)
      local want = deal.merge{ da, db, dc }:to_json()
      assert.equal(want, deal.merge{ dc, da, db }:to_json())
      assert.equal(want, deal.merge{ deal.merge{ db, dc }, da }:to_json())
      local sa = { id = a.id, date = a.date, provisions = shuffle(a.provisions) }
      assert.equal(da:to_json(), deal.from_document(sa):to_json())
    end
  end)

  it("is idempotent on random deals", function()
    math.randomseed(11)
    for _ = 1, 150 do
      local d = deal.merge{ deal.from_document(random_document(1)),
                            deal.from_document(random_document(2)) }
      assert.equal(d:to_json(), deal.merge{ d, d }:to_json())
      assert.equal(d:to_json(), deal.merge{ d }:to_json())
    end
  end)

  it("groups random evidence exactly as the same-measure relation does, pair by pair", function()
    math.randomseed(99)
    for _ = 1, 150 do
      local d = deal.merge{ deal.from_document(random_document(1)),
                            deal.from_document(random_document(2)),
                            deal.from_document(random_document(1)) }
      assert.same(reference_partition(d), partition(d))
    end
  end)

  it("round-trips random deals through JSON", function()
    math.randomseed(5)
    for _ = 1, 100 do
      local d = deal.merge{ deal.from_document(random_document(1)),
                            deal.from_document(random_document(2)) }
      local s = d:to_json()
      local back = assert(deal.from_json(s))
      assert.equal(s, back:to_json())
      assert.same(d:provisions(), back:provisions())
    end
  end)
end)


-- With the default rules: the same records read out of the texts.
describe("dealscope.deal with the default rules", function()
  -- the evidence of p in document 'doc' whose clause overlaps start..stop
  local function overlaps(p, start, stop, doc)
    for _, e in ipairs(p.evidence) do
      if e.document == doc and e.start and e.start <= stop and e.stop >= start then
        return e
      end
    end
  end

  it("reads the fixture articles into the record built by hand", function()
    if not dealscope.new then pending("needs the default rules") return end
    local az = dealscope.new()
    local deals, want = {}, {}
    for i, a in ipairs(ARTICLES) do
      local text = H.fixture(a.id .. ".txt")
      local doc = az:analyze(text, { id = a.id, date = a.date })
      deals[i] = deal.from_document{ id = a.id, date = a.date, source = a.source,
                                     provisions = doc.provisions }
      for _, p in ipairs(a.provisions(text)) do
        p.document = a.id
        want[#want + 1] = p
      end
    end
    local all = dealscope.merge(deals)
    -- each hand-built provision is found: its label, a clause of its
    -- document, and its actor where the clause names the country
    local NAMES = { VNM = { "Vietnam", "Hanoi" }, AUS = { "Australia", "Canberra" } }
    local function names(text, actor)
      for _, n in ipairs(NAMES[actor] or {}) do
        if text:find(n, 1, true) then return true end
      end
      return false
    end
    local function holder(w)           -- the index of the provision that holds w
      for i, p in ipairs(all:provisions()) do
        if p.label == w.label and overlaps(p, w.start, w.stop, w.document)
           and (not names(w.text, w.actor) or p.actor == w.actor) then
          return i
        end
      end
    end
    for _, w in ipairs(want) do
      assert.is_truthy(holder(w), ("%s %s in %s: %s"):format(w.label, tostring(w.actor),
                                                           w.document, w.text))
    end
    -- the beef tariff cut of the first and the last article is one measure
    assert.equal(holder(want[1]), holder(want[10]))
    assert.same({ "AUS", "VNM" }, all:parties())
  end)

  it("reads the seed article's deal: who gives what", function()
    if not dealscope.new then pending("needs the default rules") return end
    local text = H.read("examples/busan-summit-2025.txt")
    local doc = dealscope.new():analyze(text, { id = "busan", date = "2025-10-30" })
    local d = deal.from_document{ id = "busan", date = "2025-10-30", provisions = doc.provisions }
    local function at(clause) return text:find(clause, 1, true) end
    local function one(label, actor, ...)
      local clauses, hit = { ... }, nil
      for _, p in ipairs(find(d, label, actor)) do
        local all = true
        for _, c in ipairs(clauses) do
          local s, e = at(c)
          all = all and s ~= nil and overlaps(p, s, e, "busan") ~= nil
        end
        if all then hit = p end
      end
      assert.is_truthy(hit, label .. " " .. tostring(actor) .. ": " .. clauses[1])
      return hit
    end
    -- the two mentions of the licensing pause and of the soybean purchases
    -- merge into one provision each
    one("export_control_relief", "CHN", "pause a controversial rare-earth licensing regime",
        "suspension of Beijing’s expanded licensing framework")
    one("purchase_commitment", "CHN", "resume American soybean purchases",
        "renewed Chinese soybean purchases")
    one("enforcement_commitment", "CHN", "reduce fentanyl exports")
    one("investment_commitment", "CHN", "greenlight the U.S. divestiture of TikTok")
    one("tariff_relief", "USA", "roll back several tariffs")
    one("tariff_relief", "USA", "scrapping a planned 100% tariff hike")
    assert.equal("possible", one("tariff_relief", "USA", "reduction in the 20% tariff").certainty)
    one("export_control_relief", "USA", "revisiting a rule that penalizes subsidiaries")
    one("export_control_relief", "USA", "access to Nvidia’s Blackwell AI processor")
    one("unresolved_issue", nil, "industrial subsidies, intellectual property rights")
  end)
end)
