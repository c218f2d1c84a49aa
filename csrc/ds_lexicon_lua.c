/*
** ds_lexicon_lua.c -- the dealscope.Lexicon type: core.lexicon(entries)
** and lex:scan, :scan_flat, :count, :gmatch, :memory, :close.
** The lexicon's C memory belongs to its userdata, created first; a
** scan keeps its threads, matches and (for a string) tokens in a
** scratch userdata of its own, so that an error while results are
** pushed leaks nothing and the lexicon itself is never written to.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_lua.h"
#include "ds_lexicon.h"

#define DS_LEXICON "dealscope.Lexicon"
#define DS_LEXSCAN "dealscope.LexScan"

typedef struct LLex {
  ds_Lexicon lx;
  ds_LexBuild b;           /* only while core.lexicon runs */
  ds_Mem m;
  int closed;
} LLex;

/* the scratch of one scan */
typedef struct LScan {
  ds_LexScan sc;
  ds_Tokens tok;           /* the tokens of a string argument */
  ds_Mem m;
} LScan;


static LLex *check_lexicon (lua_State *L, int arg) {
  LLex *x = (LLex *)luaL_checkudata(L, arg, DS_LEXICON);
  if (x->closed)
    luaL_argerror(L, arg, "attempt to use a closed lexicon");
  return x;
}

static int lex_close (lua_State *L) {
  LLex *x = (LLex *)luaL_checkudata(L, 1, DS_LEXICON);
  if (!x->closed) {
    ds_lex_free(&x->m, &x->lx);
    ds_lexb_free(&x->m, &x->b);
    x->closed = 1;
  }
  return 0;
}

static int lex_tostring (lua_State *L) {
  LLex *x = (LLex *)luaL_checkudata(L, 1, DS_LEXICON);
  if (x->closed)
    lua_pushliteral(L, "dealscope.Lexicon (closed)");
  else
    lua_pushfstring(L, "dealscope.Lexicon (%p)", (void *)x);
  return 1;
}

/* #lex: the number of entries */
static int lex_len (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_lexicon(L, 1)->lx.nentry);
  return 1;
}

/* lex:memory(): bytes the automaton holds */
static int lex_memory (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_lexicon(L, 1)->lx.bytes);
  return 1;
}


/* add variant 'v' of entry 'i' (the string on the top) */
static void addvariant (lua_State *L, LLex *x, lua_Integer i) {
  size_t len;
  const char *s = lua_tolstring(L, -1, &len);
  int r = ds_lexb_add(&x->m, &x->b, (uint32_t)i, s, len);
  if (r == DS_LEX_EEMPTY)
    luaL_argerror(L, 1, lua_pushfstring(L, "entry %I has no words: '%s'",
                                        i, s));
  else if (r == DS_LEX_ELIMIT)
    luaL_argerror(L, 1, "too many entries");
  ds_check(L, r);
}

/*
** core.lexicon(entries): entry i is a string or an array of strings
** (variants of one entry that all report id i).
*/
static int core_lexicon (lua_State *L) {
  lua_Integer n, i, k, nv;
  LLex *x;
  int r;
  luaL_checktype(L, 1, LUA_TTABLE);
  n = (lua_Integer)lua_rawlen(L, 1);
  if (n >= (lua_Integer)0x7FFFFFFF) luaL_argerror(L, 1, "too many entries");
  x = (LLex *)lua_newuserdatauv(L, sizeof(LLex), 0);
  ds_lex_init(&x->lx);
  ds_lexb_init(&x->b);
  ds_getmem(L, &x->m);
  x->closed = 0;
  luaL_setmetatable(L, DS_LEXICON);
  for (i = 1; i <= n; i++) {
    switch (lua_rawgeti(L, 1, i)) {
      case LUA_TSTRING:
        addvariant(L, x, i);
        break;
      case LUA_TTABLE:
        nv = (lua_Integer)lua_rawlen(L, -1);
        if (nv == 0)
          luaL_argerror(L, 1, lua_pushfstring(L, "entry %I has no variants",
                                              i));
        for (k = 1; k <= nv; k++) {
          if (lua_rawgeti(L, -1, k) != LUA_TSTRING)
            luaL_argerror(L, 1, lua_pushfstring(L,
                          "entry %I, variant %I: string expected, got %s",
                          i, k, luaL_typename(L, -1)));
          addvariant(L, x, i);
          lua_pop(L, 1);                 /* pop variant */
        }
        break;
      default:
        luaL_argerror(L, 1, lua_pushfstring(L,
                      "entry %I: string or table expected, got %s",
                      i, luaL_typename(L, -1)));
    }
    lua_pop(L, 1);                       /* pop entry */
  }
  r = ds_lex_build(&x->m, &x->b, (size_t)n, &x->lx);
  ds_lexb_free(&x->m, &x->b);
  if (r == DS_LEX_ELIMIT) luaL_argerror(L, 1, "too many entries");
  ds_check(L, r);
  return 1;
}


