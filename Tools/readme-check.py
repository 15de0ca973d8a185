#!/usr/bin/env python3
"""README.md's console examples, run and compared: a README that cannot drift.

    python3 Tools/readme-check.py .build/debug/tipdiff [--readme README.md] [--show]
    python3 Tools/readme-check.py .build/debug/tipdiff --self-test

Every ```console block of README is a list of `$ command` lines, each followed by the output README
shows for it. The check copies the repository (its git-tracked files and untracked ones that are not
ignored, as they are in the working tree) into a scratch folder and runs each command there with bash,
in README's order, with `tipdiff` on PATH pointing at the given binary (`swift run tipdiff` is rewritten
to `tipdiff`, so nothing is rebuilt) and `/tmp/` pointing at a private scratch folder (so runs never
meet each other's files). Standard output and standard error are compared together with README's text:
timings (`0.4 s`, `73 ms`), sizes (`670 KB`) and the review server's token are masked, trailing white
space is ignored, and a line `...` in README stands for any number of lines.

It fails (exit 1) on the first difference, printing README's line and a unified diff; with --show it
prints every difference instead of stopping at the first. It also fails when an example changes the
checkout (a tracked file changed, or a file left that .gitignore does not cover: examples write to /tmp
or to out/), when the repository's own git status changed during the run, and when a repository path
README names in backticks (Sources/..., Tools/..., Reports/..., Annotations/..., examples/..., docs/...,
Tests/...) or links to does not exist.

A fence preceded by the line `<!-- readme-check: until-output -->` holds a server: its command is
stopped (SIGINT, as Ctrl-C) once it has printed as many lines as README shows. A block of another kind
(```csv, ```markdown) preceded by `<!-- readme-check: $ COMMAND -->` is checked as COMMAND's output.

--self-test runs the check on altered copies of README and expects each alteration to be caught (and a
changed timing not to be). Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import hashlib
import os
import re
import select
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATH_PREFIXES = ("Sources/", "Tools/", "Reports/", "Annotations/", "examples/", "docs/", "Tests/")
COMMAND_TIMEOUT = 300.0
SERVER_DIRECTIVE = "<!-- readme-check: until-output -->"
OUTPUT_DIRECTIVE = re.compile(r"<!-- readme-check: \$ (.+) -->")
ELLIPSIS = "..."

# What varies from run to run, masked on both sides before comparing.
MASKS = [
    (re.compile(r"\b\d+(?:\.\d+)?\s?(?:ms|s)\b"), "<time>"),
    (re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:bytes|[KMG]i?B)\b"), "<size>"),
    (re.compile(r"token=[0-9a-f]{64}"), "token=<token>"),
]


@dataclasses.dataclass
class Example:
    """One `$ command` of a console block, with the output README shows for it."""

    line: int  # README's line of the command (1-based)
    command: str
    expected: list[str]
    server: bool = False


@dataclasses.dataclass
class Difference:
    """An example whose output, or whose effect on the checkout, is not what README says."""

    example: Example
    message: str
    diff: list[str]


def examples(readme: str) -> list[Example]:
    """Every command of every ```console block, in README's order."""
    lines = readme.split("\n")
    found: list[Example] = []
    index = 0
    while index < len(lines):
        fence = lines[index].strip()
        directive = OUTPUT_DIRECTIVE.fullmatch(lines[index - 1].strip()) if index > 0 else None
        if fence.startswith("```") and fence != "```console" and fence != "```" and directive:
            # A block of another kind (```csv, ```markdown) that README shows as a command's output.
            start = index
            index += 1
            expected = []
            while index < len(lines) and lines[index].strip() != "```":
                expected.append(lines[index])
                index += 1
            found.append(Example(line=start, command=directive.group(1), expected=expected))
            index += 1
            continue
        if fence != "```console":
            index += 1
            continue
        server = index > 0 and lines[index - 1].strip() == SERVER_DIRECTIVE
        index += 1
        current: Example | None = None
        while index < len(lines) and lines[index].strip() != "```":
            text = lines[index]
            if text.startswith("$ "):
                start = index
                command = text[2:]
                while not complete(command) and index + 1 < len(lines) and lines[index + 1].strip() != "```":
                    index += 1
                    command += "\n" + lines[index]
                current = Example(line=start + 1, command=command, expected=[], server=server)
                found.append(current)
            elif current is not None:
                current.expected.append(text)
            index += 1
        index += 1
    return found


