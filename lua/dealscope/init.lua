--- dealscope: read trade deals out of text.
-- The C core (`dealscope.core`) tokenizes, segments, scans and measures;
-- this module adds the Lua layer on a table of its own.
-- @module dealscope

local type, error, io = type, error, io

local core = require "dealscope.core"
local rules = require "dealscope.rules"
local engine = require "dealscope.engine"
local attributes = require "dealscope.attributes"
local deal = require "dealscope.deal"

local M = {}

--- The C core, usable on its own.
M.core = core

--- The version of the library.
M.version = core.version

--- The rule language (load, compile, check).
M.rules = rules

local function is_file(path)
  local f = io.open(path, "rb")
  if f then f:close() return true end
  return false
end

--- A new analyzer.
-- @param[opt] opts `{ rules = path | source | RuleSet }`; without rules,
--   the default trade-deal rules (`include "trade"`)
-- @return an Analyzer with `:analyze(text [, meta])` and `:explain(text, n)`
-- @raise when the rules do not compile (the message names the file, the
--   line and the rule)
-- @usage local az = dealscope.new()
-- local doc = az:analyze(text, { id = "busan", date = "2025-10-30" })
function M.new(opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #1 to 'new' (table expected, got " .. type(opts) .. ")", 2)
  end
  local r = opts and opts.rules
  local set
  if r == nil then
    set = rules.load("trade")
  elseif getmetatable(r) == rules.RuleSet then
    set = r
  elseif type(r) == "string" then
    if is_file(r) or not r:find("[\n{(]") then
      set = rules.load(r)
    else
      set = rules.compile(r, "rules")
    end
  else
    error("bad argument #1 to 'new' (rules must be a path, rule source or "
      .. "RuleSet, got " .. type(r) .. ")", 2)
  end
  return engine.new(set, attributes.post)
end

--- Evaluate an analyzer against gold files (DESIGN.md, "Evaluation").
-- @param paths an array of gold file paths (or one path)
-- @param[opt] az an analyzer (default: the default trade rules)
-- @return the report of `dealscope.eval`
-- @usage local r = dealscope.eval{ "gold/busan-summit-2025.gold.json" }
-- print(r.micro.f1, r.actor_accuracy)
function M.eval(paths, az)
  return require("dealscope.eval").run(paths, az)
end
--- Deal records (see dealscope.deal): merge{d1, d2, ...}, deal_from_json(s).
M.deal = deal
M.merge = deal.merge
M.deal_from_json = deal.from_json
--- Compile word lists into a phrase lexicon (see dealscope.lexicon).
M.lexicon = require("dealscope.lexicon").compile

return M
