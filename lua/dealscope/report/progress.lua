--- A progress bar on a terminal: items, MB, MB/s and time left.
--
-- Updates rewrite one line with a carriage return (at most ten times a
-- second of work); `finish` writes the final line and a newline. With
-- known totals it draws a bar, the percentage and the time left;
-- without (a stream from a pipe) it counts. Elapsed time is wall time
-- (from /proc/uptime where there is one, else CPU time).
-- @module dealscope.report.progress

local setmetatable, io, os, math, tonumber = setmetatable, io, os, math, tonumber
local fmt, concat = string.format, table.concat

local M = {}

--- Seconds between two redraws (of CPU time: a process waiting for
-- input has nothing new to show).
M.interval = 0.1

--- Columns of the bar.
M.bar = 24

-- wall-clock seconds, to the hundredth where Linux tells them
local function wall()
  local f = io.open("/proc/uptime", "r")
  if f then
    local s = f:read("n")
    f:close()
    if s then return s end
  end
  return os.clock()
end

local function mb(bytes)
  local v = bytes / 1e6
  if v < 10 then return fmt("%.2f", v) end
  return fmt("%.1f", v)
end

local function clock(s)
  s = math.floor(s + 0.5)
  if s >= 3600 then
    return fmt("%d:%02d:%02d", s // 3600, s % 3600 // 60, s % 60)
  end
  return fmt("%d:%02d", s // 60, s % 60)
end

--- Whether a file descriptor is a terminal (1: stdout, 2: stderr).
-- @param fd 1 or 2
-- @return boolean
function M.isatty(fd)
  return os.execute(fmt("test -t %d", tonumber(fd))) == true
end

local Bar = {}
Bar.__index = Bar

--- A new progress bar.
-- @param opts `{out = file (stderr), unit = "files", total = items or nil,
--   bytes = total bytes or nil}`
-- @return a bar with `step`, `clear`, `finish`
function M.new(opts)
  opts = opts or {}
  local now = wall()
  return setmetatable({ out = opts.out or io.stderr, unit = opts.unit or "files",
    total = opts.total, bytes_total = opts.bytes, items = 0, bytes = 0,
    t0 = now, c0 = os.clock(), last = nil, drawn = false }, Bar)
end

function Bar:line(final)
  local elapsed = wall() - self.t0
  local rate = elapsed > 0 and self.bytes / elapsed or 0
  local items = self.total and fmt("%d/%d %s", self.items, self.total, self.unit)
    or fmt("%d %s", self.items, self.unit)
  if final then
    return fmt("%s, %s MB in %s (%s MB/s)", items, mb(self.bytes), clock(elapsed),
      mb(rate))
  end
  local bytes = self.bytes_total and fmt("%s/%s MB", mb(self.bytes), mb(self.bytes_total))
    or fmt("%s MB", mb(self.bytes))
  local parts = {}
  local frac
  if self.bytes_total and self.bytes_total > 0 then
    frac = math.min(1, self.bytes / self.bytes_total)
  elseif self.total and self.total > 0 then
    frac = math.min(1, self.items / self.total)
  end
  if frac then
    local full = math.floor(frac * M.bar + 0.5)
    parts[#parts + 1] = "[" .. ("#"):rep(full) .. ("-"):rep(M.bar - full) .. "]"
    parts[#parts + 1] = fmt("%3d%%", math.floor(frac * 100))
  end
  parts[#parts + 1] = items
  parts[#parts + 1] = bytes
  parts[#parts + 1] = mb(rate) .. " MB/s"
  if frac and frac > 0 and elapsed > 0 then
    parts[#parts + 1] = "ETA " .. clock(elapsed * (1 - frac) / frac)
  else
    parts[#parts + 1] = clock(elapsed)
  end
  return concat(parts, "  ")
end

--- Count one item of `bytes` bytes; redraw when it is time.
function Bar:step(bytes)
  self.items = self.items + 1
  self.bytes = self.bytes + (bytes or 0)
  local c = os.clock()
  if self.last == nil or c - self.last >= M.interval
     or (self.total and self.items == self.total) then
    self.last = c
    self.out:write("\r", self:line(false), "\27[K")
    self.out:flush()
    self.drawn = true
  end
end

--- Take the bar off the line (before other output to the same terminal).
function Bar:clear()
  if self.drawn then
    self.out:write("\r\27[K")
    self.drawn = false
  end
end

--- The final line: items, MB, time and rate; then a newline.
function Bar:finish()
  self.out:write("\r", self:line(true), "\27[K\n")
  self.out:flush()
  self.drawn = false
end

return M
