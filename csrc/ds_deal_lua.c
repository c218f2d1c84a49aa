/*
** ds_deal_lua.c -- the dealscope.Deal type: provisions read from Lua
** tables into the C store (ds_deal.c), merged provisions walked back
** into Lua tables or JSON (ds_deal_view.c).
** Functions of dealscope.core: deal, deal_from_document, deal_merge,
** deal_words; the method table is core.Deal, which lua/dealscope/deal.lua
** extends with the methods written in Lua (gives, gets, diff).
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_lua.h"
#include "ds_deal.h"
#include "ds_json.h"

#define DS_DEAL "dealscope.Deal"

/*
** Strings of the provisions read last, by address: Lua makes each short
** string once, so a label or actor read again has the same address and
** skips hashing. A hit is checked against the pool's bytes, so an
** address reused by another string after a collection cannot alias.
*/
#define ICACHE 256

typedef struct ICache {
  const char *s;
  size_t len;
  uint32_t id;
} ICache;

typedef struct LDeal {
  ds_Deal d;
  ds_Mem m;
  ds_Buf out;           /* to_json's text until it is a Lua string */
  int closed;
  ICache cache[ICACHE];
} LDeal;


static LDeal *testdeal (lua_State *L, int arg) {
  return (LDeal *)luaL_testudata(L, arg, DS_DEAL);
}

static LDeal *checkdeal (lua_State *L, int arg) {
  LDeal *d = (LDeal *)luaL_checkudata(L, arg, DS_DEAL);
  if (d->closed)
    luaL_argerror(L, arg, "attempt to use a closed deal");
  return d;
}

/* a new empty deal on the stack: made first, so errors leak nothing */
static LDeal *newdeal (lua_State *L) {
  LDeal *d = (LDeal *)lua_newuserdatauv(L, sizeof(LDeal), 0);
  ds_deal_init(&d->d);
  ds_getmem(L, &d->m);
  ds_buf_init(&d->out);
  d->closed = 0;
  memset(d->cache, 0, sizeof(d->cache));
  luaL_setmetatable(L, DS_DEAL);
  return d;
}


/* ---------------------------------------------------------------- */
/* reading provisions                                                */
/* ---------------------------------------------------------------- */

/*
** The field names, pushed once per call from a registry table, so that
** reading a field is lua_gettable with a key already on the stack
** (lua_getfield would hash and compare its C string every time).
*/
#define KEYS "dealscope.Deal.keys"

static const char *const keynames[] = {
  "label", "actor", "counterpart", "object", "rule", "text", "attribution",
  "certainty", "negated", "start", "stop", "sentence", "figures", NULL
};

enum { K_LABEL, K_ACTOR, K_COUNTERPART, K_OBJECT, K_RULE, K_TEXT,
       K_ATTRIBUTION, K_CERTAINTY, K_NEGATED, K_START, K_STOP, K_SENTENCE,
       K_FIGURES, NKEYS };

typedef struct Reader {
  lua_State *L;
  LDeal *d;
  int arg;              /* the argument errors blame */
  int keys;             /* stack index of the first key */
  lua_Integer n;        /* the provision's index, for messages */
  uint32_t doc, date, source;
} Reader;

/* push t[key] of the provision at 't'; returns its type */
static int field (Reader *r, int t, int key) {
  lua_pushvalue(r->L, r->keys + key);
  return lua_gettable(r->L, t);
}

static void readerror (Reader *r, const char *msg) {
  luaL_argerror(r->L, r->arg,
    lua_pushfstring(r->L, "provision %I: %s", r->n, msg));
}

/*
** A deal holds valid UTF-8 only, so that its JSON (which cannot carry
** other bytes) reads back to the same deal: 's' itself when it is valid,
** else a copy with U+FFFD for each bad byte, pushed on the stack.
*/
static const char *tovalid (lua_State *L, const char *s, size_t *len,
                            int *pushed) {
  size_t n = *len, i = ds_utf8_valid(s, n);
  luaL_Buffer B;
  *pushed = 0;
  if (i == n) return s;
  luaL_buffinit(L, &B);
  while (i < n) {
    luaL_addlstring(&B, s, i);
    luaL_addlstring(&B, "\xEF\xBF\xBD", 3);
    s += i + 1;
    n -= i + 1;
    i = ds_utf8_valid(s, n);
  }
  luaL_addlstring(&B, s, n);
  luaL_pushresult(&B);
  *pushed = 1;
  return lua_tolstring(L, -1, len);
}

