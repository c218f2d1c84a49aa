/*
** ds_lexicon_lua.c -- placeholder: the lexicon stage is not built yet.
** See LICENSE for copyright and licence.
*/
#include "ds_lua.h"

void ds_open_lexicon (lua_State *L) {
  (void)L;
}
