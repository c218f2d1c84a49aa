/*
** ds_doc_lua.c -- the dealscope.Document type and the text functions
** of dealscope.core: document, tokenize, sentences, clauses, fold.
** Offsets given to Lua are 1-based and inclusive, as string.sub's.
** A closed document leaves its arrays to the next one (see Spare).
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_lua.h"


static const char *const kind_names[DS_TK_NKINDS] = {
  "?", "word", "number", "punct", "symbol", "opaque"
};

static const char *const split_names[] = {
  "start", "semicolon", "colon", "coordination", "subordinate",
  "including", "contrast"
};


/*
** A document is built in ds_doc_build's two steps: its tokens when it
** is made (ds_doc_tokens), its sentences and clauses (ds_doc_segment)
** when first asked for, which every function but a lexicon scan does
** through ds_checkdoc or ds_todoc. The engine's scan of most texts
** finds that no rule can fire in them before it needs their clauses:
** then they are never segmented. A text with tokens has sentences once
** segmented; a segmentation that fails leaves none, to be tried again.
*/
static int segmented (const LDoc *d) {
  return d->d.tok.n == 0 || d->d.sent.n > 0;
}

static void segment (lua_State *L, LDoc *d) {
  int r = ds_doc_segment(&d->m, &d->d);
  if (r != DS_OK) {
    d->d.sent.n = d->d.clause.n = 0;
    ds_check(L, r);
  }
}

LDoc *ds_testdoc (lua_State *L, int arg) {
  return (LDoc *)luaL_testudata(L, arg, DS_DOCUMENT);
}

LDoc *ds_opendoc (lua_State *L, int arg) {
  LDoc *d = (LDoc *)luaL_checkudata(L, arg, DS_DOCUMENT);
  if (d->closed)
    luaL_argerror(L, arg, "attempt to use a closed document");
  return d;
}

LDoc *ds_checkdoc (lua_State *L, int arg) {
  LDoc *d = ds_opendoc(L, arg);
  if (!segmented(d)) segment(L, d);
  return d;
}


/*
** The spare: the arrays (tokens, sentences, clauses) of the last
** document closed, empty, for the next document to fill. A program that
** reads texts one after another, closing each, then allocates none of
** them again (three blocks per text, and their regrowth, among the
** userdata and strings of Lua: malloc and free were a twentieth of
** core.document), and the next text's tokens go to memory still in the
** cache. One spare per Lua state, in the registry under the address
** of 'sparekey'; each document keeps it in its second user value, so it
** outlives them; its __gc frees what it holds and marks it dead (the
** documents collected with it, finalized after it, then free their
** arrays themselves). Arrays of more than SPAREMAX bytes are not kept.
*/
#define SPAREMAX ((size_t)1 << 18)

typedef struct Spare {
  ds_Doc d;             /* arrays without elements, or none */
  ds_Mem m;
  int dead;             /* finalized: keeps nothing more */
} Spare;

static const char sparekey = 0;

static int spare_gc (lua_State *L) {
  Spare *sp = (Spare *)lua_touserdata(L, 1);
  ds_doc_free(&sp->m, &sp->d);
  sp->dead = 1;
  return 0;
}

/* create the spare of this state */
static void newspare (lua_State *L) {
  Spare *sp = (Spare *)lua_newuserdatauv(L, sizeof(Spare), 0);
  ds_doc_init(&sp->d);
  ds_getmem(L, &sp->m);
  sp->dead = 0;
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, spare_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &sparekey);
}

/* array 'p' (room for 'cap' elements of 'size' bytes) to the spare's
   slot '*sp' when the slot is empty and the array not too large; else
   it is freed */
static void keep (ds_Mem *m, void **sp, size_t *scap, void *p, size_t cap,
                  size_t size) {
  if (p == NULL) return;
  if (*sp == NULL && cap <= SPAREMAX / size) { *sp = p; *scap = cap; }
  else ds_free(m, p, cap, size);
}

/* free the arrays of 'd', or leave them to its spare */
static void release (LDoc *d) {
  Spare *sp = d->spare;
  if (sp == NULL || sp->dead) ds_doc_free(&d->m, &d->d);
  else {
    keep(&d->m, (void **)&sp->d.tok.v, &sp->d.tok.cap, d->d.tok.v,
         d->d.tok.cap, sizeof(ds_Token));
    keep(&d->m, (void **)&sp->d.sent.v, &sp->d.sent.cap, d->d.sent.v,
         d->d.sent.cap, sizeof(ds_Span));
    keep(&d->m, (void **)&sp->d.clause.v, &sp->d.clause.cap,
         d->d.clause.v, d->d.clause.cap, sizeof(ds_Span));
    ds_doc_init(&d->d);
  }
}


