/*
** ds_deal_view.c -- what a deal shows: its provisions in a stable
** order, each summarised from its evidence, walked into a ds_Sink (the
** JSON writer or the Lua table builder).
**
** Every order here compares content, never pool ids, so two deals with
** the same evidence print the same, however it was added:
** - evidence in a provision: by date (undated first), document, offsets,
**   then every other field;
** - provisions: by their first evidence (the earliest statement);
** - the representative of a provision, whose certainty, negation, rule,
**   text and attribution it shows: the strongest certainty, then the
**   latest date, then the order above. Its object and counterpart are
**   the first present in that order; its figures are every distinct
**   figure of its evidence in that order, those of a class with more
**   than one value flagged "conflict".
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_deal.h"


static int strcmp_id (const ds_Pool *p, uint32_t a, uint32_t b) {
  size_t la, lb;
  const char *sa, *sb;
  int c;
  if (a == b) return 0;
  if (a == 0) return -1;               /* absent first */
  if (b == 0) return 1;
  sa = ds_pool_get(p, a, &la);
  sb = ds_pool_get(p, b, &lb);
  c = memcmp(sa, sb, la < lb ? la : lb);
  if (c != 0) return c;
  return la < lb ? -1 : la > lb;
}

static int optcmp (const ds_Ev *a, const ds_Ev *b, int flag, uint32_t x,
                   uint32_t y) {
  int ha = (a->flags & flag) != 0, hb = (b->flags & flag) != 0;
  if (ha != hb) return ha ? 1 : -1;
  return x < y ? -1 : x > y;
}

/* the output order of evidence: a total order on content */
static int evcmp (const void *ctx, uint32_t x, uint32_t y) {
  const ds_Deal *d = (const ds_Deal *)ctx;
  const ds_Pool *p = &d->pool;
  const ds_Ev *a = &d->ev[x], *b = &d->ev[y];
  int c;
  if (x == y) return 0;
  if ((c = strcmp_id(p, a->date, b->date)) != 0) return c;
  if ((c = strcmp_id(p, a->doc, b->doc)) != 0) return c;
  if ((c = optcmp(a, b, DS_EV_START, a->start, b->start)) != 0) return c;
  if ((c = optcmp(a, b, DS_EV_STOP, a->stop, b->stop)) != 0) return c;
  if ((c = strcmp_id(p, a->label, b->label)) != 0) return c;
  if ((c = strcmp_id(p, a->actor, b->actor)) != 0) return c;
  if (a->certainty != b->certainty) return a->certainty > b->certainty ? -1 : 1;
  if ((c = strcmp_id(p, a->object, b->object)) != 0) return c;
  if ((c = strcmp_id(p, a->counterpart, b->counterpart)) != 0) return c;
  if ((c = optcmp(a, b, DS_EV_SENTENCE, a->sentence, b->sentence)) != 0)
    return c;
  if ((c = optcmp(a, b, DS_EV_NEGATED, 0, 0)) != 0) return c;
  if ((c = strcmp_id(p, a->text, b->text)) != 0) return c;
  if ((c = strcmp_id(p, a->attribution, b->attribution)) != 0) return c;
  if ((c = strcmp_id(p, a->rule, b->rule)) != 0) return c;
  if ((c = strcmp_id(p, a->source, b->source)) != 0) return c;
  return strcmp_id(p, a->figs, b->figs);
}

/* the representative first: strongest, then latest, then output order */
static int repcmp (const void *ctx, uint32_t x, uint32_t y) {
  const ds_Deal *d = (const ds_Deal *)ctx;
  const ds_Ev *a = &d->ev[x], *b = &d->ev[y];
  if (a->certainty != b->certainty) return a->certainty > b->certainty ? -1 : 1;
  if (a->date != b->date) {
    if (a->date == 0) return 1;        /* undated last */
    if (b->date == 0) return -1;
    return -strcmp_id(&d->pool, a->date, b->date);
  }
  return evcmp(ctx, x, y);
}

/* provisions by their first evidence */
static int provcmp (const void *ctx, uint32_t x, uint32_t y) {
  const ds_Deal *d = (const ds_Deal *)ctx;
  return evcmp(ctx, d->order[d->first[x]], d->order[d->first[y]]);
}

static int idcmp (const void *ctx, uint32_t x, uint32_t y) {
  return strcmp_id((const ds_Pool *)ctx, x, y);
}

static int reserve (ds_Mem *m, ds_Buf *b, size_t bytes) {
  return ds_grow(m, (void **)&b->p, &b->cap, bytes, 1);
}

static uint32_t *ids (ds_Mem *m, size_t n) {
  if (n > (size_t)-1 / sizeof(uint32_t)) return NULL;
  return (uint32_t *)m->f(m->ud, NULL, 0, (n ? n : 1) * sizeof(uint32_t));
}

