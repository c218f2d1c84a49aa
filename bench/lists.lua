--- The phrase lists of the lexicon benchmarks (make bench, make
-- lexdiff). Returns a table of two functions.
local M = {}

--- The non-blank lines of the file at 'path', or nil when it cannot be
-- read.
function M.lines (path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local t = {}
  for l in f:lines() do
    if l:find("%S") then t[#t + 1] = l end
  end
  f:close()
  return t
end

--- The 100,000-phrase list: the distinct word pairs of 'text', in order
-- of their first use, words of three letters or more.
function M.pairs100k (text)
  local out, seen, prev = {}, {}, nil
  for w in text:lower():gmatch("%a+") do
    if #w >= 3 then
      if prev then
        local p = prev .. " " .. w
        if not seen[p] then
          seen[p] = true
          out[#out + 1] = p
          if #out == 100000 then break end
        end
      end
      prev = w
    else
      prev = nil
    end
  end
  return out
end

return M