/* build document 'd' (open, without arrays) over 's', its tokens
   only (see segmented): it takes the arrays of its spare (which owns
   them until then) first. Returns DS_OK or an error code. */
static int build (LDoc *d, const char *s, size_t len) {
  Spare *sp = d->spare;
  if (sp != NULL && !sp->dead) {
    d->d = sp->d;                       /* its arrays, now the doc's */
    ds_doc_init(&sp->d);
  }
  return ds_doc_tokens(&d->m, &d->d, s, len);
}

/*
** Create a document over the string at 'arg' and push it. The
** userdata comes first, empty, with its metatable: an error while
** building leaves nothing that __gc cannot free.
*/
static LDoc *newdoc (lua_State *L, int arg) {
  size_t len;
  const char *s = lua_tolstring(L, arg, &len);
  LDoc *d = (LDoc *)lua_newuserdatauv(L, sizeof(LDoc), 2);
  Spare *sp;
  ds_doc_init(&d->d);
  ds_getmem(L, &d->m);
  d->spare = NULL;
  d->closed = 0;
  d->gen = 0;
  luaL_setmetatable(L, DS_DOCUMENT);
  lua_pushvalue(L, arg);
  lua_setiuservalue(L, -2, 1);          /* keep the text alive */
  lua_rawgetp(L, LUA_REGISTRYINDEX, &sparekey);
  sp = (Spare *)lua_touserdata(L, -1);
  lua_setiuservalue(L, -2, 2);          /* and the spare */
  if (sp != NULL && !sp->dead) d->spare = sp;
  ds_check(L, build(d, s, len));
  return d;
}

const ds_Doc *ds_todoc (lua_State *L, int arg) {
  LDoc *d = ds_testdoc(L, arg);
  if (d != NULL) return &ds_checkdoc(L, arg)->d;
  if (lua_type(L, arg) != LUA_TSTRING)
    luaL_typeerror(L, arg, "string or dealscope.Document");
  d = newdoc(L, arg);
  segment(L, d);
  return &d->d;
}


/* core.document(text) */
static int core_document (lua_State *L) {
  luaL_checktype(L, 1, LUA_TSTRING);
  newdoc(L, 1);
  return 1;
}


/*
** doc:reopen(text): a closed document made again over 'text', as
** core.document(text) would make it: a program that reads texts one
** after another (the engine) then makes no document per text, nor
** leaves one per text for the collector to finalize. A document that
** cannot be made (out of memory) stays closed.
*/
static int doc_reopen (lua_State *L) {
  LDoc *d = (LDoc *)luaL_checkudata(L, 1, DS_DOCUMENT);
  size_t len;
  const char *s;
  int r;
  luaL_checktype(L, 2, LUA_TSTRING);
  luaL_argcheck(L, d->closed, 1, "document is open");
  s = lua_tolstring(L, 2, &len);
  d->gen++;                             /* another document now */
  r = build(d, s, len);
  if (r != DS_OK) {
    release(d);                         /* what was built goes */
    ds_check(L, r);
  }
  lua_pushvalue(L, 2);
  lua_setiuservalue(L, 1, 1);           /* keep the text alive */
  d->closed = 0;
  lua_settop(L, 1);
  return 1;
}

static int doc_close (lua_State *L) {
  LDoc *d = (LDoc *)luaL_checkudata(L, 1, DS_DOCUMENT);
  if (!d->closed) {
    release(d);
    d->closed = 1;
    lua_pushnil(L);
    lua_setiuservalue(L, 1, 1);         /* let the text go */
  }
  return 0;
}

static int doc_tostring (lua_State *L) {
  LDoc *d = (LDoc *)luaL_checkudata(L, 1, DS_DOCUMENT);
  if (d->closed)
    lua_pushliteral(L, "dealscope.Document (closed)");
  else
    lua_pushfstring(L, "dealscope.Document (%p)", (void *)d);
  return 1;
}


/* doc:text([i [, j]]): the text, or bytes i..j of it */
static int doc_text (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  lua_Integer i = luaL_optinteger(L, 2, 1);
  lua_Integer j = luaL_optinteger(L, 3, (lua_Integer)d->d.len);
  if (i < 1) i = 1;
  if (j > (lua_Integer)d->d.len) j = (lua_Integer)d->d.len;
  if (i > j) lua_pushliteral(L, "");
  else lua_pushlstring(L, d->d.s + i - 1, (size_t)(j - i + 1));
  return 1;
}

static int doc_ntokens (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)ds_checkdoc(L, 1)->d.tok.n);
  return 1;
}

static int doc_nsentences (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)ds_checkdoc(L, 1)->d.sent.n);
  return 1;
}

static int doc_nclauses (lua_State *L) {
  lua_pushinteger(L, (lua_Integer)ds_checkdoc(L, 1)->d.clause.n);
  return 1;
}

