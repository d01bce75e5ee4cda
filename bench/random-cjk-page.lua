-- wrk script: each request asks for a random 15-item page of the 94,000 answers to cjk, so that
-- nearly every request misses the server's set of remembered pages and is answered afresh.
init = function(args)
   math.randomseed(math.floor(os.clock() * 1000000) + os.time())
end

request = function()
   local start = math.random(0, 94000)
   return wrk.format("GET", "/api/search?query=cjk&start=" .. start .. "&stop=" .. (start + 15))
end
