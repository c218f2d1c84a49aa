/*
** ds_deal_lua.c -- placeholder: the deal stage is not built yet.
** See LICENSE for copyright and licence.
*/
#include "ds_lua.h"

void ds_open_deal (lua_State *L) {
  (void)L;
}
