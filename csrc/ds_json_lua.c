/*
** ds_json_lua.c -- core.json_encode and core.json_decode: Lua values to
** JSON text through the C writer of ds_json.c, and back.
** Encoding: a table whose keys are exactly 1..n is an array, an empty
** table is [], any other table an object with its keys sorted (so the
** output is stable); integers and floats stay apart (20 and 20.0).
** Decoding: null is nil, numbers without '.' or exponent are integers.
** Scratch buffers live in a userdata made first, so an error (bad
** value, no memory) never leaks them.
** See LICENSE for copyright and licence.
*/
#include <stdlib.h>
#include <string.h>

#include "ds_lua.h"
#include "ds_json.h"

#define SCRATCH "dealscope.Scratch"

/* how deep tables may nest (a cycle hits this) */
#define MAXNEST 200

typedef struct Scratch {
  ds_Mem m;
  ds_Buf b;
} Scratch;

static int scratch_gc (lua_State *L) {
  Scratch *s = (Scratch *)luaL_checkudata(L, 1, SCRATCH);
  ds_buf_free(&s->m, &s->b);
  return 0;
}

/* push an empty scratch buffer owned by the Lua state */
static Scratch *newscratch (lua_State *L) {
  Scratch *s = (Scratch *)lua_newuserdatauv(L, sizeof(Scratch), 0);
  ds_getmem(L, &s->m);
  ds_buf_init(&s->b);
  luaL_setmetatable(L, SCRATCH);
  return s;
}


/* ---------------------------------------------------------------- */
/* encode                                                            */
/* ---------------------------------------------------------------- */

typedef struct Key {
  const char *s;
  size_t len;
  lua_Integer i;        /* index of the key in the 'orig' table */
} Key;

static int keycmp (const void *a, const void *b) {
  const Key *x = (const Key *)a, *y = (const Key *)b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, n);
  if (c != 0) return c;
  return x->len < y->len ? -1 : x->len > y->len;
}

static void encode (lua_State *L, int idx, Scratch *sc, int depth);

static void encode_array (lua_State *L, int idx, Scratch *sc, int depth,
                          lua_Integer n) {
  lua_Integer i;
  ds_check(L, ds_buf_addc(&sc->m, &sc->b, '['));
  for (i = 1; i <= n; i++) {
    if (i > 1) ds_check(L, ds_buf_addc(&sc->m, &sc->b, ','));
    lua_rawgeti(L, idx, i);
    encode(L, lua_gettop(L), sc, depth + 1);
    lua_pop(L, 1);
  }
  ds_check(L, ds_buf_addc(&sc->m, &sc->b, ']'));
}

/*
** An object: the keys as text, sorted. The key texts stay referenced by
** the 'texts' table while their pointers sit in the userdata array.
*/
static void encode_object (lua_State *L, int idx, Scratch *sc, int depth,
                           lua_Integer n) {
  Key *keys = (Key *)lua_newuserdatauv(L, (size_t)n * sizeof(Key), 0);
  int korig, ktexts;
  lua_Integer i = 0, j;
  lua_createtable(L, (int)n, 0);
  korig = lua_gettop(L);
  lua_createtable(L, (int)n, 0);
  ktexts = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    int t = lua_type(L, -2);
    lua_pop(L, 1);                      /* pop value */
    if (t != LUA_TSTRING && t != LUA_TNUMBER)
      luaL_argerror(L, 1, lua_pushfstring(L,
        "cannot encode a table key of type %s", lua_typename(L, t)));
    i++;
    lua_pushvalue(L, -1);
    lua_rawseti(L, korig, i);
    lua_pushvalue(L, -1);
    keys[i - 1].s = lua_tolstring(L, -1, &keys[i - 1].len);  /* a copy */
    keys[i - 1].i = i;
    lua_rawseti(L, ktexts, i);          /* keeps the text alive */
  }
  qsort(keys, (size_t)n, sizeof(Key), keycmp);
  ds_check(L, ds_buf_addc(&sc->m, &sc->b, '{'));
  for (j = 0; j < n; j++) {
    if (j > 0) {
      if (keycmp(&keys[j - 1], &keys[j]) == 0)
        luaL_argerror(L, 1, lua_pushfstring(L,
          "two keys of a table read as \"%s\"", keys[j].s));
      ds_check(L, ds_buf_addc(&sc->m, &sc->b, ','));
    }
    ds_check(L, ds_json_string(&sc->m, &sc->b, keys[j].s, keys[j].len));
    ds_check(L, ds_buf_addc(&sc->m, &sc->b, ':'));
    lua_rawgeti(L, korig, keys[j].i);
    lua_rawget(L, idx);
    encode(L, lua_gettop(L), sc, depth + 1);
    lua_pop(L, 1);
  }
  ds_check(L, ds_buf_addc(&sc->m, &sc->b, '}'));
  lua_pop(L, 3);                        /* pop keys, korig, ktexts */
}

static void encode_table (lua_State *L, int idx, Scratch *sc, int depth) {
  lua_Integer n = 0, max = 0;
  int array = 1;
  if (depth >= MAXNEST)
    luaL_argerror(L, 1, "tables nested too deeply (a cycle?)");
  luaL_checkstack(L, 8, "tables nested too deeply");
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);                      /* pop value */
    n++;
    if (array && lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1) {
      lua_Integer k = lua_tointeger(L, -1);
      if (k > max) max = k;
    }
    else
      array = 0;
  }
  if (array && max == n)
    encode_array(L, idx, sc, depth, n);
  else
    encode_object(L, idx, sc, depth, n);
}

