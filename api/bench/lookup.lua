-- wrk script for api/bench/tm-lookup.sh: the editor's memory lookup (POST .../matches with the segment and
-- its neighbours, threshold 70, limit 5; see web's js/matches.js), one request body per line of the file
-- given after `--`, taken in turn (each thread starts at its own offset).
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  bodies = {}
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  n = offset * 997
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TARJOMAN_API_KEY")
end

function request()
  n = n + 1
  return wrk.format("POST", "/api/v1/memories/fa-en/matches", nil, bodies[(n % #bodies) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("lookups: %d requests, %d non-2xx/3xx, %d socket errors, %.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n",
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
