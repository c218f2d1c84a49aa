--- JSON of schema dealscope/1 (schema/dealscope-1.schema.json).
--
-- `json`: one object, the documents form,
-- `{"schema":"dealscope/1","documents":[{"id":…,"provisions":[…]}…]}`,
-- written a document at a time. `jsonl` (and `dealscope stream`): one
-- line per document, the line form
-- `{"schema":"dealscope/1","id":…,"date":…,"source":…,"provisions":[…]}`,
-- and `{"schema":"dealscope/1","line":n,"error":"…"}` for an input line
-- that could not be read. Every value goes through the C encoder
-- (`deal.json_encode`): sorted keys, control characters escaped,
-- invalid UTF-8 as U+FFFD.
-- @module dealscope.report.json

local ipairs, pairs, type, setmetatable, math, tostring =
  ipairs, pairs, type, setmetatable, math, tostring
local concat = table.concat

local enc = require("dealscope.core").json_encode

local M = {}

--- The schema name every object carries.
M.SCHEMA = "dealscope/1"

-- a provision without the engine's private fields (names starting
-- with "_"), which are not part of the schema
local function provision(p)
  local q = {}
  for k, v in pairs(p) do
    if type(k) ~= "string" or k:sub(1, 1) ~= "_" then q[k] = v end
  end
  return q
end

local function provisions(doc)
  local out = {}
  for i, p in ipairs(doc.provisions or {}) do out[i] = provision(p) end
  return out
end

-- the document's fields in the order a reader wants them
local function fields(doc, out)
  for _, k in ipairs { "id", "date", "source" } do
    local v = doc[k]
    if v ~= nil then
      if k == "id" and math.type(v) ~= "integer" then v = tostring(v) end
      out[#out + 1] = ',"' .. k .. '":' .. enc(v)
    end
  end
  out[#out + 1] = ',"provisions":' .. enc(provisions(doc))
  return out
end

--- A document as the object of the documents form (JSON text).
-- @param doc a document (`az:analyze` result)
-- @return a string
function M.document(doc)
  local out = fields(doc, {})
  out[1] = "{" .. out[1]:sub(2)
  return concat(out) .. "}"
end

--- A document as one line of the line form (JSON text, no newline).
-- @param doc a document
-- @return a string
function M.line(doc)
  return concat(fields(doc, { '{"schema":"dealscope/1"' })) .. "}"
end

--- The line for an input line that could not be read (no newline).
-- @param msg what was wrong
-- @param[opt] id the id of the input, when it had one
-- @param[opt] line the input line number
-- @return a string
function M.error_line(msg, id, line)
  local out = { '{"schema":"dealscope/1"' }
  if id ~= nil then out[#out + 1] = ',"id":' .. enc(id) end
  if line ~= nil then out[#out + 1] = ',"line":' .. enc(line) end
  out[#out + 1] = ',"error":' .. enc(msg) .. "}"
  return concat(out)
end

local Writer = {}
Writer.__index = Writer

function Writer:document(doc)
  local out = self.out
  if self.lines then
    out:write(M.line(doc), "\n")
  else
    out:write(self.n == 0 and '{"schema":"dealscope/1","documents":[\n' or ",\n",
      M.document(doc))
  end
  self.n = self.n + 1
end

function Writer:finish()
  if self.lines then return end
  if self.n == 0 then
    self.out:write('{"schema":"dealscope/1","documents":[]}\n')
  else
    self.out:write("\n]}\n")
  end
end

--- A writer of JSON (`opts.lines`: JSON Lines).
-- @param out where to write
-- @param[opt] opts `{lines = true}` for one line per document
function M.new(out, opts)
  return setmetatable({ out = out, n = 0, lines = opts and opts.lines or false }, Writer)
end

return M
