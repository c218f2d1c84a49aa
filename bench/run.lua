--- make bench: every stage of dealscope over the Reuters-21578 corpus,
-- side by side with the tools people would pick instead, in one run.
-- Each bench/stage_*.lua returns a function(ctx) that prints its lines
-- and returns a table of figures; all figures go to bench/results.json.
-- usage: lua5.4 bench/run.lua [CORPUS.jsonl] [STAGE ...]
-- (STAGE: a prefix of a stage name, "1" or "2_lexicon"; none runs all)
local cjson = require "cjson"

local corpus = arg[1] or "../shared/corpus/reuters21578.jsonl"

local ctx = { corpus = corpus }

--- The corpus articles as {id=, date=, text=} (title, newline, body),
-- read once and cached; nil, message when the corpus is absent.
function ctx.articles()
  if ctx._articles then return ctx._articles end
  local f, err = io.open(corpus, "rb")
  if not f then return nil, err end
  local out, bytes = {}, 0
  for line in f:lines() do
    local ok, a = pcall(cjson.decode, line)
    if ok and type(a) == "table" and a.body then
      local text = (a.title or "") .. "\n" .. a.body
      out[#out + 1] = { id = a.id, date = a.date, text = text }
      bytes = bytes + #text
    end
  end
  f:close()
  ctx._articles, ctx.bytes = out, bytes
  return out
end

--- All articles joined into one text (blank line between), cached.
function ctx.alltext()
  if not ctx._all then
    local t = {}
    for i, a in ipairs(assert(ctx.articles())) do t[i] = a.text end
    ctx._all = table.concat(t, "\n\n")
  end
  return ctx._all
end

--- Best of 'n' runs of f(): seconds (CPU time, one core).
function ctx.time(f, n)
  local best = math.huge
  for _ = 1, n or 3 do
    collectgarbage()
    local t0 = os.clock()
    f()
    local dt = os.clock() - t0
    if dt < best then best = dt end
  end
  return best
end

--- Wall-clock seconds of a shell command (for other tools), or nil.
function ctx.shell_time(cmd)
  local t0 = os.time()
  local p = io.popen("/usr/bin/time -f '%e %M' sh -c "
    .. string.format("%q", cmd) .. " 2>&1 >/dev/null")
  local out = p:read("a")
  p:close()
  local sec, kb = out:match("([%d%.]+) (%d+)%s*$")
  if not sec then return nil, out, os.time() - t0 end
  return tonumber(sec), tonumber(kb)
end

function ctx.mbps(bytes, sec)
  return bytes / 1e6 / sec
end

local arts, err = ctx.articles()
if not arts then
  io.stderr:write("bench: cannot read the corpus: ", err, "\n")
  os.exit(1)
end
print(string.format("corpus: %s, %d articles, %.1f MB",
  corpus, #arts, ctx.bytes / 1e6))

local stages = {}
local p = io.popen("ls bench/stage_*.lua 2>/dev/null")
local only = { select(2, table.unpack(arg)) }
for path in p:lines() do
  local name, keep = path:match("stage_(.-)%.lua$"), #only == 0
  for _, o in ipairs(only) do
    if name:sub(1, #o) == o then keep = true end
  end
  if keep then stages[#stages + 1] = path end
end
p:close()
table.sort(stages)

local results = { corpus = corpus, bytes = ctx.bytes, stages = {} }
for _, path in ipairs(stages) do
  local name = path:match("stage_(.-)%.lua$")
  print(("\n== %s"):format(name))
  local r = dofile(path)(ctx)
  results.stages[name] = r
end

local f = #only == 0 and io.open("bench/results.json", "w")
if f then
  f:write(cjson.encode(results), "\n")
  f:close()
  print("\nwritten: bench/results.json")
end
