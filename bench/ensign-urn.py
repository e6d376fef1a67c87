"""Times Ensign et al.'s own urn code on the Oakland run that presets/runaway-urn.json reproduces.

Usage: python3 bench/ensign-urn.py SRC_DIR [RUNS]
SRC_DIR is the src/ folder of a checkout of the authors' repository
(algofairness/runaway-feedback-loops-src), whose polya.py needs numpy. This driver is ours; it
imports their PolyaUrn with their Poisson update, as their Makefile's "oakland ... poisson" lines
do (src/main.py --a 3.68511 --d 2.816466 --nr 6.09 --nb 3.79 --ndraws 1000 with Poisson updates),
and prints one line of JSON: runs per second and milliseconds per run of 1,000 draws.
"""
import json
import sys
import time

sys.path.insert(0, sys.argv[1])
from polya import PolyaUrn, add_poisson_update  # noqa: E402  (their module, found on SRC_DIR)

RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
urn = add_poisson_update(PolyaUrn)((6.09, 3.79), ((3.68511, 0), (0, 2.816466)))


def one_run():
    urn.reset()
    for _ in urn.draw(1000):
        pass


for _ in range(10):
    one_run()
start = time.process_time()
for _ in range(RUNS):
    one_run()
seconds = time.process_time() - start
print(json.dumps({"runsPerSecond": RUNS / seconds, "msPerRun": seconds / RUNS * 1000}))
