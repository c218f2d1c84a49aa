/*
** ds_deal.c -- deal records: the string pool, figure lists, the
** evidence set and the merge (object words: ds_deal_words.c) (see ds_deal.h).
**
** The merge. Two evidence entries state the same measure when they have
** the same label and the same actor, their objects share a content word
** (or both have none: "export controls" and a missing object are the
** same generic measure), and their figures are compatible when they
** come from the same document (for generic objects: the same figures). Figures are compatible unless both have
** figures of one class (kind, unit, per) with no value in common: in
** one text "a 100% hike" and "the 20% tariff" are two measures, while
** across texts 20% then 10% is one measure whose figure changed (the
** provision keeps both and flags the conflict). The provisions are
** the connected components of that relation, so they depend on the set
** of evidence only: merge is order-independent and idempotent.
**
** Computed in near-linear time: a posting per (label, actor, word)
** joins all its evidence when it spans two documents or more (any two
** of its entries are then linked through a third); a posting within
** one document links its entries pairwise by figure compatibility.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_deal.h"


static const char *const ct_names[] = {
  NULL, "denied", "conditional", "possible", "reported", "expected", "stated"
};

int ds_certainty_code (const char *s, size_t len) {
  int i;
  for (i = DS_CT_DENIED; i <= DS_CT_STATED; i++)
    if (strlen(ct_names[i]) == len && memcmp(ct_names[i], s, len) == 0)
      return i;
  return DS_CT_NONE;
}

const char *ds_certainty_name (int code) {
  return code >= DS_CT_DENIED && code <= DS_CT_STATED ? ct_names[code] : "?";
}


/* ---------------------------------------------------------------- */
/* hashing                                                           */
/* ---------------------------------------------------------------- */

static uint64_t mix64 (uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

static uint32_t hashbytes (const char *s, size_t len) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)len, w;
  while (len >= 8) {
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
    s += 8;
    len -= 8;
  }
  w = 0;
  memcpy(&w, s, len);
  h = mix64(h ^ w);
  return (uint32_t)(h ^ (h >> 32));
}

static uint64_t step (uint64_t h, uint32_t v) {
  return (h ^ v) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
}


/* ---------------------------------------------------------------- */
/* string pool                                                       */
/* ---------------------------------------------------------------- */

void ds_pool_init (ds_Pool *p) {
  p->buf = NULL;
  p->nbuf = p->capbuf = 0;
  p->v = NULL;
  p->n = p->capv = 0;
  p->tab = NULL;
  p->captab = 0;
}

void ds_pool_free (ds_Mem *m, ds_Pool *p) {
  ds_free(m, p->buf, p->capbuf, 1);
  ds_free(m, p->v, p->capv, sizeof(ds_PoolStr));
  ds_free(m, p->tab, p->captab, sizeof(uint64_t));
  ds_pool_init(p);
}

/* a zeroed array of 'n' ids from the allocator */
static uint32_t *newids (ds_Mem *m, size_t n) {
  uint32_t *t;
  if (n > (size_t)-1 / sizeof(uint32_t)) return NULL;
  t = (uint32_t *)m->f(m->ud, NULL, 0, n * sizeof(uint32_t));
  if (t != NULL) memset(t, 0, n * sizeof(uint32_t));
  return t;
}

/*
** The table holds each string's hash beside its id, so a probe reads
** one cache line of the table and touches the string only when the
** hashes are equal.
*/
static int pool_rehash (ds_Mem *m, ds_Pool *p, size_t cap) {
  uint64_t *t;
  size_t id;
  if (cap > (size_t)-1 / sizeof(uint64_t)) return DS_ENOMEM;
  t = (uint64_t *)m->f(m->ud, NULL, 0, cap * sizeof(uint64_t));
  if (t == NULL) return DS_ENOMEM;
  memset(t, 0, cap * sizeof(uint64_t));
  for (id = 1; id < p->n; id++) {
    size_t i = p->v[id].hash & (cap - 1);
    while (t[i] != 0) i = (i + 1) & (cap - 1);
    t[i] = (uint64_t)p->v[id].hash << 32 | id;
  }
  ds_free(m, p->tab, p->captab, sizeof(uint64_t));
  p->tab = t;
  p->captab = cap;
  return DS_OK;
}