static int order (ds_Mem *m, ds_Deal *d, uint32_t *cur, uint32_t *perm,
                  uint32_t *o2) {
  size_t np = d->nprov, ne = d->nev, p, e, k, i;
  if (ds_grow(m, (void **)&d->order, &d->caporder, ne ? ne : 1,
              sizeof(uint32_t)) != DS_OK ||
      ds_grow(m, (void **)&d->first, &d->capfirst, np + 1,
              sizeof(uint32_t)) != DS_OK)
    return DS_ENOMEM;
  /* group by provision */
  memset(d->first, 0, (np + 1) * sizeof(uint32_t));
  for (e = 0; e < ne; e++) d->first[d->comp[e] + 1]++;
  for (p = 0; p < np; p++) d->first[p + 1] += d->first[p];
  memcpy(cur, d->first, (np + 1) * sizeof(uint32_t));
  for (e = 0; e < ne; e++) d->order[cur[d->comp[e]]++] = (uint32_t)e;
  /* sort each provision's evidence, then the provisions */
  for (p = 0; p < np; p++)
    ds_sort32(d->order + d->first[p], cur, d->first[p + 1] - d->first[p],
              evcmp, d);
  for (p = 0; p < np; p++) perm[p] = (uint32_t)p;
  ds_sort32(perm, cur, np, provcmp, d);
  for (i = 0, k = 0; i < np; i++) {
    size_t a = d->first[perm[i]], n = d->first[perm[i] + 1] - a;
    memcpy(o2 + k, d->order + a, n * sizeof(uint32_t));
    for (e = 0; e < n; e++) d->comp[o2[k + e]] = (uint32_t)i;
    cur[i] = (uint32_t)k;
    k += n;
  }
  cur[np] = (uint32_t)ne;
  memcpy(d->order, o2, ne * sizeof(uint32_t));
  memcpy(d->first, cur, (np + 1) * sizeof(uint32_t));
  return DS_OK;
}

int ds_deal_order (ds_Mem *m, ds_Deal *d) {
  uint32_t *cur, *perm, *o2;
  size_t ncur;
  int r;
  if ((r = ds_deal_merge(m, d)) != DS_OK) return r;
  if (d->state >= 2) return DS_OK;
  ncur = (d->nev > d->nprov ? d->nev : d->nprov) + 1;
  cur = ids(m, ncur);
  perm = ids(m, d->nprov);
  o2 = ids(m, d->nev);
  r = (cur && perm && o2) ? order(m, d, cur, perm, o2) : DS_ENOMEM;
  ds_free(m, cur, ncur, sizeof(uint32_t));
  ds_free(m, perm, d->nprov ? d->nprov : 1, sizeof(uint32_t));
  ds_free(m, o2, d->nev ? d->nev : 1, sizeof(uint32_t));
  if (r == DS_OK) d->state = 2;
  return r;
}


/* ---------------------------------------------------------------- */
/* walks                                                             */
/* ---------------------------------------------------------------- */

static int kid (ds_Sink *k, const ds_Pool *p, const char *key, uint32_t id) {
  size_t len;
  const char *s;
  if (id == 0) return DS_OK;
  s = ds_pool_get(p, id, &len);
  return ds_sink_kstr(k, key, s, len);
}

/* one figure's fields; 'flag' adds conflict = true (and hides a
   field of that name) */
static int walk_figure (ds_Sink *k, const unsigned char *fig, int flag,
                        int merged) {
  ds_Field f[DS_FIG_MAXFIELDS];
  const unsigned char *next;
  int n = ds_fig_read(fig, f, &next), i;
  if (k->open(k, 0) != DS_OK) return DS_ENOMEM;
  for (i = 0; i < n; i++) {
    if (merged && f[i].namelen == 8 && memcmp(f[i].name, "conflict", 8) == 0)
      continue;
    if (k->key(k, f[i].name, f[i].namelen) != DS_OK) return DS_ENOMEM;
    switch (f[i].type) {
      case 'i': if (k->integer(k, f[i].i) != DS_OK) return DS_ENOMEM; break;
      case 'f': if (k->number(k, f[i].f) != DS_OK) return DS_ENOMEM; break;
      case 's':
        if (k->str(k, f[i].s, f[i].slen) != DS_OK) return DS_ENOMEM;
        break;
      default: if (k->boolean(k, f[i].b) != DS_OK) return DS_ENOMEM;
    }
  }
  if (flag && ds_sink_kbool(k, "conflict", 1) != DS_OK) return DS_ENOMEM;
  return k->close(k, 0);
}

