"""The suite never reads or writes a developer's setup (tests/conftest.py ``hermetic``)."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import platformdirs

from copydesk.config import config_path, load_settings
from copydesk.engines.llama_cpp import model_dir
from copydesk.store import default_path

REAL_HOME = Path(pwd.getpwuid(os.getuid()).pw_dir)


def outside_home(path) -> bool:
    path = Path(path).resolve()
    return not path.is_relative_to(REAL_HOME) or REAL_HOME == Path("/")


def test_config_data_and_cache_dirs_are_temporary(hermetic, shared_cache):
    assert config_path().is_relative_to(hermetic)
    assert Path(platformdirs.user_data_dir("copydesk")).is_relative_to(hermetic)
    assert Path(platformdirs.user_cache_dir("copydesk")).is_relative_to(shared_cache)  # the gazetteer's
    assert model_dir().is_relative_to(shared_cache)
    assert Path(os.path.expanduser("~")) == hermetic
    for path in (config_path(), platformdirs.user_data_dir("copydesk"), platformdirs.user_cache_dir("copydesk")):
        assert outside_home(path), path


def test_the_default_database_is_temporary(hermetic):
    assert default_path().is_relative_to(hermetic)


def test_no_setting_of_the_shell_reaches_a_test():
    leaked = [v for v in os.environ
              if (v.startswith("COPYDESK_") and v != "COPYDESK_TEST_PG_URL") or v == "OPENAI_API_KEY"]
    assert leaked == []
    settings = load_settings()
    assert settings.engine == "extractive" and settings.api_key is None and settings.model is None


def test_subprocesses_see_the_same_temporary_dirs(hermetic):
    proc = subprocess.run([sys.executable, "-m", "copydesk", "engines"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert str(hermetic / ".config" / "copydesk" / "config.toml") in proc.stdout + proc.stderr
