"""``python -m summitlens`` runs the CLI."""

from summitlens.cli import app

app()
