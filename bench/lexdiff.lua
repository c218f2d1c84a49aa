--- make lexdiff: the phrase lexicon of csrc/ against the frozen reference
-- scanner, csrc/ at commit b1b44ff (the one before the automaton was
-- rewritten for speed; tools/frozen.sh writes it into build/ref/lex/).
-- Both are built from the same entries and scan the same tokens; every
-- match (id, first token, last token, in order) and every count must be
-- the same, or the run stops with the first
-- difference. The lists: the benchmark's 100, 10,000 and 100,000
-- phrases, the same with wildcards, exact case, nested and repeated
-- entries, hyphens and apostrophes, phrases of the full syntax through
-- dealscope.phrase (optional words, alternatives), the phrases of the
-- built-in rules; over the Reuters corpus as one text and article by
-- article. Then random lexicons over random texts.
-- usage: lua5.4 bench/lexdiff.lua [CORPUS.jsonl] [SEED] [ROUNDS]
-- (LUA_CPATH must find build/lexdiff.so and build/dealscope/core.so)
local lexdiff = require "lexdiff"
local phrase = require "dealscope.phrase"
local rules = require "dealscope.rules"
local cjson = require "cjson"

local corpus = arg[1] or "../shared/corpus/reuters21578.jsonl"
local seed = tonumber(arg[2]) or 20240601
local rounds = tonumber(arg[3]) or 20000
local dir = os.getenv("LEX_PHRASES") or "../shared/bench"

local unpack = table.unpack
local checks, total = 0, 0

