--- make tokdiff: write the texts the differential checker (bench/tokdiff.c)
-- reads, as records "LENGTH\n" followed by the bytes: the Reuters-21578
-- articles (title, newline, body, as bench/run.lua reads them) and every
-- string literal of the specs.
-- usage: lua5.4 bench/tokdiff.lua CORPUS.jsonl CORPUS_OUT SPECS_OUT
local cjson = require "cjson"

local corpus, corpus_out, specs_out = arg[1], arg[2], arg[3]

local function writer(path)
  local f = assert(io.open(path, "wb"))
  local n = 0
  return function(s)
    if s then
      f:write(#s, "\n", s)
      n = n + 1
    else
      f:close()
      return n
    end
  end
end

-- the corpus (nothing when it is absent: a user's clone)
local put = writer(corpus_out)
local f = io.open(corpus, "rb")
if f then
  for line in f:lines() do
    local ok, a = pcall(cjson.decode, line)
    if ok and type(a) == "table" and a.body then
      put((a.title or "") .. "\n" .. a.body)
    end
  end
  f:close()
else
  io.stderr:write("tokdiff: no corpus at ", corpus, "\n")
end
print(("tokdiff: %d corpus articles"):format(put()))

-- string literals of the specs: "..." and '...' with their escapes,
-- and long brackets
put = writer(specs_out)
local p = io.popen("ls spec/*_spec.lua")
for path in p:lines() do
  local src = assert(io.open(path, "rb")):read("a")
  local i = 1
  while true do
    local a, _, q = src:find("([\"'%[])", i)
    if not a then break end
    local e
    if q == "[" then
      local eq = src:match("^%[(=*)%[", a)
      if eq then
        local _, close = src:find("]" .. eq .. "]", a, true)
        e = close
      end
    else
      local k = a + 1
      while k <= #src do
        local c = src:sub(k, k)
        if c == "\\" then k = k + 2
        elseif c == q or c == "\n" then break
        else k = k + 1 end
      end
      e = k
    end
    if e then
      local ok, s = pcall(load("return " .. src:sub(a, e)))
      if ok and type(s) == "string" and #s > 0 then put(s) end
      i = e + 1
    else
      i = a + 1
    end
  end
end
p:close()
print(("tokdiff: %d spec strings"):format(put()))
