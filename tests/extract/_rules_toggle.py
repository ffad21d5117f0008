"""A copy of the packaged ``encounters.yml`` with rules switched on or off, for the rule tests of
``test_meetings.py`` and ``test_encounters.py``."""

from __future__ import annotations

import re
from pathlib import Path

from summitlens.rules import rules_path


def toggled_encounters(tmp_path: Path, *, off=(), on=()) -> Path:
    """Write the packaged ``encounters.yml`` to ``tmp_path`` with rule ids added to (``off``) or
    removed from (``on``) its ``rules_off`` list; return the copy's path."""
    text = rules_path(None, default="encounters.yml").read_text(encoding="utf-8")
    m = re.search(r"^rules_off: \[(.*?)\]", text, flags=re.S | re.M)
    ids = [x.strip() for x in m.group(1).replace("\n", " ").split(",") if x.strip()]
    ids = [x for x in ids if x not in on] + list(off)
    f = tmp_path / "encounters.yml"
    f.write_text(text[:m.start()] + "rules_off: [" + ", ".join(ids) + "]" + text[m.end():], encoding="utf-8")
    return f