int ds_pool_intern (ds_Mem *m, ds_Pool *p, const char *s, size_t len,
                    uint32_t *id) {
  uint32_t h;
  size_t i, mask;
  if (len > UINT32_MAX) return DS_ETOOBIG;
  if (p->n == 0) {                     /* entry 0: "absent" */
    if (ds_grow(m, (void **)&p->v, &p->capv, 1, sizeof(ds_PoolStr)) != DS_OK)
      return DS_ENOMEM;
    p->v[0].off = 0;
    p->v[0].len = p->v[0].hash = 0;
    p->n = 1;
  }
  if ((p->n + 1) * 2 > p->captab &&
      pool_rehash(m, p, p->captab ? p->captab * 2 : 64) != DS_OK)
    return DS_ENOMEM;
  h = hashbytes(s, len);
  mask = p->captab - 1;
  for (i = h & mask; p->tab[i] != 0; i = (i + 1) & mask) {
    if ((uint32_t)(p->tab[i] >> 32) == h) {
      uint32_t k = (uint32_t)p->tab[i];
      const ds_PoolStr *e = &p->v[k];
      if (e->len == len && (len == 0 || memcmp(p->buf + e->off, s, len) == 0)) {
        *id = k;
        return DS_OK;
      }
    }
  }
  if (p->n >= UINT32_MAX) return DS_ETOOBIG;
  if (ds_grow(m, (void **)&p->buf, &p->capbuf, p->nbuf + len + 1, 1) != DS_OK ||
      ds_grow(m, (void **)&p->v, &p->capv, p->n + 1, sizeof(ds_PoolStr)) != DS_OK)
    return DS_ENOMEM;
  if (len > 0) memcpy(p->buf + p->nbuf, s, len);
  p->v[p->n].off = p->nbuf;
  p->v[p->n].len = (uint32_t)len;
  p->v[p->n].hash = h;
  p->nbuf += len;
  p->tab[i] = (uint64_t)h << 32 | p->n;
  *id = (uint32_t)p->n++;
  return DS_OK;
}


/* ---------------------------------------------------------------- */
/* figure lists                                                      */
/* ---------------------------------------------------------------- */

static int fieldcmp (const ds_Field *a, const ds_Field *b) {
  size_t n = a->namelen < b->namelen ? a->namelen : b->namelen;
  int c = memcmp(a->name, b->name, n);
  if (c != 0) return c;
  return a->namelen < b->namelen ? -1 : a->namelen > b->namelen;
}

