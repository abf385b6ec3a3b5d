"""Settings: CLI options > env vars > the config file's engine table > its top level > defaults."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from copydesk.cli import main
from copydesk.config import Settings, config_path, load_settings
from copydesk.errors import BadOption


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    monkeypatch.setenv("COPYDESK_CONFIG", str(path))
    for var in ("COPYDESK_ENGINE", "COPYDESK_MODEL", "COPYDESK_BASE_URL", "OPENAI_API_KEY",
                "COPYDESK_N_CTX", "COPYDESK_THREADS", "COPYDESK_TIMEOUT", "COPYDESK_MAX_TOKENS"):
        monkeypatch.delenv(var, raising=False)
    return path


def test_defaults_without_config(config_file):
    assert not config_file.exists()
    assert config_path() == config_file
    assert load_settings(env={}) == Settings()


def test_precedence_option_over_env_over_file(config_file):
    config_file.write_text(
        'engine = "openai"\nmodel = "file-model"\nbase_url = "http://127.0.0.1:1/v1"\nn_ctx = 1024\n'
        '[openai]\nmodel = "openai-table-model"\ntimeout = 9\n'
        '[llama-cpp]\nmodel = "gemma3-270m"\nthreads = 1\n',
        encoding="utf-8",
    )
    # file alone: the [openai] table beats the top level for the openai engine
    s = load_settings(env={})
    assert (s.engine, s.model, s.base_url, s.n_ctx, s.timeout) == (
        "openai", "openai-table-model", "http://127.0.0.1:1/v1", 1024, 9.0)
    # env beats the file
    env = {"COPYDESK_MODEL": "env-model", "COPYDESK_BASE_URL": "http://127.0.0.1:2/v1",
           "OPENAI_API_KEY": "sk-env", "COPYDESK_N_CTX": "2048"}
    s = load_settings(env=env)
    assert (s.model, s.base_url, s.api_key, s.n_ctx, s.timeout) == (
        "env-model", "http://127.0.0.1:2/v1", "sk-env", 2048, 9.0)
    # options beat env; None means "not given"
    s = load_settings({"model": "cli-model", "base_url": None, "n_ctx": 4096}, env=env)
    assert (s.model, s.base_url, s.n_ctx) == ("cli-model", "http://127.0.0.1:2/v1", 4096)
    # the engine chosen by env picks its own table
    s = load_settings(env={"COPYDESK_ENGINE": "llama-cpp"})
    assert (s.engine, s.model, s.threads, s.base_url) == ("llama-cpp", "gemma3-270m", 1, "http://127.0.0.1:1/v1")
    # an explicit engine (as `copydesk engines` asks) picks its table whatever the default
    s = load_settings(env={}, engine="llama-cpp")
    assert (s.engine, s.model) == ("llama-cpp", "gemma3-270m")


def test_env_var_is_read_from_the_process(config_file, monkeypatch):
    monkeypatch.setenv("COPYDESK_ENGINE", "openai")
    monkeypatch.setenv("COPYDESK_MODEL", "llama3.1")
    s = load_settings()
    assert (s.engine, s.model) == ("openai", "llama3.1")


@pytest.mark.parametrize("text, words", [
    ("model = [", "not valid TOML"),
    ("n_ctx = 'big'\n", "n_ctx"),
    ("threads = 0\n", "below the minimum"),
    ("engine = 3\n", "must be text"),
])
def test_bad_config_file_is_one_bad_option(config_file, text, words):
    config_file.write_text(text, encoding="utf-8")
    with pytest.raises(BadOption) as info:
        load_settings(env={})
    message = str(info.value)
    assert words in message and " - " in message and "\n" not in message


def test_bad_env_value_names_the_variable(config_file):
    with pytest.raises(BadOption, match="COPYDESK_N_CTX"):
        load_settings(env={"COPYDESK_N_CTX": "lots"})


def test_engines_command_lists_every_engine_and_the_config_path(config_file):
    config_file.write_text('[openai]\nbase_url = "http://127.0.0.1:11434/v1"\nmodel = "llama3.1"\n',
                           encoding="utf-8")
    result = CliRunner().invoke(main, ["engines"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "openai: base URL http://127.0.0.1:11434/v1, model llama3.1" in lines
    assert any(line.startswith("extractive (default): ") for line in lines)
    assert any(line.startswith("llama-cpp: ") for line in lines)
    assert lines[-1] == f"config file: {config_file}"
    data = json.loads(CliRunner().invoke(main, ["engines", "--json"]).output)
    assert {e["name"] for e in data["engines"]} >= {"extractive", "openai", "llama-cpp"}
    assert data["config_file"] == str(config_file)


def test_engines_command_with_broken_config_is_one_line(config_file):
    config_file.write_text("engine = \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["engines"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert "not valid TOML" in result.output and "fix or remove it" in result.output
