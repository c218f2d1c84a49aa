/*
** fuzz_json.c -- libFuzzer target for the JSON writer and reader: any
** bytes written as a JSON string give valid UTF-8 with no raw control
** byte that the lexer reads back as the input with each bad byte as
** U+FFFD; any bytes given to the lexer, to core.json_decode and to
** dealscope.deal.from_json end in a value or an error, never a crash.
** See LICENSE for copyright and licence.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "ds.h"
#include "fuzz.h"
#include "ds_json.h"


/* the input with each byte that starts no valid sequence as U+FFFD */
static void sanitize (ds_Mem *m, ds_Buf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    size_t k = ds_utf8_valid(s + i, n - i);
    if (ds_buf_add(m, b, s + i, k) != DS_OK) abort();
    i += k;
    if (i < n) {
      if (ds_buf_add(m, b, "\xEF\xBF\xBD", 3) != DS_OK) abort();
      i++;
    }
  }
}

static void check_writer (const char *s, size_t n) {
  ds_Mem m = { alloc, NULL };
  ds_Buf out, str, want;
  ds_JsonLex x;
  size_t i;
  ds_buf_init(&out);
  ds_buf_init(&str);
  ds_buf_init(&want);
  if (ds_json_string(&m, &out, s, n) != DS_OK) abort();
  if (ds_utf8_valid(out.p, out.n) != out.n) abort();     /* valid UTF-8 */
  for (i = 0; i < out.n; i++)
    if ((unsigned char)out.p[i] < 0x20 || out.p[i] == 0x7F) abort();
  ds_jsonlex_init(&x, out.p, out.n);
  if (ds_jsonlex_next(&x, &m, &str) != DS_JT_STRING) abort();
  sanitize(&m, &want, s, n);
  if (str.n != want.n || (want.n > 0 && memcmp(str.p, want.p, want.n) != 0))
    abort();
  if (ds_jsonlex_next(&x, &m, &str) != DS_JT_EOF) abort();
  ds_buf_free(&m, &out);
  ds_buf_free(&m, &str);
  ds_buf_free(&m, &want);
}

/* the lexer over raw bytes: always moves on, always ends */
static void check_lexer (const char *s, size_t n) {
  ds_Mem m = { alloc, NULL };
  ds_Buf str;
  ds_JsonLex x;
  int tok;
  size_t last = 0;
  ds_buf_init(&str);
  ds_jsonlex_init(&x, s, n);
  while ((tok = ds_jsonlex_next(&x, &m, &str)) != DS_JT_EOF &&
         tok != DS_JT_ERROR) {
    if (x.pos <= last || x.pos > n) abort();
    last = x.pos;
  }
  if (tok == DS_JT_ERROR && x.err == NULL) abort();
  ds_buf_free(&m, &str);
}

static const char *script =
  "local core, s = ...\n"
  "package.path = '../lua/?.lua;' .. package.path\n"
  "local deal = require 'dealscope.deal'\n"
  "local v, err = core.json_decode(s)\n"
  "if v == nil then assert(err == nil or err:match('^bad JSON at byte %d+: '))\n"
  "else\n"
  "  local ok, t = pcall(core.json_encode, v)\n"
  "  if ok then\n"
  "    local v2, e2 = core.json_decode(t)\n"
  "    assert(e2 == nil, e2)\n"
  "    if not t:find('null', 1, true) then assert(core.json_encode(v2) == t) end\n"
  "  end\n"
  "end\n"
  "local d, msg = deal.from_json(s)\n"
  "if d then\n"
  "  local j = d:to_json()\n"
  "  assert(deal.from_json(j):to_json() == j)\n"
  "else assert(type(msg) == 'string') end\n";

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  lua_State *L;
  check_writer((const char *)data, size);
  check_lexer((const char *)data, size);
  L = fuzz_script(script);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    abort();
  }
  lua_close(L);
  return 0;
}
