"""Renders cargo-about's JSON (standard input) into the two files packaging/third-party.sh
keeps: third-party-licences.md (every licence's text, with the crates under it) and
third-party-summary.txt (a line per crate, built into the binary for `estrade --licences`).
Usage: python3 packaging/third-party.py OUTDIR < about.json"""
import json
import sys

about = json.load(sys.stdin)
out = sys.argv[1]
crates = sorted(about["crates"], key=lambda c: (c["package"]["name"], c["package"]["version"]))

with open(f"{out}/third-party-summary.txt", "w", encoding="utf-8") as summary:
    summary.write("# The crates linked into estrade: name, version (as `cargo tree` writes it), licence. Made from Cargo.lock by\n")
    summary.write("# cargo-about (packaging/third-party.sh); do not edit. `estrade --licences` prints it.\n")
    for c in crates:
        summary.write(f'{c["package"]["name"]} v{c["package"]["version"]} {c["license"]}\n')

with open(f"{out}/third-party-licences.md", "w", encoding="utf-8") as md:
    md.write("# Third-party licences\n\n")
    md.write("The Rust crates linked into estrade, grouped by licence, with each licence's text as the\n")
    md.write("crates ship it. Made from `Cargo.lock` by cargo-about (`packaging/third-party.sh`); do not\n")
    md.write(f"edit by hand. {len(crates)} crates.\n\n")
    for o in about["overview"]:
        md.write(f'- {o["name"]}: {o["count"]} crates\n')
    for lic in about["licenses"]:
        users = ", ".join(f'{u["crate"]["name"]} {u["crate"]["version"]}' for u in lic["used_by"])
        md.write(f'\n## {lic["name"]}\n\nUsed by: {users}\n\n```text\n{lic["text"].rstrip()}\n```\n')
