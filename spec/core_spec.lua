local core = require "dealscope.core"

describe("dealscope.core", function()
  it("sets no global when loaded", function()
    local before = {}
    for k in pairs(_G) do before[k] = true end
    package.loaded["dealscope.core"] = nil
    require "dealscope.core"
    for k in pairs(_G) do assert.is_true(before[k], "new global: " .. k) end
  end)

  it("is loaded from the working tree's build, not an installed copy", function()
    local path = package.searchpath("dealscope.core", package.cpath)
    assert.matches("^%./build", path)
  end)

  it("keeps its word tables sorted for binary search", function()
    assert.is_true(core._selfcheck())
  end)

  it("has a version string", function()
    assert.matches("^%d+%.%d+%.%d+", core.version)
  end)
end)

describe("dealscope.core.tokenize()", function()
  local function texts(s)
    local out = {}
    for i, t in ipairs(core.tokenize(s)) do out[i] = t.text end
    return out
  end

  it("gives 1-based inclusive byte offsets into the original text", function()
    local s = "  China’s tariffs"
    for _, t in ipairs(core.tokenize(s)) do
      assert.equal(t.text, s:sub(t.start, t.stop))
    end
  end)

  it("splits a possessive 's, straight or curly, from its word", function()
    assert.same({ "China", "’s", "rare", "-", "earth", "regime" },
      texts("China’s rare-earth regime"))
    assert.same({ "Japan", "'s" }, texts("Japan's"))
  end)

  it("keeps inner apostrophes of a word", function()
    assert.same({ "didn't", "O'Brien" }, texts("didn't O'Brien"))
  end)

  it("keeps dotted abbreviations whole, with their final period", function()
    local t = core.tokenize("the U.S. and a.m. e.g. Ph.D.")
    assert.equal("U.S.", t[2].text)
    assert.is_true(t[2].abbrev)
    assert.equal("a.m.", t[4].text)
    assert.equal("e.g.", t[5].text)
    assert.equal("Ph.D.", t[6].text)
  end)

  it("reads numbers with thousands separators and decimals", function()
    assert.same({ "1,250", "tonnes", "at", "1.5", "pct" },
      texts("1,250 tonnes at 1.5 pct"))
    assert.same({ "12", "m", "$", "200", "bn" }, texts("12m $200bn"))
  end)

  it("gives each token a kind", function()
    local kinds = {}
    for i, t in ipairs(core.tokenize("Cut 20% now!")) do kinds[i] = t.kind end
    assert.same({ "word", "number", "symbol", "word", "punct" }, kinds)
  end)

  it("keeps URLs and e-mail addresses whole", function()
    assert.same({ "see", "https://example.com/a.b?c=1", "now" },
      texts("see https://example.com/a.b?c=1 now"))
    assert.same({ "mail", "trade@example.org", "." },
      texts("mail trade@example.org."))
    assert.same({ "www.ustr.gov" }, texts("www.ustr.gov"))
  end)

  it("folds case, accents, curly quotes, dashes and no-break spaces", function()
    local t = core.tokenize("Détente “US–China” ÉTÉ")
    assert.equal("detente", t[1].fold)
    assert.equal('"', t[2].fold)
    assert.equal("-", t[4].fold)
    assert.equal("ete", t[#t].fold)
    assert.equal("a b", core.fold("A\u{00A0}b"):gsub("\u{00A0}", " "))
    assert.equal(2, #core.tokenize("a\u{00A0}b"))
  end)

  it("marks capitalized, all-caps and line-initial tokens", function()
    local t = core.tokenize("KOREANS buy\n    Rah said")
    assert.is_true(t[1].upper)
    assert.is_true(t[3].newline)
    assert.is_true(t[3].indent)
    assert.is_true(t[3].cap)
  end)

  it("turns invalid UTF-8 into opaque tokens, never an error", function()
    local t = core.tokenize("ab\xff\xfecd \xc3")
    assert.equal("ab", t[1].text)
    assert.equal("opaque", t[2].kind)
    assert.equal("\xff\xfe", t[2].text)
    assert.equal("cd", t[3].text)
    assert.equal("opaque", t[4].kind)
  end)

  it("reads full-width digits as numbers", function()
    assert.same({ "period", "９", "Does", "２０２５" }, texts("period９Does ２０２５"))
    assert.equal("number", core.tokenize("２０２５")[1].kind)
  end)

  it("treats NUL and other control bytes as white space", function()
    assert.same({ "a", "b" }, texts("a\0b"))
  end)

  it("returns no token for an empty or blank text", function()
    assert.same({}, core.tokenize(""))
    assert.same({}, core.tokenize(" \n\t \r\n"))
  end)

  it("raises a clear error for a non-string argument", function()
    assert.has_error(function() core.tokenize(nil) end,
      "bad argument #1 to 'tokenize' (string or dealscope.Document expected, got nil)")
  end)
end)

describe("dealscope.core.document()", function()
  it("holds tokens, sentences and clauses of one text", function()
    local d = core.document("China will cut tariffs. The U.S. agreed.")
    assert.equal(2, d:nsentences())
    assert.equal(9, d:ntokens())
    local s, e, kind = d:token(2)
    assert.equal(7, s)
    assert.equal(10, e)
    assert.equal("word", kind)
    assert.equal("cut tariffs", d:fold(3, 4))
    assert.equal(2, d:sentence_of(6))
    assert.equal(3, d:token_at(12))
  end)

  it("matches tostring to its type name", function()
    assert.matches("^dealscope%.Document %(", tostring(core.document("x")))
  end)

  it("closes once and then refuses use", function()
    local d = core.document("x")
    d:close()
    d:close()
    assert.has_error(function() d:ntokens() end,
      "calling 'ntokens' on bad self (attempt to use a closed document)")
    assert.equal("dealscope.Document (closed)", tostring(d))
  end)

  it("closes with a to-be-closed variable", function()
    local keep
    do
      local d <close> = core.document("x")
      keep = d
    end
    assert.equal("dealscope.Document (closed)", tostring(keep))
  end)

  it("reopens, once closed, over another text as a new one would be", function()
    local a = "China will cut tariffs. The U.S. agreed, Japan said."
    local b = "Rain.\n\nTariffs on steel rose 10 pct; officials said so."
    local d = core.document(a)
    assert.has_error(function() d:reopen(b) end,
      "calling 'reopen' on bad self (document is open)")
    d:close()
    assert.equal(d, d:reopen(b))
    local fresh = core.document(b)
    assert.same(fresh:tokens(), d:tokens())
    assert.same(fresh:sentences(), d:sentences())
    assert.same(fresh:clauses(), d:clauses())
    assert.equal(b, d:text())
    fresh:close()
    d:close()
    assert.has_error(function() d:reopen(5) end,
      "bad argument #1 to 'reopen' (string expected, got number)")
    d:reopen("")
    assert.equal(0, d:ntokens())
    d:close()
  end)

  it("raises for an out-of-range index", function()
    local d = core.document("a b")
    assert.has_error(function() d:token(3) end,
      "bad argument #1 to 'token' (index out of range)")
  end)
end)
