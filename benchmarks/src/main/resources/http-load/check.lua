-- wrk script of the side-by-side run: counts every response that is not HTTP 200 with the expected caller
-- on the page (wrk itself counts a redirect as a success). Usage: wrk ... -s check.lua URL -- "caller=NAME"
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    marker = args[1]
    wrong = 0
end

function response(status, headers, body)
    if status ~= 200 or not string.find(body, marker, 1, true) then
        wrong = wrong + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("wrong")
    end
    io.write(string.format("wrong responses: %d\n", total))
    for _, p in ipairs({50, 99}) do
        io.write(string.format("latency p%d us: %d\n", p, latency:percentile(p)))
    end
    io.write(string.format("requests: %d\n", summary.requests))
    io.write(string.format("duration us: %d\n", summary.duration))
end
