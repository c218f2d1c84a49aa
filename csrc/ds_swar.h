/*
** ds_swar.h -- SWAR (SIMD within a register) helpers shared by the
** tokenizer, the segmenter and the word lists: eight bytes at once in a
** uint64_t, each byte tested by arithmetic that cannot carry into its
** neighbour, and bit scans over the masks that come out.
** Internal to the C core (static inline: no symbol is exported).
** See LICENSE for copyright and licence.
*/
#ifndef ds_swar_h
#define ds_swar_h

#include <stdint.h>
#include <string.h>

#define DS_ONES  ((uint64_t)0x0101010101010101u)
#define DS_HIGHS ((uint64_t)0x8080808080808080u)

/* the 8 bytes at p as a little-endian number: one load where the CPU
   is little-endian (compilers do not always fuse the byte form) */
static inline uint64_t ds_le64 (const void *p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
#else
  const unsigned char *u = (const unsigned char *)p;
  return (uint64_t)u[0] | ((uint64_t)u[1] << 8) | ((uint64_t)u[2] << 16) |
         ((uint64_t)u[3] << 24) | ((uint64_t)u[4] << 32) |
         ((uint64_t)u[5] << 40) | ((uint64_t)u[6] << 48) |
         ((uint64_t)u[7] << 56);
#endif
}

/* lower-case the ASCII letters of x, eight bytes below 0x80 */
static inline uint64_t ds_lower8 (uint64_t x) {
  uint64_t ge_a = x + (0x80 - 'A') * DS_ONES;     /* high bit: >= 'A' */
  uint64_t gt_z = x + (0x80 - 'Z' - 1) * DS_ONES; /* high bit: > 'Z' */
  return x | ((ge_a & ~gt_z & DS_HIGHS) >> 2);
}

/*
** How the hot loops keep their variables in registers: DS_NOINLINE keeps
** a function of its own (a loop's rare path, or a loop that the code
** around it would share registers with), DS_ALWAYS_INLINE puts a body
** written once into each of its specialised callers.
*/
#if defined(__GNUC__)
#define DS_NOINLINE __attribute__((noinline))
#define DS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define DS_NOINLINE
#define DS_ALWAYS_INLINE inline
#endif

/* index of the lowest set bit of x (x != 0) */
static inline int ds_lowbit (uint64_t x) {
#if defined(__GNUC__)
  return __builtin_ctzll(x);
#else
  int k = 0;
  while (!(x & 1)) { x >>= 1; k++; }
  return k;
#endif
}

/* index of the highest set bit of x (x != 0) */
static inline int ds_highbit (uint64_t x) {
#if defined(__GNUC__)
  return 63 - __builtin_clzll(x);
#else
  int k = 0;
  while (x >>= 1) k++;
  return k;
#endif
}

#endif
