/*
** ds_quant_lua.c -- core.quantities(text_or_doc [, opts]): the figures
** of a text as Lua tables. The C core's figure array is owned by a
** userdata (an upvalue of the function, made empty with its metatable
** when the module opens), so a Lua error while the tables are built
** (out of memory) leaves nothing that __gc cannot free; the array is
** reused from call to call, and a large one is freed after its call.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_lua.h"
#include "ds_quant.h"

#define DS_FIGBUF "dealscope.FigureBuffer"

/* figure arrays larger than this are freed after their call */
#define KEEP_FIGURES 4096

typedef struct LFig {
  ds_Figures f;
  ds_Mem m;
} LFig;

static const char *const kind_names[] = {
  "?", "number", "percent", "money", "mass", "count", "duration", "date",
  "change"
};

static const char *const bound_names[] = {
  NULL, "at least", "at most", "about", "up to", "more than", "less than"
};

/*
** The field names of a figure. core.quantities copies them to the stack
** once per call (from an upvalue), and each field is set with
** lua_rawset from there: lua_setfield would look each name up in the
** string cache again, which made building the tables cost three times
** what the Lua VM pays for a table constructor.
*/
enum {
  K_KIND, K_VALUE, K_UNIT, K_START, K_STOP, K_TEXT, K_BOUND, K_BSTART,
  K_BSTOP, K_LOW, K_HIGH, K_PER, K_NOUN, K_YEAR, K_MONTH, K_DAY,
  K_RESOLVED, K_FACTOR, K_DIRECTION, K_BY_UNIT,
  K_FROM, K_TO, K_BY,                    /* a change's parts ... */
  K_FROM_LOW, K_TO_LOW, K_BY_LOW,        /* ... ranges' low ends ... */
  K_FROM_HIGH, K_TO_HIGH, K_BY_HIGH,     /* ... and high ends */
  K_N
};

static const char *const key_names[K_N] = {
  "kind", "value", "unit", "start", "stop", "text", "bound", "bound_start",
  "bound_stop", "low", "high", "per", "noun", "year", "month", "day",
  "resolved", "factor", "direction", "by_unit",
  "from", "to", "by", "from_low", "to_low", "by_low", "from_high",
  "to_high", "by_high"
};

/* where the keys are on the stack (the kind names follow them) */
typedef struct Keys {
  int base;
} Keys;


static int figbuf_gc (lua_State *L) {
  LFig *b = (LFig *)luaL_checkudata(L, 1, DS_FIGBUF);
  ds_quant_free(&b->m, &b->f);
  return 0;
}


/* push key k; the caller pushes the value and calls lua_rawset(L, -3) */
static void key (lua_State *L, const Keys *K, int k) {
  lua_pushvalue(L, K->base + k);
}

