#!/usr/bin/env bash
# Time from the README's first command (`npm ci && npm start`) to a usable console, on a warm npm cache,
# in a fresh clone; then the time of a second `npm start` (build already there).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q "$src" "$work/archway"
cd "$work/archway"
port=3900; sandbox=4900
measure() {
  local start=$(date +%s.%N)
  ( eval "$1" ) >"$work/start.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/sign-in"; do
    sleep 0.2
    kill -0 $pid 2>/dev/null || { cat "$work/start.log"; exit 1; }
  done
  local end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc)"
  kill -INT $pid; wait $pid || true
  pkill -f "next start -p $port" 2>/dev/null || true
}
first=$(measure "npm ci --no-audit --no-fund --prefer-offline && npm start -- --port $port --sandbox-port $sandbox --data-dir $work/data")
echo "README first command to usable console (warm npm cache, includes npm ci and the production build): ${first} s"
second=$(measure "npm start -- --port $port --sandbox-port $sandbox --data-dir $work/data")
echo "second npm start (build reused): ${second} s"
