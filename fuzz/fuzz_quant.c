/*
** fuzz_quant.c -- libFuzzer target for the quantity reader and its
** binding: any bytes must give figures in text order, inside the text,
** never overlapping, with finite values and sane dates, and come back
** through core.quantities (with and without a reference date) without
** a crash, a leak or an error.
** See LICENSE for copyright and licence.
*/
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "fuzz.h"
#include "ds_quant.h"


static void check_figure (const ds_Figure *f, size_t n, uint32_t last) {
  int k;
  if (f->start >= f->stop || f->stop > n || f->start < last) abort();
  if (f->bstop != 0 && (f->bstart >= f->bstop || f->bstop > f->start))
    abort();
  if (f->nstop != 0 && (f->nstart < f->start || f->nstop > f->stop))
    abort();
  if (f->percount && (f->pstart >= f->pstop || f->pstop > f->stop)) abort();
  for (k = 0; k < DS_QP_N; k++)
    if ((f->has & DS_QH(k)) && (!isfinite(f->lo[k]) || !isfinite(f->hi[k])))
      abort();
  if (f->kind == DS_QK_DATE) {
    if (f->month > 12 || f->day > 31 || f->day2 > 31) abort();
    if ((f->dflags & DS_QD_SPAN) && f->year2 <= f->year) abort();
  }
  if (f->kind < DS_QK_NUMBER || f->kind > DS_QK_CHANGE) abort();
}

/* the C core alone, with the index and without (binary search) */
static void check_core (const char *s, size_t n, const ds_QIndex *x) {
  ds_Mem m = { alloc, NULL };
  ds_Doc d;
  ds_Figures a = { NULL, 0, 0 }, b = { NULL, 0, 0 }, c = { NULL, 0, 0 };
  ds_QOpts o1 = { 0, 0, 0, x, 0 }, o2 = { 2025, 10, 30, NULL, 0 };
  ds_QOpts o3 = { 0, 0, 0, x, 0 };
  size_t i;
  o3.until = n / 2 + 1;
  ds_doc_init(&d);
  if (ds_doc_build(&m, &d, s, n) == DS_OK &&
      ds_quantities(&m, &d, &o1, &a) == DS_OK &&
      ds_quantities(&m, &d, &o2, &b) == DS_OK) {
    uint32_t last = 0;
    if (a.n != b.n) abort();             /* the index changes no result */
    for (i = 0; i < a.n; i++) {
      check_figure(&a.v[i], n, last);
      last = a.v[i].stop;
      if (a.v[i].start != b.v[i].start || a.v[i].kind != b.v[i].kind)
        abort();
    }
    /* read until a byte: a prefix of the figures, with every one that
       ends by then */
    if (ds_quantities(&m, &d, &o3, &c) != DS_OK) abort();
    if (c.n > a.n) abort();
    for (i = 0; i < c.n; i++)             /* (fields: padding may differ) */
      if (c.v[i].start != a.v[i].start || c.v[i].stop != a.v[i].stop ||
          c.v[i].kind != a.v[i].kind || c.v[i].unit != a.v[i].unit ||
          memcmp(c.v[i].lo, a.v[i].lo, sizeof(a.v[i].lo)) != 0)
        abort();
    if (c.n < a.n && a.v[c.n].stop <= o3.until) abort();
  }
  ds_quant_free(&m, &c);
  ds_quant_free(&m, &a);
  ds_quant_free(&m, &b);
  ds_doc_free(&m, &d);
}

static const char *script =
  "local core, s = ...\n"
  "local last = 0\n"
  "for _, f in ipairs(core.quantities(s)) do\n"
  "  assert(f.start > last and f.text == s:sub(f.start, f.stop))\n"
  "  last = f.stop\n"
  "end\n"
  "local d = core.document(s)\n"
  "core.quantities(d, { ref = '2025-10-30' })\n"
  "d:close()\n";

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  lua_State *L;
  ds_QIndex x;
  ds_qindex_init(&x);
  check_core((const char *)data, size, &x);
  L = fuzz_script(script);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) abort();
  lua_close(L);
  return 0;
}
