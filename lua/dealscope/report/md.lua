--- The md format: a Markdown report.
--
-- The deal summary by party (what each gives and gets, merged across
-- the documents, with figures and the number of sources), then each
-- document's provisions as a table. Text is escaped for Markdown and
-- for the HTML a Markdown renderer lets through: `&`, `<` and `>` as
-- entities, the other characters Markdown gives a meaning to with a
-- backslash (labels are code spans), line breaks as spaces; nothing in an article can open a
-- tag, a link or an emphasis.
-- @module dealscope.report.md

local ipairs, tostring = ipairs, tostring
local concat = table.concat

local report = require "dealscope.report"
local oneline = report.oneline

local M = {}

local ENTITY = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;" }

--- Text as inline Markdown that means only itself.
-- @param s a value (nil gives "")
-- @return a string
function M.escape(s)
  s = oneline(s)
  s = s:gsub("[&<>]", ENTITY)
  return (s:gsub("[\\`*_%[%]|~#]", "\\%0"))
end
local esc = M.escape

-- a label or party code: a code span when it is a plain name
local function name(s)
  s = oneline(s)
  if s:find("^[%w_.-]+$") then return "`" .. s .. "`" end
  return esc(s)
end

local function cells(t)
  local out = {}
  for i, v in ipairs(t) do out[i] = v == "" and " " or v end
  return "| " .. concat(out, " | ") .. " |"
end

local function sources(p)
  local n = #(p.evidence or {})
  return n == 1 and "1" or tostring(n)
end

local function measures(lines, title, list)
  lines[#lines + 1] = ""
  lines[#lines + 1] = "**" .. title .. "**"
  lines[#lines + 1] = ""
  if #list == 0 then
    lines[#lines + 1] = "none"
    return
  end
  lines[#lines + 1] = cells { "label", "actor", "object", "certainty", "figures", "sources" }
  lines[#lines + 1] = "|---|---|---|---|---|---|"
  for _, p in ipairs(list) do
    lines[#lines + 1] = cells { name(p.label), esc(report.party(p)), esc(p.object),
      esc(p.certainty), esc(report.figures(p)), sources(p) }
  end
end

--- The whole report as Markdown.
-- @param docs an array of documents
-- @return a string
function M.format(docs)
  local lines = { "# dealscope report", "" }
  local count = 0
  for _, d in ipairs(docs) do count = count + #(d.provisions or {}) end
  local sum = report.summary(docs)
  lines[#lines + 1] = ("%d %s, %d %s, %d %s after merging."):format(
    #docs, #docs == 1 and "document" or "documents",
    count, count == 1 and "provision" or "provisions",
    sum.measures, sum.measures == 1 and "measure" or "measures")
  lines[#lines + 1] = ""
  lines[#lines + 1] = "## Deal by party"
  for _, e in ipairs(sum.parties) do
    lines[#lines + 1] = ""
    lines[#lines + 1] = "### " .. esc(e.party)
    measures(lines, "Gives", e.gives)
    measures(lines, "Gets", e.gets)
  end
  if #sum.unattributed > 0 then
    lines[#lines + 1] = ""
    lines[#lines + 1] = "### No party named"
    measures(lines, "Measures", sum.unattributed)
  end
  for _, d in ipairs(docs) do
    lines[#lines + 1] = ""
    lines[#lines + 1] = "## " .. (d.id ~= nil and esc(tostring(d.id)) or "document")
    local meta = {}
    if d.source then meta[#meta + 1] = "Source: " .. esc(d.source) end
    if d.date then meta[#meta + 1] = "Date: " .. esc(d.date) end
    if #meta > 0 then
      lines[#lines + 1] = ""
      lines[#lines + 1] = concat(meta, ". ")
    end
    lines[#lines + 1] = ""
    if #(d.provisions or {}) == 0 then
      lines[#lines + 1] = "No provisions."
    else
      lines[#lines + 1] = cells { "#", "label", "actor", "counterpart", "certainty",
        "object", "figures", "attribution", "clause" }
      lines[#lines + 1] = "|--:|---|---|---|---|---|---|---|---|"
      for i, p in ipairs(d.provisions) do
        lines[#lines + 1] = cells { tostring(i), name(p.label), esc(p.actor),
          esc(p.counterpart), esc(p.certainty) .. (p.negated and " (negated)" or ""),
          esc(p.object), esc(report.figures(p)), esc(p.attribution), esc(p.text) }
      end
    end
  end
  return concat(lines, "\n") .. "\n"
end

--- A writer of Markdown (the report is written by `finish`).
-- @function new
-- @param out where to write
M.new = report.buffered(M.format)

return M