static void setint (lua_State *L, const Keys *K, int k, lua_Integer v) {
  key(L, K, k);
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

static void setstr (lua_State *L, const Keys *K, int k, const char *v) {
  key(L, K, k);
  lua_pushstring(L, v);
  lua_rawset(L, -3);
}

/* an integer-valued double is given to Lua as an integer (12, not 12.0) */
static void pushvalue (lua_State *L, double v) {
  if (v >= -9007199254740992.0 && v <= 9007199254740992.0 &&
      (double)(lua_Integer)v == v)
    lua_pushinteger(L, (lua_Integer)v);
  else
    lua_pushnumber(L, (lua_Number)v);
}

static void setvalue (lua_State *L, const Keys *K, int k, double v) {
  key(L, K, k);
  pushvalue(L, v);
  lua_rawset(L, -3);
}


/* write 'v' as 'width' digits (zero-padded) at 'o'; returns the end */
static char *digits (char *o, int v, int width) {
  int k;
  for (k = width - 1; k >= 0; k--) {
    o[k] = (char)('0' + v % 10);
    v /= 10;
  }
  return o + width;
}

/* the ISO 8601 text of a day: 2025-11-01, --11-01, 2026-01, 2025 */
static char *isoday (char *o, const ds_Figure *f, int day) {
  if (f->dflags & DS_QD_YEAR) o = digits(o, f->year, 4);
  else { *o++ = '-'; *o++ = '-'; }
  if (f->month) {
    if (f->dflags & DS_QD_YEAR) *o++ = '-';
    o = digits(o, f->month, 2);
    if (day) {
      *o++ = '-';
      o = digits(o, day, 2);
    }
  }
  return o;
}

/*
** Push the ISO 8601 text of a date figure (kind 'k': 0 the value,
** 1 its start, 2 its end): spans are intervals, "1986/1987",
** "--05-15/--05-30".
*/
static void pushdate (lua_State *L, const ds_Figure *f, int k) {
  char buf[48], *o = buf;
  if (f->dflags & DS_QD_SPAN) {
    if (k != 2) o = digits(o, f->year, 4);
    if (k == 0) *o++ = '/';
    if (k != 1) o = digits(o, f->year2, 4);
  }
  else if (f->dflags & DS_QD_DAYS) {
    if (k != 2) o = isoday(o, f, f->day);
    if (k == 0) *o++ = '/';
    if (k != 1) o = isoday(o, f, f->day2);
  }
  else
    o = isoday(o, f, f->day);
  lua_pushlstring(L, buf, (size_t)(o - buf));
}

/*
** The counted noun in the singular, folded: cargoes -> cargo,
** companies -> company, taxes -> tax, bales -> bale, people -> person.
*/
static void pushnoun (lua_State *L, const char *s, size_t len) {
  static const char *const irregular[][2] = {
    {"people", "person"}, {"children", "child"}, {"men", "man"},
    {"women", "woman"}, {"feet", "foot"}, {"series", "series"},
    {"species", "species"}, {"means", "means"}, {"news", "news"}
  };
  static const char *const oes[] = {
    "cargoes", "embargoes", "potatoes", "tomatoes", "vetoes", "heroes",
    "echoes"
  };
  luaL_Buffer B;
  char *p = luaL_buffinitsize(L, &B, len * 3 + 1);
  size_t n = ds_fold(s, len, p), k;
  for (k = 0; k < sizeof(irregular) / sizeof(irregular[0]); k++)
    if (n == strlen(irregular[k][0]) && memcmp(p, irregular[k][0], n) == 0) {
      luaL_pushresultsize(&B, 0);
      lua_pop(L, 1);
      lua_pushstring(L, irregular[k][1]);
      return;
    }
  if (n > 3 && p[n - 1] == 's') {
    int es = 0;
    for (k = 0; k < sizeof(oes) / sizeof(oes[0]); k++)
      if (n == strlen(oes[k]) && memcmp(p, oes[k], n) == 0) es = 1;
    if (n > 4 && memcmp(p + n - 3, "ies", 3) == 0) {
      p[n - 3] = 'y';
      n -= 2;
    }
    else if (es || (n > 4 && (memcmp(p + n - 4, "ches", 4) == 0 ||
                              memcmp(p + n - 4, "shes", 4) == 0 ||
                              memcmp(p + n - 4, "sses", 4) == 0)) ||
             (n > 3 && (memcmp(p + n - 3, "xes", 3) == 0 ||
                        memcmp(p + n - 3, "zes", 3) == 0)))
      n -= 2;
    else if (p[n - 2] != 's')
      n -= 1;
  }
  luaL_pushresultsize(&B, n);
}

/* part k of a change: 'from = 57' or 'from_low = 5, from_high = 10' */
static void setpart (lua_State *L, const Keys *K, const ds_Figure *f, int k) {
  int i = k - DS_QP_FROM;
  if (!(f->has & DS_QH(k))) return;
  if (!(f->range & DS_QH(k))) {
    setvalue(L, K, K_FROM + i, f->lo[k]);
    return;
  }
  setvalue(L, K, K_FROM_LOW + i, f->lo[k]);
  setvalue(L, K, K_FROM_HIGH + i, f->hi[k]);
}

/* push figure f of text s as a table */
static void pushfigure (lua_State *L, const Keys *K, const char *s,
                        const ds_Figure *f) {
  int n = 6;                             /* kind .. unit: sized once */
  if (f->kind == DS_QK_DATE) n += 5;
  else if (f->kind == DS_QK_CHANGE) n += 5;
  else if (f->range) n += 2;
  if (f->nstop > f->nstart) n++;
  if (f->per || f->percount) n++;
  if (f->bound) n += 3;
  lua_createtable(L, 0, n);
  key(L, K, K_KIND);
  lua_pushvalue(L, K->base + K_N + f->kind - 1);
  lua_rawset(L, -3);
  setint(L, K, K_START, (lua_Integer)f->start + 1);
  setint(L, K, K_STOP, (lua_Integer)f->stop);
  key(L, K, K_TEXT);
  lua_pushlstring(L, s + f->start, f->stop - f->start);
  lua_rawset(L, -3);
  if (f->kind == DS_QK_DATE) {
    key(L, K, K_VALUE);
    pushdate(L, f, 0);
    lua_rawset(L, -3);
    if (f->dflags & (DS_QD_SPAN | DS_QD_DAYS)) {
      key(L, K, K_LOW);
      pushdate(L, f, 1);
      lua_rawset(L, -3);
      key(L, K, K_HIGH);
      pushdate(L, f, 2);
      lua_rawset(L, -3);
    }
    if (!(f->dflags & DS_QD_SPAN)) {
      if (f->dflags & DS_QD_YEAR) setint(L, K, K_YEAR, f->year);
      if (f->month) setint(L, K, K_MONTH, f->month);
      if (f->day) setint(L, K, K_DAY, f->day);
      if (f->dflags & DS_QD_RESOLVED) {
        key(L, K, K_RESOLVED);
        lua_pushboolean(L, 1);
        lua_rawset(L, -3);
      }
    }
  }
  else if (f->kind == DS_QK_CHANGE) {
    int k;
    for (k = DS_QP_FROM; k < DS_QP_N; k++) setpart(L, K, f, k);
    if (f->isfactor) setvalue(L, K, K_FACTOR, f->factor);
    key(L, K, K_VALUE);
    if (f->has & DS_QH(DS_QP_TO)) pushvalue(L, f->lo[DS_QP_TO]);
    else if (f->has & DS_QH(DS_QP_BY)) pushvalue(L, f->lo[DS_QP_BY]);
    else if (f->isfactor) pushvalue(L, f->factor);
    else pushvalue(L, f->lo[DS_QP_FROM]);
    lua_rawset(L, -3);
    if (f->dir) setstr(L, K, K_DIRECTION, f->dir > 0 ? "up" : "down");
    if (f->by_unit) setstr(L, K, K_BY_UNIT, f->by_unit);
  }
  else {
    setvalue(L, K, K_VALUE, f->lo[0]);
    if (f->range & DS_QH(0)) {
      setvalue(L, K, K_LOW, f->lo[0]);
      setvalue(L, K, K_HIGH, f->hi[0]);
    }
  }
  if (f->nstop > f->nstart) {            /* a count: the noun is the unit */
    key(L, K, K_UNIT);
    lua_pushlstring(L, s + f->nstart, f->nstop - f->nstart);
    lua_rawset(L, -3);
    key(L, K, K_NOUN);
    pushnoun(L, s + f->nstart, f->nstop - f->nstart);
    lua_rawset(L, -3);
  }
  else if (f->unit)
    setstr(L, K, K_UNIT, f->unit);
  if (f->per)
    setstr(L, K, K_PER, f->per);
  else if (f->percount) {
    key(L, K, K_PER);
    lua_pushlstring(L, s + f->pstart, f->pstop - f->pstart);
    lua_rawset(L, -3);
  }
  if (f->bound) {
    setstr(L, K, K_BOUND, bound_names[f->bound]);
    setint(L, K, K_BSTART, (lua_Integer)f->bstart + 1);
    setint(L, K, K_BSTOP, (lua_Integer)f->bstop);
  }
}


/* opts.ref: "YYYY-MM-DD" (a time may follow: "2025-10-30T08:00Z") */
static int parse_ref (const char *s, size_t len, ds_QOpts *o) {
  int k, y = 0, m, d;
  static const int mdays[] = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
                               30, 31 };
  if (len < 10 || s[4] != '-' || s[7] != '-') return 0;
  if (len > 10 && s[10] != 'T' && s[10] != ' ') return 0;
  for (k = 0; k < 10; k++)
    if (k != 4 && k != 7 && (s[k] < '0' || s[k] > '9')) return 0;
  for (k = 0; k < 4; k++) y = y * 10 + (s[k] - '0');
  m = (s[5] - '0') * 10 + (s[6] - '0');
  d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m]) return 0;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 0;
  o->ref_y = y;
  o->ref_m = m;
  o->ref_d = d;
  return 1;
}

