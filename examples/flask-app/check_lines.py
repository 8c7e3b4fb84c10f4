#!/usr/bin/env python3
"""Checks VULNERABILITIES.md against the files it points at.

    python3 check_lines.py                      # line numbers, files, table shape
    python3 check_lines.py --osv DIR            # also: every advisory id of an sca/image row
                                                #   affects the pinned version (OSV JSON under DIR)
    python3 check_lines.py --print              # show each row next to the line it names

Every row id has a marker below: a fragment that must appear on the line the row names. When you edit
a file, run this script and update the `line` column until it passes.
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "VULNERABILITIES.md")
COLUMNS = ["id", "file", "line", "class", "CWE", "scanner", "notes"]
SCANNERS = {"sast", "secrets", "dockerfile", "sca", "dast", "image"}

# id -> fragment expected on the named line (None: the row is not bound to a line and says `-`).
MARKERS = {
    # sast
    "V01": "WHERE username = '{username}'",
    "V02": "n.title LIKE '%%%s%%'",
    "V03": "result(s) for <em>{q}</em>",
    "V04": "note.body|safe",
    "V05": 'NOT_FOUND_PAGE.replace("{path}", request.path)',
    "V06": "ping -c 1 -W 2 {host}",
    "V07": "os.path.join(DOWNLOAD_DIR, filename)",
    "V08": "b64decode(raw)",
    "V09": "imported = yaml",
    "V10": "timeout=config.PREVIEW_TIMEOUT",
    "V11": 'args.get("next")',
    "V12": 'password.encode("utf-8")',
    "V13": "use_reloader=False",
    "V14": 'app.config["SECRET_KEY"]',
    "V15": '"remember_me", user["username"]',
    "V16": "app = Flask(__name__)",
    # secrets
    "V17": "AWS_ACCESS_KEY_ID",
    "V18": "AWS_SECRET_ACCESS_KEY",
    "V19": "SLACK_WEBHOOK_URL",
    "V20": "GITHUB_TOKEN",
    "V21": "STRIPE_SECRET_KEY",
    "V22": "ENV AWS_SECRET_ACCESS_KEY",
    "V23": "AWS_ACCESS_KEY_ID:",
    "V24": "AWS_SECRET_ACCESS_KEY:",
    "V25": '"STRIPE_SECRET_KEY"',
    # dockerfile: Dockerfile
    "V26": "FROM python:latest",
    "V27": "FROM python:latest",
    "V28": "FROM python:latest",
    "V29": "ENV DB_PASSWORD",
    "V30": "ENV AWS_SECRET_ACCESS_KEY",
    "V31": "apt-get install -y",
    "V32": "apt-get install -y",
    "V33": "apt-get install -y",
    "V34": "get.docker.com |",
    "V35": "ADD . /app",
    "V36": "RUN cd /app",
    "V37": "pip install -r",
    "V38": "chmod -R 777",
    "V39": "RUN sudo",
    "V40": "EXPOSE 22",
    "V41": "CMD python",
    # dockerfile: docker-compose.yml
    "V42": "user: root",
    "V43": "privileged: true",
    "V44": "network_mode: host",
    "V45": "pid: host",
    "V46": "DB_PASSWORD:",
    "V47": "AWS_ACCESS_KEY_ID:",
    "V48": "AWS_SECRET_ACCESS_KEY:",
    "V49": "/var/run/docker.sock:",
    # dockerfile: deploy/ecs-task-definition.json
    "V50": '"privileged": true',
    "V51": "{",
    "V52": '"readonlyRootFilesystem": false',
    "V53": '"DB_PASSWORD"',
    "V54": '"STRIPE_SECRET_KEY"',
    # sca
    "V55": "Flask==",
    "V56": "Werkzeug==",
    "V57": "Jinja2==",
    "V58": "PyYAML==",
    "V59": "requests==",
    "V60": "urllib3==",
    "V61": "idna==",
    "V62": "certifi==",
    # dast
    "V63": "result(s) for <em>{q}</em>",
    "V64": "n.title LIKE '%%%s%%'",
    "V65": "WHERE username = '{username}'",
    "V66": 'NOT_FOUND_PAGE.replace("{path}", request.path)',
    "V67": 'args.get("next")',
    "V68": "os.path.join(DOWNLOAD_DIR, filename)",
    "V69": "use_reloader=False",
    "V70": '"remember_me", user["username"]',
    "V71": None,
    "V72": None,
    "V73": None,
    # image
    "V74": "FROM python:latest",
    "V75": "ENV DB_PASSWORD",
    "V76": "ENV AWS_SECRET_ACCESS_KEY",
    "V77": "Flask==",
    "V78": "Werkzeug==",
    "V79": "Jinja2==",
    "V80": "PyYAML==",
    "V81": "requests==",
    "V82": "urllib3==",
    "V83": "idna==",
    "V84": "certifi==",
    # dast, signed in
    "V85": "note.body|safe",
    "V86": "ping -c 1 -W 2 {host}",
    "V87": "timeout=config.PREVIEW_TIMEOUT",
    "V88": 'NOT_FOUND_PAGE.replace("{path}", request.path)',
}

ADVISORY_ID = re.compile(r"\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+)\b")


def parse_table(path):
    rows = []
    header = None
    with open(path, encoding="utf-8") as fh:
        for number, text in enumerate(fh, 1):
            text = text.strip()
            if not text.startswith("|"):
                continue
            cells = [c.strip() for c in text.strip("|").split("|")]
            if header is None:
                header = cells
                continue
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            rows.append((number, cells))
    return header, rows


def last_from_line(lines):
    found = [i for i, text in enumerate(lines, 1) if re.match(r"\s*FROM\s", text, re.IGNORECASE)]
    return found[-1] if found else None


def version_key(version):
    try:
        from packaging.version import Version
        return Version(version)
    except ImportError:
        return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-]", version))


def affects(affected, version):
    if version in affected.get("versions", []):
        return True
    v = version_key(version)
    for rng in affected.get("ranges", []):
        if rng.get("type") != "ECOSYSTEM":
            continue
        start = None
        for event in rng.get("events", []):
            if "introduced" in event:
                start = version_key(event["introduced"])
            elif "fixed" in event and start is not None:
                if start <= v < version_key(event["fixed"]):
                    return True
                start = None
            elif "last_affected" in event and start is not None:
                if start <= v <= version_key(event["last_affected"]):
                    return True
                start = None
        if start is not None and v >= start:
            return True
    return False


def load_osv(directory):
    advisories = []
    for path in glob.glob(os.path.join(directory, "**", "*.json"), recursive=True):
        with open(path, encoding="utf-8") as fh:
            advisories.append(json.load(fh))
    return advisories


def advisories_for(advisories, name, version):
    ids = set()
    for adv in advisories:
        for affected in adv.get("affected", []):
            pkg = affected.get("package", {})
            if pkg.get("ecosystem") != "PyPI":
                continue
            if re.sub(r"[-_.]+", "-", pkg.get("name", "")).lower() != re.sub(r"[-_.]+", "-", name).lower():
                continue
            if affects(affected, version):
                ids.add(adv["id"])
                ids.update(adv.get("aliases", []))
    return ids


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--osv", help="directory of OSV JSON advisories to check sca/image rows against")
    parser.add_argument("--print", action="store_true", help="print each row with the line it points at")
    args = parser.parse_args()

    errors = []
    header, rows = parse_table(TABLE)
    if header != COLUMNS:
        errors.append(f"header is {header}, expected {COLUMNS}")
    advisories = load_osv(args.osv) if args.osv else None
    seen = set()
    file_cache = {}

    for position, (table_line, cells) in enumerate(rows, 1):
        where = f"VULNERABILITIES.md:{table_line}"
        if len(cells) != len(COLUMNS):
            errors.append(f"{where}: {len(cells)} cells, expected {len(COLUMNS)}")
            continue
        row = dict(zip(COLUMNS, cells))
        rid = row["id"]
        if rid != f"V{position:02d}":
            errors.append(f"{where}: id {rid} out of sequence (expected V{position:02d})")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if row["scanner"] not in SCANNERS:
            errors.append(f"{where}: {rid}: unknown scanner {row['scanner']!r}")
        if not re.fullmatch(r"CWE-\d+", row["CWE"]):
            errors.append(f"{where}: {rid}: CWE {row['CWE']!r} is not like CWE-89")
        path = os.path.join(HERE, row["file"])
        if not os.path.isfile(path):
            errors.append(f"{where}: {rid}: no such file {row['file']}")
            continue
        if path not in file_cache:
            with open(path, encoding="utf-8") as fh:
                file_cache[path] = fh.read().split("\n")
        lines = file_cache[path]
        if rid not in MARKERS:
            errors.append(f"{where}: {rid}: no marker in check_lines.py; add one")
            continue
        marker = MARKERS[rid]
        if marker is None:
            if row["line"] != "-":
                errors.append(f"{where}: {rid}: expected line '-', found {row['line']!r}")
            continue
        if not row["line"].isdigit():
            errors.append(f"{where}: {rid}: line {row['line']!r} is not a number")
            continue
        line = int(row["line"])
        text = lines[line - 1] if 1 <= line <= len(lines) else None
        if args.print:
            print(f"{rid:4} {row['scanner']:10} {row['file']}:{line}: {text.strip() if text else '<out of range>'}")
        if text is None:
            errors.append(f"{where}: {rid}: {row['file']} has no line {line}")
        elif marker not in text:
            hits = [i for i, t in enumerate(lines, 1) if marker in t]
            errors.append(f"{where}: {rid}: {row['file']}:{line} does not contain {marker!r} (found on {hits})")
        if os.path.basename(row["file"]) == "Dockerfile" and marker.startswith("FROM ") and line != last_from_line(lines):
            errors.append(f"{where}: {rid}: a missing-instruction row must name the final FROM line")

        if advisories is not None and row["scanner"] in ("sca", "image") and row["file"].endswith("requirements.txt"):
            pin = re.match(r"\s*([A-Za-z0-9_.\-]+)==([^\s;#]+)", text or "")
            listed = set(ADVISORY_ID.findall(row["notes"]))
            if not pin:
                errors.append(f"{where}: {rid}: line {line} is not a name==version pin")
                continue
            known = advisories_for(advisories, pin.group(1), pin.group(2))
            if not listed:
                errors.append(f"{where}: {rid}: notes list no advisory id")
            for missing in sorted(listed - known):
                errors.append(f"{where}: {rid}: {missing} does not affect {pin.group(1)} {pin.group(2)} in {args.osv}")
            cves = {i for i in known if i.startswith("CVE-")}
            for unlisted in sorted(cves - listed):
                print(f"note: {rid}: {pin.group(1)} {pin.group(2)} is also affected by {unlisted}")

    for rid in sorted(set(MARKERS) - seen):
        errors.append(f"marker {rid} has no row in the table")

    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"{len(rows)} rows checked, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
