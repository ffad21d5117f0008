"""Pipeline step ``framing``: articles + sentences → frame_terms, frame_scores.

Only English sentences (``sentences.is_english``) are read. The lexicons are the packaged
``frames.yml`` and ``frame_cues.yml``; set ``SUMMITLENS_FRAMES`` / ``SUMMITLENS_FRAME_CUES``
to a YAML file of your own to use another lexicon in a build.
"""

from __future__ import annotations

import os

import pandas as pd

from summitlens.derive.framing import document_scores
from summitlens.extract.frames import extract_frame_terms, load_cues, load_lexicon
from summitlens.pipeline.base import Context, Step, concat_in_order, map_documents
from summitlens.pipeline.corrections import correct


def load_resources() -> dict:
    """The frame lexicon and cues of this build (``SUMMITLENS_FRAMES`` / ``SUMMITLENS_FRAME_CUES``
    or the packaged ones), read once on the driver and passed to :func:`partition_tables`."""
    return {"lexicon": load_lexicon(os.environ.get("SUMMITLENS_FRAMES") or None),
            "cues": load_cues(os.environ.get("SUMMITLENS_FRAME_CUES") or None)}


#: Documents per batch of the step's progress bar.
BATCH_SIZE = 500


def _batch_tables(articles: pd.DataFrame, sentences: pd.DataFrame, *, lexicon, cues) -> tuple[pd.DataFrame, pd.DataFrame]:
    english = sentences[sentences["is_english"].astype(bool)]
    terms = extract_frame_terms(english, lexicon=lexicon, cues=cues)
    return terms, document_scores(terms, articles, categories=tuple(lexicon.categories))


def partition_tables(articles: pd.DataFrame, sentences: pd.DataFrame, *, lexicon, cues,
                     progress: bool = False) -> dict[str, pd.DataFrame]:
    """Frame terms and scores of any set of whole documents (one partition or the corpus; pure).

    Every row depends on its own document only, so partitions can be scored apart (here in
    batches of :data:`BATCH_SIZE` documents, in ``doc_id`` order).

    Args:
        articles: The ``articles`` table (``doc_id``, ``n_words``).
        sentences: The ``sentences`` table (English sentences are read).
        lexicon: A frame lexicon (:func:`summitlens.extract.frames.load_lexicon`).
        cues: Frame cues (:func:`summitlens.extract.frames.load_cues`).
        progress: Show a progress bar over documents.

    Returns:
        ``{"frame_terms": …, "frame_scores": …}``.
    """
    parts = map_documents(_batch_tables, {"articles": articles, "sentences": sentences}, size=BATCH_SIZE,
                          desc="framing", progress=progress, lexicon=lexicon, cues=cues)
    return {"frame_terms": concat_in_order([t for t, _ in parts]),
            "frame_scores": concat_in_order([s for _, s in parts])}


def run(ctx: Context) -> dict[str, pd.DataFrame]:
    """Find frame terms in English sentences and score every document.

    Args:
        ctx: Pipeline context holding (or able to read) ``articles`` and ``sentences``.

    Returns:
        ``{"frame_terms": …, "frame_scores": …}``.
    """
    res = load_resources()
    return correct(ctx, partition_tables(ctx.table("articles"), ctx.table("sentences"), progress=ctx.progress, **res))


STEP = Step(name="framing", outputs=("frame_terms", "frame_scores"), run=run,
            inputs=("articles", "sentences", "temporal_expressions", "document_dates"))
