--- The csv format: one provision per row, RFC 4180.
--
-- A header row, then one row per provision of every document. Fields
-- that hold a comma, a double quote, CR or LF are quoted, their quotes
-- doubled; records end with CRLF, as RFC 4180 says. Text is valid
-- UTF-8 (invalid bytes become U+FFFD) and keeps its line breaks inside
-- the quotes. Figures are their texts, "; " between.
-- @module dealscope.report.csv

local ipairs, setmetatable, tostring, type = ipairs, setmetatable, tostring, type
local concat = table.concat

local report = require "dealscope.report"

local M = {}

--- The columns, in order.
M.COLUMNS = { "document", "label", "rule", "actor", "counterpart", "certainty",
  "negated", "object", "figures", "attribution", "sentence", "start", "stop", "text" }

--- One field, quoted when RFC 4180 requires it.
-- @param v a value (nil is an empty field)
-- @return a string
function M.field(v)
  if v == nil then return "" end
  if type(v) == "boolean" then v = v and "true" or "false" end
  local s = report.utf8(tostring(v))
  if s:find('[,"\r\n]') then
    return '"' .. s:gsub('"', '""') .. '"'
  end
  return s
end

--- One record (with its CRLF).
-- @param values an array of values
-- @param n the number of fields
function M.record(values, n)
  local out = {}
  for i = 1, n do out[i] = M.field(values[i]) end
  return concat(out, ",") .. "\r\n"
end

local function row(doc, p)
  return { doc.id, p.label, p.rule, p.actor, p.counterpart, p.certainty,
    p.negated == true, p.object, report.figures(p), p.attribution, p.sentence,
    p.start, p.stop, p.text }
end

local Writer = {}
Writer.__index = Writer

function Writer:document(doc)
  local n = #M.COLUMNS
  for _, p in ipairs(doc.provisions or {}) do
    self.out:write(M.record(row(doc, p), n))
  end
end

function Writer.finish() end

--- A writer of CSV; the header row is written at once.
-- @param out where to write
function M.new(out)
  out:write(M.record(M.COLUMNS, #M.COLUMNS))
  return setmetatable({ out = out }, Writer)
end

return M
