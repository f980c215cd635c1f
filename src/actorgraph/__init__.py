"""actorgraph: political narrative text in, a sourced graph of actors and events out.

Importing this package is cheap: spaCy, the web server and Dask load only
when a function that needs them runs.
"""

from __future__ import annotations

from .api import ActorGraph, code, iter_documents, open, read
from .errors import (
    ActorGraphError,
    CodingError,
    ConfigError,
    FilterError,
    ModelError,
    ReaderError,
    RecordError,
    StoreError,
)
from .models import (
    Actor,
    Affiliation,
    Claim,
    CodedDocument,
    Document,
    Event,
    Evidence,
    Location,
    Mention,
    Post,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorGraph",
    "ActorGraphError",
    "Affiliation",
    "Claim",
    "CodedDocument",
    "CodingError",
    "ConfigError",
    "Document",
    "Event",
    "Evidence",
    "FilterError",
    "Location",
    "Mention",
    "ModelError",
    "Post",
    "ReaderError",
    "RecordError",
    "Settings",
    "StoreError",
    "code",
    "iter_documents",
    "open",
    "read",
]
