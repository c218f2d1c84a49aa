/*
** ds_quant_lua.c -- placeholder: the quant stage is not built yet.
** See LICENSE for copyright and licence.
*/
#include "ds_lua.h"

void ds_open_quant (lua_State *L) {
  (void)L;
}
