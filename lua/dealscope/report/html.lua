--- The html format: one self-contained page.
--
-- The page holds the deal summary by party (what each gives and gets,
-- with figures), then each article with the clause of every provision
-- highlighted in its label's colour, a table of its provisions, and a
-- side panel that shows the attributes of the provisions under the
-- pointer. Everything is inline (CSS, script, data); a
-- Content-Security-Policy forbids any request, so the page works
-- offline and never calls out.
--
-- Escaping: every piece of text, in elements and in attributes
-- (`title`, `data-*`), goes through `escape` (`& < > " '` as entities,
-- invalid UTF-8 and control characters as U+FFFD). The data of the side
-- panel is JSON in a `<script type="application/json">` block with `<`,
-- `>` and `&` written as `\u003c`, `\u003e` and `\u0026`, so it cannot
-- close its element; the script reads it with `JSON.parse` and writes it
-- with `textContent`, never as HTML.
--
-- Overlapping clauses: a clause with several labels, or a sentence-wide
-- provision around clause-wide ones, become nested `<mark>` elements;
-- a provision that crosses another is split in pieces. Every piece is a
-- `mark.hl` with `data-d` (document) and `data-p` (provision number) and
-- the provision's `data-label`; the first piece of each provision also
-- has `id="p-D-P"`, so there is exactly one `mark.hl[id]` per provision.
-- @module dealscope.report.html

local ipairs, tostring, type, math =
  ipairs, tostring, type, math
local concat, sort = table.concat, table.sort

local report = require "dealscope.report"
local enc = require("dealscope.core").json_encode

local M = {}

local ENTITY = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;",
  ["'"] = "&#39;" }

--- Text for HTML, in an element or a quoted attribute value.
-- @param s a value (nil gives "")
-- @return a string
function M.escape(s)
  if s == nil then return "" end
  s = report.utf8(tostring(s))
  s = s:gsub("[%z\1-\8\11\14-\31\127]", "\u{FFFD}")
  return (s:gsub("[&<>\"']", ENTITY))
end
local esc = M.escape

--- JSON that can sit in a `<script>` element: no `<`, `>` or `&`.
-- @param v a Lua value
-- @return a string
function M.json(v)
  return (enc(v):gsub("[<>&]", { ["<"] = "\\u003c", [">"] = "\\u003e",
    ["&"] = "\\u0026" }))
end

local function one(s) return report.oneline(s) end

