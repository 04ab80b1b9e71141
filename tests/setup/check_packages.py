#!/usr/bin/env python3
"""Checks that the Debian package list in dev.sh pulls in everything the build really uses.

A fresh Debian machine has only the packages of priority "required" (plus git, to clone);
`./dev.sh` installs its PACKAGES list with --no-install-recommends. Everything the
configured build recorded (CMake package configs, libraries, headers), every shared object
the executables and the Qt plugins they load need, and every program the commands run must
come from a package in the dependency closure of that list. Otherwise a machine that got the
package some other way builds, and a fresh one fails.

  check_packages.py --dev-sh dev.sh --source-dir . --build-dir build/ci
  check_packages.py ... --drop PKG --expect-missing PKG   (the check's own test)
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

# Programs the README commands and the test suites run (not recorded by the build).
PROGRAMS = ["cmake", "ctest", "ninja", "c++", "pkg-config", "python3", "dbus-run-session",
            "gnome-keyring-daemon", "curl", "sh", "bash", "clang-format"]
# Qt plugins the console and the sandbox load at run time: xcb for `run` on a display,
# offscreen for tests and screenshots, SQLite for the sandbox's state.
QT_PLUGINS = ["platforms/libqxcb.so", "platforms/libqoffscreen.so", "sqldrivers/libqsqlite.so"]
# What a fresh machine has besides the "required" priority set.
BASE_PACKAGES = ["git", "apt"]


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def packages_from_dev_sh(path):
    text = open(path, encoding="utf-8").read()
    match = re.search(r"^PACKAGES=\((.*?)^\)", text, re.S | re.M)
    if not match:
        sys.exit(f"{path}: no PACKAGES=( ... ) list found")
    words = []
    for line in match.group(1).splitlines():
        words += line.split("#", 1)[0].split()
    return words


def dependency_closure(packages):
    """Every package apt would install for `packages` without recommends, by name."""
    result = run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                  "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + packages)
    if result.returncode != 0:
        sys.exit("apt-cache depends failed: " + result.stderr.strip())
    closure = set()
    for line in result.stdout.splitlines():
        if line and not line[0].isspace():
            closure.add(line.strip().strip("<>").split(":")[0])
        elif line.strip() and ":" not in line:
            # A virtual package's providers are listed indented, without a field name.
            closure.add(line.strip().split(":")[0])
    return closure


def base_system():
    result = run(["dpkg-query", "-W", "-f", "${Package}\t${Priority}\t${Essential}\n"])
    base = set()
    for line in result.stdout.splitlines():
        name, priority, essential = (line.split("\t") + ["", ""])[:3]
        if priority == "required" or essential == "yes":
            base.add(name)
    return base | dependency_closure(BASE_PACKAGES)


class Owners:
    """File → owning packages, from dpkg's own file lists (one read, not one dpkg -S each).
    A directory is owned by every package that ships something in it."""

    def __init__(self):
        self.owners = {}
        for listing in glob.glob("/var/lib/dpkg/info/*.list"):
            package = os.path.basename(listing)[:-len(".list")].split(":")[0]
            with open(listing, encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    self.owners.setdefault(line.rstrip("\n"), set()).add(package)

    def of(self, path):
        candidates = [path, os.path.realpath(path)]
        for candidate in list(candidates):
            # Merged /usr: dpkg may know a file under /lib while the build saw /usr/lib.
            if candidate.startswith("/usr/"):
                candidates.append(candidate[len("/usr"):])
            else:
                candidates.append("/usr" + candidate)
        found = set()
        for candidate in candidates:
            found |= self.owners.get(candidate, set())
        if not found:  # diversions and the like: ask dpkg itself
            result = run(["dpkg", "-S", path])
            if result.returncode == 0:
                found = {p.strip().split(":")[0] for p in result.stdout.split(": ", 1)[0].split(",")}
        return found


def cache_entries(build_dir):
    """Absolute paths the configured build recorded for found packages and libraries.

    A library counts only when a link step uses it: CMake's own modules probe for optional
    ones (FindOpenGL records GLU, say) that the build never links, and a fresh machine
    without them builds all the same."""
    paths = {}
    cache = os.path.join(build_dir, "CMakeCache.txt")
    build_rules = open(os.path.join(build_dir, "build.ninja"), encoding="utf-8", errors="replace").read()
    for line in open(cache, encoding="utf-8", errors="replace"):
        match = re.match(r"^([A-Za-z0-9_]+(?:_DIR|_LIBRARY|_LIBRARY_RELEASE)):[A-Z]+=(/.*)$",
                         line.rstrip("\n"))
        if not match or not os.path.exists(match.group(2)):
            continue
        name, path = match.groups()
        if "_LIBRARY" in name and path not in build_rules:
            continue
        if name.endswith("_DIR") and os.path.isdir(path):
            # A package's config directory: what matters is who ships its config file.
            package = name[:-len("_DIR")]
            configs = [os.path.join(path, f) for f in (package + "Config.cmake",
                                                       package.lower() + "-config.cmake")]
            path = next((c for c in configs if os.path.exists(c)), path)
        paths[path] = "CMakeCache.txt " + name
    return paths


def headers(build_dir):
    """System headers the compiler really read (ninja's dependency log)."""
    result = run(["ninja", "-C", build_dir, "-t", "deps"])
    paths = {}
    for line in result.stdout.splitlines():
        path = line.strip()
        if line.startswith(" ") and path.startswith("/usr/"):
            paths.setdefault(path, "included by the build")
    return paths


def shared_objects(binary):
    result = run(["ldd", binary])
    paths = {}
    for line in result.stdout.splitlines():
        match = re.search(r"=> (/\S+)", line)
        if match:
            paths[match.group(1)] = "loaded by " + os.path.basename(binary)
        elif "not found" in line:
            paths[line.split()[0]] = "NOT FOUND for " + os.path.basename(binary)
    return paths


def qt_plugin_dir(build_dir):
    for line in open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8"):
        if line.startswith("Qt6_DIR:"):
            cmake_dir = line.split("=", 1)[1].strip()  # .../<triplet>/cmake/Qt6
            return os.path.join(os.path.dirname(os.path.dirname(cmake_dir)), "qt6", "plugins")
    sys.exit("CMakeCache.txt has no Qt6_DIR: configure the build first")


def used_files(build_dir):
    used = {}
    used.update(cache_entries(build_dir))
    used.update(headers(build_dir))
    binaries = [os.path.join(build_dir, name) for name in
                ("infrai-console", "sandbox/infrai-sandbox")]
    plugins = qt_plugin_dir(build_dir)
    for plugin in QT_PLUGINS:
        path = os.path.join(plugins, plugin)
        used[path] = "Qt plugin the console or the sandbox loads"
        binaries.append(path)
    for binary in binaries:
        if os.path.exists(binary):
            used.update(shared_objects(binary))
        else:
            used[binary] = "missing (build first)"
    for program in PROGRAMS:
        # Debian's own, as on a fresh machine's PATH (not a hand-installed copy elsewhere).
        path = shutil.which(program, path="/usr/sbin:/usr/bin:/sbin:/bin")
        used[path or program] = "program the commands run" if path else "program not found"
    return used


def check(packages, build_dir, source_dir):
    """The problems found: (file, why it is used, its package or None)."""
    closure = dependency_closure(packages) | base_system()
    owners = Owners()
    problems = []
    source_root = os.path.realpath(source_dir)
    for path, why in sorted(used_files(build_dir).items()):
        if not path.startswith("/") or not os.path.exists(path):
            problems.append((path, why, None))
            continue
        real = os.path.realpath(path)
        if real == source_root or real.startswith(source_root + "/") or \
                real.startswith(os.path.realpath(build_dir)):
            continue
        packages = owners.of(path)
        if not packages & closure:
            problems.append((path, why, ", ".join(sorted(packages)) or None))
    return problems


def report(problems):
    for path, why, package in problems:
        if package:
            print(f"missing from dev.sh's list: {package} (provides {path}, {why})")
        else:
            print(f"not from any Debian package: {path} ({why})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev-sh", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--drop", action="append", default=[],
                        help="check the list without this package")
    parser.add_argument("--expect-missing",
                        help="succeed only if the check fails and names this package")
    args = parser.parse_args()

    packages = [p for p in packages_from_dev_sh(args.dev_sh) if p not in args.drop]
    problems = check(packages, args.build_dir, args.source_dir)
    report(problems)
    if args.expect_missing:
        named = any(package and args.expect_missing in package.split(", ")
                    for _, _, package in problems)
        if named:
            print(f"ok: the check names {args.expect_missing} when it is left out")
            return 0
        print(f"the check did not name {args.expect_missing} although it was left out")
        return 1
    if problems:
        print(f"{len(problems)} file(s) the build uses would be missing on a fresh machine")
        return 1
    print(f"ok: every file the build uses comes from the closure of {len(packages)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
