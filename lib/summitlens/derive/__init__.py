"""Tables the pipeline writes that are built from other tables (not from text).

One module per pipeline domain (``framing.py`` …). The pipeline owns this layer:
``derive`` may import ``extract``, ``text``, ``schemas``, ``rules`` and ``paths``, never
``pipeline`` or ``analyse``; ``analyse`` (notebook helpers) may import from here.
"""
