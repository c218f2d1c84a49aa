--- The dealscope command line (first cut: sentences of a file).
-- @module dealscope.cli
local core = require "dealscope.core"

local M = {}

local function read(path)
  local f, err
  if path == "-" then f = io.stdin else f, err = io.open(path, "rb") end
  if not f then return nil, err end
  local s = f:read("a")
  if f ~= io.stdin then f:close() end
  return s
end

--- Run the command line with the argument list 'args'; returns the exit
-- status (0 success, 1 bad input, 2 bad usage).
function M.main(args)
  local cmd, path = args[1], args[2]
  if cmd ~= "analyze" or not path then
    io.stderr:write("usage: dealscope analyze FILE\n")
    return 2
  end
  local text, err = read(path)
  if not text then
    io.stderr:write("dealscope: ", err, "\n")
    return 1
  end
  for i, s in ipairs(core.sentences(text)) do
    io.write(string.format("%3d %6d %6d %s%s\n", i, s.start, s.stop,
      s.heading and "# " or "", text:sub(s.start, s.stop)))
  end
  return 0
end

return M
