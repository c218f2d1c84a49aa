-- e2e/check.lua: the checks of make e2e that read files: the DOM
-- Chromium dumped, the JSON lighttpd answered, the output of stream and
-- of the C host. One check per run:
--
--   lua5.4 e2e/check.lua dom DUMP REFERENCE.jsonl   every provision highlighted
--   lua5.4 e2e/check.lua panel DUMP LABEL           the side panel shows it
--   lua5.4 e2e/check.lua inert DUMP                 hostile text stays text
--   lua5.4 e2e/check.lua png FILE                   a screenshot
--   lua5.4 e2e/check.lua json FILE REFERENCE.jsonl  dealscope/1, same provisions
--   lua5.4 e2e/check.lua stream IN OUT ERRORS       one line out per line in
--   lua5.4 e2e/check.lua host OUT REFERENCE.jsonl   the C host's lines
--
-- Prints "ok: ..." and exits 0, or one line "FAILED: ..." and exits 1.
local core = require "dealscope.core"
local schema = dofile("spec/support/schema.lua")

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function fail(msg, ...)
  io.stderr:write("  FAILED: ", msg:format(...), "\n")
  os.exit(1)
end

local function ok(msg, ...)
  io.write("  ok: ", msg:format(...), "\n")
end

local function lines(path)
  local out = {}
  for l in io.lines(path) do out[#out + 1] = l end
  return out
end

-- the reference: provisions of `dealscope analyze --format jsonl` (one document)
local function reference(path)
  local v = assert(core.json_decode(lines(path)[1]))
  return v.provisions
end

local valid = schema.validator(assert(core.json_decode(read("schema/dealscope-1.schema.json"))))

-- ------------------------------------------------------------------
-- a scanner for the HTML Chromium serializes: elements and their
-- attributes (values entity-decoded); script and style are raw text
-- ------------------------------------------------------------------

local ENT = { amp = "&", lt = "<", gt = ">", quot = '"', apos = "'", nbsp = "\u{A0}" }
local function decode(s)
  return (s:gsub("&(#?)(x?)(%w+);", function(hash, x, name)
    if hash == "#" then return utf8.char(tonumber(name, x == "x" and 16 or 10)) end
    return ENT[name]
  end))
end

local function elements(html)
  local out, i = {}, 1
  while true do
    local s = html:find("<", i, true)
    if not s then break end
    local name = html:match("^<([%a][%w%-]*)", s)
    if not name then
      i = s + 1
    else
      local el = { name = name:lower(), attrs = {}, at = s }
      local j = s + 1 + #name
      while true do
        j = html:find("[^%s]", j)
        if not j then fail("unterminated tag <%s>", name) end
        local c = html:sub(j, j)
        if c == ">" then j = j + 1 break end
        if c == "/" then
          j = j + 1
        else
          local an = html:match("^[^%s=>/]+", j)
          j = j + #an
          local v = ""
          if html:sub(j, j) == "=" then
            j = j + 1
            local q = html:sub(j, j)
            if q == '"' or q == "'" then
              local e = html:find(q, j + 1, true)
              v = html:sub(j + 1, e - 1)
              j = e + 1
            else
              v = html:match("^[^%s>]*", j)
              j = j + #v
            end
          end
          el.attrs[an:lower()] = decode(v)
        end
      end
      out[#out + 1] = el
      if el.name == "script" or el.name == "style" then
        local e = html:find("</" .. el.name, j, true) or #html + 1
        el.text = html:sub(j, e - 1)
        i = e
      else
        i = j
      end
    end
  end
  return out
end

local function heads(els)
  local out = {}
  for _, e in ipairs(els) do
    if e.name == "mark" and (" " .. (e.attrs.class or "") .. " "):find(" hl ", 1, true)
       and e.attrs.id then
      out[#out + 1] = e
    end
  end
  return out
end

local checks = {}

function checks.dom(dump, ref)
  local html = read(dump)
  local els = elements(html)
  local provs = reference(ref)
  local hs = heads(els)
  if #provs == 0 then fail("the reference has no provisions") end
  if #hs ~= #provs then
    fail("%d highlighted provisions in the page, %d in the analysis", #hs, #provs)
  end
  local pieces = {}
  for _, e in ipairs(els) do
    if e.name == "mark" and e.attrs["data-p"] then pieces[e.attrs["data-p"]] = true end
  end
  for i, h in ipairs(hs) do
    local p = provs[i]
    if h.attrs["data-label"] ~= p.label then
      fail("highlight %d carries label %q, the analysis says %q", i,
        tostring(h.attrs["data-label"]), p.label)
    end
    if h.attrs.id ~= ("p-1-%d"):format(i) or h.attrs["data-p"] ~= tostring(i) then
      fail("highlight %d is numbered %s", i, tostring(h.attrs.id))
    end
    if not (h.attrs.style or ""):find("%-%-c:#%x%x%x%x%x%x") then
      fail("highlight %d has no colour", i)
    end
    if not (h.attrs.title or ""):find(p.label, 1, true) then
      fail("highlight %d has no tooltip with its label", i)
    end
  end
  local n = 0
  for _ in pairs(pieces) do n = n + 1 end
  if n ~= #provs then fail("%d provisions have pieces, expected %d", n, #provs) end
  ok("the page highlights all %d provisions, each in its label's colour", #provs)
end

function checks.panel(dump, label)
  local html = read(dump)
  if not html:find('<div class="prov"', 1, true) then fail("the side panel shows nothing") end
  if not html:find("<dd>" .. label .. "</dd>", 1, true) then
    fail("the side panel does not show label %s", label)
  end
  ok("the side panel shows the attributes of the provision in the URL (%s)", label)
end

-- a hostile string must be in the page as text (escaped in the dump)
local function shown(html, s)
  local esc = s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;")
  return html:find(esc, 1, true) ~= nil
end

function checks.inert(dump)
  local html = read(dump)
  local els = elements(html)
  local scripts, titled = {}, 0
  for _, e in ipairs(els) do
    for a in pairs(e.attrs) do
      if a:find("^on") then fail("<%s> has an event handler attribute %s", e.name, a) end
    end
    if e.name == "script" then scripts[#scripts + 1] = e.attrs.id or "?" end
    if e.name == "img" or e.name == "iframe" or e.name == "object" then
      fail("the page has an <%s> element", e.name)
    end
    -- the value survives the attribute whole: escaped, not cut
    if e.name == "mark" and (e.attrs.title or ""):find(
        [[tariffs"><img src=y onerror=alert(7)> ' onmouseover='alert(8)]], 1, true)
       and e.attrs.title:find("<script>alert(9)</script>", 1, true) then
      titled = titled + 1
    end
  end
  table.sort(scripts)
  if table.concat(scripts, " ") ~= "ds-app ds-data" then
    fail("script elements: %s (only ds-app and ds-data may be)", table.concat(scripts, " "))
  end
  for _, e in ipairs(els) do
    if e.name == "script" and e.text:find("<", 1, true) and e.attrs.id == "ds-data" then
      fail("the data block holds a raw '<'")
    end
  end
  for _, s in ipairs { "<script>alert(1)</script>", '" onmouseover="alert(2)" today.',
      "<img src=x onerror=alert(3)>", "<script>alert(9)</script>",
      [[<img src=x onerror=alert(4)>" onmouseover="alert(5)]] } do
    if not shown(html, s) then fail("%q is not shown as text", s) end
  end
  local at = html:find('<mark class="hl" id="p-1-1"', 1, true)
  local stop = at and html:find("</mark>", at, true)
  if not (at and stop and html:sub(at, stop):find("&lt;script&gt;alert(1)&lt;/script&gt;", 1,
      true)) then
    fail("the hostile clause is not highlighted as text")
  end
  if titled == 0 then fail("no tooltip holds the hostile actor and object whole") end
  ok("hostile text renders inert: no script, event handler or img from it; shown as text")
end

function checks.png(path)
  local s = read(path)
  if s:sub(1, 8) ~= "\137PNG\r\n\26\n" then fail("%s is not a PNG", path) end
  local w, h = string.unpack(">I4>I4", s, 17)
  if #s < 10000 or w < 800 or h < 600 then
    fail("%s is too small (%d bytes, %dx%d)", path, #s, w, h)
  end
  ok("screenshot %s: %dx%d, %d bytes", path, w, h, #s)
end

local function same_provisions(got, want, what)
  if #got ~= #want then fail("%s: %d provisions, the CLI finds %d", what, #got, #want) end
  for i, p in ipairs(got) do
    local q = want[i]
    for _, k in ipairs { "label", "actor", "certainty", "start", "stop" } do
      if p[k] ~= q[k] then
        fail("%s: provision %d: %s is %s, the CLI says %s", what, i, k, tostring(p[k]),
          tostring(q[k]))
      end
    end
  end
end

function checks.json(path, ref)
  local v, err = core.json_decode(read(path))
  if v == nil then fail("%s is not JSON: %s", path, err) end
  local good, why = valid(v)
  if not good then fail("%s does not follow schema dealscope/1: %s", path, why) end
  if not v.documents or #v.documents ~= 1 then fail("%s: expected one document", path) end
  local provs = v.documents[1].provisions
  if #provs == 0 then fail("%s: no provisions", path) end
  same_provisions(provs, reference(ref), path)
  ok("%s is dealscope/1 (documents form) with the %d provisions of the CLI", path, #provs)
end

function checks.stream(inp, out, errors)
  errors = tonumber(errors)
  local n_in, n_out, bad = 0, 0, 0
  local fin, fout = assert(io.open(inp, "rb")), assert(io.open(out, "rb"))
  while true do
    local a, b = fin:read("l"), fout:read("l")
    if a == nil and b == nil then break end
    if a == nil then fail("more lines out than in (%d in)", n_in) end
    if b == nil then fail("fewer lines out (%d) than in", n_out) end
    n_in, n_out = n_in + 1, n_out + 1
    local v = core.json_decode(b)
    if type(v) ~= "table" then fail("output line %d is not JSON", n_out) end
    local good, why = valid(v)
    if not good then fail("output line %d breaks the schema: %s", n_out, why) end
    local want = core.json_decode(a)
    local malformed = type(want) ~= "table" or want[1] ~= nil or type(want.text) ~= "string"
      or (want.id ~= nil and type(want.id) ~= "string" and math.type(want.id) ~= "integer")
      or (want.date ~= nil and type(want.date) ~= "string")
    if v.error then
      bad = bad + 1
      if not malformed then fail("line %d is good input but gave error %q", n_in, v.error) end
      if v.line ~= n_in then fail("error line %d names line %s", n_in, tostring(v.line)) end
    else
      if malformed then fail("line %d is malformed but gave no error", n_in) end
      if v.id ~= want.id then fail("line %d: id %s out, %s in (order)", n_in, tostring(v.id),
        tostring(want.id)) end
    end
  end
  if bad ~= errors then fail("%d error lines, expected %d", bad, errors) end
  ok("%d lines in, %d lines out in order, %d errors where the malformed lines are", n_in, n_out,
    bad)
end

function checks.host(out, ref)
  local want = reference(ref)
  local got = lines(out)
  if #got ~= #want then fail("the host printed %d lines, the CLI finds %d provisions", #got,
    #want) end
  for i, l in ipairs(got) do
    local label, actor, certainty, clause = l:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local p = want[i]
    if not label then fail("host line %d is not label, actor, certainty, clause", i) end
    if label ~= p.label or actor ~= (p.actor or "-") or certainty ~= p.certainty
       or clause ~= p.text:gsub("[%c]", " ") then
      fail("host line %d differs from the CLI: %q", i, l)
    end
  end
  ok("the C host printed the %d provisions the CLI finds", #got)
end

local what = arg[1]
if not checks[what] then fail("unknown check %s", tostring(what)) end
checks[what](table.unpack(arg, 2))