static void put32 (unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16); p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32 (const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

/*
** A float with an integral value is stored as an integer: "20" and
** "20.0" in two sources are the same figure.
*/
int ds_fig_encode (ds_Mem *m, ds_Buf *b, ds_Field *f, int n) {
  int i, j;
  size_t size = 1;
  unsigned char *o;
  if (n < 0 || n > DS_FIG_MAXFIELDS) return DS_ETOOBIG;
  for (i = 1; i < n; i++) {            /* insertion sort by name */
    ds_Field t = f[i];
    for (j = i; j > 0 && fieldcmp(&f[j - 1], &t) > 0; j--)
      f[j] = f[j - 1];
    f[j] = t;
  }
  for (i = 0; i < n; i++) {            /* the size, to reserve once */
    ds_Field *x = &f[i];
    if (x->namelen > 255) return DS_ETOOBIG;
    if (x->type == 'f' && x->f >= -9.2e18 && x->f <= 9.2e18 &&
        x->f == (double)(int64_t)x->f) {
      x->type = 'i';
      x->i = (int64_t)x->f;
    }
    if (x->type == 's' && x->slen > UINT32_MAX - 16) return DS_ETOOBIG;
    size += 2 + x->namelen + (x->type == 's' ? 4 + x->slen :
                              x->type == 'b' ? 1 : 8);
    if (size > UINT32_MAX) return DS_ETOOBIG;
  }
  if (ds_grow(m, (void **)&b->p, &b->cap, b->n + size, 1) != DS_OK)
    return DS_ENOMEM;
  o = (unsigned char *)b->p + b->n;
  *o++ = (unsigned char)n;
  for (i = 0; i < n; i++) {
    ds_Field *x = &f[i];
    *o++ = (unsigned char)x->namelen;
    memcpy(o, x->name, x->namelen);
    o += x->namelen;
    *o++ = (unsigned char)x->type;
    switch (x->type) {
      case 'i': {
        uint64_t u = (uint64_t)x->i;
        put32(o, (uint32_t)u);
        put32(o + 4, (uint32_t)(u >> 32));
        o += 8;
        break;
      }
      case 'f': memcpy(o, &x->f, 8); o += 8; break;
      case 's':
        put32(o, (uint32_t)x->slen);
        if (x->slen > 0) memcpy(o + 4, x->s, x->slen);
        o += 4 + x->slen;
        break;
      default: *o++ = (unsigned char)(x->b != 0); break;
    }
  }
  b->n = (size_t)((char *)o - b->p);
  return DS_OK;
}

/* read one field at 'p' (the list was made by ds_fig_encode) */
static const unsigned char *readfield (const unsigned char *p,
                                       ds_Field *f) {
  const unsigned char *start = p;
  f->namelen = *p++;
  f->name = (const char *)p;
  p += f->namelen;
  f->type = *p++;
  switch (f->type) {
    case 'i': {
      uint64_t u = (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
      f->i = (int64_t)u;
      p += 8;
      break;
    }
    case 'f': memcpy(&f->f, p, 8); p += 8; break;
    case 's':
      f->slen = get32(p);
      f->s = (const char *)p + 4;
      p += 4 + f->slen;
      break;
    default: f->b = *p++; break;
  }
  f->raw = start;
  f->rawlen = (size_t)(p - start);
  return p;
}

int ds_fig_read (const unsigned char *fig, ds_Field *f,
                 const unsigned char **next) {
  int n = *fig++, i;
  for (i = 0; i < n; i++)
    fig = readfield(fig, &f[i]);
  *next = fig;
  return n;
}


/* ---------------------------------------------------------------- */
/* evidence set                                                      */
/* ---------------------------------------------------------------- */

void ds_deal_init (ds_Deal *d) {
  ds_pool_init(&d->pool);
  d->ev = NULL;
  d->nev = d->capev = 0;
  d->evtab = NULL;
  d->captab = 0;
  d->state = 0;
  d->nprov = 0;
  d->comp = d->order = d->first = NULL;
  d->capcomp = d->caporder = d->capfirst = 0;
  ds_buf_init(&d->tmp);
  ds_buf_init(&d->tmp2);
  ds_buf_init(&d->tmp3);
}

void ds_deal_free (ds_Mem *m, ds_Deal *d) {
  ds_pool_free(m, &d->pool);
  ds_free(m, d->ev, d->capev, sizeof(ds_Ev));
  ds_free(m, d->evtab, d->captab, sizeof(uint64_t));
  ds_free(m, d->comp, d->capcomp, sizeof(uint32_t));
  ds_free(m, d->order, d->caporder, sizeof(uint32_t));
  ds_free(m, d->first, d->capfirst, sizeof(uint32_t));
  ds_buf_free(m, &d->tmp);
  ds_buf_free(m, &d->tmp2);
  ds_buf_free(m, &d->tmp3);
  ds_deal_init(d);
}

static uint32_t evhash (const ds_Ev *e) {
  uint64_t h = 0;
  h = step(h, e->label); h = step(h, e->actor);
  h = step(h, e->counterpart); h = step(h, e->object);
  h = step(h, e->doc); h = step(h, e->date);
  h = step(h, e->source); h = step(h, e->rule);
  h = step(h, e->text); h = step(h, e->attribution);
  h = step(h, e->figs); h = step(h, e->start);
  h = step(h, e->stop); h = step(h, e->sentence);
  h = step(h, (uint32_t)e->certainty << 8 | e->flags);
  h = mix64(h);
  return (uint32_t)(h ^ (h >> 32));
}

static int eveq (const ds_Ev *a, const ds_Ev *b) {
  return a->label == b->label && a->actor == b->actor &&
         a->counterpart == b->counterpart && a->object == b->object &&
         a->doc == b->doc && a->date == b->date && a->source == b->source &&
         a->rule == b->rule && a->text == b->text &&
         a->attribution == b->attribution && a->figs == b->figs &&
         a->start == b->start && a->stop == b->stop &&
         a->sentence == b->sentence && a->certainty == b->certainty &&
         a->flags == b->flags;
}

/* as the pool's: the hash beside the index, entries compared on a match */
static int evtab_rehash (ds_Mem *m, ds_Deal *d, size_t cap) {
  uint64_t *t;
  size_t k;
  if (cap > (size_t)-1 / sizeof(uint64_t)) return DS_ENOMEM;
  t = (uint64_t *)m->f(m->ud, NULL, 0, cap * sizeof(uint64_t));
  if (t == NULL) return DS_ENOMEM;
  memset(t, 0, cap * sizeof(uint64_t));
  for (k = 0; k < d->nev; k++) {
    uint32_t h = evhash(&d->ev[k]);
    size_t i = h & (cap - 1);
    while (t[i] != 0) i = (i + 1) & (cap - 1);
    t[i] = (uint64_t)h << 32 | (k + 1);
  }
  ds_free(m, d->evtab, d->captab, sizeof(uint64_t));
  d->evtab = t;
  d->captab = cap;
  return DS_OK;
}

int ds_deal_add (ds_Mem *m, ds_Deal *d, const ds_Ev *e) {
  size_t i, mask;
  uint32_t h;
  if ((d->nev + 1) * 2 > d->captab &&
      evtab_rehash(m, d, d->captab ? d->captab * 2 : 64) != DS_OK)
    return DS_ENOMEM;
  mask = d->captab - 1;
  h = evhash(e);
  for (i = h & mask; d->evtab[i] != 0; i = (i + 1) & mask)
    if ((uint32_t)(d->evtab[i] >> 32) == h &&
        eveq(&d->ev[(uint32_t)d->evtab[i] - 1], e))
      return DS_OK;                    /* already there */
  if (d->nev >= UINT32_MAX - 1) return DS_ETOOBIG;
  if (ds_grow(m, (void **)&d->ev, &d->capev, d->nev + 1, sizeof(ds_Ev)) != DS_OK)
    return DS_ENOMEM;
  d->ev[d->nev] = *e;
  d->evtab[i] = (uint64_t)h << 32 | ++d->nev;
  d->state = 0;
  return DS_OK;
}

/* the id in 'd' of string 'id' of 'src', through the cache 'map' */
static int translate (ds_Mem *m, ds_Deal *d, const ds_Deal *src,
                      uint32_t *map, uint32_t *id) {
  size_t len;
  const char *s;
  int r;
  if (*id == 0) return DS_OK;
  if (map[*id] == 0) {
    s = ds_pool_get(&src->pool, *id, &len);
    if ((r = ds_pool_intern(m, &d->pool, s, len, &map[*id])) != DS_OK)
      return r;
  }
  *id = map[*id];
  return DS_OK;
}

int ds_deal_absorb (ds_Mem *m, ds_Deal *d, const ds_Deal *src) {
  uint32_t *map;
  size_t k;
  int r = DS_OK;
  if (src == d || src->nev == 0) return DS_OK;
  if ((map = newids(m, src->pool.n)) == NULL) return DS_ENOMEM;
  for (k = 0; k < src->nev && r == DS_OK; k++) {
    ds_Ev e = src->ev[k];
    uint32_t *f[11];
    int i;
    f[0] = &e.label; f[1] = &e.actor; f[2] = &e.counterpart;
    f[3] = &e.object; f[4] = &e.doc; f[5] = &e.date; f[6] = &e.source;
    f[7] = &e.rule; f[8] = &e.text; f[9] = &e.attribution; f[10] = &e.figs;
    for (i = 0; i < 11 && r == DS_OK; i++)
      r = translate(m, d, src, map, f[i]);
    if (r == DS_OK) r = ds_deal_add(m, d, &e);
  }
  ds_free(m, map, src->pool.n, sizeof(uint32_t));
  return r;
}


/* ---------------------------------------------------------------- */
/* figure compatibility                                              */
/* ---------------------------------------------------------------- */

typedef struct Fig {
  const unsigned char *p;   /* first field */
  int n;
} Fig;

/* the figure at 'q' of a list ending at 'end'; 0 at the end */
static int nextfig (const unsigned char **q, const unsigned char *end,
                    Fig *g) {
  ds_Field f;
  int i;
  const unsigned char *p = *q;
  if (p >= end) return 0;
  g->n = *p++;
  g->p = p;
  for (i = 0; i < g->n; i++)
    p = readfield(p, &f);
  *q = p;
  return 1;
}

/* 1: a class field (kind, unit, per); 0: not compared; 2: a value */
static int fieldpart (const ds_Field *f) {
  if ((f->namelen == 4 && memcmp(f->name, "kind", 4) == 0) ||
      (f->namelen == 4 && memcmp(f->name, "unit", 4) == 0) ||
      (f->namelen == 3 && memcmp(f->name, "per", 3) == 0))
    return 1;
  if ((f->namelen == 4 && memcmp(f->name, "text", 4) == 0) ||
      (f->namelen == 5 && memcmp(f->name, "bound", 5) == 0) ||
      (f->namelen == 8 && memcmp(f->name, "conflict", 8) == 0))
    return 0;
  return 2;
}

/* the fields of 'part' of two figures are equal */
static int parteq (const Fig *a, const Fig *b, int part) {
  const unsigned char *pa = a->p, *pb = b->p;
  int ia = 0, ib = 0;
  ds_Field fa, fb;
  for (;;) {
    int ha = 0, hb = 0;
    while (ia < a->n) {
      pa = readfield(pa, &fa);
      ia++;
      if (fieldpart(&fa) == part) { ha = 1; break; }
    }
    while (ib < b->n) {
      pb = readfield(pb, &fb);
      ib++;
      if (fieldpart(&fb) == part) { hb = 1; break; }
    }
    if (!ha || !hb) return ha == hb;
    if (fa.rawlen != fb.rawlen || memcmp(fa.raw, fb.raw, fa.rawlen) != 0)
      return 0;
  }
}

int ds_fig_sameclass (const unsigned char *a, const unsigned char *b) {
  Fig x, y;
  x.n = *a; x.p = a + 1; y.n = *b; y.p = b + 1;
  return parteq(&x, &y, 1);
}

int ds_fig_samevalue (const unsigned char *a, const unsigned char *b) {
  Fig x, y;
  x.n = *a; x.p = a + 1; y.n = *b; y.p = b + 1;
  return parteq(&x, &y, 1) && parteq(&x, &y, 2);
}

/*
** Two figure lists conflict when a class is in both and no value of
** that class is in both: for each figure x of A, look at every figure
** of A in x's class against every figure of B in it.
*/
static int compatible (const ds_Pool *pool, uint32_t fa, uint32_t fb) {
  const unsigned char *sa, *sb, *ea, *eb, *ia, *ja, *ib;
  Fig x, x2, y;
  size_t la, lb;
  if (fa == 0 || fb == 0 || fa == fb) return 1;
  sa = (const unsigned char *)ds_pool_get(pool, fa, &la);
  sb = (const unsigned char *)ds_pool_get(pool, fb, &lb);
  ea = sa + la;
  eb = sb + lb;
  ia = sa;
  while (nextfig(&ia, ea, &x)) {
    int shared = 0, equal = 0;
    ja = sa;
    while (!equal && nextfig(&ja, ea, &x2)) {
      if (!parteq(&x, &x2, 1)) continue;
      ib = sb;
      while (nextfig(&ib, eb, &y)) {
        if (!parteq(&x2, &y, 1)) continue;
        shared = 1;
        if (parteq(&x2, &y, 2)) { equal = 1; break; }
      }
    }
    if (shared && !equal) return 0;
  }
  return 1;
}


/* ---------------------------------------------------------------- */
/* sorting with a context (qsort has none)                           */
/* ---------------------------------------------------------------- */

void ds_sort32 (uint32_t *v, uint32_t *tmp, size_t n,
                int (*cmp) (const void *, uint32_t, uint32_t),
                const void *ctx) {
  size_t h, i, j, k;
  if (n < 12) {                        /* insertion sort */
    for (i = 1; i < n; i++) {
      uint32_t t = v[i];
      for (j = i; j > 0 && cmp(ctx, v[j - 1], t) > 0; j--) v[j] = v[j - 1];
      v[j] = t;
    }
    return;
  }
  h = n / 2;
  ds_sort32(v, tmp, h, cmp, ctx);
  ds_sort32(v + h, tmp, n - h, cmp, ctx);
  if (cmp(ctx, v[h - 1], v[h]) <= 0) return;   /* already in order */
  memcpy(tmp, v, h * sizeof(uint32_t));
  i = 0; j = h; k = 0;
  while (i < h && j < n)
    v[k++] = cmp(ctx, v[j], tmp[i]) < 0 ? v[j++] : tmp[i++];
  while (i < h) v[k++] = tmp[i++];
}


/* ---------------------------------------------------------------- */
/* the merge                                                         */
/* ---------------------------------------------------------------- */

typedef struct Post {
  uint32_t label, actor, word;   /* word 0: the object has no word */
  uint32_t doc, anchor, multi;   /* multi: seen in two documents */
} Post;

typedef struct Work {
  ds_Pool words;
  uint32_t *wsoff;      /* object id -> 1 + index in wl (0: not yet) */
  size_t nwsoff;
  uint32_t *wl;         /* word lists: count, then word ids */
  size_t nwl, capwl;
  Post *post;
  size_t npost, cappost;
  uint32_t *ptab;       /* posting hash: index + 1 */
  size_t captab;
  uint32_t *pw;         /* per evidence, per word: its posting */
  size_t npw, cappw;
  uint32_t *par;        /* union-find */
  uint32_t *off;        /* one-document postings: member offsets */
  uint32_t *mem;        /* and members */
  uint32_t *tmp;        /* sort scratch */
  size_t noff, nmem, npar;
  ds_Buf tb;
} Work;

static void work_free (ds_Mem *m, Work *w) {
  ds_pool_free(m, &w->words);
  ds_free(m, w->wsoff, w->nwsoff, sizeof(uint32_t));
  ds_free(m, w->wl, w->capwl, sizeof(uint32_t));
  ds_free(m, w->post, w->cappost, sizeof(Post));
  ds_free(m, w->ptab, w->captab, sizeof(uint32_t));
  ds_free(m, w->pw, w->cappw, sizeof(uint32_t));
  ds_free(m, w->par, w->npar, sizeof(uint32_t));
  ds_free(m, w->off, w->noff, sizeof(uint32_t));
  ds_free(m, w->mem, w->nmem, sizeof(uint32_t));
  ds_free(m, w->tmp, w->nmem, sizeof(uint32_t));
  ds_buf_free(m, &w->tb);
}

/* the word list of object 'obj' (computed once per object) */
static int objwords (ds_Mem *m, const ds_Deal *d, Work *w, uint32_t obj,
                     const uint32_t **list) {
  if (w->wsoff[obj] == 0) {
    size_t n = 0, at = w->nwl, i, a;
    if (obj != 0) {
      size_t len;
      const char *s = ds_pool_get(&d->pool, obj, &len);
      w->tb.n = 0;
      if (ds_deal_words(m, s, len, &w->tb, &n) != DS_OK) return DS_ENOMEM;
    }
    if (ds_grow(m, (void **)&w->wl, &w->capwl, w->nwl + n + 1,
                sizeof(uint32_t)) != DS_OK)
      return DS_ENOMEM;
    w->wl[w->nwl++] = (uint32_t)n;
    for (i = 0, a = 0; i < n; i++) {
      size_t e = a;
      uint32_t id;
      while (e < w->tb.n && w->tb.p[e] != ' ') e++;
      if (ds_pool_intern(m, &w->words, w->tb.p + a, e - a, &id) != DS_OK)
        return DS_ENOMEM;
      w->wl[w->nwl++] = id;
      a = e + 1;
    }
    w->wsoff[obj] = (uint32_t)at + 1;
  }
  *list = &w->wl[w->wsoff[obj] - 1];
  return DS_OK;
}

static uint32_t posthash (uint32_t label, uint32_t actor, uint32_t word) {
  uint64_t h = mix64(step(step(step(0, label), actor), word));
  return (uint32_t)(h ^ (h >> 32));
}

static int ptab_rehash (ds_Mem *m, Work *w, size_t cap) {
  uint32_t *t = newids(m, cap);
  size_t k;
  if (t == NULL) return DS_ENOMEM;
  for (k = 0; k < w->npost; k++) {
    const Post *p = &w->post[k];
    size_t i = posthash(p->label, p->actor, p->word) & (cap - 1);
    while (t[i] != 0) i = (i + 1) & (cap - 1);
    t[i] = (uint32_t)k + 1;
  }
  ds_free(m, w->ptab, w->captab, sizeof(uint32_t));
  w->ptab = t;
  w->captab = cap;
  return DS_OK;
}

/* find or make the posting of (label, actor, word) for evidence 'e' */
static int posting (ds_Mem *m, Work *w, const ds_Ev *ev, uint32_t e,
                    uint32_t word, uint32_t *out) {
  const ds_Ev *x = &ev[e];
  size_t i, mask;
  Post *p;
  if ((w->npost + 1) * 2 > w->captab &&
      ptab_rehash(m, w, w->captab ? w->captab * 2 : 64) != DS_OK)
    return DS_ENOMEM;
  mask = w->captab - 1;
  for (i = posthash(x->label, x->actor, word) & mask; w->ptab[i] != 0;
       i = (i + 1) & mask) {
    p = &w->post[w->ptab[i] - 1];
    if (p->label == x->label && p->actor == x->actor && p->word == word) {
      if (p->doc != x->doc) p->multi = 1;
      *out = w->ptab[i] - 1;
      return DS_OK;
    }
  }
  if (ds_grow(m, (void **)&w->post, &w->cappost, w->npost + 1,
              sizeof(Post)) != DS_OK)
    return DS_ENOMEM;
  p = &w->post[w->npost];
  p->label = x->label;
  p->actor = x->actor;
  p->word = word;
  p->doc = x->doc;
  p->anchor = e;
  p->multi = 0;
  w->ptab[i] = (uint32_t)++w->npost;
  *out = (uint32_t)w->npost - 1;
  return DS_OK;
}

static uint32_t find (uint32_t *par, uint32_t x) {
  while (par[x] != x) {
    par[x] = par[par[x]];
    x = par[x];
  }
  return x;
}

/* the root of a component is its smallest index (ds_deal_merge uses it) */
static void unite (uint32_t *par, uint32_t a, uint32_t b) {
  a = find(par, a);
  b = find(par, b);
  if (a < b) par[b] = a;
  else if (b < a) par[a] = b;
}

static int figscmp (const void *ctx, uint32_t a, uint32_t b) {
  const ds_Ev *ev = (const ds_Ev *)ctx;
  return ev[a].figs < ev[b].figs ? -1 : ev[a].figs > ev[b].figs;
}

/* more distinct figure lists than this in one posting: no pairing */
#define MAXPAIRS 64

/*
** Members of a posting within one document: link those with
** compatible figures. Equal lists are compatible, and an entry without
** figures is compatible with all.
*/
static void link_compatible (const ds_Deal *d, Work *w, uint32_t *v,
                             size_t k, int generic) {
  size_t i, j, ng = 0;
  uint32_t g[MAXPAIRS];
  ds_sort32(v, w->tmp, k, figscmp, d->ev);
  if (generic) {
    /* objects without a content word ("tariffs") tell measures apart by
       their figures alone: only the same figures make the same measure,
       so "roll back tariffs" does not join "the 20% tariff" to "the 100%
       hike" */
    for (i = 1; i < k; i++)
      if (d->ev[v[i]].figs == d->ev[v[i - 1]].figs)
        unite(w->par, v[i - 1], v[i]);
    return;
  }
  if (d->ev[v[0]].figs == 0) {         /* one without figures */
    for (i = 1; i < k; i++) unite(w->par, v[0], v[i]);
    return;
  }
  for (i = 0; i < k; i++) {
    if (i > 0 && d->ev[v[i]].figs == d->ev[v[i - 1]].figs)
      unite(w->par, v[i - 1], v[i]);
    else if (ng < MAXPAIRS)
      g[ng++] = v[i];
    else {                             /* too many: link them all */
      for (j = 1; j < k; j++) unite(w->par, v[0], v[j]);
      return;
    }
  }
  for (i = 0; i < ng; i++)
    for (j = i + 1; j < ng; j++)
      if (compatible(&d->pool, d->ev[g[i]].figs, d->ev[g[j]].figs))
        unite(w->par, g[i], g[j]);
}

static int alloc_ids (ds_Mem *m, uint32_t **p, size_t n) {
  *p = newids(m, n ? n : 1);
  return *p ? DS_OK : DS_ENOMEM;
}

static int merge (ds_Mem *m, ds_Deal *d, Work *w) {
  size_t e, j, i;
  const uint32_t *wl;
  w->nwsoff = d->pool.n ? d->pool.n : 1;
  w->npar = d->nev ? d->nev : 1;
  if (alloc_ids(m, &w->wsoff, w->nwsoff) != DS_OK ||
      alloc_ids(m, &w->par, w->npar) != DS_OK)
    return DS_ENOMEM;
  /* postings */
  for (e = 0; e < d->nev; e++) {
    uint32_t nw, p, k;
    if (objwords(m, d, w, d->ev[e].object, &wl) != DS_OK) return DS_ENOMEM;
    nw = wl[0];
    if (ds_grow(m, (void **)&w->pw, &w->cappw, w->npw + (nw ? nw : 1),
                sizeof(uint32_t)) != DS_OK)
      return DS_ENOMEM;
    for (k = 0; k < (nw ? nw : 1); k++) {
      /* objwords may move wl: take the word before the next call */
      uint32_t word = nw ? wl[1 + k] : 0;
      if (posting(m, w, d->ev, (uint32_t)e, word, &p) != DS_OK)
        return DS_ENOMEM;
      w->pw[w->npw++] = p;
    }
  }
  /* postings that span documents join all their members */
  for (e = 0; e < d->nev; e++) w->par[e] = (uint32_t)e;
  w->noff = w->npost + 1;
  if (alloc_ids(m, &w->off, w->noff) != DS_OK) return DS_ENOMEM;
  for (e = 0, j = 0; e < d->nev; e++) {
    uint32_t nw = w->wl[w->wsoff[d->ev[e].object] - 1];
    for (i = 0; i < (nw ? nw : 1); i++, j++) {
      const Post *p = &w->post[w->pw[j]];
      if (p->multi) unite(w->par, p->anchor, (uint32_t)e);
      else w->off[w->pw[j] + 1]++;
    }
  }
  /* the others link their members by figures */
  for (i = 1; i <= w->npost; i++) w->off[i] += w->off[i - 1];
  w->nmem = w->off[w->npost] ? w->off[w->npost] : 1;
  if (alloc_ids(m, &w->mem, w->nmem) != DS_OK ||
      alloc_ids(m, &w->tmp, w->nmem) != DS_OK)
    return DS_ENOMEM;
  for (e = 0, j = 0; e < d->nev; e++) {
    uint32_t nw = w->wl[w->wsoff[d->ev[e].object] - 1];
    for (i = 0; i < (nw ? nw : 1); i++, j++)
      if (!w->post[w->pw[j]].multi)
        w->mem[w->off[w->pw[j]]++] = (uint32_t)e;
  }
  for (i = w->npost; i > 0; i--) w->off[i] = w->off[i - 1];  /* restore */
  w->off[0] = 0;
  for (i = 0; i < w->npost; i++) {
    size_t k = w->off[i + 1] - w->off[i];
    if (!w->post[i].multi && k >= 2)
      link_compatible(d, w, w->mem + w->off[i], k, w->post[i].word == 0);
  }
  /* number the components in the order of their smallest member */
  if (ds_grow(m, (void **)&d->comp, &d->capcomp, d->nev ? d->nev : 1,
              sizeof(uint32_t)) != DS_OK)
    return DS_ENOMEM;
  d->nprov = 0;
  for (e = 0; e < d->nev; e++) {
    uint32_t r = find(w->par, (uint32_t)e);
    d->comp[e] = r == e ? (uint32_t)d->nprov++ : d->comp[r];
  }
  return DS_OK;
}

int ds_deal_merge (ds_Mem *m, ds_Deal *d) {
  Work w;
  int r;
  if (d->state >= 1) return DS_OK;
  memset(&w, 0, sizeof(w));
  ds_pool_init(&w.words);
  ds_buf_init(&w.tb);
  r = merge(m, d, &w);
  work_free(m, &w);
  if (r == DS_OK) d->state = 1;
  return r;
}
