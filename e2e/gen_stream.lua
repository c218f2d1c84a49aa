-- e2e/gen_stream.lua: JSON Lines for `dealscope stream`: N lines, BAD of
-- them malformed (evenly spread, of every kind stream must survive),
-- the others {"id":"doc-n","date":…,"text":…} with short synthetic trade
-- news. Writes stdout.
--
--   lua5.4 e2e/gen_stream.lua 100000 100 > in.jsonl
local N, BAD = tonumber(arg[1]) or 100000, tonumber(arg[2]) or 100
local enc = require("dealscope.core").json_encode

local who = { "China", "The United States", "Japan", "The European Union", "India",
  "Beijing", "Washington", "Brazil", "South Korea", "Canada" }
-- each with the order of its goods (g) and number (d)
local act = {
  { "will cut tariffs on %s by %d%%", "gd" },
  { "agreed to buy %s worth $%d billion", "gd" },
  { "is expected to lift export controls on %s", "g" },
  { "imposed a %d%% tariff on %s", "dg" },
  { "may suspend curbs on %s for %d days", "gd" },
  { "said talks on %s made progress over %d rounds", "gd" },
  { "reported a %d%% rise in %s exports", "dg" },
}
local goods = { "soybeans", "semiconductors", "steel", "aluminium", "rare earths", "beef",
  "aircraft", "liquefied natural gas", "rice", "electric vehicles" }
local bad = {
  "not json at all",
  '{"id":"x","text":',
  '{"id":"x","text":42}',
  '{"id":"x"}',
  '[1,2,3]',
  '"just a string"',
  '{"id":{"a":1},"text":"China will cut tariffs."}',
  '{"id":"x","text":null}',
  '',
  '{"id":"x","text":"ok","date":20251030}',
}

local every = BAD > 0 and N // BAD or N + 1
local out, k = {}, 0
for n = 1, N do
  if BAD > 0 and n % every == 0 and k < BAD then
    k = k + 1
    out[#out + 1] = bad[(k - 1) % #bad + 1]
  else
    local a = act[n % #act + 1]
    local g = goods[(n * 7) % #goods + 1]
    local x = n % 90 + 5
    local s = a[2] == "gd" and a[1]:format(g, x) or a[2] == "dg" and a[1]:format(x, g)
      or a[1]:format(g)
    local text = ("%s %s, officials said on day %d. Markets were calm."):format(
      who[n % #who + 1], s, n)
    out[#out + 1] = enc { id = "doc-" .. n, date = "2025-10-30", text = text }
  end
  if #out == 1000 then io.write(table.concat(out, "\n"), "\n"); out = {} end
end
if #out > 0 then io.write(table.concat(out, "\n"), "\n") end
