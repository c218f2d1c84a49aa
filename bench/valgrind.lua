--- make valgrind: the text core under memcheck, on the seed article and
-- on hostile text (invalid UTF-8, NUL bytes, empty and blank strings,
-- punctuation alone, runs of quotes and brackets, many tiny sentences),
-- through every text entry point: tokenize, sentences, clauses, fold
-- and the document's accessors. Any error or definite leak fails.
local core = require "dealscope.core"

local f = assert(io.open("examples/busan-summit-2025.txt", "rb"))
local seed = f:read("a")
f:close()

local texts = {
  seed,
  "",
  " \t\r\n\n  \n",
  "?!. ;:, ... \" ' ( ) [ ] -- \u{2014} \u{2026}",
  "Tariffs \xff\xfe rose.\0 Prices \xc3( fell. \xed\xa0\x80 End. \xf4\x90\x80\x80",
  ("\0\xff\x80a. "):rep(2000),
  ('"a (b [c. ' .. "'d "):rep(2000),
  ("X! "):rep(20000),
  ("a) one b) two 1. three 2. four "):rep(500),
  "JAPAN CUTS TARIFFS\nJapan said it would cut tariffs on\nbeef from the U.S.\n"
    .. "    The cut follows talks, officials said.\n",
  ("word "):rep(100000),
}

local n = 0
for _, text in ipairs(texts) do
  local d = core.document(text)
  for _, s in ipairs(d:sentences()) do
    assert(s.start <= s.stop + 1)
    n = n + 1
  end
  for i = 1, d:nclauses() do d:clause(i) end
  if d:ntokens() > 0 then
    d:tokens(1, math.min(d:ntokens(), 500))
    d:fold(1, math.min(d:ntokens(), 500))
    d:token_at(1)
    d:sentence_of(d:ntokens())
    d:clause_of(1)
  end
  d:close()
  core.tokenize(text:sub(1, 20000))
  core.sentences(text)
  core.clauses(text)
  core.fold(text)
end
-- a document dropped without close(): __gc frees it
core.document(seed)
collectgarbage()
print(("valgrind.lua: %d texts, %d sentences"):format(#texts, n))

-- the whole pipeline: quantities, the lexicon, rules, attributes, the
-- deal record and its JSON, on the seed and on hostile text
local dealscope = require "dealscope"
local az = dealscope.new()
local deals = {}
for i, text in ipairs { seed, texts[5], texts[10], ("cut tariffs. "):rep(300) } do
  core.quantities(text, { ref = "2025-10-30" })
  local lex = dealscope.lexicon { "tariff*", "rare earth(s)?", "[the] U.S.", "=US" }
  lex:scan(text)
  lex:count(text)
  lex:close()
  local doc = az:analyze(text, { id = "v" .. i, date = "2025-10-30" })
  deals[#deals + 1] = doc:deal()
  az:explain(text, 1)
end
local merged = dealscope.merge(deals)
local back = assert(dealscope.deal_from_json(merged:to_json()))
assert(back:to_json() == merged:to_json())
assert(merged:diff(deals[1]))
collectgarbage()
print("valgrind run: pipeline done")
