-- wrk script for api/bench/jobs.sh: every request saves one distinct segment as TRANSLATED with the
-- version it has, so no save is refused as stale. Targets come from the file written by jobs.sh:
-- one "jobId segmentId version" line per segment; thread i takes lines i, i+threads, i+2*threads...
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  segments = {}
  for line in io.lines(args[1]) do
    local job, segment, version = line:match("(%d+) (%d+) (%d+)")
    table.insert(segments, {job, segment, version})
  end
  step = tonumber(args[2])
  next_index = id + 1
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TARJOMAN_API_KEY")
end

function request()
  local s = segments[next_index]
  if s == nil then
    s = segments[1]
  end
  next_index = next_index + step
  local body = '{"target":"Translated by the load generator.","status":"TRANSLATED","version":' .. s[3] .. '}'
  return wrk.format("PUT", "/api/v1/jobs/" .. s[1] .. "/tasks/en/segments/" .. s[2], nil, body)
end

function done(summary, latency, requests)
  io.write(string.format("saves: %d requests, %d non-2xx/3xx, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
