-- Shared helpers for the specs (loaded by busted through .busted).
local H = {}

--- Read a whole file; nil, message when it cannot be read.
function H.read(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s = f:read("a")
  f:close()
  return s
end

--- The text of spec/fixtures/NAME.
function H.fixture(name)
  return assert(H.read("spec/fixtures/" .. name))
end

--- A path under ../shared, or nil when the checkout has none (a user's
-- clone): specs that need it are then pending, never failing.
function H.shared(rel)
  local p = "../shared/" .. rel
  local f = io.open(p, "rb")
  if not f then return nil end
  f:close()
  return p
end

--- The text of each span ({start=, stop=}) of 'text'.
function H.texts(text, spans)
  local out = {}
  for i, sp in ipairs(spans) do out[i] = text:sub(sp.start, sp.stop) end
  return out
end

return H
