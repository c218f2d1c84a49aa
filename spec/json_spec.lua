-- The JSON writer and reader of the C core, and the dealscope/1 schema.
local H = require "spec.helpers"
local deal = require "dealscope.deal"

local enc, dec = deal.json_encode, deal.json_decode
local FFFD = "\239\191\189"

-- What the writer must make of any bytes, written from the Unicode
-- standard's table of well-formed UTF-8 (Table 3-7), not from the C
-- code: each well-formed sequence kept, every other byte U+FFFD.
local function sanitize(s)
  local out, i, n = {}, 1, #s
  while i <= n do
    local c = s:byte(i)
    local len, lo, hi = 0, 0x80, 0xBF
    if c < 0x80 then len = 1
    elseif c >= 0xC2 and c <= 0xDF then len = 2
    elseif c == 0xE0 then len, lo = 3, 0xA0
    elseif (c >= 0xE1 and c <= 0xEC) or c == 0xEE or c == 0xEF then len = 3
    elseif c == 0xED then len, hi = 3, 0x9F
    elseif c == 0xF0 then len, lo = 4, 0x90
    elseif c >= 0xF1 and c <= 0xF3 then len = 4
    elseif c == 0xF4 then len, hi = 4, 0x8F end
    local ok = len > 0 and i + len - 1 <= n
    if ok and len > 1 then
      local b = s:byte(i + 1)
      ok = b >= lo and b <= hi
      for k = 2, len - 1 do
        b = s:byte(i + k)
        ok = ok and b >= 0x80 and b <= 0xBF
      end
    end
    if ok then
      out[#out + 1] = s:sub(i, i + len - 1)
      i = i + len
    else
      out[#out + 1] = FFFD
      i = i + 1
    end
  end
  return table.concat(out)
end

-- random strings that mix ASCII, controls, valid and broken UTF-8
local PIECES = { "a", "\"", "\\", "\0", "\n", "\31", "\127", "é", "€", "😀", "\u{2028}",
                 "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82",
                 "\xF8\x88\x80\x80\x80", "\xFF", "\x80" }
local function hostile()
  local t = {}
  for i = 1, math.random(0, 24) do
    if math.random(3) == 1 then t[i] = string.char(math.random(0, 255))
    else t[i] = PIECES[math.random(#PIECES)] end
  end
  return table.concat(t)
end


describe("dealscope.deal.json_encode()", function()
  it("writes every ASCII byte so that it reads back, with no raw control byte", function()
    for b = 0, 127 do
      local s = string.char(b)
      local out = enc(s)
      assert.is_nil(out:find("[%z\1-\31\127]"), "byte " .. b)
      assert.equal(s, dec(out), "byte " .. b)
    end
  end)

  it("escapes quotes, backslashes and control characters", function()
    assert.equal([["\"\\"]], enc("\"\\"))
    assert.equal([["\b\f\n\r\t"]], enc("\b\f\n\r\t"))
    assert.equal([["\u0000\u0001\u001f\u007f"]], enc("\0\1\31\127"))
    assert.equal([["a/b"]], enc("a/b"))
  end)

  it("turns each byte 128..255 alone into U+FFFD", function()
    for b = 128, 255 do
      assert.equal('"' .. FFFD .. '"', enc(string.char(b)), "byte " .. b)
    end
  end)

  it("turns overlong forms, encoded surrogates and code points past U+10FFFF into U+FFFD",
     function()
    assert.equal('"' .. FFFD:rep(2) .. '"', enc("\xC0\xAF"))            -- overlong '/'
    assert.equal('"' .. FFFD:rep(3) .. '"', enc("\xE0\x80\xAF"))        -- overlong '/'
    assert.equal('"' .. FFFD:rep(3) .. '"', enc("\xED\xA0\x80"))        -- U+D800
    assert.equal('"' .. FFFD:rep(3) .. '"', enc("\xED\xBF\xBF"))        -- U+DFFF
    assert.equal('"' .. FFFD:rep(4) .. '"', enc("\xF4\x90\x80\x80"))    -- U+110000
    assert.equal('"' .. FFFD:rep(5) .. '"', enc("\xF8\x88\x80\x80\x80")) -- 5-byte form
    assert.equal('"a' .. FFFD:rep(2) .. 'b"', enc("a\xE2\x82b"))        -- truncated
  end)

  it("keeps valid UTF-8 as it is and escapes the JavaScript line separators", function()
    assert.equal('"é€😀\u{10FFFF}"', enc("é€😀\u{10FFFF}"))
    assert.equal([["\u2028\u2029"]], enc("\u{2028}\u{2029}"))
  end)

  it("writes valid UTF-8 that reads back as the sanitized input, for hostile strings", function()
    math.randomseed(42)
    for _ = 1, 2000 do
      local s = hostile()
      local out = enc(s)
      assert.is_truthy(utf8.len(out), out)
      assert.is_nil(out:find("[%z\1-\31\127]"))
      assert.equal(sanitize(s), dec(out))
      assert.equal(enc(sanitize(s)), out)
    end
  end)

  it("writes integers and floats apart", function()
    assert.equal("20", enc(20))
    assert.equal("20.0", enc(20.0))
    assert.equal("-0.0", enc(-0.0))
    assert.equal("0.1", enc(0.1))
    assert.equal("1e+300", enc(1e300))
    assert.equal(tostring(math.mininteger), enc(math.mininteger))
    assert.equal(tostring(math.maxinteger), enc(math.maxinteger))
    assert.equal("9007199254740992.0", enc(2.0 ^ 53))
  end)

  it("writes NaN and infinities, which JSON lacks, as null", function()
    assert.equal("[null,null,null]", enc{ 0 / 0, math.huge, -math.huge })
  end)

  it("writes floats that read back exactly, as floats", function()
    math.randomseed(3)
    for _ = 1, 2000 do
      local x
      if math.random(2) == 1 then
        x = (math.random() - 0.5) * 10.0 ^ math.random(-300, 300)
      else
        local bytes = {}
        for i = 1, 8 do bytes[i] = string.char(math.random(0, 255)) end
        x = string.unpack("<d", table.concat(bytes))
      end
      if x == x and x ~= math.huge and x ~= -math.huge then
        local y = dec(enc(x))
        assert.equal("float", math.type(y))
        assert.equal(x, y)
      end
    end
  end)

  it("writes tables with keys 1..n as arrays and others as objects with sorted keys", function()
    assert.equal("[1,2,3]", enc{ 1, 2, 3 })
    assert.equal("[]", enc{})
    assert.equal([[{"a":1,"b":[true,false],"c":{"d":"e"}}]],
                 enc{ c = { d = "e" }, a = 1, b = { true, false } })
    assert.equal([[{"1":"x","3":"y"}]], enc{ [1] = "x", [3] = "y" })
    assert.equal([[{"1":"x","2.5":"y","k":"z"}]], enc{ [1] = "x", [2.5] = "y", k = "z" })
    assert.equal("null", enc(nil))
  end)

  it("writes the same text for equal tables built in any order", function()
    local a, b = {}, {}
    for i = 1, 50 do a["k" .. i] = i end
    for i = 50, 1, -1 do b["k" .. i] = i end
    assert.equal(enc(a), enc(b))
  end)

  it("raises on values JSON cannot hold", function()
    assert.has_error(function() deal.json_encode{ f = print } end,
      "bad argument #1 to 'json_encode' (cannot encode a function value)")
    local t = {}
    t[1] = t
    assert.has_error(function() deal.json_encode(t) end,
      "bad argument #1 to 'json_encode' (tables nested too deeply (a cycle?))")
    assert.has_error(function() deal.json_encode{ [true] = 1 } end,
      "bad argument #1 to 'json_encode' (cannot encode a table key of type boolean)")
    assert.has_error(function() deal.json_encode{ [1] = "a", ["1"] = "b", [3] = "c" } end,
      "bad argument #1 to 'json_encode' (two keys of a table read as \"1\")")
  end)
end)


describe("dealscope.deal.json_decode()", function()
  it("reads values, with null as nil and integers apart from floats", function()
    local v = dec([[ {"a": [1, 2.0, -0, 1e2, "x", true, false, null, {}], "b": null} ]])
    assert.same({ 1, 2.0, 0, 100.0, "x", true, false, nil, {} }, v.a)
    assert.equal("integer", math.type(v.a[1]))
    assert.equal("float", math.type(v.a[2]))
    assert.equal("float", math.type(v.a[4]))
    assert.is_nil(v.b)
    assert.is_nil(dec("null"))
  end)

  it("resolves escapes, surrogate pairs and lone surrogates", function()
    assert.equal("é/\"\\\b\f\n\r\t\0", dec([["\u00e9\/\"\\\b\f\n\r\t\u0000"]]))
    assert.equal("😀", dec([["\ud83d\ude00"]]))
    assert.equal(FFFD .. "x" .. FFFD, dec([["\ud800x\udc00"]]))
    assert.equal(FFFD .. "\n", dec([["\ud83d\n"]]))
  end)

  it("reads invalid UTF-8 inside a string as U+FFFD", function()
    assert.equal("a" .. FFFD .. FFFD .. "b", dec('"a\xC0\xAFb"'))
  end)

  it("returns nil and the byte and reason for bad JSON", function()
    local bad = {
      { "", "bad JSON at byte 1: unexpected end of text" },
      { "[1,]", "bad JSON at byte 4: unexpected token" },
      { "{\"a\"}", "bad JSON at byte 5: ':' expected" },
      { "{1:2}", "bad JSON at byte 2: object key expected" },
      { "[1 2]", "bad JSON at byte 4: ',' or ']' expected" },
      { "01", "bad JSON at byte 2: text after the value" },
      { "1.", "bad JSON at byte 1: bad number" },
      { ".5", "bad JSON at byte 1: unexpected character" },
      { "+1", "bad JSON at byte 1: unexpected character" },
      { "-", "bad JSON at byte 1: bad number" },
      { "1e", "bad JSON at byte 1: bad number" },
      { "\"a\1\"", "bad JSON at byte 1: control character in string" },
      { "\"\\x\"", "bad JSON at byte 1: bad escape in string" },
      { "\"\\u12\"", "bad JSON at byte 1: bad \\u escape" },
      { "\"abc", "bad JSON at byte 1: unfinished string" },
      { "tru", "bad JSON at byte 1: unexpected character" },
      { "[1] 2", "bad JSON at byte 5: text after the value" },
    }
    for _, c in ipairs(bad) do
      local v, err = dec(c[1])
      assert.is_nil(v, c[1])
      assert.equal(c[2], err)
    end
  end)

  it("refuses nesting deeper than 200 levels without failing on 150", function()
    assert.is_table(dec(("["):rep(150) .. ("]"):rep(150)))
    local v, err = dec(("["):rep(300) .. ("]"):rep(300))
    assert.is_nil(v)
    assert.equal("bad JSON at byte 201: nested too deeply", err)
  end)

  it("never raises on arbitrary bytes", function()
    math.randomseed(8)
    local alphabet = '{}[]:,"\\0123456789.eE+-truefalsn ' .. "\0\1\255"
    for _ = 1, 3000 do
      local t = {}
      for i = 1, math.random(0, 40) do
        local k = math.random(#alphabet)
        t[i] = alphabet:sub(k, k)
      end
      local ok, v, err = pcall(dec, table.concat(t))
      assert.is_true(ok, v)
      if v == nil and err ~= nil then assert.matches("^bad JSON at byte %d+: ", err) end
    end
  end)

  it("reads back what the writer writes", function()
    math.randomseed(9)
    local function value(depth)
      local k = math.random(depth > 3 and 4 or 6)
      if k == 1 then return hostile()
      elseif k == 2 then return math.random(-1000, 1000)
      elseif k == 3 then return math.random() * 1e6
      elseif k == 4 then return math.random(2) == 1
      elseif k == 5 then
        local t = {}
        for i = 1, math.random(0, 4) do t[i] = value(depth + 1) end
        return t
      else
        local t = {}
        for _ = 1, math.random(1, 4) do t["k" .. math.random(9)] = value(depth + 1) end
        return t
      end
    end
    for _ = 1, 500 do
      local v = value(0)
      local s = enc(v)
      assert.equal(s, enc(dec(s)))
    end
  end)
end)


-- the validator the command line's specs use too (an unknown keyword
-- fails, so the schema cannot outgrow what is checked)
local validator = dofile("spec/support/schema.lua").validator


describe("schema/dealscope-1.schema.json", function()
  local schema = assert(dec(assert(H.read("schema/dealscope-1.schema.json"))))
  local valid = validator(schema)
  local provisions = {
    { label = "tariff_relief", actor = "USA", counterpart = "CHN", object = "fentanyl tariff",
      certainty = "possible", negated = false, rule = "tariff_relief", start = 1, stop = 40,
      sentence = 1, text = "Trump hinted at a cut in the 20% tariff", attribution = "Trump",
      figures = { { kind = "percent", value = 20, unit = "%", text = "20%" } } },
    { label = "tariff_relief", actor = "USA", object = "fentanyl tariff", certainty = "stated",
      figures = { { kind = "change", from = 20, to = 10, unit = "%", text = "from 20% to 10%" },
                  { kind = "percent", value = 10, unit = "%", text = "10%", bound = "at most" } } },
    { label = "unresolved_issue", certainty = "denied", negated = true, figures = {} },
  }

  it("is draft 2020-12 with the schema name dealscope/1", function()
    assert.equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"])
    assert.equal("dealscope/1", schema.properties.schema.const)
  end)

  it("describes what deal:to_json() writes", function()
    local d = deal.merge{ deal.new({ provisions[1] }, { id = "a", date = "2025-10-30" }),
                          deal.new({ provisions[2], provisions[3] }, { id = "b", source = "X" }) }
    local v = dec(d:to_json())
    assert.is_true(v.deal.provisions[1].conflict)
    local ok, err = valid(v)
    assert.is_true(ok, err)
  end)

  it("describes the documents form of the analysis output", function()
    local v = dec(enc{ schema = "dealscope/1", documents = {
      { id = "busan", source = "Bloomberg", date = "2025-10-30", provisions = provisions },
      { id = 12, provisions = {} } } })
    local ok, err = valid(v)
    assert.is_true(ok, err)
  end)

  it("rejects what is not dealscope/1", function()
    local d = dec(deal.new(provisions):to_json())
    d.deal.provisions[1].evidence = {}
    local ok, err = valid(d)
    assert.is_false(ok)
    assert.matches("^%$: matches 0 of oneOf .*"
      .. "%$%.deal%.provisions%[1%]%.evidence: too few items", err)
    local doc = dec(enc{ schema = "dealscope/1",
                         documents = { { provisions = { { label = "x", certainty = "sure" } } } } })
    assert.is_false((valid(doc)))
    assert.is_false((valid(dec('{"schema":"dealscope/2","deal":{"parties":[],"provisions":[]}}'))))
  end)
end)
