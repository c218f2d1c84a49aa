/*
** fuzz_lexicon.c -- libFuzzer target for the phrase lexicon: the bytes
** up to the first NUL are a phrase list (one entry a line, variants of
** an entry separated by '|'), the rest a text. The C core compiles the
** list and scans the text; its matches must equal those of a naive
** matcher written here from the contract (every start, every entry),
** and the count of the text taken a chunk at a time must be the same.
** Then the same goes through Lua: the LPeg phrase parser
** (dealscope.lexicon.compile, errors allowed) and every scan method.
** Run from fuzz/ (make fuzz): the Lua modules are read from ../lua.
** See LICENSE for copyright and licence.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "fuzz.h"
#include "ds_lexicon.h"


#define MAXE 64          /* entries the naive matcher checks */
#define MAXT 64          /* tokens of one variant */

/* one token of an entry variant, as the contract describes it */
typedef struct Want {
  char fold[256];
  size_t flen;
  const char *raw;
  size_t rlen;
  int exact, wild;
} Want;

typedef struct Variant {
  uint32_t id;
  Want t[MAXT];
  int n;
} Variant;

static int isspace_ascii (int c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* parse a variant as ds_lexb_add is specified to; 0 when not checkable */
static int parse_variant (ds_Mem *m, const char *s, size_t len, Variant *v) {
  size_t i = 0;
  v->n = 0;
  while (i < len) {
    size_t e, k;
    int exact = 0, wild = 0;
    const char *w;
    ds_Tokens tk = { NULL, 0, 0 };
    while (i < len && isspace_ascii((unsigned char)s[i])) i++;
    for (e = i; e < len && !isspace_ascii((unsigned char)s[e]); e++) ;
    if (e == i) break;
    w = s + i;
    k = e - i;
    i = e;
    if (k > 1 && w[0] == '=') { exact = 1; w++; k--; }
    if (k > 1 && w[k - 1] == '*') { wild = 1; k--; }
    if (ds_tokenize(m, w, k, &tk) != DS_OK) abort();
    for (e = 0; e < tk.n; e++) {
      Want *t;
      if (ds_lex_joining(tk.v, e, tk.n)) continue;
      if (v->n == MAXT || tk.v[e].len > 80) {
        ds_free(m, tk.v, tk.cap, sizeof(ds_Token));
        return 0;
      }
      t = &v->t[v->n++];
      t->raw = w + tk.v[e].start;
      t->rlen = tk.v[e].len;
      t->flen = ds_fold(t->raw, t->rlen, t->fold);
      t->exact = exact;
      t->wild = wild && e + 1 == tk.n;
    }
    ds_free(m, tk.v, tk.cap, sizeof(ds_Token));
  }
  return 1;
}

/* does text token 't' fit 'w'? */
static int fits (const Want *w, const char *s, const ds_Token *t) {
  char *f = (char *)malloc(3 * (size_t)t->len + 1);
  size_t fl = ds_fold(s + t->start, t->len, f);
  int ok;
  if (w->wild)
    ok = fl >= w->flen && memcmp(f, w->fold, w->flen) == 0 &&
         (!w->exact || (t->len >= w->rlen &&
                        memcmp(s + t->start, w->raw, w->rlen) == 0));
  else
    ok = fl == w->flen && memcmp(f, w->fold, fl) == 0 &&
         (!w->exact || (t->len == w->rlen &&
                        memcmp(s + t->start, w->raw, w->rlen) == 0));
  free(f);
  return ok;
}

static int cmpmatch (const void *a, const void *b) {
  const ds_LexMatch *x = (const ds_LexMatch *)a, *y = (const ds_LexMatch *)b;
  if (x->first != y->first) return x->first < y->first ? -1 : 1;
  if (x->last != y->last) return x->last < y->last ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* the naive matches of all variants over tokens 'tok': sorted, unique */
static size_t naive (const Variant *v, int nv, const char *s,
                     const ds_Token *tok, size_t n, ds_LexMatch *out,
                     size_t cap) {
  size_t *idx = (size_t *)malloc((n + 1) * sizeof(size_t)), ni = 0, i, k, o = 0;
  int e;
  for (i = 0; i < n; i++)
    if (!ds_lex_joining(tok, i, n)) idx[ni++] = i;
  for (e = 0; e < nv; e++)
    for (i = 0; i + (size_t)v[e].n <= ni; i++) {
      for (k = 0; k < (size_t)v[e].n; k++)
        if (!fits(&v[e].t[k], s, &tok[idx[i + k]])) break;
      if (k == (size_t)v[e].n && o < cap) {
        out[o].first = (uint32_t)idx[i];
        out[o].last = (uint32_t)idx[i + k - 1];
        out[o].id = v[e].id;
        o++;
      }
    }
  free(idx);
  qsort(out, o, sizeof(ds_LexMatch), cmpmatch);
  for (i = 0, k = 0; i < o; i++)
    if (k == 0 || cmpmatch(&out[i], &out[k - 1]) != 0) out[k++] = out[i];
  return k;
}

/* the C core alone, against the naive matcher */
static void check_core (const char *list, size_t llen, const char *s,
                        size_t n) {
  ds_Mem m = { alloc, NULL };
  ds_LexBuild b;
  ds_Lexicon lx;
  ds_LexScan sc;
  ds_Tokens tk = { NULL, 0, 0 };
  static Variant var[MAXE];
  int nv = 0, checkable = 1;
  uint32_t id = 0;
  size_t i = 0, cnt, cnt2;
  ds_lexb_init(&b);
  while (i < llen) {                           /* one entry a line */
    size_t e = i, a;
    while (e < llen && list[e] != '\n') e++;
    id++;
    for (a = i; a <= e; ) {                    /* variants by '|' */
      size_t z = a;
      int r;
      while (z < e && list[z] != '|') z++;
      r = ds_lexb_add(&m, &b, id, list + a, z - a);
      if (r == DS_OK && nv < MAXE) {
        var[nv].id = id;
        if (parse_variant(&m, list + a, z - a, &var[nv])) nv++;
        else checkable = 0;
      }
      else if (r == DS_OK) checkable = 0;
      else if (r != DS_LEX_EEMPTY) abort();
      a = z + 1;
    }
    i = e + 1;
  }
  if (ds_lex_build(&m, &b, id, &lx) != DS_OK) abort();
  ds_lexb_free(&m, &b);
  if (ds_tokenize(&m, s, n, &tk) != DS_OK) abort();
  ds_lexscan_init(&sc);
  if (ds_lex_scan(&m, &lx, s, tk.v, tk.n, &sc, 0, &cnt) != DS_OK) abort();
  if (ds_lex_scan(&m, &lx, s, tk.v, tk.n, &sc, 1, &cnt2) != DS_OK) abort();
  if (cnt != cnt2 || cnt2 != sc.nm) abort();
  {                 /* a state that keeps words (cold, then warm): the same */
    ds_LexScan bs;
    size_t c;
    int k;
    ds_lexscan_init(&bs);
    if (ds_lexscan_bind(&m, &bs, &lx) != DS_OK) abort();
    for (k = 0; k < 2; k++) {
      if (ds_lex_scan(&m, &lx, s, tk.v, tk.n, &bs, 1, &c) != DS_OK ||
          c != sc.nm)
        abort();
      for (i = 0; i < c; i++)
        if (cmpmatch(&bs.m[i], &sc.m[i]) != 0) abort();
    }
    ds_lexscan_free(&m, &bs);
  }
  {                               /* a chunk at a time: the same count */
    static const size_t chunks[] = { 0, 1, 7, 64, 4096 };
    ds_Tokens ct = { NULL, 0, 0 };
    ds_LexScan cs;
    size_t k, c;
    ds_lexscan_init(&cs);
    for (k = 0; k < sizeof(chunks) / sizeof(chunks[0]); k++) {
      if (ds_lex_count_text(&m, &lx, s, n, chunks[k], &ct, &cs, &c) != DS_OK
          || c != cnt)
        abort();
    }
    ds_lexscan_free(&m, &cs);
    ds_free(&m, ct.v, ct.cap, sizeof(ds_Token));
  }
  for (i = 0; i < sc.nm; i++) {
    const ds_LexMatch *x = &sc.m[i];
    if (x->first > x->last || x->last >= tk.n || x->id < 1 || x->id > id)
      abort();
    if (ds_lex_joining(tk.v, x->first, tk.n) ||
        ds_lex_joining(tk.v, x->last, tk.n))
      abort();
    if (i > 0 && cmpmatch(&sc.m[i - 1], x) >= 0) abort();
  }
  if (checkable && tk.n <= 4096) {
    size_t cap = (size_t)MAXE * tk.n + 1;
    ds_LexMatch *ref = (ds_LexMatch *)malloc(cap * sizeof(ds_LexMatch));
    size_t nr = naive(var, nv, s, tk.v, tk.n, ref, cap);
    if (nr != sc.nm) abort();
    for (i = 0; i < nr; i++)
      if (cmpmatch(&ref[i], &sc.m[i]) != 0) abort();
    free(ref);
  }
  ds_lexscan_free(&m, &sc);
  ds_lex_free(&m, &lx);
  ds_free(&m, tk.v, tk.cap, sizeof(ds_Token));
}

static const char *script =
  "package.path = '../lua/?.lua;' .. package.path\n"
  "local core, list, text = ...\n"
  "local lexicon = require 'dealscope.lexicon'\n"
  "local phrase = require 'dealscope.phrase'\n"
  "local phrases = {}\n"
  "for l in list:gmatch('[^\\n]+') do\n"
  "  phrases[#phrases + 1] = l\n"
  "  local v, err = phrase.tryparse(l)\n"
  "  assert(v or err:find('^bad phrase'))\n"
  "end\n"
  "local ok, lex = pcall(lexicon.compile, phrases)\n"
  "if not ok then\n"
  "  assert(type(lex) == 'string' and lex:find('bad phrase', 1, true), lex)\n"
  "  return\n"
  "end\n"
  "local doc = core.document(text)\n"
  "local ms = lex:scan(text)\n"
  "assert(#ms == lex:count(text) and #ms == lex:count(doc))\n"
  "local flat = lex:scan_flat(doc)\n"
  "assert(#flat == 3 * #ms)\n"
  "local i = 0\n"
  "for id, s, e, f, l in lex:gmatch(doc) do\n"
  "  i = i + 1\n"
  "  local m = ms[i]\n"
  "  assert(m.id == id and m.start == s and m.stop == e and m.first == f\n"
  "         and m.last == l and flat[3 * i - 2] == id)\n"
  "  assert(1 <= s and s <= e and e <= #text)\n"
  "end\n"
  "assert(i == #ms)\n"
  "local n, fl, gr = #lex, {}, {}\n"
  "for e = 1, n do\n"
  "  fl[e] = string.char(e % 3 == 0 and 2 or 0)\n"
  "  gr[e] = string.pack('<i8', 1 << (e % 4))\n"
  "end\n"
  "fl, gr = table.concat(fl), table.concat(gr)\n"
  "local m = lex:collect(doc, fl, gr, 1, string.pack('<i8', 3), '', false,\n"
  "                      #text % 2 == 1)\n"
  "assert(#m % 6 == 0 and #m <= 6 * #ms)\n"
  "for k = 1, #m, 6 do\n"
  "  assert(m[k] >= 1 and m[k] <= n and m[k + 1] <= m[k + 2])\n"
  "  assert(m[k + 3] >= 1 and m[k + 4] >= 1)\n"
  "end\n"
  "assert(#lex:collect(doc, fl, gr, 1, '', '', true, false) == 6 * #ms)\n"
  "lex:close()\n"
  "doc:close()\n";

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  const char *s = (const char *)data, *nul = memchr(s, 0, size);
  size_t llen = nul ? (size_t)(nul - s) : size;
  const char *text = nul ? nul + 1 : "";
  size_t tlen = nul ? size - llen - 1 : 0;
  lua_State *L;
  check_core(s, llen, text, tlen);
  L = fuzz_script(script);
  lua_pushlstring(L, s, llen);
  lua_pushlstring(L, text, tlen);
  if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    abort();
  }
  lua_close(L);
  return 0;
}