/* free a scratch's memory (idempotent): at __gc, or at once after a
   scan, so that big scans do not wait for the collector */
static void release (LScan *s) {
  ds_lexscan_free(&s->m, &s->sc);
  ds_free(&s->m, s->tok.v, s->tok.cap, sizeof(ds_Token));
  s->tok.v = NULL;
  s->tok.n = s->tok.cap = 0;
}

static int scan_gc (lua_State *L) {
  release((LScan *)luaL_checkudata(L, 1, DS_LEXSCAN));
  return 0;
}

/* push a new, empty scratch */
static LScan *newscan (lua_State *L) {
  LScan *s = (LScan *)lua_newuserdatauv(L, sizeof(LScan), 0);
  ds_lexscan_init(&s->sc);
  memset(&s->tok, 0, sizeof(s->tok));
  ds_getmem(L, &s->m);
  luaL_setmetatable(L, DS_LEXSCAN);
  return s;
}

/* the text and tokens of argument 'arg': a document, or a string that
   is tokenized into the scratch 's' (it needs no sentences) */
typedef struct Input {
  const char *s;
  const ds_Token *tok;
  size_t n;
} Input;

static void getinput (lua_State *L, int arg, LScan *s, Input *in) {
  LDoc *d = ds_testdoc(L, arg);
  if (d != NULL) {
    if (d->closed)
      luaL_argerror(L, arg, "attempt to use a closed document");
    in->s = d->d.s;
    in->tok = d->d.tok.v;
    in->n = d->d.tok.n;
  }
  else if (lua_type(L, arg) == LUA_TSTRING) {
    size_t len;
    in->s = lua_tolstring(L, arg, &len);
    s->tok.n = 0;
    ds_check(L, ds_tokenize(&s->m, in->s, len, &s->tok));
    in->tok = s->tok.v;
    in->n = s->tok.n;
  }
  else
    luaL_typeerror(L, arg, "string or dealscope.Document");
}

/* run lexicon 1 over argument 2; pushes the scratch */
static LScan *run (lua_State *L, int collect, Input *in, size_t *count) {
  LLex *x = check_lexicon(L, 1);
  LScan *s = newscan(L);
  getinput(L, 2, s, in);
  ds_check(L, ds_lex_scan(&s->m, &x->lx, in->s, in->tok, in->n, &s->sc,
                          collect, count));
  return s;
}

static void setint (lua_State *L, const char *k, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}