def complete(command: str) -> bool:
    """Whether a shell command is whole: its quotes closed and no line continuation at its end."""
    if command.rstrip().endswith("\\"):
        return False
    try:
        shlex.split(command, comments=True)
    except ValueError:
        return False
    return True


def mask(line: str) -> str:
    for pattern, replacement in MASKS:
        line = pattern.sub(replacement, line)
    return line.rstrip()


def compare(expected: list[str], actual: list[str]) -> tuple[bool, list[str]]:
    """Whether `actual` matches `expected` (with `...` lines as wildcards), and `actual` as shown in a
    diff: the lines a wildcard took replaced by `...`, so the diff shows only real differences."""
    wanted = [mask(line) for line in expected]
    got = [mask(line) for line in actual]
    while wanted and wanted[-1] == "":
        wanted.pop()
    while got and got[-1] == "":
        got.pop()
    segments: list[list[str]] = [[]]
    wild: list[str] = []  # the `...` line that opens each segment after the first, as README writes it
    for line in wanted:
        if line.strip() == ELLIPSIS:
            segments.append([])
            wild.append(line)
        else:
            segments[-1].append(line)
    if fits(segments, 0, got, 0):
        return True, [line for number, segment in enumerate(segments) for line in ([wild[number - 1]] if number else []) + segment]
    shown: list[str] = []
    position = 0
    for number, segment in enumerate(segments):
        if number == 0:
            if got[: len(segment)] != segment:
                return False, shown + got[position:]
            shown += segment
            position = len(segment)
            continue
        last = number == len(segments) - 1
        if last and not segment:
            return True, shown + [wild[number - 1]]
        # The segment's first place at or after `position` (at the very end for the last segment).
        candidates = [len(got) - len(segment)] if last else range(position, len(got) - len(segment) + 1)
        for start in candidates:
            if start >= position and got[start : start + len(segment)] == segment:
                shown += [wild[number - 1]] + segment
                position = start + len(segment)
                break
        else:
            return False, shown + [wild[number - 1]] + got[position:]
    if position != len(got):
        return False, shown + got[position:]
    return True, shown


def fits(segments: list[list[str]], number: int, got: list[str], position: int) -> bool:
    """Whether `got[position:]` is `segments[number:]` with any lines between them (the first segment at
    the start, the last at the end, unless README's block ends with `...`: an empty last segment)."""
    segment = segments[number]
    if number == 0:
        return got[: len(segment)] == segment and (
            len(segments) == 1 and len(segment) == len(got) or len(segments) > 1 and fits(segments, 1, got, len(segment)))
    if number == len(segments) - 1:
        return not segment or (len(got) - len(segment) >= position and got[len(got) - len(segment):] == segment)
    return any(
        got[start : start + len(segment)] == segment and fits(segments, number + 1, got, start + len(segment))
        for start in range(position, len(got) - len(segment) + 1))


def copy_repository(repo: Path, target: Path) -> None:
    """The working tree's tracked files and untracked ones that are not ignored, into `target`."""
    listed = subprocess.run(
        ["git", "-C", str(repo), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True, capture_output=True).stdout
    for name in sorted(set(listed.decode().split("\0")) - {""}):
        source = repo / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the working tree
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination, follow_symlinks=False)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes (a link by its target)."""
    files: dict[str, str] = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = Path(directory) / name
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink():
                files[relative] = "link:" + os.readlink(path)
            else:
                files[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def changed_files(repo: Path, before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Files of the copy an example changed, removed, or left behind outside what .gitignore covers."""
    problems = [f"changed {name}" for name in sorted(before) if name in after and after[name] != before[name]]
    problems += [f"removed {name}" for name in sorted(before) if name not in after]
    added = sorted(set(after) - set(before))
    if added:
        ignored = subprocess.run(
            ["git", "-C", str(repo), "check-ignore", "--no-index", "--stdin", "-z"],
            input="\0".join(added).encode(), capture_output=True).stdout.decode().split("\0")
        problems += [f"left {name} (not covered by .gitignore)" for name in added if name not in set(ignored)]
    return problems


