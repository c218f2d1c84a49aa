--- The engine: runs a compiled rule set over documents.
--
-- One lexicon scan per document finds every cue of every word class.
-- The scan's C side (lex:collect) keeps only what a rule can use: each
-- rule is the alternatives (sets of classes) one of which must be all
-- present for it to fire, and a clause is looked at only when it holds
-- one of them; the context classes (parties, certainty and attribution
-- cues) come along for the attributes. So the cost of a clause that
-- matches nothing is the cost of scanning it. In a clause looked at,
-- a rule is tried only when one of its trigger classes is there, and an
-- expression skips any branch whose classes are not.
--
-- Conflict policy, in this order:
--
-- 1. one provision per clause and label: among the rules of one label
--    that fire on a clause, the highest `priority` wins, then the most
--    specific match (most cue tokens), then the rule defined first;
-- 2. labels declared `exclusive { a, b }` in a rule file cannot both
--    hold in one clause: the same order picks the survivor.
--
-- `explain` records every decision: the cues found, each rule tried,
-- and why it fired, did not, or lost a conflict.
-- @module dealscope.engine

local type, pairs, ipairs, setmetatable, getmetatable, tostring, error,
  select, math, table, string = type, pairs, ipairs, setmetatable,
  getmetatable, tostring, error, select, math, table, string
local fmt, concat, sort, unpack = string.format, table.concat, table.sort,
  table.unpack

local core = require "dealscope.core"
local rules = require "dealscope.rules"

local M = {}

--- Hits an expression may keep per clause (bounded gaps never blow up).
M.max_hits = 64

--- Matches of a scan (six integers each) an analyzer keeps room for,
-- from one text to the next.
M.keep_matches = 4096

local Class = rules.Class

local function is(v, mt) return getmetatable(v) == mt end

-- an error message without its "file:line: " position
local function bare(msg)
  return (tostring(msg):gsub("^[^\n:]+:%d+: ", ""))
end


-- ------------------------------------------------------------------
-- evaluating expressions over one unit (a clause or a sentence)
-- ------------------------------------------------------------------

--- A hit: the token span f..l, its head h (the first token of the cue
-- of the expression's first operand: the action, in "near(ease,
-- tariff)"; nil when it is f), the cue occurrence of each class in it
-- (c: class -> occurrence) and its size n. The hit of one cue is the
-- occurrence itself (f, l and its class k; no h, c nor n: see size and
-- M.cue_of): most hits are of one cue, and none is made for them.
local function size(h)
  return h.n or h.l - h.f + 1
end

--- The occurrence of class 'ci' in hit 'h', or nil.
local function cue_of(h, ci)
  local c = h.c
  if c then return c[ci] end
  if h.k == ci then return h end
  return nil
end
M.cue_of = cue_of

local function join(a, b)
  local c = {}
  local ac, bc = a.c, b.c
  if ac then for k, v in pairs(ac) do c[k] = v end else c[a.k] = a end
  if bc then for k, v in pairs(bc) do if not c[k] then c[k] = v end end
  elseif not c[b.k] then c[b.k] = b end
  local af, bf, al, bl = a.f, b.f, a.l, b.l
  return { f = af < bf and af or bf, l = al > bl and al or bl,
    h = a.h or af, c = c, n = size(a) + size(b) }
end

local function gap(a, b)
  if a.l < b.f then return b.f - a.l - 1 end
  return a.f - b.l - 1
end

local eval

--- The empty list, shared (of hits, of occurrences): never written.
local NONE = setmetatable({}, { __newindex = function()
  error("the empty hit list is shared", 2)
end })
M.NONE = NONE

--- The hits of a word class: its occurrences in the unit (the list
-- itself, never written), the first M.max_hits of them. Only a list cut
-- to its first M.max_hits is kept in unit.hits: the list itself is
-- found again at the cost of one lookup, less than growing unit.hits.
local function eval_class(e, unit)
  local hs = unit.cues[e.index] or NONE
  if #hs > M.max_hits then
    local cache = unit.hits or {}
    unit.hits = cache
    local cut = cache[e]
    if cut then return cut end
    cut = table.move(hs, 1, M.max_hits, 1, {})
    cache[e] = cut
    return cut
  end
  return hs
end

local ops = {}

