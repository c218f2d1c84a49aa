--- A JSON Schema validator for the keywords schema/dealscope-1.schema.json
-- uses (draft 2020-12 subset: type, const, enum, required, properties,
-- additionalProperties, items, minItems, minimum, $ref to $defs, allOf,
-- oneOf). An unknown keyword is an error, so the schema cannot outgrow
-- what is checked. Used by spec/json_spec.lua, spec/cli_spec.lua and the
-- e2e checks.
--
--   local schema = dofile("spec/support/schema.lua")
--   local valid = schema.validator(decoded_schema)
--   local ok, err = valid(value)      -- err: "$.documents[1]: missing provisions"
local M = {}

local KNOWN = {}
for k in ("$schema $id title description type const enum required properties "
          .. "additionalProperties items $ref oneOf allOf minimum minItems $defs")
         :gmatch("%S+") do
  KNOWN[k] = true
end

local function isarray(v)
  local n = 0
  for _ in pairs(v) do n = n + 1 end
  return n == #v
end

local function typeok(v, t)
  if type(t) == "table" then
    for _, x in ipairs(t) do if typeok(v, x) then return true end end
    return false
  end
  if t == "object" then return type(v) == "table" and (next(v) == nil or not isarray(v)) end
  if t == "array" then return type(v) == "table" and isarray(v) end
  if t == "integer" then return math.type(v) == "integer" end
  if t == "number" then return type(v) == "number" end
  return type(v) == t
end

--- A validating function for a decoded schema.
-- @return function(value) -> true | false, "path: what is wrong"
function M.validator(root)
  local validate
  function validate(v, s, path)
    for k in pairs(s) do
      if not KNOWN[k] then error("schema keyword not checked: " .. k) end
    end
    local function fail(msg) return false, path .. ": " .. msg end
    if s["$ref"] then
      local name = assert(s["$ref"]:match("^#/%$defs/([%w_]+)$"), s["$ref"])
      local ok, err = validate(v, assert(root["$defs"][name], name), path)
      if not ok then return ok, err end
    end
    if s.type and not typeok(v, s.type) then return fail("wrong type") end
    if s.const ~= nil and v ~= s.const then return fail("not " .. tostring(s.const)) end
    if s.enum then
      local found = false
      for _, x in ipairs(s.enum) do found = found or x == v end
      if not found then return fail("not one of the enum") end
    end
    if s.minimum and type(v) == "number" and v < s.minimum then return fail("below minimum") end
    if type(v) == "table" then
      for _, k in ipairs(s.required or {}) do
        if v[k] == nil then return fail("missing " .. k) end
      end
      for k, sub in pairs(s.properties or {}) do
        if v[k] ~= nil then
          local ok, err = validate(v[k], sub, path .. "." .. k)
          if not ok then return ok, err end
        end
      end
      if s.additionalProperties ~= nil and not isarray(v) then
        for k, x in pairs(v) do
          if not (s.properties and s.properties[k]) then
            if s.additionalProperties == false then return fail("unexpected " .. k) end
            local ok, err = validate(x, s.additionalProperties, path .. "." .. k)
            if not ok then return ok, err end
          end
        end
      end
      if s.items and isarray(v) then
        for i, x in ipairs(v) do
          local ok, err = validate(x, s.items, path .. "[" .. i .. "]")
          if not ok then return ok, err end
        end
      end
      if s.minItems and isarray(v) and #v < s.minItems then return fail("too few items") end
    end
    for _, sub in ipairs(s.allOf or {}) do
      local ok, err = validate(v, sub, path)
      if not ok then return ok, err end
    end
    if s.oneOf then
      local n, why = 0, {}
      for _, sub in ipairs(s.oneOf) do
        local ok, err = validate(v, sub, path)
        if ok then n = n + 1 else why[#why + 1] = err end
      end
      if n ~= 1 then
        return fail(("matches %d of oneOf (%s)"):format(n, table.concat(why, "; ")))
      end
    end
    return true
  end
  return function(v) return validate(v, root, "$") end
end

return M