def run(example: Example, workdir: Path, scratch_tmp: Path, environment: dict[str, str]) -> list[str]:
    """The example's output (standard output and error together), with the scratch /tmp shown as /tmp."""
    command = re.sub(r"\bswift run tipdiff\b", "tipdiff", example.command)
    command = command.replace("/tmp/", f"{scratch_tmp}/")
    process = subprocess.Popen(
        ["bash", "-c", command], cwd=workdir, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, start_new_session=True)
    assert process.stdout is not None
    wanted = len([line for line in example.expected if line.strip() != ELLIPSIS])
    output = b""
    deadline = time.monotonic() + COMMAND_TIMEOUT
    timed_out = False
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([process.stdout], [], [], min(remaining, 0.5))
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            output += chunk
            if example.server and output.count(b"\n") >= wanted:
                os.killpg(process.pid, signal.SIGINT)
                break
    if timed_out:
        os.killpg(process.pid, signal.SIGKILL)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    process.stdout.close()
    text = output.decode("utf-8", errors="replace").replace(f"{scratch_tmp}/", "/tmp/")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if timed_out and not example.server:
        lines.append(f"[readme-check: stopped after {COMMAND_TIMEOUT:.0f} s without finishing]")
    return lines


def named_paths(readme: str) -> list[tuple[int, str]]:
    """Repository paths README names in backticks or links to, with their lines; placeholders
    (`Reports/<year>/...`, `Reports/Y/`) are left out."""
    found: list[tuple[int, str]] = []
    fence = False
    for number, line in enumerate(readme.split("\n"), start=1):
        if line.strip().startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        spans = re.findall(r"`([^`]+)`", line) + re.findall(r"\]\(([^)\s]+)\)", line)
        for span in spans:
            for token in re.split(r"[\s\"'=,()]+", span):
                token = token.rstrip(".,;:")
                if not token.startswith(PATH_PREFIXES):
                    continue
                if "<" in token or "*" in token or any(re.fullmatch(r"[A-Z]+", part) for part in token.split("/")):
                    continue
                found.append((number, token))
    return found


def git_status(repo: Path) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=all"], check=True, capture_output=True,
        text=True).stdout


def check(readme_path: Path, binary: Path, repo: Path, show: bool, out=sys.stdout) -> int:
    """0 when README holds, 1 when it does not (each problem printed), 2 when the check cannot run."""
    readme = readme_path.read_text(encoding="utf-8")
    label = readme_path.name
    failures = 0

    for number, path in named_paths(readme):
        if not (repo / path).exists():
            print(f"{label}:{number}: names `{path}`, which the repository does not have", file=out)
            failures += 1
            if not show:
                return 1

    status_before = git_status(repo)
    with tempfile.TemporaryDirectory(prefix="readme-check-") as scratch:
        scratch = Path(scratch)
        workdir, scratch_tmp, bindir = scratch / "repo", scratch / "tmp", scratch / "bin"
        for folder in (workdir, scratch_tmp, bindir):
            folder.mkdir()
        copy_repository(repo, workdir)
        (bindir / "tipdiff").symlink_to(binary)
        environment = dict(os.environ)
        environment["PATH"] = f"{bindir}{os.pathsep}{environment.get('PATH', '')}"
        environment.pop("NO_COLOR", None)

        state = snapshot(workdir)
        examples_found = examples(readme)
        if not examples_found:
            print(f"{label}: no ```console examples found", file=out)
            return 2
        for example in examples_found:
            actual = run(example, workdir, scratch_tmp, environment)
            matched, shown = compare(example.expected, actual)
            problems: list[Difference] = []
            if not matched:
                diff = list(difflib.unified_diff(
                    [mask(line) for line in example.expected], shown, f"{label} (line {example.line + 1})", "actual output",
                    lineterm=""))
                first = first_difference(example, shown)
                problems.append(Difference(example, f"{label}:{first}: output differs from README's", diff))
            after = snapshot(workdir)
            touched = changed_files(repo, state, after)
            if touched:
                problems.append(Difference(
                    example, f"{label}:{example.line}: the example changes the checkout: " + "; ".join(touched), []))
            state = after
            for problem in problems:
                failures += 1
                print(problem.message, file=out)
                more = " ..." if len(example.command.splitlines()) > 1 else ""
                print(f"  $ {example.command.splitlines()[0]}{more}", file=out)
                for line in problem.diff:
                    print(f"  {line}", file=out)
                if not show:
                    print("(the check stops at the first difference: --show lists them all)", file=out)
                    return 1
    if git_status(repo) != status_before:
        print(f"{label}: the run changed the repository's own git status", file=out)
        failures += 1
    if failures:
        print(f"{failures} difference{'s' if failures != 1 else ''}", file=out)
        return 1
    print(f"{label}: {len(examples_found)} examples match, {len(named_paths(readme))} named paths exist", file=out)
    return 0


