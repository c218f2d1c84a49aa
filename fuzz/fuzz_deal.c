/*
** fuzz_deal.c -- libFuzzer target for deal records: the input drives the
** making of three deals (labels, actors, certainties, figures and
** document ids from small sets; objects, texts and figure texts raw
** bytes from the input), then checks what merge promises: the same
** record in any order and grouping, merge(a, a) = a, JSON read back
** exactly; and that object words never fail on any bytes.
** See LICENSE for copyright and licence.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "ds.h"
#include "fuzz.h"
#include "ds_json.h"
#include "ds_deal.h"


/* object words of any bytes: ASCII-free of spaces, at most 32 words */
static void check_words (const char *s, size_t n) {
  ds_Mem m = { alloc, NULL };
  ds_Buf b;
  size_t count, i, spaces = 0;
  ds_buf_init(&b);
  if (ds_deal_words(&m, s, n, &b, &count) != DS_OK) abort();
  for (i = 0; i < b.n; i++) if (b.p[i] == ' ') spaces++;
  if (count > 32 || (count > 0 && spaces != count - 1) ||
      (count == 0 && b.n != 0))
    abort();
  ds_buf_free(&m, &b);
}

static const char *script =
  "local core, s = ...\n"
  "package.path = '../lua/?.lua;' .. package.path\n"
  "local deal = require 'dealscope.deal'\n"
  "local i = 1\n"
  "local function byte() local b = s:byte(i) or 0; i = i + 1; return b end\n"
  "local function str(n) local r = s:sub(i, i + n - 1); i = i + n; return r end\n"
  "local function pick(t) return t[byte() % #t + 1] or nil end\n"
  "local LABELS = { 'tariff_relief', 'purchase_commitment', 'custom' }\n"
  "local ACTORS = { 'CHN', 'USA', false }\n"
  "local OBJECTS = { 'rare-earth licensing regime', 'rare earth export controls',\n"
  "  'export controls', 'soybeans', 'tariff hike', false }\n"
  "local CT = { 'stated', 'expected', 'reported', 'possible', 'conditional', 'denied' }\n"
  "local KINDS = { 'percent', 'date', 'mass' }\n"
  "local deals = {}\n"
  "for k = 1, 3 do\n"
  "  local ps = {}\n"
  "  for j = 1, byte() % 6 do\n"
  "    local b = byte()\n"
  "    local obj = pick(OBJECTS)\n"
  "    if b & 0x80 ~= 0 then obj = str(byte() % 24) end\n"
  "    local figs = {}\n"
  "    for f = 1, byte() % 3 do\n"
  "      figs[f] = { kind = pick(KINDS), value = byte() % 4,\n"
  "                  unit = pick({ '%', false }), text = str(byte() % 8) }\n"
  "    end\n"
  "    ps[j] = { label = pick(LABELS), actor = pick(ACTORS), object = obj,\n"
  "              counterpart = pick({ 'CHN', 'USA', false, false }),\n"
  "              certainty = pick(CT), negated = byte() % 2 == 1, figures = figs,\n"
  "              start = byte(), stop = byte() + 256, text = str(byte() % 32) }\n"
  "  end\n"
  "  deals[k] = deal.new(ps, { id = 'd' .. byte() % 3,\n"
  "                            date = pick({ '2025-01-01', '2025-02-01', false }) })\n"
  "end\n"
  "local a, b, c = deals[1], deals[2], deals[3]\n"
  "local m = deal.merge{ a, b, c }\n"
  "local want = m:to_json()\n"
  "assert(want == deal.merge{ c, b, a }:to_json(), 'order')\n"
  "assert(want == deal.merge{ deal.merge{ b, c }, a }:to_json(), 'grouping')\n"
  "assert(want == deal.merge{ m, m }:to_json(), 'idempotent')\n"
  "assert(a:to_json() == deal.merge{ a }:to_json(), 'merge of one')\n"
  "local back = assert(deal.from_json(want))\n"
  "assert(back:to_json() == want, 'round trip')\n"
  "a:diff(c); m:gives('CHN'); m:gets('USA'); m:parties()\n"
  "assert(#m == select(1, m:count()))\n";

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  lua_State *L;
  check_words((const char *)data, size);
  L = fuzz_script(script);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    abort();
  }
  lua_close(L);
  return 0;
}
