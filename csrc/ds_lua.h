/*
** ds_lua.h -- what the Lua binding files share: the document type,
** the allocator bridge, error raising and class creation.
** See LICENSE for copyright and licence.
*/
#ifndef ds_lua_h
#define ds_lua_h

#include <lua.h>
#include <lauxlib.h>

#include "ds.h"

#define DS_DOCUMENT "dealscope.Document"

/* a document userdata: the text lives in its first user value, the
   spare (see ds_doc_lua.c) in its second */
typedef struct LDoc {
  ds_Doc d;
  ds_Mem m;
  struct Spare *spare;  /* where its arrays go when it closes, or NULL */
  int closed;
  lua_Integer gen;      /* texts it was made over before this one: what
                           keeps a match of an earlier text (lex:gmatch)
                           from reading this one's tokens */
} LDoc;

/* the state's allocator, as a ds_Mem */
DS_FUNC void ds_getmem (lua_State *L, ds_Mem *m);

/* raise the error for a DS_E* code; returns only for DS_OK */
DS_FUNC int ds_check (lua_State *L, int code);

/* create metatable 'name' with methods and metamethods; leaves it
   on the stack */
DS_FUNC void ds_newclass (lua_State *L, const char *name,
                          const luaL_Reg *methods,
                          const luaL_Reg *metamethods);

/* a document argument (raises if absent or closed), segmented */
DS_FUNC LDoc *ds_checkdoc (lua_State *L, int arg);
/* the same, not segmented: for what needs its tokens alone (a scan) */
DS_FUNC LDoc *ds_opendoc (lua_State *L, int arg);
DS_FUNC LDoc *ds_testdoc (lua_State *L, int arg);

/*
** The document of argument 'arg', which is a document or a string. For
** a string a new document is built and pushed on the stack (so it is
** collected like any value); for a document nothing is pushed.
*/
DS_FUNC const ds_Doc *ds_todoc (lua_State *L, int arg);

/* the openers: each adds its functions to the table on the top */
DS_FUNC void ds_open_doc (lua_State *L);
DS_FUNC void ds_open_lexicon (lua_State *L);
DS_FUNC void ds_open_quant (lua_State *L);
DS_FUNC void ds_open_deal (lua_State *L);

#endif
