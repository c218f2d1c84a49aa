--- Evaluation against gold annotations (DESIGN.md, "Evaluation").
--
-- A prediction's span is its clause (start..stop); a gold provision's
-- span is where its evidence occurs (the occurrence-th time, default the
-- first). They match when their labels are equal and their spans
-- overlap; the pairing is a maximum bipartite matching that, among the
-- maximum ones, pairs the most equal actors. Unmatched required gold are
-- false negatives; unmatched predictions are false positives, except
-- those that overlap an optional gold of their label, which count for
-- nothing. On matched pairs: actor accuracy, certainty accuracy, and
-- figure recall (a gold figure is found when it is a substring of the
-- text of one of the prediction's figures, case-insensitive).
-- @module dealscope.eval

local ipairs, pairs, type, io, math, error, tostring =
  ipairs, pairs, type, io, math, error, tostring

local cjson = require "cjson"

local M = {}

local function read(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s = f:read("a")
  f:close()
  return s
end

local function dirname(path)
  return path:match("^(.*)/[^/]*$") or "."
end

--- Load a gold file: its provisions with spans located in its text.
-- @return gold `{path=, text=, provisions=}` or nil, message
function M.load_gold(path)
  local src, err = read(path)
  if not src then return nil, err end
  local ok, g = pcall(cjson.decode, src)
  if not ok or type(g) ~= "table" then
    return nil, path .. ": not JSON: " .. tostring(g)
  end
  if type(g.text) ~= "string" or type(g.provisions) ~= "table" then
    return nil, path .. ": a gold file needs 'text' and 'provisions'"
  end
  local tpath = g.text:sub(1, 1) == "/" and g.text or dirname(path) .. "/" .. g.text
  local text, terr = read(tpath)
  if not text then return nil, path .. ": " .. terr end
  for i, p in ipairs(g.provisions) do
    local ev = p.evidence
    if type(ev) ~= "string" or ev == "" then
      return nil, ("%s: provision %d has no evidence"):format(path, i)
    end
    local s, k = 0, 0
    local e
    repeat
      s, e = text:find(ev, s + 1, true)
      k = k + 1
    until not s or k >= (p.occurrence or 1)
    if not s then
      return nil, ("%s: provision %d: evidence not found: %q"):format(path, i, ev)
    end
    p.start, p.stop = s, e
    if p.actor == cjson.null then p.actor = nil end
  end
  return { path = path, text = text, text_path = tpath, id = g.source or path,
    provisions = g.provisions }
end

local function overlap(a, b)
  return a.start <= b.stop and b.start <= a.stop
end

--- Maximum bipartite matching of predictions to required gold that,
-- among the maximum ones, has the most equal actors: an assignment
-- maximizing the weight BIG + (actor equal) over the edges.
local function match(preds, golds)
  local n, m = #preds, #golds
  if n == 0 or m == 0 then return {} end
  local BIG = 2 * (n + m)
  -- Hungarian algorithm (maximization as minimization of -w), O(N^3)
  local N = math.max(n, m)
  local INF = math.huge
  local function w(i, j)
    if i > n or j > m then return 0 end
    local p, g = preds[i], golds[j]
    if p.label ~= g.label or not overlap(p, g) then return 0 end
    return BIG + ((p.actor == g.actor) and 1 or 0)
  end
  local u, v, pmatch, way = {}, {}, {}, {}
  for i = 0, N do u[i] = 0; v[i] = 0; pmatch[i] = 0; way[i] = 0 end
  for i = 1, N do
    pmatch[0] = i
    local j0 = 0
    local minv, used = {}, {}
    for j = 0, N do minv[j] = INF; used[j] = false end
    repeat
      used[j0] = true
      local i0, delta, j1 = pmatch[j0], INF, 0
      for j = 1, N do
        if not used[j] then
          local cur = -w(i0, j) - u[i0] - v[j]
          if cur < minv[j] then minv[j] = cur; way[j] = j0 end
          if minv[j] < delta then delta = minv[j]; j1 = j end
        end
      end
      for j = 0, N do
        if used[j] then u[pmatch[j]] = u[pmatch[j]] + delta; v[j] = v[j] - delta
        else minv[j] = minv[j] - delta end
      end
      j0 = j1
    until pmatch[j0] == 0
    repeat
      local j1 = way[j0]
      pmatch[j0] = pmatch[j1]
      j0 = j1
    until j0 == 0
  end
  local pairs_ = {}
  for j = 1, N do
    local i = pmatch[j]
    if i >= 1 and i <= n and j <= m and w(i, j) > 0 then pairs_[#pairs_ + 1] = { i, j } end
  end
  return pairs_
end
M.match = match

local function prf(tp, fp, fn)
  local p = tp + fp > 0 and tp / (tp + fp) or 0
  local r = tp + fn > 0 and tp / (tp + fn) or 0
  local f = p + r > 0 and 2 * p * r / (p + r) or 0
  return { tp = tp, fp = fp, fn = fn, precision = p, recall = r, f1 = f }
end

local function figure_found(fig, pfigs)
  local want = fig:lower()
  for _, q in ipairs(pfigs or {}) do
    if type(q.text) == "string" and q.text:lower():find(want, 1, true) then return true end
  end
  return false
end

--- Score the predictions of one document against its gold.
-- @return the document's tallies (used by `run`)
function M.score(gold, preds)
  local req, opt = {}, {}
  for _, g in ipairs(gold.provisions) do
    if g.optional then opt[#opt + 1] = g else req[#req + 1] = g end
  end
  local pairs_ = match(preds, req)
  local pm, gm = {}, {}
  for _, pr in ipairs(pairs_) do pm[pr[1]] = pr[2]; gm[pr[2]] = pr[1] end
  local d = { path = gold.path, tp = {}, fp = {}, fn = {}, ignored = {}, pairs = {} }
  for i, p in ipairs(preds) do
    if pm[i] then
      local g = req[pm[i]]
      d.tp[#d.tp + 1] = p
      d.pairs[#d.pairs + 1] = { pred = p, gold = g }
    else
      local covered = false
      for _, g in ipairs(opt) do
        if g.label == p.label and overlap(p, g) then covered = true break end
      end
      if covered then d.ignored[#d.ignored + 1] = p else d.fp[#d.fp + 1] = p end
    end
  end
  for j, g in ipairs(req) do
    if not gm[j] then d.fn[#d.fn + 1] = g end
  end
  return d
end

--- Evaluate an analyzer on gold files.
-- @param paths an array of gold file paths
-- @param[opt] az an analyzer (default: `dealscope.new()`)
-- @return a report: `micro` {precision, recall, f1, tp, fp, fn},
--   `labels` (the same per label), `actor_accuracy`,
--   `certainty_accuracy`, `figure_recall`, `rules` (per rule: fired,
--   correct, overlaps, conflicts), `documents` (per file), `errors`
-- @raise when paths is not a list of strings
function M.run(paths, az)
  if type(paths) == "string" then paths = { paths } end
  if type(paths) ~= "table" then
    error("bad argument #1 to 'eval' (table of gold paths expected, got " .. type(paths) .. ")", 2)
  end
  az = az or require("dealscope").new()
  local report = { micro = nil, labels = {}, rules = {}, documents = {}, errors = {} }
  local tp, fp, fn = 0, 0, 0
  local by_label = {}
  local actors, certs, figs = { ok = 0, n = 0 }, { ok = 0, n = 0 }, { ok = 0, n = 0 }
  local function lab(l)
    local t = by_label[l]
    if not t then t = { tp = 0, fp = 0, fn = 0 }; by_label[l] = t end
    return t
  end
  local function rule_(name)
    local r = report.rules[name]
    if not r then
      r = { fired = 0, correct = 0, overlaps = 0, conflicts = 0 }
      report.rules[name] = r
    end
    return r
  end
  for _, path in ipairs(paths) do
    if type(path) ~= "string" then
      error("bad argument #1 to 'eval' (gold paths must be strings)", 2)
    end
    local gold, err = M.load_gold(path)
    if not gold then
      report.errors[#report.errors + 1] = err
    else
      local doc = az:analyze(gold.text, { id = gold.id })
      local preds = doc.provisions
      local d = M.score(gold, preds)
      tp, fp, fn = tp + #d.tp, fp + #d.fp, fn + #d.fn
      for _, p in ipairs(d.tp) do lab(p.label).tp = lab(p.label).tp + 1 end
      for _, p in ipairs(d.fp) do lab(p.label).fp = lab(p.label).fp + 1 end
      for _, g in ipairs(d.fn) do lab(g.label).fn = lab(g.label).fn + 1 end
      for _, pr in ipairs(d.pairs) do
        local p, g = pr.pred, pr.gold
        actors.n = actors.n + 1
        if p.actor == g.actor then actors.ok = actors.ok + 1 end
        certs.n = certs.n + 1
        if p.certainty == g.certainty then certs.ok = certs.ok + 1 end
        for _, f in ipairs(g.figures or {}) do
          figs.n = figs.n + 1
          if figure_found(f, p.figures) then figs.ok = figs.ok + 1 end
        end
      end
      -- per rule: fired, correct, overlaps and conflicts with other rules
      local correct = {}
      for _, p in ipairs(d.tp) do correct[p] = true end
      for i, p in ipairs(preds) do
        local r = rule_(p.rule)
        r.fired = r.fired + 1
        if correct[p] then r.correct = r.correct + 1 end
        local ov, cf = false, false
        for j, q in ipairs(preds) do
          if i ~= j and q.rule ~= p.rule and overlap(p, q) then
            ov = true
            if q.label ~= p.label then cf = true end
          end
        end
        if ov then r.overlaps = r.overlaps + 1 end
        if cf then r.conflicts = r.conflicts + 1 end
      end
      d.provisions = preds
      report.documents[#report.documents + 1] = d
    end
  end
  report.micro = prf(tp, fp, fn)
  for l, t in pairs(by_label) do report.labels[l] = prf(t.tp, t.fp, t.fn) end
  local function acc(t) return t.n > 0 and t.ok / t.n or nil end
  report.actor_accuracy, report.certainty_accuracy, report.figure_recall =
    acc(actors), acc(certs), acc(figs)
  report.counts = { actor = actors, certainty = certs, figures = figs }
  return report
end

return M
