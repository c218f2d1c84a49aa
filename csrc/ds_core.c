/*
** ds_core.c -- luaopen_dealscope_core: the C core of dealscope.
** The module sets no global; it returns a table of functions and
** registers its types' metatables in the registry.
** See LICENSE for copyright and licence.
*/
#include "ds_lua.h"

#define DS_VERSION "0.1.0"

/* the one exported symbol (the build hides every other) */
#if defined(__GNUC__)
#define DS_EXPORT __attribute__((visibility("default"))) LUAMOD_API
#else
#define DS_EXPORT LUAMOD_API
#endif

DS_EXPORT int luaopen_dealscope_core (lua_State *L);


void ds_getmem (lua_State *L, ds_Mem *m) {
  m->f = lua_getallocf(L, &m->ud);
}

int ds_check (lua_State *L, int code) {
  switch (code) {
    case DS_OK: return 0;
    case DS_ETOOBIG: return luaL_error(L, "text too large (4 GiB or more)");
    default: return luaL_error(L, "not enough memory");
  }
}

void ds_newclass (lua_State *L, const char *name, const luaL_Reg *methods,
                  const luaL_Reg *metamethods) {
  luaL_newmetatable(L, name);          /* metatable for the type */
  luaL_setfuncs(L, metamethods, 0);    /* add metamethods */
  lua_newtable(L);                     /* method table */
  luaL_setfuncs(L, methods, 0);
  lua_setfield(L, -2, "__index");      /* metatable.__index = methods */
  lua_pushstring(L, name);
  lua_setfield(L, -2, "__name");
}


static int core_selfcheck (lua_State *L) {
  lua_pushboolean(L, ds_words_check());
  return 1;
}


DS_EXPORT int luaopen_dealscope_core (lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"_selfcheck", core_selfcheck},
    {NULL, NULL}
  };
  luaL_newlib(L, funcs);
  ds_open_doc(L);
  ds_open_lexicon(L);
  ds_open_quant(L);
  ds_open_deal(L);
  lua_pushliteral(L, DS_VERSION);
  lua_setfield(L, -2, "version");
  return 1;
}
