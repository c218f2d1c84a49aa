--- Tokenize + segment throughput over the whole corpus: the C core
-- alone, each stage also timed on its own (build/segbench, which make
-- bench builds; the line is left out without it), then core.document
-- from Lua (tokens, sentences and clauses of one article), whose gap to
-- the first is the cost of the Lua calls a document.
local core = require "dealscope.core"

--- Run build/segbench over the articles; its figures, or nil.
local function cbench(ctx)
  local f = io.open("build/segbench", "rb")
  if not f then return nil end
  f:close()
  local tmp = os.tmpname()
  local out = assert(io.open(tmp, "wb"))
  for i, a in ipairs(ctx.articles()) do
    if i > 1 then out:write("\0") end
    out:write((a.text:gsub("%z", " ")))
  end
  out:close()
  local p = io.popen("build/segbench " .. tmp .. " 15")
  local report = p:read("a")
  p:close()
  os.remove(tmp)
  local r = {}
  for k, v in report:gmatch("(%a+) ([%d%.]+) MB/s") do r[k] = tonumber(v) end
  return r.document and r or nil
end

return function(ctx)
  local arts = ctx.articles()
  local ntok, nsent, ncl = 0, 0, 0
  local sec = ctx.time(function()
    ntok, nsent, ncl = 0, 0, 0
    for i = 1, #arts do
      local d = core.document(arts[i].text)
      ntok = ntok + d:ntokens()
      nsent = nsent + d:nsentences()
      ncl = ncl + d:nclauses()
      d:close()
    end
  end, 9)
  local mbps = ctx.mbps(ctx.bytes, sec)
  local r = { mbps = mbps, seconds = sec, tokens = ntok, sentences = nsent,
    clauses = ncl }
  local c = cbench(ctx)
  if c then
    print(("tokenize+segment  %8.1f MB/s  the C core (build/segbench), best of 15")
      :format(c.document))
    print(("  by stage: tokenize %.1f, sentences %.1f, clauses %.1f MB/s")
      :format(c.tokenize, c.sentences, c.clauses))
    r.c = c
  end
  print(("tokenize+segment  %8.1f MB/s  core.document from Lua, best of 9"
    .. " (%.3f s, %d tokens, %d sentences, %d clauses; the C core plus"
    .. " the Lua calls, %.2f us a document)")
    :format(mbps, sec, ntok, nsent, ncl,
            c and (sec - ctx.bytes / 1e6 / c.document) * 1e6 / #arts or 0))
  return r
end
