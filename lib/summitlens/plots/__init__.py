"""Figure functions: a table in, a matplotlib Figure out, one style for the suite."""

from summitlens.plots import corpus, framing, meetings, trade  # noqa: F401
from summitlens.plots.style import register_notebook_display, save_figure, use_style

register_notebook_display()

__all__ = ["corpus", "framing", "meetings", "trade", "save_figure", "use_style"]
