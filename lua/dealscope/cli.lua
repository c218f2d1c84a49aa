--- The dealscope command line.
--
-- `main(args)` parses the arguments with lua-argparse and runs one
-- command; it returns the exit status and never calls `os.exit` (the
-- script bin/dealscope does): 0 on success, 1 on bad input (a file that
-- cannot be read, JSON that is not dealscope/1, a rule file that does
-- not compile or fails its examples), 2 on bad usage (an unknown
-- command or option, a missing or malformed argument). An error is one
-- line on stderr: "dealscope: <what>".
--
-- Commands: analyze, eval, explain, test-rules, stream, merge, diff
-- (see `dealscope <command> --help` and README.md, "Command line").
-- @module dealscope.cli

local require, type, ipairs, pairs, tostring, tonumber, error, pcall, setmetatable,
  getmetatable, select, io, os, math, string, table, collectgarbage =
  require, type, ipairs, pairs, tostring, tonumber, error, pcall, setmetatable,
  getmetatable, select, io, os, math, string, table, collectgarbage
local fmt, concat, sort = string.format, table.concat, table.sort

local argparse = require "argparse"
local core = require "dealscope.core"
local report = require "dealscope.report"
local progress = require "dealscope.report.progress"
local json = require "dealscope.report.json"
local enc = core.json_encode

local M = {}

local PROG = "dealscope"

-- ------------------------------------------------------------------
-- failures: one line on stderr and an exit status
-- ------------------------------------------------------------------

local Failure = {}

local function fail(status, msg, ...)
  if select("#", ...) > 0 then msg = msg:format(...) end
  error(setmetatable({ status = status, msg = msg }, Failure), 0)
end

-- an error raised inside dealscope, without the position of our own
-- modules ("./lua/dealscope/init.lua:51: "), on one line; a rule file's
-- own "file:line: rule ..." stays
local function message(err)
  local s = tostring(err)
  s = s:gsub("^[^\n]-dealscope/[%w_]+%.lua:%d+: ", "")
  return (s:match("^[^\n]*"))
end


-- ------------------------------------------------------------------
-- input
-- ------------------------------------------------------------------

local function read_file(path)
  if path == "-" then
    local s = io.stdin:read("a")
    if not s then fail(1, "cannot read standard input") end
    return s
  end
  local f, err = io.open(path, "rb")
  if not f then fail(1, "%s", err) end
  local s, rerr = f:read("a")
  f:close()
  if not s then fail(1, "%s: %s", path, rerr or "cannot read") end
  return s
end

-- every input can be opened (before any output is written)
local function check_inputs(paths)
  local stdin = 0
  for _, path in ipairs(paths) do
    if path == "-" then
      stdin = stdin + 1
      if stdin > 1 then fail(2, "standard input ('-') given more than once") end
    else
      local f, err = io.open(path, "rb")
      if not f then fail(1, "%s", err) end
      local ok, rerr = f:read(0)                -- a directory opens, but does not read
      f:close()
      if not ok and rerr then fail(1, "%s: %s", path, rerr) end
    end
  end
end

local function file_size(path)
  if path == "-" then return 0 end
  local f = io.open(path, "rb")
  if not f then return 0 end
  local n = f:seek("end") or 0
  f:close()
  return n
end

local function analyzer(rules)
  local dealscope = require "dealscope"
  local ok, az = pcall(dealscope.new, rules and { rules = rules } or nil)
  if not ok then fail(1, "%s", message(az)) end
  return az
end

local function open_output(path)
  if not path or path == "-" then return io.stdout, false end
  local f, err = io.open(path, "wb")
  if not f then fail(1, "%s", err) end
  return f, true
end

-- the id of a document read from a file: its name without directory
-- and extension, or the path when another file had that name
local function ids(paths)
  local out, used = {}, {}
  for i, path in ipairs(paths) do
    local id = path == "-" and "stdin"
      or path:match("([^/]+)$"):gsub("%.[^.]*$", "")
    if id == "" or used[id] then id = path end
    used[id] = true
    out[i] = id
  end
  return out
