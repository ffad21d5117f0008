"""Figure functions: a table in, a matplotlib Figure out, one style for the suite."""

from summitlens.plots import corpus, framing, meetings, trade  # noqa: F401
from summitlens.plots.style import save_figure, use_style

__all__ = ["corpus", "framing", "meetings", "trade", "save_figure", "use_style"]