--- What the tooltip of a provision says, on one line.
local function title(i, p)
  local t = { "#" .. i .. " " .. one(p.label) }
  local party = report.party(p)
  if party ~= "" then t[#t + 1] = party end
  t[#t + 1] = one(p.certainty) .. (p.negated and " (negated)" or "")
  if p.object then t[#t + 1] = one(p.object) end
  local f = report.figures(p)
  if f ~= "" then t[#t + 1] = f end
  if p.attribution then t[#t + 1] = "per " .. one(p.attribution) end
  return concat(t, " · ")
end

local function valid_span(p, n)
  return math.type(p.start) == "integer" and math.type(p.stop) == "integer"
    and p.start >= 1 and p.stop <= n and p.start <= p.stop
end

--- The article text with the provisions' clauses as nested marks.
-- @param d the document's number (1-based)
-- @param doc the document
-- @return a string of HTML
function M.highlight(d, doc)
  local text = doc.text or ""
  local n = #text
  local provs = doc.provisions or {}
  local bounds, seen = { 1, n + 1 }, { [1] = true, [n + 1] = true }
  local starts = {}                              -- position -> provisions
  for i, p in ipairs(provs) do
    if valid_span(p, n) then
      for _, b in ipairs { p.start, p.stop + 1 } do
        if not seen[b] then seen[b] = true; bounds[#bounds + 1] = b end
      end
      local s = starts[p.start]
      if not s then s = {}; starts[p.start] = s end
      s[#s + 1] = i
    end
  end
  sort(bounds)
  local out, stack, opened = {}, {}, {}
  local function open(i)
    local p = provs[i]
    local attrs = { '<mark class="hl"' }
    if not opened[i] then
      opened[i] = true
      attrs[#attrs + 1] = (' id="p-%d-%d"'):format(d, i)
    end
    attrs[#attrs + 1] = (' data-d="%d" data-p="%d" data-label="%s" data-depth="%d"'
      .. ' style="--c:%s" title="%s">'):format(d, i, esc(p.label), #stack,
      report.colour(tostring(p.label)).rgb, esc(title(i, p)))
    out[#out + 1] = concat(attrs)
    stack[#stack + 1] = i
  end
  -- outer marks first: the longer span, then the earlier provision
  local function outer_first(a, b)
    if provs[a].stop ~= provs[b].stop then return provs[a].stop > provs[b].stop end
    return a < b
  end
  for k = 1, #bounds - 1 do
    local pos = bounds[k]
    -- close what ends before pos, and what is opened above it
    local low
    for j = 1, #stack do
      if provs[stack[j]].stop < pos then low = j break end
    end
    local reopen = {}
    if low then
      for j = #stack, low, -1 do
        out[#out + 1] = "</mark>"
        local i = stack[j]
        stack[j] = nil
        if provs[i].stop >= pos then reopen[#reopen + 1] = i end
      end
    end
    for _, i in ipairs(starts[pos] or {}) do reopen[#reopen + 1] = i end
    sort(reopen, outer_first)
    for _, i in ipairs(reopen) do open(i) end
    out[#out + 1] = esc(text:sub(pos, bounds[k + 1] - 1))
  end
  for _ = 1, #stack do out[#out + 1] = "</mark>" end
  return concat(out)
end

local CSS = [[
:root{--fg:#1d1d1f;--muted:#666;--line:#ddd;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg)}
header{padding:16px 24px;border-bottom:1px solid var(--line)}
header h1{margin:0 0 6px;font-size:20px}
.legend{display:flex;flex-wrap:wrap;gap:6px}
.chip{display:inline-block;padding:1px 8px;border-radius:10px;background:var(--c);font-size:12px;
white-space:nowrap}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:24px;padding:0 24px 24px}
aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:16px 0}
aside h2{font-size:15px;margin:0 0 8px}
#panel .prov{border-left:6px solid var(--c);padding:4px 10px;margin:0 0 10px;background:#fafafa}
#panel dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:4px 0;font-size:13px}
#panel dt{color:var(--muted)}#panel dd{margin:0;overflow-wrap:anywhere}
.hint{color:var(--muted);font-size:13px}
section.summary{padding-top:16px}
.parties{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px}
.party{border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.party h3{margin:0 0 4px}
.party summary{margin:6px 0 2px;font-size:13px;color:var(--muted);text-transform:uppercase;
cursor:pointer}
.party ul{margin:0;padding-left:18px}.party li{margin:2px 0}.party b{font-weight:600}
.fig{font-variant-numeric:tabular-nums;background:#f1f1f1;border-radius:3px;padding:0 4px}
article{border-top:1px solid var(--line);margin-top:20px}
article .meta{color:var(--muted);font-size:13px}
.text{white-space:pre-wrap;line-height:2.1;max-width:80ch}
mark.hl{background:var(--c);color:inherit;border-radius:2px;cursor:pointer}
mark.hl mark.hl{background:none;border-bottom:3px solid var(--c)}
mark.hl[data-depth="1"]{padding-bottom:1px}
mark.hl[data-depth="2"]{padding-bottom:5px}
mark.hl[data-depth="3"]{padding-bottom:9px}
mark.hl.on{outline:2px solid #333}
table{border-collapse:collapse;font-size:13px;margin-top:12px}
th,td{border-bottom:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
td.n{text-align:right}
]]

-- The side panel: the provisions under the pointer, or the one clicked.
-- Values are set with textContent only.
local JS = [[
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ds-data").textContent);
  var panel = document.getElementById("panel");
  var FIELDS = ["label", "actor", "counterpart", "certainty", "negated", "object",
    "figures", "attribution", "rule", "sentence", "start", "stop", "text"];
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function card(mark) {
    var doc = data.documents[Number(mark.getAttribute("data-d")) - 1];
    var n = Number(mark.getAttribute("data-p"));
    var p = doc && doc.provisions[n - 1];
    var box = el("div", undefined, "prov");
    box.style.setProperty("--c", mark.style.getPropertyValue("--c"));
    if (!p) return box;
    box.appendChild(el("strong", "#" + n + " " + p.label));
    var dl = el("dl");
    FIELDS.forEach(function (k) {
      var v = p[k];
      if (v === undefined || v === null || v === "") return;
      if (Array.isArray(v)) { if (!v.length) return; v = v.join("; "); }
      dl.appendChild(el("dt", k));
      dl.appendChild(el("dd", String(v)));
    });
    box.appendChild(dl);
    return box;
  }
  var lit = [];
  function show(mark) {
    var marks = [];
    for (var m = mark; m; m = m.parentElement && m.parentElement.closest("mark.hl")) {
      marks.push(m);
    }
    lit.forEach(function (m) { m.classList.remove("on"); });
    lit = marks;
    panel.replaceChildren();
    marks.reverse().forEach(function (m) {
      m.classList.add("on");
      panel.appendChild(card(m));
    });
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  document.addEventListener("click", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  function follow() {
    var m = location.hash && document.getElementById(location.hash.slice(1));
    if (m && m.matches("mark.hl")) show(m);
  }
  window.addEventListener("hashchange", follow);
  follow();
})();
]]

-- the panel's data: the fields of each provision, figures as texts
local function data(docs)
  local out = { documents = {} }
  for d, doc in ipairs(docs) do
    local ps = {}
    for i, p in ipairs(doc.provisions or {}) do
      local figs = {}
      for _, f in ipairs(p.figures or {}) do
        if type(f.text) == "string" then figs[#figs + 1] = f.text end
      end
      ps[i] = { label = p.label, actor = p.actor, counterpart = p.counterpart,
        certainty = p.certainty, negated = p.negated == true, object = p.object,
        figures = figs, attribution = p.attribution, rule = p.rule, sentence = p.sentence,
        start = p.start, stop = p.stop, text = p.text }
    end
    out.documents[d] = { id = doc.id ~= nil and tostring(doc.id) or nil, provisions = ps }
  end
  return out
end

local function chip(label, text)
  return ('<span class="chip" style="--c:%s">%s</span>'):format(
    report.colour(tostring(label)).rgb, esc(text or label))
end

local function figures(p)
  local out = {}
  for _, f in ipairs(p.figures or {}) do
    if type(f.text) == "string" then
      out[#out + 1] = '<span class="fig">' .. esc(one(f.text)) .. "</span>"
    end
  end
  return concat(out, " ")
end

local function measure(p)
  local n = #(p.evidence or {})
  local parts = { chip(p.label) }
  local party = report.party(p)
  if party ~= "" then parts[#parts + 1] = esc(party) end
  if p.object then parts[#parts + 1] = "<b>" .. esc(one(p.object)) .. "</b>" end
  parts[#parts + 1] = esc(one(p.certainty)) .. (p.negated and " (negated)" or "")
  local f = figures(p)
  if f ~= "" then parts[#parts + 1] = f end
  parts[#parts + 1] = ('<span class="hint">%d %s</span>'):format(n,
    n == 1 and "source" or "sources")
  return "<li>" .. concat(parts, " ") .. "</li>"
end

-- a list of measures under a heading that opens and closes it
local function list(out, title_, ps, open)
  out[#out + 1] = ("<details%s><summary>%s (%d)</summary>"):format(open and " open" or "",
    title_, #ps)
  if #ps == 0 then
    out[#out + 1] = '<p class="hint">none</p>'
  else
    out[#out + 1] = "<ul>"
    for _, p in ipairs(ps) do out[#out + 1] = measure(p) end
    out[#out + 1] = "</ul>"
  end
  out[#out + 1] = "</details>"
end

local function summary(out, docs)
  local sum = report.summary(docs)
  out[#out + 1] = '<section class="summary"><h2>Deal by party</h2><div class="parties">'
  for _, e in ipairs(sum.parties) do
    out[#out + 1] = ('<div class="party" data-party="%s"><h3>%s</h3>'):format(
      esc(e.party), esc(e.party))
    list(out, "Gives", e.gives, true)
    list(out, "Gets", e.gets, #sum.parties > 2)
    out[#out + 1] = "</div>"
  end
  if #sum.unattributed > 0 then
    out[#out + 1] = '<div class="party"><h3>No party named</h3>'
    list(out, "Measures", sum.unattributed, true)
    out[#out + 1] = "</div>"
  end
  if #sum.parties == 0 and #sum.unattributed == 0 then
    out[#out + 1] = '<p class="hint">No provisions.</p>'
  end
  out[#out + 1] = "</div></section>"
end

local function provisions_table(out, d, doc)
  local ps = doc.provisions or {}
  if #ps == 0 then
    out[#out + 1] = '<p class="hint">No provisions.</p>'
    return
  end
  out[#out + 1] = "<table><thead><tr><th>#</th><th>label</th><th>party</th>"
    .. "<th>certainty</th><th>object</th><th>figures</th><th>attribution</th></tr>"
    .. "</thead><tbody>"
  for i, p in ipairs(ps) do
    out[#out + 1] = ('<tr><td class="n"><a href="#p-%d-%d">%d</a></td><td>%s</td>'
      .. "<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"):format(
      d, i, i, chip(p.label), esc(report.party(p)),
      esc(one(p.certainty)) .. (p.negated and " (negated)" or ""), esc(one(p.object)),
      figures(p), esc(one(p.attribution)))
  end
  out[#out + 1] = "</tbody></table>"
end

--- The whole page.
-- @param docs an array of documents (with their `text`)
-- @return a string of HTML
function M.format(docs)
  local count, labels, seen = 0, {}, {}
  for _, doc in ipairs(docs) do
    for _, p in ipairs(doc.provisions or {}) do
      count = count + 1
      local l = tostring(p.label)
      if not seen[l] then seen[l] = 0; labels[#labels + 1] = l end
      seen[l] = seen[l] + 1
    end
  end
  report.sort_labels(labels)
  local name = #docs == 1 and docs[1].id ~= nil and tostring(docs[1].id) or "report"
  local out = {
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
      .. "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
    '<meta name="generator" content="dealscope">',
    "<title>dealscope: " .. esc(one(name)) .. "</title>",
    "<style>" .. CSS .. "</style></head><body>",
    "<header><h1>dealscope report</h1>",
    ('<p class="hint">%d %s, %d %s</p>'):format(#docs,
      #docs == 1 and "document" or "documents", count,
      count == 1 and "provision" or "provisions"),
    '<div class="legend">',
  }
  for _, l in ipairs(labels) do out[#out + 1] = chip(l, l .. " " .. seen[l]) end
  out[#out + 1] = '</div></header><div class="layout"><main>'
  summary(out, docs)
  for d, doc in ipairs(docs) do
    out[#out + 1] = ('<article id="doc-%d" data-provisions="%d"><h2>%s</h2>'):format(
      d, #(doc.provisions or {}), esc(doc.id ~= nil and one(doc.id) or "document " .. d))
    local meta = {}
    if doc.source then meta[#meta + 1] = "Source: " .. esc(one(doc.source)) end
    if doc.date then meta[#meta + 1] = "Date: " .. esc(one(doc.date)) end
    if #meta > 0 then out[#out + 1] = '<p class="meta">' .. concat(meta, " · ") .. "</p>" end
    out[#out + 1] = '<div class="text">' .. M.highlight(d, doc) .. "</div>"
    provisions_table(out, d, doc)
    out[#out + 1] = "</article>"
  end
  out[#out + 1] = '</main><aside><h2>Provision</h2><div id="panel">'
    .. '<p class="hint">Point at a highlighted clause to see its attributes.</p>'
    .. "</div></aside></div>"
  out[#out + 1] = '<script type="application/json" id="ds-data">' .. M.json(data(docs))
    .. "</script>"
  out[#out + 1] = '<script id="ds-app">' .. JS .. "</script>"
  out[#out + 1] = "</body></html>"
  return concat(out, "\n") .. "\n"
end

--- A writer of the page (written by `finish`).
-- @function new
-- @param out where to write
M.new = report.buffered(M.format)

return M
