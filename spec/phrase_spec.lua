local phrase = require "dealscope.phrase"

describe("dealscope.phrase", function()
  it("sets no global when loaded", function()
    local before = {}
    for k in pairs(_G) do before[k] = true end
    package.loaded["dealscope.phrase"] = nil
    require "dealscope.phrase"
    for k in pairs(_G) do assert.is_true(before[k], "new global: " .. k) end
  end)

  describe("parse()", function()
    it("returns a plain phrase as its only variant", function()
      assert.same({ "export controls" }, phrase.parse("export controls"))
      assert.same({ "rare-earth" }, phrase.parse("rare-earth"))
    end)

    it("keeps the markers of the simple syntax: '*' and '='", function()
      assert.same({ "reduc*" }, phrase.parse("reduc*"))
      assert.same({ "roll* back" }, phrase.parse("roll* back"))
      assert.same({ "=US" }, phrase.parse("=US"))
    end)

    it("expands alternatives inside a word", function()
      assert.same({ "duty", "duties" }, phrase.parse("dut(y|ies)"))
      assert.same({ "export licence*", "export license*" },
        phrase.parse("export licen(c|s)e*"))
    end)

    it("expands alternatives of whole words, with a wildcard after them", function()
      assert.same({ "cut*", "slash*" }, phrase.parse("(cut|slash)*"))
      assert.same({ "roll back tariff*", "scrap tariff*" },
        phrase.parse("(roll back|scrap) tariff*"))
    end)

    it("makes a group followed by '?' optional", function()
      assert.same({ "rare earth", "rare earths" }, phrase.parse("rare earth(s)?"))
    end)

    it("makes a bracketed part optional, words or letters", function()
      assert.same({ "tariff", "the tariff" }, phrase.parse("[the] tariff"))
      assert.same({ "export", "exports" }, phrase.parse("export[s]"))
      assert.same({ "tariff", "a tariff", "the tariff" },
        phrase.parse("[a|the] tariff"))
    end)

    it("multiplies the alternatives of several groups", function()
      assert.same({ "cut duty", "cut duties", "slash duty", "slash duties" },
        phrase.parse("(cut|slash) dut(y|ies)"))
    end)

    it("takes alternatives at the top level as variants", function()
      assert.same({ "tariff", "import tax" }, phrase.parse("tariff|import tax"))
    end)

    it("applies an exact-case marker to every alternative", function()
      assert.same({ "=US", "=EU" }, phrase.parse("=(US|EU)"))
    end)

    it("takes escaped special characters literally", function()
      assert.same({ "(a)" }, phrase.parse("\\(a\\)"))
    end)

    it("collapses white space and drops repeated variants", function()
      assert.same({ "a b" }, phrase.parse("  a \n\t b  "))
      assert.same({ "a" }, phrase.parse("(a|a)"))
    end)

    it("reports a missing ')' with the phrase and the position", function()
      assert.has_error(function() phrase.parse("dut(y|ies") end,
        "bad phrase 'dut(y|ies' at position 9: missing ')'")
    end)

    it("reports a missing ']' and unmatched closers", function()
      assert.has_error(function() phrase.parse("[the tariff") end,
        "bad phrase '[the tariff' at position 11: missing ']'")
      assert.has_error(function() phrase.parse("tariff)") end,
        "bad phrase 'tariff)' at position 7: unexpected ')'")
      assert.has_error(function() phrase.parse("a] b") end,
        "bad phrase 'a] b' at position 2: unexpected ']'")
    end)

    it("reports a '*' that does not end a word", function()
      assert.has_error(function() phrase.parse("re*duce") end,
        "bad phrase 're*duce' at position 3: '*' must end a word")
      assert.has_error(function() phrase.parse("tariff**") end,
        "bad phrase 'tariff**' at position 7: '*' must end a word")
      assert.has_error(function() phrase.parse("* tariff") end,
        "bad phrase '* tariff' at position 1: '*' must end a word")
    end)

    it("reports a misplaced '?' or '='", function()
      assert.has_error(function() phrase.parse("tariffs?") end,
        "bad phrase 'tariffs?' at position 8: '?' must follow a group")
      assert.has_error(function() phrase.parse("U=S") end,
        "bad phrase 'U=S' at position 2: '=' must start a word")
      assert.has_error(function() phrase.parse("= US") end,
        "bad phrase '= US' at position 1: '=' must be followed by a word")
    end)

    it("reports an empty phrase, an empty group and a phrase that may be empty", function()
      assert.has_error(function() phrase.parse("  ") end,
        "bad phrase '  ' at position 1: empty phrase")
      assert.has_error(function() phrase.parse("a () b") end,
        "bad phrase 'a () b' at position 3: empty group")
      assert.has_error(function() phrase.parse("[the]") end,
        "bad phrase '[the]' at position 1: a variant of the phrase has no words")
    end)

    it("reports a bad escape", function()
      assert.has_error(function() phrase.parse("a\\b") end,
        "bad phrase 'a\\b' at position 3: '\\' must precede one of ( ) [ ] | ? \\")
    end)

    it("caps the number of variants of one phrase", function()
      local p = ("(a|b)"):rep(8)
      assert.equal(256, #phrase.parse(p))
      assert.has_error(function() phrase.parse(p .. "(c|d)") end,
        "bad phrase '" .. p .. "(c|d)' at position 41: more than 256 variants")
    end)

    it("blames the caller's line for a bad phrase", function()
      local ok, err = pcall(function() phrase.parse("(") end)
      assert.is_false(ok)
      assert.matches("^spec/phrase_spec%.lua:%d+: bad phrase", err)
    end)

    it("raises a bad argument error for a non-string", function()
      assert.has_error(function() phrase.parse(nil) end,
        "bad argument #1 to 'parse' (string expected, got nil)")
    end)
  end)

  describe("tryparse()", function()
    it("returns nil and the message instead of raising", function()
      local v, err = phrase.tryparse("(a")
      assert.is_nil(v)
      assert.equal("bad phrase '(a' at position 2: missing ')'", err)
    end)
  end)
end)