static uint32_t intern (Reader *r, const char *s, size_t len) {
  ICache *c = &r->d->cache[((uintptr_t)s >> 4) % ICACHE];
  uint32_t id = 0;
  size_t vlen = len;
  const char *v;
  int pushed;
  if (c->s == s && c->len == len) {
    size_t plen;
    const char *p = ds_pool_get(&r->d->d.pool, c->id, &plen);
    if (plen == len && memcmp(p, s, len) == 0) return c->id;
  }
  v = tovalid(r->L, s, &vlen, &pushed);
  ds_check(r->L, ds_pool_intern(&r->d->m, &r->d->d.pool, v, vlen, &id));
  if (pushed) lua_pop(r->L, 1);
  c->s = s;
  c->len = len;
  c->id = id;
  return id;
}

/* field 'k' of the table at 't': a string (or absent unless 'need') */
static uint32_t getstr (Reader *r, int t, int key, int need) {
  lua_State *L = r->L;
  uint32_t id = 0;
  const char *k = keynames[key];
  int ty = field(r, t, key);
  if (ty == LUA_TSTRING) {
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    id = intern(r, s, len);
  }
  else if (ty != LUA_TNIL || need)
    readerror(r, lua_pushfstring(L, "'%s' must be a string, got %s", k,
                                 luaL_typename(L, -1)));
  return id;                            /* the value stays: see readprovision */
}

/* an optional offset or index: 0 .. 2^32 - 1 */
static uint32_t getint (Reader *r, int t, int key, uint8_t *flags,
                        int flag) {
  lua_State *L = r->L;
  uint32_t v = 0;
  const char *k = keynames[key];
  if (field(r, t, key) != LUA_TNIL) {
    int isnum;
    lua_Integer i = lua_tointegerx(L, -1, &isnum);
    if (!isnum || lua_type(L, -1) != LUA_TNUMBER)
      readerror(r, lua_pushfstring(L, "'%s' must be an integer, got %s", k,
                                   luaL_typename(L, -1)));
    if (i < 0 || (lua_Unsigned)i > UINT32_MAX)
      readerror(r, lua_pushfstring(L, "'%s' out of range", k));
    v = (uint32_t)i;
    *flags |= (uint8_t)flag;
  }
  return v;                             /* the value stays */
}

/* one figure (a table at the top) into the figure list in d.tmp */
static void readfigure (Reader *r, lua_Integer fi) {
  lua_State *L = r->L;
  ds_Field f[DS_FIG_MAXFIELDS];
  int n = 0, i, t = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, t)) {
    ds_Field *x = &f[n];
    if (lua_type(L, -2) != LUA_TSTRING)
      readerror(r, lua_pushfstring(L, "figure %I: keys must be strings", fi));
    if (n == DS_FIG_MAXFIELDS)
      readerror(r, lua_pushfstring(L, "figure %I: more than %d fields", fi,
                                   DS_FIG_MAXFIELDS));
    x->name = lua_tolstring(L, -2, &x->namelen);
    if (x->namelen > 255)
      readerror(r, lua_pushfstring(L, "figure %I: a field name is longer "
                                   "than 255 bytes", fi));
    switch (lua_type(L, -1)) {
      case LUA_TSTRING:
        x->type = 's';
        x->s = lua_tolstring(L, -1, &x->slen);   /* kept by the table */
        break;
      case LUA_TNUMBER:
        if (lua_isinteger(L, -1)) { x->type = 'i'; x->i = lua_tointeger(L, -1); }
        else { x->type = 'f'; x->f = (double)lua_tonumber(L, -1); }
        break;
      case LUA_TBOOLEAN:
        x->type = 'b';
        x->b = lua_toboolean(L, -1);
        break;
      default:
        readerror(r, lua_pushfstring(L, "figure %I: field '%s' must be a "
                  "string, number or boolean, got %s", fi, x->name,
                  luaL_typename(L, -1)));
    }
    n++;
    lua_pop(L, 1);                      /* pop value */
  }
  /* the fields' strings as valid UTF-8 (copies stay on the stack) */
  luaL_checkstack(L, 2 * n + 2, NULL);
  for (i = 0; i < n; i++) {
    int pushed;
    f[i].name = tovalid(L, f[i].name, &f[i].namelen, &pushed);
    if (f[i].type == 's')
      f[i].s = tovalid(L, f[i].s, &f[i].slen, &pushed);
  }
  for (i = 0; i < n; i++) {
    int j;
    if (f[i].namelen > 255)
      readerror(r, lua_pushfstring(L, "figure %I: a field name is longer "
                                   "than 255 bytes", fi));
    for (j = 0; j < i; j++)
      if (f[j].namelen == f[i].namelen &&
          memcmp(f[j].name, f[i].name, f[i].namelen) == 0)
        readerror(r, lua_pushfstring(L, "figure %I: two field names are the "
                                     "same once invalid UTF-8 is replaced", fi));
  }
  ds_check(L, ds_fig_encode(&r->d->m, &r->d->d.tmp, f, n));
  lua_settop(L, t);
}

