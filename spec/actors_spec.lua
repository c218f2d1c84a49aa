-- The dictionary of parties of the default rules
-- (lua/dealscope/rules/actors.lua) is data in a rule file. These specs run
-- it with a stand-in for the rule vocabulary (`words` only) and check its
-- shape, its codes, that no phrase names two parties, that exact case is
-- kept for the ambiguous short forms, and that well-known names resolve to
-- the party news means by them.

local PATH = "lua/dealscope/rules/actors.lua"

-- Run the rule file; returns the word lists by name ("actor", ...).
local function load_lists(path)
  local lists = {}
  local env = {
    words = function(name)
      return function(t) lists[name] = t end
    end,
  }
  local f = assert(io.open(path, "rb"))
  local src = f:read("a")
  f:close()
  assert(load(src, "@" .. path, "t", env))()
  return lists
end

-- The literal forms of a phrase: "(a|b)" and "x(s)?" groups, "[w]" words.
local function expand(p)
  local s, e, body, q = p:find("%(([^()]*)%)(%??)")
  if s then
    local alts, out = {}, {}
    for a in (body .. "|"):gmatch("([^|]*)|") do alts[#alts + 1] = a end
    if q == "?" then alts[#alts + 1] = "" end
    for _, a in ipairs(alts) do
      for _, v in ipairs(expand(p:sub(1, s - 1) .. a .. p:sub(e + 1))) do
        out[#out + 1] = v
      end
    end
    return out
  end
  local s2, e2, w = p:find("%[([^%[%]]*)%] ?")
  if s2 then
    local out = expand(p:sub(1, s2 - 1) .. w .. " " .. p:sub(e2 + 1))
    for _, v in ipairs(expand(p:sub(1, s2 - 1) .. p:sub(e2 + 1))) do
      out[#out + 1] = v
    end
    return out
  end
  return { p }
end

-- How the matcher compares: case-folded, a hyphen is a space.
local function fold(s)
  s = s:gsub("^=", ""):lower():gsub("%-", " "):gsub("%s+", " ")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end

local lists = load_lists(PATH)
local actor = lists.actor

-- Every literal form of every phrase, with its code, expanded once.
local forms = {}
for code, phrases in pairs(actor or {}) do
  for _, p in ipairs(phrases) do
    for _, v in ipairs(expand(p)) do forms[#forms + 1] = { v = v, code = code } end
  end
end

-- The codes of the forms that match each whole text: folded, or exact.
local by_fold, by_exact = {}, {}
for _, f in ipairs(forms) do
  local idx, k = by_fold, fold(f.v)
  if f.v:sub(1, 1) == "=" then idx, k = by_exact, f.v:sub(2) end
  idx[k] = idx[k] or {}
  idx[k][f.code] = true
end

-- The codes (sorted, comma-separated; "" for none) of the phrases that
-- match the text 'name' as a whole.
local function lookup(name)
  local found = {}
  for code in pairs(by_fold[fold(name)] or {}) do found[code] = true end
  for code in pairs(by_exact[name] or {}) do found[code] = true end
  local codes = {}
  for code in pairs(found) do codes[#codes + 1] = code end
  table.sort(codes)
  return table.concat(codes, ",")
end

-- The 193 member states of the United Nations.
local UN = [[
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE]]

-- Parties that are not UN members, as the file's header documents them:
-- territories and observers, the EU, Kosovo, and the states of the 1980s.
local EXTRA = { "TWN", "HKG", "MAC", "PSE", "VAT", "XKX", "EUU",
                "SUN", "DDR", "YUG", "CSK" }

-- Every exact-case phrase, as the file's header documents them: short
-- forms that are ordinary words in lower case, or tickers in capitals.
local EXACT = {
  "US", "EC", "EU", "Community", "Commission", "Fed", "Diet",
  "Bush", "Trump", "Pence", "Kohl", "Truss", "Tusk",
  "Xi", "Abe", "Aso", "Roh", "Chun", "Yoon",
  "Turkey", "Jordan", "Guinea", "Niger", "Chile", "Lima",
  "Polish", "Poles", "Danish", "Danes", "Finns", "Swedes",
}

-- Common words and names that no party may be matched by, unless the
-- phrase is exact-case (then it must be in EXACT).
local COMMON = [[
us turkey chad jordan may will bill baker hills rice lee kim wang li
brown young sharp ross brock smith johnson jones king queen major male
victoria kingston georgia guinea niger chile lima polish poles danish danes
finns swedes diet bush kohl truss fed trump pence tusk community commission
block hunt cook straw cable noir borne fox snow summers abbott howard clark
martin harris evans wilson harper moon park kan uno mori hata suzuki lange
downer estrada duque bongo xi abe aso roh chun yoon senate parliament
government ministry state union republic kingdom president minister house
court council bank party assembly cabinet capital crown palace commonwealth
federation federal national central reserve new south north east west
commerce trade customs agriculture finance foreign
]]

local function set_of(words)
  local s = {}
  for w in words:gmatch("%S+") do s[w] = true end
  return s
end

describe("dealscope.rules.actors", function()
  describe('words "actor"', function()
    it("maps three-letter upper-case codes to lists of phrases", function()
      assert.is_table(actor)
      local n = 0
      for code, phrases in pairs(actor) do
        n = n + 1
        assert.is_string(code)
        assert.matches("^%u%u%u$", code)
        assert.is_table(phrases)
        assert.is_true(#phrases > 0, code .. " has no phrase")
        local m = 0
        for _ in pairs(phrases) do m = m + 1 end
        assert.equal(#phrases, m, code .. " is not a plain list")
        for _, p in ipairs(phrases) do
          assert.is_string(p)
          assert.is_true(#p > 0, code .. " has an empty phrase")
        end
      end
      assert.is_true(n >= 190, n .. " codes")
    end)

    it("covers every UN member state", function()
      local missing = {}
      for code in UN:gmatch("%u%u%u") do
        if not actor[code] then missing[#missing + 1] = code end
      end
      assert.same({}, missing)
    end)

    it("uses no code but the UN members' and the documented extras", function()
      local known = set_of(UN)
      for _, c in ipairs(EXTRA) do known[c] = true end
      local unknown = {}
      for code in pairs(actor) do
        if not known[code] then unknown[#unknown + 1] = code end
      end
      assert.same({}, unknown)
      for _, c in ipairs(EXTRA) do assert.is_table(actor[c], c) end
    end)

    it("writes each phrase in ASCII, trimmed, with balanced groups", function()
      for code, phrases in pairs(actor) do
        for _, p in ipairs(phrases) do
          local where = code .. ": " .. p
          assert.is_nil(p:find("[^%w .'()|?%[%]=-]"), where)
          assert.is_nil(p:find("^%s"), where)
          assert.is_nil(p:find("%s$"), where)
          assert.is_nil(p:find("%s%s"), where)
          assert.is_nil(p:find(".=", 1), where)
          -- groups neither nest nor stay open; '?' only after a group
          local bare = p:gsub("%([^()]*%)%??", ""):gsub("%[[^%[%]]*%]", "")
          assert.is_nil(bare:find("[()%[%]|?]"), where)
        end
      end
    end)

    it("puts no phrase under two codes", function()
      local owner, clashes = {}, {}
      for code, phrases in pairs(actor) do
        for _, p in ipairs(phrases) do
          for _, v in ipairs(expand(p)) do
            local k = fold(v)
            if owner[k] and owner[k] ~= code then
              clashes[#clashes + 1] = k .. " (" .. owner[k] .. ", " .. code .. ")"
            end
            owner[k] = code
          end
        end
      end
      table.sort(clashes)
      assert.same({}, clashes)
    end)

    it("lists no phrase twice under one code", function()
      local twice = {}
      for code, phrases in pairs(actor) do
        local seen = {}
        for _, p in ipairs(phrases) do
          for _, v in ipairs(expand(p)) do
            local k = fold(v)
            if seen[k] then twice[#twice + 1] = code .. ": " .. k end
            seen[k] = true
          end
        end
      end
      assert.same({}, twice)
    end)

    it("keeps exact case to the documented one-word short forms", function()
      local used = {}
      for code, phrases in pairs(actor) do
        for _, p in ipairs(phrases) do
          if p:sub(1, 1) == "=" then
            assert.matches("^=%u[%a]*$", p, code)
            used[#used + 1] = p:sub(2)
          end
        end
      end
      table.sort(used)
      local want = { table.unpack(EXACT) }
      table.sort(want)
      assert.same(want, used)
    end)

    it("lists no common word or name but in exact case", function()
      local common, bad = set_of(COMMON), {}
      for code, phrases in pairs(actor) do
        for _, p in ipairs(phrases) do
          for _, v in ipairs(expand(p)) do
            if common[fold(v)] and v:sub(1, 1) ~= "=" then
              bad[#bad + 1] = code .. ": " .. v
            end
          end
        end
      end
      assert.same({}, bad)
    end)

    it("resolves well-known names to their party", function()
      local want = {
        -- China and the United States
        Beijing = "CHN", PRC = "CHN", ["Xi Jinping"] = "CHN", Xi = "CHN",
        MOFCOM = "CHN", ["He Lifeng"] = "CHN", ["Wang Wentao"] = "CHN",
        Zhongnanhai = "CHN", ["Liu He"] = "CHN", ["Wu Yi"] = "CHN",
        Washington = "USA", ["White House"] = "USA", Trump = "USA",
        USTR = "USA", Yeutter = "USA", ["Clayton Yeutter"] = "USA",
        Lyng = "USA", Bessent = "USA", Lutnick = "USA", Lighthizer = "USA",
        ["U.S."] = "USA", US = "USA", Americans = "USA",
        ["Commerce Department"] = "USA", Congress = "USA", Treasury = "USA",
        -- East Asia
        Tokyo = "JPN", Nakasone = "JPN", MITI = "JPN", Japanese = "JPN",
        Tamura = "JPN", Amari = "JPN", Diet = "JPN",
        Seoul = "KOR", Korean = "KOR", Koreans = "KOR",
        ["Rah Woon Bae"] = "KOR", ["North Korea"] = "PRK", Pyongyang = "PRK",
        Taipei = "TWN", ["Chinese Taipei"] = "TWN", ["Hong Kong"] = "HKG",
        -- the European Union
        Brussels = "EUU", EC = "EUU", Community = "EUU",
        ["European Community"] = "EUU", ["Willy De Clercq"] = "EUU",
        Sefcovic = "EUU", Malmstrom = "EUU", Dombrovskis = "EUU",
        ["European Commission"] = "EUU",
        -- the states of the 1980s
        Bonn = "DEU", ["West Germany"] = "DEU", ["East Germany"] = "DDR",
        Honecker = "DDR", ["Soviet Union"] = "SUN", Soviets = "SUN",
        USSR = "SUN", Kremlin = "SUN", Gorbachev = "SUN", Moscow = "RUS",
        Russian = "RUS", Putin = "RUS", Yugoslavia = "YUG",
        Czechoslovakia = "CSK",
        -- capitals and leaders elsewhere
        Ottawa = "CAN", Canberra = "AUS", ["New Delhi"] = "IND",
        Islamabad = "PAK", Whitehall = "GBR", ["Downing Street"] = "GBR",
        Thatcher = "GBR", Elysee = "FRA", Mitterrand = "FRA",
        Brasilia = "BRA", Lula = "BRA", ["Buenos Aires"] = "ARG",
        ["Mexico City"] = "MEX", Pretoria = "ZAF", Ankara = "TUR",
        Turkey = "TUR", Riyadh = "SAU", Jakarta = "IDN", Hanoi = "VNM",
        Bangkok = "THA", ["Kuala Lumpur"] = "MYS", Singapore = "SGP",
        Manila = "PHL", Cairo = "EGY", Abuja = "NGA", Kosovo = "XKX",
        ["Palestinian Authority"] = "PSE",
      }
      local n = 0
      for name, code in pairs(want) do
        n = n + 1
        assert.equal(code, lookup(name), name)
      end
      assert.is_true(n >= 40)
    end)

    it("tells exact-case short forms from the ordinary words", function()
      assert.equal("USA", lookup("US"))
      assert.equal("", lookup("us"))
      assert.equal("TUR", lookup("Turkey"))
      assert.equal("", lookup("turkey"))
      assert.equal("EUU", lookup("Commission"))
      assert.equal("", lookup("commission"))
      assert.equal("EUU", lookup("Community"))
      assert.equal("", lookup("community"))
      assert.equal("GIN", lookup("Guinea"))
      assert.equal("", lookup("guinea"))
      assert.equal("", lookup("XI"))
    end)

    it("names a longer state apart from the shorter name inside it", function()
      local pairs_ = {
        { "North Korea", "PRK", "Korea", "KOR" },
        { "Democratic People's Republic of Korea", "PRK",
          "Republic of Korea", "KOR" },
        { "Equatorial Guinea", "GNQ", "Guinea", "GIN" },
        { "Guinea-Bissau", "GNB", "Guinea", "GIN" },
        { "Papua New Guinea", "PNG", "Guinea", "GIN" },
        { "South Sudan", "SSD", "Sudan", "SDN" },
        { "Niger Delta", "NGA", "Niger", "NER" },
        { "Democratic Republic of the Congo", "COD",
          "Republic of the Congo", "COG" },
        { "East Germany", "DDR", "Germany", "DEU" },
        { "International Trade Commission", "USA", "Commission", "EUU" },
        { "National People's Congress", "CHN", "Congress", "USA" },
        { "Indian National Congress", "IND", "Congress", "USA" },
      }
      for _, t in ipairs(pairs_) do
        assert.equal(t[2], lookup(t[1]), t[1])
        assert.equal(t[4], lookup(t[3]), t[3])
      end
    end)

    it("leaves out names that belong to no one party", function()
      for _, name in ipairs{ "Congo", "Congolese", "Georgia", "Georgian",
          "Chad", "Male", "Victoria", "Kingston", "Georgetown", "Doha",
          "Republic of China", "Jerusalem", "Senate", "Politburo",
          "Ministry of Commerce", "National Assembly", "BIS", "GATT", "WTO",
          "OPEC", "ASEAN", "APEC", "G7", "United Nations", "IMF" } do
        assert.equal("", lookup(name), name)
      end
    end)
  end)

  describe('words "not_actor"', function()
    local not_actor = lists.not_actor

    -- the words of each actor form, compared folded or in exact case
    local needles = {}
    for i, f in ipairs(forms) do
      local exact = f.v:sub(1, 1) == "="
      local words = { exact = exact }
      for w in (exact and f.v:sub(2) or fold(f.v)):gmatch("%S+") do
        words[#words + 1] = w
      end
      needles[i] = words
    end

    -- does the token list 'hay' hold the words of 'needle' in a row?
    local function holds(hay, needle)
      for i = 1, #hay - #needle + 1 do
        local ok = true
        for j = 1, #needle do
          local h = hay[i + j - 1]
          if needle.exact then ok = h == needle[j] else ok = h:lower() == needle[j] end
          if not ok then break end
        end
        if ok then return true end
      end
      return false
    end

    it("is a list of non-empty phrases", function()
      assert.is_table(not_actor)
      assert.is_true(#not_actor > 0)
      for _, p in ipairs(not_actor) do
        assert.is_string(p)
        assert.is_nil(p:find("[^%w .'()|?%[%]-]"), p)
      end
    end)

    it("shares no phrase with the actor lists", function()
      for _, p in ipairs(not_actor) do
        for _, v in ipairs(expand(p)) do
          assert.equal("", lookup(v), v)
        end
      end
    end)

    it("holds an actor phrase inside each entry", function()
      local idle = {}
      for _, p in ipairs(not_actor) do
        for _, v in ipairs(expand(p)) do
          local hay = {}
          for w in v:gsub("%-", " "):gmatch("%S+") do hay[#hay + 1] = w end
          local found = false
          for _, needle in ipairs(needles) do
            if holds(hay, needle) then found = true break end
          end
          if not found then idle[#idle + 1] = v end
        end
      end
      assert.same({}, idle)
    end)
  end)

  describe("through the rule language", function()
    it("loads as a rule file of dealscope.new()", function()
      if not pcall(require, "dealscope.rules") then
        pending("dealscope.rules is not built in this tree")
        return
      end
      local dealscope = require "dealscope"
      local az = assert(dealscope.new{ rules = PATH })
      assert.is_not_nil(az)
    end)
  end)
end)
