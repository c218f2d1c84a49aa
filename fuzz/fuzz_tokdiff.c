/*
** fuzz_tokdiff.c -- libFuzzer differential target: the live tokenizer
** and segmenter against the frozen reference (csrc/ at commit
** bd645ac, see bench/tokref.h). Every token, sentence and clause of the input
** must be the reference's, from C (ds_doc_build) and from Lua
** (core.document); so must ds_fold and the word lists on its tokens.
** Any difference aborts. bench/tokdiff.c runs the same comparison over
** the corpus and millions of generated texts (make tokdiff).
** See LICENSE for copyright and licence.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../bench/tokref.h"

static void same_span (const ds_Span *a, const RefSpan *b) {
  if (a->first != b->first || a->last != b->last || a->start != b->start ||
      a->stop != b->stop || a->sentence != b->sentence ||
      a->subject != b->subject || a->flags != b->flags ||
      a->split != b->split)
    abort();
}

/* the C core against the reference */
static void check_core (const char *s, size_t n, const RefDoc *ref) {
  ds_Mem m = { alloc, NULL };
  ds_Doc d;
  size_t i;
  ds_doc_init(&d);
  if (ds_doc_build(&m, &d, s, n) != DS_OK) abort();
  if (d.tok.n != ref->ntok || d.sent.n != ref->nsent ||
      d.clause.n != ref->nclause)
    abort();
  for (i = 0; i < d.tok.n; i++) {
    const ds_Token *a = &d.tok.v[i];
    const RefToken *b = &ref->tok[i];
    char fa[3 * 32 + 4], fb[3 * 32 + 4];
    size_t la, lb;
    if (a->start != b->start || a->len != b->len ||
        (a->flags & DS_TF_PUBLIC) != b->flags ||
        a->kind != b->kind || a->punct != b->punct)
      abort();
    if (a->len > 32) continue;
    la = ds_fold(s + a->start, a->len, fa);
    lb = tokref_fold(s + a->start, a->len, fb);
    if (la != lb || memcmp(fa, fb, la) != 0) abort();
    if (ds_verb_form(fa, la) != tokref_verb_form(fa, la) ||
        ds_abbrev_kind(fa, la) != tokref_abbrev_kind(fa, la) ||
        ds_is_starter(fa, la) != tokref_is_starter(fa, la) ||
        ds_is_datename(fa, la) != tokref_is_datename(fa, la) ||
        ds_is_saying(fa, la) != tokref_is_saying(fa, la))
      abort();
  }
  for (i = 0; i < d.sent.n; i++) same_span(&d.sent.v[i], &ref->sent[i]);
  for (i = 0; i < d.clause.n; i++)
    same_span(&d.clause.v[i], &ref->clause[i]);
  ds_doc_free(&m, &d);
}

/* the reference's figures as Lua sees them: a flat list per record */
static void push_ref (lua_State *L, const RefDoc *ref) {
  size_t i;
  lua_Integer k = 0;
  lua_createtable(L, (int)(ref->ntok * 4 + ref->nsent * 4 +
                           ref->nclause * 6), 0);
  for (i = 0; i < ref->ntok; i++) {
    const RefToken *t = &ref->tok[i];
    lua_pushinteger(L, (lua_Integer)t->start + 1); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, (lua_Integer)t->start + t->len);
    lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, t->kind); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, t->flags); lua_rawseti(L, -2, ++k);
  }
  for (i = 0; i < ref->nsent; i++) {
    const RefSpan *sp = &ref->sent[i];
    lua_pushinteger(L, sp->start + 1); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, sp->stop); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, sp->first + 1); lua_rawseti(L, -2, ++k);
    lua_pushboolean(L, (sp->flags & 1) != 0); lua_rawseti(L, -2, ++k);
  }
  for (i = 0; i < ref->nclause; i++) {
    const RefSpan *sp = &ref->clause[i];
    lua_pushinteger(L, sp->start + 1); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, sp->stop); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, sp->last + 1); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, sp->sentence + 1); lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, sp->subject >= 0 ? sp->subject + 1 : 0);
    lua_rawseti(L, -2, ++k);
    lua_pushinteger(L, sp->split); lua_rawseti(L, -2, ++k);
  }
}

/* the Lua binding, token by token and span by span */
static const char *script =
  "local core, s, ref, nt, ns, nc = ...\n"
  "local kinds = { word = 1, number = 2, punct = 3, symbol = 4,"
  "  opaque = 5 }\n"
  "local splits = { start = 0, semicolon = 1, colon = 2,"
  "  coordination = 3, subordinate = 4, including = 5, contrast = 6 }\n"
  "local d = core.document(s)\n"
  "assert(d:ntokens() == nt and d:nsentences() == ns"
  "  and d:nclauses() == nc)\n"
  "local k = 0\n"
  "local function is(v) k = k + 1; assert(ref[k] == v) end\n"
  "for i = 1, nt do\n"
  "  local a, b, kind, flags = d:token(i)\n"
  "  is(a); is(b); is(kinds[kind]); is(flags)\n"
  "end\n"
  "for _, x in ipairs(d:sentences()) do\n"
  "  is(x.start); is(x.stop); is(x.first); is(x.heading == true)\n"
  "end\n"
  "for _, x in ipairs(d:clauses()) do\n"
  "  is(x.start); is(x.stop); is(x.last); is(x.sentence);"
  "  is(x.subject or 0); is(splits[x.split])\n"
  "end\n"
  "d:close()\n";

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  RefDoc ref;
  lua_State *L;
  if (tokref_build(s, size, &ref) != 0) abort();
  check_core(s, size, &ref);
  L = fuzz_script(script);
  lua_pushlstring(L, s, size);
  push_ref(L, &ref);
  lua_pushinteger(L, (lua_Integer)ref.ntok);
  lua_pushinteger(L, (lua_Integer)ref.nsent);
  lua_pushinteger(L, (lua_Integer)ref.nclause);
  if (lua_pcall(L, 6, 0, 0) != LUA_OK) abort();
  lua_close(L);
  tokref_free(&ref);
  return 0;
}
