/*
** ds_lexicon_lua.c -- the dealscope.Lexicon type: core.lexicon(entries)
** and lex:scan, :scan_flat, :count, :gmatch, :memory, :close.
** The lexicon's C memory belongs to its userdata, created first; a
** scan keeps its threads, matches, (for a string) tokens and (for
** lex:collect) its arrays in a scratch userdata of its own, so that an
** error while results are pushed leaks nothing and the automaton is
** never written to. The lexicon keeps the scratch of its last scan in
** its user value, with its buffers unless they grew big, so that a
** scan per document allocates nothing; a scan takes the scratch out
** while it runs, so that a scan run meanwhile (from a finalizer) on
** the same lexicon gets a new one.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_lua.h"
#include "ds_lexicon.h"
#include "ds_swar.h"

#define DS_LEXICON "dealscope.Lexicon"
#define DS_LEXSCAN "dealscope.LexScan"

typedef struct LLex {
  ds_Lexicon lx;
  ds_LexBuild b;           /* only while core.lexicon runs */
  ds_Mem m;
  int closed;
} LLex;

/*
** The rules of one scope, decoded: 'need' holds W words per rule. With
** one word (W = 1), 'order' lists the rules by the lowest class bit
** they need, those of bit b at order[start[b] .. start[b + 1]): a unit
** can only be covered by a rule whose lowest bit it holds, so that it
** tries the rules of its own bits only.
*/
typedef struct Rules {
  const uint64_t *need;
  size_t n, W;
  int empty;               /* a rule needs nothing: it covers any unit */
  uint32_t start[65];
  uint32_t *order;         /* n entries, when W = 1 */
} Rules;

/* the scratch of one scan */
typedef struct LScan {
  ds_LexScan sc;
  ds_Tokens tok;           /* the tokens of a string argument */
  unsigned char *work;     /* the arrays of lex:collect */
  size_t capwork;
  unsigned char *rules;    /* lex:collect's rules, decoded, then as given */
  size_t caprules;
  const unsigned char *rraw;  /* in 'rules': the bytes they came from */
  size_t rclen, rslen, rW; /* their lengths and words per rule (0: none) */
  Rules CR, SR;            /* the clause and sentence rules, decoded */
  ds_Mem m;
} LScan;

/* a scratch whose buffers hold more bytes is not kept as they are */
#define KEEPBYTES ((size_t)1 << 18)


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
    lua_pushnil(L);                      /* the kept scratch goes */
    lua_setiuservalue(L, 1, 1);
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
  x = (LLex *)lua_newuserdatauv(L, sizeof(LLex), 1);  /* kept scratch */
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
  ds_free(&s->m, s->work, s->capwork, 1);
  s->work = NULL;
  s->capwork = 0;
  ds_free(&s->m, s->rules, s->caprules, 1);
  s->rules = NULL;
  s->caprules = 0;
  s->rW = 0;
}

/* the bytes the buffers of scratch 's' hold */
static size_t holds (const LScan *s) {
  const ds_LexScan *sc = &s->sc;
  return (sc->capcur + sc->capnxt) * sizeof(ds_LexThread)
         + (sc->capsym + sc->capring) * sizeof(uint32_t)
         + sc->capfold * sizeof(uint64_t) + sc->capm * sizeof(ds_LexMatch)
         + s->tok.cap * sizeof(ds_Token) + s->capwork + s->caprules;
}

static int scan_gc (lua_State *L) {
  release((LScan *)luaL_checkudata(L, 1, DS_LEXSCAN));
  return 0;
}

/* a new scratch, on the stack */
static LScan *newscan (lua_State *L) {
  LScan *s;
  s = (LScan *)lua_newuserdatauv(L, sizeof(LScan), 0);
  ds_lexscan_init(&s->sc);
  memset(&s->tok, 0, sizeof(s->tok));
  s->work = NULL;
  s->capwork = 0;
  s->rules = NULL;
  s->caprules = 0;
  s->rW = 0;
  ds_getmem(L, &s->m);
  luaL_setmetatable(L, DS_LEXSCAN);
  return s;
}