static void encode (lua_State *L, int idx, Scratch *sc, int depth) {
  switch (lua_type(L, idx)) {
    case LUA_TNIL:
      ds_check(L, ds_buf_add(&sc->m, &sc->b, "null", 4));
      break;
    case LUA_TBOOLEAN:
      if (lua_toboolean(L, idx))
        ds_check(L, ds_buf_add(&sc->m, &sc->b, "true", 4));
      else
        ds_check(L, ds_buf_add(&sc->m, &sc->b, "false", 5));
      break;
    case LUA_TNUMBER:
      if (lua_isinteger(L, idx))
        ds_check(L, ds_json_integer(&sc->m, &sc->b,
                                    (int64_t)lua_tointeger(L, idx)));
      else
        ds_check(L, ds_json_number(&sc->m, &sc->b,
                                   (double)lua_tonumber(L, idx)));
      break;
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, idx, &len);
      ds_check(L, ds_json_string(&sc->m, &sc->b, s, len));
      break;
    }
    case LUA_TTABLE:
      encode_table(L, idx, sc, depth);
      break;
    default:
      luaL_argerror(L, 1, lua_pushfstring(L, "cannot encode a %s value",
                                          luaL_typename(L, idx)));
  }
}

/* core.json_encode(value) */
static int core_json_encode (lua_State *L) {
  Scratch *sc;
  luaL_checkany(L, 1);
  lua_settop(L, 1);
  sc = newscratch(L);
  encode(L, 1, sc, 0);
  lua_pushlstring(L, sc->b.p ? sc->b.p : "", sc->b.n);
  return 1;
}


/* ---------------------------------------------------------------- */
/* decode                                                            */
/* ---------------------------------------------------------------- */

/* push the value that starts with token 'tok'; 0 on bad JSON */
static int decode (lua_State *L, ds_JsonLex *x, Scratch *sc, int tok,
                   int depth) {
  switch (tok) {
    case DS_JT_STRING:
      lua_pushlstring(L, sc->b.p ? sc->b.p : "", sc->b.n);
      return 1;
    case DS_JT_NUMBER:
      if (lua_stringtonumber(L, sc->b.p) == 0) {
        x->err = "bad number";
        return 0;
      }
      return 1;
    case DS_JT_TRUE: lua_pushboolean(L, 1); return 1;
    case DS_JT_FALSE: lua_pushboolean(L, 0); return 1;
    case DS_JT_NULL: lua_pushnil(L); return 1;
    case DS_JT_LBRACKET: case DS_JT_LBRACE: {
      int object = tok == DS_JT_LBRACE;
      int close = object ? DS_JT_RBRACE : DS_JT_RBRACKET;
      lua_Integer n = 0;
      if (depth >= MAXNEST) { x->err = "nested too deeply"; return 0; }
      luaL_checkstack(L, 4, "JSON nested too deeply");
      lua_newtable(L);
      tok = ds_jsonlex_next(x, &sc->m, &sc->b);
      if (tok == close) return 1;
      for (;;) {
        if (object) {
          if (tok != DS_JT_STRING) {
            if (tok != DS_JT_ERROR) x->err = "object key expected";
            return 0;
          }
          lua_pushlstring(L, sc->b.p ? sc->b.p : "", sc->b.n);
          if ((tok = ds_jsonlex_next(x, &sc->m, &sc->b)) != DS_JT_COLON) {
            if (tok != DS_JT_ERROR) x->err = "':' expected";
            return 0;
          }
          tok = ds_jsonlex_next(x, &sc->m, &sc->b);
        }
        if (!decode(L, x, sc, tok, depth + 1)) return 0;
        if (object) lua_rawset(L, -3);
        else lua_rawseti(L, -2, ++n);   /* null leaves a hole */
        tok = ds_jsonlex_next(x, &sc->m, &sc->b);
        if (tok == close) return 1;
        if (tok != DS_JT_COMMA) {
          if (tok != DS_JT_ERROR)
            x->err = object ? "',' or '}' expected" : "',' or ']' expected";
          return 0;
        }
        tok = ds_jsonlex_next(x, &sc->m, &sc->b);
      }
    }
    case DS_JT_EOF:
      x->err = "unexpected end of text";
      return 0;
    case DS_JT_ERROR:
      return 0;
    default:
      x->err = "unexpected token";
      return 0;
  }
}

/* core.json_decode(s): value, or nil and a message */
static int core_json_decode (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  ds_JsonLex x;
  Scratch *sc;
  int top, ok;
  lua_settop(L, 1);
  sc = newscratch(L);
  top = lua_gettop(L);
  ds_jsonlex_init(&x, s, len);
  ok = decode(L, &x, sc, ds_jsonlex_next(&x, &sc->m, &sc->b), 0);
  if (x.nomem) return luaL_error(L, "not enough memory");
  if (ok && ds_jsonlex_next(&x, &sc->m, &sc->b) != DS_JT_EOF) {
    ok = 0;
    if (x.err == NULL) x.err = "text after the value";
  }
  if (x.nomem) return luaL_error(L, "not enough memory");
  if (!ok) {
    lua_settop(L, top);
    luaL_pushfail(L);
    lua_pushfstring(L, "bad JSON at byte %I: %s",
                    (lua_Integer)x.tpos + 1, x.err);
    return 2;
  }
  return 1;
}


void ds_open_json (lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"json_encode", core_json_encode},
    {"json_decode", core_json_decode},
    {NULL, NULL}
  };
  if (luaL_newmetatable(L, SCRATCH)) {
    lua_pushcfunction(L, scratch_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);                        /* pop metatable */
  luaL_setfuncs(L, funcs, 0);
}
