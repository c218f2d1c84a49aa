-- One analysis of the seed article, for 'make valgrind'.
local core = require "dealscope.core"
local f = assert(io.open("examples/busan-summit-2025.txt", "rb"))
local text = f:read("a")
f:close()
local d = core.document(text)
assert(#d:sentences() > 0)
core.tokenize(text)
core.clauses(text)
d:close()
