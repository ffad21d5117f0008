"""environment.yml and pyproject.toml list the same dependencies."""

from __future__ import annotations

import re
import tomllib

import yaml

from summitlens import paths


def _name(spec: str) -> str:
    return re.split(r"[<>=!~\[ ;]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> set[str]:
    data = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())
    project = data["project"]
    names = {_name(s) for s in project["dependencies"]}
    names |= {_name(s) for s in project["optional-dependencies"]["dev"]}
    return names


def _environment() -> set[str]:
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    names: set[str] = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            names |= {_name(s) for s in dep.get("pip", []) if not s.startswith("-")}
        else:
            names.add(_name(dep))
    return names - {"python", "pip"}


def test_environment_matches_pyproject():
    missing = _pyproject() - _environment()
    extra = _environment() - _pyproject()
    assert not missing, f"in pyproject.toml but not environment.yml: {sorted(missing)}"
    assert not extra, f"in environment.yml but not pyproject.toml: {sorted(extra)}"
