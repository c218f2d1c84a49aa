--- The LPeg baseline of the lexicon benchmark: an ordered choice of the
-- phrases, longest first, tried at every word start of the lower-cased
-- text, whole-word (a match must not run into a letter or a digit).
-- It finds leftmost, non-overlapping matches: the count is close to,
-- not equal to, the lexicon's, which finds overlapping ones too.
local lpeg = require "lpeg"

local P, R = lpeg.P, lpeg.R

--- A counter for 'phrases': function(text) -> number of matches.
return function (phrases)
  local list = {}
  for i, p in ipairs(phrases) do list[i] = p:lower() end
  table.sort(list, function (a, b) return #a > #b end)
  local wordch = R("az", "09")
  local choice = P(false)
  for _, p in ipairs(list) do choice = choice + P(p) end
  local hit = lpeg.Cp() * choice * -wordch
  local skip = wordch^1 + (1 - wordch)
  local scan = lpeg.Ct((hit + skip)^0)
  return function (text)
    return #scan:match(text:lower())
  end
end