static size_t checkindex (lua_State *L, int arg, size_t n) {
  lua_Integer i = luaL_checkinteger(L, arg);
  luaL_argcheck(L, i >= 1 && (lua_Unsigned)i <= n, arg, "index out of range");
  return (size_t)i - 1;
}


/* push the folded text of tokens a..b (0-based), joined by spaces */
static void pushfold (lua_State *L, const ds_Doc *d, size_t a, size_t b) {
  luaL_Buffer B;
  size_t i;
  luaL_buffinit(L, &B);
  for (i = a; i <= b && i < d->tok.n; i++) {
    const ds_Token *t = &d->tok.v[i];
    char *p;
    if (i > a) luaL_addchar(&B, ' ');
    p = luaL_prepbuffsize(&B, (size_t)t->len * 3);
    luaL_addsize(&B, ds_fold(d->s + t->start, t->len, p));
  }
  luaL_pushresult(&B);
}


/* doc:token(i): start, stop, kind, flags */
static int doc_token (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  const ds_Token *t = &d->d.tok.v[checkindex(L, 2, d->d.tok.n)];
  lua_pushinteger(L, (lua_Integer)t->start + 1);
  lua_pushinteger(L, (lua_Integer)t->start + t->len);
  lua_pushstring(L, kind_names[t->kind]);
  lua_pushinteger(L, t->flags & DS_TF_PUBLIC);
  return 4;
}

/* doc:fold(i [, j]): folded text of tokens i..j */
static int doc_fold (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  size_t a = checkindex(L, 2, d->d.tok.n);
  size_t b = lua_isnoneornil(L, 3) ? a : checkindex(L, 3, d->d.tok.n);
  pushfold(L, &d->d, a, b);
  return 1;
}

/* doc:token_at(byte): index of the token holding byte, or nil */
static int doc_token_at (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  lua_Integer pos = luaL_checkinteger(L, 2);
  size_t k;
  if (pos < 1 || (lua_Unsigned)pos > d->d.len) { lua_pushnil(L); return 1; }
  k = ds_doc_token_at(&d->d, (size_t)pos - 1);
  if (k >= d->d.tok.n || d->d.tok.v[k].start > (size_t)pos - 1)
    lua_pushnil(L);
  else
    lua_pushinteger(L, (lua_Integer)k + 1);
  return 1;
}

/* doc:sentence_of(token), doc:clause_of(token) */
static int doc_sentence_of (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  size_t t = checkindex(L, 2, d->d.tok.n);
  lua_pushinteger(L, (lua_Integer)ds_doc_span_of(&d->d.sent, t) + 1);
  return 1;
}

static int doc_clause_of (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  size_t t = checkindex(L, 2, d->d.tok.n);
  lua_pushinteger(L, (lua_Integer)ds_doc_span_of(&d->d.clause, t) + 1);
  return 1;
}


/* doc:headings(): the indices of the sentences that are headings */
static int doc_headings (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  size_t i;
  lua_Integer n = 0;
  lua_newtable(L);
  for (i = 0; i < d->d.sent.n; i++)
    if (d->d.sent.v[i].flags & DS_SF_HEADING) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      lua_rawseti(L, -2, ++n);
    }
  return 1;
}


static void setint (lua_State *L, const char *k, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}

static void settrue (lua_State *L, const char *k) {
  lua_pushboolean(L, 1);
  lua_setfield(L, -2, k);
}

/* push a token as a table */
static void pushtoken (lua_State *L, const ds_Doc *d, size_t i) {
  const ds_Token *t = &d->tok.v[i];
  static const struct { unsigned f; const char *k; } fl[] = {
    {DS_TF_NL, "newline"}, {DS_TF_BLANK, "blank"}, {DS_TF_INDENT, "indent"},
    {DS_TF_CAP, "cap"}, {DS_TF_UPPER, "upper"}, {DS_TF_ABBR, "abbrev"},
    {DS_TF_CLITIC, "clitic"}, {DS_TF_URL, "url"}, {0, NULL}
  };
  int k;
  lua_createtable(L, 0, 7);
  lua_pushlstring(L, d->s + t->start, t->len);
  lua_setfield(L, -2, "text");
  pushfold(L, d, i, i);
  lua_setfield(L, -2, "fold");
  lua_pushstring(L, kind_names[t->kind]);
  lua_setfield(L, -2, "kind");
  setint(L, "start", (lua_Integer)t->start + 1);
  setint(L, "stop", (lua_Integer)t->start + t->len);
  if (!(t->flags & DS_TF_SPACE) && i > 0) settrue(L, "glued");
  for (k = 0; fl[k].k; k++)
    if (t->flags & fl[k].f) settrue(L, fl[k].k);
}

