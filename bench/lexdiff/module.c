/*
** module.c -- the Lua module 'lexdiff' of the differential checker
** (built by make lexdiff into build/lexdiff.so, driven by
** bench/lexdiff.lua). lexdiff.check(entries, texts) builds the
** reference and the current lexicon from 'entries' (the table
** core.lexicon takes: entry i a string or an array of variants),
** tokenizes each text, scans it with both in counting and in
** collecting mode and raises an error at the first difference: a
** return code, a count, a match (id, first, last, in order).
** See LICENSE for copyright and licence.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lua.h>
#include <lauxlib.h>

#include "lexdiff.h"

/* the one exported symbol (the build hides every other) */
#if defined(__GNUC__)
#define DS_EXPORT __attribute__((visibility("default"))) LUAMOD_API
#else
#define DS_EXPORT LUAMOD_API
#endif

DS_EXPORT int luaopen_lexdiff (lua_State *L);

/* what one check holds; freed before any error is raised */
typedef struct Check {
  void *h[2];
  ds_Tokens tok;
  double tcount[2], tcollect[2];   /* seconds of scanning, by side */
  size_t total;                    /* matches over all texts */
  char msg[768];
} Check;

static const ld_Ops *const side[2] = { &ld_ref, &ld_cur };

static void *alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

static void release (Check *c) {
  int k;
  for (k = 0; k < 2; k++)
    if (c->h[k] != NULL) side[k]->close(c->h[k]);
  free(c->tok.v);
  c->h[0] = c->h[1] = NULL;
  c->tok.v = NULL;
  c->tok.n = c->tok.cap = 0;
}

/* raise the message in c->msg, everything freed first */
static int fail (lua_State *L, Check *c) {
  char msg[sizeof(c->msg)];
  memcpy(msg, c->msg, sizeof(msg));
  release(c);
  return luaL_error(L, "lexdiff: %s", msg);
}

/* a lexicon builder of each side into a zeroed 'c'; 0 when out of memory */
static int openboth (Check *c) {
  int k;
  memset(c, 0, sizeof(*c));
  for (k = 0; k < 2; k++)
    if ((c->h[k] = side[k]->open()) == NULL) {
      snprintf(c->msg, sizeof(c->msg), "out of memory");
      return 0;
    }
  return 1;
}

