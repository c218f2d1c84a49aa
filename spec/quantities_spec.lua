local core = require "dealscope.core"
local H = require "spec.helpers"

-- The figures of 'text' (with 'opts'), each checked against its span.
local function figures(text, opts)
  local out = core.quantities(text, opts)
  for _, f in ipairs(out) do
    assert.equal(f.text, text:sub(f.start, f.stop))
  end
  return out
end

-- The one figure of 'text' whose text is 'want' (or that covers it).
local function figure(text, want, opts)
  local found
  for _, f in ipairs(figures(text, opts)) do
    if f.text == want then return f end
    if not found and f.text:find(want, 1, true) then found = f end
  end
  return found
end

-- One spec per case: the figure 'text' of 'sentence' has the fields of
-- 'expect' (a subset of its fields).
local function cases(list)
  for _, c in ipairs(list) do
    local sentence, want, expect, opts = c[1], c[2], c[3], c[4]
    it(("reads %q in %q"):format(want, sentence), function()
      local f = figure(sentence, want, opts)
      assert.is_table(f, "no figure " .. want)
      assert.equal(want, f.text)
      for k, v in pairs(expect) do
        assert.same(v, f[k], k .. " of " .. want)
      end
    end)
  end
end

local function none(list)
  for _, c in ipairs(list) do
    local sentence, what = c[1], c[2]
    it(("finds no figure in %q (%s)"):format(sentence, what), function()
      local got = {}
      for _, f in ipairs(figures(sentence)) do got[#got + 1] = f.text end
      assert.same({}, got)
    end)
  end
end

describe("dealscope.core", function()
  describe("quantities()", function()

    describe("numbers", function()
      cases {
        { "Output was put at 1,250 last week.", "1,250", { kind = "number", value = 1250 } },
        { "Stocks stood at 1,250.5 at the end of March.", "1,250.5",
          { kind = "number", value = 1250.5 } },
        { "The company expects sales of 1.5 million.", "1.5 million",
          { kind = "number", value = 1500000 } },
        { "Profit rose to a record 12m.", "12m", { kind = "number", value = 12000000 } },
        { "Twenty-five of them voted against it.", "Twenty-five",
          { kind = "number", value = 25 } },
        { "The figure was two hundred and fifty thousand.", "two hundred and fifty thousand",
          { kind = "number", value = 250000 } },
        { "Officials met a dozen times in Geneva.", "a dozen", { kind = "number", value = 12 } },
        { "He expects half a million by June.", "half a million",
          { kind = "number", value = 500000 } },
        { "The surplus was 1.3 bln against 1.1 bln.", "1.3 bln",
          { kind = "number", value = 1300000000 } },
        { "It fetched 40k at auction.", "40k", { kind = "number", value = 40000 } },
        { "They expect two and a half million this year.", "two and a half million",
          { kind = "number", value = 2500000 } },
        { "Rates were held at zero.", "zero", { kind = "number", value = 0 } },
        { "Three of the ships had been diverted.", "Three", { kind = "number", value = 3 } },
        { "The deficit reached 5 trn.", "5 trn", { kind = "number", value = 5e12 } },
        { "Ending stocks 0.52 versus 0.61.", "0.52", { kind = "number", value = 0.52 } },
        { "Nearly a billion were traded.", "a billion",
          { kind = "number", value = 1e9, bound = "about" } },
        { "Seventeen were held in the port.", "Seventeen", { kind = "number", value = 17 } },
      }

      it("gives whole values as integers and others as floats", function()
        assert.equal("integer", math.type(figure("at 1,250 now", "1,250").value))
        assert.equal("float", math.type(figure("at 1.5 now", "1.5").value))
        assert.equal("integer", math.type(figure("$550 billion", "$550 billion").value))
      end)

      it("reads decimals exactly, scale and all", function()
        assert.equal(1.1e9, figure("$1.1 billion", "$1.1 billion").value)
        assert.equal(0.1, figure("0.10 pct", "0.10 pct").value)
        assert.equal(1250.5, figure("1,250.5 tonnes", "1,250.5 tonnes").value)
      end)
    end)

    describe("percentages", function()
      cases {
        { "scrapping a planned 100% tariff hike", "100%",
          { kind = "percent", value = 100, unit = "%" } },
        { "a 20 percent tariff on steel", "20 percent",
          { kind = "percent", value = 20, unit = "%" } },
        { "Duties were raised to 20 pct.", "to 20 pct", { kind = "change", to = 20, unit = "%" } },
        { "imports rose 20 pct in March", "20 pct", { kind = "percent", value = 20, unit = "%" } },
        { "growth of 18.2 per cent last year", "18.2 per cent",
          { kind = "percent", value = 18.2, unit = "%" } },
        { "a gap of ten percentage points", "ten percentage points",
          { kind = "percent", value = 10, unit = "pp" } },
        { "by an average 7.7 percentage points", "7.7 percentage points",
          { kind = "percent", value = 7.7, unit = "pp" } },
        { "a spread of 30 pct points", "30 pct points",
          { kind = "percent", value = 30, unit = "pp" } },
        { "a yield of 53 basis points over Treasuries", "53 basis points",
          { kind = "percent", value = 0.53, unit = "pp" } },
        { "a 10-pct duty on hake", "10-pct", { kind = "percent", value = 10, unit = "%" } },
        { "at five pct, the levy", "five pct", { kind = "percent", value = 5, unit = "%" } },
        { "tariff cuts of between five and 30 percentage points", "five and 30 percentage points",
          { kind = "percent", value = 5, low = 5, high = 30, unit = "pp" } },
        { "tariffs of 10 to 15% on cars", "10 to 15%",
          { kind = "percent", low = 10, high = 15, unit = "%" } },
        { "an 8-to-10 percent rise", "8-to-10 percent",
          { kind = "percent", low = 8, high = 10, unit = "%" } },
        { "the dollar's 35-40 pct decline", "35-40 pct",
          { kind = "percent", low = 35, high = 40, unit = "%" } },
        { "equal to about 25 pct of the crop", "25 pct",
          { kind = "percent", value = 25, bound = "about" } },
        { "a commitment fee of 0.10 pct per year", "0.10 pct per year",
          { kind = "percent", value = 0.1, per = "year" } },
        { "a cut of half a percentage point", "half a percentage point",
          { kind = "percent", value = 0.5, unit = "pp" } },
        { "holdings of not more than 35 pct", "35 pct",
          { kind = "percent", value = 35, bound = "at most" } },
      }
    end)

    describe("money", function()
      cases {
        { "Japan pledged $550 billion in investment.", "$550 billion",
          { kind = "money", value = 550e9, unit = "USD" } },
        { "a US$200bn purchase pledge", "US$200bn",
          { kind = "money", value = 200e9, unit = "USD" } },
        { "some 750 billion dollars of energy", "750 billion dollars",
          { kind = "money", value = 750e9, unit = "USD", bound = "about" } },
        { "valued at dlrs 1.5 billion in all", "dlrs 1.5 billion",
          { kind = "money", value = 1.5e9, unit = "USD" } },
        { "a loan of 5 mln dlrs to Peru", "5 mln dlrs",
          { kind = "money", value = 5e6, unit = "USD" } },
        { "a stimulus of ¥1.2 trillion", "¥1.2 trillion",
          { kind = "money", value = 1.2e12, unit = "JPY" } },
        { "the EU's €5bn fund", "€5bn", { kind = "money", value = 5e9, unit = "EUR" } },
        { "a £3m grant", "£3m", { kind = "money", value = 3e6, unit = "GBP" } },
        { "bills comprising 80 mln stg in band one", "80 mln stg",
          { kind = "money", value = 80e6, unit = "GBP" } },
        { "textile exports of 1.314 billion yuan", "1.314 billion yuan",
          { kind = "money", value = 1.314e9, unit = "CNY" } },
        { "a deficit of 2.5 trillion won", "2.5 trillion won",
          { kind = "money", value = 2.5e12, unit = "KRW" } },
        { "the duty was 600 rupees before", "600 rupees",
          { kind = "money", value = 600, unit = "INR" } },
        { "an inflow of 1.3 billion marks", "1.3 billion marks",
          { kind = "money", value = 1.3e9, unit = "DEM" } },
        { "a surplus of 13.6 billion U.S. Dlrs", "13.6 billion U.S. Dlrs",
          { kind = "money", value = 13.6e9, unit = "USD" } },
        { "sales of 5 mln Canadian dlrs", "5 mln Canadian dlrs",
          { kind = "money", value = 5e6, unit = "CAD" } },
        { "a profit of 19 cts a share", "19 cts a share",
          { kind = "money", value = 0.19, unit = "USD", per = "share" } },
        { "a HK$5 billion bridge", "HK$5 billion", { kind = "money", value = 5e9, unit = "HKD" } },
        { "an export duty of 330 rupees per 100 kg", "330 rupees per 100 kg",
          { kind = "money", value = 330, unit = "INR", per = "100 kg" } },
        { "a cost of $1 to $2 billion", "$1 to $2 billion",
          { kind = "money", low = 1e9, high = 2e9, unit = "USD" } },
        { "a bond of 300 mln Swiss francs", "300 mln Swiss francs",
          { kind = "money", value = 300e6, unit = "CHF" } },
        { "a deficit of 10 billion francs", "10 billion francs",
          { kind = "money", value = 10e9, unit = nil } },
        { "fund of RMB 100 billion", "RMB 100 billion",
          { kind = "money", value = 100e9, unit = "CNY" } },
      }
    end)

    describe("mass", function()
      cases {
        { "12 million metric tons of U.S. soybeans", "12 million metric tons",
          { kind = "mass", value = 12e6, unit = "t" } },
        { "a harvest of 25 million tonnes", "25 million tonnes",
          { kind = "mass", value = 25e6, unit = "t" } },
        { "levies on 550,000 tonnes of wheat bran", "550,000 tonnes",
          { kind = "mass", value = 550000, unit = "t" } },
        { "stocks of 332,000 t at the end", "332,000 t",
          { kind = "mass", value = 332000, unit = "t" } },
        { "confirmed at 1.5 mln tonnes", "1.5 mln tonnes",
          { kind = "mass", value = 1.5e6, unit = "t" } },
        { "to buy four mln tonnes of corn", "four mln tonnes",
          { kind = "mass", value = 4e6, unit = "t" } },
        { "shipments of 49,000 short tons", "49,000 short tons",
          { kind = "mass", value = 49000, unit = "short t" } },
        { "a cargo of 30,000 long tons", "30,000 long tons",
          { kind = "mass", value = 30000, unit = "long t" } },
        { "a bag of 500 kg", "500 kg", { kind = "mass", value = 0.5, unit = "t" } },
        { "25 million tons annually over the next three years", "25 million tons annually",
          { kind = "mass", value = 25e6, unit = "t", per = "year" } },
        { "yields of 2.0 to 2.2 tonnes per hectare", "2.0 to 2.2 tonnes per hectare",
          { kind = "mass", low = 2, high = 2.2, per = "hectare" } },
        { "a crop of 5 mmt", "5 mmt", { kind = "mass", value = 5e6, unit = "t" } },
        { "a maximum 5.5 mln tonne overall quota", "5.5 mln tonne",
          { kind = "mass", value = 5.5e6, unit = "t" } },
        { "another 100,000 to 150,000 tonnes", "100,000 to 150,000 tonnes",
          { kind = "mass", low = 100000, high = 150000, unit = "t" } },
        { "its tender for up to 43,000 tonnes of corn", "43,000 tonnes",
          { kind = "mass", value = 43000, bound = "up to" } },
        { "at least one mln tonnes of surplus", "one mln tonnes",
          { kind = "mass", value = 1e6, bound = "at least" } },
      }

      it("converts pounds of a commodity to tonnes", function()
        local f = figure("100 mln lbs of pork", "100 mln lbs")
        assert.equal("mass", f.kind)
        assert.equal("t", f.unit)
        assert.near(45359.237, f.value, 1e-6)
        assert.near(45.359237, figure("100,000 pounds of beef", "100,000 pounds").value, 1e-9)
      end)
    end)

    describe("counts", function()
      cases {
        { "The resumption of at least two large soybean cargoes this season",
          "two large soybean cargoes",
          { kind = "count", value = 2, unit = "cargoes", noun = "cargo", bound = "at least" } },
        { "delivered in three shipments", "three shipments",
          { kind = "count", value = 3, unit = "shipments", noun = "shipment" } },
        { "restrictions on 12 farm products", "12 farm products",
          { kind = "count", value = 12, unit = "products", noun = "product" } },
        { "tariff cuts on 862 foreign goods", "862 foreign goods",
          { kind = "count", value = 862, unit = "goods" } },
        { "the list of products included 60 items", "60 items", { kind = "count", value = 60 } },
        { "exports of 16,000 units a year", "16,000 units a year",
          { kind = "count", value = 16000, unit = "units", per = "year" } },
        { "stocks of 1.4 billion bushels of soybeans", "1.4 billion bushels",
          { kind = "count", value = 1.4e9, unit = "bushels", noun = "bushel" } },
        { "About 2,800 members of Local 222", "2,800 members",
          { kind = "count", value = 2800, bound = "about" } },
        { "a deal between two Chinese companies", "two Chinese companies",
          { kind = "count", value = 2, unit = "companies", noun = "company" } },
        { "employment for about 100,000 people", "100,000 people",
          { kind = "count", value = 100000, noun = "person" } },
        { "An additional 761 head of dairy cattle", "761 head",
          { kind = "count", value = 761, unit = "head" } },
        { "In Tokyo, 14 London-based firms trade", "14 London-based firms",
          { kind = "count", value = 14, unit = "firms" } },
        { "curbs on 170 products", "170 products", { kind = "count", value = 170 } },
        { "Five vessels were waiting to load.", "Five vessels",
          { kind = "count", value = 5, unit = "vessels" } },
        { "half a dozen ships", "half a dozen ships",
          { kind = "count", value = 6, unit = "ships" } },
        { "the seven largest industrial nations", "seven largest industrial nations",
          { kind = "count", value = 7, unit = "nations" } },
        { "INDIA TO SHIP 190,000 BALES", "190,000 BALES",
          { kind = "count", value = 190000, unit = "BALES", noun = "bale" } },
      }

      it("keeps a measured modifier inside the counted phrase", function()
        local f = figure("raised by 190,000 170-kg bales to 600,000 bales", "190,000 170-kg bales")
        assert.equal("change", f.kind)
        assert.equal("bales", f.unit)
        assert.equal(190000, f.by)
        assert.equal(600000, f.to)
      end)
    end)

    describe("durations", function()
      cases {
        { "pause the regime for at least one year", "one year",
          { kind = "duration", value = 1, unit = "year", bound = "at least" } },
        { "a 90-day truce", "90-day", { kind = "duration", value = 90, unit = "day" } },
        { "over the next three years", "three years",
          { kind = "duration", value = 3, unit = "year" } },
        { "a new five-year textile pact", "five-year",
          { kind = "duration", value = 5, unit = "year" } },
        { "in the last 12 months", "12 months", { kind = "duration", value = 12, unit = "month" } },
        { "in the past two weeks", "two weeks", { kind = "duration", value = 2, unit = "week" } },
        { "the 30-day visible supply", "30-day", { kind = "duration", value = 30, unit = "day" } },
        { "EXPORT NO OIL FOR FOUR MONTHS", "FOUR MONTHS",
          { kind = "duration", value = 4, unit = "month" } },
        { "a new three to five-year textile pact", "three to five-year",
          { kind = "duration", low = 3, high = 5, unit = "year" } },
        { "will take 12 to 14 months from now", "12 to 14 months",
          { kind = "duration", low = 12, high = 14, unit = "month" } },
        { "for two decades", "two decades", { kind = "duration", value = 20, unit = "year" } },
        { "within one and a half years", "one and a half years",
          { kind = "duration", value = 1.5, unit = "year" } },
        { "worked for 90 days during the year", "90 days",
          { kind = "duration", value = 90, unit = "day" } },
        { "over the next two quarters", "two quarters",
          { kind = "duration", value = 6, unit = "month" } },
        { "during his two-day visit", "two-day", { kind = "duration", value = 2, unit = "day" } },
        { "for half a year", "half a year", { kind = "duration", value = 0.5, unit = "year" } },
      }
    end)

    describe("dates", function()
      cases {
        { "originally scheduled for November 1", "November 1",
          { kind = "date", value = "--11-01", month = 11, day = 1 } },
        { "originally scheduled for November 1", "November 1",
          { kind = "date", value = "2025-11-01", year = 2025, resolved = true },
          { ref = "2025-10-30" } },
        { "Talks resume Nov. 10, 2025 in Geneva", "Nov. 10, 2025",
          { kind = "date", value = "2025-11-10", year = 2025 } },
        { "starting January 2026", "January 2026", { kind = "date", value = "2026-01" } },
        { "from 1 November the levy applies", "1 November", { kind = "date", value = "--11-01" } },
        { "the meeting on Oct 30", "Oct 30", { kind = "date", value = "2025-10-30" },
          { ref = "2025-11-05" } },
        { "tariffs imposed in 2025", "2025", { kind = "date", value = "2025", year = 2025 } },
        { "INDIA 1986/87 COTTON EXPORT QUOTA", "1986/87",
          { kind = "date", value = "1986/1987", low = "1986", high = "1987" } },
        { "since the early 1970s", "1970s", { kind = "date", value = "1970/1979" } },
        { "were cut to 20 pct from 31.9 pct in April 1983", "April 1983",
          { kind = "date", value = "1983-04" } },
        { "Washington imposed 100 pct tariffs last April.", "last April",
          { kind = "date", value = "--04" } },
        { "Washington imposed 100 pct tariffs last April.", "last April",
          { kind = "date", value = "1987-04", resolved = true }, { ref = "1987-06-19" } },
        { "considered by the Commission in December.", "December",
          { kind = "date", value = "--12" } },
        { "effective 2025-10-30, the rule", "2025-10-30", { kind = "date", value = "2025-10-30" } },
        { "for May 15-30 shipment", "May 15-30",
          { kind = "date", value = "--05-15/--05-30", low = "--05-15", high = "--05-30" } },
        { "by mid-November", "mid-November", { kind = "date", value = "--11" } },
        { "through SEPTEMBER 30, 1987, USDA said", "SEPTEMBER 30, 1987",
          { kind = "date", value = "1987-09-30" } },
        { "from the 1st of November", "1st of November", { kind = "date", value = "--11-01" } },
        { "talks next March", "next March", { kind = "date", value = "2026-03" },
          { ref = "2025-10-30" } },
        { "a deadline of March 1", "March 1", { kind = "date", value = "2026-03-01" },
          { ref = "2025-10-30" } },
        { "a deadline of June 1", "June 1", { kind = "date", value = "2025-06-01" },
          { ref = "2025-10-30" } },
      }

      it("does not read a modal verb or a name as a month", function()
        for _, f in ipairs(figures("China may cut them; Jan Smith said so.")) do
          assert.not_equal("date", f.kind)
        end
      end)
    end)

    describe("changes", function()
      cases {
        { "lowered the rate from 57% to 47%", "from 57% to 47%",
          { kind = "change", from = 57, to = 47, value = 47, unit = "%", direction = "down" } },
        { "the levy was halved to 10%", "halved to 10%",
          { kind = "change", factor = 0.5, to = 10, unit = "%", direction = "down" } },
        { "Tariffs were cut by 10 percentage points.", "by 10 percentage points",
          { kind = "change", by = 10, unit = "pp", direction = "down" } },
        { "Duties were reduced to 10% from 20%.", "to 10% from 20%",
          { kind = "change", from = 20, to = 10, unit = "%", direction = "down" } },
        { "cut fentanyl-related tariffs from 20% to 10%", "from 20% to 10%",
          { kind = "change", from = 20, to = 10 } },
        { "Duties on chocolate were cut to 20 pct from 31.9 pct in April 1983.",
          "to 20 pct from 31.9 pct", { kind = "change", from = 31.9, to = 20, unit = "%" } },
        { "The quota will be raised by 4,500 tonnes to 34,300 tonnes.",
          "by 4,500 tonnes to 34,300 tonnes",
          { kind = "change", by = 4500, to = 34300, unit = "t", direction = "up" } },
        { "The move raised tariffs to 100 pct from about five pct.",
          "to 100 pct from about five pct",
          { kind = "change", from = 5, to = 100, unit = "%", direction = "up" } },
        { "reforms should reduce licensing requirements by 65 to 70 pct",
          "by 65 to 70 pct",
          { kind = "change", by_low = 65, by_high = 70, unit = "%", direction = "down" } },
        { "INDIA COTTON EXPORT QUOTA UP 190,000 BALES", "UP 190,000 BALES",
          { kind = "change", by = 190000, unit = "BALES", direction = "up" } },
        { "Imports doubled last year.", "doubled",
          { kind = "change", factor = 2, value = 2, direction = "up" } },
        { "imports were down 2.1 pct at 11.10 billion dlrs", "down 2.1 pct",
          { kind = "change", by = 2.1, unit = "%", direction = "down" } },
        { "The fee was cut in half.", "in half",
          { kind = "change", factor = 0.5, direction = "down" } },
        { "prices rose from 10 to 15 pct", "from 10 to 15 pct",
          { kind = "change", from = 10, to = 15, unit = "%", direction = "up" } },
        { "The surplus widened to 6.63 billion marks from 4.79 billion.",
          "to 6.63 billion marks from 4.79 billion",
          { kind = "change", from = 4.79e9, to = 6.63e9, unit = "DEM", direction = "up" } },
        { "Quotas will be increased by 3,000 tonnes.", "by 3,000 tonnes",
          { kind = "change", by = 3000, unit = "t", direction = "up" } },
        { "trade declined to 892,700 tonnes from 1.19 mln", "to 892,700 tonnes from 1.19 mln",
          { kind = "change", from = 1.19e6, to = 892700, unit = "t" } },
        { "Washington halved tariffs from 20% to 10%.", "halved tariffs from 20% to 10%",
          { kind = "change", factor = 0.5, from = 20, to = 10, unit = "%" } },
        { "The U.S. will cut the tariff by half, to 10 percent.", "by half, to 10 percent",
          { kind = "change", factor = 0.5, to = 10, unit = "%", direction = "down" } },
        { "It lowered the duty by 5 pct to 10 pct.", "by 5 pct to 10 pct",
          { kind = "change", by = 5, to = 10, unit = "%" } },
      }

      it("keeps a change's own unit for its amount when it differs", function()
        local f = figure("cut by 10 percentage points to 20%", "by 10 percentage points to 20%")
        assert.equal("%", f.unit)
        assert.equal("pp", f.by_unit)
      end)

      it("leaves a range that merely starts with 'from' alone", function()
        local f = figure("tariffs ranging from 5 to 10 pct", "5 to 10 pct")
        assert.equal("percent", f.kind)
        assert.equal(5, f.low)
        assert.equal(10, f.high)
      end)

      it("does not read 'by' before a noun phrase as a change", function()
        local f = figure("goods hit by 100 pct tariffs", "100 pct")
        assert.equal("percent", f.kind)
      end)
    end)

    describe("qualifiers", function()
      it("keeps the qualifier out of the figure's text and gives its span", function()
        local s = "for at least one year"
        local f = figure(s, "one year")
        assert.equal("at least", f.bound)
        assert.equal("at least", s:sub(f.bound_start, f.bound_stop))
      end)

      cases {
        { "at most 35 pct", "35 pct", { bound = "at most" } },
        { "about $5 billion", "$5 billion", { bound = "about" } },
        { "up to 43,000 tonnes", "43,000 tonnes", { bound = "up to" } },
        { "more than 300,000 bpd", "300,000 bpd", { bound = "more than", kind = "count" } },
        { "less than three pct", "three pct", { bound = "less than" } },
        { "no less than 232 mln tonnes", "232 mln tonnes", { bound = "at least" } },
        { "some 1,700 foreign products", "1,700 foreign products", { bound = "about" } },
        { "over 20 pct", "20 pct", { bound = "more than" } },
      }

      it("does not take 'over' before a period for a qualifier", function()
        assert.is_nil(figure("spread over three years", "three years").bound)
      end)
    end)

    describe("labels, times and codes", function()
      none {
        { "Type 2 diabetes", "a type label" },
        { "the G7 summit", "a name with a digit" },
        { "under Section 301 of the Trade Act", "a statute" },
        { "Section 301 tariffs stay", "a statute before a noun" },
        { "talks start at 5 p.m. local time", "a time" },
        { "the Boeing 737 jet", "a model" },
        { "the Boeing 737-800 jet", "a model with a variant" },
        { "under Article 5 of the treaty", "an article" },
        { "at 5:30 on Monday", "a clock time" },
        { "a value of 1e308", "a code, not a number" },
        { "sold F-16 jets", "a model" },
        { "before COVID-19 struck", "a name" },
        { "its 100th anniversary", "an ordinal" },
        { "One of the most contentious developments", "'one' as a pronoun" },
        { "see No. 5 above", "a numbered item" },
        { "a three-way race", "a compound adjective" },
        { "Chapter 11 protection", "a statute" },
      }

      it("reads a list marker's text and not the marker", function()
        local got = figures("1. China will buy 12 mln tonnes")
        assert.equal(1, #got)
        assert.equal("12 mln tonnes", got[1].text)
      end)

      it("reads a year that stands as one as a date", function()
        assert.equal("date", figure("in 2025", "2025").kind)
        assert.equal("date", figure("the 2025 tariffs", "2025").kind)
        assert.equal("date", figure("around 1993", "1993").kind)
        assert.equal("number", figure("more than 2000", "2000").kind)
        assert.equal("mass", figure("2000 tonnes", "2000 tonnes").kind)
        assert.equal("count", figure("about 2000 people", "2000 people").kind)
      end)
    end)

    describe("the seed article", function()
      local text = assert(H.read("examples/busan-summit-2025.txt"))

      it("finds each figure of its provisions with the right kind and value", function()
        local f = figure(text, "100%")
        assert.same({ "percent", 100, "%" }, { f.kind, f.value, f.unit })
        f = figure(text, "November 1", { ref = "2025-10-30" })
        assert.same({ "date", "2025-11-01" }, { f.kind, f.value })
        f = figure(text, "20%")
        assert.same({ "percent", 20, "%" }, { f.kind, f.value, f.unit })
        f = figure(text, "one year")
        assert.same({ "duration", 1, "year", "at least" }, { f.kind, f.value, f.unit, f.bound })
        f = figure(text, "two large soybean cargoes")
        assert.same({ "count", 2, "cargoes", "at least" }, { f.kind, f.value, f.unit, f.bound })
      end)

      it("finds nothing else but the two economies", function()
        local got = {}
        for _, f in ipairs(figures(text)) do got[#got + 1] = f.text end
        assert.same({ "one year", "100%", "November 1", "20%", "two large soybean cargoes",
          "two economies" }, got)
      end)
    end)

    describe("the Reuters gold annotations", function()
      local gold = H.shared("gold/reuters")
      local ok, cjson = pcall(require, "cjson")
      if not gold or not ok then
        pending("needs ../shared/gold and lua-cjson")
        return
      end

      it("covers every figure the annotators recorded", function()
        local missing, total = {}, 0
        local p = io.popen("ls " .. gold .. "/*.gold.json")
        for path in p:lines() do
          local json = H.read(path)           -- (luassert's assert returns more)
          local g = cjson.decode(json)
          local text = assert(H.read(path:gsub("[^/]*$", "") .. g.text))
          local figs = core.quantities(text)
          for _, prov in ipairs(g.provisions) do
            for _, want in ipairs(prov.figures or {}) do
              total = total + 1
              local hit = false
              for _, f in ipairs(figs) do
                if f.text:lower():find(want:lower(), 1, true) then hit = true break end
              end
              if not hit then missing[#missing + 1] = path .. ": " .. want end
            end
          end
        end
        p:close()
        assert.is_true(total > 50)
        assert.same({}, missing)
      end)
    end)

    describe("any text", function()
      local texts = {
        ["a run of 10,000 digits"] = string.rep("9", 10000),
        ["10,000 digits and a scale"] = string.rep("7", 10000) .. " billion dollars",
        ["a number past the double range"] = "1" .. string.rep(",000", 200) .. " tonnes",
        ["1e308"] = "1e308 and 1.7976931348623157e308 dlrs",
        ["mixed scripts"] = "关税 20% 和 ¥1.2 trillion, € 5 млрд, ٣٠٪ and $5bn",
        ["invalid UTF-8"] = "\xff\xfe 20% \xc3\x28 $5 \xe2\x82 bn \x80 100%",
        ["NUL bytes"] = "5\0% and $\0 5 and 7\0 tonnes",
        ["an endless number phrase"] = string.rep("one hundred and ", 5000) .. "one",
        ["a chain of changes"] = string.rep("to 5 from ", 2000),
        ["dashes and digits"] = string.rep("1-", 5000),
        ["only punctuation"] = string.rep(".,;:-%$", 1000),
        ["a long word"] = string.rep("s", 20000) .. " 5 " .. string.rep("x", 20000) .. "s",
      }
      for name, s in pairs(texts) do
        it("reads " .. name .. " without an error, every value finite", function()
          for _, f in ipairs(figures(s)) do
            if type(f.value) == "number" then
              assert.is_true(f.value == f.value and math.abs(f.value) < math.huge)
            end
          end
        end)
      end

      it("drops a value beyond the range of a double instead of giving inf", function()
        assert.same({}, figures(string.rep("9", 400) .. " tonnes"))
        assert.equal(1e29, figure("99999999999999999999 billion",
          "99999999999999999999 billion").value)
      end)
    end)

    describe("results", function()
      it("are sorted by start and never overlap", function()
        local text = assert(H.read("examples/busan-summit-2025.txt")) ..
          " It cut tariffs from 20% to 10% on $5 bln of goods by May 1, 2026."
        local last = 0
        for _, f in ipairs(figures(text)) do
          assert.is_true(f.start > last)
          last = f.stop
        end
      end)

      it("are the same for a document as for its text", function()
        local s = "Tariffs fell to 10% from 20% on 12 mln tonnes by November 1."
        local doc = core.document(s)
        assert.same(core.quantities(s), core.quantities(doc))
        doc:close()
      end)

      it("are an empty list for text without figures", function()
        assert.same({}, core.quantities(""))
        assert.same({}, core.quantities("No figures here."))
      end)

      it("are those within opts.start .. opts.stop, found as in the whole text", function()
        local s = "Tariffs fell to 10% from 20% on 12 mln tonnes by November 1."
        local all = core.quantities(s, { ref = "2025-10-30" })
        for a = 1, #s, 3 do
          for b = a, #s + 2, 5 do
            local want = {}
            for _, f in ipairs(all) do
              if f.start >= a and f.stop <= b then want[#want + 1] = f end
            end
            assert.same(want, core.quantities(s, { ref = "2025-10-30", start = a, stop = b }))
          end
        end
        assert.same(all, core.quantities(s, { ref = "2025-10-30", start = -5 }))
        assert.same({}, core.quantities(s, { stop = 0 }))
        assert.has_error(function() core.quantities(s, { start = 1.5 }) end,
          "bad argument #2 to 'quantities' ('start' must be an integer)")
      end)
    end)

    describe("errors", function()
      it("raises on a missing text", function()
        assert.has_error(function() core.quantities() end,
          "bad argument #1 to 'quantities' (string or dealscope.Document expected, got no value)")
      end)

      it("raises on options that are not a table", function()
        assert.has_error(function() core.quantities("x", 5) end,
          "bad argument #2 to 'quantities' (table expected, got number)")
      end)

      it("raises on a reference date that is not YYYY-MM-DD", function()
        for _, bad in ipairs { "2025-13-01", "30/10/2025", "2025-02-30", 20251030 } do
          assert.has_error(function() core.quantities("x", { ref = bad }) end,
            "bad argument #2 to 'quantities' ('ref' must be a date as \"YYYY-MM-DD\")")
        end
      end)

      it("accepts a reference date with a time after it", function()
        local f = figure("on November 1", "November 1", { ref = "2025-10-30T08:00:00Z" })
        assert.equal("2025-11-01", f.value)
      end)

      it("raises on a closed document", function()
        local doc = core.document("20%")
        doc:close()
        assert.has_error(function() core.quantities(doc) end,
          "bad argument #1 to 'quantities' (attempt to use a closed document)")
      end)

      it("keeps its word tables sorted and its index complete", function()
        assert.is_true(core._quant_selfcheck())
      end)
    end)
  end)
end)
