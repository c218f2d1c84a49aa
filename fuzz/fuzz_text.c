/*
** fuzz_text.c -- libFuzzer target for the tokenizer, the segmenter and
** the document binding: any bytes must tokenize, segment and come back
** through the Lua API without a crash, a leak or an out-of-range span.
** See LICENSE for copyright and licence.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "ds.h"

int luaopen_dealscope_core (lua_State *L);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void *alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

/* the C core alone: every span inside the text, in order */
static void check_core (const char *s, size_t n) {
  ds_Mem m = { alloc, NULL };
  ds_Doc d;
  size_t i;
  ds_doc_init(&d);
  if (ds_doc_build(&m, &d, s, n) == DS_OK) {
    for (i = 0; i < d.tok.n; i++) {
      if (d.tok.v[i].len == 0 || d.tok.v[i].start + d.tok.v[i].len > n)
        abort();
      if (i > 0 && d.tok.v[i].start < d.tok.v[i - 1].start + d.tok.v[i - 1].len)
        abort();
    }
    for (i = 0; i < d.sent.n; i++)
      if (d.sent.v[i].first > d.sent.v[i].last || d.sent.v[i].stop > n ||
          (i > 0 && d.sent.v[i].first != d.sent.v[i - 1].last + 1))
        abort();
    for (i = 0; i < d.clause.n; i++)
      if (d.clause.v[i].first > d.clause.v[i].last ||
          d.clause.v[i].stop > n)
        abort();
  }
  ds_doc_free(&m, &d);
}

static const char *script =
  "local core, s = ...\n"
  "local d = core.document(s)\n"
  "for _, x in ipairs(d:sentences()) do assert(x.start <= x.stop) end\n"
  "for _, x in ipairs(d:clauses()) do assert(x.start <= x.stop) end\n"
  "core.tokenize(s)\n"
  "core.fold(s)\n"
  "if d:ntokens() > 0 then d:fold(1, d:ntokens()) end\n"
  "d:close()\n";

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  lua_State *L;
  check_core((const char *)data, size);
  L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_loadstring(L, script) != LUA_OK) abort();
  luaL_requiref(L, "dealscope.core", luaopen_dealscope_core, 0);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) abort();
  lua_close(L);
  return 0;
}
