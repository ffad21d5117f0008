"""Reading corpora and reading/writing validated Parquet tables."""