/* opts.start, opts.stop: an integer, or 'dflt' when absent */
static lua_Integer optbound (lua_State *L, int arg, const char *k,
                             lua_Integer dflt) {
  lua_Integer v = dflt;
  if (lua_getfield(L, arg, k) != LUA_TNIL) {
    int isint;
    v = lua_tointegerx(L, -1, &isint);
    if (!isint)
      luaL_argerror(L, arg, lua_pushfstring(L, "'%s' must be an integer", k));
  }
  lua_pop(L, 1);
  return v;
}

/* the options at 'arg': ref in 'o'; the bytes a figure must lie within
   (1-based, inclusive) in *from, *to */
static void checkopts (lua_State *L, int arg, ds_QOpts *o,
                       lua_Integer *from, lua_Integer *to) {
  memset(o, 0, sizeof(*o));
  *from = 1;
  *to = LUA_MAXINTEGER;
  if (lua_isnoneornil(L, arg)) return;
  luaL_checktype(L, arg, LUA_TTABLE);
  if (lua_getfield(L, arg, "ref") != LUA_TNIL) {
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (lua_type(L, -1) != LUA_TSTRING || !parse_ref(s, len, o))
      luaL_argerror(L, arg, "'ref' must be a date as \"YYYY-MM-DD\"");
  }
  lua_pop(L, 1);
  *from = optbound(L, arg, "start", *from);
  *to = optbound(L, arg, "stop", *to);
}

