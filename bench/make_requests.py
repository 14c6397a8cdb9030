#!/usr/bin/env python3
"""Writes N route requests as JSON lines, each prompt about SIZE bytes of mixed text.

Mixed: plain prose, task cues, and now and then an e-mail address, a card number or a key,
so the scanner and the rules take their usual paths. Deterministic (seeded)."""
import json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
size = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
rng = random.Random(42)
instructions = [
    "Classify this support ticket as billing, bug or other.",
    "Extract the names, dates and amounts from the text below.",
    "Summarize the following notes in three bullet points.",
    "Convert this list to JSON.",
    "Which tool should handle this request?",
    "Explain step by step why the build fails and propose a fix.",
    "Write a short poem about the text.",
    "Fill in the template below.",
]
words = ("the of and to in a is that for it as was with be by on not he this are or his from at which but have an they "
         "you were her she there been one all we their has would when if so what no out up said about into them can only "
         "other time new some could these two may first then do any like my now over such our man me even most made after "
         "also did many before must through back years where much your way well down should because each just those people "
         "meeting invoice customer order shipment report quarter revenue team deadline project review").split()
extras = ["contact jane.doe@example.com", "card 4111 1111 1111 1111", "ref 123e4567-e89b-12d3-a456-426614174000",
          "version 4.2.1", "price $19.99", "order #48213"]
out = sys.stdout
for i in range(n):
    parts = [rng.choice(instructions)]
    length = len(parts[0])
    while length < size:
        w = rng.choice(extras) if rng.random() < 0.01 else rng.choice(words)
        parts.append(w)
        length += len(w) + 1
    out.write(json.dumps({"id": i, "prompt": " ".join(parts)[:size]}) + "\n")
