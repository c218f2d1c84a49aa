--- dealscope: read trade deals out of text.
-- The C core (`dealscope.core`) tokenizes, segments, scans and measures;
-- this module adds the Lua layer on a table of its own.
-- @module dealscope

local core = require "dealscope.core"
local deal = require "dealscope.deal"

local M = {}

--- The C core, usable on its own.
M.core = core

--- The version of the library.
M.version = core.version

--- Deal records (see dealscope.deal): merge{d1, d2, ...}, deal_from_json(s).
M.deal = deal
M.merge = deal.merge
M.deal_from_json = deal.from_json

return M
