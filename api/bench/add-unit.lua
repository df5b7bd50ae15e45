-- wrk script for api/bench/commit-cost.sh: every request adds one new memory unit (a distinct target,
-- so none is found as a duplicate of an earlier one).
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  n = 0
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TARJOMAN_API_KEY")
end

function request()
  n = n + 1
  local body = '{"source":"وزیران نفت دو کشور در باکو دیدار کردند.","target":"The oil ministers met in Baku (' ..
    id .. '-' .. n .. ')."}'
  return wrk.format("POST", "/api/v1/memories/fa-en/units", nil, body)
end

function done(summary, latency, requests)
  io.write(string.format("units: %d requests, %d non-2xx/3xx, p50 %.1f ms, p95 %.1f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
