-- The output formats as functions: text helpers, CSV quoting, HTML
-- escaping and highlighting, table alignment, Markdown escaping, JSON
-- forms and the progress bar.
local report = require "dealscope.report"
local csv = require "dealscope.report.csv"
local html = require "dealscope.report.html"
local md = require "dealscope.report.md"
local json = require "dealscope.report.json"
local tbl = require "dealscope.report.table"
local progress = require "dealscope.report.progress"
local core = require "dealscope.core"
local H = require "spec.helpers"

local schema = dofile("spec/support/schema.lua")
local valid = schema.validator(assert(core.json_decode(H.read("schema/dealscope-1.schema.json"))))

local HOSTILE = '<script>alert(1)</script> " onmouseover="alert(2)" \'x\' & |*_`[a](b)#'

-- a document with provisions written by hand (no analysis needed)
local function doc(provisions, text, meta)
  meta = meta or {}
  return { id = meta.id or "d1", source = meta.source, date = meta.date,
    text = text or "", provisions = provisions }
end

local function prov(t)
  t.certainty = t.certainty or "stated"
  t.negated = t.negated or false
  t.figures = t.figures or {}
  t.label = t.label or "tariff_relief"
  return t
end

-- an RFC 4180 reader: records of fields; fails on a malformed record
local function read_csv(s)
  local records, fields, i, n = {}, {}, 1, #s
  while i <= n do
    local field
    if s:sub(i, i) == '"' then
      local buf = {}
      i = i + 1
      while true do
        local q = assert(s:find('"', i, true), "unterminated quoted field")
        buf[#buf + 1] = s:sub(i, q - 1)
        if s:sub(q + 1, q + 1) == '"' then
          buf[#buf + 1] = '"'
          i = q + 2
        else
          i = q + 1
          break
        end
      end
      field = table.concat(buf)
    else
      local e = s:find("[,\r]", i) or n + 1
      field = s:sub(i, e - 1)
      assert(not field:find('["\n]'), "unquoted field with a quote or LF: " .. field)
      i = e
    end
    fields[#fields + 1] = field
    local c = s:sub(i, i)
    if c == "," then
      i = i + 1
    elseif c == "\r" then
      assert(s:sub(i + 1, i + 1) == "\n", "CR without LF")
      records[#records + 1] = fields
      fields = {}
      i = i + 2
    else
      assert(i > n, "garbage after a field at " .. i)
    end
  end
  if #fields > 0 then records[#records + 1] = fields end
  return records
end

describe("dealscope.report", function()
  describe("utf8()", function()
    it("replaces each byte that is not valid UTF-8 with U+FFFD", function()
      assert.equal("a\u{FFFD}b\u{FFFD}\u{FFFD}é", report.utf8("a\255b\192\128é"))
      assert.equal("déjà vu", report.utf8("déjà vu"))
    end)
  end)

  describe("oneline()", function()
    it("turns control characters, bidi overrides and line breaks into single spaces", function()
      assert.equal("red text ok", report.oneline("\27[31mred\ttext\r\n ok"):gsub("%[31m", ""))
      assert.equal("a b c", report.oneline(" a\u{202E}b\u{2028}c\0"))
      assert.equal("", report.oneline(nil))
    end)

    it("leaves no escape character for a terminal", function()
      assert.is_nil(report.oneline("\27]0;title\7\27[2J\155x"):find("[\27\7]"))
    end)
  end)

  describe("width()", function()
    it("counts columns, not bytes: wide characters two, combining marks none", function()
      assert.equal(5, report.width("hello"))
      assert.equal(4, report.width("déjà"))
      assert.equal(4, report.width("中国"))
      assert.equal(1, report.width("e\u{301}"))
      assert.equal(3, report.width("\255ab"))
    end)
  end)

  describe("truncate()", function()
    it("cuts to the columns given and marks the cut", function()
      assert.equal("hello", report.truncate("hello", 5))
      assert.equal("hel…", report.truncate("hello", 4))
      assert.equal("中…", report.truncate("中国人", 4))
      assert.equal(4, report.width(report.truncate("Beijing’s expanded", 4)))
    end)
  end)

  describe("figures() and party()", function()
    it("joins figure texts and shows who acts towards whom", function()
      local p = prov { actor = "USA", counterpart = "CHN",
        figures = { { kind = "percent", value = 20, unit = "%", text = "20%" },
                    { kind = "date", value = "2025-11-01", text = "November 1" } } }
      assert.equal("20%; November 1", report.figures(p))
      assert.equal("USA → CHN", report.party(p))
      assert.equal("", report.party(prov {}))
      assert.equal("? → JPN", report.party(prov { counterpart = "JPN" }))
    end)
  end)

  describe("colour()", function()
    it("gives each default label its own colour and any other label one of the palette", function()
      local seen = {}
      for _, l in ipairs(report.LABELS) do
        local c = report.colour(l[1])
        assert.is_nil(seen[c.rgb])
        seen[c.rgb] = true
      end
      assert.matches("^#%x%x%x%x%x%x$", report.colour("minerals_supply").rgb)
      assert.equal(report.colour("minerals_supply").rgb, report.colour("minerals_supply").rgb)
    end)
  end)

  describe("summary()", function()
    it("groups the merged measures by party: what each gives and gets", function()
      local d = doc {
        prov { label = "tariff_relief", actor = "USA", counterpart = "CHN", object = "tariffs" },
        prov { label = "purchase_commitment", actor = "CHN", object = "soybeans" },
        prov { label = "unresolved_issue", object = "subsidies" },
      }
      local s = report.summary { d }
      assert.equal(3, s.measures)
      assert.equal(2, #s.parties)
      assert.equal("CHN", s.parties[1].party)
      assert.equal("purchase_commitment", s.parties[1].gives[1].label)
      assert.equal("tariff_relief", s.parties[1].gets[1].label)
      assert.equal("USA", s.parties[2].party)
      assert.equal("tariff_relief", s.parties[2].gives[1].label)
      assert.equal("unresolved_issue", s.unattributed[1].label)
    end)
  end)

  describe("writer()", function()
    it("raises on an unknown format, naming it", function()
      assert.has_error(function() report.writer("yaml", io.stdout) end,
        "bad argument #1 to 'writer' (unknown format 'yaml')")
    end)
  end)

  describe("render()", function()
    it("writes every format for the same documents", function()
      local d = doc({ prov { actor = "USA", object = "tariffs", start = 1, stop = 10,
        text = "Tariff cut" } }, "Tariff cut.")
      for _, f in ipairs(report.formats) do
        local s = report.render(f, { d })
        assert.is_true(#s > 0, f)
        assert.truthy(s:find("tariff_relief", 1, true), f)
      end
    end)
  end)
end)

describe("dealscope.report.csv", function()
  describe("field()", function()
    it("quotes fields with a comma, a quote, CR or LF and doubles the quotes", function()
      assert.equal("plain", csv.field("plain"))
      assert.equal('"a,b"', csv.field("a,b"))
      assert.equal('"say ""no"""', csv.field('say "no"'))
      assert.equal('"line\r\nbreak"', csv.field("line\r\nbreak"))
      assert.equal('"cr\ronly"', csv.field("cr\ronly"))
      assert.equal("", csv.field(nil))
      assert.equal("false", csv.field(false))
    end)
  end)

  it("writes one provision per CRLF record that an RFC 4180 reader reads back", function()
    local nasty = 'He said, "cut ""all"" tariffs"\r\nthen left; =cmd|\'/c calc\'!A1\n' .. HOSTILE
    local d = doc({
      prov { actor = "USA", object = nasty, text = nasty, attribution = "a,b",
        figures = { { kind = "percent", text = "10%" }, { kind = "count", text = 'two "big"' } },
        start = 1, stop = 5, sentence = 1 },
      prov { label = "unresolved_issue", text = "bad \255 byte" },
    }, "x", { id = "doc,1" })
    local s = report.render("csv", { d })
    assert.equal("\r\n", s:sub(-2))
    local rs = read_csv(s)
    assert.equal(3, #rs)
    assert.same(csv.COLUMNS, rs[1])
    local row = {}
    for i, c in ipairs(csv.COLUMNS) do row[c] = rs[2][i] end
    assert.equal("doc,1", row.document)
    assert.equal(nasty, row.object)
    assert.equal(nasty, row.text)
    assert.equal('10%; two "big"', row.figures)
    assert.equal("a,b", row.attribution)
    assert.equal("false", row.negated)
    assert.equal("1", row.start)
    assert.equal("", rs[3][4])                               -- no actor
    assert.equal("bad \u{FFFD} byte", rs[3][#csv.COLUMNS])
    for _, r in ipairs(rs) do assert.equal(#csv.COLUMNS, #r) end
  end)
end)

describe("dealscope.report.html", function()
  describe("escape()", function()
    it("writes & < > \" ' as entities, and control bytes and bad UTF-8 as U+FFFD", function()
      assert.equal("&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover=&quot; "
        .. "&#39;x&#39; &amp;amp;",
        html.escape([[<script>alert(1)</script> " onmouseover=" 'x' &amp;]]))
      assert.equal("a\u{FFFD}b\u{FFFD}", html.escape("a\0b\255"))
      assert.equal("line\nbreak\ttab", html.escape("line\nbreak\ttab"))
    end)
  end)

  describe("json()", function()
    it("holds no < > or & that could end its script element", function()
      local s = html.json { t = "</script><!-- & -->" }
      assert.is_nil(s:find("[<>&]"))
      assert.same({ t = "</script><!-- & -->" }, core.json_decode(s))
    end)
  end)

  describe("highlight()", function()
    local function strip(s)
      return (s:gsub("<[^>]*>", ""):gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"')
        :gsub("&#39;", "'"):gsub("&amp;", "&"))
    end
    local function balanced(s)
      local depth = 0
      for tag in s:gmatch("<(/?)mark") do
        depth = depth + (tag == "/" and -1 or 1)
        if depth < 0 then return false end
      end
      return depth == 0
    end
    local function heads(s)
      local out = {}
      for p, label in s:gmatch('<mark class="hl" id="p%-1%-(%d+)"[^>]- data%-label="([^"]*)"') do
        out[#out + 1] = tonumber(p) .. ":" .. label
      end
      return out
    end

    it("marks each clause once, keeping the text whole and escaped", function()
      local text = "China cut <b>tariffs</b>. The US & Japan lifted curbs."
      local d = doc({ prov { start = 1, stop = 25 },
        prov { label = "export_control_relief", start = 27, stop = #text } }, text)
      local s = html.highlight(1, d)
      assert.equal(text, strip(s))
      assert.is_nil(s:find("<b>", 1, true))
      assert.same({ "1:tariff_relief", "2:export_control_relief" }, heads(s))
      assert.is_true(balanced(s))
    end)

    it("nests two labels of one clause and splits a provision that crosses another", function()
      local text = "0123456789abcdefghij"
      local d = doc({
        prov { label = "tariff_relief", start = 1, stop = 10 },
        prov { label = "export_control_relief", start = 1, stop = 10 },
        prov { label = "unresolved_issue", start = 6, stop = 15 },     -- crosses
        prov { label = "purchase_commitment", start = 1, stop = 20 },  -- around all
      }, text)
      local s = html.highlight(1, d)
      assert.equal(text, strip(s))
      assert.is_true(balanced(s))
      local hs = heads(s)
      table.sort(hs)
      assert.same({ "1:tariff_relief", "2:export_control_relief", "3:unresolved_issue",
        "4:purchase_commitment" }, hs)
      -- the crossing one is in two pieces, the others in one
      local _, pieces3 = s:gsub('data%-p="3"', "")
      local _, pieces1 = s:gsub('data%-p="1"', "")
      assert.equal(2, pieces3)
      assert.equal(1, pieces1)
      -- the one around all is outermost
      assert.matches('^<mark class="hl" id="p%-1%-4"', s)
    end)

    it("leaves out of the text a provision whose span is not in it", function()
      local d = doc({ prov { start = 5, stop = 99 } }, "short")
      assert.equal("short", html.highlight(1, d))
    end)
  end)

  describe("format()", function()
    local text = "China will cut tariffs on " .. HOSTILE .. " soybeans."
    local d = doc({ prov { actor = "<img src=x onerror=alert(3)>", counterpart = "USA",
      object = HOSTILE, start = 1, stop = #text, text = text, attribution = HOSTILE,
      figures = { { kind = "percent", text = "<i>10%</i>" } } } }, text,
      { id = HOSTILE, source = HOSTILE, date = "2025-10-30" })
    local page = html.format { d }

    it("is one page without a request: inline style and script, a CSP that forbids the rest",
      function()
        assert.matches("^<!DOCTYPE html>", page)
        assert.truthy(page:find("default-src 'none'", 1, true))
        assert.is_nil(page:find('src="', 1, true))
        assert.is_nil(page:find('href="http', 1, true))
        assert.is_nil(page:find("<link", 1, true))
      end)

    it("escapes every piece of text, in elements and in attributes", function()
      local _, scripts = page:gsub("<script", "")
      assert.equal(2, scripts)                             -- the data and the app
      assert.is_nil(page:find("<img", 1, true))
      assert.is_nil(page:find("<i>", 1, true))
      -- in a tag, every attribute is name="value" with no quote inside
      for tag in page:gmatch("<[%a][^>]*>") do
        local names = tag:gsub('="[^"]*"', "")
        local rest = names:gsub("%s[%w%-]+", ""):gsub("^<[%w]+", "")
        assert.equal(">", rest, tag)
        assert.is_nil(names:find("%son%a+"), tag)
      end
      assert.truthy(page:find("&lt;script&gt;alert(1)&lt;/script&gt;", 1, true))
      assert.truthy(page:find('data-party="&lt;img src=x onerror=alert(3)&gt;"', 1, true))
    end)

    it("shows the deal summary by party with figures and a table of provisions", function()
      assert.truthy(page:find("Deal by party", 1, true))
      assert.truthy(page:find("<summary>Gives (1)</summary>", 1, true))
      assert.truthy(page:find('<span class="fig">&lt;i&gt;10%&lt;/i&gt;</span>', 1, true))
      assert.truthy(page:find('<a href="#p-1-1">1</a>', 1, true))
    end)
  end)
end)

describe("dealscope.report.table", function()
  describe("format()", function()
    local d = doc({
      prov { actor = "CHN", object = "Beijing’s expanded licensing framework", text = "中国 will cut",
        figures = { { text = "one year" } } },
      prov { label = "unresolved_issue", object = "déjà vu", text = "plain clause" },
      prov { label = "purchase_commitment", actor = "USA", counterpart = "CHN",
        object = "soybeans \27[31mred", text = "e\u{301}\u{301} combining" },
    }, "", { id = "busan" })

    it("aligns the columns by display width, whatever the bytes", function()
      local out = tbl.format(d, { width = 110 })
      local lines = {}
      for l in out:gmatch("[^\n]+") do lines[#lines + 1] = l end
      assert.equal(5, #lines)                       -- heading, header, 3 rows
      local function col(line, word)                -- display column where word starts
        local at = assert(line:find(word, 1, true), word)
        return report.width(line:sub(1, at - 1))
      end
      local c1 = col(lines[2], "certainty")
      assert.equal(c1, col(lines[3], "stated"))
      assert.equal(c1, col(lines[4], "stated"))
      assert.equal(c1, col(lines[5], "stated"))
      local c2 = col(lines[2], "clause")
      assert.equal(c2, col(lines[3], "中国"))
      assert.equal(c2, col(lines[4], "plain"))
      assert.equal(c2, col(lines[5], "e\u{301}"))
      for i = 2, #lines do assert.is_true(report.width(lines[i]) <= 110) end
      assert.is_nil(out:find("\27", 1, true))
    end)

    it("colours labels only when asked", function()
      assert.truthy(tbl.format(d, { color = true }):find("\27[32mtariff_relief", 1, true))
      assert.is_nil(tbl.format(d, { color = false }):find("\27", 1, true))
    end)

    it("says so when a document has no provisions", function()
      assert.equal("empty  0 provisions", tbl.format(doc({}, "", { id = "empty" })))
    end)
  end)
end)

describe("dealscope.report.md", function()
  describe("escape()", function()
    it("leaves no Markdown or HTML meaning in the text", function()
      local s = md.escape(HOSTILE .. "\nnext")
      assert.is_nil(s:find("<", 1, true))
      assert.is_nil(s:find("\n", 1, true))
      assert.is_nil(s:find("[^\\][|*_`%[%]#]"))
      assert.truthy(s:find("&lt;script&gt;", 1, true))
    end)
  end)

  it("keeps each table row to its cells whatever the text holds", function()
    local d = doc({ prov { actor = "USA", object = "a|b|c", text = HOSTILE } }, "", { id = "x|y" })
    local out = md.format { d }
    assert.truthy(out:find("# dealscope report", 1, true))
    assert.truthy(out:find("## Deal by party", 1, true))
    local rows = 0
    for line in out:gmatch("[^\n]+") do
      if line:find("^| 1 |") then
        rows = rows + 1
        local _, cells = line:gsub("[^\\]|", "")
        assert.equal(9, cells)                      -- 9 cells: the # column has no '\|'
      end
    end
    assert.equal(1, rows)
  end)
end)

describe("dealscope.report.json", function()
  local d = doc({ prov { actor = "USA", start = 1, stop = 4, text = "cut.", _hit = {} } }, "cut.",
    { id = "a", date = "2025-10-30", source = "x" })

  it("writes the documents form, valid against the schema", function()
    local v = core.json_decode(report.render("json", { d, doc({}, "", { id = 7 }) }))
    assert.is_true(valid(v))
    assert.equal(2, #v.documents)
    assert.equal(7, v.documents[2].id)
    assert.is_nil(v.documents[1].provisions[1]._hit)
  end)

  it("writes one line form object per document, valid against the schema", function()
    local s = report.render("jsonl", { d, d })
    local n = 0
    for line in s:gmatch("[^\n]+") do
      n = n + 1
      local v = core.json_decode(line)
      assert.is_true(valid(v))
      assert.equal("dealscope/1", v.schema)
      assert.equal("a", v.id)
    end
    assert.equal(2, n)
    assert.matches('^{"schema":"dealscope/1","id":"a","date":"2025%-10%-30"', s)
  end)

  it("writes error lines that the schema describes", function()
    local v = core.json_decode(json.error_line("not JSON", "k", 3))
    assert.same({ schema = "dealscope/1", id = "k", line = 3, error = "not JSON" }, v)
    assert.is_true(valid(v))
    assert.is_false((valid { schema = "dealscope/1", error = "x" }))   -- no line
  end)
end)

describe("dealscope.report.progress", function()
  local function buffer()
    return { parts = {}, write = function(self, ...)
      for _, s in ipairs { ... } do self.parts[#self.parts + 1] = s end
    end, flush = function() end }
  end

  it("redraws one line in place with bar, files, MB, MB/s and ETA, then a final line", function()
    local out = buffer()
    local bar = progress.new { out = out, unit = "files", total = 4, bytes = 4e6 }
    for _ = 1, 4 do bar:step(1e6) end
    bar:finish()
    local s = table.concat(out.parts)
    assert.matches("^\r%[######%-+%] +25%%  1/4 files  1%.00/4%.00 MB  [%d.]+ MB/s  "
      .. "[ETA ]*%d+:%d%d", s)
    assert.matches("\r4/4 files, 4%.00 MB in %d+:%d%d %([%d.]+ MB/s%)\27%[K\n$", s)
  end)

  it("counts without a bar when the total is unknown", function()
    local out = buffer()
    local bar = progress.new { out = out, unit = "lines" }
    bar:step(100)
    assert.matches("^\r1 lines  0%.00 MB  [%d.]+ MB/s  %d+:%d%d\27%[K$", table.concat(out.parts))
    out.parts = {}
    bar:clear()
    assert.equal("\r\27[K", table.concat(out.parts))
  end)
end)
