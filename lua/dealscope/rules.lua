--- The rule language: load, sandbox and compile rule files.
--
-- A rule file is a Lua chunk run in a sandbox (no io, os, require, load,
-- dofile, debug, package, collectgarbage, string.dump, metatables) under
-- an instruction and memory budget, with the rule vocabulary in scope:
--
--    words "tariff" { "tariff*", "dut(y|ies)" }
--    rule "tariff_relief" { match = near(ease, tariff, 6), object = tariff }
--
-- Compiling a rule set gathers every phrase of every word class into one
-- lexicon (one automaton, one scan per document).
-- @module dealscope.rules

local debug, coroutine, string, table, math, utf8 =
  debug, coroutine, string, table, math, utf8
local type, pairs, ipairs, next, select, tostring, error =
  type, pairs, ipairs, next, select, tostring, error
local setmetatable, getmetatable, rawget, rawset, load =
  setmetatable, getmetatable, rawget, rawset, load
local collectgarbage, io, package, require = collectgarbage, io, package, require
local fmt = string.format

local lpeg = require "lpeg"
local re = require "re"
local lexicon = require "dealscope.lexicon"
local phrase = require "dealscope.phrase"

local M = {}

--- Instructions a rule file may run while it loads, and a `where`
-- predicate per call.
M.budget = 20000000
M.where_budget = 1000000
--- Memory (KB) a rule file may add while it loads.
M.memory_kb = 262144
--- Longest string a rule file may build with string.rep.
M.max_rep = 1 << 20

local SCOPES = { clause = true, sentence = true }
local ROLES = { actor = true, object = true, counterpart = true }
local RULE_FIELDS = {
  match = true, unless = true, scope = true, priority = true, where = true,
  examples = true, name = true, roles = true, note = true, gta = true,
  mast = true,
}
for k in pairs(ROLES) do RULE_FIELDS[k] = true end

-- the metatables that tag the language's values
local Class = { __name = "dealscope.rules.Class" }
local Expr = { __name = "dealscope.rules.Expr" }
local Rule = { __name = "dealscope.rules.Rule" }
local Resolver = { __name = "dealscope.rules.Resolver" }
local RuleSet = { __name = "dealscope.RuleSet" }
RuleSet.__index = RuleSet
M.RuleSet = RuleSet

local function is(v, mt) return getmetatable(v) == mt end

--- What a value is, for error messages.
local function describe(v)
  if is(v, Class) then return "word class '" .. v.name .. "'" end
  if is(v, Expr) then return v.op .. "() expression" end
  if is(v, Rule) then return "rule '" .. v.name .. "'" end
  return type(v)
end


-- ------------------------------------------------------------------
-- the loading context: which file, which rule, what is defined
-- ------------------------------------------------------------------

local function where_am_i(ctx)
  return ctx.current and fmt("%s: ", ctx.current) or ""
end

--- Raise an error in the rule file at the caller's caller's line.
local function fail(ctx, level, msg, ...)
  error(where_am_i(ctx) .. fmt(msg, ...), level + 1)
end


-- ------------------------------------------------------------------
-- expressions
-- ------------------------------------------------------------------

