/*
** ds_mem.c -- growable arrays over a caller-given allocator.
** See LICENSE for copyright and licence.
*/
#include "ds.h"

int ds_grow (ds_Mem *m, void **p, size_t *cap, size_t need, size_t elsize) {
  size_t ncap;
  void *np;
  if (need <= *cap)
    return DS_OK;
  ncap = *cap < 16 ? 16 : *cap;
  while (ncap < need) {
    if (ncap > ((size_t)-1 / 2) / elsize)
      return DS_ENOMEM;
    ncap *= 2;
  }
  if (ncap > (size_t)-1 / elsize)
    return DS_ENOMEM;
  np = m->f(m->ud, *p, *cap * elsize, ncap * elsize);
  if (np == NULL)
    return DS_ENOMEM;
  *p = np;
  *cap = ncap;
  return DS_OK;
}

void ds_free (ds_Mem *m, void *p, size_t cap, size_t elsize) {
  if (p != NULL)
    m->f(m->ud, p, cap * elsize, 0);
}
