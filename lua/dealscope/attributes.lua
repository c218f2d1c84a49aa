--- The attribute layer: who acts, towards whom, on what, how certain,
-- negated or not, on whose word, with which figures.
--
-- Rule files reach it through three resolvers (role values) and the cue
-- declarations of the rule language:
--
--    rule "tariff_relief" { match = ..., actor = agent(actor, { owner = measure,
--      demand = demand }), counterpart = target(actor), object = np(tariff) }
--    certainty "expected" { before = { "is expected to", "plans to" } }
--    pseudo { "not hesitate" }
--    attribution { "said", "told", "according to" }
--
-- After the rules have fired, `post` settles certainty (ConText-style
-- cue scope, the weakest level wins), negation, attribution, figures,
-- and the actor of provisions whose clause names none (the party of the
-- provision before, or the document's main party).
-- @module dealscope.attributes

local ipairs, pairs, type, math, string, tostring, tonumber, error =
  ipairs, pairs, type, math, string, tostring, tonumber, error

local core = require "dealscope.core"
local rules = require "dealscope.rules"
local engine = require "dealscope.engine"
local cue_of, NONE = engine.cue_of, engine.NONE

local M = {}

local function wordset(s)
  local t = {}
  for w in s:gmatch("%S+") do t[w] = true end
  return t
end

-- words before a party that make it a target, not an actor
local PREP = wordset [[on against to from into for with toward towards between
  of at over among in about than like versus vs vs. onto upon]]
-- words that may stand between such a preposition and the party
local SKIP = wordset [[the a an its their his her our this that these those some
  all both other major many most several sanctioned fellow - 's ' rival
  key top foreign]]
-- words that end a noun phrase when extending an object leftwards
local NP_STOP = wordset [[the a an its their his her our this that these those
  some all any both each every several many most more less least other such
  and or but nor of on in at to for from with by into than as about
  is are was were be been being has have had will would could should may
  might must can do does did not no also which who whom whose that what
  it they he she we you i there here while if when where after before
  until since because although though despite under over among between
  including against toward towards per via , ; : ( ) " ' . ! ?
  said says say told announced agreed signaled hinted expected set plans
  plan to would resume renewed renew advance pause suspend scrap scrapping
  cut reduce lift lower roll back ease approve greenlight discuss revisit
  revisiting restricted restrict imposed impose]]


-- ------------------------------------------------------------------
-- looking around a token
-- ------------------------------------------------------------------

--- Is the party mention m governed by a preposition ("on Chinese goods",
-- "to the United States")? Returns "target", "passive" ("by Washington")
-- or nil.
local function governed(an, m, floor)
  local i, skipped, modifier = m.f - 1, 0, false
  while i >= floor and skipped <= 2 do
    local w = an:word(i)
    if w == "by" then return (not modifier) and "passive" or nil end
    if PREP[w] then return "target" end
    if not SKIP[w] then
      local _, _, kind, flags = an.cdoc:token(i)
      -- one lower-case modifier may stand between: "of sanctioned firms"
      if kind ~= "word" or flags & 0x10 ~= 0 or modifier then return nil end
      modifier = true
    end
    skipped = skipped + 1
    i = i - 1
  end
  return nil
end

--- Is an occurrence of class ci within [a, b] (token indices)?
local function occ_between(an, ci, a, b)
  if not ci or a > b then return nil end
  -- a class the document holds none of (once the engine has made its
  -- occurrences: most measure, demand and buyer classes) needs no search
  local none = an.occ[ci]
  if none and #none == 0 then return nil end
  local all, i = an:occ_from(ci, a)
  local o = all[i]
  if o and o.f <= b then return o end
  return nil
end

--- The party mentions of the actor class in tokens a..b, each with how
-- a preposition governs it: all[i .. j] of the class's occurrences
-- 'all' (no list is made; i > j when there is none).
local function mentions(an, ci, a, b)
  local all, i = an:occ_from(ci, a)
  local j = i - 1
  for k = i, #all do
    local m = all[k]
    if m.f > b then break end
    if m.gov == nil then m.gov = governed(an, m, a) or false end
    j = k
  end
  return all, i, j
end

--- The main party of the document other than 'but': the most frequent,
-- a mention in a headline counting three times.
local function main_party(an, ci, but)
  local count, best, n = {}, nil, 0
  local all = an:occ_list(ci)
  for i = 1, #all do
    local o = all[i]
    if o.v and o.v ~= but then
      count[o.v] = (count[o.v] or 0) + (o.heading and 3 or 1)
      if count[o.v] > n then best, n = o.v, count[o.v] end
    end
  end
  return best
end

-- words after a party that show it is a subject: verbs, auxiliaries
local SUBJECT_NEXT = wordset [[is are was were be been has have had will would
  shall should may might could can must did does do also has 's ' said says
  told added agreed announced plans plan wants seeks continues remains
  appears and , . ; : ( ) " previously already still now then again
  yesterday today last earlier later currently reportedly officials
  government administration ministry authorities]]

--- Is mention m a modifier of the noun after it ("U.S. corn", "American
-- soybean purchases") rather than a subject?
local function is_modifier(an, m)
  local w = an:word(m.l + 1)
  if w == "" or SUBJECT_NEXT[w] or PREP[w] or w:sub(-2) == "ed" then return false end
  local _, _, kind, flags = an.cdoc:token(m.l + 1)
  return kind == "word" and flags & 0x10 == 0
end

--- The subject party of a stretch of text (the mentions ms[i .. j]),
-- before token 'limit': the mention closest to it that no preposition
-- governs and that is not a modifier of a noun; failing that, the
-- closest ungoverned one.
local function subject_of(an, ms, i, j, limit)
  local best, fallback
  for k = i, j do
    local m = ms[k]
    if m.f < limit and not m.gov then
      fallback = m
      if not is_modifier(an, m) then best = m end
    end
  end
  return best or fallback
end

-- ------------------------------------------------------------------
-- resolvers
-- ------------------------------------------------------------------

local function class_index(c) return c and c.index end

--- The class indices a resolver argument names: a word class, any() of
-- word classes, or a list of word classes.
-- (made once per argument: rules do not change once compiled)
local class_sets = setmetatable({}, { __mode = "k" })
local function class_set(v)
  local out = class_sets[v]
  if out then return out end
  out = {}
  if rules.is_class(v) then out[1] = v.index
  elseif type(v) == "table" then
    for _, c in ipairs(v) do out[#out + 1] = c.index end
  end
  if type(v) == "table" then class_sets[v] = out end
  return out
end

--- An occurrence of any of the classes 'cis' starting within [a, b].
-- (A class the document holds none of is passed over here, without the
-- call: most of an agent's measure classes.)
local function occ_any(an, cis, a, b)
  local occ = an.occ
  for i = 1, #cis do
    local all = occ[cis[i]]
    if not all or #all > 0 then
      local o = occ_between(an, cis[i], a, b)
      if o then return o end
    end
  end
  return nil
end

--- agent(actors [, opts]): the party that takes the action.
-- In order: a passive agent after the measure ("imposed by Washington");
-- a party that owns the measure ("China's export restrictions",
-- "retaliatory Chinese tariffs": opts.owner names the measure nouns);
-- the party a demand is made of ("asked Seoul to lower tariffs");
-- the subject a coordinated clause shares; the clause's subject; the
-- sentence's. The post stage fills what is still unknown.
local function agent_fn(an, unit, hit, _, args)
  local ci = class_index(args.actors)
  local opts = args.opts
  local a, b = unit.first, unit.last
  local ms, i0, j0 = mentions(an, ci, a, b)
  -- 1. a passive agent after the start of the match
  for k = i0, j0 do
    local m = ms[k]
    if m.gov == "passive" and m.f > hit.f then return m.v end
  end
  -- 2. the owner of the measure noun the match holds: the closest
  -- mention before it ("China's rare earth export restrictions")
  if opts.owner then
    local o = occ_any(an, class_set(opts.owner), hit.f, hit.l)
    if o then
      for i = j0, i0, -1 do
        local m = ms[i]
        if m.l < o.f then
          if o.f - m.l <= 4 and m.gov ~= "passive" then return m.v end
          break
        end
      end
    end
  end
  -- 3. the party after a buyer's cue: "sold to the Soviet Union"
  if opts.buyer then
    local bi = class_index(opts.buyer)
    for k = i0, j0 do
      local m = ms[k]
      if occ_between(an, bi, m.f - 3, m.f - 1) then return m.v end
    end
  end
  -- 4. a demand made of a party: the party asked
  local head = hit.h or hit.f
  local demand = class_index(opts.demand)
  if demand then
    local d = occ_between(an, demand, a, head)
    if d and d.l < head then
      for k = i0, j0 do
        local m = ms[k]
        if m.f > d.l and m.f < head then return m.v end
      end
    end
  end
  -- 5. the subject a coordinated clause shares
  local span = unit.span
  if unit.kind == "clause" and span.subject then
    local sub = an:clause_span(span.subject)
    local all, i, j = mentions(an, ci, sub.first, sub.last)
    local m = subject_of(an, all, i, j, sub.last + 1)
    if m then return m.v end
  end
  -- 6. the clause's own subject, before the match; a subject that
  -- receives ("Argentina will benefit from quotas") is the other party
  local m = subject_of(an, ms, i0, j0, head)
  if m then
    if opts.receive and occ_between(an, class_index(opts.receive), m.l + 1, head) then
      return main_party(an, ci, m.v)
    end
    return m.v
  end
  -- 7. the sentence's subject, in the clauses before this one
  if unit.kind == "clause" then
    local s = an.sentences[span.sentence]
    if s.first < a then
      local all, i, j = mentions(an, ci, s.first, a - 1)
      m = subject_of(an, all, i, j, a)
      if m then return m.v end
    end
  end
  return nil
end

--- target(actors): the other party, where the text names it ("tariffs on
-- Chinese goods", "talks with Japan").
local function target_fn(an, unit, hit, _, args)
  local ci = class_index(args.actors)
  local ms, i, j = mentions(an, ci, unit.first, unit.last)
  for k = i, j do
    local m = ms[k]
    if m.gov == "target" and m.f >= hit.f - 2 then return m.v end
  end
  return nil
end

--- np(class): the words of the class occurrence the match holds (else
-- the first in the clause), with the modifiers before it and an "of"
-- phrase after it: "a controversial rare-earth licensing regime" gives
-- "controversial rare-earth licensing regime".
local function np_fn(an, unit, hit, _, args)
  local occ
  for _, c in ipairs(args.list) do
    occ = cue_of(hit, c.index)
    if occ then break end
  end
  if not occ then
    for _, c in ipairs(args.list) do
      local list = unit.cues[c.index]
      if list and (not occ or list[1].f < occ.f) then occ = list[1] end
    end
  end
  if not occ then return nil end
  local f, l = occ.f, occ.l
  local n = 0
  while f - 1 >= unit.first and n < 4 and not NP_STOP[an:word(f - 1)] do
    local _, _, kind = an.cdoc:token(f - 1)
    if kind == "punct" and an:word(f - 1) ~= "-" then break end
    f, n = f - 1, n + 1
  end
  if an:word(f) == "-" then f = f + 1 end
  if an:word(l + 1) == "of" and l + 2 <= unit.last then
    local k, e = l + 2, nil
    while k <= unit.last and k <= l + 4 and not NP_STOP[an:word(k)] do
      e, k = k, k + 1
    end
    if e then l = e end
  end
  return unit:span_text(f, l)
end

local function checked_class(fname, v, argn)
  if not rules.is_class(v) then
    error(string.format("%s() expects a word class as argument %d, got %s",
      fname, argn, rules.describe(v)), 3)
  end
  return v
end

--- A word class, any() of word classes, or a list of them, as a list.
local function checked_classes(fname, v, argn)
  if rules.is_class(v) then return { v } end
  local list = {}
  if type(v) == "table" then
    for i, c in ipairs(v) do
      if not rules.is_class(c) then
        error(string.format("%s() expects word classes as argument %d, item %d is %s",
          fname, argn, i, rules.describe(c)), 3)
      end
      list[i] = c
    end
  end
  if #list == 0 then
    error(string.format("%s() expects a word class, any() of word classes or a list "
      .. "of them as argument %d, got %s", fname, argn, rules.describe(v)), 3)
  end
  return list
end

rules.resolvers.agent = function(actors, opts)
  checked_class("agent", actors, 1)
  opts = opts or {}
  if type(opts) ~= "table" then
    error("agent() expects an options table as argument 2", 2)
  end
  for k, v in pairs(opts) do
    if k == "owner" then opts.owner = checked_classes("agent", v, 2)
    elseif k == "demand" or k == "receive" or k == "buyer" then
      checked_class("agent", v, 2)
    else
      error("agent(): unknown option '" .. tostring(k) ..
        "' (owner, demand, receive, buyer)", 2)
    end
  end
  return rules.resolver("agent", agent_fn, { actors = actors, opts = opts })
end

rules.resolvers.target = function(actors)
  checked_class("target", actors, 1)
  return rules.resolver("target", target_fn, { actors = actors })
end

rules.resolvers.np = function(classes)
  local list = checked_classes("np", classes, 1)
  local r = rules.resolver("np", np_fn, { list = list })
  r.unit_classes = list              -- np_fn reads their cues in the unit
  r.occ_classes = {}                 -- and no occurrences of the document
  return r
end


-- ------------------------------------------------------------------
-- certainty and negation
-- ------------------------------------------------------------------

local LEVELS, RANK = rules.LEVELS, rules.LEVEL_RANK

--- Does certainty cue 'o' not count: it overlaps a cue of the match
-- 'hit' (the cue itself, for the hit of one cue), or lies within a
-- pseudo-cue (pseudo[pi ..], those starting at or before token 'b')?
-- (a function of its own, not a closure nor a set of tokens made per
-- provision)
local function blocked(o, hit, pseudo, pi, b)
  local f, l = o.f, o.l
  local c = hit.c
  if c then
    for _, x in pairs(c) do
      if x.f <= l and f <= x.l then return true end
    end
  elseif hit.f <= l and f <= hit.l then
    return true
  end
  for i = pi, #pseudo do
    local ps = pseudo[i]
    if ps.f > b then break end
    if f >= ps.f and l <= ps.l then return true end
  end
  return false
end

--- The certainty of a provision: every cue that governs its match
-- counts, the weakest wins. A cue governs when it stands before the
-- match's head (its action) in its clause or in an earlier clause
-- coordinated with it ('before'), after the match in its clause ('after'), or either
-- ('around'), within its distance if it has one; cues inside the match
-- itself or inside a pseudo-cue do not count. 'cues' (default: all of
-- the rule set's) may leave out those the document holds none of.
local function certainty_of(an, p, cues)
  local set, hit = an.set, p._hit
  cues = cues or set.certainty
  -- a cue before the match's head governs it: "tariffs should be lowered"
  local head = hit.h or hit.f
  if #cues == 0 then return "stated" end
  local unit = p._unit
  local a, b = unit.first, unit.last
  local chain = a
  if unit.kind == "clause" and unit.span.subject then
    chain = an:clause_span(unit.span.subject).first
  end
  -- the pseudo-cues within chain..b: pseudo[pi .. #pseudo] while f <= b
  local pseudo, pi = NONE, 1
  if set.pseudo then pseudo, pi = an:occ_from(set.pseudo.index, chain) end
  local level = 1
  for ci = 1, #cues do
    local cue = cues[ci]
    local r = RANK[cue.level]
    if r > level then
      local all, i = an:occ_from(cue.class.index, chain)
      for k = i, #all do                     -- the cues within chain..b
        local o = all[k]
        if o.f > b then break end
        if not blocked(o, hit, pseudo, pi, b) then
          local dist, ok
          if (o.l < head or (o.f > hit.f and o.l < hit.l))
             and (cue.dir == "before" or cue.dir == "around") then
            -- before the head, or inside the match: "reforms should reduce"
            ok, dist = true, math.max(0, head - o.l - 1)
            if o.f < a then dist = cue.within and math.huge or 0 end
          elseif o.f > hit.l and o.f >= a and
                 (cue.dir == "after" or cue.dir == "around") then
            ok, dist = true, o.f - hit.l - 1
          end
          if ok and (not cue.within or dist <= cue.within) then
            level = r
            break
          end
        end
      end
    end
  end
  return LEVELS[level]
end
M.certainty_of = certainty_of


-- ------------------------------------------------------------------
-- attribution
-- ------------------------------------------------------------------

local PRONOUN = wordset [[he she they it we i officials]]

--- The source a sentence names for a provision ("a Coffee Board
-- official", "Bessent"), or nil.
local function attribution_of(an, p, last_named)
  local set = an.set
  if not set.attribution then return nil end
  local s = an.sentences[p.sentence]
  local own = p._hit
  local all, i0 = an:occ_from(set.attribution.index, s.first)
  for oi = i0, #all do                       -- the cues within the sentence
    local o = all[oi]
    if o.f > s.last then break end
    if o.l < own.f or o.f > own.l then
      local first, last
      if an:word(o.f) == "according" then      -- "according to X"
        local k = o.l + 1
        while k <= s.last and k <= o.l + 8 do
          local _, _, kind = an.cdoc:token(k)
          if kind == "punct" and an:word(k) ~= "-" and an:word(k) ~= "'s" then break end
          first, last, k = first or k, k, k + 1
        end
      else
        local k = o.f - 1                      -- "X said"
        while k >= s.first and k >= o.f - 8 do
          local w = an:word(k)
          local _, _, kind = an.cdoc:token(k)
          if (kind == "punct" and w ~= "-") or NP_STOP[w] and not PRONOUN[w]
             and w ~= "the" and w ~= "a" and w ~= "an" then
            break
          end
          first, last, k = k, last or k, k - 1
        end
        if not first then                      -- ", said Albert Melnikov"
          k = o.l + 1
          while k <= s.last and k <= o.l + 6 do
            local _, _, kind, flags = an.cdoc:token(k)
            if kind ~= "word" or flags & 0x10 == 0 then break end
            first, last, k = first or k, k, k + 1
          end
        end
      end
      if first then
        local src = an:span_text_of(first, last)
        if PRONOUN[src:lower()] then return last_named, true end
        return src
      end
    end
  end
  return nil
end


-- ------------------------------------------------------------------
-- post: after the rules
-- ------------------------------------------------------------------

local function year_of(date)
  return type(date) == "string" and tonumber(date:match("^(%d%d%d%d)")) or nil
end

--- Settle the attributes of the provisions of one analysis.
function M.post(an, provs)
  local meta = an.meta or NONE
  -- figures: every quantity of the provision's clause
  -- (only those within the provisions' clauses are made into tables)
  local figs
  if core.quantities and #provs > 0 then
    local a, b = provs[1].start, provs[1].stop
    for i = 2, #provs do
      local p = provs[i]
      if p.start < a then a = p.start end
      if p.stop > b then b = p.stop end
    end
    figs = core.quantities(an.cdoc, { ref = meta.date or nil, start = a, stop = b })
  end
  -- an era for codes that changed: the USSR before 1992
  local soviet = (year_of(meta.date) or 9999) < 1992
  local sun_class               -- the actor class last looked through for "SUN"
  -- the certainty cues the document holds some of (most hold none):
  -- the others need not be looked for around each provision
  local cues = NONE
  if #provs > 0 then
    local certainty = an.set.certainty
    cues = {}
    for i = 1, #certainty do
      local ci = certainty[i].class.index
      -- (an.occ: the occurrences the engine has made, false until asked)
      local all = an.occ[ci] or an:occ_list(ci)
      if #all > 0 then cues[#cues + 1] = certainty[i] end
    end
  end
  local last_actor, last_sentence, last_named
  for pi = 1, #provs do
    local p = provs[pi]
    p.certainty = certainty_of(an, p, cues)
    p.negated = p.certainty == "denied"
    local src, pron = attribution_of(an, p, last_named)
    if src then
      p.attribution = src
      if not pron then last_named = src end
    end
    if figs then
      local out = {}
      for i = 1, #figs do
        local q = figs[i]
        if q.start >= p.start and q.stop <= p.stop then out[#out + 1] = q end
      end
      p.figures = out
    else
      p.figures = {}
    end
    local role = p._rule.roles.actor
    if role and rules.is_resolver(role) and role.name == "agent" then
      local ci = role.args.actors.index
      if not soviet and ci ~= sun_class then     -- not again per provision
        sun_class = ci
        local all = an:occ_list(ci)
        for i = 1, #all do
          if all[i].v == "SUN" then soviet = true break end
        end
      end
      if not p.actor then
        if last_actor and p.sentence - last_sentence <= 5 then
          p.actor = last_actor
        else
          p.actor = main_party(an, ci)
        end
      end
      if p.actor == "RUS" and soviet then p.actor = "SUN" end
      if p.actor then last_actor, last_sentence = p.actor, p.sentence end
    end
    if p.counterpart == p.actor then p.counterpart = nil end
  end
end

return M
