/*
** ds_deal.h -- deal records: evidence stored as compact structs over an
** interned string pool, merged into provisions (the same measure said
** by one or many sources), walked into JSON or Lua tables.
**
** A deal is a set of evidence entries: one per provision a source
** stated (document, date, offsets, certainty, figures, text). The
** provisions of a deal are not stored: they are the connected
** components of the "same measure" relation over the evidence, so any
** two deals with the same evidence have the same provisions, whatever
** order it came in. See ds_deal.c for the relation and README.md
** "Deal records" for the policy.
** See LICENSE for copyright and licence.
*/
#ifndef ds_deal_h
#define ds_deal_h

#include "ds.h"
#include "ds_json.h"

/* certainty, weakest to strongest (0: not a certainty) */
enum ds_Certainty {
  DS_CT_NONE = 0, DS_CT_DENIED, DS_CT_CONDITIONAL, DS_CT_POSSIBLE,
  DS_CT_REPORTED, DS_CT_EXPECTED, DS_CT_STATED
};

DS_FUNC int ds_certainty_code (const char *s, size_t len);
DS_FUNC const char *ds_certainty_name (int code);


/* ---------------------------------------------------------------- */
/* string pool: each distinct string once, named by a 32-bit id      */
/* ---------------------------------------------------------------- */

typedef struct ds_PoolStr {
  size_t off;           /* in buf */
  uint32_t len, hash;
} ds_PoolStr;

typedef struct ds_Pool {
  char *buf;
  size_t nbuf, capbuf;
  ds_PoolStr *v;        /* v[0] unused: id 0 means "absent" */
  size_t n, capv;
  uint64_t *tab;        /* open addressing: hash << 32 | id; 0 is empty */
  size_t captab;        /* a power of two, or 0 */
} ds_Pool;

DS_FUNC void ds_pool_init (ds_Pool *p);
DS_FUNC void ds_pool_free (ds_Mem *m, ds_Pool *p);
DS_FUNC int ds_pool_intern (ds_Mem *m, ds_Pool *p, const char *s,
                            size_t len, uint32_t *id);

static inline const char *ds_pool_get (const ds_Pool *p, uint32_t id,
                                       size_t *len) {
  *len = p->v[id].len;
  return p->buf + p->v[id].off;
}


/* ---------------------------------------------------------------- */
/* figures: a canonical byte string per figure list                  */
/* ---------------------------------------------------------------- */

/*
** A figure list is encoded as: per figure, a byte with its number of
** fields, then its fields sorted by name, each as a byte with the name
** length, the name, a type byte and the value ('i' int64 and 'f'
** double as 8 raw bytes, 's' a 4-byte length and the bytes, 'b' one
** byte). The encoding holds no pool ids, so it compares and sorts the
** same in every deal; it is interned like any string.
*/
#define DS_FIG_MAXFIELDS 64

typedef struct ds_Field {
  const char *name;
  size_t namelen;
  int type;             /* 'i', 'f', 's', 'b' */
  int64_t i;
  double f;
  const char *s;        /* 's' */
  size_t slen;
  int b;
  const unsigned char *raw;   /* the whole encoded field */
  size_t rawlen;
} ds_Field;

/* append one figure of 'n' fields (sorted here) to 'b' */
DS_FUNC int ds_fig_encode (ds_Mem *m, ds_Buf *b, ds_Field *f, int n);

/*
** Read the figure at 'fig' (its count byte): its fields go to 'f' (room
** for DS_FIG_MAXFIELDS); returns their number and sets '*next' to the
** next figure. Walk a list with: p = s; while (p < s + len) ...
*/
DS_FUNC int ds_fig_read (const unsigned char *fig, ds_Field *f,
                         const unsigned char **next);

/* two encoded figures have the same class (kind, unit, per); the same
   class and value (every other field but text and bound) */
DS_FUNC int ds_fig_sameclass (const unsigned char *a, const unsigned char *b);
DS_FUNC int ds_fig_samevalue (const unsigned char *a, const unsigned char *b);

/* merge sort of v[0..n) by cmp(ctx, x, y), with tmp[0..n) as scratch */
DS_FUNC void ds_sort32 (uint32_t *v, uint32_t *tmp, size_t n,
                        int (*cmp) (const void *, uint32_t, uint32_t),
                        const void *ctx);


/* ---------------------------------------------------------------- */
/* evidence and deals                                                */
/* ---------------------------------------------------------------- */

#define DS_EV_START    0x01   /* start is set */
#define DS_EV_STOP     0x02
#define DS_EV_SENTENCE 0x04
#define DS_EV_NEGATED  0x08

/* one source's statement of a provision; string fields are pool ids */
typedef struct ds_Ev {
  uint32_t label, actor, counterpart, object;
  uint32_t doc, date, source, rule;
  uint32_t text, attribution, figs;
  uint32_t start, stop, sentence;      /* 1-based, as the Lua API */
  uint8_t certainty, flags;
} ds_Ev;

typedef struct ds_Deal {
  ds_Pool pool;
  ds_Ev *ev;
  size_t nev, capev;
  uint64_t *evtab;      /* evidence set: hash << 32 | index + 1 */
  size_t captab;
  /* derived: valid up to 'state' (0 stale, 1 merged, 2 ordered) */
  int state;
  size_t nprov;
  uint32_t *comp;       /* evidence -> provision */
  uint32_t *order;      /* evidence grouped by provision, output order */
  uint32_t *first;      /* provision p: order[first[p] .. first[p+1]) */
  size_t capcomp, caporder, capfirst;
  ds_Buf tmp, tmp2, tmp3;   /* scratch of the walkers */
} ds_Deal;

DS_FUNC void ds_deal_init (ds_Deal *d);
DS_FUNC void ds_deal_free (ds_Mem *m, ds_Deal *d);

/* add evidence (ids of d->pool); a copy of present evidence is dropped */
DS_FUNC int ds_deal_add (ds_Mem *m, ds_Deal *d, const ds_Ev *e);

/* add every evidence entry of 'src' (another deal) */
DS_FUNC int ds_deal_absorb (ds_Mem *m, ds_Deal *d, const ds_Deal *src);

/* compute the provisions (state 1), then their output order (state 2) */
DS_FUNC int ds_deal_merge (ds_Mem *m, ds_Deal *d);
DS_FUNC int ds_deal_order (ds_Mem *m, ds_Deal *d);

/* after ds_deal_order: the parties (sorted) and one provision */
DS_FUNC int ds_deal_walk_parties (ds_Mem *m, ds_Deal *d, ds_Sink *k);
DS_FUNC int ds_deal_walk_provision (ds_Mem *m, ds_Deal *d, size_t p,
                                    ds_Sink *k);

/* the whole deal as JSON text, schema dealscope/1, appended to 'out' */
DS_FUNC int ds_deal_to_json (ds_Mem *m, ds_Deal *d, ds_Buf *out);

/*
** The content words of an object name, as the merge compares them:
** folded, split at anything that is not a letter or digit, stop words,
** generic measure words and numbers dropped, lightly stemmed, each word
** once. Appended to 'out' separated by spaces; returns the count in
** '*n'.
*/
DS_FUNC int ds_deal_words (ds_Mem *m, const char *s, size_t len,
                           ds_Buf *out, size_t *n);

#endif