/*
** Push the scratch lexicon 1 ('x') keeps (taken out of it), or a new
** one. A scratch is only ever lexicon 1's, so its scans may keep the
** words the general path looked up (ds_lexscan_bind): what matters with
** wildcards, whose words are not in the lexicon's fast tables.
*/
static LScan *getscan (lua_State *L, const LLex *x) {
  LScan *s;
  if (lua_getiuservalue(L, 1, 1) == LUA_TUSERDATA) {
    lua_pushnil(L);
    lua_setiuservalue(L, 1, 1);
    s = (LScan *)lua_touserdata(L, -1);
  }
  else {
    lua_pop(L, 1);
    s = newscan(L);
  }
  if (x->lx.haswild) ds_check(L, ds_lexscan_bind(&s->m, &s->sc, &x->lx));
  return s;
}


/* done with scratch 's' (at stack index 'idx'): lexicon 1 keeps it for
   the next scan, without its buffers when they grew big */
static void putscan (lua_State *L, LScan *s, int idx) {
  if (holds(s) > KEEPBYTES) release(s);
  lua_pushvalue(L, idx);
  lua_setiuservalue(L, 1, 1);
}

/* the text and tokens of argument 'arg': a document, or a string that
   is tokenized into the scratch 's' (it needs no sentences) */
typedef struct Input {
  const char *s;
  const ds_Token *tok;
  size_t n;
} Input;

