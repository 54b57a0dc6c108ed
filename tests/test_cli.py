"""The `python -m strikes` contract: JSON Lines keyed by StrikeEvent's fields, clean errors."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from strikes.cli import main
from strikes.model import event_fields

from conftest import REPO, SAMPLES, SEED

STRIKE = "5 May 2016\n\nRussian warplanes struck the town of Kafr Nabl on Wednesday, killing 12 civilians.\n"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_extract_prints_one_json_object_per_event_keyed_by_the_model(capsys):
    code, events, _ = run(capsys, "extract", SEED)
    assert code == 0
    assert events, "the seed reports two strikes"
    for event in events:
        assert list(event) == event_fields()
        assert event["article"] == str(SEED)


def test_extract_of_the_seed_finds_its_two_strikes(capsys):
    _, events, _ = run(capsys, "extract", SEED)
    found = sorted((e["date"], e["place"], e["actor"]) for e in events)
    assert found == [("2015-09-30", "Homs", "Russia"), ("2015-10-01", "Jisr al-Shughour", "Russia")]


def test_extract_reports_bad_inputs_and_still_processes_the_rest_with_status_3(tmp_path: Path, capsys):
    (tmp_path / "good.txt").write_text(STRIKE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("hello", encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text('{"id": "r1", "text": "x"\n', encoding="utf-8")
    code, events, err = run(
        capsys, "extract", tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "notes.xyz", tmp_path / "batch.jsonl"
    )
    assert code == 3
    assert {e["article"] for e in events} == {str(tmp_path / "good.txt")}
    assert f"error: {tmp_path / 'empty.txt'}: file is empty" in err
    assert f"error: {tmp_path / 'notes.xyz'}: unsupported file type '.xyz'" in err
    assert f"error: {tmp_path / 'batch.jsonl'}:1: malformed record" in err


def test_extract_fails_only_when_nothing_could_be_read(tmp_path: Path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, events, err = run(capsys, "extract", tmp_path / "empty.txt", tmp_path / "missing.txt")
    assert (code, events) == (1, [])
    assert "missing.txt: cannot be read" in err


def test_extract_uses_published_date_and_record_ids_for_jsonl(tmp_path: Path, capsys):
    record = {"id": "note-7", "text": "Russian warplanes struck the town of Kafr Nabl on Wednesday, killing 12 civilians."}
    (tmp_path / "notes.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    _, events, _ = run(capsys, "extract", tmp_path / "notes.jsonl", "--published", "2016-05-05")
    assert [(e["article"], e["date"]) for e in events] == [("note-7", "2016-05-04")]


def test_extract_never_writes_the_store(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("STRIKE_ATLAS_DB", str(tmp_path / "should-not-exist.db"))
    run(capsys, "extract", SEED)
    assert not (tmp_path / "should-not-exist.db").exists()


def test_article_with_no_strikes_is_noted_on_stderr(tmp_path: Path, capsys):
    (tmp_path / "talks.txt").write_text("1 Oct 2015\n\nDiplomats met in Geneva to discuss a ceasefire.\n", encoding="utf-8")
    code, events, err = run(capsys, "extract", tmp_path / "talks.txt")
    assert (code, events) == (0, [])
    assert "no air strikes found" in err


def test_ingest_twice_stores_nothing_new_the_second_time(tmp_path: Path, capsys):
    db = tmp_path / "atlas.db"
    assert main(["ingest", str(SAMPLES), "--db", str(db)]) == 0
    first = capsys.readouterr().out
    assert main(["ingest", str(SAMPLES), "--db", str(db)]) == 0
    second = capsys.readouterr().out
    n_files = len([p for p in SAMPLES.iterdir() if p.suffix == ".txt"])
    assert f"articles read: {n_files}" in first and f"new: {n_files}" in first
    assert "new: 0" in second and f"duplicate (already stored): {n_files}" in second
    assert "events stored: 0" in second


def test_export_writes_acled_like_csv_and_geojson(tmp_path: Path, capsys):
    db = tmp_path / "atlas.db"
    main(["ingest", str(SEED), "--db", str(db)])
    capsys.readouterr()
    main(["export", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["event_date"] for r in rows) == ["2015-09-30", "2015-10-01"]
    assert {"event_date", "latitude", "longitude", "geo_precision", "time_precision", "actor1", "fatalities", "notes", "source"} <= set(rows[0])
    main(["export", "--db", str(db), "--format", "geojson", "--from", "2015-10-01"])
    collection = json.loads(capsys.readouterr().out)
    assert [f["properties"]["event_date"] for f in collection["features"]] == ["2015-10-01"]
    assert collection["features"][0]["properties"]["strikes"] == 30


def test_module_entry_point_runs_as_a_command(tmp_path: Path):
    (tmp_path / "good.txt").write_text(STRIKE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "strikes", "extract", str(tmp_path / "good.txt")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    [event] = [json.loads(line) for line in done.stdout.splitlines()]
    assert (event["place"], event["date"], event["actor"], event["civilians_killed"]) == ("Kafr Nabl", "2016-05-04", "Russia", 12)


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path):
    # "python -m strikes extract many.jsonl | head -1", with more output than a pipe holds
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"id": str(i), "text": STRIKE}) + "\n" for i in range(300)), encoding="utf-8")
    command = subprocess.Popen([sys.executable, "-m", "strikes", "extract", str(many)], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(command.stdout.readline())["place"]
    command.stdout.close()
    assert "Traceback" not in command.stderr.read().decode()
    command.wait(timeout=120)


def test_bad_published_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(SEED), "--published", "01/10/2015"])
    assert stop.value.code == 2
    assert "not a date in YYYY-MM-DD form" in capsys.readouterr().err


def _store_with(tmp_path: Path, *events):
    import datetime as dt

    from strikes import Article, StrikeEvent
    from strikes.store import Store

    db = tmp_path / "atlas.db"
    Store(str(db)).add(Article(text="export me", title="=HYPERLINK(\"http://x\")"), [
        StrikeEvent(date=dt.date(2016, 5, 4), actor="Russia", evidence="Jets struck.", **values) for values in events
    ])
    return db


def test_export_writes_text_that_a_spreadsheet_would_run_as_a_formula_as_text(tmp_path: Path, capsys):
    db = _store_with(tmp_path, {"place": "=cmd|' /C calc'!A0", "source": "@SUM(1+1)", "target": "-2+3", "lat": -33.5, "lon": 36.7})
    assert main(["export", "--db", str(db)]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["location"], row["source"], row["target"]) == ("'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'-2+3")
    assert row["article_title"] == "'=HYPERLINK(\"http://x\")"
    assert (row["latitude"], row["longitude"]) == ("-33.5", "36.7")


def test_export_writes_counts_and_geonameid_as_integers(tmp_path: Path, capsys):
    db = _store_with(tmp_path, {"killed": 36, "strikes": 30, "geonameid": 169577, "geo_precision": 1, "lat": 34.7, "lon": 36.7},
                     {"wounded": 4})
    assert main(["export", "--db", str(db)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    counts = [(r["fatalities"], r["strikes"], r["wounded"], r["geonameid"], r["geo_precision"], r["time_precision"]) for r in rows]
    assert sorted(counts) == [("", "", "4", "", "", "1"), ("36", "30", "", "169577", "1", "1")]
    main(["export", "--db", str(db), "--format", "geojson"])
    [feature] = json.loads(capsys.readouterr().out)["features"]
    assert (feature["properties"]["geonameid"], feature["properties"]["wounded"]) == (169577, None)


def test_ingest_exits_non_zero_when_an_input_failed(tmp_path: Path, capsys):
    (tmp_path / "good.txt").write_text(STRIKE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), "--db", str(tmp_path / "atlas.db")]) == 1
    out = capsys.readouterr().out
    assert "new: 1\n" in out and "failed: 1\n" in out and f"  failed: {tmp_path / 'empty.txt'}: file is empty" in out
