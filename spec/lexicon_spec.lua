local core = require "dealscope.core"
local lexicon = require "dealscope.lexicon"
local H = require "spec.helpers"

-- the matched texts of a scan, as "id:text"
local function found (lex, text)
  local out = {}
  for i, m in ipairs(lex:scan(text)) do
    out[i] = m.id .. ":" .. text:sub(m.start, m.stop)
  end
  return out
end

-- a word made of letters only, different for every i
local function word (i)
  local t = {}
  repeat
    t[#t + 1] = string.char(97 + i % 26)
    i = i // 26
  until i == 0
  return "q" .. table.concat(t)
end

-- the Reuters articles as one text, as the benchmark reads them
local function corpus_text (path)
  local cjson = require "cjson"
  local t = {}
  for line in io.lines(path) do
    local a = cjson.decode(line)
    if a.body then t[#t + 1] = (a.title or "") .. "\n" .. a.body end
  end
  return table.concat(t, "\n\n")
end

local function lines (path)
  local t = {}
  for l in io.lines(path) do
    if l:find("%S") then t[#t + 1] = l end
  end
  return t
end

describe("dealscope.core.lexicon()", function()
  it("gives entry i the id i, and all variants of an entry its id", function()
    local lex = core.lexicon{ "tariff", { "duty", "duties" }, "levy" }
    assert.same({ "2:duties", "1:tariff", "3:levy", "2:duty" },
      found(lex, "duties, tariff, levy, duty"))
  end)

  it("compiles an empty lexicon that finds nothing", function()
    local lex = core.lexicon{}
    assert.equal(0, #lex)
    assert.same({}, lex:scan("tariffs and duties"))
    assert.equal(0, lex:count("tariffs and duties"))
  end)

  it("raises an error that names an entry without words", function()
    assert.has_error(function() core.lexicon{ "tariff", "  " } end,
      "bad argument #1 to 'lexicon' (entry 2 has no words: '  ')")
    assert.has_error(function() core.lexicon{ { "duty", "" } } end,
      "bad argument #1 to 'lexicon' (entry 1 has no words: '')")
  end)

  it("raises an error for an entry that is neither a string nor an array", function()
    assert.has_error(function() core.lexicon{ "a", 42 } end,
      "bad argument #1 to 'lexicon' (entry 2: string or table expected, got number)")
    assert.has_error(function() core.lexicon{ {} } end,
      "bad argument #1 to 'lexicon' (entry 1 has no variants)")
    assert.has_error(function() core.lexicon{ { "a", true } } end,
      "bad argument #1 to 'lexicon' (entry 1, variant 2: string expected, got boolean)")
    assert.has_error(function() core.lexicon("tariff") end,
      "bad argument #1 to 'lexicon' (table expected, got string)")
  end)

  it("compiles 100,000 entries and finds any of them", function()
    local entries = {}
    for i = 1, 100000 do
      entries[i] = i % 2 == 0 and word(i) or word(i) .. " " .. word(i + 7)
    end
    local lex = core.lexicon(entries)
    assert.equal(100000, #lex)
    local text = ("%s, %s %s and %s."):format(word(50000), word(77777),
      word(77784), word(99999))
    assert.same({ "50000:" .. word(50000), "77777:" .. word(77777) .. " "
      .. word(77784), "77784:" .. word(77784) }, found(lex, text))
  end)

  it("reports the memory it holds, which grows with the entries", function()
    local small, big = {}, {}
    for i = 1, 10 do small[i] = word(i) end
    for i = 1, 10000 do big[i] = word(i) end
    local m1, m2 = core.lexicon(small):memory(), core.lexicon(big):memory()
    assert.is_true(m1 > 0)
    assert.is_true(m2 > 100 * m1 / 10)
  end)
end)

describe("dealscope.Lexicon", function()
  describe("scan()", function()
    it("finds a phrase that spans a line break", function()
      local lex = core.lexicon{ "export controls" }
      assert.same({ "1:export\n    controls" },
        found(lex, "tighter export\n    controls on chips"))
    end)

    it("treats a hyphen or dash that joins two words as a space", function()
      local lex = core.lexicon{ "rare earth", "rare-earth magnets" }
      assert.same({ "1:rare-earth", "1:rare–earth", "1:rare earth",
                    "1:rare earth", "2:rare earth magnets" },
        found(lex, "rare-earth, rare–earth, rare earth; rare earth magnets"))
    end)

    it("does not join words across a dash with spaces around it", function()
      local lex = core.lexicon{ "rare earth" }
      assert.same({}, found(lex, "rare – earth, rare - earth"))
    end)

    it("matches curly and straight apostrophes alike", function()
      local lex = core.lexicon{ "China's exports", "didn't" }
      assert.same({ "1:China’s exports", "1:China's exports", "2:didn’t" },
        found(lex, "China’s exports and China's exports didn’t"))
    end)

    it("ignores case and Latin accents", function()
      local lex = core.lexicon{ "detente", "Zolle", "TARIFF" }
      assert.same({ "1:Détente", "2:ZÖLLE", "3:tariff" },
        found(lex, "Détente on ZÖLLE and a tariff"))
    end)

    it("matches the exact case when the word is marked with '='", function()
      local lex = core.lexicon{ "=US", "us" }
      assert.same({ "1:US", "2:US", "2:us", "2:Us" }, found(lex, "US us Us"))
    end)

    it("takes a trailing '*' as any ending of the word", function()
      local lex = core.lexicon{ "tariff*" }
      assert.same({ "1:tariff", "1:tariffs", "1:Tariffed" },
        found(lex, "tariff tariffs Tariffed tarif"))
    end)

    it("takes a wildcard in the middle of a multi-word entry", function()
      local lex = core.lexicon{ "roll* back" }
      assert.same({ "1:rolled back", "1:rolls back", "1:roll back" },
        found(lex, "rolled back, rolls back, roll back, rolled out"))
    end)

    it("finds overlapping and nested entries", function()
      local lex = core.lexicon{ "export control", "control", "control regime" }
      assert.same({ "1:export control", "2:control", "3:control regime" },
        found(lex, "an export control regime"))
    end)

    it("finds an entry that is a prefix of another, and both", function()
      local lex = core.lexicon{ "export controls on chips", "export", "export controls" }
      assert.same({ "2:export", "3:export controls", "1:export controls on chips" },
        found(lex, "export controls on chips"))
    end)

    it("finds a repeated word at every place it can start", function()
      local lex = core.lexicon{ "a a" }
      assert.same({ "1:a a", "1:a a" }, found(lex, "a a a"))
    end)

    it("never starts or ends a match inside a token", function()
      local lex = core.lexicon{ "cut", "tariff", "U.S.", "s" }
      assert.same({ "3:U.S." }, found(lex, "cutting tariffs, U.S.-bound"))
      assert.same({}, found(lex, "US"))
    end)

    it("matches entries of non-ASCII letters", function()
      local lex = core.lexicon{ "пошлина", "関税", "Ελλάδα" }
      assert.same({ "1:ПОШЛИНА", "2:関税", "3:Ελλάδα" },
        found(lex, "ПОШЛИНА, 関税 и Ελλάδα"))
    end)

    it("reports an entry once where two of its variants match", function()
      local lex = core.lexicon{ { "tariff*", "tariffs" } }
      assert.same({ "1:tariffs" }, found(lex, "tariffs"))
      assert.equal(1, lex:count("tariffs"))
    end)

    it("gives 1-based byte offsets into the original text", function()
      local text = "  “Café” tariffs"
      local m = core.lexicon{ "tariffs" }:scan(text)[1]
      assert.equal("tariffs", text:sub(m.start, m.stop))
      assert.equal(#text, m.stop)
    end)

    it("gives token indices as a document of the text sees them", function()
      local text = "China will cut export controls."
      local doc = core.document(text)
      local m = core.lexicon{ "export controls" }:scan(doc)[1]
      assert.equal(4, m.first)
      assert.equal(5, m.last)
      assert.equal(m.start, (doc:token(m.first)))
      assert.equal(m.stop, select(2, doc:token(m.last)))
    end)

    it("sorts matches by first token, then last, then id", function()
      local lex = core.lexicon{ "b c", "c", "a b c", "b" }
      local ms = lex:scan("a b c")
      local keys = {}
      for i, m in ipairs(ms) do keys[i] = m.first .. "-" .. m.last .. "#" .. m.id end
      assert.same({ "1-3#3", "2-2#4", "2-3#1", "3-3#2" }, keys)
    end)

    it("finds the same matches in a document as in its text", function()
      local text = assert(H.read("examples/busan-summit-2025.txt"))
      local lex = lexicon.compile{ "tariff*", "export control*", "soybean*",
        "rare earth(s)?", "(agree|agreed) to", "fentanyl" }
      local a, b = lex:scan(text), lex:scan(core.document(text))
      assert.is_true(#a > 5)
      assert.same(a, b)
    end)

    it("raises a bad argument error for a text that is not a string", function()
      local lex = core.lexicon{ "a" }
      assert.has_error(function() lex:scan(nil) end,
        "bad argument #1 to 'scan' (string or dealscope.Document expected, got nil)")
    end)

    it("refuses a closed document", function()
      local doc = core.document("a")
      doc:close()
      assert.has_error(function() core.lexicon{ "a" }:scan(doc) end,
        "bad argument #1 to 'scan' (attempt to use a closed document)")
    end)
  end)

  describe("count()", function()
    it("counts what scan() finds", function()
      local text = assert(H.read("examples/busan-summit-2025.txt"))
      local lex = lexicon.compile{ "tariff*", "the", "china", "(u.s.|united states)",
        "export control*", "control*", "the (u.s.|united states)" }
      assert.equal(#lex:scan(text), lex:count(text))
      assert.equal(#lex:scan(text), lex:count(core.document(text)))
    end)

    it("counts a long text a chunk at a time as its document counts it", function()
      -- a string is tokenized 32 KB at a time: over 1 MB of articles,
      -- each shifted by a few bytes, the chunk ends fall at every kind of
      -- place, inside phrases of several words and hyphens too
      local seed = assert(H.read("examples/busan-summit-2025.txt"))
      local t = {}
      for i = 1, 200 do t[i] = ("x"):rep(i % 7) .. " " .. seed end
      local text = table.concat(t, "\n")
      local lex = lexicon.compile{ "tariff*", "the", "china", "rare earth(s)",
        "export control*", "the (u.s.|united states)", "soybean purchases",
        "a", "pause* the", "trade truce" }
      local doc = core.document(text)
      local n = lex:count(doc)
      assert.is_true(#text > 30 * 32768 and n > 200 * 50)
      assert.equal(n, lex:count(text))
      assert.equal(n, #lex:scan(text))
      -- where every chunk end falls inside a match of several words:
      -- a million bytes of "rare", "earth" and "rare-earth" in a random
      -- order (a fixed seed), now and then a line break
      local w, x = {}, 7
      for i = 1, 160000 do
        x = (x * 1103515245 + 12345) % 2147483648
        w[i] = ({ "rare", "earth", "rare-earth", "earth\n" })[x // 65536 % 4 + 1]
      end
      text = table.concat(w, " ")
      lex = lexicon.compile{ "rare earth", "earth rare", "earth earth",
        "rare earth rare earth earth rare" }
      n = lex:count(core.document(text))
      assert.is_true(n > 100000)
      assert.equal(n, lex:count(text))
    end)

    it("agrees with pyahocorasick's whole-word count on the Reuters corpus", function()
      -- Differences, all small: dealscope matches tokens, so a phrase
      -- split by a line break ("expected\n    to") counts and a word
      -- glued to digits ("197agreement") too; a word with an inner
      -- apostrophe ("would't") is one token, not "would" plus a rest.
      local corpus = H.shared("corpus/reuters21578.jsonl")
      local phrases = H.shared("bench/phrases100.txt")
      if not corpus or not phrases or
         not os.execute("/usr/bin/python3 -c 'import ahocorasick' 2>/dev/null") then
        pending("needs ../shared and python3-ahocorasick (make bench-deps)")
        return
      end
      local text = corpus_text(corpus)
      local tmp = os.tmpname()
      local f = assert(io.open(tmp, "wb"))
      f:write(text)
      f:close()
      local p = io.popen("/usr/bin/python3 bench/aho.py " .. phrases .. " "
        .. tmp .. " --per-phrase")
      local out = p:read("a")
      p:close()
      os.remove(tmp)
      local py = require("cjson").decode(out)
      local list = lines(phrases)
      local lex = lexicon.compile(list)
      local mine = {}
      for id in lex:gmatch(text) do mine[id] = (mine[id] or 0) + 1 end
      local total = lex:count(text)
      assert.is_true(math.abs(total - py.count) <= 0.01 * py.count,
        ("dealscope %d, pyahocorasick %d"):format(total, py.count))
      for i, ph in ipairs(list) do
        local a, b = mine[i] or 0, py.phrases[i]
        if ph:find(" ") then          -- line breaks: only ever more
          assert.is_true(a >= b, ph)
        else                          -- digits, apostrophes: a handful
          assert.is_true(math.abs(a - b) <= 2, ph .. ": " .. a .. " vs " .. b)
        end
      end
    end)
  end)

  describe("gmatch()", function()
    it("iterates id, start, stop, first, last in scan order", function()
      local lex = core.lexicon{ "export control", "control" }
      local text = "export control"
      local got = {}
      for id, s, e, f, l in lex:gmatch(text) do
        got[#got + 1] = { id, s, e, f, l }
      end
      assert.same({ { 1, 1, 14, 1, 2 }, { 2, 8, 14, 2, 2 } }, got)
    end)

    it("keeps its text alive while it runs", function()
      local lex = core.lexicon{ "tariff" }
      local it = lex:gmatch(("tariff "):rep(3) .. "x")
      collectgarbage()
      collectgarbage()
      local n = 0
      for id in it do n = n + id end
      assert.equal(3, n)
    end)

    it("runs independently of other scans of the same lexicon", function()
      local lex = core.lexicon{ "a", "b" }
      local i1, i2 = lex:gmatch("a b a"), lex:gmatch("b b")
      assert.equal(1, (i1()))
      assert.equal(2, (i2()))
      assert.same({ 1, 2 }, { lex:count("a x"), lex:count("a b") })
      assert.equal(2, (i1()))
      assert.equal(2, (i2()))
      assert.equal(1, (i1()))
      assert.is_nil(i1())
      assert.is_nil(i2())
    end)

    it("raises when its document is closed under it", function()
      local doc = core.document("a a")
      local it = core.lexicon{ "a" }:gmatch(doc)
      it()
      doc:close()
      assert.has_error(function() it() end, "attempt to use a closed document")
    end)

    it("raises when its document is reopened over another text under it", function()
      -- its matches index the tokens of the first text, which are gone
      local doc = core.document(("a b c d "):rep(2000) .. "tariffs")
      local it = core.lexicon{ "tariffs", "a" }:gmatch(doc)
      it()
      doc:close()
      doc:reopen("x")
      assert.has_error(function() it() end,
        "attempt to use a document reopened over another text")
      doc:close()
    end)
  end)

  describe("scan_flat()", function()
    it("gives id, first, last of every match in one flat array", function()
      local lex = core.lexicon{ "b c", "c", "a b c", "b" }
      local flat, ms = lex:scan_flat(core.document("a b c")), lex:scan("a b c")
      assert.equal(3 * #ms, #flat)
      for i, m in ipairs(ms) do
        assert.same({ m.id, m.first, m.last },
          { flat[3 * i - 2], flat[3 * i - 1], flat[3 * i] })
      end
    end)
  end)

  describe("the scratch a lexicon keeps between scans", function()
    it("gives every scan its own results, small and big texts in turn", function()
      local lex = core.lexicon{ "a b", "b", "c*" }
      local small, big = "a b c", ("a b cd x "):rep(50000)
      for _ = 1, 3 do
        assert.same({ 1, 1, 2, 2, 2, 2, 3, 3, 3 }, lex:scan_flat(small))
        assert.equal(150000, lex:count(big))
        assert.equal(3, #lex:scan(small))
        assert.equal(150000, #lex:scan_flat(big) // 3)
      end
    end)

    -- the scratch keeps the words its wildcards' path looked up; a word
    -- whose symbols depend on its case must not be kept as its folded form
    it("finds the same wildcard words in a text scanned again, whatever their case", function()
      local lex = core.lexicon{ "plan*", "=Plan*", "plant", "export*" }
      local text = "Plans plans PLANS plant Plant exports Exports planning"
      local want = { "1:Plans", "2:Plans", "1:plans", "1:PLANS", "1:plant",
        "3:plant", "1:Plant", "2:Plant", "3:Plant", "4:exports", "4:Exports",
        "1:planning" }
      for _ = 1, 3 do
        assert.same(want, found(lex, text))
        assert.same(lex:scan(text), lex:scan(core.document(text)))
        assert.equal(#want, lex:count(text))
      end
      assert.same({ "1:plans", "1:Plans", "2:Plans" }, found(lex, "plans Plans"))
    end)

    it("is not shared with a scan run from a finalizer meanwhile", function()
      local lex = core.lexicon{ "a", "b" }
      local text = ("a b "):rep(2000)
      local inner = {}
      local function plant ()                  -- a finalizer that scans
        setmetatable({}, { __gc = function()
          inner[#inner + 1] = lex:count("b b b")
          plant()
        end })
      end
      plant()
      for _ = 1, 200 do
        local t = lex:scan(text)               -- tables: GC steps, finalizers
        assert.equal(4000, #t)
        assert.equal(2, t[4000].id)
      end
      assert.is_true(#inner > 0)
      for _, n in ipairs(inner) do assert.equal(3, n) end
    end)
  end)

  describe("as an object", function()
    it("has a length: its number of entries", function()
      assert.equal(3, #core.lexicon{ "a", { "b", "c" }, "d" })
    end)

    it("matches tostring to its type name", function()
      assert.matches("^dealscope%.Lexicon %(0x", tostring(core.lexicon{ "a" }))
    end)

    it("closes once and then refuses use", function()
      local lex = core.lexicon{ "a" }
      lex:close()
      lex:close()
      assert.equal("dealscope.Lexicon (closed)", tostring(lex))
      assert.has_error(function() lex:scan("a") end,
        "calling 'scan' on bad self (attempt to use a closed lexicon)")
    end)

    it("closes with a to-be-closed variable", function()
      local keep
      do
        local lex <close> = core.lexicon{ "a" }
        keep = lex
      end
      assert.equal("dealscope.Lexicon (closed)", tostring(keep))
    end)
  end)
end)

describe("dealscope.lexicon", function()
  describe("compile()", function()
    it("makes phrase i entry i, whatever its variants", function()
      local lex = lexicon.compile{ "tariff*", "dut(y|ies)", "[the] =US" }
      assert.same({ "3:The US", "3:US", "2:duties", "1:tariffs" },
        found(lex, "The US duties tariffs us"))
    end)

    it("is what dealscope.lexicon() calls", function()
      assert.equal(lexicon.compile, require("dealscope").lexicon)
    end)

    it("raises the error of a bad phrase, blaming the caller", function()
      local ok, err = pcall(function() lexicon.compile{ "tariff", "dut(y|ies" } end)
      assert.is_false(ok)
      assert.matches("^spec/lexicon_spec%.lua:%d+: bad phrase 'dut%(y|ies' at "
        .. "position 9: missing '%)'$", err)
    end)

    it("raises a bad argument error for what is not a list of phrases", function()
      assert.has_error(function() lexicon.compile("tariff") end,
        "bad argument #1 to 'compile' (table expected, got string)")
      assert.has_error(function() lexicon.compile{ "a", 1 } end,
        "bad argument #1 to 'compile' (phrase 2: string expected, got number)")
    end)
  end)
end)
