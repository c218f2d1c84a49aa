-- The default rules generalise: their words are the words of trade
-- reporting, never sentences of the gold texts they are measured on.
local H = require "spec.helpers"
local phrase_ok, phrase = pcall(require, "dealscope.phrase")

--- Every phrase of a rule file, read with a stand-in vocabulary.
local function phrases_of(path)
  local out = {}
  local function collect(list)
    if type(list) ~= "table" then return end
    for k, v in pairs(list) do
      if type(v) == "string" then out[#out + 1] = v
      elseif type(v) == "table" and type(k) == "string" then
        for _, p in ipairs(v) do out[#out + 1] = p end
      end
    end
  end
  local env = setmetatable({}, { __index = function(_, k)
    if k == "words" or k == "certainty" then
      return function() return collect end
    elseif k == "pseudo" or k == "attribution" or k == "mask" then
      return collect
    end
    return function() return function() return {} end end
  end })
  assert(loadfile(path, "t", env))()
  return out
end

describe("the default rule files", function()
  it("hold no word-list entry of five or more words copied from a gold text", function()
    local dir = H.shared("gold/reuters/55.txt")
    if not dir or not phrase_ok then pending("../shared or the phrase parser is absent") return end
    local texts = { (H.read("../shared/seed/busan-summit-2025.txt")):lower() }
    local p = io.popen("ls ../shared/gold/reuters/*.txt")
    for l in p:lines() do texts[#texts + 1] = H.read(l):lower():gsub("%s+", " ") end
    p:close()
    local copied = {}
    for _, file in ipairs { "lua/dealscope/rules/trade.lua", "lua/dealscope/rules/context.lua" } do
      for _, ph in ipairs(phrases_of(file)) do
        for _, v in ipairs(phrase.parse(ph)) do
          local words = {}
          for w in v:gsub("[=*]", ""):gmatch("%S+") do words[#words + 1] = w end
          if #words >= 5 then
            local needle = table.concat(words, " "):lower()
            for _, t in ipairs(texts) do
              if t:find(needle, 1, true) then copied[#copied + 1] = ph end
            end
          end
        end
      end
    end
    assert.same({}, copied)
  end)
end)
