--- Tokenize + segment throughput over the whole corpus.
local core = require "dealscope.core"

return function(ctx)
  local arts = ctx.articles()
  local ntok, nsent = 0, 0
  local sec = ctx.time(function()
    ntok, nsent = 0, 0
    for i = 1, #arts do
      local d = core.document(arts[i].text)
      ntok = ntok + d:ntokens()
      nsent = nsent + d:nsentences()
      d:close()
    end
  end, 3)
  local mbps = ctx.mbps(ctx.bytes, sec)
  print(("tokenize+segment  %8.1f MB/s  (%.3f s, %d tokens, %d sentences)")
    :format(mbps, sec, ntok, nsent))
  return { mbps = mbps, seconds = sec, tokens = ntok, sentences = nsent }
end
