-- analyze.lua: a lighttpd mod_magnet handler (lighttpd 1.4.60+, Lua 5.4)
-- that answers POST /analyze: the request body is an article (plain
-- text, UTF-8), the answer is JSON of schema dealscope/1, the documents
-- form: {"schema":"dealscope/1","documents":[{"id":…,"provisions":[…]}]}.
--
--   curl --data-binary @article.txt 'http://127.0.0.1:8080/analyze?id=busan&date=2025-10-30'
--
-- 405 for another method (with Allow: POST), 400 for an empty body or a
-- bad date, 500 if the analysis fails; the error is JSON too:
-- {"error":"…"}. lighttpd itself answers 413 for a body over
-- server.max-request-size. See lighttpd.conf beside this file.
--
-- The analyzer is made once per lighttpd process (mod_magnet keeps one
-- Lua state per script and clears the script's globals after each
-- request, so it lives in package.loaded). The analysis runs inside the
-- server's event loop: a long article blocks other requests for its
-- duration (about 10 ms for the seed article), as every mod_magnet
-- script does.
--
-- Rules: the built-in trade rules, or the file DEALSCOPE_RULES names in
-- lighttpd's environment.

local r = lighty.r

-- from a checkout, load dealscope from beside this file (examples/lighttpd/..)
local CACHE = "dealscope.lighttpd"
local state = package.loaded[CACHE]
if not state then
  -- mod_magnet names the chunk by its path, with or without the "@"
  local here = debug.getinfo(1, "S").source:match("^@?(/.*)/[^/]*$")
  local root = here and here .. "/../.."
  local probe = root and io.open(root .. "/lua/dealscope/init.lua")
  if probe then
    probe:close()
    package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
    package.cpath = root .. "/build/?.so;" .. package.cpath
  end
  local dealscope = require "dealscope"
  state = { az = dealscope.new { rules = os.getenv("DEALSCOPE_RULES") },
    json = require "dealscope.report.json",
    enc = require("dealscope.core").json_encode }
  package.loaded[CACHE] = state
end

local function reply(status, body)
  r.resp_header["Content-Type"] = "application/json; charset=utf-8"
  r.resp_header["Cache-Control"] = "no-store"
  r.resp_body.set({ body, "\n" })
  return status
end

local function problem(status, msg)
  return reply(status, state.enc { error = msg })
end

if r.req_attr["uri.path"] ~= "/analyze" then
  return problem(404, "not found: POST an article to /analyze")
end
if r.req_attr["request.method"] ~= "POST" then
  r.resp_header["Allow"] = "POST"
  return problem(405, "method not allowed: POST an article to /analyze")
end

-- the body: mod_magnet reads it, then runs this script again
if not r.req_body.collect then return 0 end
local text = r.req_body.get or ""
-- lighttpd 1.4.69 (Debian 12) hands over the request head too when head
-- and body came in one read: the body is the last req_body.len bytes
local len = r.req_body.len or #text
if len >= 0 and #text > len then text = text:sub(-len) end
if len == 0 then text = "" end
if text == "" then return problem(400, "empty body: POST the text of an article") end

-- ?id=…&date=… (both optional)
local function unescape(s)
  return (s:gsub("+", " "):gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end
local meta = {}
for k, v in (r.req_attr["uri.query"] or ""):gmatch("([^&=]+)=([^&]*)") do
  k = unescape(k)
  if k == "id" or k == "date" then meta[k] = unescape(v) end
end
if meta.date and not meta.date:match("^%d%d%d%d%-%d%d%-%d%d$") then
  return problem(400, "bad date (expected YYYY-MM-DD)")
end

local ok, doc = pcall(state.az.analyze, state.az, text, meta)
if not ok then return problem(500, "analysis failed: " .. tostring(doc)) end
return reply(200, '{"schema":"dealscope/1","documents":[' .. state.json.document(doc) .. "]}")
