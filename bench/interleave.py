#!/usr/bin/env python3
"""Times commands run in turn, in a new random order each round, so that a shared machine's load
weighs on each alike: python3 bench/interleave.py ROUNDS 'COMMAND' 'COMMAND'...

Each command is split like a shell word list (no shell runs it), its output thrown away. Prints,
per command, the wall time (median, first quartile, minimum, and the median's ratio to the first
command's) and the median CPU time, user and system, of the process and its children.
"""
import os
import random
import resource
import shlex
import statistics
import subprocess
import sys
import time


def run(argv, devnull):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdout=devnull, stderr=devnull, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def main():
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    argvs = {command: shlex.split(command) for command in commands}
    wall = {command: [] for command in commands}
    cpu = {command: [] for command in commands}
    with open(os.devnull, "w") as devnull:
        for command in commands:
            for _ in range(3):
                run(argvs[command], devnull)
        for _ in range(rounds):
            for command in random.sample(commands, len(commands)):
                w, c = run(argvs[command], devnull)
                wall[command].append(w)
                cpu[command].append(c)
    first = statistics.median(wall[commands[0]])
    for command in commands:
        times = sorted(wall[command])
        median = statistics.median(times)
        print(f"wall median {median:6.1f} ms, first quartile {times[len(times) // 4]:6.1f}, "
              f"min {times[0]:6.1f}, ratio {median / first:4.2f}; "
              f"CPU median {statistics.median(cpu[command]):6.1f} ms  {command}")


if __name__ == "__main__":
    main()