static void getinput (lua_State *L, int arg, LScan *s, Input *in) {
  if (ds_testdoc(L, arg) != NULL) {
    LDoc *d = ds_opendoc(L, arg);
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
  LScan *s = getscan(L, x);
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
  int si = lua_gettop(L);
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
  putscan(L, s, si);
  return 1;
}

/* lex:scan_flat(text_or_doc): {id1, first1, last1, id2, ...} */
static int lex_scan_flat (lua_State *L) {
  Input in;
  size_t n, i;
  LScan *s = run(L, 1, &in, &n);
  int si = lua_gettop(L);
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
  putscan(L, s, si);
  return 1;
}

/*
** lex:collect(doc, flags, groups, W, clause_rules, sentence_rules
**             [, all_active [, skip_headings [, out]]]): the engine's scan.
** 'flags' holds a byte per entry: 2 the entry is context (certainty
** cues, attribution), kept in the sentences looked at, 2|8 context for
** the whole document (the parties), 4 a mask. A text in which no unit
** is looked at gives no match (a count of 0; 'out' is returned as it
** was, so the count, not its length, says what it holds). 'groups' holds W
** 64-bit words per entry (little-endian): bit g is set when the entry
** satisfies requirement group g of some rule ("an ease word", "a
** tariff word"). A rule is a list of W words (its groups, in the arrays
** clause_rules and sentence_rules, by its scope): it can fire in a
** clause only when the clause's cues cover every one of its groups.
** Matches over a mask are dropped (the mask's own too); a clause (a
** sentence) is active when some clause (sentence) rule can fire there,
** or, with all_active, when it has any cue; headings are left out with
** skip_headings. Returns one flat array of six integers per match that
** is kept or in an active clause or sentence: id, first, last, clause,
** sentence, bits (1 clause active, 2 in a heading, 4 sentence active),
** so that the Lua side never sees the cues of clauses it would not try;
** and the number of matches kept. With 'out' (a table) the integers go
** to out[1 .. 6 * n] and the entries after them are left as they were:
** a caller that keeps one table for every document (most are active in
** none, few hold many cues) allocates no array per document. The
** document is segmented (see ds_doc_lua.c) only when its cues together
** cover some rule: the scan needs its tokens alone.
*/
/* rule masks: a string of W little-endian 64-bit words per rule */
static const unsigned char *rulemasks (lua_State *L, int arg, size_t W,
                                       size_t *nr) {
  size_t len;
  const unsigned char *v = (const unsigned char *)luaL_checklstring(L, arg,
                                                                    &len);
  luaL_argcheck(L, len % (W * 8) == 0, arg, "W words per rule expected");
  *nr = len / (W * 8);
  return v;
}

/* decode the 'nr' rules of 'v' into 'need' (nr * W words) and index
   them in 'R' ('order' has room for nr entries) */
static void decoderules (const unsigned char *v, size_t nr, size_t W,
                         uint64_t *need, uint32_t *order, Rules *R) {
  size_t r, w;
  R->need = need;
  R->n = nr;
  R->W = W;
  R->empty = 0;
  R->order = order;
  memset(R->start, 0, sizeof(R->start));
  for (r = 0; r < nr; r++) {
    uint64_t any = 0;
    for (w = 0; w < W; w++) any |= need[r * W + w] = ds_le64(v + (r * W + w) * 8);
    if (any == 0) R->empty = 1;
    else if (W == 1) R->start[ds_lowbit(any) + 1]++;
  }
  if (W != 1 || R->empty) return;
  for (w = 1; w < 65; w++) R->start[w] += R->start[w - 1];
  {
    uint32_t fill[64];
    memcpy(fill, R->start, sizeof(fill));
    for (r = 0; r < nr; r++) order[fill[ds_lowbit(need[r])]++] = (uint32_t)r;
  }
}

/* does mask 'have' (W words) cover one of the rules 'R'? */
static int covers (const uint64_t *have, const Rules *R) {
  size_t r, w, W = R->W;
  uint64_t any = 0;
  if (R->empty) return 1;
  for (w = 0; w < W; w++) any |= have[w];
  if (any == 0) return 0;
  if (W == 1) {                                /* the common case */
    uint64_t h = have[0], bits = h;
    do {
      int b = ds_lowbit(bits);
      uint32_t i;
      for (i = R->start[b]; i < R->start[b + 1]; i++) {
        uint64_t need = R->need[R->order[i]];
        if ((h & need) == need) return 1;
      }
      bits &= bits - 1;
    } while (bits != 0);
    return 0;
  }
  for (r = 0; r < R->n; r++) {
    for (w = 0; w < W; w++) {
      uint64_t need = R->need[r * W + w];
      if ((have[w] & need) != need) break;
    }
    if (w == W) return 1;
  }
  return 0;
}

/*
** The rules of lex:collect ('ncr' clause rules at 'cr', 'nsr' sentence
** rules at 'sr', W words each) decoded in s->CR and s->SR: those of the
** call before when the bytes are the same (the engine passes the same
** strings for every document).
*/
static void getrules (lua_State *L, LScan *s, const unsigned char *cr,
                      size_t ncr, const unsigned char *sr, size_t nsr,
                      size_t W) {
  size_t clen = ncr * W * 8, slen = nsr * W * 8, need;
  uint64_t *cw, *sw;
  uint32_t *co, *so;
  unsigned char *raw;
  if (s->rW == W && s->rclen == clen && s->rslen == slen &&
      memcmp(s->rraw, cr, clen) == 0 && memcmp(s->rraw + clen, sr, slen) == 0)
    return;
  s->rW = 0;                               /* none while they are made */
  need = (ncr + nsr) * W * sizeof(uint64_t) + (ncr + nsr) * sizeof(uint32_t)
         + clen + slen + 8;
  ds_check(L, ds_grow(&s->m, (void **)&s->rules, &s->caprules, need, 1));
  cw = (uint64_t *)(void *)s->rules;
  sw = cw + ncr * W;
  co = (uint32_t *)(void *)(sw + nsr * W);
  so = co + ncr;
  raw = (unsigned char *)(so + nsr);
  memcpy(raw, cr, clen);
  memcpy(raw + clen, sr, slen);
  decoderules(cr, ncr, W, cw, co, &s->CR);
  decoderules(sr, nsr, W, sw, so, &s->SR);
  s->rraw = raw;
  s->rclen = clen;
  s->rslen = slen;
  s->rW = W;
}

/*
** Can some unit be active? Not when all the cues of the text together
** cover no rule (a unit holds some of them): then, as for most texts,
** nothing is kept and the units need not be looked at one by one.
*/
static int anycovers (const LScan *s, const unsigned char *gr, size_t flen,
                      size_t W) {
  uint64_t all[64];
  size_t i, w;
  memset(all, 0, W * sizeof(uint64_t));
  for (i = 0; i < s->sc.nm; i++) {
    uint32_t id = s->sc.m[i].id;
    if (id < 1 || id > flen) continue;
    for (w = 0; w < W; w++)
      all[w] |= ds_le64(gr + ((size_t)(id - 1) * W + w) * 8);
  }
  return covers(all, &s->CR) || covers(all, &s->SR);
}

static int lex_collect (lua_State *L) {
  Input in;
  size_t n, i, k, c, sn, flen, glen, W, ncr, nsr, w;
  LScan *s;
  const ds_Doc *doc;
  const unsigned char *fl, *gr;
  const unsigned char *crules, *srules;
  int all_active, skip_headings;
  unsigned char *masked, *active, *sactive, *hasany, *shasany, *kbits, *p;
  uint64_t *cmask, *smask;
  uint32_t *mci, *msi;
  size_t nt, nc, ns, total, nkept;
  lua_Integer out = 0;
  check_lexicon(L, 1);
  ds_opendoc(L, 2);                 /* the document, not segmented yet */
  fl = (const unsigned char *)luaL_checklstring(L, 3, &flen);
  gr = (const unsigned char *)luaL_checklstring(L, 4, &glen);
  W = (size_t)luaL_checkinteger(L, 5);
  luaL_argcheck(L, W >= 1 && W <= 64 && glen == flen * W * 8, 5,
                "groups must hold W 64-bit words per entry");
  crules = rulemasks(L, 6, W, &ncr);
  srules = rulemasks(L, 7, W, &nsr);
  all_active = lua_toboolean(L, 8);
  skip_headings = lua_toboolean(L, 9);
  if (!lua_isnoneornil(L, 10)) luaL_checktype(L, 10, LUA_TTABLE);
  lua_settop(L, 10);
  s = run(L, 1, &in, &n);                           /* pushes scratch */
  getrules(L, s, crules, ncr, srules, nsr, W);
  if (!all_active && !anycovers(s, gr, flen, W)) {
    if (lua_istable(L, 10)) lua_pushvalue(L, 10);
    else lua_createtable(L, 0, 0);
    putscan(L, s, lua_gettop(L) - 1);
    lua_pushinteger(L, 0);
    return 2;
  }
  doc = &ds_checkdoc(L, 2)->d;                      /* now segmented */
  /* one block for the arrays, the scratch's (freed with it whatever
     happens): the masks first (aligned), then the indices, the bytes */
  nt = doc->tok.n + 1; nc = doc->clause.n + 1; ns = doc->sent.n + 1;
  total = (nc + ns) * W * sizeof(uint64_t) + 2 * (n + 1) * sizeof(uint32_t)
          + nt + 2 * nc + 2 * ns + n + 1;
  ds_check(L, ds_grow(&s->m, (void **)&s->work, &s->capwork, total, 1));
  p = s->work;
  memset(p, 0, total);
  cmask = (uint64_t *)(void *)p;
  smask = cmask + nc * W;
  mci = (uint32_t *)(void *)(smask + ns * W);
  msi = mci + n + 1;
  masked = (unsigned char *)(msi + n + 1);
  active = masked + nt;
  hasany = active + nc;
  sactive = hasany + nc;
  shasany = sactive + ns;
  kbits = shasany + ns;                    /* bits of a kept match, 0 */
#define FLAGS(id) ((id) >= 1 && (size_t)(id) <= flen ? fl[(id) - 1] : 0)
  for (i = 0; i < n; i++) {                          /* the masks */
    const ds_LexMatch *x = &s->sc.m[i];
    if (FLAGS(x->id) & 4)
      for (k = x->first; k <= x->last && k < doc->tok.n; k++) masked[k] = 1;
  }
  for (i = 0, c = 0, sn = 0; i < n; i++) {          /* what each unit holds */
    const ds_LexMatch *x = &s->sc.m[i];
    while (c < doc->clause.n && doc->clause.v[c].last < x->first) c++;
    while (sn < doc->sent.n && doc->sent.v[sn].last < x->first) sn++;
    mci[i] = (uint32_t)c;
    msi[i] = (uint32_t)sn;
    if (masked[x->first] || masked[x->last] || x->id < 1 ||
        (size_t)x->id > flen)
      continue;
    if (skip_headings && sn < doc->sent.n &&
        (doc->sent.v[sn].flags & DS_SF_HEADING))
      continue;
    hasany[c] = shasany[sn] = 1;
    for (w = 0; w < W; w++) {
      uint64_t g = ds_le64(gr + ((size_t)(x->id - 1) * W + w) * 8);
      cmask[c * W + w] |= g;
      smask[sn * W + w] |= g;
    }
  }
  for (c = 0; c < doc->clause.n; c++)
    active[c] = all_active ? hasany[c]
                           : covers(cmask + c * W, &s->CR);
  for (sn = 0; sn < doc->sent.n; sn++)
    sactive[sn] = all_active ? shasany[sn]
                             : covers(smask + sn * W, &s->SR);
  /* a text with nothing to look at needs no context either */
  for (c = 0; c < doc->clause.n && !active[c]; c++) {}
  for (sn = 0; sn < doc->sent.n && !sactive[sn]; sn++) {}
  if (c == doc->clause.n && sn == doc->sent.n) n = 0;
  /* a sentence holding an active clause keeps its context cues */
  for (c = 0; c < doc->clause.n; c++)
    if (active[c] && doc->clause.v[c].sentence < doc->sent.n)
      shasany[doc->clause.v[c].sentence] = 2;
  for (i = 0, nkept = 0; i < n; i++) {               /* what is kept */
    const ds_LexMatch *x = &s->sc.m[i];
    int f = FLAGS(x->id), bits = 0;
    if (masked[x->first] || masked[x->last]) continue;
    /* context (2) within the sentences looked at; parties (8) everywhere */
    if ((f & 2) && !(f & 8) && !sactive[msi[i]] &&
        !(msi[i] < doc->sent.n && shasany[msi[i]] == 2))
      f &= ~2;
    if (skip_headings && msi[i] < doc->sent.n &&
        (doc->sent.v[msi[i]].flags & DS_SF_HEADING))
      bits |= 2;
    else {
      if (active[mci[i]]) bits |= 1;
      if (sactive[msi[i]]) bits |= 4;
    }
    if (!(bits & 5) && !(f & 2)) continue;
    kbits[i] = (unsigned char)(bits | 0x80);
    nkept++;
  }
  if (nkept > 0x7FFFFFF / 6) luaL_error(L, "too many matches for one table");
  if (lua_istable(L, 10)) lua_pushvalue(L, 10);
  else lua_createtable(L, (int)(6 * nkept), 0);
  for (i = 0; i < n; i++) {
    const ds_LexMatch *x = &s->sc.m[i];
    if (kbits[i] == 0) continue;
    lua_pushinteger(L, x->id);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)x->first + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)x->last + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)mci[i] + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, (lua_Integer)msi[i] + 1);
    lua_rawseti(L, -2, ++out);
    lua_pushinteger(L, kbits[i] & 0x7F);
    lua_rawseti(L, -2, ++out);
  }