function ops.near(e, unit)
  local A, B = eval(e[1], unit), eval(e[2], unit)
  local out = {}
  for i = 1, #A do
    local a = A[i]
    for j = 1, #B do
      local b = B[j]
      -- two cues, not one token read twice: the spans may not overlap
      if (a.l < b.f or b.l < a.f) and gap(a, b) <= e.n then
        out[#out + 1] = join(a, b)
        if #out >= M.max_hits then return out end
      end
    end
  end
  return out
end

function ops.seq(e, unit)
  local partial = eval(e[1], unit)
  for i = 2, #e do
    local H, nxt = eval(e[i], unit), {}
    for pi = 1, #partial do
      local p = partial[pi]
      for hi = 1, #H do
        local h = H[hi]
        if h.f > p.l and h.f - p.l - 1 <= e.gap then
          nxt[#nxt + 1] = join(p, h)
          if #nxt >= M.max_hits then break end
        end
      end
      if #nxt >= M.max_hits then break end
    end
    partial = nxt
    if #partial == 0 then break end
  end
  return partial
end

function ops.all(e, unit)
  local acc
  for i = 1, #e do
    local hs = eval(e[i], unit)
    if #hs == 0 then return {} end
    acc = acc and join(acc, hs[1]) or hs[1]
  end
  return { acc }
end

local function in_text_order(a, b)
  return a.f < b.f or (a.f == b.f and a.l < b.l)
end

--- Is 'hs' in strict text order (no two hits of one span)? Then
-- sorting it leaves it as it is.
local function in_strict_order(hs)
  for i = 2, #hs do
    local a, b = hs[i - 1], hs[i]
    if not in_text_order(a, b) then return false end
  end
  return true
end

function ops.any(e, unit)
  -- the hits of every operand, in text order (unsorted when cut at
  -- M.max_hits). Most often one operand has some: the list of a class
  -- then is the answer as it stands, not copied and sorted again
  local first, fi, out
  for i = 1, #e do
    local hs = eval(e[i], unit)
    if #hs > 0 then
      if not first then
        first, fi = hs, i
        if #hs >= M.max_hits then return table.move(hs, 1, M.max_hits, 1, {}) end
      else
        out = out or table.move(first, 1, #first, 1, {})
        for j = 1, #hs do
          out[#out + 1] = hs[j]
          if #out >= M.max_hits then return out end
        end
      end
    end
  end
  if not out then
    if not first then return NONE end
    if e[fi].op == nil and in_strict_order(first) then return first end
    out = table.move(first, 1, #first, 1, {})
  end
  sort(out, in_text_order)
  return out
end

function ops.pattern(e, unit)
  local fold = unit:folded()
  local s, t = e.finder:match(fold)
  if not s then return {} end
  -- folded tokens hold no space: count spaces to find the tokens
  local _, before = fold:sub(1, s - 1):gsub(" ", "")
  local _, inside = fold:sub(s, math.max(s, t - 2)):gsub(" ", "")
  local f = unit.first + before
  return { { f = f, l = f + inside, h = f, c = {}, n = inside + 1 } }
end

function ops.ref(e, unit)
  local fired = unit.fired
  fired = fired and fired[e.rule.any_of_label and e.label or e.name]
  return fired or {}
end

eval = function(e, unit)
  local op = e.op
  if op == nil then return eval_class(e, unit) end   -- a word class
  -- only an expression with several parents (e.shared) is asked twice
  -- in a unit: its hits are kept there (unit.hits, made on first use)
  local shared = e.shared
  if shared then
    local hs = unit.hits and unit.hits[e]
    if hs then return hs end
  end
  local present = unit.present
  local req = e.req
  -- a group without a cue: no hit (not kept in unit.hits: the test
  -- costs less than growing it, and is rarely made twice)
  for i = 1, #req do
    local g, found = req[i], false
    for j = 1, #g do
      if present[g[j]] then found = true break end
    end
    if not found then return NONE end
  end
  local hs = ops[op](e, unit)
  if shared then
    local cache = unit.hits or {}
    unit.hits = cache
    cache[e] = hs
  end
  return hs
end


--- Why an expression found nothing (for explain).
local function why_not(e, unit)
  if is(e, Class) then
    return fmt("no '%s' cue", e.name)
  elseif e.op == "near" then
    local a, b = eval(e[1], unit), eval(e[2], unit)
    if #a == 0 then return why_not(e[1], unit) end
    if #b == 0 then return why_not(e[2], unit) end
    return fmt("'%s' and '%s' are more than %d tokens apart",
      rules.describe(e[1]), rules.describe(e[2]), e.n)
  elseif e.op == "seq" then
    for _, x in ipairs(e) do
      if #eval(x, unit) == 0 then return why_not(x, unit) end
    end
    return fmt("the cues are not in order within %d tokens", e.gap)
  elseif e.op == "all" then
    for _, x in ipairs(e) do
      if #eval(x, unit) == 0 then return why_not(x, unit) end
    end
  elseif e.op == "any" then
    local r = {}
    for _, x in ipairs(e) do r[#r + 1] = why_not(x, unit) end
    return "none of: " .. concat(r, "; ")
  elseif e.op == "pattern" then
    return fmt("pattern %q does not match", e.src)
  elseif e.op == "ref" then
    return fmt("no earlier '%s' provision here", e.rule.any_of_label and e.label or e.name)
  end
  return "no match"
end


-- ------------------------------------------------------------------
-- units
-- ------------------------------------------------------------------

local Unit = {}
Unit.__index = Unit

function Unit:folded()
  if not self._fold then self._fold = self.doc:fold(self.first, self.last) end
  return self._fold
end

--- The text of tokens f..l (an occurrence or a hit).
function Unit:span_text(f, l)
  return self.an:span_text_of(f, l)
end

-- 'present' (class -> a true value) is 'cues' itself: a class is
-- present when it has a list of occurrences. 'fired' (label or rule
-- name -> hits) is made when a rule first fires in the unit.
-- 'mask' has the bits (set.class_bit) of the classes present.
local function new_unit(an, kind, index, span)
  local cues = {}
  return setmetatable({ kind = kind, index = index, first = span.first,
    last = span.last, start = span.start, stop = span.stop, cues = cues,
    present = cues, mask = 0, hits = false, doc = an.cdoc, text = an.text,
    span = span, an = an }, Unit)
end

--- The view of a unit a `where` predicate or a role function receives.
local function view(unit, hit, rule)
  local v = { text = unit.text:sub(unit.start, unit.stop), fold = unit:folded(),
    start = unit.start, stop = unit.stop, first = unit.first, last = unit.last,
    kind = unit.kind, rule = rule.name, label = rule.label, cues = {} }
  local set = unit.an.set
  for ci, occs in pairs(unit.cues) do
    local name, list = set.class_list[ci].name, {}
    for i, o in ipairs(occs) do list[i] = unit:span_text(o.f, o.l) end
    v.cues[name] = list
  end
  if hit then v.match = { start = unit.doc:token(hit.f),
    stop = select(2, unit.doc:token(hit.l)) } end
  v.sentence_text = unit.an:sentence_text(unit)
  return v
end
M.view = view


-- ------------------------------------------------------------------
-- one analysis
-- ------------------------------------------------------------------

local Analysis = {}
Analysis.__index = Analysis

function Analysis:sentence_text(unit)
  local si = unit.kind == "sentence" and unit.index or unit.span.sentence
  local s = self.sentences[si]
  return self.text:sub(s.start, s.stop)
end

--- List unit 'u' as one to try for the rules ('rs': indices) that the
-- first occurrence of a class in it triggers, in 'cand' (rule ->
-- units). The cues of a unit come one after another (the scan is in
-- text order), so a unit already listed for a rule is the last of its
-- list.
local function add_cand(u, rs, cand)
  for i = 1, #rs do
    local r = rs[i]
    local cu = cand[r]
    if not cu then cand[r] = { u }
    elseif cu[#cu] ~= u then cu[#cu + 1] = u end
  end
end

--- Add occurrence 'occ' of class 'cls' to the cues of unit 'u'; the
-- first of its class sets its bit ('bits', when the classes have bits)
-- in the unit's mask and lists 'u' for the rules the class triggers
-- ('by_class': see add_cand).
local function add_cue(u, cls, occ, cand, by_class, bits)
  local cues = u.cues
  local list = cues[cls]
  if list then list[#list + 1] = occ return end
  cues[cls] = { occ }
  local b = bits and bits[cls]
  if b then u.mask = u.mask | b end
  local rs = by_class[cls]
  if rs then add_cand(u, rs, cand) end
end

--- Bucket the cues of the document's scan by clause and sentence.
-- Only the clauses the C side marks active become units: those whose
-- cues cover some alternative of some rule (most clauses of a text hold
-- only words like "of", "said", "will"); the context classes (parties,
-- certainty, attribution) are kept for the whole document, since
-- attributes look beyond the clause.
--
-- 'm' is what the C side gives (scan): it scans, drops masked cues,
-- finds the active clauses (any cue when tracing) and
-- keeps the context classes: id, first, last, clause, sentence, bits
-- (1 active clause, 2 heading, 4 active sentence) for each of its 'n'
-- matches ('m' may hold more entries after them: see scan). The
-- matches come in text order, so those of a clause come one after
-- another: the loop keeps the unit of the last one at hand ('u', clause
-- 'uci'), and a match of another clause starts a new unit (no table of
-- clause units by index is needed).
--
-- Once read, the clause and sentence of a match looked at give way to
-- the occurrences made of its first two classes (false where none is
-- made, or widening took it in), for occurrences() to share: see there.
-- (The second slot of a match of one class keeps its sentence: no
-- class reads it.)
function Analysis:collect(m, n)
  local set, cdoc = self.set, self.cdoc
  local ec = set.entry_classes
  local gaz, by_class = set.gazetteer_class, set.cand_by_class
  local class_bit = set.class_bit or nil
  local need_sentence = set.has_sentence_scope
  -- the classes the rules read from units (all when tracing: explain
  -- lists them); the others (most context cues: parties, certainty,
  -- attribution) are left to occurrences(), which makes them if asked
  local kept = not self.tracing and set.unit_class
  local last_of = {}                       -- gazetteer class -> last occurrence
  -- (the lists of units to try by rule only when some rule needs them)
  local has_cand = set.has_cand
  local clause_list, cand_c = {}, has_cand and {} or NONE
  -- the clause units in text order and rule -> units to try; those of
  -- sentences (and index -> unit) only when some rule is of sentence scope
  local sentences, sentence_list, cand_s = NONE, NONE, NONE
  if need_sentence then
    sentences, sentence_list, cand_s = {}, {}, has_cand and {} or NONE
  end
  local u, uci                             -- the clause unit at hand
  for k = 1, 6 * n, 6 do
    local bits = m[k + 5]
    local ac = bits & 1 ~= 0
    local as = need_sentence and bits & 4 ~= 0
    if ac or as then
      local f, l, ci, si = m[k + 1], m[k + 2], m[k + 3], m[k + 4]
      local cl = ec[m[k]]
      for j = 1, #cl, 2 do
        local cls = cl[j]
        local occ = false                    -- made here (for its slot)
        -- a class no rule reads from a unit is left to occurrences()
        if not kept or kept[cls] then
          -- in a gazetteer the leftmost longest name wins: "North Korea"
          -- is not also "Korea" (the occurrence is shared, so widen it)
          local g = gaz[cls]
          local last = g and last_of[cls]
          if last and f <= last.l then
            if f == last.f and l > last.l then
              last.l, last.v = l, cl[j + 1] or nil
            end
          else
            if g then
              -- a name of a gazetteer (a party) is made with room for the
              -- field attributes add to mentions ('gov'), not grown then
              occ = { f = f, l = l, v = cl[j + 1] or nil, k = cls, gov = nil }
              last_of[cls] = occ
            else
              occ = { f = f, l = l, v = cl[j + 1] or nil, k = cls }
            end
            if ac then
              if ci ~= uci then                -- a clause not seen before
                uci = ci
                u = new_unit(self, "clause", ci, cdoc:clause(ci))
                clause_list[#clause_list + 1] = u
              end
              add_cue(u, cls, occ, cand_c, by_class, class_bit)
            end
            if as then
              local su = sentences[si]
              if not su then
                su = new_unit(self, "sentence", si, cdoc:sentence(si))
                su.span.sentence = si
                sentences[si] = su
                sentence_list[#sentence_list + 1] = su
              end
              add_cue(su, cls, occ, cand_s, by_class, class_bit)
            end
          end
        end
        -- the slots of the first two classes (clause and sentence, read
        -- above): occurrences() reads only those of the classes there
        if j == 1 then m[k + 3] = occ elseif j == 3 then m[k + 4] = occ end
      end
    end
  end
  self.clause_units, self.sentence_units = clause_list, sentence_list
  self.cand_clause, self.cand_sentence = cand_c, cand_s
  -- the classes (their bits) some unit of a scope holds: run passes over
  -- a rule whose trigger none holds without looking at its units
  local cm, sm = 0, 0
  for i = 1, #clause_list do cm = cm | clause_list[i].mask end
  for i = 1, #sentence_list do sm = sm | sentence_list[i].mask end
  self.clause_mask, self.sentence_mask = cm, sm
  -- class -> its occurrences (occ_list): until they are made, the rule
  -- set's row of false for every class, shared (occ_list makes the
  -- table of the analysis before it writes any)
  self.matches, self.nmatches, self.occ = m, n, set.occ_row
end

--- Add the occurrences of the classes 'want' (class -> true) in the
-- 'n' matches 'm' to the lists of 'occ' (class -> list), in text order.
-- Where collect made the same occurrence (of the first two classes of
-- a match looked at, m[k + 3] and m[k + 4]: 'active') it is shared, not
-- made again: a match, and any other with the same first token, is in
-- the same clause and sentence, so the widening of a gazetteer name
-- took in the same matches there; the fields attributes add ('gov',
-- 'heading' never: a heading is not looked at) are not read from cues.
local function occurrences(m, n, ec, gaz, want, occ, active)
  for k = 1, 6 * n, 6 do
    local cl = ec[m[k]]
    local f, l = m[k + 1], m[k + 2]
    local bits = m[k + 5]
    local made = bits & active ~= 0
    for j = 1, #cl, 2 do
      local c = cl[j]
      if want[c] then
        local all = occ[c]
        -- the class's first (in place of false, or of the one pass's
        -- shared empty list: see occ_list)
        if not all or all == NONE then all = {}; occ[c] = all end
        local last = all[#all]
        -- in a gazetteer the leftmost longest name wins
        if gaz[c] and last and f <= last.l then
          if f == last.f and l > last.l then last.l, last.v = l, cl[j + 1] or nil end
        else
          -- 'heading' only when true: a table of three fields has room
          -- for the fourth that attributes add ('gov')
          local o = made and j <= 3 and m[k + 2 + (j + 1) // 2]
          if not o then
            o = { f = f, l = l, v = cl[j + 1] or nil }
            if bits & 2 ~= 0 then o.heading = true end
          end
          all[#all + 1] = o
        end
      end
    end
  end
end

--- The bits of a match collect looked at: in an active clause, or an
-- active sentence when some rule is of sentence scope.
function Analysis:looked_at()
  return self.set.has_sentence_scope and 5 or 1
end

--- Every occurrence of class 'ci' in the document, in text order (the
-- context classes everywhere, the others in the clauses looked at),
-- built on first use: most documents never ask. The classes the
-- attributes ask for (set.occ_classes: the context classes and those
-- the resolvers name) are built in one pass, any other in one of its
-- own.
function Analysis:occ_list(ci)
  local occ = self.occ
  local all = occ[ci]
  if all then return all end
  local set = self.set
  if not self.occ_built then
    -- the table of the analysis, made at its size in one piece: a slot
    -- for every class, the shared empty list for those of the one pass
    -- (most find none: asking again costs a lookup), false for others
    self.occ_built = true
    occ = { unpack(set.occ_none_row) }
    self.occ = occ
    occurrences(self.matches, self.nmatches, set.entry_classes,
      set.gazetteer_class, set.occ_classes, occ, self:looked_at())
    all = occ[ci]
    if all then return all end
  end
  occurrences(self.matches, self.nmatches, set.entry_classes,
    set.gazetteer_class, { [ci] = true }, occ, self:looked_at())
  all = occ[ci] or NONE
  occ[ci] = all
  return all
end

--- The occurrences of class 'ci' (occ_list) and the index in them of
-- the first at or after token 'a' (one past the end when none is):
-- callers read on while o.f is within their range, building no list.
function Analysis:occ_from(ci, a)
  local all = self.occ[ci] or self:occ_list(ci)
  local lo, hi = 1, #all + 1
  while lo < hi do
    local mid = (lo + hi) // 2
    if all[mid].f < a then lo = mid + 1 else hi = mid end
  end
  return all, lo
end

--- A clause's span (1-based clause index).
function Analysis:clause_span(ci)
  -- clause index -> span, made on demand (for attributes: subject
  -- clauses); collect sees a unit's clause once, so it keeps none
  local spans = self.clause_spans
  if not spans then spans = {}; self.clause_spans = spans end
  local s = spans[ci]
  if not s then
    s = self.cdoc:clause(ci)
    spans[ci] = s
  end
  return s
end

--- The text of tokens f..l.
function Analysis:span_text_of(f, l)
  local s = self.cdoc:token(f)
  local _, e = self.cdoc:token(l)
  return self.text:sub(s, e)
end

--- The folded word at token i, or "" outside the text. (Not cached:
-- folding a token again costs less than a table of them growing.)
function Analysis:word(i)
  if i < 1 or i > self.ntokens then return "" end
  return self.cdoc:fold(i)
end

--- The value a role takes for a fired rule.
function Analysis:role_value(unit, hit, role, rule, key)
  if rules.is_class(role) then
    local occ = cue_of(hit, role.index)
    if not occ then
      local occs = unit.cues[role.index]
      occ = occs and occs[1]
    end
    if not occ then return nil end
    if occ.v then return occ.v, occ end
    return unit:span_text(occ.f, occ.l), occ
  end
  -- a resolver: built in (trusted) or a function of the rule file
  if role.user then
    local ok, v = rules.call_where(role.fn, view(unit, hit, rule))
    if not ok then
      error(fmt("%s:%d: rule %q: %s: %s", rule.file, rule.line, rule.name, key,
        bare(v)), 0)
    end
    return v
  end
  return role.fn(self, unit, hit, rule, role.args)
end

--- Is one of the masks 'masks' (a rule's alternatives) all within mask
-- 'mk'? (True when the rule has no masks.)
local function some_within(masks, mk)
  if not masks then return true end
  for i = 1, #masks do
    local a = masks[i]
    if mk & a == a then return true end
  end
  return false
end

--- Try one rule on one unit. Returns the candidate provision or nil and
-- the reason it did not fire.
function Analysis:try(rule, unit)
  -- the reasons a rule does not fire are written only when tracing
  local why = self.tracing
  -- some alternative of the rule must be all present: a cheap test
  local possible = false
  local masks = rule.alt_masks
  if masks then                             -- one integer per alternative
    local mk = unit.mask
    for i = 1, #masks do
      local a = masks[i]
      if mk & a == a then possible = true break end
    end
  else                                      -- a list of classes
    local present, alts = unit.present, rule.alts
    for i = 1, #alts do
      local a, all = alts[i], true
      for j = 1, #a do
        if not present[a[j]] then all = false break end
      end
      if all then possible = true break end
    end
  end
  if not possible then return nil, why and why_not(rule.match, unit) end
  local hits = eval(rule.match, unit)
  if #hits == 0 then return nil, why and why_not(rule.match, unit) end
  if rule.unless then
    local u = eval(rule.unless, unit)
    if #u > 0 then
      return nil, why and fmt("unless: %s at \"%s\"", rules.describe(rule.unless),
        unit:span_text(u[1].f, u[1].l))
    end
  end
  local hit = hits[1]
  for i = 2, #hits do                       -- the most specific hit
    if size(hits[i]) > size(hit) then hit = hits[i] end
  end
  if rule.where then
    local ok, v = rules.call_where(rule.where, view(unit, hit, rule))
    if not ok then
      error(fmt("%s:%d: rule %q: where: %s", rule.file, rule.line, rule.name,
        bare(v)), 0)
    end
    if not v then return nil, "where returned false" end
  end
  local span = unit.kind == "clause" and unit.span or nil
  local start, stop = unit.start, unit.stop
  local p = {
    label = rule.label, rule = rule.name, priority = rule.priority,
    specificity = size(hit), order = rule.index, _hit = hit, _unit = unit,
    _rule = rule,
    start = start, stop = stop, text = self.text:sub(start, stop),
    sentence = span and span.sentence or unit.index,
    clause = span and unit.index or self.cdoc:clause_of(hit.f),
    -- named (nil) so that the table is made at the size the roles and
    -- post (certainty, negated, attribution, figures) fill, not grown
    certainty = nil, negated = nil, attribution = nil, figures = nil,
  }
  for key, role in pairs(rule.roles) do
    local v = self:role_value(unit, hit, role, rule, key)
    if v ~= nil then p[key] = v end
  end
  return p
end

local function better(a, b)
  if a.priority ~= b.priority then return a.priority > b.priority end
  if a.specificity ~= b.specificity then return a.specificity > b.specificity end
  return a.order < b.order
end

--- Keep hit 'hit' of 'rule', fired in 'unit', for the rules that refer
-- to it (by its label, and by its name).
local function keep_fired(unit, rule, hit)
  local f = unit.fired
  if not f then f = {}; unit.fired = f end
  local key = rule.label
  f[key] = f[key] or {}
  f[key][#f[key] + 1] = hit
  if rule.name ~= key then
    f[rule.name] = f[rule.name] or {}
    f[rule.name][#f[rule.name] + 1] = hit
  end
end

local function in_document_order(a, b)
  if a.start ~= b.start then return a.start < b.start end
  return a.order < b.order
end

--- Evaluate every rule on every unit with a cue; resolve conflicts.
-- Returns the provisions and, when tracing ('trace' is called with each
-- rule tried), the table of each losing provision -> its winner.
function Analysis:run(trace)
  local set = self.set
  local cands = {}                          -- clause index -> candidates
  local rule_list, has_refs = set.rules, set.has_refs
  local cmask, smask = self.clause_mask, self.sentence_mask
  -- rule index -> trigger mask (none when tracing) and clause scope
  local tms, in_clause = trace and NONE or set.trigger_mask_of, set.in_clause
  for ri = 1, #rule_list do
    local tm = tms[ri]
    local clause = in_clause[ri]
    local dm = clause and cmask or smask
    -- a rule whose trigger (its mask) no unit of its scope holds is
    -- passed over at the cost of this test, its units not looked at;
    -- so is one none of whose alternatives the units hold together
    -- (then none holds it: try's first test, made once for all)
    if not tm or (tm & dm ~= 0 and some_within(rule_list[ri].alt_masks, dm)) then
      local rule = rule_list[ri]
      local units
      if tm or trace or not rule.trigger then  -- every unit (with a trigger)
        units = clause and self.clause_units or self.sentence_units
      else                                     -- the units with its trigger
        units = (clause and self.cand_clause or self.cand_sentence)[ri] or NONE
      end
      for ui = 1, #units do
        local unit = units[ui]
        if not tm or unit.mask & tm ~= 0 then
          local p, why = self:try(rule, unit)
          if p then
            local list = cands[p.clause]
            if not list then cands[p.clause] = { p }
            else list[#list + 1] = p end
            if has_refs then keep_fired(unit, rule, p._hit) end
          end
          if trace then trace(rule, unit, p, why) end
        end
      end
    end
  end
  -- resolve: one per clause and label, then exclusive label groups; the
  -- losers are recorded only when tracing (explain reports them)
  local out, lost = {}, trace and {} or nil
  for ci, list in pairs(cands) do
    if #list == 1 then                   -- no conflict (most clauses)
      out[#out + 1] = list[1]
    else
      local best = {}
      for i = 1, #list do
        local p = list[i]
        local b = best[p.label]
        if not b then best[p.label] = p
        elseif better(p, b) then
          best[p.label] = p
          if lost then lost[b] = p end
        elseif lost then lost[p] = b end
      end
      for _, group in ipairs(set.exclusive) do
        local win
        for _, l in ipairs(group) do
          local p = best[l]
          if p and (not win or better(p, win)) then win = p end
        end
        if win then
          for _, l in ipairs(group) do
            local p = best[l]
            if p and p ~= win then
              best[l] = nil
              if lost then lost[p] = win end
            end
          end
        end
      end
      for _, p in pairs(best) do out[#out + 1] = p end
    end
    cands[ci] = nil
  end
  sort(out, in_document_order)
  return out, lost
end


-- ------------------------------------------------------------------
-- analyzers
-- ------------------------------------------------------------------

local Analyzer = {}
Analyzer.__index = Analyzer
M.Analyzer = Analyzer

local Document = {}
Document.__index = Document
M.Document = Document

--- The deal record of this document's provisions.
function Document:deal()
  local deal = require "dealscope.deal"
  return deal.from_document(self)
end

--- The classes whose occurrences the attributes ask for (occ_list):
-- the context classes and every class the arguments of the rules'
-- resolvers name (agent(actor, { owner = measure }): actor, measure),
-- or those a resolver lists as its `occ_classes`.
local function asked_classes(set)
  local out, seen = {}, {}
  for ci in pairs(set.context_class) do out[ci] = true end
  local function walk(v)
    if type(v) ~= "table" or seen[v] then return end
    seen[v] = true
    if is(v, Class) then out[v.index] = true return end
    for _, x in pairs(v) do walk(x) end
  end
  for _, r in ipairs(set.rules) do
    for _, role in pairs(r.roles) do
      -- the classes a resolver declares it asks for (np: none, it reads
      -- the unit's cues), else every class of its arguments
      if rules.is_resolver(role) then walk(role.occ_classes or role.args) end
    end
  end
  return out
end

--- Give each class of the rules' alternatives a bit (set.class_bit:
-- class -> integer) and each rule its alternatives as masks of them
-- (rule.alt_masks), when the classes are 64 at most: a unit's mask
-- then tells with one test per alternative whether it is all present.
local function alternative_masks(set)
  local bit, n = {}, 0
  for _, r in ipairs(set.rules) do
    for _, a in ipairs(r.alts) do
      for _, c in ipairs(a) do
        if not bit[c] then bit[c], n = 1 << n, n + 1 end
      end
    end
  end
  set.class_bit = n <= 64 and bit or false
  for _, r in ipairs(set.rules) do
    local masks = nil
    if set.class_bit then
      masks = {}
      for i, a in ipairs(r.alts) do
        local m = 0
        for _, c in ipairs(a) do m = m | bit[c] end
        masks[i] = m
      end
    end
    r.alt_masks = masks
  end
end

--- A rule's trigger classes as a mask (rule.trigger_mask) when they all
-- have a bit: a unit holds one of them when its mask meets it. Only the
-- rules without one are tried on lists of units collect makes, by the
-- classes that trigger them (set.cand_by_class: class -> rule indices).
local function trigger_masks(set)
  local bit = set.class_bit
  set.cand_by_class, set.has_cand = {}, false
  set.trigger_mask_of, set.in_clause = {}, {}
  for ri, r in ipairs(set.rules) do
    local m = bit and r.trigger and 0
    for _, c in ipairs(r.trigger or {}) do
      m = m and bit[c] and m | bit[c]
    end
    r.trigger_mask = m or nil
    set.trigger_mask_of[ri], set.in_clause[ri] = m or false, r.scope == "clause"
    if r.trigger and not m then
      set.has_cand = true
      for _, c in ipairs(r.trigger) do
        local list = set.cand_by_class[c] or {}
        list[#list + 1] = ri
        set.cand_by_class[c] = list
      end
    end
  end
end

--- The classes the rules read from a unit's cues (class -> true): those
-- of their expressions, their class roles and what the built-in
-- resolvers they call list as `unit_classes` (np: its classes); false
-- (all) when a rule has a `where` or a role function of the rule file,
-- which see every cue of the unit (view).
local function unit_classes(set)
  local out = {}
  local function walk(e)
    if is(e, Class) then out[e.index] = true
    elseif type(e) == "table" and e.op then
      for i = 1, #e do walk(e[i]) end
    end
  end
  for _, r in ipairs(set.rules) do
    if r.where then return false end
    walk(r.match)
    walk(r.unless)
    for _, role in pairs(r.roles) do
      if is(role, Class) then out[role.index] = true
      elseif role.user then return false
      else
        for _, c in ipairs(role.unit_classes or NONE) do out[c.index] = true end
      end
    end
  end
  return out
end

--- Mark the expressions that have several parents in the rules' match
-- and unless trees (e.shared): eval keeps the hits of those only, since
-- the others are evaluated once per unit (a rule is tried once on it).
local function mark_shared(set)
  local parents = {}
  local function walk(e)
    if type(e) ~= "table" or not e.op then return end
    local n = (parents[e] or 0) + 1
    parents[e] = n
    e.shared = n > 1
    if n == 1 and e.op ~= "ref" then
      for i = 1, #e do walk(e[i]) end
    end
  end
  for _, r in ipairs(set.rules) do
    walk(r.match)
    walk(r.unless)
  end
end

--- Does some expression of the rules refer to rules ("ref")?
local function has_refs(set)
  local seen = {}
  local function walk(e)
    if type(e) ~= "table" or seen[e] then return false end
    seen[e] = true
    if e.op == "ref" then return true end
    for _, x in ipairs(e) do if walk(x) then return true end end
    return false
  end
  for _, r in ipairs(set.rules) do
    if walk(r.match) or walk(r.unless) then return true end
  end
  return false
end

--- A new analyzer over a compiled rule set.
-- @param set a RuleSet (rules.compile / rules.load)
-- @param[opt] post a function(analysis, provisions) run after the rules
--   (the attribute layer: actors, certainty, figures). A provision's
--   hit (`p._hit`) is either a hit of several cues (`c`, `n`) or, for
--   one cue, the occurrence itself (class `k`): read it through
--   `M.cue_of(hit, class)`, not its fields.
function M.new(set, post)
  set.has_sentence_scope = false
  for _, r in ipairs(set.rules) do
    if r.scope == "sentence" then set.has_sentence_scope = true end
  end
  set.occ_classes = asked_classes(set)
  set.occ_row, set.occ_none_row = {}, {}
  for ci = 1, #set.class_list do
    set.occ_row[ci] = false
    set.occ_none_row[ci] = set.occ_classes[ci] and NONE or false
  end
  set.unit_class = unit_classes(set)
  alternative_masks(set)
  trigger_masks(set)
  set.has_refs = has_refs(set)
  set.skip_headings = set.options.headings == false
  mark_shared(set)
  return setmetatable({ set = set, post = post }, Analyzer)
end

--- The engine's scan of document 'cdoc' (see Analysis:collect): the
-- matches and their number, none when no unit of the text is to be
-- looked at. The matches go to 'out' when given (its entries after
-- them are left as they were).
local function scan(set, cdoc, tracing, out)
  return set.lexicon:collect(cdoc, set.entry_flags, set.entry_groups,
    set.group_words, set.clause_rule_masks, set.sentence_rule_masks,
    tracing, set.skip_headings, out)
end

--- The sentences of an analysis, made on first use: sentences[i] is
-- the span of sentence i of the document at sentences.doc.
local Sentences = { __index = function(t, i)
  local s = t.doc:sentence(i)
  t[i] = s
  return s
end }

--- A new analysis of 'text'; 'cdoc' and its scan ('n' matches 'm')
-- when already made.
local function start(az, text, tracing, cdoc, m, n)
  cdoc = cdoc or core.document(text)
  -- the fields collect and analyze add are named (nil) so that the
  -- table is made once at its size
  local an = setmetatable({ set = az.set, text = text, cdoc = cdoc,
    tracing = tracing or nil, ntokens = cdoc:ntokens(),
    clause_spans = nil, clause_units = nil, sentence_units = nil,
    cand_clause = nil, cand_sentence = nil, clause_mask = nil,
    sentence_mask = nil, matches = nil, nmatches = nil,
    occ = nil, occ_built = nil, sentences = nil, meta = nil }, Analysis)
  if not m then m, n = scan(az.set, cdoc, tracing) end
  an:collect(m, n)
  an.sentences = setmetatable({ doc = cdoc }, Sentences)
  return an
end

--- The provisions 'provs' of analysis 'an' once 'post' (if any) has run
-- on them, without the fields kept for it.
local function finish_provisions(provs, post, an)
  if post then post(an, provs) end
  for i = 1, #provs do
    local p = provs[i]
    p._hit, p._unit, p._rule, p.priority, p.specificity, p.order =
      nil, nil, nil, nil, nil, nil
  end
  return provs
end

--- Analyse a text.
-- @param text the text (any bytes)
-- @param[opt] meta `{id=, date=, source=}` kept on the document
-- @return a Document: `id`, `date`, `source`, `text`, `provisions`
function Analyzer:analyze(text, meta)
  if type(text) ~= "string" then
    error("bad argument #1 to 'analyze' (string expected, got " .. type(text) .. ")", 2)
  end
  if meta ~= nil and type(meta) ~= "table" then
    error("bad argument #2 to 'analyze' (table expected, got " .. type(meta) .. ")", 2)
  end
  -- most texts hold no unit to look at: nothing to try, nothing built.
  -- The document is the analyzer's of the last text, made again, and
  -- the scan goes to its table of the last one: both taken out while
  -- this analysis uses them (a 'where' may analyse another text)
  local cdoc = self.spare_doc
  self.spare_doc = nil
  if cdoc then cdoc:reopen(text) else cdoc = core.document(text) end
  local spare = self.spare_matches or {}
  self.spare_matches = nil
  local m, n = scan(self.set, cdoc, false, spare)
  local provs
  if n > 0 then
    local an = start(self, text, false, cdoc, m, n)
    an.meta = meta
    if #an.clause_units > 0 or #an.sentence_units > 0 then -- else nothing to try
      provs = finish_provisions(an:run(), self.post, an)
    end
  end
  cdoc:close()
  self.spare_doc = cdoc
  -- kept for the next text unless big (few texts hold many cues)
  if n <= M.keep_matches then self.spare_matches = m end
  -- the Document (made without the three empty fields when no meta)
  if meta then
    return setmetatable({ id = meta.id, date = meta.date, source = meta.source,
      text = text, provisions = provs or {} }, Document)
  end
  return setmetatable({ text = text, provisions = provs or {} }, Document)
end

--- Explain what happened in sentence n: every cue found and every rule
-- tried, with why it fired or not.
-- @return `{sentence=, clauses=, cues=, rules=, provisions=}` or nil,
--   message when the text has no sentence n
function Analyzer:explain(text, n)
  if type(text) ~= "string" then
    error("bad argument #1 to 'explain' (string expected, got " .. type(text) .. ")", 2)
  end
  if math.type(n) ~= "integer" then
    error("bad argument #2 to 'explain' (integer expected, got " .. type(n) .. ")", 2)
  end
  local an = start(self, text, true)
  if n < 1 or n > an.cdoc:nsentences() then
    local count = an.cdoc:nsentences()
    an.cdoc:close()
    return nil, fmt("no sentence %d (the text has %d)", n, count)
  end
  local sent = an.cdoc:sentence(n)
  local out = { sentence = { index = n, start = sent.start, stop = sent.stop,
    text = text:sub(sent.start, sent.stop), heading = sent.heading },
    clauses = {}, cues = {}, rules = {}, provisions = {} }
  local cl = an.cdoc:clauses()
  for ci, c in ipairs(cl) do
    if c.sentence == n then
      out.clauses[#out.clauses + 1] = { index = ci, start = c.start, stop = c.stop,
        text = text:sub(c.start, c.stop), split = c.split, subject = c.subject }
    end
  end
  for _, u in ipairs(an.clause_units) do
    local ci = u.index
    if u.span.sentence == n then
      for cls, occs in pairs(u.cues) do
        for _, o in ipairs(occs) do
          out.cues[#out.cues + 1] = { class = an.set.class_list[cls].name,
            text = u:span_text(o.f, o.l), first = o.f, last = o.l, clause = ci,
            value = o.v }
        end
      end
    end
  end
  sort(out.cues, function(a, b)
    if a.first ~= b.first then return a.first < b.first end
    return a.class < b.class
  end)
  local tried = {}
  local provs, lost = an:run(function(rule, unit, p, why)
    local si = unit.kind == "sentence" and unit.index or unit.span.sentence
    if si == n then
      local t = { rule = rule.name, label = rule.label, scope = unit.kind,
        unit = unit.index, fired = p ~= nil, reason = why, provision = p }
      tried[#tried + 1] = t
    end
  end)
  if self.post then self.post(an, provs) end
  for _, t in ipairs(tried) do
    if t.fired then
      local w = lost[t.provision]
      if w then
        t.fired, t.lost_to = false, w.rule
        t.reason = fmt("lost to rule %q (%s)", w.rule,
          w.priority ~= t.provision.priority and "higher priority"
          or w.specificity ~= t.provision.specificity and "more specific match"
          or "defined first")
      else
        t.reason = "fired"
      end
    end
    t.provision = nil
  end
  -- rules not tried in the sentence (no cue at all) are reported too
  local seen = {}
  for _, t in ipairs(tried) do seen[t.rule] = true end
  for _, r in ipairs(an.set.rules) do
    if not seen[r.name] then
      tried[#tried + 1] = { rule = r.name, label = r.label, fired = false,
        reason = "no cue of this rule in the sentence" }
    end
  end
  out.rules = tried
  for _, p in ipairs(provs) do
    if p.sentence == n then out.provisions[#out.provisions + 1] = p end
  end
  finish_provisions(out.provisions)
  an.cdoc:close()
  return out
end

--- Which rules fire on a text, before conflicts are resolved, and why
-- the others do not (for rule examples).
-- @return `{[rule name] = true}`, `{[rule name] = reason}`
function Analyzer:fired(text)
  local an = start(self, text, true)
  local fired, why = {}, {}
  an:run(function(rule, _, p, reason)
    if p then fired[rule.name] = true
    elseif not why[rule.name] then why[rule.name] = reason end
  end)
  an.cdoc:close()
  return fired, why
end

return M
