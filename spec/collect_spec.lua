-- lex:collect, the engine's scan: masks, active clauses, context cues.
local core = require "dealscope.core"

-- entries: 1 "cut", 2 "tariffs", 3 "said", 4 "China", 5 "Tariff Act"
local lex = core.lexicon { "cut", "tariffs", "said", "China", "Tariff Act" }
-- a byte per entry: 2 context, 8 party (with 2), 4 mask
local flags = string.char(0, 0, 2, 10, 4)
-- classes as bits: cut = 1, tariffs = 2; the rule needs both
local groups = string.pack("<i8<i8<i8<i8<i8", 1, 2, 0, 0, 0)
local rule = string.pack("<i8", 3)

local function collect(text, all, headings)
  local d = core.document(text)
  local m = lex:collect(d, flags, groups, 1, rule, "", all, headings)
  local out = {}
  for k = 1, #m, 6 do
    out[#out + 1] = { id = m[k], first = m[k + 1], last = m[k + 2], clause = m[k + 3],
      sentence = m[k + 4], active = m[k + 5] & 1 ~= 0, heading = m[k + 5] & 2 ~= 0 }
  end
  d:close()
  return out
end

local function ids(list)
  local out = {}
  for i, x in ipairs(list) do out[i] = x.id end
  return out
end

describe("Lexicon:collect()", function()
  it("keeps the cues of a clause that holds every group of a rule", function()
    local m = collect("China will cut tariffs, officials said.")
    assert.same({ 4, 1, 2, 3 }, ids(m))
    assert.is_true(m[2].active)
    assert.is_true(m[3].active)
  end)

  it("gives nothing for a text where no rule can fire", function()
    assert.same({}, collect("China said tariffs rose."))
  end)

  it("follows the rules of each call on one lexicon", function()
    local d = core.document("China will cut tariffs, officials said.")
    local function n(clause_rules, sentence_rules, W, g)
      return #lex:collect(d, flags, g or groups, W or 1, clause_rules,
        sentence_rules) // 6
    end
    local wide = string.pack("<i8<i8<i8<i8<i8<i8<i8<i8<i8<i8",
      1, 0, 2, 0, 0, 0, 0, 0, 0, 0)
    for _ = 1, 2 do
      assert.equal(4, n(rule, ""))                   -- cut and tariffs
      assert.equal(0, n(string.pack("<i8", 4), ""))  -- a class none has
      assert.equal(4, n("", string.pack("<i8", 3)))  -- as a sentence rule
      assert.equal(0, n("", ""))                     -- no rule at all
      assert.equal(4, n(string.pack("<i8", 0), ""))  -- a rule needing nothing
      assert.equal(4, n(string.pack("<i8<i8", 3, 0), "", 2, wide))
      assert.equal(0, n(string.pack("<i8<i8", 3, 1), "", 2, wide))
    end
    d:close()
  end)

  it("keeps parties everywhere and context in the sentences looked at", function()
    local m = collect("China said so. Beijing will cut tariffs, China said.")
    -- the first sentence's party stays (for the main party); its "said" goes
    assert.same({ 4, 1, 2, 4, 3 }, ids(m))
    assert.is_false(m[1].active)
    assert.equal(1, m[1].sentence)
  end)

  it("drops cues inside a mask", function()
    assert.same({}, collect("The Tariff Act will cut red tape."))
  end)

  it("looks at every clause with a cue when told to", function()
    local m = collect("China said tariffs rose.", true)
    assert.same({ 4, 3, 2 }, ids(m))
    assert.is_true(m[3].active)
  end)

  it("leaves headings alone when told to, but for their parties", function()
    local m = collect("China Will Cut Tariffs\nBeijing will cut tariffs.", false, true)
    assert.same({ 4, 1, 2 }, ids(m))
    assert.is_true(m[1].heading)
    assert.is_false(m[1].active)
    assert.is_true(m[2].active)
    assert.same({ 4, 1, 2, 1, 2 },
      ids(collect("China Will Cut Tariffs\nBeijing will cut tariffs.")))
  end)

  it("returns the number of matches, and fills a table given", function()
    local d = core.document("China will cut tariffs, officials said.")
    local m, n = lex:collect(d, flags, groups, 1, rule, "")
    assert.equal(4, n)
    assert.equal(24, #m)
    local out = {}
    for i = 1, 40 do out[i] = -i end
    local m2, n2 = lex:collect(d, flags, groups, 1, rule, "", false, false, out)
    assert.equal(out, m2)
    assert.equal(4, n2)
    for i = 1, 24 do assert.equal(m[i], out[i]) end
    assert.equal(-25, out[25])                   -- the rest is left as it was
    local _, n3 = lex:collect(core.document("Rain."), flags, groups, 1, rule, "",
      false, false, out)
    assert.equal(0, n3)
    assert.has_error(function()
      lex:collect(d, flags, groups, 1, rule, "", false, false, "x")
    end, "bad argument #9 to 'collect' (table expected, got string)")
    d:close()
  end)

  it("leaves a document it finds nothing in whole: segmented when asked", function()
    local text = "Rain fell. China said so; tariffs rose."
    local d, fresh = core.document(text), core.document(text)
    local _, n = lex:collect(d, flags, groups, 1, rule, "")
    assert.equal(0, n)
    assert.equal(2, d:nsentences())
    assert.same(fresh:sentences(), d:sentences())
    assert.same(fresh:clauses(), d:clauses())
    local _, n2 = lex:collect(d, flags, groups, 1, rule, "", true)
    assert.is_true(n2 > 0)
    d:close()
    fresh:close()
  end)

  it("raises for groups that do not fit the entries", function()
    local d = core.document("x")
    assert.has_error(function() lex:collect(d, flags, "short", 1, rule, "") end,
      "bad argument #4 to 'collect' (groups must hold W 64-bit words per entry)")
    d:close()
  end)
end)
