--- dealscope.deal: deal records, merged across every article that reports
-- a deal.
--
-- A `dealscope.Deal` is a C userdata holding a set of evidence entries:
-- one per provision a source stated (document id, date, offsets,
-- certainty, figures, text), stored as compact structs over interned
-- strings. Its provisions are computed from that set: entries that state
-- the same measure merge into one provision that keeps each of them as
-- evidence. Two deals with the same evidence have the same provisions,
-- whatever order it came in, so `merge` is order-independent and
-- idempotent.
--
-- The methods written in C (`add`, `add_document`, `provisions`,
-- `provision`, `parties`, `count`, `to_json`, `close`) live in the
-- method table `dealscope.core.Deal`; this module adds `gives`, `gets`
-- and `diff` to it. Load it (or `dealscope`) before calling those.
--
-- Same measure: the same label, the same actor, objects that share a
-- content word (see `words`) or both have none, and, for two statements
-- of one document, figures that do not conflict. See README.md, "Deal
-- records".
-- @module dealscope.deal

local core = require "dealscope.core"

local error, getmetatable, ipairs, pairs, pcall, type =
      error, getmetatable, ipairs, pairs, pcall, type
local getinfo = debug.getinfo
local concat, sort = table.concat, table.sort
local json_encode, json_decode = core.json_encode, core.json_decode
local words_of = core.deal_words

local methods = core.Deal
local M = {}


--- A deal from the provisions of one document.
-- Restatements of one measure within the document merge into one
-- provision with one piece of evidence each.
-- @param provisions array of provisions (tables with `label`,
--   `certainty` and optionally `actor`, `counterpart`, `object`,
--   `negated`, `figures`, `start`, `stop`, `sentence`, `text`,
--   `attribution`, `rule`), or nil for an empty deal
-- @param meta optional `{id =, date =, source =}` of the document
-- @return a `dealscope.Deal`
-- @raise on a provision that is not of that shape (the message names the
--   provision and field)
-- @usage local d = deal.new(doc.provisions, { id = "busan", date = "2025-10-30" })
M.new = core.deal

--- A deal from a document table: `deal.new(doc.provisions, doc)`.
-- @param doc a table (or object) with `id`, `date`, `source`, `provisions`
-- @return a `dealscope.Deal`
-- @usage local d = deal.from_document{ id = "a1", provisions = ps }
M.from_document = core.deal_from_document

--- An empty deal to add documents to, one by one: a ledger.
-- @return a `dealscope.Deal`
-- @usage local l = deal.ledger(); l:add_document(doc1); l:add_document(doc2)
function M.ledger()
  return core.deal()
end

--- A new deal with the evidence of all the given deals.
-- @param deals an array of `dealscope.Deal`
-- @return a `dealscope.Deal`
-- @raise when an element is not an open deal
-- @usage local all = deal.merge{ d1, d2, d3 }
M.merge = core.deal_merge

--- The content words of an object name, as the merge compares them:
-- folded, stop words, demonyms, numbers and generic measure words
-- ("tariffs", "export controls", "regime", "framework") dropped, lightly
-- stemmed.
-- @param object a string
-- @return an array of stems
-- @usage deal.words("rare-earth licensing regime") --> {"rar", "earth", "licens"}
M.words = words_of

--- Any Lua value as JSON text, through the C encoder.
-- Tables with keys 1..n are arrays, an empty table is `[]`, other tables
-- are objects with sorted keys; control characters are escaped and
-- invalid UTF-8 becomes U+FFFD.
-- @param value a table, string, number, boolean or nil
-- @return a string
-- @raise on functions, userdata, cycles and keys that are not strings
--   or numbers
-- @usage deal.json_encode{ id = "a", n = 1 } --> {"id":"a","n":1}
M.json_encode = json_encode

--- JSON text as a Lua value (null is nil; 20 an integer, 20.0 a float).
-- @param s a string
-- @return the value, or nil and a message on bad JSON
-- @usage local v = assert(deal.json_decode('{"a":[1,2]}'))
M.json_decode = json_decode


-- raise as luaL_argerror does: blame the caller, name the function as
-- it was called (deal_from_json, from_json...), else 'fname'
-- 'depth': how many calls below the public function this is called from
local function argerror(n, fname, msg, depth)
  depth = depth or 1
  local info = getinfo(1 + depth, "n")
  error(("bad argument #%d to '%s' (%s)"):format(n, info and info.name or fname, msg),
        2 + depth)
end

local function checkparty(party, fname)
  if type(party) ~= "string" then
    argerror(1, fname, "string expected, got " .. type(party), 2)
  end
end

