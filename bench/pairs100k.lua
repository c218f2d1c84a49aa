--- The 100,000-phrase list of the lexicon benchmarks (make bench,
-- make lexdiff): the distinct word pairs of a text, in order of their
-- first use, words of three letters or more. Returns the function.
return function (text)
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