/* push a sentence or clause as a table */
static void pushspan (lua_State *L, const ds_Span *sp, int clause) {
  lua_createtable(L, 0, 6);
  setint(L, "start", (lua_Integer)sp->start + 1);
  setint(L, "stop", (lua_Integer)sp->stop);
  setint(L, "first", (lua_Integer)sp->first + 1);
  setint(L, "last", (lua_Integer)sp->last + 1);
  if (clause) {
    setint(L, "sentence", (lua_Integer)sp->sentence + 1);
    if (sp->subject >= 0) setint(L, "subject", (lua_Integer)sp->subject + 1);
    lua_pushstring(L, split_names[sp->split]);
    lua_setfield(L, -2, "split");
  }
  else if (sp->flags & DS_SF_HEADING)
    settrue(L, "heading");
}

static int pushspans (lua_State *L, const ds_Spans *sp, int clause) {
  size_t i;
  lua_createtable(L, (int)(sp->n < 0x7fffffff ? sp->n : 0), 0);
  for (i = 0; i < sp->n; i++) {
    pushspan(L, &sp->v[i], clause);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static int doc_sentences (lua_State *L) {
  return pushspans(L, &ds_checkdoc(L, 1)->d.sent, 0);
}

static int doc_clauses (lua_State *L) {
  return pushspans(L, &ds_checkdoc(L, 1)->d.clause, 1);
}

/* doc:sentence(i) / doc:clause(i): one span as a table */
static int doc_sentence (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  pushspan(L, &d->d.sent.v[checkindex(L, 2, d->d.sent.n)], 0);
  return 1;
}

static int doc_clause (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  pushspan(L, &d->d.clause.v[checkindex(L, 2, d->d.clause.n)], 1);
  return 1;
}

/* doc:tokens([i [, j]]): tokens i..j as tables */
static int doc_tokens (lua_State *L) {
  LDoc *d = ds_checkdoc(L, 1);
  size_t n = d->d.tok.n, a = 0, b, i;
  if (n == 0) { lua_newtable(L); return 1; }
  if (!lua_isnoneornil(L, 2)) a = checkindex(L, 2, n);
  b = lua_isnoneornil(L, 3) ? n - 1 : checkindex(L, 3, n);
  lua_createtable(L, b >= a && b - a < 0x7ffffff ? (int)(b - a + 1) : 0, 0);
  for (i = a; i <= b; i++) {
    pushtoken(L, &d->d, i);
    lua_rawseti(L, -2, (lua_Integer)(i - a) + 1);
  }
  return 1;
}


/* core.tokenize(text), core.sentences(text), core.clauses(text) */
static int core_tokenize (lua_State *L) {
  const ds_Doc *d = ds_todoc(L, 1);
  size_t i;
  lua_createtable(L, d->tok.n < 0x7ffffff ? (int)d->tok.n : 0, 0);
  for (i = 0; i < d->tok.n; i++) {
    pushtoken(L, d, i);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static int core_sentences (lua_State *L) {
  return pushspans(L, &ds_todoc(L, 1)->sent, 0);
}

static int core_clauses (lua_State *L) {
  return pushspans(L, &ds_todoc(L, 1)->clause, 1);
}

/* core.fold(s): the folded form of any string */
static int core_fold (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  luaL_Buffer B;
  char *p;
  if (len > ((size_t)-1) / 4) return luaL_error(L, "string too large");
  p = luaL_buffinitsize(L, &B, len * 3 + 1);
  luaL_pushresultsize(&B, ds_fold(s, len, p));
  return 1;
}


void ds_open_doc (lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"document", core_document},
    {"tokenize", core_tokenize},
    {"sentences", core_sentences},
    {"clauses", core_clauses},
    {"fold", core_fold},
    {NULL, NULL}
  };
  static const luaL_Reg methods[] = {
    {"text", doc_text},
    {"ntokens", doc_ntokens},
    {"nsentences", doc_nsentences},
    {"nclauses", doc_nclauses},
    {"token", doc_token},
    {"tokens", doc_tokens},
    {"fold", doc_fold},
    {"token_at", doc_token_at},
    {"sentence_of", doc_sentence_of},
    {"clause_of", doc_clause_of},
    {"headings", doc_headings},
    {"sentences", doc_sentences},
    {"clauses", doc_clauses},
    {"sentence", doc_sentence},
    {"clause", doc_clause},
    {"close", doc_close},
    {"reopen", doc_reopen},
    {NULL, NULL}
  };
  static const luaL_Reg metamethods[] = {
    {"__gc", doc_close},
    {"__close", doc_close},
    {"__tostring", doc_tostring},
    {"__index", NULL},
    {NULL, NULL}
  };
  ds_newclass(L, DS_DOCUMENT, methods, metamethods);
  lua_pop(L, 1);                         /* pop metatable */
  newspare(L);
  luaL_setfuncs(L, funcs, 0);
}