--- Coerce an expression operand: a word class, an expression, a rule
-- (rules over rules) or a string (an inline phrase).
local function operand(ctx, v, fname, argn, level)
  if is(v, Class) or is(v, Expr) then return v end
  if is(v, Rule) then
    return setmetatable({ op = "ref", rule = v, label = v.label,
      name = v.name }, Expr)
  end
  if type(v) == "string" then
    local c = ctx.inline[v]
    if not c then
      c = setmetatable({ name = fmt("%q", v), phrases = { v }, values = {},
        inline = true, file = ctx.file }, Class)
      ctx.inline[v] = c
      ctx.class_list[#ctx.class_list + 1] = c
    end
    return c
  end
  fail(ctx, level + 1, "%s() expects a word class as argument %d, got %s",
    fname, argn, describe(v))
end

local function count_arg(ctx, v, fname, argn, level)
  if math.type(v) ~= "integer" or v < 0 or v > 1000 then
    fail(ctx, level + 1,
      "%s() expects a token distance (integer 0..1000) as argument %d, got %s",
      fname, argn, v == nil and "nil" or tostring(v))
  end
  return v
end

local function make_env_exprs(ctx, env)
  function env.near(a, b, n, ...)
    if select("#", ...) > 0 then
      fail(ctx, 2, "near() takes 3 arguments (a, b, distance)")
    end
    return setmetatable({ op = "near", operand(ctx, a, "near", 1, 2),
      operand(ctx, b, "near", 2, 2), n = count_arg(ctx, n, "near", 3, 2) },
      Expr)
  end

  local function list(fname, ...)
    local args, opts = { ... }, nil
    if #args == 1 and type(args[1]) == "table" and not getmetatable(args[1]) then
      opts = args[1]
      args = { table.unpack(opts) }
    end
    if #args == 0 then fail(ctx, 3, "%s() expects at least one operand", fname) end
    local out = {}
    for i, v in ipairs(args) do out[i] = operand(ctx, v, fname, i, 3) end
    return out, opts
  end

  function env.seq(...)
    local items, opts = list("seq", ...)
    local gap = 0
    if opts and opts.gap ~= nil then gap = count_arg(ctx, opts.gap, "seq", 0, 2) end
    items.op, items.gap = "seq", gap
    return setmetatable(items, Expr)
  end

  function env.all(...)
    local items = list("all", ...)
    items.op = "all"
    return setmetatable(items, Expr)
  end

  function env.any(...)
    local items = list("any", ...)
    items.op = "any"
    return setmetatable(items, Expr)
  end

  function env.pattern(src)
    if type(src) ~= "string" then
      fail(ctx, 2, "pattern() expects an re pattern source as argument 1, got %s",
        describe(src))
    end
    local ok, p = pcall(re.compile, src)
    if not ok then
      fail(ctx, 2, "pattern() cannot compile %q: %s", src,
        tostring(p):gsub("^.-:%d+: ", ""))
    end
    -- find the first match anywhere: positions before and after it
    local finder = lpeg.P { lpeg.Cp() * p * lpeg.Cp() + 1 * lpeg.V(1) }
    return setmetatable({ op = "pattern", src = src, finder = finder }, Expr)
  end
end


-- ------------------------------------------------------------------
-- words, rule, exclusive, include
-- ------------------------------------------------------------------

--- Phrases are parsed after the file has run (outside its budget: the
-- parsing is ours, not the file's); remember where each was written.
local function check_phrase(ctx, p, level)
  local info = debug.getinfo(level + 1, "l")
  ctx.pending[#ctx.pending + 1] = { p, ctx.file, info and info.currentline or 0,
    ctx.current }
end

local function define_words(ctx, env, name, list)
  if type(list) ~= "table" then
    fail(ctx, 3, "expects a table of phrases, got %s", describe(list))
  end
  local phrases, values = {}, {}
  for i, p in ipairs(list) do
    if type(p) ~= "string" then
      fail(ctx, 3, "phrase %d is a %s, not a string", i, type(p))
    end
    check_phrase(ctx, p, 3)
    phrases[#phrases + 1] = p
  end
  -- a map { CODE = {phrases} } makes a gazetteer: each phrase has a value
  for k, v in pairs(list) do
    if math.type(k) ~= "integer" then
      if type(k) ~= "string" then
        fail(ctx, 3, "keys must be strings, got %s", type(k))
      end
      if type(v) == "string" then v = { v } end
      if type(v) ~= "table" then
        fail(ctx, 3, "%s must be a phrase or a list of phrases", k)
      end
      for i, p in ipairs(v) do
        if type(p) ~= "string" then
          fail(ctx, 3, "%s[%d] is a %s, not a string", k, i, type(p))
        end
        check_phrase(ctx, p, 3)
        phrases[#phrases + 1] = p
        values[#phrases] = k
      end
    end
  end
  local c = ctx.classes[name]
  if c then                                  -- extending a class: add to it
    for i, p in ipairs(phrases) do
      c.phrases[#c.phrases + 1] = p
      if values[i] then c.values[#c.phrases] = values[i] end
    end
  else
    c = setmetatable({ name = name, phrases = phrases, values = values,
      file = ctx.file }, Class)
    ctx.classes[name] = c
    ctx.class_list[#ctx.class_list + 1] = c
  end
  rawset(env, name, c)
  return c
end

local function check_role(ctx, field, v)
  if is(v, Class) or is(v, Resolver) then return v end
  if type(v) == "function" then
    return setmetatable({ fn = v, user = true, name = field }, Resolver)
  end
  fail(ctx, 4, "%s must be a word class or a function, got %s", field, describe(v))
end

local function check_examples(ctx, ex)
  if type(ex) ~= "table" then
    fail(ctx, 4, "examples must be a table { yes = {...}, no = {...} }")
  end
  for k, v in pairs(ex) do
    if k ~= "yes" and k ~= "no" then fail(ctx, 4, "examples: unknown key %s", tostring(k)) end
    if type(v) ~= "table" then fail(ctx, 4, "examples.%s must be a list of texts", k) end
    for i, s in ipairs(v) do
      if type(s) ~= "string" then
        fail(ctx, 4, "examples.%s[%d] must be a string, got %s", k, i, type(s))
      end
    end
  end
  return ex
end

local function define_rule(ctx, env, label, spec, line)
  if type(spec) ~= "table" or getmetatable(spec) then
    fail(ctx, 3, "expects a table { match = ... }, got %s", describe(spec))
  end
  for k in pairs(spec) do
    if not RULE_FIELDS[k] then fail(ctx, 3, "unknown field '%s'", tostring(k)) end
  end
  if spec.match == nil then fail(ctx, 3, "match is required") end
  local r = setmetatable({ label = label, file = ctx.file, line = line,
    index = #ctx.rules + 1, roles = {} }, Rule)
  r.match = operand(ctx, spec.match, "match", 1, 2)
  if spec.unless ~= nil then r.unless = operand(ctx, spec.unless, "unless", 1, 2) end
  r.scope = spec.scope or "clause"
  if not SCOPES[r.scope] then
    fail(ctx, 3, "scope must be \"clause\" or \"sentence\", got %s", tostring(spec.scope))
  end
  r.priority = spec.priority or 0
  if type(r.priority) ~= "number" then
    fail(ctx, 3, "priority must be a number, got %s", type(spec.priority))
  end
  if spec.where ~= nil and type(spec.where) ~= "function" then
    fail(ctx, 3, "where must be a function, got %s", type(spec.where))
  end
  r.where = spec.where
  for role in pairs(ROLES) do
    if spec[role] ~= nil then r.roles[role] = check_role(ctx, role, spec[role]) end
  end
  if spec.roles ~= nil then
    if type(spec.roles) ~= "table" then fail(ctx, 3, "roles must be a table") end
    for k, v in pairs(spec.roles) do
      if type(k) ~= "string" then fail(ctx, 3, "roles: keys must be names") end
      r.roles[k] = check_role(ctx, k, v)
    end
  end
  if spec.examples ~= nil then r.examples = check_examples(ctx, spec.examples) end
  r.gta, r.mast, r.note = spec.gta, spec.mast, spec.note
  -- the rule's name: its label, or the name given when a label repeats
  local name = spec.name
  if name ~= nil and type(name) ~= "string" then fail(ctx, 3, "name must be a string") end
  if not name then
    local n = (ctx.label_count[label] or 0) + 1
    name = n == 1 and label or fmt("%s#%d", label, n)
  end
  if ctx.rule_names[name] then
    fail(ctx, 3, "a rule named %q is already defined (%s:%d)", name,
      ctx.rule_names[name].file, ctx.rule_names[name].line)
  end
  ctx.label_count[label] = (ctx.label_count[label] or 0) + 1
  r.name = name
  ctx.rule_names[name] = r
  ctx.rules[#ctx.rules + 1] = r
  -- rules over rules: the label names every rule of that label
  local ref = ctx.labels[label]
  if not ref then
    ref = setmetatable({ name = label, label = label, any_of_label = true }, Rule)
    ctx.labels[label] = ref
  end
  if not rawget(env, label) or is(rawget(env, label), Rule) then rawset(env, label, ref) end
  if name ~= label then rawset(env, name, r) end
  return r
end


-- ------------------------------------------------------------------
-- the sandbox
-- ------------------------------------------------------------------

local SAFE = {
  "assert", "error", "ipairs", "next", "pairs", "rawequal", "rawlen", "select",
  "tonumber", "tostring", "type",
}

local function safe_string()
  local s = {}
  for k, v in pairs(string) do s[k] = v end
  s.dump = nil
  local rep = string.rep
  function s.rep(str, n, sep)
    local len = #tostring(str) + (sep and #tostring(sep) or 0)
    if type(n) == "number" and n * len > M.max_rep then
      error("string.rep: result larger than " .. M.max_rep .. " bytes", 2)
    end
    return rep(str, n, sep)
  end
  return s
end

local function copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end

--- A budget hook, called every 'step' instructions: counts instructions
-- and memory, raises when either is spent. The step is small so that a
-- string doubling in a loop is caught before it grows past the machine.
local function budget_hook(limit, mem_kb, step)
  local spent, base = 0, collectgarbage("count")
  return function()
    spent = spent + step
    if spent > limit then
      error("instruction budget exceeded (" .. limit .. " instructions)", 2)
    end
    if collectgarbage("count") - base > mem_kb then
      collectgarbage()
      if collectgarbage("count") - base > mem_kb then
        error("memory budget exceeded (" .. mem_kb .. " KB)", 2)
      end
    end
  end
end

--- Run f(...) under an instruction and memory budget, in a coroutine
-- of its own so the host's hooks are untouched. Returns true, results...
-- or false, message.
local function run_budgeted(f, limit, mem_kb, ...)
  local co = coroutine.create(f)
  debug.sethook(co, budget_hook(limit, mem_kb, 16), "", 16)
  local res = table.pack(coroutine.resume(co, ...))
  if coroutine.status(co) == "suspended" then
    return false, "a rule file may not yield"
  end
  return table.unpack(res, 1, res.n)
end
M.run_budgeted = run_budgeted

--- Call a `where` predicate (or a role function) under its budget, on
-- the running thread. Returns true, result or false, message.
function M.call_where(fn, ...)
  local hook, mask, count = debug.gethook()
  debug.sethook(budget_hook(M.where_budget, M.memory_kb, 100), "", 100)
  local res = table.pack(pcall(fn, ...))
  debug.sethook(hook, mask, count)
  return table.unpack(res, 1, res.n)
end


-- where built-in rule files live
local function builtin_path(name)
  return package.searchpath("dealscope.rules." .. name, package.path)
end

local function read_file(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s = f:read("a")
  f:close()
  return s
end

local function dirname(path)
  return path:match("^(.*)/[^/]*$") or "."
end

local load_source       -- forward

local RESERVED = {}

--- Certainty levels, weakest last: when several cues govern a measure,
-- the weakest wins (GUIDELINES.md).
M.LEVELS = { "stated", "expected", "reported", "possible", "conditional", "denied" }
local LEVELS = {}
for i, l in ipairs(M.LEVELS) do LEVELS[l] = i end
M.LEVEL_RANK = LEVELS
local LEVEL_NAMES = table.concat(M.LEVELS, ", ")

local function make_env(ctx)
  local env = {}
  for _, k in ipairs(SAFE) do env[k] = _G[k] end
  env.string, env.table, env.math, env.utf8 =
    safe_string(), copy(table), copy(math), copy(utf8)
  env._VERSION = _VERSION
  make_env_exprs(ctx, env)

  function env.words(name)
    if type(name) ~= "string" or not name:match("^[%a_][%w_]*$") then
      fail(ctx, 2, "words expects a name (letters, digits, _), got %s",
        type(name) == "string" and fmt("%q", name) or type(name))
    end
    if RESERVED[name] then fail(ctx, 2, "words %q: the name is reserved", name) end
    ctx.current = fmt("words %q", name)
    return function(list)
      local c = define_words(ctx, env, name, list)
      ctx.current = nil
      return c
    end
  end

  function env.rule(label)
    if type(label) ~= "string" or not label:match("^[%a_][%w_]*$") then
      fail(ctx, 2, "rule expects a label (letters, digits, _), got %s",
        type(label) == "string" and fmt("%q", label) or type(label))
    end
    if RESERVED[label] then fail(ctx, 2, "rule %q: the label is reserved", label) end
    if ctx.classes[label] then
      fail(ctx, 2, "rule %q: the label is already a word class", label)
    end
    ctx.current = fmt("rule %q", label)
    local line = debug.getinfo(2, "l").currentline
    return function(spec)
      local r = define_rule(ctx, env, label, spec, line)
      ctx.current = nil
      return r
    end
  end

  --- exclusive { "a", "b" }: labels that cannot hold in one clause
  function env.exclusive(labels)
    if type(labels) ~= "table" or #labels < 2 then
      fail(ctx, 2, "exclusive expects a list of at least two labels")
    end
    for i, l in ipairs(labels) do
      if type(l) ~= "string" then
        fail(ctx, 2, "exclusive: label %d must be a string, got %s", i, type(l))
      end
    end
    ctx.exclusive[#ctx.exclusive + 1] = { table.unpack(labels) }
  end

  --- certainty "level" { before = {...}, after = {...}, around = {...},
  --   within = n }: cues that make the measure they govern that level.
  -- 'before' cues govern what follows them in the clause (and in the
  -- clauses coordinated with it), 'after' cues what precedes them,
  -- 'around' cues either side; 'within' bounds the distance in tokens.
  function env.certainty(level)
    if not LEVELS[level] then
      fail(ctx, 2, "certainty expects a level (%s), got %s", LEVEL_NAMES,
        type(level) == "string" and fmt("%q", level) or type(level))
    end
    ctx.current = fmt("certainty %q", level)
    return function(spec)
      if type(spec) ~= "table" then fail(ctx, 2, "expects a table { before = {...} }") end
      for k in pairs(spec) do
        if k ~= "before" and k ~= "after" and k ~= "around" and k ~= "within" then
          fail(ctx, 2, "unknown field '%s' (before, after, around, within)", tostring(k))
        end
      end
      if spec.within ~= nil then count_arg(ctx, spec.within, "certainty", 0, 2) end
      for _, dir in ipairs { "before", "after", "around" } do
        if spec[dir] ~= nil then
          local name = fmt("certainty_%s_%s", level, dir)
          local c = define_words(ctx, env, name, spec[dir])
          rawset(env, name, nil)
          ctx.certainty[#ctx.certainty + 1] = { level = level, dir = dir,
            class = c, within = spec.within }
        end
      end
      ctx.current = nil
    end
  end

  --- Declare the one class of a kind: mask, pseudo, attribution (called
  -- as a tail call, so that errors still point at the rule file's line).
  local function declare(kind, classname, field, list)
    ctx.current = kind
    if is(list, Class) then list = list.phrases end
    ctx[field] = define_words(ctx, env, classname, list)
    rawset(env, classname, nil)
    ctx.current = nil
  end

  --- mask { ... }: names in which no cue counts ("General Agreement on
  -- Tariffs and Trade" holds no tariff; "Tariff Act" is a statute).
  function env.mask(list) return declare("mask", "mask_phrase", "mask", list) end

  --- options { headings = false }: settings of the whole rule set.
  -- headings: whether rules fire on headings (lines without end
  -- punctuation above text); true by default.
  function env.options(t)
    if type(t) ~= "table" then fail(ctx, 2, "options expects a table") end
    for k, v in pairs(t) do
      if k == "headings" then
        if type(v) ~= "boolean" then fail(ctx, 2, "options: headings must be a boolean") end
        ctx.options.headings = v
      else
        fail(ctx, 2, "options: unknown option '%s' (headings)", tostring(k))
      end
    end
  end

  --- pseudo { ... }: phrases that hold a certainty cue but are not one
  -- ("not hesitate", "not only", "no doubt").
  function env.pseudo(list)
    return declare("pseudo", "certainty_pseudo", "pseudo", list)
  end

  --- attribution { ... }: the verbs and phrases that name a source
  -- ("said", "told", "according to").
  function env.attribution(list)
    return declare("attribution", "attribution_cue", "attribution", list)
  end

  function env.include(name)
    if type(name) ~= "string" then
      fail(ctx, 2, "include expects a rule file name, got %s", type(name))
    end
    local path = builtin_path(name)
    if not path then
      local rel = name:match("^/") and name or (dirname(ctx.file) .. "/" .. name)
      for _, p in ipairs { rel, rel .. ".lua" } do
        local f = io.open(p, "rb")
        if f then f:close(); path = p; break end
      end
    end
    if not path then fail(ctx, 2, "include: no rule file %q", name) end
    if ctx.included[path] then return end        -- each file once
    local src, err = read_file(path)
    if not src then fail(ctx, 2, "include: %s", err) end
    local saved_file, saved_cur = ctx.file, ctx.current
    ctx.current = nil
    load_source(ctx, src, path)
    ctx.file, ctx.current = saved_file, saved_cur
  end

  -- built-in resolvers (role functions) offered by the attribute layer,
  -- which registers them when it loads (it needs this module first)
  if next(M.resolvers) == nil then require "dealscope.attributes" end
  for k, v in pairs(M.resolvers) do env[k] = v end

  for k in pairs(env) do RESERVED[k] = true end
  return setmetatable(env, {
    __index = function(_, k)
      error(where_am_i(ctx) .. fmt("undefined name '%s'", tostring(k)), 2)
    end,
    __metatable = false,
  })
end

--- Built-in resolvers: name -> function(...) returning a Resolver; the
-- attribute layer adds to this table.
M.resolvers = {}

--- Make a resolver value (for the attribute layer).
function M.resolver(name, fn, args)
  return setmetatable({ name = name, fn = fn, args = args }, Resolver)
end
M.is_resolver = function(v) return is(v, Resolver) end
M.is_class = function(v) return is(v, Class) end

load_source = function(ctx, src, path)
  if ctx.depth > 16 then error("include nesting deeper than 16 at " .. path, 0) end
  ctx.depth = ctx.depth + 1
  ctx.included[path] = true
  ctx.file = path
  local chunk, err = load(src, "@" .. path, "t", ctx.env)
  if not chunk then error(err, 0) end
  local ok, msg = run_budgeted(chunk, M.budget, M.memory_kb)
  if not ok then
    if type(msg) ~= "string" then msg = tostring(msg) end
    if not msg:find(path, 1, true) then msg = path .. ": " .. msg end
    error(msg, 0)
  end
  ctx.depth = ctx.depth - 1
end


-- ------------------------------------------------------------------
-- compiling: one lexicon for every class
-- ------------------------------------------------------------------


--- Is a trigger set weak: does it hold an inline function word ("of",
-- "on") that most clauses contain?
local function weak(t)
  for c in pairs(t) do
    if c.inline and #c.phrases == 1 and #c.phrases[1] <= 4
       and not c.phrases[1]:find("*", 1, true) then
      return true
    end
  end
  return false
end

--- Classes of which at least one must be present for an expression to
-- hit, or nil when that cannot be told (patterns, rules over rules).
-- Of the operands near(), seq() and all() all need, the first one whose
-- set is not weak is taken.
local function trigger(e)
  if is(e, Class) then return { [e] = true } end
  if e.op == "any" then
    local out = {}
    for _, x in ipairs(e) do
      local t = trigger(x)
      if not t then return nil end
      for c in pairs(t) do out[c] = true end
    end
    return out
  elseif e.op == "near" or e.op == "seq" or e.op == "all" then
    local first
    for _, x in ipairs(e) do
      local t = trigger(x)
      if t then
        if not weak(t) then return t end
        first = first or t
      end
    end
    return first
  end
  return nil
end

--- The requirement groups of an expression: each a set of classes of
-- which one must be present for it to hit ("an ease word" and "a tariff
-- word" for near(ease, tariff)). Patterns and rules over rules add none.
local function groups(e, out)
  out = out or {}
  if is(e, Class) then out[#out + 1] = { [e] = true }
  elseif e.op == "near" or e.op == "seq" or e.op == "all" then
    for _, x in ipairs(e) do groups(x, out) end
  elseif e.op == "any" then
    local t = trigger(e)
    if t then out[#out + 1] = t end
  end
  return out
end

--- The alternatives an expression needs, in disjunctive normal form:
-- a list of sets of classes, one of which must be all present for the
-- expression to hit. Patterns and rules over rules need nothing. Past
-- MAXALT alternatives the sets are merged into one coarser alternative.
local MAXALT = 64
local function dnf(e)
  if is(e, Class) then return { { [e] = true } } end
  if e.op == "any" then
    local out = {}
    for _, x in ipairs(e) do
      for _, a in ipairs(dnf(x)) do out[#out + 1] = a end
    end
    if #out > MAXALT then                   -- too many: one of the classes
      return { {} }
    end
    return out
  elseif e.op == "near" or e.op == "seq" or e.op == "all" then
    local out = { {} }
    for _, x in ipairs(e) do
      local nxt = {}
      for _, a in ipairs(out) do
        for _, b in ipairs(dnf(x)) do
          local c = {}
          for k in pairs(a) do c[k] = true end
          for k in pairs(b) do c[k] = true end
          nxt[#nxt + 1] = c
        end
      end
      if #nxt > MAXALT then return { {} } end
      out = nxt
    end
    return out
  end
  return { {} }
end

local function finish(ctx, name)
  for _, pe in ipairs(ctx.pending) do
    local ok, err = pcall(phrase.parse, pe[1])
    if not ok then
      error(fmt("%s:%d: %s%s", pe[2], pe[3], pe[4] and (pe[4] .. ": ") or "",
        tostring(err):gsub("^.-:%d+: ", "")), 0)
    end
  end
  local set = setmetatable({ name = name, rules = ctx.rules,
    classes = ctx.classes, class_list = ctx.class_list, labels = ctx.labels,
    exclusive = ctx.exclusive, certainty = ctx.certainty, pseudo = ctx.pseudo,
    attribution = ctx.attribution, mask = ctx.mask, options = ctx.options,
    files = {} }, RuleSet)
  for f in pairs(ctx.included) do set.files[#set.files + 1] = f end
  table.sort(set.files)
  -- one lexicon entry per distinct phrase; each knows its classes
  local phrases, entry_of, entry_classes = {}, {}, {}
  for ci, c in ipairs(ctx.class_list) do
    c.index = ci
    c.gazetteer = next(c.values) ~= nil
    for pi, p in ipairs(c.phrases) do
      local e = entry_of[p]
      if not e then
        e = #phrases + 1
        phrases[e], entry_of[p], entry_classes[e] = p, e, {}
      end
      local ec = entry_classes[e]
      ec[#ec + 1] = ci
      ec[#ec + 1] = c.values[pi] or false
    end
  end
  set.phrases, set.entry_classes = phrases, entry_classes
  set.lexicon = lexicon.compile(phrases)
  -- each expression node knows its requirement groups, so that the
  -- engine skips a branch without evaluating it
  local seen = {}
  local function annotate(e)
    if is(e, Class) or seen[e] then return end
    seen[e] = true
    local req = {}
    for _, g in ipairs(groups(e)) do
      local list = {}
      for c in pairs(g) do list[#list + 1] = c.index end
      table.sort(list)
      req[#req + 1] = list
    end
    e.req = req
    for _, x in ipairs(e) do annotate(x) end
  end
  for _, r in ipairs(ctx.rules) do
    annotate(r.match)
    if r.unless then annotate(r.unless) end
  end
  for _, r in ipairs(ctx.rules) do
    local t = trigger(r.match)
    if t then
      r.trigger = {}
      for c in pairs(t) do r.trigger[#r.trigger + 1] = c.index end
      table.sort(r.trigger)
    end
  end
  -- the engine's indexes: the gazetteers, the context classes kept
  -- beyond the units looked at (parties, certainty and attribution cues)
  set.context_class, set.gazetteer_class = {}, {}
  for ci, c in ipairs(ctx.class_list) do
    set.gazetteer_class[ci] = c.gazetteer
    if c.gazetteer then set.context_class[ci] = true end
  end
  for _, cue in ipairs(ctx.certainty) do set.context_class[cue.class.index] = true end
  if ctx.pseudo then set.context_class[ctx.pseudo.index] = true end
  if ctx.attribution then set.context_class[ctx.attribution.index] = true end
  -- the C side of the engine's scan (lex:collect): a byte per entry
  -- (2 context, 8 parties, 4 a mask) and, as bits, the classes each
  -- entry belongs to; each rule becomes the alternatives (sets of
  -- classes) of which one must be all present for it to fire, so that
  -- a clause is looked at only when some alternative of some rule is
  local bit, nbits = {}, 0
  local crules, srules = {}, {}
  local alts_of = {}
  for ri, r in ipairs(ctx.rules) do
    local alts = dnf(r.match)
    for _, a in ipairs(alts) do
      for c in pairs(a) do
        if not bit[c.index] then bit[c.index] = nbits; nbits = nbits + 1 end
      end
    end
    alts_of[ri] = alts
  end
  local W = math.max(1, (nbits + 63) // 64)
  local function mask(classes)
    local words = {}
    for w = 1, W do words[w] = 0 end
    for ci in pairs(classes) do
      local b = bit[ci]
      if b then
        local w = b // 64 + 1
        words[w] = words[w] | (1 << (b % 64))
      end
    end
    return words
  end
  for ri, r in ipairs(ctx.rules) do
    local list = r.scope == "sentence" and srules or crules
    r.alts = {}
    for _, a in ipairs(alts_of[ri]) do
      local idx, set_ = {}, {}
      for c in pairs(a) do idx[#idx + 1] = c.index; set_[c.index] = true end
      table.sort(idx)
      r.alts[#r.alts + 1] = idx
      for _, v in ipairs(mask(set_)) do list[#list + 1] = v end
    end
  end
  local bytes, words = {}, {}
  for e, cl in ipairs(entry_classes) do
    local b, cs = 0, {}
    for j = 1, #cl, 2 do
      local ci = cl[j]
      if set.context_class[ci] then b = b | 2 end
      if set.gazetteer_class[ci] then b = b | 10 end
      if ctx.mask and ci == ctx.mask.index then b = b | 4 end
      cs[ci] = true
    end
    bytes[e] = string.char(b)
    for _, v in ipairs(mask(cs)) do words[#words + 1] = string.pack("<i8", v) end
  end
  set.entry_flags, set.entry_groups, set.group_words = table.concat(bytes),
    table.concat(words), W
  local function packed(list)
    local t = {}
    for i, v in ipairs(list) do t[i] = string.pack("<i8", v) end
    return table.concat(t)
  end
  set.clause_rule_masks, set.sentence_rule_masks = packed(crules), packed(srules)
  return set
end

local function new_ctx()
  local ctx = { classes = {}, class_list = {}, rules = {}, labels = {},
    rule_names = {}, label_count = {}, exclusive = {}, included = {},
    inline = {}, depth = 0, certainty = {}, options = { headings = true },
    pending = {} }
  ctx.env = make_env(ctx)
  return ctx
end

--- Compile rule source text.
-- @param src the rule file's text
-- @param[opt="rules"] name the name errors give the source
-- @return a RuleSet
-- @raise an error naming the file, the line and the rule
-- @usage local set = rules.compile('include "trade"')
function M.compile(src, name)
  if type(src) ~= "string" then
    error("bad argument #1 to 'compile' (string expected, got " .. type(src) .. ")", 2)
  end
  name = name or "rules"
  local ctx = new_ctx()
  load_source(ctx, src, name)
  return finish(ctx, name)
end

--- Load and compile a rule file (or a built-in set: "trade").
-- @param path a file path, or the name of a built-in rule set
-- @return a RuleSet
-- @raise an error naming the file, the line and the rule
function M.load(path)
  if type(path) ~= "string" then
    error("bad argument #1 to 'load' (string expected, got " .. type(path) .. ")", 2)
  end
  local real = path
  local f = io.open(path, "rb")
  if f then f:close() else real = builtin_path(path) end
  if not real then error("cannot open rule file '" .. path .. "'", 2) end
  local src, err = read_file(real)
  if not src then error(err, 2) end
  local ctx = new_ctx()
  load_source(ctx, src, real)
  return finish(ctx, real)
end

--- Run the examples of every rule of a rule set: each `yes` text must
-- make the rule fire, each `no` text must not.
-- @param rs a rule file path, a built-in set name, or a RuleSet
-- @return ok (boolean), report `{rules=, examples=, failures={...}}` where
--   each failure is `{rule=, label=, file=, line=, expected="yes"|"no",
--   text=, reason=}`
-- @raise when the rule file does not compile
function M.check(rs)
  local set = is(rs, RuleSet) and rs or M.load(rs)
  local az = require("dealscope.engine").new(set)
  local report = { rules = #set.rules, examples = 0, failures = {} }
  for _, r in ipairs(set.rules) do
    local ex = r.examples or {}
    for _, kind in ipairs { "yes", "no" } do
      for _, text in ipairs(ex[kind] or {}) do
        report.examples = report.examples + 1
        local fired, why = az:fired(text)
        local ok = (kind == "yes") == (fired[r.name] == true)
        if not ok then
          report.failures[#report.failures + 1] = { rule = r.name,
            label = r.label, file = r.file, line = r.line, expected = kind,
            text = text, reason = kind == "yes"
              and (why[r.name] or "no cue of this rule in the text")
              or "the rule fired" }
        end
      end
    end
  end
  return #report.failures == 0, report
end

M.Class, M.Expr, M.Rule = Class, Expr, Rule
M.describe = describe

return M
