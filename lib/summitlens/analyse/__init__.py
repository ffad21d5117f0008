"""Table -> table aggregations used by the notebooks."""
