local dealscope = require "dealscope"
local eval = require "dealscope.eval"
local H = require "spec.helpers"

-- write a gold file and its text into a fresh directory
local function gold_dir(text, provisions)
  local dir = os.tmpname()
  os.remove(dir)
  assert(os.execute("mkdir -p " .. dir))
  local f = assert(io.open(dir .. "/a.txt", "wb"))
  f:write(text)
  f:close()
  local cjson = require "cjson"
  f = assert(io.open(dir .. "/a.gold.json", "wb"))
  f:write(cjson.encode({ schema = "dealscope-gold/1", text = "a.txt", provisions = provisions }))
  f:close()
  return dir, dir .. "/a.gold.json"
end

local function rmdir(dir)
  os.remove(dir .. "/a.txt")
  os.remove(dir .. "/a.gold.json")
  os.remove(dir)
end

describe("dealscope.eval", function()
  describe("load_gold()", function()
    it("places each provision where its evidence occurs, the k-th time if asked", function()
      local dir, path = gold_dir("Tariffs cut. Tariffs cut again.", {
        { label = "tariff_relief", evidence = "Tariffs cut" },
        { label = "tariff_relief", evidence = "Tariffs cut", occurrence = 2 },
      })
      local g = assert(eval.load_gold(path))
      assert.equal(1, g.provisions[1].start)
      assert.equal(14, g.provisions[2].start)
      rmdir(dir)
    end)

    it("returns nil and a message for evidence the text lacks", function()
      local dir, path = gold_dir("Tariffs cut.", { { label = "x", evidence = "nowhere" } })
      local g, err = eval.load_gold(path)
      assert.is_nil(g)
      assert.matches('evidence not found: "nowhere"', err, 1, true)
      rmdir(dir)
    end)

    it("returns nil and a message for a missing file", function()
      local g, err = eval.load_gold("no/such.gold.json")
      assert.is_nil(g)
      assert.matches("no/such.gold.json", err, 1, true)
    end)
  end)

  describe("score()", function()
    local gold = { provisions = {
      { label = "tariff_relief", actor = "CHN", start = 1, stop = 10 },
      { label = "tariff_relief", actor = "USA", start = 5, stop = 15 },
      { label = "purchase_commitment", start = 30, stop = 40, optional = true },
    } }

    it("pairs labels and overlapping spans, preferring equal actors", function()
      local d = eval.score(gold, {
        { label = "tariff_relief", actor = "USA", start = 1, stop = 12 },
        { label = "tariff_relief", actor = "CHN", start = 8, stop = 20 },
      })
      assert.equal(2, #d.tp)
      for _, pr in ipairs(d.pairs) do assert.equal(pr.gold.actor, pr.pred.actor) end
    end)

    it("counts unmatched gold as false negatives and other predictions as false positives",
      function()
        local d = eval.score(gold, {
          { label = "tariff_relief", start = 1, stop = 3 },
          { label = "tariff_escalation", start = 1, stop = 3 },
        })
        assert.equal(1, #d.tp)
        assert.equal(1, #d.fp)
        assert.equal(1, #d.fn)
      end)

    it("counts a prediction on an optional gold of its label for nothing", function()
      local d = eval.score(gold, { { label = "purchase_commitment", start = 35, stop = 50 } })
      assert.equal(0, #d.fp)
      assert.equal(1, #d.ignored)
      assert.equal(2, #d.fn)
    end)
  end)

  describe("run()", function()
    it("computes precision, recall, F1 and the attribute scores", function()
      local text = "China will cut tariffs on cars to 15%. Washington imposed duties on steel."
      local dir, path = gold_dir(text, {
        { label = "tariff_relief", actor = "CHN", certainty = "stated", figures = { "15%" },
          evidence = "China will cut tariffs" },
        { label = "tariff_escalation", actor = "USA", certainty = "expected", figures = {},
          evidence = "Washington imposed duties" },
        { label = "purchase_commitment", actor = "USA", certainty = "stated", figures = {},
          evidence = "on steel" },
      })
      local r = dealscope.eval({ path })
      assert.same({}, r.errors)
      assert.equal(2, r.micro.tp)
      assert.equal(0, r.micro.fp)
      assert.equal(1, r.micro.fn)
      assert.near(2 / 3, r.micro.recall, 1e-9)
      assert.equal(1, r.actor_accuracy)
      assert.equal(0.5, r.certainty_accuracy)
      assert.equal(0, r.labels.purchase_commitment.recall)
      assert.equal(1, r.rules.tariff_relief.fired)
      assert.equal(1, r.rules.tariff_relief.correct)
      if dealscope.core.quantities then assert.equal(1, r.figure_recall) end
      rmdir(dir)
    end)

    it("reports a bad gold file and goes on", function()
      local r = dealscope.eval({ "no/such.gold.json" })
      assert.equal(1, #r.errors)
      assert.equal(0, r.micro.tp)
    end)

    it("raises for an argument that is not a list of paths", function()
      assert.has_error(function() dealscope.eval(42) end,
        "bad argument #1 to 'eval' (table of gold paths expected, got number)")
    end)
  end)

  -- the targets of the default rules (issue: default trade-deal rules)
  describe("the default rules", function()
    it("read the seed article as its gold does", function()
      local path = H.shared("gold/busan-summit-2025.gold.json")
      if not path then pending("../shared is absent") return end
      local r = dealscope.eval({ path })
      assert.same({}, r.errors)
      assert.is_true(r.micro.f1 >= 0.90, "F1 " .. r.micro.f1)
      assert.is_true(r.actor_accuracy >= 0.90, "actor accuracy " .. r.actor_accuracy)
      assert.is_true(r.certainty_accuracy >= 0.80, "certainty accuracy " .. r.certainty_accuracy)
      if dealscope.core.quantities then
        assert.is_true(r.figure_recall >= 0.90, "figure recall " .. tostring(r.figure_recall))
      end
    end)

    it("read the Reuters dev gold as a whole", function()
      local dir = H.shared("gold/reuters/55.gold.json")
      if not dir then pending("../shared is absent") return end
      local paths = {}
      local p = io.popen("ls ../shared/gold/reuters/*.gold.json")
      for l in p:lines() do paths[#paths + 1] = l end
      p:close()
      local r = dealscope.eval(paths)
      assert.same({}, r.errors)
      assert.is_true(r.micro.f1 >= 0.80, "F1 " .. r.micro.f1)
      assert.is_true(r.actor_accuracy >= 0.85, "actor accuracy " .. r.actor_accuracy)
    end)

    it("pass every example their rules carry", function()
      local ok, report = dealscope.rules.check("trade")
      assert.is_true(report.examples >= 40)
      assert.same({}, report.failures)
      assert.is_true(ok)
    end)

    it("name a GTA type and a MAST chapter for every label", function()
      local set = dealscope.rules.load("trade")
      local seen = {}
      for _, r in ipairs(set.rules) do
        if r.gta then seen[r.label] = r.mast and true end
      end
      for _, l in ipairs { "tariff_relief", "tariff_escalation", "purchase_commitment",
        "export_control_relief", "export_control_tightening", "enforcement_commitment",
        "investment_commitment", "unresolved_issue" } do
        assert.is_true(seen[l], l)
      end
    end)
  end)
end)