end

local function colour(args, out, to_file)
  if args.color ~= nil then return args.color end
  if to_file then return false end
  local no = os.getenv("NO_COLOR")
  if no and no ~= "" then return false end
  if os.getenv("TERM") == "dumb" then return false end
  return out == io.stdout and progress.isatty(1)
end

local function terminal_width()
  local c = tonumber(os.getenv("COLUMNS") or "")
  if c and c > 0 then return c end
  local p = io.popen("stty size </dev/tty 2>/dev/null")
  if p then
    local s = p:read("a") or ""
    p:close()
    c = tonumber(s:match("%d+%s+(%d+)"))
  end
  return c
end

-- whether to show a progress bar: forced, refused, or when the work is
-- long (several files, a stream) and stderr is a terminal
local function want_progress(args, long)
  if args.progress ~= nil then return args.progress end
  if not long then return false end
  return progress.isatty(2)
end


-- ------------------------------------------------------------------
-- analyze
-- ------------------------------------------------------------------

local function cmd_analyze(args)
  local files = args.files
  if args.id and #files ~= 1 then
    fail(2, "--id names one document: give one FILE")
  end
  check_inputs(files)
  local az = analyzer(args.rules)
  local out, to_file = open_output(args.output)
  local opts = { color = colour(args, out, to_file) }
  if args.format == "table" then
    opts.width = args.width
    if not opts.width and not to_file and progress.isatty(1) then
      opts.width = terminal_width()
    end
    if opts.width == 0 then opts.width = math.huge end
  end
  local names = ids(files)
  local bar
  if want_progress(args, #files > 1) then
    local total = 0
    for _, path in ipairs(files) do total = total + file_size(path) end
    bar = progress.new { unit = "files", total = #files, bytes = total }
  end
  local shared_screen = bar and not to_file and progress.isatty(1)
  local w = report.writer(args.format, out, opts)
  for i, path in ipairs(files) do
    local text = read_file(path)
    local ok, doc = pcall(az.analyze, az, text, { id = args.id or names[i],
      date = args.date, source = path ~= "-" and path or nil })
    if not ok then
      if bar then bar:clear() end
      fail(1, "%s: %s", path, message(doc))
    end
    if shared_screen then bar:clear() end
    w:document(doc)
    if bar then bar:step(#text) end
  end
  w:finish()
  if bar then bar:finish() end
  if to_file then out:close() else io.stdout:flush() end
  return 0
end


-- ------------------------------------------------------------------
-- stream
-- ------------------------------------------------------------------

--- One output line for one input line of `stream`.
-- @param az an analyzer
-- @param line the input line (JSON text)
-- @param n its line number
-- @return the output line (no newline), and true when it is an error
function M.stream_line(az, line, n)
  if not line:find("%S") then return json.error_line("empty line", nil, n), true end
  local v, err = core.json_decode(line)
  if v == nil then
    if err then return json.error_line("not JSON: " .. err, nil, n), true end
    return json.error_line("not a JSON object (null)", nil, n), true
  end
  if type(v) ~= "table" or v[1] ~= nil then
    return json.error_line("not a JSON object", nil, n), true
  end
  local id = v.id
  if id ~= nil then
    if math.type(id) == "float" then id = math.tointeger(id) or id end
    if type(id) ~= "string" and math.type(id) ~= "integer" then
      return json.error_line("id is not a string or an integer", nil, n), true
    end
  end
  local text = v.text
  if text == nil then return json.error_line("no text", id, n), true end
  if type(text) ~= "string" then
    return json.error_line(("text is not a string (got %s)"):format(
      type(text) == "table" and "an object or array" or type(text)), id, n), true
  end
  for _, k in ipairs { "date", "source" } do
    if v[k] ~= nil and type(v[k]) ~= "string" then
      return json.error_line(k .. " is not a string", id, n), true
    end
  end
  local ok, doc = pcall(az.analyze, az, text, { id = id, date = v.date, source = v.source })
  if not ok then return json.error_line(message(doc), id, n), true end
  return json.line(doc), false
end

-- stdin's size when it is a regular file (nil for a pipe)
local function stdin_size()
  local ok, here = pcall(io.stdin.seek, io.stdin)
  if not ok or not here then return nil end
  local size = io.stdin:seek("end")
  io.stdin:seek("set", here)
  return size and size - here or nil
end

--- Lines between two full garbage collections in `stream`.
M.collect_every = 2000

local function cmd_stream(args)
  local az = analyzer(args.rules)
  local bar
  if want_progress(args, true) then
    bar = progress.new { unit = "lines", bytes = stdin_size() }
  end
  local write = io.write
  local n, bad = 0, 0
  for line in io.lines() do
    n = n + 1
    local out, is_error = M.stream_line(az, line, n)
    write(out, "\n")
    if is_error then bad = bad + 1 end
    if bar then bar:step(#line + 1) end
    if n % M.collect_every == 0 then collectgarbage() end
  end
  io.stdout:flush()
  if bar then
    bar:finish()
    if bad > 0 then io.stderr:write(fmt("%d of %d lines were errors\n", bad, n)) end
  end
  return 0
end


-- ------------------------------------------------------------------
-- eval
-- ------------------------------------------------------------------

local function pct(x)
  if x == nil then return "-" end
  return fmt("%.3f", x)
end

local function eval_text(r, paths)
  local lines = {}
  local function add(...) lines[#lines + 1] = concat({ ... }) end
  add(fmt("%d gold %s", #paths, #paths == 1 and "file" or "files"))
  add("")
  local labels = {}
  for l in pairs(r.labels) do labels[#labels + 1] = l end
  report.sort_labels(labels)
  local w = #"micro"
  for _, l in ipairs(labels) do w = math.max(w, report.width(l)) end
  local function row(name, t)
    return fmt("%s  %9s  %6s  %5s  %4d  %4d  %4d", report.pad(name, w), pct(t.precision),
      pct(t.recall), pct(t.f1), t.tp, t.fp, t.fn)
  end
  add(report.pad("", w), "  precision  recall     f1    tp    fp    fn")
  add(row("micro", r.micro))
  for _, l in ipairs(labels) do add(row(l, r.labels[l])) end
  add("")
  local c = r.counts or {}
  local function acc(name, x, t)
    add(fmt("%-18s %s", name, pct(x)) .. (t and t.n > 0 and fmt("  (%d/%d)", t.ok, t.n) or ""))
  end
  acc("actor accuracy", r.actor_accuracy, c.actor)
  acc("certainty accuracy", r.certainty_accuracy, c.certainty)
  acc("figure recall", r.figure_recall, c.figures)
  local names = {}
  for name in pairs(r.rules) do names[#names + 1] = name end
  sort(names)
  if #names > 0 then
    add("")
    local rw = #"rule"
    for _, name in ipairs(names) do rw = math.max(rw, report.width(name)) end
    add(report.pad("rule", rw), "  fired  correct  overlaps  conflicts")
    for _, name in ipairs(names) do
      local t = r.rules[name]
      add(fmt("%s  %5d  %7d  %8d  %9d", report.pad(report.oneline(name), rw), t.fired,
        t.correct, t.overlaps, t.conflicts))
    end
  end
  return concat(lines, "\n") .. "\n"
end

local function cmd_eval(args)
  check_inputs(args.gold)
  local az = analyzer(args.rules)
  local dealscope = require "dealscope"
  local ok, r = pcall(dealscope.eval, args.gold, az)
  if not ok then fail(1, "%s", message(r)) end
  if #r.errors > 0 then
    local more = #r.errors > 1 and fmt(" (and %d more)", #r.errors - 1) or ""
    fail(1, "%s%s", message(r.errors[1]), more)
  end
  if args.format == "json" then
    local docs = {}
    for i, d in ipairs(r.documents) do
      docs[i] = { path = d.path, tp = #d.tp, fp = #d.fp, fn = #d.fn }
    end
    io.write(enc { schema = "dealscope-eval/1", micro = r.micro,
      labels = r.labels, actor_accuracy = r.actor_accuracy,
      certainty_accuracy = r.certainty_accuracy, figure_recall = r.figure_recall,
      rules = r.rules, counts = r.counts, documents = docs }, "\n")
  else
    io.write(eval_text(r, args.gold))
  end
  return 0
end


-- ------------------------------------------------------------------
-- explain
-- ------------------------------------------------------------------

local function cue_line(c)
  local v = c.value ~= nil and (" = " .. report.oneline(c.value)) or ""
  return fmt("  clause %-4d %-28s %q%s", c.clause, report.oneline(c.class),
    report.oneline(c.text), v)
end

local function rule_line(t, w)
  local mark = t.fired and "fired" or (t.lost_to and "lost" or "-")
  local where = t.unit and fmt("%s %d", t.scope, t.unit) or ""
  local name = t.rule == t.label and t.rule or (t.label .. "/" .. t.rule)
  return fmt("  %-5s  %s  %-10s  %s", mark, report.pad(report.oneline(name), w), where,
    report.oneline(t.reason))
end

-- a rule that did not fire only because a cue it needs is missing
local function no_cue(t)
  if t.fired or t.lost_to then return false end
  local r = (t.reason or ""):gsub("none of: ", "")
  if r == "no cue of this rule in the sentence" then return true end
  for piece in (r .. "; "):gmatch("(.-); ") do
    if not piece:find("^no '.*' cue$") then return false end
  end
  return true
end

local function rule_lines(add, e, full)
  local w, quiet = 4, 0
  for _, t in ipairs(e.rules) do
    local name = t.rule == t.label and t.rule or (t.label .. "/" .. t.rule)
    w = math.max(w, report.width(report.oneline(name)))
  end
  for _, t in ipairs(e.rules) do
    if full or not no_cue(t) then add(rule_line(t, w)) else quiet = quiet + 1 end
  end
  return quiet
end

-- one sentence in full: clauses, cues, every rule, provisions
local function explain_text(e, opts)
  local lines = {}
  local function add(s) lines[#lines + 1] = s end
  local s = e.sentence
  add(fmt("sentence %d (bytes %d-%d)%s", s.index, s.start, s.stop,
    s.heading and ", a heading" or ""))
  add("  " .. report.oneline(s.text))
  add("clauses")
  local hows, hw = {}, 0
  for i, c in ipairs(e.clauses) do
    hows[i] = (c.split or "") .. (c.subject and (" (subject of " .. c.subject .. ")") or "")
    hw = math.max(hw, #hows[i])
  end
  for i, c in ipairs(e.clauses) do
    add(fmt("  %-4d %5d-%-5d  %s  %s", c.index, c.start, c.stop, report.pad(hows[i], hw),
      report.truncate(report.oneline(c.text), 90)))
  end
  add("cues")
  if #e.cues == 0 then add("  none") end
  for _, c in ipairs(e.cues) do add(cue_line(c)) end
  add("rules")
  rule_lines(add, e, true)
  add("provisions")
  if #e.provisions == 0 then
    add("  none")
  else
    local t = require("dealscope.report.table").format({ id = "sentence " .. s.index,
      provisions = e.provisions }, opts)
    for line in t:gmatch("[^\n]+") do add("  " .. line) end
  end
  return concat(lines, "\n") .. "\n"
end

-- one sentence briefly: the rules that fired, lost a conflict or
-- failed for another reason than a missing cue
local function explain_brief(e)
  local lines = {}
  local function add(s) lines[#lines + 1] = s end
  local s = e.sentence
  local n = #e.provisions
  add(fmt("sentence %d: %d %s, %d %s", s.index, n, n == 1 and "provision" or "provisions",
    #e.cues, #e.cues == 1 and "cue" or "cues"))
  add("  " .. report.truncate(report.oneline(s.text), 110))
  local quiet = rule_lines(add, e, false)
  if quiet == #e.rules then return nil end
  return concat(lines, "\n") .. "\n"
end

-- the explanation without the fields JSON cannot hold
local function explain_json(e)
  local rules = {}
  for i, t in ipairs(e.rules) do
    rules[i] = { rule = t.rule, label = t.label, scope = t.scope, unit = t.unit,
      fired = t.fired, reason = t.reason, lost_to = t.lost_to }
  end
  return { sentence = e.sentence, clauses = e.clauses, cues = e.cues, rules = rules,
    provisions = e.provisions }
end

local function cmd_explain(args)
  check_inputs { args.file }
  local text = read_file(args.file)
  local az = analyzer(args.rules)
  local list
  if args.sentence then
    list = { args.sentence }
  else
    list = {}
    for i = 1, #core.sentences(text) do list[#list + 1] = i end
  end
  local out, quiet = {}, 0
  local opts = { color = colour(args, io.stdout, false), width = 120 }
  for _, n in ipairs(list) do
    local ok, e, err = pcall(az.explain, az, text, n)
    if not ok then fail(1, "%s", message(e)) end
    if not e then fail(1, "%s: %s", args.file, err) end
    if args.format == "json" then
      out[#out + 1] = explain_json(e)
    elseif args.sentence then
      out[#out + 1] = explain_text(e, opts)
    else
      local b = explain_brief(e)
      if b then out[#out + 1] = b else quiet = quiet + 1 end
    end
  end
  if args.format == "json" then
    io.write(enc(args.sentence and out[1] or out), "\n")
  else
    if quiet > 0 then
      out[#out + 1] = fmt("%d other %s: no rule came close (no cue a rule needs)\n", quiet,
        quiet == 1 and "sentence" or "sentences")
    end
    io.write(concat(out, "\n"))
  end
  return 0
end


-- ------------------------------------------------------------------
-- test-rules
-- ------------------------------------------------------------------

local function cmd_test_rules(args)
  local rules = require("dealscope").rules   -- with the resolvers of attributes
  local ok, passed, r = pcall(rules.check, args.file)
  if not ok then fail(1, "%s", message(passed)) end
  for _, f in ipairs(r.failures) do
    io.write(fmt("FAIL %s (%s:%d): %s example %q: %s\n", report.oneline(f.rule),
      report.oneline(f.file), f.line or 0, f.expected, report.oneline(f.text),
      report.oneline(f.reason)))
  end
  io.write(fmt("%s: %d %s, %d %s, %s\n", args.file, r.rules,
    r.rules == 1 and "rule" or "rules", r.examples,
    r.examples == 1 and "example" or "examples",
    passed and "all pass" or (#r.failures .. " failed")))
  io.stdout:flush()
  if not passed then
    fail(1, "%d of %d examples failed in %s", #r.failures, r.examples, args.file)
  end
  return 0
end


-- ------------------------------------------------------------------
-- merge and diff
-- ------------------------------------------------------------------

local function read_deal(path)
  local dealscope = require "dealscope"
  local text = read_file(path)
  local d, err = dealscope.deal_from_json(text)
  if not d then fail(1, "%s: %s", path == "-" and "stdin" or path, err) end
  return d
end

local function deal_table(d, name, opts)
  return require("dealscope.report.table").format({ id = name,
    provisions = d:provisions() }, opts) .. "\n"
end

local function cmd_merge(args)
  check_inputs(args.json)
  local dealscope = require "dealscope"
  local deals = {}
  for i, path in ipairs(args.json) do deals[i] = read_deal(path) end
  local all = dealscope.merge(deals)
  if args.format == "table" then
    io.write(deal_table(all, fmt("%d %s merged", #deals, #deals == 1 and "file" or "files"),
      { color = colour(args, io.stdout, false) }))
  else
    io.write(all:to_json(), "\n")
  end
  return 0
end

local function diff_line(sign, p)
  local parts = { sign, report.oneline(p.label) }
  local party = report.party(p)
  if party ~= "" then parts[#parts + 1] = party end
  parts[#parts + 1] = report.oneline(p.certainty)
  if p.object then parts[#parts + 1] = fmt("%q", report.oneline(p.object)) end
  local f = report.figures(p)
  if f ~= "" then parts[#parts + 1] = f end
  return concat(parts, "  ")
end

local function figs_text(list)
  local t = {}
  for _, f in ipairs(list or {}) do t[#t + 1] = report.oneline(f.text or tostring(f.value)) end
  return #t > 0 and concat(t, "; ") or "none"
end

local function cmd_diff(args)
  check_inputs { args.a, args.b }
  local a, b = read_deal(args.a), read_deal(args.b)
  local d = a:diff(b)
  if args.format == "json" then
    io.write(enc { added = d.added, removed = d.removed, changed = d.changed }, "\n")
    return 0
  end
  local lines = {}
  for _, p in ipairs(d.added) do lines[#lines + 1] = diff_line("+", p) end
  for _, p in ipairs(d.removed) do lines[#lines + 1] = diff_line("-", p) end
  for _, c in ipairs(d.changed) do
    lines[#lines + 1] = diff_line("~", c.to)
    for _, ch in ipairs(c.changes) do
      local from, to = ch.from, ch.to
      if ch.field == "figures" then from, to = figs_text(from), figs_text(to) end
      lines[#lines + 1] = fmt("    %s: %s -> %s", ch.field, report.oneline(tostring(from)),
        report.oneline(tostring(to)))
    end
  end
  lines[#lines + 1] = fmt("%d added, %d removed, %d changed", #d.added, #d.removed,
    #d.changed)
  io.write(concat(lines, "\n"), "\n")
  return 0
end


-- ------------------------------------------------------------------
-- the parser
-- ------------------------------------------------------------------

local EPILOG = {
  main = [[
Examples:
  dealscope analyze article.txt
  dealscope analyze --format html article.txt > report.html
  dealscope stream < articles.jsonl > provisions.jsonl
  dealscope analyze --help

Exit status: 0 success, 1 bad input, 2 bad usage.]],
  analyze = [[
Formats: table (aligned columns; colour on a terminal unless NO_COLOR is
set), json and jsonl (schema dealscope/1), md (Markdown), html (one
self-contained page), csv (RFC 4180). A progress bar goes to stderr when
there are several files and stderr is a terminal.

Examples:
  dealscope analyze examples/busan-summit-2025.txt
  dealscope analyze --format json --date 2025-10-30 article.txt
  dealscope analyze --format html -o report.html a.txt b.txt
  cat article.txt | dealscope analyze --id busan -
  dealscope analyze --rules examples/rules/extend-trade.lua --format csv *.txt]],
  eval = [[
A gold file is JSON: "text" (a path relative to the gold file) and
"provisions" (label, actor, certainty, figures, evidence).

Examples:
  dealscope eval gold/busan-summit-2025.gold.json
  dealscope eval --format json gold/reuters/*.gold.json]],
  explain = [[
Without --sentence, every sentence with a cue is explained briefly.

Examples:
  dealscope explain examples/busan-summit-2025.txt
  dealscope explain --sentence 8 examples/busan-summit-2025.txt
  dealscope explain --rules my-rules.lua --sentence 3 --format json article.txt]],
  ["test-rules"] = [[
Each rule's examples: every "yes" text must make it fire, no "no" text may.
Exit status 1 when an example fails or the file does not compile.

Examples:
  dealscope test-rules examples/rules/sanctions.lua
  dealscope test-rules trade]],
  stream = [[
Input: one JSON object per line, {"id": ..., "text": ..., "date": ...}.
Output: one line per input line, in order:
{"schema":"dealscope/1","id":...,"provisions":[...]}, or
{"schema":"dealscope/1","line":N,"error":"..."} for a line that cannot be
read; the stream goes on.

Examples:
  dealscope stream < articles.jsonl > provisions.jsonl
  parallel --pipe -k dealscope stream < in.jsonl > out.jsonl
  hadoop jar hadoop-streaming.jar -mapper 'dealscope stream' ...]],
  merge = [[
Reads the documents form (dealscope analyze --format json) or the deal
form (deal:to_json(), dealscope merge) and writes the deal form.

Examples:
  dealscope merge monday.json tuesday.json > deal.json
  dealscope merge --format table monday.json tuesday.json]],
  diff = [[
Lines: "+" added, "-" removed, "~" changed (with each change below it).

Examples:
  dealscope diff monday.json tuesday.json
  dealscope diff --format json before.json after.json]],
}

local function date(s)
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if y and tonumber(m) >= 1 and tonumber(m) <= 12 and tonumber(d) >= 1
     and tonumber(d) <= 31 then
    return s
  end
  return nil, fmt("bad date '%s' (expected YYYY-MM-DD)", s)
end

local function positive(what)
  return function(s)
    local n = math.tointeger(tonumber(s))
    if n and n >= 1 then return n end
    return nil, fmt("bad %s '%s' (expected a positive integer)", what, s)
  end
end

local function natural(s)
  local n = math.tointeger(tonumber(s))
  if n and n >= 0 then return n end
  return nil, fmt("bad width '%s' (expected a number of columns, 0 for no limit)", s)
end

-- the help flag of a parser or command: it records what to print and
-- lets main print it (argparse's own would call os.exit)
local function help(p, state)
  p:add_help(false)
  p:flag("-h --help", "Show this help and exit."):action(function() state.help = p end)
end

local function rules_option(c)
  c:option("-r --rules", "Rule file (default: the built-in trade rules).")
    :argname("FILE")
end

-- a pair of flags --NAME and --no-NAME where the last one given wins
-- (argparse's mutex groups would refuse both, and print them first in
-- the usage line)
local function toggle(c, name, on, off)
  c:flag("--" .. name, on):target(name):action("store_true")
  c:flag("--no-" .. name, off):target(name):action("store_false")
end

local function colour_flags(c)
  toggle(c, "color", "Colour the table even when stdout is not a terminal.",
    "Never colour (as NO_COLOR=1 does).")
end

local function progress_flags(c)
  toggle(c, "progress", "Show the progress bar even when stderr is not a terminal.",
    "Never show the progress bar.")
end

--- The argument parser of the command line, and the state its help
-- flags write to.
-- @return parser, state
function M.parser()
  local state = {}
  local version = core.version or "scm"
  local p = argparse(PROG, "Read trade deals out of news text: the provisions of each "
    .. "article, who gives what to whom, with figures and certainty.")
    :epilog(EPILOG.main)
    :command_target("command")
    :help_description_margin(31):help_max_width(80)
  help(p, state)
  p:flag("--version", "Print the version and exit.")
    :action(function() state.version = version end)

  local c = p:command("analyze", "Find the provisions of articles.")
    :epilog(EPILOG.analyze)
  help(c, state)
  c:argument("files", "Text files to analyse ('-' reads standard input).")
    :args("+"):argname("FILE")
  rules_option(c)
  c:option("-f --format", "Output format: " .. concat(report.formats, ", ") .. ".")
    :choices(report.formats):default("table"):argname("FORMAT")
  c:option("-d --date", "Date of the articles (YYYY-MM-DD): dates in the text "
    .. "resolve against it."):convert(date):argname("DATE")
  c:option("--id", "Document id (one FILE only; default: the file name).")
    :argname("ID")
  c:option("-o --output", "Write to FILE instead of stdout."):argname("FILE")
  c:option("-w --width", "Columns of the table (default: the terminal's, or 160; "
    .. "0: no limit)."):convert(natural):argname("N")
  colour_flags(c)
  progress_flags(c)

  c = p:command("eval", "Score the rules against gold annotations.")
    :epilog(EPILOG.eval)
  help(c, state)
  c:argument("gold", "Gold files (JSON)."):args("+"):argname("GOLD")
  rules_option(c)
  c:option("-f --format", "Output format: table or json."):choices { "table", "json" }
    :default("table"):argname("FORMAT")

  c = p:command("explain", "Show why each rule fired or did not, sentence by sentence.")
    :epilog(EPILOG.explain)
  help(c, state)
  c:argument("file", "Text file ('-' reads standard input)."):argname("FILE")
  c:option("-s --sentence", "The sentence to explain (1 is the first)."):convert(
    positive("sentence")):argname("N")
  rules_option(c)
  c:option("-f --format", "Output format: table or json."):choices { "table", "json" }
    :default("table"):argname("FORMAT")
  colour_flags(c)

  c = p:command("test-rules", "Check the examples of a rule file.")
    :epilog(EPILOG["test-rules"])
  help(c, state)
  c:argument("file", "Rule file, or the name of a built-in rule set."):argname("FILE")

  c = p:command("stream", "JSON Lines in, one JSON line out per line in.")
    :epilog(EPILOG.stream)
  help(c, state)
  rules_option(c)
  progress_flags(c)

  c = p:command("merge", "Merge deal records and analysis output into one deal.")
    :epilog(EPILOG.merge)
  help(c, state)
  c:argument("json", "JSON files of schema dealscope/1 ('-' reads standard input).")
    :args("+"):argname("JSON")
  c:option("-f --format", "Output format: json or table."):choices { "json", "table" }
    :default("json"):argname("FORMAT")
  colour_flags(c)

  c = p:command("diff", "What changed from one deal to another.")
    :epilog(EPILOG.diff)
  help(c, state)
  c:argument("a", "The earlier deal (JSON of schema dealscope/1)."):argname("A.json")
  c:argument("b", "The later deal."):argname("B.json")
  c:option("-f --format", "Output format: table or json."):choices { "table", "json" }
    :default("table"):argname("FORMAT")
  return p, state
end

local COMMANDS = {
  analyze = cmd_analyze, eval = cmd_eval, explain = cmd_explain,
  ["test-rules"] = cmd_test_rules, stream = cmd_stream, merge = cmd_merge,
  diff = cmd_diff,
}

-- the command an argument list names (for the hint after a usage error)
local function command_of(args)
  for _, a in ipairs(args) do
    if a == "--" then return nil end
    if COMMANDS[a] then return a end
  end
end

--- Run the command line.
-- @param args the arguments (as `arg`: args[1] is the first)
-- @return the exit status: 0 success, 1 bad input, 2 bad usage
-- @usage os.exit(require("dealscope.cli").main(arg))
function M.main(args)
  local list = {}
  for i = 1, #(args or {}) do list[i] = args[i] end
  local ok, status = pcall(function()
    local p, state = M.parser()
    local parsed, result = p:pparse(list)
    if state.help then
      io.write(state.help:get_help(), "\n")
      return 0
    end
    if state.version then
      io.write(PROG, " ", state.version, "\n")
      return 0
    end
    if not parsed then
      local cmd = command_of(list)
      fail(2, "%s (see '%s%s --help')", result, PROG, cmd and (" " .. cmd) or "")
    end
    return COMMANDS[result.command](result)
  end)
  if ok then return status end
  if getmetatable(status) == Failure then
    io.stdout:flush()
    io.stderr:write(PROG, ": ", status.msg, "\n")
    return status.status
  end
  io.stdout:flush()
  io.stderr:write(PROG, ": ", message(status), "\n")
  if os.getenv("DEALSCOPE_DEBUG") then io.stderr:write(tostring(status), "\n") end
  return 1
end

return M
