"""The server's settings a user relies on without reading them: who can reach it, what it shows."""
from __future__ import annotations

import tomllib
from pathlib import Path

CONFIG = tomllib.loads((Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml").read_text())


def test_the_dashboard_listens_on_this_machine_only() -> None:
    assert CONFIG["server"]["address"] == "localhost"


def test_users_see_no_deploy_button_developer_menu_or_traceback() -> None:
    assert CONFIG["client"]["toolbarMode"] == "viewer"
    assert CONFIG["client"]["showErrorDetails"] in ("type", "none")


def test_the_upload_limit_matches_the_readers() -> None:
    from strikes.readers import MAX_BYTES

    assert CONFIG["server"]["maxUploadSize"] == MAX_BYTES // (1024 * 1024)