static uint32_t readfigures (Reader *r, int t) {
  lua_State *L = r->L;
  uint32_t id = 0;
  int ty = field(r, t, K_FIGURES);
  if (ty == LUA_TTABLE) {
    lua_Integer i, n = luaL_len(L, -1);
    r->d->d.tmp.n = 0;
    for (i = 1; i <= n; i++) {
      if (lua_geti(L, -1, i) != LUA_TTABLE)
        readerror(r, lua_pushfstring(L, "figure %I must be a table, got %s",
                                     i, luaL_typename(L, -1)));
      readfigure(r, i);
      lua_pop(L, 1);
    }
    if (n > 0)                          /* binary: interned as it is */
      ds_check(L, ds_pool_intern(&r->d->m, &r->d->d.pool, r->d->d.tmp.p,
                                 r->d->d.tmp.n, &id));
  }
  else if (ty != LUA_TNIL)
    readerror(r, lua_pushfstring(L, "'figures' must be a table, got %s",
                                 luaL_typename(L, -1)));
  lua_pop(L, 1);
  return id;
}

/* the provision at stack index 't' */
static void readprovision (Reader *r, int t) {
  lua_State *L = r->L;
  ds_Ev e;
  size_t len;
  const char *s;
  int base = lua_gettop(L);
  /* the fields' values stay on the stack until the end: one pop */
  luaL_checkstack(L, NKEYS + 8, NULL);
  memset(&e, 0, sizeof(e));
  e.label = getstr(r, t, K_LABEL, 1);
  e.actor = getstr(r, t, K_ACTOR, 0);
  e.counterpart = getstr(r, t, K_COUNTERPART, 0);
  e.object = getstr(r, t, K_OBJECT, 0);
  e.rule = getstr(r, t, K_RULE, 0);
  e.text = getstr(r, t, K_TEXT, 0);
  e.attribution = getstr(r, t, K_ATTRIBUTION, 0);
  if (field(r, t, K_CERTAINTY) != LUA_TSTRING)
    readerror(r, lua_pushfstring(L, "'certainty' must be a string, got %s",
                                 luaL_typename(L, -1)));
  s = lua_tolstring(L, -1, &len);
  if ((e.certainty = (uint8_t)ds_certainty_code(s, len)) == DS_CT_NONE)
    readerror(r, lua_pushfstring(L, "unknown certainty '%s' (stated, "
              "expected, reported, possible, conditional or denied)", s));
  switch (field(r, t, K_NEGATED)) {
    case LUA_TNIL: break;
    case LUA_TBOOLEAN:
      if (lua_toboolean(L, -1)) e.flags |= DS_EV_NEGATED;
      break;
    default:
      readerror(r, lua_pushfstring(L, "'negated' must be a boolean, got %s",
                                   luaL_typename(L, -1)));
  }
  e.start = getint(r, t, K_START, &e.flags, DS_EV_START);
  e.stop = getint(r, t, K_STOP, &e.flags, DS_EV_STOP);
  e.sentence = getint(r, t, K_SENTENCE, &e.flags, DS_EV_SENTENCE);
  e.figs = readfigures(r, t);
  e.doc = r->doc;
  e.date = r->date;
  e.source = r->source;
  lua_settop(L, base);
  ds_check(L, ds_deal_add(&r->d->m, &r->d->d, &e));
}

