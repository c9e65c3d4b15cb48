#!/usr/bin/env python3
"""Checks (or rewrites) the "Cited by" column of content/SOURCES.md.

"Cited by" must list exactly what cites each source now: the ids of the articles
whose article.toml cites it (sorted), then the listings files whose records cite
it (`listings/<file>.toml`, sorted). Records move between files, so the column
goes stale; this script recomputes it from content/default/.

Usage: sources_cited_by.py [--write] [CONTENT_DIR]   (default: ./content)

Without --write it prints every row whose cell differs, and exits 1 if any does
(also for a key listed in SOURCES.md that sources.toml lacks, or the reverse).
With --write it rewrites only the last cell of those rows and nothing else.
Standard library only (Python 3.11+ for tomllib).
"""
import pathlib
import sys
import tomllib


def citations(default_dir):
    """Maps each source key to the sorted list of what cites it."""
    articles, listings = {}, {}
    for toml in sorted(default_dir.glob("articles/*/article.toml")):
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        for key in data.get("sources", []):
            articles.setdefault(key, set()).add(toml.parent.name)
    for toml in sorted(default_dir.glob("listings/*.toml")):
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        for listing in data.get("listing", []):
            for key in listing.get("sources", []):
                listings.setdefault(key, set()).add(f"listings/{toml.name}")
    keys = set(articles) | set(listings)
    return {
        k: sorted(articles.get(k, ())) + sorted(listings.get(k, ())) for k in keys
    }


def main(argv):
    write = "--write" in argv
    args = [a for a in argv if a != "--write"]
    content = pathlib.Path(args[0] if args else "content")
    default_dir = content / "default"
    known = set(tomllib.loads((default_dir / "sources.toml").read_text("utf-8")))
    cited = citations(default_dir)
    md_path = content / "SOURCES.md"
    lines = md_path.read_text(encoding="utf-8").split("\n")
    problems, seen = [], set()
    for n, line in enumerate(lines):
        if not line.startswith("| `"):
            continue
        cells = line.split(" | ")
        key = cells[0][3:].rstrip("`")
        seen.add(key)
        if key not in known:
            problems.append(f"SOURCES.md:{n + 1}: `{key}` is not in sources.toml")
        want = ", ".join(cited.get(key, [])) + " |"
        if cells[-1] != want:
            problems.append(
                f"SOURCES.md:{n + 1}: `{key}` Cited by: {cells[-1][:-2]!r} -> {want[:-2]!r}"
            )
            cells[-1] = want
            lines[n] = " | ".join(cells)
    for key in sorted(known - seen):
        problems.append(f"SOURCES.md: `{key}` (in sources.toml) has no row")
    for key in sorted(set(cited) - known):
        problems.append(f"`{key}` is cited but not in sources.toml")
    print("\n".join(problems) if problems else "SOURCES.md: every Cited by cell is right")
    if write:
        md_path.write_text("\n".join(lines), encoding="utf-8")
    return 1 if problems and not write else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
