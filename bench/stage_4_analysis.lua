--- Whole analysis over the corpus with a 20-rule file, and where the time
-- goes: the C stages (document, lexicon scan, quantities), the Lua engine
-- on clauses with cues, and rule compilation.
local core = require "dealscope.core"
local dealscope = require "dealscope"

-- a rule file of n rules over the phrases of ../shared/bench/phrases10k.txt
local function synthetic(nrules, nphrases)
  local phr = {}
  local f = io.open("../shared/bench/phrases10k.txt")
  if f then
    for l in f:lines() do
      if #phr >= nphrases then break end
      if l ~= "" and not l:find("[%(%)%[%]%*=]") then phr[#phr + 1] = l end
    end
    f:close()
  end
  while #phr < nphrases do phr[#phr + 1] = "word" .. #phr end
  local per = nphrases // nrules
  local out = {}
  for r = 1, nrules do
    local list = {}
    for k = (r - 1) * per + 1, r * per do list[#list + 1] = string.format("%q", phr[k]) end
    out[#out + 1] = ("words \"c%d\" { %s }"):format(r, table.concat(list, ", "))
    out[#out + 1] = ("rule \"label%d\" { match = c%d, object = c%d }"):format(r, r, r)
  end
  return table.concat(out, "\n")
end

return function(ctx)
  local arts = ctx.articles()
  local r = {}

  -- compile: the default rules, and 50 rules over 5,000 phrases
  r.compile_default_s = ctx.time(function() dealscope.rules.load("bench/rules20.lua") end, 3)
  local src = synthetic(50, 5000)
  r.compile_50x5000_s = ctx.time(function() dealscope.rules.compile(src, "synthetic") end, 3)
  print(("compile: 20-rule file %.3f s; 50 rules x 5,000 phrases %.3f s")
    :format(r.compile_default_s, r.compile_50x5000_s))

  local az = dealscope.new{ rules = "bench/rules20.lua" }
  local set = az.set
  local nprov = 0
  -- the C stages of an analysis: document, the engine's lexicon scan
  -- (lex:collect: masks, active clauses, context cues)
  r.c_stages_s = ctx.time(function()
    for i = 1, #arts do
      local d = core.document(arts[i].text)
      set.lexicon:collect(d, set.entry_flags, set.entry_groups, set.group_words,
        set.clause_rule_masks, set.sentence_rule_masks, false,
        set.options.headings == false)
      d:close()
    end
  end, 10)
  -- the whole analysis
  r.analysis_s = ctx.time(function()
    nprov = 0
    for i = 1, #arts do
      nprov = nprov + #az:analyze(arts[i].text).provisions
    end
  end, 10)
  r.analysis_mbps = ctx.mbps(ctx.bytes, r.analysis_s)
  r.c_stages_mbps = ctx.mbps(ctx.bytes, r.c_stages_s)
  r.provisions = nprov
  print(("whole analysis    %8.1f MB/s  (%.2f s, %d provisions, %d rules)")
    :format(r.analysis_mbps, r.analysis_s, nprov, #set.rules))
  print(("  C stages        %8.1f MB/s  (%.2f s: document, lexicon scan and collect)")
    :format(r.c_stages_mbps, r.c_stages_s))
  print(("  Lua engine       %7.2f s   (%.0f%%: rules, attributes, quantities where "
    .. "provisions are)"):format(r.analysis_s - r.c_stages_s,
    100 * (r.analysis_s - r.c_stages_s) / r.analysis_s))

  -- clauses that match nothing: texts with no cue of any rule
  local plain = ("The weather was mild and the harvest went on as the farmers had hoped. ")
    :rep(math.max(1, (ctx.bytes // 10) // 72))
  local function c_stages ()
    local d = core.document(plain)
    set.lexicon:collect(d, set.entry_flags, set.entry_groups, set.group_words,
      set.clause_rule_masks, set.sentence_rule_masks, false, true)
    d:close()
  end
  -- the two alternate, best of 7 each: the difference is a few percent
  -- of either, so a run of one beside the other keeps load out of it
  local t_doc, t_an = math.huge, math.huge
  for _ = 1, 7 do
    t_doc = math.min(t_doc, ctx.time(c_stages, 1))
    t_an = math.min(t_an, ctx.time(function() az:analyze(plain) end, 1))
  end
  local nclauses = #core.clauses(plain)
  r.nomatch_ns_per_clause = (t_an - t_doc) / nclauses * 1e9
  r.nomatch_c_ns_per_clause = t_doc / nclauses * 1e9
  print(("  clauses with no cue: %.0f ns each over the C stages' %.0f ns "
    .. "(%d clauses, %.1f MB; below 0: within the noise)")
    :format(r.nomatch_ns_per_clause, r.nomatch_c_ns_per_clause, nclauses,
      #plain / 1e6))
  return r
end