/*
** The document fields id, date, source of the table at 'meta' (or
** none when it is not a table). An id may be a number: it is kept as
** its text.
*/
static void readmeta (Reader *r, int meta) {
  lua_State *L = r->L;
  static const char *const keys[] = { "id", "date", "source" };
  uint32_t *out[3];
  int i;
  out[0] = &r->doc; out[1] = &r->date; out[2] = &r->source;
  r->doc = r->date = r->source = 0;
  if (lua_isnoneornil(L, meta)) return;
  if (lua_type(L, meta) != LUA_TTABLE && lua_type(L, meta) != LUA_TUSERDATA)
    luaL_typeerror(L, meta, "table");
  for (i = 0; i < 3; i++) {
    int ty = lua_getfield(L, meta, keys[i]);
    if (ty == LUA_TSTRING || (i == 0 && ty == LUA_TNUMBER)) {
      size_t len;
      const char *s = lua_tolstring(L, -1, &len);
      *out[i] = intern(r, s, len);
    }
    else if (ty != LUA_TNIL)
      luaL_argerror(L, meta, lua_pushfstring(L, "'%s' must be a string, "
                    "got %s", keys[i], luaL_typename(L, -1)));
    lua_pop(L, 1);
  }
}

/*
** Add the provisions at 'list' (an array of provisions, or one
** provision: a table with a label) with the document fields at 'meta'.
*/
static void addall (lua_State *L, LDeal *d, int list, int meta, int arg) {
  Reader r;
  int k, top = lua_gettop(L);
  r.L = L;
  r.d = d;
  r.arg = arg;
  r.n = 1;
  readmeta(&r, meta);
  if (lua_isnoneornil(L, list)) return;
  if (lua_type(L, list) != LUA_TTABLE)
    luaL_typeerror(L, arg, "table");
  luaL_checkstack(L, NKEYS + 2, NULL);
  lua_getfield(L, LUA_REGISTRYINDEX, KEYS);
  r.keys = lua_gettop(L) + 1;
  for (k = 0; k < NKEYS; k++)
    lua_rawgeti(L, r.keys - 1, k + 1);
  if (lua_getfield(L, list, "label") != LUA_TNIL) {
    lua_pop(L, 1);
    readprovision(&r, list);
  }
  else {
    lua_Integer i, n = luaL_len(L, list);
    lua_pop(L, 1);
    for (i = 1; i <= n; i++) {
      r.n = i;
      if (lua_geti(L, list, i) != LUA_TTABLE)
        readerror(&r, lua_pushfstring(L, "table expected, got %s",
                                      luaL_typename(L, -1)));
      readprovision(&r, lua_gettop(L));
      lua_pop(L, 1);
    }
  }
  lua_settop(L, top);                   /* pop the keys */
}


/* ---------------------------------------------------------------- */
/* a sink that builds Lua tables                                     */
/* ---------------------------------------------------------------- */

typedef struct LuaSink {
  ds_Sink k;
  lua_State *L;
  int depth;
  lua_Integer n[DS_JSON_MAXDEPTH];
  unsigned char array[DS_JSON_MAXDEPTH];
} LuaSink;

/* the value on the top goes into the table below it */
static int ls_attach (LuaSink *s) {
  if (s->depth == 0) return DS_OK;     /* the result itself */
  if (s->array[s->depth]) lua_rawseti(s->L, -2, ++s->n[s->depth]);
  else lua_rawset(s->L, -3);           /* key and value */
  return DS_OK;
}

static int ls_open (ds_Sink *k, int array) {
  LuaSink *s = (LuaSink *)k;
  if (s->depth + 1 >= DS_JSON_MAXDEPTH) return DS_ENOMEM;
  luaL_checkstack(s->L, 4, NULL);
  lua_newtable(s->L);
  s->depth++;
  s->n[s->depth] = 0;
  s->array[s->depth] = (unsigned char)array;
  return DS_OK;
}

static int ls_close (ds_Sink *k, int array) {
  LuaSink *s = (LuaSink *)k;
  (void)array;
  s->depth--;
  return ls_attach(s);
}

static int ls_key (ds_Sink *k, const char *str, size_t len) {
  lua_pushlstring(((LuaSink *)k)->L, str, len);
  return DS_OK;
}

static int ls_str (ds_Sink *k, const char *str, size_t len) {
  lua_pushlstring(((LuaSink *)k)->L, str, len);
  return ls_attach((LuaSink *)k);
}

static int ls_integer (ds_Sink *k, int64_t v) {
  lua_pushinteger(((LuaSink *)k)->L, (lua_Integer)v);
  return ls_attach((LuaSink *)k);
}

static int ls_number (ds_Sink *k, double v) {
  lua_pushnumber(((LuaSink *)k)->L, (lua_Number)v);
  return ls_attach((LuaSink *)k);
}

static int ls_boolean (ds_Sink *k, int v) {
  lua_pushboolean(((LuaSink *)k)->L, v);
  return ls_attach((LuaSink *)k);
}