static double since (clock_t t0) {
  return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

/* a match for a message: its numbers and the text where it starts */
static void showmatch (char *buf, size_t size, const char *text,
                       const ds_Token *t, const ld_Match *x) {
  if (x == NULL) snprintf(buf, size, "none");
  else snprintf(buf, size, "{id=%lu first=%lu last=%lu '%.30s'}",
                (unsigned long)x->id, (unsigned long)x->first,
                (unsigned long)x->last, text + t[x->first].start);
}

/* scan one text with both sides, in both modes; 0 or -1 (c->msg) */
static int scanboth (Check *c, const char *text, size_t tlen, long which) {
  ds_Mem m = { alloc, NULL };
  size_t count[2], ccount[2], nm[2], j;
  const ld_Match *mv[2];
  int s, rc;
  c->tok.n = 0;
  if (ds_tokenize(&m, text, tlen, &c->tok) != DS_OK) {
    snprintf(c->msg, sizeof(c->msg), "out of memory");
    return -1;
  }
  for (s = 0; s < 2; s++) {
    clock_t t0 = clock();
    rc = side[s]->scan(c->h[s], text, c->tok.v, c->tok.n, 0, &count[s],
                       &mv[s], &nm[s]);
    c->tcount[s] += since(t0);
    if (rc == DS_OK) {
      t0 = clock();
      rc = side[s]->scan(c->h[s], text, c->tok.v, c->tok.n, 1, &ccount[s],
                         &mv[s], &nm[s]);
      c->tcollect[s] += since(t0);
    }
    if (rc != DS_OK) {
      snprintf(c->msg, sizeof(c->msg), "text %ld: %s scan returns %d",
               which, side[s]->name, rc);
      return -1;
    }
  }
  for (j = 0; j < nm[0] && j < nm[1]; j++)
    if (memcmp(&mv[0][j], &mv[1][j], sizeof(ld_Match)) != 0) break;
  if (j < nm[0] || j < nm[1] || count[0] != count[1] ||
      ccount[0] != nm[0] || ccount[1] != nm[1] || count[1] != nm[1]) {
    char a[128], b[128];
    showmatch(a, sizeof(a), text, c->tok.v, j < nm[0] ? &mv[0][j] : NULL);
    showmatch(b, sizeof(b), text, c->tok.v, j < nm[1] ? &mv[1][j] : NULL);
    snprintf(c->msg, sizeof(c->msg), "text %ld: reference counts %zu, "
             "keeps %zu; current counts %zu, keeps %zu; match %zu: "
             "reference %s, current %s", which, count[0], nm[0], count[1],
             nm[1], j + 1, a, b);
    return -1;
  }
  c->total += nm[0];
  return 0;
}

/* add entry 'i' (on the top of the stack) to both sides; 0, -1 (c->msg)
   or the return code both sides give */
static int addentry (lua_State *L, Check *c, lua_Integer i) {
  int t = lua_type(L, -1), s, rc[2];
  lua_Integer k, nv = t == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, -1) : 1;
  for (k = 1; k <= nv; k++) {
    size_t len;
    const char *v;
    if (t == LUA_TTABLE) lua_rawgeti(L, -1, k);
    else lua_pushvalue(L, -1);
    if ((v = lua_tolstring(L, -1, &len)) == NULL) {
      snprintf(c->msg, sizeof(c->msg), "entry %ld: not a string", (long)i);
      return -1;
    }
    for (s = 0; s < 2; s++)
      rc[s] = side[s]->add(c->h[s], (uint32_t)i, v, len);
    if (rc[0] != rc[1]) {
      snprintf(c->msg, sizeof(c->msg), "entry %ld '%.60s': add returns %d "
               "(reference) and %d (current)", (long)i, v, rc[0], rc[1]);
      return -1;
    }
    lua_pop(L, 1);
    if (rc[0] != DS_OK) return rc[0];
  }
  return 0;
}

/*
** lexdiff.check(entries, texts) -> matches, ref_bytes, cur_bytes,
** {ref_count_s, cur_count_s, ref_collect_s, cur_collect_s}; 'texts' a
** string or an array of strings. When both sides refuse the entries
** with one code: nil and that code.
*/
static int l_check (lua_State *L) {
  Check c;
  lua_Integer n, i, nt;
  int s, r, rc[2], many;
  luaL_checktype(L, 1, LUA_TTABLE);
  many = lua_type(L, 2) == LUA_TTABLE;
  if (!many) luaL_checkstring(L, 2);
  nt = many ? (lua_Integer)lua_rawlen(L, 2) : 1;
  n = (lua_Integer)lua_rawlen(L, 1);
  if (!openboth(&c)) return fail(L, &c);
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, 1, i);
    if ((r = addentry(L, &c, i)) < 0) return fail(L, &c);
    if (r > 0) {
      release(&c);
      lua_pushnil(L);
      lua_pushinteger(L, r);
      return 2;
    }
    lua_pop(L, 1);
  }
  for (s = 0; s < 2; s++) rc[s] = side[s]->build(c.h[s], (size_t)n);
  if (rc[0] != rc[1]) {
    snprintf(c.msg, sizeof(c.msg), "build returns %d (reference) and %d "
             "(current)", rc[0], rc[1]);
    return fail(L, &c);
  }
  if (rc[0] != DS_OK) {
    release(&c);
    lua_pushnil(L);
    lua_pushinteger(L, rc[0]);
    return 2;
  }
  for (i = 1; i <= nt; i++) {
    size_t tlen;
    const char *text;
    if (many) lua_rawgeti(L, 2, i);
    else lua_pushvalue(L, 2);
    if ((text = lua_tolstring(L, -1, &tlen)) == NULL) {
      snprintf(c.msg, sizeof(c.msg), "text %ld: not a string", (long)i);
      return fail(L, &c);
    }
    r = scanboth(&c, text, tlen, (long)i);
    lua_pop(L, 1);                 /* the string stays in argument 2 */
    if (r != 0) return fail(L, &c);
  }
  lua_pushinteger(L, (lua_Integer)c.total);
  lua_pushinteger(L, (lua_Integer)side[0]->memory(c.h[0]));
  lua_pushinteger(L, (lua_Integer)side[1]->memory(c.h[1]));
  lua_createtable(L, 4, 0);
  lua_pushnumber(L, c.tcount[0]);
  lua_rawseti(L, -2, 1);
  lua_pushnumber(L, c.tcount[1]);
  lua_rawseti(L, -2, 2);
  lua_pushnumber(L, c.tcollect[0]);
  lua_rawseti(L, -2, 3);
  lua_pushnumber(L, c.tcollect[1]);
  lua_rawseti(L, -2, 4);
  release(&c);
  return 4;
}