/* does figure 'f' lie within bytes from..to (1-based, inclusive)? */
static int within (const ds_Figure *f, lua_Integer from, lua_Integer to) {
  return (lua_Integer)f->start + 1 >= from && (lua_Integer)f->stop <= to;
}


/*
** core.quantities(text_or_doc [, opts]). Besides opts.ref, opts.start
** and opts.stop (1-based byte offsets) keep only the figures within
** them, found as over the whole text: the engine wants those of a few
** clauses, and a table per figure of the text was most of the cost.
*/
static int core_quantities (lua_State *L) {
  ds_QOpts o;
  const ds_Doc *d;
  LFig *b;
  Keys K = { 0 };
  size_t i, nin = 0;
  lua_Integer from, to, out = 0;
  checkopts(L, 2, &o, &from, &to);
  o.index = (const ds_QIndex *)lua_touserdata(L, lua_upvalueindex(1));
  /* a figure within 'to' (1-based, inclusive) is found at a token that
     starts before byte 'to' (0-based): the reading stops there */
  if (to < 1) o.until = 1;              /* (none is: read one token) */
  else if ((lua_Unsigned)to < (lua_Unsigned)SIZE_MAX) o.until = (size_t)to;
  d = ds_todoc(L, 1);
  b = (LFig *)lua_touserdata(L, lua_upvalueindex(3));
  b->f.n = 0;                            /* keep the capacity */
  ds_check(L, ds_quantities(&b->m, d, &o, &b->f));
  for (i = 0; i < b->f.n; i++) nin += within(&b->f.v[i], from, to);
  if (nin > 0) {
    luaL_checkstack(L, K_N + DS_QK_CHANGE + 8, "too many figures");
    K.base = lua_gettop(L) + 1;
    for (i = 0; i < K_N + DS_QK_CHANGE; i++) /* field and kind names */
      lua_rawgeti(L, lua_upvalueindex(2), (lua_Integer)i + 1);
  }
  lua_createtable(L, nin < 0x7ffffff ? (int)nin : 0, 0);
  for (i = 0; i < b->f.n; i++) {
    if (!within(&b->f.v[i], from, to)) continue;
    pushfigure(L, &K, d->s, &b->f.v[i]);
    lua_rawseti(L, -2, ++out);
  }
  if (b->f.cap > KEEP_FIGURES)
    ds_quant_free(&b->m, &b->f);         /* now, not at lua_close */
  return 1;
}

static int core_quant_selfcheck (lua_State *L) {
  lua_pushboolean(L, ds_quant_check());
  return 1;
}


void ds_open_quant (lua_State *L) {
  int i;
  static const luaL_Reg funcs[] = {
    {"quantities", core_quantities},
    {"_quant_selfcheck", core_quant_selfcheck},
    {NULL, NULL}
  };
  static const luaL_Reg methods[] = {
    {NULL, NULL}
  };
  static const luaL_Reg metamethods[] = {
    {"__gc", figbuf_gc},
    {"__close", figbuf_gc},
    {"__index", NULL},
    {NULL, NULL}
  };
  ds_newclass(L, DS_FIGBUF, methods, metamethods);
  lua_pop(L, 1);                         /* pop metatable */
  /* the keyword index (plain memory) and the field names */
  ds_qindex_init((ds_QIndex *)lua_newuserdatauv(L, sizeof(ds_QIndex), 0));
  lua_createtable(L, K_N + DS_QK_CHANGE, 0);
  for (i = 0; i < K_N + DS_QK_CHANGE; i++) {
    lua_pushstring(L, i < K_N ? key_names[i] : kind_names[i - K_N + 1]);
    lua_rawseti(L, -2, i + 1);
  }
  {                                      /* the figure array's owner */
    LFig *b = (LFig *)lua_newuserdatauv(L, sizeof(LFig), 0);
    memset(&b->f, 0, sizeof(b->f));
    ds_getmem(L, &b->m);
    luaL_setmetatable(L, DS_FIGBUF);
  }
  luaL_setfuncs(L, funcs, 3);
}
