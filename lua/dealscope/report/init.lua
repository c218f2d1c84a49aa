--- dealscope.report: the output formats of the command line, as functions.
--
-- A format is a module `dealscope.report.<name>` with `new(out, opts)`,
-- which returns a writer: `writer:document(doc)` for each analysed
-- document, in order, then `writer:finish()`. `out` is anything with a
-- `write` method (`io.stdout`, a file, the buffer of `render`). Formats
-- that can write a document at once do (table, json, jsonl, csv: memory
-- stays flat over many files); md and html keep the documents to write
-- the deal summary of all of them at the end.
--
-- This module also holds what the formats share: text made safe for a
-- terminal or a cell (valid UTF-8, no control characters), display width
-- of UTF-8 text, figures as one string, label colours, and the deal
-- summary by party.
-- @module dealscope.report

local require, type, ipairs, error, tostring, setmetatable, select =
  require, type, ipairs, error, tostring, setmetatable, select
local concat, sort = table.concat, table.sort
local utf8len, codes, char = utf8.len, utf8.codes, utf8.char

local M = {}

--- A writer that keeps every document and writes `format(docs)` when
-- it finishes (for formats that summarise all documents: md, html).
-- @param format a function(docs) -> text
-- @return a function(out) -> writer
function M.buffered(format)
  local Writer = {}
  Writer.__index = Writer
  function Writer:document(doc) self.docs[#self.docs + 1] = doc end
  function Writer:finish() self.out:write(format(self.docs)) end
  return function(out)
    return setmetatable({ out = out, docs = {} }, Writer)
  end
end

--- The names of the formats, in the order `--help` lists them.
M.formats = { "table", "json", "jsonl", "md", "html", "csv" }

local known = {}
for _, f in ipairs(M.formats) do known[f] = true end


-- ------------------------------------------------------------------
-- text
-- ------------------------------------------------------------------

local REPLACEMENT = "\u{FFFD}"

--- A string as valid UTF-8: each byte that is not part of a valid
-- sequence becomes U+FFFD (as the JSON writer does).
-- @param s a string
-- @return a string
function M.utf8(s)
  local n, bad = utf8len(s)
  if n then return s end
  local out, i = {}, 1
  repeat
    out[#out + 1] = s:sub(i, bad - 1)
    out[#out + 1] = REPLACEMENT
    i = bad + 1
    n, bad = utf8len(s, i)
  until n
  out[#out + 1] = s:sub(i)
  return concat(out)
end

-- code points that must not reach a terminal or a cell as they are:
-- C0 and C1 controls, DEL, bidirectional overrides and isolates (they
-- reorder what follows), line and paragraph separators
local function is_control(c)
  return c < 0x20 or (c >= 0x7F and c <= 0x9F) or (c >= 0x202A and c <= 0x202E)
    or (c >= 0x2066 and c <= 0x2069) or c == 0x2028 or c == 0x2029
end

--- A string on one line: valid UTF-8, every control character and run
-- of white space one space, trimmed. What a table cell or a terminal
-- gets: no escape sequence of the text reaches the terminal.
-- @param s a string (nil gives "")
-- @return a string
function M.oneline(s)
  if s == nil then return "" end
  s = M.utf8(tostring(s))
  if s:find("[%c\127\194\226]") then
    local out = {}
    for _, c in codes(s) do
      out[#out + 1] = is_control(c) and " " or char(c)
    end
    s = concat(out)
  end
  return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

-- columns a code point takes in a terminal: 0 for combining marks, 2
-- for East Asian wide and fullwidth forms and emoji, 1 otherwise
local function cwidth(c)
  if c < 0x300 then return 1 end
  if (c >= 0x300 and c <= 0x36F) or (c >= 0x200B and c <= 0x200F)
     or (c >= 0xFE00 and c <= 0xFE0F) or (c >= 0x1AB0 and c <= 0x1AFF)
     or (c >= 0x20D0 and c <= 0x20FF) then
    return 0
  end
  if (c >= 0x1100 and c <= 0x115F) or (c >= 0x2E80 and c <= 0x303E)
     or (c >= 0x3041 and c <= 0x33FF) or (c >= 0x3400 and c <= 0x4DBF)
     or (c >= 0x4E00 and c <= 0x9FFF) or (c >= 0xA000 and c <= 0xA4CF)
     or (c >= 0xAC00 and c <= 0xD7A3) or (c >= 0xF900 and c <= 0xFAFF)
     or (c >= 0xFE30 and c <= 0xFE4F) or (c >= 0xFF00 and c <= 0xFF60)
     or (c >= 0xFFE0 and c <= 0xFFE6) or (c >= 0x1F300 and c <= 0x1F64F)
     or (c >= 0x1F900 and c <= 0x1F9FF) or (c >= 0x20000 and c <= 0x3FFFD) then
    return 2
  end
  return 1
end

--- The columns a string takes in a terminal (UTF-8; wide characters
-- count two, combining marks none).
-- @param s a string
-- @return an integer
function M.width(s)
  if not s:find("[\128-\255]") then return #s end
  local w = 0
  for _, c in codes(M.utf8(s)) do w = w + cwidth(c) end
  return w
end

--- A string cut to at most `w` columns, with "…" where it was cut.
-- @param s a string (valid UTF-8: pass it through `oneline` first)
-- @param w the number of columns (at least 1)
-- @return a string
function M.truncate(s, w)
  if M.width(s) <= w then return s end
  local out, used = {}, 0
  for _, c in codes(s) do
    local cw = cwidth(c)
    if used + cw > w - 1 then break end
    out[#out + 1] = char(c)
    used = used + cw
  end
  return concat(out) .. "…"
end

--- A string padded with spaces to `w` columns (left-aligned).
function M.pad(s, w)
  local n = w - M.width(s)
  if n <= 0 then return s end
  return s .. (" "):rep(n)
end


-- ------------------------------------------------------------------
-- provisions
-- ------------------------------------------------------------------

--- The figures of a provision as one string: their texts, "; " between.
-- @param p a provision
-- @return a string ("" when it has none)
function M.figures(p)
  local out = {}
  for _, f in ipairs(p.figures or {}) do
    local t = f.text
    if t == nil and f.value ~= nil then
      t = tostring(f.value) .. (f.unit and (" " .. f.unit) or "")
    end
    if t then out[#out + 1] = M.oneline(t) end
  end
  return concat(out, "; ")
end

--- Who acts, and towards whom: "CHN", "USA → CHN", or "" when the
-- provision names no actor.
function M.party(p)
  local a = p.actor and M.oneline(p.actor) or ""
  if p.counterpart then
    return (a ~= "" and a or "?") .. " → " .. M.oneline(p.counterpart)
  end
  return a
end

--- The labels of the default rules, in the order reports list them,
-- each with its colour: an ANSI SGR code for terminals and an RGB
-- colour for HTML. Other labels get a colour of the palette from their
-- name.
M.LABELS = {
  { "tariff_relief",             "32", "#b7e4a8" },
  { "tariff_escalation",         "31", "#f4a6a6" },
  { "purchase_commitment",       "36", "#a6dcef" },
  { "export_control_relief",     "34", "#b9c6f6" },
  { "export_control_tightening", "35", "#e2b4ee" },
  { "enforcement_commitment",    "33", "#f6dd8f" },
  { "investment_commitment",     "92", "#c9f0b0" },
  { "unresolved_issue",          "90", "#d6d6d6" },
}
local PALETTE = {
  { "96", "#9fe7e0" }, { "95", "#f2bde0" }, { "93", "#f7e7a1" },
  { "94", "#bcd7ff" }, { "91", "#ffc4a8" }, { "37", "#e0d4c4" },
}
local by_label = {}
for i, l in ipairs(M.LABELS) do by_label[l[1]] = { order = i, ansi = l[2], rgb = l[3] } end

local function colour(label)
  local c = by_label[label]
  if c then return c end
  local h = 0
  for i = 1, #label do h = (h * 31 + label:byte(i)) % 65521 end
  local p = PALETTE[h % #PALETTE + 1]
  c = { order = #M.LABELS + 1, ansi = p[1], rgb = p[2] }
  by_label[label] = c
  return c
end

--- The colour of a label: `{ansi = "32", rgb = "#b7e4a8", order = n}`.
function M.colour(label) return colour(tostring(label)) end

--- Labels in report order: the default labels first, then the others
-- by name.
function M.sort_labels(labels)
  sort(labels, function(a, b)
    local ca, cb = colour(a), colour(b)
    if ca.order ~= cb.order then return ca.order < cb.order end
    return a < b
  end)
  return labels
end


-- ------------------------------------------------------------------
-- the deal summary
-- ------------------------------------------------------------------

--- The deal of some documents, by party: what each party gives (the
-- measures it takes) and gets (those taken towards it), from the deal
-- record that merges the documents (`dealscope.deal`).
-- @param docs an array of documents (`az:analyze` results)
-- @return `{parties = {{party =, gives = {p...}, gets = {p...}}...},
--   unattributed = {p...}, measures = n}` where each p is a merged
--   provision (with `evidence`)
function M.summary(docs)
  local deal = require "dealscope.deal"
  local ledger = deal.ledger()
  for _, d in ipairs(docs) do
    ledger:add(d.provisions, { id = d.id ~= nil and tostring(d.id) or nil,
      date = d.date, source = d.source })
  end
  local out = { parties = {}, unattributed = {} }
  local all = ledger:provisions()
  out.measures = #all
  for _, party in ipairs(ledger:parties()) do
    out.parties[#out.parties + 1] = { party = party, gives = ledger:gives(party),
      gets = ledger:gets(party) }
  end
  for _, p in ipairs(all) do
    if p.actor == nil then out.unattributed[#out.unattributed + 1] = p end
  end
  ledger:close()
  return out
end


-- ------------------------------------------------------------------
-- writers
-- ------------------------------------------------------------------

--- A writer of a format.
-- @param format one of `formats`
-- @param out where to write (anything with a `write` method)
-- @param[opt] opts options of the format (`color` for table)
-- @return a writer with `:document(doc)` and `:finish()`
-- @raise on an unknown format
-- @usage local w = report.writer("csv", io.stdout)
-- w:document(az:analyze(text, { id = "a" })); w:finish()
function M.writer(format, out, opts)
  if not known[format] then
    error("bad argument #1 to 'writer' (unknown format '" .. tostring(format) .. "')", 2)
  end
  local mod = require("dealscope.report." .. (format == "jsonl" and "json" or format))
  opts = opts or {}
  if format == "jsonl" then opts = setmetatable({ lines = true }, { __index = opts }) end
  return mod.new(out, opts)
end

local Buffer = {}
Buffer.__index = Buffer
function Buffer:write(...)
  for i = 1, select("#", ...) do self[#self + 1] = select(i, ...) end
  return self
end

--- Documents in a format, as one string.
-- @param format one of `formats`
-- @param docs an array of documents
-- @param[opt] opts options of the format
-- @return a string
-- @usage print(report.render("md", { doc }))
function M.render(format, docs, opts)
  if type(docs) ~= "table" then
    error("bad argument #2 to 'render' (table expected, got " .. type(docs) .. ")", 2)
  end
  local buf = setmetatable({}, Buffer)
  local w = M.writer(format, buf, opts)
  for _, d in ipairs(docs) do w:document(d) end
  w:finish()
  return concat(buf)
end

return M
