--- dealscope: read trade deals out of text.
-- The C core (`dealscope.core`) tokenizes, segments, scans and measures;
-- this module adds the Lua layer on a table of its own.
-- @module dealscope

local core = require "dealscope.core"

local M = {}

--- The C core, usable on its own.
M.core = core

--- The version of the library.
M.version = core.version

--- Compile word lists into a phrase lexicon (see dealscope.lexicon).
M.lexicon = require("dealscope.lexicon").compile

return M
