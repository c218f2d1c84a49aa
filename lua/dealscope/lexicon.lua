--- Word lists compiled into one phrase lexicon.
--
-- `compile` parses each phrase of the full syntax (see
-- `dealscope.phrase`) and compiles all of them into one C automaton
-- over folded tokens: a `dealscope.Lexicon`, whose entry i is phrase i.
-- @module dealscope.lexicon

local core = require "dealscope.core"
local phrase = require "dealscope.phrase"

local type, error, pcall, tonumber = type, error, pcall, tonumber
local format = string.format
local tryparse = phrase.tryparse
local newlexicon = core.lexicon

local _ENV = nil  -- luacheck: ignore (no global access after this point)

--- Compile a list of phrases into a lexicon.
-- @tparam {string,...} phrases the phrases; entry i is phrases[i]
-- @treturn dealscope.Lexicon the lexicon (`lex:scan`, `lex:count`,
-- `lex:gmatch`, `lex:scan_flat`, `#lex`, `lex:memory()`)
-- @raise `bad phrase 'dut(y|ies' at position 9: missing ')'`, or a
-- bad argument error when `phrases` is not an array of strings
-- @usage local lex = lexicon.compile{ "tariff*", "dut(y|ies)", "roll* back" }
-- for _, m in ipairs(lex:scan("China will roll back duties.")) do
--   print(m.id, m.start, m.stop)
-- end
local function compile (phrases)
  if type(phrases) ~= "table" then
    error(format("bad argument #1 to 'compile' (table expected, got %s)",
                 type(phrases)), 2)
  end
  local entries = {}
  for i = 1, #phrases do
    local p = phrases[i]
    if type(p) ~= "string" then
      error(format("bad argument #1 to 'compile' (phrase %d: string "
                   .. "expected, got %s)", i, type(p)), 2)
    end
    local v, err = tryparse(p)
    if not v then error(err, 2) end
    entries[i] = #v == 1 and v[1] or v
  end
  local ok, lex = pcall(newlexicon, entries)
  if ok then return lex end
  -- a variant of only invisible characters: say which phrase it is
  local i = type(lex) == "string" and lex:match("%(entry (%d+) has no words")
  if i then
    error(format("bad phrase '%s' at position 1: no words",
                 phrases[tonumber(i)]), 2)
  end
  error(lex, 2)
end

return {
  compile = compile,
}
