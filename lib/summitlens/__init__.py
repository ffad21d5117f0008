"""SummitLens: news articles about Putin and Xi into validated tables.

The notebooks use :func:`load_tables` and the figure functions in :mod:`summitlens.plots`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from summitlens.tables import Tables, load_tables  # noqa: E402

__all__ = ["Tables", "load_tables", "__version__"]
