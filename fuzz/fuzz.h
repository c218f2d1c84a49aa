/*
** fuzz.h -- what every libFuzzer target of fuzz/ shares: a malloc-based
** allocator for the C core, and a Lua state with a script and
** dealscope.core loaded.
** See LICENSE for copyright and licence.
*/
#ifndef fuzz_h
#define fuzz_h

#include <stdlib.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "ds.h"

int luaopen_dealscope_core (lua_State *L);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* the C core's allocator contract over malloc */
static void *alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

/*
** A state with the standard libraries and dealscope.core, holding the
** compiled 'script' and the core's table on its stack: the caller
** pushes its arguments and calls lua_pcall(L, 1 + nargs, 0, 0).
*/
static lua_State *fuzz_script (const char *script) {
  lua_State *L = luaL_newstate();
  if (L == NULL) abort();
  luaL_openlibs(L);
  if (luaL_loadstring(L, script) != LUA_OK) abort();
  luaL_requiref(L, "dealscope.core", luaopen_dealscope_core, 0);
  return L;
}

#endif
