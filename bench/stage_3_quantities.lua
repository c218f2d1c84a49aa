--- Quantities: figures per MB and throughput of core.quantities over
-- the Reuters-21578 trade subset (../shared/corpus/trade-subset.ids),
-- once on documents built beforehand (the quantity stage alone: what
-- the analysis pays, since it builds each document once) and once on
-- plain strings (the document built inside the call).
local core = require "dealscope.core"

local function subset_ids(corpus)
  local path = corpus:gsub("[^/]*$", "") .. "trade-subset.ids"
  local f = io.open(path, "rb")
  if not f then return nil end
  local ids = {}
  for id in f:read("a"):gmatch("%d+") do ids[tonumber(id)] = true end
  f:close()
  return ids, path
end

return function(ctx)
  local ids, path = subset_ids(ctx.corpus)
  local texts, bytes = {}, 0
  for _, a in ipairs(ctx.articles()) do
    if not ids or ids[a.id] then
      texts[#texts + 1] = a.text
      bytes = bytes + #a.text
    end
  end
  print(("subset: %s, %d articles, %.2f MB"):format(
    path or "(none: whole corpus)", #texts, bytes / 1e6))

  local docs = {}
  for i, t in ipairs(texts) do docs[i] = core.document(t) end

  local nfig, kinds = 0, {}
  for i = 1, #docs do
    for _, f in ipairs(core.quantities(docs[i])) do
      nfig = nfig + 1
      kinds[f.kind] = (kinds[f.kind] or 0) + 1
    end
  end

  local alone = ctx.time(function()
    for i = 1, #docs do core.quantities(docs[i]) end
  end, 5)
  local built = ctx.time(function()
    for i = 1, #texts do core.quantities(texts[i]) end
  end, 3)
  for i = 1, #docs do docs[i]:close() end

  local per_mb = nfig / (bytes / 1e6)
  local mbps_alone = ctx.mbps(bytes, alone)
  local mbps_built = ctx.mbps(bytes, built)
  print(("quantities (documents prebuilt)   %8.1f MB/s  (%.3f s; target >= 100)")
    :format(mbps_alone, alone))
  print(("quantities (with document build)  %8.1f MB/s  (%.3f s)")
    :format(mbps_built, built))
  print(("figures: %d, %.0f per MB"):format(nfig, per_mb))
  local names = {}
  for k in pairs(kinds) do names[#names + 1] = k end
  table.sort(names)
  local parts = {}
  for _, k in ipairs(names) do parts[#parts + 1] = k .. " " .. kinds[k] end
  print("  by kind: " .. table.concat(parts, ", "))
  return {
    articles = #texts, bytes = bytes, figures = nfig, figures_per_mb = per_mb,
    kinds = kinds, mbps = mbps_alone, seconds = alone,
    mbps_with_document = mbps_built, seconds_with_document = built,
  }
end