#undef FLAGS
  putscan(L, s, lua_gettop(L) - 1);
  lua_pushinteger(L, (lua_Integer)nkept);
  return 2;
}

/*
** lex:count(text_or_doc): the number of matches, no table built. A
** string is tokenized a chunk of COUNTCHUNK bytes at a time, into
** scratch that the lexicon keeps: a text of any length costs no more
** memory than a chunk, and no fresh pages.
*/
#define COUNTCHUNK ((size_t)1 << 15)

static int lex_count (lua_State *L) {
  Input in;
  size_t n;
  LScan *s;
  if (lua_type(L, 2) == LUA_TSTRING) {
    LLex *x = check_lexicon(L, 1);
    size_t len;
    const char *text = lua_tolstring(L, 2, &len);
    s = getscan(L, x);
    ds_check(L, ds_lex_count_text(&s->m, &x->lx, text, len, COUNTCHUNK,
                                  &s->tok, &s->sc, &n));
  }
  else s = run(L, 0, &in, &n);
  putscan(L, s, lua_gettop(L));
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/*
** The iterator of lex:gmatch. Upvalues: the scratch (matches, and the
** tokens of a string), the text or document (kept alive), the index
** of the next match, and the document's generation: a document closed,
** or reopened over another text, has no more the tokens the matches
** index.
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
    if (d->gen != lua_tointeger(L, lua_upvalueindex(4)))
      return luaL_error(L, "attempt to use a document reopened over "
                           "another text");
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
  LDoc *d;
  run(L, 1, &in, &n);                    /* push scratch */
  lua_pushvalue(L, 2);                   /* the text or document */
  lua_pushinteger(L, 0);
  d = ds_testdoc(L, 2);
  lua_pushinteger(L, d != NULL ? d->gen : 0);
  lua_pushcclosure(L, gmatch_aux, 4);
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
    {"collect", lex_collect},
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
