/*
** host.c: a C program that embeds dealscope in a lua_State of its own.
**
** It creates the state, opens the standard libraries, points
** package.path and package.cpath at a dealscope checkout (or leaves
** them to LUA_PATH / LUA_CPATH and the installed rock), loads dealscope
** with a rule file, reads an article on stdin and prints one line per
** provision: label, actor, certainty and clause, separated by tabs.
**
**   host [-r RULES] [-p ROOT] < article.txt
**
** ROOT defaults to $DEALSCOPE_ROOT; RULES to the built-in trade rules.
** Exit status: 0 success, 1 an error (one line on stderr), 2 bad usage.
**
** All the work runs inside one lua_pcall (as lua.c's pmain does), so a
** Lua error never skips lua_close: the program frees everything it
** allocated on every path (valgrind finds no leak). Text is read into a
** luaL_Buffer, never into malloc'd memory alive across a Lua call.
** See LICENSE for the licence.
*/

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

struct options {
  const char *rules;   /* rule file, or NULL for the defaults */
  const char *root;    /* a dealscope checkout, or NULL */
};


/* prepend "ROOT/<dir>/<pattern>;" to package.<field> */
static void prepend_path (lua_State *L, const char *field, const char *root,
                          const char *patterns) {
  lua_getglobal(L, "package");                              /* package */
  lua_pushfstring(L, patterns, root, root);                 /* package new */
  lua_getfield(L, -2, field);                               /* package new old */
  lua_concat(L, 2);                                         /* package new..old */
  lua_setfield(L, -2, field);                               /* package */
  lua_pop(L, 1);
}


/* read all of stdin as a Lua string on the stack */
static void push_stdin (lua_State *L) {
  luaL_Buffer b;
  size_t n;
  luaL_buffinit(L, &b);
  do {
    char *p = luaL_prepbuffer(&b);
    n = fread(p, 1, LUAL_BUFFERSIZE, stdin);
    luaL_addsize(&b, n);
  } while (n == LUAL_BUFFERSIZE);
  if (ferror(stdin))
    luaL_error(L, "cannot read standard input");
  luaL_pushresult(&b);
}


/* the field 'k' of the table at 'idx' as a string, "-" when absent */
static const char *field (lua_State *L, int idx, const char *k) {
  const char *s;
  lua_getfield(L, idx, k);
  s = lua_isstring(L, -1) ? lua_tostring(L, -1) : "-";
  lua_pop(L, 1);  /* the string stays reachable from the table */
  return s;
}


/* print a clause on one line: every control character a space */
static void print_clause (const char *s) {
  for (; *s; s++)
    putchar(((unsigned char)*s < 0x20 || *s == 0x7f) ? ' ' : *s);
}


/*
** The protected main: everything that can raise runs here.
** Stack: [1] options (light userdata).
*/
static int pmain (lua_State *L) {
  const struct options *o = (const struct options *)lua_touserdata(L, 1);
  lua_Integer i, n;
  if (o->root) {
    prepend_path(L, "path", o->root, "%s/lua/?.lua;%s/lua/?/init.lua;");
    prepend_path(L, "cpath", o->root, "%s/build/?.so;%s/build/?/core.so;");
  }
  lua_getglobal(L, "require");
  lua_pushliteral(L, "dealscope");
  lua_call(L, 1, 1);                                        /* opts ds */
  lua_getfield(L, -1, "new");                               /* opts ds new */
  if (o->rules) {
    lua_createtable(L, 0, 1);
    lua_pushstring(L, o->rules);
    lua_setfield(L, -2, "rules");                           /* ... new {rules} */
    lua_call(L, 1, 1);
  } else {
    lua_call(L, 0, 1);
  }                                                         /* opts ds az */
  lua_getfield(L, -1, "analyze");                           /* ... az analyze */
  lua_pushvalue(L, -2);                                     /* ... az analyze az */
  push_stdin(L);                                            /* ... analyze az text */
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "stdin");
  lua_setfield(L, -2, "id");                                /* ... az text meta */
  lua_call(L, 3, 1);                                        /* opts ds az doc */
  if (lua_getfield(L, -1, "provisions") != LUA_TTABLE)      /* ... doc provs */
    return luaL_error(L, "the document has no provisions table");
  n = luaL_len(L, -1);
  for (i = 1; i <= n; i++) {
    lua_geti(L, -1, i);                                     /* ... provs p */
    printf("%s\t%s\t%s\t", field(L, -1, "label"), field(L, -1, "actor"),
           field(L, -1, "certainty"));
    print_clause(field(L, -1, "text"));
    putchar('\n');
    lua_pop(L, 1);                                          /* ... provs */
  }
  if (fflush(stdout) != 0)
    return luaL_error(L, "cannot write standard output");
  return 0;
}


static int usage (const char *prog) {
  fprintf(stderr, "usage: %s [-r RULES] [-p ROOT] < article.txt\n", prog);
  return 2;
}


int main (int argc, char **argv) {
  struct options o;
  lua_State *L;
  int i, status;
  o.rules = NULL;
  o.root = getenv("DEALSCOPE_ROOT");
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
      o.rules = argv[++i];
    else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc)
      o.root = argv[++i];
    else
      return usage(argv[0]);
  }
  L = luaL_newstate();
  if (L == NULL) {
    fprintf(stderr, "%s: cannot create a Lua state (not enough memory)\n", argv[0]);
    return 1;
  }
  luaL_openlibs(L);
  lua_pushcfunction(L, pmain);
  lua_pushlightuserdata(L, &o);
  status = lua_pcall(L, 1, 0, 0);
  if (status != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    fprintf(stderr, "%s: %s\n", argv[0], msg ? msg : "(error object is not a string)");
  }
  lua_close(L);
  return status == LUA_OK ? 0 : 1;
}
