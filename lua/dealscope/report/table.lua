--- The table format: one aligned row per provision, for a terminal.
--
-- Each document gets a heading line (id, source, date, count) and a row
-- per provision: number, label, party ("USA -> CHN": actor and
-- counterpart), certainty, object, figures and the clause, cut to fit
-- `opts.width` columns. Widths count columns, not bytes: wide and
-- combining characters align. Text is put on one line and stripped of
-- control characters, so nothing in an article can move the cursor or
-- change colours. With `opts.color`, labels are in their colours and
-- headings bold (ANSI SGR).
-- @module dealscope.report.table

local ipairs, next, setmetatable, tostring, math =
  ipairs, next, setmetatable, tostring, math
local concat = table.concat

local report = require "dealscope.report"
local oneline, width, truncate = report.oneline, report.width, report.truncate

local M = {}

--- Columns a table takes when the caller does not say.
M.WIDTH = 160

local HEAD = { "#", "label", "party", "certainty", "object", "figures", "clause" }
local MAX = { [5] = 30, [6] = 24 }           -- object, figures
local MIN_CLAUSE = 24

local function sgr(on, code, s)
  if not on or s == "" then return s end
  return "\27[" .. code .. "m" .. s .. "\27[0m"
end

--- The rows of a document, as cells of plain text.
local function rows(doc)
  local out = {}
  for i, p in ipairs(doc.provisions or {}) do
    out[i] = { tostring(i), oneline(p.label), report.party(p), oneline(p.certainty),
      oneline(p.object), report.figures(p), oneline(p.text), label = p.label,
      negated = p.negated }
  end
  return out
end

--- A document as lines of text (no trailing newline).
-- @param doc a document
-- @param[opt] opts `{color = bool, width = columns}`
-- @return a string
function M.format(doc, opts)
  opts = opts or {}
  local colour = opts.color
  local total = opts.width or M.WIDTH
  local rs = rows(doc)
  local head = {}
  local id = doc.id ~= nil and oneline(tostring(doc.id)) or "-"
  head[#head + 1] = sgr(colour, "1", id)
  if doc.source and oneline(doc.source) ~= id then head[#head + 1] = oneline(doc.source) end
  if doc.date then head[#head + 1] = oneline(doc.date) end
  head[#head + 1] = #rs == 1 and "1 provision" or (#rs .. " provisions")
  local lines = { concat(head, "  ") }
  if #rs == 0 then return lines[1] end
  -- column widths: the widest cell, object and figures capped, the
  -- clause gets what is left of the width
  local w = {}
  for c = 1, #HEAD do w[c] = width(HEAD[c]) end
  for _, r in ipairs(rs) do
    for c = 1, #HEAD - 1 do
      local cw = width(r[c])
      if cw > w[c] then w[c] = cw end
    end
  end
  for c, m in next, MAX do if w[c] > m then w[c] = m end end
  local used = 0
  for c = 1, #HEAD - 1 do used = used + w[c] + 2 end
  local clause = math.max(MIN_CLAUSE, total - used)
  w[#HEAD] = clause
  local function line(cells, label)
    local out = {}
    for c = 1, #HEAD do
      local s = truncate(cells[c], w[c])
      local fill = c < #HEAD and (" "):rep(w[c] - width(s)) or ""
      if c == 1 then                          -- numbers to the right
        s = fill .. s
      else
        if label and c == 2 then s = sgr(colour, report.colour(label).ansi, s) end
        s = s .. fill
      end
      out[c] = s
    end
    return (concat(out, "  "):gsub("%s+$", ""))
  end
  lines[#lines + 1] = sgr(colour, "1", line(HEAD))
  for _, r in ipairs(rs) do lines[#lines + 1] = line(r, r.label) end
  return concat(lines, "\n")
end

local Writer = {}
Writer.__index = Writer

function Writer:document(doc)
  if self.n > 0 then self.out:write("\n") end
  self.out:write(M.format(doc, self.opts), "\n")
  self.n = self.n + 1
  self.count = self.count + #(doc.provisions or {})
end

function Writer:finish()
  if self.n > 1 then
    self.out:write("\n", sgr(self.opts.color, "1",
      ("%d documents, %d provisions"):format(self.n, self.count)), "\n")
  end
end

--- A writer of tables.
-- @param out where to write
-- @param[opt] opts `{color = bool, width = columns}`
function M.new(out, opts)
  return setmetatable({ out = out, opts = opts or {}, n = 0, count = 0 }, Writer)
end

return M