static void luasink_init (LuaSink *s, lua_State *L) {
  s->k.open = ls_open;
  s->k.close = ls_close;
  s->k.key = ls_key;
  s->k.str = ls_str;
  s->k.integer = ls_integer;
  s->k.number = ls_number;
  s->k.boolean = ls_boolean;
  s->L = L;
  s->depth = 0;
}


/* ---------------------------------------------------------------- */
/* functions                                                         */
/* ---------------------------------------------------------------- */

/* core.deal([provisions [, meta]]) */
static int core_deal (lua_State *L) {
  LDeal *d;
  lua_settop(L, 2);
  d = newdeal(L);
  addall(L, d, 1, 2, 1);
  return 1;
}

/* core.deal_from_document(doc): doc.provisions with doc's id, date... */
static int core_deal_from_document (lua_State *L) {
  LDeal *d;
  int t = lua_type(L, 1);
  if (t != LUA_TTABLE && t != LUA_TUSERDATA)
    luaL_typeerror(L, 1, "table");
  lua_settop(L, 1);
  d = newdeal(L);                      /* 2 */
  lua_getfield(L, 1, "provisions");    /* 3 */
  if (!lua_isnil(L, 3) && !lua_istable(L, 3))
    luaL_argerror(L, 1, lua_pushfstring(L, "'provisions' must be a table, "
                                        "got %s", luaL_typename(L, 3)));
  addall(L, d, 3, 1, 1);
  lua_settop(L, 2);
  return 1;
}

/* core.deal_merge{ d1, d2, ... }: a new deal with all their evidence */
static int core_deal_merge (lua_State *L) {
  LDeal *d;
  lua_Integer i, n;
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  d = newdeal(L);                      /* 2 */
  n = luaL_len(L, 1);
  for (i = 1; i <= n; i++) {
    LDeal *x;
    lua_geti(L, 1, i);
    if ((x = testdeal(L, -1)) == NULL || x->closed)
      luaL_argerror(L, 1, lua_pushfstring(L, "element %I: %s expected, "
                    "got %s", i, x ? "open dealscope.Deal" : DS_DEAL,
                    luaL_typename(L, -1)));
    ds_check(L, ds_deal_absorb(&d->m, &d->d, &x->d));
    lua_pop(L, 1);
  }
  return 1;
}

/* core.deal_words(object): the content words the merge compares */
static int core_deal_words (lua_State *L) {
  size_t len, n, i, a;
  const char *s = luaL_checklstring(L, 1, &len);
  LDeal *scratch = newdeal(L);         /* owns the buffer */
  ds_Buf *b = &scratch->d.tmp;
  ds_check(L, ds_deal_words(&scratch->m, s, len, b, &n));
  lua_createtable(L, (int)n, 0);
  for (i = 0, a = 0; i < n; i++) {
    size_t e = a;
    while (e < b->n && b->p[e] != ' ') e++;
    lua_pushlstring(L, b->p + a, e - a);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
    a = e + 1;
  }
  return 1;
}


/* ---------------------------------------------------------------- */
/* methods                                                           */
/* ---------------------------------------------------------------- */

/* deal:add(provisions [, meta]) or deal:add(provision [, meta]) */
static int deal_add (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  lua_settop(L, 3);
  addall(L, d, 2, 3, 2);
  lua_settop(L, 1);
  return 1;
}

/* deal:add_document(doc) */
static int deal_add_document (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  int t = lua_type(L, 2);
  if (t != LUA_TTABLE && t != LUA_TUSERDATA)
    luaL_typeerror(L, 2, "table");
  lua_settop(L, 2);
  lua_getfield(L, 2, "provisions");    /* 3 */
  if (!lua_isnil(L, 3) && !lua_istable(L, 3))
    luaL_argerror(L, 2, lua_pushfstring(L, "'provisions' must be a table, "
                                        "got %s", luaL_typename(L, 3)));
  addall(L, d, 3, 2, 2);
  lua_settop(L, 1);
  return 1;
}

static int deal_provisions (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  LuaSink s;
  size_t p;
  ds_check(L, ds_deal_order(&d->m, &d->d));
  lua_createtable(L, d->d.nprov < 0x7ffffff ? (int)d->d.nprov : 0, 0);
  luasink_init(&s, L);
  for (p = 0; p < d->d.nprov; p++) {
    ds_check(L, ds_deal_walk_provision(&d->m, &d->d, p, &s.k));
    lua_rawseti(L, -2, (lua_Integer)p + 1);
  }
  return 1;
}

