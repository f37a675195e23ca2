#!/usr/bin/env python3
"""Generate a plaintiff CSV for the benchmark, and the baseline file for
`psql \\copy`: every record of the same file, pre-keyed and pre-classified,
in the landing table's shape (dedupe key, status, canonical columns, JSON
payload). ~10% of rows repeat an earlier plaintiff in case/space disguise,
~2% are invalid (blank name)."""
import argparse, hashlib, json, random

p = argparse.ArgumentParser()
p.add_argument("--rows", type=int, default=1_000_000)
p.add_argument("--source", default="bench")
p.add_argument("--out", required=True)
p.add_argument("--baseline", required=True)
a = p.parse_args()
rng = random.Random(42)
FIRST = ["John", "Jane", "Maria", "Wei", "Olga", "Ahmed", "Lucia", "Kenji", "Amara", "Pedro"]
LAST = ["Doe", "Roe", "Garcia", "Chen", "Ivanova", "Khan", "Rossi", "Sato", "Okafor", "Silva"]

def key(source, name, email):
    n = " ".join(name.lower().split())
    return hashlib.sha256(f"{source}|{n}|{email.strip().lower()}".encode()).hexdigest()

def q(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v

seen = []
with open(a.out, "w", newline="") as out, open(a.baseline, "w", newline="") as base:
    out.write("PlaintiffName,Email,Phone,Address,FirmName,ExternalID\r\n")
    for i in range(a.rows):
        r = rng.random()
        new = False
        if r < 0.02:
            name, email = "   ", f"blank{i}@example.com"
        elif r < 0.12 and seen:
            n, e = seen[rng.randrange(len(seen))]
            name, email = "  " + n.upper().replace(" ", "   ") + " ", e.upper()
        else:
            new = True
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
            email = f"p{i}@example.com"
            seen.append((name, email))
            if len(seen) > 50_000:
                seen.pop(rng.randrange(len(seen)))
        phone, addr, firm, ext = f"555-{i % 10000:04d}", f"{i} Main St, Springfield, IL", "Dewey & Partners", f"EXT-{i}"
        out.write(",".join(q(v) for v in (name, email, phone, addr, firm, ext)) + "\r\n")
        payload = json.dumps({"PlaintiffName": name, "Email": email, "Phone": phone, "Address": addr, "FirmName": firm, "ExternalID": ext})
        if not name.strip():
            dedupe, status = "\\N", "failed"
        else:
            dedupe, status = key(a.source, name, email), ("promoted" if new else "skipped")
        fields = (str(i), dedupe, status, name.strip(), firm, email.strip(), phone, addr, ext, payload.replace("\\", "\\\\"))
        base.write("\t".join(fields) + "\n")