static int walk_figs (ds_Sink *k, const ds_Pool *pool, uint32_t figs) {
  if (k->key(k, "figures", 7) != DS_OK || k->open(k, 1) != DS_OK)
    return DS_ENOMEM;
  if (figs != 0) {
    ds_Field f[DS_FIG_MAXFIELDS];
    size_t len;
    const unsigned char *p = (const unsigned char *)ds_pool_get(pool, figs, &len);
    const unsigned char *end = p + len;
    while (p < end) {
      if (walk_figure(k, p, 0, 0) != DS_OK) return DS_ENOMEM;
      ds_fig_read(p, f, &p);
    }
  }
  return k->close(k, 1);
}

static int walk_evidence (ds_Sink *k, const ds_Deal *d, uint32_t x) {
  const ds_Pool *p = &d->pool;
  const ds_Ev *e = &d->ev[x];
  const char *ct = ds_certainty_name(e->certainty);
  if (k->open(k, 0) != DS_OK ||
      kid(k, p, "document", e->doc) != DS_OK ||
      kid(k, p, "date", e->date) != DS_OK ||
      kid(k, p, "source", e->source) != DS_OK ||
      ((e->flags & DS_EV_START) && ds_sink_kint(k, "start", e->start) != DS_OK) ||
      ((e->flags & DS_EV_STOP) && ds_sink_kint(k, "stop", e->stop) != DS_OK) ||
      ((e->flags & DS_EV_SENTENCE) &&
       ds_sink_kint(k, "sentence", e->sentence) != DS_OK) ||
      ds_sink_kstr(k, "certainty", ct, strlen(ct)) != DS_OK ||
      ds_sink_kbool(k, "negated", (e->flags & DS_EV_NEGATED) != 0) != DS_OK ||
      kid(k, p, "object", e->object) != DS_OK ||
      kid(k, p, "counterpart", e->counterpart) != DS_OK ||
      kid(k, p, "attribution", e->attribution) != DS_OK ||
      kid(k, p, "rule", e->rule) != DS_OK ||
      walk_figs(k, p, e->figs) != DS_OK ||
      kid(k, p, "text", e->text) != DS_OK)
    return DS_ENOMEM;
  return k->close(k, 0);
}

/*
** The distinct figures of the evidence 'rv[0..n)' (in that order) as
** pointers in d->tmp2, and their conflict flags in d->tmp3.
*/
static int mergefigs (ds_Mem *m, ds_Deal *d, const uint32_t *rv, size_t n,
                      size_t *nkept) {
  const unsigned char **kept;
  size_t i, j, nk = 0;
  ds_Field f[DS_FIG_MAXFIELDS];
  for (i = 0; i < n; i++) {
    size_t len;
    const unsigned char *p, *end, *next;
    if (d->ev[rv[i]].figs == 0) continue;
    p = (const unsigned char *)ds_pool_get(&d->pool, d->ev[rv[i]].figs, &len);
    for (end = p + len; p < end; p = next) {
      int dup = 0;
      ds_fig_read(p, f, &next);
      kept = (const unsigned char **)d->tmp2.p;
      for (j = 0; j < nk && !dup; j++)
        dup = ds_fig_samevalue(kept[j], p);
      if (dup) continue;
      if (nk + 1 > (size_t)-1 / sizeof(*kept) ||
          reserve(m, &d->tmp2, (nk + 1) * sizeof(*kept)) != DS_OK)
        return DS_ENOMEM;
      ((const unsigned char **)d->tmp2.p)[nk++] = p;
    }
  }
  if (reserve(m, &d->tmp3, nk ? nk : 1) != DS_OK) return DS_ENOMEM;
  kept = (const unsigned char **)d->tmp2.p;
  for (i = 0; i < nk; i++) {
    d->tmp3.p[i] = 0;
    for (j = 0; j < nk; j++)
      if (j != i && ds_fig_sameclass(kept[i], kept[j]) &&
          !ds_fig_samevalue(kept[i], kept[j]))
        d->tmp3.p[i] = 1;
  }
  *nkept = nk;
  return DS_OK;
}