/* deal:provision(i): the i-th provision, or nil */
static int deal_provision (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  LuaSink s;
  ds_check(L, ds_deal_order(&d->m, &d->d));
  if (i < 1 || (lua_Unsigned)i > d->d.nprov) {
    lua_pushnil(L);
    return 1;
  }
  luasink_init(&s, L);
  ds_check(L, ds_deal_walk_provision(&d->m, &d->d, (size_t)i - 1, &s.k));
  return 1;
}

static int deal_parties (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  LuaSink s;
  luasink_init(&s, L);
  ds_check(L, ds_deal_walk_parties(&d->m, &d->d, &s.k));
  return 1;
}

/* deal:count(): number of provisions, number of evidence entries */
static int deal_count (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  ds_check(L, ds_deal_merge(&d->m, &d->d));
  lua_pushinteger(L, (lua_Integer)d->d.nprov);
  lua_pushinteger(L, (lua_Integer)d->d.nev);
  return 2;
}

static int deal_len (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  ds_check(L, ds_deal_merge(&d->m, &d->d));
  lua_pushinteger(L, (lua_Integer)d->d.nprov);
  return 1;
}

static int deal_to_json (lua_State *L) {
  LDeal *d = checkdeal(L, 1);
  int r;
  d->out.n = 0;
  r = ds_deal_to_json(&d->m, &d->d, &d->out);
  if (r != DS_OK) ds_buf_free(&d->m, &d->out);
  ds_check(L, r);
  lua_pushlstring(L, d->out.p, d->out.n);
  ds_buf_free(&d->m, &d->out);         /* may be large: do not keep it */
  return 1;
}

static int deal_close (lua_State *L) {
  LDeal *d = (LDeal *)luaL_checkudata(L, 1, DS_DEAL);
  if (!d->closed) {
    ds_deal_free(&d->m, &d->d);
    ds_buf_free(&d->m, &d->out);
    d->closed = 1;
  }
  return 0;
}

static int deal_tostring (lua_State *L) {
  LDeal *d = (LDeal *)luaL_checkudata(L, 1, DS_DEAL);
  if (d->closed)
    lua_pushliteral(L, "dealscope.Deal (closed)");
  else
    lua_pushfstring(L, "dealscope.Deal (%p)", (void *)d);
  return 1;
}


void ds_open_deal (lua_State *L) {
  int i;
  static const luaL_Reg funcs[] = {
    {"deal", core_deal},
    {"deal_from_document", core_deal_from_document},
    {"deal_merge", core_deal_merge},
    {"deal_words", core_deal_words},
    {NULL, NULL}
  };
  static const luaL_Reg methods[] = {
    {"add", deal_add},
    {"add_document", deal_add_document},
    {"provisions", deal_provisions},
    {"provision", deal_provision},
    {"parties", deal_parties},
    {"count", deal_count},
    {"to_json", deal_to_json},
    {"close", deal_close},
    {NULL, NULL}
  };
  static const luaL_Reg metamethods[] = {
    {"__gc", deal_close},
    {"__close", deal_close},
    {"__tostring", deal_tostring},
    {"__len", deal_len},
    {"__index", NULL},
    {NULL, NULL}
  };
  /* opened again (the module reloaded): keep the methods Lua added */
  luaL_getmetatable(L, DS_DEAL);
  if (lua_istable(L, -1)) lua_getfield(L, -1, "__index");
  else lua_pushnil(L);                 /* old methods or nil */
  lua_remove(L, -2);
  lua_createtable(L, NKEYS, 0);
  for (i = 0; keynames[i] != NULL; i++) {
    lua_pushstring(L, keynames[i]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setfield(L, LUA_REGISTRYINDEX, KEYS);
  ds_newclass(L, DS_DEAL, methods, metamethods);
  lua_getfield(L, -1, "__index");      /* the method table */
  if (lua_istable(L, -3)) {
    lua_pushnil(L);
    while (lua_next(L, -4)) {
      lua_pushvalue(L, -2);            /* key */
      if (lua_rawget(L, -4) == LUA_TNIL) {
        lua_pop(L, 1);
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);             /* methods[key] = old value */
      }
      else
        lua_pop(L, 2);
    }
  }
  lua_setfield(L, -4, "Deal");         /* core.Deal = methods */
  lua_pop(L, 2);                       /* pop metatable, old methods */
  luaL_setfuncs(L, funcs, 0);
  ds_open_json(L);
}