--- The provisions that a party gives: those it is the actor of.
-- @param party an actor code ("CHN")
-- @return an array of provisions
-- @usage for _, p in ipairs(d:gives("CHN")) do print(p.label, p.object) end
function methods:gives(party)
  checkparty(party, "gives")
  local out = {}
  for _, p in ipairs(self:provisions()) do
    if p.actor == party then out[#out + 1] = p end
  end
  return out
end

--- The provisions that a party gets: those it is the counterpart of and,
-- when the deal has exactly two parties, those the other party gives
-- without naming a counterpart.
-- @param party an actor code ("USA")
-- @return an array of provisions
-- @usage for _, p in ipairs(d:gets("USA")) do print(p.label, p.object) end
function methods:gets(party)
  checkparty(party, "gets")
  local parties = self:parties()
  local other
  if #parties == 2 then
    if parties[1] == party then other = parties[2]
    elseif parties[2] == party then other = parties[1] end
  end
  local out = {}
  for _, p in ipairs(self:provisions()) do
    if p.counterpart == party
       or (other and p.counterpart == nil and p.actor == other) then
      out[#out + 1] = p
    end
  end
  return out
end


-- diff ------------------------------------------------------------------

-- the content words of all the objects of a provision's evidence
local function wordset(p)
  local set, n = {}, 0
  for _, e in ipairs(p.evidence) do
    if e.object then
      for _, w in ipairs(words_of(e.object)) do
        if not set[w] then set[w], n = true, n + 1 end
      end
    end
  end
  return set, n
end

local function figclass(f)
  return concat({ f.kind or "", f.unit or "", f.per or "" }, "\0")
end

-- a figure's value: every field but those that name or describe it
local function figvalue(f)
  local v = {}
  for k, x in pairs(f) do
    if k ~= "kind" and k ~= "unit" and k ~= "per" and k ~= "text"
       and k ~= "bound" and k ~= "conflict" then
      v[k] = x
    end
  end
  return json_encode(v)
end

-- class -> { values = {value = true}, figures = {...} }
local function byclass(p)
  local t = {}
  for _, f in ipairs(p.figures) do
    local c = figclass(f)
    local e = t[c]
    if not e then
      e = { values = {}, figures = {}, kind = f.kind, unit = f.unit, per = f.per }
      t[c] = e
    end
    e.values[figvalue(f)] = true
    e.figures[#e.figures + 1] = f
  end
  return t
end

local function samekeys(a, b)
  for k in pairs(a) do if not b[k] then return false end end
  for k in pairs(b) do if not a[k] then return false end end
  return true
end

local function overlaps(a, b)
  for k in pairs(a.values) do if b.values[k] then return true end end
  return false
end

-- figures of p and q do not conflict (no shared class without a shared value)
local function compatible(fp, fq)
  for c, e in pairs(fp) do
    if fq[c] and not overlaps(e, fq[c]) then return false end
  end
  return true
end

-- the content words of an object as one sorted string
local function wordkey(object)
  local w = words_of(object)
  sort(w)
  return concat(w, " ")
end

local function changes(p, q)
  local out = {}
  for _, k in ipairs{ "certainty", "negated" } do
    if p[k] ~= q[k] then
      out[#out + 1] = { field = k, from = p[k], to = q[k] }
    end
  end
  -- a source that does not name them changes nothing; a new wording of
  -- the same content words is no new object
  if p.object and q.object and wordkey(p.object) ~= wordkey(q.object) then
    out[#out + 1] = { field = "object", from = p.object, to = q.object }
  end
  if p.counterpart and q.counterpart and p.counterpart ~= q.counterpart then
    out[#out + 1] = { field = "counterpart", from = p.counterpart, to = q.counterpart }
  end
  local fp, fq = byclass(p), byclass(q)
  local classes = {}
  for c in pairs(fp) do classes[#classes + 1] = c end
  for c in pairs(fq) do if not fp[c] then classes[#classes + 1] = c end end
  sort(classes)
  for _, c in ipairs(classes) do
    local a, b = fp[c], fq[c]
    if not (a and b and samekeys(a.values, b.values)) then
      local e = a or b
      out[#out + 1] = { field = "figures", kind = e.kind, unit = e.unit,
                        per = e.per, from = a and a.figures or {},
                        to = b and b.figures or {} }
    end
  end
  return out
end

--- What changed from this deal to another: provisions added, removed
-- and changed.
-- Provisions are paired when they have the same label and actor and
-- objects that share a content word (or both have none), preferring
-- pairs whose figures do not conflict, then equal objects. A paired
-- provision is changed when its certainty, negation or figure values
-- differ, when both name an object and their content words differ
-- ("steel tariffs" to "tariffs on steel and aluminium", not "beef
-- tariff" to "tariffs on beef"), or when both name a counterpart and it
-- differs; new evidence alone is no change.
-- @param other a `dealscope.Deal` (the later state)
-- @return `{added = {p...}, removed = {p...}, changed = {{from = p, to = q,
--   changes = {{field =, from =, to =}...}}...}}`; figure changes have
--   `field = "figures"`, `kind`, `unit` and arrays of figures in
--   `from` and `to`
-- @usage for _, c in ipairs(d1:diff(d3).changed) do print(c.to.label) end
function methods:diff(other)
  if getmetatable(other) ~= getmetatable(self) then
    argerror(1, "diff", "dealscope.Deal expected, got " .. type(other))
  end
  local old, new = self:provisions(), other:provisions()
  local wold, wnew, fold, fnew = {}, {}, {}, {}
  for i, p in ipairs(old) do wold[i] = { wordset(p) }; fold[i] = byclass(p) end
  for j, q in ipairs(new) do wnew[j] = { wordset(q) }; fnew[j] = byclass(q) end
  local pairs_ = {}
  for i, p in ipairs(old) do
    for j, q in ipairs(new) do
      if p.label == q.label and p.actor == q.actor then
        local a, b = wold[i], wnew[j]
        local same = a[2] == 0 and b[2] == 0
        if not same then
          for w in pairs(a[1]) do
            if b[1][w] then same = true break end
          end
        end
        if same then
          local score = (compatible(fold[i], fnew[j]) and 2 or 0)
                      + (p.object == q.object and 1 or 0)
          pairs_[#pairs_ + 1] = { i = i, j = j, score = score }
        end
      end
    end
  end
  sort(pairs_, function(x, y)
    if x.score ~= y.score then return x.score > y.score end
    if x.i ~= y.i then return x.i < y.i end
    return x.j < y.j
  end)
  local mold, mnew, matched = {}, {}, {}
  for _, c in ipairs(pairs_) do
    if not mold[c.i] and not mnew[c.j] then
      mold[c.i], mnew[c.j] = c.j, c.i
      matched[#matched + 1] = c
    end
  end
  sort(matched, function(x, y) return x.j < y.j end)
  local out = { added = {}, removed = {}, changed = {} }
  for _, c in ipairs(matched) do
    local ch = changes(old[c.i], new[c.j])
    if #ch > 0 then
      out.changed[#out.changed + 1] = { from = old[c.i], to = new[c.j], changes = ch }
    end
  end
  for j, q in ipairs(new) do
    if not mnew[j] then out.added[#out.added + 1] = q end
  end
  for i, p in ipairs(old) do
    if not mold[i] then out.removed[#out.removed + 1] = p end
  end
  return out
end


-- from_json ---------------------------------------------------------------

-- the message of an error raised by a C function, without its frame
local function reason(err)
  if type(err) ~= "string" then return "not enough memory" end
  err = err:match("^bad argument #%d+ to '[^']*' %((.*)%)$") or err
  return (err:gsub("^provision %d+: ", ""))
end

local function add(d, provisions, meta, where)
  local ok, err = pcall(d.add, d, provisions, meta)
  if not ok then return nil, where .. ": " .. reason(err) end
  return true
end

local function fromdeal(d, v)
  if type(v.provisions) ~= "table" then
    return nil, "deal.provisions: array expected"
  end
  for i, p in ipairs(v.provisions) do
    local where = ("deal.provisions[%d]"):format(i)
    if type(p) ~= "table" or type(p.evidence) ~= "table" then
      return nil, where .. ": object with an evidence array expected"
    end
    for j, e in ipairs(p.evidence) do
      local at = ("%s.evidence[%d]"):format(where, j)
      if type(e) ~= "table" then return nil, at .. ": object expected" end
      local ok, err = add(d, {
        label = p.label, actor = p.actor, counterpart = e.counterpart,
        object = e.object, certainty = e.certainty, negated = e.negated,
        figures = e.figures, start = e.start, stop = e.stop,
        sentence = e.sentence, text = e.text, attribution = e.attribution,
        rule = e.rule,
      }, { id = e.document, date = e.date, source = e.source }, at)
      if not ok then return nil, err end
    end
  end
  return d
end

local function fromdocuments(d, docs)
  for i, doc in ipairs(docs) do
    local where = ("documents[%d]"):format(i)
    if type(doc) ~= "table" then return nil, where .. ": object expected" end
    local ok, err = add(d, doc.provisions or {}, doc, where)
    if not ok then return nil, err end
  end
  return d
end

--- A deal read back from JSON of schema dealscope/1: the deal form that
-- `deal:to_json()` writes (exactly: `from_json(d:to_json()):to_json() ==
-- d:to_json()`), or the documents form of the analysis output (each
-- document's provisions become its evidence).
-- The provisions are computed again from the evidence entries.
-- @param s JSON text
-- @return a `dealscope.Deal`, or nil and a message
-- @usage local d = assert(dealscope.deal_from_json(text))
function M.from_json(s)
  if type(s) ~= "string" then
    argerror(1, "from_json", "string expected, got " .. type(s))
  end
  local v, err = json_decode(s)
  if v == nil then return nil, err or "null is not a deal" end
  if type(v) ~= "table" or v.schema ~= "dealscope/1" then
    return nil, "not JSON of schema dealscope/1"
  end
  local d = core.deal()
  if type(v.deal) == "table" then return fromdeal(d, v.deal) end
  if type(v.documents) == "table" then return fromdocuments(d, v.documents) end
  return nil, "dealscope/1 JSON without 'deal' or 'documents'"
end

return M