def first_difference(example: Example, shown: list[str]) -> int:
    """README's line of the first expected output line that the actual output does not match."""
    wanted = [mask(line) for line in example.expected]
    for offset, (expected, actual) in enumerate(zip(wanted, shown)):
        if expected != actual:
            return example.line + 1 + offset
    return example.line + 1 + min(len(wanted), len(shown))


def self_test(binary: Path, repo: Path) -> int:
    """The check catches a changed output, a missing path and an example that touches the checkout, and
    lets a changed timing pass."""
    readme = (repo / "README.md").read_text(encoding="utf-8")
    parse = next((e for e in examples(readme) if "tipdiff parse Reports/2025/cuba.txt" in e.command), None)
    if parse is None or len(parse.expected) < 3:
        print("self-test: README has no `tipdiff parse Reports/2025/cuba.txt` example to alter")
        return 2

    def block(command: str, output: list[str]) -> str:
        return "\n".join(["# test", "", "```console", f"$ {command}", *output, "```", ""])

    altered = list(parse.expected)
    altered[2] = altered[2] + " (altered)"
    cases = [
        ("an example as README shows it", block(parse.command, parse.expected), 0, None),
        # The block's command is on line 4, so its third output line (the one altered) is line 7.
        ("an output line changed", block(parse.command, altered), 1, "test.md:7: output differs"),
        ("lines elided with ...", block(parse.command, parse.expected[:2] + ["  ..."] + parse.expected[-1:]), 0, None),
        ("an elision that hides a change", block(parse.command, parse.expected[:2] + ["..."] + altered[2:3]), 1,
         "output differs"),
        ("a timing that varies", block("echo 'read 3 pages in 0.2 s, 12 ms a page'", ["read 3 pages in 9.9 s, 1 ms a page"]),
         0, None),
        ("a path that does not exist", "See `Tools/no-such-script.py`.\n" + block("true", []), 1,
         "names `Tools/no-such-script.py`"),
        ("an example that edits a tracked file", block("echo '# x' >> Annotations/cuba-2025.yaml", []), 1,
         "changed Annotations/cuba-2025.yaml"),
        ("an example that leaves a file in the checkout", block("tipdiff parse Reports/2025/cuba.txt > report.html", []), 1,
         "left report.html"),
        ("an example that writes to /tmp", block("tipdiff parse Reports/2025/cuba.txt > /tmp/parse.txt && wc -l < /tmp/parse.txt",
                                                 [str(len(parse.expected))]), 0, None),
    ]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="readme-check-self-test-") as folder:
        for name, text, status, message in cases:
            path = Path(folder) / "test.md"
            path.write_text(text, encoding="utf-8")
            log = Capture()
            result = check(path, binary, repo, show=False, out=log)
            ok = result == status and (message is None or message in log.text)
            print(f"{'ok  ' if ok else 'FAIL'} {name}: exit {result} (expected {status})")
            if not ok:
                failed += 1
                print("".join(f"    {line}\n" for line in log.text.splitlines()), end="")
    print(f"self-test: {len(cases) - failed} of {len(cases)} cases behave")
    return 1 if failed else 0


class Capture:
    """A stream that keeps what is printed to it."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description="Run README's console examples and compare their output.")
    parser.add_argument("binary", help="the built tipdiff, e.g. .build/debug/tipdiff")
    parser.add_argument("--readme", default=str(ROOT / "README.md"), help="the README to check (default: the repository's)")
    parser.add_argument("--show", action="store_true", help="print every difference instead of stopping at the first")
    parser.add_argument("--self-test", action="store_true", help="check that altered copies of README fail")
    arguments = parser.parse_args()
    binary = Path(arguments.binary).resolve()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        print(f"{arguments.binary}: error: not an executable (build it first: swift build)", file=sys.stderr)
        return 2
    if arguments.self_test:
        return self_test(binary, ROOT)
    return check(Path(arguments.readme), binary, ROOT, arguments.show)


if __name__ == "__main__":
    sys.exit(main())
