"""Every key of every data YAML is read by the code, and every cue list is used.

The data files are loaded through a YAML loader that records which mapping keys the
code reads; a key nobody reads (a setting users are told they can change but that does
nothing) fails. ``description`` and ``note`` are the files' documentation, for people.
Cue lists are read into the lexicon wholesale, so for them the test asks the coder:
every cue of ``plover.yaml`` must be asked for by the event coder.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from actorgraph.coding import lexicon as lexicon_module

DOCUMENTATION = frozenset({"description", "note"})
DATA_FILES = sorted(
    p.name for p in resources.files("actorgraph").joinpath("data").iterdir()
    if p.name.endswith(".yaml")
)


class _Tracked(dict):
    """A mapping that records the keys read from it into ``read``."""

    def __init__(self, items: dict, path: tuple, read: set) -> None:
        super().__init__(items)
        self._path, self._read = path, read

    def _mark(self, key: Any) -> None:
        self._read.add((*self._path, key))

    def __getitem__(self, key: Any) -> Any:
        self._mark(key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self:
            self._mark(key)
        return super().get(key, default)

    def items(self):  # type: ignore[override]
        for key in self:
            self._mark(key)
        return super().items()

    def values(self):  # type: ignore[override]
        for key in self:
            self._mark(key)
        return super().values()


def _wrap(value: Any, path: tuple, every: set, read: set) -> Any:
    if isinstance(value, dict):
        for key in value:
            every.add((*path, key))
        return _Tracked({k: _wrap(v, (*path, k), every, read) for k, v in value.items()},
                        path, read)
    if isinstance(value, list):
        return [_wrap(v, (*path, "[]"), every, read) for v in value]
    return value


@pytest.fixture()
def tracked(monkeypatch):
    """Load every packaged data file through the recording loader; returns
    {file: (every key path, key paths read)}."""
    seen: dict[str, tuple[set, set]] = {}
    real = yaml.load

    def load(text: str, Loader: Any = None) -> Any:  # noqa: N803 - yaml's own name
        data = real(text, Loader=Loader)
        name = next((n for n in DATA_FILES if _text(n) == text), None)
        if name is None:
            return data
        every, read = seen.setdefault(name, (set(), set()))
        return _wrap(data, (), every, read)

    monkeypatch.setattr(yaml, "load", load)
    from actorgraph import datafiles
    from actorgraph.actors import dictionary, spellings
    from actorgraph.coding import attribution, coder, places, relations
    from actorgraph.nlp import actor_ruler

    loaders = (dictionary.load_dictionary, lexicon_module.load_lexicon,
               places.load_gazetteer, attribution.load_cues, relations.load_relation_cues,
               actor_ruler.informal_settings, actor_ruler.shared_name_words,
               coder.load_context_names,
               coder.load_shared_bodies, coder.load_town_articles, spellings.spelling_folds,
               datafiles.packaged_once)
    for cached in loaders:
        cached.cache_clear()
    try:
        lexicon = lexicon_module.load_lexicon()
        dictionary.load_dictionary(())
        places.load_gazetteer()
        attribution.load_cues()
        relations.load_relation_cues()
        actor_ruler.informal_settings()
        actor_ruler.shared_name_words()
        coder.load_context_names()
        coder.load_shared_bodies()
        coder.load_town_articles()
        spellings.spelling_folds()
        yield seen, lexicon
    finally:
        for cached in loaders:
            cached.cache_clear()


def _text(name: str) -> str:
    return resources.files("actorgraph").joinpath("data", name).read_text("utf-8")


def test_every_key_of_every_data_file_is_read(tracked):
    seen, _ = tracked
    assert sorted(seen) == DATA_FILES  # every file was loaded
    unread = {}
    for name, (every, read) in seen.items():
        missing = sorted(
            "/".join(map(str, p)) for p in every - read if p[-1] not in DOCUMENTATION
        )
        if missing:
            unread[name] = missing[:10]
    assert unread == {}


def test_every_cue_list_is_used_by_the_coder(tracked, monkeypatch):
    _, lexicon = tracked
    asked: set[str] = set()
    for method in ("cue", "phrases"):
        real = getattr(lexicon_module.Lexicon, method)

        def spy(self: Any, name: str, real: Any = real) -> Any:
            asked.add(name)
            return real(self, name)

        monkeypatch.setattr(lexicon_module.Lexicon, method, spy)
    from actorgraph.actors.dictionary import load_dictionary
    from actorgraph.coding.coder import EventCoder
    from actorgraph.coding.places import load_gazetteer

    EventCoder(load_dictionary(()), lexicon, load_gazetteer())
    assert set(lexicon.cues) - asked == set()
    assert lexicon.cues  # the test saw the cue lists


def test_a_multi_word_cue_is_matched_as_a_phrase():
    lexicon = lexicon_module.load_lexicon()
    assert ("in", "the", "past") in lexicon.phrases("historical_markers")
    assert ("according", "to") in lexicon.phrases("report_phrases")
    assert all(len(p) >= len(q) for p, q in zip(lexicon.phrases("future_markers"),
                                                  lexicon.phrases("future_markers")[1:],
                                                  strict=False))