/* lex:scan(text_or_doc): every match as {id=, first=, last=, start=, stop=} */
static int lex_scan (lua_State *L) {
  Input in;
  size_t n, i;
  LScan *s = run(L, 1, &in, &n);
  luaL_checkstack(L, 4, NULL);
  lua_createtable(L, n < 0x7FFFFFF ? (int)n : 0, 0);
  for (i = 0; i < n; i++) {
    const ds_LexMatch *x = &s->sc.m[i];
    lua_createtable(L, 0, 5);
    setint(L, "id", x->id);
    setint(L, "first", (lua_Integer)x->first + 1);
    setint(L, "last", (lua_Integer)x->last + 1);
    setint(L, "start", (lua_Integer)in.tok[x->first].start + 1);
    setint(L, "stop", (lua_Integer)in.tok[x->last].start + in.tok[x->last].len);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  release(s);
  return 1;
}

/* lex:scan_flat(text_or_doc): {id1, first1, last1, id2, ...} */
static int lex_scan_flat (lua_State *L) {
  Input in;
  size_t n, i;
  LScan *s = run(L, 1, &in, &n);
  if (n > 0x7FFFFFF) luaL_error(L, "too many matches for one table");
  lua_createtable(L, (int)(3 * n), 0);
  for (i = 0; i < n; i++) {
    const ds_LexMatch *x = &s->sc.m[i];
    lua_pushinteger(L, x->id);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 1));
    lua_pushinteger(L, (lua_Integer)x->first + 1);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 2));
    lua_pushinteger(L, (lua_Integer)x->last + 1);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 3));
  }
  release(s);
  return 1;
}

/* lex:count(text_or_doc): the number of matches, no table built */
static int lex_count (lua_State *L) {
  Input in;
  size_t n;
  LScan *s = run(L, 0, &in, &n);
  release(s);
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/*
** The iterator of lex:gmatch. Upvalues: the scratch (matches, and the
** tokens of a string), the text or document (kept alive), the index
** of the next match.
*/
static int gmatch_aux (lua_State *L) {
  LScan *s = (LScan *)lua_touserdata(L, lua_upvalueindex(1));
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(3));
  const ds_Token *tok = s->tok.v;
  const ds_LexMatch *x;
  LDoc *d;
  if (i < 0 || (size_t)i >= s->sc.nm) return 0;
  if ((d = ds_testdoc(L, lua_upvalueindex(2))) != NULL) {
    if (d->closed)
      return luaL_error(L, "attempt to use a closed document");
    tok = d->d.tok.v;
  }
  x = &s->sc.m[i];
  lua_pushinteger(L, i + 1);
  lua_replace(L, lua_upvalueindex(3));
  lua_pushinteger(L, x->id);
  lua_pushinteger(L, (lua_Integer)tok[x->first].start + 1);
  lua_pushinteger(L, (lua_Integer)tok[x->last].start + tok[x->last].len);
  lua_pushinteger(L, (lua_Integer)x->first + 1);
  lua_pushinteger(L, (lua_Integer)x->last + 1);
  return 5;
}

/* lex:gmatch(text_or_doc): iterator of id, start, stop, first, last */
static int lex_gmatch (lua_State *L) {
  Input in;
  size_t n;
  run(L, 1, &in, &n);                    /* push scratch */
  lua_pushvalue(L, 2);                   /* the text or document */
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, gmatch_aux, 3);
  return 1;
}


void ds_open_lexicon (lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"lexicon", core_lexicon},
    {NULL, NULL}
  };
  static const luaL_Reg methods[] = {
    {"scan", lex_scan},
    {"scan_flat", lex_scan_flat},
    {"count", lex_count},
    {"gmatch", lex_gmatch},
    {"memory", lex_memory},
    {"close", lex_close},
    {NULL, NULL}
  };
  static const luaL_Reg metamethods[] = {
    {"__gc", lex_close},
    {"__close", lex_close},
    {"__tostring", lex_tostring},
    {"__len", lex_len},
    {"__index", NULL},
    {NULL, NULL}
  };
  static const luaL_Reg scanmeta[] = {
    {"__gc", scan_gc},
    {"__index", NULL},
    {NULL, NULL}
  };
  static const luaL_Reg none[] = {
    {NULL, NULL}
  };
  ds_newclass(L, DS_LEXICON, methods, metamethods);
  lua_pop(L, 1);                         /* pop metatable */
  ds_newclass(L, DS_LEXSCAN, none, scanmeta);
  lua_pop(L, 1);                         /* pop metatable */
  luaL_setfuncs(L, funcs, 0);
}