/*
** lexdiff.time(entries, text, reps [, only]) -> {ref_count_s,
** cur_count_s, ref_collect_s, cur_collect_s}: the best of 'reps' scans
** of each kind over the same tokens (the entries must be accepted by
** both); only = "ref" or "cur" times one side (for a profiler).
*/
static int l_time (lua_State *L) {
  Check c;
  ds_Mem m = { alloc, NULL };
  lua_Integer n, i, reps = luaL_optinteger(L, 3, 5);
  size_t tlen, count, nm;
  const char *text = luaL_checklstring(L, 2, &tlen);
  const ld_Match *mv;
  double best[4] = { 1e30, 1e30, 1e30, 1e30 };
  const char *only = luaL_optstring(L, 4, "");
  int s, mode;
  luaL_checktype(L, 1, LUA_TTABLE);
  n = (lua_Integer)lua_rawlen(L, 1);
  if (!openboth(&c)) return fail(L, &c);
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, 1, i);
    if (addentry(L, &c, i) != 0) {
      snprintf(c.msg, sizeof(c.msg), "entry %ld refused", (long)i);
      return fail(L, &c);
    }
    lua_pop(L, 1);
  }
  for (s = 0; s < 2; s++)
    if (side[s]->build(c.h[s], (size_t)n) != DS_OK) {
      snprintf(c.msg, sizeof(c.msg), "build fails");
      return fail(L, &c);
    }
  if (ds_tokenize(&m, text, tlen, &c.tok) != DS_OK) {
    snprintf(c.msg, sizeof(c.msg), "out of memory");
    return fail(L, &c);
  }
  for (i = 0; i < reps; i++)
    for (mode = 0; mode < 2; mode++)
      for (s = 0; s < 2; s++) {
        clock_t t0 = clock();
        double t;
        if (*only && strcmp(only, side[s]->name + 3) != 0) continue;
        if (side[s]->scan(c.h[s], text, c.tok.v, c.tok.n, mode, &count,
                          &mv, &nm) != DS_OK) {
          snprintf(c.msg, sizeof(c.msg), "scan fails");
          return fail(L, &c);
        }
        t = since(t0);
        if (t < best[2 * mode + s]) best[2 * mode + s] = t;
      }
  release(&c);
  lua_createtable(L, 4, 0);
  for (i = 0; i < 4; i++) {
    lua_pushnumber(L, best[i]);
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

DS_EXPORT int luaopen_lexdiff (lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"check", l_check},
    {"time", l_time},
    {NULL, NULL}
  };
  luaL_newlib(L, funcs);
  return 1;
}
