local dealscope = require "dealscope"
local rules = dealscope.rules

-- a small vocabulary most specs share
local BASE = [[
words "tariff" { "tariff*", "dut(y|ies)", "lev(y|ies)" }
words "ease"   { "cut*", "reduc*", "lower*", "roll* back", "scrap*", "suspend*" }
words "raise"  { "rais*", "impos*", "hike*" }
words "party"  { CHN = { "China", "Beijing", "Chinese" },
                 USA = { "United States", "Washington", "U.S." } }
]]

local function analyze(src, text)
  return dealscope.new{ rules = BASE .. src }:analyze(text).provisions
end

local function labels(provs)
  local out = {}
  for i, p in ipairs(provs) do out[i] = p.label end
  return out
end

-- the error a rule source raises
local function compile_error(src, name)
  local ok, err = pcall(rules.compile, src, name or "rules/my.lua")
  assert.is_false(ok, "expected an error")
  return err
end

describe("dealscope.rules", function()
  describe("words", function()
    it("defines a class whose phrases become cues", function()
      local p = analyze('rule "t" { match = tariff }', "Tariffs rose.")
      assert.same({ "t" }, labels(p))
    end)

    it("gives gazetteer classes their value as the role", function()
      local p = analyze('rule "t" { match = near(ease, tariff, 3), actor = party }',
        "Beijing will cut tariffs.")
      assert.equal("CHN", p[1].actor)
    end)

    it("gives plain classes the matched text as the role", function()
      local p = analyze('rule "t" { match = near(ease, tariff, 3), object = tariff }',
        "They will slash and cut duties.")
      assert.equal("duties", p[1].object)
    end)

    it("extends a class defined earlier", function()
      local p = analyze('words "tariff" { "port fees" } rule "t" { match = tariff }',
        "New port fees apply.")
      assert.same({ "t" }, labels(p))
    end)

    it("rejects a phrase that is not a string, naming the class", function()
      assert.matches('rules/my.lua:1: words "x": phrase 2 is a number, not a string',
        compile_error('words "x" { "a", 5 }'), 1, true)
    end)

    it("rejects a bad phrase, naming the class and the problem", function()
      assert.matches('rules/my.lua:1: words "x": ', compile_error('words "x" { "dut(y|ies" }'),
        1, true)
    end)
  end)

  describe("expressions", function()
    it("near() finds two cues within n tokens, in either order", function()
      local src = 'rule "t" { match = near(ease, tariff, 2) }'
      assert.same({ "t" }, labels(analyze(src, "Tariffs were cut.")))
      assert.same({ "t" }, labels(analyze(src, "They cut the tariffs.")))
      assert.same({}, labels(analyze(src, "They cut, after long and bitter talks, tariffs.")))
    end)

    it("seq() needs its cues in order and adjacent by default", function()
      local src = 'rule "t" { match = seq(ease, tariff) }'
      assert.same({ "t" }, labels(analyze(src, "They cut tariffs.")))
      assert.same({}, labels(analyze(src, "Tariffs were cut.")))
      assert.same({}, labels(analyze(src, "They cut the tariffs.")))
    end)

    it("seq() allows a bounded gap", function()
      local src = 'rule "t" { match = seq{ ease, tariff, gap = 2 } }'
      assert.same({ "t" }, labels(analyze(src, "They cut the new tariffs.")))
      assert.same({}, labels(analyze(src, "They cut the new and old tariffs.")))
    end)

    it("all() needs every operand somewhere in the clause", function()
      local src = 'rule "t" { match = all(party, ease, tariff) }'
      assert.same({ "t" }, labels(analyze(src, "China said tariffs would be cut.")))
      assert.same({}, labels(analyze(src, "They said tariffs would be cut.")))
    end)

    it("any() needs one operand", function()
      local src = 'rule "t" { match = any(raise, ease) }'
      assert.same({ "t" }, labels(analyze(src, "They lowered it.")))
      assert.same({ "t" }, labels(analyze(src, "They raised it.")))
      assert.same({}, labels(analyze(src, "They kept it.")))
    end)

    it("pattern() matches an re pattern over the clause's folded text", function()
      local src = 'rule "t" { match = all(tariff, pattern("\'section \' %d+")) }'
      assert.same({ "t" }, labels(analyze(src, "Tariffs under SECTION 301 apply.")))
      assert.same({}, labels(analyze(src, "Tariffs apply.")))
    end)

    it("takes a string as an inline phrase", function()
      local src = 'rule "t" { match = near("port fee*", ease, 3) }'
      assert.same({ "t" }, labels(analyze(src, "They suspended port fees.")))
    end)

    it("refers to earlier rules: rules over rules", function()
      local src = [[
        rule "relief" { match = near(ease, tariff, 3) }
        rule "bilateral" { match = all(relief, party) }
      ]]
      assert.same({ "relief", "bilateral" },
        labels(analyze(src, "China will cut tariffs.")))
      assert.same({ "relief" }, labels(analyze(src, "They will cut tariffs.")))
    end)

    it("tries rules over more than 64 classes of alternatives alike", function()
      -- beyond 64 classes the engine tests alternatives class by class,
      -- not as bit masks: the same rules fire either way
      local lines = {}
      for i = 1, 70 do
        lines[#lines + 1] = ('words "w%d" { "zork%d" }'):format(i, i)
        lines[#lines + 1] = ('rule "many" { name = "r%d", match = near(w%d, tariff, 3) }')
          :format(i, i)
      end
      local src = table.concat(lines, "\n")
      assert.same({ "many" }, labels(analyze(src, "They will zork70 tariffs.")))
      assert.same({ "many" }, labels(analyze(src, "They will zork1 tariffs.")))
      assert.same({}, labels(analyze(src, "They will zork71 tariffs.")))
      assert.same({}, labels(analyze(src, "They will zork70 tax.")))
      local set = rules.compile(BASE .. src, "many")
      dealscope.new{ rules = set }
      assert.is_false(set.class_bit)
    end)

    it("keeps a bounded number of hits however many cues a clause has", function()
      local text = ("cut tariffs "):rep(500)
      local p = analyze('rule "t" { match = near(near(ease, tariff, 1000), tariff, 1000) }', text)
      assert.equal(1, #p)
    end)
  end)

  describe("rule", function()
    it("does not fire when unless matches", function()
      local src = 'rule "t" { match = tariff, unless = near(raise, tariff, 1) }'
      assert.same({}, labels(analyze(src, "Tariffs imposed in May.")))
      assert.same({ "t" }, labels(analyze(src, "Tariffs were discussed.")))
    end)

    it("evaluates a clause by default and a sentence on request", function()
      local text = "China will cut its tariffs; Washington will buy more."
      assert.same({}, labels(analyze('rule "t" { match = all(ease, "buy") }', text)))
      local p = analyze('rule "t" { match = all(ease, "buy"), scope = "sentence" }', text)
      assert.same({ "t" }, labels(p))
      assert.equal(1, p[1].start)
      assert.equal(#text, p[1].stop)
    end)

    it("asks its where predicate, with the clause", function()
      local src = [[rule "t" { match = tariff,
        where = function(c) return c.text:find("%d") ~= nil end }]]
      assert.same({ "t" }, labels(analyze(src, "Tariffs of 20% stay.")))
      assert.same({}, labels(analyze(src, "Tariffs stay.")))
    end)

    it("shows its where predicate the clause's cues of every class, unnamed ones too", function()
      local src = [[rule "t" { match = tariff,
        where = function(c) return c.cues.party ~= nil end }]]
      assert.same({ "t" }, labels(analyze(src, "China will cut tariffs.")))
      assert.same({}, labels(analyze(src, "They will cut tariffs.")))
    end)

    it("shows a role function of the rule file the clause's cues of every class", function()
      local p = analyze([[rule "t" { match = tariff,
        actor = function(c) return c.cues.party and c.cues.party[1] end }]],
        "China will cut tariffs.")
      assert.equal("China", p[1].actor)
    end)

    it("gives the clause's offsets, text and sentence to its provision", function()
      local text = "Talks went on. China will cut tariffs; Washington will wait."
      local p = analyze('rule "t" { match = near(ease, tariff, 3) }', text)[1]
      assert.equal("China will cut tariffs;", p.text)
      assert.equal(text:sub(p.start, p.stop), p.text)
      assert.equal(2, p.sentence)
      assert.equal("t", p.rule)
    end)

    it("requires match", function()
      assert.matches('rules/my.lua:1: rule "t": match is required',
        compile_error('rule "t" { object = 1 }'), 1, true)
    end)

    it("rejects unknown fields", function()
      assert.matches('rule "t": unknown field \'mtch\'',
        compile_error('rule "t" { mtch = 1 }'), 1, true)
    end)

    it("names the file, the line and the rule in an operand error", function()
      local err = compile_error(BASE .. '\n\nrule "tariff_relief" {\n' ..
        '  match = near(ease, taxes, 6) }')
      assert.equal('rules/my.lua:9: rule "tariff_relief": undefined name \'taxes\'', err)
      err = compile_error(BASE .. 'rule "tariff_relief" { match = near(ease, nil, 6) }')
      assert.equal('rules/my.lua:6: rule "tariff_relief": near() expects a word class '
        .. 'as argument 2, got nil', err)
    end)

    it("rejects a distance that is not a small integer", function()
      assert.matches("near() expects a token distance (integer 0..1000) as argument 3, got 1.5",
        compile_error(BASE .. 'rule "t" { match = near(ease, tariff, 1.5) }'), 1, true)
    end)

    it("checks pattern sources when the file compiles", function()
      assert.matches('rule "t": pattern() cannot compile "[a-"',
        compile_error('rule "t" { match = pattern("[a-") }'), 1, true)
    end)

    it("refuses a rule name defined twice", function()
      assert.matches('a rule named "x" is already defined',
        compile_error(BASE .. 'rule "t" { name = "x", match = tariff }\n' ..
          'rule "u" { name = "x", match = tariff }'), 1, true)
    end)
  end)

  describe("declarations", function()
    it("name the file and the line of a bad mask, pseudo or attribution list", function()
      assert.equal("rules/my.lua:2: mask: phrase 2 is a number, not a string",
        compile_error('local x = 1\nmask { "ok", 5 }'))
      assert.equal("rules/my.lua:3: pseudo: bad phrase 'dut(y|ies' at position 9: missing ')'",
        compile_error('local x = 1\n\npseudo { "dut(y|ies" }'))
      assert.equal("rules/my.lua:1: attribution: expects a table of phrases, got number",
        compile_error("attribution(7)"))
    end)

    it("refuses a certainty level it does not know", function()
      assert.matches('certainty expects a level %(stated, expected, reported, possible, '
        .. 'conditional, denied%), got "sure"', compile_error('certainty "sure" {}'))
    end)

    it("masks the cues inside a masked name", function()
      local p = analyze('mask { "Tariff Act" } rule "t" { match = tariff }',
        "Under the Tariff Act, nothing changed.")
      assert.same({}, labels(p))
    end)

    it("can leave headings alone", function()
      local src = 'options { headings = false } rule "t" { match = tariff }'
      assert.same({}, labels(analyze(src, "New Tariffs Loom\nTalks went on.")))
      assert.same({ "t" }, labels(analyze('rule "t" { match = tariff }',
        "New Tariffs Loom\nTalks went on.")))
    end)
  end)

  describe("conflicts", function()
    it("keeps one provision per clause and label: priority first", function()
      local p = analyze([[
        rule "relief" { name = "weak", match = tariff }
        rule "relief" { name = "strong", match = tariff, priority = 5 }
      ]], "Tariffs.")
      assert.equal(1, #p)
      assert.equal("strong", p[1].rule)
    end)

    it("then the most specific match", function()
      local p = analyze([[
        rule "relief" { name = "short", match = tariff }
        rule "relief" { name = "long", match = near(ease, tariff, 3) }
      ]], "They cut tariffs.")
      assert.equal("long", p[1].rule)
    end)

    it("then the rule defined first", function()
      local p = analyze([[
        rule "relief" { name = "first", match = tariff }
        rule "relief" { name = "second", match = tariff }
      ]], "Tariffs.")
      assert.equal("first", p[1].rule)
    end)

    it("lets labels declared exclusive hold only once per clause", function()
      local src = [[
        rule "tariff_relief" { match = near(ease, tariff, 4), priority = 1 }
        rule "tariff_escalation" { match = near(raise, tariff, 4) }
      ]]
      local text = "They cut the tariff imposed in May."
      assert.same({ "tariff_relief", "tariff_escalation" }, labels(analyze(src, text)))
      assert.same({ "tariff_relief" },
        labels(analyze(src .. 'exclusive { "tariff_relief", "tariff_escalation" }', text)))
    end)

    it("lets different labels share a clause", function()
      local p = analyze([[
        rule "a" { match = tariff }
        rule "b" { match = ease }
      ]], "They cut tariffs.")
      assert.same({ "a", "b" }, labels(p))
    end)
  end)

  describe("the sandbox", function()
    for _, name in ipairs { "io", "os", "require", "load", "dofile", "loadfile",
      "debug", "package", "collectgarbage", "getmetatable", "setmetatable",
      "rawset" } do
      it("has no " .. name, function()
        assert.matches("rules/my.lua:1: undefined name '" .. name .. "'",
          compile_error("local x = " .. name), 1, true)
      end)
    end

    it("has no string.dump", function()
      assert.matches("attempt to call a nil value (field 'dump')",
        compile_error("string.dump(tostring)"), 1, true)
    end)

    it("stops a file that loops forever, and the host survives", function()
      assert.matches("rules/my.lua:1: instruction budget exceeded",
        compile_error("while true do end"), 1, true)
      assert.equal(2, 1 + 1)
    end)

    it("stops a where predicate that loops forever", function()
      local az = dealscope.new{ rules = BASE ..
        'rule "t" { match = tariff, where = function() while true do end end }' }
      local ok, err = pcall(az.analyze, az, "Tariffs.")
      assert.is_false(ok)
      assert.matches('^rules:6: rule "t": where: instruction budget exceeded', err)
    end)

    it("lets a deep but finite recursion finish", function()
      rules.compile([[
        local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
        assert(depth(10000) == 10000)
      ]])
    end)

    it("stops an endless recursion", function()
      local err = compile_error("local function f() return 1 + f() end f()")
      assert.is_truthy(err:find("stack overflow", 1, true) or err:find("budget exceeded", 1, true))
    end)

    it("refuses a huge string", function()
      assert.matches("string.rep: result larger than",
        compile_error('local s = string.rep("x", 1e12)'), 1, true)
      assert.matches("budget exceeded",
        compile_error('local s = "xxxxxxxx" for i = 1, 40 do s = s .. s end'), 1, true)
    end)

    it("does not let a rule file change the host's globals", function()
      rules.compile("x_global_from_rules = 1 string.upper = nil")
      assert.is_nil(rawget(_G, "x_global_from_rules"))
      assert.is_function(string.upper)
    end)
  end)

  describe("include", function()
    it("pulls in another rule file relative to the including one", function()
      local dir = os.tmpname()
      os.remove(dir)
      assert(os.execute("mkdir -p " .. dir))
      local f = assert(io.open(dir .. "/base.lua", "w"))
      f:write(BASE)
      f:close()
      f = assert(io.open(dir .. "/mine.lua", "w"))
      f:write('include "base"\nrule "t" { match = near(ease, tariff, 3) }\n')
      f:close()
      local az = dealscope.new{ rules = dir .. "/mine.lua" }
      assert.same({ "t" }, labels(az:analyze("They cut tariffs.").provisions))
      os.remove(dir .. "/base.lua")
      os.remove(dir .. "/mine.lua")
      os.remove(dir)
    end)

    it("names a missing include", function()
      assert.matches("rules/my.lua:1: include: no rule file \"nowhere\"",
        compile_error('include "nowhere"'), 1, true)
    end)
  end)

  describe("check()", function()
    it("runs every rule's examples and reports the failures", function()
      local set = rules.compile(BASE .. [[
        rule "tariff_relief" { match = near(ease, tariff, 3), examples = {
          yes = { "China will cut tariffs.", "Tariffs stay." },
          no = { "China raised tariffs.", "They cut duties." } } }
      ]])
      local ok, report = rules.check(set)
      assert.is_false(ok)
      assert.equal(4, report.examples)
      assert.equal(2, #report.failures)
      assert.equal("Tariffs stay.", report.failures[1].text)
      assert.equal("yes", report.failures[1].expected)
      assert.matches("no 'ease' cue", report.failures[1].reason, 1, true)
      assert.equal("They cut duties.", report.failures[2].text)
      assert.equal("no", report.failures[2].expected)
    end)
  end)
end)

describe("dealscope.new()", function()
  it("raises for rules that are not a path, a source or a rule set", function()
    assert.has_error(function() dealscope.new{ rules = 5 } end,
      "bad argument #1 to 'new' (rules must be a path, rule source or RuleSet, got number)")
  end)

  it("raises for a missing rule file", function()
    assert.has_error(function() dealscope.new{ rules = "no/such/file.lua" } end,
      "cannot open rule file 'no/such/file.lua'")
  end)
end)

describe("Analyzer:analyze()", function()
  local az = dealscope.new{ rules = BASE .. 'rule "t" { match = near(ease, tariff, 4) }' }

  it("keeps the id, date and source it is given", function()
    local doc = az:analyze("They cut tariffs.", { id = "a1", date = "2025-10-30", source = "x" })
    assert.equal("a1", doc.id)
    assert.equal("2025-10-30", doc.date)
    assert.equal("x", doc.source)
  end)

  it("analyses any bytes without an error", function()
    for _, text in ipairs { "", "   ", "\0\0\255\254", ("cut tariffs. "):rep(1000),
      "\xe2\x80\x99\xe2\x80", ("."):rep(10000) } do
      assert.is_table(az:analyze(text).provisions)
    end
  end)

  it("raises for a text that is not a string", function()
    assert.has_error(function() az:analyze(42) end,
      "bad argument #1 to 'analyze' (string expected, got number)")
  end)
end)

describe("Analyzer:explain()", function()
  local az = dealscope.new{ rules = BASE .. [[
    rule "tariff_relief" { match = near(ease, tariff, 6), unless = near(raise, tariff, 1) }
    rule "tariff_escalation" { match = near(raise, tariff, 4) }
  ]] }
  local text = "Talks began. Trump hinted at a reduction in the 20% tariff imposed on China."

  it("lists every cue of the sentence with its class", function()
    local ex = az:explain(text, 2)
    local seen = {}
    for _, c in ipairs(ex.cues) do seen[#seen + 1] = c.class .. ":" .. c.text end
    assert.same({ "ease:reduction", "tariff:tariff", "raise:imposed", "party:China" }, seen)
  end)

  it("says why each rule fired or not", function()
    local ex = az:explain(text, 2)
    local why = {}
    for _, r in ipairs(ex.rules) do why[r.rule] = r end
    assert.is_false(why.tariff_relief.fired)
    assert.matches("^unless: near%(%) expression at \"tariff imposed\"", why.tariff_relief.reason)
    assert.is_true(why.tariff_escalation.fired)
    assert.equal(1, #ex.provisions)
  end)

  it("reports rules without a cue in the sentence", function()
    local ex = az:explain(text, 1)
    assert.equal(2, #ex.rules)
    assert.equal("no cue of this rule in the sentence", ex.rules[1].reason)
  end)

  it("returns nil and a message for a sentence the text does not have", function()
    local ex, err = az:explain(text, 9)
    assert.is_nil(ex)
    assert.equal("no sentence 9 (the text has 2)", err)
  end)
end)

describe("dealscope.rules on its own", function()
  it("loads a rule file that uses the built-in resolvers", function()
    for _, m in ipairs { "dealscope", "dealscope.rules", "dealscope.attributes",
                         "dealscope.engine" } do
      package.loaded[m] = nil
    end
    local fresh = require "dealscope.rules"
    local ok, report = fresh.check("examples/rules/sanctions.lua")
    assert.is_true(ok)
    assert.equal(2, report.rules)
  end)
end)