-- check one list over 'texts' (a string or an array); prints a line
local function check (name, entries, texts, quiet)
  local n, rb, cb, t = lexdiff.check(entries, texts)
  checks = checks + 1
  if n == nil then
    if not quiet then
      print(("  %-34s %8d entries  refused alike (code %d)"):format(name,
        #entries, rb))
    end
    return
  end
  total = total + n
  if not quiet then
    print(("  %-34s %8d entries %9d matches  %7.1f / %7.1f B/entry  "
      .. "count %6.3f / %6.3f s  collect %6.3f / %6.3f s"):format(name,
      #entries, n, rb / math.max(#entries, 1), cb / math.max(#entries, 1),
      unpack(t)))
  end
end

-- entries of the full phrase syntax, as dealscope.lexicon.compile makes
local function compiled (phrases)
  local entries = {}
  for i, p in ipairs(phrases) do
    local v = assert(phrase.tryparse(p))
    entries[i] = #v == 1 and v[1] or v
  end
  return entries
end

local phrase_lists = dofile("bench/lists.lua")
local lines = phrase_lists.lines

local function map (list, f)
  local out = {}
  for i, v in ipairs(list) do out[#out + 1] = f(v, i) end
  return out
end

---------------------------------------------------------------------
-- the corpus
---------------------------------------------------------------------

local articles, text = {}, nil
do
  local f = io.open(corpus, "rb")
  if f then
    for l in f:lines() do
      local ok, a = pcall(cjson.decode, l)
      if ok and type(a) == "table" and a.body then
        articles[#articles + 1] = (a.title or "") .. "\n" .. a.body
      end
    end
    f:close()
    text = table.concat(articles, "\n\n")
  end
end

local pairs100k = phrase_lists.pairs100k

-- the distinct raw words of the corpus, in order, matching 'pat'
local function words (s, pat, max)
  local out, seen = {}, {}
  for w in s:gmatch(pat) do
    if not seen[w] then
      seen[w] = true
      out[#out + 1] = w
      if #out == max then break end
    end
  end
  return out
end

if text then
  local p100 = lines(dir .. "/phrases100.txt")
  local p10k = lines(dir .. "/phrases10k.txt")
  local p100k = pairs100k(text)
  print(("corpus: %s, %d articles, %.1f MB; reference / current")
    :format(corpus, #articles, #text / 1e6))
  local lists = {}
  local function add (name, entries) lists[#lists + 1] = { name, entries } end
  if p100 and p10k then
    add("100", p100)
    add("10k", p10k)
    add("100 wildcards", map(p100, function (p) return p .. "*" end))
    add("10k wildcards every 3rd", map(p10k, function (p, i)
      return i % 3 == 0 and p .. "*" or p end))
    add("10k wildcard first words", map(p10k, function (p, i)
      return i % 2 == 0 and (p:gsub("^(%S+)", "%1*")) or p end))
    add("10k exact case every 4th", map(p10k, function (p, i)
      return i % 4 == 0 and (p:gsub("(%S+)", "=%1")) or p end))
    -- every word of the 10k alone, the pairs, and pairs of pairs:
    -- nested and overlapping matches at every token
    local nested, seen = {}, {}
    for _, p in ipairs(p10k) do
      for w in p:gmatch("%S+") do
        if not seen[w] then seen[w] = true; nested[#nested + 1] = w end
      end
      nested[#nested + 1] = p
    end
    for i = 1, #p10k - 1, 7 do nested[#nested + 1] = p10k[i] .. " " .. p10k[i + 1] end
    add("10k words + pairs + quads", nested)
    -- the same phrase twice, and variants of one entry matching alike
    add("10k repeated + variants", map(p10k, function (p, i)
      if i % 5 == 0 then return { p, p:gsub("(%S+)$", "%1*"), p } end
      if i % 5 == 1 then return p10k[i + 1] or p end
      return p end))
    add("10k full syntax", compiled(map(p10k, function (p, i)
      local a, b = p:match("^(%S+) (%S+)$")
      if not a then return p end
      local k = i % 6
      if k == 0 then return a .. "(s)? " .. b end
      if k == 1 then return "[the] " .. a .. " " .. b end
      if k == 2 then return "(" .. a .. "|" .. b .. ") " .. b end
      if k == 3 then return a .. "-" .. b end
      if k == 4 then return a .. " (" .. b .. "|" .. a .. ")*" end
      return "=" .. a:sub(1, 1):upper() .. a:sub(2) .. " " .. b end)))
  end
  add("100k pairs", p100k)
  add("100k pairs wildcards every 5th", map(p100k, function (p, i)
    return i % 5 == 0 and p .. "*" or p end))
  -- exact case: capitalized and upper-case words of the corpus
  local caps = words(text, "%u[%a%.]+", 5000)
  add("5k exact capitalized", map(caps, function (w) return "=" .. w end))
  add("5k exact + folded", map(caps, function (w, i)
    return i % 2 == 0 and { "=" .. w, w:lower() } or w end))
  -- hyphens, apostrophes, accents, numbers
  add("hyphen / apostrophe words", words(text, "%a+['%-]%a+", 5000))
  add("hyphen / apostrophe wildcards", map(words(text, "%a+['%-]%a+", 5000),
    function (w) return w:sub(1, -2) .. "*" end))
  add("apostrophe forms", {
    "China's", "China’s", "china 's", "don't", "don’t*", "U.S.", "u.s",
    "rare-earth", "rare earth*", "long-term", "long – term", "café",
    "CAFE", "=Café", "1,250", "1,250.5 dlrs", "pct", "5 pct", "mln dlrs",
    "e-mail", "co-operation", "'s", "s", "a", "=A", "the*", "t*", "*",
    "-", "...", "$", "dlrs*", "U.S. Agriculture Department",
  })
  local ok, set = pcall(rules.load, "trade")
  if ok then add("built-in rule phrases", compiled(set.phrases))
  else print("  rules: " .. tostring(set)) end
  for _, l in ipairs(lists) do check(l[1], l[2], text) end
  print("  article by article:")
  for _, l in ipairs(lists) do check(l[1], l[2], articles) end
  io.write("\n")
else
  print(("corpus: %s not found: random checks only"):format(corpus))
end

---------------------------------------------------------------------
-- random lexicons over random texts
---------------------------------------------------------------------

math.randomseed(seed)
local random = math.random

-- a small vocabulary so that entries and texts meet often
local stems = { "a", "b", "ab", "ba", "aab", "abab", "bbbbbbbb",
  "abababab", "ababababa", "abababababababababa", "é", "aé", "É",
  "ÉA", "ä", "x1", "1", "2,5", "u.s", "U.S.", "us", "US", "Us" }
local seps = { " ", " ", " ", " ", "  ", "\n", "-", " - ", "–", "'s ",
  "’s ", "'", ", ", ". ", "\t", "--", " — " }

local function word ()
  local w = stems[random(#stems)]
  if random(4) == 1 then w = w:upper() end
  if random(6) == 1 then w = w .. stems[random(#stems)] end
  return w
end

local function randtext (n)
  local t = {}
  for _ = 1, n do t[#t + 1] = word(); t[#t + 1] = seps[random(#seps)] end
  if random(2) == 1 then t[#t] = nil end
  return table.concat(t)
end

local function randentry ()
  local t = {}
  for _ = 1, random(random(4)) do
    local w = word()
    if random(5) == 1 then w = "=" .. w end
    if random(4) == 1 then w = w .. "*" end
    if random(8) == 1 then w = w .. seps[random(#seps)]:gsub("%s", "")
                                  .. word() end
    t[#t + 1] = w
  end
  return table.concat(t, " ")
end

local function randlexicon ()
  local e = {}
  for i = 1, random(random(60)) do
    if random(6) == 1 then
      local v = {}
      for k = 1, random(3) do v[k] = randentry() end
      e[i] = v
    else
      e[i] = randentry()
    end
  end
  if random(10) == 1 and #e > 0 then e[#e + 1] = e[random(#e)] end
  return e
end

local tm, before = os.clock(), total
for r = 1, rounds do
  local texts = {}
  for i = 1, random(4) do texts[i] = randtext(random(0, random(400))) end
  check("random " .. r, randlexicon(), texts, true)
end
print(("random: %d lexicons (seed %d) over random texts: %d matches, %.1f s")
  :format(rounds, seed, total - before, os.clock() - tm))
print(("lexdiff: %d checks, %d matches, all identical"):format(checks, total))
