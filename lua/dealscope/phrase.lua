--- The phrase syntax of word lists, parsed with LPeg.
--
-- A phrase is one or more words separated by white space. In a word:
--
--   * `reduc*` — a trailing `*` matches any ending (a prefix wildcard);
--   * `dut(y|ies)` — a group gives alternatives inside a word, and
--     `(cut|slash)*` alternatives of whole words (they may hold spaces:
--     `(roll back|scrap)`);
--   * `earth(s)?` — a group followed by `?` is optional;
--   * `[the] tariff` — brackets hold an optional part, words or letters;
--   * `=US` — a leading `=` asks for the exact case of the word;
--   * `\(` — a backslash takes `( ) [ ] | ? \` literally;
--   * `a|b` — alternatives at the top level are variants too.
--
-- Matching is case and accent insensitive and treats a hyphen that joins
-- two words as a space ("rare-earth" = "rare earth"); that is done by the
-- C lexicon, which receives the variants in its simple syntax: words,
-- `=` and `*` only.
-- @module dealscope.phrase

local lpeg = require "lpeg"

local type, error, pcall = type, error, pcall
local setmetatable, getmetatable = setmetatable, getmetatable
local insert, min = table.insert, math.min
local format = string.format
local P, S, V, C, Ct, Cc, Cp, Cmt = lpeg.P, lpeg.S, lpeg.V, lpeg.C, lpeg.Ct,
  lpeg.Cc, lpeg.Cp, lpeg.Cmt

local _ENV = nil  -- luacheck: ignore (no global access after this point)

--- Most variants one phrase may expand to.
local MAXVARIANTS = 256

-- a parse error: a table so that the position travels with the message
local Failure = {}
Failure.__index = Failure

local function failure (pos, msg)
  return setmetatable({ pos = pos, msg = msg }, Failure)
end

-- a pattern that raises 'msg' at the current position (+ 'shift')
local function fail (msg, shift)
  return Cmt(Cc(msg), function (_, pos, m)
    error(failure(pos + (shift or 0), m), 0)
  end)
end


---------------------------------------------------------------------
-- the grammar, built once
---------------------------------------------------------------------

local space = S" \t\r\n\f\v"
local sp = space^1
local special = S"()[]|?\\*="
local boundary = sp + -P(1) + S")]|"

-- nodes: strings are literal text; tables are {tag=, pos=, ...}
local function alt (pos, opt, ...)
  return { tag = "alt", pos = pos, opt = opt, ... }
end

local escape = P"\\" * (C(S"()[]|?\\") +
  fail("'\\' must precede one of ( ) [ ] | ? \\"))
local char = escape + C((1 - special - space)^1)

-- what cannot follow a word, with the reason
local lonemark = P"=" * #(space + -P(1) + S")]|") *
  fail("'=' must be followed by a word", -1)
local misplaced =
    P"?" * fail("'?' must follow a group", -1)
  + lonemark
  + P"=" * fail("'=' must start a word", -1)
  + (1 - boundary) * fail("'*' must end a word", -2)

local grammar = P{ "phrase",
  phrase = space^0 * V"alts" * space^0 *
           (-P(1) + P")" * fail("unexpected ')'", -1)
                  + P"]" * fail("unexpected ']'", -1)
                  + P"?" * fail("'?' must follow a group", -1)
                  + P"*" * fail("'*' must end a word", -1)
                  + lonemark
                  + P"=" * fail("'=' must start a word", -1)),
  alts = Cp() * Cc(false) * V"seq" * ("|" * V"seq")^0 / alt,
  seq = Ct((sp / " " + V"word")^0),
  word = (P"=" / "=")^-1 * V"piece"^1 * (P"*" / "*")^-1 *
         (#boundary + misplaced),
  piece = char + V"group" + V"bracket",
  group = Cp() * P"(" * V"groupalts" *
          (P")" + fail("missing ')'")) * (P"?" * Cc(true) + Cc(false)) /
          function (pos, node, opt)
            node.pos, node.opt, node.group = pos, opt, true
            return node
          end,
  bracket = Cp() * P"[" * V"groupalts" * (P"]" + fail("missing ']'")) /
            function (pos, node)
              node.pos, node.opt, node.group = pos, true, true
              return node
            end,
  groupalts = Cc(0) * Cc(false) * V"seq" * ("|" * V"seq")^0 / alt,
}


---------------------------------------------------------------------
-- expansion
---------------------------------------------------------------------

local expandseq

-- the strings an alternative node stands for
local function expandalt (node)
  local all, empty = {}, true
  for i = 1, #node do
    local vs = expandseq(node[i])
    for k = 1, #vs do
      all[#all + 1] = vs[k]
      if vs[k]:find("%S") then empty = false end
    end
    if #all > MAXVARIANTS then
      error(failure(node.pos, format("more than %d variants", MAXVARIANTS)), 0)
    end
  end
  if empty and node.group then
    error(failure(node.pos, "empty group"), 0)
  end
  if node.opt then insert(all, 1, "") end  -- the short form first
  return all
end

-- the strings a sequence of nodes stands for (the cartesian product)
function expandseq (seq)
  local acc = { "" }
  for i = 1, #seq do
    local item = seq[i]
    if type(item) == "string" then
      for k = 1, #acc do acc[k] = acc[k] .. item end
    else
      local opts = expandalt(item)
      if #acc * #opts > MAXVARIANTS then
        error(failure(item.pos, format("more than %d variants", MAXVARIANTS)),
            0)
      end
      local new = {}
      for a = 1, #acc do
        for o = 1, #opts do new[#new + 1] = acc[a] .. opts[o] end
      end
      acc = new
    end
  end
  return acc
end

-- a word that is only a marker: '=' or '*' with nothing else
local function bareword (v)
  for w in v:gmatch("%S+") do
    if w == "=" or w == "*" or w == "=*" then return w end
  end
end


---------------------------------------------------------------------
-- the interface
---------------------------------------------------------------------

-- phrases without any special character need no parse
local plain = P((1 - special)^0) * -P(1)

--- Parse a phrase into its variants, or return nil and a message.
-- @tparam string s the phrase
-- @treturn[1] {string,...} the variants, in the simple syntax
-- @treturn[2] nil
-- @treturn[2] string the message
local function tryparse (s)
  if type(s) ~= "string" then
    return nil, format("phrase expected, got %s", type(s))
  end
  if plain:match(s) then
    if not s:find("%S") then
      return nil, format("bad phrase '%s' at position 1: empty phrase", s)
    end
    if s:find("^%s") or s:find("%s$") or s:find("%s%s") or s:find("[\t-\r]")
    then
      s = s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    end
    return { s }
  end
  local ok, res = pcall(function ()
    local tree = grammar:match(s)
    local out, seen, vs = {}, {}, expandalt(tree)
    for i = 1, #vs do
      local v = vs[i]:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
      if v == "" then
        error(failure(1, #vs == 1 and "empty phrase"
                           or "a variant of the phrase has no words"), 0)
      end
      local bare = bareword(v)
      if bare then
        error(failure(1, format("a variant has a word that is only '%s'",
                                bare)), 0)
      end
      if not seen[v] then
        seen[v] = true
        out[#out + 1] = v
      end
    end
    return out
  end)
  if ok then return res end
  if type(res) == "table" and getmetatable(res) == Failure then
    local pos = min(res.pos, #s)
    if pos < 1 then pos = 1 end
    return nil, format("bad phrase '%s' at position %d: %s", s, pos, res.msg)
  end
  error(res, 0)                          -- not ours: pass it on
end

--- Parse a phrase of the full syntax into the variants the C lexicon
-- takes: strings of words with `=` and `*` only.
-- @tparam string s the phrase
-- @treturn {string,...} its variants (at most 256), without repeats
-- @raise `bad phrase 'dut(y|ies' at position 9: missing ')'`
-- @usage phrase.parse("dut(y|ies)")      --> { "duty", "duties" }
-- phrase.parse("[the] rare earth(s)?")   --> 4 variants
local function parse (s)
  if type(s) ~= "string" then
    error(format("bad argument #1 to 'parse' (string expected, got %s)",
                 type(s)), 2)
  end
  local v, err = tryparse(s)
  if not v then error(err, 2) end
  return v
end

return {
  parse = parse,
  tryparse = tryparse,
  MAXVARIANTS = MAXVARIANTS,
}
