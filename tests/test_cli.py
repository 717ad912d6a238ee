"""The ``newsevents`` command: parse, events and timeline."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsevents
from newsevents.cli import main
from tests.conftest import ROOT, SEEDS

SEED_DIR = str(ROOT / "seeds")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---- parse -----------------------------------------------------------------------------------


def test_parse_a_folder_gives_one_json_line_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", SEED_DIR)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 5
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == [p.stem for p in SEEDS]
    assert newsevents.from_dict(json.loads(lines[0])).id == SEEDS[0].stem


def test_parse_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = " date 2022-01 Blinken møtte Lavrov i Genève fredag.".encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _err = run(capsys, "parse", "-")
    assert code == 0
    article = json.loads(out)
    assert article["id"] == "stdin" and article["language"] == "nb"


def test_parse_bad_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    code, out, err = run(capsys, "parse", str(bad), str(SEEDS[0]))
    assert code == 1
    assert "bad.txt" in err
    assert len(out.splitlines()) == 1  # the good file is still parsed
    code, _out, err = run(capsys, "parse", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt" in err


def test_parse_json_and_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "parse", str(SEEDS[2]), "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)
    code, out, _err = run(capsys, "parse", str(SEEDS[2]), "--format", "summary")
    assert code == 0 and out.startswith("== 002_")
    assert "  event    meet" in out


@pytest.mark.parametrize("command", ["parse", "events", "timeline"])
def test_unknown_language_is_bad_usage(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, err = run(capsys, command, str(SEEDS[0]), "--language", "xx")
    assert code == 2 and "no language pack for 'xx'" in err and out == ""


def test_language_tag_with_region_is_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "parse", str(SEEDS[4]), "--language", "da-DK")
    assert code == 0 and json.loads(out)["language"] == "da"


# ---- events ----------------------------------------------------------------------------------


def test_events_jsonl_is_the_default_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "events", str(SEEDS[4]))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["article"] == SEEDS[4].stem for r in rows)
    assert [r["index"] for r in rows] == list(range(len(rows)))
    assert {"type", "status", "participants", "time", "text", "start", "end"} <= set(rows[0])
    assert any(r["type"] == "annexation" and r["time"]["value"] == "2014" for r in rows)


def test_events_csv_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "events", SEED_DIR, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    total = sum(len(newsevents.parse_file(p).events) for p in SEEDS)
    assert len(rows) == total
    assert {"article", "type", "status", "time.value"} <= set(rows[0])
    code, out, _err = run(capsys, "events", str(SEEDS[0]), "--format", "json")
    assert len(json.loads(out)) == len(newsevents.parse_file(SEEDS[0]).events)


def test_events_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "events", str(SEEDS[1]), "--format", "table")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split()[:4] == ["article", "time", "type", "status"]
    assert any("invasion" in r and "2022-01-24" in r for r in rows)


# ---- timeline --------------------------------------------------------------------------------


def test_timeline_json_is_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "timeline", SEED_DIR, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["articles"] == [p.stem for p in SEEDS]
    assert any(x["kind"] == "date" for x in data["contradictions"])
    assert len(data["timeline"]) == len(data["event_clusters"])


def test_timeline_rows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "timeline", SEED_DIR, "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    geneva = [r for r in rows if r["type"] == "meet" and r["place"] == "Genève"]
    assert len(geneva) == 1 and geneva[0]["reports"] == 2
    assert any(r["contradictions"] == ["date"] for r in rows)
    code, out, _err = run(capsys, "timeline", SEED_DIR, "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(out)))) == len(rows)


def test_timeline_table_flags_contradictions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "timeline", SEED_DIR, "--format", "table")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["cluster", "time", "type"]
    assert any(line.startswith("! ") and "date" in line for line in lines)
    assert any("2014" in line and "annexation" in line for line in lines[1:3])


def test_timeline_with_a_failing_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "timeline", str(tmp_path / "nope.txt"), str(SEEDS[0]))
    assert code == 1 and "nope.txt" in err
    assert out.strip()


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsevents", "parse", str(SEEDS[4]), "--format", "summary"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("== 004_")