int ds_deal_walk_provision (ds_Mem *m, ds_Deal *d, size_t p, ds_Sink *k) {
  size_t a = d->first[p], n = d->first[p + 1] - a, i, nk;
  uint32_t *rv, obj = 0, cpt = 0;
  const ds_Ev *rep;
  const ds_Pool *pool = &d->pool;
  const char *ct;
  int conflict = 0;
  if (n > ((size_t)-1 / sizeof(uint32_t)) / 2 ||
      reserve(m, &d->tmp, 2 * n * sizeof(uint32_t)) != DS_OK)
    return DS_ENOMEM;
  rv = (uint32_t *)d->tmp.p;
  memcpy(rv, d->order + a, n * sizeof(uint32_t));
  ds_sort32(rv, rv + n, n, repcmp, d);
  rep = &d->ev[rv[0]];
  for (i = 0; i < n; i++) {
    if (obj == 0) obj = d->ev[rv[i]].object;
    if (cpt == 0) cpt = d->ev[rv[i]].counterpart;
  }
  if (mergefigs(m, d, rv, n, &nk) != DS_OK) return DS_ENOMEM;
  for (i = 0; i < nk; i++) conflict |= d->tmp3.p[i];
  ct = ds_certainty_name(rep->certainty);
  if (k->open(k, 0) != DS_OK ||
      kid(k, pool, "label", rep->label) != DS_OK ||
      kid(k, pool, "actor", rep->actor) != DS_OK ||
      kid(k, pool, "counterpart", cpt) != DS_OK ||
      kid(k, pool, "object", obj) != DS_OK ||
      ds_sink_kstr(k, "certainty", ct, strlen(ct)) != DS_OK ||
      ds_sink_kbool(k, "negated", (rep->flags & DS_EV_NEGATED) != 0) != DS_OK ||
      ds_sink_kbool(k, "conflict", conflict) != DS_OK ||
      k->key(k, "figures", 7) != DS_OK || k->open(k, 1) != DS_OK)
    return DS_ENOMEM;
  for (i = 0; i < nk; i++)
    if (walk_figure(k, ((const unsigned char **)d->tmp2.p)[i],
                    d->tmp3.p[i], 1) != DS_OK)
      return DS_ENOMEM;
  if (k->close(k, 1) != DS_OK ||
      kid(k, pool, "rule", rep->rule) != DS_OK ||
      kid(k, pool, "text", rep->text) != DS_OK ||
      kid(k, pool, "attribution", rep->attribution) != DS_OK ||
      k->key(k, "evidence", 8) != DS_OK || k->open(k, 1) != DS_OK)
    return DS_ENOMEM;
  for (i = 0; i < n; i++)
    if (walk_evidence(k, d, d->order[a + i]) != DS_OK) return DS_ENOMEM;
  if (k->close(k, 1) != DS_OK) return DS_ENOMEM;
  return k->close(k, 0);
}

int ds_deal_walk_parties (ds_Mem *m, ds_Deal *d, ds_Sink *k) {
  size_t np = d->pool.n, e, n = 0, i;
  uint32_t *list;
  unsigned char *mark;
  if (reserve(m, &d->tmp3, np ? np : 1) != DS_OK) return DS_ENOMEM;
  mark = (unsigned char *)d->tmp3.p;
  memset(mark, 0, np);
  for (e = 0; e < d->nev; e++) {
    uint32_t x[2];
    int j;
    x[0] = d->ev[e].actor;
    x[1] = d->ev[e].counterpart;
    for (j = 0; j < 2; j++)
      if (x[j] != 0 && !mark[x[j]]) { mark[x[j]] = 1; n++; }
  }
  if (n > ((size_t)-1 / sizeof(uint32_t)) / 2 ||
      reserve(m, &d->tmp, 2 * n * sizeof(uint32_t) + 1) != DS_OK)
    return DS_ENOMEM;
  list = (uint32_t *)d->tmp.p;
  for (i = 1, n = 0; i < np; i++)
    if (mark[i]) list[n++] = (uint32_t)i;
  ds_sort32(list, list + n, n, idcmp, &d->pool);
  if (k->open(k, 1) != DS_OK) return DS_ENOMEM;
  for (i = 0; i < n; i++) {
    size_t len;
    const char *s = ds_pool_get(&d->pool, list[i], &len);
    if (k->str(k, s, len) != DS_OK) return DS_ENOMEM;
  }
  return k->close(k, 1);
}

int ds_deal_to_json (ds_Mem *m, ds_Deal *d, ds_Buf *out) {
  ds_JsonOut o;
  ds_Sink *k = &o.sink;
  size_t p;
  int r;
  if ((r = ds_deal_order(m, d)) != DS_OK) return r;
  ds_jsonout_init(&o, m, out);
  if (k->open(k, 0) != DS_OK ||
      ds_sink_kstr(k, "schema", "dealscope/1", 11) != DS_OK ||
      k->key(k, "deal", 4) != DS_OK || k->open(k, 0) != DS_OK ||
      k->key(k, "parties", 7) != DS_OK ||
      ds_deal_walk_parties(m, d, k) != DS_OK ||
      k->key(k, "provisions", 10) != DS_OK || k->open(k, 1) != DS_OK)
    return DS_ENOMEM;
  for (p = 0; p < d->nprov; p++)
    if (ds_deal_walk_provision(m, d, p, k) != DS_OK) return DS_ENOMEM;
  if (k->close(k, 1) != DS_OK || k->close(k, 0) != DS_OK)
    return DS_ENOMEM;
  return k->close(k, 0);
}
