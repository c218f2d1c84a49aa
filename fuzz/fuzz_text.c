/*
** fuzz_text.c -- libFuzzer target for the tokenizer, the segmenter and
** the document binding: any bytes must tokenize, segment and come back
** through the Lua API without a crash, a leak or an out-of-range span;
** a closed document reopened over a text is a new document of it.
** See LICENSE for copyright and licence.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "ds.h"
#include "fuzz.h"


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
    /* sentences cover every token once, in order */
    if (d.tok.n > 0 && (d.sent.n == 0 || d.sent.v[0].first != 0 ||
                        d.sent.v[d.sent.n - 1].last != d.tok.n - 1))
      abort();
    for (i = 0; i < d.sent.n; i++)
      if (d.sent.v[i].first > d.sent.v[i].last || d.sent.v[i].stop > n ||
          d.sent.v[i].start >= d.sent.v[i].stop ||
          (i > 0 && d.sent.v[i].first != d.sent.v[i - 1].last + 1))
        abort();
    /* clauses cover every token of their sentence, in order; a shared
       subject is an earlier clause of the same sentence */
    for (i = 0; i < d.clause.n; i++) {
      const ds_Span *c = &d.clause.v[i];
      const ds_Span *st;
      if (c->sentence >= d.sent.n) abort();
      st = &d.sent.v[c->sentence];
      if (c->first > c->last || c->stop > n || c->first < st->first ||
          c->last > st->last)
        abort();
      if (i > 0 && c->first != d.clause.v[i - 1].last + 1) abort();
      if (c->subject >= 0 && ((size_t)c->subject >= i ||
          d.clause.v[c->subject].sentence != c->sentence))
        abort();
      if (ds_doc_span_of(&d.clause, c->first) != i) abort();
    }
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
  "d:close()\n"
  "-- reopened over a part of the text: as a new document of it\n"
  "local t = s:sub(1, #s // 2)\n"
  "local e = core.document(t)\n"
  "assert(d:reopen(t) == d and d:ntokens() == e:ntokens())\n"
  "assert(d:nsentences() == e:nsentences() and d:nclauses() == e:nclauses())\n"
  "for i = 1, d:ntokens() do\n"
  "  local a, b = table.pack(d:token(i)), table.pack(e:token(i))\n"
  "  for k = 1, b.n do assert(a[k] == b[k]) end\n"
  "end\n"
  "e:close()\n"
  "d:close()\n";

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  lua_State *L;
  check_core((const char *)data, size);
  L = fuzz_script(script);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) abort();
  lua_close(L);
  return 0;
}
